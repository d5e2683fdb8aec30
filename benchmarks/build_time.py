"""Whole build: what ``make all`` costs on an installed environment, stage by stage.

Into a temporary data folder (a copy of ``data/raw`` and ``data/reference``; the real
``data/processed/`` and ``figures/`` are not touched):

- ``govdata build --fresh`` and then ``govdata build`` (every document reused from the cache)
  as the command line runs them, interpreter start-up included;
- the build's stages timed one by one through the library: catalog, read + extract, assemble
  (attainment, panel, progress, accountability, coverage), CSV + Parquet, workbook;
- every notebook, executed headless with ``force``, one by one (where the time goes), and then
  all of them as ``make all`` reruns them: ``govdata notebooks --force``, one notebook per core,
  the slowest of the last run first;
- ``govdata --help`` (best of 3): the command line's import time.

Goal: build + notebooks under 60 s on 2 cores.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govdata.paths import PROJ_ROOT

from .common import record

GOAL_S = 60
REPEAT_HELP = 3


def govdata_command() -> list[str]:
    """The installed ``govdata`` script beside this interpreter, else ``python -m govdata.cli``."""
    script = Path(sys.executable).with_name("govdata")
    return [str(script)] if script.exists() else [sys.executable, "-m", "govdata.cli"]


def timed_run(cmd: list[str]) -> float:
    """Seconds ``cmd`` takes (it must succeed; its output is discarded)."""
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def build_stages(out: Path) -> list[tuple[str, str, float]]:
    """The build's stages as ``(key, label, seconds)``, timed through the library (a fresh
    build, no cache, one process)."""
    import pandas as pd

    from govdata.build import assemble, parse_all, parsed_row
    from govdata.cache import extraction_meta
    from govdata.catalog import load_catalog
    from govdata.export import WORKBOOK, write_workbook
    from govdata.paths import catalog_path
    from govdata.tables import write_tables

    stages = []
    t = time.perf_counter()
    records = load_catalog(catalog_path()).to_dict("records")
    stages.append(("catalog", "catalog", time.perf_counter() - t))
    t = time.perf_counter()
    parsed = list(parse_all([(m["abs_path"], extraction_meta(m)) for m in records]))
    stages.append(("extract", f"read + extract ({len(records)} documents)",
                   time.perf_counter() - t))
    t = time.perf_counter()
    docs = pd.DataFrame([parsed_row(m, p) for m, p in zip(records, parsed)])
    tables = assemble(docs, [p.extraction for p in parsed])
    stages.append(("assemble", "assemble (attainment, panel, progress, …)",
                   time.perf_counter() - t))
    t = time.perf_counter()
    write_tables(tables, out, workbook=False)
    stages.append(("tables", "validate + CSV + Parquet", time.perf_counter() - t))
    t = time.perf_counter()
    write_workbook(tables, out / WORKBOOK)
    stages.append(("workbook", "workbook (govdata.xlsx)", time.perf_counter() - t))
    return stages


def notebook_times(out: Path) -> list[tuple[str, float]]:
    """Seconds per notebook, each executed headless (papermill) and exported to HTML."""
    from govdata.notebooks import notebook_sources, run_notebook

    times = []
    for src in notebook_sources():
        t = time.perf_counter()
        run_notebook(src, out, force=True)
        times.append((src.stem, time.perf_counter() - t))
    return times


def help_time() -> float:
    """Best of :data:`REPEAT_HELP` runs of ``govdata --help``."""
    return min(timed_run([*govdata_command(), "--help"]) for _ in range(REPEAT_HELP))


def main() -> dict:
    saved = {k: os.environ.get(k) for k in ("GOVDATA_DATA_DIR", "GOVDATA_FIGURES_DIR")}
    with tempfile.TemporaryDirectory(prefix="govdata-build-time-") as tmp:
        tmp = Path(tmp)
        shutil.copytree(PROJ_ROOT / "data" / "raw", tmp / "data" / "raw")
        if (PROJ_ROOT / "data" / "reference").is_dir():
            shutil.copytree(PROJ_ROOT / "data" / "reference", tmp / "data" / "reference")
        os.environ["GOVDATA_DATA_DIR"] = str(tmp / "data")
        os.environ["GOVDATA_FIGURES_DIR"] = str(tmp / "figures")
        try:
            cli_fresh = timed_run([*govdata_command(), "build", "--fresh"])
            cli_cached = timed_run([*govdata_command(), "build"])
            stages = build_stages(tmp / "stages")
            notebooks = notebook_times(tmp / "notebooks")
            # (into the same folder: the times just taken order the pool, as a rerun's are)
            nb_all = timed_run([*govdata_command(), "notebooks", "--force", "--out",
                                str(tmp / "notebooks")])
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    helps = help_time()
    nb_serial = sum(s for _, s in notebooks)
    total = cli_fresh + nb_all
    rows = [("govdata build --fresh (command line)", cli_fresh),
            ("govdata build, all documents cached", cli_cached)]
    rows += [(f"  stage: {label}", s) for _, label, s in stages]
    rows += [(f"  notebook {name}", s) for name, s in notebooks]
    rows += [("notebooks one after another (sum)", nb_serial),
             (f"govdata notebooks ({os.cpu_count()} at once, as make all)", nb_all),
             ("build + notebooks (make all)", total),
             (f"govdata --help (best of {REPEAT_HELP})", helps)]
    width = max(len(n) for n, _ in rows)
    print(f"whole build on {os.cpu_count()} cores (goal: build + notebooks < {GOAL_S} s)")
    for name, s in rows:
        print(f"{name:<{width}}  {s:7.2f} s")
    print(f"build + notebooks: {total:.1f} s — {'within' if total < GOAL_S else 'OVER'} the "
          f"{GOAL_S} s goal")
    metrics = [("build_fresh_s", round(cli_fresh, 2)), ("build_cached_s", round(cli_cached, 2))]
    metrics += [(f"stage_{key}_s", round(s, 3)) for key, _, s in stages]
    metrics += [(f"notebook_{name}_s", round(s, 2)) for name, s in notebooks]
    metrics += [("notebooks_serial_s", round(nb_serial, 2)), ("notebooks_s", round(nb_all, 2)),
                ("make_all_s", round(total, 2)),
                ("help_s", round(helps, 3))]
    record("build_time", metrics)
    return dict(rows)


if __name__ == "__main__":
    main()
