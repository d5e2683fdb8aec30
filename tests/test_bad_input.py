"""Bad input: one line that names the file and says what to do, exit code 2, no traceback
(unless --debug), and the output folder left exactly as it was. A build reports every bad
document; --keep-going builds the good ones and lists the skipped ones in the coverage table."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from govdata.catalog import COLUMNS
from govdata.cli import main
from govdata.errors import DocumentError
from govdata.read import read

from .conftest import RAW

SEED = (RAW / "xuzhou-2024-work-report.txt").read_text(encoding="utf-8")
GOOD = "huzhou-2021-target-breakdown.txt"


def small_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("2024年徐州市政府工作报告")
    d.add_paragraph("地区生产总值增长5%以上。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def small_xlsx(header: bool = True) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    if header:
        wb.active.append(["序号", "重点工作任务", "完成情况", "牵头单位"])
    wb.active.append([1, "地区生产总值增长8%左右。", "全年增长5.8%。", "市发展改革委"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_part(package: bytes, part: str, write) -> bytes:
    """A copy of a zip package whose ``part`` is written by ``write(stream)``."""
    src = zipfile.ZipFile(io.BytesIO(package))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == part:
                with z.open(part, "w", force_zip64=True) as stream:
                    write(stream)
            else:
                z.writestr(info.filename, src.read(info.filename))
    return buf.getvalue()


def billion_laughs_xml() -> str:
    entities = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">' + entities + "]>"
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    return xml


def billion_laughs() -> bytes:
    xml = billion_laughs_xml()
    return with_part(small_docx(), "word/document.xml", lambda s: s.write(xml.encode()))


def billion_laughs_xlsx() -> bytes:
    xml = billion_laughs_xml().replace("w:document", "worksheet").replace("w:body", "sheetData")
    return with_part(small_xlsx(), "xl/worksheets/sheet1.xml", lambda s: s.write(xml.encode()))


def zip_bomb() -> bytes:
    """A 0.3 MB DOCX whose document part inflates to 300 MB."""
    def write(stream):
        stream.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>')
        chunk = b" " * 2**20
        for _ in range(300):
            stream.write(chunk)
        stream.write(b"</w:body></w:document>")
    return with_part(small_docx(), "word/document.xml", write)


def scan_pdf() -> bytes:
    """A PDF page holding only a drawing — what a scan without OCR looks like to a reader."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")
    return bytes(pdf.output())


def text_pdf(password: str = "") -> bytes:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "GDP grew 5.8% in 2023")
    if password:
        pdf.set_encryption(owner_password="o", user_password=password,
                           encryption_method=EncryptionMethod.RC4)
    return bytes(pdf.output())


MENUS_ONLY = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>宿州市人民政府</title>'
              '<script>var tip = "地区生产总值增长8%左右,页面加载中";</script></head><body>'
              '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/x">政务公开</a></li></ul>'
              '<div id="app"></div><div class="footer"><a href="/m">网站地图</a></div>'
              "</body></html>").encode()

# name → (bytes, what the message must say)
CASES = {
    "empty.txt": (lambda: b"", "the file is empty"),
    "garbage.bin": (lambda: random.Random(7).randbytes(5000), "not a text document"),
    "truncated.docx": (lambda: small_docx()[:20_000], "damaged or truncated"),
    "truncated.xlsx": (lambda: small_xlsx()[:3_000], "damaged or truncated"),
    "scan.pdf": (scan_pdf, "no text layer"),
    "locked.pdf": (lambda: text_pdf(password="u"), "password-protected"),
    "truncated.pdf": (lambda: text_pdf()[:500], "damaged or truncated"),
    "menus-only.html": (lambda: MENUS_ONLY, "no article text"),
    "no-header.xlsx": (lambda: small_xlsx(header=False), "no sheet has a header row"),
    "shift-jis.txt": (lambda: SEED.encode("shift_jis", errors="ignore"), "re-save the file as UTF-8"),
    "big5.txt": (lambda: SEED.encode("big5", errors="ignore"), "re-save the file as UTF-8"),
    "fifty-mb.txt": (lambda: SEED.encode("utf-8") * (50 * 2**20 // len(SEED.encode()) + 1),
                     "over the 25 MB limit"),
    "billion-laughs.docx": (billion_laughs, "declares a DTD"),
    "billion-laughs.xlsx": (billion_laughs_xlsx, "sheet1.xml declares a DTD"),
    "zip-bomb.docx": (zip_bomb, "unpacks to 301 MB, over the 200 MB limit"),
    "legacy.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), "save it as .docx"),
}


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    for name, (make, _) in CASES.items():
        (d / name).write_bytes(make())
    return d


@pytest.mark.parametrize("name", CASES)
def test_read_fails_fast_with_the_file_and_the_fix(bad_dir, name):
    start = time.perf_counter()
    with pytest.raises(DocumentError) as exc:
        read(bad_dir / name)
    assert time.perf_counter() - start < 5
    msg = str(exc.value)
    assert str(bad_dir / name) in msg and CASES[name][1] in msg
    assert "\n" not in msg and ";" in msg  # one line: what is wrong; what to do


def catalog(raw: Path, files: list[str], **changes) -> Path:
    """A catalog of ``files`` in ``raw`` (rows like the seeds'), with cells overridden by
    ``changes``: ``{column: [value per row]}``."""
    rows = [{"doc_id": Path(f).stem, "path": f, "source_file": f, "region": "徐州市",
             "region_level": "prefecture", "province": "江苏省", "admin_code": "320300",
             "year": "2024", "doc_type": "work_report", "title": f, "publisher": "",
             "published": "", "url": ""} for f in files]
    for col, values in changes.items():
        for row, v in zip(rows, values, strict=True):
            row[col] = v
    path = raw / "catalog.csv"
    pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def out(tmp_path) -> Path:
    """An output folder holding a previous build."""
    d = tmp_path / "processed"
    d.mkdir()
    (d / "targets.csv").write_text("previous build\n", encoding="utf-8")
    (d / "targets.parquet").write_bytes(b"PAR1 previous")
    return d


def run_build(cat: Path, out: Path, capsys, *flags: str) -> tuple[int, str, str]:
    code = main(["build", "--catalog", str(cat), "--out", str(out), *flags])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", CASES)
def test_build_with_a_bad_document_leaves_outputs_untouched(bad_dir, tmp_path, out, capsys,
                                                           name):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes((bad_dir / name).read_bytes())
    before = snapshot(out)
    code, _, err = run_build(catalog(raw, [name]), out, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and name in err and CASES[name][1] in err
    assert "Traceback" not in err
    assert snapshot(out) == before


@pytest.mark.parametrize("change,needle", [
    ({"path": ["missing.txt"]}, "'missing.txt' not found"),
    ({"doc_id": ["twice", "twice"]}, "duplicate doc_id twice"),
    ({"doc_type": ["work_report", "annual_memo"]}, "unknown doc_type 'annual_memo'"),
    ({"year": ["2024", "二〇二四"]}, "year '二〇二四' is not a number"),
])
def test_bad_catalog_rows_stop_the_build_with_one_line(tmp_path, out, capsys, change, needle):
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in (GOOD, "second.txt"):
        (raw / f).write_bytes((RAW / GOOD).read_bytes())
    files = [GOOD] if "path" in change else [GOOD, "second.txt"]
    before = snapshot(out)
    code, _, err = run_build(catalog(raw, files, **change), out, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "catalog.csv" in err
    assert needle in err and "Traceback" not in err
    assert snapshot(out) == before


@pytest.fixture
def mixed(bad_dir, tmp_path) -> Path:
    """A catalog of one good document and three bad ones."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / GOOD).write_bytes((RAW / GOOD).read_bytes())
    bad = ["truncated.docx", "scan.pdf", "big5.txt"]
    for name in bad:
        (raw / name).write_bytes((bad_dir / name).read_bytes())
    return catalog(raw, [GOOD, *bad], region=["湖州市"] + ["徐州市"] * 3,
                   admin_code=["330500"] + ["320300"] * 3, year=["2021", "2024", "2024", "2024"],
                   doc_type=["target_breakdown"] + ["work_report"] * 3)


def test_every_bad_document_is_reported_not_just_the_first(mixed, out, capsys):
    before = snapshot(out)
    code, _, err = run_build(mixed, out, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "3 of 4 documents" in err and "--keep-going" in err
    for name, needle in [("truncated.docx", "damaged"), ("scan.pdf", "OCR"),
                         ("big5.txt", "UTF-8")]:
        assert name in err and needle in err
    assert snapshot(out) == before


def test_keep_going_builds_the_good_and_lists_the_skipped_in_coverage(mixed, out, capsys):
    code, stdout, err = run_build(mixed, out, capsys, "--keep-going")
    assert code == 0 and "built 1 documents" in stdout
    assert sorted(ln.split(":")[0] for ln in err.strip().splitlines()) == [
        "skipped big5", "skipped scan", "skipped truncated"]
    docs = pd.read_csv(out / "documents.csv", dtype=str)
    assert docs["doc_id"].tolist() == ["huzhou-2021-target-breakdown"]
    cov = pd.read_csv(out / "coverage.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert cov.loc["huzhou-2021-target-breakdown", "status"] == "built"
    assert int(cov.loc["huzhou-2021-target-breakdown", "target_rows"]) > 10
    for doc_id, needle in [("truncated", "truncated.docx: the file is damaged"),
                           ("scan", "scan.pdf: the PDF has no text layer"),
                           ("big5", "big5.txt: decoding it as gb18030 gives garbled text")]:
        assert cov.loc[doc_id, "status"] == "skipped" and needle in cov.loc[doc_id, "reason"]
        assert cov.loc[doc_id, "target_rows"] == "0"


def test_keep_going_also_skips_bad_catalog_rows_and_lists_them(tmp_path, out, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in (GOOD, "second.txt", "third.txt"):
        (raw / f).write_bytes((RAW / GOOD).read_bytes())
    cat = catalog(raw, [GOOD, "gone.txt", "second.txt", "third.txt"],
                  doc_id=["good", "gone", "good", "memo"], region=["湖州市"] * 4,
                  admin_code=["330500"] * 4, year=["2021", "2021", "2021", "二〇二一"],
                  doc_type=["target_breakdown"] * 3 + ["annual_memo"])
    code, stdout, err = run_build(cat, out, capsys, "--keep-going")
    assert code == 0 and "built 1 documents" in stdout
    cov = pd.read_csv(out / "coverage.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert cov.loc["good", "status"] == "built" and int(cov.loc["good", "target_rows"]) > 10
    for doc_id, needle in [("gone", "'gone.txt' not found"),
                           ("good (catalog line 4)", "duplicate doc_id good"),
                           ("memo", "unknown doc_type 'annual_memo'")]:
        assert cov.loc[doc_id, "status"] == "skipped" and needle in cov.loc[doc_id, "reason"]
        assert "catalog.csv" in cov.loc[doc_id, "reason"]
    assert "is not a number" in cov.loc["memo", "reason"]  # every problem of a row, not the first
    assert len(err.strip().splitlines()) == 3 and "skipped gone" in err
    # without --keep-going the same catalog stops the build with one line naming every problem
    before = snapshot(out)
    code, _, err = run_build(cat, out, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert all(n in err for n in ("'gone.txt' not found", "duplicate doc_id good", "annual_memo"))
    assert snapshot(out) == before


def test_keep_going_with_nothing_buildable_keeps_the_earlier_outputs(tmp_path, out, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    before = snapshot(out)
    code, _, err = run_build(catalog(raw, ["gone.txt"]), out, capsys, "--keep-going")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "none of the 1 documents can be built" in err and "'gone.txt' not found" in err
    assert snapshot(out) == before


def test_real_process_exit_code_and_debug_traceback(bad_dir, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "scan.pdf").write_bytes((bad_dir / "scan.pdf").read_bytes())
    cat = catalog(raw, ["scan.pdf"])
    cmd = [sys.executable, "-m", "govdata.cli", "build", "--catalog", str(cat), "--out",
           str(tmp_path / "out")]
    plain = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert plain.returncode == 2 and plain.stdout == ""
    assert plain.stderr.startswith("error: 1 of 1 documents cannot be built: ")
    assert len(plain.stderr.splitlines()) == 1 and "Traceback" not in plain.stderr
    debug = subprocess.run([cmd[0], *cmd[1:3], "--debug", *cmd[3:]], capture_output=True,
                           text=True, check=False)
    assert debug.returncode != 0 and "Traceback" in debug.stderr and "scan.pdf" in debug.stderr
    assert not (tmp_path / "out").exists()


def test_size_limit_is_a_setting(bad_dir, monkeypatch):
    big = bad_dir / "fifty-mb.txt"
    monkeypatch.setenv("GOVDATA_MAX_MB", "60")
    doc = read(big)
    assert len(doc.text) > 15_000_000 and doc.text.startswith("各位代表")
    monkeypatch.setenv("GOVDATA_MAX_MB", "lots")
    with pytest.raises(Exception, match="GOVDATA_MAX_MB='lots' is not a number"):
        read(big)


def test_show_and_extract_fail_the_same_way(bad_dir, tmp_path, capsys):
    for argv in (["show", str(bad_dir / "scan.pdf")],
                 ["extract", str(bad_dir / "zip-bomb.docx"), "--out", str(tmp_path / "o")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and str(bad_dir) in err
    assert not (tmp_path / "o").exists()
