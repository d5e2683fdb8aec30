"""Where things live. Paths come from the package location, never the working directory.

Set ``GOVDATA_DATA_DIR`` to use another data folder (tests do, so they never write into
the real ``data/processed/``) and ``GOVDATA_FIGURES_DIR`` for another figures folder.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = Path(__file__).resolve().parent
REGISTRY_DIR = PACKAGE_DIR / "registry"


def data_dir() -> Path:
    """The data folder (``data/`` unless ``GOVDATA_DATA_DIR`` says otherwise)."""
    return Path(os.environ.get("GOVDATA_DATA_DIR", PROJ_ROOT / "data"))


def raw_dir() -> Path:
    """Folder of raw documents and their ``catalog.csv``."""
    return data_dir() / "raw"


def processed_dir() -> Path:
    """Folder of the tidy tables written by ``govdata build``."""
    return data_dir() / "processed"


def reference_dir() -> Path:
    """Folder of user-supplied and derived reference tables."""
    return data_dir() / "reference"


def catalog_path() -> Path:
    """The catalog describing every raw document."""
    return raw_dir() / "catalog.csv"


def figures_dir() -> Path:
    """Folder the figures are exported to."""
    return Path(os.environ.get("GOVDATA_FIGURES_DIR", PROJ_ROOT / "figures"))


def national_reference_path() -> Path:
    """The national targets/outcomes table: the data folder's own copy if it has one, else the
    one shipped with the project (built from the State Council reports by `govdata national`)."""
    own = reference_dir() / "national_targets_outcomes.csv"
    return own if own.exists() else PROJ_ROOT / "data" / "reference" / "national_targets_outcomes.csv"
