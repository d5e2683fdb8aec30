"""tables: the tidy-table contract — one pandera schema per table, validated on write and read.

Tables are written to ``data/processed/`` as CSV (UTF-8 with BOM, so Excel opens it) and
Parquet. A build writes into a temporary folder and moves it into place only when every table
validated, so a failed build leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .catalog import DOC_TYPES, REGION_LEVELS
from .errors import SchemaError
from .paths import processed_dir

MEASURES = ["growth_pct", "level", "count", "change", "share_pct", "pp_change", "avg_growth_pct",
            "relative", "task"]
QUALIFIERS = ["about", "at_least", "at_most", "range", "reach", "exceed", "point", "relative", "task",
              "partial"]
STATUSES = ["met", "exceeded", "missed", "not_assessable"]
# an outcome with one of these qualifiers is a bound (突破1万亿元, 5000多户), not the figure itself
# (partial: an outcome for part of the year, 上半年 or 1-6月, not the year's figure)
BOUNDS = frozenset({"about", "at_least", "at_most", "range", "exceed", "partial"})


def figures_only(outcomes: pd.DataFrame) -> pd.DataFrame:
    """The outcomes that are figures reported as such, without bounds (跨越7000亿台阶): what a
    series of values (a chart's line, a plan's base year, the panel) may use."""
    if outcomes.empty or "qualifier" not in outcomes.columns:
        return outcomes
    return outcomes[~outcomes["qualifier"].isin(BOUNDS)]


def exact_first(outcomes: pd.DataFrame) -> pd.DataFrame:
    """The outcomes with figures reported as such before bounds, otherwise in their order: a
    table keeping one outcome per key keeps 地区生产总值12673.8亿元, not 跨越1.2万亿元台阶."""
    if outcomes.empty or "qualifier" not in outcomes.columns:
        return outcomes
    return outcomes.iloc[outcomes["qualifier"].isin(BOUNDS).argsort(kind="stable")]

# column → (dtype, nullable, allowed values or None)
SPECS: dict[str, dict[str, tuple[str, bool, list | None]]] = {
    "documents": {
        "doc_id": ("str", False, None), "source_file": ("str", False, None),
        "region": ("str", False, None), "region_level": ("str", False, list(REGION_LEVELS)),
        "province": ("str", True, None), "admin_code": ("str", True, None),
        "year": ("int64", False, None),
        "doc_type": ("str", False, list(DOC_TYPES)),
        "title": ("str", True, None), "chars": ("int64", False, None), "sha256": ("str", False, None),
    },
    "targets": {
        "doc_id": ("str", False, None), "region": ("str", False, None), "admin_code": ("str", True, None),
        "year": ("int64", False, None), "period_start": ("Int64", True, None),
        "item": ("str", True, None), "indicator": ("str", False, None),
        "indicator_zh": ("str", False, None), "indicator_text": ("str", False, None),
        "measure": ("str", False, MEASURES), "value": ("float64", True, None),
        "value_high": ("float64", True, None), "unit": ("str", True, None),
        "qualifier": ("str", False, QUALIFIERS), "strive": ("bool", False, None),
        "lead_units": ("str", True, None), "leader": ("str", True, None),
        "char_start": ("int64", False, None),
        "char_end": ("int64", False, None), "text": ("str", False, None),
    },
    "outcomes": {
        "doc_id": ("str", False, None), "region": ("str", False, None), "admin_code": ("str", True, None),
        "year": ("int64", False, None), "period_start": ("Int64", True, None),
        "item": ("str", True, None), "indicator": ("str", False, None),
        "indicator_zh": ("str", False, None), "indicator_text": ("str", False, None),
        "measure": ("str", False, MEASURES), "value": ("float64", True, None),
        "unit": ("str", True, None), "qualifier": ("str", True, QUALIFIERS),
        "char_start": ("int64", False, None),
        "char_end": ("int64", False, None), "text": ("str", False, None),
    },
    "attainment": {
        "region": ("str", False, None), "admin_code": ("str", True, None), "year": ("int64", False, None),
        "period_start": ("Int64", True, None),
        "indicator": ("str", False, None), "indicator_zh": ("str", False, None),
        "measure": ("str", False, MEASURES), "unit": ("str", True, None),
        "target_value": ("float64", True, None), "target_high": ("float64", True, None),
        "qualifier": ("str", False, QUALIFIERS), "strive": ("bool", False, None),
        "outcome_value": ("float64", True, None), "gap": ("float64", True, None),
        "status": ("str", False, STATUSES), "reason": ("str", True, None),
        "lead_units": ("str", True, None), "leader": ("str", True, None),
        "target_doc_id": ("str", False, None), "target_sources": ("str", False, None),
        "outcome_doc_id": ("str", True, None), "item": ("str", True, None),
        "outcome_source": ("str", True, None), "target_char_start": ("int64", False, None),
        "outcome_char_start": ("float64", True, None), "conflict": ("bool", False, None),
    },
    "panel": {
        "region": ("str", False, None), "level": ("str", True, None), "province": ("str", True, None),
        "year": ("int64", False, None), "period_start": ("Int64", True, None),
        "indicator": ("str", False, None), "indicator_zh": ("str", True, None),
        "measure": ("str", False, MEASURES), "unit": ("str", True, None),
        "target_value": ("float64", True, None), "target_high": ("float64", True, None),
        "qualifier": ("str", True, None), "strive": ("bool", False, None),
        "outcome_value": ("float64", True, None), "gap": ("float64", True, None),
        "status": ("str", True, None), "national_target": ("float64", True, None),
        "national_qualifier": ("str", True, None), "escalation": ("float64", True, None),
        "sources": ("str", True, None), "conflict": ("bool", False, None),
    },
    "progress": {
        "region": ("str", False, None), "indicator": ("str", False, None),
        "indicator_zh": ("str", True, None), "measure": ("str", False, MEASURES),
        "unit": ("str", True, None), "period_start": ("int64", False, None),
        "end_year": ("int64", False, None), "target_value": ("float64", True, None),
        "qualifier": ("str", False, QUALIFIERS), "base_year": ("int64", False, None),
        "base_value": ("float64", True, None), "latest_year": ("Int64", True, None),
        "latest_value": ("float64", True, None), "achieved_rate": ("float64", True, None),
        "required_rate_from_base": ("float64", True, None),
        "required_rate_remaining": ("float64", True, None), "on_track": ("boolean", True, None),
        "method": ("str", True, None), "target_doc_id": ("str", False, None),
        "item": ("str", True, None),
    },
    "accountability": {
        "by": ("str", False, ["lead_unit", "leader"]), "owner": ("str", False, None),
        "region": ("str", False, None), "year": ("int64", False, None),
        "targets": ("int64", False, None), "assessed": ("int64", False, None),
        "met": ("int64", False, None), "exceeded": ("int64", False, None),
        "missed": ("int64", False, None), "not_assessable": ("int64", False, None),
        "no_outcome": ("int64", False, None), "share_met": ("float64", True, None),
        "items": ("str", True, None),
    },
    "conflicts": {
        "region": ("str", False, None), "year": ("int64", False, None),
        "period_start": ("Int64", True, None), "indicator": ("str", False, None),
        "indicator_zh": ("str", False, None), "measure": ("str", False, MEASURES),
        "doc_id": ("str", False, None), "item": ("str", True, None),
        "value": ("float64", True, None), "value_high": ("float64", True, None),
        "unit": ("str", True, None), "qualifier": ("str", False, QUALIFIERS),
        "strive": ("bool", False, None), "char_start": ("int64", False, None),
        "text": ("str", False, None),
    },
    "coverage": {
        "doc_id": ("str", False, None), "numbers": ("int64", False, None),
        "target": ("int64", False, None), "outcome": ("int64", False, None),
        # a starting value (从60.2%提高到65.2%): neither a target nor an outcome
        "base": ("int64", False, None),
        "label": ("int64", False, None),
        # a ratio that is not the three sectors' shares (城乡居民收入比2.31:1): counted, not read
        "ratio": ("int64", False, None), "date": ("int64", False, None),
        "ordinal": ("int64", False, None), "metadata": ("int64", False, None),
        "unexplained": ("int64", False, None), "target_rows": ("int64", False, None),
        "outcome_rows": ("int64", False, None),
        # a document skipped by `govdata build --keep-going` has zero counts and the reason
        "status": ("str", False, ["built", "skipped"]), "reason": ("str", True, None),
    },
    "numbers": {
        "doc_id": ("str", False, None), "char_start": ("int64", False, None),
        "char_end": ("int64", False, None), "role": ("str", False, None),
        "text": ("str", False, None), "context": ("str", True, None),
    },
}

TABLES = list(SPECS)


def schema(name: str):
    """The pandera schema of one tidy table."""
    import pandera.pandas as pa

    cols = {}
    for col, (dtype, nullable, allowed) in SPECS[name].items():
        checks = [pa.Check.isin(allowed)] if allowed else []
        pa_dtype = {"str": str, "int64": "int64", "Int64": "Int64", "float64": "float64",
                    "bool": bool, "boolean": "boolean"}[dtype]
        cols[col] = pa.Column(pa_dtype, nullable=nullable, checks=checks, coerce=True)
    return pa.DataFrameSchema(cols, strict=True, ordered=True)


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Coerce and validate ``df`` against its schema; raise :class:`SchemaError` if it fails."""
    import pandera.errors

    spec = SPECS[name]
    df = df.reindex(columns=list(spec))
    for col, (dtype, nullable, _) in spec.items():
        if dtype == "str":
            df[col] = df[col].where(df[col].notna(), "" if not nullable else None)
            df[col] = df[col].map(lambda v: v if v is None else str(v))
    try:
        return schema(name).validate(df, lazy=True)
    except (pandera.errors.SchemaErrors, pandera.errors.SchemaError) as exc:
        raise SchemaError(f"table {name!r} breaks its schema: {str(exc)[:500]}") from None


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path | None = None,
                 workbook: bool = True) -> Path:
    """Validate every table, write CSV + Parquet (+ the ``govdata.xlsx`` workbook) to a temporary
    folder, then swap it in, keeping the tables it replaces in ``.previous/`` for ``govdata diff``.

    CSV text is formula-escaped (:func:`govdata.export.escape_formulas`); Parquet keeps the
    exact text. Files in ``out_dir`` that are not outputs of this build are kept.
    """
    from .diff import snapshot_previous
    from .export import WORKBOOK, escape_formulas, write_workbook

    out_dir = Path(out_dir or processed_dir())
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    checked = {name: conform(name, df) for name, df in tables.items()}
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir.parent))
    try:
        for name, df in checked.items():
            escape_formulas(df).to_csv(tmp / f"{name}.csv", index=False, encoding="utf-8-sig",
                                       lineterminator="\n")
            df.to_parquet(tmp / f"{name}.parquet", index=False)
        if workbook:
            write_workbook(checked, tmp / WORKBOOK)
        out_dir.mkdir(parents=True, exist_ok=True)
        snapshot_previous(out_dir)
        for f in sorted(tmp.iterdir()):
            os.replace(f, out_dir / f.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def read_table(name: str, out_dir: Path | None = None) -> pd.DataFrame:
    """Read one tidy table from ``data/processed/`` (Parquet) and validate it."""
    path = Path(out_dir or processed_dir()) / f"{name}.parquet"
    if not path.exists():
        from .errors import GovdataError

        raise GovdataError(f"{path}: not built yet; run `govdata build` (or `make all`) first")
    return conform(name, pd.read_parquet(path))
