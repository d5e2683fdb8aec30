"""diff: what changed in the tidy tables since the previous build.

Each time ``govdata build`` replaces the tables in ``data/processed/`` it first keeps the
Parquet files it is about to replace in ``data/processed/.previous/`` (one snapshot, the build
before). :func:`diff_builds` compares the two table by table on each table's natural key, so a
row whose key is in both builds but whose other columns differ is *changed*, not removed and
added. ``govdata diff`` prints the summary, and with ``--table`` the rows.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from .errors import GovdataError
from .paths import processed_dir

SNAPSHOT = ".previous"

# Natural key of each table. A table that is not listed (a new one) is keyed by
# doc_id + char_start when it has them, else by all its columns (changes then show as a
# removed and an added row). Keys that repeat are told apart by their order of appearance.
KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "targets": ["doc_id", "char_start", "indicator", "measure", "year"],
    "outcomes": ["doc_id", "char_start", "indicator", "measure", "year"],
    "attainment": ["target_doc_id", "target_char_start", "indicator", "measure", "year"],
    "coverage": ["doc_id"],
    "numbers": ["doc_id", "char_start"],
}
SUMMARY_COLUMNS = ["table", "before", "after", "added", "removed", "changed", "unchanged", "note"]


def snapshot_dir(out_dir: str | Path | None = None) -> Path:
    """Folder holding the previous build's tables (``data/processed/.previous``)."""
    return Path(out_dir or processed_dir()) / SNAPSHOT


def snapshot_previous(out_dir: str | Path | None = None) -> Path | None:
    """Keep the Parquet tables now in ``out_dir`` as the previous build's snapshot, replacing the
    older snapshot; None when ``out_dir`` holds no tables yet (the old snapshot is kept)."""
    out_dir = Path(out_dir or processed_dir())
    current = sorted(out_dir.glob("*.parquet")) if out_dir.is_dir() else []
    if not current:
        return None
    tmp = _fresh_dir(out_dir, ".previous-new")
    for f in current:
        shutil.copy2(f, tmp / f.name)
    target = snapshot_dir(out_dir)
    old = None
    if target.exists():
        old = _fresh_dir(out_dir, ".previous-old")
        os.replace(target, old / SNAPSHOT)
    os.replace(tmp, target)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    return target


def _fresh_dir(parent: Path, prefix: str) -> Path:
    """A new, empty folder in ``parent`` with the usual permissions (unlike ``mkdtemp``)."""
    for n in range(1000):
        path = parent / f"{prefix}-{os.getpid()}-{n}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise GovdataError(f"{parent}: cannot create a temporary folder; remove old {prefix}-* folders")


def load_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every ``*.parquet`` table in ``folder``, by name."""
    return {f.stem: pd.read_parquet(f) for f in sorted(Path(folder).glob("*.parquet"))}


def table_key(name: str, columns) -> list[str]:
    """The natural key used to match rows of table ``name``."""
    columns = list(columns)
    key = KEYS.get(name) or [c for c in ("doc_id", "char_start") if c in columns] or columns
    return [c for c in key if c in columns]


def _keyed(df: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    out = df.reset_index(drop=True).copy()
    out["_seq"] = out.groupby(key, dropna=False, sort=False).cumcount() if key else 0
    return out.set_index([*key, "_seq"])


def _same(a: pd.Series, b: pd.Series) -> pd.Series:
    both_na = a.isna() & b.isna()
    try:
        eq = (a == b).fillna(False).astype(bool)
    except (TypeError, ValueError):
        eq = a.astype(str) == b.astype(str)
    return eq | both_na


def _show(v) -> str:
    return "∅" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def diff_table(name: str, old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Rows added, removed or changed between two versions of one table.

    Returns:
        The rows that differ: a ``change`` column (``added``, ``removed``, ``changed``), a
        ``changes`` column (``column: before → after; …`` for changed rows), then the table's
        columns (the new values; the old ones for removed rows).
    """
    common = [c for c in new.columns if c in old.columns]
    key = table_key(name, common)
    a, b = _keyed(old[common], key), _keyed(new[common], key)
    removed = a.loc[a.index.difference(b.index, sort=False)]
    added = b.loc[b.index.difference(a.index, sort=False)]
    both = a.index.intersection(b.index, sort=False)
    a_both, b_both = a.loc[both], b.loc[both]
    rest = [c for c in common if c not in key]
    differs = {c: ~_same(a_both[c], b_both[c]) for c in rest}
    mask = pd.Series(False, index=both)
    for d in differs.values():
        mask |= d
    changed = b_both[mask].copy()
    changed.insert(0, "changes", [
        "; ".join(f"{c}: {_show(a_both.at[i, c])} → {_show(b_both.at[i, c])}"
                  for c in rest if differs[c].at[i])
        for i in changed.index])
    parts = [added.assign(change="added", changes=""), removed.assign(change="removed", changes=""),
             changed.assign(change="changed")]
    parts = [p for p in parts if not p.empty]
    columns = ["change", "changes", *common]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts).reset_index()
    return out[columns].reset_index(drop=True)


def diff_tables(old: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame]
                ) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Compare two builds table by table.

    Returns:
        ``(summary, rows)``: one summary row per table (``table, before, after, added, removed,
        changed, unchanged, note``) and, per table, the rows of :func:`diff_table`.
    """
    summary, rows = [], {}
    for name in list(dict.fromkeys([*new, *old])):
        notes = []
        if name not in old:
            notes.append("new table")
        if name not in new:
            notes.append("table no longer built")
        o = old.get(name, pd.DataFrame(columns=list(new.get(name, pd.DataFrame()).columns)))
        n = new.get(name, pd.DataFrame(columns=list(o.columns)))
        gone = [c for c in o.columns if c not in n.columns]
        came = [c for c in n.columns if c not in o.columns]
        if gone:
            notes.append("columns removed: " + ", ".join(gone))
        if came:
            notes.append("columns added: " + ", ".join(came))
        d = diff_table(name, o, n)
        rows[name] = d
        counts = d["change"].value_counts()
        added, changed = int(counts.get("added", 0)), int(counts.get("changed", 0))
        summary.append({"table": name, "before": len(o), "after": len(n), "added": added,
                        "removed": int(counts.get("removed", 0)), "changed": changed,
                        "unchanged": len(n) - added - changed, "note": "; ".join(notes)})
    return pd.DataFrame(summary, columns=SUMMARY_COLUMNS), rows


def diff_builds(out_dir: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Compare the current build in ``out_dir`` (default ``data/processed/``) with the previous
    one kept in its ``.previous/`` snapshot; see :func:`diff_tables`.

    Raises:
        GovdataError: no current build, or no previous build to compare with.
    """
    out_dir = Path(out_dir or processed_dir())
    new = load_tables(out_dir)
    if not new:
        raise GovdataError(f"{out_dir}: not built yet; run `govdata build` (or `make all`) first")
    snap = snapshot_dir(out_dir)
    old = load_tables(snap) if snap.is_dir() else {}
    if not old:
        raise GovdataError(f"{snap}: no previous build to compare with; it is kept from the "
                           "second `govdata build` on — rebuild, then run `govdata diff`")
    return diff_tables(old, new)
