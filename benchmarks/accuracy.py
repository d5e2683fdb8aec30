"""Accuracy of the extractor against hand labels (tests/fixtures/labels/): recall and precision
per document, per kind and per measure, and qualifier agreement on the matched rows.

A labelled row is recalled when an extracted row of the same kind has the same value (and unit
after scaling) and its span overlaps the label's snippet. Precision is measured inside the
labelled scope only (the item range, or the stretch of text the labels cover).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govdata.formats.markdown import inline_text
from govdata.normalise import normalise
from govdata.numbers import to_base
from govdata.paths import PROJ_ROOT
from govdata.pipeline import extract_document
from govdata.read import read

from .common import record

LABELS = PROJ_ROOT / "tests" / "fixtures" / "labels"
SHARED = PROJ_ROOT.parent / "shared"
UNSEEN = PROJ_ROOT / "tests" / "fixtures" / "unseen"


@dataclass(frozen=True)
class Case:
    label_file: str
    path: Path
    meta: dict
    items: tuple[str, ...] = ()  # restrict scope to these items (completion reports)


def _meta(doc_id, region, year, doc_type, code="", level=""):
    return {"doc_id": doc_id, "region": region, "admin_code": code, "year": year,
            "doc_type": doc_type, "region_level": level}


CASES = [
    Case("suzhou_2023_completion.csv", PROJ_ROOT / "data/raw/suzhou-2023-completion-report.txt",
         _meta("suzhou", "宿州市", 2023, "completion_report", "341300"),
         tuple(str(i) for i in range(1, 41))),
    Case("xuzhou_2024_work_report.csv", PROJ_ROOT / "data/raw/xuzhou-2024-work-report.txt",
         _meta("xuzhou-wr", "徐州市", 2024, "work_report", "320300")),
    Case("national_2024.csv", SHARED / "corpus/national/2024.txt",
         _meta("national-2024", "全国", 2024, "work_report", "100000")),
    Case("national_2019.csv", SHARED / "corpus/national/2019.txt",
         _meta("national-2019", "全国", 2019, "work_report", "100000")),
    Case("hailar_2018.csv", SHARED / "corpus/hailar/2018.txt",
         _meta("hailar-2018", "海拉尔区", 2018, "work_report")),
    Case("xuzhou_2024_breakdown.csv", PROJ_ROOT / "data/raw/xuzhou-2024-target-breakdown.txt",
         _meta("xuzhou-bd", "徐州市", 2024, "target_breakdown", "320300"),
         tuple(str(i) for i in range(1, 51))),
    Case("xuzhou_2021_plan.csv", PROJ_ROOT / "data/raw/xuzhou-2021-2025-plan-proposal.txt",
         _meta("xuzhou-plan", "徐州市", 2021, "five_year_plan", "320300")),
    Case("huzhou_2021_breakdown.csv", PROJ_ROOT / "data/raw/huzhou-2021-target-breakdown.txt",
         _meta("huzhou-bd", "湖州市", 2021, "target_breakdown", "330500"), ("labelled",)),
    # documents written for testing, in layouts the seeds do not have (tests/fixtures/unseen/)
    Case("taizhou_2023_completion.csv", UNSEEN / "taizhou-2023-completion.txt",
         _meta("taizhou", "泰州市", 2023, "completion_report", "321200"), ("labelled",)),
    Case("deqing_2023_completion_xlsx.csv", UNSEEN / "deqing-2023-completion.xlsx",
         _meta("deqing", "德清县", 2023, "completion_report"), ("labelled",)),
    Case("hengyang_2024_plan_report.csv", UNSEEN / "hengyang-2024-plan-report.html",
         _meta("hengyang", "衡阳市", 2024, "work_report", "430400")),
    Case("renhuai_2024_work_report.csv", UNSEEN / "renhuai-2024-work-report.docx",
         _meta("renhuai", "仁怀市", 2024, "work_report")),
    Case("wuhu_2024_breakdown.csv", UNSEEN / "wuhu-2024-breakdown.docx",
         _meta("wuhu", "芜湖市", 2024, "target_breakdown", "340200"), ("labelled",)),
    Case("jiangxi_2024_work_report.csv", UNSEEN / "jiangxi-2024-work-report.txt",
         _meta("jiangxi", "江西省", 2024, "work_report", "360000")),
    Case("luoyang_2021_plan_outline.csv", UNSEEN / "luoyang-2021-plan-outline.html",
         _meta("luoyang", "洛阳市", 2021, "five_year_plan", "410300")),
    Case("yancheng_2023_completion_pdf.csv", UNSEEN / "yancheng-2023-completion.pdf",
         _meta("yancheng", "盐城市", 2023, "completion_report", "320900"), ("labelled",)),
    Case("renshou_2023_completion.csv", UNSEEN / "renshou-2023-completion.html",
         _meta("renshou-c", "仁寿县", 2023, "completion_report"), ("labelled",)),
    Case("renshou_2024_work_report.csv", UNSEEN / "renshou-2024-work-report.html",
         _meta("renshou-w", "仁寿县", 2024, "work_report")),
    Case("enshi_2024_breakdown.csv", UNSEEN / "enshi-2024-breakdown.docx",
         _meta("enshi", "恩施土家族苗族自治州", 2024, "target_breakdown", "422800"), ("labelled",)),
    Case("tongxiang_2023_communique.csv", UNSEEN / "tongxiang-2023-communique.html",
         _meta("tongxiang", "桐乡市", 2023, "statistical_communique")),
    Case("mianyang_2024_breakdown_xlsx.csv", UNSEEN / "mianyang-2024-breakdown.xlsx",
         _meta("mianyang", "绵阳市", 2024, "target_breakdown", "510700"), ("labelled",)),
    Case("wuhu_2023_plan_midterm_review.csv", UNSEEN / "wuhu-2023-plan-midterm-review.docx",
         _meta("wuhu-review", "芜湖市", 2023, "work_report", "340200")),
    Case("changzhou_2006_work_report.csv", UNSEEN / "changzhou-2006-work-report.txt",
         _meta("changzhou", "常州市", 2006, "work_report", "320400")),
    Case("xiangyang_2022_work_report.csv", UNSEEN / "xiangyang-2022-work-report.html",
         _meta("xiangyang", "襄阳市", 2022, "work_report", "420600")),
    Case("dazhou_2024_work_report.csv", UNSEEN / "dazhou-2024-work-report.docx",
         _meta("dazhou", "达州市", 2024, "work_report", "511700")),
    Case("guangan_2024_q3_progress.csv", UNSEEN / "guangan-2024-q3-progress.html",
         _meta("guangan", "广安市", 2024, "statistical_communique", "511600")),
    Case("ganzhou_2021_plan_outline.csv", UNSEEN / "ganzhou-2021-plan-outline.txt",
         _meta("ganzhou", "赣州市", 2021, "five_year_plan", "360700")),
    Case("pingliang_2024_responsibility.csv", UNSEEN / "pingliang-2024-responsibility.docx",
         _meta("pingliang", "崆峒区", 2024, "target_breakdown")),
    Case("zhaotong_2024_infographic.csv", UNSEEN / "zhaotong-2024-infographic.html",
         _meta("zhaotong", "昭通市", 2024, "work_report", "530600")),
    Case("anshun_2023_indicator_series.csv", UNSEEN / "anshun-2023-indicator-series.html",
         _meta("anshun", "安顺市", 2023, "statistical_communique", "520400")),
    Case("yichun_2024_breakdown_leaders.csv", UNSEEN / "yichun-2024-breakdown-leaders.docx",
         _meta("yichun", "宜春市", 2024, "target_breakdown", "360900"), ("labelled",)),
    Case("zigong_2023_communique_gbk.csv", UNSEEN / "zigong-2023-communique-gbk.txt",
         _meta("fushun", "富顺县", 2023, "statistical_communique")),
    Case("qujing_2016_plan_outline.csv", UNSEEN / "qujing-2016-plan-outline.docx",
         _meta("qujing", "曲靖市", 2016, "five_year_plan", "530300")),
    Case("liupanshui_2024_work_report_pdf.csv", UNSEEN / "liupanshui-2024-work-report.pdf",
         _meta("liupanshui", "六盘水市", 2024, "work_report", "520200")),
    Case("baoshan_2023_completion_mhtml.csv", UNSEEN / "baoshan-2023-completion.mht",
         _meta("baoshan", "保山市", 2023, "completion_report", "530500"), ("labelled",)),
    Case("chuzhou_2026_plan_outline.csv", UNSEEN / "chuzhou-2026-plan-outline.html",
         _meta("chuzhou", "滁州市", 2026, "five_year_plan", "341100")),
    Case("jingzhou_2025_key_projects.csv", UNSEEN / "jingzhou-2025-key-projects.xlsx",
         _meta("jingzhou", "荆州市", 2025, "target_breakdown", "421000")),
    Case("yulin_2023_livelihood_projects.csv", UNSEEN / "yulin-2023-livelihood-projects.txt",
         _meta("yulin", "玉林市", 2023, "completion_report", "450900")),
    Case("nanchong_2025_work_report_wechat.csv", UNSEEN / "nanchong-2025-work-report-wechat.html",
         _meta("nanchong", "南充市", 2025, "work_report", "511300")),
    Case("liuzhou_2024_environment_work_plan.csv",
         UNSEEN / "liuzhou-2024-environment-work-plan.docx",
         _meta("liuzhou", "柳州市", 2024, "work_report", "450200")),
    Case("jiujiang_2024_press_conference.csv", UNSEEN / "jiujiang-2024-press-conference.html",
         _meta("jiujiang", "九江市", 2024, "statistical_communique", "360400")),
    Case("tonglu_2024_county_work_report.csv", UNSEEN / "tonglu-2024-county-work-report.docx",
         _meta("tonglu", "桐庐县", 2024, "work_report")),
    Case("handan_2006_plan_outline_utf16.csv", UNSEEN / "handan-2006-plan-outline-utf16.txt",
         _meta("handan", "邯郸市", 2006, "five_year_plan", "130400")),
    Case("changde_2025_breakdown_rowspan.csv", UNSEEN / "changde-2025-breakdown-rowspan.html",
         _meta("changde", "常德市", 2025, "target_breakdown", "430700")),
    Case("shaoguan_2023_county_indicators.csv", UNSEEN / "shaoguan-2023-county-indicators.docx",
         _meta("shaoguan", "韶关市", 2023, "statistical_communique", "440200")),
    Case("zhuzhou_2024_breakdown_tracked.csv", UNSEEN / "zhuzhou-2024-breakdown-tracked.docx",
         _meta("zhuzhou", "株洲市", 2024, "target_breakdown", "430200")),
    Case("ganzi_2024_work_report.csv", UNSEEN / "ganzi-2024-work-report.txt",
         _meta("ganzi", "甘孜藏族自治州", 2024, "work_report", "513300")),
    Case("xilingol_2023_completion.csv", UNSEEN / "xilingol-2023-completion.xlsx",
         _meta("xilingol", "锡林郭勒盟", 2023, "completion_report", "152500")),
    Case("shangrao_2012_work_report_oldsite.csv", UNSEEN / "shangrao-2012-work-report-oldsite.html",
         _meta("shangrao", "上饶市", 2012, "work_report", "361100")),
    Case("guizhou_2025_province_work_report.csv",
         UNSEEN / "guizhou-2025-province-work-report.html",
         _meta("guizhou", "贵州省", 2025, "work_report", "520000")),
    Case("zunyi_2021_plan_outline_textboxes.csv",
         UNSEEN / "zunyi-2021-plan-outline-textboxes.docx",
         _meta("zunyi", "遵义市", 2021, "five_year_plan", "520300")),
    Case("luzhou_2025_work_report_interpretation.csv",
         UNSEEN / "luzhou-2025-work-report-interpretation.html",
         _meta("luzhou", "泸州市", 2025, "work_report", "510500")),
    Case("yibin_2023_communique_twocolumn.csv", UNSEEN / "yibin-2023-communique-twocolumn.pdf",
         _meta("yibin", "宜宾市", 2023, "statistical_communique", "511500")),
    Case("meixi_2024_township_work_report.csv", UNSEEN / "meixi-2024-township-work-report.txt",
         _meta("meixi", "梅溪镇", 2024, "work_report")),
    Case("yueqing_2024_half_year_summary.csv", UNSEEN / "yueqing-2024-half-year-summary.docx",
         _meta("yueqing", "乐清市", 2024, "work_report")),
    Case("xiuning_2025_budget_report.csv", UNSEEN / "xiuning-2025-budget-report.html",
         _meta("xiuning", "休宁县", 2025, "work_report")),
    Case("huaihua_2024_three_year_action_plan.csv",
         UNSEEN / "huaihua-2024-three-year-action-plan.docx",
         _meta("huaihua", "怀化市", 2024, "five_year_plan", "431200")),
    Case("bengbu_2024_executive_meeting_news.csv",
         UNSEEN / "bengbu-2024-executive-meeting-news.html",
         _meta("bengbu", "蚌埠市", 2024, "statistical_communique", "340300")),
    Case("jining_2025_county_targets.csv", UNSEEN / "jining-2025-county-targets.xlsx",
         _meta("jining", "济宁市", 2025, "target_breakdown", "370800")),
    Case("xiangtan_2024_monthly_statistics.csv", UNSEEN / "xiangtan-2024-monthly-statistics.html",
         _meta("xiangtan", "湘潭市", 2024, "statistical_communique", "430300")),
    Case("lishui_2023_assessment_results.csv", UNSEEN / "lishui-2023-assessment-results.docx",
         _meta("lishui", "丽水市", 2023, "completion_report", "331100")),
    Case("zhangjiajie_2023_completion_alternating.csv",
         UNSEEN / "zhangjiajie-2023-completion-alternating.xlsx",
         _meta("zhangjiajie", "张家界市", 2023, "completion_report", "430800")),
    Case("quzhou_2025_work_report_divgrid.csv", UNSEEN / "quzhou-2025-work-report-divgrid.html",
         _meta("quzhou", "衢州市", 2025, "work_report", "330800")),
    Case("jinhua_2025_fifteenth_plan_proposal.csv",
         UNSEEN / "jinhua-2025-fifteenth-plan-proposal.docx",
         _meta("jinhua", "金华市", 2026, "five_year_plan", "330700")),
    Case("hefei_2025_performance_targets.csv", UNSEEN / "hefei-2025-performance-targets.xlsx",
         _meta("hefei", "合肥市", 2025, "work_report", "340100")),
    Case("shaoxing_2022_carbon_peak_plan.csv", UNSEEN / "shaoxing-2022-carbon-peak-plan.docx",
         _meta("shaoxing", "绍兴市", 2022, "five_year_plan", "330600")),
    Case("nanning_2024_development_zone_report.csv",
         UNSEEN / "nanning-2024-development-zone-report.html",
         _meta("nanning", "南宁经济技术开发区", 2025, "work_report")),
    Case("xiangxi_2025_work_points.csv", UNSEEN / "xiangxi-2025-work-points.docx",
         _meta("xiangxi", "湘西土家族苗族自治州", 2025, "work_report", "433100")),
    Case("shiyan_2024_economic_work_conference_speech.csv",
         UNSEEN / "shiyan-2024-economic-work-conference-speech.txt",
         _meta("shiyan", "十堰市", 2024, "work_report", "420300")),
    Case("aksu_2024_work_report.csv", UNSEEN / "aksu-2024-work-report.html",
         _meta("aksu", "阿克苏地区", 2024, "work_report", "652900")),
    Case("jiaxing_2024_monthly_indicators.csv", UNSEEN / "jiaxing-2024-monthly-indicators.xlsx",
         _meta("jiaxing", "嘉兴市", 2024, "statistical_communique", "330400")),
    Case("ningde_2024_breakdown.csv", UNSEEN / "ningde-2024-breakdown.xls",
         _meta("ningde", "宁德市", 2024, "target_breakdown", "350900")),
    Case("xinyang_2024_work_report_pre.csv", UNSEEN / "xinyang-2024-work-report-pre.html",
         _meta("xinyang", "光山县", 2024, "work_report", "411522")),
    Case("dengfeng_2024_work_report.csv", UNSEEN / "dengfeng-2024-work-report.doc",
         _meta("dengfeng", "登封市", 2024, "work_report", "410185")),
    Case("qionghai_2024_work_report_ol.csv", UNSEEN / "qionghai-2024-work-report-ol.html",
         _meta("qionghai", "琼海市", 2024, "work_report", "469002")),
    Case("qingyuan_2024_plan_document.csv", UNSEEN / "qingyuan-2024-plan-document.docx",
         _meta("qingyuan", "清远市", 2024, "work_report", "441800")),
    Case("jingdezhen_2024_breakdown_doc.csv", UNSEEN / "jingdezhen-2024-breakdown-doc.doc",
         _meta("jingdezhen", "景德镇市", 2024, "target_breakdown", "360200")),
    Case("weifang_2024_npc_review_report.csv", UNSEEN / "weifang-2024-npc-review-report.pdf",
         _meta("weifang", "潍坊市", 2024, "work_report", "370700")),
    Case("yingtan_2026_work_report.csv", UNSEEN / "yingtan-2026-work-report.html",
         _meta("yingtan", "鹰潭市", 2026, "work_report", "360600")),
    Case("zhoukou_2024_yearbook_overview.csv", UNSEEN / "zhoukou-2024-yearbook-overview.html",
         _meta("zhoukou", "周口市", 2023, "statistical_communique", "411600")),
    Case("yangjiang_2024_work_report_footnotes.csv",
         UNSEEN / "yangjiang-2024-work-report-footnotes.docx",
         _meta("yangjiang", "阳江市", 2024, "work_report", "441700")),
    Case("huangshan_2025_half_year_report_doc.csv",
         UNSEEN / "huangshan-2025-half-year-report-doc.doc",
         _meta("huangshan", "黄山市", 2025, "work_report", "341000")),    Case("anqing_2024_work_report_spaced.csv", UNSEEN / "anqing-2024-work-report-spaced.txt",
         _meta("anqing", "安庆市", 2024, "work_report", "340800")),
    Case("baiyin_2025_work_report_layout_table.csv",
         UNSEEN / "baiyin-2025-work-report-layout-table.docx",
         _meta("baiyin", "白银市", 2025, "work_report", "620400")),
    Case("taiyuan_2024_plan_report_phrasing.csv",
         UNSEEN / "taiyuan-2024-plan-report-phrasing.html",
         _meta("taiyuan", "太原市", 2025, "work_report", "140100")),
    Case("shaoyang_2025_work_report_province_column.csv",
         UNSEEN / "shaoyang-2025-work-report-province-column.html",
         _meta("shaoyang", "邵阳市", 2025, "work_report", "430500")),    Case("jieyang_2025_work_report_spa.csv", UNSEEN / "jieyang-2025-work-report-spa.html",
         _meta("jieyang", "揭阳市", 2025, "work_report", "445200")),
    Case("chenzhou_2024_breakdown_landscape.csv",
         UNSEEN / "chenzhou-2024-breakdown-landscape.pdf",
         _meta("chenzhou", "郴州市", 2024, "target_breakdown", "431000")),
    Case("yuxi_2024_work_report_span_noise.csv", UNSEEN / "yuxi-2024-work-report-span-noise.html",
         _meta("yuxi", "玉溪市", 2024, "work_report", "530400")),
    Case("zibo_2025_targets_opendata.csv", UNSEEN / "zibo-2025-targets-opendata.csv",
         _meta("zibo", "淄博市", 2025, "target_breakdown", "370300")),    Case("qinzhou_2024_work_report_charset_lie.csv",
         UNSEEN / "qinzhou-2024-work-report-charset-lie.html",
         _meta("qinzhou", "钦州市", 2024, "work_report", "450700")),
    Case("wuzhou_2025_work_report_wechat.csv", UNSEEN / "wuzhou-2025-work-report-wechat.mhtml",
         _meta("wuzhou", "梧州市", 2025, "work_report", "450400")),    Case("xianning_2024_work_report_spaced.csv", UNSEEN / "xianning-2024-work-report-spaced.pdf",
         _meta("xianning", "咸宁市", 2024, "work_report", "421200")),    Case("meizhou_2024_work_report_newspaper.csv",
         UNSEEN / "meizhou-2024-work-report-newspaper.pdf",
         _meta("meizhou", "梅州市", 2024, "work_report", "441400")),
    Case("fuyang_2024_breakdown_rtf.csv", UNSEEN / "fuyang-2024-breakdown-rtf.rtf",
         _meta("fuyang", "阜阳市", 2024, "target_breakdown", "341200")),
    Case("linyi_2025_work_report.csv", UNSEEN / "linyi-2025-work-report.ofd",
         _meta("linyi", "临沂市", 2025, "work_report", "371300")),
    Case("kaifeng_2025_work_report_traditional.csv",
         UNSEEN / "kaifeng-2025-work-report-traditional.html",
         _meta("kaifeng", "开封市", 2025, "work_report", "410200")),
    Case("mianxian_2024_county_work_report.csv", UNSEEN / "mianxian-2024-county-work-report.odt",
         _meta("mianxian", "勉县", 2024, "work_report", "610725")),
    Case("nanyang_2024_party_congress_report_numerals.csv",
         UNSEEN / "nanyang-2024-party-congress-report-numerals.txt",
         _meta("nanyang", "南阳市", 2024, "work_report", "411300")),
    Case("xinxiang_2021_2024_targets_comparison.csv",
         UNSEEN / "xinxiang-2021-2024-targets-comparison.html",
         _meta("xinxiang", "新乡市", 2024, "statistical_communique", "410700")),
    Case("baoji_2024_work_report_ocr.csv", UNSEEN / "baoji-2024-work-report-ocr.pdf",
         _meta("baoji", "宝鸡市", 2024, "work_report", "610300")),
    Case("zhumadian_2024_work_report_hardwrapped.csv",
         UNSEEN / "zhumadian-2024-work-report-hardwrapped.docx",
         _meta("zhumadian", "驻马店市", 2024, "work_report", "411700")),
    Case("yanbian_2024_work_report_bilingual.csv", UNSEEN / "yanbian-2024-work-report-bilingual.html",
         _meta("yanbian", "延边朝鲜族自治州", 2024, "work_report", "222400")),
    Case("wanzhou_2024_district_work_report.csv", UNSEEN / "wanzhou-2024-district-work-report.docx",
         _meta("wanzhou", "万州区", 2024, "work_report", "500101", "county")),
    Case("jinzhong_2023_communique_radicals.csv", UNSEEN / "jinzhong-2023-communique-radicals.pdf",
         _meta("jinzhong", "晋中市", 2023, "statistical_communique", "140700")),
    Case("panzhihua_2024_work_report_slides.csv", UNSEEN / "panzhihua-2024-work-report-slides.pdf",
         _meta("panzhihua", "攀枝花市", 2024, "work_report", "510400")),
    Case("zhoushan_2024_work_report_review_draft.csv",
         UNSEEN / "zhoushan-2024-work-report-review-draft.docx",
         _meta("zhoushan", "舟山市", 2024, "work_report", "330900")),
    Case("rizhao_2024_work_report_spread.csv", UNSEEN / "rizhao-2024-work-report-spread.pdf",
         _meta("rizhao", "日照市", 2024, "work_report", "371100")),
    Case("xingtai_2024_economic_work_plan.csv", UNSEEN / "xingtai-2024-economic-work-plan.docx",
         _meta("xingtai", "邢台市", 2024, "target_breakdown", "130500")),
    Case("dezhou_2025_work_report_altchunk.csv", UNSEEN / "dezhou-2025-work-report-altchunk.docx",
         _meta("dezhou", "德州市", 2025, "work_report", "371400")),
    Case("leshan_2025_work_report_app_page.csv", UNSEEN / "leshan-2025-work-report-app-page.html",
         _meta("leshan", "乐山市", 2025, "work_report", "511100")),
    Case("ankang_2024_county_targets_sheets.csv", UNSEEN / "ankang-2024-county-targets-sheets.xlsx",
         _meta("ankang", "安康市", 2024, "target_breakdown", "610900")),
    Case("huanggang_2025_work_report_page1.csv", UNSEEN / "huanggang-2025-work-report-page1.html",
         _meta("huanggang-1", "黄冈市", 2025, "work_report", "421100")),
    Case("huanggang_2025_work_report_page2.csv", UNSEEN / "huanggang-2025-work-report-page2.html",
         _meta("huanggang-2", "黄冈市", 2025, "work_report", "421100")),
    Case("huanggang_2025_work_report_page3.csv", UNSEEN / "huanggang-2025-work-report-page3.html",
         _meta("huanggang-3", "黄冈市", 2025, "work_report", "421100")),
    Case("jingmen_2024_quarterly_targets.csv", UNSEEN / "jingmen-2024-quarterly-targets.xlsx",
         _meta("jingmen", "荆门市", 2024, "target_breakdown", "420800")),
    Case("sichuan_2025_plan_report_estimates.csv", UNSEEN / "sichuan-2025-plan-report-estimates.docx",
         _meta("sichuan", "四川省", 2025, "work_report", "510000", "province")),
    Case("zhanjiang_2023_completion_browser_print.csv",
         UNSEEN / "zhanjiang-2023-completion-browser-print.pdf",
         _meta("zhanjiang", "湛江市", 2023, "completion_report", "440800")),
    Case("zhaoqing_2024_completion_hidden.csv", UNSEEN / "zhaoqing-2024-completion-hidden.xlsx",
         _meta("zhaoqing", "肇庆市", 2024, "completion_report", "441200")),
    Case("lijiang_2025_work_report_markdown.csv", UNSEEN / "lijiang-2025-work-report-markdown.md",
         _meta("lijiang", "丽江市", 2025, "work_report", "530700")),
    Case("zhangzhou_2024_work_report_pdf2word.csv",
         UNSEEN / "zhangzhou-2024-work-report-pdf2word.docx",
         _meta("zhangzhou", "漳州市", 2024, "work_report", "350600")),
    Case("yulinsx_2024_work_report_mojibake.csv", UNSEEN / "yulinsx-2024-work-report-mojibake.txt",
         _meta("yulinsx", "榆林市", 2024, "work_report", "610800")),
    Case("hengshui_2025_targets_titled.csv", UNSEEN / "hengshui-2025-targets-titled.csv",
         _meta("hengshui", "衡水市", 2025, "target_breakdown", "131100")),
    Case("quanzhou_2025_work_report_smartart.csv",
         UNSEEN / "quanzhou-2025-work-report-smartart.docx",
         _meta("quanzhou", "泉州市", 2025, "work_report", "350500")),
    Case("luan_2024_county_indicators_3row.csv", UNSEEN / "luan-2024-county-indicators-3row.xlsx",
         _meta("luan", "六安市", 2024, "completion_report", "341500")),
    Case("shangqiu_2025_work_report_counters.csv",
         UNSEEN / "shangqiu-2025-work-report-counters.html",
         _meta("shangqiu", "商丘市", 2025, "work_report", "411400")),
    Case("tieling_2010_work_report_docwrite.csv", UNSEEN / "tieling-2010-work-report-docwrite.html",
         _meta("tieling", "铁岭市", 2010, "work_report", "211200")),
    Case("dongying_2025_targets_opendata.csv", UNSEEN / "dongying-2025-targets-opendata.json",
         _meta("dongying", "东营市", 2025, "target_breakdown", "370500")),
    Case("binzhou_2026_plan_outline_toc.csv", UNSEEN / "binzhou-2026-plan-outline-toc.pdf",
         _meta("binzhou", "滨州市", 2026, "five_year_plan", "371600")),
    Case("luohe_2025_work_report_slides.csv", UNSEEN / "luohe-2025-work-report-slides.pptx",
         _meta("luohe", "漯河市", 2025, "work_report", "411100")),
    Case("yueyang_2025_work_report_charts.csv", UNSEEN / "yueyang-2025-work-report-charts.pptx",
         _meta("yueyang", "岳阳市", 2025, "work_report", "430600")),
    Case("nantong_2025_breakdown_ods.csv", UNSEEN / "nantong-2025-breakdown-ods.ods",
         _meta("nantong", "南通市", 2025, "target_breakdown", "320600")),
    Case("lianyungang_2024_completion_word_html.csv",
         UNSEEN / "lianyungang-2024-completion-word-html.htm",
         _meta("lianyungang", "连云港市", 2024, "completion_report", "320700")),
    Case("deyang_2024_department_summary.csv", UNSEEN / "deyang-2024-department-summary.docx",
         _meta("deyang", "德阳市", 2025, "work_report", "510600")),
    Case("chizhou_2024_plan_adjustment.csv", UNSEEN / "chizhou-2024-plan-adjustment.html",
         _meta("chizhou", "池州市", 2024, "work_report", "341700")),
    Case("suizhou_2025_notice_content_controls.csv",
         UNSEEN / "suizhou-2025-notice-content-controls.docx",
         _meta("suizhou", "随州市", 2025, "target_breakdown", "421300")),
    Case("xuancheng_2024_assessment_scores.csv", UNSEEN / "xuancheng-2024-assessment-scores.xlsx",
         _meta("xuancheng", "宣城市", 2024, "completion_report", "341800")),
    Case("baoding_2024_midyear_economic_speech.csv",
         UNSEEN / "baoding-2024-midyear-economic-speech.docx",
         _meta("baoding", "保定市", 2024, "work_report", "130600")),
    Case("tongling_2024_plenary_communique.csv", UNSEEN / "tongling-2024-plenary-communique.html",
         _meta("tongling", "铜陵市", 2025, "work_report", "340700")),
    Case("jiangmen_2025_responsibility_contract.csv",
         UNSEEN / "jiangmen-2025-responsibility-contract.docx",
         _meta("jiangmen", "台山市", 2025, "target_breakdown", "440781")),
    Case("huicheng_2025_work_report_abbreviations.csv",
         UNSEEN / "huicheng-2025-work-report-abbreviations.txt",
         _meta("huicheng", "惠城区", 2025, "work_report", "441302")),
    Case("xianyang_2025_targets_unicode_text.csv", UNSEEN / "xianyang-2025-targets-unicode-text.txt",
         _meta("xianyang", "咸阳市", 2025, "target_breakdown", "610400")),
    Case("yichang_2025_work_report_phrasings.csv", UNSEEN / "yichang-2025-work-report-phrasings.html",
         _meta("yichang", "宜昌市", 2025, "work_report", "420500")),
    Case("maanshan_2025_work_report_embedded_excel.csv",
         UNSEEN / "maanshan-2025-work-report-embedded-excel.docx",
         _meta("maanshan", "马鞍山市", 2025, "work_report", "340500")),
    Case("shucheng_2025_work_report_pdf_long_table.csv",
         UNSEEN / "shucheng-2025-work-report-pdf-long-table.pdf",
         _meta("shucheng", "舒城县", 2025, "work_report", "341523")),
    Case("fuzhou_2025_breakdown_cell_phrasings.csv",
         UNSEEN / "fuzhou-2025-breakdown-cell-phrasings.xlsx",
         _meta("fuzhou", "抚州市", 2025, "target_breakdown", "361000")),
    Case("national_2026_fifteenth_plan_outline.csv",
         UNSEEN / "national-2026-fifteenth-plan-outline.html",
         _meta("national_plan", "全国", 2026, "five_year_plan", "100000")),
    Case("guichi_2024_statistical_communique.csv",
         UNSEEN / "guichi-2024-statistical-communique.docx",
         _meta("guichi", "贵池区", 2024, "statistical_communique", "341702")),
]


def _same_value(a: float, ua: str, b: float, ub: str) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    # the same quantity written two ways: ×2 (翻一番, unit 倍) is growth of 100%
    if ua == "倍" and ub == "%" and not pd.isna(a):
        a, ua = 100 * (float(a) - 1), "%"
    if ub == "倍" and ua == "%" and not pd.isna(b):
        b, ub = 100 * (float(b) - 1), "%"
    if pd.isna(a) or pd.isna(b):
        return False
    x, y = to_base(float(a), ua or ""), to_base(float(b), ub or "")
    if x and y and x[1] == y[1]:
        return abs(x[0] - y[0]) < 1e-6 * max(1, abs(x[0])) or _rounded(x[0], y[0])
    return abs(float(a) - float(b)) < 1e-6 or _rounded(float(a), float(b))


def _rounded(a: float, b: float) -> bool:
    """One is the other rounded to one decimal: a fraction in words (三分之一, 33.333…%) that a
    labeller wrote as 33.3."""
    return round(a, 1) == b or round(b, 1) == a


def _occurrences(snippet: str, text: str) -> list[tuple[int, int]]:
    """Where ``snippet`` occurs in ``text``; for text wrapped by hard line breaks (as from a
    PDF), where it occurs once the breaks are removed, mapped back to spans of ``text``."""
    if not snippet:
        return []
    at = [i for i, ch in enumerate(text) if ch not in "\r\n"]
    flat = "".join(text[i] for i in at)
    # (also where it is written whole: a paragraph pasted twice may be wrapped once, not twice)
    spans = sorted({(m.start(), m.end()) for m in re.finditer(re.escape(snippet), text)}
                   | {(at[m.start()], at[m.end() - 1] + 1)
                      for m in re.finditer(re.escape(snippet), flat)})
    if spans:
        return spans
    if " " in snippet:  # cells of a table row, which a labeller joined with one space (6.5左右 6左右)
        # and the reader parts with a tab
        # (a cell between them the labeller skipped — an empty one, or one the reader moved
        # there, as the Excel reader puts the lead-unit column after the result — is passed over)
        cells = re.compile(r"[ \t](?:[^\t\n]*\t){0,2}".join(re.escape(part) for part in snippet.split(" ")))
        spans = [(m.start(), m.end()) for m in cells.finditer(text)]
        if spans:
            return spans
        spans = _cells_in_a_row(snippet.split(" "), text)
        if spans:
            return spans
    if re.search(r"\d{4}", snippet):  # a chart's value as cached (35036) where it shows 35,036
        grouped = re.compile(re.sub(r"(?<=\d)(?=\d)", ",?", re.escape(snippet)))
        spans = [(m.start(), m.end()) for m in grouped.finditer(text)]
        if spans:
            return spans
    # across a page break: the page number and running header between its halves removed
    norm, folded = normalise(text), normalise(snippet).text
    return [norm.source_span(m.start(), m.end()) for m in re.finditer(re.escape(folded), norm.text)]


def _cells_in_a_row(parts: list[str], text: str) -> list[tuple[int, int]]:
    """Rows (tab-joined lines) holding every one of ``parts`` as a whole cell, in any order (a
    reader that puts a table's columns in its own order: the result before the unit); each as
    the span from the first of those cells to the last."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if "\t" in line:
            cells, at = {}, pos
            for cell in line.split("\t"):
                cells.setdefault(cell.strip(), (at, at + len(cell)))
                at += len(cell) + 1
            if all(p in cells for p in parts):
                spans.append((min(cells[p][0] for p in parts), max(cells[p][1] for p in parts)))
        pos += len(line) + 1
    return spans


def evaluate(case: Case) -> pd.DataFrame:
    """One row per labelled or extracted statement in scope, with match flags."""
    doc = read(case.path)
    text = doc.text
    labels = pd.read_csv(LABELS / case.label_file, dtype={"item": str, "snippet": str},
                         keep_default_na=False)
    ext = extract_document(text, case.meta)
    rows = pd.concat([ext.targets.assign(kind="target"), ext.outcomes.assign(kind="outcome")],
                     ignore_index=True)
    # (a Markdown file's labels quote it as written, 增长**5.3%**: found as the reader gives it)
    as_read = inline_text if doc.meta.get("format") == "markdown" else (lambda s: s)
    occurrences = [_occurrences(as_read(r.snippet), text) for r in labels.itertuples()]
    labels["spans"] = occurrences
    if case.items:
        items = set(labels["item"]) if case.items == ("labelled",) else set(case.items)
        # an item label may carry its section (一/12): the number is its last part
        rows = rows[[i in items or i.split("/")[-1] in items for i in rows["item"]]]
    else:
        # scope: the lines (paragraphs) that hold at least one labelled snippet
        lines = []
        for spans in occurrences:
            for a, _b in spans:
                lines.append((text.rfind("\n", 0, a) + 1, (text.find("\n", a) + 1 or len(text) + 1) - 1))
        keep = [any(s < e2 and e > s2 for s2, e2 in lines)
                for s, e in zip(rows["char_start"], rows["char_end"])]
        rows = rows[keep]
    rows = rows.reset_index(drop=True)
    used: set[int] = set()
    out = []
    # labels whose snippet occurs in fewer places are matched first, so that a short snippet
    # found in a table and in the prose (4502.1) does not take the row a specific one needs
    order = sorted(range(len(labels)), key=lambda k: (len(labels["spans"].iloc[k]),
                                                      -len(labels["snippet"].iloc[k])))
    found: dict[int, dict] = {}
    for k in order:
        lab = next(labels.iloc[[k]].itertuples())
        value = float(lab.value) if lab.value != "" else float("nan")
        area = getattr(lab, "area", None)  # (labels of a table of areas name each row's area)
        candidates = []
        for i, r in rows.iterrows():
            if i in used or r["kind"] != lab.kind:
                continue
            if area is not None and r["region"] != (area or case.meta["region"]):
                continue
            overlap = any(r["char_start"] < e and r["char_end"] > s for s, e in lab.spans)
            numeric = r["unit"] == "倍" or r["measure"] not in ("task", "relative")
            if overlap and _same_value(r["value"], r["unit"], value, lab.unit) and \
                    numeric == (lab.unit == "倍" or lab.measure not in ("task", "relative")):
                candidates.append(i)
        # a row that ends inside the label's snippet first: of a table row's cells that all
        # overlap a short snippet (8左右), the row read from the snippet's own cell
        hit = next((i for i in candidates if any(s < rows.at[i, "char_end"] <= e
                                                 for s, e in lab.spans)),
                   candidates[0] if candidates else None)
        if hit is not None:
            used.add(hit)
        r = rows.loc[hit] if hit is not None else None
        found[k] = {"file": case.label_file, "kind": lab.kind, "measure": lab.measure,
                    "recalled": hit is not None,
                    # (a target for part of the year, its label's period 上半年, is `partial`
                    # by the contract, whatever bound its cell writes)
                    "qualifier_ok": r is not None and (r["qualifier"] == lab.qualifier or (
                        r["qualifier"] == "partial"
                        and getattr(lab, "period", "") not in ("", "全年"))),
                    "measure_ok": r is not None and r["measure"] == lab.measure,
                    "strive_ok": r is not None and bool(r.get("strive", False))
                    == (str(lab.strive).lower() == "true"),
                    "snippet": lab.snippet, "label_value": lab.value,
                    "got": None if r is None else f"{r['value']} {r['unit']} {r['measure']} {r['qualifier']}"}
    out = [found[k] for k in range(len(labels))]
    for i, r in rows.iterrows():
        if i not in used:
            out.append({"file": case.label_file, "kind": r["kind"], "measure": r["measure"],
                        "recalled": None, "spurious": True, "snippet": r["text"][:40],
                        "got": f"{r['value']} {r['unit']} {r['measure']} {r['qualifier']}"})
    return pd.DataFrame(out)


def score(df: pd.DataFrame) -> dict:
    lab = df[df["recalled"].notna()]
    spurious = int(df.get("spurious", pd.Series(dtype=bool)).fillna(False).sum())
    tp = int(lab["recalled"].sum())
    return {"labels": len(lab), "recalled": tp, "recall": tp / max(len(lab), 1),
            "precision": tp / max(tp + spurious, 1),
            # outcomes carry no qualifier in the contract: agreement is measured on targets
            "qualifier_ok": float(lab.loc[(lab["recalled"] == True) & (lab["kind"] == "target"),
                                          "qualifier_ok"].mean()),
            "measure_ok": float(lab.loc[lab["recalled"] == True, "measure_ok"].mean()),
            "strive_ok": float(lab.loc[(lab["recalled"] == True) & (lab["kind"] == "target"),
                                       "strive_ok"].mean())}


def main(verbose: bool = False) -> pd.DataFrame:
    results = []
    for case in CASES:
        if not case.path.exists():
            print(f"skip {case.label_file}: {case.path} not present")
            continue
        df = evaluate(case)
        results.append(df)
        s = score(df)
        print(f"{case.label_file:32s} labels {s['labels']:4d}  recall {s['recall']:.1%}  "
              f"precision {s['precision']:.1%}  qualifier {s['qualifier_ok']:.1%}  "
              f"measure {s['measure_ok']:.1%}  strive {s['strive_ok']:.1%}")
        if verbose:
            print(df[df["recalled"] == False][["kind", "measure", "snippet", "label_value", "got"]]
                  .to_string())
            if "spurious" in df:
                print(df[df["spurious"] == True][["kind", "snippet", "got"]].to_string())
    allr = pd.concat(results, ignore_index=True)
    s = score(allr)
    print(f"{'ALL':32s} labels {s['labels']:4d}  recall {s['recall']:.1%}  "
          f"precision {s['precision']:.1%}  qualifier {s['qualifier_ok']:.1%}  "
          f"measure {s['measure_ok']:.1%}  strive {s['strive_ok']:.1%}")
    record("accuracy", [("labels", s["labels"]), ("recall", round(s["recall"], 4)),
                        ("precision", round(s["precision"], 4)),
                        ("qualifier_ok", round(s["qualifier_ok"], 4)),
                        ("measure_ok", round(s["measure_ok"], 4)),
                        ("strive_ok", round(s["strive_ok"], 4))])
    lab = allr[allr["recalled"].notna()]
    print(lab.groupby(["kind", "measure"])["recalled"].agg(["count", "mean"]).round(3).to_string())
    return allr


if __name__ == "__main__":
    import sys

    main(verbose="-v" in sys.argv)
