"""catalog: the table describing every raw document (``data/raw/catalog.csv``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import CatalogError

COLUMNS = ["doc_id", "path", "source_file", "region", "region_level", "province", "admin_code",
           "year", "doc_type", "title", "publisher", "published", "url"]
REGION_LEVELS = ("national", "province", "prefecture", "county")
DOC_TYPES = ("work_report", "target_breakdown", "completion_report", "five_year_plan",
             "statistical_communique")


def load_catalog(path: str | Path) -> pd.DataFrame:
    """Read and validate a catalog; return it with ``year`` as int and ``path`` absolute.

    Raises:
        CatalogError: missing file or column, duplicate ``doc_id``, unknown ``doc_type`` or
            ``region_level``, a year that is not a number, or a row pointing at a missing file.
    """
    path = Path(path)
    if not path.exists():
        raise CatalogError(f"{path}: catalog not found; create it with the columns "
                           f"{','.join(COLUMNS)} (see README)")
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: not a readable CSV ({exc}); fix the file") from None
    problems = validate_catalog(df, path.parent)
    if problems:
        raise CatalogError(f"{path}: " + "; ".join(problems))
    df = df.copy()
    df["year"] = df["year"].astype(int)
    df["abs_path"] = [str((path.parent / p).resolve()) for p in df["path"]]
    return df


def validate_catalog(df: pd.DataFrame, base: Path) -> list[str]:
    """Every problem in a catalog, each as a short instruction (empty list when valid)."""
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        return [f"missing column(s) {', '.join(missing)}; add them to the header"]
    problems: list[str] = []
    dup = df["doc_id"][df["doc_id"].duplicated()].unique().tolist()
    if dup:
        problems.append(f"duplicate doc_id {', '.join(dup)}; give each document its own id")
    for row in df.itertuples(index=False):
        where = f"row {row.doc_id or '?'}"
        if not row.doc_id:
            problems.append(f"{where}: empty doc_id; fill it in")
        if row.doc_type not in DOC_TYPES:
            problems.append(f"{where}: unknown doc_type {row.doc_type!r}; use one of "
                            f"{', '.join(DOC_TYPES)}")
        if row.region_level not in REGION_LEVELS:
            problems.append(f"{where}: unknown region_level {row.region_level!r}; use one of "
                            f"{', '.join(REGION_LEVELS)}")
        if not str(row.year).strip().isdigit():
            problems.append(f"{where}: year {row.year!r} is not a number; write it as e.g. 2023")
        if row.admin_code and not (row.admin_code.isdigit() and len(row.admin_code) == 6):
            problems.append(f"{where}: admin_code {row.admin_code!r} is not a 6-digit code")
        if not row.path or not (base / row.path).is_file():
            problems.append(f"{where}: file {row.path!r} not found in {base}; add the file or "
                            "fix the path")
    return problems
