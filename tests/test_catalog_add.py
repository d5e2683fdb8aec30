"""`govdata catalog add`: catalog rows for new documents, detected from their text, with ASCII
names, duplicates refused, and the catalog rewritten only when everything is valid."""

import shutil

import pytest

from govdata.catalog import add_documents, load_catalog
from govdata.cli import main
from govdata.errors import CatalogError, DetectionError
from govdata.paths import PROJ_ROOT

REPORT = ("宿州市人民政府\n2024年政府工作报告\n各位代表：\n现在，我代表宿州市人民政府向大会报告工作。"
          "2024年宿州市地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
NO_REGION = "政府工作报告\n各位代表：\n2024年地区生产总值增长6%左右。\n"


@pytest.fixture
def raw(tmp_path):
    shutil.copytree(PROJ_ROOT / "data" / "raw", tmp_path / "raw")
    return tmp_path / "raw"


def test_adds_a_detected_row_with_an_ascii_name(raw):
    before = (raw / "catalog.csv").read_bytes()
    new = raw / "宿州市2024年政府工作报告.txt"
    new.write_text(REPORT, encoding="utf-8")
    added = add_documents([new], raw / "catalog.csv")
    row = added.iloc[0]
    assert (row.doc_id, row.path, row.source_file) == (
        "suzhou-ah-2024-work-report", "suzhou-ah-2024-work-report.txt", new.name)
    assert (row.region, row.region_level, row.province, row.admin_code, row.year, row.doc_type) == (
        "宿州市", "prefecture", "安徽省", "341300", "2024", "work_report")
    assert not new.exists() and (raw / row.path).read_text(encoding="utf-8") == REPORT
    after = (raw / "catalog.csv").read_bytes()
    assert after.startswith(before), "existing catalog lines are left byte for byte"
    cat = load_catalog(raw / "catalog.csv")
    assert len(cat) == 6 and cat.iloc[-1]["year"] == 2024


def test_a_file_outside_raw_is_copied_in(raw, tmp_path):
    outside = tmp_path / "incoming.txt"
    outside.write_text(REPORT, encoding="utf-8")
    add_documents([outside], raw / "catalog.csv", year=2025, doc_type="target_breakdown")
    assert outside.exists() and (raw / "suzhou-ah-2025-breakdown.txt").exists()


def test_same_content_is_refused_and_nothing_changes(raw):
    before = (raw / "catalog.csv").read_bytes()
    copy = raw / "copy.txt"
    shutil.copy(raw / "suzhou-2023-completion-report.txt", copy)
    with pytest.raises(CatalogError, match="same content as 'suzhou-ah-2023-completion'"):
        add_documents([copy], raw / "catalog.csv")
    assert copy.exists() and (raw / "catalog.csv").read_bytes() == before


def test_taken_doc_id_is_refused(raw):
    f = raw / "other.txt"
    f.write_text(REPORT.replace("2024年政府", "2023年政府").replace("2024年宿州", "2023年宿州"),
                 encoding="utf-8")
    with pytest.raises(CatalogError, match="suzhou-ah-2023-completion.*--doc-id"):
        add_documents([f], raw / "catalog.csv", doc_type="completion_report")
    added = add_documents([f], raw / "catalog.csv", doc_type="completion_report",
                          doc_id="suzhou-ah-2023-completion-b")
    assert added.iloc[0].path == "suzhou-ah-2023-completion-b.txt"


def test_asks_only_for_what_it_cannot_detect(raw):
    f = raw / "report.txt"
    f.write_text(NO_REGION, encoding="utf-8")
    prompts = []

    def ask(prompt):
        prompts.append(prompt)
        return "湖州市"

    row = add_documents([f], raw / "catalog.csv", ask=ask).iloc[0]
    assert len(prompts) == 1 and "region" in prompts[0]
    assert (row.doc_id, row.region, row.year, row.doc_type) == ("huzhou-2024-work-report", "湖州市",
                                                                "2024", "work_report")


def test_without_a_terminal_it_names_the_flag(raw, capsys):
    f = raw / "report.txt"
    f.write_text(NO_REGION, encoding="utf-8")
    before = (raw / "catalog.csv").read_bytes()
    code = main(["catalog", "add", str(f), "--catalog", str(raw / "catalog.csv")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "report.txt" in err and "--region" in err
    assert (raw / "catalog.csv").read_bytes() == before and f.exists()
    code = main(["catalog", "add", str(f), "--catalog", str(raw / "catalog.csv"), "--region",
                 "湖州市", "--year", "2026"])
    assert code == 0 and "huzhou-2026-work-report" in capsys.readouterr().out


def test_a_new_region_without_a_code_needs_a_slug(raw):
    f = raw / "county.txt"
    f.write_text(NO_REGION, encoding="utf-8")
    with pytest.raises(DetectionError, match="--slug"):
        add_documents([f], raw / "catalog.csv", region="某某镇")
    row = add_documents([f], raw / "catalog.csv", region="某某镇", slug="moumou").iloc[0]
    assert (row.doc_id, row.region_level, row.admin_code) == ("moumou-2024-work-report", "township", "")
    with pytest.raises(DetectionError, match="not lower-case ASCII"):
        g = raw / "county2.txt"
        g.write_text(NO_REGION + "另", encoding="utf-8")
        add_documents([g], raw / "catalog.csv", region="某某区", slug="某某")


def test_a_county_is_placed_by_the_division_table(raw):
    """海拉尔区, named by the user: its province and code come from the division table, and the
    code names its files when the catalog has no slug for it; the slug given wins."""
    f = raw / "county.txt"
    f.write_text(NO_REGION, encoding="utf-8")
    row = add_documents([f], raw / "catalog.csv", region="海拉尔区").iloc[0]
    assert (row.doc_id, row.region_level, row.province, row.admin_code) == (
        "150702-2024-work-report", "county", "内蒙古自治区", "150702")
    g = raw / "county2.txt"
    g.write_text(NO_REGION.replace("2024", "2023"), encoding="utf-8")
    row = add_documents([g], raw / "catalog.csv", region="仁寿县", slug="renshou").iloc[0]
    assert (row.doc_id, row.province, row.admin_code) == ("renshou-2023-work-report", "四川省", "511421")


def test_a_page_naming_its_city_only_in_its_site_name(raw):
    """A statistics bureau's page says only 全市; its SiteName (广安市统计局) names the city, and
    the page's own title becomes the row's."""
    page = raw / "tjj-2024-q3.html"
    shutil.copy(PROJ_ROOT / "tests" / "fixtures" / "unseen" / "guangan-2024-q3-progress.html", page)
    row = add_documents([page], raw / "catalog.csv", slug="guangan").iloc[0]
    assert (row.region, row.admin_code, row.year, row.doc_type) == (
        "广安市", "511600", "2024", "statistical_communique")
    assert row.title == "2024年1—9月全市主要经济指标完成情况"
