"""Shared fixtures: real documents from data/raw, and a build in a temporary data folder so
tests never write into the real data/processed/ or figures/."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from govdata.catalog import load_catalog
from govdata.paths import PROJ_ROOT
from govdata.pipeline import extract_document
from govdata.read import read

RAW = PROJ_ROOT / "data" / "raw"
SHARED = PROJ_ROOT.parent / "shared"


def extract_catalogued(doc_id: str):
    cat = load_catalog(RAW / "catalog.csv")
    meta = cat[cat["doc_id"] == doc_id].iloc[0].to_dict()
    doc = read(meta["abs_path"])
    return doc.text, extract_document(doc.text, meta)


@pytest.fixture(scope="session")
def suzhou():
    return extract_catalogued("suzhou-ah-2023-completion")


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build every table from a copy of data/raw into a temporary data folder."""
    import os

    from govdata.build import build

    data = tmp_path_factory.mktemp("data")
    shutil.copytree(RAW, data / "raw")
    old = os.environ.get("GOVDATA_DATA_DIR"), os.environ.get("GOVDATA_FIGURES_DIR")
    os.environ["GOVDATA_DATA_DIR"] = str(data)
    os.environ["GOVDATA_FIGURES_DIR"] = str(tmp_path_factory.mktemp("figures"))
    build()
    yield data
    for key, val in zip(("GOVDATA_DATA_DIR", "GOVDATA_FIGURES_DIR"), old):
        if val is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = val


def one(df: pd.DataFrame, **eq) -> pd.Series:
    """The single row matching every ``column=value``; fails loudly otherwise."""
    mask = pd.Series(True, index=df.index)
    for k, v in eq.items():
        mask &= df[k] == v
    hits = df[mask]
    assert len(hits) == 1, f"expected one row for {eq}, got {len(hits)}:\n{hits}"
    return hits.iloc[0]
