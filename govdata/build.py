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
    roles = ["target", "outcome", "base", "label", "ratio", "date", "ordinal", "metadata",
             "unexplained"]
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


CHUNK_ROWS = 50_000  # rows gathered as tuples before they become a DataFrame chunk


class RowStore:
    """The rows of every document of a build, kept compact: gathered as tuples, they become a
    DataFrame a chunk at a time (a table holds its strings in far less memory than tuples do).
    Each row remembers its document's catalog position, so the tables come out in catalog order
    whatever order the documents arrived in (from the cache first, then parsed)."""

    def __init__(self, chunk_rows: int | None = None):
        from .pipeline import EXTRACTION_TABLES

        self._columns = EXTRACTION_TABLES
        self._chunk_rows = chunk_rows or CHUNK_ROWS
        self._rows: dict[str, list[tuple]] = {name: [] for name in self._columns}
        self._order: dict[str, list[int]] = {name: [] for name in self._columns}
        self._chunks: dict[str, list[pd.DataFrame]] = {name: [] for name in self._columns}

    def add(self, position: int, extraction: Extraction) -> None:
        """Add one document's rows."""
        for name in self._columns:
            rows = extraction.rows(name)
            self._rows[name].extend(rows)
            self._order[name].extend([position] * len(rows))
            if len(self._rows[name]) >= self._chunk_rows:
                self._flush(name)

    def _flush(self, name: str) -> None:
        from .pipeline import frame

        if self._rows[name]:
            chunk = frame(self._rows[name], self._columns[name])
            chunk["_order"] = self._order[name]
            self._chunks[name].append(chunk)
            self._rows[name], self._order[name] = [], []

    def tables(self) -> dict[str, pd.DataFrame]:
        """``targets``, ``outcomes`` and ``numbers``, each one DataFrame in catalog order."""
        from .pipeline import frame

        out = {}
        for name, columns in self._columns.items():
            self._flush(name)
            chunks = self._chunks[name]
            if not chunks:
                out[name] = frame([], columns)
                continue
            df = chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)
            if len(chunks) > 1:  # a column may be all-None (object) in one chunk only
                df = df.infer_objects()
            df = df.sort_values("_order", kind="stable").drop(columns="_order")
            out[name] = df.reset_index(drop=True)
        return out


def extract_catalog(catalog: pd.DataFrame, keep_going: bool = False, jobs: int = 1,
                    cache_root: Path | None = None, fresh: bool = False,
                    progress_bar: Progress | None = None) -> BuildResult:
    """Read and extract every catalogued document into the tidy tables (in memory, each
    document's rows kept only until they join a compact table chunk).

    Every document is tried. Unless ``keep_going``, any failure raises one
    :class:`GovdataError` listing every bad document; with it, the bad ones are left out and
    listed in the coverage table with ``status`` ``skipped`` and the reason.

    Args:
        catalog: the loaded catalog (:func:`govdata.catalog.load_catalog`).
        keep_going: build the readable documents and list the others as skipped.
        jobs: processes to parse with (1: in this process).
        cache_root: the cache folder to take unchanged documents from (:mod:`govdata.cache`);
            None to parse every document. The entry of each document parsed is staged in it
            at once (its rows are not kept for the cache); :func:`cache_documents` moves the
            staged entries into place once the build is written.
        fresh: parse every document, whatever the cache holds.
        progress_bar: wraps the stream of parse results (the CLI's progress bar).
    """
    records = catalog.to_dict("records")
    store = RowStore()
    docs: dict[int, dict] = {}  # catalog position → documents row of each document built
    if cache_root is not None and not fresh:
        for i, meta in enumerate(records):
            hit = _cached(meta, cache_root)
            if hit:
                docs[i] = parsed_row(meta, hit)
                store.add(i, hit.extraction)
    todo = [i for i in range(len(records)) if i not in docs]
    results: Iterable = parse_all([(records[i]["abs_path"], extraction_meta(records[i]))
                                   for i in todo], jobs)
    if progress_bar is not None:
        results = progress_bar(results, len(todo))
    reasons = dict(catalog.attrs.get("skipped", {}))  # rows a lenient catalog load left out
    for i, res in zip(todo, results):
        if isinstance(res, str):
            reasons[records[i]["doc_id"]] = res
            continue
        docs[i] = parsed_row(records[i], res)
        store.add(i, res.extraction)
        if cache_root is not None:  # its entry now, so that its rows need not be kept
            cache.stage(cache_root, res.sha256, extraction_meta(records[i]), res.chars,
                        res.extraction)
    reused = len(records) - len(todo)
    log.info("%d documents parsed, %d reused from the cache", len(todo), reused)
    if reasons and not keep_going:
        total = len(records) + len(catalog.attrs.get("skipped", {}))
        raise GovdataError(f"{len(reasons)} of {total} documents cannot be built: "
                           + " | ".join(reasons.values())
                           + " — fix them, or run `govdata build --keep-going` to build the rest")
    if reasons and not docs:  # --keep-going, nothing to build: keep the earlier outputs
        raise GovdataError(f"none of the {len(reasons)} documents can be built: "
                           + " | ".join(reasons.values()) + " — fix them and build again")
    documents = pd.DataFrame([docs[i] for i in sorted(docs)])
    tables = assemble_tables(documents, **store.tables())
    if reasons:
        from .tables import SPECS

        skipped = skipped_coverage(reasons, list(SPECS["coverage"]))
        cov = tables["coverage"]
        tables["coverage"] = pd.concat([cov, skipped], ignore_index=True) if len(cov) else skipped
    return BuildResult(tables, list(reasons), reasons, parsed=len(todo), reused=reused)


def cache_documents(result: BuildResult, root: Path, doc_ids: list[str],
                    fresh: bool = False) -> None:
    """Move the entries of the documents a build parsed (staged by :func:`extract_catalog`)
    into the cache folder ``root`` and drop the entries of documents no longer in ``doc_ids``
    (all other entries first, when ``fresh``)."""
    if fresh:
        cache.clear(root)
    cache.commit_staged(root)
    cache.prune(root, doc_ids)


def assemble(documents: pd.DataFrame, parts: list[Extraction],
             reference: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Concatenate per-document extractions (in the order of ``documents``) and derive
    attainment and coverage."""
    store = RowStore()
    for i, part in enumerate(parts):
        store.add(i, part)
    return assemble_tables(documents, **store.tables(), reference=reference)


def assemble_tables(documents: pd.DataFrame, targets: pd.DataFrame, outcomes: pd.DataFrame,
                    numbers: pd.DataFrame, reference: pd.DataFrame | None = None
                    ) -> dict[str, pd.DataFrame]:
    """Derive attainment, panel, progress, accountability and coverage from the extracted
    tables of every document."""
    if reference is None:
        reference = load_reference(reference_dir() / "outcomes.csv")
    ref = merge_reference(reference, outcomes)
    merged, conflicts = consolidate(targets, documents)
    attainment = attain(merged, outcomes, documents, reference=ref)
    cov = coverage(numbers, targets, outcomes, list(documents.get("doc_id", [])))
    return {"documents": documents, "targets": targets, "outcomes": outcomes,
            "attainment": attainment, "conflicts": conflicts,
            "panel": panel(attainment, outcomes, documents, targets=merged),
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
    try:
        result = extract_catalog(cat, keep_going=keep_going, jobs=jobs,
                                 cache_root=root if use_cache else None, fresh=fresh,
                                 progress_bar=progress_bar)
        write_tables(result.tables, out)
    except BaseException:
        if use_cache:
            cache.discard_staged(root)  # a failed build leaves the cache as it was
        raise
    if use_cache:
        cache_documents(result, root, cat["doc_id"].tolist(), fresh=fresh)
    return result
