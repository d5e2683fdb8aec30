"""compare: the region × year × indicator table every cross-region notebook starts from, and the
target-setting statistics computed on it (escalation over the national target, ratchet,
persistence, bunching of outcomes just above targets).

All functions take and return DataFrames; none reads files except :func:`national_panel`,
which reads the committed national reference table.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from .tables import figures_only

PANEL_COLUMNS = ["region", "level", "province", "year", "period_start", "indicator",
                 "indicator_zh", "measure", "unit", "target_value", "target_high", "qualifier",
                 "strive", "outcome_value", "gap", "status", "national_target",
                 "national_qualifier", "escalation", "sources", "conflict"]
RATE_MEASURES = ("growth_pct", "share_pct", "pp_change", "avg_growth_pct")


def national_panel(path: str | Path | None = None) -> pd.DataFrame:
    """The national reference table (State Council targets and outcomes) as panel rows."""
    from .attain import rule_for, tolerance, verdict
    from .link import direction
    from .paths import national_reference_path

    path = Path(path) if path else national_reference_path()
    if not path.exists():
        return pd.DataFrame(columns=PANEL_COLUMNS)
    nat = pd.read_csv(path, encoding="utf-8-sig")
    rows = []
    for r in nat.itertuples():
        status, gap = "not_assessable", math.nan
        if pd.notna(r.outcome_value) and pd.notna(r.target_value):
            rule = rule_for(r.qualifier, direction(r.indicator))
            status, gap = verdict(rule, r.target_value,
                                  None if pd.isna(r.target_high) else r.target_high,
                                  r.outcome_value, tolerance(r.unit, r.target_value))
        rows.append({"region": "全国", "level": "national", "province": "", "year": r.year,
                     "period_start": None, "indicator": r.indicator, "indicator_zh": r.indicator_zh,
                     "measure": r.measure, "unit": r.unit, "target_value": r.target_value,
                     "target_high": r.target_high, "qualifier": r.qualifier,
                     "strive": bool(r.strive), "outcome_value": r.outcome_value, "gap": gap,
                     "status": status, "sources": f"国务院政府工作报告 {r.target_doc_year}",
                     "conflict": False})
    return pd.DataFrame(rows).reindex(columns=PANEL_COLUMNS)


def panel(attainment: pd.DataFrame, outcomes: pd.DataFrame, documents: pd.DataFrame,
          national: pd.DataFrame | None = None, targets: pd.DataFrame | None = None
          ) -> pd.DataFrame:
    """One row per region × year × registry indicator × measure (× period).

    Local rows come from the verdicts (one target per key, the first where documents
    conflict, flagged), the targets no outcome settles yet (``targets``, consolidated: a work
    report's targets for its own year are set beside the national ones before any result is
    in; ``status`` empty), and reported outcomes that no target claimed; national rows from the
    national reference table. Each local target is set beside the national target for the same
    year, indicator and measure: ``escalation`` = local − national (层层加码), in points for rates
    and in the target's unit otherwise.
    """
    levels = dict(zip(documents["region"], documents["region_level"])) if len(documents) else {}
    provinces = dict(zip(documents["region"], documents["province"])) if len(documents) else {}
    a = attainment[~attainment["indicator"].str.startswith("zh:") & (attainment["indicator"] != "")
                   & ~attainment["measure"].isin(["task", "relative"])].copy()
    a["sources"] = a["target_sources"]
    a = a.drop_duplicates(["region", "year", "period_start", "indicator", "measure"])
    local = pd.concat([f for f in (a.reindex(columns=PANEL_COLUMNS), _unsettled(targets, a))
                       if not f.empty] or [a.reindex(columns=PANEL_COLUMNS)], ignore_index=True)
    # (a bound — 跨越7000亿台阶 — is not the year's figure: the panel lists figures only)
    o = figures_only(outcomes)
    o = o[~o["indicator"].str.startswith("zh:") & (o["indicator"] != "")
          & ~o["measure"].isin(["task", "relative"])].copy()
    o = o[o["period_start"].isna()].drop_duplicates(["region", "year", "indicator", "measure"])
    claimed = set(zip(a["region"], a["year"], a["indicator"], a["measure"]))
    unclaimed = pd.Series([k not in claimed for k in zip(o["region"], o["year"], o["indicator"],
                                                         o["measure"])], index=o.index, dtype=bool)
    extra = o[unclaimed]
    # (the panel's qualifier is the target's)
    extra = extra.drop(columns="qualifier", errors="ignore").rename(
        columns={"value": "outcome_value", "doc_id": "sources"})
    extra = extra.assign(status="", strive=False, conflict=False).reindex(columns=PANEL_COLUMNS)
    frames = [f for f in (local, extra) if not f.empty]
    out = pd.concat(frames, ignore_index=True) if frames else local
    # (a county a city's table of areas × indicators names has no document of its own: it is a
    # county of the province of the document that names it; a province a 全省目标 column names
    # is a province)
    doc_province = dict(zip(documents["doc_id"], documents["province"])) if len(documents) else {}
    out["level"] = [levels.get(r) or _level_named(r) for r in out["region"]]
    out["province"] = [provinces.get(r) or doc_province.get(str(src).split(";")[0], "")
                       for r, src in zip(out["region"], out["sources"])]
    nat = national if national is not None else national_panel()
    out = escalation(out, nat)
    out = pd.concat([out, nat.reindex(columns=PANEL_COLUMNS)], ignore_index=True) if len(nat) else out
    out["strive"] = out["strive"].fillna(False).astype(bool)
    out["conflict"] = out["conflict"].fillna(False).astype(bool)
    return out.sort_values(["level", "region", "indicator", "measure", "year"],
                           kind="stable").reset_index(drop=True)


_KEY = ["region", "year", "period_start", "indicator", "measure"]
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _level_named(region: str) -> str:
    """The level of a region no document is of: a county or town a table of areas names, or
    the province (湖南省) or country whose own target a 全省目标 / 全国目标 column gives."""
    if not region:
        return ""
    if region == "全国":
        return "national"
    if region.endswith(("省", "自治区")) or region in _MUNICIPALITIES:
        return "province"
    return "county"


def _unsettled(targets: pd.DataFrame | None, settled: pd.DataFrame) -> pd.DataFrame:
    """Panel rows for the registry targets (not tasks or relative ones) that have no verdict."""
    if targets is None or targets.empty:
        return pd.DataFrame(columns=PANEL_COLUMNS)
    t = targets[~targets["indicator"].str.startswith("zh:") & (targets["indicator"] != "")
                & ~targets["measure"].isin(["task", "relative"])]
    have = {_key(r) for r in settled[_KEY].itertuples(index=False)}
    t = t[[_key(r) not in have for r in t[_KEY].itertuples(index=False)]].drop_duplicates(_KEY)
    t = t.rename(columns={"value": "target_value", "value_high": "target_high",
                          "target_sources": "sources"})
    return t.assign(status="").reindex(columns=PANEL_COLUMNS)


def _key(row) -> tuple:
    region, year, start, indicator, measure = row
    return region, int(year), None if pd.isna(start) else int(start), indicator, measure


def escalation(local: pd.DataFrame, national: pd.DataFrame) -> pd.DataFrame:
    """Add the national target for the same year, indicator and measure, and the difference."""
    if national is None or national.empty:
        return local.assign(national_target=math.nan, national_qualifier="", escalation=math.nan)
    nat = national[national["period_start"].isna()][["year", "indicator", "measure", "unit",
                                                    "target_value", "qualifier"]]
    nat = nat.rename(columns={"target_value": "national_target", "qualifier": "national_qualifier",
                              "unit": "_nat_unit"}).drop_duplicates(["year", "indicator", "measure"])
    out = local.drop(columns=["national_target", "national_qualifier", "escalation"],
                     errors="ignore").merge(nat, on=["year", "indicator", "measure"], how="left")
    # only rates compare across levels of government: 8% vs 5% is escalation, 2.5万人 vs
    # 1200万人 is a difference of size
    same_unit = (out["_nat_unit"] == out["unit"]) & out["measure"].isin(RATE_MEASURES)
    out["escalation"] = (out["target_value"] - out["national_target"]).where(same_unit)
    out.loc[~same_unit, "national_target"] = math.nan
    return out.drop(columns=["_nat_unit"]).reindex(columns=PANEL_COLUMNS)


def ratchet(panel_df: pd.DataFrame) -> pd.DataFrame:
    """Per region, indicator and measure, year on year: this year's target minus last year's
    outcome (``vs_last_outcome``) and minus last year's target (``vs_last_target``)."""
    p = panel_df[panel_df["period_start"].isna()].sort_values("year")
    rows = []
    for (region, ind, measure), g in p.groupby(["region", "indicator", "measure"], sort=True):
        g = g.drop_duplicates("year").set_index("year")
        for year, r in g.iterrows():
            if pd.isna(r["target_value"]) or year - 1 not in g.index:
                continue
            prev = g.loc[year - 1]
            rows.append({"region": region, "level": r["level"], "indicator": ind,
                         "measure": measure, "year": year, "target": r["target_value"],
                         "last_target": prev["target_value"], "last_outcome": prev["outcome_value"],
                         "vs_last_target": r["target_value"] - prev["target_value"],
                         "vs_last_outcome": r["target_value"] - prev["outcome_value"]})
    return pd.DataFrame(rows, columns=["region", "level", "indicator", "measure", "year", "target",
                                       "last_target", "last_outcome", "vs_last_target",
                                       "vs_last_outcome"])


def persistence(ratchet_df: pd.DataFrame) -> pd.DataFrame:
    """How often a target is simply repeated, raised or cut, per indicator and level, with n."""
    r = ratchet_df.dropna(subset=["vs_last_target"])
    if r.empty:
        return pd.DataFrame(columns=["level", "indicator", "measure", "n", "unchanged", "raised",
                                     "cut"])
    g = r.groupby(["level", "indicator", "measure"])["vs_last_target"]
    return pd.DataFrame({"n": g.size(), "unchanged": g.apply(lambda s: (s.abs() < 1e-9).mean()),
                         "raised": g.apply(lambda s: (s > 1e-9).mean()),
                         "cut": g.apply(lambda s: (s < -1e-9).mean())}).reset_index()


def bunching(panel_df: pd.DataFrame, width: float = 0.5, min_n: int = 10, lang: str = "en"
             ) -> dict:
    """Do growth outcomes bunch just above their targets?

    Compares how many outcomes land in ``[target, target + width)`` with how many land in
    ``[target − width, target)``; with no manipulation the two are about equally likely, so a
    two-sided binomial test (scipy) measures the asymmetry. Returns the counts, ``n``, the
    p-value (``None`` when ``n < min_n``) and a one-line statement that says the sample size and
    the test, for a chart.
    """
    from scipy.stats import binomtest

    p = panel_df[(panel_df["measure"] == "growth_pct") & panel_df["outcome_value"].notna()
                 & panel_df["target_value"].notna()]
    d = p["outcome_value"] - p["target_value"]
    above = int(((d >= 0) & (d < width)).sum())
    below = int(((d < 0) & (d >= -width)).sum())
    n = above + below
    pvalue = binomtest(above, n, 0.5).pvalue if n >= min_n else None
    if lang == "zh":
        text = (f"目标±{width:g}个百分点内 n = {n}：略高于目标 {above} 个，略低于目标 {below} 个；"
                + ("样本过少，不作检验" if pvalue is None else f"双侧二项检验 p = {pvalue:.3f}"))
    elif pvalue is None:
        text = (f"n = {n} outcomes within ±{width:g} points of target "
                f"({above} just above, {below} just below): too few for a test")
    else:
        text = (f"n = {n} within ±{width:g} points: {above} just above, {below} just below; "
                f"two-sided binomial test p = {pvalue:.3f}")
    return {"above": above, "below": below, "n": n, "total": len(d), "pvalue": pvalue,
            "width": width, "statement": text}
