"""legacy: Word and Excel 97–2003 files (.doc, .xls; WPS's .wps is a .doc) → text.

Both are OLE2 compound files (:func:`ole_format` tells them apart by their streams, with
olefile). An ``.xls`` is read with xlrd into the same sheets of text cells an ``.xlsx`` gives,
and written out by :mod:`govdata.formats.xlsx`, so its tables read the same. A ``.doc``'s text
is read from its piece table (the ``WordDocument`` stream's text runs, 8-bit or UTF-16): the
main text, each footnote and endnote after the paragraph (or table) that cites it, a field's
shown result but not its code (a page number's ``PAGE``), and each table row as one line of
tab-separated cells, as the ``.docx`` reader writes them (headers, footers and text boxes are
not read). Word 6/95 files, and any protected with a password, are refused with what to do.
"""

from __future__ import annotations

import bisect
import struct

from ..errors import DocumentError
from . import PARAGRAPH_SEP, cell_text

_SAVE_AS = "open it in Word, Excel or WPS and save it as .docx or .xlsx"


def ole_format(data: bytes, name: str) -> str:
    """``doc`` or ``xls`` for a Word or Excel 97–2003 file; a clear error for any other OLE2
    file (PowerPoint, a password-protected .docx/.xlsx, a damaged file)."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError, struct.error):  # (what olefile raises on a damaged file)
        raise DocumentError(f"{name}: this looks like an Office 97–2003 file but is damaged; "
                            f"{_SAVE_AS}") from None
    with ole:
        streams = {"/".join(s) for s in ole.listdir()}
    if "EncryptedPackage" in streams:
        raise DocumentError(f"{name}: this Office file is protected with a password; open it, "
                            "remove the password and save it again")
    if "WordDocument" in streams:
        return "doc"
    if streams & {"Workbook", "Book"}:
        return "xls"
    if "PowerPoint Document" in streams:
        raise DocumentError(f"{name}: this is a PowerPoint 97–2003 file (.ppt); save it as .pptx "
                            "or export it as PDF, and read that")
    raise DocumentError(f"{name}: this is an Office 97–2003 file govdata does not read; {_SAVE_AS}")


# ---------------------------------------------------------------- .xls

def read_xls(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for Excel 97–2003 workbooks: ``(text, meta)``, the sheets as :mod:`.xlsx`
    writes them (a vertically merged cell's text in every row it spans)."""
    import xlrd

    from .xlsx import fill_vertical_merges, join_two_row_headers, workbook_text

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise DocumentError(f"{name}: this workbook is protected with a password; open it, "
                                "remove the password and save it again") from None
        raise DocumentError(f"{name}: not a readable Excel 97–2003 workbook ({exc}); "
                            f"{_SAVE_AS}") from None
    sheets = []
    for sh in book.sheets():
        rows = [[_xls_cell(book, sh.cell(r, c)) for c in range(sh.ncols)] for r in range(sh.nrows)]
        # (xlrd: first row, row after the last, first column, column after the last; 0-based)
        ranges = [(c0 + 1, r0 + 1, c1, r1) for r0, r1, c0, c1 in sh.merged_cells]
        sheets.append((sh.name, join_two_row_headers(fill_vertical_merges(rows, ranges))))
    return workbook_text(sheets, name, "xls", "")


def _xls_cell(book, cell) -> str:
    """A cell as the text Excel shows, as :func:`govdata.formats.xlsx.cell_value` gives it."""
    import xlrd

    from .xlsx import _num

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, book.datemode).strftime("%Y-%m-%d")
        except (ValueError, OverflowError):
            return _num(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
        fmt = book.format_map.get(xf.format_key) if xf is not None else None
        if fmt is not None and "%" in fmt.format_str:
            return _num(round(cell.value * 100, 10)) + "%"
        return _num(cell.value)
    return cell_text(str(cell.value).splitlines())


# ---------------------------------------------------------------- .doc

_FIB_IDENT = 0xA5EC
_NFIB_WORD97 = 0x00C1
# characters of Word's text stream that stand for something else
_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)  # objects, refs, soft hyphen
_SPECIAL = {0x0B: "\n", 0x0C: "\n", 0x1E: "-", 0xA0: " "}  # line break, page break, hyphen


def read_doc(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for Word 97–2003 documents: ``(text, meta)``; ``title`` from the file's summary
    properties."""
    import olefile

    with olefile.OleFileIO(data) as ole:
        word = ole.openstream("WordDocument").read()
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident != _FIB_IDENT or nfib < _NFIB_WORD97:
            raise DocumentError(f"{name}: this is a Word 6/95 (or older) file; {_SAVE_AS}")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:  # fEncrypted
            raise DocumentError(f"{name}: this Word file is protected with a password; open it, "
                                "remove the password and save it again")
        table_stream = "1Table" if flags & 0x0200 else "0Table"  # fWhichTblStm
        if not ole.exists(table_stream):
            raise DocumentError(f"{name}: this Word file is damaged (no {table_stream} stream); "
                                f"{_SAVE_AS}")
        table = ole.openstream(table_stream).read()
        data = ole.openstream("Data").read() if ole.exists("Data") else b""
        title = _title(ole)
    main_chars = struct.unpack_from("<i", word, 0x4C)[0]  # ccpText: the main document's length
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    pieces = _pieces(table[fc_clx: fc_clx + lcb_clx], name)
    runs = [(piece, _piece_text(word, piece, 0, main_chars)) for piece in pieces]
    row_ends, in_table = _paragraph_marks(word, table, data, runs)
    meta = {"format": "doc", "encoding": ""}
    if title:
        meta["title"] = title
    return doc_text("".join(text for _, text in runs), row_ends, in_table,
                    _notes(word, table, pieces)), meta


# where each kind of note lies: (its references' PLC, its texts' PLC) in FibRgFcLcb97, and the
# counts (FibRgLw97: ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn) of the subdocuments before it
_NOTE_PLCS = ((0xAA, 0xB2, (0x4C,)), (0x20A, 0x212, (0x4C, 0x50, 0x54, 0x58, 0x5C)))


def _notes(word: bytes, table: bytes, pieces: list[tuple[int, int, int, bool]]
           ) -> dict[int, list[str]]:
    """The lines of each footnote and endnote, by the position in the main text of the mark
    that cites it (PlcffndRef/PlcfendRef give the marks, PlcffndTxt/PlcfendTxt where each
    note's text lies in its subdocument)."""
    out: dict[int, list[str]] = {}
    for ref_at, txt_at, before in _NOTE_PLCS:
        base = sum(struct.unpack_from("<i", word, at)[0] for at in before)
        refs = _plc_cps(table, word, ref_at, 2)
        texts = _plc_cps(table, word, txt_at, 0)
        for k, cp in enumerate(refs[:-1]):
            if k + 1 < len(texts):
                raw = "".join(_piece_text(word, piece, base + texts[k], base + texts[k + 1])
                              for piece in pieces)
                out.setdefault(cp, []).extend(ln for ln in doc_text(raw).split("\n") if ln.strip())
    return out


def _plc_cps(table: bytes, word: bytes, at: int, data_size: int) -> list[int]:
    """The character positions of a PLC in the table stream whose place the FIB gives at
    byte ``at``, each entry carrying ``data_size`` bytes of data after the positions."""
    fc, lcb = struct.unpack_from("<II", word, at)
    if lcb < 4 or fc + lcb > len(table):
        return []
    n = (lcb - 4) // (4 + data_size)
    return list(struct.unpack_from(f"<{n + 1}i", table, fc))


def _pieces(clx: bytes, name: str) -> list[tuple[int, int, int, bool]]:
    """``(first character, character after the last, byte offset, 8-bit)`` of each text run,
    from the piece table (Clx: property runs, then the PlcPcd)."""
    i = 0
    while i < len(clx):
        kind = clx[i]
        if kind == 1:  # Prc: a run of properties, skipped
            i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
            continue
        if kind != 2:
            break
        size = struct.unpack_from("<I", clx, i + 1)[0]
        plc = clx[i + 5: i + 5 + size]
        n = (size - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
        out = []
        for k in range(n):
            fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
            compressed = bool(fc & 0x40000000)
            fc &= 0x3FFFFFFF
            out.append((cps[k], cps[k + 1], fc // 2 if compressed else fc, compressed))
        return out
    raise DocumentError(f"{name}: this Word file's text could not be found (damaged piece "
                        f"table); {_SAVE_AS}")


def _piece_text(word: bytes, piece: tuple[int, int, int, bool], lo: int, hi: int) -> str:
    """The characters of one text run that lie between positions ``lo`` and ``hi``."""
    first, after, offset, compressed = piece
    skip = max(0, lo - first)
    first, offset = first + skip, offset + (skip if compressed else 2 * skip)
    n = min(after, hi) - first
    if n <= 0:
        return ""
    if compressed:
        return word[offset: offset + n].decode("cp1252", errors="replace")
    return word[offset: offset + 2 * n].decode("utf-16-le", errors="replace")


def _paragraph_marks(word: bytes, table: bytes, data: bytes,
                     runs: list[tuple[tuple[int, int, int, bool], str]]
                     ) -> tuple[dict[int, frozenset[int]], set[int]]:
    """What the paragraph property pages (PlcBtePapx → FKPs) say of the marks in the joined
    text of ``runs`` (each piece with its text): the positions of the U+0007 marks that end a
    table row (sprmPFTtp), as against those that end a cell, each with the row's cells that
    continue a vertical merge; and the positions of the paragraph marks (U+000D) inside a table
    cell (sprmPFInTable), which part a cell's paragraphs and end no line."""
    fc_plc, lcb_plc = struct.unpack_from("<II", word, 0x102)
    plc = table[fc_plc: fc_plc + lcb_plc]
    n = (len(plc) - 4) // 8
    # (first byte offset, offset after, in a table, None or the merged cells of the row it ends)
    props: list[tuple[int, int, bool, frozenset[int] | None]] = []
    for k in range(n):
        page = (struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * k)[0] & 0x3FFFFF) * 512
        fkp = word[page: page + 512]
        if len(fkp) < 512:
            continue
        crun = fkp[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        for j in range(crun):
            at = 2 * fkp[4 * (crun + 1) + 13 * j]
            props.append((fcs[j], fcs[j + 1], *(_row_props(fkp, at, data) if at else (False, None))))
    props.sort()
    starts = [r[0] for r in props]
    row_ends: dict[int, frozenset[int]] = {}
    in_table: set[int] = set()
    pos = 0
    for (_first, _after, offset, compressed), text in runs:
        width = 1 if compressed else 2
        for mark in ("\x07", "\r"):
            at = text.find(mark)
            while at >= 0:
                fc = offset + at * width
                i = bisect.bisect_right(starts, fc) - 1
                if i >= 0 and fc < props[i][1]:
                    if mark == "\r" and props[i][2]:
                        in_table.add(pos + at)
                    elif mark == "\x07" and props[i][3] is not None:
                        row_ends[pos + at] = props[i][3]
                at = text.find(mark, at + 1)
        pos += len(text)
    return row_ends, in_table


def _row_props(fkp: bytes, at: int, data: bytes = b"") -> tuple[bool, frozenset[int] | None]:
    """For the paragraph properties at byte ``at`` of an FKP page: whether the paragraph is in
    a table (sprmPFInTable), and None unless it marks a row's end (sprmPFTtp or
    sprmPFInnerTtp set), else the cells of the row that continue a vertical merge from the row
    above (sprmTVertMerge, or the TC flags of sprmTDefTable). Properties too long for the page
    (a wide table's row definition) lie in the ``Data`` stream (sprmPHugePapx)."""
    cb = fkp[at]
    start, size = (at + 1, 2 * cb - 1) if cb else (at + 2, 2 * fkp[at + 1])
    return _grpprl_props(fkp[start + 2: start + size], data)  # (after the style index)


def _grpprl_props(grpprl: bytes, data: bytes) -> tuple[bool, frozenset[int] | None]:
    """:func:`_row_props` of one list of property modifiers."""
    ends, in_table, merged, i = False, False, set(), 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        if sprm == 0xD608:  # sprmTDefTable: a 2-byte length, then the cells' definitions
            length = struct.unpack_from("<H", grpprl, i)[0] + 1 if i + 2 <= len(grpprl) else 0
            merged |= _merged_cells(grpprl[i + 2: i + length])
            i += length
            continue
        width = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}.get(sprm >> 13)
        if width is None:  # a variable-length operand, its length first
            width = 1 + (grpprl[i] if i < len(grpprl) else 0)
        if sprm == 0x6646 and i + 4 <= len(grpprl):  # sprmPHugePapx: the rest is in Data
            fc = struct.unpack_from("<I", grpprl, i)[0]
            if fc + 2 <= len(data):
                huge = data[fc + 2: fc + 2 + struct.unpack_from("<H", data, fc)[0]]
                more_in_table, more = _grpprl_props(huge, b"")
                in_table = in_table or more_in_table
                if more is not None:
                    ends, merged = True, merged | more
        if sprm in (0x2417, 0x244C) and i < len(grpprl) and grpprl[i]:
            ends = True
        if sprm == 0x2416 and i < len(grpprl) and grpprl[i]:
            in_table = True
        if sprm == 0xD62B and i + 2 < len(grpprl) and grpprl[i + 2] == 1:  # sprmTVertMerge
            merged.add(grpprl[i + 1])
        i += width
    return in_table, frozenset(merged) if ends else None


def _merged_cells(operand: bytes) -> set[int]:
    """The cells of a TDefTableOperand (itcMac, rgdxaCenter, rgTc80) that continue a vertical
    merge (fVertMerge set, fVertRestart not)."""
    if not operand:
        return set()
    n = operand[0]
    base = 1 + 2 * (n + 1)
    out = set()
    for k in range(n):
        if base + 20 * k + 2 > len(operand):
            break
        flags = struct.unpack_from("<H", operand, base + 20 * k)[0]
        if flags & 0x0020 and not flags & 0x0040:
            out.add(k)
    return out


def doc_text(raw: str, row_ends: dict[int, frozenset[int]] | None = None,
             in_table: set[int] | None = None, notes: dict[int, list[str]] | None = None) -> str:
    """Word's text stream → plain text: paragraphs on lines, a field's result kept and its code
    dropped, each table row (cells ended by U+0007; ``row_ends``, the positions of the marks
    that end a row, with the cells merged down from the row above) one line of tab-separated
    cells, a merged cell's text in every row it spans (as the .docx reader writes it), the
    paragraphs inside a cell (``in_table``: the positions of their marks) joined by U+2029.
    ``notes``: the lines of the notes cited at each position, put after the paragraph that
    cites them, or after the table. Without ``row_ends``, a mark straight after another is
    taken to end the row."""
    in_table = in_table or set()
    notes = notes or {}
    out: list[str] = []
    cells: list[str] = []
    buf: list[str] = []
    depth_code = []  # one flag per open field: True while its code is being read
    prev_cell_mark = False
    above: list[str] = []  # the last row's cells
    cited: list[str] = []  # the lines of the notes cited since the last line
    after_table: list[str] = []  # …and of those cited in the table just read
    for pos, ch in enumerate(raw):
        o = ord(ch)
        if pos in notes:
            cited.extend(notes[pos])
        if o == 0x13:  # a field begins: its code follows
            depth_code.append(True)
            continue
        if o == 0x14:  # the code ends, the shown result follows
            if depth_code:
                depth_code[-1] = False
            continue
        if o == 0x15:
            if depth_code:
                depth_code.pop()
            continue
        if any(depth_code):
            continue
        if o == 0x07:
            ends = pos in row_ends if row_ends is not None else prev_cell_mark and not buf
            if ends:  # the row's end mark, after its last cell
                row = [cell_text([c]) for c in cells]
                for k in (row_ends or {}).get(pos, ()):
                    if k < len(row) and k < len(above) and not row[k]:
                        row[k] = above[k]  # a cell merged down from the row above
                out.append("\t".join(row))
                above, cells = row, []
                after_table, cited = after_table + cited, []
            else:
                cells.append(PARAGRAPH_SEP.join("".join(buf).split("\r")))
            buf = []
            prev_cell_mark = True
            continue
        prev_cell_mark = False
        if o == 0x0D and not cells and pos not in in_table:  # a paragraph's end, outside a table
            out.extend(after_table)
            out.append("".join(buf))
            out.extend(cited)
            buf, cited, after_table = [], [], []
            continue
        buf.append(_SPECIAL.get(o, ch))
    if buf or cells:
        out.append("\t".join([*cells, "".join(buf)]) if cells else "".join(buf))
    out.extend(after_table + cited)
    return "\n".join(line.translate(_DROP) for line in out).strip("\n") + "\n"


def _title(ole) -> str:
    """The document's title from its summary properties, if any."""
    try:
        raw = ole.get_metadata().title
    except (OSError, ValueError, struct.error, AttributeError):  # (no properties, or damaged)
        return ""
    if isinstance(raw, bytes):
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc).strip("\x00 ").strip()
            except UnicodeDecodeError:
                continue
        return ""
    return (raw or "").strip()


