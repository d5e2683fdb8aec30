"""govdata command line: build, extract, show, coverage, rules, catalog add, diff.

Errors a user can fix are printed as one line naming the file and the fix, with exit code 2;
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HANDFUL = 5  # parse more documents than this and the build shows a progress bar


def _progress_bar(results, total: int):
    """A tqdm bar on stderr over the documents being parsed, when there are more than a handful
    and stderr is a terminal; otherwise the results unchanged."""
    if total <= HANDFUL or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return tqdm(results, total=total, desc="parsing", unit="doc", file=sys.stderr, leave=False)


def _jobs(n: int) -> int:
    """``--jobs N``: N processes, 0 for one per core."""
    import os

    from .errors import GovdataError

    if n < 0:
        raise GovdataError(f"--jobs {n}: give a number of processes, or 0 for one per core")
    return n or os.cpu_count() or 1


def _cmd_build(args) -> int:
    from .build import build

    jobs = _jobs(args.jobs)
    res = build(args.catalog, args.out, keep_going=args.keep_going, jobs=jobs, fresh=args.fresh,
                progress_bar=_progress_bar)
    t = res.tables
    print(f"built {len(t['documents'])} documents: {len(t['targets'])} targets, "
          f"{len(t['outcomes'])} outcomes, {len(t['attainment'])} verdicts")
    print(f"parsed {res.parsed} documents, reused {res.reused} from the cache"
          + (" (--fresh)" if args.fresh else ""))
    for doc_id in res.failed:
        print(f"skipped {doc_id}: {res.reasons.get(doc_id, 'unreadable')}", file=sys.stderr)
    return 0


def _cmd_extract(args) -> int:
    import pandas as pd

    from .build import assemble, document_row
    from .detect import detect_meta, detection_text
    from .pipeline import extract_document
    from .read import read
    from .tables import write_tables

    docs, parts = [], []
    for f in args.files:
        doc = read(f)
        meta = detect_meta(detection_text(doc), Path(f),
                           region=args.region, year=args.year, doc_type=args.doc_type)
        meta |= {k: doc.meta[k] for k in ("title", "publisher", "published") if k in doc.meta}
        docs.append(document_row(meta, doc.text, Path(f).read_bytes()))
        parts.append(extract_document(doc.text, meta))
    tables = assemble(pd.DataFrame(docs), parts)
    out = write_tables(tables, Path(args.out))
    print(f"wrote {len(tables['targets'])} targets and {len(tables['outcomes'])} outcomes to {out}")
    return 0


def _cmd_show(args) -> int:
    from .read import read

    text = _resolve(args.doc)
    doc = read(text)
    sys.stdout.write(doc.text[args.start: args.end])
    return 0


def _resolve(doc: str) -> str:
    """A catalog doc_id or a path → a path."""
    if Path(doc).exists():
        return doc
    from .catalog import load_catalog
    from .errors import GovdataError
    from .paths import catalog_path

    cat = load_catalog(catalog_path())
    hit = cat[cat["doc_id"] == doc]
    if hit.empty:
        raise GovdataError(f"{doc}: neither a file nor a doc_id in {catalog_path()}; "
                           "check the name with `govdata coverage`")
    return hit["abs_path"].iloc[0]


def _cmd_coverage(args) -> int:
    from .tables import read_table

    cov = read_table("coverage")
    if not args.doc:
        print(cov.to_string(index=False))
        return 0
    nums = read_table("numbers")
    bad = nums[(nums["doc_id"] == args.doc) & (nums["role"] == "unexplained")]
    print(f"{args.doc}: {len(bad)} numbers not understood")
    for r in bad.itertuples():
        print(f"  [{r.char_start}:{r.char_end}] {r.text}  …{r.context}…")
    return 0


def _cmd_rules(args) -> int:
    from .attain import rules_table

    print(rules_table().to_string(index=False))
    return 0


def _cmd_notebooks(args) -> int:
    from .notebooks import run_all

    for src, ran in run_all(Path(args.out), force=args.force, jobs=_jobs(args.jobs)):
        print(f"{'ran    ' if ran else 'skipped'} {src.name}" + ("" if ran else " (unchanged)"))
    return 0


def _cmd_national(args) -> int:
    from .national import national_reference
    from .paths import reference_dir

    out = Path(args.out) if args.out else reference_dir() / "national_targets_outcomes.csv"
    df = national_reference(args.corpus)
    out.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(out, index=False, encoding="utf-8-sig", lineterminator="\n")
    print(f"wrote {len(df)} rows ({df['year'].min()}–{df['year'].max()}) to {out}")
    return 0


def _cmd_catalog_add(args) -> int:
    from .catalog import add_documents
    from .paths import catalog_path

    ask = (lambda prompt: input(prompt)) if sys.stdin.isatty() else None
    cat = Path(args.catalog) if args.catalog else catalog_path()
    added = add_documents(args.files, cat, region=args.region, year=args.year,
                          doc_type=args.doc_type, slug=args.slug, doc_id=args.doc_id,
                          title=args.title, admin_code=args.admin_code, ask=ask)
    for r in added.itertuples(index=False):
        print(f"added {r.doc_id}: {r.path} (was {r.source_file}) — {r.region} {r.region_level}, "
              f"{r.year}, {r.doc_type}, title {r.title!r}")
    print(f"{len(added)} row(s) added to {cat}; check them, then `make all` and `govdata diff`")
    return 0


def _cmd_diff(args) -> int:
    import pandas as pd

    from .diff import diff_builds, snapshot_dir, table_key

    summary, rows = diff_builds(args.out)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60,
                           "display.max_rows", None, "display.max_columns", None):
        if not args.table:
            print(f"changes since the previous build (kept in {snapshot_dir(args.out)}):")
            print(summary.to_string(index=False))
            return 0
        if args.table not in rows:
            from .errors import GovdataError

            raise GovdataError(f"{args.table}: no such table; use one of {', '.join(rows)}")
        d = rows[args.table]
        key = table_key(args.table, d.columns[2:])
        info = ("region", "year", "doc_type", "indicator_zh", "value", "unit", "status", "role",
                "text")
        show = ["change", *key, *[c for c in info if c in d.columns and c not in key], "changes"]
        print(f"{args.table}: {len(d)} row(s) added, removed or changed")
        if len(d):
            print(d[show].to_string(index=False))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govdata", description=__doc__.splitlines()[0])
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build data/processed/ from data/raw/catalog.csv")
    b.add_argument("--catalog", default=None)
    b.add_argument("--out", default=None)
    b.add_argument("--keep-going", action="store_true", help="skip unreadable documents")
    b.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="parse documents in N processes (0: one per core; default 1)")
    b.add_argument("--fresh", action="store_true",
                   help="ignore the cache of earlier builds and parse every document again")
    b.set_defaults(fn=_cmd_build)
    e = sub.add_parser("extract", help="extract tables from documents outside the catalog")
    e.add_argument("files", nargs="+")
    e.add_argument("--out", required=True)
    e.add_argument("--region")
    e.add_argument("--year", type=int)
    e.add_argument("--doc-type")
    e.set_defaults(fn=_cmd_extract)
    s = sub.add_parser("show", help="print a document's decoded text (offsets refer to it)")
    s.add_argument("doc", help="doc_id or path")
    s.add_argument("--start", type=int, default=0)
    s.add_argument("--end", type=int, default=None)
    s.set_defaults(fn=_cmd_show)
    c = sub.add_parser("coverage", help="coverage report; with DOC, the numbers not understood")
    c.add_argument("doc", nargs="?")
    c.set_defaults(fn=_cmd_coverage)
    n = sub.add_parser("notebooks", help="execute every notebook headless and export HTML")
    n.add_argument("--out", default="build/notebooks")
    n.add_argument("--force", action="store_true", help="re-run unchanged notebooks too")
    n.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                   help="run N notebooks at once (0: one per core, the default)")
    n.set_defaults(fn=_cmd_notebooks)
    cat = sub.add_parser("catalog", help="manage data/raw/catalog.csv")
    cat_sub = cat.add_subparsers(dest="catalog_cmd", required=True)
    ca = cat_sub.add_parser("add", help="add catalog rows for new documents (detects region, "
                                        "year and type; asks, or takes the flags, for the rest)")
    ca.add_argument("files", nargs="+")
    ca.add_argument("--region", help="region name, e.g. 宿州市 or 海拉尔区")
    ca.add_argument("--year", type=int)
    ca.add_argument("--doc-type", help="work_report, target_breakdown, completion_report, "
                                       "five_year_plan or statistical_communique")
    ca.add_argument("--slug", help="ASCII region name for file names, for a region new to the "
                                   "catalog without an admin code (e.g. hailar)")
    ca.add_argument("--admin-code", help="6-digit division code")
    ca.add_argument("--doc-id", help="doc_id to use instead of <slug>-<year>-<type> (one file)")
    ca.add_argument("--title")
    ca.add_argument("--catalog", default=None)
    ca.set_defaults(fn=_cmd_catalog_add)
    d = sub.add_parser("diff", help="what changed in the tidy tables since the previous build")
    d.add_argument("--table", help="list the rows added, removed or changed in this table")
    d.add_argument("--out", default=None, help="the processed folder (default data/processed)")
    d.set_defaults(fn=_cmd_diff)
    nat = sub.add_parser("national", help="build the national targets/outcomes reference table")
    nat.add_argument("corpus", help="folder of State Council work reports named YYYY.txt")
    nat.add_argument("--out", default=None)
    nat.set_defaults(fn=_cmd_national)
    r = sub.add_parser("rules", help="print the attainment rules table")
    r.set_defaults(fn=_cmd_rules)
    return p


def main(argv: list[str] | None = None) -> int:
    from .errors import GovdataError

    args = parser().parse_args(argv)
    try:
        return args.fn(args)
    except GovdataError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
