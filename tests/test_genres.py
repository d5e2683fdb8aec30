"""Every genre yields the right targets and outcomes, dated correctly, on real documents:
five-year plans, work reports (annual, five-year and 十四五 sections), target breakdowns grouped
by leader, and statistical communiqués (fixtures written in the genre's style)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from govdata.attain import attain
from govdata.pipeline import extract_document
from govdata.read import read

from .conftest import SHARED, extract_catalogued, one

NATIONAL = SHARED / "corpus" / "national"
COMMUNIQUE = Path(__file__).parent / "fixtures" / "communique"
needs_corpus = pytest.mark.skipif(not NATIONAL.is_dir(),
                                  reason=f"corpus not found at {NATIONAL}: national tests skipped")


def some_city(doc_type: str, year: int, doc_id: str) -> dict:
    """Catalog fields for a document written for a test (no real region, no code)."""
    return {"doc_id": doc_id, "region": "某市", "admin_code": "", "year": year,
            "doc_type": doc_type}


@pytest.fixture(scope="module")
def plan():
    return extract_catalogued("xuzhou-2021-plan-proposal")[1]


@pytest.fixture(scope="module")
def huzhou():
    return extract_catalogued("huzhou-2021-breakdown")


def national(year: int):
    meta = {"doc_id": f"national-{year}", "region": "全国", "admin_code": "100000", "year": year,
            "doc_type": "work_report"}
    return extract_document(read(NATIONAL / f"{year}.txt").text, meta)


# ------------------------------------------------------------------ five-year plan (徐州 十四五)

def test_plan_end_year_targets(plan):
    t = plan.targets
    urb = one(t, indicator="urbanization_rate", measure="share_pct")
    assert (urb.value, urb.qualifier, urb.year, urb.period_start) == (73, "reach", 2025, 2021)
    retail = one(t, indicator="retail_sales")
    assert (retail.value, retail.unit, retail.qualifier, retail.year) == (4500, "亿元", "exceed", 2025)


def test_plan_average_growth_and_magnitude_goal(plan):
    t = plan.targets
    avg = one(t, indicator="gdp", measure="avg_growth_pct")
    assert (avg.value, avg.qualifier, avg.year, avg.period_start) == (6.5, "about", 2025, 2021)
    # 力争到2025年经济总量跻身万亿元城市行列: a strive target of 1万亿元
    lvl = one(t, indicator="gdp", measure="level")
    assert (lvl.value, lvl.unit, lvl.qualifier, bool(lvl.strive), lvl.year) == (
        1, "万亿元", "exceed", True, 2025)


def test_plan_long_range_targets_are_dated_2035(plan):
    # 地区生产总值在2025年基础上实现翻一番: +100% by 2035, over the ten years from 2026
    doubling = one(plan.targets, indicator="gdp", year=2035)
    assert (doubling.measure, doubling.value, doubling.unit, doubling.period_start) == (
        "growth_pct", 100, "%", 2026)


def test_plan_base_year_outcomes(plan):
    o = plan.outcomes
    gdp = one(o, indicator="gdp", measure="level", qualifier="reach")  # 2020年达到7400亿元(预计)
    assert (gdp.value, gdp.unit, gdp.year) == (7400, "亿元", 2020)
    # 经济总量连续跨越6000亿和7000亿两个台阶: levels passed, bounds
    passed = o[(o["indicator"] == "gdp") & (o["qualifier"] == "exceed")]
    assert passed["value"].tolist() == [6000, 7000]
    assert one(o, indicator="urbanization_rate", measure="share_pct").value == 68
    # 城镇居民和农村居民人均可支配收入分别达到39000元和21000元,较2015年增长12781元和7018元
    assert one(o, indicator="urban_disposable_income", measure="level").value == 39000
    assert one(o, indicator="rural_disposable_income", measure="level").value == 21000
    assert one(o, indicator="urban_disposable_income", measure="change").value == 12781
    assert one(o, indicator="rural_disposable_income", measure="change").value == 7018
    # no review figure is mistaken for a 十四五 target
    assert not (plan.targets["year"] < 2025).any()


def test_plan_numbers_all_accounted_for(plan):
    roles = plan.numbers["role"].value_counts()
    assert roles.get("unexplained", 0) == 0, plan.numbers[plan.numbers.role == "unexplained"]


# ------------------------------------------------------------------ work reports: dating by wording

@needs_corpus
def test_paragraph_naming_last_year_inside_five_year_review():
    # 2018: 一、过去五年工作回顾 … 刚刚过去的2017年,…。国内生产总值增长6.9%
    o = national(2018).outcomes
    gdp = one(o, indicator="gdp", measure="growth_pct", year=2017)
    assert gdp.value == 6.9 and pd.isna(gdp.period_start)


@needs_corpus
def test_growth_over_a_base_year_is_a_period_outcome():
    o = national(2008).outcomes  # 国内生产总值…比2002年增长65.5%, 年均增长10.6%
    cum = one(o, indicator="gdp", measure="growth_pct", value=65.5)
    assert (cum.year, cum.period_start) == (2007, 2003)
    avg = one(o, indicator="gdp", measure="avg_growth_pct")
    assert (avg.value, avg.period_start) == (10.6, 2003)


@needs_corpus
def test_past_year_inside_plan_section_is_an_outcome():
    e = national(2011)  # 三、2011年的工作: 过去一年,…国内生产总值增长10.3%
    assert one(e.outcomes, indicator="gdp", measure="growth_pct", year=2010).value == 10.3
    target = one(e.targets, indicator="gdp", measure="growth_pct", year=2011)
    assert (target.value, target.qualifier) == (8, "about")


@needs_corpus
def test_fourteenth_plan_section_targets_are_for_2025():
    e = national(2021)
    urb = one(e.targets, indicator="urbanization_rate")  # 常住人口城镇化率提高到65%
    assert (urb.value, urb.year, urb.period_start) == (65, 2025, 2021)
    jobs = e.targets[(e.targets.indicator == "urban_new_jobs")]
    assert set(jobs.loc[jobs.period_start.isna(), "value"]) == {1100}  # the annual target
    # 十三五 achievements are outcomes over 2016–2020, not 2020 alone
    five = e.outcomes[e.outcomes["period_start"] == 2016]
    assert len(five) > 0 and set(five["year"]) == {2020}


@needs_corpus
def test_zero_width_space_inside_a_number():
    o = national(2017).outcomes  # 国内生产总值达到74.4\n\u200b\n万亿元,增长6.7%
    lvl = one(o, indicator="gdp", measure="level")
    assert (lvl.value, lvl.unit, lvl.year) == (74.4, "万亿元", 2016)
    assert one(o, indicator="gdp", measure="growth_pct").value == 6.7


@needs_corpus
def test_years_of_schooling_are_a_level_in_years_not_a_date():
    e = national(2016)  # 劳动年龄人口平均受教育年限提高到10.8年 (十三五 target)
    t = one(e.targets, indicator="schooling_years")
    assert (t.value, t.unit, t.measure, t.year, t.period_start) == (10.8, "年", "level", 2020, 2016)
    o = national(2018).outcomes  # 过去五年: …平均受教育年限…10.5年
    assert one(o, indicator="schooling_years").value == 10.5


def test_a_length_of_time_is_not_a_figure_in_years():
    text = ("二、2024年主要目标\n劳动年龄人口平均受教育年限达到11.2年,新增劳动力平均受教育年限达到14年;"
            "用1.5年时间完成改造,3年内建成。")
    t = extract_document(text, some_city("work_report", 2024, "years")).targets
    assert sorted(t["value"]) == [11.2, 14.0] and set(t["unit"]) == {"年"}


@needs_corpus
def test_two_indicators_and_two_figures_pair_off_without_fenbie():
    # 2012: 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％
    o = national(2012).outcomes
    assert one(o, indicator="urban_disposable_income", year=2011, measure="growth_pct").value == 8.4
    assert one(o, indicator="rural_net_income", year=2011, measure="growth_pct").value == 11.4


def test_one_growth_rate_of_two_registry_indicators_is_each_ones():
    text = ("二、2024年主要预期目标\n地区生产总值和一般公共预算收入年均增长7%左右;"
            "批发和零售业增加值增长6%。")
    t = extract_document(text, some_city("work_report", 2024, "pair")).targets
    assert one(t, indicator="gdp").value == 7 and one(t, indicator="general_budget_revenue").value == 7
    assert one(t, indicator_text="批发和零售业增加值").value == 6  # one name with 和 stays whole


# ------------------------------------------------------------------ breakdown grouped by leader (湖州)

def test_leader_grouping_and_lead_units(huzhou):
    _, ext = huzhou
    gdp = one(ext.targets, indicator="gdp")
    assert gdp.leader == "杨六顺常务副市长"
    assert gdp.lead_units == "市发展改革委"
    assert (gdp.value, gdp.unit, gdp.qualifier, bool(gdp.strive)) == (5000, "亿元", "reach", True)
    assert ext.targets["lead_units"].ne("").all(), "every item names its responsible units"


def test_annex_on_the_five_year_plan_is_dated_2025(huzhou):
    _, ext = huzhou
    t = ext.targets
    assert set(t.loc[t["item"].str.startswith("附件1"), "year"]) == {2025}
    assert set(t.loc[t["item"].str.startswith("附件2"), "year"]) == {2021}


def test_livelihood_projects_are_items(huzhou):
    # 附件3: 一、推进教育均衡化发展(2个子项)。… with 责任单位 on the next line
    _, ext = huzhou
    t = ext.targets[ext.targets["item"].str.startswith("附件3")]
    assert set(t["item"]) == {f"附件3/{n}" for n in "一二三四五六七八九十"}
    parking = one(t, indicator="zh:市区停车位")
    assert (parking.value, parking.unit, parking.lead_units.split(";")[0]) == (2000, "个", "市建设局")
    assert not (t["indicator_text"] == "子项").any(), "(2个子项) counts sub-items, it is no target"
    both = t[t["text"] == "老旧小区和安置小区各30个"]
    assert sorted(both["indicator_text"]) == ["安置小区", "老旧小区"]
    assert (both["value"] == 30).all()


def test_copy_pasted_section_yields_no_duplicates(huzhou):
    text, ext = huzhou
    tail = text[text.index("附件3"):]
    again = extract_document(text + "\n" + tail, {**_meta("huzhou-2021-breakdown")})
    assert len(again.targets) == len(ext.targets)


def _meta(doc_id):
    from govdata.catalog import load_catalog

    from .conftest import RAW

    cat = load_catalog(RAW / "catalog.csv")
    return cat[cat["doc_id"] == doc_id].iloc[0].to_dict()


# ------------------------------------------------------------------ statistical communiqué

def test_communique_yields_every_outcome_and_no_target():
    text = read(COMMUNIQUE / "city-2023-communique.txt").text
    ext = extract_document(text, some_city("statistical_communique", 2023, "c"))
    assert ext.targets.empty
    expected = pd.read_csv(COMMUNIQUE / "expected.csv")
    got = ext.outcomes[["indicator", "measure", "value", "unit"]]
    merged = expected.merge(got, how="outer", indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"]
    assert set(ext.outcomes["year"]) == {2023}
    # 三次产业结构调整为9.0:42.1:48.9: the three sectors' shares, every number understood
    assert (ext.numbers["role"] != "unexplained").all()


def test_coverage_command_lists_what_was_not_understood(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "GOVDATA_DATA_DIR": str(tmp_path)}
    # the communiqué with one figure no rule reads (an index with no unit)
    src = tmp_path / "city-2023-communique.txt"
    src.write_text(read(COMMUNIQUE / "city-2023-communique.txt").text + "\n居民消费价格总指数为102.3。\n",
                   encoding="utf-8")
    run = [sys.executable, "-m", "govdata.cli"]
    res = subprocess.run(run + ["extract", str(src), "--out", str(tmp_path / "processed"),
                                "--region", "某市", "--doc-type", "statistical_communique"],
                         capture_output=True, text=True, env=env, check=False)
    assert res.returncode == 0, res.stderr
    res = subprocess.run(run + ["coverage", "city-2023-communique"], capture_output=True, text=True, check=False,
                         env=env)
    assert res.returncode == 0, res.stderr
    assert "1 numbers not understood" in res.stdout
    assert "总指数为102.3" in res.stdout  # shown in its context


def test_completion_report_with_labelled_lines():
    # a layout other than 宿州's table: 1.目标 / 完成情况:… / 牵头单位:…, a target over two lines
    path = Path(__file__).parent / "fixtures" / "completion" / "labelled-items.txt"
    text = read(path).text
    ext = extract_document(text, some_city("completion_report", 2024, "c"))
    gdp = one(ext.targets, item="1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (6.5, "about", "市发展改革委;市统计局")
    assert one(ext.outcomes, item="1", indicator="gdp", measure="growth_pct").value == 5.2
    assert one(ext.outcomes, item="2", indicator="general_budget_revenue",
               measure="growth_pct").value == 5.6  # 同口径增长 keeps the subject
    assert one(ext.targets, item="3").lead_units == "市人社局"  # 责任单位: the first listed
    assert one(ext.outcomes, item="4", indicator="cpi").value == 0.3  # 进展情况 labels it too
    assert sorted(ext.targets[ext.targets["item"] == "5"]["value"]) == [30, 200]
    assert sorted(ext.outcomes[ext.outcomes["item"] == "5"]["value"]) == [28, 216]
    # item 6's completion is a numbered list 1. 2. 3.: its 2. is not item 2, nor its end
    assert sorted(ext.outcomes[ext.outcomes["item"] == "6"]["value"]) == [2.1, 30, 126, 5000]
    assert one(ext.targets, item="6").lead_units == "市住建局"
    assert one(ext.outcomes, item="7", indicator="grain_output").value == 82.3
    roles = ext.numbers["role"].value_counts()
    assert roles.get("unexplained", 0) == 0 and roles.get("metadata", 0) == 0


def test_quantities_outside_every_segment_are_unexplained_not_metadata():
    # a document the segmenter finds no items in must not hide its numbers as page furniture
    # (a breakdown reads only its items; a completion report now reads its other paragraphs too)
    text = "某市2024年工作总结\n全年地区生产总值增长5.2%,新增就业4.8万人。\n索引号:11320300"
    ext = extract_document(text, some_city("target_breakdown", 2024, "u"))
    roles = dict(zip(ext.numbers["text"], ext.numbers["role"]))
    assert roles["5.2"] == "unexplained" and roles["4.8"] == "unexplained"
    assert roles["11320300"] in ("metadata", "label")  # 索引号: not a quantity


def test_completion_report_paragraphs_outside_its_items_are_results():
    text = ("某市2024年工作总结\n全年地区生产总值增长5.2%,新增就业4.8万人。\n"
            "下一步工作要求\n要确保2025年地区生产总值增长5%左右。\n索引号:11320300")
    ext = extract_document(text, some_city("completion_report", 2024, "u"))
    o, t = ext.outcomes, ext.targets
    assert {5.2, 4.8} <= set(o["value"])
    assert list(zip(t["value"], t["year"])) == [(5.0, 2025)]  # (要确保…: asked for, dated by its words)
    roles = dict(zip(ext.numbers["text"], ext.numbers["role"]))
    assert roles["11320300"] in ("metadata", "label")


BREAKDOWN_TABLE = [
    ["序号", "目标任务", "牵头单位", "责任单位"],
    ["一、主要预期目标"],
    ["1", "地区生产总值增长6%左右", "市发展改革委", "各县(区)政府"],
    ["2", "一般公共预算收入增长4%", "市财政局", "各县(区)政府"],
    ["3", "城镇新增就业5万人以上", "", "市人社局、各县(区)政府"],
    ["二、重点工作"],
    ["4", "新开工亿元以上项目300个", "市发展改革委、市住建局", "各县(区)政府"],
]


def _check_breakdown_table(ext):
    got = [(r.item, r.indicator, r.value, r.qualifier, r.lead_units)
           for r in ext.targets.itertuples()]
    assert got[:3] == [("一/1", "gdp", 6, "about", "市发展改革委"),
                       ("一/2", "general_budget_revenue", 4, "point", "市财政局"),
                       ("一/3", "urban_new_jobs", 5, "at_least", "市人社局")]  # 责任单位's first
    assert got[3][0] == "二/4" and got[3][2] == 300 and got[3][4] == "市发展改革委;市住建局"
    assert (ext.numbers["role"] == "unexplained").sum() == 0


BREAKDOWN_META = some_city("target_breakdown", 2025, "t")


def test_breakdown_as_a_table_of_rows():
    text = "2025年政府工作报告重点目标任务分解表\n" + "\n".join("\t".join(r) for r in BREAKDOWN_TABLE)
    _check_breakdown_table(extract_document(text, BREAKDOWN_META))


def test_breakdown_as_an_excel_sheet_and_a_word_table(tmp_path):
    import docx
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年政府工作报告重点目标任务分解表"])
    for r in BREAKDOWN_TABLE:
        ws.append(r)
    wb.save(tmp_path / "b.xlsx")
    d = docx.Document()
    d.add_paragraph("2025年政府工作报告重点目标任务分解表")
    table = d.add_table(rows=0, cols=4)
    for r in BREAKDOWN_TABLE:
        cells = table.add_row().cells
        if len(r) == 1:
            cells[0].merge(cells[3]).text = r[0]
        else:
            for c, v in zip(cells, r):
                c.text = v
    d.save(tmp_path / "b.docx")
    for name in ("b.xlsx", "b.docx"):
        _check_breakdown_table(extract_document(read(tmp_path / name).text, BREAKDOWN_META))


def test_work_report_without_headings():
    # a page that lost its headings: the review and the targets are told apart by wording, and
    # 今年是“十四五”规划收官之年 does not make this year's tasks five-year targets
    text = ("政府工作报告\n各位代表:\n过去一年,全市地区生产总值增长5.6%,一般公共预算收入增长3.1%。\n"
            "今年是“十四五”规划收官之年。今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,"
            "城镇新增就业7万人以上。\n我们将扎实推进项目建设,全年实施省市重大项目500个以上。")
    ext = extract_document(text, some_city("work_report", 2025, "w"))
    assert one(ext.outcomes, indicator="gdp").value == 5.6
    assert one(ext.outcomes, indicator="gdp").year == 2024
    gdp = one(ext.targets, indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.year) == (5.5, "about", 2025)
    assert ext.targets["period_start"].isna().all() and len(ext.targets) == 3


@needs_corpus
def test_from_to_figures_keep_the_value_reached_and_a_dated_start():
    """从X提高到Y: Y is the figure reached; X is a base only, unless the text dates it (从1997年的
    7.4万亿元: 1997's result)."""
    e = national(2023)  # 常住人口城镇化率从60.2%提高到65.2% (过去五年)
    urb = one(e.outcomes, indicator="urbanization_rate", value=65.2)
    assert urb.indicator_text == "常住人口城镇化率" and urb.text.startswith("常住人口城镇化率从60.2%")
    assert not (e.outcomes["value"] == 60.2).any() and not (e.targets["value"] == 60.2).any()
    assert "base" in set(e.numbers["role"])
    gdp = national(2003).outcomes.query("indicator_text == '国内生产总值' and unit == '万亿元'")
    # 从1997年的7.4万亿元增加到2002年的10.2万亿元
    assert sorted(zip(gdp["year"], gdp["value"])) == [(1997, 7.4), (2002, 10.2)]


PLAN_TABLE = [
    ["类别", "指标", "2020年", "2025年", "年均增长〔累计〕", "属性"],
    ["经济发展", "地区生产总值增长（%）", "3.5", "—", "6左右", "预期性"],
    ["经济发展", "常住人口城镇化率（%）", "66.8", "70", "〔3.2〕", "预期性"],
    ["创新驱动", "研发经费投入增长（%）", "—", "—", "＞8", "预期性"],
    ["民生福祉", "城镇调查失业率（%）", "—", "＜5.5", "—", "预期性"],
    ["民生福祉", "居民人均可支配收入增长（%）", "3.9", "—", "与经济增长同步", "预期性"],
    ["民生福祉", "城镇新增就业（万人）", "—", "—", "〔55〕", "预期性"],
    ["民生福祉", "人均预期寿命（岁）", "78.3", "79", "〔0.7〕", "预期性"],
    ["绿色生态", "单位地区生产总值能源消耗降低（%）", "—", "—", "〔完成省下达目标〕", "约束性"],
    ["绿色生态", "单位地区生产总值二氧化碳排放降低（%）", "—", "—", "〔18〕", "约束性"],
]
PLAN_META = {"doc_id": "plan", "region": "某市", "admin_code": "", "year": 2021,
             "doc_type": "five_year_plan"}


def _check_plan_table(ext):
    t = ext.targets.set_index(["indicator", "measure"])
    expected_targets = {
        ("gdp", "avg_growth_pct"): (6, "%", "about"),
        ("urbanization_rate", "share_pct"): (70, "%", "point"),
        ("urbanization_rate", "pp_change"): (3.2, "个百分点", "point"),  # 〔 〕: over five years
        ("rd_expenditure", "avg_growth_pct"): (8, "%", "at_least"),
        ("surveyed_unemployment", "share_pct"): (5.5, "%", "at_most"),
        ("urban_new_jobs", "change"): (55, "万人", "point"),  # 〔55〕: what five years add
        ("life_expectancy", "level"): (79, "岁", "point"),
        ("life_expectancy", "change"): (0.7, "岁", "point"),
        ("co2_intensity", "growth_pct"): (-18, "%", "point"),
    }
    for key, (value, unit, qualifier) in expected_targets.items():
        row = t.loc[key]
        assert (row["value"], row["unit"], row["qualifier"]) == (value, unit, qualifier), key
        assert (row["year"], row["period_start"]) == (2025, 2021), key
    assert t.loc[("disposable_income", "relative"), "qualifier"] == "relative"
    assert t.loc[("energy_intensity", "task"), "qualifier"] == "task"
    assert len(ext.targets) == len(expected_targets) + 2
    o = ext.outcomes.set_index(["indicator", "measure"])
    assert o.loc[("gdp", "growth_pct"), ["value", "year"]].tolist() == [3.5, 2020]
    assert o.loc[("urbanization_rate", "share_pct"), ["value", "year"]].tolist() == [66.8, 2020]
    assert o.loc[("life_expectancy", "level"), ["value", "year"]].tolist() == [78.3, 2020]
    assert len(ext.outcomes) == 4
    roles = ext.numbers.set_index("text")["role"]
    assert "unexplained" not in set(ext.numbers["role"])
    assert roles["1"] == "label" and roles["2020"] == "date"  # 表1, the 2020年 column


def test_plan_indicator_table_of_targets_and_base_year_outcomes():
    """The 主要指标 table every five-year plan outline carries: the base year's column is the
    outcome, the end year's and the 年均增长〔累计〕 column are targets, with the unit the
    indicator's name gives and 〔 〕 marking a total over the five years."""
    # a category cell merged down its rows: below the first row, left empty or (as some
    # readers do) left out, the row then one cell short
    rows = [r if k < 2 or r[0] != PLAN_TABLE[k - 1][0] else ([""] if k % 2 else []) + r[1:]
            for k, r in enumerate(PLAN_TABLE)]
    text = ("表1 “十四五”时期经济社会发展主要指标\n"
            + "\n".join("\t".join(r) for r in rows) + "\n注:〔 〕内为五年累计数。")
    _check_plan_table(extract_document(text, PLAN_META))


def test_plan_indicator_table_in_a_word_document(tmp_path):
    """As a Word table: category cells merged down their rows, the unit on a line of its own."""
    import docx

    d = docx.Document()
    d.add_paragraph("表1 “十四五”时期经济社会发展主要指标")
    table = d.add_table(rows=len(PLAN_TABLE), cols=len(PLAN_TABLE[0]))
    for row, values in zip(table.rows, PLAN_TABLE):
        for cell, v in zip(row.cells, values):
            cell.text = v.replace("（", "\n（")  # 地区生产总值增长 / (%) on two lines
    for first, last in ((1, 2), (4, 7), (8, 9)):  # one category cell down its rows
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        merged.text = PLAN_TABLE[first][0]
    d.add_paragraph("注:〔 〕内为五年累计数。")
    d.save(tmp_path / "plan.docx")
    _check_plan_table(extract_document(read(tmp_path / "plan.docx").text, PLAN_META))


def test_table_of_targets_and_results_with_a_unit_column():
    """指标 | 单位 | 年度目标 | 全年完成 | 增长(%) | 牵头单位: targets in words or numbers, results
    in the unit column's unit, the growth column as growth, the lead unit from its column."""
    text = ("2024年主要经济指标完成情况\n"
            "序号\t指标\t单位\t年度目标\t全年完成\t增长（%）\t牵头单位\n"
            "1\t地区生产总值\t亿元\t增长7%左右\t2150.3\t6.1\t市发展改革委\n"
            "2\t固定资产投资\t%\t增长8%以上\t—\t-5.2\t市发展改革委\n"
            "3\t城镇调查失业率\t%\t5.5以内\t4.8\t—\t市人力资源社会保障局\n"
            "4\t单位地区生产总值能耗降低\t%\t完成省下达目标\t完成\t—\t市发展改革委\n")
    ext = extract_document(text, {"doc_id": "c", "region": "某市", "admin_code": "",
                                  "year": 2024, "doc_type": "completion_report"})
    t = ext.targets[["indicator", "measure", "value", "unit", "qualifier", "lead_units"]]
    t = t.astype(object).where(t.notna(), None)
    assert t.values.tolist() == [
        ["gdp", "growth_pct", 7, "%", "about", "市发展改革委"],
        ["fixed_asset_investment", "growth_pct", 8, "%", "at_least", "市发展改革委"],
        ["surveyed_unemployment", "share_pct", 5.5, "%", "at_most", "市人力资源社会保障局"],
        ["energy_intensity", "task", None, "", "task", "市发展改革委"]]
    o = ext.outcomes[["indicator", "measure", "value", "unit", "year"]]
    o = o.astype(object).where(o.notna(), None)
    assert o.values.tolist() == [["gdp", "level", 2150.3, "亿元", 2024],
                                 ["gdp", "growth_pct", 6.1, "%", 2024],
                                 ["fixed_asset_investment", "growth_pct", -5.2, "%", 2024],
                                 ["surveyed_unemployment", "share_pct", 4.8, "%", 2024],
                                 # 完成 alone: the row's task was done
                                 ["energy_intensity", "task", None, "", 2024]]
    assert "unexplained" not in set(ext.numbers["role"])


def test_breakdown_of_numeric_targets_by_indicator():
    text = ("附件1\n2025年主要经济指标目标分解表\n"
            "序号\t指标名称\t单位\t2025年目标\t牵头单位\t责任单位\n"
            "1\t地区生产总值增速\t%\t6左右\t市发展改革委\t各县区政府\n"
            "2\t一般公共预算收入\t亿元\t185\t市财政局\t各县区政府\n"
            "3\t城镇新增就业\t万人\t≥5\t市人力资源社会保障局\t各县区政府\n")
    ext = extract_document(text, {"doc_id": "b", "region": "某市", "admin_code": "",
                                  "year": 2025, "doc_type": "target_breakdown"})
    t = ext.targets[["indicator", "measure", "value", "unit", "qualifier", "year", "lead_units"]]
    assert t.values.tolist() == [
        ["gdp", "growth_pct", 6, "%", "about", 2025, "市发展改革委"],
        ["general_budget_revenue", "level", 185, "亿元", "point", 2025, "市财政局"],
        ["urban_new_jobs", "count", 5, "万人", "at_least", 2025, "市人力资源社会保障局"]]
    assert ext.outcomes.empty


def test_completion_report_with_items_numbered_in_words():
    """(一)目标 / 进展情况:… / 责任单位:…: items numbered (一)(二), not 1. 2.; a result that
    names no indicator (完成180.2亿元) is about the item's."""
    text = ("关于2024年政府工作报告主要目标任务完成情况的报告\n一、主要预期目标完成情况\n"
            "（一）地区生产总值增长7%左右。\n进展情况：全市实现地区生产总值2150亿元，增长6.1%。\n"
            "责任单位：市发展改革委\n"
            "（二）一般公共预算收入增长6%。\n进展情况：完成180.2亿元，增长6.3%。\n责任单位：市财政局\n"
            "二、重点工作完成情况\n（一）新建5G基站1500个。\n完成情况：新建5G基站1620个。\n"
            "牵头单位：市工业和信息化局\n")
    ext = extract_document(text, {"doc_id": "c", "region": "某市", "admin_code": "",
                                  "year": 2024, "doc_type": "completion_report"})
    t = ext.targets[["item", "indicator", "value", "qualifier", "lead_units"]]
    # each section numbers its items from (一) again: the section's ordinal tells them apart
    assert t.values.tolist() == [["一/1", "gdp", 7, "about", "市发展改革委"],
                                 ["一/2", "general_budget_revenue", 6, "point", "市财政局"],
                                 ["二/1", "zh:5G基站", 1500, "point", "市工业和信息化局"]]
    o = ext.outcomes[["item", "indicator", "measure", "value"]]
    assert o.values.tolist() == [["一/1", "gdp", "level", 2150], ["一/1", "gdp", "growth_pct", 6.1],
                                 ["一/2", "general_budget_revenue", "level", 180.2],
                                 ["一/2", "general_budget_revenue", "growth_pct", 6.3],
                                 ["二/1", "zh:5G基站", "count", 1620]]


@pytest.mark.parametrize("item,lead", [
    ("地区生产总值增长6%左右。（牵头单位：市发展改革委；责任单位：各县区政府）", "市发展改革委"),
    ("一般公共预算收入增长5%。（市财政局牵头）", "市财政局"),
    ("城镇新增就业5万人以上。责任单位：市教育局、市人力资源社会保障局（牵头）", "市人力资源社会保障局"),
    ("粮食产量稳定在100万吨以上。（市农业农村局牵头，市发展改革委配合）", "市农业农村局"),
])
def test_breakdown_item_with_its_units_on_its_own_line(item, lead):
    text = f"2025年政府工作报告重点工作任务分工方案\n一、主要预期目标\n1. {item}\n"
    ext = extract_document(text, {"doc_id": "b", "region": "某市", "admin_code": "",
                                  "year": 2025, "doc_type": "target_breakdown"})
    assert ext.targets["lead_units"].tolist() == [lead]
    assert "单位" not in ext.targets["text"].iloc[0]


@pytest.mark.parametrize("missing", ["—", ""])
def test_plan_indicator_table_in_a_pdf(tmp_path, missing):
    """As a PDF prints it: no cell borders in the text layer, only white space between the
    columns, and each category written once beside its first row; a missing figure printed
    as a dash or left blank (the row then has fewer cells than the header: each is put under
    its column)."""
    from .test_formats import _maker

    pdf, _em = _maker()._cjk_pdf("纲要", 8)
    pdf.add_page()
    widths = [22, 70, 18, 18, 34, 18]
    pdf.set_xy(15, 20)
    pdf.cell(180, 6, "表1 “十四五”时期经济社会发展主要指标")
    for k, values in enumerate(PLAN_TABLE):
        x, y = 15, 30 + 6 * k
        for w, v in zip(widths, values):
            first = k < 2 or values[0] != PLAN_TABLE[k - 1][0]
            v = missing if v == "—" else v
            if v and (w != widths[0] or first):
                pdf.set_xy(x, y)
                pdf.cell(w, 6, v)
            x += w
    pdf.set_xy(15, 30 + 6 * len(PLAN_TABLE) + 4)
    pdf.cell(180, 6, "注:〔 〕内为五年累计数。")
    pdf.output(str(tmp_path / "plan.pdf"))
    text = read(tmp_path / "plan.pdf").text
    assert f"地区生产总值增长（%）\t3.5\t{missing}\t6左右\t预期性" in text
    assert f"城镇调查失业率（%）\t{missing}\t＜5.5\t{missing}\t预期性" in text
    _check_plan_table(extract_document(text, PLAN_META))


ONE_LINE_ITEMS = (
    "关于2023年国民经济和社会发展计划主要指标完成情况的报告\n一、主要指标完成情况\n"
    "1.地区生产总值。年度目标：增长6.5%左右。完成情况：全年实现地区生产总值3021.5亿元，增长5.6%，"
    "未完成年度目标。责任单位：市发展改革委\n"
    "2.一般公共预算收入。年度目标：增长7%。完成情况：完成210.3亿元，同比增长9.2%，完成年度目标。"
    "责任单位：市财政局\n"
    "3.城镇调查失业率。年度目标：控制在5.5%以内。完成情况：5.1%，完成年度目标。责任单位：市人社局\n"
    "4.单位地区生产总值能耗降低。年度目标：完成省下达任务。完成情况：预计下降3.2%，完成省下达任务。\n"
    "5.节能减排。年度目标：完成省下达任务。完成情况：未完成省下达任务。\n"
    "6.居民人均可支配收入。年度目标：增长与经济增长同步。完成情况：增长6.1%，快于经济增长0.5个百分点。\n")


@pytest.mark.parametrize("numbering", ["arabic", "words"])
def test_completion_items_written_on_one_line_with_labelled_parts(numbering):
    """1.地区生产总值。年度目标:….完成情况:….责任单位:… on one line: the parts are cut at their
    labels, and the name the item opens with is the indicator of a target or result that names
    none (增长6.5%左右, 完成年度目标, 增长与经济增长同步)."""
    text = ONE_LINE_ITEMS
    if numbering == "words":
        for n, cn in zip("123456", "一二三四五六"):
            text = text.replace(f"\n{n}.", f"\n（{cn}）")
    ext = extract_document(text, some_city("completion_report", 2023, "c"))
    t = ext.targets[["item", "indicator", "measure", "value", "qualifier", "lead_units"]]
    assert t.fillna(-1).values.tolist() == [
        ["1", "gdp", "growth_pct", 6.5, "about", "市发展改革委"],
        ["2", "general_budget_revenue", "growth_pct", 7, "point", "市财政局"],
        ["3", "surveyed_unemployment", "share_pct", 5.5, "at_most", "市人社局"],
        ["4", "energy_intensity", "task", -1, "task", ""],
        ["5", "zh:节能减排", "task", -1, "task", ""],
        ["6", "disposable_income", "relative", -1, "relative", ""]]
    o = ext.outcomes
    assert one(o, item="1", indicator="gdp", measure="growth_pct").value == 5.6
    assert one(o, item="2", indicator="general_budget_revenue", measure="level").value == 210.3
    assert one(o, item="3", indicator="surveyed_unemployment", measure="share_pct").value == 5.1
    # 预计 is not a subject; the item's name is
    assert one(o, item="4", measure="growth_pct").indicator == "energy_intensity"
    assert one(o, item="6", measure="growth_pct").indicator == "disposable_income"
    # 快于经济增长0.5个百分点: the gap to GDP growth, a relative figure, not a change of its own
    assert not (o["measure"] == "pp_change").any()
    assert one(o, item="6", measure="relative").value == 0.5
    # (增长5.6%,未完成年度目标: the figure says how far it fell short; no task row beside it)
    assert set(o[o["measure"] == "task"]["indicator"]) == {
        "general_budget_revenue", "surveyed_unemployment", "energy_intensity", "zh:节能减排"}
    roles = ext.numbers["role"].value_counts()
    assert roles.get("unexplained", 0) == 0 and roles.get("label", 0) == 0
    a = attain(ext.targets, ext.outcomes).set_index("item")
    assert a.loc["1", "status"] == "missed" and a.loc["2", "status"] == "exceeded"
    assert a.loc["4", "status"] == "met"  # 完成省下达任务, said so in its result
    assert a.loc["5", "status"] == "missed"  # 未完成省下达任务


def test_completion_sections_that_number_their_items_from_1_again():
    """一、… 1. 2. 二、… 1. 2.: the second section's items were lost when only a count through the
    document was followed; now each is read, told apart by its section's ordinal."""
    text = ("2023年政府工作报告目标任务完成情况\n一、主要预期目标\n1.地区生产总值增长6%左右。\n"
            "完成情况：全年地区生产总值增长5.5%。\n牵头单位：市发展改革委\n"
            "2.一般公共预算收入增长5%。\n完成情况：增长7.1%。\n牵头单位：市财政局\n"
            "二、重点工作任务\n1.新建5G基站1500个。\n完成情况：新建5G基站1620个，完成年度任务。\n"
            "牵头单位：市工信局\n2.新增城镇就业5万人。\n完成情况：新增城镇就业5.3万人。\n"
            "牵头单位：市人社局\n")
    ext = extract_document(text, some_city("completion_report", 2023, "c"))
    t = ext.targets[["item", "indicator", "value", "lead_units"]]
    assert t.values.tolist() == [["一/1", "gdp", 6, "市发展改革委"],
                                 ["一/2", "general_budget_revenue", 5, "市财政局"],
                                 ["二/1", "zh:5G基站", 1500, "市工信局"],
                                 ["二/2", "urban_new_jobs", 5, "市人社局"]]
    assert one(ext.outcomes, item="二/2").value == 5.3
    assert (ext.numbers["role"] != "unexplained").all()
    a = attain(ext.targets, ext.outcomes).set_index("item")["status"]
    assert a.to_dict() == {"一/1": "met", "一/2": "exceeded", "二/1": "exceeded", "二/2": "exceeded"}


def test_breakdown_table_with_a_leader_column(tmp_path):
    """序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位: each row's leader is its own 责任领导 cell."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "地区生产总值增长6%左右", "张三", "市发展改革委", "市统计局", "2024年12月底"])
    ws.append([2, "一般公共预算收入增长5%以上", "李四", "市财政局", "各县区", "2024年12月底"])
    ws.append([3, "新建改造农村公路500公里", "", "市交通运输局", "", "2024年11月底"])
    wb.save(tmp_path / "breakdown.xlsx")
    ext = extract_document(read(tmp_path / "breakdown.xlsx").text,
                           some_city("target_breakdown", 2024, "b"))
    t = ext.targets[["item", "indicator", "value", "lead_units", "leader"]]
    assert t.values.tolist() == [["1", "gdp", 6, "市发展改革委", "张三"],
                                 ["2", "general_budget_revenue", 5, "市财政局", "李四"],
                                 ["3", "zh:农村公路", 500, "市交通运输局", ""]]


def test_breakdown_section_heading_names_the_lead_unit_of_its_items():
    """一、扩大有效投资(牵头单位:市发展改革委) / 1.… / 2.…: the items take the section's unit unless
    they name their own."""
    text = ("2024年政府工作报告重点任务分解\n一、扩大有效投资（牵头单位：市发展改革委）\n"
            "1.实施重点项目300个，完成投资1000亿元以上。\n2.新开工亿元以上项目150个。\n"
            "二、促进消费升级（牵头单位：市商务局）\n3.社会消费品零售总额增长7%。\n"
            "4.新增限上商贸企业200家。（牵头单位：市统计局）\n")
    ext = extract_document(text, some_city("target_breakdown", 2024, "b"))
    t = ext.targets[["item", "value", "lead_units"]]
    assert t.values.tolist() == [["一/1", 300, "市发展改革委"], ["一/1", 1000, "市发展改革委"],
                                 ["一/2", 150, "市发展改革委"], ["二/3", 7, "市商务局"],
                                 ["二/4", 200, "市统计局"]]


@pytest.mark.parametrize("order", [(1, 2, 3), (1, 3, 2), (3, 1, 2)])
def test_completion_table_columns_found_from_the_header(tmp_path, order):
    """序号 | 目标任务 | 牵头单位 | 完成情况 (or any order): each cell is read as what its header
    says, not by its position as in 宿州's table (target, completion, unit)."""
    header = ["目标任务", "完成情况", "牵头单位"]
    rows = [["地区生产总值增长6.5%左右", "全年地区生产总值增长5.9%", "市发展改革委"],
            ["一般公共预算收入增长6%", "完成186亿元，增长7.2%", "市财政局"]]

    def ordered(cells):
        out = [""] * 3
        for cell, k in zip(cells, order):
            out[k - 1] = cell
        return out

    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in [n, *ordered(r)]) + "</tr>"
                    for n, r in [("序号", header), ("1", rows[0]), ("2", rows[1])])
    (tmp_path / "c.html").write_text(
        "<html><head><meta charset='utf-8'><title>2023年重点工作完成情况</title></head><body>"
        f"<div><p>2023年政府工作报告重点工作完成情况</p><table>{table}</table></div></body></html>",
        encoding="utf-8")
    ext = extract_document(read(tmp_path / "c.html").text, some_city("completion_report", 2023, "c"))
    t = ext.targets[["item", "indicator", "value", "lead_units"]]
    assert t.values.tolist() == [["1", "gdp", 6.5, "市发展改革委"],
                                 ["2", "general_budget_revenue", 6, "市财政局"]]
    o = ext.outcomes[["item", "indicator", "measure", "value"]]
    assert o.values.tolist() == [["1", "gdp", "growth_pct", 5.9],
                                 ["2", "general_budget_revenue", "level", 186],
                                 ["2", "general_budget_revenue", "growth_pct", 7.2]]


def test_completion_flattened_with_the_unit_before_the_completion():
    """The same table copied from a page one cell per line: 序号 / 目标任务 / 牵头单位 / 完成情况."""
    text = ("2023年重点工作完成情况\n序号\n目标任务\n牵头单位\n完成情况\n1\n地区生产总值增长6.5%左右\n"
            "市发展改革委\n全年地区生产总值增长5.9%\n2\n一般公共预算收入增长6%\n市财政局\n"
            "完成186亿元，增长7.2%\n")
    ext = extract_document(text, some_city("completion_report", 2023, "c"))
    assert ext.targets[["item", "value", "lead_units"]].values.tolist() == [
        ["1", 6.5, "市发展改革委"], ["2", 6, "市财政局"]]
    assert ext.outcomes["value"].tolist() == [5.9, 186, 7.2]


# ---------------------------------------------------------------- layouts written for testing
UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def test_completion_items_numbered_with_a_space_and_broken_mid_word():
    """泰州 (a page copied as text): 1. 地区生产总值增长6.5%左右。完成情况:…。牵头单位:…, one item per
    paragraph, numbered with a space after the dot; 规模以上工\\n业增加值 broken mid-word on a line
    whose sentence ends with a unit's name."""
    ext = extract_document(read(UNSEEN / "taizhou-2023-completion.txt").text,
                           some_city("completion_report", 2023, "taizhou"))
    t, o = ext.targets, ext.outcomes
    gdp = one(t, item="1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (6.5, "about", "市发改委")
    assert one(o, item="1", indicator="gdp", measure="growth_pct").value == 7  # 按可比价格计算增长7%
    assert one(o, item="1", indicator="gdp", measure="level").value == 6731.7
    assert one(t, item="2", indicator="industrial_value_added").value == 8
    assert one(t, item="4", indicator="fixed_asset_investment").lead_units == "市发改委;市工信局"
    # 完成省下达任务的104%: measured against the target, not a result of its own
    assert not (o["value"] == 104).any()
    assert one(ext.numbers, text="104").role == "label"
    # (30 of the 31 labelled: 全面完成年度民生实事项目 names no task or target word)
    assert len(t) == 30 and "unexplained" not in set(ext.numbers["role"])


def test_completion_sheet_whose_task_column_names_the_target_column():
    """德清 (Excel): 序号 | 目标任务 | 责任单位 | 年度目标 | 完成情况 | 完成率/进度 | 备注 — the
    target is in 年度目标, the task column names the indicator; section rows inside the table;
    a 备注 left blank; 已完成 / 未完成 settle a row; the completion rate is not a result."""
    meta = some_city("completion_report", 2023, "deqing")
    ext = extract_document(read(UNSEEN / "deqing-2023-completion.xlsx").text, meta)
    t, o = ext.targets, ext.outcomes
    gdp = one(t, item="1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (7, "about", "县发改局")
    assert one(o, item="1", indicator="gdp").value == 6.2
    fai = t[t["item"] == "5"].sort_values("value")  # 增长8%以上,力争10%
    assert fai[["measure", "value", "qualifier", "strive"]].values.tolist() == [
        ["growth_pct", 8, "at_least", False], ["growth_pct", 10, "point", True]]
    assert one(t, item="3").value == 7.5 and one(t, item="3").measure == "growth_pct"  # 增长(%)
    assert one(o, item="26").measure == "share_pct"  # 87.4% under a name with no unit
    assert one(t, item="28").value == 1.2 and one(o, item="28").value == 1.35  # not list markers
    # vertically merged 责任单位 cell: every row it spans
    assert set(t[t["item"].isin(["18", "19", "20"])]["lead_units"]) == {"县自然资源和规划局"}
    rates = ext.numbers[ext.numbers["text"].isin(["88.6", "108.8", "126.7"])]
    assert set(rates["role"]) == {"label"}
    docs = pd.DataFrame([{"doc_id": "deqing", "doc_type": "completion_report", "province": ""}])
    a = attain(t, o, docs).set_index("item")
    assert a.loc["1", "status"] == "missed" and a.loc["1", "gap"] == -0.8
    assert a.loc["8", "status"] == "met"  # 完成市下达任务 | 已完成
    assert a.loc["10", "status"] == "missed"  # 2家 | 未完成
    assert a.loc["12", "outcome_value"] == 68  # 新增68家: the row's indicator


def test_plan_execution_report_reads_as_last_years_results_and_this_years_targets(tmp_path):
    """衡阳 (a saved portal page): 关于2023年…计划执行情况与2024年…计划草案的报告 — detected as a work
    report for 2024; section 一 holds 2023's results and the 2023 targets it names
    (超额完成6%的预期目标, 控制在5.5%以内), section 二 the 2024 targets."""
    from govdata.detect import detect_meta

    path = UNSEEN / "hengyang-2024-plan-report.html"
    text = read(path).text
    meta = detect_meta(text, path)
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("衡阳市", 2024, "work_report")
    ext = extract_document(text, meta)
    t, o = ext.targets, ext.outcomes
    assert 4.6 in set(o[(o["indicator"] == "gdp") & (o["year"] == 2023)]["value"])
    gdp = one(t, indicator="gdp", year=2024, measure="growth_pct")
    assert (gdp.value, gdp.value_high, gdp.qualifier) == (5.5, 6, "range")
    revenue = one(t, indicator="general_budget_revenue", year=2023)  # 超额完成6%的预期目标
    assert (revenue.measure, revenue.value) == ("growth_pct", 6)
    cpi = one(t, indicator="cpi", year=2023)  # 控制在3%左右的目标以内
    assert (cpi.value, cpi.qualifier) == (3, "about")
    jobless = one(t, indicator="surveyed_unemployment", year=2023)  # 5.3%,控制在5.5%以内
    assert (jobless.value, jobless.qualifier) == (5.5, "at_most")
    assert one(o, indicator="surveyed_unemployment", year=2023).value == 5.3


def test_work_report_with_a_table_of_indicators_in_word():
    """仁怀 (Word): the 2024 targets also in a table 序号 | 指标名称 | 单位 | 2023年完成 |
    2024年目标 | 增长(%), with ≥7, 5.5以内 and full-width cells; 城乡…分别 pairs in prose."""
    meta = some_city("work_report", 2024, "renhuai")
    ext = extract_document(read(UNSEEN / "renhuai-2024-work-report.docx").text, meta)
    t, o = ext.targets, ext.outcomes
    table = t[t["text"].str.contains("\t", regex=False)]  # a row's text spans its cells
    assert one(table, indicator="gdp", measure="level").value == 1172
    assert one(table, indicator="industrial_value_added", qualifier="at_least").value == 7  # ≥7
    assert one(table, indicator="grain_output").value == 25  # ２５以上
    assert one(table, indicator="surveyed_unemployment").qualifier == "at_most"  # 5.5以内
    assert 1100 in set(o[(o["indicator"] == "gdp") & (o["year"] == 2023)]["value"])
    prose = o[~o["text"].str.contains("\t", regex=False)]
    incomes = prose[prose["value"].isin([43000, 18000])]  # 城乡居民人均可支配收入分别达到…和…
    assert incomes[["indicator", "value"]].values.tolist() == [
        ["urban_disposable_income", 43000], ["rural_disposable_income", 18000]]
    assert one(o, indicator_text="新建5G基站").value == 1200  # 一千二百个
    assert "unexplained" not in set(ext.numbers["role"])


def test_breakdown_table_in_word_with_merged_units_and_paragraphs_in_cells():
    """芜湖 (Word): 序号 | 重点工作任务 | 牵头单位 | 责任单位 | 完成时限 under a covering notice;
    section rows across the table, a 牵头单位 merged down three rows, two paragraphs in a cell."""
    meta = some_city("target_breakdown", 2024, "wuhu")
    ext = extract_document(read(UNSEEN / "wuhu-2024-breakdown.docx").text, meta)
    t = ext.targets.assign(n=lambda d: d["item"].str.split("/").str[-1])  # (一/1: section/item)
    gdp = one(t, item="一/1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units.split(";")[0]) == (6, "about", "市发展改革委")
    fai = one(t, n="3")  # 5%—6%
    assert (fai.value, fai.value_high, fai.qualifier) == (5, 6, "range")
    assert set(t[t["n"].isin(["11", "12", "13"])]["lead_units"].str.split(";").str[0]) == {
        "市发展改革委"}
    parking = t[t["n"] == "30"]  # 中心城区、县城分别新增停车泊位3000个和1000个
    assert parking[["indicator_text", "value"]].values.tolist() == [
        ["中心城区新增停车泊位", 3000], ["县城新增停车泊位", 1000]]
    assert 2000 in set(t[t["indicator_text"].str.contains("充电桩")]["value"])  # 两千个
    assert len(t) == 81 and "unexplained" not in set(ext.numbers["role"])


def test_provincial_report_as_text_from_a_pdf():
    """江西 (GBK, CRLF, hard-wrapped, a page number and running header at each page break,
    full-width digits): a province's report; a sentence the page break cut is joined again;
    a decimal that opens a wrapped line (…项目\\n1.5万个) is not a list marker."""
    from govdata.detect import detect_meta

    path = UNSEEN / "jiangxi-2024-work-report.txt"
    text = read(path).text
    meta = detect_meta(text, path)
    assert (meta["region"], meta["region_level"], meta["admin_code"], meta["year"]) == (
        "江西省", "province", "360000", 2024)
    ext = extract_document(text, meta)
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", year=2024).value == 5
    # 居 / — 3 — / 政府工作报告 / 民人均可支配收入增长与经济增长基本同步
    assert one(t, indicator="disposable_income", measure="relative").indicator_text == "居民人均可支配收入"
    assert 1.5 in set(o[o["indicator_text"].str.contains("省大中型项目")]["value"])
    assert not t["indicator_text"].str.contains("政府工作报告|—", regex=True).any()
    assert "unexplained" not in set(ext.numbers["role"])


def test_plan_outline_page_with_a_table_whose_category_cells_span_rows():
    """洛阳 (a saved page): the 十三五 review, 2025 and 2035 targets, and the indicator table
    (类别 spanning rows | 序号 | 指标（单位） | 2020年 | 2025年 | 年均增长〔累计〕 | 属性)."""
    meta = {**some_city("five_year_plan", 2021, "luoyang")}
    ext = extract_document(read(UNSEEN / "luoyang-2021-plan-outline.html").text, meta)
    t, o = ext.targets, ext.outcomes
    table_t = t[t["text"].str.contains("\t", regex=False)]
    years = one(table_t, indicator_text="劳动年龄人口平均受教育年限", measure="level")
    assert (years.value, years.unit, years.year, years.period_start) == (11.5, "年", 2025, 2021)
    cumulative = one(table_t, indicator_text="劳动年龄人口平均受教育年限", measure="change")
    assert cumulative.value == 0.6  # 〔0.6〕: over the five years
    tasks = t[(t["measure"] == "task") & (t["text"] == "完成省下达任务")]  # cells in words
    assert tasks["indicator_text"].tolist() == ["单位地区生产总值能源消耗", "单位地区生产总值二氧化碳排放"]
    # “十三五”时期年均增长6.8%: the period is not the indicator
    gdp = one(o, indicator="gdp", measure="avg_growth_pct")
    assert (gdp.value, gdp.year, gdp.period_start) == (6.8, 2020, 2016)
    doubling = t[(t["year"] == 2035) & (t["measure"] == "growth_pct")]
    assert set(doubling["value"]) == {100}  # 比2020年翻一番
    chrome = ext.numbers[ext.numbers["text"].isin(["2021", "03", "30", "15", "42", "12876"])]
    assert "unexplained" not in set(chrome["role"])  # 发布时间, 浏览次数 (and 序号 15, 30 in the table)


def test_completion_report_as_a_pdf_with_a_ruled_table_of_wrapped_cells():
    """盐城 (PDF): a ruled table 序号 | 目标任务 | 完成情况 | 责任单位 whose cells wrap over
    several printed lines, its header repeated on every page: each row is read cell by cell."""
    meta = some_city("completion_report", 2023, "yancheng")
    ext = extract_document(read(UNSEEN / "yancheng-2023-completion.pdf").text, meta)
    t, o = ext.targets, ext.outcomes
    gdp = one(t, item="1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (5.5, "about", "市发改委;市统计局")
    assert set(o[(o["item"] == "1") & (o["indicator"] == "gdp")]["value"]) == {7403.9, 5.8}
    assert one(o, item="18", measure="level").value == 28.6  # 28.6微克/立方米 opens its cell
    assert len(set(t["item"])) == 29
    docs = pd.DataFrame([{"doc_id": "yancheng", "doc_type": "completion_report", "province": ""}])
    a = attain(t, o, docs)
    assert one(a, item="4").status == "missed"  # 6%以上 | 增长5.1%,未完成年度目标


def test_county_completion_page_with_task_and_target_columns_and_a_work_report_list():
    """仁寿 (saved pages): 序号 | 工作任务 | 年度目标 | 完成情况 | 牵头单位 | 备注 in HTML, units in
    the task's brackets, 力争1200, 未完成(完成率92%); and a work report whose targets are a
    numbered list run into one paragraph (…目标为:1.地区生产总值增长6.5%左右;2.…)."""
    from govdata.reference import load_reference, merge_reference

    meta = some_city("completion_report", 2023, "renshou")
    ext = extract_document(read(UNSEEN / "renshou-2023-completion.html").text, meta)
    t, o = ext.targets, ext.outcomes
    assert one(t, item="2").value == 6.5 and one(t, item="2").measure == "growth_pct"  # （%）
    visitors = one(t, item="14")  # 力争1200 under 接待游客（万人次）
    assert (visitors.value, visitors.unit, visitors.strive) == (1200, "万人次", True)
    assert not (o["value"] == 92).any()  # 完成率92%
    docs = pd.DataFrame([{"doc_id": "renshou", "doc_type": "completion_report", "province": ""}])
    reference = merge_reference(load_reference(UNSEEN / "none.csv"), o)
    a = attain(t, o, docs, reference=reference).set_index("item")
    assert a.loc["11", "status"] == "missed"  # 提高0.2个百分点 | 未完成(完成率92%)
    # 城乡居民收入与经济增长同步, reported for 城镇 (5.1%) and 农村 (6.8%) against GDP's 7.2%
    assert (a.loc["8", "status"], a.loc["8", "outcome_value"], a.loc["8", "target_value"]) == (
        "missed", 5.1, 7.2)
    report = extract_document(read(UNSEEN / "renshou-2024-work-report.html").text,
                              some_city("work_report", 2024, "renshou-w"))
    assert one(report.targets, indicator="gdp", year=2024).value == 6.5
    assert "unexplained" not in set(report.numbers["role"])  # 1. 2. … 9. are list markers


def test_mid_year_progress_is_not_judged_as_the_years_result():
    """A progress report at mid-year (上半年, 1-6月, 截至6月底): its figures are for part of the
    year (qualifier partial); attainment waits for the year unless a sum already reaches the
    target. A work report's 全年 figure after a 上半年 one is the year's."""
    text = ("某市2024年上半年政府工作报告目标任务进展情况\n"
            "1. 地区生产总值增长6%左右。完成情况:上半年地区生产总值增长5.2%。牵头单位:市发改委\n"
            "2. 城镇新增就业6万人。完成情况:1-6月城镇新增就业3.6万人。牵头单位:市人社局\n"
            "3. 新增市场主体5000户。完成情况:截至6月底,新增市场主体5200户。牵头单位:市市场监管局\n")
    ext = extract_document(text, some_city("completion_report", 2024, "mid"))
    assert set(ext.outcomes["qualifier"]) == {"partial"}
    docs = pd.DataFrame([{"doc_id": "mid", "doc_type": "completion_report", "province": ""}])
    a = attain(ext.targets, ext.outcomes, docs).set_index("item")
    assert a.loc["1", "status"] == a.loc["2", "status"] == "not_assessable"
    assert "part-year" in a.loc["1", "reason"]
    assert a.loc["3", "status"] == "exceeded"  # 5200 of 5000 by June: met already
    review = extract_document("一、2023年工作回顾\n上半年地区生产总值增长5.5%,全年增长5.2%。\n",
                              some_city("work_report", 2024, "wr"))
    assert review.outcomes[["value", "qualifier"]].values.tolist() == [
        [5.5, "partial"], [5.2, "point"]]


def test_breakdown_in_word_with_automatic_numbering():
    """恩施 (Word): items numbered by Word's automatic numbering, restarting in each section;
    茶叶、蔬菜、中药材产业综合产值分别增长8%、6%、7% shares its head across three indicators."""
    meta = some_city("target_breakdown", 2024, "enshi")
    t = extract_document(read(UNSEEN / "enshi-2024-breakdown.docx").text, meta).targets
    gdp = one(t, item="一/1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units.split(";")[0]) == (6.5, "about", "州发改委")
    assert one(t, item="二/3").value_high == 6  # 5%—6% under the section's own numbering
    crops = t[t["item"] == "三/3"][["indicator_text", "value"]].values.tolist()
    assert crops == [["茶叶产业综合产值", 8], ["蔬菜产业综合产值", 6], ["中药材产业综合产值", 7]]


def test_communique_page_in_gbk_with_tables():
    """桐乡 (a GBK page): a communiqué's tables are read by column — 产品名称 | 单位 | 产量 |
    比上年增长（%）, and 指标 | 绝对数（亿元） | 比上年增长（%） whose unit is in the header;
    三次产业增加值分别为… gives the three sectors."""
    meta = some_city("statistical_communique", 2023, "tongxiang")
    ext = extract_document(read(UNSEEN / "tongxiang-2023-communique.html").text, meta)
    o = ext.outcomes
    assert ext.targets.empty
    fibre = o[o["indicator_text"] == "化学纤维"][["measure", "value", "unit"]].values.tolist()
    assert fibre == [["level", 268.5, "万吨"], ["growth_pct", 8.2, "%"]]
    estate = o[o["indicator_text"] == "房地产开发投资"][["measure", "value", "unit"]].values.tolist()
    assert ["level", 143.2, "亿元"] in estate and ["growth_pct", -8.5, "%"] in estate
    sectors = o[o["indicator_text"].str.match("第[一二三]产业增加值$") & (o["measure"] == "level")]
    assert sectors["value"].tolist() == [29.0, 799.1, 622.1]


def test_breakdown_workbook_with_numeric_targets_and_a_unit_column():
    """绵阳 (Excel): a cover sheet, then 序号 | 任务名称 | 目标值 | 单位 | 牵头单位 | … with the
    target a number cell (6.5), 突破4300, or two figures in one cell (8左右,力争10)."""
    meta = some_city("target_breakdown", 2024, "mianyang")
    t = extract_document(read(UNSEEN / "mianyang-2024-breakdown.xlsx").text, meta).targets
    t = t.assign(n=t["item"].str.split("/").str[-1])
    assert one(t, n="2", indicator="gdp")[["value", "unit", "measure"]].tolist() == [
        6.5, "%", "growth_pct"]
    level = one(t, n="1", indicator="gdp")  # 突破4300 | 亿元
    assert (level.value, level.unit, level.qualifier) == (4300, "亿元", "exceed")
    funds = t[t["n"] == "13"][["value", "qualifier", "strive"]].values.tolist()
    assert funds == [[8, "about", False], [10, "point", True]]


def test_counties_by_indicators_sheet_gives_each_county_its_targets():
    """绵阳 (Excel), sheet 县市区分解: 县市区 | 地区生产总值增速（%） | 固定资产投资增速（%） | …
    under the title 2024年各县市区主要经济指标目标分解. Each cell is the target of the county
    its row names, so the row's region is that county, not the city; the city's own targets
    keep the city's region. Its numbers were once left out of the document altogether. Each
    county has its division code (北川羌族自治县 510726), found in the division table."""
    meta = some_city("target_breakdown", 2024, "mianyang")
    ext = extract_document(read(UNSEEN / "mianyang-2024-breakdown.xlsx").text, meta)
    t = ext.targets
    county = t[t["region"] == "涪城区"]
    assert sorted(zip(county["indicator"], county["value"])) == [
        ("fixed_asset_investment", 7.0), ("gdp", 6.5), ("industrial_value_added", 8.0)]
    assert set(county["measure"]) == {"growth_pct"} and set(county["year"]) == {2024}
    beichuan = one(t, region="北川羌族自治县", indicator="fixed_asset_investment")
    assert (beichuan.value, beichuan.admin_code) == (5.5, "510726")
    assert len(t[~t["region"].isin([meta["region"]])]) == 27  # nine counties × three indicators
    city_gdp = t[(t["region"] == meta["region"]) & (t["indicator"] == "gdp")
                 & (t["measure"] == "growth_pct")]
    assert city_gdp["value"].tolist() == [6.5]
    n = ext.numbers
    assert not n[n["role"] == "ordinal"]["text"].str.contains(".", regex=False).any()


def test_plan_midterm_review_reports_the_years_since_the_plan_began():
    """芜湖 (Word): 关于…规划纲要实施情况的中期评估报告, dated 2023年10月 — read as a report for 2023
    whose review gives 2022's results; its table 2020年 | 2022年 | 2025年目标 gives 2020 and
    2022 outcomes and 2025 targets."""
    from govdata.detect import detect_meta

    path = UNSEEN / "wuhu-2023-plan-midterm-review.docx"
    text = read(path).text
    meta = detect_meta(text, path)
    assert (meta["year"], meta["doc_type"]) == (2023, "work_report")
    ext = extract_document(text, meta)
    t, o = ext.targets, ext.outcomes
    table_o = o[o["text"].str.contains("\t", regex=False)]
    gdp = table_o[(table_o["indicator"] == "gdp") & (table_o["measure"] == "level")]
    assert sorted(zip(gdp["year"], gdp["value"])) == [(2020, 3753.0), (2022, 4502.1)]
    assert 2022 not in set(t["year"])  # the 2022 column is a result, not a target
    assert 5300 in set(t[(t["indicator"] == "gdp") & (t["year"] == 2025)]["value"])  # >5300


def _detected(name: str):
    """A fixture read and catalogued as a build would: metadata detected from its text, title
    and site name."""
    from govdata.detect import detect_meta, detection_text

    path = UNSEEN / name
    doc = read(path)
    meta = detect_meta(detection_text(doc), path)
    return meta, extract_document(doc.text, meta)


def test_table_whose_header_is_written_on_two_rows():
    """达州 (Word): 2023年 and 2024年目标 each span 完成值 | 增长(%) on a second header row; the
    十四五末 goal is for 2025; a document number's year is a date."""
    meta, ext = _detected("dazhou-2024-work-report.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("达州市", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    table_t = t[t["text"].str.contains("\t", regex=False)]
    table_o = o[o["text"].str.contains("\t", regex=False)]
    gdp = table_t[table_t["indicator"] == "gdp"].set_index("measure")
    assert gdp.loc["level", "value"] == 2800 and gdp.loc["growth_pct", "value"] == 6.5
    assert gdp.loc["growth_pct", "qualifier"] == "about"
    assert one(table_o, indicator="gdp", measure="growth_pct").value == 6.3  # 2023年 | 增长(%)
    assert one(table_o, indicator="gdp", measure="level").value == 2628.5
    assert set(table_o["year"]) == {2023} and set(table_t["year"]) == {2024}
    goal = one(t, indicator="gdp", measure="level", value=3000)  # “十四五”末…突破3000亿元
    assert (goal.year, goal.qualifier) == (2025, "exceed")
    n = ext.numbers
    doc_no = n[n["context"].str.contains("〔2023〕15号") & (n["text"] == "2023")]
    assert set(doc_no["role"]) == {"date"}  # 达市府发〔2023〕15号


def test_statistics_release_of_the_year_so_far():
    """广安 (a statistics bureau's page naming its city only in the site's name): 2024年1—9月
    全市主要经济指标完成情况 is a release of results, dated to part of the year; its table's
    全年目标 are targets; its 完成全年目标(%) column, the gaps to the target and the notes are
    not figures of their own."""
    meta, ext = _detected("guangan-2024-q3-progress.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == (
        "广安市", 2024, "statistical_communique")
    t, o, n = ext.targets, ext.outcomes, ext.numbers
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert set(gdp["value"]) == {1082.6}
    assert set(gdp["qualifier"]) == {"partial"}  # the prose's 1—9月, the table's 1—9月完成
    assert 86.5 in set(t[t["indicator"] == "general_budget_revenue"]["value"])  # 全年目标
    assert not (o["value"] == 79.1).any()  # 完成全年目标(%)
    assert not o["value"].isin([0.9, 2.8, 0.5]).any()  # 分别低于全年目标0.9、2.8和0.5个百分点
    assert not (o["value"] == 2000).any()  # 注:…规模以上工业为年主营业务收入2000万元及以上
    assert set(n.loc[n["text"] == "2000", "role"]) == {"label"}
    assert "unexplained" not in set(n.loc[n["text"] == "1", "role"])  # 1—9月


def test_plan_outline_that_names_the_state_council():
    """赣州 (text with a BOM and CRLF): the plan cites 国务院's policy, yet it is the city's; figures
    per head of population (每万人口发明专利拥有量2.1件) are levels, not counts."""
    meta, ext = _detected("ganzhou-2021-plan-outline.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("赣州市", 2021, "five_year_plan")
    o, t = ext.outcomes, ext.targets
    patents = o[o["indicator_text"].str.contains("每万人口发明专利拥有量")]
    assert len(patents) and set(patents["measure"]) == {"level"}
    assert not (t["unit"] == "份").any()  # (共印2000份)
    assert "unexplained" not in set(ext.numbers["role"])  # 专栏1, 0797-8212345


def test_responsibility_book_targets_and_not_its_scoring_rules():
    """崆峒区 (Word): a 目标责任书 — 总体目标 and 主要任务 in prose, a table 考核类别 | 考核指标 |
    目标值 | 分值 | 考核部门; the scores, weights and bonus rules are not targets."""
    meta, ext = _detected("pingliang-2024-responsibility.docx")
    assert (meta["year"], meta["doc_type"]) == (2024, "target_breakdown")
    t = ext.targets
    assert ext.outcomes.empty
    fai = t[(t["indicator"] == "fixed_asset_investment") & (t["measure"] == "level")]
    assert set(fai["value"]) == {3.2} and set(fai["qualifier"]) == {"at_least"}
    assert "区发展改革局" in set(fai["lead_units"])  # the 考核部门 column
    investment = t[t["indicator_text"].str.contains("招商引资到位资金")]  # 2亿元、力争2.5亿元
    assert dict(zip(investment["value"], investment["strive"])) == {2: False, 2.5: True}
    assert not (t["unit"] == "分").any()  # 加0.5分, 90分以上
    assert not t["text"].str.contains("类指标占|考核占|权重").any()  # 经济发展类指标占40%
    # the scoring rules' numbers (每多1户加1分, 80—89分为良好) and the weights (权重40%) are
    # labels in the coverage report, not numbers left unexplained
    n = ext.numbers
    text = read(UNSEEN / "pingliang-2024-responsibility.docx").text
    bonus = text.index("每多1户加1分") + len("每多")
    assert one(n, char_start=bonus).role == "label"
    assert one(n, char_start=text.index("权重40%") + 2).role == "label"
    assert (n["role"] == "unexplained").sum() <= 3


def test_livelihood_projects_written_plan_then_result():
    """玉林 (text): each of ten projects in one paragraph, the plan (年初计划…;计划投资…) then the
    result (截至12月底,全市实际…); 计划筹集1200套,实际筹集1268套 within one sentence."""
    meta, ext = _detected("yulin-2023-livelihood-projects.txt")
    assert (meta["year"], meta["doc_type"]) == (2023, "completion_report")
    t, o = ext.targets, ext.outcomes
    jobs_t = one(t, item="1", indicator="urban_new_jobs")
    jobs_o = one(o, item="1", indicator="urban_new_jobs")
    assert (jobs_t.value, jobs_o.value) == (1.2, 1.35)
    assert jobs_t.lead_units == "市人力资源社会保障局"
    assert 10 in set(t[t["item"] == "2"]["value"]) and 9 in set(o[o["item"] == "2"]["value"])
    assert 1200 in set(t[t["item"] == "6"]["value"]) and 1268 in set(o[o["item"] == "6"]["value"])


def test_infographic_page_of_label_value_and_growth_blocks():
    """昭通 (a 图解 page): each figure laid out as blocks — 地区生产总值 / 1356.8亿元 / 比上年增长5.9%,
    39826 / 元, 控制在 / 5.5% / 以内 — under headings 2023年 成绩单 and 2024年 目标任务."""
    meta, ext = _detected("zhaotong-2024-infographic.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("昭通市", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="gdp", measure="level", qualifier="point").value == 1356.8
    assert one(o, indicator="gdp", measure="growth_pct", year=2023).value == 5.9
    assert one(o, indicator="industrial_value_added", year=2023).value == 8.2
    urban = one(o, indicator_text="城镇常住居民人均可支配收入", measure="level")
    assert (urban.value, urban.unit) == (39826, "元")
    assert one(t, indicator="industrial_value_added", strive=True).value == 10  # 力争10%
    jobless = one(t, indicator="surveyed_unemployment")  # 控制在 / 5.5% / 以内
    assert (jobless.value, jobless.qualifier, jobless.year) == (5.5, "at_most", 2024)
    jobs = one(t, indicator="urban_new_jobs", measure="count")  # 2.7 / 万人以上
    assert (jobs.value, jobs.unit, jobs.qualifier) == (2.7, "万人", "at_least")


def test_card_blocks_get_the_punctuation_their_layout_leaves_out():
    from govdata.normalise import normalise

    text = "经济总量 再上台阶\n地区生产总值\n1356.8亿元\n比上年增长5.9%\n规模以上工业增加值\n增长8.2%\n" \
           "城镇新增就业\n2.86\n万人\n城镇调查失业率\n5.2\n%\n"
    norm = normalise(text)
    assert norm.text == ("经济总量 再上台阶\n地区生产总值1356.8亿元,比上年增长5.9%。规模以上工业增加值增长8.2%。"
                         "城镇新增就业2.86万人。城镇调查失业率5.2%\n")
    at = norm.text.index("比上年")
    assert text[norm.source_span(at, at + 3)[0]:][:3] == "比上年"  # offsets still exact
    # a date, a list item and an issuer are not a card's figures: 2021年3月22日 / 附件1
    plain = normalise("湖州市人民政府办公室\n2021年3月22日\n附件1\n").text
    assert "。" not in plain


def test_a_series_of_years_is_results_every_year():
    """安顺 (a statistics page): 指标 | 单位 | 2019年 | … | 2023年 | 2023年比上年增长(%) — every year a
    result, the last one too; 恢复到2019年的114.7% dates nothing after it."""
    meta, ext = _detected("anshun-2023-indicator-series.html")
    assert (meta["year"], meta["doc_type"]) == (2023, "statistical_communique")
    o = ext.outcomes
    table = o[o["text"].str.contains("\t", regex=False)]
    gdp = table[(table["indicator"] == "gdp") & (table["measure"] == "level")]
    assert sorted(gdp["year"]) == [2019, 2020, 2021, 2022, 2023]
    assert one(table, indicator="gdp", measure="growth_pct", year=2023).value == 5.6
    assert ext.targets[ext.targets["text"].str.contains("\t2023", regex=False)].empty
    tour = one(o, value=782.3, measure="level")  # after 恢复到2019年的114.7%
    assert (tour.value, tour.year) == (782.3, 2023)
    planned = ext.targets  # a table 指标 | 目标 under the line 2024年主要预期目标
    assert len(planned) >= 10 and set(planned["year"]) == {2024}


def test_breakdown_table_with_leaders_and_merged_section_rows():
    """宜春 (Word): 序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限, section rows merged
    across the table, items of two or three figures; deadlines are not targets."""
    meta, ext = _detected("yichun-2024-breakdown-leaders.docx")
    assert (meta["year"], meta["doc_type"]) == (2024, "target_breakdown")
    t = ext.targets
    firms = t[t["indicator_text"].str.contains("规上工业企业")]
    assert {(v, s) for v, s in zip(firms["value"], firms["strive"])} >= {(80, False), (100, True)}
    assert not t["text"].str.contains("底前").any()  # 2024年12月底前
    assert len(t) >= 110


def test_communique_as_gbk_text_with_tables_laid_out_in_spaces():
    """富顺 (GBK, CRLF, copied from a PDF): tables whose columns are runs of spaces (粮食      万吨
    45.62      1.3), a 续表 repeating its header, 年末数 | 比年初增长(%); 为-4.11‰ is negative."""
    meta, ext = _detected("zigong-2023-communique-gbk.txt")
    assert (meta["year"], meta["doc_type"]) == (2023, "statistical_communique")
    o = ext.outcomes
    table = o[o["text"].str.contains("粮食", regex=False) & (o["char_end"] - o["char_start"] < 80)]
    assert {45.62, 1.3} <= set(table["value"])
    deposits = o[o["indicator_text"] == "各项存款余额"]
    assert {812.46, 9.6} <= set(deposits["value"])
    assert one(o, indicator_text="人口自然增长率").value == -4.11


def test_plan_outline_of_2016_in_word():
    """曲靖 (Word): a 十三五 outline — 2015 results, 2020 targets with 年均 from 2016, a table
    类别 | 指标 | 单位 | 2015年 | 2020年 | 年均增长(%) | 属性 with 〔5〕, >7, ≤4.5."""
    meta, ext = _detected("qujing-2016-plan-outline.docx")
    assert (meta["year"], meta["doc_type"]) == (2016, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    assert set(t.loc[t["indicator"] == "gdp", "year"]) >= {2020}
    assert 2015 in set(o["year"])
    table_t = t[t["text"].str.contains("\t", regex=False)]
    assert (table_t["period_start"].dropna() == 2016).all() and len(table_t) > 20


def test_work_report_as_a_pdf_with_running_headers():
    """六盘水 (a PDF with a text layer): hard-wrapped lines, 政府工作报告 and — n — on every page,
    a sentence cut by a page break."""
    meta, ext = _detected("liupanshui-2024-work-report.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("六盘水市", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct", year=2024).qualifier == "about"
    assert len(o[o["year"] == 2023]) > 100 and len(t[t["year"] == 2024]) > 50


def test_completion_report_saved_as_mhtml():
    """保山 (a page saved by a browser as MHTML, gb2312, quoted-printable): 序号 | 目标任务 |
    完成情况 | 责任单位 with section rows and figures in their own <SPAN>s."""
    meta, ext = _detected("baoshan-2023-completion.mht")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("保山市", 2023, "completion_report")
    t, o = ext.targets, ext.outcomes
    gdp = one(t, item="1", indicator="gdp", measure="growth_pct")
    assert gdp.qualifier == "about" and len(o[o["item"] == "1"]) >= 1
    assert len(t) >= 35


def test_plan_outline_of_the_fifteenth_plan():
    """滁州 (a page of 2026): the 十五五 outline — 十四五 results for 2025, targets for 2030 with
    年均 from 2026, a table 2025年 | 2030年 | 年均增长〔累计〕."""
    meta, ext = _detected("chuzhou-2026-plan-outline.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("滁州市", 2026, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "avg_growth_pct")]
    assert set(gdp["year"]) == {2030} and set(gdp["period_start"]) == {2026}
    assert 2025 in set(o["year"])


def test_key_projects_plan_gives_each_projects_investment_for_the_year():
    """荆州 (Excel): 序号 | 项目名称 | 建设内容及规模 | 总投资（万元） | 2025年计划投资（万元） | 责任单位 —
    each project's 2025 plan is a target in 万元; its total investment and specifications are
    not; the city is the one in the title, not a district that leads a project."""
    meta, ext = _detected("jingzhou-2025-key-projects.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("荆州市", 2025, "target_breakdown")
    t = ext.targets
    first = one(t, item="1")
    assert (first.value, first.unit, first.year, first.lead_units) == (180000, "万元", 2025, "荆州经开区管委会")
    assert not (t["value"] == 650000).any()  # 总投资


def test_wechat_article_with_numbered_parts_and_bulleted_cards():
    """南充 (a WeChat article saved as a page): every run of text in its own span, parts headed
    01 | 2024年成绩单 and 02 | 2025年目标任务, cards whose label carries a mark (✦ 地区生产总值 /
    增长6%左右), headings set off by a mark (▶ 主要经济指标). The parts split results from
    targets, the marks are no part of a name, a marked heading is not joined to the label
    below it, and the parts' numbers are ordinals."""
    meta, ext = _detected("nanchong-2025-work-report-wechat.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("南充市", 2025, "work_report")
    t, o = ext.targets, ext.outcomes
    gdp = one(t, indicator="gdp", measure="growth_pct")
    assert (gdp.year, gdp.value, gdp.qualifier) == (2025, 6, "about")
    result = o[(o["indicator"] == "gdp") & (o["year"] == 2024)]
    assert [6.1] == result[result["measure"] == "growth_pct"]["value"].tolist()
    assert 2935.6 in set(result["value"])
    assert set(o["year"]) == {2024} and 2024 not in set(t["year"])
    assert not t["indicator_text"].str.contains("[✦●◆▶]").any()
    assert not o["indicator_text"].str.contains("[✦●◆▶]").any()
    car = t[t["indicator_text"] == "汽车汽配产业产值"]
    assert (2025, 800, "exceed", True) in set(zip(car["year"], car["value"], car["qualifier"],
                                                   car["strive"]))
    n = ext.numbers
    text = read(UNSEEN / "nanchong-2025-work-report-wechat.html").text
    parts = n[[text[e: e + 3].strip().startswith("|") for e in n["char_end"]]]
    assert sorted(parts["text"]) == ["01", "02", "03", "04"] and set(parts["role"]) == {"ordinal"}


def test_department_work_plan_with_divisions_as_lead_units():
    """柳州生态环境局 (Word): 关于印发《…2024年工作要点》的通知 — a department's plan for the
    year, read as a work report (2023 reviewed, 2024 planned) though it cites the 十四五 plan;
    its table's 责任科室 names each row's lead division. Ranks and their field (全国168个重点
    城市中排名第41位, 前移12位), a deadline (结束后5个工作日内) and a statistic's window
    (日最大8小时平均) are not figures; 个工作日 and 场次 are units."""
    meta, ext = _detected("liuzhou-2024-environment-work-plan.docx")
    assert (meta["year"], meta["doc_type"]) == (2024, "work_report")
    t, o = ext.targets, ext.outcomes
    pm = t[t["indicator_text"] == "PM2.5平均浓度"]
    assert set(zip(pm["year"], pm["value"], pm["unit"], pm["qualifier"])) == {
        (2024, 35, "微克/立方米", "at_most")}
    assert "大气环境科" in set(pm["lead_units"])
    assert 32 in set(o[(o["indicator_text"] == "PM2.5平均浓度") & (o["year"] == 2023)]["value"])
    n = ext.numbers
    text = read(UNSEEN / "liuzhou-2024-environment-work-plan.docx").text
    for said in ("168个重点城市", "前移12位", "后5个工作日", "最大8小时"):
        at = text.index(said) + said.index(next(c for c in said if c.isdigit()))
        assert one(n, char_start=at).role == "label", said
    talks = t[t["indicator_text"].str.endswith("主题宣传活动")]
    assert talks[["value", "unit", "qualifier"]].values.tolist() == [[20, "场次", "at_least"]]


def test_press_conference_tells_results_from_the_aims_restated():
    """九江 (a press conference's transcript): 前三季度 results, with the year's aims restated in
    the answers — 力争全年…300个以上, 四季度,我们将…;新增规上工业企业200家以上 (across the
    semicolon), 今年全市的目标是城镇新增就业5万人以上, 确保全年外贸进出口实现正增长. Those are
    targets; the results beside them (新开工亿元以上项目246个) stay outcomes."""
    meta, ext = _detected("jiujiang-2024-press-conference.html")
    assert (meta["region"], meta["year"]) == ("九江市", 2024)
    t, o = ext.targets, ext.outcomes
    projects = t[t["indicator_text"] == "新开工亿元以上项目"]
    assert projects[["value", "qualifier", "strive"]].values.tolist() == [[300, "at_least", True]]
    assert 246 in set(o[o["indicator_text"] == "新开工亿元以上项目"]["value"])
    assert 200 in set(t[t["indicator_text"] == "新增规上工业企业"]["value"])
    jobs = t[t["indicator"] == "urban_new_jobs"]
    assert jobs[["indicator_text", "value", "unit"]].values.tolist() == [["城镇新增就业", 5, "万人"]]
    assert 4.86 in set(o[o["indicator"] == "urban_new_jobs"]["value"])
    trade = t[(t["measure"] == "task") & t["indicator_text"].str.contains("外贸进出口")]
    assert len(trade) == 1 and trade["value"].iloc[0] == 0


def test_county_work_report_with_glossary_and_prefecture_tasks():
    """桐庐县 (Word): a county's report; 杭州市 sets its tasks (单位地区生产总值能耗降低和主要污染
    物减排完成杭州市下达任务), its appendix table has merged category cells, and its 名词解释
    (规上工业:指年主营业务收入2000万元及以上…) defines, it states no figure."""
    meta, ext = _detected("tonglu-2024-county-work-report.docx")
    assert (meta["region"], meta["region_level"], meta["year"]) == ("桐庐县", "county", 2024)
    t, o = ext.targets, ext.outcomes
    tasks = t[(t["measure"] == "task") & t["text"].str.contains("杭州市下达", regex=False)]
    assert {"单位地区生产总值能耗", "主要污染物"} <= set(tasks["indicator_text"])
    assert o["text"].str.contains("完成杭州市下达任务", regex=False).any()
    text = read(UNSEEN / "tonglu-2024-county-work-report.docx").text
    glossary = text.index("名词解释")
    assert not (t["char_start"] > glossary).any() and not (o["char_start"] > glossary).any()
    n = ext.numbers
    assert set(n[n["char_start"].between(glossary, text.index("抄送"))]["role"]) == {"label", "ordinal"}
    faster = one(t, indicator_text="涉企审批事项平均办理时间")
    assert (faster.measure, faster.value, faster.qualifier) == ("growth_pct", -30, "at_least")


def test_plan_of_2006_in_utf16_with_chinese_numeral_figures():
    """邯郸 十一五 outline saved by Notepad as "Unicode" (UTF-16 LE, BOM, CRLF): figures in
    Chinese numerals (年均增长百分之十一以上), the 十五 period (“十五”期间年均增长12.6%: an average
    over 2001–2005, of the indicator named before it), a later figure 比上年 (one year's growth,
    not the period's), and 2020年比2010年翻一番 (over 2011–2020, not from the plan's first year)."""
    meta, ext = _detected("handan-2006-plan-outline-utf16.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("邯郸市", 2006, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    avg = one(t, indicator="gdp", measure="avg_growth_pct")
    assert (avg.year, avg.period_start, avg.value, avg.qualifier) == (2010, 2006, 11, "at_least")
    past = one(o, indicator="gdp", measure="avg_growth_pct")
    assert (past.year, past.period_start, past.value) == (2005, 2001, 12.6)
    yearly = one(o, indicator="rural_net_income", measure="growth_pct")
    assert (yearly.value, pd.isna(yearly.period_start)) == (9.6, True)
    double = one(t, indicator="gdp", measure="growth_pct", year=2020)
    assert (double.value, double.period_start) == (100, 2011)
    assert 8.5 in set(t[t["indicator"] == "rural_net_income"]["value"])  # 百分之八点五


def test_breakdown_page_whose_category_and_lead_cells_span_rows():
    """常德 (a portal page): 序号 | 类别 | 目标任务 | 牵头单位 | 责任单位 | 完成时限 with 类别 and
    牵头单位 merged down several rows (rowspan), two paragraphs in a cell; each item keeps the
    lead unit of the merged cell above it."""
    meta, ext = _detected("changde-2025-breakdown-rowspan.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("常德市", 2025, "target_breakdown")
    t = ext.targets
    gdp = one(t, indicator="gdp", measure="growth_pct")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (6, "about", "市发展改革委;市统计局")
    revenue = t[t["indicator"] == "general_budget_revenue"]
    assert set(revenue["lead_units"]) == {"市财政局;市税务局"} and len(revenue) == 2
    ratio = one(t, indicator_text="农产品加工业产值与农业总产值之比")
    assert (ratio.value, ratio.measure) == (2.6, "level")
    assert not t["indicator_text"].str.contains("全省前").any()  # 进入全省前3位: a rank


def test_annual_target_column_mixing_growth_rates_and_amounts():
    """广安's 全年目标 column holds growth rates for some rows (地区生产总值 | 亿元 | 1082.6 | 6.1 |
    7) and amounts for others (一般公共预算收入 | 亿元 | 68.4 | 6.9 | 86.5): a target below a fifth
    of the result beside it, in a row that gives a growth rate, is the growth aimed at."""
    _meta, ext = _detected("guangan-2024-q3-progress.html")
    t = ext.targets
    table = t[t["text"].str.contains("\t", regex=False)]
    gdp = one(table, indicator="gdp")
    assert (gdp.measure, gdp.value, gdp.unit) == ("growth_pct", 7, "%")
    revenue = one(table, indicator="general_budget_revenue")
    assert (revenue.measure, revenue.value, revenue.unit) == ("level", 86.5, "亿元")
    income = one(table, indicator="urban_disposable_income")
    assert (income.measure, income.value) == ("growth_pct", 6)


def test_word_tables_of_counties_results_and_targets():
    """韶关 (Word): 表1 县（市、区） | 地区生产总值（亿元） | 增速（%） | … — each county's 2023
    results, a bare 增速（%） column being the growth of the column before it, the 全市 row the
    city's own; 表2 (under 2024年…预期目标) each county's 2024 targets (5.5以上，力争6)."""
    meta, ext = _detected("shaoguan-2023-county-indicators.docx")
    assert (meta["region"], meta["doc_type"]) == ("韶关市", "statistical_communique")
    t, o = ext.targets, ext.outcomes
    nanxiong = o[o["region"] == "南雄市"].set_index(["indicator", "measure"])["value"]
    assert nanxiong[("gdp", "level")] == 142.76 and nanxiong[("gdp", "growth_pct")] == 5.6
    assert nanxiong[("retail_sales", "growth_pct")] == 5.3
    city = o[(o["region"] == "韶关市") & (o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert 1605.84 in set(city["value"])  # the 全市 row
    aims = t[(t["region"] == "南雄市") & (t["indicator"] == "gdp")]
    assert set(zip(aims["year"], aims["value"], aims["qualifier"], aims["strive"])) == {
        (2024, 5.5, "at_least", False), (2024, 6, "point", True)}
    assert set(o[o["region"] != "韶关市"]["year"]) == {2023}


def test_word_draft_read_with_its_tracked_changes_accepted():
    """株洲 (Word): a draft circulated with tracked changes and comments: the figures as revised
    (增长<del>6%</del><ins>6.5%</ins>左右), a deleted sentence gone, a comment's numbers (建议改为
    不低于10%) not read; a telephone number run into the next line (0731-28661935 / 株洲市…) is
    no count of trees."""
    meta, ext = _detected("zhuzhou-2024-breakdown-tracked.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("株洲市", 2024, "target_breakdown")
    t = ext.targets
    gdp = one(t, item="一/1", indicator="gdp")
    assert (gdp.value, gdp.qualifier) == (6.5, "about")
    text = read(UNSEEN / "zhuzhou-2024-breakdown-tracked.docx").text
    assert "建议改为" not in text and "6%6.5%" not in text
    assert not (t["unit"] == "株").any()


def test_league_completion_workbook_with_notes_column():
    """锡林郭勒盟 (Excel): 序号 | 指标名称 | 单位 | 年度目标 | 完成值 | 完成率（%） | 牵头单位 | 备注 with
    growth rates stored as percent-formatted numbers (0.086 shown 8.6%), two lines in a cell
    (完成1386.2亿元 / 增长7.2%), and results in the 备注 column (完成112.6亿元,其中税收收入78.3
    亿元) — each about its row's indicator unless it names its own; 完成自治区下达任务的113.7%
    in a note is a completion rate, not a figure."""
    meta, ext = _detected("xilingol-2023-completion.xlsx")
    assert (meta["region"], meta["province"], meta["doc_type"]) == (
        "锡林郭勒盟", "内蒙古自治区", "completion_report")
    t, o = ext.targets, ext.outcomes
    gdp = o[(o["item"] == "1") & (o["indicator"] == "gdp")]
    assert set(zip(gdp["measure"], gdp["value"])) == {("level", 1386.2), ("growth_pct", 7.2),
                                                     ("relative", 0.9)}  # (高于全区0.9个百分点)
    revenue = o[(o["item"] == "2") & (o["indicator"] == "general_budget_revenue")]
    assert set(zip(revenue["measure"], revenue["value"])) == {("growth_pct", 8.6), ("level", 112.6)}
    assert 78.3 in set(o[o["indicator"] == "tax_revenue"]["value"])  # named in the note
    assert not (o["value"] == 113.7).any()
    fai = t[t["item"] == "4"]
    assert fai[["value", "qualifier", "strive"]].values.tolist() == [
        [8, "at_least", False], [10, "point", True]]


def test_old_site_whose_layout_is_tables():
    """上饶 2012 (a GBK page of an old site laid out in nested tables, paragraphs split by
    <br><br>, link columns with dates and click counts): the article and its one data table
    are read, the layout is not; 在实际工作中力争达到13% is the GDP growth aimed higher, and
    行政审批事项再精简15%以上 a fall."""
    meta, ext = _detected("shangrao-2012-work-report-oldsite.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("上饶市", 2012, "work_report")
    t = ext.targets
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct") & (t["year"] == 2012)]
    assert (13, "reach", True) in set(zip(gdp["value"], gdp["qualifier"], gdp["strive"]))
    assert (12, "about", False) in set(zip(gdp["value"], gdp["qualifier"], gdp["strive"]))
    assert one(t, indicator="gdp", measure="level", year=2012).value == 1250  # the table's
    fewer = t[t["indicator_text"].str.contains("行政审批事项")]
    assert fewer[["measure", "value", "qualifier"]].values.tolist() == [["growth_pct", -15, "at_least"]]
    assert (ext.numbers["role"] == "unexplained").sum() <= 2


def test_province_report_that_names_its_cities():
    """贵州省 (a provincial portal page): the province, though it names 贵阳市 and 遵义市 with
    figures of their own; 算力规模突破100EFLOPS is a level in a compute unit; 城乡低保标准分别
    提高到每人每月810元和每人每年6480元 names two standards, without the 每人每月."""
    meta, ext = _detected("guizhou-2025-province-work-report.html")
    assert (meta["region"], meta["region_level"], meta["year"]) == ("贵州省", "province", 2025)
    t = ext.targets
    gdp = one(t, indicator="gdp", measure="growth_pct", year=2025)
    assert (gdp.value, gdp.qualifier) == (5.5, "about")
    compute = t[t["unit"] == "EFLOPS"]
    assert compute[["indicator_text", "value", "qualifier"]].values.tolist() == [["算力规模", 100, "exceed"]]
    floors = t[t["indicator_text"].str.endswith("低保标准")]
    assert sorted(floors["value"]) == [810, 6480] and not floors["indicator_text"].str.contains("每人").any()


def test_interpretation_of_a_work_report_in_questions_and_answers():
    """泸州 (a 政策解读 page, 问/答): it opens on the year's targets, with no review heading;
    目标定为 / 设定为 / 安排为 / 确定为 introduce growth targets; 居民消费价格涨幅目标由上年的3%左右调整为
    2%左右 starts from last year's."""
    meta, ext = _detected("luzhou-2025-work-report-interpretation.html")
    assert (meta["region"], meta["year"]) == ("泸州市", 2025)
    t = ext.targets
    growth = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct") & (t["year"] == 2025)]
    assert 6 in set(growth["value"]) and set(growth["qualifier"]) == {"about"}
    fai = t[(t["indicator"] == "fixed_asset_investment") & (t["year"] == 2025)]
    assert set(zip(fai["measure"], fai["value"])) >= {("growth_pct", 5)}
    cpi = t[(t["indicator"] == "cpi") & (t["year"] == 2025)]
    assert set(cpi["value"]) == {2}


def test_plan_outline_whose_columns_are_word_text_boxes():
    """遵义 (Word): four 专栏 drawn as text boxes — three as Word saves them (DrawingML with a VML
    copy in mc:Fallback), one VML only — and footnotes: each box's figures are read once, after
    the paragraph it is anchored in."""
    meta, ext = _detected("zunyi-2021-plan-outline-textboxes.docx")
    assert (meta["region"], meta["doc_type"]) == ("遵义市", "five_year_plan")
    text = read(UNSEEN / "zunyi-2021-plan-outline-textboxes.docx").text
    for box in ("专栏1", "专栏2", "专栏3", "专栏4"):
        assert text.count(box) >= 1, box
    line = next(ln for ln in text.splitlines() if "地区生产总值（亿元）：2020年3720" in ln)
    assert text.count(line) == 1  # (not again from the VML copy)
    assert len(ext.targets) + len(ext.outcomes) > 150


def test_column_lines_name_the_indicator_and_its_unit_once():
    """遵义 专栏1: 地区生产总值（亿元）：2020年3720，年均增长9.1%（规划目标为年均增长10%):
    each figure on the line is the named indicator's, a bare figure takes the bracket's unit,
    and the (规划目标) inside the review of the last plan is that plan's target for 2020."""
    _meta, ext = _detected("zunyi-2021-plan-outline-textboxes.docx")
    o, t = ext.outcomes, ext.targets
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert (3720.0, "亿元", 2020) in set(zip(gdp["value"], gdp["unit"], gdp["year"]))
    urban = o[o["indicator"] == "urbanization_rate"]
    assert (55.2, "%") in set(zip(urban["value"], urban["unit"]))
    planned = t[(t["indicator"] == "urbanization_rate") & (t["value"] == 55.0)]
    assert list(planned["year"]) == [2020]
    jobs = o[(o["indicator"] == "urban_new_jobs") & (o["value"] == 29.6)]
    assert list(jobs["unit"]) == ["万人"]
    # a figure reached in the unit of the one it fell from: 由2015年的12.8%下降到0
    poverty = o[(o["indicator_text"] == "农村贫困发生率") & (o["value"] == 0.0)]
    assert set(poverty["unit"]) == {"%"}
    # a count of people before its noun: 现行标准下41.2万农村贫困人口全部脱贫
    assert ((o["value"] == 41.2) & (o["unit"] == "万") & (o["measure"] == "count")).any()
    unexplained = ext.numbers[ext.numbers["role"] == "unexplained"]
    assert not set(unexplained["text"]) & {"3720", "56640", "55.2", "41.2", "29.6"}


def test_pdf_communique_printed_in_two_columns_under_a_title():
    """宜宾 (PDF): a title block across both columns on the first page, then two columns of
    prose per page: each column is read down before the next, not line by line across."""
    meta, ext = _detected("yibin-2023-communique-twocolumn.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("宜宾市", 2023, "statistical_communique")
    text = read(UNSEEN / "yibin-2023-communique-twocolumn.pdf").text
    # no line of one column's prose joined to the other's (before, 56 were; one table caption
    # at the top of a column still meets the other column's line beside it)
    joined = [ln for ln in text.splitlines()
              if "\t" in ln and all(len(c) >= 8 and not re.search(r"\d", c) for c in ln.split("\t"))]
    assert len(joined) <= 1, joined
    o = ext.outcomes
    assert 0.2 in set(o[o["indicator"] == "cpi"]["value"])  # 全年居民消费价格比上年上涨0.2%


def test_township_report_is_the_towns_own():
    """梅溪镇 (GB18030 text): a township's work report is the town's, a level below the county
    (在梅溪镇第十八届人民代表大会…上); 完成安吉县下达的…任务 names the county that set the task;
    a unit 家次 is a count."""
    meta, ext = _detected("meixi-2024-township-work-report.txt")
    assert (meta["region"], meta["region_level"], meta["year"], meta["doc_type"]) == (
        "梅溪镇", "township", 2024, "work_report")
    o, t = ext.outcomes, ext.targets
    revenue = o[o["indicator"] == "fiscal_total_revenue"]
    assert (5.86, "亿元", 2023) in set(zip(revenue["value"], revenue["unit"], revenue["year"]))
    tasks = o[(o["measure"] == "task") & o["text"].str.contains("安吉县下达")]
    assert len(tasks) == 3
    visits = t[t["unit"] == "家次"]
    assert list(visits["value"]) == [500.0] and list(visits["measure"]) == ["count"]


def test_half_year_summary_reports_this_year_so_far():
    """乐清 (Word): a department's 上半年工作总结和下半年工作思路 is read as a work report whose
    review is of this year so far (partial results for 2024, not 2023), its 下半年工作思路 this
    year's targets; the region is the county-level city of the title (乐清市发展和改革局…),
    not the prefecture it names most (温州); the targets restated after 主要预期目标: are
    targets."""
    meta, ext = _detected("yueqing-2024-half-year-summary.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("乐清市", 2024, "work_report")
    o, t = ext.outcomes, ext.targets
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert (736.8, 2024, "partial") in set(zip(gdp["value"], gdp["year"], gdp["qualifier"]))
    gdp_t = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    assert (7.0, "about", 2024) in set(zip(gdp_t["value"], gdp_t["qualifier"], gdp_t["year"]))
    assert not ((o["indicator"] == "gdp") & (o["value"] == 7.0)).any()  # (not a result)
    aims = t[t["item"].str.contains("下半年", na=False)]
    assert len(aims) >= 20
    # 外贸进出口实现正增长、出口增长8%以上: the task, then another indicator's figure
    exports = t[(t["value"] == 8.0) & t["text"].str.contains("出口增长8%")]
    assert set(exports["indicator_text"]) == {"出口"}


def test_budget_report_reads_last_years_execution_and_this_years_budget():
    """休宁县 (page): …2024年预算执行情况和2025年预算草案的报告 is read as a work report of
    2025: last year's execution is its results, 年初预算 / 调整预算 last year's targets,
    完成预算的101.2% a completion rate (no row); the table 科目 | 2024年预算数 | 2024年执行数 |
    2025年预算数 | 增减% gives targets and results of their years, in the 单位：万元 above it."""
    meta, ext = _detected("xiuning-2025-budget-report.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("休宁县", 2025, "work_report")
    o, t = ext.outcomes, ext.targets
    revenue_t = t[t["indicator_text"] == "一般公共预算收入"]
    assert {(85500.0, "万元", 2024), (90860.0, "万元", 2025)} <= set(
        zip(revenue_t["value"], revenue_t["unit"], revenue_t["year"]))
    revenue_o = o[o["indicator_text"] == "一般公共预算收入"]
    assert (86532.0, "万元", 2024) in set(zip(revenue_o["value"], revenue_o["unit"], revenue_o["year"]))
    assert not (o["value"] == 101.2).any() and not (t["value"] == 101.2).any()


def test_three_year_action_plan_has_targets_for_each_of_its_years():
    """怀化 (Word): 三年行动方案（2024—2026年） is read as a plan over its own years: 到2026年
    targets for 2026 (not the fifth year), 分年度目标 2024年…;2025年… for each year (the same
    words in two years are two targets), and the table 2023年基数 | 2024年 | 2025年 | 2026年 |
    牵头单位 a base and three years of targets with their lead units; a subsidy's terms
    (按设备投资额的8%给予补助, 单个项目最高不超过300万元) are no targets."""
    meta, ext = _detected("huaihua-2024-three-year-action-plan.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("怀化市", 2024, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    share = t[t["indicator_text"] == "制造业增加值占地区生产总值比重"]
    assert {(28.0, 2026), (26.0, 2024), (27.0, 2025)} <= set(zip(share["value"], share["year"]))
    growth = t[(t["indicator"] == "industrial_value_added") & (t["measure"] == "growth_pct")
               & (t["value"] == 8.0)]
    assert {2024, 2025} <= set(growth["year"])
    firms = t[(t["indicator_text"] == "规模以上工业企业数") & (t["year"] == 2024)]
    assert list(firms["value"]) == [1300.0] and list(firms["lead_units"]) == ["市工业和信息化局"]
    base = o[(o["indicator_text"] == "规模以上工业企业数") & (o["year"] == 2023)]
    assert list(base["value"]) == [1186.0]
    assert not t["text"].str.contains("最高不超过|设备投资额").any()


def test_meeting_news_reads_results_and_what_the_meeting_asks_for():
    """蚌埠 (page): a government meeting's news — 会议指出 the half year's results (partial),
    会议强调 / 要… what it asks for the rest of the year (targets), 截至6月底,已开工… progress
    (a result) inside a paragraph of plans."""
    meta, ext = _detected("bengbu-2024-executive-meeting-news.html")
    assert (meta["region"], meta["year"]) == ("蚌埠市", 2024)
    o, t = ext.outcomes, ext.targets
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert (1046.8, 2024, "partial") in set(zip(gdp["value"], gdp["year"], gdp["qualifier"]))
    gdp_t = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    assert {(6.0, "about", False), (6.5, "point", True)} <= set(
        zip(gdp_t["value"], gdp_t["qualifier"], gdp_t["strive"]))
    starts = t[(t["value"] == 150.0) & t["text"].str.contains("新开工项目")]
    assert list(starts["indicator_text"]) == ["新开工项目"]
    assert ((o["value"] == 68.0) & o["text"].str.contains("已开工")).any()
    assert not (t["value"] == 68.0).any()


def test_workbook_with_a_sheet_per_county():
    """济宁 (xlsx): a 全市 sheet and one sheet per county, each titled 曲阜市2025年主要经济指标目标
    over 序号 | 指标名称 | 单位 | 2024年完成 | 2025年目标 | 责任单位: each county's figures are
    its own (region 曲阜市), the same cell in two sheets two rows, 2024年完成 last year's
    results, the 全市 sheet the city's."""
    meta, ext = _detected("jining-2025-county-targets.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("济宁市", 2025, "target_breakdown")
    t, o = ext.targets, ext.outcomes
    assert {"济宁市", "任城区", "兖州区", "曲阜市", "邹城市", "微山县"} <= set(t["region"])
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    sheets = gdp[gdp["item"] != "主要预期目标"]  # (and the 说明 sheet's 主要预期目标是:… once)
    assert len(sheets) == 6 and set(gdp["year"]) == {2025}
    assert one(gdp, item="主要预期目标").value == 6
    city = o[(o["region"] == "济宁市") & (o["indicator"] == "gdp")]
    assert (5.9, 2024) in set(zip(city["value"], city["year"]))
    units = sheets[sheets["region"] == "济宁市"]["lead_units"]
    assert set(units) == {"市发展改革委"}


def test_monthly_statistics_with_a_column_per_month():
    """湘潭 (GBK page): 指标 | 单位 | 1—6月 | … | 1—10月 | 1—10月同比增长(%): each month's
    cumulative figure a result of 2024 for part of the year, the last column its growth; a
    table of counties' growth rates, each county's own."""
    meta, ext = _detected("xiangtan-2024-monthly-statistics.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == (
        "湘潭市", 2024, "statistical_communique")
    o = ext.outcomes
    retail = o[(o["indicator"] == "retail_sales") & (o["unit"] == "亿元")]
    assert {553.62, 646.85, 741.27, 838.44, 942.16} <= set(retail["value"])
    assert set(retail["year"]) == {2024} and "partial" in set(retail["qualifier"])
    growth = o[(o["indicator"] == "retail_sales") & (o["measure"] == "growth_pct")]
    assert 5.6 in set(growth["value"])
    county = o[o["region"] == "湘潭县"]
    assert 8.1 in set(county["value"])


def test_assessment_notice_reads_results_not_scores():
    """丽水 (Word): a notice of an assessment's results — its summary paragraphs and run-in
    headed paragraphs are results; scores, ranks and the counts of units graded or of items
    done are not; its 2024年工作要求 are targets for 2024; the table 指标 | 年度目标 | 完成值 |
    完成率 gives targets and results."""
    meta, ext = _detected("lishui-2023-assessment-results.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("丽水市", 2023, "completion_report")
    o, t = ext.outcomes, ext.targets
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert 1964.3 in set(gdp["value"])
    assert not o["value"].isin([96.85, 97.12, 94.87]).any()  # (scores)
    assert not ((o["unit"] == "个") & o["text"].str.contains("市直单位")).any()
    gdp_t = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    assert {(7.0, 2023), (6.5, 2024)} <= set(zip(gdp_t["value"], gdp_t["year"]))


def test_completion_workbook_with_target_and_result_on_alternate_rows():
    """张家界 (xlsx): 序号 | 项目 | 类别 | 内容 | 责任单位, each item on two rows whose 类别 says
    目标 or 完成 (序号 and 责任单位 merged over both): the first row's 内容 is the target, the
    second's the result, one item; a row of sentences never heads an indicator table."""
    meta, ext = _detected("zhangjiajie-2023-completion-alternating.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("张家界市", 2023, "completion_report")
    t, o = ext.targets, ext.outcomes
    gdp_t = t[(t["indicator"] == "gdp") & (t["item"] == "1")]
    assert (6.5, "about") in set(zip(gdp_t["value"], gdp_t["qualifier"]))
    assert set(gdp_t["lead_units"]) == {"市发展和改革委员会;市统计局"}
    gdp_o = o[(o["indicator"] == "gdp") & (o["item"] == "1")]
    assert {612.3, 5.1} <= set(gdp_o["value"])
    assert len(set(t["item"]) - {""}) >= 30 and len(set(o["item"]) - {""}) >= 30


def test_page_whose_tables_are_drawn_with_divs():
    """衢州 (page): tables drawn as div.tbl > div.tr > div.td are read as tables (指标 | 单位 |
    2024年完成 | 2025年目标), not a cell per line; hidden text, scripts and image alt text are not
    read."""
    meta, ext = _detected("quzhou-2025-work-report-divgrid.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("衢州市", 2025, "work_report")
    text = read(UNSEEN / "quzhou-2025-work-report-divgrid.html").text
    assert "地区生产总值增长\t%\t6.3\t6左右" in text
    t, o = ext.targets, ext.outcomes
    table_t = t[t["text"].str.contains("\t", regex=False)]
    assert {(6.0, "about"), (3.5, "at_least")} <= set(zip(table_t["value"], table_t["qualifier"]))
    table_o = o[o["text"].str.contains("\t", regex=False)]
    assert (4.12, 2024) in set(zip(table_o["value"], table_o["year"]))


def test_plan_proposal_reads_its_few_targets_and_none_of_its_names():
    """金华 (Word): a party committee's 十五五 proposal — mostly words; its 2030 targets, 2035
    vision (翻一番 on 2025) and the 十四五 results it estimates (预计) are read, and none of its
    ordinals, quoted names or class numbers (二十届四中全会, “4+3”, 千亿级, 世界500强)."""
    meta, ext = _detected("jinhua-2025-fifteenth-plan-proposal.docx")
    assert (meta["region"], meta["doc_type"]) == ("金华市", "five_year_plan")
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "avg_growth_pct")]
    assert (5.5, 2030, "about") in set(zip(gdp["value"], gdp["year"], gdp["qualifier"]))
    assert (100.0, 2035) in set(zip(t["value"], t["year"]))
    assert ((o["indicator"] == "gdp") & (o["value"] == 7000.0) & (o["year"] == 2025)).any()
    assert not t["text"].str.contains("500强|千亿级|4\\+3").any()


def test_a_development_zone_reports_as_its_own_region():
    """南宁经济技术开发区管理委员会2024年工作总结和2025年工作计划 (page): the zone's figures are the
    zone's (level zone, in 广西), not 南宁市's; the report is of 2025, its review of 2024; a bare
    同比增长(%) column beside 2024年完成 is the growth of that result, of 2024."""
    meta, ext = _detected("nanning-2024-development-zone-report.html")
    assert (meta["region"], meta["region_level"], meta["province"], meta["year"]) == (
        "南宁经济技术开发区", "zone", "广西壮族自治区", 2025)
    t, o = ext.targets, ext.outcomes
    assert (6.5, "about", 2025) in set(zip(t.loc[t["indicator"] == "gdp", "value"],
                                            t.loc[t["indicator"] == "gdp", "qualifier"],
                                            t.loc[t["indicator"] == "gdp", "year"]))
    gdp_o = o[(o["indicator"] == "gdp") & (o["measure"] == "growth_pct")]
    assert set(gdp_o["year"]) == {2024} and set(gdp_o["value"]) == {7.2}


def test_a_speech_at_the_economic_work_conference():
    """十堰 (text): a party secretary's speech (在全市经济工作会议上的讲话) is read as a work
    report: 正确看待去年的成绩 is the review, 百分之十一点二 / 百分之6.5 / 近两成 / 三千多家 are
    figures, and 在去年基础上再翻一番 is compared with last year, not dated by it."""
    meta, ext = _detected("shiyan-2024-economic-work-conference-speech.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("十堰市", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="fixed_asset_investment", measure="growth_pct").value == 11.2
    assert one(t, indicator="trade_total", measure="growth_pct").value == 6.5
    share = o[o["indicator_text"].str.contains("工业投资占固定资产投资的比重")]
    assert (20.0, "about") in set(zip(share["value"], share["qualifier"]))
    firms = o[(o["value"] == 3000.0) & (o["measure"] == "count")]
    assert set(firms["qualifier"]) == {"at_least"}
    doubled = pd.concat([t, o])
    doubled = doubled[doubled["text"].str.contains("再翻一番")]
    assert len(doubled) == 1 and set(doubled["year"]) == {2024} and len(t.merge(doubled)) == 1
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct") & (t["year"] == 2024)]
    assert {(6.5, "about", False), (7.0, "point", True)} <= set(
        zip(gdp["value"], gdp["qualifier"], gdp["strive"]))


def test_work_points_name_their_lead_units_in_a_parenthesis():
    """湘西州 2025年州人民政府工作要点 (Word): a work report of 2025 whose items end (牵头单位:
    州发展改革委;责任单位:…), (州商务局牵头,…配合) or have the parenthesis in the next
    paragraph; a restated 2024 result does not date the targets in the sentences after it."""
    meta, ext = _detected("xiangxi-2025-work-points.docx")
    assert (meta["year"], meta["doc_type"]) == (2025, "work_report")
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct").lead_units == "州发展改革委;州统计局"
    assert one(t, indicator="gdp", measure="level", region=meta["region"]).lead_units == "州发展改革委"
    assert one(t, indicator="gdp", measure="level", region="吉首市").value == 260  # (吉首市地区生产总值…)
    pigs = one(t, value=180.0)
    assert (pigs.year, pigs.qualifier, pigs.lead_units) == (2025, "about", "州农业农村局")
    assert one(o, indicator="general_budget_revenue", measure="level").value == 61.2
    assert (t["lead_units"] != "").mean() > 0.9


def test_a_plan_without_a_span_takes_its_first_horizon():
    """绍兴市碳达峰实施方案 (Word, 绍政发〔2022〕21号): a plan of 2022 (the year it was issued, not
    the 2020 baseline it names most), its targets for 2025 and 2030 as the text dates them, and
    an undated one for its first horizon, 2025 — not 2026."""
    meta, ext = _detected("shaoxing-2022-carbon-peak-plan.docx")
    assert (meta["year"], meta["doc_type"]) == (2022, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    co2 = t[t["indicator"] == "co2_intensity"]
    assert {(2025, -18.0, "at_least"), (2030, -70.0, "at_least")} <= set(
        zip(co2["year"], co2["value"], co2["qualifier"]))
    fund = t[t["text"].str.contains("专项资金不少于2亿元")]
    assert set(fund["year"]) == {2025}
    assert (o["year"] == 2020).sum() >= 20 and set(t["year"]) <= {2025, 2030}


def test_a_prefecture_called_diqu_and_its_autonomous_region():
    """阿克苏地区行政公署 2024年…工作报告 (page): delivered to 自治区人大常委会阿克苏地区工作委员会 —
    the region is 阿克苏地区 (not 自治区), the genre a work report (not the 十四五 plan it names)."""
    meta, ext = _detected("aksu-2024-work-report.html")
    assert (meta["region"], meta["admin_code"], meta["year"], meta["doc_type"]) == (
        "阿克苏地区", "652900", 2024, "work_report")
    t = ext.targets
    assert one(t, indicator="gdp", measure="growth_pct", year=2024,
               text="地区生产总值增长7%左右").qualifier == "about"


def test_a_congress_review_of_the_plan_report():
    """潍坊 (PDF): the people's congress committee's review of the plan report — 计划增长8%,
    实际增长5.1% gives last year's target and its result; the ruled table 2023年计划 | 2023年完成 |
    2024年计划 is read by column."""
    meta, ext = _detected("weifang-2024-npc-review-report.pdf")
    assert (meta["year"], meta["doc_type"]) == (2024, "work_report")
    t, o = ext.targets, ext.outcomes
    fai_t = t[(t["indicator"] == "fixed_asset_investment") & (t["measure"] == "growth_pct")]
    assert {(2023, 8.0), (2024, 6.0)} <= set(zip(fai_t["year"], fai_t["value"]))
    assert not fai_t[(fai_t["year"] == 2023) & ~fai_t["text"].str.contains("\t")].empty
    fai_o = o[(o["indicator"] == "fixed_asset_investment") & (o["measure"] == "growth_pct")]
    assert set(zip(fai_o["year"], fai_o["value"])) == {(2023, 5.1)}


def test_budget_performance_targets_and_self_assessment():
    """合肥市农业农村局 (Excel): 部门整体支出绩效目标表 (一级指标 | 二级指标 | 三级指标 | 指标值,
    ≥780万亩) gives 2025 targets; the 2024年度…自评表 gives 2024's targets (年度指标值, the
    预期目标 cell) and results (实际完成值, the 实际完成情况 cell); scores are not figures."""
    meta, ext = _detected("hefei-2025-performance-targets.xlsx")
    assert (meta["year"], meta["doc_type"]) == (2025, "work_report")
    t, o = ext.targets, ext.outcomes
    sown = t[t["indicator_text"] == "粮食播种面积"]
    assert {(2025, 780.0, "at_least"), (2024, 775.0, "at_least")} <= set(
        zip(sown["year"], sown["value"], sown["qualifier"]))
    assert one(t, text="≥780万亩").lead_units == "种植业管理处"
    fields = o[o["indicator_text"].str.contains("高标准农田") & (o["value"] == 12.6)]
    assert set(fields["year"]) == {2024} and len(fields) >= 2
    budget = one(t, value=68425.63, text="部门预算收支总额68425.63万元")
    assert (budget.year, budget.indicator_text) == (2025, "部门预算收支总额")
    assert not pd.concat([t, o])["value"].isin([95.76, 9.76]).any()  # (自评得分, 得分)


def test_monthly_workbook_with_a_header_on_two_rows():
    """嘉兴 (Excel): 指标 | 单位 | 10月 (merged over 本月 | 同比增长(%)) | 1—10月 (over 累计 |
    同比增长(%)) is one header — 10月本月, 1—10月累计 — so each figure is a result of 2024 for
    part of the year, the month's and the months' total told apart (not 〔累计〕, a plan's total
    growth); the counties' sheet gives each county its figures (一般公共预算收入, not 预算: a
    result)."""
    meta, ext = _detected("jiaxing-2024-monthly-indicators.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("嘉兴市", 2024,
                                                                "statistical_communique")
    text = read(UNSEEN / "jiaxing-2024-monthly-indicators.xlsx").text
    assert "\t指标\t\t单位\t10月本月\t10月同比增长（%）\t1—10月累计\t1—10月同比增长（%）" in text
    o = ext.outcomes
    output = o[o["indicator_text"] == "规模以上工业总产值"]
    assert set(zip(output["measure"], output["value"])) == {
        ("level", 1486.3), ("growth_pct", 6.9), ("level", 14328.7), ("growth_pct", 7.8)}
    assert set(output["qualifier"]) == {"partial"} and ext.targets.empty
    revenue = one(o, region="嘉善县", indicator="general_budget_revenue", measure="level")
    assert (revenue.value, revenue.admin_code) == (96.52, "330421")


def test_excel_97_breakdown_workbook():
    """宁德 (an Excel 97–2003 .xls): read as the .xlsx would be — a percent-formatted 0.085 is
    8.5%, a 牵头单位 merged down rows is each row's, the items of a sheet of tasks under
    section rows keep their numbers."""
    meta, ext = _detected("ningde-2024-breakdown.xls")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("宁德市", 2024, "target_breakdown")
    t = ext.targets
    ind = t[(t["indicator"] == "industrial_value_added") & (t["text"] == "规模以上工业增加值增长8.5%")]
    assert len(ind) == 1 and ind.iloc[0].lead_units == "市工信局;市统计局"
    table = t[t["text"].str.contains("\t") & (t["indicator"] == "industrial_value_added")]
    assert (8.5, "市工信局") in set(zip(table["value"], table["lead_units"]))
    assert len(set(t["item"])) >= 80


def test_report_published_as_preformatted_text():
    """光山县 (a GBK page whose report is a <pre> hard-wrapped at 39 columns): the lines are joined
    back (全年地\\n区生产总值, 15\\n亿元以上), the county placed by the division table (河南, 411522)."""
    meta, ext = _detected("xinyang-2024-work-report-pre.html")
    assert (meta["region"], meta["province"], meta["admin_code"], meta["year"]) == (
        "光山县", "河南省", "411522", 2024)
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct").qualifier == "about"
    bonds = one(t, indicator_text="地方政府专项债券资金")
    assert (bonds.value, bonds.qualifier, bonds.strive) == (15.0, "at_least", True)
    assert one(o, indicator="gdp", measure="level").value == 318.6


def test_word_97_county_work_report():
    """登封市 2024年政府工作报告 as a Word 97–2003 .doc: read from its piece table (the table of
    2024 targets a row per line, the footer's page field left out), the county placed by the
    division table (河南, 410185), and read as a work report."""
    meta, ext = _detected("dengfeng-2024-work-report.doc")
    assert (meta["region"], meta["province"], meta["admin_code"], meta["year"], meta["doc_type"]) == (
        "登封市", "河南省", "410185", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    assert set(zip(gdp["year"], gdp["value"], gdp["qualifier"])) == {(2024, 6.5, "about")}
    assert len(gdp) == 2 and gdp["text"].str.contains("\t").sum() == 1  # prose and table row
    assert one(o, indicator="gdp", measure="level", text="实现地区生产总值562.3亿元").year == 2023
    assert (2025, 650.0, "exceed") in set(zip(t["year"], t["value"], t["qualifier"]))


def test_ordered_list_of_targets_and_a_table_with_colspan_header():
    """琼海市 (page): the 2024 targets written as an <ol> are read as the report's targets; the
    table whose header is two rows (2023年 over 完成值 | 增长(%), 2024年目标 over 目标值 | 增长(%))
    gives each column its year and role; a county-level city directly under the province is
    placed by the division table (海南, 469002)."""
    meta, ext = _detected("qionghai-2024-work-report-ol.html")
    assert (meta["region"], meta["province"], meta["admin_code"]) == ("琼海市", "海南省", "469002")
    t, o = ext.targets, ext.outcomes
    gdp_t = t[(t["indicator"] == "gdp") & (t["year"] == 2024)]
    assert {("growth_pct", 7.0, "about"), ("level", 405.0, "point")} <= set(
        zip(gdp_t["measure"], gdp_t["value"], gdp_t["qualifier"]))
    gdp_o = o[o["indicator"] == "gdp"]
    assert set(zip(gdp_o["year"], gdp_o["measure"], gdp_o["value"])) == {
        (2023, "level", 378.6), (2023, "growth_pct", 7.8), (2023, "relative", 0.6)}  # (高于全省…)


def test_a_years_plan_document_with_a_two_row_word_header():
    """清远市2024年国民经济和社会发展计划 (Word, issued as 清府〔2024〕7号): a work report of 2024
    (2023's 预计 figures are results); its appendix table's header is on two merged rows (2023年
    over 预计完成 | 增长(%), 2024年计划 over 绝对值 | 增长(%))."""
    meta, ext = _detected("qingyuan-2024-plan-document.docx")
    assert (meta["year"], meta["doc_type"]) == (2024, "work_report")
    t, o = ext.targets, ext.outcomes
    table_t = t[(t["indicator"] == "gdp") & t["text"].str.contains("\t")]
    assert set(zip(table_t["measure"], table_t["value"])) == {("level", 2270.0), ("growth_pct", 5.5)}
    table_o = o[(o["indicator"] == "gdp") & o["text"].str.contains("\t")]
    assert set(zip(table_o["year"], table_o["value"])) == {(2023, 2150.0), (2023, 4.8)}


def test_word_97_breakdown_table_with_merged_units_and_cell_paragraphs():
    """景德镇 breakdown as a .doc: one table, section rows across it, 牵头单位 merged down several
    items (each item its unit), task cells of two or three paragraphs (a short title, then the
    figures) read whole; 交付直升机30架 is a count."""
    meta, ext = _detected("jingdezhen-2024-breakdown-doc.doc")
    assert (meta["year"], meta["doc_type"]) == (2024, "target_breakdown")
    t = ext.targets
    assert len(set(t["item"])) == 72
    aviation = t[t["item"] == "三/19"]
    assert {(300.0, "exceed"), (30.0, "point")} <= set(zip(aviation["value"], aviation["qualifier"]))
    assert set(aviation["lead_units"]) == {"市工信局"}
    assert one(t, item="三/19", value=30.0).measure == "count"


def test_a_forms_row_names_its_figure_by_the_cell_before_it():
    """An Excel form's row 年度预算资金(万元) | 资金总额 | 68425.63: the figure is 资金总额's, in the
    bracket's unit; only the row's first figure takes that unit; the next line's 年度… is no date
    of the figure before it."""
    text = ("部门整体支出绩效目标表\n(2025年度)\n年度预算资金(万元)\t资金总额\t68425.63\t\t\n"
            "年度预算资金(万元)\t其中:财政拨款\t64210.35\t\t\n各项存款余额(亿元)\t4865.32\t11.1\n")
    ext = extract_document(text, some_city("work_report", 2025, "form"))
    rows = set(zip(ext.targets["indicator_text"], ext.targets["value"], ext.targets["unit"]))
    assert {("资金总额", 68425.63, "万元"), ("财政拨款", 64210.35, "万元"),
            ("各项存款余额", 4865.32, "亿元")} <= rows
    assert 11.1 not in set(ext.targets["value"])


def test_work_report_of_2026_reviews_the_plan_period_and_sets_the_next():
    """鹰潭 2026 (a saved page): the 十四五 review's figures are the period's (年均增长 over
    2021–2025), a start the text dates is that year's result (由2020年的86.5亿元…), the 十五五
    goals are for 2030, the year's GDP target a range."""
    meta, ext = _detected("yingtan-2026-work-report.html")
    assert (meta["region"], meta["year"], meta["doc_type"], meta["admin_code"]) == (
        "鹰潭市", 2026, "work_report", "360600")
    t, o = ext.targets, ext.outcomes
    avg = one(o, indicator="gdp", measure="avg_growth_pct")
    assert (avg.year, avg.period_start, avg.value) == (2025, 2021, 6.2)
    start = one(o, value=86.5)
    assert (start.indicator_text, start.year, start.qualifier) == ("一般公共预算收入", 2020, "point")
    goal = one(t, indicator="gdp", year=2030, measure="level")
    assert goal.value == 1800
    this_year = one(t, indicator="gdp", year=2026)
    assert (this_year.value, this_year.value_high, this_year.qualifier) == (5, 5.5, "range")


def test_yearbook_survey_is_the_years_results_with_its_table():
    """周口年鉴 综述 (a saved page): a yearbook's survey is read as a report of results; its
    table 指标 | 单位 | 2023年 | 比上年增长(%) gives 2023's results (a bare year column is no
    target in a report of results); the work report's targets it restates stay targets; an area
    in 平方千米 is read."""
    meta, ext = _detected("zhoukou-2024-yearbook-overview.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == (
        "周口市", 2023, "statistical_communique")
    t, o = ext.targets, ext.outcomes
    table = o[o["text"].str.contains("\t") & (o["indicator"] == "gdp")]
    assert set(zip(table["measure"], table["value"])) == {("level", 3600.5), ("growth_pct", 4.1)}
    assert not t["text"].str.contains("\t").any()
    assert one(t, indicator="gdp", year=2023).value == 7
    assert one(o, value=11959).unit == "平方千米"


def test_word_footnotes_and_a_glossary_that_states_figures():
    """阳江 (Word): footnotes are read after the paragraph citing them — a definition's numbers
    are labels (典型镇、典型村指…全省共认定典型镇120个), a footnote's own results are read; a
    名词解释 entry's definition is no figure but its other sentences are (2023年末全市“四上”企业
    达到2368家); the page header is not read."""
    meta, ext = _detected("yangjiang-2024-work-report-footnotes.docx")
    assert (meta["region"], meta["year"]) == ("阳江市", 2024)
    text = read(UNSEEN / "yangjiang-2024-work-report-footnotes.docx").text
    assert "阳江市人民政府文件" not in text
    o, n = ext.outcomes, ext.numbers
    assert one(o, value=2368).year == 2023
    assert one(o, value=6800).indicator_text.endswith("5G基站")
    note = text.index("典型镇、典型村指")
    defined = n[n["char_start"].between(note, text.index("\n", note))]
    assert list(defined["text"]) == ["120", "1200"] and set(defined["role"]) == {"label"}


def test_half_year_plan_report_as_a_word_97_file():
    """黄山 (.doc): 关于…2025年上半年国民经济和社会发展计划执行情况的报告 is the year so far and
    the rest of the year's aims, as a work summary is; its table (a wide row whose properties
    Word keeps outside the page, sprmPHugePapx) reads row by row, cells of two paragraphs
    whole; its footnotes are read."""
    meta, ext = _detected("huangshan-2025-half-year-report-doc.doc")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("黄山市", 2025, "work_report")
    text = read(UNSEEN / "huangshan-2025-half-year-report-doc.doc").text
    assert "1\t地区生产总值\t亿元\t6左右\t512.6\t5.8\t—" in text.splitlines()
    assert "同口径增长剔除了上年同期一次性矿业权出让收入等不可比因素" in text
    t, o = ext.targets, ext.outcomes
    row = o[o["text"].str.contains("\t") & (o["indicator"] == "gdp")]
    assert set(zip(row["measure"], row["value"], row["qualifier"])) == {
        ("level", 512.6, "partial"), ("growth_pct", 5.8, "partial")}  # (the year so far)
    assert one(t, indicator="gdp", strive=True).qualifier == "at_least"
    assert not o["text"].str.contains("个月负增长").any()  # 连续4个月: a span of time


def test_letter_spaced_text_copied_from_a_justified_pdf():
    """安庆 (text from a PDF whose lines are letter-spaced: 地 区 生 产 总 值 2 8 8 6 . 4 亿 元,
    hard-wrapped inside numbers, a page number and running header between): the spaced lines
    read as words and whole numbers, mapped back to the source exactly."""
    meta, ext = _detected("anqing-2024-work-report-spaced.txt")
    assert (meta["region"], meta["year"]) == ("安庆市", 2024)
    o, t = ext.outcomes, ext.targets
    gdp = one(o, indicator="gdp", measure="level")
    assert (gdp.value, gdp.year, gdp.text) == (2886.4, 2023, "地 区 生 产 总 值 2 8 8 6 . 4 亿 元")
    assert one(o, indicator="gdp", measure="growth_pct").value == 5.8
    goal = one(t, indicator="gdp", measure="growth_pct")
    assert (goal.value, goal.qualifier) == (6, "about")
    assert 286 in set(o["value"])  # 新 开 工 亿 元 以 上 项 目 2 | 86 个: wrapped inside the number


def test_report_laid_out_in_a_one_column_table():
    """白银 (Word): the whole report sits in a borderless one-column table, its indicator table
    nested in a cell: the cells are read as the body (paragraphs on lines, headings found), the
    nested table as a table of indicators."""
    meta, ext = _detected("baiyin-2025-work-report-layout-table.docx")
    assert (meta["region"], meta["year"]) == ("白银市", 2025)
    text = read(UNSEEN / "baiyin-2025-work-report-layout-table.docx").text
    assert "一、2024年工作回顾" in text.splitlines()
    assert "1\t地区生产总值\t亿元\t786.4\t837\t6.5左右" in text.splitlines()
    t, o = ext.targets, ext.outcomes
    row = t[t["text"].str.contains("\t") & (t["indicator"] == "gdp")]
    assert set(zip(row["measure"], row["value"])) == {("level", 837), ("growth_pct", 6.5)}
    assert one(o, indicator="gdp", measure="growth_pct").value == 6.3


def test_many_ways_of_saying_a_figure():
    """太原 (a plan report written to use many phrasings): 增长一成, 是上年的1.8倍, 负增长8.2%,
    同比-2.7%, 由上年的-4.5%转为增长3.8%, 涨幅回落至0.2%, 与上年持平, 实现零增长, 万标准箱."""
    meta, ext = _detected("taiyuan-2024-plan-report-phrasing.html")
    assert (meta["region"], meta["year"]) == ("太原市", 2025)
    o = ext.outcomes

    def said(snippet):
        rows = o[o["text"].str.contains(snippet, regex=False)]
        return set(zip(rows["measure"], rows["value"]))

    assert ("growth_pct", 10) in said("同比增长一成")
    assert ("growth_pct", 80) in said("光伏电池产量是上年的1.8倍")
    assert ("growth_pct", -8.2) in said("利润总额负增长8.2%")
    assert ("growth_pct", -2.7) in said("同比-2.7%")
    assert said("转为增长3.8%") == {("growth_pct", 3.8)}
    assert ("growth_pct", 0.2) in said("涨幅回落至0.2%")
    assert ("growth_pct", 0) in said("零增长")
    assert ("growth_pct", 0) in said("与上年持平")
    assert one(o, unit="万标准箱").measure == "level"


def test_a_provinces_target_column_beside_the_citys():
    """邵阳 (a saved page): the table 指标 | 单位 | 2024年完成 | 2025年目标 | 全省目标 | 备注 gives
    the city's targets and, in 全省目标, 湖南省's own for the same year — rows of the province
    (division code 430000), not of the city."""
    meta, ext = _detected("shaoyang-2025-work-report-province-column.html")
    assert (meta["region"], meta["admin_code"], meta["year"]) == ("邵阳市", "430500", 2025)
    t = ext.targets
    table = t[t["text"].str.contains("\t") & (t["indicator"] == "gdp") & (t["measure"] == "growth_pct")]
    assert set(zip(table["region"], table["admin_code"], table["value"], table["qualifier"])) == {
        ("邵阳市", "430500", 6, "about"), ("湖南省", "430000", 5.5, "about")}
    province = t[t["region"] == "湖南省"]
    assert set(province["year"]) == {2025} and len(province) >= 15


def test_page_saved_from_a_single_page_app():
    """揭阳 (a Vue portal's page saved as HTML): the body is only the app's shell; the report is
    read from the JSON its script holds (window.__INITIAL_STATE__, its tags escaped as \\u003c),
    its table too; the site's other data (visitor counts) is not read."""
    meta, ext = _detected("jieyang-2025-work-report-spa.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("揭阳市", 2025, "work_report")
    t, o = ext.targets, ext.outcomes
    assert set(o[(o["indicator"] == "gdp") & (o["measure"] == "level")]["value"]) == {2426.8}
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长5%左右").qualifier == "about"
    table = t[t["text"].str.contains("\t") & (t["indicator"] == "gdp")]
    assert set(table["value"]) == {5, 2550}
    assert "加载中" not in read(UNSEEN / "jieyang-2025-work-report-spa.html").text


def test_breakdown_printed_on_landscape_pages_with_a_row_split_by_a_page_break():
    """郴州 (PDF): a covering notice on a portrait page restating the year's main targets (read,
    item 主要预期目标), then a ruled breakdown table on landscape pages; item 49's row is split
    by a page break — the rest of its task cell, on a row with no 序号, is more of item 49,
    with its lead unit."""
    meta, ext = _detected("chenzhou-2024-breakdown-landscape.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("郴州市", 2024, "target_breakdown")
    t = ext.targets
    main = t[t["item"] == "主要预期目标"]
    assert one(main, indicator="gdp").value == 6 and len(main) >= 15
    split = t[t["item"] == "四/49"]
    assert {150, 500, 20} <= set(split["value"]) and set(split["lead_units"]) == {"市商务局"}
    assert t["item"].nunique() >= 90


def test_page_whose_markup_splits_numbers():
    """玉溪 (a saved page from an old CMS): numbers split across tags (增长<span>6</span>.5%),
    soft hyphens and zero-width spaces inside words and numbers, footnote marks ① after
    figures; its 注释 at the end is read entry by entry (a definition is no figure, a fact in a
    note is); 万担 is a quantity of tobacco."""
    meta, ext = _detected("yuxi-2024-work-report-span-noise.html")
    assert (meta["region"], meta["year"]) == ("玉溪市", 2024)
    o = ext.outcomes
    assert set(o[o["indicator"] == "gdp"]["value"]) >= {2658.4, 6.5}
    assert one(o, value=142.5).unit == "万担"
    note = one(o, value=42, unit="家")
    assert (note.year, note.indicator_text) == (2023, "新能源电池产业规模以上企业")


def test_open_data_csv_of_targets():
    """淄博 (an open-data portal's CSV, GBK, CRLF, no title): read as a table; a header naming
    2025年目标值 and 牵头单位 makes it a breakdown of 2025; task rows whose 指标名称 is a sentence
    of figures give those targets (and their 完成值 sentence the results); a note 2024年增长3.8%
    is 2024's result."""
    meta, ext = _detected("zibo-2025-targets-opendata.csv")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("淄博市", 2025, "target_breakdown")
    t, o = ext.targets, ext.outcomes
    gdp = one(t, indicator="gdp", measure="growth_pct")
    assert (gdp.value, gdp.qualifier, gdp.lead_units, gdp["item"]) == (6, "about", "市发展改革委", "1")
    task = t[t["item"] == "65"]
    assert set(zip(task["value"], task["qualifier"])) == {(300, "at_least"), (50, "point")}
    assert set(o[o["item"] == "65"]["value"]) == {286, 43}
    assert one(o, text="2024年增长3.8%").year == 2024


def test_page_whose_declared_charset_is_wrong():
    """钦州 (an old portal's page declaring gb2312 but written in UTF-8, with characters GB2312
    lacks: 镕, 喆, ㎡): decoded as what it is, not as it says; ㎡ is an area."""
    meta, ext = _detected("qinzhou-2024-work-report-charset-lie.html")
    assert (meta["region"], meta["year"]) == ("钦州市", 2024)
    assert "覃镕喆" in read(UNSEEN / "qinzhou-2024-work-report-charset-lie.html").text
    o = ext.outcomes
    assert one(o, value=13.8).unit == "m2"  # 13.8㎡, folded by NFKC
    assert 2 <= len(o[o["indicator"] == "gdp"])


def test_wechat_article_saved_as_a_web_archive():
    """梧州 (a WeChat article saved by Chrome as MHTML: quoted-printable, the charset only in
    the page's meta, numbers split across styled spans): the article is read, the 阅读/在看/点赞
    counts are not figures of the report, and cards laid out figure first take the label under
    their figure."""
    meta, ext = _detected("wuzhou-2025-work-report-wechat.mhtml")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("梧州市", 2025, "work_report")
    t, o = ext.targets, ext.outcomes
    prose = one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长5.5%左右")
    assert prose.qualifier == "about"
    assert not o["text"].str.contains("阅读|在看|点赞").any()
    # cards with the figure above its label (9.6% / 规模以上工业增加值增长 / 386.2亿元 / 外贸进出口
    # 总额 / 增长15.7%): each figure is its own label's, not the card's before
    cards = o[o["item"] == ""]  # (before the report's first heading)
    assert one(cards, value=9.6)[["indicator", "measure"]].tolist() == ["industrial_value_added", "growth_pct"]
    assert one(cards, value=386.2).indicator == "trade_total"
    assert one(cards, value=15.7).indicator == "trade_total"
    assert one(cards, value=2.18).indicator_text == "城镇新增就业"
    card_targets = t[t["text"].str.contains("\n", regex=False)]
    assert one(card_targets, value=5.5, qualifier="at_most").indicator_text == "城镇调查失业率"


def test_pdf_justified_with_letter_spacing():
    """咸宁 (PDF): body lines justified by spacing every character apart (gaps of 2–6 points),
    some spacing the digits too; a page header and — n — page numbers; paragraphs across page
    breaks: the characters are read as words and whole numbers."""
    meta, ext = _detected("xianning-2024-work-report-spaced.pdf")
    assert (meta["region"], meta["year"]) == ("咸宁市", 2024)
    text = read(UNSEEN / "xianning-2024-work-report-spaced.pdf").text
    assert "全社会研发经费投入强度达到2.16%" in text
    o, t = ext.outcomes, ext.targets
    assert one(o, value=2.16).indicator_text == "全社会研发经费投入强度"
    assert len(t[t["indicator"] == "gdp"]) >= 1


def test_report_printed_in_a_newspapers_columns():
    """梅州日报 (PDF): the report printed on newspaper pages of three and four columns, a title
    across them, a photo's caption in a column, jump lines between pages: each column is read
    top to bottom before the next, so the sentences run on as printed."""
    meta, ext = _detected("meizhou-2024-work-report-newspaper.pdf")
    assert (meta["region"], meta["year"]) == ("梅州市", 2024)
    text = read(UNSEEN / "meizhou-2024-work-report-newspaper.pdf").text
    assert "全年实现地区生产总值1408.6亿元,增长4.8%" in text.replace("，", ",")
    o = ext.outcomes
    assert set(o[o["indicator"] == "gdp"]["value"]) >= {1408.6, 4.8}
    # a photo's caption inside a column (图为…。 本报记者 黄志强 摄) and the jump lines, editors'
    # line and masthead between a sentence's halves ((下转A3版) / 要闻（上接A3版） / 梅州日报) are
    # left out, so 兴宁市地区生|…|产总值突破300亿元 reads whole, as 兴宁市's own figure
    assert one(o, region="兴宁市").value == 300
    rows = pd.concat([o, ext.targets])
    assert not rows["indicator_text"].str.contains("本报记者|梅州日报|上接|下转").any()
    assert one(o, value=826).indicator_text == "规模以上工业企业"


def test_breakdown_saved_as_rtf_by_word():
    """阜阳 (RTF as Word writes it): GBK bytes and \\u escapes, figures split over runs, a header
    and footer, the table's 牵头单位 merged down: read as the Word file would be, the covering
    notice's main targets included; two counties sharing one indicator (界首市、太和县地区生产总值
    分别突破400亿元和600亿元) each get theirs, as their own rows."""
    meta, ext = _detected("fuyang-2024-breakdown-rtf.rtf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("阜阳市", 2024, "target_breakdown")
    t = ext.targets
    notice = one(t, item="主要预期目标", indicator="gdp")
    assert (notice.value, notice.qualifier) == (6.5, "about")
    first = one(t, item="一/1", indicator="gdp", measure="growth_pct")
    assert first.lead_units == "市发展改革委"
    assert set(t[t["item"].isin(["一/2", "一/3"])]["lead_units"]) == {"市发展改革委"}  # merged down
    places = t[(t["item"] == "六/56") & (t["indicator"] == "gdp")].set_index("region")
    assert places.loc["界首市", "value"] == 400 and places.loc["太和县", "value"] == 600
    assert places.loc["太和县", "admin_code"] == "341222"  # (its county's row, the indicator plain)
    assert set(places.loc[["界首市", "太和县"], "qualifier"]) == {"exceed"}
    text = read(UNSEEN / "fuyang-2024-breakdown-rtf.rtf").text
    assert "阜阳市人民政府办公室文件" not in text and "MERGEFORMAT" not in text


def test_work_report_as_ofd():
    """临沂 (OFD, GB/T 33190): text objects of a line, of a number, of a character each, lines
    wrapped across pages, a running header and page numbers, a table of one text object per
    cell: read as printed, the header and page numbers left out."""
    meta, ext = _detected("linyi-2025-work-report.ofd")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("临沂市", 2025, "work_report")
    doc = read(UNSEEN / "linyi-2025-work-report.ofd")
    assert doc.meta["format"] == "ofd" and doc.meta["title"] == "临沂市2025年政府工作报告"
    assert "改造城镇老旧小区236个" in doc.text  # (one text object per character on that page)
    assert "— 3 —" not in doc.text
    o, t = ext.outcomes, ext.targets
    assert one(o, indicator="gdp", measure="level").value == 6418.6
    assert one(t, indicator="gdp", text="地区生产总值增长5.5%左右").qualifier == "about"
    cell = one(t, indicator="trade_total", measure="growth_pct", text="外贸进出口总额增长\t%\t7.3\t力争8")
    assert (cell.value, cell.strive) == (8, True)


def test_work_report_page_in_traditional_characters():
    """开封 (a portal's 繁體 page): detected as 开封市, read as the simplified text would be,
    quoted as the page has it."""
    meta, ext = _detected("kaifeng-2025-work-report-traditional.html")
    assert (meta["region"], meta["admin_code"], meta["year"]) == ("开封市", "410200", 2025)
    t, o = ext.targets, ext.outcomes
    gdp = one(t, indicator="gdp", text="地區生產總值增長5.5%左右")
    assert (gdp.value, gdp.qualifier, gdp.indicator_text) == (5.5, "about", "地区生产总值")
    assert one(t, indicator="grain_output").value == 285
    assert one(o, indicator="gdp", measure="level", text="地區生產總值完成2715.6億元").unit == "亿元"
    start = one(o, value=2364.1)
    assert (start.indicator, start.year) == ("gdp", 2019)


def test_county_report_as_opendocument_text():
    """勉县 (OpenDocument text; a county named by one character): list numbers the list style
    draws are read as item numbers, a footnote's figure is read after its paragraph, the page
    header and a tracked deletion are left out."""
    meta, ext = _detected("mianxian-2024-county-work-report.odt")
    assert (meta["region"], meta["region_level"], meta["admin_code"]) == ("勉县", "county", "610725")
    text = read(UNSEEN / "mianxian-2024-county-work-report.odt").text
    assert "1.地区生产总值增长6%左右，在实际工作中力争更好结果；" in text.split("\n")
    assert "增长7%增长8%" not in text and text.count("勉县人民政府") == 1
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长6%左右").qualifier == "about"
    note = one(o, value=28.6)
    assert (note.indicator_text, note.year) == ("建成高标准农田", 2023)


def test_a_countys_figure_in_a_citys_report_is_the_countys():
    """A county of the city named before an indicator in the city's report (崇阳县、通城县、通山县
    地区生产总值增长7%以上; 阳东区、阳春市…增长5%以上) gives that county's row, with its code and
    the plain indicator; a project sited in a county (中方县绿色食品加工园) stays the city's."""
    _, ext = _detected("xianning-2024-work-report-spaced.pdf")
    t = ext.targets
    counties = t[t["region"].isin(["崇阳县", "通城县", "通山县"])]
    assert set(counties["indicator"]) == {"gdp"} and set(counties["value"]) == {7.0}
    assert one(counties, region="崇阳县").admin_code == "421223"
    assert not t["indicator_text"].str.startswith("崇阳县").any()
    _, ext = _detected("yangjiang-2024-work-report-footnotes.docx")
    o = ext.outcomes
    assert set(o.loc[o["region"].isin(["阳东区", "阳春市", "阳西县"]), "indicator"]) == {"gdp"}
    _, ext = _detected("huaihua-2024-three-year-action-plan.docx")
    assert set(ext.targets["region"]) == {"怀化市"}


def test_party_plenary_report_written_in_chinese_numerals():
    """南阳 (a party committee's plenary report, 在…第八届委员会第七次全体会议上的报告, dated
    二〇二四年一月十八日): a report of last year and this year's aims, as a work report is; its
    figures in numerals read as numbers — decimals (四千五百三十二点六亿元, 六点九万人), counts
    (八十六个), 百分之百, 千分之五 — the place value kept in the unit (五百亿元 → 500 亿元)."""
    meta, ext = _detected("nanyang-2024-party-congress-report-numerals.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("南阳市", 2024, "work_report")
    t, o = ext.targets, ext.outcomes
    gdp = one(o, indicator="gdp", measure="level", text="达到四千五百三十二点六亿元")
    assert (gdp.value, gdp.unit, gdp.year) == (4532.6, "亿元", 2023)
    assert (one(o, indicator="urban_new_jobs", year=2023).value, one(o, value=86).unit) == (6.9, "个")
    infant = one(t, text="婴儿死亡率控制在千分之五以内")
    assert (infant.value, infant.unit, infant.qualifier) == (5, "‰", "at_most")
    assert one(o, text="国省考断面水质达标率百分之百").value == 100
    assert one(t, text="生产总值超五百亿元")[["value", "unit"]].tolist() == [500, "亿元"]


def test_table_of_targets_and_results_over_several_years():
    """新乡 (statistics bureau's page): a table whose two-row header puts 目标 | 完成 under each of
    2021年…2024年 (and 2025年目标 spanning both rows): each cell is that year's target or result;
    a table of counties whose header says only 目标（%） | 完成（%） takes its indicator from its
    title (2024年各县（市、区）地区生产总值增速); a review naming a past year's target
    (未实现年初提出的增长5%以上的目标) gives that year's target of the indicator before it."""
    _, ext = _detected("xinxiang-2021-2024-targets-comparison.html")
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", year=2021, text="地区生产总值增长\t%\t8左右").qualifier == "about"
    assert one(o, indicator="gdp", year=2022, item="地区生产总值增长").value == 4.1
    assert one(t, indicator="gdp", year=2025, item="地区生产总值增长").value == 6
    county = one(t, region="长垣市")
    assert (county.indicator, county.measure, county.value, county.qualifier, county.unit) == (
        "gdp", "growth_pct", 7, "at_least", "%")
    assert one(o, region="获嘉县").value == 3.6
    past = one(t, year=2023, text="未实现年初提出的增长5%以上")
    assert (past.indicator, past.value, past.qualifier) == ("trade_total", 5, "at_least")


def test_scanned_report_with_an_ocr_text_layer():
    """宝鸡 (a scan with an invisible OCR text layer): chunks placed with jitter; numbers the OCR
    broke with spaces (完成投资1 2 0 0亿元, 增长6 . 8%, 每人每年5 860元) and a zero read as 〇
    (2〇23年) read whole."""
    meta, ext = _detected("baoji-2024-work-report-ocr.pdf")
    assert (meta["region"], meta["year"]) == ("宝鸡市", 2024)
    o = ext.outcomes
    assert one(o, value=1200, unit="亿元").year == 2023
    assert one(o, indicator="industrial_value_added", year=2023, item="一、2023年工作回顾").value == 6.8
    assert one(o, value=5860).unit == "元"
    assert one(o, value=1386.5).unit == "亿元"


def test_word_file_pasted_from_a_pdf_line_by_line():
    """驻马店 (Word, every printed line its own paragraph, page numbers and a running header as
    paragraphs, two lines of a page repeated at the top of the next): sentences read whole, the
    repeated lines once, so 单位地区生产总值能耗降低…完成省下达任务 stays one task."""
    meta, ext = _detected("zhumadian-2024-work-report-hardwrapped.docx")
    assert (meta["region"], meta["year"]) == ("驻马店市", 2024)
    t = ext.targets
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长6%左右").qualifier == "about"
    assert not t["indicator_text"].str.contains("减排完成率").any()
    assert one(t, indicator="surveyed_unemployment", year=2024, qualifier="at_most",
               item="二、2024年工作总体要求和主要预期目标").value == 5.5


def test_bilingual_page_reads_the_chinese_once():
    """延边 (a prefecture's Chinese–Korean page): each Chinese paragraph followed by its Korean
    translation with the same figures, table cells in both languages: the figures are read once,
    from the Chinese; the Korean's are counted as translations, not stated again."""
    meta, ext = _detected("yanbian-2024-work-report-bilingual.html")
    assert (meta["region"], meta["year"]) == ("延边朝鲜族自治州", 2024)
    o, t = ext.outcomes, ext.targets
    assert len(o[(o["indicator"] == "gdp") & (o["value"] == 856.3)]) == 1
    assert one(t, indicator="gdp", text="地区生产总值增长6%左右").qualifier == "about"
    assert not pd.concat([o, t])["text"].str.contains("[\uac00-\ud7af]").any()
    n = ext.numbers
    assert "translation" in set(n["role"])


def test_district_of_a_municipality_and_the_whole_citys_figures():
    """万州区 (a district of 重庆市, in Word): detected as a county-level district of 重庆市; the
    figures it quotes for the whole city (同期,全市地区生产总值…增长6.1%; 全市确定了…的预期目标)
    are 重庆市's rows, a town's figures the town's, its own 全区 figures its own."""
    meta, ext = _detected("wanzhou-2024-district-work-report.docx")
    assert (meta["region"], meta["region_level"], meta["province"], meta["admin_code"]) == (
        "万州区", "county", "重庆市", "500101")
    o, t = ext.outcomes, ext.targets
    city = o[o["region"] == "重庆市"]
    assert set(city["value"]) == {3.0, 6.1, 6.6}
    assert one(t, region="重庆市", indicator="fixed_asset_investment").value == 5
    own = one(t, region="万州区", indicator="gdp", text="地区生产总值增长6.5%左右")
    assert own.qualifier == "about"
    # a town of the district named before an indicator (高笋塘街道社会消费品零售总额力争达到108亿元)
    town = one(t, region="高笋塘街道")
    assert (town.indicator, town.value, town.strive) == ("retail_sales", 108, True)


def test_pdf_whose_fonts_map_characters_to_radicals():
    """晋中 (a communiqué exported as PDF whose text layer gives radicals for some characters:
    增⻓ with U+2ED3, ⼈均 with a Kangxi radical): read as the ordinary characters, quoted as the
    text layer has them."""
    meta, ext = _detected("jinzhong-2023-communique-radicals.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("晋中市", 2023, "statistical_communique")
    o = ext.outcomes
    row = one(o, text="增⻓4.3%")
    assert (row.indicator, row.measure, row.value) == ("primary_industry_value_added", "growth_pct", 4.3)
    assert one(o, indicator="gdp_per_capita", measure="level").value == 61846


def test_slides_of_cards_in_a_grid():
    """攀枝花 (一图读懂 slides as PDF): cards in 2×4 grids, a big figure over its label or the label
    over the figure, neighbouring cards on one printed line: each card is read down its column
    (48652元 / 城镇居民人均可支配收入), headings in words (2023年工作回顾) keep their line, so the
    成绩单 cards are last year's results."""
    meta, ext = _detected("panzhihua-2024-work-report-slides.pdf")
    assert (meta["region"], meta["year"]) == ("攀枝花市", 2024)
    o = ext.outcomes
    income = one(o, value=48652)  # (48652元 / 城镇居民人均可支配收入 / 增长4.6%: figure first)
    assert (income.indicator, income.measure, income.year) == ("urban_disposable_income", "level", 2023)
    assert set(o.loc[o["value"] == 24318, "indicator"]) == {"rural_disposable_income"}
    assert set(o.loc[o["value"] == 62.4, "indicator"]) == {"forest_coverage"}
    assert "清洁能源装机容量" in set(o.loc[o["value"] == 1126, "indicator_text"])  # (label first)


def test_review_draft_with_comments_and_tracked_changes():
    """舟山 (a Word review draft): reviewers' comments with figures of their own (建议改为增长6%左右)
    are not the report's, tracked changes read as accepted (增长7% struck for 增长6.5%左右, a digit
    changed inside 600亿元, a paragraph moved)."""
    meta, ext = _detected("zhoushan-2024-work-report-review-draft.docx")
    assert (meta["region"], meta["year"]) == ("舟山市", 2024)
    text = read(UNSEEN / "zhoushan-2024-work-report-review-draft.docx").text
    assert "建议改为" not in text and "8.0%8.2%" not in text
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长6.5%左右").qualifier == "about"
    assert one(t, text="完成年度投资600亿元以上").value == 600
    assert one(o, text="邮轮靠泊42航次").unit == "航次"


def test_pdf_of_printer_spreads():
    """日照 (A3 sheets each holding two A4 pages side by side, a ruled table on one half beside
    prose on the other): each half is read as a page of its own, left then right, so the table's
    rows and the prose beside them no longer interleave."""
    meta, ext = _detected("rizhao-2024-work-report-spread.pdf")
    assert (meta["region"], meta["year"]) == ("日照市", 2024)
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="gdp", measure="level").value == 2406.8
    trade = one(t, text="外贸进出口总额增长\t%\t4.6\t力争3")
    assert (trade.value, trade.strive, trade.year) == (3, True, 2024)
    assert one(t, indicator="gdp", measure="growth_pct", item="二、2024年工作安排").qualifier == "about"


def test_gap_to_a_wider_area_or_another_group_is_a_relative_figure():
    """增长6.1%,高于全省0.1个百分点: the gap is read as a relative figure of the indicator before
    it, signed (低于 → negative); 农村居民…增速高于城镇居民 (no figure) is a relative target."""
    _, ext = _detected("rizhao-2024-work-report-spread.pdf")
    gap = one(ext.outcomes, indicator="gdp", measure="relative")
    assert (gap.value, gap.unit, gap.text) == (0.1, "个百分点", "高于全省0.1个百分点")
    _, ext = _detected("handan-2006-plan-outline-utf16.txt")
    below = one(ext.outcomes, measure="relative", text="低于全省平均水平4.1个百分点")
    assert (below.value, below.indicator_text) == (-4.1, "服务业增加值占生产总值比重")
    _, ext = _detected("tonglu-2024-county-work-report.docx")
    rural = one(ext.targets, indicator="rural_disposable_income", measure="relative")
    assert rural.text.endswith("增速高于城镇居民")
    _, ext = _detected("meixi-2024-township-work-report.txt")  # 增长7%左右、与经济增长同步
    assert pd.isna(one(ext.targets, indicator="rural_disposable_income", measure="relative").value)


def test_relative_target_judged_by_the_gap_the_result_states():
    """A completion report's 高于全省0.4个百分点 settles 增速高于全省平均水平 (met) with no outside
    figure; a gap to another figure (全省 for a 全国 target) does not."""
    text = ("某市2023年政府工作报告目标任务完成情况\n"
            "1.地区生产总值增速高于全省平均水平。完成情况:地区生产总值增长6.1%,高于全省0.4个百分点。"
            "牵头单位:市发展改革委\n"
            "2.农村居民人均可支配收入增速高于城镇居民。完成情况:农村居民人均可支配收入增长5.2%,"
            "增速低于城镇居民0.3个百分点。牵头单位:市农业农村局\n"
            "3.城镇居民人均可支配收入增速高于全国平均水平。完成情况:城镇居民人均可支配收入增长5.5%,"
            "高于全省0.2个百分点。牵头单位:市统计局\n")
    ext = extract_document(text, some_city("completion_report", 2023, "gaps"))
    docs = pd.DataFrame([{"doc_id": "gaps", "doc_type": "completion_report", "province": ""}])
    a = attain(ext.targets, ext.outcomes, docs)
    assert (one(a, item="1").status, one(a, item="1").gap) == ("met", 0.4)
    assert (one(a, item="2").status, one(a, item="2").outcome_value) == ("missed", -0.3)
    assert one(a, item="3").status == "not_assessable"


def test_word_content_controls_and_note_marks():
    """邢台 (a Word template): targets inside content controls that wrap a section, whole table
    rows and single cells are read; a superscript note mark after a figure (增长6.5%¹) is not a
    digit of it; 附件 / 2023年…完成情况 after the table is last year's results."""
    meta, ext = _detected("xingtai-2024-economic-work-plan.docx")
    assert (meta["region"], meta["doc_type"]) == ("邢台市", "target_breakdown")
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="industrial_value_added", item="二").text == "规模以上工业增加值增长6.5%"
    assert one(t, text="高新技术企业总数达到1550家")["item"] == "11"  # a row inside a control
    assert one(t, text="民间投资增长5%左右")["item"] == "5"  # a cell inside a control
    assert one(t, indicator="cpi").value == 3  # the second paragraph of 二、主要预期目标
    gdp = one(o, indicator="gdp", measure="level")
    assert (gdp.value, gdp.year) == (2698.6, 2023)


def test_word_document_whose_body_is_an_embedded_html_part():
    """德州 (an OA system's export): the body is an HTML part Word shows in place (w:altChunk);
    a table's cell 正增长 is the task 实现正增长."""
    meta, ext = _detected("dezhou-2025-work-report-altchunk.docx")
    assert (meta["region"], meta["year"]) == ("德州市", 2025)
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长5.5%以上").qualifier \
        == "at_least"
    assert one(t, indicator="trade_total", measure="task", text="正增长").value == 0
    assert len(o) > 100 and len(t) > 100


def test_workbook_of_a_sheet_per_county():
    """安康 (Excel): each county's sheet, titled 汉阴县2024年主要经济指标目标 over its unit line,
    gives that county's rows; a formula's result and a percentage read as the cells show them
    (1353.83, 7.0%); the hidden sheet (an old draft) is not read."""
    meta, ext = _detected("ankang-2024-county-targets-sheets.xlsx")
    assert (meta["region"], meta["doc_type"]) == ("安康市", "target_breakdown")
    t = ext.targets
    assert one(t, region="安康市", indicator="gdp", measure="level").value == 1353.83
    hanyin = one(t, region="汉阴县", indicator="gdp", measure="growth_pct")
    assert (hanyin.value, hanyin.text.endswith("\t7.0%")) == (7, True)
    assert set(t["region"]) == {"安康市", "汉滨区", "汉阴县", "石泉县", "宁陕县", "紫阳县", "岚皋县",
                                "平利县", "镇坪县", "旬阳市", "白河县"}
    assert "旧版" not in read(UNSEEN / "ankang-2024-county-targets-sheets.xlsx").text


def test_news_app_page_whose_article_is_in_a_script():
    """乐山 (a news app's saved page): the visible body is empty; the article is an HTML string in
    the page state's JSON (\\u escapes, <\\/p>); related articles and comments are not read."""
    meta, ext = _detected("leshan-2025-work-report-app-page.html")
    assert (meta["region"], meta["year"]) == ("乐山市", 2025)
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="growth_pct", text="地区生产总值增长6%左右").qualifier == "about"
    assert not o["text"].str.contains("2500亿元").any()


def test_report_split_over_three_web_pages():
    """黄冈 (a portal's article in three pages): each page is a document; the second, which opens
    inside the review and sets out 2025年主要预期目标, is dated 2025 (not the year after the one
    it names); the third names no year at all — the catalog must give it — and opens on tasks,
    so its figures are targets."""
    meta, ext = _detected("huanggang-2025-work-report-page2.html")
    assert (meta["region"], meta["year"]) == ("黄冈市", 2025)
    assert one(ext.targets, indicator="gdp", measure="growth_pct").year == 2025
    with pytest.raises(Exception, match="no year found"):
        _detected("huanggang-2025-work-report-page3.html")
    doc = read(UNSEEN / "huanggang-2025-work-report-page3.html")
    meta = {"doc_id": "hg3", "region": "黄冈市", "admin_code": "421100", "year": 2025,
            "doc_type": "work_report"}
    ext = extract_document(doc.text, meta)
    assert ext.outcomes.empty
    assert one(ext.targets, text="新建高标准农田30万亩").year == 2025


def test_quarterly_targets_are_partial_targets():
    """荆门 (Excel, 分季度目标安排表): 一季度 | 上半年 | 前三季度 under 分季度目标(累计) are
    milestones for part of the year (qualifier partial), never the year's target; 2,460 (a
    #,##0 format) reads as the cell shows; the title says a schedule of targets."""
    meta, ext = _detected("jingmen-2024-quarterly-targets.xlsx")
    assert (meta["region"], meta["doc_type"]) == ("荆门市", "target_breakdown")
    gdp = ext.targets[(ext.targets["indicator"] == "gdp") & (ext.targets["measure"] == "level")]
    assert sorted(zip(gdp["value"], gdp["qualifier"])) == [
        (535, "partial"), (1150, "partial"), (1790, "partial"), (2460, "point"), (2460, "point")]
    assert gdp["text"].str.contains("2,460").all()
    assert one(ext.targets, region="掇刀区", indicator="gdp").value == 7


def test_plan_report_columns_of_estimates():
    """四川 (a province's plan report in Word): 2024年预计增长 is last year's estimated result, not
    a target, even under a title of 预期增长目标; the 2025 range beside it is the target."""
    meta, ext = _detected("sichuan-2025-plan-report-estimates.docx")
    assert (meta["region"], meta["year"]) == ("四川省", 2025)
    assert one(ext.outcomes, region="绵阳市").value == 6.6
    mianyang = one(ext.targets, region="绵阳市")
    assert (mianyang.value, mianyang.value_high, mianyang.year) == (6.5, 7, 2025)


def test_completion_report_printed_from_a_browser():
    """湛江 (a portal page printed to PDF): the browser's date, title, address and page count
    at the top and foot of each page are not the report's; sections (一)经济发展主要指标 hold
    items numbered 1.–44. straight through, each target then 完成情况."""
    meta, ext = _detected("zhanjiang-2023-completion-browser-print.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("湛江市", 2023, "completion_report")
    text = read(UNSEEN / "zhanjiang-2023-completion-browser-print.pdf").text
    assert "zhanjiang.gov.cn" not in text and "16:42" not in text  # (a page's running lines)
    t, o = ext.targets, ext.outcomes
    assert (one(t, item="1", indicator="gdp").value, one(t, item="1", indicator="gdp").qualifier) \
        == (5.5, "about")
    assert one(o, item="1", indicator="gdp", measure="growth_pct").value == 4.4
    assert one(t, item="2", indicator="industrial_value_added", qualifier="at_least").value == 6
    assert not t["text"].str.contains("1523|2024/3/5").any()


def test_workbook_with_hidden_rows_and_columns():
    """肇庆 (Excel): a hidden column (the targets before their adjustment), hidden rows (a draft
    of an item, a row of workings) and a collapsed outline row are not read, as the printed
    table does not show them; 增长(%) right after 2024年完成 is the result's growth; a title
    主要经济指标完成情况表 over a table of the year's targets beside its results is a completion
    report, not statistics."""
    meta, ext = _detected("zhaoqing-2024-completion-hidden.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("肇庆市", 2024, "completion_report")
    text = read(UNSEEN / "zhaoqing-2024-completion-hidden.xlsx").text
    assert "测算稿" not in text and "测算用" not in text and "调整前" not in text
    t, o = ext.targets, ext.outcomes
    assert one(t, item="1", indicator="gdp").value == 6
    assert set(o[(o["item"] == "1") & (o["indicator"] == "gdp")]["value"]) >= {2968.42, 3.8}


def test_markdown_written_by_a_converter():
    """丽江 (Markdown from a converter): # headings, pipe tables (a cell's <br> parts), emphasis
    around figures (增长**5.3%**) and footnote references after them (5.3%[^1]) read as the
    document's plain text; a table of counties headed 县（区） | 2024年… | 2025年增长目标（%）."""
    doc = read(UNSEEN / "lijiang-2025-work-report-markdown.md")
    assert doc.meta["format"] == "markdown"
    assert "**" not in doc.text and "[^" not in doc.text and "|" not in doc.text
    meta, ext = _detected("lijiang-2025-work-report-markdown.md")
    assert (meta["region"], meta["year"]) == ("丽江市", 2025)
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="gdp", measure="growth_pct", text="增长5.3%").year == 2024
    huaping = t[(t["region"] == "华坪县") & (t["indicator"] == "gdp")]
    assert sorted(zip(huaping["value"], huaping["strive"])) == [(6.5, False), (7, True)]
    assert one(o, region="古城区", indicator="gdp", measure="level").value == 201.6


def test_mojibake_of_gbk_read_as_windows_latin_is_repaired():
    """榆林 (text scraped through a program that read GBK bytes as cp1252 and saved them as
    UTF-8: Õþ¸®¹¤×÷±¨¸æ): the bytes are recovered and read as GBK, the five bytes cp1252 leaves
    undefined (kept as C1 controls) included."""
    doc = read(UNSEEN / "yulinsx-2024-work-report-mojibake.txt")
    assert doc.text.startswith("政府工作报告") and "王玉湉" in doc.text
    assert "repaired" in doc.encoding
    meta, ext = _detected("yulinsx-2024-work-report-mojibake.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("榆林市", 2024, "work_report")
    assert one(ext.targets, indicator="gdp", measure="growth_pct").year == 2024


def test_word_converted_from_pdf():
    """漳州 (a PDF-to-Word converter's output): every printed line a framed paragraph, text
    boxes with their VML copy, running headers and page numbers as frames: read once, lines
    joined back into sentences."""
    meta, ext = _detected("zhangzhou-2024-work-report-pdf2word.docx")
    assert (meta["region"], meta["year"]) == ("漳州市", 2024)
    t = ext.targets
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct") & (t["year"] == 2024)]
    assert (6, "about") in set(zip(gdp["value"], gdp["qualifier"]))


def test_county_table_with_a_three_row_header():
    """六安 (Excel, a statistics bureau's table of counties): a header on three rows (indicator
    / 全年目标 | 完成情况 / 增速(%) | 绝对值(亿元)) names each column by all three, the indicator
    without the words of what its column holds; 位次 columns hold ranks, not figures; a title
    that says 完成情况 over targets beside results is a completion report; the issuer's date
    on the unit line (2025年1月) does not date the figures."""
    meta, ext = _detected("luan-2024-county-indicators-3row.xlsx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("六安市", 2024, "completion_report")
    t, o = ext.targets, ext.outcomes
    yeji = one(t, region="叶集区", indicator="industrial_value_added")
    assert (yeji.value, yeji.value_high, yeji.year) == (10, 12, 2024)
    assert one(o, region="舒城县", indicator="fixed_asset_investment").value == -2.6
    assert one(o, region="舒城县", indicator="tax_revenue", measure="level").value == 9.35
    assert not ((o["measure"] == "level") & (o["unit"] == "")).any()  # (no rank read as a figure)


def test_csv_exported_with_title_rows():
    """衡水 (an Excel sheet saved as CSV, GBK): title and unit lines above the header, quoted
    cells with thousands commas ("1,968.5") and a comma inside (6左右，力争6.5), notes below."""
    meta, ext = _detected("hengshui-2025-targets-titled.csv")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("衡水市", 2025, "target_breakdown")
    gdp = ext.targets[(ext.targets["indicator"] == "gdp") & (ext.targets["measure"] == "growth_pct")]
    assert sorted(zip(gdp["value"], gdp["strive"])) == [(6, False), (6.5, True)]
    assert one(ext.outcomes, indicator="gdp", measure="level").value == 1968.5


def test_word_smartart_and_chart():
    """泉州 (Word): the year's targets drawn as a SmartArt graphic (read once, from its data
    part) and a chart of five years' GDP (each cached value a sentence: 2020年地区生产总值
    10158.66亿元) are read as the document's own figures."""
    meta, ext = _detected("quanzhou-2025-work-report-smartart.docx")
    assert (meta["region"], meta["year"]) == ("泉州市", 2025)
    t, o = ext.targets, ext.outcomes
    gdp_t = t[(t["indicator"] == "gdp") & (t["measure"] == "growth_pct") & (t["value"] == 5.5)]
    assert set(gdp_t["text"]) == {"地区生产总值增长5.5%左右"} and set(gdp_t["qualifier"]) == {"about"}
    assert len(t[t["text"] == "规模以上工业增加值增长6%以上"]) == 1  # (not twice: the drawing's copy)
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")]
    assert {2020: 10158.66, 2023: 12172.33} == {y: v for y, v in zip(gdp["year"], gdp["value"])
                                                 if y in (2020, 2023)}


def test_infographic_page_saved_before_its_counters_ran():
    """商丘 (一图读懂, saved before its script ran): each animated counter shows 0 and holds its
    figure in an attribute (data-to, data-count, data-target, data-value with data-decimals);
    the figure is read, never the 0; 2024年成绩单 stays a heading of its own."""
    meta, ext = _detected("shangqiu-2025-work-report-counters.html")
    assert (meta["region"], meta["year"]) == ("商丘市", 2025)
    t, o = ext.targets, ext.outcomes
    gdp = one(o, indicator="gdp", measure="level")
    assert (gdp.value, gdp.year) == (3418.7, 2024)
    assert one(o, indicator="gdp", measure="growth_pct").value == 5.6
    assert not ((o["value"] == 0) & (o["measure"] != "task")).any()
    assert 2025 in set(t["year"]) and 2025 not in set(o["year"])


def test_old_page_whose_article_a_script_writes():
    """铁岭 (a 2010 portal page, GB2312): the article exists only in document.write("…") calls —
    strings with escaped quotes and <\\/p>, joined with +, one unescape('%u…') — and is read
    where the script stands; the <noscript> notice and the visit counter are not."""
    meta, ext = _detected("tieling-2010-work-report-docwrite.html")
    assert (meta["region"], meta["year"]) == ("铁岭市", 2010)
    o = ext.outcomes
    gdp = one(o, indicator="gdp", measure="level")
    assert (gdp.value, gdp.year) == (605.6, 2009)
    assert one(ext.targets, indicator="gdp", measure="growth_pct").year == 2010
    assert not (o["value"] == 1234).any()  # (本文已被浏览1234次)


def test_open_data_table_served_as_json():
    """东营 (an open-data portal's JSON response): the list of records is the table, its columns
    in the order the response's fields list gives (records may list their keys in another order
    or leave a null one out), values as strings or numbers, half the records written with
    \\uXXXX escapes; its title dates and places it. A cell 稳定在2280以上 is a target."""
    doc = read(UNSEEN / "dongying-2025-targets-opendata.json")
    assert doc.meta["format"] == "json"
    meta, ext = _detected("dongying-2025-targets-opendata.json")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("东营市", 2025, "target_breakdown")
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="gdp", measure="level").value == 3818.6
    assert one(t, indicator="gdp", measure="level").value == 4050
    crude = one(t, text="原油产量\t万吨\t2285\t—\t稳定在2280以上")
    assert (crude.value, crude.qualifier) == (2280, "at_least")


def test_plan_outline_pdf_with_a_table_of_contents():
    """滨州 (a 十五五 plan outline as PDF): the 目录 pages' leaders and page numbers, the cover,
    running headers and page numbers are not figures; the review's 2025 results, the 2030
    targets (prose and the 专栏 table) and the 2035 ones are read."""
    meta, ext = _detected("binzhou-2026-plan-outline-toc.pdf")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("滨州市", 2026, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    assert one(o, indicator="gdp", measure="level", text="地区生产总值达到3300亿元").year == 2025
    growth = one(t, indicator="gdp", measure="avg_growth_pct", text="地区生产总值年均增长5.5%左右")
    assert (growth.year, growth.period_start, growth.qualifier) == (2030, 2026, "about")
    assert not t["text"].str.contains("……").any() and not o["text"].str.contains("……").any()


def test_powerpoint_deck_of_cards():
    """漯河 (a PowerPoint 解读 deck): shapes written in another order than they stand are read
    as a reader takes them — the text boxes on one card's background together (label, figure,
    growth), cards top to bottom and left to right; a slide's title 2024年成绩单 · 经济运行稳中向好
    heads last year's results; the footer, the deck's tag and slide numbers on every slide and
    the speaker notes are not read."""
    doc = read(UNSEEN / "luohe-2025-work-report-slides.pptx")
    assert doc.meta["format"] == "pptx"
    assert "漯河市人民政府办公室" not in doc.text and "地区生产总值\n1986.3亿元\n增长5.8%" in doc.text
    meta, ext = _detected("luohe-2025-work-report-slides.pptx")
    assert (meta["region"], meta["year"]) == ("漯河市", 2025)
    gdp = one(ext.outcomes, indicator="gdp", measure="level", text="地区生产总值\n1986.3亿元")
    assert (gdp.value, gdp.year) == (1986.3, 2024)
    assert one(ext.targets, indicator="gdp", measure="growth_pct", text="地区生产总值增速\t%\t5.8\t6左右").year == 2025


def test_powerpoint_charts_read_from_their_cache():
    """岳阳 (a 解读 deck whose five years of results are drawn as charts): each point a dated
    figure — a bar of GDP in the title's 亿元 and a line named 增速(%) of the same indicator, the
    quarters of a title of one measure (主要指标累计增速), series named by their group (城镇居民)
    under the title's indicator, figures shown with thousands commas; a card's aim in words
    (城乡居民人均可支配收入 / 与经济增长同步) and a table cell 快于城镇居民收入增长 are relative
    targets."""
    meta, ext = _detected("yueyang-2025-work-report-charts.pptx")
    assert (meta["region"], meta["year"]) == ("岳阳市", 2025)
    o, t = ext.outcomes, ext.targets
    gdp = o[(o["indicator"] == "gdp") & (o["measure"] == "level")].set_index("year")["value"]
    assert gdp[2020] == 4002.2 and gdp[2023] == 4886.1
    growth = o[(o["indicator"] == "gdp") & (o["measure"] == "growth_pct") & (o["year"] == 2021)]
    assert list(growth["value"]) == [7.8]
    assert one(o, indicator="urban_disposable_income", year=2020).value == 35036
    assert one(o, indicator="rural_disposable_income", year=2022).value == 21606
    quarters = o[(o["indicator"] == "gdp") & (o["measure"] == "growth_pct") & (o["year"] == 2024)]
    assert {5.0, 5.1, 5.2, 5.3} <= set(quarters["value"])  # 一季度…全年 of 2024
    relative = t[t["measure"] == "relative"].set_index("indicator_text")["text"]
    assert relative["农村居民人均可支配收入"] == "快于城镇居民收入增长"
    assert relative["城乡居民人均可支配收入"].endswith("与经济增长同步")
    assert one(t, indicator="urban_new_jobs", text="城镇新增就业\n5万人以上").value == 5  # (apart)


def test_powerpoint_cards_drawn_figure_over_label():
    """A card drawn figure first, label under it (44246元 / 增长4.9% / 城镇居民人均可支配收入) is
    read label first, so each figure goes with its own card's label, not the next card's
    (岳阳 slide 7 and 漯河's 民生 slide; both had paired a label with the figure after it)."""
    doc = read(UNSEEN / "yueyang-2025-work-report-charts.pptx")
    assert "城镇居民人均可支配收入\n44246元\n增长4.9%\n农村居民人均可支配收入\n24712元" in doc.text
    _meta, ext = _detected("yueyang-2025-work-report-charts.pptx")
    cards = ext.outcomes[ext.outcomes["item"] == "2024年成绩单 · 民生福祉持续增进"]
    assert one(cards, indicator="rural_disposable_income", measure="level").value == 24712
    assert one(cards, indicator="urban_new_jobs").value == 5.32
    assert one(cards, indicator="surveyed_unemployment").value == 5.1
    _meta, ext = _detected("luohe-2025-work-report-slides.pptx")
    o = ext.outcomes
    assert one(o, indicator="urban_disposable_income", measure="level", year=2024).value == 40218
    assert one(o, indicator="surveyed_unemployment", year=2024, text="城镇调查失业率\n5.2%").value == 5.2


def test_opendocument_breakdown_with_a_strive_column():
    """南通 (a breakdown saved by LibreOffice as .ods): 预期目标 | 力争目标 under one 2025年目标
    header — the second column's figures are strived for; a ★ after a name marks a binding
    indicator (能耗降低★: a fall); a sheet of last year's targets and results whose 完成情况
    column (完成 / 未完成) is a verdict, not a result; 2.82（预计）an estimate; a hidden sheet and
    a cell comment not read."""
    meta, ext = _detected("nantong-2025-breakdown-ods.ods")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("南通市", 2025, "target_breakdown")
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["measure"] == "level") & (t["year"] == 2025)]
    assert sorted(zip(gdp["value"], gdp["strive"])) == [(13150, False), (13200, True)]
    jobs = t[(t["indicator"] == "urban_new_jobs") & (t["year"] == 2025)]
    assert sorted(zip(jobs["value"], jobs["strive"])) == [(10, False), (11, True)]
    assert one(o, indicator="gdp", measure="level", year=2024).value == 12421.9
    assert one(o, indicator="rd_intensity", year=2024).value == 2.82
    energy = one(o, indicator="energy_intensity", year=2024)
    assert (energy.value, energy.measure) == (-3.6, "growth_pct")
    assert "完成" not in set(o["text"])  # (the 完成情况 column's verdicts)
    assert "数据来源" not in read(UNSEEN / "nantong-2025-breakdown-ods.ods").text


def test_word_filtered_web_page_of_a_completion_report():
    """连云港 (a completion report saved by Word as a filtered web page, in GB2312): footnote
    marks (<a href="#_ftn1">[1]</a>) are not digits; a numbered paragraph under 一、主要经济指标
    完成情况 that opens on a run-in heading (工业生产稳中向好。) is a paragraph of results, its
    sentence's 年初确定…增长9%、力争10%的目标 the targets (no longer all read as targets); 略低于
    the target compares, it does not bound it; 超额完成目标任务 after the result is a verdict."""
    doc = read(UNSEEN / "lianyungang-2024-completion-word-html.htm")
    assert "[1]" not in doc.text and "4716.52亿元，同比增长6.1%" in doc.text
    meta, ext = _detected("lianyungang-2024-completion-word-html.htm")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("连云港市", 2024, "completion_report")
    t, o = ext.targets, ext.outcomes
    industry = o[(o["indicator"] == "industrial_value_added") & (o["measure"] == "growth_pct")]
    assert 10.8 in set(industry["value"])
    aims = t[(t["indicator"] == "industrial_value_added") & (t["text"].str.contains("力争10%|增长9%"))]
    assert sorted(zip(aims["value"], aims["strive"])) == [(9, False), (10, True)]
    retail = t[(t["indicator"] == "retail_sales") & (t["value"] == 5.5)]
    assert set(retail["qualifier"]) == {"point"}
    assert not o["text"].str.contains("超额完成目标任务").any()


def test_department_summary_with_next_years_plan():
    """德阳 发改委 (Word): …2024年工作总结和2025年工作打算 is read as a work report — last year's
    results (据初步测算…3200亿元左右, under 一、2024年工作完成情况) and next year's targets
    (确保固定资产投资增长5%、力争6%); 实际到位市外境内资金 is an indicator's name among the targets,
    not a result (实际 there names the money, not what was done)."""
    meta, ext = _detected("deyang-2024-department-summary.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("德阳市", 2025, "work_report")
    o, t = ext.outcomes, ext.targets
    gdp = one(o, indicator="gdp", measure="level", text="地区生产总值3200亿元左右")
    assert (gdp.year, gdp.value, gdp.qualifier) == (2024, 3200, "about")
    fai = t[(t["indicator"] == "fixed_asset_investment") & (t["item"] == "三、2025年工作打算")]
    assert sorted(zip(fai["value"], fai["strive"])) == [(5, False), (6, True)]
    assert set(fai["year"]) == {2025}
    funds = one(t, text="实际到位市外境内资金增长5%以上")
    assert (funds.year, funds.value, funds.qualifier) == (2025, 5, "at_least")


def test_plan_adjustment_resolution_and_explanation():
    """池州 (a people's congress page): a resolution adjusting the year's targets and the
    explanation — 由增长7%调整为增长5.5%左右 gives the adjusted target of the indicator its run-in
    heading names ((一)地区生产总值。), the original is where it started; the first three quarters'
    results (二、前三季度主要指标完成情况, and 前三季度全市地区生产总值增长4.2% among the
    adjustments) are this year's results so far; 一、年初计划主要指标安排情况 holds the year's
    targets; a table 原计划目标 | 调整后目标 | 1—9月完成 gives both targets and the result."""
    meta, ext = _detected("chizhou-2024-plan-adjustment.html")
    assert (meta["region"], meta["year"]) == ("池州市", 2024)
    t, o = ext.targets, ext.outcomes
    adjusted = one(t, indicator="gdp", text="由增长7%调整为增长5.5%左右")
    assert (adjusted.year, adjusted.value, adjusted.qualifier) == (2024, 5.5, "about")
    assert one(t, indicator="gdp", item="一、年初计划主要指标安排情况").value == 7
    so_far = one(o, indicator="gdp", measure="growth_pct", item="四、调整方案")
    assert (so_far.year, so_far.value, so_far.qualifier) == (2024, 4.2, "partial")
    review = one(o, indicator="gdp", measure="growth_pct", item="二、前三季度主要指标完成情况")
    assert (review.year, review.value) == (2024, 4.2)
    table = t[(t["indicator"] == "gdp") & (t["item"] == "1")]
    assert sorted(table["value"]) == [5.5, 7]
    assert one(o, indicator="gdp", item="1").value == 4.2
    foreign = one(t, indicator="foreign_investment_actual", text="由4.5亿美元调整为3.5亿美元")
    assert foreign.value == 3.5


def test_official_notice_from_an_oa_template_with_content_controls():
    """随州 (Word from an OA system's template): the notice's body and its table inside block
    content controls, figures inside inline ones, the 文号 in a field — all read; a cell
    6.5左右（力争7） gives the target and the strived one; 随政发〔2025〕3号 is a label."""
    meta, ext = _detected("suizhou-2025-notice-content-controls.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("随州市", 2025, "target_breakdown")
    t = ext.targets
    gdp = t[(t["indicator"] == "gdp") & (t["item"] == "1")]
    assert sorted(zip(gdp["value"], gdp["qualifier"], gdp["strive"])) == [
        (6.5, "about", False), (7, "point", True)]
    firms = t[t["indicator_text"] == "新增规模以上工业企业"]
    assert sorted(zip(firms["value"], firms["strive"])) == [(120, False), (150, True)]
    n = ext.numbers
    assert n[(n["text"] == "3") & n["context"].str.contains("随政发")]["role"].tolist() == ["label"]


def test_assessment_table_of_places_side_by_side():
    """宣城 (an assessment workbook): places side by side, each with 目标值 | 完成值 | 得分 under
    its name — each place's target and result are its own (region and code of the county), the
    scores and weights are no figures of theirs, the columns keep their order; a name ending in
    降低率 is a fall (单位GDP能耗降低率 3.4 → −3.4)."""
    meta, ext = _detected("xuancheng-2024-assessment-scores.xlsx")
    assert (meta["region"], meta["year"]) == ("宣城市", 2024)
    t, o = ext.targets, ext.outcomes
    gdp_t = t[t["indicator"] == "gdp"].set_index("region")
    assert gdp_t.loc["郎溪县", "value"] == 6.5 and gdp_t.loc["郎溪县", "qualifier"] == "about"
    assert gdp_t.loc["广德市", "value"] == 7 and gdp_t.loc["广德市", "admin_code"] == "341882"
    gdp_o = o[o["indicator"] == "gdp"].set_index("region")["value"]
    assert gdp_o.to_dict() == {"郎溪县": 6.8, "广德市": 6.2, "宁国市": 6.9}
    energy = o[o["indicator"] == "energy_intensity"].set_index("region")["value"]
    assert energy["郎溪县"] == -3.4
    roles = ext.numbers.set_index("text")["role"]
    assert roles["7.09"] == "unexplained"  # 广德市's score: counted, not a figure


def test_speech_at_a_half_year_economic_meeting():
    """保定 (a mayor's speech, Word): 在全市上半年经济运行分析会议上的讲话 reviews this year so
    far (一、客观看待上半年经济形势: results of 2024, partial) and sets the rest of the year's aims
    (确保…5.5%左右、力争6%); a list of counties' growth (莲池区地区生产总值增长6.1%、竞秀区增长5.8%…)
    gives each county its figure of the indicator the list opened on, and 固定资产投资方面,涿州市、
    高碑店市、徐水区分别增长… those of the aspect it names; 超序时进度2.6个百分点 is the pace
    against the calendar, not a figure."""
    meta, ext = _detected("baoding-2024-midyear-economic-speech.docx")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("保定市", 2024, "work_report")
    o, t = ext.outcomes, ext.targets
    gdp = one(o, indicator="gdp", measure="level", region="保定市")
    assert (gdp.year, gdp.value, gdp.qualifier) == (2024, 1860, "partial")
    aims = t[(t["indicator"] == "gdp") & (t["text"].isin(["地区生产总值增长5.5%左右", "力争6%"]))]
    assert sorted(zip(aims["value"], aims["strive"])) == [(5.5, False), (6, True)]
    county = o[o["indicator"] == "gdp"].set_index("region")["value"]
    assert county["竞秀区"] == 5.8 and county["博野县"] == 4.1
    fai = o[o["indicator"] == "fixed_asset_investment"].set_index("region")["value"]
    assert fai["涿州市"] == 8.2 and fai["徐水区"] == 5.1 and fai["高阳县"] == -12.3
    assert one(o, region="竞秀区", indicator="gdp").admin_code == "130602"
    n = ext.numbers
    assert set(n[n["context"].str.contains("序时进度")]["role"]) == {"label"}


def test_plenary_communique_with_a_second_article():
    """铜陵 (a news page): a party committee plenary's communiqué (…全体会议公报) reviews the year
    and, after 全会提出,2025年…主要预期目标是:, sets next year's targets and the tasks that follow;
    a second article on the page in a block made as the first (div.article-body: the 《意见》's
    要点, ● 地区生产总值:增长6%左右) is read too."""
    meta, ext = _detected("tongling-2024-plenary-communique.html")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("铜陵市", 2025, "work_report")
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["year"] == 2025)]
    assert {"地区生产总值增长6%左右"} <= set(gdp["text"]) and len(gdp) == 2  # prose and 要点
    assert one(t, text="实施省市重点项目600个以上").year == 2025
    assert one(o, indicator="gdp", measure="growth_pct").year == 2024  # 预计增长6%左右
    assert "● 规模以上工业增加值:增长8%以上" in read(UNSEEN / "tongling-2024-plenary-communique.html").text.replace("：", ":")


def test_responsibility_contract_is_the_bound_partys_and_its_table_split_over_pages():
    """台山市 (Word): a 目标责任书 between 江门市人民政府 (甲方) and 台山市人民政府 (乙方) — the targets
    are the bound party's (region 台山市, not the city that names itself most); the table split
    over two Word tables at a page break, its header repeated, is read whole (items 1–39);
    2024年完成（预计） gives last year's results, 分值 no figure. A contract with a town
    (乙方：崆峒区四十里铺镇人民政府) is the town's."""
    meta, ext = _detected("jiangmen-2025-responsibility-contract.docx")
    assert (meta["region"], meta["admin_code"], meta["year"]) == ("台山市", "440781", 2025)
    t, o = ext.targets, ext.outcomes
    gdp = t[(t["indicator"] == "gdp") & (t["item"] == "1")]
    assert sorted(zip(gdp["value"], gdp["strive"])) == [(5.5, False), (6, True)]
    assert one(o, indicator="gdp", item="2").value == 612.5  # 2024 (estimate)
    assert len(t[t["item"].isin([str(i) for i in range(20, 40)])]) >= 19  # the second table
    meta, _ext = _detected("pingliang-2024-responsibility.docx")
    assert (meta["region"], meta["region_level"]) == ("四十里铺镇", "township")


def test_indicators_and_units_written_in_latin_letters():
    """惠城区 (text with a BOM, CRLF): GDP, CPI, R&D written in Latin letters; units km, km²,
    MW (12.5 km with a space before it); GDP增长5%—5.5% a range."""
    meta, ext = _detected("huicheng-2025-work-report-abbreviations.txt")
    assert (meta["region"], meta["year"]) == ("惠城区", 2025)
    o, t = ext.outcomes, ext.targets
    assert one(o, indicator_text="新建绿道").unit == "km"
    assert one(o, indicator_text="城市建成区面积").unit == "km2"
    assert one(o, indicator_text="新增光伏装机容量").value == 28.6
    gdp = one(t, indicator="gdp", measure="growth_pct")
    assert (gdp.value, gdp.value_high, gdp.qualifier) == (5, 5.5, "range")


def test_excel_unicode_text_export_and_a_plan_tables_title_year():
    """咸阳 (Excel's "Unicode text": UTF-16 with a BOM, tabs, a cell holding a line break quoted):
    read as the table it is — 城镇居民人均 / 可支配收入 stays one cell; …2025年…主要指标计划表
    is a table of the year's targets (2025, not the 2024 its results column names most)."""
    doc = read(UNSEEN / "xianyang-2025-targets-unicode-text.txt")
    assert doc.meta["format"] == "csv" and '"' not in doc.text.split("\n")[30]
    meta, ext = _detected("xianyang-2025-targets-unicode-text.txt")
    assert (meta["region"], meta["year"], meta["doc_type"]) == ("咸阳市", 2025, "target_breakdown")
    t, o = ext.targets, ext.outcomes
    assert one(t, indicator="gdp", measure="level").value == 3290
    assert one(o, indicator="gdp", measure="level").value == 3105.6
    assert one(o, indicator="urban_disposable_income", measure="level").value == 45216
    budget = t[(t["item"] == "11") & (t["measure"] == "growth_pct")]
    assert sorted(zip(budget["value"], budget["strive"])) == [(4, False), (5, True)]


def test_work_report_whose_tables_are_pasted_excel_objects():
    """马鞍山 (Word): the two tables are Excel worksheets pasted as objects — Word shows their
    pictures, the figures are only in the embedded workbooks: last year's targets and results
    (2024年目标 | 2024年完成 | 增长(%)) and this year's targets are read from them; 马鞍山市 is not
    辽宁's 鞍山市, whose name it holds."""
    meta, ext = _detected("maanshan-2025-work-report-embedded-excel.docx")
    assert (meta["region"], meta["admin_code"], meta["year"]) == ("马鞍山市", "340500", 2025)
    o, t = ext.outcomes, ext.targets
    assert one(o, indicator="gdp", measure="level", text="地区生产总值\t2785.6").year == 2024
    jobs = one(t, indicator="urban_new_jobs", year=2024)
    assert (jobs.value, jobs.qualifier) == (4.5, "at_least")
    assert len(t[(t["year"] == 2025) & t["text"].str.contains("\t")]) >= 15  # table 2's rows


def test_pdf_report_with_a_table_over_three_pages():
    """舒城县 (PDF): a work report whose annex table runs over three pages with its header repeated
    on each (the repeats are headers, not rows), the running header and page numbers left out;
    a paragraph opening on a run-in heading is joined across its wrapped lines (项目286 / 个)."""
    meta, ext = _detected("shucheng-2025-work-report-pdf-long-table.pdf")
    assert (meta["region"], meta["year"]) == ("舒城县", 2025)
    t, o = ext.targets, ext.outcomes
    rows = set(t[t["text"].str.contains("\t")]["item"])
    assert {"1", "20", "43"} <= rows  # the table's first, middle and last pages
    assert not (t["indicator_text"] == "指标名称").any()
    assert one(o, indicator_text="实施亿元以上项目").unit == "个"


def test_breakdown_cells_typed_every_which_way():
    """抚州 (Excel): target cells as offices type them — 5—5.5之间 a range, 5±0.5 the range 4.5 to
    5.5, 6（预期）/7（力争） a target and a strived one, 1,186；79 two figures (the comma of
    thousands kept); a name's brackets that are no unit (减排量（化学需氧量；氨氮）, 收入（同口径）)
    leave the 单位 column's unit in place."""
    meta, ext = _detected("fuzhou-2025-breakdown-cell-phrasings.xlsx")
    assert (meta["region"], meta["year"]) == ("抚州市", 2025)
    t, o = ext.targets, ext.outcomes
    ranged = t[t["text"].str.endswith(("5±0.5", "5—5.5之间"))]
    assert sorted(zip(ranged["value"], ranged["value_high"])) == [(4.5, 5.5), (5, 5.5)]
    pair = t[t["text"].str.contains("6（预期）", regex=False)]
    assert sorted(zip(pair["value"], pair["strive"])) == [(6, False), (7, True)]
    cut = o[o["text"].str.contains("减排量（化学需氧量；氨氮）\t1,186", regex=False)]
    assert sorted(cut["value"]) == [79, 1186] and set(cut["unit"]) == {"吨"}


def test_national_fifteenth_plan_outline():
    """The national 十五五 plan outline (a gov.cn page): the country's (全国, 100000), a plan for
    2026–2030 — prose targets for 2030 with their period, the 专栏 table's 2025 column the last
    plan's results, ＞3 (full-width) at least."""
    meta, ext = _detected("national-2026-fifteenth-plan-outline.html")
    assert (meta["region"], meta["admin_code"], meta["year"], meta["doc_type"]) == (
        "全国", "100000", 2026, "five_year_plan")
    t, o = ext.targets, ext.outcomes
    rd = one(t, indicator="rd_intensity", text="研发经费投入强度达到3%以上")
    assert (rd.year, rd.period_start, rd.value, rd.qualifier) == (2030, 2026, 3, "at_least")
    row = t[(t["indicator"] == "rd_intensity") & t["text"].str.contains("研发经费投入强度（%）", regex=False)]
    assert row[["value", "qualifier"]].values.tolist() == [[3, "at_least"]]  # ＞3 (full-width)
    assert one(o, indicator="urbanization_rate", text="常住人口城镇化率达到67%").year == 2025


def test_district_communique_titled_after_its_city():
    """贵池区 (Word): 池州市贵池区2024年国民经济和社会发展统计公报 — the district's, not its city's;
    its tables of products (产品名称 | 单位 | 绝对数 | 比上年增长（%）) are outcomes; the ［1］ marks
    after names are notes, not figures."""
    meta, ext = _detected("guichi-2024-statistical-communique.docx")
    assert (meta["region"], meta["admin_code"], meta["doc_type"]) == (
        "贵池区", "341702", "statistical_communique")
    o = ext.outcomes
    gdp = one(o, indicator="gdp", measure="level")
    assert (gdp.value, gdp.year) == (512.36, 2024)
    assert ext.targets.empty
