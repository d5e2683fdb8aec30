"""pipeline: one document's decoded text → its target, outcome and number-coverage rows.

``extract_document`` is a pure function of the text and the catalog metadata: it reads
nothing from disk and writes nothing, so it can run in a process pool or under another engine.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import pandas as pd

from .detect import county_place, prefecture_counties, wider_place
from .extract import (
    ACTION_ONLY,
    GROWTH_OPENS,
    Statement,
    _parse_before,
    clean_subject,
    in_spans,
    label_spans,
    name_subject,
    number_role,
    sentence_start,
    statements,
    table_row_statements,
)
from .link import each_named, link, name_zh
from .normalise import Normalised, normalise
from .numbers import _lookup as unit_lookup
from .numbers import cn_to_number
from .segment import PART_YEAR, WIDER_AREAS, Segment, plan_horizon, segment

TARGET_COLUMNS = ["doc_id", "region", "admin_code", "year", "period_start", "item", "indicator",
                  "indicator_zh", "indicator_text", "measure", "value", "value_high", "unit",
                  "qualifier", "strive", "lead_units", "leader", "char_start", "char_end", "text"]
# an outcome's qualifier says whether its value is the figure reported (point, reach) or a bound
# (突破1万亿元: exceed; 5000多户, 以上: at_least; 左右: about)
OUTCOME_COLUMNS = ["doc_id", "region", "admin_code", "year", "period_start", "item", "indicator",
                   "indicator_zh", "indicator_text", "measure", "value", "unit", "qualifier",
                   "char_start", "char_end", "text"]
NUMBER_COLUMNS = ["doc_id", "char_start", "char_end", "role", "text", "context"]
# the tables one document yields, in the order of :class:`Extraction`'s fields
EXTRACTION_TABLES = {"targets": TARGET_COLUMNS, "outcomes": OUTCOME_COLUMNS,
                     "numbers": NUMBER_COLUMNS}


@dataclass(frozen=True)
class Extraction:
    """What one document yielded, as plain rows: tuples in the order of
    :data:`TARGET_COLUMNS`, :data:`OUTCOME_COLUMNS` and :data:`NUMBER_COLUMNS`. Rows are cheap
    to make, to pass between processes and to cache; a build makes one DataFrame per table from
    the rows of all its documents (:func:`frame`), and the properties make one for this
    document alone."""

    target_rows: list[tuple]
    outcome_rows: list[tuple]
    number_rows: list[tuple]  # every number token with its role, for the coverage report

    def rows(self, table: str) -> list[tuple]:
        """The rows of one of :data:`EXTRACTION_TABLES`."""
        return getattr(self, f"{table[:-1]}_rows")

    @property
    def targets(self) -> pd.DataFrame:
        return frame(self.target_rows, TARGET_COLUMNS)

    @property
    def outcomes(self) -> pd.DataFrame:
        return frame(self.outcome_rows, OUTCOME_COLUMNS)

    @property
    def numbers(self) -> pd.DataFrame:
        return frame(self.number_rows, NUMBER_COLUMNS)


def frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of rows in the order of ``columns``."""
    return pd.DataFrame(rows, columns=columns)


def extract_document(text: str, meta: dict) -> Extraction:
    """Extract targets and outcomes from one decoded document.

    Args:
        text: the decoded source text (offsets in the output point into it).
        meta: catalog fields: ``doc_id, region, admin_code, year, doc_type``.
    """
    norm = normalise(text)
    segs = segment(norm.text, meta["doc_type"])
    if meta["doc_type"] == "five_year_plan":
        segs = plan_horizon(segs, norm.text, int(meta["year"]))
    labels = label_spans(norm.text)
    t_rows, o_rows, numbers = [], [], []
    seen: set = set()
    whole = (meta["doc_id"], meta["region"], meta["admin_code"])
    places: dict[str, tuple] = {}  # the counties a table of areas names, with their codes
    span = norm.source_span
    item_subject: dict[str, str] = {}  # the indicator each item's target names
    last_figure = None  # the last statement read from the text (not a table's row)
    for seg in segs:
        if seg.role == "rules":  # 每多1户加1分, 得分在90分以上: a scoring rule's numbers
            numbers.extend({"start": m.start(), "end": m.end(), "role": "label"}
                           for m in _DIGITS.finditer(norm.text, seg.start, seg.end))
            continue
        stmts, nums = (table_row_statements(norm.text, seg.cells) if seg.cells
                       else statements(norm.text, seg.start, seg.end, labels))
        if not stmts and not nums:
            continue
        if seg.item and stmts:
            stmts = _item_subject(seg, stmts, item_subject, norm.text)
        if stmts and not seg.cells:
            stmts = _card_growth(stmts, seg, last_figure, norm.text)
            last_figure = stmts[-1]
        stmts = [part for st in stmts for part in each_named(st)]
        timed = [(st, timing(meta, seg, st)) for st in stmts]
        kinds = {st.num_start: when[0] for st, when in timed}
        for n in nums:  # (fresh dicts, made for this call)
            if n["role"] == "quantity":
                n["role"] = kinds.get(n["start"], seg.role)
        numbers.extend(nums)
        lead_units = ";".join(seg.lead_units)
        # a row of a table of areas × indicators is about its county or town, not the city
        # (and a 全省目标 cell beside the city's target is the province's own)
        doc = whole if _own_place(seg.area, meta["region"]) else places.setdefault(
            seg.area, _area_place(seg.area, meta, norm.text))
        if seg.area in WIDER_AREAS and not doc[1]:
            continue  # 全区目标 where 全区 is no wider area the code names: not the city's figure
        listed = ""  # the indicator the paragraph's last county figure named
        for st, (kind, year, period_start) in timed:
            place = doc
            named = _county_named(st.indicator_text, meta) if doc is whole else None
            alone = _county_alone(st.indicator_text, meta) if doc is whole else None
            aspect = _aspect(norm.text, st.start) if alone else ""
            if named:  # 崇阳县地区生产总值增长7%: the county's figure, in the city's report
                place = (meta["doc_id"], *named[:2])
                st = st._replace(indicator_text=named[2])
                listed = named[2]
            elif alone and (aspect or listed):  # 莲池区地区生产总值增长6.1%、<竞秀区>增长5.8%; 固定资产
                # 投资方面,<涿州市>…增长8.2%: the list goes on, or its aspect names the indicator
                place = (meta["doc_id"], *alone)
                st = st._replace(indicator_text=aspect or listed)
            elif doc is whole and _of_the_whole_city(norm.text, st.num_start, meta):
                # 同期,全市地区生产总值增长6.1% in a district's report: the city's figure
                place = places.setdefault("全市", _area_place("全市", meta, norm.text))
            elif doc is whole and (town := _town_named(st.indicator_text, meta)):
                # 高笋塘街道社会消费品零售总额… in a county's report: the town's figure
                place = (meta["doc_id"], town[0], "")
                st = st._replace(indicator_text=town[1])
            cs, ce = span(st.start, st.end)
            snippet = text[cs:ce]
            key = (kind, year, place[1], seg.item, st.indicator_text, st.measure, st.value, st.unit,
                   _squash(snippet))  # (2024年,…增长8%以上;2025年,…增长8%以上: two years)
            if key in seen:  # a clause repeated by copy-paste yields one row
                continue
            seen.add(key)
            indicator = link(st.indicator_text)
            # the columns of TARGET_COLUMNS and OUTCOME_COLUMNS, in order
            head = (*place, year, period_start, seg.item, indicator, name_zh(indicator),
                    st.indicator_text, st.measure, st.value)
            if kind == "target":
                t_rows.append((*head, st.value_high, st.unit, st.qualifier, st.strive, lead_units,
                               seg.leader, cs, ce, snippet))
            else:
                qualifier = "partial" if seg.part_year or part_of_year(
                    norm.text, seg.start, st.num_start) else st.qualifier
                o_rows.append((*head, st.unit, qualifier, cs, ce, snippet))
    first = min((s.start for s in segs), default=len(norm.text))
    numbers = _account_numbers(text, norm, meta["doc_id"], numbers, labels, first)
    return Extraction(t_rows, o_rows, numbers)


def _item_subject(seg: Segment, stmts: list[Statement], subjects: dict[str, str], text: str
                  ) -> list[Statement]:
    """A statement of an item that names no indicator is about the item's: the name the item
    opens with (地区生产总值。年度目标:增长6.5%左右), or else, for a result (完成180.2亿元,
    增长6.3%), the indicator the item's target names (一般公共预算收入增长6%). A task that names
    nothing but itself (完成年度目标) counts as naming no indicator."""
    if seg.role == "target" and not seg.title:
        subjects.setdefault(seg.item, stmts[0].indicator_text)
        return stmts
    own = name_subject(seg.title) if seg.title else (
        subjects.get(seg.item) if seg.role == "outcome" else None)
    if not own:
        return stmts
    return [st._replace(indicator_text=own) if _names_nothing(st, text) else st for st in stmts]


def _card_growth(stmts: list[Statement], seg: Segment, before: Statement | None, text: str
                 ) -> list[Statement]:
    """A line that opens on a bare growth (增长5.6%) right under a line that ended on a figure
    (地区生产总值3418.7亿元), as a card lays them out: its statements that name no indicator are
    the figure's indicator's."""
    if before is None or not GROWTH_OPENS.match(text, seg.start) \
            or text.count("\n", before.end, seg.start) != 1 \
            or text[before.end: seg.start].strip("\n 。,，;；"):
        return stmts
    return [st._replace(indicator_text=before.indicator_text) if not st.indicator_text else st
            for st in stmts]


def _names_nothing(st: Statement, text: str) -> bool:
    """No indicator, only the words of the task or relative target itself (与经济增长同步), or
    only a verb (新增32家, 建成186个: of the item's 新增规上工业企业30家)."""
    return not st.indicator_text or st.indicator_text == text[st.num_start: st.num_end] \
        or bool(ACTION_ONLY.match(st.indicator_text))


def clear_memos() -> None:
    """Forget what extraction has memoised about the text read so far (subjects, indicator
    links, Chinese numerals, units), so that a benchmark run starts as a fresh build does. The
    compiled patterns and loaded registries stay."""
    for memo in (link, clean_subject, _parse_before, cn_to_number, unit_lookup):
        memo.cache_clear()


def _area_place(area: str, meta: dict, text: str) -> tuple[str, str, str]:
    """``(doc_id, region, admin_code)`` for a segment's area: a county or town a table of areas
    names, or the wider area (全省, 全国) whose target a column gives."""
    if area in WIDER_AREAS:
        return (meta["doc_id"], *wider_place(area, meta.get("admin_code") or ""))
    return meta["doc_id"], area, county_place(area, text[:5000])[1]


def _county_named(indicator_text: str, meta: dict) -> tuple[str, str, str] | None:
    """``(county, admin_code, indicator)`` when an indicator opens with the name of a county of
    the document's own prefecture and goes on to name an indicator (崇阳县 + 地区生产总值);
    None otherwise."""
    names = prefecture_counties(meta.get("admin_code") or "")
    m = names.match(indicator_text) if names else None
    rest = indicator_text[m.end():] if m else ""
    if len(rest) < 4 or rest.startswith(_NOT_AN_INDICATOR) or rest.endswith(_PROJECT_ENDS):
        return None  # (中方县绿色食品加工园: a project of the city's list, sited in a county)
    code = _own_county_code(m.group(), meta)
    return (m.group(), code, rest) if code is not None else None


_ASPECT = re.compile(r"([\u4e00-\u9fff]{2,16}?)方面[,:]")


def _aspect(text: str, pos: int) -> str:
    """The indicator a sentence names as its aspect before ``pos`` (固定资产投资方面,…), or ''."""
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    found = [m.group(1) for m in _ASPECT.finditer(text, start, pos)]
    return found[-1] if found else ""  # (the last: 固定资产投资方面,…;社会消费品零售总额方面,…)


def _county_alone(indicator_text: str, meta: dict) -> tuple[str, str] | None:
    """``(county, admin_code)`` when an indicator is only the name of a county of the document's
    own prefecture (竞秀区, in a list of counties' growth); None otherwise."""
    names = prefecture_counties(meta.get("admin_code") or "")
    m = names.fullmatch(indicator_text) if names else None
    code = _own_county_code(m.group(), meta) if m else None
    return (m.group(), code) if code is not None else None


def _own_county_code(county: str, meta: dict) -> str | None:
    """The division code of a county the document's prefecture holds, None for another's."""
    code = county_place(county, "")[1] or ""
    return code if code[:4] == meta["admin_code"][:4] else None


def _of_the_whole_city(text: str, pos: int, meta: dict) -> bool:
    """The clause holding ``pos``, in the report of a district or county (not a county-level
    city, whose 全市 is itself), opens on 全市: it states the whole city's figure."""
    region = meta.get("region") or ""
    if meta.get("region_level") != "county" or not region.endswith(("区", "县", "旗")):
        return False
    start = max(text.rfind(c, 0, pos) for c in ",;。:\n") + 1
    return bool(_WHOLE_CITY.match(text, start, pos))


def _town_named(indicator_text: str, meta: dict) -> tuple[str, str] | None:
    """``(town, indicator)`` when, in a county's report, an indicator opens with the name of one
    of its towns (高笋塘街道, 分水镇, 太安镇) and goes on to name an indicator; None otherwise."""
    if meta.get("region_level") != "county":
        return None
    m = _TOWN.match(indicator_text)
    rest = indicator_text[m.end():] if m else ""
    if not m or len(rest) < 3 or rest.startswith(_NOT_AN_INDICATOR) or _NOT_A_TOWN.search(m.group("town")):
        return None
    return m.group("town"), rest


# a town's name: two or three characters and 街道, 镇 or 乡 (not 城镇, 乡镇, nor a kind of town),
# after the verb of a task set it (支持大冶镇…, 推动博鳌镇…)
_TOWN = re.compile(r"(?:支持|推动|推进|加快|促进|引导|鼓励|指导|帮助|力争)?"
                   r"(?P<town>[\u4e00-\u9fff]{2,3}?(?:街道|镇|乡))(?![镇村级区])")
_NOT_A_TOWN = re.compile(r"小镇|重点镇|中心镇|示范镇|特色镇|建制镇|城镇|乡镇|集镇|名镇|强镇|全镇|各镇|全乡|各乡|"
                         r"新增|新建|建设|打造|培育|创建|乡村|城乡")
_WHOLE_CITY = re.compile(r"\s*(?:同期|同时|其中|而)?,?\s*全市(?!场)")
_NOT_AN_INDICATOR = tuple("、和及与等")  # (a list of places, not one place's indicator)
_PROJECT_ENDS = ("园", "园区", "项目", "工程", "基地", "电站", "公园", "中心")


def _own_place(area: str, region: str) -> bool:
    """Whether a segment's area is the document's own place: none, or the region itself (a
    workbook's sheet titled 济宁市2025年… in 济宁市's workbook)."""
    return not area or bool(region) and (region.startswith(area) or area.startswith(region))


def _kind(seg: Segment, st: Statement, doc_type: str = "") -> str:
    if seg.role == "outcome" and st.kind_hint == "target":
        return "target"  # 年度计划投资28.03亿元 inside a completion report
    if seg.role == "target" and st.kind_hint == "outcome" and (st.so_far or doc_type in (
            "completion_report", "statistical_communique")):
        return "outcome"  # 计划筹集1200套,实际筹集1268套: the result beside its plan; 前三季度
        # 全市地区生产总值增长4.2%, among a plan's adjustments: the results so far
    if seg.role in ("target", "outcome"):
        return seg.role
    if not st.kind_hint and doc_type in ("statistical_communique", "completion_report"):
        return "outcome"  # a table of areas' figures that says neither, in a report of results
    return st.kind_hint or "target"


DATED_GENRES = ("work_report", "five_year_plan", "statistical_communique")


def timing(meta: dict, seg: Segment, st: Statement) -> tuple[str, int, int | None]:
    """Whether a statement is a target or an outcome, the year it is for, and the first year of
    the period it covers (``None`` for a single year).

    The segment decides first (a work report's review is last year's outcomes). In work reports,
    plans and communiqués the wording then refines it: a year it names (到2025年 → target for
    2025; 2020年达到…(预计) in a 2021 plan → outcome for 2020), a period (五年来, “十三五”时期 →
    outcome over five years), 预计 (an estimate → outcome). A five-year plan's targets are for
    its end year, with ``period_start`` its first year.
    """
    doc_year = int(meta["year"])
    kind = _kind(seg, st, meta.get("doc_type", ""))
    if seg.role == "mixed" and seg.period and not st.kind_hint:
        kind = "target" if seg.period[1] >= doc_year else "outcome"
    plan = meta.get("doc_type") == "five_year_plan"
    # (a table's column names its year; a completion report's paragraphs outside its items,
    # 2024年要确保…, are dated by their words, as a work report's are)
    dated = meta.get("doc_type") in DATED_GENRES or bool(seg.cells) or (
        meta.get("doc_type") == "completion_report" and not seg.item)
    if st.year is None and st.year_rel is not None:
        st = st._replace(year=doc_year + st.year_rel)
    elif seg.role == "target" and st.year_far and st.year is not None and st.year < doc_year:
        # 2024年全州…完成61.2亿元。严控一般性支出,…压减10%以上: among targets, a past year
        # dates its own sentence, not the next
        st = st._replace(year=None)
    past_period = bool(dated and st.year is None and st.period_years
                       and st.kind_hint == "outcome")
    if past_period:
        kind = "outcome"  # 五年来, 过去五年 inside a section on the years ahead: the five years
        # before the document
    if dated and st.year == doc_year and kind == "outcome" and seg.year_offset < 0 \
            and st.year_rel is None and st.kind_hint != "outcome" and not seg.cells:
        kind = "target"  # among last year's results, 2025年,部门预算收支总额…: this year's, planned
    if dated and st.year is not None:
        if st.year < doc_year and kind != "outcome" and not (
                st.year_aim or seg.cells and st.kind_hint == "target"):
            kind = "outcome"  # (not a column of a year's budget or plan so called, 2024年预算数,
            # nor a past year's target its words name, 2023年…未实现年初提出的增长5%以上的目标)
        elif st.year > doc_year and kind != "target":
            kind = "target"
    if kind == "target":
        year, first = (doc_year + 4, doc_year) if plan else (doc_year, None)
        if seg.role == "target" and seg.year_offset:
            year = doc_year + seg.year_offset  # a self-assessment's 预期目标 cell: last year's aims
        if seg.role == "outcome":
            # a review's 超额完成6%的预期目标: last year's; a plan's review of the last five
            # years, its (规划目标为年均增长10%): the last plan's, for the year before this one
            year = doc_year + seg.year_offset if not plan else doc_year - 1
            first = year - seg.period_years + 1 if plan and seg.period_years > 1 \
                and st.measure == "avg_growth_pct" else None
        if dated and st.year is not None and st.year >= doc_year:
            year, first = st.year, (doc_year if plan else None)
        elif dated and st.year is not None and st.kind_hint == "target" and (seg.cells or st.year_aim):
            year, first = st.year, None  # a column 2024年预算数 in a report of 2025; 2023年…
            # 未实现年初提出的增长5%以上的目标: that year's target
        elif seg.period and seg.period[1] >= doc_year:
            first, year = seg.period  # “十四五”时期主要目标 in a 2021 report: targets for 2025
        if st.measure == "avg_growth_pct" and first is None and year > doc_year:
            first = doc_year
        if st.base_year and st.measure in ("growth_pct", "change", "pp_change") \
                and st.base_year < year - 1 and (first is None or st.base_year >= first):
            # 到2035年比2020年翻一番: growth over fifteen years; 2020年比2010年翻一番 in a plan
            # of 2006: over the ten years from 2011, not from the plan's first year
            first = st.base_year + 1
        return kind, int(year), first
    year = doc_year - 1 if plan or past_period else doc_year + seg.year_offset
    years = seg.period_years
    if dated:
        if st.year is not None and st.year < doc_year:
            year, years = st.year, st.period_years
        elif seg.period and seg.period[1] < doc_year and not st.period_years:
            year, years = seg.period[1], seg.period[1] - seg.period[0] + 1
        elif st.period_years:
            years = st.period_years
        if st.base_year and st.measure in ("growth_pct", "change", "pp_change") \
                and st.base_year < year - 1:
            years = year - st.base_year  # 比2002年增长65.5%: growth over five years
        if st.measure == "avg_growth_pct" and not years:
            years = seg.period_years  # 年均增长 in a five-year review
        if st.measure in ("level", "share_pct"):
            years = 0  # a stock at the end of the period (达68%), not a flow over it
    return kind, int(year), (year - years + 1 if years else None)


# (segment.PART_YEAR: 上半年, 1-6月, 前三季度…) 全年, 1-12月: the whole of the year
_WHOLE_YEAR = re.compile(r"全年|1[-—~至]12月|年末|年底|截至12月")


def part_of_year(text: str, seg_start: int, pos: int) -> bool:
    """Whether the sentence before ``pos`` dates its figure to part of the year (上半年地区生产
    总值增长5.2%, 截至6月底,新开工项目132个), not after a word for the whole year (上半年增长
    5.5%,全年增长5.2%)."""
    start = sentence_start(text, seg_start, pos)
    part = [m.end() for m in PART_YEAR.finditer(text, start, pos)]
    if not part:
        return False
    whole = [m.end() for m in _WHOLE_YEAR.finditer(text, start, pos)]
    return not whole or part[-1] > whole[-1]


def _squash(s: str) -> str:
    return "".join(s.split())  # every white space out (str.split and \s agree on what it is)


_DIGITS = re.compile(r"\d\d*(?:,\d{3})*(?:\.\d+)?")  # (\d\d*: see extract.NUM)
# a number followed by one of these states a quantity: never page furniture (metadata), even
# before the first segment — if the segmenter found no items, they are unexplained
_ORDINAL_LINE = re.compile(r"\d{1,3}[.、]?")  # a line that is only an item number
_UNIT_AFTER = re.compile(r"\s*(?:%|‰|个百分点|[万亿千百]|元|人|户|个|家|项|吨|公里|千米|平方|立方|亩|辆|台|套|座|所|张|件|次|倍)")


def _account_numbers(source: str, norm: Normalised, doc_id: str, found: list[dict],
                     labels: list[tuple[int, int]], first_segment: int) -> list[tuple]:
    """One row (:data:`NUMBER_COLUMNS`) per Arabic-numeral token in the document with the role
    it was given.

    Numbers the extractor never looked at (outside every segment: page headers, item
    numbers) are ``metadata`` or ``ordinal``; numbers it looked at but could not place are
    ``unexplained``. Nothing is left out.
    """
    by_start = {f["start"]: f["role"] for f in reversed(found)}  # the first role given wins
    spans = sorted((f["start"], f["end"], f["role"]) for f in found)
    reach = list(itertools.accumulate((sp[1] for sp in spans), max))
    rows = []
    nt, n = norm.text, len(norm.text)
    at = norm.source_offset  # (spans here are never empty: source_span's end is at(end - 1) + 1)
    for m in _DIGITS.finditer(nt):
        start, end = m.span()
        if start > 0 and nt[start - 1] == ".":
            continue
        role = by_start.get(start)
        if role is None:
            # inside a span the extractor covered (e.g. the high end of a range)
            role = _covering_role(spans, reach, start)
        if role is None:
            line_start = nt.rfind("\n", 0, start) + 1
            line_end = nt.find("\n", end)
            line = nt[line_start: line_end if line_end >= 0 else n].strip()
            in_label = in_spans(start, labels)
            if _ORDINAL_LINE.fullmatch(line):
                role = "ordinal"
            else:
                role = number_role(nt, start, end, "", in_label) or (
                    "metadata" if start < first_segment
                    and not _UNIT_AFTER.match(nt, end) else "unexplained")
        cs, ce = at(start), at(end - 1) + 1
        ctx_e = at(min(n, end + 15) - 1) + 1
        rows.append((doc_id, cs, ce, role, source[cs:ce],
                     source[at(max(0, start - 15)):ctx_e].replace("\n", " ")))
    return rows


def _covering_role(spans: list[tuple[int, int, str]], reach: list[int], pos: int) -> str | None:
    """The role of the latest-starting span that covers ``pos``, if any. ``spans`` are sorted by
    start; ``reach[i]`` is the furthest end among ``spans[: i + 1]``, so the walk back stops as
    soon as no earlier span reaches ``pos``."""
    i = bisect.bisect_right(spans, (pos, float("inf"), "")) - 1
    while i >= 0 and reach[i] > pos:
        start, end, role = spans[i]
        if start <= pos < end:
            return role
        i -= 1
    return None
