"""The national reference table: committed (derived numbers only) and rebuilt from the corpus."""

import pandas as pd
import pytest

from govdata.paths import PROJ_ROOT

from .conftest import one

COMMITTED = PROJ_ROOT / "data" / "reference" / "national_targets_outcomes.csv"
CORPUS = PROJ_ROOT.parent / "shared" / "corpus" / "national"


def check(df):
    gdp23 = one(df, year=2023, indicator="gdp", measure="growth_pct")
    assert (gdp23.target_value, gdp23.qualifier, gdp23.outcome_value) == (5.0, "about", 5.2)
    r16 = one(df, year=2016, indicator="gdp", measure="growth_pct")
    assert (r16.target_value, r16.target_high, r16.qualifier) == (6.5, 7.0, "range")
    cpi = one(df, year=2024, indicator="cpi", measure="growth_pct")
    assert (cpi.target_value, cpi.qualifier) == (3.0, "about")
    assert "text" not in df.columns
    assert df["indicator"].notna().all() and not df["indicator"].str.startswith("zh:").any(), \
        "only registry indicators: none unnamed, none named after their own text"


def test_committed_table_has_real_values():
    check(pd.read_csv(COMMITTED))


def test_rebuilt_from_corpus_matches_committed():
    if not CORPUS.exists():
        pytest.skip("../shared/corpus/national is not present on this machine")
    from govdata.national import national_reference

    fresh = national_reference(CORPUS)
    check(fresh)
    committed = pd.read_csv(COMMITTED)
    assert len(fresh) == len(committed)
