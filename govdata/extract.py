"""extract: clauses → quantities → statements (indicator, measure, value, unit, qualifier).

Works on *normalised* text (see :mod:`govdata.normalise`); every statement carries the
normalised span it came from, which the caller maps back to the source. Whether a statement
is a target or an outcome is decided by the caller from the segment it came from and, for
mixed segments, by :func:`statement_kind` from the wording.

The phrasing knowledge (qualifier words, verbs, scope words) lives in
``registry/words.csv``; this module only holds the grammar that combines them.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import operator
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from .errors import NumberError
from .normalise import BULLETS, OTHER_SCRIPT
from .numbers import (
    CN_DIGITS,
    CN_YEAR_DIGITS,
    COUNT_KINDS,
    cn_to_number,
    parse_number,
    unit_kind,
    unit_pattern,
    unit_table,
)
from .registry import words

log = logging.getLogger(__name__)

# \d\d* rather than \d+: a pattern that opens with a plain character class lets the engine skip
# to the next digit in C instead of trying the pattern at every position
NUM = r"\d\d*(?:,\d{3})*(?:\.\d+)?"


class Statement(NamedTuple):
    """One quantity stated about one indicator (a named tuple: thousands are made per document,
    and a tuple is several times cheaper to make and to copy with ``_replace`` than a frozen
    dataclass)."""

    start: int  # span of the statement in the normalised text (subject → qualifier)
    end: int
    num_start: int  # span of the number itself
    num_end: int
    indicator_text: str
    measure: str
    value: float | None
    value_high: float | None
    unit: str
    qualifier: str
    strive: bool
    kind_hint: str = ""  # "target"/"outcome" when the wording itself says so
    year: int | None = None  # a year the wording names for this quantity (到2025年, 2020年达到)
    period_years: int = 0  # the statement covers this many years ending at ``year`` (五年来)
    base_year: int | None = None  # the year compared with (比2002年增长65.5%)
    year_rel: int | None = None  # a year named relative to the document's (过去一年 → -1)
    year_far: bool = False  # the year was named in an earlier sentence of the paragraph
    year_aim: bool = False  # a year's own target a review names (年初确定的6%左右的预期目标)
    so_far: bool = False  # a result of the part of the year gone by (前三季度…增长4.2%)


# ---------------------------------------------------------------- word lists (from registry)


@lru_cache(maxsize=1)
def _w() -> dict[str, list[str]]:
    df = words()
    out: dict[str, list[str]] = {}
    for role, grp in df.groupby("role"):
        out[role] = sorted(grp["word"], key=len, reverse=True)
    return out


# (fall before rise: 负增长 is a fall that ends in a rise's word)
_TAIL_ROLES = ("qualifier_before", "avg_fall", "fall", "avg_rise", "rise", "strive", "assure", "filler",
               "respectively", "each")


@lru_cache(maxsize=1)
def _tail_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words :func:`_strip_tail` strips, by role in the order it tries them (longest first
    within a role)."""
    w = _w()
    return tuple((role, tuple(w[role])) for role in _TAIL_ROLES if w.get(role))


@lru_cache(maxsize=1)
def _qualifier_words() -> tuple[dict[str, str], dict[str, str]]:
    df = words()
    after = dict(df[df.role == "qualifier_after"][["word", "value"]].values)
    before = dict(df[df.role == "qualifier_before"][["word", "value"]].values)
    return after, before


@lru_cache(maxsize=1)
def _split_prefixes() -> dict[str, list[str]]:
    df = words("split_prefix")
    return {r.word: r.value.split("|") for r in df.itertuples()}


@lru_cache(maxsize=1)
def quantity_regex() -> re.Pattern:
    """The compiled pattern for an Arabic-numeral quantity with optional range and unit."""
    units = unit_pattern()
    # 5千多户, 3千万元: 千 as a magnitude, except where it opens a unit (5千米, 10千瓦)
    opens_unit = "|".join(re.escape(u[1:]) for u in unit_table() if u.startswith("千") and len(u) > 1)
    thousand = rf"千万|千(?!{opens_unit})" if opens_unit else "千万|千"
    return re.compile(
        rf"(?P<lo>{NUM})(?P<lopct>%)?"
        rf"(?:[ \u3000]*(?P<dash>[-—~至到])[ \u3000]*(?P<hi>{NUM}))?"  # (not across cells: 1220.16 | — | 98.2%)
        # one stray space before the magnitude or unit, as pages pasted from the web have
        # (国内生产总值达到39.8 万亿元); never a tab or a line break, which part table cells
        rf"(?: (?=万亿|千亿|万|亿|(?:{units})))?"
        rf"(?P<mult>万亿|千亿|万|亿|{thousand})?(?P<approx>余|多)?(?P<unit>{units})?"
    )


@lru_cache(maxsize=1)
def _bracket_unit_regex() -> re.Pattern:
    """A unit as a header's brackets give it: %, 亿元, 万人, 元/人."""
    return re.compile(rf"%|‰|(?:万亿|千亿|万|亿|千)?(?:{unit_pattern()})")


_PLAIN = "零〇一二两三四五六七八九"  # numerals of no place value: a decimal's digits


@lru_cache(maxsize=1)
def cn_quantity_regex() -> re.Pattern:
    """Chinese-numeral quantities that are unambiguous: 百分之五, 三个百分点, 三分之二, 翻一番,
    and numerals with a place value (两千亿元, 三万人)."""
    d = CN_DIGITS
    units = unit_pattern()
    return re.compile(
        rf"(?P<pct>百分之(?P<pctn>[{d}点]+))"
        rf"|(?P<pmil>千分之(?P<pmiln>[{d}点]+))"
        rf"|(?P<pp>(?P<ppn>[{d}点]+)个百分点)"
        rf"|(?P<frac>(?P<fracd>[{d}]+)分之(?P<fracn>[{d}]+))"
        rf"|(?P<dbl>翻了?(?P<dbln>[一两二三四])?番|(?<![成])倍增(?=[,，。;；、)）]|$))"  # (实现倍增: doubled, as
        # 翻一番; not a programme's name, 倍增计划, nor 成倍增长)
        # 实现两位数增长, 增长两位数: a growth of ten per cent or more; 过半, 超过一半: half or more
        rf"|(?P<twodigit>两位数)(?=(?:以上)?(?:的)?(?:增长|增速)|[,，。;；、]|$)"
        rf"|(?P<half>(?<=[近超达占约逾过为到的在减])一半|过半)(?![\u4e00-\u9fff]{{0,1}}(?:时间|天|年|月|人|以上的))"
        rf"|(?P<times>(?P<timesn>[一两二三四五六七八九十])倍)"
        rf"|(?<=[身入上过破超达越近逾约])(?P<mag>百亿|千亿|万亿)(?P<magu>元|美元)?(?![{d}])"
        # (四千五百三十二点六亿元, 六点九万人: a decimal in words is as plain before a unit)
        rf"|(?P<placed>(?P<placedn>[{d}]*[十百千万亿][{d}]*(?:点[{_PLAIN}]+)?|[{_PLAIN}]+点[{_PLAIN}]+)"
        rf"(?P<more>多|余)?(?P<placedu>{units}))"
        # 近两成, 超过三成, 占六成以上: tenths (not 一成不变, 建成, 三成员)
        # (增长一成: a tenth after a verb of change, 一 too, but not 一成不变)
        rf"|(?<=[近超达占约逾过为到的在])(?P<tenth>(?P<tenthn>[两二三四五六七八九])成)(?=以上|左右|多|[^\u4e00-\u9fff]|$)"
        rf"|(?<=增长|提高|下降|降低|减少|增加)(?P<tenth2>(?P<tenthn2>[一两二三四五六七八九])成)(?=以上|左右|多|[^\u4e00-\u9fff]|$)"
    )


# every Chinese-numeral quantity holds one of these; the characters before the first of them are
# numerals or 点. Searching for them first (a pattern of plain alternatives, which the regular
# expression engine skips to in C) and trying the full pattern only just before them finds the
# same matches as ``cn_quantity_regex().finditer`` at a tenth of the cost
_CN_KEY = re.compile("十|百|千|万|亿|翻|个百分点|分之|倍|成|点|两位数|过半|一半")
_CN_RUN = frozenset(CN_DIGITS + "点")


def _cn_quantities(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``cn_quantity_regex().finditer(text, start, end)``, found faster."""
    rx = cn_quantity_regex()
    pos = start
    while (key := _CN_KEY.search(text, pos, end)) is not None:
        k = key.start()
        p = k
        while p > pos and text[p - 1] in _CN_RUN:
            p -= 1
        m = next((m for q in range(p, k + 1) if (m := rx.match(text, q, end))), None)
        if m is None:
            pos = k + 1
            continue
        yield m
        pos = m.end()


# ---------------------------------------------------------------- clauses

# \u2029 separates the paragraphs of one table cell (govdata.formats.cell_text)
_SENTENCE_END = re.compile(r"[。;;!?！？\n\u2029]")
# (each alternative opens with a plain character, so the engine skips to candidates in C)
# (外贸进出口实现正增长、出口增长8%以上: a task or relative aim done, the list goes on to another)
_CLAUSE_SEP = re.compile(r",(?<!\d,)|,(?!\d{3}(?!\d))|:|：|(?<=正增长)、|(?<=同步)、")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans at 。；！？ and line breaks."""
    end = len(text) if end is None else end
    spans, s = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > s:
            spans.append((s, m.start()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentence span into clause spans at commas and colons (not 1,000 separators)."""
    spans, s = [], start
    for m in _CLAUSE_SEP.finditer(text, start, end):
        if text[m.start()] == "," and _is_thousands_comma(text, m.start()):
            continue
        spans.append((s, m.start()))
        s = m.end()
    spans.append((s, end))
    return [(a, b) for a, b in spans if b > a]


def _is_thousands_comma(text: str, i: int) -> bool:
    return (i > 0 and text[i - 1].isdigit() and text[i + 1: i + 4].isdigit()
            and len(text[i + 1: i + 4]) == 3 and not text[i + 4: i + 5].isdigit())


# ---------------------------------------------------------------- labels (numbers that are not quantities)

_QUOTED = re.compile(r"“[^”\n]{0,40}”|\"[^\"\n]{0,40}\"|《[^》\n]{0,80}》|「[^」\n]{0,40}」|‘[^’\n]{0,40}’")


def label_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names and titles, and of notes under a table or at a release's end (注:
    1.…2.…), and of sentences that define a term (“四上”企业指…, as a footnote or a 名词解释
    does), inside which numbers are labels, not quantities: a note defines (规模以上工业为年
    主营业务收入2000万元及以上) or explains, it states no figure of its own."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    notes = [m.span() for m in _NOTES.finditer(text)] if "注" in text else []
    notes += definition_spans(text)
    if notes:
        spans = sorted(spans + notes)
        merged = [spans[0]]  # (non-overlapping, as in_spans needs)
        for a, b in spans[1:]:
            if a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        spans = merged
    return spans


# 注:1.… and the numbered lines after it (附注 may head its list on a line of its own; a
# 名词解释 or 注释 list — a report's endnotes — is read entry by entry, its definitions by
# _DEFINITION, its other sentences as the report's)
_NOTES = re.compile(r"(?m)^[ \t\u3000]*(?:(?:注|附注)\s*[:：].*|附注[ \t\u3000]*$)"
                    r"(?:\n[ \t\u3000]*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]).*)*")


# a sentence that defines a term: “四上”企业指…, 高新技术产业是指… (not 指标, 指出, 指导, 指数…),
# or a statistic's scope (规模以上工业统计范围为年主营业务收入2000万元及以上的…);
# also an entry of a 名词解释 list (1．规上工业：指…, 【名词解释】同口径增长：指…): the entry's
# other sentences may state the city's figures (2023年末全市“四上”企业达到2368家) and are read
_DEFINES = re.compile(r"指(?![标导出数挥示定南向引令针明望责点])|(?:范围|口径)(?:为|是)")
_DEFINITION = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]\s*|[(（]\d{1,2}[)）]\s*)?"
                         r"(?:[“\"][^”\"\n]{1,16}[”\"][\u4e00-\u9fff]{0,10}|[\u4e00-\u9fffA-Za-z0-9.·、]{2,20}?)"
                         r"[：:]?\s*(?:是指|系指|指|(?:统计)?(?:范围|口径)(?:为|是))[^。\n]*")
_DEFINITION_REACH = 40  # no term and its entry number are longer


def definition_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences that define a term (see _DEFINITION), found from each 指
    back to the start of its sentence (a line, or after 。；】), which must open the match."""
    out: list[tuple[int, int]] = []
    for m in _DEFINES.finditer(text):
        at = m.start()
        if out and at < out[-1][1]:
            continue
        start = max(text.rfind(c, max(0, at - _DEFINITION_REACH), at) for c in "\n。；;】") + 1
        if start == 0 and at > _DEFINITION_REACH:
            continue  # no sentence start near: 指 is in the middle of a sentence
        d = _DEFINITION.match(text, start)
        if d and d.end() > at:
            out.append(d.span())
    return out


_LABEL_AFTER = re.compile(r"^(?:[A-Za-z]|\s*(?:年|月|日|号|届|次会议|期|级|类|代|型|号线|批次|周年|条|版|岁以上|岁以下|世纪|线|\+|个一|位一体|强|城|大|国道|省道|县道|政务|热线))")
_LABEL_BEFORE = re.compile(r"(?:第|第\s|\+|No\.|编号|号:|索引号:|电话:|附件\s?|附表\s?|专栏\s?|共印|权重|[A-Za-z@_]|\d/"
                           r"|(?:^|\s)[表图]\s?)$")  # (表1 opening a line: a table's number)


_PHONE = re.compile(r"(?<![\d.])0\d{2,3}[-—]\d{7,8}(?![\d.])")  # a telephone number with its area code
_DOC_NUMBER_YEAR = re.compile(r"[〔\[［【](?:19|20)\d{2}[〕\]］】]")
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d.])")
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d.:%])")


def _covered(pattern: re.Pattern, text: str, start: int, end: int, reach: int) -> bool:
    """A match of ``pattern`` starting at most ``reach`` characters before ``start`` covers the
    number ``text[start:end]``."""
    return any(m.start() <= start and end <= m.end()
               for m in pattern.finditer(text, max(0, start - reach), end + 9))
_PAGE_COUNTER = re.compile(r"(?:浏览次数|阅读次数|访问次数|点击数|点击量|浏览量|阅读量)[:：]?\s*$")


def number_role(text: str, start: int, end: int, unit: str, in_label: bool) -> str:
    """Classify a bare number that is not a quantity: ``date``, ``ordinal``, ``label`` or ``""``.

    Numbers followed by 年/月/日 are dates; after 第, or a list marker (``1.``) at a line start,
    ordinals; inside quotes or titles, or glued to ``+``, ``号``, ``级``, labels.
    """
    if in_label:
        return "label"
    if unit:
        return ""
    after = text[end: end + 4]
    before = text[max(0, start - 3): start]
    if _DATE_AFTER.match(after) or _DAY_AFTER.match(after):
        return "date"
    if _covered(_ISO_DATE, text, start, end, 8) or _covered(_CLOCK, text, start, end, 3):
        return "date"  # 发布时间:2021-03-30 15:42
    if _covered(_PHONE, text, start, end, 5):
        return "label"  # 联系电话:0797-8212345
    if _DOC_NUMBER_YEAR.fullmatch(text, max(0, start - 1), end + 1):
        return "date"  # 达市府发〔2023〕15号: the year of a document's number
    if _PAGE_COUNTER.search(text, max(0, start - 8), start):
        return "label"  # 浏览次数:12876
    if _YEAR_SPAN_AFTER.match(text, end, end + 8) or _DAY_SPAN_AFTER.match(after):
        return "date"  # 2022-2025年, 9月18-20日
    if end - start <= 2 and _PART_NUMBER_AFTER.match(text, end):
        return "ordinal"  # 01 | 2024年成绩单: a page's part
    if _YEAR_NUMBER.fullmatch(text, start, end) and _HAN.match(after):
        return "label"  # 2023宿州投资环境推介会, 2023全国…大赛: an event's edition
    if _YEAR_NUMBER.fullmatch(text, start, end) and text[start - 1: start] == "\t" \
            and after[:1] in ("\t", "\n", ""):
        return "date"  # a table's 建设年限 cell: 2025
    if _TIMES_AFTER.match(after):
        return "label"  # 7×24小时
    if _LINE_NUMBERS_AFTER.match(text, end, end + 16):
        return "label"  # 地铁3、4、5、6号线
    if _MILESTONE_AFTER.match(text, end, end + 14):
        return "label"  # 跨越6000亿和7000亿两个台阶: milestones named, not amounts stated
    if end - start <= 2 and before[-1:] in (":", ";", "。", ":", ";") and _INLINE_MARKER_AFTER.match(after):
        return "ordinal"  # 主要预期目标为:1.地区生产总值增长…;2.…: a list run into one line
    # a row's first cell; a later cell only when an item's name follows it (经济发展\t1.地区生产
    # 总值, 经济发展\t1\t地区生产总值), not among figures (涪城区\t6.5\t7\t8)
    line_start = start == 0 or text[start - 1] in "\n \u3000" or text[start - 1] == "\t" and (
        not text[text.rfind("\n", 0, start) + 1: start].strip()
        or bool(_NAME_CELL_AFTER.match(text, end)))
    if (line_start and _MARKER_AFTER.match(after or "\n") and "." not in text[start:end]) \
            or before.endswith("("):
        return "ordinal"  # also 1、 run into a long line after a space
    if _ORDINAL_BEFORE.search(before):
        return "ordinal"
    if _LABEL_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return "label"
    return ""


_DATE_AFTER = re.compile(r"^[ \u3000]*(?:年|月|日|时)")  # (not across a tab or a line: the next cell's 年度…)
_DAY_AFTER = re.compile(r"^[-—/.]\d{1,2}[-—/.]\d{1,2}")
_YEAR_SPAN_AFTER = re.compile(r"[-—~至]\d+年")
_DAY_SPAN_AFTER = re.compile(r"^[-—~至]\d{1,2}[日月]")  # 9月18-20日, 1—9月
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TIMES_AFTER = re.compile(r"^\s*[×x*/]\s*\d")  # 7×24小时, 7/24小时
_LINE_NUMBERS_AFTER = re.compile(r"(?:、\d+)+(?:号线|号|届|期|批)")
_MILESTONE_AFTER = re.compile(r"[^。;,]{0,12}(?:台阶|大关)")
_PART_NUMBER_AFTER = re.compile(r"\s*[|｜丨]\s*\S")
_NAME_CELL_AFTER = re.compile(r"[.、]?\t?[\u4e00-\u9fff]")
_MARKER_AFTER = re.compile(r"^(?:[.、)\t]|\s*$|\n)")
_INLINE_MARKER_AFTER = re.compile(r"^[.、](?![\d.])")
_ORDINAL_BEFORE = re.compile(r"第\s*$")
# the field a rank is taken in (全国168个重点城市中排名第41位) and a move in rank (前移12位)
# (and the field a count is taken in: 全市38个工业行业大类中有29个行业增加值实现增长)
_RANK_FIELD_AFTER = re.compile(r"[^,;。\d]{0,12}?中(?:排名|排位|排|位列|位居|居)(?:全国|全省)?第"
                               r"|[^,;。\d]{0,12}?中有\d")
# 经济每增长1个百分点, 每多1户加1分, 每50公斤: the step of a rule
def _assessment_count(text: str, q: dict) -> bool:
    """A count that tallies an assessment, not a figure of the economy: how many of the items
    were done in a sentence that gives their completion rate (32项主要指标中,28项完成年度目标,
    完成率87.5%), or how many of the units assessed earned a grade (5个县(市、区)考核结果为优秀)."""
    if q["unit"] == "个" and not _ASSESSED_UNITS.match(text, q["end"]):
        return False  # (most counts: no need to find their sentence)
    start = sentence_start(text, 0, q["start"])
    end = text.find("。", q["end"])
    sentence = text[start: end if end >= 0 else len(text)]
    if q["unit"] == "项" and "完成率" in sentence:
        return True
    return bool(_ASSESSED_UNITS.match(text, q["end"]) and _ASSESSMENT.search(sentence))


_ASSESSED_UNITS = re.compile(r"县\(市、区\)|县市区|市直单位|市直部门|省直单位|乡镇\(街道\)|单位")  # (normalised brackets)
_ASSESSMENT = re.compile(r"考核|得分|等次|评为优秀|为优秀|为良好|排名")


# the terms of a subsidy or reward (按设备投资额的<8%>给予补助, 单个项目最高不超过<300万元>,
# 最高奖励<50万元>): what a policy pays, not a figure to reach
_SUPPORT_CAP = re.compile(r"(?:单个|每个|每家|单项|每项|每户|每人)[\u4e00-\u9fff]{0,4}?最高"
                          r"(?:不超过|可达|给予|奖励|补助|补贴)?$|最高(?:给予|奖励|补助|补贴)$")
_SUPPORT_RATE = re.compile(r"按[^,;。:]{1,14}的$")
_SUPPORT_AFTER = re.compile(r"(?:的)?(?:给予|予以)?(?:一次性)?(?:补助|补贴|奖励|奖补|资助)")
_PER_STEP_BEFORE = re.compile(r"每(?:增长|提高|增加|下降|降低|减少|多|超过|超额完成[^,;。]{0,6}?)?$"
                              r"|每[^,，;；。\d]{1,12}(?:折合|折算为?|折|约合|相当于)约?$")  # (每万千瓦时电力折<1.229>吨标准煤)
# (and a place among the first: 进入全省前3位)
_RANK_MOVE_BEFORE = re.compile(r"(?:前移|后移|前进|后退|上升|下降|提升|跃升|进位|前)$")
# 结束后5个工作日内, 收到之日起15日内: a deadline
_DEADLINE_BEFORE = re.compile(r"(?:后|起)$")
_DEADLINE_AFTER = re.compile(r"(?:以)?内")


# ---------------------------------------------------------------- context parsing


def _strip_tail(before: str) -> tuple[str, dict]:
    """Strip verbs, qualifiers and fillers from the end of the text before a number.

    Returns the remaining subject and flags: ``rise``, ``fall``, ``avg``, ``qual`` (a
    qualifier word before the number), ``strive``, ``respectively``, ``each``.
    """
    w = _tail_words()
    _after, qual_before = _qualifier_words()
    flags: dict = {}
    s = before.rstrip(" \t")
    changed = True
    while changed and s:
        changed = False
        for role, role_words in w:
            if not s.endswith(role_words):  # one C call rules out the whole role
                continue
            for word in role_words:
                if s.endswith(word):
                    s = s[: -len(word)].rstrip(" \t")
                    if role == "qualifier_before":
                        flags.setdefault("qual", qual_before[word])
                    elif role == "avg_rise":
                        flags["avg"] = True
                        flags["rise"] = True
                    elif role == "avg_fall":  # 年均下降3%: a yearly average, a fall
                        flags["avg"] = True
                        flags.setdefault("fall", word)
                    else:
                        flags.setdefault(role, word)
                    changed = True
                    break
            if changed:
                break
        # a year before a comparison (比2020年增长, 为2015年的, 在2025年基础上) is filler too
        m = _YEAR_TAIL.search(s, max(0, len(s) - _YEAR_TAIL_MAX))
        if m and not changed:
            s = s[: m.start()].rstrip()
            if m.group("cmp") in ("比", "较", "在", "为", "是"):
                flags.setdefault("base_year", int(m.group("y").translate(CN_YEAR_DIGITS)))
                if m.group("cmp") in ("为", "是"):
                    flags.setdefault("times", True)  # 为2015年的4倍: a multiple of that year's
            changed = True
        m = None if changed else _MONTHS_TAIL.search(s, max(0, len(s) - 10))
        if m:  # 增速比1—9月<加快0.1个百分点>: the months compared with, as 比上半年 is
            s = s[: m.start()].rstrip()
            changed = True
        m = None if changed else _LAST_YEAR_TIMES.search(s, max(0, len(s) - 8))
        if m:
            s = s[: m.start()].rstrip()
            flags.setdefault("times", True)
            flags.setdefault("last_year", True)
            changed = True
    return s, flags


_MONTHS_TAIL = re.compile(r"(?:比|较)(?:1[-—~至])?\d{1,2}月(?:份|末|底)?$")
_YEAR_TAIL = re.compile(r"(?P<cmp>比|较|为|是|在|同)?(?P<y>\d{4}|[〇零一二三四五六七八九]{4}) ?年(?:末|底)?(?:的)?(?:基础上)?(?:实现)?$")
# 是上年的1.8倍, 为去年同期的1.5倍: a multiple of last year's figure
_LAST_YEAR_TIMES = re.compile(r"(?:为|是)(?:上年|去年|上年同期|去年同期)的?$")
_YEAR_TAIL_MAX = 16  # no match of it is longer: search only the end of the text


_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))\s*")
_LEAD_JUNK = re.compile(rf"^(?:[\s,、;:()“”\"'《》.{BULLETS}]|的(?!士)|(?:和|及|与|以及)(?=[\s\d]|$)"
                        r"|但是?(?=[\u4e00-\u9fff]{2}))+")  # (但涞源县、高阳县分别下降…)


_LEAD_DATE = re.compile(r"^(?:为到|到|至|截至|截止|展望|力争到|争取到)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年(?:底|末|前|以来)?"
                        r"|\d{1,2}[-—~至]\d{1,2}月(?:份|末|底)?|前三季度|上半年|[一二三四]季度"
                        r"|“?十[一二三四五]五”?(?:时期|期间|以来|期末|末)?"
                        r"|“?十五”?(?:时期|期间|以来|期末|末))(?:的)?")  # “十三五”时期年均增长, “十五”期间


_DOUBLING_SPAN = re.compile(r"(?<=..)(?<![前近])(?:用|在)?(?:\d{1,2}|[一二三四五六七八九十两]{1,3})年(?:内|间)?$")
_TAIL_DURATION = re.compile(r"(?<=..)(?:已|已经)?连续(?:\d{1,2}|[一二三四五六七八九十两多]{1,3})年$")
# 生产总值计划(增长6.5%左右), 实际使用外资计划目标(为15亿美元): an indicator's plan (not 年度计划)
_PLAN_OF_INDICATOR = r"(?:(?<=[值额入资量率数])|(?<=[^年]度))计划(?:目标)?"
_TAIL_TARGET = re.compile(r"(?<=..)(?:的)?(?:主要)?(?:预期目标|预期|目标)(?:为|是)?$"
                          rf"|{_PLAN_OF_INDICATOR}(?:为|是)?$")


@lru_cache(maxsize=16384)  # pure; the same subject is cleaned for parsing, linking and keying
def clean_subject(s: str) -> str:
    """Remove list markers, leading punctuation, dates (到2025年) and scope words (全年, 全市…)
    from a subject."""
    s = _LIST_MARKER.sub("", s)
    if "[" in s:
        s = _NOTE_MARK_ANY.sub("", s)  # 规模以上工业[2]增加值: a note's mark inside the name
    s = _LEAD_JUNK.sub("", s)
    s = _LEAD_DATE.sub("", s)
    s = _LEAD_JUNK.sub("", s)
    if "要" in s:  # 市商务局要(力争)实际使用外资…, 要确保地区生产总值: who is asked, not the indicator
        s = _UNIT_ASKED.sub("", s) or s
    if s.endswith(("目标", "预期", "为", "是", "计划")):  # (how every match of the pattern ends)
        s = _TAIL_TARGET.sub("", s)  # 经济增长预期目标为7%左右, 固定资产投资计划(增长8%)
    if s.endswith("年"):
        s = _TAIL_DURATION.sub("", s)  # 粮食总产量连续8年<稳定在100亿斤以上>
    if "目标" in s:
        s = _GOAL_LEAD.sub("", s)  # (今年全市)的目标是<城镇新增就业>5万人以上
    lead = _lead_words()
    while True:
        m = lead.match(s)
        if not m:
            break
        s = _LEAD_JUNK.sub("", _LEAD_DATE.sub("", _LEAD_JUNK.sub("", s[m.end():])))  # 奋力实现“十四五”末…
    if s.startswith(_PLAN_WORDS):
        s = _plan_lead().sub("", s)  # 年初计划新增城镇就业: the plan's indicator, 新增城镇就业
        s = _SET_LEAD.sub("", s) or s  # 年初确定(的)规模以上工业增加值: who set it, not its name
    if "预算" in s:  # (县人代会批准的)一般公共预算收入(年初预算): the budget's line, 一般公共预算收入
        s = _BUDGET_WORDS.sub("", s) or s
    if s.endswith(")"):  # 各项存款余额(亿元): the unit its figure carries, not its name
        unit = _NAME_UNIT.search(s)
        if unit and _bracket_unit_regex().fullmatch(unit.group(1)):
            s = s[: unit.start()]
    s = s.strip()
    return "" if s in _DANGLING else s


_UNIT_ASKED = re.compile(r"^[\u4e00-\u9fff、]{1,24}?(?:局|委员会|委|办公室|办|中心|政府|部门|单位)要"
                         r"|^(?:下半年|全年|今年|年内)?要(?:锚定|紧扣|对标|围绕)(?:全年)?"
                         r"|^(?:下半年|全年|今年|年内)?要(?=确保|力争|推动|争取|积极|实现|全力|努力|新|再|完成|开展|组织)")
_BUDGET_WORDS = re.compile(r"^[^,;。]{0,20}?(?:会议|人大|人代会|常委会)(?:审议)?批准的"
                           r"|(?<!比上年)(?<!较上年)(?<!比去年)(?:年初|调整后?的?)预算(?:安排|数)?$")


_PLAN_WORDS = ("年初", "年度", "今年", "全年", "计划", "目标", "实际")
_SET_LEAD = re.compile(r"^(?:年初|年度|今年|全年)(?:确定|提出|设定|制定|下达)(?:的)?")
_GOAL_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?的)?(?:预期|主要)?目标(?:是|为)[:：]?")


@lru_cache(maxsize=1)
def _plan_lead() -> re.Pattern:
    """年初计划 / 计划 / 目标 / 实际 before an action (新增, 改造, 筹集…): the plan's or the
    result's words, not the indicator's; 计划投资, 实际使用外资 (no action after them) stay names."""
    actions = sorted(_w().get("action", []) + ["筹集", "对", "为", "将"], key=len, reverse=True)
    return re.compile(r"^(?:年初|年度|今年|全年)?(?:计划|目标|实际)(?="
                      + "|".join(map(re.escape, actions)) + ")")


# what is left of 到2025年<突破1万亿元> once the year is taken as a date: no subject
_DANGLING = frozenset(("到", "至", "截至", "截止", "力争到", "争取到", "预计到", "到了"))
# what is left of 年度目标为<增长5%>, 与年度目标<增长7%>相比, 完成<年度>目标: whose target, not what
# it measures — the indicator is the one the sentence (or the heading before it) named
_PLAN_ONLY = re.compile(r"(?:建议)?(?:将|把)?(?:与|较|比)?(?:年度|全年|年初|今年|本年)(?:预期)?(?:增长)?")
_PLAN_NAMED = re.compile(r"(?:^|(?<=[与较比将把（(\s,，、;；]))(?:年度|全年|年初|今年|本年)(?:预期)?(?:增长)?"
                         r"(?:目标|计划)(?:为|是)?$")


@lru_cache(maxsize=1)
def _lead_words() -> re.Pattern:
    """Scope, strive and assure words that may open a subject (全市, 力争, 确保)."""
    w = _w()
    ws = sorted(set(w.get("scope", []) + w.get("strive", []) + w.get("assure", [])), key=len,
                reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ws)) + ")") if ws else re.compile("(?!)")


@lru_cache(maxsize=1)
def _action_words() -> tuple[re.Pattern, re.Pattern]:
    """Leading action verbs (建设, 新增…) and the nouns that merely look like them (建成区)."""
    w = _w()
    acts = sorted(w.get("action", []), key=len, reverse=True)
    nouns = sorted(w.get("noun", []), key=len, reverse=True)
    never = re.compile("(?!)")
    return (re.compile("(?:" + "|".join(map(re.escape, acts)) + ")") if acts else never,
            re.compile("(?:" + "|".join(map(re.escape, nouns)) + ")") if nouns else never)


def indicator_key(indicator_text: str) -> str:
    """Key for pairing a target with an outcome: the subject without leading action verbs
    (建设/建成/新增/认定…), scope words, quotes and spaces."""
    s = clean_subject(indicator_text)
    actions, nouns = _action_words()
    while not nouns.match(s):  # 建成区绿化率: a noun that begins like a verb stays
        m = actions.match(s)
        if not m or len(s) <= m.end() + 1:
            break
        s = s[m.end():]
    s = _KEY_LEAD.sub("", s)  # 新建、改扩建幼儿园 → 改扩建幼儿园
    s = _KEY_PUNCT.sub("", s)
    return _KEY_GROWTH.sub("", s)


_KEY_LEAD = re.compile(r"^(?:[、,]|及|和|与|以及)+")
_KEY_PUNCT = re.compile(r"[\s“”\"'《》()]")
_KEY_GROWTH = re.compile(r"(?:增速|增长率|增幅|增长)$")


def _subject_after(text: str, pos: int, end: int) -> str:
    """The noun phrase after a count unit (建设200个<村级…站点>), up to the clause end."""
    tail = _AGE_CLASS.sub("", text[pos:end], count=1)  # 12家<3岁以下>婴幼儿照护服务机构
    if tail.startswith(("及", "和", "与", "以及")):
        return ""  # 幼儿园17所及义务教育学校14所: the next item, with its own number
    m = _NOUN_AFTER.match(tail)
    return m.group("noun").strip() if m else ""


_NOUN_AFTER = re.compile(r"的?(?P<noun>[^,;、。\d()]{2,40})")  # 16.9万平方米<的>绿化任务
# 3岁以下婴幼儿, 65岁及以上老年人, 60岁老人: an age class; 人均预期寿命达到80岁 is a quantity
_AGE_CLASS = re.compile(r"^\d+(?:周)?岁(?:以下|以上|及以上|以内|(?:的)?(?:儿童|老人|老年|婴幼儿|人口|妇女|女性|学生|青少年|幼儿))")


_GROWTH_SUFFIX = re.compile(r"(?:增速|增长率|增幅|涨幅|增长)$")
# (as endings for str.endswith, one C call instead of a search along the whole subject)
_GROWTH_ENDINGS = ("增速", "增长率", "增幅", "涨幅", "增长")
_SHARE_ENDINGS = ("率", "比重", "占比", "比例", "份额", "覆盖面", "强度", "水平", "指数", "贡献率")
ACTION_ONLY = re.compile(r"^(?:新建|建成|建设|新增|培育|认定|实施|打造|完成|开展|组织|举办|落户|开工|引进|"
                          r"新开工|创建|改造|提供|带动|吸引)?$")


def _measure(unit: str, flags: dict, subject: str) -> str:
    kind = unit_kind(unit)
    if kind == "points":
        return "pp_change"
    if kind in ("rate", "permille"):
        if flags.get("avg"):
            return "avg_growth_pct"
        if flags.get("rise") or flags.get("fall") or subject.endswith(_GROWTH_ENDINGS) \
                or flags.get("filler") in _ON_LAST_YEAR_WORDS:  # (同比-2.7%: a growth rate)
            # 增长/下降 X% is a growth rate unless the subject is itself a rate (率达到 X%)
            if subject.endswith(_SHARE_ENDINGS) and not (flags.get("rise") or flags.get("fall")):
                return "share_pct"
            return "growth_pct"
        return "share_pct"
    if kind == "multiple":
        return "relative"
    if flags.get("rise") or flags.get("fall"):
        return "change"  # 增长12781元, 减少1386万: an amount of change, not a level
    if kind in COUNT_KINDS and not _PER_HEAD.search(subject):
        return "count"
    return "level"


# 每万人口发明专利拥有量2.1件, 每千人口医疗卫生机构床位数6.1张: a ratio to the population, a level
_PER_HEAD = re.compile(r"每(?:十万|万|千|百)(?:名|个)?(?:人|人口|常住人口|户|老年人|户籍人口)|每平方公里")


def _qualifier_after(text: str, pos: int) -> tuple[str, int]:
    """The qualifier word written right after a number (左右, 以上…) and where it ends."""
    m = _qualifier_after_regex().match(text, pos)
    return (_qualifier_words()[0][m.group(0)], m.end()) if m else ("", pos)


@lru_cache(maxsize=1)
def _qualifier_after_regex() -> re.Pattern:
    """The qualifier words, longest first: a regex alternation takes the first alternative that
    matches, so this is the longest word at the position, found in one C call."""
    ws = sorted(_qualifier_words()[0], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ws))) if ws else re.compile("(?!)")


# ---------------------------------------------------------------- main entry points


def find_quantities(text: str, start: int, end: int) -> list[dict]:
    """Every quantity (Arabic or Chinese numerals) in ``text[start:end]``, in order.

    Each is a dict with ``start, end, value, value_high, unit, approx`` (normalised offsets).
    Numbers without a unit are returned too (``unit == ""``) so the caller can account for them.
    """
    found: list[dict] = []
    pos = start
    rx = quantity_regex()
    fractions = _fractions(text, start, end)
    ratios = _ratios(text, start, end)
    mixed = _mixed_numerals(text, start, end)
    while True:
        m = rx.search(text, pos, end)
        if m is None:
            break
        pos = m.end()
        if m.start() in fractions:  # 减少1/3以上: a share, as 三分之一 is
            f_end, f_value = fractions[m.start()]
            found.append({"start": m.start(), "end": f_end, "value": f_value, "value_high": None,
                          "unit": "%", "approx": ""})
            pos = f_end
            continue
        if m.start() in mixed:  # 1万6千多户: one number written in two places
            x_end, x_value, x_unit, x_approx = mixed[m.start()]
            found.append({"start": m.start(), "end": x_end, "value": x_value, "value_high": None,
                          "unit": x_unit, "approx": x_approx})
            pos = x_end
            continue
        if m.start() in ratios:  # 3.1:35.8:61.1, one quantity of several parts
            r_end, parts = ratios[m.start()]
            found.append({"start": m.start(), "end": r_end, "value": None, "value_high": None,
                          "unit": "", "approx": "", "ratio": parts})
            pos = r_end
            continue
        mend = _marker_end(text, m.start(), start, end)
        if mend:
            found.append({"start": m.start(), "end": mend - 1, "value": None, "value_high": None,
                          "unit": "", "approx": "", "marker": True})
            pos = mend
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        lo = parse_number(m.group("lo"))
        q_start = m.start()
        if _MINUS_BEFORE.search(text, max(start, m.start() - 2), m.start()):
            lo, q_start = -lo, m.start() - 1  # 人口自然增长率为-4.11‰: a sign, not a dash
        hi = parse_number(m.group("hi")) if m.group("hi") else None
        unit = "%" if m.group("lopct") else ""
        mult = m.group("mult") or ""
        unit_word = m.group("unit") or ""
        if unit_word:
            unit = mult + unit_word  # as written: 1929.6万件, 1亿户 (to_base knows the prefix)
        elif mult and _MILESTONE_AFTER.match(text, m.end(), m.end() + 14):
            # 跨越6000亿和7000亿两个台阶: levels passed (a bound: qualifier exceed), as written
            found.append({"start": m.start(), "end": m.end(), "value": lo, "value_high": None,
                          "unit": mult, "approx": "", "milestone": True})
            continue
        elif mult and (not _HAN.match(text[m.end(): m.end() + 1] or " ")
                       or text.startswith(_BOUND_WORDS, m.end()) or _TO_AFTER.match(text, m.end())
                       or _PEOPLE_AFTER.match(text, m.end())):
            unit = mult  # 减少1386万, 超过1亿, 由8300万增加到…, 6069万农民受益: a bare count
        elif mult:
            unit = ""
        q_end = m.end()
        if not unit and _IN_YEARS.match(text, q_end) and (
                "." in m.group("lo") or _YEARS_OF.search(text, max(start, m.start() - 6), m.start())):
            unit, q_end = "年", q_end + 1  # 受教育年限达到11.2年: a length of time, not a date
        if not unit and text.endswith("百分之", max(start, m.start() - 3), m.start()):
            unit, q_start = "%", m.start() - 3  # 百分之6.5: a percentage half in words
        if m.group("dash") and hi is None:
            q_end = m.start("dash")
        if hi is not None and not unit and m.group("dash") in ("-", "—") and not m.group("lopct"):
            # 2023-2025 or 3-5 with no unit: a span of years or a label, not a range
            hi = None
            q_end = m.end("lo")
        q = {"start": q_start, "end": q_end, "value": lo, "value_high": hi,
             "unit": unit, "approx": "at_least" if m.group("approx") else ""}
        if unit_word and "亿" in mult and _MILESTONE_AFTER.match(text, q_end, q_end + 14):
            q["milestone"] = True  # 先后跨越2.5万亿元、3万亿元台阶: levels passed
        found.append(q)
    for m in _cn_quantities(text, start, end):
        if m.start() > start and text[m.start() - 1] in "0123456789.":
            continue  # the 亿元 of 1208亿元: the Arabic scan above has it
        try:
            if m.group("pct"):  # (百分之百: the hundred's 一 unsaid)
                n = m.group("pctn")
                v, unit, hi = cn_to_number("一" + n if n[0] == "百" else n), "%", None
            elif m.group("pmil"):  # 千分之五: per mille
                v, unit, hi = cn_to_number(m.group("pmiln")), "‰", None
            elif m.group("pp"):
                v, unit, hi = cn_to_number(m.group("ppn")), "个百分点", None
            elif m.group("frac"):
                v, unit, hi = 100 * cn_to_number(m.group("fracn")) / cn_to_number(m.group("fracd")), "%", None
            elif m.group("twodigit") and "降" in text[max(0, m.start() - 6): m.start()]:
                continue  # 降幅仍在两位数: a fall, of no figure said
            elif m.group("twodigit") or m.group("half"):
                found.append({"start": m.start(), "end": m.end(), "unit": "%", "value_high": None,
                              "value": 10.0 if m.group("twodigit") else 50.0,
                              "approx": "at_least" if m.group(0) in ("两位数", "过半") else "",
                              "growth": bool(m.group("twodigit"))})
                continue
            elif m.group("dbl"):
                n = cn_to_number(m.group("dbln")) if m.group("dbln") else 1  # 翻番 = 翻一番
                v, unit, hi = 2 ** n, "倍", None
                found.append({"start": m.start(), "end": m.end(), "value": v, "value_high": hi,
                              "unit": unit, "approx": "", "doubling": True})
                continue
            elif m.group("times"):  # 增长一倍: a multiple (增长1倍 in figures)
                v, unit, hi = cn_to_number(m.group("timesn")), "倍", None
            elif m.group("mag"):
                # 跻身万亿元城市行列, 迈上千亿台阶: a bare order of magnitude is a threshold
                mag = m.group("mag")
                v, unit, hi = (1.0, "万亿元", None) if mag == "万亿" else (
                    100.0 * (10 if mag == "千亿" else 1), "亿元", None)
                if m.group("magu") == "美元":
                    unit = unit.replace("元", "美元")
            elif m.group("tenth") or m.group("tenth2"):
                v, unit, hi = 10 * cn_to_number(m.group("tenthn") or m.group("tenthn2")), "%", None
            else:
                n, unit, hi = m.group("placedn"), m.group("placedu"), None
                mult = next((w for w in ("万亿", "亿", "万") if n.endswith(w) and len(n) > len(w)), "")
                if mult and not unit.startswith(("万", "亿")):
                    n, unit = n[: -len(mult)], mult + unit  # 五百亿元 → 500 亿元, as 500亿元 reads
                v = cn_to_number(n)
                if unit_kind(unit) == "count" and "点" not in m.group("placedn") and (
                        cn_to_number(m.group("placedn")) < 20 or len(m.group("placedn")) < 2):
                    continue  # 十个方面, 百个村: rhetoric; 八十六个, 三点五个, 两千个 counts
        except NumberError as exc:  # an unconvertible numeral is not a quantity
            log.debug("skipped numeral %r: %s", m.group(0), exc)
            continue
        found.append({"start": m.start(), "end": m.end(), "value": v, "value_high": hi,
                      "unit": unit, "approx": "at_least" if m.group("more") else ""})
    found.sort(key=lambda q: q["start"])
    return _share_list_units(text, _line_head_units(text, found))


_BOUND_WORDS = ("以上", "以下", "左右", "以内")
# 6069万农民受益, 惠及1.6亿学生, 解决6000万农村人口的饮水问题: people counted in 万 or 亿
_MINUS_BEFORE = re.compile(r"(?:[为是至:的比]|^)[-−－]$")  # (同比-2.7%, 由上年的-4.5%)
# a figure in years: a decimal (11.2年), or after a word for a length of time (年限达到11年)
_IN_YEARS = re.compile(r"年(?![代度级底末初中内前后间来以时左])")
_YEARS_OF = re.compile(r"(?:年限|年数|年龄|工龄|时长)(?:为|是|达到|达|提高到|提高至|提升到|提升至|增加到|增加至|延长到|延长至|保持在)?$")
_PEOPLE_AFTER = re.compile(r"(?:农村|城镇|城市|城乡|贫困|困难|低保|失业|下岗|农业转移|中小|在校|适龄|"
                           r"符合条件的){0,2}(?:人口|农民|学生|孩子|儿童|纳税人|居民|市民|群众|职工|人员|"
                           r"劳动力|用户|家庭|老人|老年人|患者|群体)")
# 1/3, 1/4 written with a slash: a fraction (not a date such as 2024/1/5, not 7/24 hours)
_FRACTION = re.compile(r"(?<![\d/.])(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/])")


def _fractions(text: str, start: int, end: int) -> dict[int, tuple[int, float]]:
    """``start → (end, value in percent)`` of each slash fraction in ``text[start:end]``."""
    if text.find("/", start, end) < 0:
        return {}
    out = {}
    for m in _FRACTION.finditer(text, start, end):
        n, d = int(m.group("n")), int(m.group("d"))
        if 0 < n < d <= 10:  # halves to tenths: 7/24 is not
            out[m.start()] = (m.end(), 100 * n / d)
    return out


@lru_cache(maxsize=1)
def _mixed_regex() -> re.Pattern:
    """1万6千(多)户, 2万5千公里, 1亿3千(多)万: Arabic digits in two places, read as 1.6万户, 2.5万公里,
    1.3亿."""
    return re.compile(rf"(?<![\d.])(?P<a>\d+)(?:(?P<wan>万)(?P<b>\d)千(?P<more>多|余)?"
                      rf"|(?P<yi>亿)(?P<c>\d)千(?P<more_>多|余)?万(?P<approx>多|余)?)"
                      rf"(?![\d万亿])(?P<unit>{unit_pattern()})?")


def _mixed_numerals(text: str, start: int, end: int) -> dict[int, tuple[int, float, str, str]]:
    """``start → (end, value, unit, approx)`` of each mixed numeral in ``text[start:end]``."""
    if text.find("千", start, end) < 0:
        return {}
    out = {}
    for m in _mixed_regex().finditer(text, start, end):
        big, tenth = (m.group("wan"), m.group("b")) if m.group("wan") else (m.group("yi"), m.group("c"))
        more = m.group("more") or m.group("more_") or m.group("approx")
        out[m.start()] = (m.end(), int(m.group("a")) + int(tenth) / 10, big + (m.group("unit") or ""),
                          "at_least" if more else "")
    return out


# 8.5:40.2:51.3, 2.31:1 — a ratio (a colon between digits; never a time such as 9:30, which has
# two digits after the colon and no decimal point anywhere)
_RATIO = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?:\s*[:∶]\s*\d+(?:\.\d+)?)+(?![\d:])")
_RATIO_PART = re.compile(r"\d+(?:\.\d+)?")


def _ratios(text: str, start: int, end: int) -> dict[int, tuple[int, tuple]]:
    """``start → (end, parts)`` of each ratio in ``text[start:end]``; each part is
    ``(start, end, value)``."""
    if text.find(":", start, end) < 0 and text.find("∶", start, end) < 0:
        return {}
    out = {}
    for m in _RATIO.finditer(text, start, end):
        parts = tuple((p.start(), p.end(), float(p.group(0)))
                      for p in _RATIO_PART.finditer(text, m.start(), m.end()))
        if len(parts) == 2 and "." not in m.group(0) and len(m.group(0).split(":")[-1]) == 2:
            continue  # 9:30: a time of day
        out[m.start()] = (m.end(), parts)
    return out


_LIST_JOIN = frozenset(("和", "、", "与", "及"))


# a 专栏 line that names the indicator and its unit once, then gives bare figures:
# 地区生产总值(亿元):2020年3720, 常住人口城镇化率(%):2020年55.2(规划目标55)
# (or a form's row, 年度预算资金(万元) | 资金总额 | 68425.63: the unit only, each figure named by its
# own cell)
_LINE_HEAD_UNIT = re.compile(r"(?:\d{1,2}[.、])?(?P<name>[^\n\t:。;,()]{2,30})\((?P<unit>[^()\n]{1,8})\)(?P<sep>:|\t)")
_NOT_AFTER_BARE = re.compile(r"[年月日号届期次位名]")


def _line_head_units(text: str, found: list[dict]) -> list[dict]:
    """On a line that opens ``指标(单位):``, each figure is the indicator's (``head``: where
    its name is), and a figure with no unit takes the bracket's, when the bracket holds a unit
    (not a note) and the figure is no date or count of years. On a form's row, ``指标(单位)``
    then cells, only the row's first figure takes it (those after it are other columns')."""
    line, head, first = -1, None, True
    for q in found:
        if q.get("marker") or q.get("ratio"):
            continue
        if text.rfind("\n", 0, q["start"]) + 1 != line:
            line = text.rfind("\n", 0, q["start"]) + 1
            head, first = _LINE_HEAD_UNIT.match(text, line, q["start"]), True
            if head and not _bracket_unit_regex().fullmatch(head.group("unit")):
                head = None
        if head is None or q["start"] < head.end():
            continue
        if head.group("sep") == ":":
            q["head"] = head.span("name")
        elif not first:
            continue
        first = False
        if not q["unit"] and q["value"] is not None and not _NOT_AFTER_BARE.match(text, q["end"]):
            q["unit"] = head.group("unit")
    return found


def _share_list_units(text: str, found: list[dict]) -> list[dict]:
    """``分别增加1753万和2028万``, ``分别高4.2和0.7个百分点``: a number with no unit, joined by
    和/、/与/及 to the next one, takes that one's unit (a chain, right to left)."""
    for q, nxt in zip(reversed(found[:-1]), reversed(found[1:])):
        if (not q["unit"] and q["value"] is not None and not q.get("marker") and nxt["unit"]
                and nxt["value"] is not None and text[q["end"]: nxt["start"]] in _LIST_JOIN):
            q["unit"] = nxt["unit"]
    for q, nxt in itertools.pairwise(found):  # 由12.8%下降到<0>: the figure reached, in the same unit
        if (q["unit"] and not nxt["unit"] and nxt["value"] is not None and not nxt.get("marker")
                and _TO_AFTER.fullmatch(text, q["end"], nxt["start"])
                and not _NOT_AFTER_BARE.match(text, nxt["end"])):
            nxt["unit"] = q["unit"]
    return found


# a list marker opens a line, a table cell (after a tab) or a paragraph inside a cell
# (1.2万人 alone in its cell or line is a decimal; 2.8个市级战新基地围绕… opens with a marker)
_MARKER = r"\d{1,2}(?:\.(?!\d+[^\S\t\n]*[^\d\s,.;:。]{0,6}[^\S\t\n]*(?:[\t\n]|$))|、)(?=[^\d\s]|\d+[^\d.%])"
_LINE_MARKER = re.compile(r"(?m)(?<![^\n\t\u2029])[ \t]*" + _MARKER)
_MARKER_BODY = re.compile(_MARKER, re.MULTILINE)
_OPENS = "\n\t\u2029"


def _marker_end(text: str, d: int, start: int, end: int) -> int:
    """The end of the list marker that ``_LINE_MARKER.finditer(text, start, end)`` would find
    starting exactly at the digit ``d``, or 0. Asked only where a number starts, instead of
    scanning every segment for markers."""
    if not (d == 0 or text[d - 1] in _OPENS):
        return 0
    s = d
    while s > start and text[s - 1] in " \t":
        s -= 1
    # a marker starting on the blanks before d would take d with it
    if s < d and (s == 0 or text[s - 1] in _OPENS or "\t" in text[s: d - 1]):
        return 0
    m = _MARKER_BODY.match(text, d, end)
    return m.end() if m and in_numbered_list(text, d, m.end(), start, end) else 0


def in_numbered_list(text: str, d: int, mend: int, start: int, end: int) -> bool:
    """Whether the marker ``text[d:mend]`` written right before a number is one (2.8个市级基地,
    after a 1. in the same stretch) or a decimal that opens a cell or line (28.6微克/立方米, no
    27. before it): a marker there needs the one before it (or, for 1., the one after it)."""
    if text[mend - 1] != "." or not text[mend: mend + 1].isdigit():
        return True
    n = int(text[d: mend - 1])
    if n > 1:
        return re.search(rf"(?:^|[\n\t\u2029])[ \t]*{n - 1}[.、]", text[start:d]) is not None
    return re.search(r"[\n\t\u2029][ \t]*2[.、]", text[mend:end]) is not None


_STRIVE = re.compile(r"力争|争取|努力")
# (the alternatives of the patterns that scan whole segments each open with a plain character,
# so the engine skips to candidates in C: (?:19|20)\d{2} written 19\d{2}|20\d{2}, and so on)
_CN_YEAR = "〇零一二三四五六七八九"
_YEAR_ANCHOR = re.compile(
    r"(?P<y>19\d{2}|20\d{2}|" + "|".join(f"{c}[{_CN_YEAR}]{{3}}" for c in _CN_YEAR)
    + r")年(?:底|末|前)?(?!\d)")
_YEAR_NOT_ANCHOR_AFTER = re.compile(r"^(?:的)?(?:基础上|以来|水平|同期|价格|不变价|可比价|起|开始)")
_SHARE_OF_YEAR = re.compile(r"的[\d.]+(?:%|倍)")  # 恢复到2019年的114.7%: that year's level, a base
_YEAR_NOT_ANCHOR_BEFORE = re.compile(r"(?:比|较|同|以|于|和|与|从|由|自|为|是)$")
_PERIOD_ANCHOR = re.compile(r"五年来|过去五年|五年间|过去的五年"
                            r"|“(?P<fyp>十[一二三四五]?)五”?(?:时期|期间|(?P<end>末|期末)|(?=年均))"
                            r"|(?P<fyp_>十[一二三四五]?)五”?(?:时期|期间|(?P<end_>末|期末))")  # “十一五”年均增长
_AHEAD = re.compile(r"今后五年|未来五年|今后一个时期")


_SPAN_ON = re.compile(r"[-—~至到]\d")


def time_anchors(text: str, start: int, end: int) -> list[tuple[int, int | None, int]]:
    """Year expressions in ``text[start:end]`` that date the quantities after them.

    Returns ``(position, year, period_years)`` in order: ``到2025年`` → ``(p, 2025, 0)``;
    ``“十三五”时期`` → ``(p, 2020, 5)``; ``五年来`` → ``(p, None, 5)`` (the five years before
    the document). A year that is a comparison base (比2020年, 在2025年基础上, 2019年以来)
    dates nothing.
    """
    out = []
    for m in _YEAR_ANCHOR.finditer(text, start, end):
        if _YEAR_NOT_ANCHOR_AFTER.match(text[m.end(): m.end() + 4]) or _SHARE_OF_YEAR.match(
                text, m.end(), m.end() + 12):
            continue
        if _YEAR_NOT_ANCHOR_BEFORE.search(text[max(start, m.start() - 1): m.start()]):
            continue
        if _SPAN_ON.match(text, m.end()):
            continue  # 2021年至2025年: the span's end dates it
        out.append((m.start(), int(m.group("y").translate(CN_YEAR_DIGITS)), 0))
    for m in _PERIOD_ANCHOR.finditer(text, start, end):
        if _YEAR_NOT_ANCHOR_BEFORE.search(text[max(start, m.start() - 1): m.start()]):
            continue  # 比“十五”期末降低20%: the period is the base compared with
        fyp = m.group("fyp") or m.group("fyp_")
        if not fyp:  # 五年来, 过去五年
            out.append((m.start(), None, 5))
        else:  # 十五 (2001–2005), 十一五 … 十五五
            n = 10 + ("一二三四五".index(fyp[1]) + 1 if len(fyp) == 2 else 0)
            # “十四五”末: the plan's last year, not the five years of it
            out.append((m.start(), 1955 + 5 * n, 0 if m.group("end") or m.group("end_") else 5))
    for m in _RELATIVE_YEAR.finditer(text, start, end):
        if _YEAR_NOT_ANCHOR_BEFORE.search(text[max(start, m.start() - 1): m.start()]) or \
                _YEAR_NOT_ANCHOR_AFTER.match(text[m.end(): m.end() + 4]):
            continue  # 赤字率从去年的2.1%提高到2.3%, 在去年基础上再翻一番: a base dates nothing
        out.append((m.start(), _RELATIVE_YEARS[m.group(0)], 0))
    for m in _AHEAD.finditer(text, start, end):
        out.append((m.start(), None, 0))  # 今后五年: what follows is no longer the years past
    return sorted(out, key=lambda a: a[0])


# years named relative to the document's own: small numbers are offsets, not years
_RELATIVE_YEARS = {"过去一年": -1, "去年": -1, "上一年": -1, "刚刚过去的一年": -1,
                   "今年": 0, "本年": 0, "明年": 1}
_RELATIVE_YEAR = re.compile("|".join(sorted(_RELATIVE_YEARS, key=len, reverse=True)))


_position = operator.itemgetter(0)
_ESTIMATED = re.compile(r"[ \u3000]*[(（]?(?:预计|初步核算|快报数)")  # (within 8 characters; not across a tab, the next cell)


# a year that frames the sentences after it (2024年,面对… / 2023年是…之年。), not one that
# dates only its own (2024年全州…完成61.2亿元。)
_FRAMES = re.compile(r"(?:19|20)\d{2}年(?:以来|来)?[,:]|(?:19|20)\d{2}年是")
_SAME_YEAR = re.compile(r"\s*(?:全年|当年|同年|其中|年末|年底)")  # …。全年接待游客突破5200万人次
_ON_LAST_YEAR = re.compile(r"比上年|较上年|同比")
_ON_LAST_YEAR_WORDS = frozenset(("同比", "比上年", "较上年", "比上年同期"))


def _clause_before(text: str, pos: int, reach: int) -> str:
    """At most ``reach`` characters before ``pos``, from the last comma or stop among them."""
    before = text[max(0, pos - reach): pos]
    cut = max(before.rfind(c) for c in ",;。:")
    return before[cut + 1:]


def _dated(stmt: Statement, anchors: list[tuple[int, int | None, int]], text: str,
           sentence: int = 0) -> Statement:
    """Attach the latest preceding time anchor of the paragraph, and 预计 as an outcome hint;
    whether the anchor lies before ``sentence``, the start of the statement's sentence. A
    statement its own words date (由2020年的86.5亿元…) keeps its year."""
    if stmt.year is not None:
        return stmt
    before = anchors[: bisect.bisect_right(anchors, stmt.num_start, key=_position)]
    year, period = (before[-1][1], before[-1][2]) if before else (None, 0)
    if before and before[-1][0] < sentence and not _FRAMES.match(text, before[-1][0]) \
            and not _SAME_YEAR.match(text, sentence):
        stmt = stmt._replace(year_far=True)
    if stmt.measure == "avg_growth_pct" and year is not None and not period:
        # “十四五”时期…2025年地区生产总值达到9800亿元,年均增长6.1%: an average over the
        # period named earlier that ends in the year just named
        period = next((a[2] for a in reversed(before) if a[2] and a[1] == year), 0)
    if period and _ON_LAST_YEAR.search(_clause_before(text, stmt.num_start, 16)):
        period = 0  # (“十五”时期年均增长10.4%;)…分别比上年增长11.2%: one year's growth
    if year is not None and abs(year) < 100:
        return stmt._replace(year=None, year_rel=year, period_years=0,
                       kind_hint=stmt.kind_hint or ("outcome" if year < 0 else ""))
    hint = stmt.kind_hint
    if _ESTIMATED.match(text, stmt.num_end, stmt.num_end + 8) or _ESTIMATED.match(
            text, stmt.end, stmt.end + 8):
        hint = "outcome"
    if year is None and period and not hint:
        hint = "outcome"  # 五年来, 过去五年: the five years just past
    if year is None and not period and hint == stmt.kind_hint:
        return stmt
    return stmt._replace(year=year, period_years=period, kind_hint=hint)


def statements(text: str, start: int, end: int, labels: list[tuple[int, int]] | None = None
               ) -> tuple[list[Statement], list[dict]]:
    """Extract statements from one segment ``text[start:end]`` of normalised text.

    Args:
        text: the whole normalised document.
        start, end: the segment to read.
        labels: spans (quoted names, titles) whose numbers are labels.

    Returns:
        ``(statements, numbers)``: the statements, and one dict per number token in the
        segment with its ``role`` (``quantity``, ``date``, ``ordinal``, ``label``,
        ``unexplained``) for the coverage report.
    """
    labels = labels or []
    out: list[Statement] = []
    numbers: list[dict] = []
    found = find_quantities(text, start, end)  # one scan per segment, shared out to clauses
    if not found and not _NON_NUMERIC_HINT.search(text, start, end):
        return out, numbers  # no number and no relative target or task in the whole segment
    anchors = time_anchors(text, start, end)  # a year named early in a paragraph dates it
    starts = [q["start"] for q in found]
    alone = None  # the sentence before, when it stated no figure (it may name one alone)
    for s_start, s_end in sentences(text, start, end):
        i, j = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        heading, alone = ((*alone, s_start, s_end) if alone else None), None
        if all(q.get("marker") or not q["unit"] for q in found[i:j]):  # (none, or a list's 2.)
            alone = (s_start, s_end)
            if i == j and not _NON_NUMERIC_HINT.search(text, s_start, s_end):
                continue  # no number and no relative target or task: nothing to state
        if OTHER_SCRIPT.search(text, s_start, s_end) and _translated(text[s_start:s_end]):
            numbers.extend({"start": q["start"], "end": q["end"], "role": "translation"}
                           for q in found[bisect.bisect_left(starts, s_start):
                                          bisect.bisect_left(starts, s_end)])
            continue  # 지역총생산액이 5.5% 좌우 성장…: a bilingual page's translation of the
            # sentence before, whose figures are read there
        strive_sentence = False  # 力争 in an earlier clause of the sentence
        strive_open = False  # …in a clause of no figure of its own (力争全年,): it governs the rest
        last_subject = ""
        group: list[str] = []  # the subjects of the last 分别 clause
        previous = None  # the sentence's last statement so far
        figure = None  # …and the last of a figure, not a change in points (增速比上半年加快0.3个百分点)
        aimed = False  # the sentence has named a target
        ahead = _AIMS_AHEAD.search(text, sentence_start(text, start, s_start), s_end)
        for c_start, c_end in clauses(text, s_start, s_end):
            clause = text[c_start:c_end]
            quantities = found[bisect.bisect_left(starts, c_start): bisect.bisect_left(starts, c_end)]
            carried = "all" if strive_open else "inherited" if strive_sentence else ""
            if ahead is None and _AIM.search(clause):
                ahead = _AIM.search(text, c_start, c_end)  # 力争…300个以上,<全年…增长5%左右>
            elif ahead is not None and _DONE_NOW.search(clause):
                ahead = None  # …,截至9月底已完成…: back to what was done
            if _STRIVE.search(clause):
                strive_sentence = True
                strive_open = strive_open or not quantities
            inherited = last_subject
            stmts: list[Statement] = []
            if quantities:
                stmts, last_subject = _clause_statements(text, c_start, c_end, quantities, labels,
                                                         last_subject, carried, numbers, previous,
                                                         ahead.end() if ahead else None, figure,
                                                         heading)
                previous = stmts[-1] if stmts else previous
                aimed = aimed or any(st.kind_hint == "target" for st in stmts)
                figure = next((st for st in reversed(stmts) if st.measure not in _GAP_MEASURES), figure)
                stmts = _carry_respectively(stmts, group, inherited)
                if stmts and _RELATIVE_WORD.search(text, stmts[-1].end, c_end):
                    # 增长7%左右、<与经济增长同步>: a relative aim after the figure, in its clause;
                    # 34.2亿斤、<与上年基本持平>: no change
                    stmts += [st for st in _non_numeric(
                        text, _TAIL_PUNCT.match(text, stmts[-1].end).end(), c_end,
                        strive_open or bool(_STRIVE.search(clause)), stmts[-1].indicator_text)
                        if st.measure == "relative" or st.measure == "growth_pct" and st.value == 0]
            if len(stmts) > 1 and "分别" in clause:
                group = [st.indicator_text for st in stmts]
            if not stmts and not any(q["unit"] for q in quantities):
                # no number, or only dates and names (PM2.5…控制在省下达目标以内); not a number
                # measured against the target (分别完成目标任务的117%)
                stmts = _non_numeric(text, c_start, c_end, strive_open or bool(_STRIVE.search(clause)),
                                     last_subject)
                if previous is not None and previous.value is not None and (
                        _NOT_DONE.match(clause) or aimed and _VERDICT.fullmatch(clause)):
                    stmts = []  # 增长5.1%,<未完成目标任务>; 目标增长9%…实际增长10.8%,<超额完成目标
                    # 任务>: the figure before says how far it fell or rose against the target the
                    # sentence names; attainment judges it
                elif previous is not None and previous.value is not None and stmts and all(
                        st.indicator_text == text[st.num_start:st.num_end]
                        and _ANY_TASK.fullmatch(st.indicator_text) for st in stmts):
                    # 增长5.2%,<完成年度目标>, 实现正增长: a task of no name of its own is the one
                    # of the figure before
                    stmts = [st._replace(indicator_text=previous.indicator_text) for st in stmts]
                if stmts and (_AIM.search(clause) or ahead is not None and c_start >= ahead.end()):
                    stmts = [st._replace(kind_hint="target") for st in stmts]  # 确保…完成省下达任务
            if not stmts and not last_subject:
                last_subject = _topic(clause) or (  # 经济总量连续跨越…台阶,2020年达到7400亿元
                    _name_alone(clause) if text.startswith(":", c_end) else "")  # ● 地区生产总值:增长6%
            out.extend(_dated(st, anchors, text, s_start) for st in stmts)
    return out, numbers


_TAIL_PUNCT = re.compile(r"[、,，\s]*")
_NAME_ALONE_MAX = 16


def _heading_name(text: str, h_start: int, h_end: int, s_start: int, s_end: int) -> str:
    """The name the sentence ``text[h_start:h_end]`` states alone, for the sentence after it
    (``s_start``…``s_end``); '' when either is a table's row, whose own cells name it."""
    for a, b in ((h_start, h_end), (s_start, s_end)):
        line_end = text.find("\n", b)
        if text.find("\t", text.rfind("\n", 0, a) + 1, len(text) if line_end < 0 else line_end) >= 0:
            return ""
    return _name_alone(text[h_start:h_end])


@lru_cache(maxsize=4096)
def _name_alone(sentence: str) -> str:
    """The indicator a sentence of no figure names and no more (2. 固定资产投资增速), else ''."""
    name = _ABOUT.sub("", _LEAD_JUNK.sub("", _LIST_MARKER.sub("", sentence)).strip(" \t:："))
    if not 2 <= len(name) <= _NAME_ALONE_MAX or not _IDEOGRAPH.fullmatch(name[0]) \
            or any(ch in name for ch in ",，、;；“”()（）\t") or any(ch.isdigit() for ch in name) \
            or _TOPIC_VERB.search(name) or _SAYS_HOW.search(name):
        return ""  # (教育事业迅速发展, 城乡居民收入持续增长: a run-in heading that says how it went)
    return clean_subject(_strip_tail(name)[0])


_ABOUT = re.compile(r"^关于")  # (一)关于地区生产总值。
_SAYS_HOW = re.compile(r"迅速|加快|不断|较快|平稳|回升|向好|特色|成效|增强|提升|改善|优化|发展")
GROWTH_OPENS = re.compile(r"(?:同比|比上年|同口径)?(?:增长|下降|增速|增幅)-?\d")
# (a sentence written in another script than Chinese, OTHER_SCRIPT, is a translation)
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _translated(sentence: str) -> bool:
    """The sentence is written mostly in another script than Chinese."""
    return len(OTHER_SCRIPT.findall(sentence)) > len(_IDEOGRAPH.findall(sentence))


# what a sentence of a report of results says of the months ahead (下一步…, 我们将…, 今年的目标
# 是…): its figures after these words are aims, not results
_AIMS_AHEAD = re.compile(r"(?:^|(?<=[\s。;；,，]))(?:下一步|下阶段|接下来|今后)|我们将|(?:目标|预期目标)(?:是|为)[:：]?|预期目标[:：]")


_AIM = re.compile(r"力争|确保(?!了|”)|有望")
# a task that names no work of its own (完成省下达的年度任务, 完成年度目标, 实现正增长), unlike
# 完成年度化债任务 or 实现碳达峰任务
_ANY_TASK = re.compile(r"(?:完成|实现)(?:了)?(?:[^,，。;；]{0,12}?(?:下达|确定)的?)?(?:年度|全年|年初)?"
                       r"(?:预期)?(?:目标)?(?:任务)?|实现正增长"
                       r"|(?:年度|全年)(?:目标)?任务(?:均|已|均已)?(?:全部|全面|超额)?完成")  # 年度任务已完成  # (有望: what the year is expected to reach)
_DONE_NOW = re.compile(r"截至|截止|目前|已经?|实际")


def sentence_start(text: str, start: int, pos: int) -> int:
    """Where the sentence holding ``pos`` begins, at the last full stop or line break (not at a
    semicolon, which parts the clauses of one sentence) in ``text[start:pos]``."""
    return max(start, text.rfind("。", start, pos) + 1, text.rfind("\n", start, pos) + 1)


_TOPIC = re.compile(r"^[\u4e00-\u9fff“”]{2,12}?(?=连续|持续|稳步|稳定|保持|实现|跨越|迈上|跃上|突破|首次|继续|进一步|大幅|明显|显著)")


def _topic(clause: str) -> str:
    """The noun phrase a clause opens with when it states no quantity of its own
    (经济总量<连续跨越…>), or that it is (城镇居民人均可支配收入和农村居民人均纯收入,<分别增长…>),
    to serve as the subject of the next clause."""
    if "分别" not in clause and _NOUN_PAIR.match(clause):
        return clause.strip()
    if not _TOPIC_VERB.search(clause):
        return ""
    m = _TOPIC.match(clean_subject(clause))
    return m.group(0) if m else ""


_NOUN_PAIR = re.compile(r"\s*[\u4e00-\u9fff]{4,24}(?:和|与|及)[\u4e00-\u9fff]{4,24}\s*$")
_TOPIC_VERB = re.compile(r"连续|持续|稳步|稳定|保持|实现|跨越|迈上|跃上|突破|首次|继续|进一步|大幅|明显|显著")


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` inside one of ``spans`` (sorted, non-overlapping, as label_spans returns them)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _clause_statements(text, c_start, c_end, quantities, labels, last_subject, strive, numbers,
                       previous: Statement | None = None, ahead_at: int | None = None,
                       figure: Statement | None = None, heading: tuple | None = None):
    """The statements of one clause; ``previous`` is the sentence's statement before it;
    ``strive`` says what an earlier clause's 力争 governs here: ``all`` its figures, the
    ``inherited`` ones (no subject of their own), or nothing; ``ahead_at``, where the sentence
    turned to the months ahead (我们将…): figures after it are aims; ``figure``, the sentence's
    last statement of a figure (not a change in points), whose indicator a gap is of;
    ``heading``, the spans of the sentence before (if it stated no figure) and of this one, for
    a name the one before stated alone (固定资产投资增速。) to name a figure named only as the
    year's target."""
    out: list[Statement] = []
    prev_end = c_start
    pending_each: list[str] = []
    clause_text = text[c_start:c_end]
    # 力争 in the clause governs its figures; from an earlier clause of the sentence, only a
    # figure with no subject of its own (增长6.5%左右,<力争7%>) — not 力争A达到…,B增长…'s B
    strive_here = strive == "all" or bool(_STRIVE.search(clause_text))
    respectively = "分别" in clause_text or bool(_PAIRED_FIGURES.search(clause_text))
    base = None  # (subject_raw, subject, start) of a 从X… just read: the subject of …到Y
    label_end = None  # where the last number, a label, ended
    for k, q in enumerate(quantities):
        in_label = in_spans(q["start"], labels)
        if q.get("marker"):
            numbers.append({"start": q["start"], "end": q["end"], "role": "ordinal"})
            continue
        if q.get("ratio"):
            shares = _sector_shares(text, prev_end, q, strive_here) or _ratio_to_one(
                text, prev_end, q, strive_here)
            out.extend(shares)
            numbers.extend({"start": st.num_start, "end": st.num_end, "role": "quantity"}
                           for st in shares)
            if not shares:  # 按1:1比例配套: a ratio, explained, not a quantity read
                numbers.append({"start": q["start"], "end": q["end"], "role": "ratio"})
            elif len(shares) < len(q["ratio"]):  # the 1 of 2.3:1
                numbers.extend({"start": a, "end": b, "role": "ratio"} for a, b, _v in q["ratio"]
                               if a not in {st.num_start for st in shares})
            prev_end = q["end"]
            continue
        role = number_role(text, q["start"], q["end"], q["unit"], in_label)
        if not q["unit"] and not role and text[q["start"] - 1: q["start"]] == "[" \
                and text[q["end"]: q["end"] + 1] == "]":
            role = "label"  # 地区生产总值[1]512.36亿元: a note's mark, not a figure
        if q.get("growth") and (any(st.measure == "growth_pct" for st in out) or (
                previous is not None and previous.measure == "growth_pct" and previous.value is not None)
                or _STREAK_BEFORE.search(text, max(c_start, q["start"] - 8), q["start"])):
            role = "label"  # 增长12.6%、实现两位数增长; 连续三年保持两位数增长: said of a figure
            # given, or of a run of years
        if q["unit"] and not in_label and text[q["end"]: q["end"] + 1] == "级":
            role = "label"  # 50亿级 / 百亿级: a class of project, not an amount
        if q["unit"] and _LABEL_BEFORE.search(text[max(0, q["start"] - 2): q["start"]]):
            role = "label"
        if q["unit"] and not role and _PHONE.match(text, q["start"]):
            role = "label"  # 0731-28661935 株洲市…: a telephone number, whatever follows it
        if q["unit"] and not role and text[q["start"] - 1: q["start"]] in _AGAINST_TARGET_LAST \
                and _AGAINST_TARGET.search(text[max(0, q["start"] - 16): q["start"]]):
            role = "label"  # 低于年初预期目标1.3个百分点, 完成年度目标的106.7%: measured against
            # the target, which attainment computes itself, not a quantity of its own
        if q["unit"] and not role and _DONE_RATE_BEFORE.search(text, max(0, q["start"] - 8),
                                                                q["start"]):
            role = "label"  # 完成率92%: the result as a share of the target
        gap = _GAP_BEFORE.search(text, max(0, q["start"] - 20), q["start"]) \
            if q["unit"] == "个百分点" and not role else None
        if gap:  # 增长6.1%,高于全省0.1个百分点; 增速快于城镇居民2.1个百分点: how far above another's
            figures = [st for st in out if st.measure not in _GAP_MEASURES]
            st = _gap_statement(text, c_start, prev_end, q, gap, figures[-1] if figures else (
                figure or (out[-1] if out else previous)), last_subject, strive_here, ahead_at)
            out.append(st)
            numbers.append({"start": q["start"], "end": q["end"], "role": "quantity"})
            prev_end = st.end
            continue
        if q["unit"] and not role and _GAP_BEFORE.search(text, max(0, q["start"] - 20), q["start"]):
            role = "label"  # 高于全国0.2%: a gap not in points (an amount, a share) says too little
        if q["unit"] and not role and _PER_STEP_BEFORE.search(text, max(0, q["start"] - 16), q["start"]):
            role = "label"  # 经济每增长1个百分点, 每多1户: the step of a rule, not a figure
        if q["unit"] == "个" and not role and text.startswith(("季度", "月"), q["end"]):
            role = "label"  # 连续2个季度, 连续4个月负增长: a span of time
        if q["unit"] in ("个", "项") and not role and (text.startswith("方面", q["end"]) or (
                q["unit"] == "项" and text.endswith("方面", 0, q["start"]))):
            role = "label"  # 10个方面32项具体任务: how a plan is laid out, not what it achieves
        if q["unit"] in ("项", "个") and not role and _assessment_count(text, q):
            role = "label"  # 28项完成年度目标,完成率87.5%; 5个县(市、区)考核结果为优秀
        if q["unit"] and not role and (_SUPPORT_CAP.search(text, max(0, q["start"] - 12), q["start"]) or (
                _SUPPORT_RATE.search(text, max(0, q["start"] - 18), q["start"])
                and _SUPPORT_AFTER.match(text, q["end"]))):
            role = "label"  # 按设备投资额的8%给予补助, 单个项目最高不超过300万元: a policy's terms
        if q["unit"] and not role and _is_threshold(text, q):
            role = "label"  # 5亿元以上项目, 超10亿元制造业项目: a class of project, not an amount
        if q["unit"] and not role and (text.startswith("子项", q["end"]) or _AGE_CLASS.match(
                text[q["start"]: q["end"] + 4]) and q["unit"].endswith("岁")):
            role = "label"  # (2个子项): how an item is divided; 3岁以下: an age class
        if q["unit"] and not role and (_RANK_FIELD_AFTER.match(text, q["end"], q["end"] + 16)
                                       or q["unit"] == "位" and _RANK_MOVE_BEFORE.search(
                                           text, max(0, q["start"] - 4), q["start"])):
            role = "label"  # 在全国168个重点城市中排名第41位, 较上年前移12位: ranks
        if q["unit"] and not role and unit_kind(q["unit"]) in ("days", "hours") \
                and _DEADLINE_AFTER.match(text, q["end"]) \
                and _DEADLINE_BEFORE.search(text, max(0, q["start"] - 4), q["start"]):
            role = "label"  # 每季度结束后5个工作日内报送: a deadline, not a figure
        if q["unit"] and not role and unit_kind(q["unit"]) == "hours" \
                and text.startswith(("平均", "滑动"), q["end"]):
            role = "label"  # 臭氧日最大8小时平均浓度: the window of a statistic's name
        if q["unit"] and not role and label_end is not None \
                and text[label_end: q["start"]] in _LIST_JOINERS:
            role = "label"  # 分别低于全年目标0.9、<2.8>和<0.5>个百分点: the list goes on
        label_end = q["end"] if role == "label" else None
        if role or not (q["unit"] or _RATIO_BEFORE.search(text, max(prev_end, q["start"] - 16),
                                                           q["start"])):
            numbers.append({"start": q["start"], "end": q["end"], "role": role or "unexplained"})
            if role not in ("label", "date"):  # a date stays in the subject; cleaning drops it
                prev_end = max(prev_end, q["end"])
            continue
        start_of = _from_value(text, q, quantities[k + 1] if k + 1 < len(quantities) else None)
        if start_of is not None:  # 城镇化率从60.2%提高到65.2%: 60.2% is where it started
            # (由2020年的86.5亿元增加到…: a start the text dates is that year's result, read
            # once the figure it rose to has named the indicator)
            dated = (q, int(start_of.group("y"))) if start_of.group("y") else None
            if dated is None:
                numbers.append({"start": q["start"], "end": q["end"], "role": "base"})
            subject_raw, _flags, subject, subject_start = _subject_before(text, prev_end,
                                                                          start_of.start())
            subject = _DISPOSAL.sub("", subject)  # 将<地区生产总值>增长目标由7%调整为…
            base = (subject_raw, subject or last_subject, subject_start, dated)
            prev_end = q["end"]
            continue
        qual_after, after_end = _qualifier_after(text, q["end"])
        subject_raw, flags, subject, subject_start = _subject_before(text, prev_end, q["start"])
        plan_named = bool(subject) and _PLAN_ONLY.fullmatch(subject) is not None \
            and _PLAN_NAMED.search(subject_raw) is not None
        if plan_named:  # 年度目标为<增长5%>, 与年度目标<增长7%>相比: whose target, not what it
            subject = ""  # measures; the sentence, or the name heading it, says that
        start_value = None
        if base is not None:
            subject_raw, subject, subject_start, start_value = base[0] + subject_raw, *base[1:]
            base = None
        if unit_kind(q["unit"]) == "multiple" and subject.endswith(("年", "年内", "年间")):
            # 人均地区生产总值实现五年<翻番>: how long the doubling took is not the subject
            span = _DOUBLING_SPAN.search(subject)
            if span:
                subject = clean_subject(_strip_tail(subject[: span.start()])[0]) or subject
        if q.get("head") and (not subject or _NO_NAME_AFTER_HEAD.match(subject)):
            subject = text[q["head"][0]: q["head"][1]]  # 地区生产总值(亿元):2020年<3720>
        if last_subject and subject in _heads():
            subject = _owned_head(subject, last_subject)
        unit = q["unit"]
        kind = unit_kind(unit)
        noun = ""
        # 超额完成6%的预期目标, 控制在3%左右的目标以内: the figure is the target, named in a review
        target_after = bool(_TARGET_AFTER.match(text, after_end if qual_after else q["end"])
                            or _TARGET_AFTER_LIST.match(text, after_end if qual_after else q["end"]))
        if (kind in COUNT_KINDS or not subject or ACTION_ONLY.match(subject)) \
                and not q.get("milestone") and not target_after and not plan_named:
            # 建设200个<村级站点>: the counted noun follows the unit
            noun = _subject_after(text, after_end if qual_after else q["end"], c_end)
            if noun:
                subject = noun
        # 增长5.2%,(略)低于年初确定的<6%左右的预期目标>: the indicator before, and 低于 says how
        # the result compares, not how the target is bounded
        against = target_after and bool(_AGAINST_AIM.fullmatch(subject))
        if against:
            subject = ""
        inherited = not subject  # (力争7%: no subject of its own)
        if inherited and last_subject:
            subject = last_subject
        elif heading and (plan_named or inherited):
            subject = _heading_name(text, *heading)  # 2.固定资产投资增速。<年度目标为增长5%>;
            # (一)地区生产总值。由增长7%调整为…
        added = False
        before = out[-1] if out else previous
        if not noun and subject and before is not None and len(subject) <= 4 \
                and before.unit == q["unit"] and before.indicator_text.startswith(subject) \
                and before.indicator_text != subject:
            subject = before.indicator_text  # 计划筹集保障性租赁住房1200套,实际<筹集>1268套
        elif not noun and subject and kind not in COUNT_KINDS and ACTION_ONLY.match(subject) \
                and out and out[-1].unit == q["unit"]:
            # 设施蔬菜播种面积55.58万亩、<新增>2.52万亩: the verb alone adds to the figure before
            # (not a count: 基本建成470万套、新开工630万套 are two tasks)
            added = subject == "新增"
            subject = out[-1].indicator_text
        if not subject and pending_each:
            subject = pending_each[-1]
        if q["unit"] == "项" and _ABOUT_INDICATORS.search(subject_raw + subject):
            # 20项主要指标中14项符合预期: the document counting the indicators it assesses
            numbers.append({"start": q["start"], "end": q["end"], "role": "label"})
            prev_end = q["end"]
            continue
        # (a 台阶 of 亿 is an amount of money: 经济总量跨越6000亿台阶; of 万 it may be people)
        measure = "level" if q.get("milestone") and "亿" in unit else _measure(unit, flags, subject)
        if q.get("growth") and measure == "share_pct":
            measure = "growth_pct"  # 实现两位数增长: the growth named after it
        if noun and measure == "growth_pct" and subject.endswith(("增长", "增速")) and len(subject) > 4:
            subject = subject[:-2]  # 9.6% / 规模以上工业增加值增长: a card names its growth after it
        if (added or _CUMULATIVE.search(subject_raw)) and measure in ("level", "count"):
            measure = "change"  # 新增2.52万亩; 五年累计新增城镇就业27.5万人: what a period adds
        value, high = q["value"], q["value_high"]
        if kind == "multiple":
            measure, value, unit = _multiple_growth(q, flags, measure, value, unit)
        if inherited and before is not None and measure == "share_pct" \
                and before.measure in _GROWTH_MEASURES and before.indicator_text == subject:
            # 增长6.5%左右,<力争7%>: the higher aim is the same growth rate
            measure = before.measure
            value = -value if before.value < 0 < value else value
        if flags.get("fall") and measure in ("growth_pct", "pp_change", "avg_growth_pct", "change") \
                and value > 0:
            value = -value
            high = -high if high is not None else None
            if high is not None:
                value, high = high, value
        if high is not None:
            qualifier = "range"
        else:
            compared = against and _COMPARED_WORD.search(text, max(c_start, q["start"] - 8), q["start"])
            qualifier = qual_after or (None if compared else flags.get("qual")) or q["approx"] or (
                _milestone_qualifier(text, c_start, q) if q.get("milestone") else "point")
        stmt_end = after_end if qual_after else q["end"]
        if noun:
            stmt_end = max(stmt_end, text.find(noun, stmt_end) + len(noun))
        subjects = _expand_subjects(subject, flags, respectively)
        if kind == "multiple" and len(subjects) == 1 and not respectively:
            subjects = _both(subject)  # 地区生产总值和城乡居民人均收入比2020年翻一番
        # (力争 after the figure, 达到2亿元、力争2.5亿元, is about the next one)
        strive_q = bool(strive == "all" or _STRIVE.search(text, c_start, q["start"])
                        or flags.get("strive") or strive == "inherited" and inherited)
        # an aim: 力争… (not 争取, which also says funds were won, nor 努力, said of the past
        # too), 目标是…, 我们将…, or named a target after it (…的目标)
        aim = bool(_AIM.search(text, c_start, q["start"])) or ahead_at is not None \
            and q["start"] >= ahead_at
        so_far = False
        hint = "target" if target_after or aim \
            or _PLANNED.search(subject_raw, max(0, len(subject_raw) - _PLANNED_MAX)) else (
            "outcome" if _DONE_OPENS.match(clause_text) else "")
        if not hint and _SO_FAR_OPENS.match(clause_text):
            hint, so_far = "outcome", True
        if inherited and before is not None and before.indicator_text == subject \
                and before.measure == measure and before.qualifier == "point" \
                and flags.get("qual") == "at_most":
            hint = "target"  # 城镇调查失业率5.3%,<控制在5.5%以内>: the bound it was kept within
        year_aim = target_after and bool(_YEAR_AIM.search(text, max(c_start, q["start"] - 12),
                                                          stmt_end + 10))
        for subj in subjects if len(subjects) > 1 and not respectively else [subject]:
            out.append(Statement(start=min(subject_start, q["start"]), end=stmt_end,
                                 num_start=q["start"], num_end=q["end"], indicator_text=subj,
                                 measure=measure, value=value, value_high=high, unit=unit,
                                 qualifier=qualifier, strive=strive_q,
                                 kind_hint=hint, base_year=flags.get("base_year"),
                                 year_aim=year_aim, so_far=so_far))
        if start_value is not None and measure in ("level", "count", "share_pct"):
            (sv, year) = start_value
            out.append(out[-1]._replace(
                num_start=sv["start"], num_end=sv["end"], value=sv["value"], value_high=None,
                unit=sv["unit"] or unit, qualifier="point", strive=False, kind_hint="outcome",
                base_year=None, year=year))
            numbers.append({"start": sv["start"], "end": sv["end"], "role": "quantity"})
        numbers.append({"start": q["start"], "end": q["end"], "role": "quantity"})
        prev_end = stmt_end
        if subject:
            last_subject = subject
    if respectively:
        out = _apply_respectively(out)
    return out, last_subject


_GROWTH_MEASURES = frozenset(("growth_pct", "avg_growth_pct"))
_YEAR_AIM = re.compile(r"年初|年度|全年|当年")  # (距12%的目标 may be a plan's, not the year's)
# what a review says of a target it names before the figure (低于年初确定的, 与年初, 未实现年初
# 提出的, 高于): a comparison, not the indicator
_AGAINST_AIM = re.compile(r"(?:略|稍|明显)?(?:低于|高于|快于|慢于|超过|超出|与|同|较|比|距|离|未实现|未达到|未完成|超额完成|完成|实现|达到)?"
                          r"(?:了)?(?:年初|年度|全年|当年)?(?:确定|提出|设定|制定|预期)?的?")
_COMPARED_WORD = re.compile(r"(?:低于|高于|快于|慢于|超过|超出)(?:了)?(?:年初|年度|全年)?(?:确定|提出)?的?(?:增长|下降)?$")
_CUMULATIVE = re.compile(r"累计|[五三两]年(?:共|新增|新建|实施)|(?:期间|时期)(?:共|新增|累计)")
_LIST_JOINERS = frozenset(("、", "和", "及", "与", ",", "、 "))
# A和B实际增长8.4%和11.4%: two figures joined as the subjects are, 分别 left unsaid
_PAIRED_FIGURES = re.compile(r"\d(?:%|个百分点|[万亿]?元)和\d")
# 城乡居民收入比为1.52, 基尼系数控制在0.4以内: a ratio has no unit
_RATIO_BEFORE = re.compile(r"(?:收入比|倍差|系数)(?:为|是|达到|达|降至|降到|缩小到|缩小至|控制在|保持在|下降到)?$")
_ABOUT_INDICATORS = re.compile(r"指标|预期|评估条件")


def _multiple_growth(q: dict, flags: Mapping, measure: str, value: float, unit: str
                     ) -> tuple[str, float, str]:
    """A multiple over the indicator's own past as growth in percent: 翻一番 and 为2015年的4倍
    are factors (2 → +100%, 4 → +300%), 增长1.5倍 an increase (+150%). A multiple of something
    else (是全国平均水平的1.5倍) stays ``relative``."""
    if q.get("doubling") or (flags.get("times") and (flags.get("base_year") or flags.get("last_year"))):
        return "growth_pct", round((value - 1) * 100, 6), "%"
    if flags.get("rise") and not flags.get("fall"):
        return "growth_pct", round(value * 100, 6), "%"
    return measure, value, unit


# 三次产业结构调整为3.1:35.8:61.1, 一二三产业比例为…: the three sectors' shares of GDP
_SECTORS = re.compile(r"(?:三次产业|一二三产业?|一、二、三产业?|产业结构)")
SECTOR_SHARES = ("第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重")


def _sector_shares(text: str, start: int, q: dict, strive: bool) -> list[Statement]:
    """A three-part ratio after the words for the three sectors, as three shares (%)."""
    subject = text[start: q["start"]]
    if len(q["ratio"]) != 3 or not _SECTORS.search(subject):
        return []
    m = _SECTORS.search(subject)
    return [Statement(start=start + m.start(), end=q["end"], num_start=a, num_end=b,
                      indicator_text=name, measure="share_pct", value=v, value_high=None,
                      unit="%", qualifier="point", strive=bool(strive))
            for (a, b, v), name in zip(q["ratio"], SECTOR_SHARES)]


_RATIO_NAME = re.compile(r"(?:比|之比|比值|比例|倍差)$")


def _ratio_to_one(text: str, start: int, q: dict, strive: bool) -> list[Statement]:
    """A ratio to one (城乡居民收入比缩小到2.3:1, 农产品加工业产值与农业总产值之比达到2.6∶1)
    after a ratio's name: the ratio's level, 2.3. Other ratios (按1:1比例配套) state none."""
    parts = q["ratio"]
    if len(parts) != 2 or parts[1][2] != 1:
        return []
    _raw, flags, subject, subject_start = _subject_before(text, start, q["start"])
    if not subject or not _RATIO_NAME.search(subject):
        return []
    a, b, v = parts[0]
    return [Statement(start=subject_start, end=q["end"], num_start=a, num_end=b,
                      indicator_text=subject, measure="level", value=v, value_high=None,
                      unit="", qualifier=flags.get("qual") or "point",
                      strive=bool(strive or flags.get("strive")))]


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Measure nouns that need an owner when written alone: ``sibling`` heads share the
    modifier of the subject before them (粮食播种面积…、产量 → 粮食产量), ``attribute`` heads
    belong to that subject itself (服务业增加值…、比重 → 服务业增加值比重)."""
    w = _w()
    return {**{h: "sibling" for h in w.get("sibling_head", [])},
            **{h: "attribute" for h in w.get("attribute_head", [])}}


def _owned_head(head: str, previous: str) -> str:
    """A head written alone, completed from the subject of the statement before it in the
    sentence; unchanged when that subject gives no owner."""
    if _heads()[head] == "attribute":
        return previous + head if previous != head and not previous.endswith(head) else head
    for other in _w().get("sibling_head", []):  # longest first: 播种面积 before 面积
        if previous.endswith(other) and len(previous) > len(other):
            owner = _strip_tail(previous[: -len(other)])[0]  # 国有企业实现<利润>: 国有企业
            if ACTION_ONLY.match(owner):
                return head  # 实现利润…,税收…: a verb, not an owner
            return owner + head
    return head


def _subject_before(text: str, start: int, end: int) -> tuple[str, Mapping, str, int]:
    """The subject written in ``text[start:end]`` before a number: the raw text left after
    stripping verbs and qualifiers, their flags (read-only), the cleaned subject, and where it
    starts."""
    last = end
    while last > start and text[last - 1] in "\t ":
        last -= 1
    cut = text.rfind("\t", start, last)
    if cut >= 0:  # a form's row (年度预算资金(万元) | 资金总额 | 68425.63): the cell before names it
        start = cut + 1
    subject_raw, flags, subject, offset = _parse_before(text[start:end])
    return subject_raw, flags, subject, start + offset


_NOTE_MARK_TAIL = re.compile(r"\[\d{1,2}\]\s*$")  # 地区生产总值[1]<512.36亿元>: a note's mark
_NOTE_MARK_ANY = re.compile(r"\[\d{1,2}\]")


@lru_cache(maxsize=8192)  # pure; documents repeat the words before their numbers (同比增长, 、)
def _parse_before(before: str) -> tuple[str, Mapping, str, int]:
    if before.endswith("]"):
        before = _NOTE_MARK_TAIL.sub("", before)
    subject_raw, flags = _strip_tail(before)
    subject = clean_subject(subject_raw)
    offset = len(before) - len(before.lstrip(" \t,、;和及与"))
    if not subject:  # only scope words (1.全市<219家>): the statement opens at them
        offset = len(before) - len(_LEAD_JUNK.sub("", _LIST_MARKER.sub("", before)))
    if subject_raw and subject and subject_raw.endswith(subject):
        offset = len(subject_raw) - len(subject)
    return subject_raw, MappingProxyType(flags), subject, offset


# 从60.2%提高到65.2%, 由2000元提高至3500元, 从2012年的45%下降到…: the first number is the
# starting value, the second the one stated
# 由每人每年50元, 由上年的3%左右
_FROM_BEFORE = re.compile(r"(?:从|由)(?:(?:(?P<y>(?:19|20)\d{2})年|上年|去年)(?:末|底)?(?:的)?)?"
                          r"(?:每人每[年月]|增长|下降)?$")  # (由增长7%调整为增长5.5%左右)
_TO_AFTER = re.compile(r"\s*(?:左右|以上)?(?:(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|压减|压缩|回落|降|升)?(?:到|至)"
                       r"|(?:调整|下调|上调)(?:为|到|至)(?:增长|下降)?|转为(?:增长|下降)?)\s*(?:近|约|接近)?")
# (由上年的3%左右调整为2%左右; 增速由上年的-4.5%转为增长3.8%)


_DISPOSAL = re.compile(r"^(?:将|把)(?=[\u4e00-\u9fff]{2})")


def _from_value(text: str, q: dict, following: dict | None) -> re.Match | None:
    """The 从 (or 由) before ``q`` when ``q`` is the starting value of 从X提高到Y — the next
    quantity, Y, follows right after 提高到 — else None; its group ``y`` is the start's year
    when the text names one (由2020年的86.5亿元)."""
    if following is None or following.get("marker"):
        return None
    to = _TO_AFTER.match(text, q["end"])
    if not to or following["start"] != to.end():
        return None
    return _FROM_BEFORE.search(text, max(0, q["start"] - 10), q["start"])


# 年度计划投资28.03亿元, 目标为…: a target stated inside a report of outcomes
# what a 专栏 line says between its indicator's name and a figure: no name of its own
_NO_NAME_AFTER_HEAD = re.compile(r"^(?:(?:规划|计划|预期|原定)(?:目标)?|(?:五年)?累计|年均)$")
_PLANNED = re.compile(r"(?:年初|调整|调整后的?)预算(?:安排|数)?$|(?:^|年度|全年|今年|本年|年初|年|规划)(?:计划|目标|预期)(?:投资|完成|新增|实现|任务)?$"
                      r"|年初计划总投资$"  # (a project's 计划总投资 is its size, not a plan)
                      # 生产总值计划增长6.5%左右, 实际使用外资计划目标为15亿美元: the plan, then the result
                      rf"|{_PLAN_OF_INDICATOR}(?:为)?$")
_PLANNED_MAX = 8  # no match of it is longer: search only the end
# a clause that opens on what was done: 计划筹集1200套,<实际筹集1268套>
# 前三季度全市地区生产总值增长4.2%: a clause opening on the part of the year gone by gives its results
_SO_FAR_OPENS = re.compile(r"\s*(?:今年)?(?:前三季度|上半年|1[-—~至][1-9]1?月(?:份)?)[,，]?(?:全市|全县|全区|全省|全州)?"
                           r"(?=[\u4e00-\u9fff]{2,20}?(?:同比|同口径)?(?:增长|下降)-?\d)")
# 跨越/突破/越过…台阶: crossed, above it; 迈上/站上/跻身…: stepped onto it, at least it
_CROSSED = re.compile(r"跨越|突破|越过|跨过|跨上")


def _milestone_qualifier(text: str, c_start: int, q: dict) -> str:
    return "exceed" if _CROSSED.search(text, max(c_start, q["start"] - 12), q["start"]) else "at_least"


_STREAK_BEFORE = re.compile(r"连续(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:保持|实现)?$")
_DONE_OPENS = re.compile(r"\s*(?:实际(?:完成|建成|新增|筹集|发放|开工|改造|新建|实现|投入|"
                         r"到位(?![\u4e00-\u9fff]{0,6}?(?:资金|内资|外资)))|"  # (实际到位省外资金: a name)
                         r"已全部|均已|现已|已(?:开工|完成|建成|竣工|投产|签约|落地|到位|新增)"
                         r"|现有(?!基础|政策|条件|的))")  # (现有…企业1500多家: what there is now)
# 增长8%以上<和增长7.5%的目标>: the target named after the last of a list
_TARGET_AFTER_LIST = re.compile(r"(?:和|、|及)(?:力争|争取)?(?:增长|下降)?\d+(?:\.\d+)?%(?:以上|左右)?的?(?:年度|全年|年初)?(?:预期|计划)?目标")
_TARGET_AFTER = re.compile(r"的?(?:年度|全年|年初)?(?:预期|计划|考核)?目标(?!任务的|的)")

_AGAINST_TARGET = re.compile(
    r"(?:低于|高于|超过|超出|快于|慢于|完成|占|达到|为)(?:了)?(?:年初|年度|全年|全年度)?"
    r"(?:省|市|县|区|上级|省市|国家|自治区)?(?:下达|确定)?的?(?:预期|计划)?(?:目标|计划|任务)(?:任务)?(?:值)?的?$"
    r"|(?:完成|为|占)(?:年初|调整|调整后)?预算(?:数)?的$"  # 完成预算的101.2%, 完成调整预算的97.5%
    r"|完成(?:年度|全年)?目标[^,;。]{1,12}?的$"  # 仅完成年度目标1.2亿美元的87.5%
    r"|比(?:年度|全年|年初)?(?:预期|计划)?目标(?:高|低|快|慢)$"  # 比年度目标高1.1个百分点
    r"|(?:目标|任务)(?:尚|还|仍)差$"  # 距全年增长7%的目标尚差0.9个百分点
    r"|(?:低于|高于|超|超过|快于|慢于|落后于?|领先)(?:时间|序时)进度$")  # 超序时进度2.6个百分点: the
# pace against the calendar, which attainment does not judge
_AGAINST_TARGET_LAST = frozenset("标划务值的差高低快慢度")  # how every match of it ends
_DONE_RATE_BEFORE = re.compile(r"(?:完成率|完成进度|完成比例|目标完成度)(?:为|达|达到|在)?[:：]?$")
# 高于全国0.2个百分点, 快于经济增长0.5个百分点: the gap to a wider area's figure, or to the
# economy's growth
# the figure a gap is measured from: a wider area's (全省, 全省平均水平, 温州市平均), another
# group's (城镇居民, 全市农村居民收入增速), or the economy's growth
_WIDER = r"(?:全国|全省|全市|省|全区|全县|全旗|全州|全盟|全疆)"  # (a wider area, as a comparison names it)
_COMPARED = (rf"(?:(?:{_WIDER}|市|县|[\u4e00-\u9fff]{{2,3}}(?:省|市|州|盟))"
             r"(?:(?:城镇|农村)居民(?:人均可支配收入|收入)?|[\u4e00-\u9fff]{1,8}?(?=增速|增幅))?"
             r"(?:平均水平|平均|水平|增速|增幅|预期目标|目标)?"  # (全市工业增速: another indicator's)
             r"|(?:城镇|农村)居民(?:人均可支配收入|收入)?(?:平均水平|增速|增幅|增长)?"
             r"|(?:经济|GDP|地区生产总值|生产总值)(?:增长|增速)(?:目标)?)")
_GAP_BEFORE = re.compile(rf"(?P<verb>高于|低于|快于|慢于|超过|超出|领先|落后于?){_COMPARED}的?$"
                         rf"|比{_COMPARED}(?P<verb2>高|低|快|慢)了?$")
_BELOW = frozenset("低慢落")
# what a comparison is made with, in a relative target or result (高于<全省>平均水平, 快于<城镇居民>)
_COMPARED_WITH = re.compile(rf"(?:高于|低于|快于|慢于|好于|超过|跑赢|领先|落后于?|比)(?P<than>{_WIDER}|城镇居民|农村居民|经济)")


def compared_with(text: str) -> str:
    """What a relative target or result compares with (全省, 城镇居民…); empty when it names no
    such figure (与经济增长同步 keeps pace, it is no gap)."""
    m = _COMPARED_WITH.search(text)
    return m.group("than") if m else ""
_GAP_MEASURES = frozenset(("pp_change", "relative"))


def _gap_statement(text: str, c_start: int, prev_end: int, q: dict, gap: re.Match,
                   before: Statement | None, last_subject: str, strive: bool,
                   ahead_at: int | None) -> Statement:
    """A figure's gap to another's, in points (高于全省0.1个百分点 → +0.1, 低于全国3.7个百分点
    → −3.7): a ``relative`` statement of the indicator named before the comparison, or else of
    the figure before it in the sentence (增长6.1%,<高于全省0.1个百分点>)."""
    verb = gap.group("verb") or gap.group("verb2")
    _raw, _flags, own, own_start = _subject_before(text, prev_end, gap.start())
    named = own = _GROWTH_SUFFIX.sub("", own)
    if len(own) < 2 or own in _heads() or own in _DEMONSTRATIVES or own.startswith("这"):
        own = ""  # 增速高于…, 这一目标高于…: the figure before is meant
    subject = own or (before.indicator_text if before is not None else last_subject) or named
    _qual, end = _qualifier_after(text, q["end"])
    aim = bool(_AIM.search(text, c_start, q["start"])) or ahead_at is not None and q["start"] >= ahead_at
    return Statement(start=own_start if own else gap.start(), end=end, num_start=q["start"],
                     num_end=q["end"], indicator_text=subject, measure="relative",
                     value=-q["value"] if verb[0] in _BELOW else q["value"], value_high=None,
                     unit=q["unit"], qualifier="relative", strive=strive,
                     kind_hint="target" if aim else "")


_THRESHOLD_NOUN = re.compile(r"^(?:以上|以下|及以上)?(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|企业|工程|产业集群|重点项目)"
                             r"|^(?:以上|以下|及以上)的(?:村|镇|乡|社区|县|户)")  # 收入10万元以上的村占比


def _is_threshold(text: str, q: dict) -> bool:
    """A money amount that classifies the noun after it (5亿元以上项目) rather than stating a
    quantity."""
    if unit_kind(q["unit"]) not in ("currency", "currency_usd"):
        return False
    return bool(_THRESHOLD_NOUN.match(text[q["end"]: q["end"] + 12]))


def _expand_subjects(subject: str, flags: dict, respectively: bool) -> list[str]:
    """``A、B均超10%`` → [A, B]; ``城乡居民收入`` (with 分别) → [城镇居民收入, 农村居民收入];
    ``A、B等核心指标<实现五年翻番>`` → [A, B]: indicators listed as examples of a kind all state it."""
    listed = _LISTED.match(subject) if "等" in subject else None
    if listed:
        return [p for p in listed.group("list").split("、") if p]
    if not (flags.get("each") or respectively):
        return [subject]
    if "分别" in subject:  # 中心城区、县城分别新增停车泊位: each place, the same noun
        head, _, tail = subject.partition("分别")
        places = [p for p in _LIST_SPLIT.split(head) if p]
        if len(places) > 1:  # (a verb's last character left over, 分别<高>, names nothing)
            return [p + tail if len(tail) > 1 else p for p in places]
    parts = [p for p in _LIST_SPLIT.split(subject) if p]
    if len(parts) > 1:
        return _per_unit_shared(_share_head(parts))
    for prefix, expansions in _split_prefixes().items():
        if subject.startswith(prefix):
            return [e + subject[len(prefix):] for e in expansions]
    return [subject]


# (not the 和 of a place's name: 太和县, 平和县)
_LIST_SPLIT = re.compile(r"、|[和及与](?![县区市镇乡旗])")
# (no 的 on either side: 用于A和B的资金 is one amount)
PAIR = re.compile(r"^(?P<a>[^、和及与的]{4,})(?:和|与|及)(?P<b>[^、和及与的]{4,})$")


def _both(subject: str) -> list[str]:
    """Two indicators joined by 和 before one multiple (…比2020年翻一番, 增长1倍): both double.
    Only for multiples: with a rate, 和 may join the words of one name."""
    m = PAIR.match(subject)
    return _per_unit_shared([m.group("a"), m.group("b")]) if m else [subject]
_LISTED = re.compile(r"^(?P<list>[^、]{2,}(?:、[^、]{2,})+)等(?:\d+项|[一二三四五六七八九十]+项)?"
                     r"(?:核心|主要|重要|约束性|预期性|经济)*指标$")


def _carry_respectively(stmts: list[Statement], group: list[str], inherited: str
                        ) -> list[Statement]:
    """``A和B分别达到39000元和21000元,较2015年增长12781元和7018元``: a clause with no subject
    of its own and as many numbers as the 分别 clause before it continues that distribution."""
    if not group or len(stmts) != len(group) or not inherited:
        return stmts
    if any(st.indicator_text != inherited for st in stmts):
        return stmts
    first = stmts[0]
    return [st._replace(indicator_text=subj,
                    measure=first.measure if st.unit == first.unit else st.measure)
            for subj, st in zip(group, stmts)]


def _share_head(parts: list[str]) -> list[str]:
    """``城镇居民和农村居民人均可支配收入`` → both take the head 人均可支配收入: when the last
    part begins with a modifier as long as the others and ending like them (居民), the rest of
    it is a head they share."""
    last, n = parts[-1], len(parts[0])
    if n < 2 or len(last) <= n + 1 or any(len(p) != n for p in parts[:-1]):
        return parts
    # 茶叶、蔬菜、中药材产业综合产值: the last modifier may be longer; its head opens on a
    # word that heads such names (产业, 产值, 人均…)
    k = next((k for k in range(n, min(len(last) - 1, n + 3))
              if last[k:].startswith(_HEAD_OPENINGS)), n)
    places = all(p.endswith(_PLACE_ENDS) for p in parts[:-1]) and last[n - 1] in _PLACE_ENDS
    if k == n and n > 2 and last[n - 2: n] != parts[0][-2:] and not places:
        return parts  # 林木覆盖率和建成区绿化率: two whole names (城市、农村普通人群 share one;
        # so do places, 界首市、太和县地区生产总值)
    head = last[k:]
    return [p + head for p in parts[:-1]] + [last]


_PLACE_ENDS = tuple("市县区旗镇乡")
_HEAD_OPENINGS = ("产业", "产值", "总产值", "增加值", "人均", "居民", "收入", "企业", "营业收入",
                  "销售收入", "产量", "面积", "投资", "规模", "综合")


def _apply_respectively(stmts: list[Statement]) -> list[Statement]:
    """Distribute ``A、B分别增长7%和8%左右``: the k-th number goes to the k-th subject, and a
    qualifier written once at the end applies to all."""
    if not stmts:
        return stmts
    if stmts[0].measure == "growth_pct":  # 分别增长8.9%和1.3倍: the multiple is a growth too
        stmts = [st._replace(measure="growth_pct", value=round(100 * st.value, 6), unit="%")
                 if st.unit == "倍" and st.value is not None else st for st in stmts]
    subjects = _expand_subjects(stmts[0].indicator_text, {}, True)
    if len(stmts) == 1 and len(subjects) > 1:
        # 城乡居民人均可支配收入分别增长7.5%: one value for each subject
        return [stmts[0]._replace(indicator_text=subj) for subj in subjects]
    n = len(subjects)
    if n > 1 and len(stmts) > n and len(stmts) % n == 0 \
            and all(st.indicator_text == stmts[0].indicator_text for st in stmts):
        # 分别达到43000元和18000元、分别增长4.8%和7.5%: each 分别 pairs the same subjects
        return [st for k in range(0, len(stmts), n) for st in _apply_respectively(stmts[k: k + n])]
    if len(subjects) != len(stmts):
        return stmts
    final_qual = stmts[-1].qualifier
    first = stmts[0]
    out = []
    for subj, st in zip(subjects, stmts):
        qual = st.qualifier if st.qualifier not in ("point",) else final_qual
        if qual == "point" and first.qualifier in ("reach", "exceed"):
            qual = first.qualifier  # 分别达到85%和80%, 分别突破400亿元和600亿元: the verb
            # before the first governs both
        measure, value, unit = st.measure, st.value, st.unit
        if st.unit == first.unit:
            measure = first.measure  # 分别增长5.1%和7.4%: the second is a growth rate too
            if first.value is not None and first.value < 0 < (value or 0):
                value = -value  # 分别下降13.4%和11.5%
        out.append(st._replace(indicator_text=subj, qualifier=qual, measure=measure, value=value, unit=unit,
                               kind_hint=st.kind_hint or first.kind_hint))  # (目标分别为…和<7.5%>)
    return out


# ---------------------------------------------------------------- indicator tables (plans)

_NAME_UNIT = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")  # 地区生产总值增长(%)
_NAME_RISE = ("增长", "增速", "增长率", "提高")
_NAME_MARKS = "★☆*＊※▲△●◆"
_EMPTY_CELLS = frozenset(("", "—", "-", "/", "——", "--", "－"))
_PERIOD_TAIL = re.compile(r"(?:\d{1,2}[-—~至])?\d{1,2}月(?:份)?(?:累计)?$")
_NAME_FALL = ("降低率", "下降率", "降低", "下降", "减少")  # (能耗降低率: a fall, as 能耗降低)
_CELL_VALUE = re.compile(
    rf"(?P<open>[\[〔【])?\s*(?P<strive>力争|争取)?\s*(?P<keep>稳定在|保持在|维持在)?"
    rf"(?P<op>≥|≤|>=|<=|>|<|不低于|不高于|不少于|大于|小于|超过|突破|控制在|达到|提高到)?\s*"
    rf"(?P<sign>[-−])?(?P<v>{NUM})\s*(?:(?P<dash>[-—~])\s*(?P<hi>{NUM})|±\s*(?P<pm>{NUM}))?\s*(?P<unit>%)?\s*"
    rf"(?P<qual>左右|以上|以下|以内)?(?:之间)?\s*[\]〕】]?"  # (5—5.5之间; 5±0.5: 4.5 to 5.5)
    r"(?:\s*[(（](?:预计|预计数|预估|估计|初步核算|初步统计|快报|快报数|预期)[)）])?"  # 2.82(预计): an estimate
    r"(?:\s*[(（](?P<strive_after>力争)[)）])?")  # 7(力争): the higher aim, 6(预期)/7(力争)
_CELL_OP = {"≥": "at_least", ">=": "at_least", ">": "at_least", "不低于": "at_least", "突破": "exceed",
            "控制在": "at_most", "达到": "reach", "提高到": "reach",
            "不少于": "at_least", "大于": "at_least", "超过": "at_least",
            "≤": "at_most", "<=": "at_most", "<": "at_most", "不高于": "at_most", "小于": "at_most"}


def table_row_statements(text: str, cells: tuple[tuple[int, int, str, int | None], ...]
                         ) -> tuple[list[Statement], list[dict]]:
    """The statements of one row of an indicator table (see
    :func:`govdata.segment.indicator_columns`).

    A plan's table: the base year's value is an outcome, the target year's value and the
    年均增长〔累计〕 value are targets; a value in brackets is a total over the plan period
    (〔3.2〕: 3.2 points more in five years), 与经济增长同步 a relative target, 完成省下达目标 a
    task. A table of targets and results (指标 | 单位 | 年度目标 | 全年完成 | 增长%): the target
    and the result, each a number in the row's unit or words (增长7%左右) read as a sentence
    about the indicator, and the result's growth. The unit is the one the indicator's name
    gives in brackets (地区生产总值增长(%)), else the 单位 column's. A row of a table of
    areas × indicators (see :func:`govdata.segment.area_columns`) names several indicators,
    each in the header's cell above its figure. Returns ``(statements, numbers)`` as
    :func:`statements` does.
    """
    row_start = cells[0][0] if cells and cells[0][2] == "area" else None
    out, numbers = [], []
    for group in _name_groups(cells):
        stmts, nums = _indicator_statements(text, group, row_start)
        out += stmts
        numbers += nums
    return out, numbers


def _name_groups(cells: tuple[tuple[int, int, str, int | None], ...]
                 ) -> list[tuple[tuple[int, int, str, int | None], ...]]:
    """The cells of a row, one group per indicator: the whole row when it names one (a plan's
    table), else each ``name`` cell with the values that follow it (a table of areas ×
    indicators, whose names are its header's cells)."""
    starts = [i for i, c in enumerate(cells) if c[2] == "name"]
    if len(starts) <= 1:
        return [cells]
    bounds = [0, *starts[1:], len(cells)]
    return [cells[a:b] for a, b in itertools.pairwise(bounds)]


def _indicator_statements(text: str, cells: tuple[tuple[int, int, str, int | None], ...],
                          row_start: int | None) -> tuple[list[Statement], list[dict]]:
    """The statements of the cells about one indicator (see :func:`table_row_statements`);
    ``row_start``, where the row's own text starts when its name is written elsewhere (in the
    header), opens each statement's span."""
    name_cell = next((c for c in cells if c[2] == "name"), None)
    if name_cell is None:
        return [], []
    # (a 力争目标 column: targets as the target column reads them, each strived for)
    strived = [(a, b) for a, b, col, _y in cells if col == "strive_target"]
    cells = tuple((a, b, "target" if col == "strive_target" else col, y) for a, b, col, y in cells)
    # (★ 约束性指标, ▲, *: a note's mark after the name, not part of it)
    name = "".join(text[name_cell[0]: name_cell[1]].split()).replace("\u2029", "").rstrip(_NAME_MARKS)
    if row_start is not None:  # a header's cell joined over rows (地区生产总值 / 完成情况 /
        # 绝对值(亿元)): the indicator without the words that say what the column holds
        name = _COLUMN_WORDS.sub("", name) or name
    m = _NAME_UNIT.search(name)
    unit_cell = next(("".join(text[a:b].split()) for a, b, col, _ in cells if col == "unit"), "")
    # 减排量（化学需氧量；氨氮）| 吨, 一般公共预算收入（同口径）| 亿元: the brackets say what the
    # figure counts, the column its unit (the brackets are left out of the name either way)
    unit = m.group(1) if m and not (unit_cell and not _bracket_unit_regex().fullmatch(m.group(1))) \
        else unit_cell
    unit = "%" if unit in ("%", "百分比") else unit
    name = name[: m.start()] if m else name
    rise, fall = name.endswith(_NAME_RISE), name.endswith(_NAME_FALL)
    subject = _GROWTH_SUFFIX.sub("", name) if rise else name
    for word in _NAME_FALL if fall else ():
        subject = subject.removesuffix(word)
    subject = _PERIOD_TAIL.sub("", subject) or subject  # 出口1—10月 (a header's months): 出口
    subject = clean_subject(subject) or name
    out, numbers = [], []
    if _sentence_name(text, name_cell):
        # 新开工亿元以上项目300个以上,其中10亿元以上项目50个 in the 指标名称 column (a CSV's or a
        # workbook's task rows): the sentence states the targets, for the target column's year
        stmts, numbers = _cell_sentence(text, name_cell[0], name_cell[1], "")
        year = next((y for _a, _b, col, y in cells if col == "target" and y), None)
        out = [st._replace(kind_hint="target", year=year) for st in stmts]
        subject = out[0].indicator_text if out else ""
    for start, end, column, year in cells:
        if column == "done_rate" and end > start:
            # 完成率 108.8%: the result as a share of the target, which attainment computes
            numbers.append({"start": start, "end": end, "role": "label"})
            continue
        if column == "note" and end > start:
            # 备注: 完成112.6亿元,其中税收收入78.3亿元 — sentences about the row; what names no
            # indicator of its own is about the row's, and the genre says target or result
            stmts, nums = _cell_sentence(text, start, end, subject)
            # (a year the note names dates its figure: 2024年增长3.8% beside a 2025 target)
            out += [st._replace(year=st.year or year, kind_hint="outcome" if st.year and year
                                and st.year < year else st.kind_hint)
                    for st in stmts if st.value is not None]
            numbers += nums
            continue
        if column not in _VALUE_COLUMNS or end <= start:
            continue
        if column == "part_target":  # 一季度 | 上半年 | 前三季度 of a year's target: milestones,
            # targets for part of the year (qualifier partial), never the year's own
            stmts, nums = _indicator_statements(
                text, tuple(c if c[:2] != (start, end) else (start, end, "target", year)
                            for c in cells if c[2] in ("name", "unit") or c[:2] == (start, end)),
                row_start)
            out += [st._replace(qualifier="partial") for st in stmts]
            numbers += nums
            continue
        cell = text[start:end]
        hint = "outcome" if column in ("base", "outcome", "outcome_rate") else (
            "" if column in ("value", "value_rate") else "target")
        values = _cell_values(cell)
        if values is None and hint == "outcome" and _DONE_CELL.match(cell.strip()) and any(
                c != (start, end, column, year) and c[2] in ("outcome", "outcome_rate", "base")
                and text[c[0]: c[1]].strip() not in _EMPTY_CELLS
                and not _DONE_CELL.match(text[c[0]: c[1]].strip()) for c in cells):
            # 完成 / 未完成 in a 完成情况 column beside the result the year reached (a figure, or
            # 完成省下达任务): a verdict on it, which attainment makes itself, not a second result
            numbers.append({"start": start, "end": end, "role": "label"})
            continue
        if values is None:
            lead = len(cell) - len(cell.lstrip())
            stmts, nums = _cell_sentence(text, start + lead, start + len(cell.rstrip()), subject)
            out += [st._replace(year=year, kind_hint=hint) for st in stmts]
            numbers += nums
            continue
        for lead, v in values:
            out.append(_cell_statement(v, start + lead, column, year, hint, unit, rise, fall,
                                       subject, name_cell[0] if row_start is None else row_start))
            numbers.append({"start": out[-1].num_start, "end": out[-1].num_end, "role": "quantity"})
    out = [st._replace(strive=True) if any(a <= st.num_start < b for a, b in strived) else st
           for st in out]
    return _growth_targets_among_amounts(out), numbers


def _sentence_name(text: str, name_cell: tuple[int, int, str, int | None]) -> bool:
    """A name cell that is a sentence of figures (实施省市重点项目820个,年度完成投资1100亿元以上)
    rather than an indicator's name (年主营业务收入2000万元以上工业企业数: a threshold in a
    name): a figure with a unit, and a comma or semicolon between clauses or a second figure."""
    a, b = name_cell[0], name_cell[1]
    found = [q for q in find_quantities(text, a, b) if q["unit"] and not q.get("marker")]
    return bool(found) and (len(found) > 1 or any(c in text[a:b] for c in ",;，；"))


def _growth_targets_among_amounts(stmts: list[Statement]) -> list[Statement]:
    """A 全年目标 column that holds growth rates for some rows and amounts for others (地区生产
    总值 | 亿元 | 1082.6 | 6.1 | <7>): a target in the row's amount unit below a fifth of the
    result beside it cannot be the year's amount, and the row gives a growth rate, so it is the
    growth aimed at."""
    done = [st for st in stmts if st.kind_hint == "outcome" and st.measure in ("level", "count")
            and st.value]
    if not done or not any(st.kind_hint == "outcome" and st.measure == "growth_pct" for st in stmts):
        return stmts
    return [st._replace(measure="growth_pct", unit="%")
            if st.kind_hint == "target" and st.measure == done[0].measure and st.unit == done[0].unit
            and st.value is not None and 0 < st.value * 5 < done[0].value else st
            for st in stmts]


def _cell_values(cell: str) -> list[tuple[int, re.Match]] | None:
    """The figures of a cell written as numbers (6.5, ≥7, 5—6, 〔2.7〕), each with where its
    text starts in the cell; a cell of several (8左右,力争10; 6.5左右（力争7）) gives each. None for
    words."""
    lead = len(cell) - len(cell.lstrip())
    v = _CELL_VALUE.fullmatch(cell.strip())
    if v is not None:
        return [(lead, v)]
    out, pos = [], 0
    # (6.5左右（力争7）: no comma; 6(预期)/7(力争); 1,186;79: the comma of thousands stays)
    for piece in re.split("((?<!\\d),|,(?!\\d{3}(?!\\d))|[;，；\u2029]|(?<=[)）])/|(?=[(（](?!预计|预期|力争[)）]|预估|估计|初步|快报)))", cell):
        if piece and piece not in ",;，；/\u2029":
            inner = _IN_BRACKETS.fullmatch(piece.strip())  # 7600以上 / （力争7800）
            at = pos + len(piece) - len(piece.lstrip()) + (1 if inner else 0)
            m = _CELL_VALUE.fullmatch(inner.group(1) if inner else piece.strip())
            if m is None:
                return None
            out.append((at, m))
        pos += len(piece)
    return out if len(out) > 1 else None


_IN_BRACKETS = re.compile(r"[(（]([^()（）]+)[)）]")


def _cell_statement(v: re.Match, at: int, column: str, year, hint: str, unit: str, rise: bool,
                    fall: bool, subject: str, row_start: int) -> Statement:
    """The statement of one figure of an indicator table's cell; ``at`` is where its text
    starts in the document."""
    value, high = parse_number(v.group("v")), v.group("hi")
    if v.group("sign"):
        value = -value
    high = parse_number(high) if high else None
    if v.group("pm"):  # 5±0.5
        spread = parse_number(v.group("pm"))
        value, high = round(value - spread, 6), round(value + spread, 6)
    total = bool(v.group("open"))
    if column in ("outcome_rate", "target_rate", "value_rate"):
        measure, q_unit = "growth_pct", "%"  # 增长(%) beside the level
    else:  # (a cell may write its own %: 87.4% under a name that gives no unit)
        measure, q_unit = _table_measure(unit or ("%" if v.group("unit") else ""), column,
                                         total, rise, fall, subject)
    if fall and measure in ("growth_pct", "avg_growth_pct", "pp_change") and value > 0:
        value, high = -value, (-high if high is not None else None)
        if high is not None:
            value, high = high, value
    op = "" if v.group("op") == "控制在" and v.group("qual") else v.group("op") or ""
    qualifier = ("range" if high is not None else _CELL_OP.get(op)  # (控制在3%左右: about)
                 or _qualifier_words()[0].get(v.group("qual") or "", "point"))
    n_start = at + v.start("sign" if v.group("sign") else "v")
    n_end = at + v.end("hi" if high is not None else "v")
    # (the span runs from the name to the figure, whichever comes first: a workbook's reader may
    # put a result column before the name)
    return Statement(start=min(row_start, n_start), end=max(at + v.end(), row_start + 1),
                     num_start=n_start, num_end=n_end,
                     indicator_text=subject, measure=measure, value=value, value_high=high,
                     unit=q_unit, qualifier=qualifier, strive=bool(v.group("strive") or v.group("strive_after")),
                     kind_hint=hint, year=year)


_NAMES_SOMETHING = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")


def _no_subject(text: str, st: Statement) -> bool:
    """The statement names no indicator of its own: none, a bare verb, or (a task or relative
    target with nothing before it) its own words."""
    own = st.indicator_text
    return (not _NAMES_SOMETHING.search(own) or own in ("实现", "完成", "增长")
            or bool(ACTION_ONLY.match(own)) or own == text[st.num_start: st.num_end])


# (value: a figure of a table of areas × indicators whose words say neither target nor result)
_COLUMN_WORDS = re.compile(r"^.*?其中[:：]|(?:全年|年度)?(?:预期)?目标(?:值)?|完成情况|完成值|实际完成|绝对值")
_VALUE_COLUMNS = frozenset(("base", "target", "growth", "outcome", "outcome_rate", "target_rate",
                            "value", "value_rate", "part_target"))


# the words before 完成 that say a task was done (已完成, 全面完成): attainment reads them too
DONE_ADVERBS = r"(?:已经?|均已|全部|全面|基本|顺利|圆满|超额|按时|如期|按期)"
# 已完成, 全面完成, 未完成: a cell that says only whether the row's task was done
_DONE_CELL = re.compile(rf"(?:预计|{DONE_ADVERBS}|未能?|尚未|没有)*完成[。.]?(?:\(完成率[^()]*\))?$")


def _cell_sentence(text: str, start: int, end: int, subject: str
                   ) -> tuple[list[Statement], list[dict]]:
    """A table cell in words: 增长7%左右, 与经济增长同步, 〔完成省下达目标〕, or a sentence of
    its own; what it leaves without a subject is about the row's indicator."""
    while start < end and text[start] in "[〔【 ":
        start += 1
    while end > start and text[end - 1] in "]〕】 ":
        end -= 1
    inner = text[start:end]
    if inner in _EMPTY_CELLS:
        return [], []
    stmts, nums = statements(text, start, end)
    if not stmts:  # 与经济增长同步, 快于城镇居民, 完成省下达目标 with no subject before them
        if "同步" in inner or _RELATIVE_ALONE.match(inner):
            measure = "relative"
        elif "任务" in inner or "目标" in inner or _DONE_CELL.match(inner):
            measure = "task"
        else:
            return [], nums
        stmts = [Statement(start=start, end=end, num_start=start, num_end=end,
                           indicator_text=subject, measure=measure, value=None, value_high=None,
                           unit="", qualifier=measure, strive=False)]
    own = [st._replace(indicator_text=subject) if _no_subject(text, st) else st for st in stmts]
    return own, nums


def _table_measure(unit: str, column: str, total: bool, rise: bool, fall: bool, subject: str
                   ) -> tuple[str, str]:
    """The measure and unit of a value in an indicator table's column. A rate named as a rate
    (…率, …比重, …强度) is a share; any other indicator in % is a growth rate."""
    rate = unit_kind(unit) in ("rate", "permille")
    share = rate and not (rise or fall) and subject.endswith(_SHARE_ENDINGS)
    if column == "growth":
        if share:
            return "pp_change", "个百分点"  # 城镇化率(%) 〔3.2〕: points gained over the period
        if total:
            if rate:
                return "growth_pct", unit  # 单位GDP能耗降低(%) 〔13.5〕: over the whole period
            # 城镇新增就业(万人) 〔55〕, 人均预期寿命(岁) 〔1〕: what the period adds, a change
            return "change", unit
        return "avg_growth_pct", "%"  # 地区生产总值增长(%) 6左右, 一般公共预算收入(亿元) 6
    if rate:
        return ("share_pct" if share else "growth_pct"), unit
    return _measure(unit, {}, subject), unit


_NON_NUMERIC_HINT = re.compile(r"高于|快于|好于|不低于|超过|跑赢|同步|平均水平|发达国家水平|任务|目标|正增长|零增长|持平"
                               r"|下达(?:的)?(?:指标|警戒线)"
                               r"|已经?(?:全部|全面|基本|顺利)?(?:完成|完工)|(?:实事|项目|工程)(?:全部|全面)(?:完成|完工|办结)")
# what a relative target or result compares with: a wider area (全省平均水平, 全国、全省平均水平,
# 全市农村居民收入增速), another group (城镇居民), or the economy's growth; or a level to reach
_REL = (rf"(?:(?:高于|快于|好于|不低于|超过|跑赢|略高于|低于){_WIDER}(?:、{_WIDER})?"
        r"(?:(?:城镇|农村)居民(?:人均可支配收入|收入)?)?(?:平均水平|平均|水平|增速|增幅)?"
        r"|(?:高于|快于|略高于)城镇居民(?:人均可支配收入|收入)?(?:增长|增速|增幅|平均水平|水平)?"
        r"|[与和同]经济(?:增长|发展)(?:基本)?同步"
        r"|(?:适度)?(?:快于|高于|略高于)(?:经济增长|经济增速|地区生产总值增长|地区生产总值增速)"
        rf"|达到{_WIDER}平均水平(?:以上)?|达到中等发达国家水平)")
_RELATIVE = re.compile(
    rf"(?P<subj>[^,;。]{{2,40}}?)(?:增速|增幅|增长)?(?:继续|持续|始终|仍然|仍)?(?P<rel>{_REL})")
# a superior that sets a task (完成省下达的节能减排任务)
_ISSUER = (r"(?:(?:省|市|区|县|州|盟|旗|镇|乡|自治区|上级|国家|省市|[\u4e00-\u9fff]{2,4}?(?:省|市|州|盟|自治区|县|区|旗))"
           r"(?:定|下达))")  # 省定, 市下达, 杭州市下达, 自治区下达
_TASK = re.compile(
    rf"(?P<subj>[^,;。]{{0,60}}?)(?P<task>(?:完成|实现)(?:{_ISSUER}|年度|全年)?[\u4e00-\u9fff]{{0,4}}?(?:目标)?任务|完成(?:{_ISSUER}的?|年度)目标|完成[^,;。]{{1,12}}?(?:确定|下达)的(?:主要)?(?:目标|任务)(?:和任务)?|实现正增长|^正增长$"
    # the indicator written inside the task: 完成省下达的<节能减排>任务, 全面完成省定<节能减排>目标,
    # 实现<外贸进出口>正增长
    rf"|完成{_ISSUER}的?(?P<obj>[\u4e00-\u9fff]{{1,8}}?)(?:目标)?任务"
    rf"|(?:完成|达到){_ISSUER}的?(?P<obj2>[\u4e00-\u9fff]{{1,8}}?)目标"
    # a ceiling the superior sets: PM2.5平均浓度控制在省下达目标以内
    rf"|控制在{_ISSUER}的?(?:目标|任务|指标|警戒线)+(?:值)?(?:以内|之内|范围内|内)?"
    r"|实现(?P<obj3>[\u4e00-\u9fff]{1,10}?)正增长"
    # the task named first, then done: 年度任务已全部完成, 该项实事已全部完成
    r"|(?:(?:年度|全年)?(?:目标)?任务|实事|项目|工程)(?:已经?|均已)(?:全部|全面|基本|顺利)?(?:完成|完工|办结)"
    # or done with no 已, the task's noun kept in its name: 十件民生实事<全部完成>
    r"|(?<=任务|实事|项目|工程)(?:全部|全面)(?:完成|完工|办结))")


# a relative target as a clause of its own, about the subject of the clause before
# 与上年(基本)持平, (实现)零增长: no change, a figure of 0%
_ZERO_GROWTH = re.compile(r"(?P<subj>[^,;。]{0,30}?)(?:实现|保持|继续|连续[一二两三四五]年)?"
                          r"(?P<zero>零增长(?!行动|计划|工程|方案)"
                          r"|(?:与上年|同比|比上年|与去年|较上年)(?:同期)?(?P<basic>基本)?持平)")
_RELATIVE_ALONE = re.compile(rf"\s*(?:并|且|基本)?(?:继续|持续|始终)?(?P<rel>{_REL})\s*$")
# every match of _RELATIVE holds one of these words, every match of _TASK one of those: a cheap
# search for them spares the costly patterns most clauses
_RELATIVE_WORD = re.compile(r"高于|快于|好于|低于|不低于|超过|跑赢|同步|达到|持平")
_VERDICT = re.compile(r"\s*(?:均|已|已经)?(?:超额|顺利|全面|圆满)?完成(?:了)?(?:年度|全年|年初)?(?:预期)?目标(?:任务)?\s*")
_NOT_DONE = re.compile(r"\s*(?:但|均)?(?:未|未能|尚未|没有)完成")
_DEMONSTRATIVES = frozenset(("该项", "此项", "该", "此", "上述", "以上", "这项", "各项"))
_TASK_WORD = re.compile(r"任务|目标|正增长|已经?(?:全部|全面|基本|顺利)?(?:完成|完工)|下达(?:的)?(?:指标|警戒线)"
                        r"|(?:实事|项目|工程)(?:全部|全面)(?:完成|完工|办结)")


def _non_numeric(text: str, c_start: int, c_end: int, strive: bool, previous: str = ""
                 ) -> list[Statement]:
    """Relative targets (高于全省平均水平, 与经济增长同步) and tasks (完成年度任务, 实现正增长).
    ``previous``: the subject of the clause before, for a relative target that names none
    (居民人均可支配收入增长6%左右,<与经济增长基本同步>)."""
    clause = text[c_start:c_end]
    if not _NON_NUMERIC_HINT.search(clause):
        return []
    zero = _ZERO_GROWTH.search(clause) if "持平" in clause or "零增长" in clause else None
    if zero:  # 与上年持平, 实现零增长: a growth rate of 0
        subj = _GROWTH_SUFFIX.sub("", clean_subject(_strip_tail(zero.group("subj"))[0]))
        return [Statement(start=c_start + zero.start(), end=c_start + zero.end(),
                          num_start=c_start + zero.start("zero"), num_end=c_start + zero.end("zero"),
                          indicator_text=subj or _GROWTH_SUFFIX.sub("", previous),
                          measure="growth_pct", value=0.0, value_high=None, unit="%",
                          qualifier="about" if zero.group("basic") else "point", strive=strive)]
    alone = _RELATIVE_ALONE.match(clause) if previous else None
    if alone:
        return [Statement(start=c_start + alone.start("rel"), end=c_start + alone.end(),
                          num_start=c_start + alone.start("rel"), num_end=c_start + alone.end(),
                          indicator_text=_GROWTH_SUFFIX.sub("", previous) or previous,
                          measure="relative", value=None, value_high=None, unit="",
                          qualifier="relative", strive=strive)]
    m = _RELATIVE.search(clause) if _RELATIVE_WORD.search(clause) else None
    if m:
        subj = clean_subject(_strip_tail(m.group("subj"))[0])
        subj = _GROWTH_SUFFIX.sub("", subj)
        return [Statement(start=c_start + m.start("subj") + (len(m.group("subj")) - len(m.group("subj").lstrip())),
                          end=c_start + m.end(), num_start=c_start + m.start("rel"),
                          num_end=c_start + m.end("rel"), indicator_text=subj or _GROWTH_SUFFIX.sub("", previous) or m.group("rel"),
                          measure="relative", value=None, value_high=None, unit="",
                          qualifier="relative", strive=strive)]
    m = _TASK.search(clause) if _TASK_WORD.search(clause) else None
    if m and _quoted(text, c_start + m.start("task"), c_end):
        return []  # 带“完成省下达任务”的指标: the words named, in a note on the table, not a task
    if m:
        subj = name_subject(_TASK_ADVERBS.sub("", m.group("subj").rstrip()))  # 全面<完成…>
        if subj in _DEMONSTRATIVES:
            subj = ""  # 该项实事已全部完成: the item's own task
        inside = m.group("obj") or m.group("obj2")
        if m.group("obj3"):  # 在全球主要经济体中唯一实现<经济>正增长: what grew, whatever before
            subj = clean_subject(m.group("obj3"))
        elif not subj and inside:
            subj = clean_subject(inside)  # 完成省下达的<节能减排>任务
            if _PLAN_ONLY.fullmatch(subj):
                subj = ""  # 完成<年度>目标: whose target, not what it measures
        positive = m.group("task").endswith("正增长")
        return [Statement(start=c_start + m.start(), end=c_start + m.end(),
                          num_start=c_start + m.start("task"), num_end=c_start + m.end("task"),
                          indicator_text=one or m.group("task"), measure="task",
                          value=0.0 if positive else None, value_high=None, unit="%" if positive else "",
                          qualifier="task", strive=strive)
                for one in _task_subjects(subj)]
    return []


_OPEN_QUOTES = frozenset("“\"「『‘")


def _quoted(text: str, start: int, end: int) -> bool:
    """The words at ``start`` are in quotes: a quote opens right before them and closes before
    ``end`` with no comma or stop between."""
    if start == 0 or text[start - 1] not in _OPEN_QUOTES:
        return False
    close = min((i for i in (text.find(q, start, end) for q in "”\"」』’") if i >= 0), default=-1)
    return close >= 0 and not any(p in text[start:close] for p in ",;。，；")


def name_subject(name: str) -> str:
    """The indicator a name states, its verbs and qualifiers stripped (单位地区生产总值能耗降低 →
    单位地区生产总值能耗), except where they are part of a compound name (节能减排 is a name, not
    节能 + the verb 减排)."""
    compound = any(name.endswith(n) for n in _w().get("noun", []) if len(n) > 2)
    return clean_subject(name if compound else _strip_tail(name)[0])


_TASK_ADVERBS = re.compile(r"(?:全力以赴|确保|按期|全面|圆满|超额|按时|如期|顺利|基本|较好|很好|良好|未能|尚未|没有|未)+(?:地)?$")
_LIST_TAIL = re.compile(r"等(?:约束性|预期性|主要)?(?:指标|工作|任务)?$")


def _task_subjects(subject: str) -> list[str]:
    """``城镇新增就业人数、节能减排等约束性指标`` → one task per listed indicator."""
    subject = _LIST_TAIL.sub("", subject)
    parts = [p.strip() for p in subject.split("、") if p.strip()]
    if len(parts) > 1 and all(len(p) > 1 for p in parts):
        return parts
    # 单位地区生产总值能源消耗和二氧化碳排放<降低完成省下达任务>: two indicators, the second
    # sharing the first's per-unit-of-GDP prefix
    parts = [p for p in re.split(r"和|及|以及", subject) if p]
    if len(parts) > 1 and _PER_UNIT.match(parts[0]) and all(len(p) >= 4 for p in parts):
        if parts[0].endswith(_NAME_FALL + _NAME_RISE):
            # 单位地区生产总值能耗降低和主要污染物减排: the first says its own change, so the
            # second is a name of its own, sharing nothing
            return [name_subject(parts[0]), *parts[1:]]
        return _per_unit_shared(parts)
    return [subject]


def _per_unit_shared(parts: list[str]) -> list[str]:
    """``单位地区生产总值能耗``、``二氧化碳排放``: the parts after the first share its per-unit-of-GDP
    prefix."""
    per_unit = _PER_UNIT.match(parts[0])
    if not per_unit:
        return parts
    return [parts[0]] + [p if _PER_UNIT.match(p) else per_unit.group(0) + p for p in parts[1:]]


_PER_UNIT = re.compile(r"^(?:单位(?:地区|国内)?生产总值|单位GDP|万元(?:地区|国内)?生产总值|万元GDP)")
