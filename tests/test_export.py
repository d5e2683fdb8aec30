"""The analyst workbook and formula-safe exports: document text can never become a formula."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdata.export import (
    NUMBER_FORMATS,
    WORKBOOK,
    display_width,
    escape_formulas,
    escape_text,
    summary,
    unescape_formulas,
    unescape_text,
    write_workbook,
)
from govdata.tables import read_table, write_tables

DANGEROUS = ["=HYPERLINK(\"http://x\",\"点此\")", "+1+1", "-2%左右", "@SUM(A1:A9)", "\t=1",
             "'=already quoted"]


def all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


@pytest.mark.parametrize("text,escaped", [("=1+1", "'=1+1"), ("+86", "'+86"), ("-5%", "'-5%"),
                                          ("@x", "'@x"), ("'a", "''a"), ("增长8%", "增长8%"),
                                          ("a=b", "a=b"), ("", "")])
def test_escape_text(text, escaped):
    assert escape_text(text) == escaped
    assert unescape_text(escaped) == text


@given(st.text())
def test_escaping_round_trips_and_never_starts_a_formula(text):
    esc = escape_text(text)
    assert unescape_text(esc) == text
    assert not esc.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_escape_formulas_touches_text_not_numbers():
    df = pd.DataFrame({"text": ["=1+1", "ok", None], "value": [-1.5, 2.0, None]})
    out = escape_formulas(df)
    assert out["text"].tolist()[:2] == ["'=1+1", "ok"] and out["text"].isna().iloc[2]
    assert out["value"].tolist()[:2] == [-1.5, 2.0]
    pd.testing.assert_frame_equal(unescape_formulas(out), df)
    assert df["text"].iloc[0] == "=1+1", "the input is not modified"


def test_display_width_counts_chinese_as_two():
    assert display_width("GDP") == 3
    assert display_width("地区生产总值") == 12
    assert display_width("增长8%（左右）") == 2 * 2 + 2 + 2 * 4


def test_workbook_escapes_document_text(tmp_path):
    tables = {"targets": pd.DataFrame({"text": DANGEROUS, "value": range(len(DANGEROUS))}),
              "attainment": pd.DataFrame({"region": ["宿州市"], "year": [2023],
                                          "status": ["missed"]})}
    from openpyxl import load_workbook

    wb = load_workbook(write_workbook(tables, tmp_path / "w.xlsx"))
    assert not [c.coordinate for c in all_cells(wb) if c.data_type == "f"], "no formula anywhere"
    ws = wb["targets"]
    got = [ws.cell(row=i, column=1).value for i in range(2, len(DANGEROUS) + 2)]
    assert got == ["'" + t for t in DANGEROUS]
    assert [ws.cell(row=i, column=1).data_type for i in range(2, 4)] == ["s", "s"]
    assert unescape_text(got[0]) == DANGEROUS[0]


def test_summary_counts_by_region_year_and_status():
    att = pd.DataFrame({"region": ["宿州市"] * 4 + ["徐州市"],
                        "year": [2023, 2023, 2023, 2023, 2024],
                        "status": ["met", "missed", "exceeded", "not_assessable", "missed"]})
    s = summary(att).set_index("region")
    assert s.loc["宿州市", ["met", "exceeded", "missed", "not_assessable", "total"]].tolist() == \
        [1, 1, 1, 1, 4]
    assert s.loc["宿州市", "share_met"] == pytest.approx(2 / 3)
    assert s.loc["徐州市", "share_met"] == 0.0


def test_built_workbook(built):
    from openpyxl import load_workbook

    out = built / "processed"
    wb = load_workbook(out / WORKBOOK)
    tables = sorted(p.stem for p in out.glob("*.parquet"))
    assert wb.sheetnames[0] == "summary"
    assert sorted(wb.sheetnames[1:]) == tables, "one sheet per tidy table, new tables included"
    assert not [c.coordinate for c in all_cells(wb) if c.data_type == "f"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == ws.dimensions, ws.title
    # the summary agrees with the attainment table
    att = read_table("attainment", out)
    s = wb["summary"]
    header = [c.value for c in s[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in s.iter_rows(min_row=2)]
    sz = next(r for r in rows if r["region"] == "宿州市" and r["year"] == 2023)
    counts = att[(att["region"] == "宿州市") & (att["year"] == 2023)]["status"].value_counts()
    assert sz["missed"] == counts["missed"] and sz["total"] == counts.sum()
    share_col = header.index("share_met") + 1
    assert s.cell(row=2, column=share_col).number_format == NUMBER_FORMATS["share"]
    # gaps formatted; Chinese columns wide enough for their longest text
    a = wb["attainment"]
    ah = [c.value for c in a[1]]
    assert a.cell(row=2, column=ah.index("gap") + 1).number_format == NUMBER_FORMATS["gap"]
    d = wb["documents"]
    dh = [c.value for c in d[1]]
    col = d.cell(row=1, column=dh.index("title") + 1).column_letter
    longest = max(display_width(t) for t in read_table("documents", out)["title"])
    assert d.column_dimensions[col].width >= min(60, longest)
    assert d.column_dimensions[d.cell(row=1, column=dh.index("region") + 1).column_letter].width \
        >= display_width("宿州市")


def test_csv_is_escaped_parquet_and_read_table_are_exact(built, tmp_path):
    t = read_table("targets", built / "processed").head(3).copy()
    t.loc[t.index[0], "text"] = "=1+1"
    t.loc[t.index[1], "text"] = "-5%左右"
    out = write_tables({"targets": t}, tmp_path / "processed")
    csv = pd.read_csv(out / "targets.csv", encoding="utf-8-sig", dtype=str,
                      keep_default_na=False)
    assert csv["text"].tolist()[:2] == ["'=1+1", "'-5%左右"]
    assert unescape_formulas(csv)["text"].tolist() == t["text"].tolist()
    back = read_table("targets", out)
    assert back["text"].tolist() == t["text"].tolist()
    assert (out / WORKBOOK).exists(), "the workbook is written with the tables"
