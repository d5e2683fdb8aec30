"""markdown: a document a converter wrote as Markdown (pandoc, MarkItDown) → plain text.

Headings lose their ``#`` marks (``## 一、2024年工作回顾`` reads as the heading it is), pipe
tables become table rows (cells joined by tabs, a cell's ``<br>`` parts joined as a cell's
paragraphs are), list and quote marks go, and inline marks are taken out of the text: emphasis
(``增长**5.3%**``), footnote references (``5.3%[^1]``, their notes kept as 注: lines), links
(their words kept), backslash escapes and HTML tags. A fenced code block is kept as written.
"""

from __future__ import annotations

import re

from . import cell_text, row_line

_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+(?!-)")
_NOTE = re.compile(r"^\[\^[^\]]+\]:\s*")
_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # an image: no text of the document
    (re.compile(r"\[\^[^\]]+\]"), ""),  # a footnote's reference after a figure (5.3%[^1])
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # a link: its words
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong emphasis
    (re.compile(r"(?<![\\*])\*(?!\s)(.+?)(?<![\s\\])\*"), r"\1"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"<[^>\n]+>"), ""),  # an HTML tag
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # a backslash escape
)
# Markdown's signs in a text: headings written with #, or a table's rule row
_SIGNS = re.compile(r"^ {0,3}#{1,6}\s+\S|^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Text a converter wrote as Markdown: two headings written with ``#`` or a table's rule
    row (``|:---|---:|``), which a plain report never has."""
    return len(_SIGNS.findall(text[:20000])) >= 2


def inline_text(text: str) -> str:
    """A line's text without Markdown's inline marks (emphasis, footnote references, links,
    escapes, HTML tags)."""
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text


def _cells(line: str) -> list[str]:
    """The cells of a pipe table's row (``|`` escaped as ``\\|`` stays inside its cell)."""
    line = line.strip()
    line = line.removeprefix("|")
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [cell_text([inline_text(p) for p in _CELL_BREAK.split(c)])
            for c in re.split(r"(?<!\\)\|", line)]


def markdown_text(text: str) -> str:
    """The plain text of a Markdown document (see the module's docstring)."""
    out: list[str] = []
    lines = text.replace("\r\n", "\n").split("\n")
    fenced = False
    for k, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if _TABLE_RULE.match(line) and "|" in line:
            continue  # |:---|---:|, under the header row
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if line.lstrip().startswith("|") or ("|" in line and _TABLE_RULE.match(nxt)):
            out.append(row_line(_cells(line)))
            continue
        heading = _HEADING.match(line)
        if heading:
            out.append(inline_text(heading.group(1)))
            continue
        line = _BULLET.sub("", _QUOTE.sub("", line))
        note = _NOTE.match(line)
        if note:
            line = "注:" + line[note.end():]  # [^1]: 按可比价计算
        out.append(inline_text(_CELL_BREAK.sub("\n", line)))
    return "\n".join(out)
