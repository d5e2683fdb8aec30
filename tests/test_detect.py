"""Region, year and type are detected from the text the way the catalog describes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdata.catalog import load_catalog
from govdata.detect import detect_meta
from govdata.read import read

from .conftest import RAW, SHARED

HAILAR = SHARED / "corpus" / "hailar"


@pytest.mark.parametrize("row", load_catalog(RAW / "catalog.csv").to_dict("records"),
                         ids=lambda r: r["doc_id"])
def test_seed_metadata_is_detected(row):
    meta = detect_meta(read(row["abs_path"]).text, RAW / row["path"])
    assert (meta["region"], meta["region_level"], meta["province"], meta["year"], meta["doc_type"]) == (
        row["region"], row["region_level"], row["province"], int(row["year"]), row["doc_type"])


@pytest.mark.skipif(not HAILAR.is_dir(), reason=f"corpus not found at {HAILAR}")
def test_district_report_is_county_level():
    f = HAILAR / "2018.txt"
    meta = detect_meta(read(f).text, f)
    assert (meta["region"], meta["region_level"], meta["province"], meta["year"]) == (
        "海拉尔区", "county", "内蒙古自治区", 2018)


CORPUS = SHARED / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
def test_every_corpus_report_year_and_type():
    """33 reports (national 2000–2025 without 2020, Hailar 2012–2019), with and without a date line or a dated review
    heading (首先报告２００１年的工作, 一、过去五年工作回顾, 一、“九五”时期…的回顾)."""
    wrong = []
    files = sorted((CORPUS / "national").glob("*.txt")) + sorted((CORPUS / "hailar").glob("*.txt"))
    for f in files:
        meta = detect_meta(read(f).text, f)
        if (meta["year"], meta["doc_type"]) != (int(f.stem), "work_report"):
            wrong.append((f.parent.name, f.stem, meta["year"], meta["doc_type"]))
    assert not wrong and len(files) == 33


@pytest.mark.parametrize("title,year", [
    ("关于衡阳市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", 2024),
    ("关于2023年国民经济和社会发展计划执行情况和2024年计划草案的报告\n衡阳市发展和改革委员会", 2024),
])
def test_plan_execution_report_is_a_work_report_for_the_year_planned(title, year, tmp_path):
    text = title + "\n一、2023年国民经济和社会发展计划执行情况\n衡阳市地区生产总值增长4.6%。\n"
    meta = detect_meta(text, tmp_path / "x.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("衡阳市", year, "work_report")


def test_county_named_in_the_title_only(tmp_path):
    text = "德清县2023年政府工作报告主要目标任务完成情况表\n序号\t目标任务\t完成情况\n1\t地区生产总值增长7%左右\t增长6.2%\n"
    meta = detect_meta(text, tmp_path / "x.txt")
    assert (meta["region"], meta["region_level"], meta["year"], meta["doc_type"]) == (
        "德清县", "county", 2023, "completion_report")


@pytest.mark.parametrize("opening,expected", [
    ("2024年江西省人民政府工作报告\n——2024年1月23日在江西省第十四届人民代表大会第三次会议上\n",
     ("江西省", "province", "江西省", "360000")),
    ("政府工作报告\n——在广西壮族自治区第十四届人民代表大会第二次会议上\n",
     ("广西壮族自治区", "province", "广西壮族自治区", "450000")),
    # a city's report that mentions the province's government is the city's
    ("政府工作报告\n——在徐州市第十七届人民代表大会第三次会议上\n江苏省人民政府批复同意",
     ("徐州市", "prefecture", "江苏省", "320300")),
])
def test_province_named_as_the_issuer(opening, expected):
    from govdata.detect import detect_region

    assert detect_region(opening) == expected


@pytest.mark.parametrize("canonical,short", [
    ("甘孜藏族自治州", "甘孜"), ("黔东南苗族侗族自治州", "黔东南"), ("西双版纳傣族自治州", "西双版纳"),
    ("巴音郭楞蒙古自治州", "巴音郭楞"), ("锡林郭勒盟", "锡林郭勒"), ("宿州市", "宿州"),
    ("海南藏族自治州", "海南藏族"),  # (海南 is the province's)
])
def test_the_short_name_a_text_uses(canonical, short):
    """An autonomous prefecture is written 甘孜州 / 甘孜 in its own reports: the peoples named
    before 自治州 go with the suffix, unless what is left is a province's name."""
    from govdata.detect import prefectures

    pre = prefectures()
    assert pre.loc[pre["canonical_name_zh"] == canonical, "short"].tolist() == [short]


def test_autonomous_prefecture_that_names_a_partner_city():
    """甘孜's report says 全州 and 甘孜州 and names 成都市 (its partner in 对口支援): it is
    甘孜藏族自治州's."""
    from govdata.detect import detect_meta, detection_text

    path = Path(__file__).parent / "fixtures" / "unseen" / "ganzi-2024-work-report.txt"
    meta = detect_meta(detection_text(read(path)), path)
    assert (meta["region"], meta["province"], meta["year"]) == ("甘孜藏族自治州", "四川省", 2024)


@pytest.mark.parametrize("opening,expected", [
    # a county's own report: its province and 6-digit code from the division table
    ("德清县2023年政府工作报告主要目标任务完成情况表\n", ("德清县", "county", "浙江省", "330521")),
    ("政府工作报告\n——在富顺县第十八届人民代表大会第三次会议上\n现在，我代表富顺县人民政府向大会报告工作",
     ("富顺县", "county", "四川省", "510322")),
    # a name several provinces use (鼓楼区): the one in the prefecture the text names
    ("鼓楼区人民政府工作报告\n现在，我代表鼓楼区人民政府报告工作。在徐州市委、市政府领导下，鼓楼区…",
     ("鼓楼区", "county", "江苏省", "320302")),
    ("鼓楼区人民政府工作报告\n现在，我代表鼓楼区人民政府报告工作。在福州市委、市政府领导下，鼓楼区…",
     ("鼓楼区", "county", "福建省", "350102")),
    # a township: the province of the county its text names (not 吉县 inside 安吉县, nor 成县
    # inside 完成县下达); a township has no 6-digit code
    (("梅溪镇2024年政府工作报告\n现在，我代表梅溪镇人民政府报告工作。完成县下达任务，打造安吉北部新城，"
     "安吉县委、安吉县政府"), ("梅溪镇", "township", "浙江省", "")),
])
def test_county_and_township_placed_by_the_division_table(opening, expected):
    from govdata.detect import detect_region

    assert detect_region(opening) == expected


def test_a_region_the_user_names_is_placed_too(tmp_path):
    meta = detect_meta("2023年政府工作报告\n各位代表：全县地区生产总值增长6%。", tmp_path / "x.txt",
                       region="仁寿县")
    assert (meta["region"], meta["region_level"], meta["province"], meta["admin_code"]) == (
        "仁寿县", "county", "四川省", "511421")


def test_a_prefecture_named_inside_a_longer_name_is_not_named():
    """马鞍山市 holds 鞍山市 (辽宁): a text about 马鞍山 is 马鞍山's."""
    from govdata.detect import detect_region

    text = "2025年马鞍山市人民政府工作报告\n过去一年,马鞍山市地区生产总值增长5.8%。马鞍山将…"
    assert detect_region(text)[0] == "马鞍山市"
