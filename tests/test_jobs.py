"""`govdata build --jobs N` parses in a process pool and writes exactly the bytes a serial build
writes: every CSV, every Parquet file and the workbook, with a document that cannot be read
skipped and reported the same way. `--fresh` parses every document even when the cache holds
them all."""

from __future__ import annotations

import shutil
from pathlib import Path

from govdata.cli import main

from .conftest import RAW


def test_jobs_2_writes_the_same_bytes_as_a_serial_build(tmp_path, monkeypatch, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "empty.txt").write_bytes(b"")  # workers must report it as the serial build does
    with (raw / "catalog.csv").open("a", encoding="utf-8") as fh:
        fh.write("empty-2024-work-report,empty.txt,empty.txt,宿州市,prefecture,安徽省,341300,"
                 "2024,work_report,,,,\n")
    monkeypatch.setenv("GOVDATA_DATA_DIR", str(tmp_path))

    built = {"1": tmp_path / "serial", "2": tmp_path / "jobs-2"}
    assert main(["build", "--keep-going", "--out", str(built["1"])]) == 0
    printed = capsys.readouterr()
    assert "parsed 6 documents, reused 0 from the cache\n" in printed.out
    assert "skipped empty-2024-work-report" in printed.err and "empty" in printed.err
    # the second folder starts with a cache holding every readable document: --fresh ignores it
    shutil.copytree(built["1"] / ".cache", built["2"] / ".cache")
    assert main(["build", "--keep-going", "--jobs", "2", "--fresh", "--out", str(built["2"])]) == 0
    printed = capsys.readouterr()
    assert "parsed 6 documents, reused 0 from the cache (--fresh)" in printed.out
    assert "skipped empty-2024-work-report" in printed.err and "empty" in printed.err

    files = sorted(f.name for f in built["1"].iterdir() if f.is_file())
    assert {f"{t}.{ext}" for t in ("targets", "outcomes", "coverage") for ext in ("csv", "parquet")
            } <= set(files) and "govdata.xlsx" in files
    assert files == sorted(f.name for f in built["2"].iterdir() if f.is_file())
    for name in files:
        assert (built["1"] / name).read_bytes() == Path(built["2"] / name).read_bytes(), name


def test_jobs_must_not_be_negative(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GOVDATA_DATA_DIR", str(tmp_path))
    assert main(["build", "--jobs", "-1"]) == 2
    assert "--jobs -1" in capsys.readouterr().err


def test_notebooks_run_at_once_and_report_in_order(tmp_path):
    from govdata import notebooks
    from govdata.notebooks import run_all

    sources = []
    for name in ("01-a", "02-b"):
        src = tmp_path / f"{name}.py"
        src.write_text(f'# %%\nprint("ran {name}")\n', encoding="utf-8")
        sources.append(src)
    out = tmp_path / "out"
    assert run_all(out, jobs=2, sources=sources) == [(sources[0], True), (sources[1], True)]
    for src in sources:
        assert (out / f"{src.stem}.html").exists()
        assert f"ran {src.stem}" in (out / f"{src.stem}.ipynb").read_text(encoding="utf-8")
    assert all(notebooks._last_seconds(src, out) < 60 for src in sources)  # (it orders the pool)
    assert notebooks._last_seconds(tmp_path / "never-ran.py", out) == float("inf")
    assert run_all(out, jobs=2, sources=sources) == [(sources[0], False), (sources[1], False)]


def test_a_change_to_the_library_reruns_the_notebooks(tmp_path, monkeypatch):
    from govdata import notebooks

    src = tmp_path / "01-a.py"
    src.write_text('# %%\nprint("ran")\n', encoding="utf-8")
    out = tmp_path / "out"
    assert notebooks.run_notebook(src, out, html=False) is not None
    assert notebooks.run_notebook(src, out, html=False) is None  # unchanged: skipped
    monkeypatch.setattr(notebooks, "_library_digest", lambda: b"a chart was fixed")
    assert notebooks.run_notebook(src, out, html=False) is not None
