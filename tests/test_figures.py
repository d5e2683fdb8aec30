"""The figure house style: every chart function renders (no missing glyph, no warning), says
what it should, in Chinese or English; files are named for what they show; the PDF embeds the
CJK font and keeps the Chinese text extractable."""

import math
import re
import warnings

import matplotlib
import pandas as pd
import pytest
from scipy.stats import binomtest

from govdata import figures as F
from govdata.errors import GovdataError
from govdata.link import name_en

SOURCES = ["2023年《政府工作报告》重点工作任务完成情况"]


@pytest.fixture(autouse=True)
def _strict_and_closed():
    """Any warning (a missing glyph, a deprecation) fails the test; figures are closed after."""
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    plt.close("all")


def texts(fig) -> list[str]:
    """Every piece of text drawn on the figure (titles, labels, annotations, legends, ticks)."""
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


@pytest.fixture
def att():
    """Growth targets of one region and year, one per verdict kind."""
    return pd.DataFrame({
        "indicator": ["gdp", "general_budget_revenue", "retail_sales", "zh:其他营利性服务业营收"],
        "indicator_zh": ["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "其他营利性服务业营收"],
        "measure": ["growth_pct"] * 4, "unit": ["%"] * 4,
        "qualifier": ["about", "about", "at_least", "range"],
        "target_value": [8.0, 6.0, 9.0, 18.0], "target_high": [None, None, None, 20.0],
        "outcome_value": [5.8, 6.3, 9.5, 23.8], "gap": [-2.2, 0.3, 0.5, 3.8],
        "status": ["missed", "met", "exceeded", "exceeded"],
    })


@pytest.fixture
def panel():
    rows = []
    for region, gaps in {"宿州市": [-2.2, 0.3, 1.0], "徐州市": [-0.5, -1.5, 2.0],
                         "湖州市": [0.4, None, -3.0]}.items():
        for ind, zh, g in zip(["gdp", "retail_sales", "cpi"], ["地区生产总值", "社会消费品零售总额",
                                                               "居民消费价格涨幅"], gaps):
            status = ("not_assessable" if g is None else "met" if abs(g) <= 0.5 else
                      "exceeded" if g > 0 else "missed")
            rows.append({"region": region, "year": 2023, "indicator": ind, "indicator_zh": zh,
                         "gap": g, "status": status,
                         "region_level": "prefecture" if region != "湖州市" else "county"})
    return pd.DataFrame(rows)


def test_house_style_embeds_cjk_as_type3_and_keeps_svg_text_as_paths():
    F.use_house_style()
    assert matplotlib.rcParams["pdf.fonttype"] == 3
    assert matplotlib.rcParams["svg.fonttype"] == "path"
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"


def test_dumbbell_marks_misses_bands_and_gaps(att):
    fig = F.dumbbell(att, "宿州市2023年主要指标：目标与实际增速", SOURCES)
    ax = fig.axes[0]
    labels = {t.get_text(): t.get_color() for t in ax.get_yticklabels()}
    assert labels["地区生产总值"] == F.STATUS_COLOURS["missed"], "missed rows are highlighted"
    assert labels["一般公共预算收入"] != F.STATUS_COLOURS["missed"]
    # 左右 band is ±0.5 points around 8.0 and 6.0; the 18–20 range is drawn as its own band
    bands = sorted((round(p.get_x(), 3), round(p.get_width(), 3)) for p in ax.patches
                   if p.get_facecolor()[:3] == matplotlib.colors.to_rgb(F.BAND_GREY))
    assert bands == [(5.5, 1.0), (7.5, 1.0), (18.0, 2.0)]
    shown = texts(fig)
    assert {"-2.2", "+0.3", "+0.5", "+3.8"} <= set(shown)
    assert "资料来源：" + SOURCES[0] in shown
    assert any("左右" in t for t in shown) and "增速（%）" in shown


def test_dumbbell_in_english_uses_registry_names(att):
    fig = F.dumbbell(att, "Suzhou 2023: growth targets vs outcomes", SOURCES, lang="en")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert name_en("gdp") in labels and name_en("retail_sales") in labels
    assert "其他营利性服务业营收" in labels, "no English name → the Chinese name, not a blank"
    shown = texts(fig)
    assert "Source: " + SOURCES[0] in shown
    assert {"Missed", "Met", "Exceeded", "Target", "Growth (%)"} <= set(shown)


def test_dumbbell_refuses_mixed_units_and_empty_input(att):
    mixed = att.assign(unit=["%", "%", "亿元", "%"])
    with pytest.raises(GovdataError, match="one measure and unit"):
        F.dumbbell(mixed, "t", SOURCES)
    with pytest.raises(GovdataError, match="no rows"):
        F.dumbbell(att.assign(outcome_value=None), "t", SOURCES)


def test_heatmap_summarises_cells_and_orders_indicators_as_the_registry(panel):
    two = pd.concat([panel, panel.assign(gap=panel["gap"] + 1.0)])  # two rows per cell
    fig = F.heatmap(two, "region", "indicator", "各地区主要指标完成差距", SOURCES,
                    subtitle="Gap by region and indicator")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["地区生产总值", "社会消费品零售总额",
                                                            "居民消费价格涨幅"]
    cells = [t.get_text() for t in ax.texts]
    assert "-1.7" in cells and "+2.5" in cells  # (−2.2 + −1.2)/2 and (2.0 + 3.0)/2
    assert len(cells) == 8, "the missing 湖州市 retail cell has no number"


def test_heatmap_cell_is_the_median_not_pulled_by_one_outlier(panel):
    """Six misses and one target beaten by 30.9 points: the year's cell is a miss."""
    year = pd.DataFrame({"region": ["宿州市"] * 7, "year": [2023] * 7,
                         "gap": [-2.2, -1.9, -4.0, 30.9, -1.8, -2.9, -4.6]})
    fig = F.heatmap(year, "region", "year", "t", SOURCES)
    assert [t.get_text() for t in fig.axes[0].texts] == ["-2.2"]


def test_heatmap_colour_scale_is_not_washed_out_by_one_outlier(panel):
    spiky = panel.assign(gap=panel["gap"].where(panel["indicator"] != "cpi", 30.9))
    fig = F.heatmap(spiky, "region", "indicator", "t", SOURCES)
    norm = fig.axes[0].images[0].norm
    gaps = spiky["gap"].abs().dropna()
    assert norm.vmax == pytest.approx(3 * gaps.median()) and norm.vmax < 30.9
    assert "+30.9" in [t.get_text() for t in fig.axes[0].texts], "the number stays exact"


def test_gap_distribution_sorts_by_median_and_counts(panel):
    fig = F.gap_distribution(panel, "各指标完成差距分布", SOURCES, lang="en")
    ax = fig.axes[0]
    order = [t.get_text() for t in ax.get_yticklabels()]
    # medians from the top: cpi 1.0, gdp −0.5, retail −0.6
    assert order == [name_en("cpi"), name_en("gdp"), name_en("retail_sales")]
    assert texts(fig).count("n = 3") == 2 and "n = 2" in texts(fig)
    boxes = [p for p in ax.patches if p.get_facecolor()[:3] == matplotlib.colors.to_rgb("#F0F0F0")]
    assert len(boxes) == 2, "no box drawn for the group of two"
    single = F.gap_distribution(panel.head(1), "t", SOURCES)  # one target: a dot, no box
    assert not [p for p in single.axes[0].patches if p.get_facecolor()[:3] ==
                matplotlib.colors.to_rgb("#F0F0F0")]


def test_share_met_bars_and_labels(panel):
    fig = F.share_met(panel, "region_level", "各层级目标完成率", SOURCES)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["地级", "县级"]
    shown = texts(fig)
    # prefecture: met 0.3, −0.5; exceeded 1.0, 2.0; missed −2.2, −1.5 → 4 of 6; county: 1 of 2
    assert "67%  (n = 6)" in shown and "50%  (n = 2)" in shown
    with pytest.raises(GovdataError, match="assessable"):
        F.share_met(panel.assign(status="not_assessable"), "indicator", "t", SOURCES)


def test_required_path_compound_linear_and_average_growth():
    p = F.required_path(2020, 100.0, 2022, target_value=121.0)
    assert p["value"].round(6).tolist() == [100.0, 110.0, 121.0]
    lin = F.required_path(2020, 60.0, 2025, target_value=65.0, linear=True)
    assert lin["value"].round(6).tolist() == [60.0, 61.0, 62.0, 63.0, 64.0, 65.0]
    g = F.required_path(2020, 100.0, 2021, avg_growth_pct=7.0)
    assert g["value"].round(6).tolist() == [100.0, 107.0]
    with pytest.raises(GovdataError, match="not after"):
        F.required_path(2025, 1.0, 2020, target_value=2.0)


def test_trajectory_flags_behind_with_the_growth_still_needed():
    plan = pd.DataFrame({"indicator": ["gdp", "energy_intensity"], "base_year": [2020, 2020],
                         "base_value": [100.0, 100.0], "end_year": [2025, 2025],
                         "target_value": [100 * 1.1 ** 5, 86.5], "unit": ["亿元", "2020=100"]})
    outcomes = pd.DataFrame({"indicator": ["gdp", "gdp", "energy_intensity"],
                             "year": [2021, 2022, 2021], "value": [106.0, 115.0, 95.0]})
    fig = F.trajectory(outcomes, plan, "“十四五”规划主要指标进度", SOURCES)
    need = ((100 * 1.1 ** 5 / 115.0) ** (1 / 3) - 1) * 100  # from 2022 to 2025
    fall = (1 - (86.5 / 95.0) ** (1 / 4)) * 100
    shown = texts(fig)
    assert f"进度落后，此后年均需增长{need:.1f}%" in shown  # 115 < 121 on the 10% path
    assert f"进度达标，此后年均需下降{fall:.1f}%" in shown  # energy intensity should fall
    assert "地区生产总值（亿元）" in shown


def test_trajectory_takes_a_progress_table_as_it_is():
    plan = pd.DataFrame({"region": ["徐州市"], "indicator": ["gdp"], "measure": ["level"],
                         "base_year": [2020], "base_value": [7320.0], "end_year": [2025],
                         "target_value": [10000.0], "on_track": [True],
                         "required_rate_remaining": [5.2], "unit": ["亿元"]})
    outcomes = pd.DataFrame({"region": ["徐州市"], "indicator": ["gdp"], "year": [2021],
                             "value": [8117.0]})
    fig = F.trajectory(outcomes, plan, "徐州市“十四五”", SOURCES, lang="en")
    assert "On track, needs 5.2% a year from here" in texts(fig)


def test_bunching_test_counts_and_p_value():
    gaps = [-2.0, -0.3, -0.1, 0.0, 0.1, 0.2, 0.4, 1.0, None]
    t = F.bunching_test(gaps, bandwidth=0.5, min_n=1)
    assert (t["n"], t["below"], t["above"]) == (8, 2, 4)
    assert t["p"] == pytest.approx(binomtest(4, 6, 0.5).pvalue)
    assert math.isnan(F.bunching_test(gaps, bandwidth=0.5, min_n=10)["p"])


def test_bunching_chart_states_sample_size_and_test():
    gaps = pd.DataFrame({"gap": [-2.0, -0.3, -0.1, 0.0, 0.1, 0.2, 0.4, 1.0] * 2})
    fig = F.bunching(gaps, "实际值在目标附近的分布", SOURCES, lang="en")
    note = next(t for t in texts(fig) if t.startswith("n = 16"))
    assert "4 below, 8 at or above" in note
    assert f"two-sided exact binomial test p = {binomtest(8, 12, 0.5).pvalue:.3f}" in note
    few = F.bunching(gaps.head(3), "t", SOURCES)
    assert any("样本太少" in t for t in texts(few))


def test_figure_path_says_what_it_shows(tmp_path):
    assert F.figure_path("attainment", 2023, "suzhou-ah", root=tmp_path) == \
        tmp_path / "2023" / "suzhou-ah-attainment"
    assert F.figure_path("Gap heatmap region_indicator", lang="en", root=tmp_path) == \
        tmp_path / "gap-heatmap-region-indicator-en"
    with pytest.raises(GovdataError, match="ASCII"):
        F.figure_path("attainment", 2023, "宿州市", root=tmp_path)
    with pytest.raises(GovdataError, match="not supported"):
        F.figure_path("attainment", lang="fr", root=tmp_path)


def test_save_writes_png_svg_pdf_with_the_chinese_text_embedded(tmp_path, att):
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    title = "宿州市2023年主要指标：目标与实际增速"
    fig = F.dumbbell(att, title, SOURCES)
    files = F.save(fig, F.figure_path("attainment", 2023, "suzhou-ah", root=tmp_path))
    assert [f.name for f in files] == ["suzhou-ah-attainment.png", "suzhou-ah-attainment.svg",
                                       "suzhou-ah-attainment.pdf"]
    assert files[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and b"<svg" in files[1].read_bytes()
    with pdfplumber.open(files[2]) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        fonts = [resolve1(ref) for ref in
                 resolve1(resolve1(page.page_obj.attrs["Resources"])["Font"]).values()]
        assert title in text and "地区生产总值" in text and "资料来源" in text
        assert fonts
        for font in fonts:  # Type 3: the glyph outlines themselves are in the file
            assert "NotoSansCJK" in resolve1(font["BaseFont"]).name
            assert resolve1(font["Subtype"]).name == "Type3"
            assert len(resolve1(font["CharProcs"])) > 10
            assert "ToUnicode" in font, "text stays searchable and copyable"


def test_unknown_language_is_a_clear_error(att):
    with pytest.raises(GovdataError, match="'zh' or 'en'"):
        F.dumbbell(att, "t", SOURCES, lang="de")


def test_trajectory_uses_matching_single_year_outcomes_in_the_plans_unit():
    plan = pd.DataFrame({"region": ["徐州市"], "indicator": ["gdp"], "measure": ["level"],
                         "unit": ["万亿元"], "base_year": [2020], "base_value": [0.74],
                         "end_year": [2025], "target_value": [1.0],
                         "on_track": [None], "required_rate_remaining": [float("nan")]})
    outcomes = pd.DataFrame({
        "region": ["徐州市", "徐州市", "徐州市", "湖州市"], "indicator": ["gdp"] * 4,
        "measure": ["level", "growth_pct", "level", "level"], "unit": ["亿元", "%", "亿元", "亿元"],
        "year": [2021, 2021, 2022, 2022], "value": [8117.0, 8.7, 40000.0, 3000.0],
        "period_start": [None, None, 2021, None]})
    fig = F.trajectory(outcomes, plan, "徐州市“十四五”", SOURCES)
    need = ((1.0 / 0.8117) ** (1 / 4) - 1) * 100
    assert f"进度达标，此后年均需增长{need:.1f}%" in texts(fig)
    line = next(ln for ln in fig.axes[0].get_lines() if ln.get_marker() == "o")
    assert list(line.get_xdata()) == [2020, 2021] and line.get_ydata()[1] == pytest.approx(0.8117)


def test_a_failed_save_leaves_the_earlier_file_and_no_temporary_one(tmp_path, att, monkeypatch):
    path = F.figure_path("attainment", root=tmp_path)
    fig = F.dumbbell(att, "宿州市2023年主要指标", SOURCES)
    (png,) = F.save(fig, path, formats=("png",))
    before = png.read_bytes()

    def broken(*args, **kwargs):
        with open(args[0], "wb") as fh:  # as a save that dies half-way
            fh.write(b"half a figure")
        raise OSError("disk full")

    monkeypatch.setattr(fig, "savefig", broken)
    with pytest.raises(OSError, match="disk full"):
        F.save(fig, path, formats=("png",))
    assert png.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attainment.png"]


def test_trajectory_legend_lists_only_the_statuses_shown():
    plan = pd.DataFrame({"indicator": ["gdp"], "base_year": [2020], "base_value": [100.0],
                         "end_year": [2025], "target_value": [150.0], "unit": ["亿元"]})
    none_yet = pd.DataFrame({"indicator": [], "year": [], "value": []})
    shown = texts(F.trajectory(none_yet, plan, "“十四五”规划主要指标进度", SOURCES))
    assert "期末目标" in shown and "进度达标" not in shown and "进度落后" not in shown
    on_track = pd.DataFrame({"indicator": ["gdp"], "year": [2021], "value": [110.0]})
    shown = texts(F.trajectory(on_track, plan, "“十四五”规划主要指标进度", SOURCES))
    assert "进度达标" in shown and "进度落后" not in shown


@pytest.mark.parametrize("region,en", [
    ("宿州市", "Suzhou (Anhui)"), ("苏州市", "Suzhou (Jiangsu)"),  # two prefectures read Suzhou
    ("徐州市", "Xuzhou"), ("西安市", "Xi'an"), ("重庆市", "Chongqing"), ("海拉尔区", "Haila'er District"),
    ("全国", "China"),
])
def test_region_names_in_english_charts(region, en):
    assert F.region_label(region, "en") == en
    assert F.region_label(region, "zh") == region


def test_english_heatmap_labels_regions_in_english(panel):
    fig = F.heatmap(panel, "region", "indicator", "t", SOURCES, lang="en")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels and all(re.fullmatch(r"[A-Za-z' ()]+", x) for x in labels), labels


@pytest.mark.parametrize("unit,en", [("万亿元", "trillion yuan"), ("亿元", "100 million yuan"),
                                     ("万人", "10,000 people"), ("岁", "years"), ("%", "%"),
                                     ("件", "件")])
def test_units_in_english_charts(unit, en):
    assert F.unit_label(unit, "en") == en and F.unit_label(unit, "zh") == unit
