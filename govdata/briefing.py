"""briefing: every figure meant for papers, made from the built tables in one call.

The notebooks show these charts one question at a time; ``07-briefing-pack`` calls
:func:`make_pack` to regenerate all of them at print quality (PNG 300 dpi, SVG, PDF), in
Chinese and, with ``lang="en"``, in English, and writes the list of files it made to
``figures/briefing-pack.txt`` so a test can check that ``make all`` produced every one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class Chart:
    """One briefing figure: its file stem (under ``figures/``) and the function drawing it."""

    name: str
    draw: object  # callable(tables, lang) -> matplotlib Figure or None when there is no data


def _tables() -> dict[str, pd.DataFrame]:
    import govdata

    return {name: govdata.load(name) for name in ("documents", "attainment", "panel",
                                                  "progress", "outcomes")}


def _titles(tables, doc_ids) -> list[str]:
    docs = tables["documents"].set_index("doc_id")
    return [docs.loc[d, "title"] for d in dict.fromkeys(doc_ids) if d in docs.index]


def _t(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def _national(lang: str) -> str:
    return _t(lang, "国务院政府工作报告", "State Council, Report on the Work of the Government")


def _regional(tables) -> pd.DataFrame:
    p = tables["panel"]
    return p[(p["level"] != "national") & p["status"].isin(["met", "exceeded", "missed"])]


def attainment_charts(tables) -> list[Chart]:
    """A dumbbell per region and year with assessed growth targets."""
    from . import figures, region_slug

    att = tables["attainment"]
    growth = att[(att["measure"] == "growth_pct") & att["outcome_value"].notna()]
    charts = []
    for (region, year), g in growth.groupby(["region", "year"], sort=True):
        def draw(tables, lang, g=g, region=region, year=year):
            title = _t(lang, f"{region}{year}年主要指标：目标与实际增速",
                       f"{figures.region_label(region, 'en')} {year}: growth targets and outcomes")
            return figures.dumbbell(g, title, _titles(tables, g["target_doc_id"]), lang=lang)
        charts.append(Chart(f"{year}/{region_slug(region)}-attainment", draw))
    return charts


def _gap_heatmap(tables, lang):
    from . import figures

    p = _regional(tables)
    p = p[p["measure"] == "growth_pct"]
    if p.empty:
        return None
    p = p.assign(signed=figures.signed_gap(p))
    return figures.heatmap(p, "region", "indicator",
                           _t(lang, "各地区主要指标完成差距（百分点）", "Gap to target by region and indicator"),
                           _titles(tables, p["sources"].str.split(";").explode()), value="signed",
                           lang=lang)


def _escalation(tables, lang):
    from . import figures

    p = tables["panel"]
    p = p[p["escalation"].notna()]
    if p.empty:
        return None
    return figures.heatmap(p, "region", "indicator",
                           _t(lang, "地方目标高于全国目标的幅度（层层加码，百分点）",
                              "How far local targets exceed the national target (points)"),
                           _titles(tables, p["sources"].str.split(";").explode()) + [_national(lang)],
                           value="escalation", lang=lang,
                           value_label=_t(lang, "地方目标 − 全国目标", "local − national target"))


def _share_met_by_level(tables, lang):
    from . import figures

    p = tables["panel"]
    p = p[p["status"].isin(["met", "exceeded", "missed"])]
    if p.empty:
        return None
    return figures.share_met(p, "level", _t(lang, "目标完成情况：全国与地方", "Targets met: national and local"),
                             [_national(lang)] + _titles(tables, p["sources"].str.split(";").explode()),
                             lang=lang)


def _gaps_by_indicator(tables, lang):
    from . import figures

    p = tables["panel"]
    p = p[(p["measure"] == "growth_pct") & p["status"].isin(["met", "exceeded", "missed"])]
    if p.empty:
        return None
    p = p.assign(signed=figures.signed_gap(p))
    return figures.gap_distribution(p, _t(lang, "各指标实际与目标之差（百分点）", "Outcome minus target by indicator"),
                                    [_national(lang)], value="signed", lang=lang)


def _bunching(tables, lang):
    from . import figures
    from .compare import bunching

    p = tables["panel"]
    p = p[(p["measure"] == "growth_pct") & p["outcome_value"].notna() & p["target_value"].notna()]
    if p.empty:
        return None
    p = p.assign(signed=figures.signed_gap(p))
    stats = bunching(p, lang=lang)
    return figures.bunching(p, _t(lang, "实际增速相对目标的分布", "Outcomes around their targets"),
                            [_national(lang)], value="signed", lang=lang, note=stats["statement"])


def _trajectories(tables, lang):
    from . import figures

    plan = tables["progress"]
    plan = plan[plan["base_value"].notna()]
    if plan.empty:
        return None
    o = tables["outcomes"]
    o = o[o["indicator"].isin(plan["indicator"]) & o["region"].isin(plan["region"])]
    return figures.trajectory(o, plan, _t(lang, "五年规划目标进度", "Five-year-plan progress"),
                              _titles(tables, plan["target_doc_id"]), lang=lang)


STATIC = [Chart("gap-heatmap-region-indicator", _gap_heatmap),
          Chart("escalation-region-indicator", _escalation),
          Chart("share-met-by-level", _share_met_by_level),
          Chart("gaps-by-indicator", _gaps_by_indicator),
          Chart("bunching-growth-targets", _bunching),
          Chart("five-year-plan-progress", _trajectories)]


def charts(tables: dict[str, pd.DataFrame] | None = None) -> list[Chart]:
    """Every chart of the briefing pack for the data at hand."""
    tables = tables or _tables()
    return attainment_charts(tables) + STATIC


def make_pack(langs=("zh", "en"), root: str | Path | None = None) -> list[Path]:
    """Draw and save every briefing figure in every language; return the files written."""
    import matplotlib.pyplot as plt

    from .figures import save
    from .paths import figures_dir

    tables = _tables()
    root = Path(root) if root else figures_dir()
    written: list[Path] = []
    for chart in charts(tables):
        for lang in langs:
            fig = chart.draw(tables, lang)
            if fig is None:
                continue
            written += save(fig, root / (chart.name + ("-en" if lang == "en" else "")))
            plt.close(fig)
    manifest = root / MANIFEST
    manifest.write_text("".join(f"{p.relative_to(root).as_posix()}\n" for p in written),
                        encoding="utf-8")
    return written


MANIFEST = "briefing-pack.txt"
