"""figures: one house style — CJK font from a pip-installed open font, one colour per verdict,
title (+ optional subtitle) above and a source line under every chart, Chinese or English
labels, and export as 300 dpi PNG, SVG and PDF.

Every chart function takes a plain DataFrame (its columns are listed in the docstring) and
returns a matplotlib ``Figure``; :func:`save` writes it, :func:`figure_path` names the file.
matplotlib and seaborn are imported inside the functions so ``import govdata`` stays fast.

The PDF embeds the CJK font as Type 3 glyph outlines (``pdf.fonttype = 3``): Noto Sans CJK is a
CFF-flavoured OpenType font, and Type 42 embedding would put CFF data into a TrueType font
stream (``FontFile2``), which the PDF format does not allow and some viewers reject. Type 3
outlines render in every viewer and keep a ToUnicode map, so the Chinese text stays searchable
and copyable.
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import GovdataError
from .export import display_width

# One colour per verdict, used everywhere (colour-blind safe: Okabe–Ito).
STATUS_COLOURS = {"met": "#009E73", "exceeded": "#0072B2", "missed": "#D55E00",
                  "not_assessable": "#999999"}
STATUS_ORDER = ("met", "exceeded", "missed", "not_assessable")
STATUS_LABELS_ZH = {"met": "完成", "exceeded": "超额完成", "missed": "未完成",
                    "not_assessable": "无法评估"}
STATUS_LABELS_EN = {"met": "Met", "exceeded": "Exceeded", "missed": "Missed",
                    "not_assessable": "Not assessable"}
LEVEL_LABELS = {"zh": {"national": "全国", "province": "省级", "prefecture": "地级",
                       "county": "县级", "township": "乡镇级", "zone": "园区"},
                "en": {"national": "National", "province": "Province", "prefecture": "Prefecture",
                       "county": "County", "township": "Township",
                       "zone": "Zone"}}
FONT_FILE = "NotoSansCJKsc-Regular.otf"
FORMATS = ("png", "svg", "pdf")
BAND_GREY = "#DDDDDD"
MISS_SHADE = "#FBE9DF"
TEST_SHADE = "#EBEBEB"

# Every fixed word a chart prints, in both languages.
TEXT = {
    "zh": {
        "source": "资料来源：", "sep": "；", "n": "n = {n}", "year": "年份", "count": "个数",
        "target": "目标", "outcome": "实际", "band": "“左右”容差带", "range": "目标区间",
        "growth_pct": "增速（%）", "share_pct": "比重（%）", "pp_change": "变化（百分点）",
        "avg_growth_pct": "年均增速（%）",
        "gap": "实际 − 目标", "gap_pp": "实际 − 目标（百分点）",
        "share": "占比", "share_met": "完成或超额完成占比",
        "required": "所需路径", "end_target": "期末目标", "on_track": "进度达标",
        "behind": "进度落后", "needs": "此后年均需增长{g:.1f}%", "falls": "此后年均需下降{g:.1f}%",
        "needs_pp": "此后每年需提高{g:.1f}个百分点",
        "below": "低于目标", "at_or_above": "达到或高于目标", "window": "检验窗口（±{h:g}）",
        "bunch": "样本量 n = {n}（图中显示|差距| < {w:g}的 {m} 个）\n"
                 "0附近±{h:g}内：低于目标 {below} 个，达到或高于目标 {above} 个；{test}",
        "test_p": "双侧精确二项检验 p {p}", "too_few": "样本太少（少于{k}个），未作检验",
    },
    "en": {
        "source": "Source: ", "sep": "; ", "n": "n = {n}", "year": "Year", "count": "Count",
        "target": "Target", "outcome": "Outcome", "band": "Tolerance band for 'about' (左右)",
        "range": "Target range",
        "growth_pct": "Growth (%)", "share_pct": "Share (%)", "pp_change": "Change (points)",
        "avg_growth_pct": "Average annual growth (%)",
        "gap": "Outcome − target", "gap_pp": "Outcome − target (points)",
        "share": "Share", "share_met": "Share met or exceeded",
        "required": "Required path", "end_target": "End-year target", "on_track": "On track",
        "behind": "Behind", "needs": "needs {g:.1f}% a year from here",
        "falls": "needs a fall of {g:.1f}% a year from here",
        "needs_pp": "needs {g:.1f} points a year from here",
        "below": "Below target", "at_or_above": "At or above target",
        "window": "Test window (±{h:g})",
        "bunch": "n = {n} ({m} shown, |gap| < {w:g})\n"
                 "within ±{h:g} of 0: {below} below, {above} at or above the target; {test}",
        "test_p": "two-sided exact binomial test p {p}", "too_few": "too few (< {k}) for a test",
    },
}


def _lang(lang: str) -> dict[str, str]:
    if lang not in TEXT:
        raise GovdataError(f"figure language {lang!r} not supported; use 'zh' or 'en'")
    return TEXT[lang]


def status_label(status: str, lang: str = "zh") -> str:
    """A verdict's display name (``missed`` → 未完成 / Missed)."""
    _lang(lang)
    return (STATUS_LABELS_EN if lang == "en" else STATUS_LABELS_ZH).get(status, status)


def indicator_label(indicator: str, indicator_zh: str = "", lang: str = "zh") -> str:
    """An indicator's display name: the registry's English name when ``lang='en'`` (falling back
    to the Chinese name for indicators outside the registry), else the Chinese name."""
    from .link import name_en, name_zh

    _lang(lang)
    zh = indicator_zh or name_zh(indicator)
    return (name_en(indicator) or zh) if lang == "en" else zh


def _labels(column: str, values, df: pd.DataFrame | None, lang: str) -> list[str]:
    """Display labels for the values of one grouping column."""
    values = list(values)
    if column == "indicator":
        zh = {}
        if df is not None and "indicator_zh" in df.columns:
            zh = dict(zip(df["indicator"], df["indicator_zh"]))
        return [indicator_label(v, zh.get(v, ""), lang) for v in values]
    if column == "status":
        return [status_label(v, lang) for v in values]
    if column in ("region_level", "level"):
        return [LEVEL_LABELS[lang].get(v, v) for v in values]
    if column == "region":
        return [region_label(v, lang) for v in values]
    return [str(v) for v in values]


# romanisations that are not the plain pinyin of the name
_ROMAN = {"陕西": "Shaanxi", "内蒙古": "Inner Mongolia", "西藏": "Tibet", "香港": "Hong Kong",
          "澳门": "Macao"}
_LEVEL_WORDS = (("自治县", " Autonomous County"), ("自治州", " Autonomous Prefecture"),
                ("地区", " Prefecture"), ("盟", " League"), ("市", ""), ("区", " District"),
                ("县", " County"), ("旗", " Banner"))


def region_label(region: str, lang: str = "zh") -> str:
    """A region's name for a chart: as written in Chinese; in English its pinyin (宿州市 →
    Suzhou, 海拉尔区 → Hailaer District, 全国 → China), with the province where two prefectures
    read the same (宿州 and 苏州 are both Suzhou: Suzhou (Anhui))."""
    _lang(lang)
    if lang == "zh" or not region:
        return region
    if region == "全国":
        return "China"
    stem, level = _roman_parts(region)
    same = _prefectures_by_roman().get(stem, set())
    if len(same) > 1:
        from .detect import prefectures

        pre = prefectures()
        province = pre.loc[pre["canonical_name_zh"] == region, "province_name_zh"]
        if len(province):
            return f"{stem}{level} ({_roman_parts(province.iloc[0])[0]})"
    return stem + level


def _roman_parts(name: str) -> tuple[str, str]:
    """``(pinyin of the name without its level word, the level in English)``."""
    from pypinyin import lazy_pinyin

    level = ""
    for zh, en in _LEVEL_WORDS + (("省", ""), ("自治区", ""), ("特别行政区", "")):
        if name.endswith(zh) and len(name) > len(zh) + 1:
            name, level = name[: -len(zh)], en
            break
    for zh, en in _ROMAN.items():
        if name.startswith(zh):
            return en, level
    syllables = lazy_pinyin(name)
    # a syllable opening with a, o or e after another takes an apostrophe (西安 Xi'an)
    word = syllables[0] + "".join(("'" if s[:1] in "aoe" else "") + s for s in syllables[1:])
    return word[:1].upper() + word[1:], level


@lru_cache(maxsize=1)
def _prefectures_by_roman() -> dict[str, set[str]]:
    """Prefecture names by their romanised stem: the stems several prefectures share."""
    from .detect import prefectures

    out: dict[str, set[str]] = {}
    for name in prefectures()["canonical_name_zh"]:
        out.setdefault(_roman_parts(name)[0], set()).add(name)
    return out


def _ordered(column: str, values) -> list:
    """Values in display order: indicators in registry order (others after, as given)."""
    values = list(values)
    if column != "indicator":
        return values
    from .registry import indicators

    rank = {i: n for n, i in enumerate(indicators()["id"])}
    return sorted(values, key=lambda v: rank.get(v, len(rank)))


def signed_gap(att: pd.DataFrame) -> pd.Series:
    """``gap`` turned so that positive always means better than the target: the sign is flipped
    for indicators that should fall (``lower``) or are capped (``ceiling``, e.g. CPI)."""
    from .link import direction

    sign = [-1.0 if direction(i) in ("lower", "ceiling") else 1.0 for i in att["indicator"]]
    return att["gap"] * pd.Series(sign, index=att.index)


@lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """Path of Noto Sans CJK SC (SIL Open Font Licence) shipped by the ``mplfonts`` package."""
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / FONT_FILE
    if not path.exists():
        raise GovdataError(f"{path}: CJK font missing; reinstall with `pip install mplfonts`")
    return path


@lru_cache(maxsize=1)
def register_font() -> str:
    """Register the CJK font with matplotlib and return its family name."""
    from matplotlib import font_manager

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def use_house_style() -> str:
    """Apply the house style. The font is set *after* seaborn's theme, which resets fonts."""
    import matplotlib as mpl
    import seaborn as sns

    sns.set_theme(style="whitegrid", context="notebook")
    family = register_font()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False
    mpl.rcParams["svg.fonttype"] = "path"
    mpl.rcParams["svg.hashsalt"] = "govdata"
    mpl.rcParams["pdf.fonttype"] = 3  # see the module docstring: CFF fonts embed as Type 3
    mpl.rcParams["figure.dpi"] = 100
    mpl.rcParams["savefig.dpi"] = 300
    mpl.rcParams["savefig.bbox"] = "tight"
    return family


def add_source(fig, titles: list[str], lang: str = "zh") -> None:
    """Write the source line (资料来源：… / Source: …) under the figure."""
    words = _lang(lang)
    text = words["source"] + words["sep"].join(dict.fromkeys(t for t in titles if t))
    fig.text(0.01, 0.0, text, ha="left", va="top", fontsize=8, color="#555555", wrap=True)


def _finish(fig, title: str, subtitle: str | None, sources: list[str], lang: str,
            handles: list | None = None, note: str | None = None):
    """Lay out the axes under a header (title, subtitle, note, legend — outside the data area)
    and above the source line."""
    height = fig.get_figheight()
    lines = [(title, 13.5, "#222222", 0.36)]
    if subtitle:
        lines.append((subtitle, 9.5, "#555555", 0.26))
    if note:
        lines.append((note, 8.5, "#333333", 0.18 * (note.count("\n") + 1) + 0.06))
    head = 0.08 + sum(h for *_, h in lines) + (0.34 if handles else 0.0)
    fig.tight_layout(rect=(0, 0.01, 1, 1 - head / height))
    y = 0.08
    for text, size, colour, h in lines:
        fig.text(0.01, 1 - y / height, text, ha="left", va="top", fontsize=size, color=colour)
        y += h
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.005, 1 - y / height),
                   ncol=len(handles), frameon=False, fontsize=9, borderaxespad=0,
                   handletextpad=0.4, columnspacing=1.4)
    add_source(fig, sources, lang)
    return fig


def figure_path(what: str, year: int | None = None, region: str | None = None,
                lang: str = "zh", root: str | Path | None = None) -> Path:
    """Where a figure goes, named for what it shows: ``figures/2023/suzhou-ah-attainment``
    (no suffix; :func:`save` adds ``.png``/``.svg``/``.pdf``); English versions end ``-en``.

    Args:
        what: what the chart shows, ASCII (``attainment``, ``gap-heatmap-region-indicator``).
        year: the year folder, if the chart is about one year.
        region: ASCII region slug (``govdata.region_slug(region)``), if about one region.
        lang: ``zh`` or ``en``.
        root: figures folder; default ``figures/`` (``GOVDATA_FIGURES_DIR``).
    """
    from .paths import figures_dir

    _lang(lang)
    parts = [p for p in (region, what) if p]
    for p in parts:
        if not p.isascii():
            raise GovdataError(f"figure name part {p!r} is not ASCII; pass a slug such as "
                               "govdata.region_slug(region)")
    name = "-".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in parts)
    if not name:
        raise GovdataError("figure_path: empty name; say what the chart shows, e.g. 'attainment'")
    folder = Path(root) if root else figures_dir()
    if year is not None:
        folder = folder / str(int(year))
    return folder / (name + ("-en" if lang == "en" else ""))


def save(fig, path: str | Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Save a figure in every format (300 dpi), creating folders; return the files written.

    ``path`` may carry one of the format suffixes or none (``figures/2023/suzhou-attainment``).
    Files are reproducible: no creation date in the SVG or PDF. Each file is written under a
    temporary name and then moved into place, so a failed save leaves the earlier file intact
    and two processes saving the same figure (notebooks run at once) never mix their bytes.
    """
    path = Path(path)
    if path.suffix.lower() in {f".{f}" for f in FORMATS}:
        path = path.with_suffix("")
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}
    out = []
    for fmt in formats:
        f = path.with_name(f"{path.name}.{fmt}")
        tmp = f.with_name(f".{f.name}.{os.getpid()}.tmp")
        try:
            fig.savefig(tmp, format=fmt, dpi=300, bbox_inches="tight", metadata=metadata.get(fmt))
            os.replace(tmp, f)
        finally:
            tmp.unlink(missing_ok=True)
        out.append(f)
    return out


def _need(df: pd.DataFrame, columns: list[str], chart: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise GovdataError(f"{chart}: missing column(s) {', '.join(missing)}; pass a table with "
                           f"{', '.join(columns)}")


def _empty(chart: str, what: str):
    return GovdataError(f"{chart}: no rows to plot; {what}")


def _status_handles(statuses, lang: str, marker: str = "s"):
    from matplotlib.lines import Line2D

    return [Line2D([], [], marker=marker, ls="", color=STATUS_COLOURS[s], markersize=9,
                   label=status_label(s, lang)) for s in STATUS_ORDER if s in set(statuses)]


def _axis_label(measure: str, unit: str, lang: str) -> str:
    words = _lang(lang)
    if measure in words:
        return words[measure]
    return unit_label(unit, lang) or words["count"]


_MAGNITUDES = (("万亿", "trillion"), ("千亿", "100 billion"), ("亿", "100 million"),
               ("千万", "10 million"), ("万", "10,000"), ("千", "thousand"))
_UNIT_WORDS = {"元": "yuan", "美元": "USD", "人": "people", "名": "people", "位": "people",
               "人次": "person-times", "户": "households", "家": "firms", "个": "", "项": "items",
               "吨": "t", "吨标准煤": "t of standard coal", "千瓦": "kW", "千瓦时": "kWh",
               "平方米": "m²", "平方公里": "km²", "公里": "km", "千米": "km", "米": "m", "亩": "mu",
               "公顷": "ha", "岁": "years", "年": "years", "%": "%", "个百分点": "points", "倍": "times",
               "立方米": "m³", "辆": "vehicles", "标箱": "TEU", "微克/立方米": "µg/m³"}


def unit_label(unit: str, lang: str = "zh") -> str:
    """A unit as a chart writes it: as written in Chinese; in English its magnitude and noun
    (亿元 → 100 million yuan, 万人 → 10,000 people); a unit it does not know is kept."""
    _lang(lang)
    if lang == "zh" or not unit:
        return unit
    if unit in _UNIT_WORDS:
        return _UNIT_WORDS[unit]
    for zh, en in _MAGNITUDES:
        if unit.startswith(zh) and unit[len(zh):] in _UNIT_WORDS:
            noun = _UNIT_WORDS[unit[len(zh):]]
            return f"{en} {noun}".strip()
    return unit


def _band(r) -> tuple[float, float] | None:
    """The (low, high) band a target allows: 左右 tolerance or an explicit range."""
    from .attain import tolerance

    if r["qualifier"] == "about":
        tol = tolerance(r.get("unit") or "", r["target_value"])
        return r["target_value"] - tol, r["target_value"] + tol
    if r["qualifier"] == "range" and pd.notna(r.get("target_high")):
        return r["target_value"], r["target_high"]
    return None


def dumbbell(att: pd.DataFrame, title: str, sources: list[str], lang: str = "zh",
             subtitle: str | None = None):
    """Target vs outcome per indicator: a line from target (open circle) to outcome (dot)
    coloured by verdict, missed rows shaded, the 左右 tolerance band (±0.5 points for rates,
    ±1% for levels, as in ``govdata rules``) and ranges drawn as grey bands.

    Args:
        att: attainment rows of one measure and unit (e.g. growth %), with columns
            ``indicator, indicator_zh, qualifier, target_value, target_high, outcome_value, gap,
            status`` (and ``measure, unit`` for the axis label and tolerance).
        title: chart title.
        sources: document titles for the source line.
        lang: ``zh`` or ``en`` (labels from the registry's ``name_en``).
        subtitle: optional second line under the title.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    words = _lang(lang)
    _need(att, ["indicator", "indicator_zh", "qualifier", "target_value", "outcome_value", "gap",
                "status"], "dumbbell")
    df = att.dropna(subset=["target_value", "outcome_value"]).reset_index(drop=True)
    if df.empty:
        raise _empty("dumbbell", "keep rows with both target_value and outcome_value")
    units = set(df["unit"].fillna("")) if "unit" in df.columns else set()
    if len(units) > 1:
        raise GovdataError(f"dumbbell: rows mix units {sorted(units)}; plot one measure and unit "
                           "at a time")
    if "target_high" not in df.columns:
        df["target_high"] = float("nan")
    use_house_style()
    df = df.iloc[::-1].reset_index(drop=True)
    labels = _labels("indicator", df["indicator"], df, lang)
    fig, ax = plt.subplots(figsize=(8.5, 0.5 * len(df) + 2.0))
    bands: set[str] = set()
    for y, r in df.iterrows():
        colour = STATUS_COLOURS[r["status"]]
        if r["status"] == "missed":
            ax.axhspan(y - 0.45, y + 0.45, color=MISS_SHADE, zorder=0, lw=0)
        band = _band(r)
        if band:
            bands.add(r["qualifier"])
            ax.add_patch(plt.Rectangle((band[0], y - 0.25), band[1] - band[0], 0.5,
                                       color=BAND_GREY, zorder=1, lw=0))
        ax.plot([r["target_value"], r["outcome_value"]], [y, y], color=colour, lw=2.5, zorder=2)
        ax.scatter([r["target_value"]], [y], s=60, facecolor="white", edgecolor="#333333", zorder=3)
        ax.scatter([r["outcome_value"]], [y], s=60, color=colour, zorder=4)
        if pd.notna(r["gap"]):
            right = max(r["target_value"], r["outcome_value"], band[1] if band else -math.inf)
            ax.annotate(f"{r['gap']:+.1f}", (right, y),
                        xytext=(7, 0), textcoords="offset points", va="center", fontsize=9,
                        color=colour)
    ax.set_yticks(range(len(df)), labels)
    for tick, status in zip(ax.get_yticklabels(), df["status"]):
        if status == "missed":
            tick.set_color(STATUS_COLOURS["missed"])
    ax.set_ylim(-0.6, len(df) - 0.4)
    ax.grid(axis="y", visible=False)
    values = pd.concat([df["target_value"], df["outcome_value"], df["target_high"].dropna()])
    lo, hi = values.min(), values.max()
    pad = (hi - lo) * 0.08 + 0.5
    ax.set_xlim(lo - pad, hi + pad * 2.2)
    measure = df["measure"].iloc[0] if "measure" in df.columns else "growth_pct"
    ax.set_xlabel(_axis_label(measure, next(iter(units), ""), lang))
    handles = [Line2D([], [], marker="o", ls="", markerfacecolor="white", markeredgecolor="#333333",
                      markersize=8, label=words["target"])]
    handles += [Line2D([], [], marker="o", color=STATUS_COLOURS[s], lw=2.5, markersize=8,
                       label=status_label(s, lang))
                for s in ("met", "exceeded", "missed") if s in set(df["status"])]
    if bands:
        label = " / ".join(words["band" if b == "about" else "range"] for b in sorted(bands))
        handles.append(Patch(color=BAND_GREY, label=label))
    return _finish(fig, title, subtitle, sources, lang, handles=handles)


def heatmap(df: pd.DataFrame, row: str, col: str, title: str, sources: list[str],
            value: str = "gap", lang: str = "zh", subtitle: str | None = None,
            value_label: str | None = None, vmax: float | None = None):
    """A grid of ``value`` (median per cell) by two columns, e.g. region × indicator gaps, on a
    diverging scale centred at 0 (orange below, blue above, as the missed/exceeded colours).

    Args:
        df: long table with columns ``row``, ``col`` and ``value`` (``indicator_zh`` too when a
            grouping column is ``indicator``); several rows per cell give their median, so one
            indicator far off its target (技改投资 +30.9) does not make a year of misses look
            like a year of gains.
        row, col: grouping columns (e.g. ``region`` and ``indicator``, or ``region`` and ``year``).
        title, sources, lang, subtitle: as for :func:`dumbbell`.
        value: the numeric column; use :func:`signed_gap` so positive always means better.
        value_label: colour-bar label (default: outcome − target).
        vmax: where the colour scale saturates; default the largest absolute value, capped at
            3 × the median absolute value so one outlier does not wash out the rest (the
            numbers in the cells are always exact).
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap, TwoSlopeNorm

    words = _lang(lang)
    _need(df, [row, col, value], "heatmap")
    data = df.dropna(subset=[value])
    if data.empty:
        raise _empty("heatmap", f"no non-missing {value!r}")
    grid = data.pivot_table(index=row, columns=col, values=value, aggfunc="median")
    grid = grid.reindex(index=_ordered(row, grid.index), columns=_ordered(col, grid.columns))
    use_house_style()
    nrow, ncol = grid.shape
    xlabels = _labels(col, grid.columns, data, lang)
    width = max(5.5, 2.5 + 0.85 * ncol)
    longest = max(display_width(t) for t in xlabels) * 9.5 / 2 / 72  # inches at 9.5 pt
    rotate = longest > 0.8
    below = (longest * 0.6 if rotate else 0.0) + 0.4
    fig, ax = plt.subplots(figsize=(width, 1.3 + 0.5 * nrow + below + (0.3 if subtitle else 0)))
    size = np.abs(grid.to_numpy(dtype=float))
    largest = float(np.nanmax(size)) or 1.0
    span = vmax or min(largest, max(3 * float(np.nanmedian(size)), 1.0))
    cmap = LinearSegmentedColormap.from_list(
        "govdata_gap", [STATUS_COLOURS["missed"], "#F7F7F7", STATUS_COLOURS["exceeded"]]
    ).with_extremes(bad="#EEEEEE")
    im = ax.imshow(np.ma.masked_invalid(grid.to_numpy(dtype=float)), cmap=cmap, aspect="auto",
                   norm=TwoSlopeNorm(vcenter=0, vmin=-span, vmax=span))
    for (i, j), v in np.ndenumerate(grid.to_numpy(dtype=float)):
        if not math.isnan(v):
            dark = abs(v) > 0.6 * span
            ax.text(j, i, f"{v:+.1f}", ha="center", va="center", fontsize=8.5,
                    color="white" if dark else "#222222")
    if rotate:
        ax.set_xticks(range(ncol), xlabels, rotation=35, ha="right", rotation_mode="anchor")
    else:
        ax.set_xticks(range(ncol), xlabels)
    ax.set_yticks(range(nrow), _labels(row, grid.index, data, lang))
    ax.tick_params(labelsize=9.5)
    ax.grid(False)
    ax.set_xlabel("")
    ax.set_ylabel("")
    bar = fig.colorbar(im, ax=ax, shrink=0.8, pad=0.02,
                       extend="both" if largest > span else "neither")
    bar.set_label(value_label or words["gap"], fontsize=9)
    bar.ax.tick_params(labelsize=8.5)
    return _finish(fig, title, subtitle, sources, lang)


def gap_distribution(att: pd.DataFrame, title: str, sources: list[str], by: str = "indicator",
                     value: str = "gap", lang: str = "zh", subtitle: str | None = None,
                     value_label: str | None = None):
    """Distribution of gaps per group (box, for groups of 3 or more) with every target as a dot
    coloured by verdict; groups sorted by median gap.

    Args:
        att: attainment rows of one measure (gaps in one unit, e.g. growth points) with columns
            ``by``, ``value`` and ``status`` (``indicator_zh`` when ``by='indicator'``).
        by: grouping column (``indicator``, ``region``, ``year``, ``region_level``…).
        value: numeric column (``gap``, or :func:`signed_gap` stored in a column).
        title, sources, lang, subtitle: as for :func:`dumbbell`.
        value_label: x-axis label (default: outcome − target (points)).
    """
    import matplotlib.pyplot as plt
    import numpy as np

    words = _lang(lang)
    _need(att, [by, value, "status"], "gap_distribution")
    df = att.dropna(subset=[value]).reset_index(drop=True)
    if df.empty:
        raise _empty("gap_distribution", f"no non-missing {value!r}")
    order = df.groupby(by)[value].median().sort_values(ascending=False).index.tolist()
    use_house_style()
    fig, ax = plt.subplots(figsize=(8.5, 0.5 * len(order) + 2.0))
    pos = {g: i for i, g in enumerate(order)}
    groups = [df.loc[df[by] == g, value].to_numpy() for g in order]
    import matplotlib as mpl

    new_api = tuple(map(int, mpl.__version__.split(".")[:2])) >= (3, 10)
    flat = {"orientation": "horizontal"} if new_api else {"vert": False}  # `vert`: deprecated
    boxed = [i for i, arr in enumerate(groups) if len(arr) >= 3]  # a box of 1–2 points misleads
    if boxed:
        ax.boxplot([groups[i] for i in boxed], positions=boxed, widths=0.55, showfliers=False,
                   patch_artist=True, boxprops={"facecolor": "#F0F0F0", "edgecolor": "#888888"},
                   medianprops={"color": "#333333"}, whiskerprops={"color": "#888888"},
                   capprops={"color": "#888888"}, **flat)
    rng = np.random.default_rng(0)
    y = df[by].map(pos).to_numpy() + rng.uniform(-0.18, 0.18, len(df))
    ax.scatter(df[value], y, c=[STATUS_COLOURS[s] for s in df["status"]], s=28, zorder=3,
               edgecolor="white", linewidth=0.5)
    for g, arr in zip(order, groups):
        ax.annotate(words["n"].format(n=len(arr)), (1.0, pos[g]),
                    xycoords=("axes fraction", "data"), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#555555")
    ax.axvline(0, color="#333333", lw=1, zorder=2)
    ax.set_yticks(range(len(order)), _labels(by, order, df, lang))
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(value_label or words["gap_pp"])
    return _finish(fig, title, subtitle, sources, lang,
                   handles=_status_handles(df["status"], lang, "o"))


def share_met(att: pd.DataFrame, by: str, title: str, sources: list[str], lang: str = "zh",
              assessable_only: bool = True, subtitle: str | None = None):
    """Share of targets met, exceeded and missed per group, as 100% stacked bars with the
    number of targets and the share met or exceeded written beside each bar.

    Args:
        att: attainment rows with columns ``by`` and ``status`` (``indicator_zh`` when
            ``by='indicator'``).
        by: grouping column (``indicator``, ``region_level``, ``region``, ``year``…).
        assessable_only: leave out ``not_assessable`` rows (default), else show them in grey.
        title, sources, lang, subtitle: as for :func:`dumbbell`.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter

    words = _lang(lang)
    _need(att, [by, "status"], "share_met")
    df = att[att["status"] != "not_assessable"] if assessable_only else att
    if df.empty:
        raise _empty("share_met", "no assessable targets; pass assessable_only=False")
    counts = pd.crosstab(df[by], df["status"]).reindex(columns=list(STATUS_ORDER), fill_value=0)
    if assessable_only:
        counts = counts.drop(columns="not_assessable")
    shares = counts.div(counts.sum(axis=1), axis=0)
    good = shares["met"] + shares["exceeded"]
    order = good.sort_values(ascending=False).index.tolist()
    shares, counts, good = shares.loc[order], counts.loc[order], good.loc[order]
    use_house_style()
    fig, ax = plt.subplots(figsize=(8.5, 0.45 * len(order) + 2.0))
    left = pd.Series(0.0, index=order)
    for s in shares.columns:
        ax.barh(range(len(order)), shares[s], left=left, color=STATUS_COLOURS[s], height=0.65,
                edgecolor="white", linewidth=0.6)
        left += shares[s]
    ax.annotate(words["share_met"] + " (n)", (1.0, 1.0), xycoords="axes fraction", xytext=(6, 4),
                textcoords="offset points", va="bottom", ha="left", fontsize=8, color="#555555")
    for i, g in enumerate(order):
        ax.annotate(f"{good[g]:.0%}  ({words['n'].format(n=int(counts.loc[g].sum()))})",
                    (1.0, i), xytext=(6, 0), textcoords="offset points", va="center", fontsize=8.5,
                    color="#333333", annotation_clip=False)
    ax.set_yticks(range(len(order)), _labels(by, order, att, lang))
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(words["share"])
    return _finish(fig, title, subtitle, sources, lang,
                   handles=_status_handles(shares.columns, lang))


def required_path(base_year: int, base_value: float, end_year: int,
                  target_value: float | None = None, avg_growth_pct: float | None = None,
                  linear: bool = False) -> pd.DataFrame:
    """The path from a base-year value to an end-year target: constant growth for levels
    (give the end-year ``target_value``, 达到 X 亿元, or ``avg_growth_pct``, 年均增长 g%), or
    equal steps in points when ``linear`` (shares such as 城镇化率).

    Returns:
        Columns ``year, value`` from ``base_year`` to ``end_year``.
    """
    if end_year <= base_year:
        raise GovdataError(f"required_path: end year {end_year} is not after base year {base_year}")
    years = list(range(int(base_year), int(end_year) + 1))
    span = end_year - base_year
    if target_value is None or pd.isna(target_value):
        if avg_growth_pct is None or pd.isna(avg_growth_pct):
            raise GovdataError("required_path: pass target_value or avg_growth_pct")
        target_value = base_value * (1 + avg_growth_pct / 100) ** span
    if linear:
        values = [base_value + (target_value - base_value) * (y - base_year) / span for y in years]
    else:
        rate = (target_value / base_value) ** (1 / span)
        values = [base_value * rate ** (y - base_year) for y in years]
    return pd.DataFrame({"year": years, "value": values})


def _plan_path(p: dict) -> pd.DataFrame:
    """Required path of one plan row (a row of ``govdata.progress`` or a hand-made plan)."""
    measure = p.get("measure") or ""
    target, growth = p.get("target_value"), p.get("avg_growth_pct")
    if measure == "avg_growth_pct":  # the target is itself the average growth rate
        target, growth = None, p.get("target_value")
    return required_path(p["base_year"], p["base_value"], p["end_year"], target, growth,
                         linear=measure == "share_pct")


def _track(p: dict, obs: pd.DataFrame, path: pd.DataFrame) -> tuple[bool | None, float]:
    """``(on_track, still required per year)`` of one plan row, taken from the plan's own
    ``on_track`` / ``required_rate_remaining`` columns when it has them; otherwise computed: the
    latest outcome against the path (at or below it for indicators that should fall), and the
    average growth (points a year for shares) from the latest outcome to the end-year target."""
    from .link import direction

    if "on_track" in p and p["on_track"] is not None and not pd.isna(p["on_track"]):
        rate = p.get("required_rate_remaining", math.nan)
        return bool(p["on_track"]), math.nan if rate is None else float(rate)
    obs = obs[obs["year"] > p["base_year"]].dropna(subset=["value"])
    if obs.empty:
        return None, math.nan
    last = obs.sort_values("year").iloc[-1]
    hit = path.loc[path["year"] == last["year"], "value"]
    if hit.empty:
        return None, math.nan
    falling = direction(p["indicator"]) in ("lower", "ceiling")
    on = bool(last["value"] <= hit.iloc[0] if falling else last["value"] >= hit.iloc[0])
    left, end = int(p["end_year"]) - int(last["year"]), float(path["value"].iloc[-1])
    if left <= 0:
        return on, math.nan
    if (p.get("measure") or "") == "share_pct":
        return on, (end - last["value"]) / left
    return on, ((end / last["value"]) ** (1 / left) - 1) * 100 if last["value"] > 0 else math.nan


def _annual(outcomes: pd.DataFrame, p: dict) -> pd.DataFrame:
    """The outcomes that continue one plan row's line: same indicator (and region, measure when
    both tables have them), single-year figures only, values converted into the plan's unit
    (7400亿元 → 0.74万亿元; others dropped), one per year."""
    from .numbers import to_base
    from .tables import figures_only

    obs = figures_only(outcomes[outcomes["indicator"] == p["indicator"]])  # no bounds
    for col in ("region", "measure"):
        if col in obs.columns and p.get(col):
            obs = obs[obs[col] == p[col]]
    if "period_start" in obs.columns:
        obs = obs[obs["period_start"].isna()]
    unit = p.get("unit") or ""
    if unit and "unit" in obs.columns:
        want = to_base(1.0, unit)

        def convert(value, u):
            if u == unit:
                return value
            have = to_base(1.0, u or "")
            if want is None or have is None or have[1] != want[1]:
                return math.nan
            return value * have[0] / want[0]

        obs = obs.assign(value=[convert(v, u) for v, u in zip(obs["value"], obs["unit"])])
    obs = obs.dropna(subset=["value"])
    obs = obs[obs["year"] > p["base_year"]].sort_values("year", kind="stable")
    return obs.drop_duplicates("year")[["year", "value"]]


def trajectory(outcomes: pd.DataFrame, plan: pd.DataFrame, title: str, sources: list[str],
               lang: str = "zh", subtitle: str | None = None):
    """Five-year-plan progress: one panel per plan row with the annual outcomes (line), the
    path required to reach the end-year target (dashed: constant growth, or equal steps for
    shares), the target (star) and an on-track / behind flag with what is still required a year.

    Args:
        outcomes: annual values, columns ``indicator, year, value``; with ``region``,
            ``measure``, ``unit`` and ``period_start`` (the outcomes table as it is) only the
            matching single-year figures are used, converted into the plan's unit.
        plan: one row per end-year target, columns ``indicator, base_year, base_value,
            end_year, target_value`` and optionally ``avg_growth_pct`` (instead of
            ``target_value``), ``measure`` (``avg_growth_pct``: ``target_value`` is the average
            growth; ``share_pct``: linear path), ``unit``, ``indicator_zh``, ``region``,
            ``on_track`` and ``required_rate_remaining`` (used as given) — the columns of
            ``govdata.progress``. Rows without a base value are left out.
        title, sources, lang, subtitle: as for :func:`dumbbell`.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    words = _lang(lang)
    _need(outcomes, ["indicator", "year", "value"], "trajectory")
    _need(plan, ["indicator", "base_year", "base_value", "end_year"], "trajectory")
    plan = plan.dropna(subset=["base_value"]).reset_index(drop=True)
    if plan.empty:
        raise _empty("trajectory", "pass at least one plan row with a base_value")
    use_house_style()
    n = len(plan)
    ncols = min(3, n)
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 0.8, 3.0 * nrows + 1.6),
                             squeeze=False)
    labels = _labels("indicator", plan["indicator"], plan, lang)
    regions = plan["region"].nunique() if "region" in plan.columns else 1
    flags = set()  # the statuses drawn, for the legend
    for ax, p, label in zip(axes.flat, plan.to_dict("records"), labels):
        path = _plan_path(p)
        obs = _annual(outcomes, p)
        on, still = _track(p, obs, path)
        flags.add(on)
        line = pd.concat([pd.DataFrame({"year": [p["base_year"]], "value": [p["base_value"]]}),
                          obs[["year", "value"]]])
        colour = ("#555555" if on is None else
                  STATUS_COLOURS["met"] if on else STATUS_COLOURS["missed"])
        ax.plot(path["year"], path["value"], ls="--", color="#888888", lw=1.5)
        ax.plot(line["year"], line["value"], marker="o", color=colour, lw=2.2, markersize=5)
        ax.scatter([path["year"].iloc[-1]], [path["value"].iloc[-1]], marker="*", s=160,
                   color="#333333", zorder=4)
        unit = unit_label(p.get("unit") or "", lang)
        name = f"{region_label(p['region'], lang)} {label}" if regions > 1 else label
        ax.set_title(f"{name}（{unit}）" if unit and lang == "zh" else
                     f"{name} ({unit})" if unit else name, fontsize=10.5, loc="left")
        if on is not None:
            flag = words["on_track"] if on else words["behind"]
            if not math.isnan(still):
                key = ("needs_pp" if (p.get("measure") or "") == "share_pct" else
                       "needs" if still >= 0 else "falls")
                flag += ("，" if lang == "zh" else ", ") + words[key].format(
                    g=still if key == "needs_pp" else abs(still))
            ax.text(0.02, 0.97, flag, transform=ax.transAxes, va="top", ha="left", fontsize=8.5,
                    color=colour, bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85,
                                        "pad": 1.5})
        lo = min(path["value"].min(), line["value"].min())
        hi = max(path["value"].max(), line["value"].max())
        pad = (hi - lo) or abs(hi) or 1.0
        ax.set_ylim(lo - pad * 0.08, hi + pad * 0.3)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(labelsize=9)
        ax.set_xlim(p["base_year"] - 0.4, p["end_year"] + 0.4)
    for ax in list(axes.flat)[n:]:
        ax.set_visible(False)
    handles = [Line2D([], [], marker="o", color="#555555", lw=2.2, label=words["outcome"]),
               Line2D([], [], ls="--", color="#888888", lw=1.5, label=words["required"]),
               Line2D([], [], marker="*", ls="", color="#333333", markersize=12,
                      label=words["end_target"])]
    handles += [Line2D([], [], marker="o", ls="", color=STATUS_COLOURS[key], label=words[word])
                for flag, key, word in ((True, "met", "on_track"), (False, "missed", "behind"))
                if flag in flags]  # only the statuses some panel shows
    return _finish(fig, title, subtitle, sources, lang, handles=handles)


def bunching_test(gaps, bandwidth: float = 0.5, min_n: int = 10) -> dict:
    """Do outcomes pile up just at or above their targets? Counts gaps in ``[-h, 0)`` (just
    missed) against ``[0, h)`` (just made it) and tests them against an even split (two-sided
    exact binomial test), which is what a smooth distribution would give near 0.

    Returns:
        ``n`` (non-missing gaps), ``below``, ``above``, ``p`` (NaN when fewer than ``min_n``
        gaps are near 0), ``bandwidth`` and ``test`` (its name).
    """
    from scipy.stats import binomtest

    g = pd.Series(gaps, dtype=float).dropna()
    below = int(((g >= -bandwidth) & (g < 0)).sum())
    above = int(((g >= 0) & (g < bandwidth)).sum())
    near = below + above
    p = binomtest(above, near, 0.5).pvalue if near >= max(min_n, 1) else math.nan
    return {"n": len(g), "below": below, "above": above, "p": float(p), "bandwidth": bandwidth,
            "test": "two-sided exact binomial test, H0: P(just above) = 1/2"}


def bunching(df: pd.DataFrame, title: str, sources: list[str], value: str = "gap",
             window: float = 3.0, binwidth: float = 0.25, bandwidth: float = 0.5,
             min_n: int = 10, lang: str = "zh", subtitle: str | None = None,
             value_label: str | None = None, note: str | None = None):
    """Histogram of outcome − target near 0 (bars below the target orange, at or above green,
    the test window shaded), with the sample size and the test written above the chart.

    Args:
        df: rows with a numeric ``value`` column (use :func:`signed_gap` so that 0 is the
            threshold and positive means the target was met, also for caps such as CPI).
        window: show gaps within ±window (the test uses all gaps, within ±bandwidth).
        binwidth: histogram bin width; 0 is always a bin edge.
        bandwidth: half-width of the test's window around 0 (:func:`bunching_test`).
        min_n: fewest gaps near 0 for which a p-value is reported.
        title, sources, lang, subtitle: as for :func:`dumbbell`.
        value_label: x-axis label (default: outcome − target (points)).
        note: text to print instead of the computed sample-size-and-test line.
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.patches import Patch

    words = _lang(lang)
    _need(df, [value], "bunching")
    g = df[value].dropna().astype(float)
    if g.empty:
        raise _empty("bunching", f"no non-missing {value!r}")
    test = bunching_test(g, bandwidth, min_n)
    shown = g[(g >= -window) & (g < window)]
    use_house_style()
    fig, ax = plt.subplots(figsize=(8.5, 4.8))
    k = math.ceil(window / binwidth)
    edges = np.arange(-k, k + 1) * binwidth
    counts, _ = np.histogram(shown, bins=edges)
    colours = [STATUS_COLOURS["missed"] if e < 0 else STATUS_COLOURS["met"] for e in edges[:-1]]
    ax.axvspan(-bandwidth, bandwidth, color=TEST_SHADE, lw=0, zorder=0)
    ax.bar(edges[:-1], counts, width=binwidth, align="edge", color=colours, edgecolor="white",
           linewidth=0.6, zorder=2)
    ax.axvline(0, color="#333333", lw=1.2, zorder=3)
    ax.set_xlim(edges[0], edges[-1])
    ax.set_ylim(0, max(counts.max(), 1) * 1.08 + 0.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(value_label or words["gap_pp"])
    ax.set_ylabel(words["count"])
    ax.grid(axis="x", visible=False)
    if math.isnan(test["p"]):
        result = words["too_few"].format(k=min_n)
    else:
        result = words["test_p"].format(p="< 0.001" if test["p"] < 0.001 else f"= {test['p']:.3f}")
    if note is None:
        note = words["bunch"].format(n=test["n"], m=len(shown), w=window, h=bandwidth,
                                     below=test["below"], above=test["above"], test=result)
    handles = [Patch(color=STATUS_COLOURS["missed"], label=words["below"]),
               Patch(color=STATUS_COLOURS["met"], label=words["at_or_above"]),
               Patch(color=TEST_SHADE, label=words["window"].format(h=bandwidth))]
    return _finish(fig, title, subtitle, sources, lang, handles=handles, note=note)
