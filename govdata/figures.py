"""figures: one house style — CJK font from a pip-installed open font, verdict colours, source
line under every chart, 300 dpi PNG + SVG (+ PDF) export."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

# One colour per verdict, used everywhere (colour-blind safe: Okabe–Ito).
STATUS_COLOURS = {"met": "#009E73", "exceeded": "#0072B2", "missed": "#D55E00",
                  "not_assessable": "#999999"}
STATUS_LABELS_ZH = {"met": "完成", "exceeded": "超额完成", "missed": "未完成", "not_assessable": "无法评估"}
STATUS_LABELS_EN = {"met": "Met", "exceeded": "Exceeded", "missed": "Missed",
                    "not_assessable": "Not assessable"}
FONT_FILE = "NotoSansCJKsc-Regular.otf"


@lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """Path of Noto Sans CJK SC (SIL Open Font Licence) shipped by the ``mplfonts`` package."""
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / FONT_FILE
    if not path.exists():
        from .errors import GovdataError

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
    mpl.rcParams["pdf.fonttype"] = 42
    mpl.rcParams["figure.dpi"] = 100
    mpl.rcParams["savefig.dpi"] = 300
    mpl.rcParams["savefig.bbox"] = "tight"
    return family


def add_source(fig, titles: list[str], english: bool = False) -> None:
    """Write the source line (资料来源：…) under the figure."""
    label = "Source: " if english else "资料来源："
    text = label + "；".join(dict.fromkeys(t for t in titles if t))
    fig.text(0.01, -0.02, text, ha="left", va="top", fontsize=8, color="#555555", wrap=True)


def save(fig, path: Path, formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Save a figure in every format (300 dpi), creating folders; return the files written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for fmt in formats:
        f = path.with_suffix(f".{fmt}")
        fig.savefig(f, format=fmt, dpi=300, bbox_inches="tight",
                    metadata={"Date": None} if fmt in ("svg", "pdf") else None)
        out.append(f)
    return out


def dumbbell(att: pd.DataFrame, title: str, sources: list[str], english: bool = False):
    """Target vs outcome per indicator: a line from target to outcome, coloured by verdict,
    with the 左右 tolerance band drawn around 'about' targets.

    Args:
        att: attainment rows with numeric target and outcome (one measure/unit, e.g. growth %).
        title: chart title.
        sources: document titles for the source line.
        english: label with the registry's English names.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    from .attain import TOLERANCE_PP
    from .link import name_en

    use_house_style()
    df = att.dropna(subset=["target_value", "outcome_value"]).reset_index(drop=True)
    df = df.iloc[::-1].reset_index(drop=True)
    labels = [(name_en(i) or z) if english else z for i, z in zip(df["indicator"], df["indicator_zh"])]
    fig, ax = plt.subplots(figsize=(8, 0.55 * len(df) + 1.6))
    for y, r in df.iterrows():
        colour = STATUS_COLOURS[r["status"]]
        if r["qualifier"] == "about":
            ax.add_patch(plt.Rectangle((r["target_value"] - TOLERANCE_PP, y - 0.25), 2 * TOLERANCE_PP,
                                       0.5, color="#DDDDDD", zorder=1, lw=0))
        if r["qualifier"] == "range" and pd.notna(r["target_high"]):
            ax.add_patch(plt.Rectangle((r["target_value"], y - 0.25), r["target_high"] - r["target_value"],
                                       0.5, color="#DDDDDD", zorder=1, lw=0))
        ax.plot([r["target_value"], r["outcome_value"]], [y, y], color=colour, lw=2.5, zorder=2)
        ax.scatter([r["target_value"]], [y], s=60, facecolor="white", edgecolor="#333333", zorder=3)
        ax.scatter([r["outcome_value"]], [y], s=60, color=colour, zorder=4)
        ax.annotate(f"{r['gap']:+.1f}", (max(r["target_value"], r["outcome_value"]), y),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=9, color=colour)
    ax.set_yticks(range(len(df)), labels)
    ax.set_ylim(-0.7, len(df) - 0.3)
    lo = min(df["target_value"].min(), df["outcome_value"].min())
    hi = max(df["target_value"].max(), df["outcome_value"].max())
    pad = (hi - lo) * 0.12 + 0.5
    ax.set_xlim(lo - pad, hi + pad * 1.6)
    ax.set_xlabel("Growth (%)" if english else "增速（%）")
    ax.set_title(title, loc="left", fontsize=13)
    names = STATUS_LABELS_EN if english else STATUS_LABELS_ZH
    handles = [Line2D([], [], marker="o", color="white", markerfacecolor="white",
                      markeredgecolor="#333333", markersize=8, label="Target" if english else "目标")]
    handles += [Line2D([], [], marker="o", color=STATUS_COLOURS[s], lw=2.5, markersize=8,
                       label=names[s]) for s in ("met", "exceeded", "missed") if s in set(df["status"])]
    handles.append(plt.Rectangle((0, 0), 1, 1, color="#DDDDDD",
                                 label="±0.5 pt band for 'about'" if english else "“左右”容差带（±0.5个百分点）"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.2 / max(len(df), 1)),
              ncol=len(handles), frameon=False, fontsize=9)
    fig.tight_layout()
    add_source(fig, sources, english)
    return fig
