"""normalise: fold widths and line endings while keeping a map back to the source text.

Every character of the normalised text remembers the offset of the source character it came
from, so spans found in normalised text are reported as exact slices of the source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Dashes that separate the ends of a range, folded to one character.
_DASHES = {"\u2014": "—", "\u2013": "—", "\u2015": "—", "\u2012": "—", "\uff5e": "~", "\u301c": "~"}
# Characters NFKC would otherwise leave alone but that we want as ASCII.
_EXTRA = {"\u3000": " ", "\u00a0": " ", "\u3001": "、"}


@dataclass(frozen=True)
class Normalised:
    """Normalised text with ``offsets[i]`` = source offset of normalised character ``i``.

    ``offsets`` has one extra entry at the end (the source length) so that an exclusive end
    offset maps cleanly.
    """

    text: str
    offsets: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the source span that produced it."""
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_char(ch: str) -> str:
    """Fold one character: full-width → half-width, compatibility forms → plain, CR dropped."""
    if ch == "\r":
        return ""
    if ch in _DASHES:
        return _DASHES[ch]
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ord(ch) < 128:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded


def normalise(text: str, join_lines: bool = True) -> Normalised:
    """Normalise ``text`` (width, compatibility forms, CRLF) keeping the offset map.

    Args:
        text: decoded source text.

    Returns:
        :class:`Normalised` whose ``text`` has full-width digits, letters and punctuation
        folded to ASCII (``８％`` → ``8%``, ``，`` → ``,``) and carriage returns removed;
        with ``join_lines``, line breaks that split a sentence are removed too.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    norm = Normalised("".join(out), tuple(offsets))
    return join_wrapped_lines(norm) if join_lines else norm


_TERMINAL = tuple("。;；:：!！?？”\"")
_STARTS_NEW = re.compile(r"^(?:\d{1,3}(?:[.、]|$)|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|"
                         r"牵头单位|责任单位|配合单位|附件|附表)")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部章节])")


def _is_wrapped(prev: str, nxt: str) -> bool:
    """True when a line break between ``prev`` and ``nxt`` splits a sentence (page layout)."""
    prev, nxt = prev.strip(), nxt.strip()
    if len(prev) < 25 or prev.endswith(_TERMINAL) or _HEADING.match(prev):
        return False
    if _STARTS_NEW.match(nxt):
        return False
    return True


def join_wrapped_lines(norm: Normalised) -> Normalised:
    """Remove line breaks (and blank lines) that split a sentence mid-word, e.g.
    ``…政府,徐\\n\\n州经开区`` → ``…政府,徐州经开区``, keeping the offset map exact."""
    text = norm.text
    drop: set[int] = set()
    for m in re.finditer(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*", text):
        a, b = m.span()
        prev_start = text.rfind("\n", 0, a) + 1
        nxt_end = text.find("\n", b)
        prev, nxt = text[prev_start:a], text[b: nxt_end if nxt_end >= 0 else len(text)]
        if nxt and _is_wrapped(prev, nxt):
            drop.update(range(a, b))
    if not drop:
        return norm
    chars = [c for i, c in enumerate(text) if i not in drop]
    offsets = [o for i, o in enumerate(norm.offsets[:-1]) if i not in drop] + [norm.offsets[-1]]
    return Normalised("".join(chars), tuple(offsets))
