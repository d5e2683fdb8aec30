"""attain: targets + outcomes → verdicts (met / exceeded / missed / not_assessable).

The semantics live in one table, ``registry/rules.csv`` (qualifier × indicator direction →
rule), printed by ``govdata rules``. This module pairs each target with a comparable outcome
and applies the rule; when the two are not comparable it says why instead of guessing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache

import pandas as pd

from .extract import DONE_ADVERBS, compared_with
from .link import direction
from .numbers import to_base, unit_kind
from .registry import rules
from .tables import BOUNDS

ATTAINMENT_COLUMNS = ["region", "admin_code", "year", "period_start", "indicator", "indicator_zh",
                      "measure", "unit", "target_value", "target_high", "qualifier", "strive",
                      "outcome_value", "gap", "status", "reason", "lead_units", "leader",
                      "target_doc_id", "target_sources", "outcome_doc_id", "item",
                      "outcome_source", "target_char_start", "outcome_char_start", "conflict"]
CONFLICT_COLUMNS = ["region", "year", "period_start", "indicator", "indicator_zh", "measure",
                    "doc_id", "item", "value", "value_high", "unit", "qualifier", "strive",
                    "char_start", "text"]
# Which document's wording of a target stated in several is kept (its item and lead units are
# the most specific); the others are listed in ``target_sources``.
DOC_PRECEDENCE = ["completion_report", "target_breakdown", "work_report", "five_year_plan",
                  "statistical_communique"]
# measures whose value depends on the period it covers (a five-year count is not an annual one)
PERIOD_MEASURES = ("growth_pct", "avg_growth_pct", "change", "count", "pp_change")

TOLERANCE_PP = 0.5  # ±points around a 左右 target for rates
TOLERANCE_REL = 0.01  # ±1% of the target for 左右 on levels and counts
EPS = 1e-9
_TASK_SETTLED = r"(?:完成|实现|达到)(?:了)?(?:省定|省下达|市下达|上级下达|年度|全年)?(?:的)?(?:目标|任务)"
# 已完成, 全面完成: a completion cell that says only that the row's task was done
_TASK_DONE = re.compile(rf"(?<!未){_TASK_SETTLED}|^\s*{DONE_ADVERBS}*完成\s*[。.]?\s*$")
# 未完成年度目标, 没有完成省下达任务, 未完成: the completion text says the task was not done
_TASK_NOT_DONE = re.compile(r"(?:未|未能|没有|尚未)(?:" + _TASK_SETTLED + r"|完成(?!率|进度|比例))")


def rules_table() -> pd.DataFrame:
    """The documented rules table (``qualifier, direction, rule, meaning``)."""
    return rules()


def rule_for(qualifier: str, indicator_direction: str) -> str:
    """The comparison rule for a qualifier and an indicator direction."""
    return _rule_index().get((qualifier, indicator_direction), "none")


@lru_cache(maxsize=1)
def _rule_index() -> dict[tuple[str, str], str]:
    """(qualifier, direction) → rule; the first row wins, as in the table."""
    out: dict[tuple[str, str], str] = {}
    for r in rules().itertuples():
        out.setdefault((r.qualifier, r.direction), r.rule)
    return out


def tolerance(unit: str, target: float, tolerance_pp: float = TOLERANCE_PP,
              tolerance_rel: float = TOLERANCE_REL, indicator: str = "") -> float:
    """Half-width of the 左右 band: points for rates, a share of the target otherwise.

    An indicator's own ``tolerance_pp`` in ``registry/indicators.csv`` (e.g. CPI) overrides
    the default for rates.
    """
    if unit_kind(unit) in ("rate", "points", "permille"):
        own = indicator_tolerance(indicator)
        return own if own is not None and tolerance_pp == TOLERANCE_PP else tolerance_pp
    return abs(target) * tolerance_rel


def indicator_tolerance(indicator: str) -> float | None:
    """The registry's per-indicator 左右 tolerance in points, if it sets one."""
    return _tolerances().get(indicator)


@lru_cache(maxsize=1)
def _tolerances() -> dict[str, float]:
    """indicator → its registry tolerance in points (only those that set one); the registries
    are read once per process."""
    from .registry import indicators

    df = indicators()
    if "tolerance_pp" not in df.columns:
        return {}
    out: dict[str, float] = {}
    for ind, tol in zip(df["id"], df["tolerance_pp"]):
        if ind not in out and pd.notna(tol) and tol != "":
            out[ind] = float(tol)
    return out


def same_period(t: pd.Series, o: pd.Series) -> bool:
    """A target and an outcome cover the same span: an annual growth target is not judged on a
    five-year growth (十三五时期年均增长), nor a five-year count on one year's."""
    if t["measure"] not in PERIOD_MEASURES:
        return True
    tp, op = t.get("period_start"), o.get("period_start")
    tp = None if tp is None or pd.isna(tp) else int(tp)
    op = None if op is None or pd.isna(op) else int(op)
    if tp is None or tp == int(t["year"]):
        return op is None or op == int(o["year"])
    return tp == op


def consolidate(targets: pd.DataFrame, documents: pd.DataFrame | None = None
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge a target stated in several documents into one row; list disagreements.

    Targets with the same region, year, period, registry indicator and measure from different
    documents are one target when they agree on value, range, unit (after scaling) and
    qualifier: the row from the most specific document (completion report, then breakdown,
    then work report, then plan) is kept and ``target_sources`` names every document. When they
    disagree all are kept and each goes into the ``conflicts`` table.

    Returns:
        ``(targets, conflicts)``; ``targets`` gains ``target_sources`` and ``conflict``.
    """
    t = targets.copy()
    t["target_sources"] = t["doc_id"]
    t["conflict"] = False
    if t.empty:
        return t, pd.DataFrame(columns=CONFLICT_COLUMNS)
    types = dict(zip(documents["doc_id"], documents["doc_type"])) if documents is not None \
        and not documents.empty else {}
    t["_rank"] = [DOC_PRECEDENCE.index(types.get(d, "five_year_plan")) if types.get(d) in
                  DOC_PRECEDENCE else len(DOC_PRECEDENCE) for d in t["doc_id"]]
    t["_period"] = [0 if pd.isna(v) else int(v) for v in t["period_start"]]
    t["_sig"] = [_signature(r) for r in _records(t[["unit", "value", "value_high", "qualifier"]])]
    keyed = t[~t["indicator"].str.startswith("zh:")]
    key = ["region", "year", "_period", "indicator", "measure"]
    # only targets that more than one document states need a look: count documents per key
    # once for the whole table instead of once per group
    shared = keyed.groupby(key, sort=False, dropna=False)["doc_id"].transform("nunique") > 1
    drop, conflicts = set(), []
    for _, g in keyed[shared].groupby(key, sort=False, dropna=False):
        g = g.sort_values(["_rank", "char_start"])
        keep = g.iloc[0]
        if g["_sig"].nunique() == 1:
            t.loc[keep.name, "target_sources"] = ";".join(dict.fromkeys(g["doc_id"]))
            drop.update(i for i in g.index if i != keep.name and g.loc[i, "doc_id"] != keep["doc_id"])
        else:
            t.loc[g.index, "conflict"] = True
            conflicts.append(g)
    out = t.drop(index=sorted(drop)).drop(columns=["_rank", "_period", "_sig"])
    conf = pd.concat(conflicts) if conflicts else pd.DataFrame(columns=CONFLICT_COLUMNS)
    conf = conf.rename(columns={})[[c for c in CONFLICT_COLUMNS if c in conf.columns]]
    return out.reset_index(drop=True), conf.reset_index(drop=True)


def _signature(t: pd.Series) -> tuple:
    """What must agree for two statements of a target to be the same target."""
    base = to_base(1.0, t["unit"]) if t["unit"] else (1.0, "")
    scale, unit = base if base else (1.0, t["unit"])
    hi = None if pd.isna(t["value_high"]) else round(float(t["value_high"]) * scale, 9)
    val = None if pd.isna(t["value"]) else round(float(t["value"]) * scale, 9)
    return val, hi, unit, t["qualifier"]


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
    if "target_sources" not in targets.columns:
        targets = consolidate(targets, documents)[0]
    rows = []
    # plain dicts from here on: one target at a time, a pandas row would cost more than the work
    by_item: dict[tuple, list[dict]] = {}
    by_region: dict[tuple, list[dict]] = {}
    for o in _records(_outcomes_for(targets, outcomes)):
        by_item.setdefault((o["doc_id"], o["item"]), []).append(o)
        by_region.setdefault((o["region"], o["year"], o["indicator"]), []).append(o)
    for t in _records(targets):
        t["province"] = provinces.get(t["doc_id"], "")
        in_item = by_item.get((t["doc_id"], t["item"]), [])
        row = _assess(t, in_item, by_region, tolerance_pp, tolerance_rel, reference)
        completion_doc = doc_types.get(t["doc_id"]) == "completion_report"
        if row["status"] == "not_assessable" and not row["outcome_doc_id"] and not completion_doc:
            continue
        rows.append(row)
    return pd.DataFrame(rows, columns=ATTAINMENT_COLUMNS)


def _records(df: pd.DataFrame, chunk: int = 20_000) -> Iterator[dict]:
    """The rows of ``df`` as dicts, made a chunk at a time: a national build has millions of
    rows, and a list of them all as dicts would hold several times the table's memory."""
    for start in range(0, len(df), chunk):
        yield from df.iloc[start: start + chunk].to_dict("records")


def _outcomes_for(targets: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    """Only the outcomes a target can be paired with: those in a target's document and item,
    and those for a target's region, year and indicator (see :func:`attain`)."""
    if targets.empty or outcomes.empty:
        return outcomes.iloc[:0]
    items = pd.MultiIndex.from_arrays([targets["doc_id"], targets["item"]])
    regions = pd.MultiIndex.from_arrays([targets["region"], targets["year"].astype("int64"),
                                         targets["indicator"]])
    keep = pd.MultiIndex.from_arrays([outcomes["doc_id"], outcomes["item"]]).isin(items) | \
        pd.MultiIndex.from_arrays([outcomes["region"], outcomes["year"].astype("int64"),
                                   outcomes["indicator"]]).isin(regions)
    return outcomes[keep]


def _base_row(t: pd.Series) -> dict:
    return {"region": t["region"], "admin_code": t["admin_code"], "year": int(t["year"]),
            "period_start": t.get("period_start"), "leader": t.get("leader", ""),
            "target_sources": t.get("target_sources", t["doc_id"]),
            "conflict": bool(t.get("conflict", False)),
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
    same = [o for o in in_item if o["indicator"] == t["indicator"]] or [
        o for o in in_item if o["measure"] == t["measure"] and _kin(t, o)]
    source = "same item"
    if not same and not str(t["indicator"]).startswith("zh:"):
        same = [o for o in by_region.get((t["region"], int(t["year"]), t["indicator"]), [])
                if o["doc_id"] != t["doc_id"]]
        source = "same region and year"
    if same:
        periods = [o for o in same if same_period(t, o)]
        if not periods:
            row["reason"] = "outcome covers a different period (e.g. five years, not one)"
            return row
        same = periods
    if not same:
        row["reason"] = "no outcome reported for this indicator"
        return row
    # a figure reported as such before a bound (跨越1.2万亿元台阶)
    matching = sorted((o for o in same if o["measure"] == t["measure"]),
                      key=lambda o: o.get("qualifier") in BOUNDS)
    if not matching:
        o = same[0]
        if o["measure"] == "task" and _settle_by_words(row, [o]):
            return row  # 新增上市公司2家 | 未完成: the completion says only whether it was done
        row["reason"] = "not comparable: " + comparable(t, o)
        _link_outcome(row, o, source)
        row["outcome_value"] = math.nan
        return row
    o = matching[0]
    why = comparable(t, o)
    _link_outcome(row, o, source)
    if why:
        row["reason"] = "not comparable: " + why
        return row
    outcome = _scaled_outcome(t, o)
    rule = rule_for(t["qualifier"], _effective_direction(t["indicator"], t["value"]))
    tol = tolerance(t["unit"], float(t["value"]), tol_pp, tol_rel, t["indicator"])
    status, gap = verdict(rule, float(t["value"]),
                          None if pd.isna(t["value_high"]) else float(t["value_high"]), outcome, tol)
    row.update(outcome_value=outcome, gap=round(gap, 6), status=status)
    if status == "not_assessable":
        row["reason"] = f"no rule for qualifier {t['qualifier']}"
    elif o.get("qualifier") == "partial":
        # 上半年, 1-6月: a sum that already reaches the year's target has met it; anything
        # else waits for the year's figure
        if status in ("met", "exceeded") and t["measure"] in ("count", "level", "change"):
            row["reason"] = "reached already by a part-year figure"
        else:
            row.update(status="not_assessable", gap=math.nan,
                       reason="part-year figure (上半年, 1-6月…); the target is for the whole year")
    return row


def _kin(t: dict, o: dict) -> bool:
    """The same item names one indicator two ways: one name holds the other (投资 / 重大项目完成
    投资) or they open alike (高新技术产业产值占比 / 高新技术产业产值占规上工业产值比重)."""
    a, b = str(t.get("indicator_text") or ""), str(o.get("indicator_text") or "")
    if len(a) < 2 or len(b) < 2:
        return False
    return a in b or b in a or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _link_outcome(row: dict, o: pd.Series, source: str) -> None:
    row["outcome_doc_id"] = o["doc_id"]
    row["outcome_value"] = o["value"]
    row["outcome_source"] = source
    row["outcome_char_start"] = int(o["char_start"])


def _assess_task(t, in_item, row) -> dict:
    if t["value"] == 0 and t["unit"] == "%":  # 实现正增长
        growth = [o for o in in_item
                  if o["indicator"] == t["indicator"] and o["measure"] == "growth_pct"]
        if growth:
            o = growth[0]
            _link_outcome(row, o, "same item")
            row["gap"] = float(o["value"])
            row["status"] = "met" if o["value"] > 0 else "missed"
            return row
        row["reason"] = "positive growth required; no growth figure reported"
        return row
    if not _settle_by_words(row, in_item):
        row["reason"] = "task without a number; the completion text does not say it was completed"
    return row


def _settle_by_words(row: dict, outcomes: list[dict]) -> bool:
    """The verdict of a completion text that says the task was done (完成省下达任务, 已完成) or
    not (未完成年度目标), if one of ``outcomes`` says so."""
    # (not done first: 没有完成省下达任务 holds the words of a done task too)
    for said, status, reason in ((_TASK_NOT_DONE, "missed", "was not completed"),
                                 (_TASK_DONE, "met", "was completed")):
        stated = next((o for o in outcomes if said.search(str(o["text"]))), None)
        if stated is not None:
            _link_outcome(row, stated, "same item")
            row.update(outcome_value=math.nan, status=status,
                       reason=f"completion text states the task {reason}")
            return True
    return False


def _assess_relative(t, in_item, row, reference) -> dict:
    kin = [o for o in in_item if o["indicator"] == t["indicator"]]
    if _assess_by_gap(t, [o for o in kin if o["measure"] == "relative"], row):
        return row
    own = [o for o in kin if o["measure"] != "relative"] or _halves(t, in_item)
    if not own:
        row["reason"] = "relative target; no outcome reported for this indicator"
        return row
    o = own[0]
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
    # (城乡居民收入与经济增长同步 reported as 城镇 and 农村: each must keep up; the worst decides)
    o = min(own, key=lambda x: float(x["value"])) if rule == "reference" else \
        max(own, key=lambda x: float(x["value"]))
    _link_outcome(row, o, "same item")
    gap = float(o["value"]) - value
    ok = gap > EPS if rule == "reference" else gap < -EPS
    row.update(target_value=value, gap=gap, status="met" if ok else "missed",
               reason=f"reference value {value:g} from {source}")
    return row


def _assess_by_gap(t, gaps: list[dict], row: dict) -> bool:
    """A relative target (高于全省平均水平, 高于全省1个百分点以上) judged by the gap the result
    states to the same figure (高于全省0.1个百分点 → +0.1): True when it settles the row."""
    than = compared_with(str(t["text"]))
    stated = [o for o in gaps if not pd.isna(o["value"]) and than
              and compared_with(str(o["text"])) == than]
    if not stated:
        return False
    o = stated[0]
    _link_outcome(row, o, "same item")
    need = 0.0 if pd.isna(t["value"]) else abs(float(t["value"]))
    value = float(o["value"])
    if rule_for("relative", direction(t["indicator"])) == "reference":
        ok, gap = (value > need + EPS if not need else value >= need - EPS), value - need
    else:
        ok, gap = (value < -need - EPS if not need else value <= -need + EPS), value + need
    row.update(outcome_value=value, gap=gap, status="met" if ok else "missed",
               reason=f"the result states its gap to {than}: {value:+g} points")
    return True


def _halves(t: dict, in_item: list[dict]) -> list[dict]:
    """A 城乡… target's results reported for 城镇… and 农村… separately, in the same item."""
    name = str(t.get("indicator_text") or "")
    if not name.startswith("城乡") or len(name) < 4:
        return []
    wanted = {"城镇" + name[2:], "农村" + name[2:]}
    return [o for o in in_item if o["indicator_text"] in wanted and o["measure"] == "growth_pct"]
