"""notebooks: run the jupytext notebooks headless (papermill) and export HTML (nbconvert).

Notebooks are stored as ``py:percent`` files; ``.ipynb`` and ``.html`` are build products
written to ``build/notebooks/``. A notebook is re-run only when its code or its inputs
(the built tables) changed since its last run.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .paths import PROJ_ROOT, processed_dir

NOTEBOOK_DIR = PROJ_ROOT / "notebooks"


def notebook_sources() -> list[Path]:
    """The notebook sources, in order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.py"))


def _fingerprint(src: Path, parameters: dict) -> str:
    h = hashlib.sha256(src.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True, ensure_ascii=False).encode())
    for f in sorted(processed_dir().glob("*.parquet")):
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


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
    pm.execute_notebook(str(source_nb), str(executed), parameters=parameters, kernel_name="python3",
                        cwd=str(NOTEBOOK_DIR), progress_bar=False, log_output=False)
    source_nb.unlink()
    if html:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_filename(str(executed))
        (out_dir / f"{src.stem}.html").write_text(body, encoding="utf-8")
    stamp.write_text(fp)
    return executed


def run_all(out_dir: Path, force: bool = False) -> list[tuple[Path, bool]]:
    """Run every notebook; return ``(source, ran)`` for each."""
    return [(src, run_notebook(src, out_dir, force=force) is not None) for src in notebook_sources()]
