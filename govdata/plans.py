"""plans: five-year-plan targets against the annual outcomes reported since the base year.

For each end-year target that has a base-year value (徐州: 2020 GDP 7400亿元 → 1万亿元 by
2025), the trajectory so far, the average growth still required, and an on-track flag.
"""

from __future__ import annotations

import math

import pandas as pd

from .numbers import to_base
from .tables import figures_only

PROGRESS_COLUMNS = ["region", "indicator", "indicator_zh", "measure", "unit", "period_start",
                    "end_year", "target_value", "qualifier", "base_year", "base_value",
                    "latest_year", "latest_value", "achieved_rate", "required_rate_from_base",
                    "required_rate_remaining", "on_track", "method", "target_doc_id", "item"]


def progress(targets: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """One row per multi-year target (``period_start`` set, ``year`` its end year).

    Levels and counts grow geometrically: ``required_rate_*`` and ``achieved_rate`` are average
    annual growth in percent. Shares (城镇化率) move linearly: rates are points per year. An
    average-growth target (年均增长6.5%) is compared with the geometric mean of the annual growth
    outcomes so far. Levels reported in current prices are compared with each other; when no
    level has been reported since the base year, the base is compounded with the reported real
    growth rates and ``method`` says so.
    """
    start = pd.to_numeric(targets["period_start"], errors="coerce")
    t = targets[start.notna() & (targets["year"] > start.fillna(9999))
                & targets["measure"].isin(["level", "count", "share_pct", "avg_growth_pct"])]
    wanted = set(zip(t["region"], t["indicator"]))  # the series these targets need, only
    needed = pd.Series([k in wanted for k in zip(outcomes["region"], outcomes["indicator"])],
                       index=outcomes.index, dtype=bool)
    annual = figures_only(outcomes[outcomes["period_start"].isna() & needed])  # no bounds
    by_series = {k: g for k, g in annual.groupby(["region", "indicator"], sort=False)}
    none = annual.iloc[0:0]
    rows = [_one(r, by_series.get((r["region"], r["indicator"]), none)) for _, r in t.iterrows()]
    return pd.DataFrame(rows, columns=PROGRESS_COLUMNS)


def _one(t: pd.Series, o: pd.DataFrame) -> dict:
    """Progress of one target; ``o`` holds the annual outcomes of its region and indicator."""
    start, end = int(t["period_start"]), int(t["year"])
    row = {"region": t["region"], "indicator": t["indicator"], "indicator_zh": t["indicator_zh"],
           "measure": t["measure"], "unit": t["unit"], "period_start": start, "end_year": end,
           "target_value": t["value"], "qualifier": t["qualifier"], "base_year": start - 1,
           "base_value": math.nan, "latest_year": None, "latest_value": math.nan,
           "achieved_rate": math.nan, "required_rate_from_base": math.nan,
           "required_rate_remaining": math.nan, "on_track": None, "method": "",
           "target_doc_id": t["doc_id"], "item": t["item"]}
    if t["measure"] == "avg_growth_pct":
        return _avg_growth(row, t, o)
    same = o[o["measure"] == t["measure"]]
    same = same[same["unit"].map(lambda u: _scalable(u, t["unit"])).astype(bool)]
    base = same[same["year"] == start - 1]
    if base.empty:
        row["method"] = f"no {start - 1} (base-year) value reported"
        return row
    base_value = _in_unit(base.iloc[0], t["unit"])
    row["base_value"] = base_value
    later = same[(same["year"] >= start) & (same["year"] <= end)].sort_values("year")
    linear = t["measure"] == "share_pct"
    years_total = end - (start - 1)
    row["required_rate_from_base"] = _rate(base_value, t["value"], years_total, linear)
    if not later.empty:
        latest = later.iloc[-1]
        row["latest_year"], row["latest_value"] = int(latest["year"]), _in_unit(latest, t["unit"])
        row["method"] = "reported levels"
    else:
        growth = o[(o["measure"] == "growth_pct") & (o["year"] >= start) & (o["year"] <= end)]
        growth = growth.drop_duplicates("year").sort_values("year")
        if growth.empty or linear:
            row["method"] = "no outcome reported since the base year"
            return row
        gaps = _missing_years(growth["year"], start)
        if gaps:
            row["method"] = f"growth not reported for {gaps}: cannot compound from the base year"
            return row
        value = base_value
        for g in growth["value"]:
            value *= 1 + g / 100
        row["latest_year"], row["latest_value"] = int(growth["year"].iloc[-1]), value
        row["method"] = "base compounded with reported real growth rates"
    elapsed = row["latest_year"] - (start - 1)
    row["achieved_rate"] = _rate(base_value, row["latest_value"], elapsed, linear)
    remaining = end - row["latest_year"]
    row["required_rate_remaining"] = _rate(row["latest_value"], t["value"], remaining, linear) \
        if remaining > 0 else math.nan
    row["on_track"] = bool(row["achieved_rate"] >= row["required_rate_from_base"] - 1e-9)
    return row


def _avg_growth(row: dict, t: pd.Series, o: pd.DataFrame) -> dict:
    start, end = int(t["period_start"]), int(t["year"])
    growth = o[(o["measure"] == "growth_pct") & (o["year"] >= start) & (o["year"] <= end)]
    growth = growth.drop_duplicates("year").sort_values("year")
    row["required_rate_from_base"] = t["value"]
    if growth.empty:
        row["method"] = "no annual growth reported since the plan began"
        return row
    factor = math.prod(1 + g / 100 for g in growth["value"])
    n = len(growth)
    row["latest_year"] = int(growth["year"].iloc[-1])
    row["achieved_rate"] = 100 * (factor ** (1 / n) - 1)
    remaining = end - row["latest_year"]
    gaps = _missing_years(growth["year"], start)
    if gaps:
        row["method"] = (f"geometric mean of {n} reported annual growth rate(s); {gaps} not "
                         "reported, so the growth still required is not computed")
        row["on_track"] = bool(row["achieved_rate"] >= t["value"] - 1e-9)
        return row
    if remaining > 0:
        need = (1 + t["value"] / 100) ** (end - start + 1) / factor
        row["required_rate_remaining"] = 100 * (need ** (1 / remaining) - 1)
    row["on_track"] = bool(row["achieved_rate"] >= t["value"] - 1e-9)
    row["method"] = f"geometric mean of {n} reported annual growth rate(s)"
    return row


def _rate(start_value: float, end_value: float, years: int, linear: bool) -> float:
    """Average change per year: points (linear) or percent growth (geometric)."""
    if years <= 0 or pd.isna(start_value) or pd.isna(end_value):
        return math.nan
    if linear:
        return (end_value - start_value) / years
    if start_value <= 0:
        return math.nan
    return 100 * ((end_value / start_value) ** (1 / years) - 1)


def _scalable(unit: str, target_unit: str) -> bool:
    a, b = to_base(1.0, unit), to_base(1.0, target_unit)
    return unit == target_unit or (a is not None and b is not None and a[1] == b[1])


def _in_unit(o: pd.Series, unit: str) -> float:
    """An outcome's value in the target's unit (7400亿元 → 0.74 万亿元)."""
    if o["unit"] == unit:
        return float(o["value"])
    return to_base(float(o["value"]), o["unit"])[0] / to_base(1.0, unit)[0]


def _missing_years(years: pd.Series, start: int) -> str:
    """Years between the plan's start and the last reported year with no figure ('' if none)."""
    have = {int(y) for y in years}
    missing = [y for y in range(start, max(have) + 1) if y not in have]
    return ", ".join(map(str, missing))
