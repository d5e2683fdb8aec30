"""html: a page saved from a government portal → the article's text.

Only the article body is kept. Scripts, styles, forms and navigation elements are dropped;
the article is the smallest element holding most of the page's non-link text (menus,
breadcrumbs and share bars are mostly links, so they fall outside it or are pruned inside
it), widened to take in the article's own heading. ``<p>``, ``<br>`` and other blocks become
line breaks; data tables become rows with the cells joined by a tab. The portal metadata
``ArticleTitle``, ``PubDate`` and ``ContentSource`` fill ``title``, ``published`` and
``publisher``. The encoding is the page's declared charset, else detected.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DocumentError
from . import cell_text, is_note_mark, row_line
from .text import decode_bytes, ideographs, implausibility

_JUNK = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
         "canvas", "button", "input", "select", "textarea", "nav", "header", "footer",
         "aside", "head", "map", "audio", "video")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "section", "article", "main", "address", "figure", "figcaption",
          "center", "hr", "table", "tr", "form", "fieldset", "caption", "tbody", "thead",
          "tfoot", "pre", "body", "html"}
_PRUNABLE = {"div", "ul", "ol", "dl", "p", "section", "table"}
DOMINANT = 0.8  # a child holding this share of its parent's text is the article, or holds it
LINK_DENSE = 0.5  # blocks whose text is more than this share of link text are page furniture
MIN_TEXT = 10  # fewer letters or ideographs than this: the page has no article text

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""",
                      re.IGNORECASE)
_XML_ENC = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_\-]+)""")
_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|meta|body|title)[\s>/]", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    """True when the file starts (after a BOM, blanks and comments) like an HTML page."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf").lstrip()
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    return head.startswith(b"<") and bool(_SNIFF.search(head[:1024]))


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta charset>`` or XML declaration, if any.

    GB2312 and GBK are read as GB18030 (their superset: pages labelled GB2312 routinely
    contain GBK characters).
    """
    m = _CHARSET.search(data[:4096]) or _XML_ENC.search(data[:200])
    return codec_name(m.group(1).decode("ascii")) if m else None


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label (``GB2312`` → ``gb18030``), None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "hz") else name


def decode_html(data: bytes, name: str, charset: str | None = None) -> tuple[str, str]:
    """Decode a page: the charset the page declares (else ``charset``, as a web archive's part
    header gives it) when it decodes cleanly, else detection."""
    declared = declared_charset(data) or codec_name(charset)
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                         codecs.BOM_UTF16_BE)):
        try:
            text = data.decode(declared)
            if not implausibility(text):
                return text, declared
        except (UnicodeDecodeError, LookupError):
            pass  # a page declaring UTF-8 but saved as GBK: detect instead
    try:
        return decode_bytes(data, name)
    except DocumentError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or implausibility(str(best)):
            raise
        return str(best), best.encoding


def portal_meta(soup) -> dict:
    """``title``, ``published``, ``publisher`` and ``site`` (the portal's own name, 广安市统计局:
    who the page is by when its text says only 全市) from the portal's ``<meta>`` tags."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("name") or tag.get("property") or "").strip().lower()
        content = (tag.get("content") or "").strip()
        if key and content:
            found.setdefault(key, content)
    meta: dict[str, str] = {}
    title = found.get("articletitle") or found.get("og:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    if title:
        meta["title"] = title
    if found.get("pubdate"):
        meta["published"] = iso_date(found["pubdate"])
    if found.get("contentsource"):
        meta["publisher"] = found["contentsource"]
    site = found.get("sitename") or found.get("og:site_name")
    if site:
        meta["site"] = site
    return meta


def iso_date(value: str) -> str:
    """``2024-02-01 14:48`` / ``2024年2月1日`` / ``2024/2/1`` → ``2024-02-01`` (else as given)."""
    m = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else value.strip()


# ---------------------------------------------------------------- finding the article


def _measure(el, sizes: dict) -> tuple[int, int]:
    """``(letters, link letters)`` of an element, memoised by id for every descendant."""
    from bs4 import NavigableString, Tag

    total = link = 0
    for child in el.children:
        if isinstance(child, Tag):
            t, lk = _measure(child, sizes)
            total += t
            link += t if child.name == "a" else lk
        elif isinstance(child, NavigableString):
            total += sum(1 for ch in child if ch.isalnum())
    sizes[id(el)] = (total, link)
    return total, link


def _score(el, sizes: dict) -> int:
    total, link = sizes.get(id(el), (0, 0))
    return total - link


def is_data_table(table) -> bool:
    """A table of data (rows of several filled cells), not one used for page layout."""
    if table.find("table"):
        return False
    rows = [tr for tr in table.find_all("tr")
            if sum(1 for td in tr.find_all(["td", "th"]) if td.get_text(strip=True)) >= 2]
    return len(rows) >= 2


def find_article(body, sizes: dict):
    """The smallest element holding ``DOMINANT`` of its parent's non-link text."""
    from bs4 import Tag

    node = body
    while True:
        kids = [c for c in node.children if isinstance(c, Tag)]
        if not kids:
            return node
        best = max(kids, key=lambda c: _score(c, sizes))
        if _score(best, sizes) < DOMINANT * _score(node, sizes) or \
                (best.name == "table" and is_data_table(best)):
            return node
        node = best


SEQUEL_MIN = 30  # letters: a block after the article with less text is no part of it


def _with_sequels(article, soup, sizes: dict):
    """The article with the blocks after it that are made as it is (the same tag and a class
    of its own: a page carrying a second article, 要点 under a communiqué, in another
    ``div.article-body``), gathered in one element; the article alone when none follows."""
    classes = set(article.get("class") or ()) if hasattr(article, "get") else set()
    sequels = []
    for sib in article.next_siblings:
        if getattr(sib, "name", None) != article.name or not classes & set(sib.get("class") or ()):
            continue
        total, link = sizes.get(id(sib), (0, 0))
        if total - link >= SEQUEL_MIN and link < total / 2:
            sequels.append(sib)
    if not sequels:
        return article
    whole = soup.new_tag(article.name)
    article.insert_before(whole)
    for el in [article, *sequels]:
        whole.append(el.extract())
    sizes[id(whole)] = tuple(sum(sizes.get(id(el), (0, 0))[k] for el in [article, *sequels])
                             for k in (0, 1))
    return whole


def _before(article, anc) -> list:
    """Elements between ``anc`` and ``article`` that come before the article's branch."""
    out, node = [], article
    while node is not anc:
        out += [sib for sib in node.previous_siblings if getattr(sib, "name", None)]
        node = node.parent
    return out


def _with_heading(article, body, title: str, sizes: dict):
    """Widen the article to the nearest ancestor that also holds its heading (the element
    whose text is the page's title, else an ``<h1>``), when what comes before the article
    is little text (the heading and a line of source and date, not a sidebar). Whatever
    follows the article inside that ancestor (share bars, related links, footer) is dropped.
    """
    want = re.sub(r"\s+", "", title)
    heads = []
    if want:
        letters = sum(1 for ch in want if ch.isalnum())
        heads = [el for el in body.find_all(True)
                 if 0 < sizes.get(id(el), (0, 0))[0] <= letters + 10
                 and re.sub(r"\s+", "", el.get_text()) == want]
    heads = heads or body.find_all("h1")
    inside = {id(article)} | {id(a) for a in article.parents}
    base = _score(article, sizes)
    for head in heads:
        if any(p is article for p in head.parents):
            return article  # the heading is already inside
        anc = next((a for a in head.parents if id(a) in inside), None)
        if anc is None:
            continue
        before = _before(article, anc)
        if sum(_score(el, sizes) for el in before) <= max(300, 0.1 * base):
            node = article
            while node is not anc:
                for sib in list(node.next_siblings):
                    sib.extract()
                node = node.parent
            return anc
    return article


def _prune_link_blocks(article, sizes: dict) -> None:
    """Remove menus, breadcrumbs, share bars and link lists inside the article."""
    whole = max(1, _score(article, sizes))
    for el in list(article.find_all(_PRUNABLE)):
        if el.decomposed:
            continue
        total, link = sizes.get(id(el), (0, 0))
        if total and link / total > LINK_DENSE and total - link < 0.3 * whole:
            el.decompose()


# the lines a portal prints below every article (share bar, print and close links, sponsor,
# copyright, registration numbers, contact): when the article is short the block holding them
# can pass for part of it
_FOOTER_LINE = re.compile(
    r"版权所有|主办单位|主办[:：]|承办[:：]|ICP备|网站标识码|公网安备|联系电话|联系我们|分享到|"
    r"建议使用.{0,24}(?:分辨率|浏览器)|技术支持[:：]|网站地图|打印本页|关闭窗口|【打印】|【关闭】|扫一扫")


def without_footer(lines: list[str]) -> list[str]:
    """The article's lines without the portal furniture after its last line of text."""
    end = len(lines)
    while end > 1 and _FOOTER_LINE.search(lines[end - 1]):
        end -= 1
    return lines[:end]


# ---------------------------------------------------------------- rendering


def _wide(ch: str) -> bool:
    return ord(ch or "a") > 0x2E7F  # CJK characters and punctuation, full-width forms


def _inline(text: str) -> str:
    """HTML white space: runs collapse to one space, and a line break in the page source next
    to a Chinese character disappears (browsers drop it between two; between Chinese and a
    digit or sign it is a source wrap too: 增长\n8% reads 增长8%)."""
    def repl(m: re.Match) -> str:
        a = m.string[m.start() - 1] if m.start() else ""
        b = m.string[m.end()] if m.end() < len(m.string) else ""
        wrap = "\n" in m.group() or "\r" in m.group()
        if wrap and (_wide(a) or _wide(b)) and not (a.isascii() and a.isalpha()) \
                and not (b.isascii() and b.isalpha()):
            return ""
        return " "
    return re.sub(r"[ \t\n\r\f]+", repl, text)


def _cells(tr) -> list:
    return [c for c in tr.children if getattr(c, "name", None) in ("td", "th")]


def table_lines(table, render) -> list[str]:
    """Rows of a data table, cells tab-joined; ``colspan`` leaves the spanned columns empty,
    ``rowspan`` repeats the cell in the rows it spans (each row is its own item)."""
    lines, carry = [], {}  # column → (rows left, text)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        row: list[str] = []
        col = 0
        queue = _cells(tr)
        while queue or col in carry:
            if col in carry:
                left, text = carry[col]
                row.append(text)
                carry = {**carry, col: (left - 1, text)} if left > 1 else \
                    {k: v for k, v in carry.items() if k != col}
                col += 1
                continue
            cell = queue.pop(0)
            text = cell_text(render(cell).split("\n"))
            span = _int(cell.get("colspan"))
            rows = _int(cell.get("rowspan"))
            row.extend([text] + [""] * (span - 1))
            if rows > 1:
                carry[col] = (rows - 1, text)
            col += span
        line = row_line(row)
        if line:
            lines.append(line)
    return lines


def _int(value) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100))
    except (TypeError, ValueError):
        return 1


_ROW_HINT = re.compile(r"(?:^|[-_\s])(?:tr|row|table-row|tbl-row)(?:$|[-_\s\d])", re.IGNORECASE)
_CELL_HINT = re.compile(r"(?:^|[-_\s])(?:td|th|cell|col|table-cell)(?:$|[-_\s\d])", re.IGNORECASE)
_LEAF = ("div", "span", "p", "strong", "b", "em", "i", "a", "font", "label")


def _hinted(el, hint: re.Pattern, display: str) -> bool:
    style = re.sub(r"\s+", "", str(el.get("style", ""))).lower()
    return bool(hint.search(" ".join(el.get("class", []) or []))) or el.get("role") in (
        "row", "cell", "gridcell", "columnheader") or f"display:{display}" in style


def grid_rows(el) -> list[list] | None:
    """The rows of a table drawn with ``<div>``s (a CMS's grid: div.tr > div.td, or role="row"
    > role="cell"), each a list of its cells; None when ``el`` is no such grid. Rows and cells
    must say what they are (class, role or display), so that blocks laid side by side for show
    (an infographic's label and figure) are not taken for a table."""
    from bs4 import Tag

    rows = [c for c in el.children if isinstance(c, Tag)]
    if len(rows) < 2 or not all(r.name in ("div", "li", "section") for r in rows):
        return None
    cells = [[c for c in r.children if isinstance(c, Tag)] for r in rows]
    if any(len(cs) < 2 for cs in cells):
        return None
    if not (all(_hinted(r, _ROW_HINT, "table-row") for r in rows)
            or all(_hinted(c, _CELL_HINT, "table-cell") for cs in cells for c in cs)):
        return None
    if any(c.name not in _LEAF or c.find(["div", "p", "table", "ul", "ol"]) for cs in cells for c in cs):
        return None
    return cells


def render(el) -> str:
    """Text of an element: blocks and ``<br>`` on their own lines, data tables (and tables drawn
    with ``<div>``s) as rows."""
    from bs4 import NavigableString, Tag

    out: list[str] = []
    for child in el.children:
        if isinstance(child, Tag):
            name = child.name
            grid = grid_rows(child) if name in ("div", "ul", "section") else None
            if name == "br":
                out.append("\n")
            elif grid is not None:
                out.append("\n" + "\n".join(row_line([cell_text(render(c).split("\n")) for c in cs])
                                              for cs in grid) + "\n")
            elif name == "table" and is_data_table(child):
                out.append("\n" + "\n".join(table_lines(child, render)) + "\n")
            elif name == "pre":
                out.append("\n" + child.get_text() + "\n")
            elif name in _BLOCK or name in ("td", "th"):
                out.append("\n" + render(child) + "\n")
            else:
                out.append(render(child))
        elif isinstance(child, NavigableString) and type(child) is NavigableString:
            out.append(_inline(str(child)))
    return "".join(out)


# a JSON string in a script (the data a single-page app renders): "…" with its escapes
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){200,})"')
EMBEDDED_MIN = 200  # ideographs: less than this is a label or a menu, not an article


def embedded_article(soup) -> str | None:
    """The article a page saved from a single-page app holds only in its scripts' data
    (window.__INITIAL_STATE__ = {"article": {"content": "<p>…</p>"}}): the longest JSON string
    of HTML paragraphs or tables there, decoded; None when there is none."""
    import json

    best, best_n = None, EMBEDDED_MIN
    for script in soup.find_all("script"):
        code = script.string or ""
        if "<" not in code and "\\u003c" not in code.lower():
            continue
        for m in _JSON_STRING.finditer(code):
            try:
                value = json.loads('"' + m.group(1) + '"')
            except ValueError:
                continue
            if not re.search(r"<(?:p|table|div|br)\b", value, re.IGNORECASE):
                continue
            n = ideographs(value)
            if n > best_n:
                best, best_n = value, n
    return best


# the languages a region's bilingual page sets beside the Chinese: Korean, Tibetan, Uyghur,
# Mongolian, Kazakh, Kyrgyz (each sentence's figures are the Chinese one's, read there)
_TRANSLATION_LANG = re.compile(r"^(?:ko|bo|ug|mn|kk|ky)(?:-|$)", re.IGNORECASE)


def _clean(soup) -> None:
    from bs4 import Comment

    for el in soup.find_all(_JUNK):
        el.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for el in soup.find_all(True):
        if el.decomposed:
            continue
        style = re.sub(r"\s+", "", str(el.get("style", ""))).lower()
        if el.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style:
            el.decompose()
        elif el.name not in ("html", "body") and _TRANSLATION_LANG.match(str(el.get("lang", ""))):
            el.decompose()  # a bilingual page's translation (lang="ko", "bo", "ug", "mn")
    for sup in soup.find_all("sup"):
        if _note_mark(sup):
            sup.decompose()  # 增长6.5%<sup>1</sup>: a note's mark, not a digit of the figure
    for a in soup.find_all("a", href=_WORD_NOTE_LINK):
        if is_note_mark(a.get_text().strip().strip("[]()（）"), "0"):
            a.decompose()  # Word's web page: 4716.52亿元<a href="#_ftn1">[1]</a>, a footnote's mark


_WORD_NOTE_LINK = re.compile(r"^#_(?:ftn|edn|ftnref|ednref)\d+$")


def _note_mark(sup) -> bool:
    """A superscript of a digit or two (or [1]) right after a figure: a mark referring to a note
    (m<sup>2</sup>, after a unit's letter, is kept)."""
    before = sup.find_previous(string=True)
    return is_note_mark(sup.get_text().strip().strip("[]()（）"), before.rstrip() if before else "")


# an animated counter's figure, held in an attribute until a script shows it (countUp, countTo:
# <span class="counter" data-to="5.6">0</span>%): the page saved before the script ran shows 0
_COUNTER_ATTRS = ("data-to", "data-count", "data-target", "data-value", "data-end", "data-number",
                  "data-num")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _show_counters(soup) -> None:
    """Put each animated counter's figure (its data-to, data-count… attribute) in place of the
    placeholder it shows before its script runs (0, 0.0), with the decimals it asks for."""
    for el in soup.find_all(lambda tag: any(tag.has_attr(a) for a in _COUNTER_ATTRS)):
        value = next((str(el[a]).strip() for a in _COUNTER_ATTRS if el.has_attr(a)), "")
        shown = el.get_text().strip().replace(",", "")
        if el.find(True) is not None or not _PLAIN_NUMBER.fullmatch(value) \
                or not _PLAIN_NUMBER.fullmatch(shown or "x"):
            continue
        decimals = str(el.get("data-decimals", "")).strip()
        if decimals.isdigit() and "." not in value:
            value = f"{float(value):.{int(decimals)}f}"
        el.string = value


_WRITE = re.compile(r"document\.write(?:ln)?\s*\(")
_LITERAL = r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_JS_STRING = re.compile(rf"unescape\s*\(\s*{_LITERAL}\s*\)|{_LITERAL}|\+|\s+")
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_UNESCAPE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")
_JS_SIMPLE = {"n": "\n", "r": "", "t": "\t", "b": "", "f": "", "v": "", "0": ""}


def _js_literal(token: str) -> str:
    """The text of a JavaScript string literal ("…" or '…', its escapes resolved)."""
    def resolve(m: re.Match) -> str:
        e = m.group(1)
        if e[0] in "ux" and len(e) > 1:
            return chr(int(e[1:], 16))
        return _JS_SIMPLE.get(e, e)
    return _JS_ESCAPE.sub(resolve, token[1:-1])


def _written(code: str) -> str:
    """The HTML a script writes with document.write("…" + '…' + unescape('%u…')): its calls'
    string literals put together; a call with anything else in it (a variable) is left out."""
    out = []
    for call in _WRITE.finditer(code):
        pos, parts = call.end(), []
        while pos < len(code):
            if code[pos] == ")":
                out.append("".join(parts))
                break
            m = _JS_STRING.match(code, pos)
            if m is None or m.end() == pos:
                break  # (a variable or a call: not a literal the page can be read from)
            if m.group(1):  # unescape('%u65C5%u6E38')
                parts.append(_UNESCAPE.sub(lambda u: chr(int(u.group(1) or u.group(2), 16)),
                                           _js_literal(m.group(1))))
            elif m.group(2):
                parts.append(_js_literal(m.group(2)))
            pos = m.end()
    return "".join(out)


def _run_writes(soup) -> None:
    """Put what each script writes with document.write in the script's place: an old portal
    may write the whole article so."""
    from bs4 import BeautifulSoup

    for script in soup.find_all("script"):
        code = script.string or ""
        if "document.write" not in code:
            continue
        html = _written(code)
        if html.strip():
            fragment = BeautifulSoup(html, "lxml")
            holder = soup.new_tag("div")
            for child in list((fragment.body or fragment).contents):
                holder.append(child)
            script.replace_with(holder)


def read_html(data: bytes, name: str, charset: str | None = None) -> tuple[str, dict]:
    """Reader for web pages: ``(text, meta)`` with the article's text only. ``charset``: the
    encoding to assume when the page declares none."""
    from bs4 import BeautifulSoup

    source, encoding = decode_html(data, name, charset)
    soup = BeautifulSoup(source, "lxml")
    meta = {"format": "html", "encoding": encoding} | portal_meta(soup)
    embedded = embedded_article(soup)
    _run_writes(soup)
    _show_counters(soup)
    _clean(soup)
    body = soup.body or soup
    if embedded is not None and ideographs(embedded) > 2 * ideographs(body.get_text()):
        # a single-page app's saved page: the shell in the body, the article in a script's data
        body = BeautifulSoup(embedded, "lxml").body or body
        meta["embedded"] = True
    sizes: dict = {}
    _measure(body, sizes)
    article = _with_heading(_with_sequels(find_article(body, sizes), soup, sizes), body,
                            meta.get("title", ""), sizes)
    _prune_link_blocks(article, sizes)
    lines = [ln.strip() for ln in render(article).split("\n")]
    text = "\n".join(without_footer([ln for ln in lines if ln]))
    if sum(1 for ch in text if ch.isalnum()) < MIN_TEXT:
        raise DocumentError(f"{name}: the page has no article text (only menus, scripts or an "
                            "empty frame); save the page once its content has loaded, or copy "
                            "the article's text into a .txt file")
    return text, meta
