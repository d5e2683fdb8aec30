"""national: the national reference table — State Council work-report targets for each year
beside the outcome the next year's report gives — built from a folder of reports named
``YYYY.txt``. The table holds numbers and offsets only, no document text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .pipeline import extract_document
from .read import read
from .tables import exact_first

COLUMNS = ["year", "indicator", "indicator_zh", "measure", "unit", "target_value", "target_high",
           "qualifier", "strive", "target_doc_year", "target_char_start", "target_char_end",
           "outcome_value", "outcome_doc_year", "outcome_char_start", "outcome_char_end"]


def national_reference(corpus_dir: str | Path) -> pd.DataFrame:
    """One row per year × registry indicator × measure with the national target and outcome."""
    targets, outcomes = [], []
    for f in sorted(Path(corpus_dir).glob("[12][09][0-9][0-9].txt")):
        year = int(f.stem)
        meta = {"doc_id": f"national-{year}", "region": "全国", "admin_code": "100000",
                "year": year, "doc_type": "work_report"}
        ext = extract_document(read(f).text, meta)
        annual_t = ext.targets["period_start"].isna() & (ext.targets["year"] == year)
        t = ext.targets[_registered(ext.targets["indicator"]) & annual_t]
        o = ext.outcomes[_registered(ext.outcomes["indicator"]) & ext.outcomes["period_start"].isna()]
        targets.append(t.assign(doc_year=year))
        outcomes.append(o.assign(doc_year=year))
    t = pd.concat(targets, ignore_index=True).drop_duplicates(["year", "indicator", "measure"])
    o = pd.concat(outcomes, ignore_index=True)
    o = exact_first(o[o["doc_year"] == o["year"] + 1]).drop_duplicates(
        ["year", "indicator", "measure"]).sort_index()
    t = t.rename(columns={"value": "target_value", "value_high": "target_high",
                          "doc_year": "target_doc_year", "char_start": "target_char_start",
                          "char_end": "target_char_end"})
    o = o.rename(columns={"value": "outcome_value", "doc_year": "outcome_doc_year",
                          "char_start": "outcome_char_start", "char_end": "outcome_char_end",
                          "unit": "outcome_unit"})
    merged = t.merge(o[["year", "indicator", "measure", "outcome_value", "outcome_unit",
                        "outcome_doc_year", "outcome_char_start", "outcome_char_end"]],
                     on=["year", "indicator", "measure"], how="left")
    same_unit = merged["outcome_unit"].isna() | (merged["outcome_unit"] == merged["unit"])
    merged.loc[~same_unit, ["outcome_value", "outcome_doc_year", "outcome_char_start",
                            "outcome_char_end"]] = None
    out = merged[COLUMNS].sort_values(["year", "indicator", "measure"]).reset_index(drop=True)
    for c in ("outcome_doc_year", "outcome_char_start", "outcome_char_end"):
        out[c] = out[c].astype("Int64")
    return out


def _registered(indicator: pd.Series) -> pd.Series:
    """Indicators of the registry: not one named after its own text (``zh:…``), nor none."""
    return indicator.ne("") & ~indicator.str.startswith("zh:")
