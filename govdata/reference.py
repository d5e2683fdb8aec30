"""reference: outside figures (e.g. a province's average) that relative targets are judged against.

Users add rows to ``data/reference/outcomes.csv`` with columns
``region, year, indicator, value, unit, source`` (and optionally ``measure``, default
``growth_pct`` for ``%`` values). Precedence when several sources give a value for the same
region, year and indicator: a user-supplied reference row first (it is deliberate), then
outcomes extracted from the documents in ``data/raw/``. The verdict's ``reason`` names the
source used.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .errors import CatalogError

REFERENCE_COLUMNS = ["region", "year", "indicator", "value", "unit", "source", "measure"]


def load_reference(path: str | Path) -> pd.DataFrame:
    """Read a user reference CSV (empty frame when the file does not exist)."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=REFERENCE_COLUMNS)
    df = pd.read_csv(path, dtype={"region": str, "indicator": str, "unit": str, "source": str},
                     encoding="utf-8-sig")
    missing = [c for c in REFERENCE_COLUMNS[:-1] if c not in df.columns]
    if missing:
        raise CatalogError(f"{path}: missing column(s) {', '.join(missing)}; the header must be "
                           "region,year,indicator,value,unit,source")
    if "measure" not in df.columns:
        df["measure"] = ["growth_pct" if u == "%" else "level" for u in df["unit"]]
    df["priority"] = 0
    return df[REFERENCE_COLUMNS + ["priority"]]


def merge_reference(user: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """User rows first, then extracted outcomes, in the reference layout."""
    extracted = outcomes.assign(source=outcomes["doc_id"], priority=1)[
        ["region", "year", "indicator", "value", "unit", "source", "measure", "priority"]]
    return pd.concat([user.assign(priority=0), extracted], ignore_index=True)


def _reference_region(text: str, province: str, region: str) -> str:
    if re.search(r"全国", text):
        return "全国"
    if re.search(r"全省|省平均", text):
        return province
    return region


def reference_value(reference: pd.DataFrame, target: pd.Series, outcome: pd.Series
                    ) -> tuple[float, str] | None:
    """The value a relative target refers to, and its source; None when not available."""
    text = str(target.get("text", ""))
    province = str(target.get("province", ""))
    if "经济增长" in text or "经济发展" in text:
        want_region, want_indicator = target["region"], "gdp"
    else:
        want_region = _reference_region(text, province, target["region"])
        want_indicator = target["indicator"]
    if not want_region:
        return None
    hits = reference[(reference["region"] == want_region)
                     & (reference["year"].astype(int) == int(target["year"]))
                     & (reference["indicator"] == want_indicator)
                     & (reference["measure"] == outcome["measure"])]
    if hits.empty:
        return None
    best = hits.sort_values("priority").iloc[0]
    return float(best["value"]), str(best["source"])
