"""notebooks: run the jupytext notebooks headless (papermill) and export HTML (nbconvert).

Notebooks are stored as ``py:percent`` files; ``.ipynb`` and ``.html`` are build products
written to ``build/notebooks/``. A notebook is re-run only when its code or its inputs
(the built tables) changed since its last run.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path

from .paths import PROJ_ROOT, processed_dir

NOTEBOOK_DIR = PROJ_ROOT / "notebooks"


def notebook_sources() -> list[Path]:
    """The notebook sources, in order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.py"))


def _fingerprint(src: Path, parameters: dict) -> str:
    """What a notebook's outputs depend on: its code, its parameters, the built tables and the
    library it calls (a fix to a chart re-runs the notebooks that draw it)."""
    h = hashlib.sha256(src.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True, ensure_ascii=False).encode())
    h.update(_library_digest())
    for f in sorted(processed_dir().glob("*.parquet")):
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _library_digest() -> bytes:
    """A digest of the govdata package's code and registries."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".csv")):
        h.update(f.relative_to(package).as_posix().encode())
        h.update(f.read_bytes())
    return h.digest()


def run_notebook(src: Path, out_dir: Path, parameters: dict | None = None, html: bool = True,
                 force: bool = False) -> Path | None:
    """Execute one notebook into ``out_dir`` (``.ipynb`` + ``.html``); None when skipped as
    unchanged."""
    import jupytext
    import nbformat
    import papermill as pm

    parameters = parameters or {}
    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / f"{src.stem}.ipynb"
    stamp = out_dir / f".{src.stem}.sha256"
    fp = _fingerprint(src, parameters)
    if not force and executed.exists() and stamp.exists() and stamp.read_text() == fp:
        return None
    nb = jupytext.read(src)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    source_nb = out_dir / f".{src.stem}.source.ipynb"
    nbformat.write(nb, source_nb)
    started = time.perf_counter()
    pm.execute_notebook(str(source_nb), str(executed), parameters=parameters, kernel_name="python3",
                        cwd=str(NOTEBOOK_DIR), progress_bar=False, log_output=False)
    _seconds_file(src, out_dir).write_text(f"{time.perf_counter() - started:.2f}\n")
    source_nb.unlink()
    if html:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_filename(str(executed))
        (out_dir / f"{src.stem}.html").write_text(body, encoding="utf-8")
    stamp.write_text(fp)
    return executed


def run_all(out_dir: Path, force: bool = False, jobs: int = 1,
            sources: list[Path] | None = None) -> list[tuple[Path, bool]]:
    """Run every notebook (or ``sources``); return ``(source, ran)`` for each, in order.

    With ``jobs`` > 1 that many notebooks run at once, each in a process of its own (notebooks
    are independent: each reads the built tables and writes its own outputs; figures two of them
    draw are saved atomically, see :func:`govdata.figures.save`).
    """
    sources = notebook_sources() if sources is None else sources
    if jobs <= 1 or len(sources) < 2:
        ran = [run_notebook(src, out_dir, force=force) for src in sources]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")  # as govdata build --jobs
        with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=context) as pool:
            # the slowest last time start first, so that no long notebook runs alone at the end
            futures = {src: pool.submit(run_notebook, src, out_dir, force=force)
                       for src in sorted(sources, key=lambda s: -_last_seconds(s, out_dir))}
            ran = [futures[src].result() for src in sources]
    return [(src, out is not None) for src, out in zip(sources, ran)]


def _seconds_file(src: Path, out_dir: Path) -> Path:
    return out_dir / f".{src.stem}.seconds"


def _last_seconds(src: Path, out_dir: Path) -> float:
    """How long the notebook took when it last ran into ``out_dir`` (never: infinite)."""
    try:
        return float(_seconds_file(src, out_dir).read_text())
    except (OSError, ValueError):
        return math.inf
