"""The phrasings the documents use, one by one."""

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


def test_strive_governs_the_rest_of_the_sentence():
    s = stmts("力争新增战略性新兴产业企业20家以上,新增高新技术企业50家")
    assert all(x.strive for x in s) and len(s) == 2


def test_positive_growth_is_a_task_with_value_zero():
    s = single("进出口总额实现正增长")
    assert (s.measure, s.value, s.qualifier) == ("task", 0, "task")


@pytest.mark.parametrize("text", ["居民人均可支配收入与经济增长同步",
                                  "农村常住居民人均可支配收入增速高于全省平均水平"])
def test_relative(text):
    s = single(text)
    assert (s.measure, s.qualifier, s.value) == ("relative", "relative", None)


@pytest.mark.parametrize("text", ["围绕“5+5+N”产业布局", "实施“1525”重点技改行动计划",
                                  "办好第二十七届投资洽谈会", "获评国家级5G工厂"])
def test_labels_are_not_quantities(text):
    assert stmts(text) == []


def test_chinese_numerals():
    from govdata.numbers import cn_to_number
    from govdata.errors import NumberError

    assert cn_to_number("两千") == 2000
    assert cn_to_number("二〇二五") == 2025
    assert abs(cn_to_number("三分之二") - 2 / 3) < 1e-9
    with pytest.raises(NumberError):
        cn_to_number("十四五规划")
    s = single("粮食产量翻一番")
    assert (s.value, s.unit) == (2, "倍")
