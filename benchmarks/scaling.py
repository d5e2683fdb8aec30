"""Scaling: time and peak memory of read → extract over a corpus replicated 1×, 10× and 100×.

The real documents (the seeds in ``data/raw`` and the shared corpus parts present, 1.9 MB) are
copied k times into a temporary folder (190 MB at 100×). Each size runs in a fresh subprocess
that streams the copies one at a time through ``govdata.read.read`` and
``pipeline.extract_document``, keeping only counters; its peak resident memory is read by the
parent from ``os.wait4`` (the kernel's ``ru_maxrss`` for that one child). One more child runs
only the largest document, once: the memory any build needs; another the whole 1× corpus joined
into one document, to show what memory a large document costs. Linear growth means 100× the
data within 110× the time; bounded memory means the peak at the largest size stays within 10%
of the largest document's.

A further row times the same stream at 10× through ``govdata build --jobs``' process pool
(:func:`govdata.build.parse_all`) with one process per core: the documents per minute one machine
manages.

Last, the step after extraction: :func:`govdata.build.assemble` (attainment, panel, progress,
accountability, coverage) over the catalogued seeds replicated 1×, 4× and 10×, each copy as a
region of its own — the cross-document work a build does on top of extracting.

Sizes: ``python -m benchmarks.scaling --sizes 1,10,100`` (the default; about 2 minutes on
2 cores) or ``GOVDATA_BENCH_SIZES=1,10`` for a quicker ``make bench``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govdata.paths import PROJ_ROOT

from .common import corpus_files, document_meta, record

DEFAULT_SIZES = (1, 10, 100)
ASSEMBLE_SIZES = (1, 4, 10)
JOBS_SIZE = 10
LINEAR = 1.10  # time may grow at most 10% faster than the data
BOUNDED = 1.10  # peak memory may be at most 10% above the largest document's


def generate(folder: Path, copies: int) -> tuple[Path, dict, dict]:
    """Write ``copies`` copies of every corpus document into ``folder`` and a manifest (one JSON
    line per copy: path, copy number, catalog fields), copy by copy, plus ``joined.txt``, the
    whole corpus as one document. Return the manifest, the first copy of the largest document
    and the joined one (each as ``{"path", "meta"}``)."""
    from govdata.read import read

    sources = []
    for f in corpus_files():
        meta = document_meta(f, read(f).text)
        sources.append((f, {key: meta[key] for key in ("region", "admin_code", "year",
                                                       "doc_type")}))
    manifest = folder / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for k in range(copies):
            part = folder / f"{k:03d}"
            part.mkdir()
            for n, (f, meta) in enumerate(sources):
                dest = part / f"{n:02d}-{f.name}"
                dest.write_bytes(f.read_bytes())
                line = {"path": str(dest), "copy": k,
                        "meta": meta | {"doc_id": f"{k:03d}-{n:02d}-{f.stem}"}}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    n, (f, meta) = max(enumerate(sources), key=lambda item: item[1][0].stat().st_size)
    largest = {"path": str(folder / "000" / f"{n:02d}-{f.name}"), "meta": meta | {"doc_id": "x"},
               "name": f.name}
    joined = folder / "joined.txt"
    joined.write_text("\n".join(read(f).text for f, _ in sources), encoding="utf-8")
    whole = {"path": str(joined), "name": "the 1× corpus as one document",
             "meta": {"doc_id": "joined", "region": "全国", "admin_code": "100000",
                      "year": 2024, "doc_type": "work_report"}}
    return manifest, largest, whole


def tasks(manifest: Path, copies: int):
    """``(path, meta)`` for each document of the first ``copies`` copies, read lazily."""
    with manifest.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["copy"] >= copies:
                break
            yield item["path"], item["meta"]


def _warm_up() -> None:
    """Compile the patterns and load the registries, as any long build has done."""
    from govdata.pipeline import extract_document

    extract_document("全年地区生产总值增长5%左右。", {"doc_id": "warm", "region": "", "admin_code": "",
                                             "year": 2024, "doc_type": "work_report"})


def stream(items) -> dict:
    """Read and extract each ``(path, meta)``, one at a time, keeping only counts; return them
    and the seconds it took (after a warm-up)."""
    from govdata.pipeline import extract_document
    from govdata.read import read

    _warm_up()
    docs = rows = size = 0
    t0 = time.perf_counter()
    for path, meta in items:
        ext = extract_document(read(path).text, meta)
        docs += 1
        size += Path(path).stat().st_size
        rows += len(ext.target_rows) + len(ext.outcome_rows)
    return {"seconds": time.perf_counter() - t0, "docs": docs, "bytes": size, "rows": rows}


def stream_parallel(manifest: Path, copies: int, jobs: int) -> dict:
    """:func:`stream` through the build's process pool (``govdata build --jobs``)."""
    from govdata.build import parse_all

    todo = list(tasks(manifest, copies))
    docs = rows = 0
    t0 = time.perf_counter()
    for res in parse_all(todo, jobs):
        docs += 1
        rows += len(res.extraction.target_rows) + len(res.extraction.outcome_rows)
    size = sum(Path(p).stat().st_size for p, _ in todo)
    return {"seconds": time.perf_counter() - t0, "docs": docs, "bytes": size, "rows": rows}


def assemble_times(sizes=ASSEMBLE_SIZES) -> list[dict]:
    """Seconds :func:`govdata.build.assemble` takes over the catalogued seeds replicated
    ``k`` times (copy ``i`` of a document gets ``doc_id`` and ``region`` suffixed ``-i``)."""
    import pandas as pd

    from govdata.build import assemble, parse_all, parsed_row
    from govdata.cache import extraction_meta
    from govdata.catalog import load_catalog
    from govdata.pipeline import EXTRACTION_TABLES, Extraction

    records = load_catalog(PROJ_ROOT / "data" / "raw" / "catalog.csv").to_dict("records")
    parsed = list(parse_all([(m["abs_path"], extraction_meta(m)) for m in records]))

    def copies(k: int) -> tuple[pd.DataFrame, list[Extraction]]:
        docs, parts = [], []
        for i in range(k):
            for meta, p in zip(records, parsed):
                new = {"doc_id": f"{meta['doc_id']}-{i}", "region": f"{meta['region']}-{i}"}
                docs.append(parsed_row(meta | new, p))
                ext = p.extraction
                parts.append(Extraction(*(_renamed(ext.rows(name), columns, new)
                                          for name, columns in EXTRACTION_TABLES.items())))
        return pd.DataFrame(docs), parts

    assemble(*copies(1))  # warm up: registries, rules, lazy imports
    out = []
    for k in sizes:
        docs, parts = copies(k)
        t0 = time.perf_counter()
        tables = assemble(docs, parts)
        out.append({"size": k, "docs": len(docs), "targets": len(tables["targets"]),
                    "seconds": time.perf_counter() - t0})
    return out


def _renamed(rows: list[tuple], columns: list[str], new: dict) -> list[tuple]:
    """``rows`` with the fields in ``new`` (doc_id, region) replaced where ``columns`` has them."""
    at = {columns.index(k): v for k, v in new.items() if k in columns}
    return [tuple(at.get(i, v) for i, v in enumerate(r)) for r in rows]


def run_child(**job) -> dict:
    """Run one measurement (:func:`_child`) in a fresh interpreter; its JSON result plus its
    peak RSS in MB (``ru_maxrss`` from ``os.wait4``: that child alone, whatever ran before)."""
    cmd = [sys.executable, "-m", "benchmarks.scaling", "--child", json.dumps(job)]
    proc = subprocess.Popen(cmd, cwd=PROJ_ROOT, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return json.loads(out) | {"peak_rss_mb": usage.ru_maxrss / 1024}  # KiB on Linux


def sizes_wanted(arg: str | None) -> list[int]:
    """The replication factors: ``--sizes``, else ``GOVDATA_BENCH_SIZES``, else 1,10,100."""
    raw = arg or os.environ.get("GOVDATA_BENCH_SIZES", "")
    return sorted({int(s) for s in raw.split(",") if s.strip()}) or list(DEFAULT_SIZES)


def main(sizes: list[int] | None = None, jobs: int | None = None) -> list[dict]:
    """Run every size in its own process, print the tables and the verdicts, record them."""
    sizes = sizes or sizes_wanted(None)
    jobs = jobs or os.cpu_count() or 1
    copies = max([*sizes, JOBS_SIZE])
    with tempfile.TemporaryDirectory(prefix="govdata-scaling-") as tmp:
        t0 = time.perf_counter()
        manifest, largest, whole = generate(Path(tmp), copies)
        print(f"scaling: corpus copied {copies}× into {tmp} in {time.perf_counter() - t0:.1f} s; "
              "each size in a fresh process")
        single = run_child(file=largest) | {"name": largest["name"]}
        joined = run_child(file=whole) | {"name": whole["name"]}
        results = [run_child(manifest=str(manifest), copies=k) | {"size": k} for k in sizes]
        par = run_child(manifest=str(manifest), copies=JOBS_SIZE, jobs=jobs) | {"size": JOBS_SIZE}
    print_streams(results, par, jobs)
    linear, bounded = print_verdicts(results, single, joined)
    asm = assemble_times()
    print_assemble(asm, results[-1])
    top = results[-1]
    metrics: list[tuple[str, float]] = [("largest_doc_peak_rss_mb", round(single["peak_rss_mb"])),
                                        ("joined_doc_mb", round(joined["bytes"] / 1e6, 2)),
                                        ("joined_doc_peak_rss_mb", round(joined["peak_rss_mb"]))]
    for r in results:
        k = r["size"]
        metrics += [(f"{k}x_mb", round(r["bytes"] / 1e6, 2)), (f"{k}x_docs", r["docs"]),
                    (f"{k}x_s", round(r["seconds"], 2)),
                    (f"{k}x_peak_rss_mb", round(r["peak_rss_mb"]))]
    metrics += [(f"{JOBS_SIZE}x_jobs{jobs}_s", round(par["seconds"], 2)),
                ("docs_per_min", round(60 * top["docs"] / top["seconds"])),
                (f"docs_per_min_jobs{jobs}", round(60 * par["docs"] / par["seconds"])),
                ("time_growth_vs_data", round(_growth(top, results[0]), 3)),
                ("linear", int(linear)), ("memory_bounded", int(bounded))]
    metrics += [(f"assemble_{r['docs']}docs_s", round(r["seconds"], 2)) for r in asm]
    record("scaling", metrics)
    return results


def _growth(r: dict, base: dict) -> float:
    """Time grown per data grown, from ``base`` to ``r`` (1.0: exactly linear)."""
    return (r["seconds"] / base["seconds"]) / (r["bytes"] / base["bytes"])


def print_streams(results: list[dict], par: dict, jobs: int) -> None:
    """The table of sizes: documents, MB, seconds, speed, growth and peak memory."""
    base = results[0]
    header = (f"{'size':>6} {'docs':>6} {'MB':>8} {'seconds':>8} {'MB/s':>6} {'docs/min':>9} "
              f"{'time/data vs ' + str(base['size']) + '×':>17} {'peak RSS MB':>12}")
    print(header)
    print("-" * len(header))
    rows = [(f"{r['size']}×", r, f"{r['peak_rss_mb']:.0f}") for r in results]
    rows.append((f"{JOBS_SIZE}×j{jobs}", par, f"{par['peak_rss_mb']:.0f} (main)"))
    for label, r, rss in rows:
        mb = r["bytes"] / 1e6
        print(f"{label:>6} {r['docs']:>6} {mb:>8.1f} {r['seconds']:>8.1f} "
              f"{mb / r['seconds']:>6.2f} {60 * r['docs'] / r['seconds']:>9.0f} "
              f"{_growth(r, base):>17.2f} {rss:>12}")


def print_verdicts(results: list[dict], single: dict, joined: dict) -> tuple[bool, bool]:
    """Print and return whether time grew linearly and memory stayed bounded."""
    base, top = results[0], results[-1]
    linear = _growth(top, base) <= LINEAR
    bounded = top["peak_rss_mb"] <= BOUNDED * single["peak_rss_mb"]
    for one in (single, joined):
        print(f"one document alone ({one['name']}, {one['bytes'] / 1e6:.2f} MB): "
              f"{one['seconds']:.2f} s, peak RSS {one['peak_rss_mb']:.0f} MB")
    print(f"linear: {'yes' if linear else 'NO'} — {top['size']}× the data took "
          f"{top['seconds'] / base['seconds']:.1f}× the time of {base['size']}× "
          f"(limit {LINEAR * top['bytes'] / base['bytes']:.0f}×)")
    print(f"memory bounded by the largest document: {'yes' if bounded else 'NO'} — peak "
          f"{top['peak_rss_mb']:.0f} MB at {top['size']}× vs {single['peak_rss_mb']:.0f} MB for "
          f"the largest document alone (limit +{100 * (BOUNDED - 1):.0f}%)")
    return linear, bounded


def print_assemble(asm: list[dict], top: dict) -> None:
    """The table of assemble times, against the time to read and extract a document."""
    print(f"\n{'assemble':>8} {'docs':>6} {'targets':>8} {'seconds':>8} {'s/doc':>7}")
    for r in asm:
        print(f"{str(r['size']) + '×':>8} {r['docs']:>6} {r['targets']:>8} {r['seconds']:>8.2f} "
              f"{r['seconds'] / r['docs']:>7.3f}")
    print(f"assemble: {asm[-1]['seconds'] / asm[-1]['docs']:.3f} s per document at "
          f"{asm[-1]['docs']} documents; reading and extracting: "
          f"{top['seconds'] / top['docs']:.3f} s per document")


def _child(job: dict) -> None:
    """One measurement, in this (fresh) process: ``file`` (one document), ``manifest`` and
    ``copies`` (the stream), with ``jobs`` (the stream through the process pool)."""
    if "file" in job:
        result = stream([(job["file"]["path"], job["file"]["meta"])])
    elif "jobs" in job:
        result = stream_parallel(Path(job["manifest"]), job["copies"], job["jobs"])
    else:
        result = stream(tasks(Path(job["manifest"]), job["copies"]))
    print(json.dumps(result))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(json.loads(sys.argv[2]))
    else:
        p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        p.add_argument("--sizes", help="comma-separated replication factors, e.g. 1,10,100")
        p.add_argument("--jobs", type=int, help="processes for the pool row (default: cores)")
        a = p.parse_args()
        main(sizes_wanted(a.sizes), a.jobs)
