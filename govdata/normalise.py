"""normalise: fold widths and line endings while keeping a map back to the source text.

Every character of the normalised text remembers the offset of the source character it came
from, so spans found in normalised text are reported as exact slices of the source.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Dashes that separate the ends of a range, folded to one character.
_DASHES = {"\u2014": "—", "\u2013": "—", "\u2015": "—", "\u2012": "—", "\uff5e": "~", "\u301c": "~"}
# Characters NFKC would otherwise leave alone but that we want as ASCII.
_EXTRA = {"\u3000": " ", "\u00a0": " ", "\u3001": "、",
          # zero-width characters that web pages scatter inside numbers (74.4\u200b万亿元)
          "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""}


@dataclass(frozen=True)
class Normalised:
    """Normalised text with ``offsets[i]`` = source offset of normalised character ``i``.

    ``offsets`` has one extra entry at the end (the source length) so that an exclusive end
    offset maps cleanly.
    """

    text: str
    offsets: Sequence[int]  # a range when nothing moved, else a tuple

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the source span that produced it."""
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


_FOLD_CACHE: dict[str, str] = {}  # character → folded form; pure, so safe to share


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
    # NFKC can land on a dash or space we fold further (︲ → – → —): fold is idempotent
    return "".join(_DASHES.get(c, _EXTRA.get(c, c)) for c in folded)


# Only these can fold: ASCII is left alone except CR, and CJK unified ideographs are NFKC-stable.
_MAY_FOLD = re.compile(r"[^\x00-\x0c\x0e-\x7f\u4e00-\u9fff]")


def _fold(text: str, table: dict[str, str]) -> str:
    """Apply ``table`` (character → folded form). A document has a handful of distinct
    characters to fold, so one C-level ``replace`` each beats ``translate``'s per-character
    lookups; as no folded form contains a character that folds again (fold is idempotent),
    the order of the replacements does not matter."""
    for ch, folded in table.items():
        text = text.replace(ch, folded)
    return text


def normalise(text: str, join_lines: bool = True) -> Normalised:
    """Normalise ``text`` (width, compatibility forms, CRLF) keeping the offset map.

    Args:
        text: decoded source text.

    Returns:
        :class:`Normalised` whose ``text`` has full-width digits, letters and punctuation
        folded to ASCII (``８％`` → ``8%``, ``，`` → ``,``) and carriage returns removed;
        with ``join_lines``, line breaks that split a sentence are removed too.
    """
    cache = _FOLD_CACHE
    table: dict[str, str] = {}
    for ch in set(_MAY_FOLD.findall(text)):  # fold each distinct character once
        folded = cache[ch] if ch in cache else cache.setdefault(ch, fold_char(ch))
        if folded != ch:
            table[ch] = folded
    lengths = {len(f) for f in table.values()}
    if not table or lengths == {1}:  # the usual case: one character for one
        norm = Normalised(_fold(text, table), range(len(text) + 1))
    elif lengths <= {0, 1}:  # only deletions (CR, zero-width): keep the survivors
        gone = re.compile("[" + "".join(re.escape(ch) for ch, f in table.items() if not f) + "]")
        kept, prev = [], 0
        for m in gone.finditer(text):
            kept.append(range(prev, m.start()))
            prev = m.end()
        kept.append(range(prev, len(text)))
        offsets = list(itertools.chain.from_iterable(kept))
        offsets.append(len(text))
        norm = Normalised(_fold(text, table), tuple(offsets))
    else:  # a character folded to several (rare): map each output character back
        pieces = [table.get(ch, ch) for ch in text]
        offsets = [i for i, p in enumerate(pieces) for _ in range(len(p))]
        offsets.append(len(text))
        norm = Normalised("".join(pieces), tuple(offsets))
    return join_wrapped_lines(norm) if join_lines else norm


_TERMINAL = tuple("。;；:：!！?？”\"")
_STARTS_NEW = re.compile(r"^(?:\d{1,3}(?:[.、]|$)|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|"
                         r"牵头单位|责任单位|配合单位|附件|附表)")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部章节])")


_OPENING = tuple("“‘(《〈[【")
_CLOSING = tuple("”’)》〉]】,、。;:%")


@lru_cache(maxsize=1)
def _unit_line() -> re.Pattern:
    """A line naming a responsible unit (市发展改革委, 市政府办公室): the registry's suffixes."""
    from .registry import words

    suffixes = sorted(words("org_suffix")["word"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, suffixes)) + r")(?:\([^)]{1,12}\))?$")


def _is_wrapped(prev: str, nxt: str) -> bool:
    """True when a line break between ``prev`` and ``nxt`` splits a sentence (page layout, or
    a web page that puts each linked word on a line of its own)."""
    prev, nxt = prev.strip(), nxt.strip()
    if "\t" in prev or "\t" in nxt:
        return False  # a table row (cells joined by tabs, as the readers write them) is whole
    if not prev or prev.endswith(_TERMINAL) or _HEADING.match(prev) or _STARTS_NEW.match(nxt):
        return False
    if prev.endswith(_OPENING) or nxt.startswith(_CLOSING):
        return True  # “\n十三五\n”: a line never ends inside a quote, nor starts with ”
    if len(prev) >= 25:
        return True
    # 党的十八届六中全会\n正式明确\n习近平\n总书记的…: short fragments inside a paragraph,
    # but not lists of responsible units (市发展改革委\n市财政局)
    return len(prev) < 12 and not _unit_line().search(prev) and not _unit_line().search(nxt) \
        and not re.search(r"\d$", prev) and not re.fullmatch(r"[\d.、]+", nxt)


def join_wrapped_lines(norm: Normalised) -> Normalised:
    """Remove line breaks (and blank lines) that split a sentence mid-word, e.g.
    ``…政府,徐\\n\\n州经开区`` → ``…政府,徐州经开区``, keeping the offset map exact."""
    text = norm.text
    drop: list[tuple[int, int]] = []
    for m in re.finditer(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*", text):
        a, b = m.span()
        prev_start = text.rfind("\n", 0, a) + 1
        nxt_end = text.find("\n", b)
        prev, nxt = text[prev_start:a], text[b: nxt_end if nxt_end >= 0 else len(text)]
        if nxt and _is_wrapped(prev, nxt):
            drop.append((a, b))
    if not drop:
        return norm
    keep, prev_end = [], 0
    for a, b in drop:  # the spans are in order and disjoint: copy what lies between them
        keep.append((prev_end, a))
        prev_end = b
    keep.append((prev_end, len(text)))
    chars = "".join(text[a:b] for a, b in keep)
    offsets = list(itertools.chain.from_iterable(norm.offsets[a:b] for a, b in keep))
    offsets.append(norm.offsets[-1])
    return Normalised(chars, tuple(offsets))
