"""The build: tidy tables on disk, schemas, CLI commands."""

import subprocess
import sys

import pandas as pd
import pytest

from govdata.errors import SchemaError
from govdata.tables import TABLES, conform, read_table

from .conftest import one


def test_every_table_written_as_csv_and_parquet(built):
    for name in TABLES:
        assert (built / "processed" / f"{name}.parquet").exists()
        csv = built / "processed" / f"{name}.csv"
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf"), "CSV has a BOM for Excel"
        read_table(name, built / "processed")


def test_documents_table(built):
    docs = read_table("documents", built / "processed")
    s = one(docs, doc_id="suzhou-ah-2023-completion")
    assert (s.admin_code, s.year, s.doc_type, s.region_level) == ("341300", 2023,
                                                                  "completion_report", "prefecture")
    assert len(s.sha256) == 64 and s.chars > 20000


def test_attainment_on_disk(built):
    a = read_table("attainment", built / "processed")
    gdp = one(a, target_doc_id="suzhou-ah-2023-completion", indicator="gdp")
    assert (gdp.target_value, gdp.qualifier, gdp.outcome_value, gdp.status) == (8.0, "about", 5.8,
                                                                                 "missed")


def test_coverage_accounts_for_every_number(built):
    cov = read_table("coverage", built / "processed")
    nums = read_table("numbers", built / "processed")
    for r in cov.itertuples():
        parts = r.target + r.outcome + r.label + r.date + r.ordinal + r.metadata + r.unexplained
        assert parts == r.numbers == (nums["doc_id"] == r.doc_id).sum()


def test_schema_rejects_bad_rows(built):
    t = read_table("targets", built / "processed").head(3).copy()
    t.loc[t.index[0], "measure"] = "vibes"
    with pytest.raises(SchemaError, match="targets"):
        conform("targets", t)


def test_rules_command_prints_the_table():
    res = subprocess.run([sys.executable, "-m", "govdata.cli", "rules"], capture_output=True, check=False,
                         text=True)
    assert res.returncode == 0 and "cap_tol" in res.stdout and "floor" in res.stdout


def test_extract_command_detects_metadata(tmp_path):
    from govdata.paths import PROJ_ROOT

    src = PROJ_ROOT / "data" / "raw" / "suzhou-2023-completion-report.txt"
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "govdata.cli", "extract", str(src), "--out",
                          str(out)], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    t = pd.read_parquet(out / "targets.parquet")
    gdp = one(t, indicator="gdp", measure="growth_pct")
    assert (gdp.region, gdp.admin_code, gdp.year, gdp.value) == ("宿州市", "341300", 2023, 8.0)


def test_extract_command_says_what_it_cannot_detect(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("地区生产总值增长8%左右。", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "govdata.cli", "extract", str(f), "--out",
                          str(tmp_path / "o")], capture_output=True, text=True, check=False)
    assert res.returncode == 2 and "--doc-type" in res.stderr
