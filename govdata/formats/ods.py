"""ods: OpenDocument spreadsheets (.ods), as LibreOffice and WPS save a table of targets.

``content.xml`` holds the sheets (``table:table``), their rows and cells. A cell's text
(``text:p``) is what the sheet shows — a number already in its display format (6.5% for a
stored 0.065) — so it is read as written. LibreOffice writes runs of equal cells and rows once
with a repeat count (a sheet's thousands of empty rows as one); a merged cell spans rows or
columns and the cells it covers are ``table:covered-table-cell``, filled here with the merged
cell's text down the rows it covers, as the Excel reader fills a vertical merge. Hidden sheets
(a table style with ``table:display="false"``), hidden rows and hidden columns
(``table:visibility="collapse"``) and cell comments are left out. The sheets are then read as
the Excel reader reads a workbook's (:func:`~govdata.formats.xlsx.workbook_text`). The package
is vetted by :func:`~govdata.formats.ooxml.check_package` before any XML in it is parsed.
"""

from __future__ import annotations

import io
import zipfile

from . import cell_text
from .odt import DC, OFFICE, STYLE, TABLE, TEXT, _runs
from .ooxml import check_package

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_COLUMNS = 256  # a row's trailing empty cells are written repeated to the sheet's last column
_SHOWN = ("", "visible")  # table:visibility of a row or column that is shown


def is_ods(names: list[str], data: bytes) -> bool:
    """An OpenDocument spreadsheet package: its ``mimetype`` member says so."""
    return "mimetype" in names and MIMETYPE in data[:200]


def read_ods(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for OpenDocument spreadsheets: ``(text, meta)`` with ``title`` from ``meta.xml``."""
    from lxml import etree

    from .xlsx import joined_headers, workbook_text

    check_package(data, name, max_unpacked)
    zf = zipfile.ZipFile(io.BytesIO(data))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(io.BytesIO(zf.read("content.xml")), parser).getroot()
    hidden = _hidden_table_styles(root)
    sheets = [(t.get(TABLE + "name", ""), joined_headers(sheet_rows(t)))
              for t in root.iter(TABLE + "table")
              if t.get(TABLE + "style-name") not in hidden and _is_sheet(t)]
    text, meta = workbook_text(sheets, name, "ods", "utf-8")
    if "meta.xml" in zf.namelist():
        title = etree.parse(io.BytesIO(zf.read("meta.xml")), parser).getroot().find(f".//{DC}title")
        if title is not None and (title.text or "").strip():
            meta["title"] = title.text.strip()
    return text, meta


def _is_sheet(table) -> bool:
    """A sheet of the spreadsheet, not a table drawn inside a cell's shape."""
    parent = table.getparent()
    return parent is not None and parent.tag == OFFICE + "spreadsheet"


def _hidden_table_styles(root) -> set[str]:
    """The names of the table styles that hide a sheet."""
    return {s.get(STYLE + "name") for s in root.iter(STYLE + "style")
            if s.get(STYLE + "family") == "table" and any(
                p.get(TABLE + "display") == "false" for p in s.iter(STYLE + "table-properties"))}


def sheet_rows(table) -> list[list[str]]:
    """A sheet's shown rows of shown cells, as text: repeats expanded, a cell merged down
    repeated in the rows it covers, hidden rows and columns left out."""
    shown_columns = _shown_columns(table)
    rows: list[list[str]] = []
    down: dict[int, tuple[int, str]] = {}  # column → (rows it still covers, its text)
    for row in table.iter(TABLE + "table-row"):
        if next(row.iterancestors(TABLE + "table")) is not table:
            continue  # (a row of a table nested in a cell: not the sheet's)
        cells = _cells(row, down)
        repeat = int(row.get(TABLE + "number-rows-repeated", "1") or 1)
        if not any(cells):
            repeat = min(repeat, 1)  # (LibreOffice's thousands of empty rows to the sheet's end)
        if row.get(TABLE + "visibility", "") not in _SHOWN:
            continue
        shown = [c for i, c in enumerate(cells) if shown_columns(i)]
        rows.extend([list(shown) for _ in range(min(repeat, 1000))])
    while rows and not any(rows[-1]):
        rows.pop()
    width = max(map(len, rows), default=0)  # (every row as wide as the sheet's used columns,
    return [r + [""] * (width - len(r)) for r in rows]  # as the Excel reader gives them)


def _cells(row, down: dict[int, tuple[int, str]]) -> list[str]:
    """One row's cells as text; ``down`` carries the merged cells spanning into later rows."""
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
            continue
        repeat = int(cell.get(TABLE + "number-columns-repeated", "1") or 1)
        text = "" if cell.tag == TABLE + "covered-table-cell" else _cell_text(cell)
        for _ in range(min(repeat, MAX_COLUMNS - len(cells))):
            col = len(cells)
            if cell.tag == TABLE + "covered-table-cell":
                left, above = down.get(col, (0, ""))
                cells.append(above if left > 0 else "")
                if left > 0:
                    down[col] = (left - 1, above)
                continue
            span = int(cell.get(TABLE + "number-rows-spanned", "1") or 1)
            if span > 1:
                down[col] = (span - 1, text)
            cells.append(text)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_text(cell) -> str:
    """A cell's shown text: its paragraphs (not its comment's)."""
    paragraphs = []
    for p in cell:
        if p.tag in (TEXT + "p", TEXT + "h"):
            parts: list[str] = []
            _runs(p, parts, [])
            paragraphs.append("".join(parts))
    return cell_text(paragraphs)


def _shown_columns(table):
    """A test of a column index: is that column shown (not ``table:visibility="collapse"``)?"""
    hidden: set[int] = set()
    col = 0
    for c in table.iter(TABLE + "table-column"):
        repeat = int(c.get(TABLE + "number-columns-repeated", "1") or 1)
        if c.get(TABLE + "visibility", "") not in _SHOWN:
            hidden.update(range(col, col + min(repeat, MAX_COLUMNS)))
        col += repeat
        if col > MAX_COLUMNS:
            break
    return lambda i: i not in hidden
