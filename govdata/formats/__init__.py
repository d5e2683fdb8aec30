"""formats: one reader per file format, each turning a file's bytes into text plus metadata.

``govdata.read.read`` picks the reader from the file's content (not its extension):

- :mod:`.text` — plain text in UTF-8 (± BOM), UTF-16 with BOM, GB18030/GBK/GB2312.
- :mod:`.html` — pages saved from government portals: the article body only.
- :mod:`.docx` — Word documents: paragraphs and tables in document order.
- :mod:`.xlsx` — Excel workbooks: each sheet whose header names the target / completion /
  lead-unit columns, one line per row.
- :mod:`.pdf` — PDFs with a text layer, wrapped lines joined back into paragraphs.
- :mod:`.legacy` — Word and Excel 97–2003 files (.doc, .xls), read into the same text as
  their .docx and .xlsx counterparts.
- :mod:`.rtf` — RTF as Word and WPS write it, read into the same text as the .docx.
- :mod:`.odt` — OpenDocument text (LibreOffice, WPS), read into the same text as the .docx.
- :mod:`.ods` — OpenDocument spreadsheets, read into the same text as the .xlsx.
- :mod:`.ofd` — OFD (GB/T 33190) fixed-layout files, their glyphs placed into lines and read
  as a PDF's lines are.
- :mod:`.pptx` — PowerPoint decks, slide by slide, shapes in reading order.
- :mod:`.markdown`, :mod:`.jsondata` — a converter's Markdown and an open-data portal's JSON,
  told from plain text by :mod:`.text`.

:mod:`.ooxml` checks a zip package (Word, Excel, OpenDocument, OFD) (size, damage, XML DTDs) before any XML in
it is parsed. Table rows come out as one line with the cells joined by a tab (the paragraphs inside a cell
joined by U+2029 PARAGRAPH SEPARATOR), the layout ``govdata.segment`` reads as
``序号 | 目标 | 完成情况 | 牵头单位``.
"""

from __future__ import annotations

import re

PARAGRAPH_SEP = "\u2029"  # between the paragraphs of one table cell (Unicode PARAGRAPH SEPARATOR)
_SPACE_RUN = re.compile(r"[^\S\n\u2029]+")


def is_note_mark(mark: str, before: str) -> bool:
    """``mark``, set as a superscript right after ``before``, refers to a note (增长6.5%¹ →
    按可比价计算) rather than being part of a figure: one or two digits or letters after a digit
    or a percent sign (m², after a unit's letter, is kept)."""
    return bool(mark) and len(mark) <= 2 and mark.isalnum() and bool(before) \
        and before[-1] in "0123456789%‰"


def cell_text(parts: list[str]) -> str:
    """One table cell's text on one line: its paragraphs (and line breaks inside them)
    joined by :data:`PARAGRAPH_SEP`, other runs of white space (tabs too, which would split
    the row) folded to one space. The extractor treats the separator as a line start, so a
    cell's ``1.…`` ``2.…`` paragraphs read as they do on separate lines of a text file."""
    paras = (_SPACE_RUN.sub(" ", p).strip() for part in parts if part
             for p in re.split(r"[\n\u2029]", part))
    return PARAGRAPH_SEP.join(p for p in paras if p)


def row_line(cells: list[str]) -> str:
    """A table row as one line: cells joined by a tab; an empty string for an empty row.

    A row with a single non-empty cell (a section heading spanning the table) becomes just
    that text, so it reads like a heading line. Blank cells keep their place, at the end too, so
    that each cell stays under its header (a row whose 备注 is blank has every column).
    """
    filled = [c for c in cells if c]
    if not filled:
        return ""
    if len(filled) == 1:
        return filled[0]
    return "\t".join(cells)  # (blank cells at the end kept: the row lines up with its header)
