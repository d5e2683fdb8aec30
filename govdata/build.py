"""build: catalog → read every document → extract → attain → tidy tables in ``data/processed/``."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import cache
from .attain import attain, consolidate
from .cache import extraction_meta
from .catalog import load_catalog
from .compare import panel
from .errors import GovdataError
from .owners import accountability
from .paths import catalog_path, processed_dir, reference_dir
from .pipeline import Extraction, extract_document
from .plans import progress
from .read import max_bytes, read
from .reference import load_reference, merge_reference
from .tables import write_tables

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parsed:
    """One document read and extracted: its length in characters, the sha256 of its bytes and
    what it yielded."""

    chars: int
    sha256: str
    extraction: Extraction


@dataclass
class BuildResult:
    """Tables of one build, the documents that could not be read, and how many documents were
    parsed and how many were reused from the cache."""

    tables: dict[str, pd.DataFrame]
    failed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # doc_id → why it was skipped
    parsed: int = 0
    reused: int = 0
    # the documents parsed (not taken from the cache) with their catalog rows: stored in the
    # cache by :func:`cache_documents` once the build has been written
    new: list[tuple[dict, Parsed]] = field(default_factory=list, repr=False)


# wraps the stream of parse results, e.g. in a progress bar: (results, how many) → results
Progress = Callable[[Iterable, int], Iterable]


def document_row(meta: dict, text: str, data: bytes) -> dict:
    """The ``documents`` row of one catalogued document."""
    return _document_row(meta, len(text), hashlib.sha256(data).hexdigest())


def parsed_row(meta: dict, parsed: Parsed) -> dict:
    """The ``documents`` row of a document read (or taken from the cache)."""
    return _document_row(meta, parsed.chars, parsed.sha256)


def _document_row(meta: dict, chars: int, sha256: str) -> dict:
    return {k: meta[k] for k in ("doc_id", "source_file", "region", "region_level", "province",
                                 "admin_code", "year", "doc_type", "title")} | {
        "chars": chars, "sha256": sha256}


def coverage(numbers: pd.DataFrame, targets: pd.DataFrame, outcomes: pd.DataFrame,
             doc_ids: list[str]) -> pd.DataFrame:
    """Per document: numbers found, how each was understood, and rows produced.

    Counted in one pass over each table (not one filter per document), so the cost grows with
    the rows, not with documents × rows.
    """
    roles = ["target", "outcome", "base", "label", "date", "ordinal", "metadata", "unexplained"]
    found = numbers["doc_id"].value_counts().to_dict()
    by_role = numbers.groupby(["doc_id", "role"]).size().to_dict()
    n_targets = targets["doc_id"].value_counts().to_dict()
    n_outcomes = outcomes["doc_id"].value_counts().to_dict()
    rows = []
    for doc_id in doc_ids:
        row = {"doc_id": doc_id, "numbers": int(found.get(doc_id, 0))}
        row |= {r: int(by_role.get((doc_id, r), 0)) for r in roles}
        row["unexplained"] += int(by_role.get((doc_id, "quantity"), 0))
        row["target_rows"] = int(n_targets.get(doc_id, 0))
        row["outcome_rows"] = int(n_outcomes.get(doc_id, 0))
        rows.append(row | {"status": "built", "reason": ""})
    return pd.DataFrame(rows)


def skipped_coverage(reasons: dict[str, str], columns: list[str]) -> pd.DataFrame:
    """Coverage rows for documents a ``--keep-going`` build skipped: zero counts, the reason."""
    rows = [{c: 0 for c in columns} | {"doc_id": d, "status": "skipped", "reason": r}
            for d, r in reasons.items()]
    return pd.DataFrame(rows, columns=columns)


def parse_document(path: str, meta: dict) -> Parsed | str:
    """Read and extract one document; the error message instead when it cannot be read.

    A pure function of the file and ``meta`` (the fields in :data:`govdata.cache.META_FIELDS`),
    run in the build's process or in a worker of ``govdata build --jobs N``.
    """
    try:
        doc = read(path)
        extraction = extract_document(doc.text, meta)
    except GovdataError as exc:
        return str(exc)
    data = Path(path).read_bytes()
    return Parsed(len(doc.text), hashlib.sha256(data).hexdigest(), extraction)


def _cached(meta: dict, root: Path) -> Parsed | None:
    """The document's extraction from the cache, if an entry for its current bytes verifies."""
    try:
        data = Path(meta["abs_path"]).read_bytes()
    except OSError:
        return None  # parsing it will say what is wrong
    if len(data) > max_bytes():
        return None  # over the (possibly lowered) size limit: parsing refuses it
    sha = hashlib.sha256(data).hexdigest()
    hit = cache.load(root, sha, extraction_meta(meta))
    return Parsed(hit[0], sha, hit[1]) if hit else None


def parse_all(tasks: list[tuple[str, dict]], jobs: int = 1) -> Iterator[Parsed | str]:
    """:func:`parse_document` over ``(path, meta)`` tasks, in order; with ``jobs`` > 1 in a pool
    of that many processes (results identical: the extraction is a pure function)."""
    if jobs <= 1 or len(tasks) < 2:
        for path, meta in tasks:
            yield parse_document(path, meta)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        yield from pool.map(parse_document, *zip(*tasks), chunksize=1)


def extract_catalog(catalog: pd.DataFrame, keep_going: bool = False, jobs: int = 1,
                    cache_root: Path | None = None, fresh: bool = False,
                    progress_bar: Progress | None = None) -> BuildResult:
    """Read and extract every catalogued document into the tidy tables (in memory).

    Every document is tried. Unless ``keep_going``, any failure raises one
    :class:`GovdataError` listing every bad document; with it, the bad ones are left out and
    listed in the coverage table with ``status`` ``skipped`` and the reason.

    Args:
        catalog: the loaded catalog (:func:`govdata.catalog.load_catalog`).
        keep_going: build the readable documents and list the others as skipped.
        jobs: processes to parse with (1: in this process).
        cache_root: the cache folder to take unchanged documents from (:mod:`govdata.cache`);
            None to parse every document. Nothing is written to it here (see
            :func:`cache_documents`).
        fresh: parse every document, whatever the cache holds.
        progress_bar: wraps the stream of parse results (the CLI's progress bar).
    """
    records = catalog.to_dict("records")
    found: dict[int, Parsed] = {}
    if cache_root is not None and not fresh:
        for i, meta in enumerate(records):
            hit = _cached(meta, cache_root)
            if hit:
                found[i] = hit
    todo = [i for i in range(len(records)) if i not in found]
    results: Iterable = parse_all([(records[i]["abs_path"], extraction_meta(records[i]))
                                   for i in todo], jobs)
    if progress_bar is not None:
        results = progress_bar(results, len(todo))
    reasons = dict(catalog.attrs.get("skipped", {}))  # rows a lenient catalog load left out
    for i, res in zip(todo, results):
        if isinstance(res, str):
            reasons[records[i]["doc_id"]] = res
        else:
            found[i] = res
    reused = len(records) - len(todo)
    log.info("%d documents parsed, %d reused from the cache", len(todo), reused)
    if reasons and not keep_going:
        total = len(records) + len(catalog.attrs.get("skipped", {}))
        raise GovdataError(f"{len(reasons)} of {total} documents cannot be built: "
                           + " | ".join(reasons.values())
                           + " — fix them, or run `govdata build --keep-going` to build the rest")
    if reasons and not found:  # --keep-going, nothing to build: keep the earlier outputs
        raise GovdataError(f"none of the {len(reasons)} documents can be built: "
                           + " | ".join(reasons.values()) + " — fix them and build again")
    order = sorted(found)
    docs = [parsed_row(records[i], found[i]) for i in order]
    tables = assemble(pd.DataFrame(docs), [found[i].extraction for i in order])
    if reasons:
        from .tables import SPECS

        skipped = skipped_coverage(reasons, list(SPECS["coverage"]))
        cov = tables["coverage"]
        tables["coverage"] = pd.concat([cov, skipped], ignore_index=True) if len(cov) else skipped
    return BuildResult(tables, list(reasons), reasons, parsed=len(todo), reused=reused,
                       new=[(records[i], found[i]) for i in todo if i in found])


def cache_documents(result: BuildResult, root: Path, doc_ids: list[str],
                    fresh: bool = False) -> None:
    """Store the documents a build parsed in the cache folder ``root`` and drop the entries of
    documents no longer in ``doc_ids`` (all other entries first, when ``fresh``)."""
    if fresh:
        cache.clear(root)
    for meta, parsed in result.new:
        cache.save(root, parsed.sha256, extraction_meta(meta), parsed.chars, parsed.extraction)
    cache.prune(root, doc_ids)


def assemble(documents: pd.DataFrame, parts: list[Extraction],
             reference: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Concatenate per-document extractions and derive attainment and coverage."""
    from .pipeline import NUMBER_COLUMNS, OUTCOME_COLUMNS, TARGET_COLUMNS, frame

    def cat(name, cols):  # one DataFrame from every document's rows
        return frame([r for p in parts for r in getattr(p, name)], cols)

    targets = cat("target_rows", TARGET_COLUMNS)
    outcomes = cat("outcome_rows", OUTCOME_COLUMNS)
    numbers = cat("number_rows", NUMBER_COLUMNS)
    if reference is None:
        reference = load_reference(reference_dir() / "outcomes.csv")
    ref = merge_reference(reference, outcomes)
    merged, conflicts = consolidate(targets, documents)
    attainment = attain(merged, outcomes, documents, reference=ref)
    cov = coverage(numbers, targets, outcomes, list(documents.get("doc_id", [])))
    return {"documents": documents, "targets": targets, "outcomes": outcomes,
            "attainment": attainment, "conflicts": conflicts,
            "panel": panel(attainment, outcomes, documents),
            "progress": progress(merged, outcomes),
            "accountability": accountability(merged, attainment),
            "coverage": cov, "numbers": numbers}


def build(catalog: str | Path | None = None, out_dir: str | Path | None = None,
          keep_going: bool = False, jobs: int = 1, fresh: bool = False, use_cache: bool = True,
          progress_bar: Progress | None = None) -> BuildResult:
    """Build every tidy table from the catalog and write them (atomically) to ``out_dir``.

    Documents whose bytes, catalog fields, extractor and registries are unchanged since the
    last build into ``out_dir`` are taken from its cache (``out_dir/.cache/``) instead of being
    parsed again; ``fresh`` parses everything and rebuilds the cache from scratch,
    ``use_cache=False`` neither reads nor writes it. ``jobs`` > 1 parses in that many processes.
    The tables are the same bytes whichever way they were made. The cache is updated only
    after the tables were written: a failed build leaves ``out_dir`` as it was.
    """
    out = Path(out_dir) if out_dir else processed_dir()
    cat = load_catalog(catalog or catalog_path(), keep_going=keep_going)
    root = cache.cache_dir(out)
    result = extract_catalog(cat, keep_going=keep_going, jobs=jobs,
                             cache_root=root if use_cache else None, fresh=fresh,
                             progress_bar=progress_bar)
    write_tables(result.tables, out)
    if use_cache:
        cache_documents(result, root, cat["doc_id"].tolist(), fresh=fresh)
    return result
