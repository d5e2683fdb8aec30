"""What every benchmark shares: the corpus it runs on, and the results file it appends to.

``benchmarks/results.csv`` has one row per figure: ``date, commit, cores, python, benchmark,
metric, value``, so figures can be compared across commits and machines.
"""

from __future__ import annotations

import csv
import datetime
import os
import platform
import subprocess
from pathlib import Path

from govdata.paths import PROJ_ROOT

SHARED = PROJ_ROOT.parent / "shared"
CORPUS_PARTS = ("corpus/national", "corpus/hailar")  # skipped when absent
RESULTS = PROJ_ROOT / "benchmarks" / "results.csv"
HEADER = ["date", "commit", "cores", "python", "benchmark", "metric", "value"]


def corpus_files() -> list[Path]:
    """The seeds in ``data/raw`` and the shared corpus parts present on this machine."""
    files = sorted((PROJ_ROOT / "data" / "raw").glob("*.txt"))
    for sub in CORPUS_PARTS:
        files += sorted((SHARED / sub).glob("*.txt"))
    return files


def document_meta(path: Path, text: str) -> dict:
    """Catalog fields for a corpus file, detected from its text (the file name gives a national
    report's year); a region the detector does not know gets a placeholder: any label will do
    for timing."""
    from govdata.detect import detect_meta

    year = int(path.stem) if path.stem.isdigit() else None
    try:
        return detect_meta(text, path, year=year)
    except Exception:  # noqa: BLE001 - unknown region (海拉尔区 is a district)
        return detect_meta(text, path, region="呼伦贝尔市", doc_type="work_report", year=year)


def commit() -> str:
    """The short hash of the checked-out commit, ``-dirty`` when the tree has uncommitted
    changes ('' outside a git checkout)."""
    return subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=7"],
                          capture_output=True, check=False, text=True,
                          cwd=PROJ_ROOT).stdout.strip()


def record(benchmark: str, metrics: list[tuple[str, float]]) -> None:
    """Append one row per ``(metric, value)`` to ``benchmarks/results.csv``."""
    new = not RESULTS.exists()
    stamp = datetime.date.today().isoformat()
    head = [stamp, commit(), os.cpu_count(), platform.python_version(), benchmark]
    with RESULTS.open("a", newline="") as fh:
        w = csv.writer(fh)
        if new:
            w.writerow(HEADER)
        for metric, value in metrics:
            w.writerow([*head, metric, value])
