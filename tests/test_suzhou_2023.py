"""宿州 2023 completion report: real values read from the real document."""

import pandas as pd

from govdata.attain import attain
from govdata.normalise import normalise
from govdata.segment import segment_completion

from .conftest import one


def test_every_item_is_segmented(suzhou):
    text, _ = suzhou
    segs = segment_completion(normalise(text).text)
    items = [s.item for s in segs if s.role == "target"]
    assert items == [str(i) for i in range(1, 116)]
    assert all(s.lead_units for s in segs if s.item), "every item names its lead unit"


def test_gdp_target_outcome_and_owner(suzhou):
    _, ext = suzhou
    t = one(ext.targets, item="1", indicator="gdp", measure="growth_pct")
    assert (t.value, t.qualifier, t.unit, bool(t.strive)) == (8.0, "about", "%", False)
    assert t.lead_units == "市发展改革委"
    assert t.year == 2023
    o = one(ext.outcomes, item="1", indicator="gdp", measure="growth_pct")
    assert o.value == 5.8
    lvl = one(ext.outcomes, item="1", indicator="gdp", measure="level")
    assert (lvl.value, lvl.unit) == (2291.5, "亿元")


def test_provenance_is_an_exact_slice(suzhou):
    text, ext = suzhou
    for df in (ext.targets, ext.outcomes):
        for r in df.itertuples():
            assert text[r.char_start:r.char_end] == r.text
    t = one(ext.targets, item="1", indicator="gdp")
    assert t.text == "地区生产总值增长8%左右"


def test_headline_targets(suzhou):
    _, ext = suzhou
    t = ext.targets
    assert one(t, item="2", indicator="general_budget_revenue").value == 6.0
    assert one(t, item="3", indicator="fixed_asset_investment").qualifier == "point"
    retail = one(t, item="4", indicator="retail_sales")
    assert (retail.value, retail.qualifier) == (9.0, "at_least")
    rural = one(t, item="6", indicator="rural_disposable_income")
    assert (rural.measure, rural.qualifier) == ("relative", "relative")
    assert one(t, item="7").measure == "task"
    assert one(t, item="2").lead_units == "市财政局(国资委)"
    assert one(t, item="7").lead_units == "市发展改革委;市生态环境局"


def test_other_items(suzhou):
    _, ext = suzhou
    t = ext.targets
    share = one(t, item="11", measure="share_pct")
    assert (share.value, share.qualifier) == (30.0, "at_least")
    strive = one(t, item="12", measure="count", qualifier="at_least")
    assert (strive.value, bool(strive.strive)) == (20.0, True)
    # 亩均税收增速、亩均营收增速均超10% → two targets
    both = t[(t["item"] == "18") & (t["measure"] == "growth_pct")]
    assert len(both) == 2 and set(both["value"]) == {10.0} and set(both["qualifier"]) == {"at_least"}
    # labels are not targets: “5+5+N”, “1525”, “464”, 3-5年倍增
    assert not ((t["item"] == "9") & (t["value"] == 3)).any()
    assert not t["value"].isin([1525.0, 464.0]).any()


def test_a_verb_alone_adds_to_the_figure_before_it(suzhou):
    # 设施蔬菜播种面积55.58万亩、新增2.52万亩: the 2.52 is the area's increase
    o = suzhou[1].outcomes
    added = one(o, item="56", value=2.52)
    assert (added.indicator_text, added.measure) == ("设施蔬菜播种面积", "change")


def test_verdicts(suzhou):
    _, ext = suzhou
    docs = pd.DataFrame([{"doc_id": "suzhou-ah-2023-completion", "doc_type": "completion_report",
                          "province": "安徽省"}])
    a = attain(ext.targets, ext.outcomes, docs)
    gdp = one(a, item="1", indicator="gdp")
    assert (gdp.status, round(gdp.gap, 6), gdp.outcome_value) == ("missed", -2.2, 5.8)
    assert gdp.lead_units == "市发展改革委"
    tech = one(a, item="16", indicator="tech_upgrade_investment")
    assert (tech.target_value, tech.outcome_value, tech.status) == (18.0, 48.9, "exceeded")
    post = one(a, item="28")
    assert (post.target_value, post.outcome_value, post.status) == (200.0, 200.0, "met")
    rural = one(a, item="6")
    assert rural.status == "not_assessable" and "reference" in rural.reason
    energy = one(a, item="7")
    assert energy.status == "met"  # 单位地区生产总值能耗完成省定目标
    enterprises = one(a, item="8", measure="count")  # 150家 target vs 133户 outcome
    assert (enterprises.outcome_value, enterprises.status) == (133.0, "missed")


def test_relative_target_uses_reference_when_given(suzhou):
    _, ext = suzhou
    docs = pd.DataFrame([{"doc_id": "suzhou-ah-2023-completion", "doc_type": "completion_report",
                          "province": "安徽省"}])
    ref = pd.DataFrame([{"region": "安徽省", "year": 2023, "indicator": "rural_disposable_income",
                         "value": 8.0, "unit": "%", "source": "安徽统计公报 (test)",
                         "measure": "growth_pct", "priority": 0}])
    a = attain(ext.targets, ext.outcomes, docs, reference=ref)
    rural = one(a, item="6")
    assert rural.status == "met" and "安徽统计公报" in rural.reason
    assert round(rural.gap, 6) == 0.2
