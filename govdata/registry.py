"""Access to the analyst-editable CSV registries shipped inside the package."""

from __future__ import annotations

from functools import cache

import pandas as pd

from .paths import REGISTRY_DIR


@cache
def _load(name: str) -> pd.DataFrame:
    return pd.read_csv(REGISTRY_DIR / f"{name}.csv", dtype=str, keep_default_na=False)


def indicators() -> pd.DataFrame:
    """The indicator registry: ``id, name_zh, name_en, aliases, direction, default_unit, area``."""
    return _load("indicators").copy()


def units() -> pd.DataFrame:
    """Units: ``unit, kind, base, factor`` (factor converts the unit into ``base``)."""
    df = _load("units").copy()
    df["factor"] = df["factor"].astype(float)
    return df


def words(role: str | None = None) -> pd.DataFrame:
    """Qualifier and verb words: ``word, role, value``; optionally only one role."""
    df = _load("words")
    return (df[df["role"] == role] if role else df).copy()


def rules() -> pd.DataFrame:
    """The attainment rules table (qualifier × direction → comparison rule)."""
    return _load("rules").copy()


def registry_fingerprint() -> str:
    """A hash of every registry file, so caches notice when the rules change."""
    import hashlib

    h = hashlib.sha256()
    for p in sorted(REGISTRY_DIR.glob("*.csv")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]
