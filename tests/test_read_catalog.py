"""Reading documents and the catalog: encodings, and clear errors for bad input."""

import shutil
import subprocess
import sys

import pytest

from govdata.catalog import load_catalog
from govdata.errors import CatalogError, DocumentError
from govdata.paths import PROJ_ROOT
from govdata.read import read

TEXT = "地区生产总值增长8%左右。\n全年地区生产总值2291.5亿元,增长5.8%。\n"


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                             ("gb18030", b""), ("gbk", b""),
                                             ("utf-16", b"")])
def test_encodings(tmp_path, encoding, prefix):
    f = tmp_path / "doc.txt"
    f.write_bytes(prefix + TEXT.replace("\n", "\r\n").encode(encoding))
    assert read(f).text.replace("\r\n", "\n") == TEXT


def test_real_gbk_corpus_decodes():
    f = PROJ_ROOT.parent / "shared" / "corpus" / "hailar" / "2015.txt"
    if not f.exists():
        pytest.skip("../shared/corpus is not present on this machine")
    doc = read(f)
    assert doc.encoding == "gb18030" and "海拉尔" in doc.text


@pytest.mark.parametrize("data,needle", [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "not a text"),
                                         (b"\x80\xfa\xfb\xfc\xfd\x30" * 20, "encoding")])
def test_bad_documents(tmp_path, data, needle):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(DocumentError, match=needle) as exc:
        read(f)
    assert "bad.txt" in str(exc.value)


def test_seed_catalog_is_valid():
    cat = load_catalog(PROJ_ROOT / "data" / "raw" / "catalog.csv")
    assert len(cat) == 5
    assert set(cat["admin_code"]) == {"341300", "320300", "330500"}
    assert "002_62ccae5bf065e93a.txt" in set(cat["source_file"])


def _catalog_copy(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(PROJ_ROOT / "data" / "raw", raw)
    return raw / "catalog.csv"


@pytest.mark.parametrize("old,new,needle", [
    ("suzhou-2023-completion-report.txt,", "missing.txt,", "not found"),
    ("xuzhou-2024-breakdown,", "suzhou-ah-2023-completion,", "duplicate doc_id"),
    (",completion_report,", ",completion,", "unknown doc_type"),
    (",2023,completion_report", ",二〇二三,completion_report", "not a number"),
])
def test_bad_catalog_rows(tmp_path, old, new, needle):
    cat = _catalog_copy(tmp_path)
    cat.write_text(cat.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=needle):
        load_catalog(cat)


def test_cli_error_is_one_line_exit_2_and_outputs_untouched(tmp_path):
    cat = _catalog_copy(tmp_path)
    out = tmp_path / "processed"
    out.mkdir()
    (out / "targets.csv").write_text("previous build\n")
    cat.write_text(cat.read_text(encoding="utf-8").replace(",completion_report,", ",nonsense,"),
                   encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "govdata.cli", "build", "--catalog", str(cat),
                          "--out", str(out)], capture_output=True, text=True, check=False)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "catalog.csv" in res.stderr
    assert "Traceback" not in res.stderr
    assert (out / "targets.csv").read_text() == "previous build\n"
