"""The cache of incremental rebuilds: a rebuild reuses every unchanged document and writes the
same bytes as a fresh build; a changed document, catalog row, extractor version or registry is
parsed again; an entry that is truncated, garbled, from another version or for other bytes is
ignored and replaced, never trusted. (``--fresh`` is tested in test_jobs.py.)"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from govdata import cache
from govdata.build import build, cache_documents, extract_catalog, parse_document
from govdata.catalog import load_catalog
from govdata.cli import _progress_bar, main

from .conftest import RAW

DOC = "suzhou-ah-2023-completion"


def outputs(folder: Path) -> dict[str, bytes]:
    """Every table and the workbook a build wrote, by file name (the cache and the previous
    build's snapshot left out)."""
    return {f.name: f.read_bytes() for f in sorted(folder.iterdir()) if f.is_file()}


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A copy of data/raw in a temporary data folder."""
    shutil.copytree(RAW, tmp_path / "raw")
    monkeypatch.setenv("GOVDATA_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def entry(tmp_path_factory):
    """One document's key fields, its sha256, the cache folder holding its entry, and the
    extraction stored there."""
    root = tmp_path_factory.mktemp("cache")
    meta = load_catalog(RAW / "catalog.csv").set_index("doc_id", drop=False).loc[DOC].to_dict()
    parsed = parse_document(meta["abs_path"], cache.extraction_meta(meta))
    meta = cache.extraction_meta(meta)
    cache.save(root, parsed.sha256, meta, parsed.chars, parsed.extraction)
    return meta, parsed, root


def test_entry_round_trip_is_exact(entry):
    meta, parsed, root = entry
    chars, got = cache.load(root, parsed.sha256, meta)
    assert chars == parsed.chars
    assert got == parsed.extraction  # every row and value
    for name in ("target_rows", "outcome_rows", "number_rows"):  # and its type (8 vs 8.0)
        assert [tuple(map(type, r)) for r in getattr(got, name)] == \
            [tuple(map(type, r)) for r in getattr(parsed.extraction, name)]
    assert parsed.extraction.target_rows, "the document has targets to round-trip"
    for name in cache.MEMBERS:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(parsed.extraction, name),
                                      check_exact=True)


def _rewritten(path: Path, change) -> bytes:
    """The entry's zip with its manifest passed through ``change``."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in src.namelist():
            data = src.read(name)
            if name == cache.MANIFEST:
                m = json.loads(data)
                change(m)
                data = json.dumps(m).encode()
            z.writestr(name, data)
    return buf.getvalue()


def _member_replaced(path: Path, member: str, data: bytes) -> bytes:
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in src.namelist():
            z.writestr(name, data if name == member else src.read(name))
    return buf.getvalue()


def _with_member(path: Path, member: str, data: bytes) -> bytes:
    """``member`` replaced by ``data`` and the manifest's checksum of it updated: only the
    entry's own checks of the content can catch it."""
    fixed = io.BytesIO(_member_replaced(path, member, data))
    return _rewritten(fixed, lambda m: m["members"].__setitem__(
        member.removesuffix(".json"), hashlib.sha256(data).hexdigest()))


def _swapped_with_checksum(path: Path) -> bytes:
    return _with_member(path, "targets.json", zipfile.ZipFile(path).read("outcomes.json"))


def _short_row_with_checksum(path: Path) -> bytes:
    member = json.loads(zipfile.ZipFile(path).read("targets.json"))
    member["rows"][0] = member["rows"][0][:-1]
    return _with_member(path, "targets.json", json.dumps(member).encode())


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:]


def _other_version(m):
    m["key"]["extractor_version"] = "0.0.0-old"


def _other_bytes(m):
    m["key"]["sha256"] = "0" * 64


def _other_catalog_row(m):
    m["key"]["meta"]["year"] = "2022"


def _no_manifest_members(m):
    del m["members"]


CORRUPTIONS = {
    "truncated": lambda p: p.read_bytes()[: p.stat().st_size // 2],
    "garbage": lambda p: bytes(range(256)) * 64,
    "empty": lambda p: b"",
    "byte flipped in a member": lambda p: _flipped(p.read_bytes(), 4000),
    "member swapped, checksum kept": lambda p: _member_replaced(
        p, "targets.json", zipfile.ZipFile(p).read("outcomes.json")),
    "member swapped, checksum updated": lambda p: _swapped_with_checksum(p),
    "a row cut short, checksum updated": lambda p: _short_row_with_checksum(p),
    "another extractor version": lambda p: _rewritten(p, _other_version),
    "another document's bytes": lambda p: _rewritten(p, _other_bytes),
    "another catalog row": lambda p: _rewritten(p, _other_catalog_row),
    "manifest without checksums": lambda p: _rewritten(p, _no_manifest_members),
}


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_damaged_or_stale_entry_is_not_trusted(entry, tmp_path, kind):
    meta, parsed, root = entry
    bad = tmp_path / "cache"
    shutil.copytree(root, bad)
    path = cache.entry_path(bad, meta["doc_id"])
    path.write_bytes(CORRUPTIONS[kind](path))
    assert cache.load(bad, parsed.sha256, meta) is None


def test_current_registry_and_code_are_part_of_the_key(entry, monkeypatch):
    meta, parsed, root = entry
    assert cache.load(root, parsed.sha256, meta) is not None
    monkeypatch.setattr("govdata.registry.registry_fingerprint", lambda: "edited-registry")
    assert cache.load(root, parsed.sha256, meta) is None
    monkeypatch.undo()
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "edited-extractor")
    assert cache.load(root, parsed.sha256, meta) is None
    monkeypatch.undo()
    monkeypatch.setattr("govdata.EXTRACTOR_VERSION", "9.9.9")
    assert cache.load(root, parsed.sha256, meta) is None


def test_rebuild_reuses_the_cache_and_writes_the_same_bytes(data, capsys):
    out = data / "processed"
    assert main(["build"]) == 0
    assert "parsed 5 documents, reused 0 from the cache" in capsys.readouterr().out
    fresh = outputs(out)
    entries = sorted(cache.cache_dir(out).iterdir())
    assert len(entries) == 5

    assert main(["build"]) == 0
    assert "parsed 0 documents, reused 5 from the cache" in capsys.readouterr().out
    assert outputs(out) == fresh  # every CSV, Parquet file and the workbook, byte for byte

    # a damaged entry and an edited document: those two are parsed again, the rest reused
    cat = load_catalog(data / "raw" / "catalog.csv").set_index("doc_id")
    cache.entry_path(cache.cache_dir(out), DOC).write_bytes(b"\x00garbage")
    edited = Path(cat.loc["xuzhou-2024-work-report", "abs_path"])
    edited.write_bytes(edited.read_bytes() + b"\n")
    res = build()
    assert (res.parsed, res.reused) == (2, 3)
    assert outputs(out)["targets.parquet"] == fresh["targets.parquet"]
    assert outputs(out)["attainment.csv"] == fresh["attainment.csv"]
    docs = res.tables["documents"].set_index("doc_id")
    assert docs.loc["xuzhou-2024-work-report", "sha256"] == hashlib.sha256(
        edited.read_bytes()).hexdigest()


def test_catalog_fields_are_part_of_the_key_and_removed_documents_are_pruned(data):
    cat = load_catalog(data / "raw" / "catalog.csv")
    root = data / "cache"

    def run(catalog):
        res = extract_catalog(catalog, cache_root=root)
        cache_documents(res, root, catalog["doc_id"].tolist())
        return res

    first = run(cat)
    assert (first.parsed, first.reused) == (5, 0)
    changed = cat.copy()
    changed.loc[changed["doc_id"] == DOC, "region"] = "宿州"
    res = run(changed)
    assert (res.parsed, res.reused) == (1, 4)
    assert set(res.tables["targets"].query("doc_id == @DOC")["region"]) == {"宿州"}
    res = run(cat[cat["doc_id"] != DOC])
    assert (res.parsed, res.reused) == (0, 4)
    assert not cache.entry_path(root, DOC).exists() and len(list(root.iterdir())) == 4


def test_progress_bar_only_for_more_than_a_handful_on_a_terminal(monkeypatch):
    items = list(range(10))
    assert _progress_bar(items, 10) is items  # pytest's stderr is not a terminal

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    assert _progress_bar(items, 3) is items
    bar = _progress_bar(iter(items), 10)
    assert bar is not items and list(bar) == items
    assert "parsing" in sys.stderr.getvalue() and "/10" in sys.stderr.getvalue()


def test_entries_are_staged_as_parsed_and_kept_only_if_the_build_is_written(data, capsys):
    """Each parsed document's entry is written at once (so its rows need not be kept), into a
    staging folder: a build that fails leaves the cache exactly as it was."""
    out = data / "processed"
    assert main(["build"]) == 0
    root = cache.cache_dir(out)
    before = {f.name: f.read_bytes() for f in root.iterdir()}
    assert len(before) == 5 and not list(root.glob(cache.STAGING + "*"))
    # a document edited (so parsed again and staged), then a bad one: the build fails
    cat = load_catalog(data / "raw" / "catalog.csv").set_index("doc_id")
    edited = Path(cat.loc["xuzhou-2024-work-report", "abs_path"])
    edited.write_bytes(edited.read_bytes() + b"\n")
    bad = Path(cat.loc[DOC, "abs_path"])
    bad.write_bytes(b"\x00\x01 not a document" * 10)
    capsys.readouterr()
    assert main(["build", "--fresh"]) != 0
    assert {f.name: f.read_bytes() for f in root.iterdir()} == before  # nothing staged is left
    # a staging folder left by a build that was killed is removed by the next build
    (root / f"{cache.STAGING}999999").mkdir()
    (root / f"{cache.STAGING}999999" / "x.zip").write_bytes(b"half written")
    assert main(["build", "--keep-going"]) == 0
    assert not list(root.glob(cache.STAGING + "*"))


def test_row_store_gives_catalog_order_whatever_the_arrival_and_chunk_size():
    """Rows gathered in small chunks, in any order, make the same tables as one chunk."""
    from govdata.build import RowStore, parse_document

    catalog = load_catalog(RAW / "catalog.csv").to_dict("records")
    parts = [parse_document(m["abs_path"], cache.extraction_meta(m)).extraction for m in catalog]
    one = RowStore(chunk_rows=10**9)
    for i, part in enumerate(parts):
        one.add(i, part)
    chunked = RowStore(chunk_rows=7)
    for i in reversed(range(len(parts))):  # arriving last document first
        chunked.add(i, parts[i])
    expected, got = one.tables(), chunked.tables()
    for name in ("targets", "outcomes", "numbers"):
        pd.testing.assert_frame_equal(got[name], expected[name], check_exact=True)
        assert list(dict.fromkeys(got[name]["doc_id"])) == [m["doc_id"] for m in catalog
                                                            if m["doc_id"] in set(got[name]["doc_id"])]
