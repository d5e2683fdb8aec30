"""odt: OpenDocument text (.odt), as LibreOffice and WPS save a report.

``content.xml`` holds the body: headings and paragraphs (``text:h``, ``text:p``) whose runs
are spans, tabs, line breaks and counted spaces (``<text:s text:c="2"/>``); lists whose
numbers the list style draws (put back in front of each item, as for Word's automatic
numbering); tables (one line per row, cells joined by a tab, a cell's paragraphs joined by
U+2029; a cell merged down repeated in the rows it covers, as the Word reader does); sections.
A footnote's or endnote's paragraphs follow the paragraph citing it, a text box's the
paragraph it is anchored in. Tracked deletions, comments and page headers and footers
(``styles.xml``) are left out. The package is vetted by
:func:`~govdata.formats.ooxml.check_package` before any XML in it is parsed.
"""

from __future__ import annotations

import io
import zipfile

from . import cell_text, row_line
from .numbering import format_number
from .ooxml import check_package

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
MIMETYPE = b"application/vnd.oasis.opendocument.text"

# inside a paragraph: left out entirely (comments, the place a deletion was, a note's
# number, ruby glosses)
_SKIP_IN_P = {OFFICE + "annotation", OFFICE + "annotation-end", TEXT + "change",
              TEXT + "note-citation", TEXT + "ruby-text", TEXT + "bookmark-ref"}
# in the body: not the report's text
_SKIP_BLOCKS = {TEXT + "tracked-changes", TEXT + "sequence-decls", TEXT + "variable-decls",
                TEXT + "user-field-decls", OFFICE + "forms", TABLE + "table-columns",
                TABLE + "table-column", TEXT + "table-of-content", TEXT + "alphabetical-index"}
# the num-format of a list level, as the Word format :func:`format_number` draws
_NUM_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                "I": "upperRoman", "一, 二, 三, ...": "chineseCounting",
                "①, ②, ③, ...": "decimalEnclosedCircle"}


def is_odt(names: list[str], data: bytes) -> bool:
    """An OpenDocument text package: its ``mimetype`` member says so."""
    return "mimetype" in names and MIMETYPE in data[:200]


def read_odt(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for OpenDocument text: ``(text, meta)`` with ``title`` from ``meta.xml``."""
    from lxml import etree

    check_package(data, name, max_unpacked)
    zf = zipfile.ZipFile(io.BytesIO(data))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(io.BytesIO(zf.read("content.xml")), parser).getroot()
    lists = _list_styles(root)  # (the document's own list styles, then the named ones)
    if "styles.xml" in zf.namelist():
        lists = {**_list_styles(etree.parse(io.BytesIO(zf.read("styles.xml")), parser).getroot()),
                 **lists}
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    lines: list[str] = []
    if body is not None:
        _blocks(body, lines, lists, _Counters())
    meta = {"format": "odt", "encoding": "utf-8"}
    if "meta.xml" in zf.namelist():
        title = etree.parse(io.BytesIO(zf.read("meta.xml")), parser).getroot().find(
            f".//{DC}title")
        if title is not None and (title.text or "").strip():
            meta["title"] = title.text.strip()
    return "\n".join(lines), meta


class _Counters:
    """The running numbers of the lists of one document, by list style and level."""

    def __init__(self):
        self.values: dict[tuple[str, int], int] = {}

    def next(self, style: str, level: int, start: int, restart: bool) -> int:
        key = (style, level)
        value = start if restart or key not in self.values else self.values[key] + 1
        self.values[key] = value
        for other in [k for k in self.values if k[0] == style and k[1] > level]:
            del self.values[other]  # a deeper level starts again under a new item
        return value


def _list_styles(root) -> dict[str, dict[int, tuple[str, str, str, int]]]:
    """Each automatic list style's numbered levels: ``level → (format, prefix, suffix, start)``
    (bullet levels have none)."""
    out: dict[str, dict[int, tuple[str, str, str, int]]] = {}
    for style in root.iter(TEXT + "list-style"):
        levels = {}
        for lvl in style.iter(TEXT + "list-level-style-number"):
            fmt = _NUM_FORMATS.get(lvl.get(STYLE + "num-format", ""), "")
            if fmt:
                levels[int(lvl.get(TEXT + "level", "1"))] = (
                    fmt, lvl.get(STYLE + "num-prefix", ""), lvl.get(STYLE + "num-suffix", ""),
                    int(lvl.get(TEXT + "start-value", "1") or 1))
        out[style.get(STYLE + "name", "")] = levels
    return out


def _blocks(el, lines: list[str], lists, counters: _Counters, style: str = "",
            level: int = 0) -> None:
    """Append the lines of the block elements under ``el``: paragraphs, lists, tables,
    sections, in document order."""
    for child in el:
        tag = child.tag
        if tag in (TEXT + "p", TEXT + "h"):
            _paragraph(child, lines, lists, counters)
        elif tag == TEXT + "list":
            own = child.get(TEXT + "style-name") or style
            restart = child.get(TEXT + "continue-numbering") != "true" and level == 0 \
                and child.get(TEXT + "continue-list") is None
            for k, item in enumerate(child):
                if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                    continue
                label = ""
                numbered = lists.get(own, {}).get(level + 1)
                if numbered and item.tag == TEXT + "list-item":
                    fmt, prefix, suffix, start = numbered
                    value = item.get(TEXT + "start-value")
                    n = counters.next(own, level + 1, int(value) if value else start,
                                      bool(value) or (restart and k == 0))
                    label = prefix + (format_number(n, fmt) or "") + suffix
                before = len(lines)
                _blocks(item, lines, lists, counters, own, level + 1)
                if label and len(lines) > before and lines[before].strip():
                    lines[before] = label + lines[before]
        elif tag == TABLE + "table":
            lines.extend(_table_lines(child, lists, counters))
        elif tag in _SKIP_BLOCKS:
            continue
        elif tag in (TEXT + "section", TEXT + "index-body", TABLE + "table-header-rows",
                     TABLE + "table-rows", TABLE + "table-row-group", OFFICE + "text"):
            _blocks(child, lines, lists, counters, style, level)


def _paragraph(p, lines: list[str], lists, counters: _Counters) -> None:
    """A paragraph as a line, then its notes' and its text boxes' paragraphs."""
    parts: list[str] = []
    after: list = []  # notes and frames met in the paragraph
    _runs(p, parts, after)
    lines.append("".join(parts))
    for el in after:
        if el.tag == TEXT + "note":
            body = el.find(TEXT + "note-body")
            if body is not None:
                _blocks(body, lines, lists, counters)
        else:  # a frame's text box
            _blocks(el, lines, lists, counters)


def _runs(el, parts: list[str], after: list) -> None:
    """The visible text of ``el``'s content, in order; notes and text boxes set aside."""
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag
        if tag == TEXT + "s":
            parts.append(" " * int(child.get(TEXT + "c", "1") or 1))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        elif tag == TEXT + "note":
            after.append(child)
        elif tag == DRAW + "frame":
            after.extend(child.iter(DRAW + "text-box"))
        elif tag not in _SKIP_IN_P:
            _runs(child, parts, after)
        if child.tail:
            parts.append(child.tail)


def _cell_paragraphs(cell, lists, counters: _Counters) -> list[str]:
    """A cell's paragraphs (a nested table's rows space-joined)."""
    lines: list[str] = []
    for child in cell:
        if child.tag == TABLE + "table":
            lines.extend(" ".join(r.split("\t")) for r in _table_lines(child, lists, counters))
        else:
            _blocks([child], lines, lists, counters)
    return lines


def _table_lines(tbl, lists, counters: _Counters) -> list[str]:
    """One line per row: cells joined by a tab; a cell spanning columns leaves the columns it
    covers blank, one spanning rows is repeated in the rows it covers."""
    out: list[str] = []
    down: dict[int, tuple[int, str]] = {}  # column → (rows still covered, the text)
    for row in _rows(tbl):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
                continue
            repeat = int(cell.get(TABLE + "number-columns-repeated", "1") or 1)
            for _ in range(min(repeat, 64)):
                col = len(cells)
                if cell.tag == TABLE + "covered-table-cell":
                    left, text = down.get(col, (0, ""))
                    cells.append(text if left > 0 else "")
                    if left > 0:
                        down[col] = (left - 1, text)
                    continue
                text = cell_text(_cell_paragraphs(cell, lists, counters))
                rows = int(cell.get(TABLE + "number-rows-spanned", "1") or 1)
                if rows > 1:
                    down[col] = (rows - 1, text)
                cells.append(text)
        line = row_line(cells)
        if line:
            out.append(line)
    return out


def _rows(tbl):
    """The rows of a table, inside header-row and row-group containers too."""
    for child in tbl:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows",
                           TABLE + "table-row-group"):
            yield from _rows(child)
