"""rtf: Rich Text Format, as Word and WPS write it when a document is saved "as RTF".

RTF is a stream of control words (``\\par``, ``\\cell``), groups (``{…}``) and text; Chinese
text is written as code-page bytes (``\\'b5\\'d8``, GBK in a ``\\ansicpg936`` document or in a
font of ``\\fcharset134``) or as Unicode escapes (``\\u22320?``, followed by a fallback the
reader skips). The reader keeps what the other readers keep: each paragraph a line, each table
row one line of tab-joined cells (a cell's paragraphs joined as
:func:`govdata.formats.cell_text` joins them), each footnote after the paragraph citing it; it
leaves out the font, colour and style tables, headers and footers, field instructions,
pictures and text a revision deleted.

Hand-written rather than a package: the RTF-to-text packages (striprtf) flatten a table into
``|``-joined text with each cell's paragraphs breaking the row and drop footnotes, and the
table's rows are what segmentation reads.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from ..errors import DocumentError
from . import cell_text, row_line

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])"
                    rb"|([^\\{}\r\n]+)|[\r\n]+")
# groups whose text is not the document's: tables of fonts, colours and styles, the
# document's properties, pictures and objects, page headers and footers, comments, the
# instruction of a field (its result is read), list and revision tables
_SKIPPED = frozenset((
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
    "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "annotation", "atnid",
    "atnauthor", "fldinst", "listtable", "listoverridetable", "rsidtbl", "revtbl", "generator",
    "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl",
    "filetbl", "private", "shpinst", "shppict", "nonshppict", "txe", "bkmkstart", "bkmkend",
    "title"))  # (a title outside \\info: a caption's or a field's)
# fonts' character sets (\fcharsetN) and the code page each writes its bytes in
_CHARSETS = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5", 161: "cp1253",
             162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251",
             222: "cp874", 238: "cp1250"}
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}",
            b"\n": "\n", b"\r": "\n"}
_WORD_TEXT = {"tab": "\t", "line": "\n", "emdash": "—", "endash": "–", "bullet": "•",
              "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "emspace": " ",
              "enspace": " ", "qmspace": " "}


def looks_like_rtf(data: bytes) -> bool:
    """The file opens as RTF does (``{\\rtf``)."""
    return data.lstrip()[:5] == b"{\\rtf"


@dataclass
class _State:
    """What a group sets and its subgroups inherit: where its text goes (``""`` the body,
    ``footnote``, ``title``, ``listtext``, or ``skip``), the code pages of its fonts (single-
    and double-byte), how many fallback characters follow a ``\\u``, whether a revision deleted
    its text (or it is hidden), and which class of font an ``\\af`` names."""

    dest: str = ""
    codec: str = ""
    db_codec: str = ""
    uc: int = 1
    deleted: bool = False
    font_class: str = ""


class _Writer:
    """Collects the text of the body into lines: paragraphs, table rows, footnotes."""

    def __init__(self):
        self.lines: list[str] = []
        self.run: list[str] = []  # the paragraph being read
        self.cell: list[str] = []  # the paragraphs of the table cell being read
        self.row: list[str] = []  # the cells of the table row being read
        self.in_table = False  # the paragraph being read is in a table cell (\intbl)
        self.notes: list[str] = []  # footnotes cited in the paragraph or row being read
        self.note: list[str] = []  # the footnote being read
        self.cells: list[tuple[int, str]] = []  # the row's cells: (right edge, vertical merge)
        self.merge = ""  # the vertical merge of the cell being defined (\clvmgf, \clvmrg)
        self.above: dict[int, str] = {}  # a merged cell's text, by its right edge
        self.table: list[tuple[list[tuple[int | None, str]], list[str]]] = []  # rows read:
        # their cells (right edge, text) and the notes they cite

    def paragraph(self) -> None:
        text = "".join(self.run)
        self.run = []
        if self.in_table:
            self.cell.append(text)
            return
        self.end_table()
        self.lines.append(text)
        self.lines.extend(self.notes)
        self.notes = []

    def end_cell(self) -> None:
        if self.run:
            self.paragraph()
        text = cell_text(self.cell)
        self.cell = []
        k = len(self.row)
        edge, merge = self.cells[k] if k < len(self.cells) else (None, "")
        if merge == "first":  # a cell merged with the ones below: they show its text
            self.above[edge] = text
        elif merge == "rest" and not text:
            text = self.above.get(edge, "")
        self.row.append((edge, text))

    def end_row(self) -> None:
        if self.run or self.cell:
            self.end_cell()
        self.table.append((self.row, self.notes))
        self.row, self.notes = [], []

    def end_table(self) -> None:
        """The rows read so far as lines, each cell under its column: a cell spanning several
        of the table's columns (its right edge further than the next column's) is followed by
        blank cells for the columns it covers, as the other readers leave them."""
        if not self.table:
            return
        grid = _columns(edge for row, _ in self.table for edge, _ in row if edge is not None)
        for row, notes in self.table:
            cells, left = [], None
            for edge, text in row:
                span = 1 if edge is None else max(1, sum(
                    1 for g in grid if (left is None or g > left + _SAME_EDGE) and g <= edge + _SAME_EDGE))
                cells.extend([text] + [""] * (span - 1))
                left = edge if edge is not None else left
            line = row_line(cells)  # (blank cells at its end kept, as every reader keeps them)
            if line:
                self.lines.append(line)
            self.lines.extend(notes)
        self.table = []

    def end_note(self) -> None:
        text = "".join(self.note).strip()
        self.note = []
        if text:
            self.notes.extend(t for t in text.splitlines() if t.strip())

    def text(self) -> str:
        if self.row or self.cell:
            self.end_row()
        self.in_table = False
        if self.run:
            self.paragraph()
        self.end_table()
        self.lines.extend(self.notes)
        return "\n".join(self.lines)


def read_rtf(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for RTF files: ``(text, meta)`` with ``title`` from the document's
    ``{\\info{\\title …}}`` when set."""
    if not looks_like_rtf(data):
        raise DocumentError(f"{name}: not an RTF file; check the file or save it again from Word")
    out = _Writer()
    title: list[str] = []
    label: list[str] = []  # the number of a list item, as Word writes it for plain readers
    state, stack = _State(), []
    fonts: dict[int, str] = {}  # font number → code page, from the font table
    font = None  # the font the font table is defining
    pending = bytearray()  # \'xx bytes not yet decoded (a double-byte character spans two)
    skip = 0  # fallback characters still to skip after a \uN
    naming = False  # a group just opened: a control word here names it
    ansi = "cp1252"

    def emit(text: str) -> None:
        if not text or state.deleted:
            return
        if state.dest == "":
            out.run.append(text)
        elif state.dest == "footnote":
            out.note.append(text)
        elif state.dest == "title":
            title.append(text)
        elif state.dest == "listtext":
            label.append(text)

    def flush() -> None:
        if pending:
            emit(codecs.decode(bytes(pending), state.db_codec or state.codec or ansi, "replace"))
            pending.clear()

    pos, end = 0, len(data)
    while pos < end:
        m = _TOKEN.match(data, pos)
        if m is None:  # a lone backslash at the end
            break
        pos = m.end()
        word, arg, hexbyte, symbol, brace, text = m.groups()
        opens, naming = naming, False
        if hexbyte is not None:
            if skip:
                skip -= 1
            elif state.dest in _READ:
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            skip, naming = 0, True
            stack.append(state)
            state = replace(state)
        elif brace == b"}":
            skip = 0
            if state.dest == "footnote" and stack and stack[-1].dest != "footnote":
                out.end_note()
            if state.dest == "listtext" and stack and stack[-1].dest != "listtext":
                out.run.append(list_label("".join(label)))  # (into the body: not deleted)
                label.clear()
            state = stack.pop() if stack else state
        elif text is not None:
            if skip:
                cut = min(skip, len(text))
                text, skip = text[cut:], skip - cut
            if state.dest in _READ and text:
                emit(text.decode(state.db_codec or state.codec or ansi, "replace")
                     if any(b > 127 for b in text) else text.decode("ascii"))
        elif symbol is not None:
            if symbol == b"*":
                naming = opens  # {\\*\\footnote…}: the word after names the group
                if opens:
                    state.dest = "ignorable"
            elif symbol in (b"\n", b"\r"):
                _control("par", None, state, out)
            else:
                emit(_SYMBOLS.get(symbol, ""))
        elif word is not None:
            w = word.decode("ascii")
            n = int(arg) if arg is not None else None
            if opens:
                state.dest = _destination(w, state.dest, stack[-1].dest if stack else "")
                if state.dest in ("skip", "fonttbl"):
                    continue
            if w == "bin":  # binary data of the length given: never text
                pos += max(n or 0, 0)
            elif w == "u" and n is not None:
                emit(chr(n + 65536 if n < 0 else n))
                skip = state.uc
            elif state.dest == "fonttbl":
                if w == "f" and n is not None:
                    font = n
                elif w == "fcharset" and font is not None and n is not None:
                    fonts[font] = _CHARSETS.get(n, "")
            elif state.dest in ("skip", "ignorable"):
                continue
            elif w == "ansicpg" and n:
                ansi = _codec(f"cp{n}")
            elif w == "f" and n is not None:
                state.codec = _own_page(fonts.get(n, ""))
            elif w == "af" and n is not None and state.font_class == "dbch":
                state.db_codec = _own_page(fonts.get(n, ""))
            elif w in ("loch", "hich", "dbch", "rtlch", "ltrch"):
                state.font_class = w
            elif w == "uc" and n is not None:
                state.uc = max(n, 0)
            elif w in ("deleted", "v"):  # a revision's deletion, hidden text
                state.deleted = n != 0
            elif w == "plain":
                state.deleted = False
            elif w in _WORD_TEXT:
                emit(_WORD_TEXT[w])
            else:
                _control(w, n, state, out)
    flush()
    meta = {"format": "rtf", "encoding": ansi}
    if "".join(title).strip():
        meta["title"] = "".join(title).strip()
    return out.text(), meta


_SAME_EDGE = 30  # twips (half a millimetre): cells' edges this close are one column's


def _columns(edges) -> list[int]:
    """The right edges of a table's columns: every edge its rows' cells end at, those within
    :data:`_SAME_EDGE` of each other taken as one."""
    out: list[int] = []
    for edge in sorted(set(edges)):
        if not out or edge - out[-1] > _SAME_EDGE:
            out.append(edge)
    return out


_READ = frozenset(("", "footnote", "title", "listtext"))
_NUMBERED = re.compile(r"[0-9A-Za-z一二三四五六七八九十百①-⑳]")


def list_label(text: str) -> str:
    """A list item's number as the paragraph's first characters (``1.``, ``(一)``), without
    the tab Word sets after it (a tab parts a table's cells); a bullet (●, ·) is left out, as
    the other readers leave it out."""
    text = text.replace("\t", "").strip()
    return text if _NUMBERED.search(text) else ""


def _destination(word: str, dest: str, parent: str) -> str:
    """Where the text of a group that opens with ``word`` goes, in a group whose text went to
    ``dest`` (its parent's, ``parent``)."""
    if word == "title" and parent == "info":
        return "title"
    if word == "info":
        return "info"
    if word == "fonttbl":
        return "fonttbl"
    if word == "footnote":
        return "footnote"
    if word == "listtext" and dest == "":
        return "listtext"
    if dest == "ignorable" or word in _SKIPPED:
        return "skip"
    return dest


def _own_page(page: str) -> str:
    """A font's code page when it has one of its own (a Chinese font's GBK); empty for a
    Western font, whose bytes are in the document's code page."""
    return "" if page in ("", "cp1252") else page


def _control(word: str, n: int | None, state: _State, out: _Writer) -> None:
    """The control words that shape the text: paragraphs, table cells and rows."""
    if state.dest == "footnote":
        if word == "par":
            out.note.append("\n")
        return
    if state.dest:
        return
    if word in ("par", "sect", "page"):
        out.paragraph()
    elif word == "pard":
        out.in_table = False
    elif word == "intbl":
        out.in_table = True
    elif word in ("cell", "nestcell"):
        out.end_cell()
    elif word in ("row", "nestrow"):
        out.end_row()
    elif word == "trowd":  # a row's cells are defined anew
        out.cells = []
    elif word == "clvmgf":
        out.merge = "first"
    elif word == "clvmrg":
        out.merge = "rest"
    elif word == "cellx" and n is not None:
        out.cells.append((n, out.merge))
        out.merge = ""


def _codec(name: str) -> str:
    """A Python codec for a Windows code page RTF names, cp1252 when Python has none."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"
