"""numbering: the labels Word draws in front of automatically numbered paragraphs.

A breakdown typed in Word often numbers its items with the list feature (``1.`` ``2.``,
``一、`` ``二、``, ``(一)``) rather than with typed characters, so the numbers are not in the
paragraph's text but computed from ``word/numbering.xml``. The segmenter needs them to tell
one item from the next, so :class:`Numbering` recomputes them: each ``<w:num>`` is a list with
its own counters, a level counts up from its ``start``, deeper levels restart when a shallower
one advances, and ``lvlText`` (``%1.``, ``%1、``, ``(%1)``, ``%1.%2``) shapes the label.
Bullets are left out: they carry no number and are not part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .docx import W

_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographTraditional",
                    "taiwanCounting", "taiwanCountingThousand", "chineseLegalSimplified",
                    "ideographLegalTraditional", "japaneseCounting"}


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word writes list numbers)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if not rest else ("零" + _CN_DIGITS[rest] if rest < 10 else
                                ("一" + chinese_number(rest) if rest < 20 else chinese_number(rest)))
    return _CN_DIGITS[n // 100] + "百" + tail if n < 1000 else str(n)


def format_number(n: int, fmt: str) -> str | None:
    """Counter ``n`` in Word's ``numFmt``; None for bullets and formats that draw nothing."""
    if fmt in ("bullet", "none"):
        return None
    if fmt in _CHINESE_FORMATS:
        return chinese_number(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        out, rest = "", n
        for value, letters in _ROMAN:
            while rest >= value:
                out, rest = out + letters, rest - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)  # decimal, decimalFullWidth, decimalEnclosedParen… read as digits


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    """The lists of one document and their running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        """Read the numbering (and the paragraph styles that number) of a python-docx
        ``Document``; an empty one when the document has none."""
        out = cls()
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            return out
        root = part.element
        abstract = {a.get(W + "abstractNumId"): _levels(a) for a in root.iter(W + "abstractNum")}
        for num in root.iter(W + "num"):
            levels = {k: _Level(v.start, v.fmt, v.text)
                      for k, v in abstract.get(_val(num.find(W + "abstractNumId")), {}).items()}
            for ov in num.iter(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = ov.find(W + "startOverride")
                if start is not None:
                    levels.setdefault(ilvl, _Level()).start = int(_val(start) or 1)
            out.levels[num.get(W + "numId")] = levels
        for style in document.styles.element.iter(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = _val(num_pr.find(W + "numId"))
                if num_id:
                    out.styles[style.get(W + "styleId")] = (num_id, int(
                        _val(num_pr.find(W + "ilvl")) or 0))
        return out

    def label(self, p) -> str:
        """The number Word draws before paragraph ``p`` (``<w:p>``), advancing the counters;
        '' when it is not numbered (or is a bullet)."""
        ref = self._reference(p)
        if ref is None:
            return ""
        num_id, ilvl = ref
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item restarts the levels below it
        if format_number(counts[ilvl], levels[ilvl].fmt) is None:
            return ""

        def one(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl = levels.get(k, _Level())
            n = counts.get(k, lvl.start)
            return format_number(n, lvl.fmt) or ""

        text = re.sub(r"%(\d)", one, levels[ilvl].text)
        # a label that ends in a digit or letter needs a space before the text (1.1 其中);
        # one that ends in punctuation or is a circled number (①) does not
        return text if not text or text[-1] in ".、)）:：" or "①" <= text[-1] <= "⑳" \
            else text + " "

    def _reference(self, p) -> tuple[str, int] | None:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return None
        num_pr = ppr.find(W + "numPr")
        if num_pr is not None:
            num_id = _val(num_pr.find(W + "numId"))
            if not num_id or num_id == "0":
                return None  # numbering switched off for this paragraph
            return num_id, int(_val(num_pr.find(W + "ilvl")) or 0)
        style = _val(ppr.find(W + "pStyle"))
        return self.styles.get(style) if style else None


def _val(el) -> str:
    return el.get(W + "val", "") if el is not None else ""


def _level(lvl) -> _Level:
    return _Level(start=int(_val(lvl.find(W + "start")) or 1),
                  fmt=_val(lvl.find(W + "numFmt")) or "decimal",
                  text=_val(lvl.find(W + "lvlText")))


def _levels(abstract) -> dict[int, _Level]:
    return {int(lvl.get(W + "ilvl", "0")): _level(lvl) for lvl in abstract.findall(W + "lvl")}
