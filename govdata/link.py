"""link: indicator text as written → canonical indicator (registry id, Chinese and English name).

Only an exact alias match (after scope words like 全市/全年 are removed) links to a registry id,
so 区本级固定资产投资 is *not* silently treated as 固定资产投资. Anything else keeps an id
built from its own text (``zh:<key>``) so it can still be paired within a document.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .extract import PAIR, Statement, clean_subject, indicator_key
from .registry import indicators


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for row in indicators().itertuples():
        for alias in [row.name_zh, *row.aliases.split("|")]:
            idx.setdefault(_norm(alias), row.id)
    return idx


def _norm(s: str) -> str:
    return _NORM_DROP.sub("", s).upper()


_NORM_DROP = re.compile(r"[\s“”\"'()]")
_SIZE_SUFFIX = re.compile(r"(?:增速|增长率|增幅|增长|总量|规模)$")


@lru_cache(maxsize=4096)
def link(indicator_text: str) -> str:
    """Canonical id for an indicator as written (``地区生产总值`` → ``gdp``)."""
    idx = _alias_index()
    subject = clean_subject(indicator_text)
    key = indicator_key(indicator_text)
    for c in (subject, _SIZE_SUFFIX.sub("", subject), key):
        hit = idx.get(_norm(c))
        if hit:
            return hit
    return f"zh:{key}" if key else ""


_RATES = frozenset(("growth_pct", "avg_growth_pct"))


def each_named(st: Statement) -> list[Statement]:
    """A growth rate stated of two indicators joined by 和 (地区生产总值和一般公共预算收入年均增长
    7%), each of them in the registry while the pair is not: one statement per indicator. A
    pair the registry does not know stays whole (批发和零售业增加值, 研究与试验发展经费)."""
    if st.measure not in _RATES:
        return [st]
    m = PAIR.match(st.indicator_text)
    if m is None or not link(st.indicator_text).startswith("zh:"):
        return [st]
    a, b = link(m.group("a")), link(m.group("b"))
    if a.startswith("zh:") or b.startswith("zh:") or a == b:
        return [st]
    return [st._replace(indicator_text=m.group("a")), st._replace(indicator_text=m.group("b"))]


@lru_cache(maxsize=1)
def _names() -> tuple[dict, dict, dict, dict]:
    df = indicators()
    return (dict(zip(df.id, df.name_zh)), dict(zip(df.id, df.name_en)),
            dict(zip(df.id, df.direction)), dict(zip(df.id, df.area)))


def name_zh(indicator: str) -> str:
    """Canonical Chinese name (the key itself for indicators outside the registry)."""
    return _names()[0].get(indicator, indicator.removeprefix("zh:"))


def name_en(indicator: str) -> str:
    """English name from the registry; empty for indicators outside it."""
    return _names()[1].get(indicator, "")


def direction(indicator: str) -> str:
    """``higher`` (more is better), ``lower`` or ``ceiling`` (the target is a cap)."""
    return _names()[2].get(indicator, "higher")


def area(indicator: str) -> str:
    """Policy area used to group indicators in tables and charts."""
    return _names()[3].get(indicator, "其他")


def link_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``indicator`` and ``indicator_zh`` columns from ``indicator_text``."""
    out = df.copy()
    out["indicator"] = [link(t) for t in out["indicator_text"]]
    out["indicator_zh"] = [name_zh(i) for i in out["indicator"]]
    return out
