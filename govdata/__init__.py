"""govdata: Chinese government planning documents → tidy tables of targets and outcomes.

The pipeline is visible in the module names: read → normalise → segment → extract → link →
attain → tables → figures. Notebooks use only the functions below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported by the functions that need it: `govdata --help` stays quick
    import pandas as pd

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"


def load(name: str) -> pd.DataFrame:
    """Load one built tidy table (``documents``, ``targets``, ``outcomes``, ``attainment``,
    ``conflicts``, ``panel``, ``progress``, ``accountability``, ``coverage``, ``numbers``) from
    ``data/processed/``."""
    from .tables import read_table

    return read_table(name)


def attainment(region: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Attainment rows, optionally for one region and year, with policy area and names."""
    from .link import area, name_en

    df = load("attainment")
    if region:
        df = df[df["region"] == region]
    if year:
        df = df[df["year"] == int(year)]
    df = df.copy()
    df["area"] = [area(i) for i in df["indicator"]]
    df["indicator_en"] = [name_en(i) for i in df["indicator"]]
    return df.reset_index(drop=True)


def panel(level: str | None = None, indicator: str | None = None) -> pd.DataFrame:
    """The region × year × indicator panel (targets, outcomes, gaps, verdicts, national targets
    beside local ones), optionally for one level (``national``, ``prefecture``…) or indicator."""
    df = load("panel")
    if level:
        df = df[df["level"] == level]
    if indicator:
        df = df[df["indicator"] == indicator]
    return df.reset_index(drop=True)


def progress(region: str | None = None) -> pd.DataFrame:
    """Five-year-plan targets with the growth still required and an on-track flag."""
    df = load("progress")
    return (df[df["region"] == region] if region else df).reset_index(drop=True)


def accountability(by: str = "lead_unit", region: str | None = None) -> pd.DataFrame:
    """Targets and verdicts per lead unit (``by="lead_unit"``) or per leader (``"leader"``)."""
    df = load("accountability")
    df = df[df["by"] == by]
    return (df[df["region"] == region] if region else df).reset_index(drop=True)


def conflicts() -> pd.DataFrame:
    """Targets that two documents state differently (empty when they all agree)."""
    return load("conflicts")


def owned_targets() -> pd.DataFrame:
    """Every target (one per target stated in several documents) with its lead unit, leader
    and verdict (``no_outcome`` when none was reached)."""
    from .attain import consolidate
    from .owners import owned_targets as _owned

    merged, _ = consolidate(load("targets"), load("documents"))
    return _owned(merged, load("attainment"))


def check_parameters(**params) -> None:
    """Validate notebook parameters against the built data; raise a one-line error naming the
    parameter and the values it may take (papermill passes them unchecked)."""
    from .errors import GovdataError
    from .tables import MEASURES

    docs = load("documents")
    allowed = {"region": sorted(docs["region"].unique()), "year": sorted(docs["year"].unique()),
               "measure": MEASURES, "lang": ["zh", "en"]}
    for name, value in params.items():
        if value is None:
            continue
        values = value if isinstance(value, (tuple, list)) else [value]
        if name in ("year",):
            if not all(isinstance(v, int) for v in values):
                raise GovdataError(f"parameter {name}={value!r}: give a whole year, e.g. 2023")
            ok = [v for v in allowed["year"]] + [v + 1 for v in allowed["year"]]
            bad = [v for v in values if v not in ok]
        elif name in allowed:
            bad = [v for v in values if v not in allowed[name]]
        elif name == "indicator":
            bad = [v for v in values if v not in set(load("panel")["indicator"])]
        elif name in ("bandwidth",):
            bad = [v for v in values if not isinstance(v, (int, float)) or v <= 0]
        elif name in ("show_unexplained",):
            bad = [v for v in values if not isinstance(v, int) or v < 0]
        else:
            bad = []
        if bad:
            choices = allowed.get(name, "a positive number" if name == "bandwidth" else "")
            raise GovdataError(f"parameter {name}={value!r} is not valid here; use one of "
                               f"{choices}" if choices else f"parameter {name}={value!r} is not valid")


def sources(doc_ids) -> list[str]:
    """Titles of the given documents, for a figure's source line."""
    docs = load("documents").set_index("doc_id")
    return [docs.loc[d, "title"] for d in dict.fromkeys(doc_ids) if d in docs.index and d]


def region_slug(region: str) -> str:
    """ASCII name for file names: the region part of its catalog ``doc_id`` (宿州市 → suzhou-ah)."""
    import re

    docs = load("documents")
    ids = docs.loc[docs["region"] == region, "doc_id"].tolist()
    for doc_id in ids:
        m = re.match(r"^(.*?)-\d{4}", doc_id)
        if m:
            return m.group(1)
    code = docs.loc[docs["region"] == region, "admin_code"]
    return code.iloc[0] if len(code) else "region"
