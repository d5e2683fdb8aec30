"""detect: region, year and document type from a document's own text (for files outside the
catalog). Regions resolve through the prefecture crosswalk shipped in ``registry/``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import DetectionError
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
                                r"|统计快报|统计月报|(?:19|20)\d{2}[-—~至](?:19|20)\d{2}年.{0,8}指标")),
    ("completion_report", r"完成情况|落实情况|执行情况"),
    ("target_breakdown", (r"分解方案|责任分解|任务分解|目标分解|分工方案|目标责任书|责任状|目标任务书"
                          r"|项目.{0,6}?计划表")),
    # a year's work plan (…局2024年工作要点): last year's results, this year's targets
    ("work_report", r"(?:19|20)\d{2}年(?:度)?(?:工作要点|工作计划|重点工作安排)"),
    ("five_year_plan", r"五年规划|规划纲要|十[一二三四五六]五.{0,6}规划|规划.{0,4}建议"),
    # a plan over a span of years (…三年行动方案（2024—2026年）): read as a five-year plan is
    ("five_year_plan", PLAN_SPAN.pattern),
    ("statistical_communique", r"统计公报"),
    ("work_report", r"政府工作报告|各位代表|向大会报告"),
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


def detection_text(doc) -> str:
    """What detection reads of a document read by :func:`govdata.read.read`: its title and its
    site's name (a page's ArticleTitle and SiteName, a Word or PDF title property) before its
    text; a statistics bureau's page may name its city nowhere else."""
    return "".join(f"{doc.meta[k]}\n" for k in ("title", "site") if doc.meta.get(k)) + doc.text


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
    for row in pre.itertuples():
        n = head.count(row.canonical_name_zh) * 3 + head.count(row.short)
        if n and len(row.short) >= 2:
            counts[row.canonical_name_zh] += n
    issuer = _issuer(head)
    if issuer and issuer not in head[:200] and any(name in head[:200] for name in counts):
        issuer = ""  # 荆州市…计划表 whose rows name 荆州区人民政府 as one responsible unit
    if issuer and issuer not in set(pre.canonical_name_zh):
        # 海拉尔区人民政府: a county-level government, inside the prefecture the text names most
        province = pre.loc[pre.canonical_name_zh == counts.most_common(1)[0][0],
                           "province_name_zh"].iloc[0] if counts else ""
        return issuer, "township" if issuer.endswith(_TOWNSHIP) else "county", province, ""
    if not counts and "国务院" in head and not re.search(r"市人民政府|市政府", head):
        return _COUNTRY  # (国务院 named in a city's plan, 国务院关于支持赣南…的意见, is not it)
    if not counts:
        raise DetectionError("no prefecture name found in the text")
    name = counts.most_common(1)[0][0]
    row = pre[pre.canonical_name_zh == name].iloc[0]
    return name, "prefecture", row.province_name_zh, row.admin_code


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
_NOT_A_NAME = re.compile(r"^(?:在|代表|各|我|本|全|该|市|区|县|省)")


def _issuer(head: str) -> str:
    """The government that issued the text (海拉尔区人民政府, 在…县第十五届人民代表大会上), if named:
    of the 2–4 characters before 区/县/市, the stem the text repeats most."""
    found = Counter()
    for m in _ISSUER.finditer(head):
        for n in (2, 3, 4):
            stem = head[max(0, m.start() - n): m.start()]
            name = stem + m.group(1)
            if len(stem) == n and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not _NOT_A_NAME.match(stem):
                found[name] = head.count(name)  # 海拉尔区 recurs; 完成区 (…完成区人民政府…) does not
    best = [(c, len(name), name) for name, c in found.items() if c >= 2]
    if best:
        return max(best)[2]
    title = _TITLE_ISSUER.match(head.lstrip())  # 德清县2023年政府工作报告…完成情况表
    return title.group(1) if title and not _NOT_A_NAME.match(title.group(1)) else ""


# 德清县2023年…, 乐清市发展和改革局2024年…: the place of the government or department
_TITLE_ISSUER = re.compile(r"(?:关于)?([\u4e00-\u9fff]{2,4}?(?:自治县|县|区|市|旗|镇|乡|街道))"
                           r"(?:[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办公室|中心))?(?:19|20)\d{2}年")


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
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", head)]
    if doc_type in ("work_report", ""):
        titled = _TITLED.search(head[:200])  # 图解:2024年昭通市政府工作报告
        if titled:
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
    if doc_type == "work_report" and re.search(r"过去一年|一年来|去年工作", head):
        return year + 1
    return year


_REVIEWED_YEAR = re.compile(r"((?:19|20)\d{2})年(?:[\u4e00-\u9fff]{0,4}?回顾|[\u4e00-\u9fff]{0,12}?(?:计划|预算)执行情况)"
                            r"|首先报告((?:19|20)\d{2})年")
_TITLED = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}?政府工作报告")
_DATE_LINE = re.compile(r"(?m)^\s*((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?\s*$")
_DELIVERED = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在.{0,40}?(?:人民代表大会|人大)")
_PLAN_TITLE = re.compile(r"第十([一二三四五六七])个五年规划|十([一二三四五六七])五”?(?:规划|时期)")


def detect_doc_type(text: str) -> str:
    """Document type from characteristic phrases in its opening."""
    head = text[:3000]
    title = re.sub(r"\s+", "", "".join(ln for ln in text[:400].splitlines()[:4]))[:80]
    for where in (title, head):  # the title decides (政 府 工 作 报 告), then the opening
        for doc_type, pattern in _TYPES:
            if re.search(pattern, where):
                return doc_type
    raise DetectionError("document type not recognised")


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
        pre = prefectures()
        hit = pre[(pre.canonical_name_zh == region) | (pre.short == region)]
        if len(hit) > 1:
            raise DetectionError(f"{path}: region {region!r} is ambiguous; use the full name")
        reg = (hit.canonical_name_zh.iloc[0], "prefecture", hit.province_name_zh.iloc[0],
               hit.admin_code.iloc[0]) if len(hit) else (region, "county", "", "")
    else:
        try:
            reg = detect_region(text)
        except DetectionError:
            raise DetectionError(f"{path}: region not recognised; pass --region") from None
    return {"doc_id": path.stem, "path": str(path), "source_file": path.name, "region": reg[0],
            "region_level": reg[1], "province": reg[2], "admin_code": reg[3], "year": int(y),
            "doc_type": dt, "title": "", "publisher": "", "published": "", "url": ""}
