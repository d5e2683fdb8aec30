"""owners: who owns which targets, and how their targets fared.

By lead unit (牵头单位: the first unit named, as breakdowns say “列第一位者为工作牵头单位”) and by
responsible leader where a breakdown groups items under leaders (二、杨六顺常务副市长牵头重点工作).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

ACCOUNTABILITY_COLUMNS = ["by", "owner", "region", "year", "targets", "assessed", "met",
                          "exceeded", "missed", "not_assessable", "no_outcome", "share_met",
                          "items"]
STATUSES = ["met", "exceeded", "missed", "not_assessable"]


def owned_targets(targets: pd.DataFrame, attainment: pd.DataFrame) -> pd.DataFrame:
    """Every target with its owner(s) and verdict (``no_outcome`` when none was reached)."""
    key = ["doc_id", "char_start"]
    verdicts = attainment.rename(columns={"target_doc_id": "doc_id",
                                          "target_char_start": "char_start"})[key + ["status"]]
    t = targets.merge(verdicts.drop_duplicates(key), on=key, how="left")
    t["status"] = t["status"].fillna("no_outcome")
    t["lead_unit"] = [str(u).split(";")[0] if isinstance(u, str) and u else "" for u in t["lead_units"]]
    return t


def accountability(targets: pd.DataFrame, attainment: pd.DataFrame) -> pd.DataFrame:
    """Counts per owner: targets owned, verdicts, share met (met or exceeded, of those
    assessed), and the items (``doc_id:item``) so an analyst can go back to them."""
    t = owned_targets(targets, attainment)
    rows = []
    for by, col in (("lead_unit", "lead_unit"), ("leader", "leader")):
        if col not in t.columns:
            continue
        owned = t[t[col].fillna("") != ""]
        groups: dict[tuple, tuple[Counter, set]] = {}
        for owner, region, year, status, doc, item in zip(
                owned[col], owned["region"], owned["year"], owned["status"], owned["doc_id"],
                owned["item"]):
            counts, items = groups.setdefault((owner, region, int(year)), (Counter(), set()))
            counts[status] += 1
            if item:
                items.add(f"{doc}:{item}")
        for (owner, region, year), (counts, items) in sorted(groups.items()):
            assessed = sum(counts[s] for s in ("met", "exceeded", "missed"))
            good = counts["met"] + counts["exceeded"]
            rows.append({"by": by, "owner": owner, "region": region, "year": year,
                         "targets": sum(counts.values()), "assessed": assessed,
                         **{s: counts[s] for s in STATUSES},
                         "no_outcome": counts["no_outcome"],
                         "share_met": good / assessed if assessed else float("nan"),
                         "items": ";".join(sorted(items))})
    return pd.DataFrame(rows, columns=ACCOUNTABILITY_COLUMNS)
