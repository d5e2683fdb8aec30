"""Numbers and units: Arabic and Chinese numerals, ranges, units from the registry.

Chinese numerals go through ``cn2an`` (a maintained converter); it is wrapped so that an
input it cannot convert raises :class:`~govdata.errors.NumberError` instead of returning
something wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .errors import NumberError
from .registry import units

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# a year written digit by digit in numerals (二〇二三, with a circle ○ for zero too) → 2023
CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_CN_NUMERAL = re.compile(f"^[{CN_DIGITS}点]+$")


@lru_cache(maxsize=4096)  # pure; documents repeat the same numerals (两千, 三年)
def cn_to_number(text: str) -> float:
    """Convert a Chinese numeral (两千, 二〇二五, 三分之二, 百分之五, 一点五) to a number.

    Raises:
        NumberError: the text is not a Chinese numeral cn2an can convert.
    """
    import cn2an

    s = text.strip()
    if not s:
        raise NumberError("empty numeral")
    if "分之" in s:
        denom, _, numer = s.partition("分之")
        denom = denom or "一"
        if denom == "百":
            return cn_to_number(numer)  # 百分之五 → 5 (percent)
        d, n = cn_to_number(denom), cn_to_number(numer)
        if d == 0:
            raise NumberError(f"zero denominator in {text!r}")
        return n / d
    if not _CN_NUMERAL.match(s):
        raise NumberError(f"not a Chinese numeral: {text!r}")
    if set(s) <= set("零〇一二两三四五六七八九") and len(s) > 1:
        # digit-by-digit form (二〇二五): cn2an handles it, but verify the length
        value = cn2an.cn2an(s.replace("两", "二"), "smart")
        if len(str(int(value))) != len(s.lstrip("零〇")) and s[0] not in "零〇":
            raise NumberError(f"cn2an misread {text!r} as {value}")
        return float(value)
    try:
        return float(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError, IndexError) as exc:
        raise NumberError(f"cannot convert Chinese numeral {text!r}: {exc}") from None


def parse_number(token: str) -> float:
    """Parse an Arabic (``1,208.5``) or Chinese numeral token into a float."""
    t = token.replace(",", "").strip()
    if _ARABIC.match(t):
        return float(t)
    return cn_to_number(t)  # 'nan', 'inf', '1e5' are not numbers a document writes: refused


_ARABIC = re.compile(r"^\d+(?:\.\d+)?$")  # any decimal digits, as float() reads them


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, str, float]]:
    """``unit → (kind, base, factor)`` from the registry."""
    df = units()
    return {r.unit: (r.kind, r.base, r.factor) for r in df.itertuples()}


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """Regex alternation of every known unit, longest first. Years (年) are left out: every
    date ends in 年 too, so a figure counted in years is told apart where it is read
    (:func:`govdata.extract.find_quantities`)."""
    names = sorted((u for u, info in unit_table().items() if info[0] != "years"),
                   key=len, reverse=True)
    return "|".join(re.escape(n) + _UNIT_GUARDS.get(n, "") for n in names)


# units that are also the first character of common words: 万担 of tobacco, not 5000万担保
_UNIT_GUARDS = {"担": "(?![保当任负心纲])"}


_PREFIX = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3, "百": 1e2}


@cache  # pure: the registry is read once; a document has a few dozen units
def _lookup(unit: str) -> tuple[str, str, float] | None:
    """Unit info, also for units written with a 万/亿 prefix the table lacks (万件, 亿户)."""
    info = unit_table().get(unit)
    if info is not None:
        return info
    for prefix in sorted(_PREFIX, key=len, reverse=True):
        if unit.startswith(prefix) and unit[len(prefix):] in unit_table():
            kind, base, factor = unit_table()[unit[len(prefix):]]
            return kind, base, factor * _PREFIX[prefix]
    return None


def to_base(value: float, unit: str) -> tuple[float, str] | None:
    """Convert ``value unit`` to the unit's base (1万亿元 → 10000 亿元); None if unknown."""
    info = _lookup(unit)
    if info is None:
        return None
    _kind, base, factor = info
    return value * factor, base


def unit_kind(unit: str) -> str:
    """The kind of a unit (``rate``, ``currency``, ``count``…), or empty when unknown."""
    info = _lookup(unit)
    return info[0] if info else ""


COUNT_KINDS = frozenset({"count", "enterprises", "people", "households", "persons"})


@dataclass(frozen=True)
class Quantity:
    """A number found in normalised text, with its unit and span."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    approx: str = ""  # 余/多 → "at_least"
