"""Build memory: how the peak of a whole build (every document parsed, rows gathered, the
cross-document step run) grows with the corpus.

Streaming extraction holds one document at a time (``benchmarks.scaling``), but the
cross-document step needs every table at hand, so a build's memory does grow with the corpus.
This measures by how much: the seeds and the shared corpus, catalogued and copied 1×, 2× and 4×
(copy ``i`` of a document gets ``doc_id`` and ``region`` suffixed ``-i``), each built with
``extract_catalog`` under ``tracemalloc``; the slope is the peak per MB of text.
"""

from __future__ import annotations

import csv
import tempfile
import tracemalloc
from pathlib import Path

from .common import corpus_files, document_meta, record

COPIES = (1, 2, 4)
FIELDS = ["doc_id", "path", "source_file", "region", "region_level", "province", "admin_code",
          "year", "doc_type", "title", "publisher", "published", "url"]


def catalog_rows() -> list[dict]:
    """A catalog row for every file of the seeds and the corpus, fields detected from the text."""
    from govdata.read import read

    rows = []
    for n, f in enumerate(corpus_files()):
        meta = document_meta(f, read(f).text)
        rows.append({"doc_id": f"doc{n}", "path": str(f), "source_file": f.name,
                     "region": meta["region"], "region_level": "prefecture", "province": "",
                     "admin_code": meta.get("admin_code", ""), "year": meta["year"],
                     "doc_type": meta["doc_type"], "title": "", "publisher": "", "published": "",
                     "url": ""})
    return rows


def write_catalog(rows: list[dict], copies: int, path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        for i in range(copies):
            for r in rows:
                w.writerow(r | {"doc_id": f"{r['doc_id']}-{i}", "region": f"{r['region']}{i}"})
    return path


def peak_mb(catalog: Path) -> float:
    """Peak traced memory (MB) of building every table of ``catalog`` in this process."""
    from govdata.build import extract_catalog
    from govdata.catalog import load_catalog

    cat = load_catalog(catalog)
    tracemalloc.start()
    try:
        extract_catalog(cat)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main() -> None:
    from govdata.build import extract_catalog
    from govdata.catalog import load_catalog

    rows = catalog_rows()
    text_mb = sum(Path(r["path"]).stat().st_size for r in rows) / 1e6
    with tempfile.TemporaryDirectory(prefix="govdata-memory-") as tmp:
        extract_catalog(load_catalog(write_catalog(rows[:3], 1, Path(tmp) / "warm.csv")))
        peaks = {k: peak_mb(write_catalog(rows, k, Path(tmp) / f"x{k}.csv")) for k in COPIES}
    slope = (peaks[COPIES[-1]] - peaks[COPIES[0]]) / ((COPIES[-1] - COPIES[0]) * text_mb)
    print(f"build memory ({len(rows)} documents, {text_mb:.2f} MB of text per copy; "
          "tracemalloc peak of extract_catalog)")
    for k in COPIES:
        print(f"  {k}×  {k * text_mb:6.2f} MB of text  peak {peaks[k]:6.1f} MB")
    print(f"the peak grows by {slope:.1f} MB per MB of text (the tables the cross-document step "
          "needs at hand)")
    record("build_memory", [(f"peak_mb_{k}x", round(peaks[k], 1)) for k in COPIES]
           + [("peak_mb_per_text_mb", round(slope, 2))])


if __name__ == "__main__":
    main()
