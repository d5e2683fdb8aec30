"""The phrasings the documents use, one by one."""

import re

import pytest

from govdata.extract import statements
from govdata.normalise import normalise


def stmts(text):
    n = normalise(text)
    return statements(n.text, 0, len(n.text))[0]


def single(text):
    s = stmts(text)
    assert len(s) == 1, s
    return s[0]


@pytest.mark.parametrize("text,value,high,unit,qualifier,measure", [
    ("地区生产总值增长8%左右", 8, None, "%", "about", "growth_pct"),
    ("社会消费品零售总额增长9%以上", 9, None, "%", "at_least", "growth_pct"),
    ("制造业投资占全部投资比重超30%", 30, None, "%", "at_least", "share_pct"),
    ("居民消费价格涨幅控制在3%以内", 3, None, "%", "at_most", "growth_pct"),
    ("研发经费支出增长不低于10%", 10, None, "%", "at_least", "growth_pct"),
    ("地区生产总值增长5%—5.5%", 5, 5.5, "%", "range", "growth_pct"),
    ("地区生产总值增长5%-5.5%", 5, 5.5, "%", "range", "growth_pct"),
    ("地区生产总值增长5至5.5%", 5, 5.5, "%", "range", "growth_pct"),
    ("社会消费品零售总额突破4500亿元", 4500, None, "亿元", "exceed", "level"),
    ("常住人口城镇化率达到73%", 73, None, "%", "reach", "share_pct"),
    ("地区生产总值年均增长6.5%左右", 6.5, None, "%", "about", "avg_growth_pct"),
    ("单位地区生产总值能耗下降3%", -3, None, "%", "point", "growth_pct"),
    ("城镇调查失业率提高0.5个百分点", 0.5, None, "个百分点", "point", "pp_change"),
    ("地区生产总值增长８％左右", 8, None, "%", "about", "growth_pct"),
    ("进出口总额１２０８亿元", 1208, None, "亿元", "point", "level"),
    ("城镇新增就业1,200万人以上", 1200, None, "万人", "at_least", "count"),
    ("帮助5千多户困难家庭", 5, None, "千户", "at_least", "count"),  # 千 as a magnitude
    ("新建道路5千米", 5, None, "千米", "point", "level"),  # but 千米 is a unit
    ("新增装机10千瓦", 10, None, "千瓦", "point", "level"),
    ("国家免疫规划疫苗扩大到15种", 15, None, "种", "reach", "count"),  # 种, a classifier
    ("为企业和个人减税降费约1.3万亿元", 1.3, None, "万亿元", "about", "level"),  # 约, 近: about
    ("新设外资企业增长近70%", 70, None, "%", "about", "growth_pct"),
])
def test_quantity(text, value, high, unit, qualifier, measure):
    s = single(text)
    assert (s.value, s.value_high, s.unit, s.qualifier, s.measure) == (value, high, unit, qualifier,
                                                                       measure)


def test_respectively_distributes_numbers_and_qualifier():
    s = stmts("城乡居民人均可支配收入分别增长7%和8%左右")
    assert [(x.indicator_text, x.value, x.qualifier) for x in s] == [
        ("城镇居民人均可支配收入", 7, "about"), ("农村居民人均可支配收入", 8, "about")]


def test_each_gives_one_target_per_subject():
    s = stmts("规上工业企业亩均税收增速、亩均营收增速均超10%")
    assert [(x.value, x.qualifier) for x in s] == [(10, "at_least"), (10, "at_least")]
    assert len({x.indicator_text for x in s}) == 2


def test_two_measures_in_one_sentence_share_the_subject():
    s = stmts("地区生产总值增长20%,达到282亿元")
    assert [(x.indicator_text, x.measure, x.value) for x in s] == [
        ("地区生产总值", "growth_pct", 20), ("地区生产总值", "level", 282)]


@pytest.mark.parametrize("text,strive", [
    # 力争 governs its own clause, and a later figure with no subject of its own
    ("力争新增战略性新兴产业企业20家以上,新增高新技术企业50家", [True, False]),
    ("地区生产总值增长6.5%左右,力争7%", [False, True]),
    ("力争新增企业20家、高新技术企业50家", [True, True]),
    # …and all that follows when its clause states no figure (力争全年,…)
    ("力争全年,旅游接待人数突破500万人次,旅游收入突破50亿元", [True, True]),
])
def test_what_strive_governs(text, strive):
    assert [x.strive for x in stmts(text)] == strive


def test_positive_growth_is_a_task_with_value_zero():
    s = single("进出口总额实现正增长")
    assert (s.measure, s.value, s.qualifier) == ("task", 0, "task")


def test_a_task_named_in_quotes_is_no_task():
    """注：带“完成省下达任务”的指标，待省下达后另行分解 explains the table's words; 完成省
    下达任务 said outright is a task."""
    assert stmts("注：带“完成省下达任务”的指标，待省下达后另行分解。") == []
    assert single("粮食产量完成省下达任务").measure == "task"


@pytest.mark.parametrize("text", ["居民人均可支配收入与经济增长同步",
                                  "农村常住居民人均可支配收入增速高于全省平均水平"])
def test_relative(text):
    s = single(text)
    assert (s.measure, s.qualifier, s.value) == ("relative", "relative", None)


@pytest.mark.parametrize("text", ["围绕“5+5+N”产业布局", "实施“1525”重点技改行动计划",
                                  "办好第二十七届投资洽谈会", "获评国家级5G工厂",
                                  "增速低于年初预期目标1.3个百分点", "完成年度目标的106.7%",
                                  "分别完成目标任务的117%"])
def test_labels_are_not_quantities(text):
    assert stmts(text) == []


def test_chinese_numerals():
    from govdata.errors import NumberError
    from govdata.numbers import cn_to_number

    assert cn_to_number("两千") == 2000
    assert cn_to_number("二〇二五") == 2025
    assert abs(cn_to_number("三分之二") - 2 / 3) < 1e-9
    with pytest.raises(NumberError):
        cn_to_number("十四五规划")
    s = single("粮食产量翻一番")  # doubling: growth of 100%
    assert (s.measure, s.value, s.unit) == ("growth_pct", 100, "%")


# ---------------------------------------------------------------- session 2 phrasings

def test_order_of_magnitude_goal():
    s = single("力争经济总量跻身万亿元城市行列")
    assert (s.value, s.unit, s.qualifier, s.measure, s.strive) == (1, "万亿元", "exceed", "level", True)
    s = single("工业应税销售收入迈上千亿元台阶")  # stepped onto it: at least (跨越, crossed: above)
    assert (s.value, s.unit, s.qualifier) == (1000, "亿元", "at_least")
    s = single("财政总收入跨越100亿元台阶")
    assert (s.value, s.unit, s.qualifier) == (100, "亿元", "exceed")


def test_income_in_step_with_growth_written_with_he():
    s = single("居民收入增长和经济增长同步")
    assert (s.measure, s.qualifier) == ("relative", "relative")
    assert s.indicator_text == "居民收入"


def test_task_shared_by_listed_indicators():
    got = stmts("城镇新增就业人数、城镇登记失业率、节能减排等约束性指标完成呼伦贝尔市确定的目标")
    assert [s.indicator_text for s in got] == ["城镇新增就业人数", "城镇登记失业率", "节能减排"]
    assert {s.measure for s in got} == {"task"}


def test_shared_head_and_carried_distribution():
    got = stmts("城镇居民和农村居民人均可支配收入分别达到39000元和21000元,较2015年增长12781元和7018元")
    assert [(s.indicator_text, s.measure, s.value) for s in got] == [
        ("城镇居民人均可支配收入", "level", 39000), ("农村居民人均可支配收入", "level", 21000),
        ("城镇居民人均可支配收入", "change", 12781), ("农村居民人均可支配收入", "change", 7018)]
    got = stmts("城市、农村普通人群分别达到80%和60%")
    assert [s.indicator_text for s in got] == ["城市普通人群", "农村普通人群"]


def test_two_whole_names_are_not_merged():
    got = stmts("林木覆盖率和建成区绿化率分别达到30.7%和44%")
    assert [s.indicator_text for s in got] == ["林木覆盖率", "建成区绿化率"]


def test_years_that_date_and_years_that_compare():
    s = single("到2025年常住人口城镇化率达到73%")
    assert (s.year, s.indicator_text) == (2025, "常住人口城镇化率")
    s = single("地区生产总值在2025年基础上实现翻一番")
    assert (s.year, s.value, s.indicator_text, s.base_year) == (None, 100, "地区生产总值", 2025)
    s = single("国内生产总值比2002年增长65.5%")
    assert (s.year, s.base_year) == (None, 2002)
    s = single("二〇三五年人均地区生产总值达到中等发达国家水平的2倍")
    assert s.year == 2035
    s = single("过去一年,国内生产总值增长10.3%")
    assert (s.year_rel, s.kind_hint) == (-1, "outcome")
    s = single("“十三五”时期,城镇新增就业6000万人以上")
    assert (s.year, s.period_years) == (2020, 5)


def test_estimate_marks_an_outcome():
    s = single("2020年达到7400亿元(预计,下同)")
    assert (s.year, s.kind_hint) == (2020, "outcome")


def test_labels_that_are_not_quantities():
    for text in ["推进教育均衡化发展(2个子项)", "加快推进地铁3、4、5、6号线建设", "104国道德清段改建",
                 "全市经济总量跨越两个千亿台阶", "制定生态修复2022-2025年行动计划"]:
        assert stmts(text) == [], text


def test_age_is_a_quantity_unless_it_names_a_class():
    s = stmts("人均预期寿命达到80岁,每千人口拥有3岁以下婴幼儿托位数达到4.5个")
    assert [(x.indicator_text, x.value, x.unit) for x in s] == [
        ("人均预期寿命", 80, "岁"), ("每千人口拥有3岁以下婴幼儿托位数", 4.5, "个")]


def test_duration_and_again_are_not_part_of_the_subject():
    s = stmts("粮食总产量连续8年稳定在100亿斤以上,一般工商业平均电价再降低10%")
    assert [(x.indicator_text, x.value, x.qualifier) for x in s] == [
        ("粮食总产量", 100, "at_least"), ("一般工商业平均电价", -10, "point")]


def test_average_growth_over_the_period_named_earlier():
    import pandas as pd

    from govdata.pipeline import extract_document

    text = ("“十四五”时期,全市经济总量跨越两个千亿台阶,2025年地区生产总值达到9800亿元,"
            "年均增长6.1%。")
    e = extract_document(text, {"doc_id": "x", "region": "", "admin_code": "", "year": 2026,
                                "doc_type": "five_year_plan"})
    avg = e.outcomes[e.outcomes["measure"] == "avg_growth_pct"].iloc[0]
    level = e.outcomes[e.outcomes["measure"] == "level"].iloc[0]
    assert (avg["value"], avg["year"], avg["period_start"]) == (6.1, 2025, 2021)
    assert (level["value"], level["year"]) == (9800, 2025) and pd.isna(level["period_start"])


def test_tasks_naming_two_indicators_and_a_compound_name():
    s = stmts("单位GDP能耗和二氧化碳排放完成国家下达目标")
    assert [(x.indicator_text, x.measure) for x in s] == [("单位GDP能耗", "task"),
                                                         ("单位GDP二氧化碳排放", "task")]
    assert [x.indicator_text for x in stmts("城镇新增就业人数、节能减排完成省定任务")] == [
        "城镇新增就业人数", "节能减排"]


def test_from_value_is_the_base_not_a_figure_of_its_own():
    from govdata.pipeline import extract_document

    meta = {"doc_id": "x", "region": "全国", "admin_code": "", "year": 2023,
            "doc_type": "work_report"}
    e = extract_document("过去五年,常住人口城镇化率从60.2%提高到65.2%,"
                         "城乡居民医保人均财政补助标准由450元提高至610元。", meta)
    got = e.outcomes[["indicator_text", "measure", "value", "unit"]].values.tolist()
    assert got == [["常住人口城镇化率", "share_pct", 65.2, "%"],
                   ["城乡居民医保人均财政补助标准", "level", 610, "元"]]
    assert e.outcomes["text"].tolist()[0] == "常住人口城镇化率从60.2%提高到65.2%"
    assert e.numbers[["text", "role"]].values.tolist() == [
        ["60.2", "base"], ["65.2", "outcome"], ["450", "base"], ["610", "outcome"]]
    # in a target: only the value to reach
    t = extract_document("二、今年主要预期目标\n城镇调查失业率从5.5%下降到5%左右。", meta).targets
    assert t[["indicator_text", "value", "qualifier"]].values.tolist() == [
        ["城镇调查失业率", 5, "about"]]


def test_from_and_to_values_with_their_years():
    from govdata.pipeline import extract_document

    meta = {"doc_id": "x", "region": "全国", "admin_code": "", "year": 2003,
            "doc_type": "work_report"}
    o = extract_document("国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元;"
                         "我国关税总水平已由15.3%降到12%。", meta).outcomes
    # (the start the text dates is that year's result; an undated start is only a base)
    assert o[["indicator_text", "value", "unit", "year"]].values.tolist() == [
        ["国内生产总值", 10.2, "万亿元", 2002], ["国内生产总值", 7.4, "万亿元", 1997],
        ["我国关税总水平", 12, "%", 2002]]


def test_from_without_to_is_an_ordinary_figure():
    s = stmts("从2000元起步,个人所得税起征点为3500元")
    assert [x.value for x in s] == [2000, 3500]


@pytest.mark.parametrize("text,subjects", [
    ("粮食播种面积稳定在1000万亩以上、产量稳定在100亿斤", ["粮食播种面积", "粮食产量"]),
    ("一般公共预算收入增长5%,支出增长3%", ["一般公共预算收入", "一般公共预算支出"]),
    ("服务业增加值增长8%、比重提高到50%", ["服务业增加值", "服务业增加值比重"]),
    ("国有企业实现利润增长2.23倍,税收增长1.05倍", ["国有企业实现利润", "国有企业税收"]),
    ("实现利润增长2.23倍,税收增长1.05倍", ["实现利润", "税收"]),  # 实现 owns nothing
    ("产量达到100亿斤", ["产量"]),  # nothing before it to own it
])
def test_a_head_written_alone_takes_its_owner_from_the_subject_before(text, subjects):
    assert [x.indicator_text for x in stmts(text)] == subjects


def test_a_number_in_a_list_takes_the_unit_written_after_the_last():
    s = stmts("养老保险、医疗保险参保人数分别增加1753万和2028万")
    assert [(x.value, x.unit) for x in s] == [(1753, "万"), (2028, "万")]
    s = stmts("贷款增速比各项贷款平均增速分别高4.2和0.7个百分点")
    assert [(x.value, x.unit, x.measure) for x in s] == [(4.2, "个百分点", "pp_change"),
                                                        (0.7, "个百分点", "pp_change")]
    assert stmts("1998、1999年连续遭受特大洪涝灾害") == []  # years stay dates


def test_fraction_written_with_a_slash():
    s = single("专项转移支付项目比上年减少1/3以上")
    assert (s.indicator_text, round(s.value, 2), s.unit, s.qualifier) == (
        "专项转移支付项目", -33.33, "%", "at_least")
    assert single("缉毒量占自治区年度缉毒总量的1/4").value == 25
    for text in ["提供7/24小时服务", "2024/1/5发布"]:  # hours, a date: not fractions
        assert stmts(text) == [], text


def test_one_stray_space_before_the_unit_but_not_a_table_cell_break():
    s = single("国内生产总值达到39.8 万亿元")
    assert (s.indicator_text, s.value, s.unit, s.measure) == ("国内生产总值", 39.8, "万亿元", "level")
    assert stmts("1\t人均地区生产总值") == []  # an item number, then the next cell


@pytest.mark.parametrize("text,indicator,value", [
    ("完成省下达的节能减排任务", "节能减排", None),  # the indicator inside the task
    ("完成上级下达的能耗双控目标任务", "能耗双控", None),
    ("全面完成省定节能减排目标", "节能减排", None),  # 全面: how, not what
    ("主要污染物排放量完成市下达的减排任务", "污染物排放量", None),  # the subject before wins
    ("耕地保有量完成国家下达任务", "耕地保有量", None),
    ("实现外贸进出口正增长", "外贸进出口", 0),
    ("在全球主要经济体中唯一实现经济正增长", "经济", 0),  # what grew, not the setting
    ("单位GDP能耗达到省定节能目标", "单位GDP能耗", None),
    ("PM2.5平均浓度控制在省下达目标以内", "PM2.5平均浓度", None),  # a name's number is no quantity
    ("2025年完成省下达的耕地保护任务", "耕地保护", None),  # nor is a date
])
def test_task_set_by_a_superior_or_positive_growth_names_its_indicator(text, indicator, value):
    s = single(text)
    assert (s.indicator_text, s.measure, s.qualifier, s.value) == (indicator, "task", "task", value)


def test_an_adverb_before_a_task_is_not_its_subject():
    assert single("超额完成年度目标任务").indicator_text == "完成年度目标任务"


def test_a_share_of_the_target_is_no_task_of_its_own():
    got = stmts("新增就业6435人,失业人员再就业1755人,分别完成目标任务的117%")
    assert [(x.indicator_text, x.value) for x in got] == [("新增就业", 6435), ("失业人员再就业", 1755)]


@pytest.mark.parametrize("text", ["全年GDP增长5.2%,高于全国0.2个百分点",
                                  "地区生产总值增长5.2%,快于全省平均水平0.5个百分点"])
def test_the_gap_to_a_wider_area_is_a_relative_figure_of_the_indicator(text):
    growth, gap = stmts(text)
    assert (growth.measure, growth.value) == ("growth_pct", 5.2)
    assert (gap.measure, gap.unit, gap.indicator_text) == ("relative", "个百分点", growth.indicator_text)
    assert gap.value in (0.2, 0.5)


def test_the_gap_below_a_wider_area_is_negative():
    _level, gap = stmts("城镇化率达到58.6%,低于全省平均水平2.6个百分点")
    assert (gap.measure, gap.value, gap.indicator_text) == ("relative", -2.6, "城镇化率")


@pytest.mark.parametrize("written", ["万元GDP能耗", "单位GDP能源消耗", "单位生产总值能耗"])
def test_energy_intensity_as_provinces_write_it(written):
    from govdata.link import link

    assert link(written) == "energy_intensity"


@pytest.mark.parametrize("written", ["人均GDP", "人均地区生产总值", "人均国内生产总值", "人均生产总值"])
def test_gdp_per_capita_is_an_indicator_of_its_own(written):
    from govdata.link import link

    assert link(written) == "gdp_per_capita"


def test_a_heading_naming_the_main_targets_opens_the_targets():
    from govdata.pipeline import extract_document

    text = "二、2025年主要目标\n地区生产总值迈上5000亿元台阶,人均GDP突破1.5万美元。"
    ext = extract_document(text, {"doc_id": "w", "region": "某市", "admin_code": "",
                                  "year": 2025, "doc_type": "work_report"})
    assert ext.outcomes.empty
    assert ext.targets[["indicator", "value", "qualifier", "year"]].values.tolist() == [
        ["gdp", 5000, "at_least", 2025], ["gdp_per_capita", 1.5, "exceed", 2025]]


def test_real_growth_names_the_indicator_without_the_word_real():
    s = single("城镇居民人均可支配收入实际增长8.5%")
    assert (s.indicator_text, s.measure, s.value) == ("城镇居民人均可支配收入", "growth_pct", 8.5)


def test_a_pair_of_indicators_before_respectively_is_its_subject():
    got = stmts("城镇居民人均可支配收入和农村居民人均纯收入,分别实际增长58.3%和29.2%")
    assert [(x.indicator_text, x.value) for x in got] == [("城镇居民人均可支配收入", 58.3),
                                                         ("农村居民人均纯收入", 29.2)]


def test_the_five_years_past_inside_a_section_on_the_years_ahead_are_outcomes():
    from govdata.pipeline import extract_document

    text = ("各位代表:\n三、关于“十一五”规划纲要\n五年来,人民生活明显改善。城镇新增就业4200万人。"
            "今后五年,城镇新增就业4500万人。")
    ext = extract_document(text, {"doc_id": "n", "region": "全国", "admin_code": "100000",
                                  "year": 2006, "doc_type": "work_report"})
    o = ext.outcomes[["indicator", "value", "year", "period_start"]].values.tolist()
    assert o == [["urban_new_jobs", 4200, 2005, 2001]]
    assert ext.targets["value"].tolist() == [4500]


@pytest.mark.parametrize("text", ["国内生产总值平均每年增长8.3%", "国内生产总值年平均增长8.3%",
                                  "国内生产总值每年平均增长8.3%"])
def test_growth_per_year_on_average_written_out(text):
    s = single(text)
    assert (s.indicator_text, s.measure, s.value) == ("国内生产总值", "avg_growth_pct", 8.3)


def test_average_growth_after_the_level_reached_takes_its_subject():
    got = stmts("2000年国家财政收入达13380亿元,平均每年增长16.5%")
    assert [(x.indicator_text, x.measure) for x in got] == [("国家财政收入", "level"),
                                                           ("国家财政收入", "avg_growth_pct")]


@pytest.mark.parametrize("text,subject", [
    ("预计全年旅游接待人数达到700万人次", "旅游接待人数"),  # 预计 opens it: not the subject
    ("社会消费品零售总额预计完成84亿元", "社会消费品零售总额"),  # nor ends it
    ("年内完成15万平方米老旧小区既有建筑节能改造", "老旧小区既有建筑节能改造"),  # scope alone: the noun after
    ("年内完成16.9万平方米的绿化任务", "绿化任务"),  # without the 的 before it
    ("全市达450家", ""),  # scope words alone name nothing (an item's name can fill it)
    ("人均地区生产总值实现五年翻番", "人均地区生产总值"),  # how long the doubling took is not it
])
def test_scope_and_estimate_words_are_not_subjects(text, subject):
    assert single(text).indicator_text == subject


@pytest.mark.parametrize("text", ["三次产业结构调整为3.1:35.8:61.1", "三次产业结构演进为3.1 : 35.8 : 61.1",
                                  "一二三产业比例优化为3.1∶35.8∶61.1"])
def test_three_sector_structure_is_three_shares(text):
    got = stmts(text)
    assert [(s.indicator_text, s.measure, s.value, s.unit) for s in got] == [
        ("第一产业增加值比重", "share_pct", 3.1, "%"), ("第二产业增加值比重", "share_pct", 35.8, "%"),
        ("第三产业增加值比重", "share_pct", 61.1, "%")]


@pytest.mark.parametrize("text,roles", [
    ("按1:1比例配套建设资金", ["ratio"]),  # a ratio, explained, not read as a quantity (a ratio
    # to one after a ratio's name, 城乡居民收入比缩小到2.31:1, is its level: see below)
    ("会议于9:30开始", ["date", "date"]),  # a time of day is not a ratio: it dates
])
def test_other_ratios_are_counted_not_read(text, roles):
    n = normalise(text)
    got, numbers = statements(n.text, 0, len(n.text))
    assert got == [] and [x["role"] for x in numbers] == roles


@pytest.mark.parametrize("text,subject,value,unit", [
    ("日均新设企业由5千多户增加到1万6千多户", "日均新设企业", 1.6, "万户"),
    ("出境旅游人次由8300万增加到1亿3千多万", "出境旅游人次", 1.3, "亿"),
    ("高速铁路运营里程从9000多公里增加到2万5千公里", "高速铁路运营里程", 2.5, "万公里"),
])
def test_mixed_numerals_read_as_one_number(text, subject, value, unit):
    """1万6千 is 1.6万, not 1万 and then 6千; the figure it rose from is the starting value."""
    n = normalise(text)
    got, numbers = statements(n.text, 0, len(n.text))
    assert [(s.indicator_text, s.value, s.unit) for s in got] == [(subject, value, unit)]
    assert [x["role"] for x in numbers] == ["base", "quantity"]


def test_three_sectors_named_bare_link_to_their_value_added():
    """其中第一产业增长4.8%，第二产业增长4.8%，第三产业增长4.7%: each sector's value added."""
    from govdata.link import link

    got = stmts("地区生产总值增长4.8%，其中第一产业增长4.8%，第二产业增长4.8%，第三产业增长4.7%")
    assert [link(s.indicator_text) for s in got] == [
        "gdp", "primary_industry_value_added", "secondary_industry_value_added",
        "service_value_added"]


@pytest.mark.parametrize("text,subjects", [
    ("单位地区生产总值能耗和二氧化碳排放分别下降14%和18%",
     ["单位地区生产总值能耗", "单位地区生产总值二氧化碳排放"]),  # the second shares the per-GDP prefix
    ("单位国内生产总值能耗、水耗均下降20%以上", ["单位国内生产总值能耗", "单位国内生产总值水耗"]),
    ("地区生产总值年均增长6%左右，到2025年突破1万亿元", ["地区生产总值", "地区生产总值"]),  # 到 alone
])
def test_subjects_completed_from_their_neighbours(text, subjects):
    assert [s.indicator_text for s in stmts(text)] == subjects


def test_indicators_listed_as_examples_all_state_it():
    got = stmts("工业应税销售收入、金融存贷款余额等核心指标实现五年翻番")
    assert [(s.indicator_text, s.value, s.unit) for s in got] == [
        ("工业应税销售收入", 100, "%"), ("金融存贷款余额", 100, "%")]


@pytest.mark.parametrize("text,indicator,measure,qualifier", [
    ("PM2.5平均浓度控制在35微克/立方米以内", "pm25_concentration", "level", "at_most"),
    ("细颗粒物(PM2.5)平均浓度下降到30微克/立方米", "pm25_concentration", "level", "reach"),
    ("空气质量优良天数比率达到85%", "good_air_days_ratio", "share_pct", "reach"),
    ("森林覆盖率达到24.1%", "forest_coverage", "share_pct", "reach"),
])
def test_environment_indicators_link_to_the_registry(text, indicator, measure, qualifier):
    from govdata.link import link

    s = single(text)
    assert (link(s.indicator_text), s.measure, s.qualifier) == (indicator, measure, qualifier)


def test_two_indicators_before_one_multiple_both_double():
    got = stmts("到2035年，地区生产总值和城乡居民人均收入比2020年翻一番")
    assert [(s.indicator_text, s.value, s.unit, s.year) for s in got] == [
        ("地区生产总值", 100, "%", 2035), ("城乡居民人均收入", 100, "%", 2035)]
    # one amount named with 的: 用于A和B的资金
    assert [s.indicator_text for s in stmts("用于城乡低保和特困供养的资金是2015年的2倍")] == [
        "用于城乡低保和特困供养的资金"]


@pytest.mark.parametrize("text,indicator,measure,value,unit,base_year", [
    ("地区生产总值比2020年翻一番", "地区生产总值", "growth_pct", 100, "%", 2020),
    ("人均收入实现翻两番", "人均收入", "growth_pct", 300, "%", None),  # ×4
    ("高新技术企业数量为2015年的4倍", "高新技术企业数量", "growth_pct", 300, "%", 2015),
    ("全国财政收入达到5.13万亿元，增长1.71倍", "财政收入", "growth_pct", 171, "%", None),
    # a multiple of something other than its own past is not growth
    ("人均地区生产总值是全省平均水平的1.5倍", None, "relative", 1.5, "倍", None),
])
def test_multiples_over_a_past_year_are_growth(text, indicator, measure, value, unit, base_year):
    s = stmts(text)[-1]
    assert (s.measure, s.value, s.unit, s.base_year) == (measure, value, unit, base_year)
    if indicator:
        assert s.indicator_text == indicator


def test_doubling_named_before_the_words_after_it():
    # 比2000年翻一番的要求: the indicator is named before the multiple, not the noun after it
    s = single("人均国内生产总值比2000年翻一番的目标")
    assert (s.indicator_text, s.value) == ("人均国内生产总值", 100)


def test_figure_risen_to_nearly_keeps_its_starting_value_apart():
    n = normalise("轨道交通运营里程从4500多公里增加到近1万公里")
    got, numbers = statements(n.text, 0, len(n.text))
    assert [(s.indicator_text, s.value, s.unit, s.qualifier) for s in got] == [
        ("轨道交通运营里程", 1, "万公里", "about")]
    assert [x["role"] for x in numbers] == ["base", "quantity"]


def test_levels_passed_as_milestones_are_bounds():
    """跨越6000亿和7000亿两个台阶: each level passed is an amount the economy exceeded (a bound,
    qualifier exceed), the subject shared; 两个千亿台阶 (a count of steps) states none."""
    got = stmts("经济总量连续跨越6000亿和7000亿两个台阶")
    assert [(s.indicator_text, s.value, s.unit, s.qualifier, s.measure) for s in got] == [
        ("经济总量", 6000, "亿", "exceed", "level"), ("经济总量", 7000, "亿", "exceed", "level")]
    s = single("常住人口突破1000万大关")
    assert (s.indicator_text, s.value, s.unit, s.qualifier, s.measure) == (
        "常住人口", 1000, "万", "exceed", "count")


@pytest.mark.parametrize("text,expected", [
    ("地区生产总值增长6.5%左右，力争7%", [("地区生产总值", "growth_pct", 6.5, False),
                                 ("地区生产总值", "growth_pct", 7, True)]),
    ("单位能耗下降3%，力争4%", [("单位能耗", "growth_pct", -3, False), ("单位能耗", "growth_pct", -4, True)]),
    # a share stays a share; a subject of its own is not the one before
    ("城镇化率提高到60%，力争61%", [("城镇化率", "share_pct", 60, False), ("城镇化率", "share_pct", 61, True)]),
    ("地区生产总值增长5.2%，占全省比重为8%", [("地区生产总值", "growth_pct", 5.2, False),
                                    ("占全省比重", "share_pct", 8, False)]),
    # 分别增长69%和67%: the second figure is a growth rate too
    ("进出口总额和出口分别增长69%和67%", [("进出口总额", "growth_pct", 69, False),
                                 ("出口", "growth_pct", 67, False)]),
])
def test_a_figure_without_a_subject_continues_the_growth_rate_before_it(text, expected):
    assert [(s.indicator_text, s.measure, s.value, s.strive) for s in stmts(text)] == expected


def test_price_basis_words_are_not_a_subject():
    got = stmts("全市地区生产总值6731.7亿元,按可比价格计算增长7%")
    assert [(s.indicator_text, s.value) for s in got] == [("地区生产总值", 6731.7), ("地区生产总值", 7)]


@pytest.mark.parametrize("text,value", [("1.2万人", 1.2), ("27.8亿元", 27.8), ("1.35万人", 1.35)])
def test_a_decimal_alone_in_its_cell_is_not_a_list_marker(text, value):
    n = normalise(f"城镇新增就业\t{text}\t县人力社保局").text
    assert [s.value for s in statements(n, 0, len(n))[0]] == [value]
    # in a numbered list, a marker before a count stays a marker (1.… 2.8个市级基地…);
    # alone, 2.8 opening a line is a decimal
    n = normalise("完成情况:\n1.新建基地3个\n2.8个市级战新基地建设加快推进").text
    assert [s.value for s in statements(n, 0, len(n))[0]] == [3, 8]
    n = normalise("完成情况:\n28.6微克/立方米,同比下降3.1%").text
    assert [s.value for s in statements(n, 0, len(n))[0]] == [28.6, -3.1]


@pytest.mark.parametrize("text,expected", [
    ("城乡居民人均可支配收入分别达到43000元和18000元、分别增长4.8%和7.5%",
     [("城镇居民人均可支配收入", 43000), ("农村居民人均可支配收入", 18000),
      ("城镇居民人均可支配收入", 4.8), ("农村居民人均可支配收入", 7.5)]),
    ("接待游客和旅游综合收入年均分别增长6.3%和8.9%", [("接待游客", 6.3), ("旅游综合收入", 8.9)]),
    ("高新技术企业达到186家、净增12家", [("高新技术企业", 186), ("高新技术企业", 12)]),
    ("新建5G基站一千二百个", [("新建5G基站", 1200)]),
])
def test_pairs_net_changes_and_counts_in_words(text, expected):
    assert [(s.indicator_text, s.value) for s in stmts(text)] == expected
    assert not stmts("全面落实十个方面重点工作,覆盖百个村")  # round numerals are rhetoric


def test_a_target_named_inside_a_review():
    got = stmts("一般公共预算收入增长8.1%,超额完成6%的预期目标")
    assert [(s.indicator_text, s.measure, s.value, s.kind_hint) for s in got] == [
        ("一般公共预算收入", "growth_pct", 8.1, ""), ("一般公共预算收入", "growth_pct", 6, "target")]
    got = stmts("城镇调查失业率5.3%,控制在5.5%以内")
    assert [(s.value, s.qualifier, s.kind_hint) for s in got] == [
        (5.3, "point", ""), (5.5, "at_most", "target")]
    got = stmts("居民消费价格上涨0.3%,控制在3%左右的目标以内")
    assert [(s.indicator_text, s.value, s.kind_hint) for s in got][-1] == ("居民消费价格", 3, "target")


@pytest.mark.parametrize("text,subjects", [
    ("2020年地区生产总值5128.4亿元,“十三五”时期年均增长6.8%", ["地区生产总值", "地区生产总值"]),
    ("“十四五”末全市工业应税销售收入突破1万亿元", ["工业应税销售收入"]),
])
def test_a_plan_period_is_not_a_subject(text, subjects):
    assert [s.indicator_text for s in stmts(text)] == subjects


def test_page_chrome_numbers_are_dates_and_counters():
    from govdata.extract import number_role

    text = "发布时间:2021-03-30 15:42 来源:洛阳市发展和改革委员会 浏览次数:12876"
    roles = {text[m.start(): m.end()]: number_role(text, m.start(), m.end(), "", False)
             for m in re.finditer(r"\d+", text)}
    assert roles == {"2021": "date", "03": "date", "30": "date", "15": "date", "42": "date",
                     "12876": "label"}


@pytest.mark.parametrize("line,number,role", [
    ("1\t地区生产总值\t亿元", "1", "ordinal"),  # a row's number
    ("经济发展\t1.地区生产总值增长（%）\t4.1", "1", "ordinal"),  # after a merged category cell
    ("经济发展\t3\t地区生产总值", "3", "ordinal"),
    ("涪城区\t6.5\t7\t8", "7", ""),  # figures of a row, whatever they look like
    ("涪城区\t6.5\t7\t8", "6.5", ""),
    ("城区老旧小区改造项目\t98000\t35000\t2025", "2025", "date"),  # a 建设年限 cell
])
def test_numbers_in_table_cells(line, number, role):
    from govdata.extract import number_role

    start = line.index(number) if number != "7" else line.index("\t7") + 1
    assert number_role(line, start, start + len(number), "", False) == role


@pytest.mark.parametrize("text,value,unit,subject", [
    ("农村饮水安全工程使6069万农民受益", 6069, "万", "农民受益"),
    ("惠及1.6亿学生", 1.6, "亿", "学生"),
])
def test_people_counted_in_wan_or_yi(text, value, unit, subject):
    s = single(text)
    assert (s.measure, s.value, s.unit, s.indicator_text) == ("count", value, unit, subject)
    assert not stmts("把14亿多中国人的饭碗牢牢端在自己手中")  # the nation, not a count of a result


def test_a_numbered_list_run_into_one_paragraph():
    n = normalise("今年主要预期目标为:1.地区生产总值增长6.5%左右;2.规模以上工业增加值增长8%;"
                  "3.完成市下达的节能减排目标任务。").text
    got, numbers = statements(n, 0, len(n))
    assert [(s.indicator_text, s.value) for s in got][:2] == [
        ("地区生产总值", 6.5), ("规模以上工业增加值", 8)]
    assert [x["role"] for x in numbers if x["role"] == "ordinal"] == ["ordinal"] * 3


@pytest.mark.parametrize("text,value", [
    ("经济总量比2000年翻了一番", 100), ("城镇居民人均可支配收入比2000年增长一倍", 100),
    ("国内有效发明专利拥有量增加两倍", 200),
])
def test_multiples_in_words(text, value):
    s = stmts(text)[-1]
    assert (s.measure, s.value, s.unit) == ("growth_pct", value, "%")


def test_cut_is_a_fall():
    got = stmts("化学需氧量和二氧化硫排放量分别削减3%和2%")
    assert [(s.indicator_text, s.value) for s in got] == [("化学需氧量", -3), ("二氧化硫排放量", -2)]


def test_two_year_average_growth():
    got = stmts("全市地区生产总值5309.4亿元,增长15.2%,两年平均增长5.6%")
    assert [(s.indicator_text, s.measure, s.value) for s in got][-1] == (
        "地区生产总值", "avg_growth_pct", 5.6)


@pytest.mark.parametrize("text,value,qualifier", [
    ("城乡居民收入比为1.52", 1.52, "point"), ("城乡居民收入比控制在1.6以内", 1.6, "at_most")])
def test_a_ratio_has_no_unit(text, value, qualifier):
    s = single(text)
    assert (s.indicator_text, s.measure, s.value, s.unit, s.qualifier) == (
        "城乡居民收入比", "level", value, "", qualifier)


@pytest.mark.parametrize("text", ["年度任务已全部完成", "该项实事已全部完成", "项目已完工"])
def test_a_task_named_first_then_done_is_a_task(text):
    s = single(text)
    assert (s.measure, s.qualifier) == ("task", "task")


@pytest.mark.parametrize("text,hint,subject", [
    ("今年全市的目标是城镇新增就业5万人以上", "target", "城镇新增就业"),
    ("四季度,我们将紧盯全年目标;新增规上工业企业200家以上", "target", "新增规上工业企业"),
    ("力争全年新开工项目300个以上", "target", "新开工项目"),
    ("确保粮食产量稳定在100万吨以上", "target", "粮食产量"),
    ("争取中央预算内资金12亿元", "", "中央预算内资金"),  # funds won: said of the past too
    ("新开工项目246个", "", "新开工项目"),
])
def test_words_that_turn_a_report_of_results_to_its_aims(text, hint, subject):
    """In a report of results (a press conference, a statistics release) the aims restated are
    told by their words: 目标是…, 我们将…, 下一步…, 力争…, 确保…."""
    s = stmts(text)[-1]
    assert (s.kind_hint, s.indicator_text) == (hint, subject)


@pytest.mark.parametrize("text,subject,value,qualifier", [
    ("城乡居民收入比缩小到2.3:1", "城乡居民收入比", 2.3, "reach"),
    ("农产品加工业产值与农业总产值之比达到2.6∶1", "农产品加工业产值与农业总产值之比", 2.6, "reach"),
])
def test_a_ratio_to_one_is_the_ratio_level(text, subject, value, qualifier):
    s = single(text)
    assert (s.indicator_text, s.measure, s.value, s.unit, s.qualifier) == (
        subject, "level", value, "", qualifier)


def test_other_ratios_and_ranks_state_no_figure():
    assert stmts("按1:1比例配套建设资金") == []
    assert stmts("营商环境评价力争进入全省前3位") == []


def test_the_field_a_count_is_taken_in_is_no_figure():
    """全市38个工业行业大类中有29个行业增加值实现增长: 38 is the field, 29 the figure."""
    got = stmts("全市38个工业行业大类中有29个行业增加值实现增长")
    assert [s.value for s in got] == [29]


def test_what_the_year_is_expected_to_reach_is_an_aim():
    s = stmts("去年全市石油化工产业营业收入为1486.3亿元,今年全年有望达到1700亿元")[-1]
    assert (s.value, s.kind_hint) == (1700, "target")


@pytest.mark.parametrize("text,subject,measure,value", [
    ("全市经济增长目标定为6%左右", "经济增长", "growth_pct", 6),
    ("固定资产投资增速安排为5%左右", "固定资产投资", "growth_pct", 5),
    ("居民消费价格涨幅由上年的3%左右调整为2%左右", "居民消费价格", "share_pct", 2),
])
def test_how_a_target_is_set(text, subject, measure, value):
    """定为, 安排为, 调整为 (from last year's, which is a base) introduce the figure set."""
    s = single(text)
    assert (s.indicator_text, s.measure, s.value) == (subject, measure, value)


def test_a_year_compared_from_dates_nothing():
    """赤字率从去年的2.1%提高到2.3%, 比去年预算增加500亿元: the plan's figures, not last year's."""
    from govdata.extract import time_anchors

    text = "赤字率从去年的2.1%提高到2.3%"
    assert time_anchors(text, 0, len(text)) == []


def test_a_definition_and_a_conversion_factor_state_no_figure():
    """A sentence that defines a term (as a footnote or a 名词解释 does) and a conversion factor
    state no figure of the year: their numbers are labels in the coverage report, while the
    report's own figures around them are read."""
    from govdata.pipeline import extract_document

    text = ("2023年,全市规模以上工业增加值增长7.2%。\n"
            "“四上”企业指规模以上工业企业(年主营业务收入2000万元及以上)、限额以上零售业企业"
            "(年主营业务收入500万元及以上)。\n"
            "高新技术产业是指研发投入占比3%以上的产业。\n"
            "标准煤:能源的统一计量单位,每万千瓦时电力折1.229吨标准煤。\n"
            "全市研发经费投入强度达到2.6%,指标完成情况良好。")
    ext = extract_document(text, {"doc_id": "d", "region": "某市", "admin_code": "",
                                  "year": 2024, "doc_type": "work_report"})
    assert sorted(ext.outcomes["value"].tolist()) == [2.6, 7.2]
    assert ext.targets.empty
    roles = dict(zip(ext.numbers["text"], ext.numbers["role"]))
    assert roles["2000"] == roles["500"] == roles["3"] == roles["1.229"] == "label"


def test_letter_spacing_is_removed_only_where_a_line_is_letter_spaced():
    """A line set letter-spaced (地 区 生 产 总 值 增 长 5 . 8 %) reads whole, mapped back to its
    source; a heading with one space (2024年 目标任务), a table laid out with spaces and an
    English phrase keep theirs."""
    src = ("全 市 地 区 生 产 总 值 增 长 5 . 8 % ， 总 量 达 到 2 8 8 6 . 4 亿 元 。\n"
           "2024年 目标任务\n粮食      万吨      45.62      1.3\nGDP per capita 9 thousand\n")
    n = normalise(src)
    assert n.text.splitlines()[0] == "全市地区生产总值增长5.8%,总量达到2886.4亿元。"
    assert "2024年 目标任务" in n.text and "GDP per capita 9 thousand" in n.text
    at = n.text.index("2886.4")
    a, b = n.source_span(at, at + len("2886.4"))
    assert src[a:b] == "2 8 8 6 . 4"


def test_a_footnote_mark_after_a_figure_and_a_soft_hyphen_are_no_digits():
    """① after a figure (a page's footnote mark, 增长7.2%①) is folded to (1), never to a 1 that
    would read as a number of its own or run into the next; a soft hyphen an editor left inside
    a word is dropped."""
    n = normalise("规模以上工业增加值增长7.2%①,地区生\u00ad产总值1200亿元②。\n①新建基地3个")
    assert n.text == "规模以上工业增加值增长7.2%(1),地区生产总值1200亿元(2)。\n(1)新建基地3个"
    got = stmts(n.text.split("\n")[0])
    assert [(s.indicator_text, s.value) for s in got] == [("规模以上工业增加值", 7.2),
                                                          ("地区生产总值", 1200)]


def test_the_years_target_named_only_as_such_takes_the_indicator_named_before_it():
    """年度目标为增长5% names whose target it is, not what it measures: the indicator is the one a
    heading sentence named (2. 固定资产投资增速。), the one the sentence named earlier (…增速比
    一季度回落2.1个百分点,与年度目标增长7%相比…), or, in a bracket after a pair of results, the
    pair (分别…(年度目标分别为增长6%和7.5%), both targets); 完成年度目标 after a result is the
    result's indicator's task, not an indicator 年度."""
    got = stmts("2. 固定资产投资增速。年度目标为增长5%,实际增长2.3%。")
    assert [(s.indicator_text, s.value, s.kind_hint == "target") for s in got] == [
        ("固定资产投资", 5, True), ("固定资产投资", 2.3, False)]
    got = stmts("固定资产投资增速比一季度回落2.1个百分点,与年度目标增长7%相比仍有差距。")
    assert [(s.indicator_text, s.value) for s in got] == [("固定资产投资", -2.1), ("固定资产投资", 7)]
    got = stmts("城镇、农村居民人均可支配收入分别增长5.4%和7.9%(年度目标分别为增长6%和7.5%)。")
    assert [(s.indicator_text, s.value, s.kind_hint == "target") for s in got] == [
        ("城镇居民人均可支配收入", 5.4, False), ("农村居民人均可支配收入", 7.9, False),
        ("城镇居民人均可支配收入", 6, True), ("农村居民人均可支配收入", 7.5, True)]
    got = stmts("规模以上工业增加值增长5.2%,完成年度目标。")
    assert [(s.indicator_text, s.measure) for s in got] == [("规模以上工业增加值", "growth_pct"),
                                                           ("规模以上工业增加值", "task")]


def test_a_change_against_an_earlier_part_of_the_year_is_the_indicators_own():
    """增速比1—9月加快0.1个百分点, 比上半年放缓0.3个百分点: the months compared with and the verb are
    not the indicator's name — the change in points is the sentence's indicator's; 加快 before a
    count (加快8个市级战新基地建设) is a verb, not a rise; 回升0.86米 is a change."""
    got = stmts("规模以上工业增加值增长6.5%,增速比1—9月加快0.1个百分点;"
                "固定资产投资下降2.4%,增速比上半年放缓0.3个百分点。")
    assert [(s.indicator_text, s.measure, s.value) for s in got] == [
        ("规模以上工业增加值", "growth_pct", 6.5), ("规模以上工业增加值", "pp_change", 0.1),
        ("固定资产投资", "growth_pct", -2.4), ("固定资产投资", "pp_change", -0.3)]
    assert [(s.indicator_text, s.measure) for s in stmts("加快8个市级战新基地建设")] == [
        ("市级战新基地建设", "count")]
    assert [(s.indicator_text, s.measure, s.value) for s in stmts("杞麓湖水位回升0.86米")] == [
        ("杞麓湖水位", "change", 0.86)]


@pytest.mark.parametrize("text,measure,value,qualifier", [
    ("工业投资实现两位数增长", "growth_pct", 10, "at_least"),  # ten per cent or more
    ("占新车零售量比重过半", "share_pct", 50, "at_least"),
    ("公办幼儿园在园幼儿占比超过一半", "share_pct", 50, "at_least"),
    ("政府投资项目审批时限压减一半以上", "growth_pct", -50, "at_least"),
    ("民生支出占一般公共预算支出比重保持在八成以上", "share_pct", 80, "at_least"),
    ("金融机构本外币存贷款余额近万亿元", "level", 1, "about"),
    ("实际使用外资力争实现倍增", "growth_pct", 100, "point"),
    ("单位GDP能耗年均下降3%", "avg_growth_pct", -3, "point"),
])
def test_quantities_in_words(text, measure, value, qualifier):
    s = single(text)
    assert (s.measure, s.value, s.qualifier) == (measure, value, qualifier)


def test_words_that_look_like_quantities_but_are_not():
    """倍增计划 and 成倍增长 name a programme and a manner, not a doubling; 两位数 restating a
    growth given (增长12.6%、实现两位数增长) or a run of years (连续三年保持两位数增长) is no figure;
    a fall 降幅仍在两位数 is none either."""
    assert stmts("深入实施工业倍增计划") == []
    assert stmts("旅游人数成倍增长") == []
    got = stmts("出口增长12.6%、实现两位数增长")
    assert [(s.value, s.measure) for s in got] == [(12.6, "growth_pct")]
    assert stmts("进出口总额连续三年保持两位数增长") == []
    assert stmts("房地产开发投资降幅仍在两位数") == []


def test_a_ceiling_set_above_and_no_change_after_a_figure():
    """控制在国家下达指标内 / 省下达警戒线以内 are tasks set from above; 34.2亿斤、与上年基本持平
    adds a growth of about 0 to the level before it; 分别增长8.9%和1.3倍: the multiple is a
    growth (130%)."""
    assert [(s.indicator_text, s.measure) for s in stmts("政府债务率控制在省下达警戒线以内")] == [
        ("政府债务率", "task")]
    got = stmts("粮食产量34.2亿斤、与上年基本持平")
    assert [(s.measure, s.value, s.qualifier) for s in got] == [
        ("level", 34.2, "point"), ("growth_pct", 0, "about")]
    got = stmts("进口和出口分别增长8.9%和1.3倍")
    assert [(s.indicator_text, s.value) for s in got] == [("进口", 8.9), ("出口", 130)]


def test_a_paragraph_opening_on_a_run_in_heading_is_joined_across_its_wrapped_lines():
    """(一)坚持项目为王,有效投资稳中有进。全年实施亿元以上项目286 / 个,… — a PDF's line that
    opens on a run-in heading and goes on into sentences is a paragraph, not a heading: the
    line after it (个,完成投资…) joins it, so 286 keeps its unit. A heading line alone does not."""
    n = normalise("(一)坚持项目为王,有效投资稳中有进。全年实施亿元以上项目286\n个,完成投资198.6亿元。\n"
                  "(二)坚持工业强县\n新增规模以上工业企业41家。")
    assert "项目286个,完成投资" in n.text
    assert "(二)坚持工业强县\n新增" in n.text


def test_a_range_never_spans_table_cells():
    """1,220.16 | — | 98.2%: an empty cell between two figures is no range dash."""
    from govdata.extract import find_quantities

    text = "其中:财政拨款\t1,242.50\t1,220.16\t—\t98.2%"
    found = find_quantities(text, 0, len(text))
    assert [(q["value"], q["value_high"]) for q in found] == [(1242.5, None), (1220.16, None),
                                                              (98.2, None)]
    assert stmts("增长5 — 5.5%")[0].value_high == 5.5  # (a dash between spaces still parts a range)
