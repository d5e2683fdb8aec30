"""xlsx: an Excel completion or breakdown table → text, one line per row.

The sheets read as tables are those whose header row names the task / target column together
with the completion or lead-unit column (e.g. 序号 | 重点工作任务 | 完成情况 | 牵头单位); every
other sheet that holds text (a cover note, a table of counties × indicators) is written as its
rows, all in the workbook's order, so no number is lost. Each row of a table is
written as one line with its cells joined by a tab, in the order number, target, completion,
units, then any other columns — the layout ``govdata.segment`` reads — so a sheet whose
columns come in another order still segments correctly. Rows above the header (the title)
come first, as text lines. Cached formula results are read, not formulas. A vertically
merged cell (one 牵头单位 for several items) gives its text to every row it spans, as Word's
merged cells do; the merges are read from the sheet's XML, which read-only mode does not
parse.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal

from ..errors import DocumentError
from . import cell_text, row_line
from .ooxml import check_package

# Header words of each column role, tried in this order (目标任务完成情况 is a completion
# column, 牵头责任单位 a unit column).
HEADER_ROLES = (
    ("number", re.compile(r"^(?:序号|编号|序次|项次)$")),
    # 类别 = 目标 / 完成 on alternate rows: which of the item's two rows this one is
    ("kind", re.compile(r"^(?:类别|类型|项别)$")),
    ("units", re.compile(r"(?:牵头|责任|承办|主办|负责|实施|配合)(?:单位|部门|处室|科室)|^单位$")),
    ("completion", re.compile(r"完成情况|进展情况|落实情况|执行情况|推进情况|进展|完成|成效")),
    ("target", re.compile(r"目标|任务|指标|事项|工作内容|重点工作|内容")),
)
ORDER = ("number", "target", "completion", "units", "kind")
_ALWAYS = ("number", "target", "completion", "units")
HEADER_SEARCH_ROWS = 20


def cell_value(cell) -> str:
    """A cell as the text Excel shows: integers without ``.0``, percentages as ``5.8%``,
    dates as ``YYYY-MM-DD``."""
    v = getattr(cell, "value", None)
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (int, float)):
        return shown_number(v, getattr(cell, "number_format", "") or "")
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%Y-%m-%d")
    return cell_text(str(v).splitlines())


_DECIMALS = re.compile(r"0\.(0+)")


def shown_number(v: float, number_format: str) -> str:
    """A number as its cell's format shows it: a percentage format (0.0%) times a hundred with
    its decimals (0.07 → 7.0%), a number format rounded to its decimals (0.00: 1353.828 →
    1353.83) with its thousands commas (#,##0: 2,460), as the published table reads; General,
    the number as stored."""
    fmt = number_format.split(";")[0]
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt)  # quoted text, [Red], escaped characters
    if not re.search(r"[0#]", fmt):  # General, or a format of text or dates: the number as
        return _num(float(f"{v:.12g}"))  # stored, to the digits Excel shows (not 4986.900000000001)
    percent = "%" in fmt
    value = v * 100 if percent else v
    places = _DECIMALS.search(fmt)
    step = Decimal(1).scaleb(-(len(places.group(1)) if places else 0))
    shown = Decimal(repr(round(float(value), 10))).quantize(step, rounding=ROUND_HALF_UP)
    grouped = "," in fmt.split(".")[0]  # #,##0: thousands parted by commas (2,460)
    return (f"{shown:,}" if grouped else str(shown)) + ("%" if percent else "")


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def header_roles(cells: list[str]) -> dict[str, int]:
    """Column index of each role named in a header row (first column wins a role)."""
    roles: dict[str, int] = {}
    for i, text in enumerate(cells):
        text = re.sub(r"\s+", "", text)
        if not text or len(text) > 30:
            continue
        for role, pattern in HEADER_ROLES:
            if pattern.search(text):
                roles.setdefault(role, i)
                break
    return roles


def _is_table_header(roles: dict[str, int]) -> bool:
    return "target" in roles and ("completion" in roles or "units" in roles)


def _ordered(cells: list[str], roles: dict[str, int], rate: int | None = None) -> list[str]:
    """Cells in the order number, target, completion, units, then the remaining columns; a
    growth column written right after the completion column (``rate``: 完成 | 增长(%)) stays
    right after it, so that it still reads as the growth of the result."""
    used = set(roles.values()) | ({rate} if rate is not None else set())
    out = []
    for r in ORDER:
        if r in _ALWAYS or r in roles:  # (a 类别 column only where the sheet has one)
            out.append(cells[roles[r]] if r in roles and roles[r] < len(cells) else "")
            if r == "completion" and rate is not None:
                out.append(cells[rate] if rate < len(cells) else "")
    return out + [c for i, c in enumerate(cells) if i not in used]


_RATE_HEADER = re.compile(r"^(?:同比)?(?:增长|增速|增幅|增长率)(?:\(%\)|（%）|%)?$")


def _rate_after_completion(header: list[str], roles: dict[str, int]) -> int | None:
    """The column of a bare growth header (增长(%)) right after the completion column."""
    done = roles.get("completion")
    if done is None or done + 1 >= len(header):
        return None
    return done + 1 if _RATE_HEADER.match(re.sub(r"\s+", "", header[done + 1])) else None


def find_tables(rows_by_sheet: list[tuple[str, list[list[str]]]]
                ) -> list[tuple[str, int, dict[str, int]]]:
    """``(sheet, header_row_index, roles)`` of each sheet that holds a table, in the workbook's
    order, with the sheet's best header (the one naming the most columns; a cover sheet or a
    sheet of notes has none)."""
    found = []
    for sheet, rows in rows_by_sheet:
        best = None
        for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
            roles = header_roles(cells)
            if _is_table_header(roles) and (best is None or len(roles) > len(best[2])):
                best = (sheet, i, roles)
        if best is not None:
            found.append(best)
    return found


def sheet_lines(rows: list[list[str]], header: int, roles: dict[str, int]) -> list[str]:
    """Text lines of a sheet: title rows, the header and each item row (tab-joined, ordered).

    A sheet without a number column gets one (1, 2, 3 … for rows with a target and at least
    one other cell), so items are still told apart. A header with several columns of results
    (郎溪县完成值 | … | 广德市完成值: places side by side) keeps its order.
    """
    lines = [row_line(cells) for cells in rows[:header]]
    completion = dict(HEADER_ROLES)["completion"]
    if sum(1 for c in rows[header] if completion.search(re.sub(r"\s+", "", c))) > 1:
        return lines + [row_line(cells) for cells in rows[header:] if row_line(cells)]
    rate = _rate_after_completion(rows[header], roles)
    lines.append(row_line(_ordered(rows[header], roles, rate)))
    n = 0
    for cells in rows[header + 1:]:
        r = roles
        target = roles["target"]
        if "number" not in roles and target < len(cells) and cells[target] \
                and sum(1 for c in cells if c) > 1:
            n += 1
            cells, r = cells + [str(n)], {**roles, "number": len(cells)}
        lines.append(row_line(_ordered(cells, r, rate)))
    return [ln for ln in lines if ln]


def _rows(ws) -> list[list[str]]:
    """Every row of a read-only sheet as text cells (its stored dimensions are not trusted:
    some programs write them wrong, which would cut rows off)."""
    ws.reset_dimensions()
    return [[cell_value(c) for c in row] for row in ws.iter_rows()]


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def sheet_xml(data: bytes, sheet_path: str) -> bytes:
    """The XML of the sheet stored at ``sheet_path`` inside the package (checked before)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read(sheet_path.lstrip("/"))
    except KeyError:
        return b""


def merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """``(first_col, first_row, last_col, last_row)`` (1-based) of each merged range of a
    sheet's XML."""
    return [(_column(a), int(r1), _column(b), int(r2)) for a, r1, b, r2 in _MERGE.findall(xml)]


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')


def _attribute(attrs: bytes, name: bytes) -> int:
    m = re.search(rb"\b" + name + rb'="(\d+)"', attrs)
    return int(m.group(1)) if m else 0


def hidden_rows_and_columns(xml: bytes) -> tuple[set[int], set[int]]:
    """The rows and columns (1-based) a sheet hides: drafts, workings and superseded figures
    (2024年目标（调整前）, 测算用…) that the printed table does not show."""
    rows = {_attribute(a, b"r") for a in _ROW_TAG.findall(xml) if _HIDDEN.search(a)}
    cols = {c for a in _COL_TAG.findall(xml) if _HIDDEN.search(a)
            for c in range(_attribute(a, b"min"), _attribute(a, b"max") + 1)}
    return rows - {0}, cols - {0}


def without_hidden(rows: list[list[str]], hidden: tuple[set[int], set[int]]) -> list[list[str]]:
    """The rows and cells a sheet shows (see :func:`hidden_rows_and_columns`)."""
    hidden_rows, hidden_cols = hidden
    if not hidden_rows and not hidden_cols:
        return rows
    return [[c for j, c in enumerate(row, 1) if j not in hidden_cols]
            for i, row in enumerate(rows, 1) if i not in hidden_rows]


def fill_vertical_merges(rows: list[list[str]], ranges: list[tuple[int, int, int, int]]
                         ) -> list[list[str]]:
    """Copy the text of each vertically merged range down its first column, into the rows
    below it that the merge covers (where Excel shows the same cell)."""
    out = [list(r) for r in rows]
    for c1, r1, _c2, r2 in ranges:
        if r2 <= r1 or r1 > len(out) or c1 > len(out[r1 - 1]):
            continue
        value = out[r1 - 1][c1 - 1]
        for r in range(r1, min(r2, len(out))):
            row = out[r]
            row.extend([""] * (c1 - len(row)))
            if not row[c1 - 1]:
                row[c1 - 1] = value
    return out


_NUMBER_CELL = re.compile(r"^[-+]?[\d,.]+%?$")


_SUB_MARK = re.compile(r"其中[:：]")


def join_two_row_headers(rows: list[list[str]]) -> list[list[str]]:
    """A header written on two rows, its upper cells merged across the columns below them
    (指标 | 单位 | 10月 (over 本月 | 同比增长(%)) | 1—10月 (over 累计 | 同比增长(%))), as one row:
    each column named by its upper cell and its own (10月本月, 10月同比增长(%)); a cell merged
    down both rows (指标, copied down by the vertical-merge fill) named once."""
    for r in range(min(len(rows) - 1, HEADER_SEARCH_ROWS)):
        upper, lower = rows[r], rows[r + 1]
        words = [c for c in lower if c]
        if len(words) < 2 or any(len(c) > 12 for c in words) or any(
                len(c) > 30 or _NUMBER_CELL.match(c) or ":" in c or "：" in c
                for c in (_SUB_MARK.sub("", c) for c in words + upper if c)):
            continue  # (单位：亿元 is no header; 其中：税收收入 is; an upper row already joined
            # may name its columns at length: 规模以上工业增加值完成情况)
        # a cell under a blank upper cell, whose parent (the upper cell to its left) has a word
        # of its own below it: 10月 over 本月, then (merged across) over 同比增长(%)
        spans = [i for i, c in enumerate(lower) if c and i < len(upper) and not upper[i]
                 and any(upper[:i]) and lower[max(k for k in range(i) if upper[k])]]
        merged_down = any(u and u == lo for u, lo in zip(upper, lower))  # (指标 over 指标)
        if not spans or not merged_down or sum(1 for c in upper if c) < 2:
            continue
        joined, parent = [], ""
        for i in range(max(len(upper), len(lower))):
            up = upper[i] if i < len(upper) else ""
            low = lower[i] if i < len(lower) else ""
            parent = up or parent  # (an upper cell merged across: its text stands over each)
            top = up or (parent if low else "")
            joined.append(top if low in ("", top) else (low if not top else top + low))
        return rows[:r] + [joined] + rows[r + 2:]
    return rows


def read_xlsx(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for Excel workbooks: ``(text, meta)``; ``title`` from the workbook properties."""
    import openpyxl

    check_package(data, name, max_unpacked)
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = [(ws.title, _sheet_rows(ws, sheet_xml(data, getattr(ws, "_worksheet_path", "") or "")))
                  for ws in wb.worksheets if hasattr(ws, "iter_rows")
                  and getattr(ws, "sheet_state", "visible") == "visible"]  # (a hidden sheet:
        # a draft or a lookup list, not what the workbook shows)
        title = (wb.properties.title or "").strip()
    finally:
        wb.close()
    text, meta = workbook_text(sheets, name, "xlsx", "utf-8")
    if title:
        meta["title"] = title
    return text, meta


def _sheet_rows(ws, xml: bytes) -> list[list[str]]:
    """A sheet's text cells as it shows them: merged cells filled down, hidden rows and columns
    left out, a header written on two or three rows joined into one."""
    rows = fill_vertical_merges(_rows(ws), merged_ranges(xml))
    return joined_headers(without_hidden(rows, hidden_rows_and_columns(xml)))


def joined_headers(rows: list[list[str]]) -> list[list[str]]:
    """A sheet's rows with a header written on two or three rows joined into one (indicator /
    全年目标 | 完成情况 / 增速(%))."""
    for _ in range(2):
        joined = join_two_row_headers(rows)
        if joined == rows:
            break
        rows = joined
    return rows


def workbook_text(sheets: list[tuple[str, list[list[str]]]], name: str, fmt: str, encoding: str
                  ) -> tuple[str, dict]:
    """``(text, meta)`` of a workbook's sheets of text cells (an .xlsx's or an .xls's): the
    tables :func:`find_tables` finds, written by :func:`workbook_lines`; an error naming the
    file when no sheet has a table header."""
    found = find_tables(sheets)
    if not found:
        raise DocumentError(f"{name}: no sheet has a header row naming the task/target column and "
                            "the completion or lead-unit column (e.g. 序号 | 重点工作任务 | "
                            "完成情况 | 牵头单位); add such a header or save the table as text")
    meta = {"format": fmt, "encoding": encoding, "sheet": ";".join(s for s, _, _ in found)}
    return "\n".join(workbook_lines(sheets, found)), meta


# a header's first column naming places: a table of areas × indicators, not of tasks (the words
# segment.area_columns reads such a table by; this reader only needs to leave it as it is)
_AREA_FIRST = re.compile(r"^(?:各)?(?:县区|区县|县\(?市、?区\)?|县\(区\)|县（市、区）|县（区）|地区|区域|市县|"
                         r"乡镇(?:\(街道\)|（街道）)?|镇街|街镇)(?:名称)?$")


def _first_word(cells: list[str]) -> str:
    return next((re.sub(r"\s+", "", c) for c in cells if c.strip()), "")


def workbook_lines(sheets: list[tuple[str, list[list[str]]]],
                   found: list[tuple[str, int, dict[str, int]]]) -> list[str]:
    """The workbook's text, sheet by sheet in its order: each table as :func:`sheet_lines`
    writes it (a table after the first opens on its own title rows and header, as a PDF's next
    page does), and every other sheet that holds text (a cover note, a sheet laid out in a way
    not read as a table) as its rows, so that its numbers are still in the document — counted
    in the coverage report, never silently dropped. A blank line parts one sheet from the next."""
    tables = {sheet: (header, roles) for sheet, header, roles in found}
    lines: list[str] = []
    for sheet, rows in sheets:
        if lines and lines[-1]:
            lines.append("")  # a sheet's first line never continues the last sheet's
        if sheet in tables and not _AREA_FIRST.match(_first_word(rows[tables[sheet][0]])):
            lines.extend(sheet_lines(rows, *tables[sheet]))
        else:  # (a table of areas × indicators, 县区 | 地区生产总值 | …, is read as it stands)
            lines.extend(ln for ln in map(row_line, rows) if ln)
    return lines
