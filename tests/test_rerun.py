"""The yearly rerun, end to end through the command line: build, drop a document that is not
in the catalog into raw/, `govdata catalog add`, rebuild, `govdata diff` shows its rows added and
nothing removed."""

import shutil

import pytest

from govdata.catalog import load_catalog
from govdata.cli import main
from govdata.diff import diff_builds
from govdata.export import WORKBOOK
from govdata.paths import PROJ_ROOT
from govdata.tables import read_table

HAILAR = PROJ_ROOT.parent / "shared" / "corpus" / "hailar" / "2018.txt"
NEW_ID = "hailar-2018-work-report"


def test_yearly_rerun(tmp_path, monkeypatch, capsys):
    if not HAILAR.exists():
        pytest.skip(f"{HAILAR} is not present on this machine (../shared/corpus)")
    data = tmp_path / "data"
    shutil.copytree(PROJ_ROOT / "data" / "raw", data / "raw")
    monkeypatch.setenv("GOVDATA_DATA_DIR", str(data))
    processed = data / "processed"

    assert main(["build"]) == 0
    before = {name: read_table(name, processed) for name in ("documents", "targets", "numbers")}
    assert main(["diff"]) == 2, "no previous build to compare with yet"
    assert "no previous build" in capsys.readouterr().err

    shutil.copy(HAILAR, data / "raw" / "2018.txt")  # GBK, as published
    # 海拉尔区 is a district of 呼伦贝尔市: named explicitly; year and type come from the text
    assert main(["catalog", "add", str(data / "raw" / "2018.txt"), "--region", "海拉尔区",
                 "--slug", "hailar"]) == 0
    row = load_catalog(data / "raw" / "catalog.csv").set_index("doc_id").loc[NEW_ID]
    assert (row["path"], row["source_file"], row["year"], row["doc_type"], row["region_level"]) == (
        f"{NEW_ID}.txt", "2018.txt", 2018, "work_report", "county")

    assert main(["build"]) == 0
    capsys.readouterr()
    assert main(["diff"]) == 0
    printed = capsys.readouterr().out
    assert "documents" in printed and "targets" in printed

    summary, rows = diff_builds(processed)
    s = summary.set_index("table")
    assert (s["removed"] == 0).all(), "nothing removed"
    assert s.loc["documents", ["added", "changed"]].tolist() == [1, 0]
    for name in ("documents", "targets", "numbers"):
        new = read_table(name, processed)
        mine = new[new["doc_id"] == NEW_ID]
        assert len(new) == len(before[name]) + len(mine)
        assert s.loc[name, "added"] == len(mine) > 0 and s.loc[name, "changed"] == 0
        assert set(rows[name]["doc_id"]) == {NEW_ID} and set(rows[name]["change"]) == {"added"}

    assert main(["diff", "--table", "targets"]) == 0
    assert NEW_ID in capsys.readouterr().out
    assert (processed / WORKBOOK).exists()


def test_diff_tells_changed_from_added_and_removed():
    import pandas as pd

    from govdata.diff import diff_tables

    old = {"targets": pd.DataFrame({"doc_id": ["a", "a", "b"], "char_start": [1, 5, 1],
                                    "indicator": ["gdp"] * 3, "measure": ["growth_pct"] * 3,
                                    "year": [2023] * 3, "value": [8.0, 6.0, 7.0],
                                    "unit": ["%", "%", "%"]}),
           "gone": pd.DataFrame({"x": [1]})}
    new = {"targets": pd.DataFrame({"doc_id": ["a", "a", "c"], "char_start": [1, 5, 9],
                                    "indicator": ["gdp"] * 3, "measure": ["growth_pct"] * 3,
                                    "year": [2023] * 3, "value": [8.5, 6.0, None],
                                    "unit": ["%", "%", "%"]}),
           "panel": pd.DataFrame({"region": ["宿州市"], "gap": [1.0]})}
    summary, rows = diff_tables(old, new)
    s = summary.set_index("table")
    assert s.loc["targets", ["before", "after", "added", "removed", "changed", "unchanged"]
                 ].tolist() == [3, 3, 1, 1, 1, 1]
    t = rows["targets"].set_index("change")
    assert t.loc["changed", "changes"] == "value: 8.0 → 8.5"
    assert t.loc["removed", "doc_id"] == "b" and t.loc["added", "doc_id"] == "c"
    assert s.loc["panel", "note"] == "new table" and s.loc["panel", "added"] == 1
    assert s.loc["gone", "note"] == "table no longer built" and s.loc["gone", "removed"] == 1
