"""catalog: the table describing every raw document (``data/raw/catalog.csv``): reading and
validating it, and adding rows for new documents (``govdata catalog add``)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .errors import CatalogError, DetectionError

COLUMNS = ["doc_id", "path", "source_file", "region", "region_level", "province", "admin_code",
           "year", "doc_type", "title", "publisher", "published", "url"]
# (a zone — 经济技术开发区, 高新区 — run by a 管理委员会 is no division, but reports as one)
REGION_LEVELS = ("national", "province", "prefecture", "county", "township", "zone")
DOC_TYPES = ("work_report", "target_breakdown", "completion_report", "five_year_plan",
             "statistical_communique")


def load_catalog(path: str | Path, keep_going: bool = False) -> pd.DataFrame:
    """Read and validate a catalog; return it with ``year`` as int and ``path`` absolute.

    With ``keep_going``, rows with a problem (a missing file, an unknown ``doc_type``, a year
    that is not a number, a second row with the same ``doc_id``…) are left out instead, and
    ``df.attrs["skipped"]`` maps each (``doc_id``, or ``line N`` when it has none) to what is
    wrong with it, so the build can list them; problems of the whole file still raise.

    Raises:
        CatalogError: missing file or column, duplicate ``doc_id``, unknown ``doc_type`` or
            ``region_level``, a year that is not a number, or a row pointing at a missing file.
    """
    path = Path(path)
    if not path.exists():
        raise CatalogError(f"{path}: catalog not found; create it with the columns "
                           f"{','.join(COLUMNS)} (see README)")
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: not a readable CSV ({exc}); fix the file") from None
    whole, by_row = catalog_problems(df, path.parent)
    if whole or (by_row and not keep_going):
        raise CatalogError(f"{path}: " + "; ".join(whole + _flatten(by_row)))
    skipped = {_row_key(df, i): f"{path}: " + "; ".join(msgs) for i, msgs in by_row.items()}
    df = df.drop(index=list(by_row)).reset_index(drop=True)
    df["year"] = df["year"].astype(int)
    df["abs_path"] = [str((path.parent / p).resolve()) for p in df["path"]]
    df.attrs["skipped"] = skipped
    return df


def validate_catalog(df: pd.DataFrame, base: Path) -> list[str]:
    """Every problem in a catalog, each as a short instruction (empty list when valid)."""
    whole, by_row = catalog_problems(df, base)
    return whole + _flatten(by_row)


def catalog_problems(df: pd.DataFrame, base: Path) -> tuple[list[str], dict[int, list[str]]]:
    """Problems of the whole catalog (missing columns), and each row's own problems by its
    position. A repeated ``doc_id`` is a problem of every row after the first that has it."""
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        return [f"missing column(s) {', '.join(missing)}; add them to the header"], {}
    by_row: dict[int, list[str]] = {}
    repeated = df["doc_id"].duplicated() & (df["doc_id"] != "")
    for i, row in enumerate(df.itertuples(index=False)):
        where = f"row {row.doc_id or '?'}"
        problems = []
        if repeated.iloc[i]:
            problems.append(f"duplicate doc_id {row.doc_id}; give each document its own id")
        if not row.doc_id:
            problems.append(f"{where}: empty doc_id; fill it in")
        if row.doc_type not in DOC_TYPES:
            problems.append(f"{where}: unknown doc_type {row.doc_type!r}; use one of "
                            f"{', '.join(DOC_TYPES)}")
        if row.region_level not in REGION_LEVELS:
            problems.append(f"{where}: unknown region_level {row.region_level!r}; use one of "
                            f"{', '.join(REGION_LEVELS)}")
        if not str(row.year).strip().isdigit():
            problems.append(f"{where}: year {row.year!r} is not a number; write it as e.g. 2023")
        if row.admin_code and not (row.admin_code.isdigit() and len(row.admin_code) == 6):
            problems.append(f"{where}: admin_code {row.admin_code!r} is not a 6-digit code")
        if not row.path or not (base / row.path).is_file():
            problems.append(f"{where}: file {row.path!r} not found in {base}; add the file or "
                            "fix the path")
        if problems:
            by_row[i] = problems
    return [], by_row


def _flatten(by_row: dict[int, list[str]]) -> list[str]:
    """The rows' problems as one list, a repeated doc_id named once."""
    out: list[str] = []
    for msgs in by_row.values():
        out.extend(m for m in msgs if m not in out)
    return out


def _row_key(df: pd.DataFrame, i: int) -> str:
    """How a skipped row is named in the coverage table: its doc_id, with its line in the
    file when that id is empty or taken by an earlier row."""
    doc_id = df["doc_id"].iloc[i]
    if doc_id and not df["doc_id"].iloc[:i].eq(doc_id).any():
        return doc_id
    return f"{doc_id or 'line'} (catalog line {i + 2})"


# ---------------------------------------------------------------- adding new documents

DOC_TYPE_SLUGS = {"work_report": "work-report", "target_breakdown": "breakdown",
                  "completion_report": "completion", "five_year_plan": "plan",
                  "statistical_communique": "communique"}
DOC_TYPE_TITLES = {"work_report": "政府工作报告", "target_breakdown": "政府工作报告目标任务分解",
                   "completion_report": "政府工作报告重点工作完成情况",
                   "five_year_plan": "国民经济和社会发展五年规划",
                   "statistical_communique": "国民经济和社会发展统计公报"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Ask = Callable[[str], str]


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def catalog_slug(catalog: pd.DataFrame, region: str) -> str:
    """The ASCII region part of the doc_ids the catalog already uses for ``region``
    (``suzhou-ah-2023-completion`` → ``suzhou-ah``); empty when it has none."""
    for doc_id in catalog.loc[catalog["region"] == region, "doc_id"] if len(catalog) else []:
        m = re.match(r"^(.*?)-\d{4}(?:-|$)", doc_id)
        if m and SLUG.match(m.group(1)):
            return m.group(1)
    return ""


def _answer(ask: Ask | None, path: Path, what: str, flag: str, example: str,
            reason: str = "not recognised in the text") -> str:
    """Ask for something that could not be detected, or fail naming the flag to pass."""
    if ask is None:
        raise DetectionError(f"{path}: {what} {reason}; pass {flag} (e.g. {flag} {example})")
    answer = ask(f"{path.name}: {what} {reason}; enter it (e.g. {example}): ").strip()
    if not answer:
        raise DetectionError(f"{path}: no {what} given; pass {flag}")
    return answer


def _region(text: str, path: Path, region: str | None, ask: Ask | None) -> tuple[str, str, str, str]:
    """``(region, region_level, province, admin_code)``, detected or looked up from a name."""
    from .detect import detect_region, region_named

    if not region:
        try:
            return detect_region(text)
        except DetectionError:
            region = _answer(ask, path, "region", "--region", "宿州市")
    return region_named(region, text, path)


def new_entry(path: str | Path, catalog: pd.DataFrame, region: str | None = None,
              year: int | None = None, doc_type: str | None = None, slug: str | None = None,
              doc_id: str | None = None, title: str | None = None, admin_code: str | None = None,
              ask: Ask | None = None) -> dict:
    """The catalog row for one new document, detecting region, year and type from its text.

    Values given as arguments win; what cannot be detected is asked for through ``ask`` (a
    function taking a prompt and returning the answer), or, when ``ask`` is None, raises
    :class:`DetectionError` naming the file and the command-line flag to pass. ``doc_id`` is
    ``<region slug>-<year>-<type>``: the slug the catalog already uses for the region, else
    ``slug``, else the admin code. ``path`` is the ASCII file name ``<doc_id><suffix>``;
    ``source_file`` keeps the original name.
    """
    from .detect import detect_doc_type, detect_year, detection_text
    from .read import read

    path = Path(path)
    doc = read(path)
    text = detection_text(doc)
    if doc_type is None:
        try:
            doc_type = detect_doc_type(text)
        except DetectionError:
            doc_type = _answer(ask, path, "document type", "--doc-type", "|".join(DOC_TYPES))
    if doc_type not in DOC_TYPES:
        raise DetectionError(f"{path}: unknown document type {doc_type!r}; pass --doc-type with one "
                             f"of {', '.join(DOC_TYPES)}")
    if year is None:
        try:
            year = detect_year(text, doc_type)
        except DetectionError:
            year = _answer(ask, path, "year", "--year", "2024")
    if not str(year).isdigit():
        raise DetectionError(f"{path}: year {year!r} is not a number; pass --year, e.g. 2024")
    name, level, province, code = _region(text, path, region, ask)
    code = admin_code or code
    slug = catalog_slug(catalog, name) or slug or code
    if not slug:
        slug = _answer(ask, path, f"an ASCII name for {name}", "--slug", "hailar",
                       "is needed for file names (a region new to the catalog, no admin code)")
    slug = slug.strip().lower()
    if not SLUG.match(slug):
        raise DetectionError(f"{path}: region slug {slug!r} is not lower-case ASCII words joined "
                             "by '-'; pass --slug, e.g. --slug hailar")
    doc_id = doc_id or f"{slug}-{int(year)}-{DOC_TYPE_SLUGS[doc_type]}"
    return {"doc_id": doc_id, "path": doc_id + path.suffix.lower(), "source_file": path.name,
            "region": name, "region_level": level, "province": province, "admin_code": code,
            "year": str(int(year)), "doc_type": doc_type,
            "title": title or doc.meta.get("title")  # a page's ArticleTitle, a file's title
            or f"{int(year)}年{name}{DOC_TYPE_TITLES[doc_type]}", "publisher": "",
            "published": "", "url": ""}


def add_documents(files: list[str | Path], catalog: str | Path, region: str | None = None,
                  year: int | None = None, doc_type: str | None = None, slug: str | None = None,
                  doc_id: str | None = None, title: str | None = None,
                  admin_code: str | None = None, ask: Ask | None = None) -> pd.DataFrame:
    """Add a catalog row for each new file and give the file its ASCII name in the catalog's
    folder (``data/raw/``): a file already there is renamed, one elsewhere is copied in.

    Nothing is changed unless every file is new (no catalogued file with the same SHA-256, no
    doc_id already taken) and the resulting catalog validates; the catalog is rewritten
    atomically, its existing lines untouched. See :func:`new_entry` for the other arguments.

    Returns:
        The rows added.

    Raises:
        CatalogError: a duplicate, a name clash or an invalid catalog.
        DetectionError: region, year or type could not be detected and there is no ``ask``.
    """
    catalog = Path(catalog)
    base = catalog.parent
    if doc_id and len(files) > 1:
        raise CatalogError("--doc-id names one document; add the files one at a time")
    old = (pd.read_csv(catalog, dtype=str, keep_default_na=False, encoding="utf-8-sig")
           if catalog.exists() else pd.DataFrame(columns=COLUMNS))
    known = {}
    for r in old.itertuples(index=False):
        f = base / r.path
        if r.path and f.is_file():
            known[file_sha256(f)] = r.doc_id
    ids = set(old["doc_id"])
    rows, moves = [], []
    for f in map(Path, files):
        if not f.is_file():
            raise CatalogError(f"{f}: no such file; check the path")
        digest = file_sha256(f)
        if digest in known:
            raise CatalogError(f"{f}: same content as {known[digest]!r}, already in {catalog}; "
                               "nothing added — delete the copy")
        row = new_entry(f, old, region=region, year=year, doc_type=doc_type, slug=slug,
                        doc_id=doc_id, title=title, admin_code=admin_code, ask=ask)
        if row["doc_id"] in ids:
            raise CatalogError(f"{f}: doc_id {row['doc_id']!r} is already in {catalog}; pass "
                               "--doc-id to name this document differently, or fix the old row")
        dest = base / row["path"]
        if dest.exists() and dest.resolve() != f.resolve():
            raise CatalogError(f"{f}: {dest} already exists; move it away or pass --doc-id")
        known[digest], ids = row["doc_id"], ids | {row["doc_id"]}
        rows.append(row)
        moves.append((f, dest))
    added = pd.DataFrame(rows, columns=list(dict.fromkeys([*old.columns, *COLUMNS])))
    done = []
    try:
        for src, dest in moves:
            if src.resolve() == dest.resolve():
                continue
            if src.resolve().parent == base.resolve():
                os.rename(src, dest)
            else:
                shutil.copy2(src, dest)
            done.append((src, dest))
        problems = validate_catalog(pd.concat([old, added.fillna("")], ignore_index=True), base)
        if problems:
            raise CatalogError(f"{catalog}: " + "; ".join(problems))
        _append_rows(catalog, list(added.columns), added.fillna("").to_dict("records"))
    except BaseException:
        for src, dest in reversed(done):
            if src.resolve().parent == base.resolve():
                os.rename(dest, src)
            else:
                dest.unlink(missing_ok=True)
        raise
    return added


def _append_rows(catalog: Path, header: list[str], rows: list[dict]) -> None:
    """Append rows to the catalog CSV atomically, leaving its existing bytes as they are."""
    data = catalog.read_bytes() if catalog.exists() else b""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if not data:
        writer.writerow(header)
    elif not data.endswith(b"\n"):
        buf.write("\n")
    for row in rows:
        writer.writerow([row.get(c, "") for c in header])
    tmp = catalog.with_name(f".{catalog.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data + buf.getvalue().encode("utf-8"))
        os.replace(tmp, catalog)
    finally:
        tmp.unlink(missing_ok=True)
