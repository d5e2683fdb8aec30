"""pdf: a PDF with a text layer → text, wrapped lines joined back into paragraphs.

pdfplumber gives each line with its position. A line that runs to the right edge of the text
block continues on the next line (or the next page) unless that one is indented: the two are
joined with nothing between them (Chinese) or a space (two Latin words), so a number or word
that the layout broke, 2291.|5亿元, reads whole again. Page numbers (— 3 —, 第3页, 3/20) and
running headers or footers repeated on most pages are dropped. A page printed in two columns
(a gazette) is read column by column, each with its own edges; a table's row comes out as one
line, its cells (parted by a wide white gap) joined by tabs. A PDF without a text layer (a scan) raises
:class:`DocumentError` saying it needs OCR.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass, replace

from ..errors import DocumentError

FULL_LINE = 1.2  # a line ending within this many ems of the right edge continues
NEAR_FULL = 3.0  # … or within this many, when it does not end a sentence (line-break rules
# keep an opening quote off a line's end and a comma off a line's start, so a ragged line
# can stop up to two characters short)
_ENDS_SENTENCE = tuple("。！？；：!?;:")
INDENT = 0.9  # a line starting this many ems right of the left edge starts a paragraph
_PAGE_NUMBER = re.compile(r"^[-—–－_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d+\s*页)?"
                          r"[-—–－_\s]*$")
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class Line:
    """One printed line: its text, left and right ends, and font size (points); in a column,
    the column's left and right edges (0: the page's, worked out over the whole document)."""

    text: str
    x0: float
    x1: float
    size: float
    left: float = 0.0
    right: float = 0.0
    # a table row's cells, left to right: where each starts and ends (empty for prose)
    spans: tuple[tuple[float, float], ...] = ()
    top: float = 0.0  # where it stands on its page
    card: bool = False  # a block of a card in a grid (see card_grids): never joined to a line


def page_lines(page) -> list[Line]:
    """The lines of one pdfplumber page in reading order, overprinted characters removed: top
    to bottom, or, on a page printed in two columns, the left column before the right one
    (lines across both, such as a title or a page number, where they stand). A ruled table's
    rows come out one line each, read cell by cell (see :func:`ruled_rows`)."""
    halves = _spread_halves(page)
    if halves:  # a printer's spread: two pages side by side, the left one read first
        return [ln for half in halves for ln in _column(page_lines(half))]
    page = page.dedupe_chars()
    ruled = ruled_rows(page)
    if ruled:
        boxes = [b for b, _ in ruled]
        page = page.filter(lambda o: o.get("object_type") != "char" or not any(
            b[0] <= (o["x0"] + o["x1"]) / 2 <= b[2] and b[1] <= (o["top"] + o["bottom"]) / 2 <= b[3]
            for b in boxes))
        rows = [ln for _, lines in ruled for ln in lines]
        return sorted(_page_lines(page) + rows, key=lambda ln: ln.top)
    return _page_lines(page)


SPREAD_ASPECT = (1.35, 1.48)  # width over height of a sheet holding two A-size pages side by side


def _spread_halves(page):
    """The two halves of a sheet printed as a spread (an A3 landscape sheet holding two A4
    pages, each with its own margins, page number and running header), or None: a sheet of
    that shape whose text never crosses a band at its middle, with text on both sides."""
    width, height = page.width, page.height
    if not height or not SPREAD_ASPECT[0] <= width / height <= SPREAD_ASPECT[1]:
        return None
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if len(chars) < MIN_COLUMN_CHARS:
        return None
    mid = page.bbox[0] + width / 2
    em = _percentile([c.get("size", 10.0) or 10.0 for c in chars], 0.5)
    if any(c["x0"] < mid + em and c["x1"] > mid - em for c in chars):
        return None
    left = sum(1 for c in chars if c["x1"] <= mid)
    if min(left, len(chars) - left) < 0.1 * len(chars):
        return None
    x0, top, x1, bottom = page.bbox
    return page.crop((x0, top, mid, bottom)), page.crop((mid, top, x1, bottom))


MIN_TABLE_ROWS = 2  # rows with two cells or more that make a ruled frame a table


def ruled_rows(page) -> list[tuple[tuple[float, float, float, float], list[Line]]]:
    """The ruled tables of a page (the lines drawn around their cells), each as its box and one
    :class:`Line` per row: the cells' text, a cell's wrapped lines joined as prose's are, the
    cells joined by tabs, as the other readers write a row. A frame around a page or a
    paragraph (one cell a row) is not a table."""
    out = []
    for table in page.find_tables():
        cells = table.extract()
        if sum(1 for row in cells if sum(1 for c in row if c and c.strip()) >= 2) < MIN_TABLE_ROWS:
            continue
        sizes = [c.get("size", 10.0) or 10.0 for c in page.within_bbox(table.bbox).chars]
        size = _percentile(sizes, 0.5) or 10.0
        x0, _, x1, _ = table.bbox
        lines = [Line("\t".join(_cell(c) for c in row), x0, x1, size, top=r.bbox[1])
                 for r, row in zip(table.rows, cells) if any(c and c.strip() for c in row)]
        out.append((table.bbox, lines))
    return out


def _cell(text: str | None) -> str:
    """A ruled cell's text on one line: its wrapped lines joined as a paragraph's are."""
    parts = [p.strip() for p in (text or "").replace("\t", " ").split("\n") if p.strip()]
    out = parts[0] if parts else ""
    for p in parts[1:]:
        out += joiner(out, p) + p
    return out


def _page_lines(page) -> list[Line]:
    rows = _text_lines(page)
    bands = _gutters([c for c in page.chars if c.get("text", "").strip()])
    if not bands:
        return align_cells([_line(r) for r in rows])
    cuts = [page.bbox[0], *((a + b) / 2 for a, b in bands), page.bbox[2]]
    across = [r for r in rows if any(c["x0"] < b and c["x1"] > a for a, b in bands
                                     for c in r["chars"] if c.get("text", "").strip())]
    out: list[Line] = []
    top = page.bbox[1]
    for r in across + [None]:  # the bands between lines across the page, column by column
        bottom = r["top"] if r is not None else page.bbox[3]
        if bottom > top:
            for x0, x1 in itertools.pairwise(cuts):
                column = page.within_bbox((x0, top, x1, bottom))
                out += _column([_line(b) for b in _text_lines(column)])
        if r is not None:
            out.append(_line(r))
            top = r["bottom"]
    return align_cells(out)


def _gutters(chars: list[dict]) -> list[tuple[float, float]]:
    """The white bands between the columns of prose on a page, left to right: the one in the
    middle of the text block (:func:`_gutter`), then those within each side, so that a
    newspaper's page of three or four columns is parted as a gazette's of two is."""
    band = _gutter(chars)
    if band is None:
        return []
    left = [c for c in chars if c["x1"] <= band[0] + 0.5]
    right = [c for c in chars if c["x0"] >= band[1] - 0.5]
    return [*_gutters(left), band, *_gutters(right)]


def _text_lines(page) -> list[dict]:
    return [ln for ln in page.extract_text_lines(x_tolerance_ratio=0.5, return_chars=True)
            if ln["text"].strip()]


def _line(ln: dict) -> Line:
    sizes = sorted(c.get("size", 0) for c in ln["chars"]) or [0]
    size = sizes[len(sizes) // 2] or 10.0
    text, spans = cells_text(ln, size)
    return Line(text.strip(), ln["x0"], ln["x1"], size, spans=spans, top=ln["top"])


CELL_GAP = 2.0  # ems: a white gap this wide inside a printed line separates two table cells


def cells_text(ln: dict, size: float) -> tuple[str, tuple[tuple[float, float], ...]]:
    """The line's text, and where its cells stand; where a gap of :data:`CELL_GAP` ems or more
    parts its characters (the columns of a table row), the parts are joined by a tab, as the
    other readers join cells."""
    chars = [c for c in ln["chars"] if c.get("text", "").strip()]
    cuts = [k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] >= CELL_GAP * size]
    if not cuts:
        return ln["text"], ()
    cells, spans = [], []
    for a, b in zip([0, *cuts], [*cuts, len(chars)]):
        run = chars[a:b]
        cells.append("".join(
            (" " if k and c["x0"] - run[k - 1]["x1"] > 0.5 * c.get("size", size) else "") + c["text"]
            for k, c in enumerate(run)))
        spans.append((run[0]["x0"], run[-1]["x1"]))
    return "\t".join(cells), tuple(spans)


def align_cells(lines: list[Line]) -> list[Line]:
    """Table rows printed with blank cells (no dash where a figure is missing) have fewer cells
    than the table has columns: each cell is put under the column whose middle is nearest its
    own, the columns being those of the run's row with the most cells (its header), and blank
    cells fill the gaps, so that every row has the header's columns in order. A row whose cells
    cannot be placed one per column, in order, is left as printed."""
    out = list(lines)
    k = 0
    while k < len(out):
        if not out[k].spans:
            k += 1
            continue
        end = k
        while end < len(out) and out[end].spans:
            end += 1
        widest = max(out[k:end], key=lambda ln: len(ln.spans))
        middles = [(a + b) / 2 for a, b in widest.spans]
        for j in range(k, end):
            ln = out[j]
            if len(ln.spans) < len(middles):
                out[j] = _placed(ln, middles)
        k = end
    return out


def _parted(ln: Line, middles: list[float]) -> Line:
    """A header whose words print too close to be told apart as cells (绝对数 比上年增长%): a
    cell standing over several columns' middles, with one word per column (parted by spaces),
    is parted into those columns' cells."""
    cells, spans = [], []
    for (a, b), cell in zip(ln.spans, ln.text.split("\t")):
        over = [m for m in middles if a <= m <= b]
        words = cell.split(" ")
        if len(over) >= 2 and len(words) == len(over) and all(words):
            edges = [a, *((x + y) / 2 for x, y in itertools.pairwise(over)), b]
            cells.extend(words)
            spans.extend(itertools.pairwise(edges))
        else:
            cells.append(cell)
            spans.append((a, b))
    return replace(ln, text="\t".join(cells), spans=tuple(spans)) if len(cells) > len(ln.spans) else ln


def _placed(ln: Line, middles: list[float]) -> Line:
    ln = _parted(ln, middles)
    cols = [min(range(len(middles)), key=lambda c: abs(middles[c] - (a + b) / 2))
            for a, b in ln.spans]
    if any(b <= a for a, b in itertools.pairwise(cols)):
        return ln
    cells = [""] * len(middles)
    for col, cell in zip(cols, ln.text.split("\t")):
        cells[col] = cell
    # (a row starts with its first printed cell: blanks before it are the merged cells of a
    # category written once beside its first row, which the table reader handles either way)
    return replace(ln, text="\t".join(cells[cols[0]:]))


def _column(lines: list[Line]) -> list[Line]:
    """The lines of one column with the column's own edges, for joining wrapped lines."""
    long = [ln for ln in lines if len(ln.text) >= 5] or lines
    left, right = _percentile([ln.x0 for ln in long], 0.1), _percentile([ln.x1 for ln in long], 0.9)
    return [replace(ln, left=left, right=right) for ln in lines]


GUTTER = 1.0  # ems: the narrowest white band between two columns of text
MIN_COLUMN_CHARS = 200
MIN_COLUMN_LINES = 3  # a last page may fill its second column only in part
NEAR_BAND = 10.0  # ems: the window beside a white band whose lines tell of that band


def _gutter(chars: list[dict]) -> tuple[float, float] | None:
    """The white band ``(x0, x1)`` between two columns of prose on a page, or None for one
    column.

    Looked for in the middle of the text block: a band at least :data:`GUTTER` wide that at
    most one line in twenty crosses (a title or a page number may), with lines on both sides
    of it, and the lines of each side mostly running up to it, so that a table's cells are
    not taken for columns."""
    body = [c for c in chars if c.get("text", "").strip()]  # (done by the caller too)
    if len(body) < MIN_COLUMN_CHARS:
        return None
    lo, hi = min(c["x0"] for c in body), max(c["x1"] for c in body)
    em = _percentile([c.get("size", 10.0) or 10.0 for c in body], 0.5)
    heights = {round(c["top"]) for c in body}
    crossing: dict[int, set] = {}
    for c in body:
        for x in range(int(c["x0"]), int(c["x1"]) + 1):
            crossing.setdefault(x, set()).add(round(c["top"]))
    start, end = int(lo + 0.3 * (hi - lo)), int(lo + 0.7 * (hi - lo))
    best, run = (0, 0), 0
    for x in range(start, end + 1):
        run = run + 1 if len(crossing.get(x, ())) <= len(heights) / 8 else 0
        best = max(best, (run, x))
    if best[0] < GUTTER * em:
        return None
    band = (best[1] - best[0] + 1, best[1])
    gutter = (band[0] + band[1]) / 2
    # per height, the run of text in a window beside the band on each side: a column of prose
    # fills the window up to the band (a table's cells beside it are short); the columns further
    # off, whose lines need not share heights with these (a newspaper's three or four), say
    # nothing of this band
    near = NEAR_BAND * em
    left: dict[int, list[float]] = {}
    right: dict[int, list[float]] = {}
    for c in body:
        h = round(c["top"])
        if band[0] - near <= c["x0"] and c["x1"] <= gutter:
            run = left.setdefault(h, [c["x0"], c["x1"]])
        elif gutter <= c["x0"] and c["x1"] <= band[1] + near:
            run = right.setdefault(h, [c["x0"], c["x1"]])
        else:
            continue
        run[0], run[1] = min(run[0], c["x0"]), max(run[1], c["x1"])
    for side, edge in ((left, 1), (right, 0)):
        full = [run for run in side.values() if run[1] - run[0] >= 0.6 * near]
        if len(full) < MIN_COLUMN_LINES or len(full) < 0.5 * len(side):
            return None
        # columns of prose run up to the white band from both sides
        reach = _percentile([run[edge] for run in full], 0.5)
        if (edge == 1 and reach < band[0] - 2 * em) or (edge == 0 and reach > band[1] + 2 * em):
            return None
    return band


_FIGURE_CELL = re.compile(r"^\D{0,8}\d[\d.,]*\s*\S{0,8}$")  # 1268.5亿元, 增长6.1%, 力争7%
_CARD_CELL_MAX = 16  # characters: a card's figure or label, not a table's sentence


def card_grids(lines: list[Line]) -> list[Line]:
    """Cards laid out in a grid (a slide's 2×4 figures, each a figure over its label): the
    PDF's lines run across the cards of a grid row (1268.5亿元 | 增长6.1% | 增长9.2%, then
    地区生产总值 | 地区生产总值增速), so each card's blocks are read column by column instead,
    each block a line of its own, as a card's figure and label follow each other. A run of
    lines is such a grid when every line's cells are all figures or all words (a table's rows
    mix a name with figures) and it has both kinds."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].spans and _card_row(lines[end]):
            end += 1
        run = lines[k:end]
        kinds = {_card_row(ln) for ln in run}
        if len(run) >= 2 and kinds == {"figures", "words"}:
            out += _by_column(run)
            k = end
        else:
            out.append(lines[k])
            k += 1
    return out


def _card_row(ln: Line) -> str:
    """``figures`` or ``words`` when every cell of a row is a card's figure or label, else ''."""
    cells = [c for c in ln.text.split("\t") if c.strip()]
    if not cells or any(len(c) > _CARD_CELL_MAX for c in cells):
        return ""
    figures = [bool(_FIGURE_CELL.match(c)) for c in cells]
    if all(figures):
        return "figures"
    if not any(re.search(r"\d", c) for c in cells):
        return "words"
    return ""


def _by_column(run: list[Line]) -> list[Line]:
    """The cells of a grid's rows as lines, column by column (a cell belongs to the column whose
    middle, over the run's widest row, is nearest its own), top to bottom within a column."""
    widest = max(run, key=lambda ln: len(ln.spans))
    middles = [(a + b) / 2 for a, b in widest.spans]
    columns: list[list[Line]] = [[] for _ in middles]
    for ln in run:
        for (a, b), cell in zip(ln.spans, ln.text.split("\t")):
            if cell.strip():
                col = min(range(len(middles)), key=lambda c: abs(middles[c] - (a + b) / 2))
                columns[col].append(replace(ln, text=cell.strip(), x0=a, x1=b, spans=(), card=True))
    return [ln for col in columns for ln in col]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and running headers/footers (the first or last line of a page
    when it is a page number, or when the same line, digits aside, ends most pages)."""
    from collections import Counter

    edges = Counter()
    for lines in pages:
        edges.update({_furniture_key(ln.text) for ln in (lines[:1] + lines[-1:])})
    repeated = {k for k, n in edges.items() if len(pages) >= 3 and n >= max(3, len(pages) / 2)}

    def furniture(ln: Line) -> bool:
        return bool(_PAGE_NUMBER.match(ln.text)) or _furniture_key(ln.text) in repeated

    out = []
    for lines in pages:
        lines = list(lines)
        while lines and furniture(lines[0]):
            lines.pop(0)
        while lines and furniture(lines[-1]):
            lines.pop()
        out.append(lines)
    return out


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0


def joiner(prev: str, nxt: str) -> str:
    """What goes between two lines of one paragraph: a space between two Latin words,
    nothing otherwise (Chinese, or a number the layout split)."""
    a, b = prev[-1:], nxt[:1]
    return " " if a.isascii() and b.isascii() and a.isalpha() and b.isalpha() else ""


_CAPTION = re.compile(r"^(?:续表|表)\s*[\d一二三四五六七八九十]")  # 表2 2023年主要农产品产量


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """Join the lines of every page into paragraphs, across page breaks too."""
    body = [ln for lines in pages for ln in lines]
    long = [ln for ln in body if len(ln.text) >= 5] or body
    right = _percentile([ln.x1 for ln in long], 0.9)
    left = _percentile([ln.x0 for ln in long], 0.1)

    def runs_on(ln: Line) -> bool:  # the line reaches its column's right edge: it continues
        short = ((ln.right or right) - ln.x1) / ln.size
        return short <= FULL_LINE or (short <= NEAR_FULL and not ln.text.endswith(_ENDS_SENTENCE))

    def indented(ln: Line) -> bool:
        return ln.x0 > (ln.left or left) + INDENT * ln.size

    out: list[str] = []
    prev: Line | None = None
    for ln in tables_after_sentences(body, runs_on, indented):
        row = "\t" in ln.text or ln.card or (prev is not None and ("\t" in prev.text or prev.card))
        # (a table row is whole, and so is a card's block)
        if out and prev is not None and runs_on(prev) and not indented(ln) and not row:
            out[-1] += joiner(out[-1], ln.text) + ln.text
        else:
            out.append(ln.text)
        prev = ln
    return out


def tables_after_sentences(body: list[Line], runs_on, indented) -> list[Line]:
    """A table set in the middle of a column cuts a sentence (…房屋建筑施工面积3865.2万平方 |
    表2 … | 米,增长…): the table (its caption and rows) is moved after the paragraph it cut, so
    that the sentence reads whole again."""
    out = list(body)
    k = 1
    while k < len(out):
        end = k + 1 if _CAPTION.match(out[k].text) and "\t" not in out[k].text else k
        while end < len(out) and "\t" in out[end].text:
            end += 1
        cut = out[k - 1]
        if end == k or (end == k + 1 and _CAPTION.match(out[k].text)) or "\t" in cut.text \
                or not runs_on(cut) or end >= len(out) or indented(out[end]):
            k = max(end, k + 1)
            continue
        j = end  # the rest of the paragraph the table cut
        while j + 1 < len(out) and runs_on(out[j]) and "\t" not in out[j + 1].text \
                and not indented(out[j + 1]) and not _CAPTION.match(out[j + 1].text):
            j += 1
        out[k: j + 1] = out[end: j + 1] + out[k: end]
        k = j + 1
    return out


def read_pdf(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for PDFs: ``(text, meta)`` with ``title`` from the document information."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [card_grids(page_lines(p)) for p in pdf.pages]
            info = pdf.metadata or {}
    except Exception as exc:  # pdfminer raises many types for a broken file; pdfplumber wraps
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect) or "encrypt" in repr(inner).lower():
            raise DocumentError(f"{name}: the PDF is password-protected; save an unprotected "
                                "copy (or the text) and read that") from None
        raise DocumentError(f"{name}: the PDF is damaged or truncated "
                            f"({type(inner).__name__}); download or export it again") from exc
    chars = sum(len(ln.text) for lines in pages for ln in lines)
    if not chars:
        raise DocumentError(f"{name}: the PDF has no text layer (it is a scan of {len(pages)} "
                            "page(s)); run OCR on it first (e.g. `ocrmypdf --language chi_sim`) "
                            "and read the result")
    cid = sum(len(m) for lines in pages for ln in lines for m in _CID.findall(ln.text))
    if cid > 0.1 * chars:
        raise DocumentError(f"{name}: the PDF's fonts carry no Unicode mapping, so its text "
                            "layer cannot be read; run OCR on it (e.g. `ocrmypdf --force-ocr "
                            "--language chi_sim`) and read the result")
    text = "\n".join(paragraphs(drop_furniture(pages)))
    meta = {"format": "pdf", "encoding": "", "pages": len(pages)}
    title = info.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", errors="ignore")
    if isinstance(title, str) and title.strip():
        meta["title"] = title.strip()
    return text, meta
