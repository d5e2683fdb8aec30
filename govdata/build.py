"""build: catalog → read every document → extract → attain → tidy tables in ``data/processed/``."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .attain import attain, consolidate
from .catalog import load_catalog
from .compare import panel
from .errors import GovdataError
from .owners import accountability
from .paths import catalog_path, processed_dir, reference_dir
from .pipeline import Extraction, extract_document
from .plans import progress
from .read import read
from .reference import load_reference, merge_reference
from .tables import write_tables

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """Tables of one build, and the documents that could not be read."""

    tables: dict[str, pd.DataFrame]
    failed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # doc_id → why it was skipped


def document_row(meta: dict, text: str, data: bytes) -> dict:
    """The ``documents`` row of one catalogued document."""
    return {k: meta[k] for k in ("doc_id", "source_file", "region", "region_level", "province",
                                 "admin_code", "year", "doc_type", "title")} | {
        "chars": len(text), "sha256": hashlib.sha256(data).hexdigest()}


def coverage(numbers: pd.DataFrame, targets: pd.DataFrame, outcomes: pd.DataFrame,
             doc_ids: list[str]) -> pd.DataFrame:
    """Per document: numbers found, how each was understood, and rows produced."""
    roles = ["target", "outcome", "label", "date", "ordinal", "metadata", "unexplained"]
    rows = []
    for doc_id in doc_ids:
        n = numbers[numbers["doc_id"] == doc_id]
        counts = n["role"].value_counts()
        row = {"doc_id": doc_id, "numbers": len(n)}
        row |= {r: int(counts.get(r, 0)) for r in roles}
        row["unexplained"] += int(counts.get("quantity", 0))
        row["target_rows"] = int((targets["doc_id"] == doc_id).sum())
        row["outcome_rows"] = int((outcomes["doc_id"] == doc_id).sum())
        rows.append(row | {"status": "built", "reason": ""})
    return pd.DataFrame(rows)


def skipped_coverage(reasons: dict[str, str], columns: list[str]) -> pd.DataFrame:
    """Coverage rows for documents a ``--keep-going`` build skipped: zero counts, the reason."""
    rows = [{c: 0 for c in columns} | {"doc_id": d, "status": "skipped", "reason": r}
            for d, r in reasons.items()]
    return pd.DataFrame(rows, columns=columns)


def extract_catalog(catalog: pd.DataFrame, keep_going: bool = False) -> BuildResult:
    """Read and extract every catalogued document into the tidy tables (in memory).

    Every document is tried. Unless ``keep_going``, any failure raises one
    :class:`GovdataError` listing every bad document; with it, the bad ones are left out and
    listed in the coverage table with ``status`` ``skipped`` and the reason.
    """
    docs, parts, reasons = [], [], {}
    for meta in catalog.to_dict("records"):
        try:
            doc = read(meta["abs_path"])
            part = extract_document(doc.text, meta)
        except GovdataError as exc:
            reasons[meta["doc_id"]] = str(exc)
            continue
        data = Path(meta["abs_path"]).read_bytes()
        docs.append(document_row(meta, doc.text, data))
        parts.append(part)
    if reasons and not keep_going:
        raise GovdataError(f"{len(reasons)} of {len(catalog)} documents cannot be built: "
                           + " | ".join(reasons.values())
                           + " — fix them, or run `govdata build --keep-going` to build the rest")
    tables = assemble(pd.DataFrame(docs), parts)
    if reasons:
        from .tables import SPECS

        skipped = skipped_coverage(reasons, list(SPECS["coverage"]))
        cov = tables["coverage"]
        tables["coverage"] = pd.concat([cov, skipped], ignore_index=True) if len(cov) else skipped
    return BuildResult(tables, list(reasons), reasons)


def assemble(documents: pd.DataFrame, parts: list[Extraction],
             reference: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Concatenate per-document extractions and derive attainment and coverage."""
    from .pipeline import NUMBER_COLUMNS, OUTCOME_COLUMNS, TARGET_COLUMNS

    def cat(frames, cols):
        frames = [f for f in frames if not f.empty]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)

    targets = cat([p.targets for p in parts], TARGET_COLUMNS)
    outcomes = cat([p.outcomes for p in parts], OUTCOME_COLUMNS)
    numbers = cat([p.numbers for p in parts], NUMBER_COLUMNS)
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
          keep_going: bool = False) -> BuildResult:
    """Build every tidy table from the catalog and write them (atomically) to ``out_dir``."""
    cat = load_catalog(catalog or catalog_path())
    result = extract_catalog(cat, keep_going=keep_going)
    write_tables(result.tables, Path(out_dir) if out_dir else processed_dir())
    return result
