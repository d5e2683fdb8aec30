"""docx: Word documents → text, paragraphs and tables in document order.

Table rows become one line with the cells joined by a tab (a cell's own paragraphs joined by
U+2029, see :func:`govdata.formats.cell_text`); a row whose only text is in one merged cell
becomes that text alone, like a heading. Automatic list numbers (``1.`` ``一、`` drawn by Word,
not typed) are put back in front of their paragraphs (:mod:`.numbering`). A text box's
paragraphs follow the paragraph it is anchored in; a footnote's or endnote's paragraphs follow
the paragraph (or the table) that refers to it, so its figures are read in their context and
none goes uncounted. An Excel worksheet pasted as an object is read from the embedded workbook
(Word itself shows only a picture of it). Page headers and footers, drawings and deleted
(tracked) text are left out. python-docx (which parses with entity resolution off) is opened
only after :func:`~govdata.formats.ooxml.check_package` has vetted the zip.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import DocumentError
from . import cell_text, is_note_mark, row_line
from .ooxml import CHART, CHART_URI, A, chart_lines, check_package, drawing_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {W + "drawing", W + "pict", W + "del", W + "moveFrom", W + "instrText",
         W + "delText", MC + "Fallback", W + "footnoteReference", W + "endnoteReference",
         W + "footnoteRef", W + "endnoteRef", W + "commentReference"}
_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo",
               W + "smartTag", W + "hyperlink"}


def paragraph_text(p) -> str:
    """The visible text of one ``<w:p>`` element: runs, tabs and line breaks, in order."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == W + "r" and out and _note_mark(child, out[-1]):
                continue  # 增长6.5%¹: a note's mark set after a figure, not a digit of it
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _note_mark(run, before: str) -> bool:
    """A run set as a superscript that is a note's mark after a figure (see
    :func:`~govdata.formats.is_note_mark`)."""
    align = run.find(f"{W}rPr/{W}vertAlign")
    if align is None or align.get(W + "val") != "superscript":
        return False
    return is_note_mark("".join(t.text or "" for t in run.iter(W + "t")).strip(), before)


def _unwrap_controls(body) -> None:
    """Take the content of every content control (``w:sdt``) and custom-XML wrapper out of its
    wrapper, in place: a template's controls may wrap whole table rows or cells, where a
    reader of rows and cells would not look."""
    for el in list(body.iter(W + "sdt", W + "customXml")):
        parent = el.getparent()
        if parent is None:
            continue
        inner = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
        at = parent.index(el)
        for child in [] if inner is None else [c for c in inner if c.tag not in _WRAPPER_PROPS]:
            parent.insert(at, child)
            at += 1
        parent.remove(el)


_WRAPPER_PROPS = {W + "sdtPr", W + "sdtEndPr", W + "customXmlPr"}


def numbered_text(p, numbering) -> str:
    """A paragraph's text with the number Word draws before it (automatic list numbering)."""
    label = numbering.label(p) if numbering is not None else ""
    text = paragraph_text(p)
    return label + text if text.strip() else text


def _cell_lines(cell, numbering=None) -> list[str]:
    """Paragraph texts of a table cell, nested tables included (each row space-joined)."""
    parts: list[str] = []
    for kind, el in _blocks(cell._tc):
        if kind == "p":
            parts.append(numbered_text(el, numbering))
        elif kind == "tbl":
            parts.extend(" ".join(r.split("\t"))
                         for r in _table_lines(el, cell._parent, numbering))
    return parts


def _table_lines(tbl, parent, numbering=None) -> list[str]:
    """One line per table row: cells joined by a tab; a merged cell's text once, in its first
    grid column (the columns it spans are left empty, keeping the columns aligned)."""
    from docx.table import Table

    lines = []
    for row in Table(tbl, parent).rows:
        cells: list[str] = [""] * row.grid_cols_before
        prev = None
        for cell in row.cells:
            cells.append("" if cell._tc is prev else cell_text(_cell_lines(cell, numbering)))
            prev = cell._tc
        line = row_line(cells)
        if line:
            lines.append(line)
    return lines


def _blocks(el):
    """``("p", element)`` and ``("tbl", element)`` children of a body or cell, in document
    order, looking inside content controls and tracked insertions; the contents of a text box
    (a 专栏 drawn as a box) follow the paragraph it is anchored in."""
    for child in el:
        if child.tag == W + "p":
            yield "p", child
            for box in _text_boxes(child):
                yield from _blocks(box)
            for graphic in child.iter(A + "graphicData"):
                if graphic.get("uri") in (_DIAGRAM, CHART_URI):
                    yield "graphic", graphic  # a SmartArt graphic or a chart drawn in the line
            for ole in child.iter(O + "OLEObject"):
                if (ole.get("ProgID") or "").startswith("Excel.Sheet"):
                    yield "sheet", ole  # a worksheet pasted as an object: its cells, not its picture
        elif child.tag == W + "tbl":
            yield "tbl", child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)
        elif child.tag == W + "altChunk":
            yield "chunk", child


_TEXT_BOX = W + "txbxContent"
DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_NOT_TEXT_POINTS = {"parTrans", "sibTrans", "pres", "doc"}


def _graphic_lines(graphic, document) -> list[str]:
    """The text of a SmartArt graphic (each of its points a line, from its data part: the
    drawing part holds the same text again, drawn) or of a chart (its title, then one line
    per series naming each category's value: 地区生产总值(亿元):2020年10158.66,2021年…, as a
    专栏 line gives a series), whose figures a designer drew instead of writing."""
    from docx.oxml import parse_xml

    ref = graphic.find(DGM + "relIds") if graphic.get("uri") == _DIAGRAM else graphic.find(CHART + "chart")
    rel = document.part.rels.get(ref.get(R + ("dm" if ref.tag == DGM + "relIds" else "id"))) \
        if ref is not None else None
    if rel is None or rel.is_external:
        return []
    root = parse_xml(rel.target_part.blob)
    if ref.tag == DGM + "relIds":
        # (a point with points below it heads them: 经济发展 over its targets, a heading line)
        heads = {c.get("srcId") for c in root.iter(DGM + "cxn") if c.get("type", "parOf") == "parOf"}
        return [t + ("：" if pt.get("modelId") in heads else "")
                for pt in root.iter(DGM + "pt") if pt.get("type") not in _NOT_TEXT_POINTS
                for t in drawing_paragraphs(pt)]
    return chart_lines(root)


def _text_boxes(p):
    """The text boxes anchored in paragraph ``p`` (DrawingML or VML), each once: the VML copy
    Word keeps for old readers (``mc:Fallback``) and boxes nested in a box are left to their
    own turn."""
    for box in p.iter(_TEXT_BOX):
        up = box.getparent()
        while up is not None and up is not p and up.tag not in (_TEXT_BOX, MC + "Fallback"):
            up = up.getparent()
        if up is p:
            yield box


def _body_lines(el, document, numbering, notes) -> list[str]:
    """The lines of a body (or of a layout table's cell): each paragraph a line, each table a
    line per row, each note after what cites it. A table of one column that holds the text
    itself (a report laid out in a borderless one-column table, its own tables nested in the
    cells) is read as the body it lays out, its nested tables as tables."""
    lines: list[str] = []
    for kind, child in _blocks(el):
        if kind == "p":
            lines.append(numbered_text(child, numbering))
        elif kind == "chunk":
            lines.extend(_chunk_lines(child, document))
            continue
        elif kind == "graphic":
            lines.extend(_graphic_lines(child, document))
            continue
        elif kind == "sheet":
            lines.extend(_sheet_lines(child, document))
            continue
        elif _layout_table(child):
            for tc in child.iter(W + "tc"):
                if _outer_table(tc) is child:
                    lines.extend(_body_lines(tc, document, numbering, notes))
            continue
        else:
            lines.extend(_table_lines(child, document, numbering))
        lines.extend(_notes_of(child, notes))
    return lines


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
O = "{urn:schemas-microsoft-com:office:office}"


def _sheet_lines(ole, document) -> list[str]:
    """The lines of an Excel worksheet pasted into the document as an object (选择性粘贴 → 工作表
    对象): Word shows a picture of it; its cells are in the embedded workbook (an .xlsx package,
    or a 97–2003 compound file), read as a workbook on its own is."""
    rel = document.part.rels.get(ole.get(R + "id"))
    if rel is None or rel.is_external:
        return []
    blob, name = rel.target_part.blob, str(rel.target_part.partname)
    try:
        if blob[:2] == b"PK":
            from .xlsx import read_xlsx

            text = read_xlsx(blob, name, max(len(blob) * 8, 1))[0]
        else:
            from .legacy import read_xls

            text = read_xls(blob, name)[0]
    except (DocumentError, ValueError, KeyError, OSError, zipfile.BadZipFile):
        return []  # an object that is no readable workbook: only its picture, no text
    return text.split("\n")


def _chunk_lines(chunk, document) -> list[str]:
    """The lines of an embedded document Word shows in place (``w:altChunk``): an HTML, MHT,
    RTF, plain-text or Word part, as office systems that export a report put its body in one."""
    rel = document.part.rels.get(chunk.get(R + "id"))
    if rel is None or rel.is_external:
        return []
    part = rel.target_part
    blob, kind = part.blob, (part.content_type or "").lower()
    name = str(part.partname)
    if "html" in kind or "xhtml" in kind:
        from .html import read_html

        text = read_html(blob, name)[0]
    elif "rfc822" in kind or "mhtml" in kind:
        from .mhtml import read_mhtml

        text = read_mhtml(blob, name)[0]
    elif "rtf" in kind:
        from .rtf import read_rtf

        text = read_rtf(blob, name)[0]
    elif "wordprocessingml" in kind:
        text = read_docx(blob, name, max(len(blob) * 8, 1))[0]
    elif kind.startswith("text/"):
        from .text import read_text

        text = read_text(blob, name)[0]
    else:
        return []
    return text.split("\n")


def _layout_table(tbl) -> bool:
    """A table of one column whose cells hold paragraphs of text or tables of their own: the
    page's layout, not a table of figures."""
    grid = tbl.find(W + "tblGrid")
    if grid is None or len(grid.findall(W + "gridCol")) != 1:
        return False
    return any(tc.find(W + "tbl") is not None or len(tc.findall(W + "p")) > 2
               for tc in tbl.iter(W + "tc") if _outer_table(tc) is tbl)


def _outer_table(tc):
    """The table a cell belongs to (its row's parent)."""
    up = tc.getparent()
    while up is not None and up.tag != W + "tbl":
        up = up.getparent()
    return up


_NOTE_REFS = {W + "footnoteReference": "footnote", W + "endnoteReference": "endnote"}


def _notes(document) -> dict[tuple[str, str], list[str]]:
    """The paragraphs of each footnote and endnote, by ``(kind, id)`` (the separators Word keeps
    as notes -1 and 0 are never referred to, so never read)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    out: dict[tuple[str, str], list[str]] = {}
    for rel in document.part.rels.values():
        kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        root = parse_xml(rel.target_part.blob)
        for note in root.iter(W + kind):
            paragraphs = [paragraph_text(el) for k, el in _blocks(note) if k == "p"]
            out[(kind, note.get(W + "id"))] = [t for t in paragraphs if t.strip()]
    return out


def _notes_of(el, notes: dict[tuple[str, str], list[str]]) -> list[str]:
    """The paragraphs of the notes ``el`` (a paragraph or a table) refers to, each note once
    (it is taken out of ``notes``)."""
    out: list[str] = []
    if notes:
        for ref in el.iter(*_NOTE_REFS):
            out.extend(notes.pop((_NOTE_REFS[ref.tag], ref.get(W + "id")), []))
    return out


def read_docx(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for Word documents: ``(text, meta)`` with ``title`` from the document
    properties when set."""
    import docx

    from .numbering import Numbering

    check_package(data, name, max_unpacked)
    document = docx.Document(io.BytesIO(data))
    _unwrap_controls(document.element.body)
    numbering = Numbering.of(document)
    notes = _notes(document)
    lines = _body_lines(document.element.body, document, numbering, notes)
    meta = {"format": "docx", "encoding": "utf-8"}
    title = (document.core_properties.title or "").strip()
    if title:
        meta["title"] = title
    return "\n".join(lines), meta
