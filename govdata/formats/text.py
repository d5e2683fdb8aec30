"""text: plain-text documents — UTF-8 (± BOM), UTF-16 with BOM, GB18030/GBK/GB2312.

A decoding is accepted only when the result looks like a Chinese document: bytes in Big5,
Shift-JIS or EUC-KR often decode as GB18030 without an error, but into characters no
government text uses (kana, Greek, private-use, rare ideographs). Those files raise
:class:`DocumentError` instead of yielding silently wrong text.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from ..errors import DocumentError

# Decoders tried in order when the file has no byte-order mark. GB18030 is a superset of GBK
# and GB2312, so one attempt covers all three.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))

# Plausibility limits, measured on the seeds and the corpus (GB18030 and UTF-8 documents:
# implausible characters ≤ 0.02%, ideographs among the 3755 most common ≥ 99.5%) against
# wrong decodings (Big5, Shift-JIS, EUC-KR, EUC-JP read as GB18030: ≥ 7% implausible or
# ≤ 86% common ideographs).
MAX_IMPLAUSIBLE = 0.02
MIN_COMMON_IDEOGRAPHS = 0.8
MIN_IDEOGRAPHS_TO_JUDGE = 100


# A character a Chinese government document is expected to contain: printable ASCII and
# tab/line breaks, CJK ideographs and punctuation, full-width forms, general punctuation,
# letterlike symbols to enclosed numerals, ■□▲△◆○● bullets (box drawing excluded) and a few
# Latin-1 signs (°, ±, ·, ×, ÷, §, no-break space), and the BOM. One class, so counting the
# others is one pass in C rather than a Python loop over the characters.
_IMPLAUSIBLE = re.compile(
    "[^\t\n\r\f\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f"
    "\u2100-\u24ff\u3200-\u33ff\u25a0-\u25ff\xa0\xa7\xb0\xb1\xb7\xd7\xf7\ufeff]")
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _common_ideographs() -> re.Pattern:
    """GB2312's 3755 level-1 (most frequent) ideographs, rows 0xB0–0xD7, as one class."""
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the unused cells at the end of row 0xD7
    return re.compile("[" + "".join(chars) + "]")


def _count(rx: re.Pattern, text: str) -> int:
    return rx.subn("", text)[1]


def ideographs(text: str) -> int:
    """How many CJK ideographs ``text`` holds."""
    return _count(_IDEOGRAPH, text)


def implausibility(text: str) -> str:
    """Why ``text`` does not look like a correctly decoded Chinese document ('' if it does)."""
    if not text:
        return ""
    bad = _count(_IMPLAUSIBLE, text)
    if bad / len(text) > MAX_IMPLAUSIBLE:
        return f"{bad / len(text):.0%} of its characters are kana, Greek, private-use or controls"
    han = ideographs(text)
    if han >= MIN_IDEOGRAPHS_TO_JUDGE:
        common = _count(_common_ideographs(), text) / han
        if common < MIN_COMMON_IDEOGRAPHS:
            return f"only {common:.0%} of its Chinese characters are common ones"
    return ""


def looks_binary(data: bytes) -> bool:
    """True when bytes contain NULs or many control characters (not a text file)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def _checked(text: str, enc: str, name: str) -> str:
    why = implausibility(text)
    if why:
        raise DocumentError(f"{name}: decoding it as {enc} gives garbled text ({why}), so its "
                            "encoding is not one govdata reads (UTF-8, UTF-16, GB18030/GBK); "
                            "re-save the file as UTF-8")
    return text


# the characters a Windows (cp1252) or Latin-1 decoding gives Chinese bytes: mojibake's
_LATIN = re.compile("[\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
MIN_MOJIBAKE = 50


def repaired_mojibake(text: str) -> str:
    """The text that Chinese bytes (GBK or UTF-8) became when a program read them as Windows
    (cp1252) or Latin-1 characters and saved those as UTF-8 (Õþ¸®¹¤×÷±¨¸æ for 政府工作报告),
    turned back into Chinese; '' when the text is not such mojibake or does not come back
    whole."""
    head = text[:2000]
    if ideographs(head) * 20 > len(head) or _count(_LATIN, head) * 5 < len(head):
        return ""  # (the opening decides, cheaply: Chinese text, or no Latin letters to speak of)
    latin = _count(_LATIN, text)
    if latin < MIN_MOJIBAKE or ideographs(text) * 20 > latin:
        return ""
    raw = bytearray()
    for ch in text:
        if ord(ch) < 0x100:
            raw.append(ord(ch))  # (Latin-1 gives the five bytes cp1252 leaves undefined)
            continue
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            return ""  # a character no single byte became: not mojibake
    for enc in ("utf-8", "gb18030"):
        try:
            fixed = bytes(raw).decode(enc)
        except UnicodeDecodeError:
            continue
        if ideographs(fixed) >= MIN_IDEOGRAPHS_TO_JUDGE and not implausibility(fixed):
            return fixed
    return ""


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode plain-text document bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are accepted. Anything else
    — empty, binary, or an encoding whose decoding looks garbled — raises
    :class:`DocumentError` naming the file and the fix.
    """
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; replace it with the document's text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: starts with a {enc} byte-order mark but is not "
                                    f"valid {enc} ({exc.reason}); re-save it as UTF-8") from None
            return (text if enc == "utf-8-sig" else _checked(text, enc, name)), enc
    if looks_binary(data):
        raise DocumentError(f"{name}: binary content, not a text document nor another format "
                            "govdata reads (HTML, web archive, DOCX, XLSX, PDF); check that it "
                            "is the right file, or convert it to one of those")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        fixed = repaired_mojibake(text)
        return (fixed, "utf-8 (mojibake of gb18030 or utf-8, repaired)") if fixed else (text, "utf-8")
    try:
        return _checked(data.decode("gb18030"), "gb18030", name), "gb18030"
    except UnicodeDecodeError:
        raise DocumentError(f"{name}: the text encoding could not be detected (not UTF-8 or "
                            "GB18030/GBK); re-save the file as UTF-8") from None


def read_text(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for plain text: ``(text, meta)``. A table saved as comma-separated values (an
    open-data portal's .csv) has its rows written as the other readers write table rows; a
    converter's Markdown is read as plain text (:mod:`.markdown`)."""
    text, enc = decode_bytes(data, name)
    rows = delimited_rows(text)
    if rows is not None:
        return rows, {"format": "csv", "encoding": enc}
    from .jsondata import json_text, looks_like_json
    from .markdown import looks_like_markdown, markdown_text

    table = json_text(text) if looks_like_json(text) else None
    if table is not None:  # (an open-data portal's JSON: its list of records, as table rows)
        return table, {"format": "json", "encoding": enc}
    if looks_like_markdown(text):  # (a converter's Markdown: # headings, | tables |)
        return markdown_text(text), {"format": "markdown", "encoding": enc}
    return text, {"format": "text", "encoding": enc}


_CSV_HEADER_CELL_MAX = 30  # a header names columns; a report's first line is a sentence
_SENTENCE_END = re.compile(r"[。；;！!？?]")


def delimited_rows(text: str) -> str | None:
    """``text`` as table rows (cells joined by a tab, see :func:`govdata.formats.row_line`)
    when it is comma-separated values (or tab-separated ones with quoted cells, as Excel saves
    "Unicode text"): a header of three cells or more, none a sentence, and
    nearly every line after it of as many cells (quoted cells may hold commas and line
    breaks). None for any other text: a report's sentences, whose commas are rarely ASCII and
    never line up in columns."""
    import csv
    import io

    from . import cell_text, row_line

    head = text.lstrip("\ufeff").split("\n", 1)[0]
    # (Excel's "Unicode text": tab-separated, a cell holding a line break or a quote quoted)
    tabbed = head.count("\t") >= 2 and ('\t"' in text or '\n"' in text)
    if (head.count(",") < 2 or "\t" in head) and not tabbed:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t" if tabbed else ","))
    except csv.Error:
        return None
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 3 or any(len(c.strip()) > _CSV_HEADER_CELL_MAX or _SENTENCE_END.search(c)
                            for c in rows[0]):
        return None
    width = len(rows[0])
    if sum(len(r) == width for r in rows[1:]) < 0.9 * (len(rows) - 1):
        return None
    lines = (row_line([cell_text([c]) for c in r]) for r in rows)
    return "\n".join(line for line in lines if line) + "\n"
