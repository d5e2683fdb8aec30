"""export: the analyst workbook (``data/processed/govdata.xlsx``) and formula-safe text.

The workbook has a summary sheet first (attainment counts by region × year × verdict), then one
sheet per tidy table, each with a frozen header row, filters, column widths that fit Chinese text
and number formats for values, gaps and shares.

Document text must never turn into a spreadsheet formula, so every text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return — or with the escape character ``'``
itself, so that escaping can be undone exactly — gets a leading ``'``. The same escaping is
applied to the tidy CSVs (:func:`escape_formulas`); the Parquet files and the tables in memory
keep the exact text, and :func:`unescape_formulas` reverses it for anyone reading the CSVs.

The same tables give the same workbook bytes: its created/modified properties and the times
inside the zip are a fixed instant (:data:`FIXED_TIME`), not the time of the build.
"""

from __future__ import annotations

import datetime
import io
import os
import unicodedata
import zipfile
from pathlib import Path

import pandas as pd

from .errors import GovdataError

WORKBOOK = "govdata.xlsx"
ESCAPE = "'"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_ROWS = 1_048_575  # Excel's row limit, less the header
MAX_WIDTH = 60
NUMBER_FORMATS = {
    "gap": "+#,##0.0##;-#,##0.0##;0",
    "share": "0.0%",
    "value": "#,##0.0##",
}
VALUE_COLUMNS = {"value", "value_high", "target_value", "target_high", "outcome_value"}
FIXED_TIME = datetime.datetime(1980, 1, 1)  # the zip format's epoch; UTC in the properties
CORE_PROPERTIES = "docProps/core.xml"


def display_width(text: str) -> int:
    """Width of ``text`` in monospace cells: East Asian wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def escape_text(value):
    """``value`` with a leading ``'`` if it is text starting with a formula character (or ``'``);
    anything else unchanged."""
    if isinstance(value, str) and value.startswith((*FORMULA_START, ESCAPE)):
        return ESCAPE + value
    return value


def unescape_text(value):
    """Undo :func:`escape_text`."""
    if isinstance(value, str) and value.startswith(ESCAPE):
        return value[1:]
    return value


def _text_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns
            if pd.api.types.is_object_dtype(df[c]) or pd.api.types.is_string_dtype(df[c])]


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells cannot be read as formulas by a spreadsheet (for CSV
    exports); numbers are left alone."""
    out = df.copy()
    for col in _text_columns(out):
        out[col] = out[col].map(escape_text)
    return out


def unescape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`escape_formulas` (for a tidy CSV read back with pandas)."""
    out = df.copy()
    for col in _text_columns(out):
        out[col] = out[col].map(unescape_text)
    return out


def summary(attainment: pd.DataFrame) -> pd.DataFrame:
    """Attainment counts by region × year × verdict, with totals and the share met or exceeded
    among the assessable targets."""
    from .tables import STATUSES

    if attainment.empty:
        counts = pd.DataFrame(columns=["region", "year", *STATUSES])
    else:
        counts = (attainment.groupby(["region", "year", "status"]).size().unstack("status")
                  .reindex(columns=STATUSES).fillna(0).astype(int).reset_index())
    counts.columns.name = None
    counts["total"] = counts[STATUSES].sum(axis=1).astype(int)
    assessable = counts["total"] - counts["not_assessable"]
    good = counts["met"] + counts["exceeded"]
    counts["share_met"] = (good / assessable.where(assessable > 0)).astype(float)
    return counts.sort_values(["region", "year"]).reset_index(drop=True)


def _number_format(column: str) -> str | None:
    if column == "gap" or column.endswith("_gap"):
        return NUMBER_FORMATS["gap"]
    if column.startswith("share") or column.endswith("_share"):
        return NUMBER_FORMATS["share"]
    if column in VALUE_COLUMNS:
        return NUMBER_FORMATS["value"]
    return None


def _cell(value):
    """A Python value openpyxl stores as data, never as a formula; control characters that a
    workbook cannot hold become U+FFFD."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", escape_text(value))
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def _write_sheet(wb, name: str, df: pd.DataFrame) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    if len(df) > MAX_ROWS:
        raise GovdataError(f"table {name!r} has {len(df)} rows, more than an Excel sheet holds; "
                           "read it from the Parquet file instead")
    ws = wb.create_sheet(title=name[:31])
    columns = [[_cell(v) for v in df[c]] for c in df.columns]
    ws.append([str(c) for c in df.columns])
    for row in zip(*columns):
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEEEEE")
    for i, (col, values) in enumerate(zip(df.columns, columns), start=1):
        letter = get_column_letter(i)
        fmt = _number_format(str(col))
        numeric = pd.api.types.is_numeric_dtype(df[col]) and not pd.api.types.is_bool_dtype(df[col])
        if fmt and numeric:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = fmt
        shown = [str(col)] + [f"{v:,.3f}" if isinstance(v, float) else str(v)
                              for v in values if v is not None]
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(map(display_width, shown)) + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def workbook(tables: dict[str, pd.DataFrame]):
    """The analyst workbook (an openpyxl ``Workbook``): ``summary`` first, then one sheet per
    table in the order given."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    att = tables.get("attainment", pd.DataFrame(columns=["region", "year", "status"]))
    _write_sheet(wb, "summary", summary(att))
    for name, df in tables.items():
        if name == "summary":
            raise GovdataError("a tidy table may not be called 'summary'; the workbook's first "
                               "sheet has that name — rename the table in tables.SPECS")
        _write_sheet(wb, name, df)
    return wb


def write_workbook(tables: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write :func:`workbook` to ``path`` atomically (a temporary file, then ``os.replace``),
    with fixed timestamps so the same tables always give the same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}-{os.getpid()}.tmp{path.suffix}")
    try:
        wb = workbook(tables)
        buf = io.BytesIO()
        wb.save(buf)  # stamps the current time into the properties and the zip entries
        tmp.write_bytes(reproducible(buf.getvalue(), core_properties(wb)))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def core_properties(wb) -> bytes:
    """The workbook's ``docProps/core.xml`` as openpyxl writes it, created and modified at
    :data:`FIXED_TIME`."""
    import copy

    from openpyxl.xml.functions import tostring

    props = copy.copy(wb.properties)
    props.created = props.modified = FIXED_TIME
    return tostring(props.to_tree())


def reproducible(xlsx: bytes, core: bytes) -> bytes:
    """The same zip (members, order, compression) with every member dated :data:`FIXED_TIME`
    and the core properties replaced by ``core``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zout:
        for info in zin.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            member.compress_type = info.compress_type
            member.external_attr = info.external_attr
            data = core if info.filename == CORE_PROPERTIES else zin.read(info)
            zout.writestr(member, data)
    return out.getvalue()
