"""attain: targets + outcomes → verdicts (met / exceeded / missed / not_assessable).

The semantics live in one table, ``registry/rules.csv`` (qualifier × indicator direction →
rule), printed by ``govdata rules``. This module pairs each target with a comparable outcome
and applies the rule; when the two are not comparable it says why instead of guessing.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from .link import direction
from .numbers import to_base, unit_kind
from .registry import rules

ATTAINMENT_COLUMNS = ["region", "admin_code", "year", "indicator", "indicator_zh", "measure", "unit",
                      "target_value", "target_high", "qualifier", "strive", "outcome_value", "gap",
                      "status", "reason", "lead_units", "target_doc_id", "outcome_doc_id",
                      "item", "outcome_source", "target_char_start", "outcome_char_start"]

TOLERANCE_PP = 0.5  # ±points around a 左右 target for rates
TOLERANCE_REL = 0.01  # ±1% of the target for 左右 on levels and counts
EPS = 1e-9
_TASK_DONE = re.compile(r"(?<!未)(?:完成|实现|达到)(?:了)?(?:省定|省下达|市下达|上级下达|年度|全年)?(?:的)?(?:目标|任务)")


def rules_table() -> pd.DataFrame:
    """The documented rules table (``qualifier, direction, rule, meaning``)."""
    return rules()


def rule_for(qualifier: str, indicator_direction: str) -> str:
    """The comparison rule for a qualifier and an indicator direction."""
    t = rules()
    hit = t[(t.qualifier == qualifier) & (t.direction == indicator_direction)]
    return hit["rule"].iloc[0] if len(hit) else "none"


def tolerance(unit: str, target: float, tolerance_pp: float = TOLERANCE_PP,
              tolerance_rel: float = TOLERANCE_REL) -> float:
    """Half-width of the 左右 band: points for rates, a share of the target otherwise."""
    if unit_kind(unit) in ("rate", "points", "permille"):
        return tolerance_pp
    return abs(target) * tolerance_rel


def verdict(rule: str, target: float, high: float | None, outcome: float, tol: float
            ) -> tuple[str, float]:
    """Apply one rule; return ``(status, gap)`` with gap = outcome − target (nearest bound
    for ranges, 0 inside)."""
    gap = outcome - target
    if rule == "band":
        status = "met" if abs(gap) <= tol + EPS else ("exceeded" if gap > 0 else "missed")
    elif rule == "band_lower":
        status = "met" if abs(gap) <= tol + EPS else ("exceeded" if gap < 0 else "missed")
    elif rule == "cap_tol":
        status = "met" if gap <= tol + EPS else "missed"
    elif rule == "floor":
        status = "met" if abs(gap) <= EPS else ("exceeded" if gap > 0 else "missed")
    elif rule == "floor_lower":
        status = "met" if abs(gap) <= EPS else ("exceeded" if gap < 0 else "missed")
    elif rule == "cap":
        status = "met" if gap <= EPS else "missed"
    elif rule in ("between", "between_lower", "between_cap"):
        lo, hi = min(target, high), max(target, high)
        if lo - EPS <= outcome <= hi + EPS:
            return "met", 0.0
        above = outcome > hi
        gap = outcome - (hi if above else lo)
        if rule == "between":
            status = "exceeded" if above else "missed"
        elif rule == "between_lower":
            status = "missed" if above else "exceeded"
        else:
            status = "missed" if above else "met"
    else:
        return "not_assessable", math.nan
    return status, gap


def _effective_direction(indicator: str, value: float | None) -> str:
    d = direction(indicator)
    if d == "higher" and value is not None and not pd.isna(value) and value < 0 \
            and (indicator.startswith("zh:") or not indicator):
        return "lower"  # an unregistered indicator with a fall target (压减10%) should fall
    return d


def comparable(t: pd.Series, o: pd.Series) -> str:
    """Why a target and an outcome cannot be compared ('' when they can)."""
    if t["measure"] != o["measure"]:
        return f"target is {t['measure']}, outcome is {o['measure']}"
    tb, ob = to_base(1.0, t["unit"]), to_base(1.0, o["unit"])
    if tb is None or ob is None:
        return f"unknown unit ({t['unit']} / {o['unit']})"
    if tb[1] != ob[1]:
        return f"units not comparable ({t['unit']} vs {o['unit']})"
    return ""


def _scaled_outcome(t: pd.Series, o: pd.Series) -> float:
    """Outcome value expressed in the target's unit (1万亿元 → 10000亿元 and back)."""
    tb = to_base(1.0, t["unit"])
    ob = to_base(float(o["value"]), o["unit"])
    return ob[0] / tb[0]


def attain(targets: pd.DataFrame, outcomes: pd.DataFrame, documents: pd.DataFrame | None = None,
           tolerance_pp: float = TOLERANCE_PP, tolerance_rel: float = TOLERANCE_REL,
           reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """One verdict per target that has an outcome or can be assessed from its document.

    Pairing, in order: an outcome in the same document and item with the same indicator; then
    an outcome for the same region, year and registry indicator from any document. Targets of
    completion reports are always listed (not_assessable with a reason when nothing settles them).

    Args:
        targets, outcomes: tidy tables as built by :mod:`govdata.pipeline`.
        documents: the documents table (``doc_id, doc_type, province``): which documents
            report completion, and each region's province for 全省 references.
        tolerance_pp, tolerance_rel: the 左右 band for rates (points) and for levels (share).
        reference: extra outcomes (``region, year, indicator, value, unit, source``) used for
            relative targets (高于全省平均水平) — see :mod:`govdata.reference`.
    """
    doc_types, provinces = {}, {}
    if documents is not None and not documents.empty:
        doc_types = dict(zip(documents["doc_id"], documents["doc_type"]))
        provinces = dict(zip(documents["doc_id"], documents["province"]))
    rows = []
    by_item = {k: g for k, g in outcomes.groupby(["doc_id", "item"], sort=False)}
    by_region = {k: g for k, g in outcomes.groupby(["admin_code", "year", "indicator"], sort=False)}
    for _, t in targets.iterrows():
        t = t.copy()
        t["province"] = provinces.get(t["doc_id"], "")
        in_item = by_item.get((t["doc_id"], t["item"]), outcomes.iloc[0:0])
        row = _assess(t, in_item, by_region, tolerance_pp, tolerance_rel, reference)
        completion_doc = doc_types.get(t["doc_id"]) == "completion_report"
        if row["status"] == "not_assessable" and not row["outcome_doc_id"] and not completion_doc:
            continue
        rows.append(row)
    return pd.DataFrame(rows, columns=ATTAINMENT_COLUMNS)


def _base_row(t: pd.Series) -> dict:
    return {"region": t["region"], "admin_code": t["admin_code"], "year": int(t["year"]),
            "indicator": t["indicator"], "indicator_zh": t["indicator_zh"], "measure": t["measure"],
            "unit": t["unit"], "target_value": t["value"], "target_high": t["value_high"],
            "qualifier": t["qualifier"], "strive": bool(t["strive"]), "outcome_value": math.nan,
            "gap": math.nan, "status": "not_assessable", "reason": "", "lead_units": t["lead_units"],
            "target_doc_id": t["doc_id"], "outcome_doc_id": "", "item": t["item"],
            "outcome_source": "", "target_char_start": int(t["char_start"]),
            "outcome_char_start": math.nan}


def _assess(t, in_item, by_region, tol_pp, tol_rel, reference) -> dict:
    row = _base_row(t)
    if t["measure"] == "task":
        return _assess_task(t, in_item, row)
    if t["measure"] == "relative":
        return _assess_relative(t, in_item, row, reference)
    same = in_item[in_item["indicator"] == t["indicator"]]
    source = "same item"
    if same.empty and not str(t["indicator"]).startswith("zh:"):
        same = by_region.get((t["admin_code"], int(t["year"]), t["indicator"]), in_item.iloc[0:0])
        same = same[same["doc_id"] != t["doc_id"]] if not same.empty else same
        source = "same region and year"
    if same.empty:
        row["reason"] = "no outcome reported for this indicator"
        return row
    matching = same[same["measure"] == t["measure"]]
    if matching.empty:
        o = same.iloc[0]
        row["reason"] = "not comparable: " + comparable(t, o)
        _link_outcome(row, o, source)
        row["outcome_value"] = math.nan
        return row
    o = matching.iloc[0]
    why = comparable(t, o)
    _link_outcome(row, o, source)
    if why:
        row["reason"] = "not comparable: " + why
        return row
    outcome = _scaled_outcome(t, o)
    rule = rule_for(t["qualifier"], _effective_direction(t["indicator"], t["value"]))
    tol = tolerance(t["unit"], float(t["value"]), tol_pp, tol_rel)
    status, gap = verdict(rule, float(t["value"]),
                          None if pd.isna(t["value_high"]) else float(t["value_high"]), outcome, tol)
    row.update(outcome_value=outcome, gap=round(gap, 6), status=status)
    if status == "not_assessable":
        row["reason"] = f"no rule for qualifier {t['qualifier']}"
    return row


def _link_outcome(row: dict, o: pd.Series, source: str) -> None:
    row["outcome_doc_id"] = o["doc_id"]
    row["outcome_value"] = o["value"]
    row["outcome_source"] = source
    row["outcome_char_start"] = int(o["char_start"])


def _assess_task(t, in_item, row) -> dict:
    if t["value"] == 0 and t["unit"] == "%":  # 实现正增长
        growth = in_item[(in_item["indicator"] == t["indicator"]) & (in_item["measure"] == "growth_pct")]
        if not growth.empty:
            o = growth.iloc[0]
            _link_outcome(row, o, "same item")
            row["gap"] = float(o["value"])
            row["status"] = "met" if o["value"] > 0 else "missed"
            return row
        row["reason"] = "positive growth required; no growth figure reported"
        return row
    done = [o for _, o in in_item.iterrows() if _TASK_DONE.search(str(o["text"]))]
    if done:
        _link_outcome(row, done[0], "same item")
        row["outcome_value"] = math.nan
        row["status"] = "met"
        row["reason"] = "completion text states the task was completed"
        return row
    row["reason"] = "task without a number; the completion text does not say it was completed"
    return row


def _assess_relative(t, in_item, row, reference) -> dict:
    own = in_item[in_item["indicator"] == t["indicator"]]
    if own.empty:
        row["reason"] = "relative target; no outcome reported for this indicator"
        return row
    o = own.iloc[0]
    _link_outcome(row, o, "same item")
    ref = None
    if reference is not None and not reference.empty:
        from .reference import reference_value

        ref = reference_value(reference, t, o)
    if ref is None:
        row["reason"] = (f"relative target ({t['text']}); needs a reference value "
                         "— add it to data/reference/outcomes.csv")
        return row
    value, source = ref
    rule = rule_for("relative", direction(t["indicator"]))
    gap = float(o["value"]) - value
    ok = gap > EPS if rule == "reference" else gap < -EPS
    row.update(target_value=value, gap=gap, status="met" if ok else "missed",
               reason=f"reference value {value:g} from {source}")
    return row
