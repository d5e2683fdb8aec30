"""cache: each document's extraction kept between builds, so a rebuild re-parses only what changed.

One entry per catalogued document, a zip file in ``<out_dir>/.cache/`` (``data/processed/.cache/``
by default) holding the document's ``targets``, ``outcomes`` and ``numbers`` rows as JSON (which
keeps every value's type: int, float, bool, None, str) and a ``manifest.json`` with the key the entry was made under and the sha256 of each member. The key is

- the sha256 of the document's bytes,
- ``govdata.EXTRACTOR_VERSION`` and :func:`govdata.registry.registry_fingerprint`,
- a fingerprint of the source of the modules that read and extract (:data:`CODE_MODULES`), so an
  edited extractor is never served stale results even if nobody bumped the version,
- the catalog fields the extraction reads (:data:`META_FIELDS`).

An entry is used only when its key equals the current one and every member verifies; an entry
that is stale, from another version, truncated or garbled is ignored (the document is parsed
again and the entry overwritten), never trusted. Nothing here reads documents: the caller passes
the document's sha256.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import zipfile
from functools import lru_cache
from pathlib import Path

from .paths import PACKAGE_DIR
from .pipeline import EXTRACTION_TABLES, Extraction

log = logging.getLogger(__name__)

CACHE_DIR = ".cache"
FORMAT = 2  # the layout of an entry; bump when it changes (2: rows as JSON, was Parquet)
META_FIELDS = ("doc_id", "region", "admin_code", "year", "doc_type")
CODE_MODULES = ("read.py", "formats/*.py", "normalise.py", "segment.py", "extract.py",
                "numbers.py", "link.py", "registry.py", "pipeline.py")
MEMBERS = EXTRACTION_TABLES
MANIFEST = "manifest.json"


def cache_dir(out_dir: Path) -> Path:
    """The cache folder of the build written to ``out_dir``."""
    return Path(out_dir) / CACHE_DIR


def extraction_meta(meta: dict) -> dict:
    """The catalog fields the extraction reads, and only those (they are part of the key)."""
    return {k: meta[k] for k in META_FIELDS}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the source of every module that reads or extracts a document."""
    h = hashlib.sha256()
    for pattern in CODE_MODULES:
        for p in sorted(PACKAGE_DIR.glob(pattern)):
            h.update(p.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_key(sha256: str, meta: dict) -> dict:
    """The key of one document's entry: everything its extraction depends on."""
    from . import EXTRACTOR_VERSION
    from .registry import registry_fingerprint

    return {"format": FORMAT, "sha256": sha256, "extractor_version": EXTRACTOR_VERSION,
            "registry": registry_fingerprint(), "code": code_fingerprint(),
            "meta": {k: str(meta[k]) for k in META_FIELDS}}


def entry_path(root: Path, doc_id: str) -> Path:
    """The entry file of one document (named by a hash, so any ``doc_id`` is a safe name)."""
    return Path(root) / f"{hashlib.sha256(str(doc_id).encode()).hexdigest()[:24]}.zip"


def load(root: Path, sha256: str, meta: dict) -> tuple[int, Extraction] | None:
    """The cached ``(chars, extraction)`` of a document, or None when there is no entry or the
    entry cannot be trusted (stale, another version, corrupt)."""
    path = entry_path(root, meta["doc_id"])
    if not path.is_file():
        return None
    try:
        return _read_entry(path, cache_key(sha256, meta))
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with an entry, parse again
        log.info("cache entry for %s ignored (%s); parsing it again", meta["doc_id"], exc)
        return None


def _read_entry(path: Path, key: dict) -> tuple[int, Extraction]:
    """Read and verify one entry; raise ``ValueError`` (or the reader's error) if it is not
    exactly what ``key`` asks for."""
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(MANIFEST))
        if manifest.get("key") != key:
            stale = [k for k in key if manifest.get("key", {}).get(k) != key[k]]
            raise ValueError(f"stale: {', '.join(stale) or 'key'} changed")
        rows = {}
        for name, columns in MEMBERS.items():
            data = z.read(f"{name}.json")
            if hashlib.sha256(data).hexdigest() != manifest["members"][name]:
                raise ValueError(f"{name}.json does not match its checksum")
            member = json.loads(data)
            if member.get("columns") != columns or not all(
                    isinstance(r, list) and len(r) == len(columns) for r in member["rows"]):
                raise ValueError(f"{name}.json has unexpected columns")
            rows[name] = [tuple(r) for r in member["rows"]]
    chars = manifest["chars"]
    if not isinstance(chars, int) or chars < 0:
        raise ValueError("bad character count")
    return chars, Extraction(*(rows[name] for name in MEMBERS))


def save(root: Path, sha256: str, meta: dict, chars: int, extraction: Extraction) -> None:
    """Store one document's extraction (atomically: a temporary file, then ``os.replace``).

    A cache that cannot be written (read-only folder, full disk) only costs time: it is logged
    and the build goes on.
    """
    _write(entry_path(root, meta["doc_id"]), sha256, meta, chars, extraction)


STAGING = ".staging-"


def staging_dir(root: Path) -> Path:
    """This process's folder for the entries of a build in progress."""
    return Path(root) / f"{STAGING}{os.getpid()}"


def stage(root: Path, sha256: str, meta: dict, chars: int, extraction: Extraction) -> None:
    """Write one document's entry into the staging folder as soon as it is parsed, so that the
    build need not keep its rows for the cache; :func:`commit_staged` moves the entries into
    the cache once the build's tables are written, :func:`discard_staged` drops them if it
    failed."""
    _write(staging_dir(root) / entry_path(root, meta["doc_id"]).name, sha256, meta, chars,
           extraction)


def commit_staged(root: Path) -> int:
    """Move every staged entry into the cache (replacing older ones); return how many."""
    staged = staging_dir(root)
    if not staged.is_dir():
        return 0
    moved = 0
    for f in sorted(staged.iterdir()):
        if f.suffix == ".zip":
            try:
                os.replace(f, Path(root) / f.name)
                moved += 1
            except OSError as exc:
                log.warning("could not move the cache entry %s into place (%s)", f.name, exc)
    shutil.rmtree(staged, ignore_errors=True)
    return moved


def discard_staged(root: Path) -> None:
    """Drop the staged entries of a build that failed: the cache stays as it was."""
    shutil.rmtree(staging_dir(root), ignore_errors=True)


def _write(path: Path, sha256: str, meta: dict, chars: int, extraction: Extraction) -> None:
    buf = io.BytesIO()
    members = {}
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, columns in MEMBERS.items():
            data = json.dumps({"columns": columns, "rows": extraction.rows(name)}, ensure_ascii=False).encode()
            members[name] = hashlib.sha256(data).hexdigest()
            z.writestr(f"{name}.json", data)
        manifest = {"key": cache_key(sha256, meta), "chars": int(chars), "members": members}
        z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    tmp = path.with_name(f".{path.stem}-{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(buf.getvalue())
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write the cache entry for %s (%s)", meta["doc_id"], exc)
        tmp.unlink(missing_ok=True)


def clear(root: Path) -> None:
    """Remove every entry (``govdata build --fresh``), keeping this build's staged ones."""
    root = Path(root)
    if not root.is_dir():
        return
    for f in root.iterdir():
        if f == staging_dir(root):
            continue
        if f.is_dir():
            shutil.rmtree(f, ignore_errors=True)
        else:
            f.unlink(missing_ok=True)


def prune(root: Path, doc_ids) -> int:
    """Remove the entries of documents no longer catalogued (and stray temporary files); return
    how many files were removed."""
    root = Path(root)
    if not root.is_dir():
        return 0
    keep = {entry_path(root, d).name for d in doc_ids}
    removed = 0
    for f in root.iterdir():
        if f.is_file() and f.name not in keep:
            f.unlink(missing_ok=True)
            removed += 1
        elif f.is_dir() and f.name.startswith(STAGING) and f != staging_dir(root):
            shutil.rmtree(f, ignore_errors=True)  # left by a build that was killed
            removed += 1
    return removed
