"""Issue 4 on the real documents: verdict semantics, one target stated by several documents,
conflicts, the panel with national targets beside local ones, target-setting dynamics,
five-year-plan progress, and accountability by lead unit and by leader."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from govdata.attain import attain, consolidate
from govdata.build import extract_catalog
from govdata.catalog import load_catalog
from govdata.compare import bunching, national_panel, panel, persistence, ratchet
from govdata.owners import accountability
from govdata.plans import progress
from govdata.tables import read_table

from .conftest import RAW, one


@pytest.fixture(scope="module")
def tables():
    return extract_catalog(load_catalog(RAW / "catalog.csv")).tables


# ------------------------------------------------------------------ verdicts

@pytest.mark.parametrize("indicator,measure,target,qualifier,outcome,status,gap", [
    ("gdp", "growth_pct", 8, "about", 5.8, "missed", -2.2),
    ("general_budget_revenue", "growth_pct", 6, "about", 4.1, "missed", -1.9),
    ("retail_sales", "growth_pct", 9, "at_least", 7.2, "missed", -1.8),
    ("industrial_value_added", "growth_pct", 9, "at_least", 4.4, "missed", -4.6),
    ("tech_upgrade_investment", "growth_pct", 18, "point", 48.9, "exceeded", 30.9),
    ("urban_new_jobs", "count", 2.5, "at_least", 2.6, "exceeded", 0.1),
])
def test_suzhou_headline_verdicts(tables, indicator, measure, target, qualifier, outcome, status,
                                  gap):
    a = tables["attainment"]
    r = one(a, region="宿州市", indicator=indicator, measure=measure)
    assert (r.target_value, r.qualifier, r.outcome_value, r.status) == (target, qualifier, outcome,
                                                                        status)
    assert r.gap == pytest.approx(gap)


def test_every_suzhou_item_has_a_verdict_or_a_reason(tables):
    a = tables["attainment"]
    s = a[a["region"] == "宿州市"]
    assert len(s) >= 55
    assert s["status"].isin(["met", "exceeded", "missed", "not_assessable"]).all()
    na = s[s["status"] == "not_assessable"]
    assert (na["reason"].str.len() > 0).all(), "a not-assessable verdict always says why"
    assessed = s[s["status"] != "not_assessable"]
    assert assessed["outcome_doc_id"].eq("suzhou-ah-2023-completion").all()


def test_tolerance_is_configurable_per_call(tables):
    t = tables["targets"]
    gdp = t[(t["region"] == "宿州市") & (t["indicator"] == "gdp")]
    wide = attain(gdp, tables["outcomes"], tables["documents"], tolerance_pp=2.5)
    assert one(wide, indicator="gdp").status == "met"  # 5.8 is within 8 ± 2.5


def test_tolerance_per_indicator(tables, monkeypatch):
    import govdata.attain as attain_mod

    monkeypatch.setattr(attain_mod, "indicator_tolerance",
                        lambda ind: 3.0 if ind == "gdp" else None)
    t = tables["targets"]
    gdp = t[(t["region"] == "宿州市") & (t["indicator"] == "gdp")]
    assert one(attain(gdp, tables["outcomes"], tables["documents"]), indicator="gdp").status == "met"


def test_outcome_over_another_period_is_not_compared(tables):
    t = tables["targets"]
    gdp = t[(t["region"] == "宿州市") & (t["indicator"] == "gdp")].copy()
    o = tables["outcomes"]
    o = o[(o["region"] == "宿州市") & (o["indicator"] == "gdp") & (o["measure"] == "growth_pct")]
    o = o.assign(period_start=2019)  # as if the report gave growth over five years
    r = one(attain(gdp, o, tables["documents"]), indicator="gdp")
    assert r.status == "not_assessable" and "period" in r.reason


def test_units_scale_before_comparing(tables):
    t = tables["targets"]
    gdp = t[(t["region"] == "宿州市") & (t["indicator"] == "gdp")].copy()
    gdp = gdp.assign(measure="level", value=0.2, unit="万亿元", qualifier="exceed")
    o = tables["outcomes"]
    o = o[(o["region"] == "宿州市") & (o["indicator"] == "gdp") & (o["measure"] == "level")]
    r = one(attain(gdp, o, tables["documents"]), indicator="gdp")
    assert (r.outcome_value, r.status) == (pytest.approx(0.22915), "exceeded")  # 2291.5亿元


def test_attainment_reads_only_the_outcomes_a_target_can_pair_with(tables):
    """attain() turns only pairable outcomes into records (memory at national scale); the
    verdicts are the same as with every outcome, and the chunked reading changes nothing."""
    from govdata.attain import _outcomes_for, _records

    t, o, docs = tables["targets"], tables["outcomes"], tables["documents"]
    kept = _outcomes_for(t, o)
    assert 0 < len(kept) < len(o)
    items = set(zip(t["doc_id"], t["item"]))
    regions = set(zip(t["region"], t["year"], t["indicator"]))
    dropped = o.drop(index=kept.index)
    assert not any(k in items for k in zip(dropped["doc_id"], dropped["item"]))
    assert not any(k in regions for k in zip(dropped["region"], dropped["year"], dropped["indicator"]))
    pd.testing.assert_frame_equal(pd.DataFrame(list(_records(o, chunk=7))),  # (NaN != NaN)
                                  pd.DataFrame(o.to_dict("records")))
    pd.testing.assert_frame_equal(attain(t, o, docs), attain(t, kept, docs))


# ------------------------------------------------------------------ several documents, one target

def test_xuzhou_targets_stated_twice_are_one_target_with_two_sources(tables):
    merged, conflicts = consolidate(tables["targets"], tables["documents"])
    gdp = one(merged, region="徐州市", year=2024, indicator="gdp", measure="growth_pct")
    assert gdp.target_sources == "xuzhou-2024-breakdown;xuzhou-2024-work-report"
    assert gdp.doc_id == "xuzhou-2024-breakdown", "the breakdown's row (with 牵头单位) is kept"
    assert gdp.lead_units != ""
    assert conflicts[conflicts["region"] == "徐州市"].empty, "the two 徐州 documents agree"


def test_disagreeing_documents_are_flagged(tables):
    t = tables["targets"].copy()
    wr = (t["doc_id"] == "xuzhou-2024-work-report") & (t["indicator"] == "gdp")
    t.loc[wr, "value"] = 6.5
    merged, conflicts = consolidate(t, tables["documents"])
    assert sorted(conflicts["value"]) == [6.0, 6.5]
    assert set(conflicts["doc_id"]) == {"xuzhou-2024-breakdown", "xuzhou-2024-work-report"}
    both = merged[(merged["region"] == "徐州市") & (merged["year"] == 2024)
                  & (merged["indicator"] == "gdp")]
    assert len(both) == 2 and both["conflict"].all(), "both wordings kept, both flagged"


def test_conflicts_table_is_built(built):
    conflicts = read_table("conflicts", built / "processed")
    assert list(conflicts.columns)[:3] == ["region", "year", "period_start"]
    assert conflicts.empty  # none among the seeds: reported as an empty table, not left out


# ------------------------------------------------------------------ panel and target setting

def test_panel_sets_local_targets_beside_national(tables):
    p = panel(tables["attainment"], tables["outcomes"], tables["documents"])
    gdp = one(p, region="宿州市", year=2023, indicator="gdp", measure="growth_pct")
    assert (gdp.level, gdp.target_value, gdp.national_target, gdp.escalation) == (
        "prefecture", 8, 5, 3)
    assert (gdp.outcome_value, gdp.status) == (5.8, "missed")
    nat = one(p, region="全国", year=2023, indicator="gdp", measure="growth_pct")
    assert (nat.target_value, nat.outcome_value, nat.status) == (5, 5.2, "met")
    jobs = one(p, region="宿州市", year=2023, indicator="urban_new_jobs")
    assert math.isnan(jobs.escalation), "counts are not compared across levels of government"


def test_panel_written_by_build(built):
    p = read_table("panel", built / "processed")
    assert {"national", "prefecture"} <= set(p["level"])
    assert (built / "processed" / "panel.parquet").exists()


def test_ratchet_and_persistence_on_the_national_series():
    nat = national_panel()
    r = ratchet(nat)
    g2012 = one(r, indicator="gdp", measure="growth_pct", year=2012)
    assert (g2012.target, g2012.last_target, g2012.last_outcome) == (7.5, 8, 9.2)
    assert g2012.vs_last_outcome == pytest.approx(-1.7)
    per = persistence(r)
    gdp = one(per, indicator="gdp", measure="growth_pct")
    assert gdp.n >= 15 and 0 < gdp.unchanged < 1


def test_bunching_states_sample_and_test():
    res = bunching(national_panel(), width=1.0, min_n=5)
    assert res["n"] == res["above"] + res["below"] > 0
    assert "n = " in res["statement"]
    assert res["pvalue"] is None or 0 <= res["pvalue"] <= 1
    small = bunching(national_panel(), width=0.01, min_n=10)
    assert small["pvalue"] is None and "too few" in small["statement"]


# ------------------------------------------------------------------ five-year plans

def test_xuzhou_gdp_needs_6_2_percent_a_year(tables):
    merged, _ = consolidate(tables["targets"], tables["documents"])
    pr = progress(merged, tables["outcomes"])
    gdp = one(pr, region="徐州市", indicator="gdp", measure="level")
    assert (gdp.base_year, gdp.base_value, gdp.target_value, gdp.unit) == (2020, 0.74, 1, "万亿元")
    assert gdp.required_rate_from_base == pytest.approx(100 * ((1 / 0.74) ** 0.2 - 1))  # 6.21%
    assert "2021, 2022" in gdp.method and gdp.on_track is None  # honest about missing years


def test_progress_with_a_reported_level_is_judged(tables):
    merged, _ = consolidate(tables["targets"], tables["documents"])
    o = tables["outcomes"]
    extra = o[(o["region"] == "徐州市") & (o["indicator"] == "gdp") & (o["measure"] == "level")]
    extra = extra.assign(year=2023, value=9000.0, unit="亿元")
    pr = progress(merged, pd.concat([o, extra], ignore_index=True))
    gdp = one(pr, region="徐州市", indicator="gdp", measure="level")
    assert gdp.achieved_rate == pytest.approx(100 * ((9000 / 7400) ** (1 / 3) - 1))  # 6.75%
    assert gdp.on_track is True
    assert gdp.required_rate_remaining == pytest.approx(100 * ((10000 / 9000) ** 0.5 - 1))


def test_huzhou_plan_targets_listed_without_base(tables):
    merged, _ = consolidate(tables["targets"], tables["documents"])
    pr = progress(merged, tables["outcomes"])
    gdp = one(pr, region="湖州市", indicator="gdp")
    assert (gdp.target_value, gdp.end_year) == (5000, 2025)
    assert "base-year" in gdp.method


# ------------------------------------------------------------------ accountability

def test_accountability_by_lead_unit(tables):
    merged, _ = consolidate(tables["targets"], tables["documents"])
    acc = accountability(merged, tables["attainment"])
    fgw = one(acc, by="lead_unit", owner="市发展改革委", region="宿州市")
    assert fgw.targets >= 5 and fgw.missed >= 1  # GDP growth, owned by 市发展改革委, was missed
    assert "suzhou-ah-2023-completion:" in fgw["items"]


def test_accountability_by_leader(tables):
    merged, _ = consolidate(tables["targets"], tables["documents"])
    acc = accountability(merged, tables["attainment"])
    leaders = acc[(acc["by"] == "leader") & (acc["region"] == "湖州市")]
    assert "杨六顺常务副市长" in set(leaders["owner"])
    yang = leaders[leaders["owner"] == "杨六顺常务副市长"]
    assert yang["targets"].sum() >= 3 and (yang["no_outcome"] == yang["targets"]).all()


def test_outcome_bounds_are_marked_and_the_reported_figure_preferred():
    """全市地区生产总值…总量跨越1.2万亿元台阶 gives a bound as well as the figure; tables that keep
    one outcome per key keep the figure, whichever comes first in the document."""
    from govdata.attain import attain
    from govdata.compare import panel
    from govdata.pipeline import extract_document

    text = ("一、2023年工作回顾\n过去一年，全市经济总量跨越1万亿元台阶，地区生产总值达到10235.6亿元、"
            "增长5.8%，帮助5千多户困难家庭。\n二、2024年主要目标\n地区生产总值突破1.1万亿元。\n")
    meta = {"doc_id": "w", "region": "某市", "admin_code": "", "year": 2024, "doc_type": "work_report"}
    ext = extract_document(text, meta)
    o = ext.outcomes.set_index("value")
    assert o.loc[1, "qualifier"] == "exceed" and o.loc[10235.6, "qualifier"] == "reach"
    assert o.loc[5, "qualifier"] == "at_least"
    # the 2023 level in the panel is the figure, not the 台阶 passed before it
    docs = pd.DataFrame({"doc_id": ["w"], "doc_type": ["work_report"], "region": ["某市"],
                         "region_level": ["prefecture"], "province": [""]})
    p = panel(attain(ext.targets, ext.outcomes, docs), ext.outcomes, docs)
    level = p[(p["year"] == 2023) & (p["indicator"] == "gdp") & (p["measure"] == "level")]
    assert level["outcome_value"].tolist() == [10235.6]
    # a bound alone is no figure for the panel
    only = extract_document("一、2023年工作回顾\n全市经济总量跨越1万亿元台阶。\n", meta)
    assert only.outcomes["qualifier"].tolist() == ["exceed"]
    p = panel(attain(only.targets, only.outcomes, docs), only.outcomes, docs)
    assert not ((p["region"] == "某市") & (p["indicator"] == "gdp")).any()


def test_panel_sets_targets_without_results_beside_the_national_ones():
    """A work report's targets for its own year have no result yet; the panel still lists them,
    status empty, with the national target and the escalation (层层加码)."""
    from govdata.attain import attain, consolidate
    from govdata.compare import panel
    from govdata.pipeline import extract_document

    text = "二、2024年主要目标\n地区生产总值增长6%以上，居民消费价格涨幅3%左右。\n"
    meta = {"doc_id": "w", "region": "某市", "admin_code": "", "year": 2024, "doc_type": "work_report"}
    ext = extract_document(text, meta)
    docs = pd.DataFrame({"doc_id": ["w"], "doc_type": ["work_report"], "region": ["某市"],
                         "region_level": ["prefecture"], "province": [""]})
    national = pd.DataFrame({"region": ["全国"] * 2, "year": [2024] * 2, "period_start": [None] * 2,
                             "indicator": ["gdp", "cpi"], "measure": ["growth_pct"] * 2,
                             "unit": ["%"] * 2, "target_value": [5.0, 3.0],
                             "qualifier": ["about", "about"]})
    merged = consolidate(ext.targets, docs)[0]
    p = panel(attain(merged, ext.outcomes, docs), ext.outcomes, docs, national=national,
              targets=merged)
    local = p[p["region"] == "某市"].set_index("indicator")
    assert local.loc["gdp", ["target_value", "national_target", "escalation"]].tolist() == [6, 5, 1]
    assert local.loc["cpi", "escalation"] == 0 and local.loc["gdp", "status"] == ""
    # without the targets only verdicts (none here) would be listed
    assert (panel(attain(merged, ext.outcomes, docs), ext.outcomes, docs,
                  national=national)["region"] == "某市").sum() == 0


def test_panel_lists_the_counties_of_a_table_of_areas_as_counties():
    """A city breakdown's table 县市区 | 地区生产总值增速（%） | … gives each county its target;
    in the panel the county is a region of its own, at county level, in the city's province —
    never mixed into the city's row."""
    from govdata.attain import attain, consolidate
    from govdata.compare import panel
    from govdata.pipeline import extract_document

    text = ("2024年主要目标分解表\n序号\t指标\t目标值\t牵头单位\n1\t地区生产总值增速（%）\t6.5\t市发展改革委\n"
            "2024年各县市区主要经济指标目标分解\n县市区\t地区生产总值增速（%）\t固定资产投资增速（%）\n"
            "甲县\t7\t8\n乙区\t6\t5.5\n")
    meta = {"doc_id": "b", "region": "某市", "admin_code": "", "year": 2024,
            "doc_type": "target_breakdown"}
    ext = extract_document(text, meta)
    docs = pd.DataFrame({"doc_id": ["b"], "doc_type": ["target_breakdown"], "region": ["某市"],
                         "region_level": ["prefecture"], "province": ["某省"]})
    merged = consolidate(ext.targets, docs)[0]
    p = panel(attain(merged, ext.outcomes, docs), ext.outcomes, docs,
              national=pd.DataFrame(), targets=merged)
    gdp = p[p["indicator"] == "gdp"].set_index("region")
    assert gdp["target_value"].to_dict() == {"某市": 6.5, "甲县": 7.0, "乙区": 6.0}
    assert gdp.loc["甲县", ["level", "province"]].tolist() == ["county", "某省"]
    assert gdp.loc["某市", "level"] == "prefecture"


def test_a_region_no_document_is_of_gets_its_level_from_its_name():
    """A county a table of areas names is a county; a province a 全省目标 column names, a
    province; 全国, the country."""
    from govdata.compare import _level_named

    assert [_level_named(r) for r in ("德清县", "湖南省", "广西壮族自治区", "重庆市", "全国", "")] == [
        "county", "province", "province", "province", "national", ""]
