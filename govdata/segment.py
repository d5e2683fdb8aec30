"""segment: normalised text → segments (numbered items, their target / outcome parts, lead units).

A segment is a span of normalised text with a role: ``target`` (what the plan asked for),
``outcome`` (what was reported) or ``mixed`` (a passage whose wording decides, e.g. a work
report). Every genre has one segmenter; :func:`segment` picks it from the document type.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .formats.xlsx import HEADER_ROLES, header_roles
from .normalise import HEADING_NUMBER, TABLE_TITLE
from .registry import words


@dataclass(frozen=True)
class Segment:
    """A span of the normalised text and what it is."""

    start: int
    end: int
    role: str  # target | outcome | mixed | rules (how targets are scored: its numbers are labels)
    item: str = ""
    section: str = ""
    lead_units: tuple[str, ...] = field(default_factory=tuple)
    year_offset: int = 0  # outcomes of a work report's review are for the previous year
    period_years: int = 0  # a review of several years (过去五年): outcomes cover that many
    period: tuple[int, int] | None = None  # a section on one five-year plan (“十四五”时期…)
    leader: str = ""  # the responsible leader a breakdown groups the item under
    # a row of a plan's indicator table: its cells as (start, end, column, year), column one of
    # name, base, target, growth (年均增长/累计), other; the statements are read from the cells
    cells: tuple[tuple[int, int, str, int | None], ...] = ()
    # the name an item opens with when its parts are labelled (1.地区生产总值。年度目标:增长
    # 6.5%左右。完成情况:…): the indicator of a target or result that names none
    title: str = ""
    # a row of a table whose header dates its results to part of the year (1—9月完成)
    part_year: bool = False
    # a row of a table of areas × indicators (县市区 | 地区生产总值增速(%) | …): the county,
    # district or town the row's figures are for, not the document's own region
    area: str = ""


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines(text: str) -> list[Line]:
    """Non-blank lines with their spans (leading/trailing blanks trimmed from the span)."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


_CN_ORD = "一二三四五六七八九十"
HEADING = re.compile(rf"^(?:[{_CN_ORD}]+、|\([{_CN_ORD}]+\)|（[{_CN_ORD}]+）|第[{_CN_ORD}]+[部章节条])")
ITEM_NUMBER = re.compile(r"^(\d{1,3})[.、]?$")
TABLE_ROW = re.compile(r"^(\d{1,3})\t")
_CONTINUED_ROW = re.compile(r"\t(?![\t\n])")  # a row whose first cell (its 序号) is empty
# 1.地区生产总值增长6.5%左右。 — an item whose number opens the line of its target, followed by
# labelled lines: 完成情况:… and 牵头单位:…
ITEM_INLINE = re.compile(r"^(\d{1,3})(?:[.、](?!\d)|[.、]\s+)(?=\S)")  # (1. 2023年…: a space after)
_COMPLETION_WORDS = r"(?:目标)?(?:完成情况|进展情况|落实情况|执行情况|推进情况|完成进度|工作进展|进展)"
COMPLETION_LABEL = re.compile(rf"^{_COMPLETION_WORDS}[:：]?")
# 年度目标:增长6.5%左右 — the label of an item's target when its parts are labelled
TARGET_LABEL = re.compile(r"^(?:(?:年度|全年|预期|计划)?目标(?:任务|值)?|(?:年度)?计划)\s*[:：]")
# where a label opens the next part of an item written on one line: after a full stop,
# semicolon or blank (…左右。完成情况:…。责任单位:…); a colon is required
_PART_LABEL = re.compile(
    r"(?<=[。;\s])\s*(?=(?:(?:年度|全年|预期|计划)?目标(?:任务|值)?|(?:年度)?计划|"
    rf"{_COMPLETION_WORDS}|牵头单位|责任单位|牵头领导|配合单位|牵头部门|责任部门)\s*[:：])")


@lru_cache(maxsize=1)
def _org_suffix() -> re.Pattern:
    suffixes = sorted(words("org_suffix")["word"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, suffixes)) + r")(?:\([^)]{1,12}\))?$")


def is_unit_line(text: str) -> bool:
    """True for a line that names a responsible unit (市发展改革委, 市财政局(国资委))."""
    if len(text) > 40 or re.search(r"[,。;:!?、]|\d", text):
        return False
    return bool(_org_suffix().search(text))


def split_units(text: str) -> list[str]:
    """Split a lead-unit cell (``市发展改革委、市生态环境局``) into unit names."""
    return [u.strip() for u in re.split(r"[、,;\s]+", text) if u.strip()]


# ---------------------------------------------------------------- completion reports


def segment_completion(text: str) -> list[Segment]:
    """Segment a completion report (序号 | 重点工作任务 | 完成情况 | 牵头单位).

    Works both on the flattened layout (each cell on its own line, item numbers alone on a
    line) and on table rows whose cells are joined by tabs.
    """
    tables = indicator_table_rows(text)  # 指标 | 单位 | 年度目标 | 全年完成 | 增长(%)
    ls = [ln for ln in lines(text) if ln.start not in tables]
    segs: list[Segment] = table_segments(text, tables)
    columns = _completion_columns(ls)
    section = ""
    expected, restart = 1, False
    i = 0
    while i < len(ls):
        ln = ls[i]
        cn_item = CN_ITEM.match(ln.text)
        if cn_item and _completion_follows(ls, i):
            # (一)地区生产总值增长7%左右。/ 进展情况:… / 责任单位:…: items numbered in words
            j = i + 1
            while j < len(ls) and not HEADING.match(ls[j].text):
                j += 1
            body = ls[i + 1: j]
            if cn_item.end() < len(ln.text):
                body = [Line(ln.start + cn_item.end(), ln.end, ln.text[cn_item.end():])] + body
            segs.extend(_item_segments(str(_CN_ORD.index(cn_item.group(1)) + 1), section, body)
                        if len(cn_item.group(1)) == 1 else
                        _item_segments(cn_item.group(1), section, body))
            i = j
            continue
        if HEADING.match(ln.text):
            if not ln.text.startswith("("):
                section = ln.text
                restart = True  # a section may number its items from 1 again
            elif len(ln.text) > 40 and not _RULES_SECTION.search(section):
                # (一)经济运行稳中向好。全市实现地区生产总值1964.3亿元…: a paragraph under its
                # own run-in heading
                segs.extend(_prose_segment(ln, section))
            i += 1
            continue
        row = TABLE_ROW.match(ln.text)
        if row and restart and int(row.group(1)) == 1:
            expected = 1
        if row and "kind" in columns and int(row.group(1)) == expected - 1:
            segs.extend(_table_row(ln, section, columns))  # the item's second row (类别: 完成)
            i += 1
            continue
        if row and int(row.group(1)) == expected:
            segs.extend(_table_row(ln, section, columns))
            expected += 1
            restart = False
            i += 1
            continue
        m = ITEM_NUMBER.match(ln.text) or ITEM_INLINE.match(ln.text)
        if m and restart and int(m.group(1)) == 1:
            expected = 1
        if m and int(m.group(1)) == expected:
            restart = False
            j = i + 1
            body: list[Line] = []
            if m.end() < len(ln.text):  # the target is on the number's own line
                body.append(Line(ln.start + m.end(), ln.end, ln.text[m.end():]))
            sub, units_seen = 0, False  # a numbered list inside the item (完成情况: 1.… 2.…)
            while j < len(ls):
                nxt = ls[j]
                if HEADING.match(nxt.text) or TABLE_ROW.match(nxt.text):
                    break
                alone = ITEM_NUMBER.match(nxt.text)
                if alone and int(alone.group(1)) == expected + 1:
                    break
                inline = ITEM_INLINE.match(nxt.text)
                if inline:
                    n = int(inline.group(1))
                    if body and not units_seen and n == sub + 1:
                        sub = n  # 1. 2. 3. inside the item's text, until its unit line
                    elif n == expected + 1:
                        break
                units_seen = units_seen or bool(UNIT_LINE.match(nxt.text)) or (
                    bool(body) and is_unit_line(nxt.text))
                body.append(nxt)
                j += 1
            segs.extend(_item_segments(str(expected), section, body))
            expected += 1
            i = j
            continue
        if not _RULES_SECTION.search(section):
            # a paragraph outside the items (the summary of an assessment's results, 全市地区
            # 生产总值增长7.2%,超过年度目标…): results, in the report's own words; what it asks
            # for (四、下一步工作要求 / 要确保…) targets
            segs.extend(_prose_segment(ln, section))
        i += 1
    if tables:
        segs.sort(key=lambda sg: sg.start)  # the table's rows in their place
    return unique_items(segs)


def _prose_segment(ln: Line, section: str) -> list[Segment]:
    """A paragraph of a completion report outside its items: results, unless its section or
    its opening asks for what is to come (四、下一步工作要求 / 要确保…). Only sentences: a page's
    lines of furniture (索引号: …, 成文日期: …) say no full stop."""
    if "。" not in ln.text:
        return []
    ahead = _AHEAD_SECTION.search(section) or _DEMANDS.match(ln.text)
    return [Segment(ln.start, ln.end, "target" if ahead else "outcome", "", section)]


def unique_items(segs: list[Segment]) -> list[Segment]:
    """Items numbered from 1 again in each section (一、… 1. 2. 二、… 1. 2.) are told apart by
    their section's ordinal (一/1, 二/1); items numbered through the document keep their
    number."""
    sections: dict[str, set[str]] = {}
    for sg in segs:
        if sg.item:
            sections.setdefault(sg.item, set()).add(sg.section)
    if all(len(v) == 1 for v in sections.values()):
        return segs
    return [replace(sg, item=f"{_section_ordinal(sg.section)}/{sg.item}") if sg.item else sg
            for sg in segs]


def _section_ordinal(section: str) -> str:
    m = re.match(rf"[{_CN_ORD}]+|\d+", section)
    return m.group(0) if m else "0"


CN_ITEM = re.compile(rf"^\(([{_CN_ORD}]+)\)\s*")


def _completion_follows(ls: list[Line], k: int) -> bool:
    """A completion label (完成情况:, 进展情况:…) or a unit line, on the item's line ``ls[k]``
    after its start or on a line after it, comes before the next heading: the heading is an
    item of the report, not a section."""
    for n in range(k, len(ls)):
        if n > k and (HEADING.match(ls[n].text) or ITEM_INLINE.match(ls[n].text)
                      or ITEM_NUMBER.match(ls[n].text)):
            break  # (一)经济发展主要指标 / 1.地区生产总值…: a section of numbered items
        parts = split_parts([ls[n]])
        if any(COMPLETION_LABEL.match(p.text) or UNIT_LINE.match(p.text)
               for p in (parts[1:] if n == k else parts)):
            return True
    return False


def split_parts(body: list[Line]) -> list[Line]:
    """The lines of an item, each cut where a label opens another of its parts, so that an
    item written on one line (地区生产总值。年度目标:….完成情况:….责任单位:…) reads as the
    same item written a part per line."""
    out = []
    for ln in body:
        cuts = [m.end() for m in _PART_LABEL.finditer(ln.text)]
        for a, b in zip([0, *cuts], [*cuts, len(ln.text)]):
            part = ln.text[a:b].rstrip()
            if part:
                out.append(Line(ln.start + a, ln.start + a + len(part), part))
    return out


def _item_title(body: list[Line]) -> tuple[str, list[Line]]:
    """An item that opens with its name and then a labelled target (地区生产总值。/ 年度目标:
    增长6.5%左右): the name, and the lines from the target on, its label dropped."""
    if len(body) >= 2 and TARGET_LABEL.match(body[1].text) and not re.search(r"\d", body[0].text):
        title = body[0].text.strip().rstrip("。.;:：")
        target = _after_target_label(body[1])
        return (title if len(title) <= 30 else ""), [*([target] if target else []), *body[2:]]
    if not body:
        return "", body
    return "", [_after_target_label(body[0]) or body[0], *body[1:]]


def _after_target_label(ln: Line) -> Line | None:
    """The line without its 年度目标: label; None when the label is all it holds."""
    label = TARGET_LABEL.match(ln.text)
    if not label:
        return ln
    if label.end() == len(ln.text):
        return None
    return Line(ln.start + label.end(), ln.end, ln.text[label.end():])


def _item_segments(item: str, section: str, body: list[Line]) -> list[Segment]:
    title, body = _item_title(split_parts(body))
    if not body:
        return []
    units: list[str] = []
    k = len(body)
    # page furniture after the last item (扫一扫在手机打开当前页): short lines after the unit lines
    while k > 2 and not is_unit_line(body[k - 1].text) and is_unit_line(body[k - 2].text) \
            and len(body[k - 1].text) <= 20 and not re.search(r"\d", body[k - 1].text):
        k -= 1
    body = body[:k]
    while k > 1 and (is_unit_line(body[k - 1].text) or UNIT_LINE.match(body[k - 1].text)):
        k -= 1
    units = [u for ln in body[k:] for u in (
        parse_unit_line(ln.text) if UNIT_LINE.match(ln.text) else split_units(ln.text))]
    # 完成情况:… opens the outcome; without such a label the target is the first line
    c = next((n for n in range(1, k) if COMPLETION_LABEL.match(body[n].text)), 1)
    target, completion = body[:c], body[c:k]
    if not units and c == 1 and len(completion) > 1 and is_unit_line(completion[0].text):
        # 序号 / 目标任务 / 牵头单位 / 完成情况 flattened: the unit between target and completion
        units = split_units(completion[0].text)
        completion = completion[1:]
    if not completion and c == 1:
        target, completion = _plan_then_result(target)
    if not completion and len(target) == 1 and _RESULTS_SECTION.search(section) \
            and _RUN_IN_HEADING.match(target[0].text) and not _opens_on_plan(target[0].text):
        # 一、主要指标完成情况 / 1.工业生产稳中向好。年初确定…的目标,全年实际增长10.8%…: a
        # paragraph of results under its run-in heading, not a task to be done; its sentences say
        # which figures were aimed at
        return [Segment(target[0].start, target[0].end, "outcome", item, section, tuple(units),
                        title=title)]
    segs = [Segment(target[0].start, target[-1].end, "target", item, section, tuple(units),
                    title=title)]
    if completion:
        label = COMPLETION_LABEL.match(completion[0].text)
        start = completion[0].start + (label.end() if label else 0)
        segs.append(Segment(start, completion[-1].end, "outcome", item, section, tuple(units),
                            title=title))
    return segs


# a section of results (主要经济指标完成情况, 未完成指标情况, 重点工作进展情况), and a paragraph
# opening on a run-in heading of words (工业生产稳中向好。) and going on at length
_RESULTS_SECTION = re.compile(r"完成情况|进展情况|执行情况|落实情况|指标情况")
_RUN_IN_HEADING = re.compile(r"[^\d。,，;；]{2,20}。.{40,}")
# a sentence that opens on the plan (年初计划…, 目标新建…, 计划投资…), and one of the result
_PLAN_OPENS = re.compile(r"\s*(?:年初|今年|全年|该项实事)?(?:计划|目标|拟|力争|要求)")
_SENTENCE = re.compile(r"[^。]+。?")


def _opens_on_plan(text: str) -> bool:
    """The first sentence with a figure opens on the plan (年初计划改造老旧小区38个…)."""
    first = next((m.group(0) for m in _SENTENCE.finditer(text) if re.search(r"\d", m.group(0))), "")
    return bool(_PLAN_OPENS.match(first))


def _plan_then_result(lines_: list[Line]) -> tuple[list[Line], list[Line]]:
    """An item written as one paragraph, the plan then the result (年初计划新增城镇就业1.2万人…;
    计划投资1.15亿元。截至12月底,全市实际新增城镇就业1.35万人…): the two parts, cut before the
    first sentence after the plan's that does not open on a plan word; the paragraph and
    nothing when its first sentence with a figure is no plan."""
    first = lines_[0]
    if len(lines_) > 1:
        return lines_, []
    planned = False
    for m in _SENTENCE.finditer(first.text):
        sentence = m.group(0)
        if not planned:
            if not re.search(r"\d", sentence):
                continue  # the item's name: 实施就业创业促进工程。
            if not _PLAN_OPENS.match(sentence):
                return lines_, []
            planned = True
        elif not _PLAN_OPENS.match(sentence):
            a = m.start() + len(sentence) - len(sentence.lstrip())
            return [Line(first.start, first.start + m.start(), first.text[: m.start()])], \
                [Line(first.start + a, first.end, first.text[a:])]
    return lines_, []


def table_cells(ln: Line) -> list[tuple[int, int, str]]:
    """The tab-separated cells of a table row, each as ``(start, end, text)``."""
    cells, pos = [], ln.start
    for cell in ln.text.split("\t"):
        cells.append((pos, pos + len(cell), cell))
        pos += len(cell) + 1
    return cells


_COMPLETION_COLUMNS = {"target": 1, "completion": 2, "units": 3}  # 宿州's order, when no header


def _completion_columns(ls: list[Line]) -> dict[str, int]:
    """Which cell of a table row is the target, the completion and the lead unit, from the
    header row (序号 | 目标任务 | 牵头单位 | 完成情况 puts the units before the completion)."""
    for ln in ls[:60]:
        if "\t" in ln.text:
            roles = header_roles(ln.text.split("\t"))
            if "target" in roles and "completion" in roles:
                return {r: roles[r] for r in _COMPLETION_COLUMNS if r in roles}
            if "target" in roles and "kind" in roles:
                # 序号 | 项目 | 类别 | 内容 | 责任单位, an item's target and its result on two
                # rows whose 类别 says 目标 or 完成
                return {r: roles[r] for r in ("target", "kind", "units") if r in roles}
    return _COMPLETION_COLUMNS


_RESULT_ROW = re.compile(r"完成|进展|实际|成效|结果")


def _table_row(ln: Line, section: str, columns: dict[str, int] = _COMPLETION_COLUMNS
               ) -> list[Segment]:
    cells = table_cells(ln)
    item = cells[0][2].strip()

    def cell(role: str) -> tuple[int, int, str] | None:
        k = columns.get(role)
        return cells[k] if k is not None and k < len(cells) else None

    target, completion, unit = cell("target"), cell("completion"), cell("units")
    units = tuple(split_units(unit[2])) if unit else ()
    kind = cell("kind")
    if kind and _RESULT_ROW.search(kind[2]):
        target, completion = None, target  # (the 完成 row of the pair: its 内容 is the result)
    segs = []
    if target:
        segs.append(Segment(target[0], target[1], "target", item, section, units))
    if completion:
        segs.append(Segment(completion[0], completion[1], "outcome", item, section, units))
    return segs


# ---------------------------------------------------------------- target breakdowns

ITEM_START = re.compile(r"^(\d{1,3})[.、](?!\d)")
UNIT_LINE = re.compile(r"^(?:牵头单位|责任单位|牵头领导|配合单位)[:：]")
ANNEX = re.compile(r"^附件\s*(\d+)\s*$")
BARE_ANNEX = re.compile(r"^附件\s*$")


# the units written at the end of an item's own line: (牵头单位:A;责任单位:B), 责任单位:A(牵头)、B,
# (A牵头), (A牵头,B配合)
INLINE_UNITS = re.compile(
    r"(?:(?P<open>\()\s*|(?<=[。;,\s]))(?P<labelled>(?:牵头单位|责任单位|牵头部门|责任部门)\s*:[^\n]*?)"
    r"(?(open)\))\s*[。.]?$"
    r"|\((?P<lead>[^()\n]{2,30}?)牵头(?:[,;、][^()\n]*)?\)\s*[。.]?$")


def inline_units(m: re.Match) -> tuple[str, ...]:
    """The lead unit of an :data:`INLINE_UNITS` match."""
    if m.group("lead"):
        return tuple(split_units(m.group("lead"))[:1])
    return parse_unit_line(m.group("labelled").replace("部门", "单位"))


_LEVEL_PREFIX = ("市", "县", "区", "州", "省", "盟", "旗")  # 州发展改革委, 州统计局


def parse_unit_line(text: str) -> tuple[str, ...]:
    """Lead units from ``牵头单位:A、B;责任单位:C`` (the 牵头单位) or ``责任单位:A、B`` (the
    first listed, by the usual convention 列第一位者为牵头单位)."""
    lead = re.search(r"牵头单位[:：]([^;；]*)", text)
    if lead:
        cell = re.sub(r"\([^)]*\)", "", lead.group(1))
        units = split_units(cell)
        # 市发改委、统计局: later units inherit the 市 prefix of the first
        prefix = units[0][0] if units and units[0].startswith(_LEVEL_PREFIX) else ""
        return tuple(u if u.startswith((*_LEVEL_PREFIX, "各")) or not prefix else prefix + u
                     for u in units)
    resp = re.search(r"责任单位[:：]([^;；]*)", text)
    if resp:
        marked = re.search(r"([^、,;:\s()]+)\(牵头\)", resp.group(1))
        if marked:
            return (marked.group(1),)  # 责任单位:市教育局、市人社局(牵头): the one marked leads
        cell = re.sub(r"\((?:列第一位[^)]*)\)", "", resp.group(1))
        units = split_units(cell)
        return tuple(units[:1])
    return ()


_MAIN_TARGETS_LINE = re.compile(r"主要(?:预期)?目标(?:是|为|如下)?[:：].{0,40}\d")


def segment_breakdown(text: str) -> list[Segment]:
    """Segment a target breakdown: numbered items, each followed by its 牵头单位/责任单位 line.

    Items are labelled ``<annex>/<section>/<n>`` (e.g. ``附件2/二/3``) and carry the section
    heading, which in leader-grouped documents names the responsible leader.
    """
    tables = indicator_table_rows(text)  # 指标 | 单位 | 2025年目标 | 牵头单位
    ls = [ln for ln in lines(text) if ln.start not in tables]
    table_starts = sorted(tables)
    segs: list[Segment] = table_segments(text, tables)
    annex, section, sec_no, period = "", "", "", None
    review = False  # inside an annex reviewing last year's results (2023年…完成情况)
    section_units: tuple[str, ...] = ()  # 一、扩大有效投资(牵头单位:市发展改革委): its items' lead
    columns = _breakdown_columns(ls)
    i = 0
    while i < len(ls):
        ln = ls[i]
        row = TABLE_ROW.match(ln.text)
        if row:  # 序号 | 目标任务 | 牵头单位 | 责任单位, a Word or Excel table
            label = "/".join(p for p in (annex, sec_no, row.group(1)) if p)
            segs.extend(_breakdown_row(ln, columns, label, section, period))
            i += 1
            continue
        if segs and segs[-1].item and columns and _CONTINUED_ROW.match(
                text, text.rfind("\n", 0, ln.start) + 1):
            # a row a page break split (a PDF's table): the rest of the last item's cells, on a
            # row of its own with no 序号, is more of that item
            last, row_line = segs[-1], Line(ln.start - 1, ln.end, "\t" + ln.text)
            segs.extend(replace(sg, lead_units=sg.lead_units or last.lead_units)
                        for sg in _breakdown_row(row_line, columns, last.item, last.section,
                                                 period))
            i += 1
            continue
        if BARE_ANNEX.match(ln.text) or ANNEX.match(ln.text):
            # 附件 / 2023年全市主要目标任务完成情况: an annex of last year's results, or not
            review = i + 1 < len(ls) and bool(_REVIEW_TITLE.search(ls[i + 1].text))
        a = ANNEX.match(ln.text)
        if a:
            annex, section, sec_no, section_units = f"附件{a.group(1)}", "", "", ()
            title = " ".join(x.text for x in ls[i + 1: i + 3]
                             if not HEADING.match(x.text) and not ITEM_START.match(x.text))
            period = plan_period(title)  # 附件1 政府工作报告“十四五”时期重点工作责任分解
            i += 1
            continue
        h = re.match(r"^([一二三四五六七八九十]+)、", ln.text)
        unit_next = i + 1 < len(ls) and UNIT_LINE.match(ls[i + 1].text)
        if h and not unit_next:
            section, sec_no = ln.text, h.group(1)
            own = INLINE_UNITS.search(ln.text)
            section_units = inline_units(own) if own else ()
            i += 1
            continue
        if _RULES_SECTION.search(section):
            # 四、考核办法 / 五、加分与扣分: how the targets are scored (每多1户加1分), not targets
            segs.append(Segment(ln.start, ln.end, "rules", sec_no, section))
            i += 1
            continue
        m = h if h else ITEM_START.match(ln.text)  # 一、推进教育均衡化发展(2个子项)。… + 责任单位
        if not m and review:
            # 附件 2023年全市主要目标任务完成情况: last year's results, told in paragraphs
            segs.append(Segment(ln.start, ln.end, "outcome", sec_no, section, year_offset=-1))
            i += 1
            continue
        if not m and _GOAL_SECTION.match(section):
            # 一、总体目标 / 二、主要任务 of a responsibility book: its paragraphs are its targets
            segs.append(Segment(ln.start, ln.end, "target", sec_no, section, section_units,
                                period=period))
            i += 1
            continue
        if not m and _MAIN_TARGETS_LINE.search(ln.text):
            # the covering notice restates the year's main targets (…的主要预期目标是:地区生产总值
            # 增长6%左右;…): targets too, of no item
            segs.append(Segment(ln.start, ln.end, "target", "主要预期目标", section, (),
                                period=period))
            i += 1
            continue
        if not m:
            i += 1
            continue
        body = [ln]
        j = i + 1
        while j < len(ls) and not ITEM_START.match(ls[j].text) and not UNIT_LINE.match(ls[j].text) \
                and not HEADING.match(ls[j].text) and not ANNEX.match(ls[j].text) \
                and not _table_between(table_starts, ls[j - 1].end, ls[j].start):
            body.append(ls[j])
            j += 1
        units: tuple[str, ...] = ()
        while j < len(ls) and UNIT_LINE.match(ls[j].text):
            units = units or parse_unit_line(ls[j].text)
            j += 1
        end = body[-1].end
        inline = INLINE_UNITS.search(body[-1].text)  # …增长6%左右。(牵头单位:市发展改革委)
        if inline:
            units = units or inline_units(inline)
            end = body[-1].start + inline.start()
        if not h:
            units = units or section_units
        label = "/".join(p for p in (annex, "" if h else sec_no, m.group(1)) if p)
        segs.append(Segment(ln.start + m.end(), end, "target", label,
                            "" if h else section, units, period=period,
                            leader="" if h else leader_of(section)))
        i = j
    if tables:
        segs.sort(key=lambda sg: sg.start)  # the table's rows in their place
    return segs


# the sections of a responsibility book (目标责任书) that state its targets, and those that say
# how they are scored, rewarded or signed: their numbers are rules (每超额1个百分点加0.5分)
def _table_between(table_starts: list[int], start: int, end: int) -> bool:
    """A table's row lies between ``start`` and ``end``: an item's text stops at a table."""
    k = bisect.bisect_left(table_starts, start)
    return k < len(table_starts) and table_starts[k] < end


_GOAL_SECTION = re.compile(r"^[一二三四五六七八九十]+、\s*(?:总体|主要|年度|具体|工作)?(?:预期)?(?:目标|任务|指标)(?:任务)?\s*$")
# the title of an annex that reports the last year's results
_REVIEW_TITLE = re.compile(r"^(?:\d{4}年)?.{0,20}(?:完成情况|执行情况|工作回顾|工作总结)$")
_AHEAD_SECTION = re.compile(r"^[一二三四五六七八九十]+、.{0,12}(?:工作要求|工作打算|工作思路|工作安排|工作建议|下一步)")
_RULES_SECTION = re.compile(r"^[一二三四五六七八九十]+、.{0,6}(?:考核|计分|评分|加分|扣分|奖惩|奖励|附则|职责)")
# (a department's own plan names its divisions: 牵头处室, 责任科室)
_LEAD_HEADER = re.compile(r"牵头(?:单位|部门|处室|科室)|主办单位|负责单位|考核(?:部门|单位)")
_RESP_HEADER = re.compile(r"责任(?:单位|部门|处室|科室)|配合(?:单位|部门|处室|科室)|协办单位|参与单位")
_LEADER_HEADER = re.compile(r"(?:责任|牵头|分管|联系)(?:市|区|县)?领导")
_TASK_HEADER = dict(HEADER_ROLES)["target"]  # the words the spreadsheet reader knows too


def _breakdown_columns(ls: list[Line]) -> dict[str, int]:
    """Which cell of a table row is the target, the lead unit, the other units and the
    responsible leader, from the header row (序号 | 目标任务 | 责任领导 | 牵头单位 | 责任单位); by
    position when there is none."""
    for ln in ls:
        if "\t" not in ln.text:
            continue
        cells = [re.sub(r"\s+", "", c) for c in ln.text.split("\t")]
        cols: dict[str, int] = {}
        for k, c in enumerate(cells):
            if not c or len(c) > 20:
                continue
            if _LEADER_HEADER.search(c):
                cols.setdefault("leader", k)
            elif _LEAD_HEADER.search(c):
                cols.setdefault("lead", k)
            elif _RESP_HEADER.search(c):
                cols.setdefault("resp", k)
            elif _TASK_HEADER.search(c):
                cols.setdefault("target", k)
        if "target" in cols and ("lead" in cols or "resp" in cols):
            return cols
    return {"target": 1, "lead": 2, "resp": 3}


def _breakdown_row(ln: Line, columns: dict[str, int], label: str, section: str,
                   period: tuple[int, int] | None) -> list[Segment]:
    """One table row of a breakdown: its target cell, with the lead unit(s) — the 牵头单位
    column, else the first unit of the 责任单位 column."""
    cells = table_cells(ln)

    def cell(role: str) -> tuple[int, int, str] | None:
        k = columns.get(role)
        return cells[k] if k is not None and k < len(cells) else None

    target = cell("target")
    if target is None or not target[2].strip():
        return []
    lead, resp, leader = cell("lead"), cell("resp"), cell("leader")
    units = tuple(split_units(re.sub(r"\([^)]*\)", "", lead[2]))) if lead and lead[2] else ()
    if not units and resp and resp[2]:
        units = tuple(split_units(re.sub(r"\([^)]*\)", "", resp[2]))[:1])
    # the row's own 责任领导 cell, else the leader its section is grouped under
    named = "、".join(split_units(leader[2])) if leader and leader[2].strip() else ""
    return [Segment(target[0], target[1], "target", label, section, units, period=period,
                    leader=named or leader_of(section))]


_LEADER = re.compile(
    r"^[一二三四五六七八九十]+、\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<title>(?:常务)?副?(?:市长|区长|县长|省长|州长|旗长|主任|秘书长))(?:牵头|负责|分管)")


def leader_of(heading: str) -> str:
    """The leader a section heading names: 二、杨六顺常务副市长牵头重点工作 → 杨六顺常务副市长."""
    m = _LEADER.match(heading)
    return m.group("name") + m.group("title") if m else ""


# ---------------------------------------------------------------- work reports, plans, communiqués

_REVIEW = re.compile(r"工作回顾|过去一年|过去五年|回顾|主要工作|发展成就|取得.{0,6}成就|(?:计划|预算)执行情况|"
                     r"总体评价|进展情况|实施情况|存在的?(?:主要)?问题|工作成效|工作总结|"
                     r"去年的?(?:成绩|工作)|(?:成绩|成效)来之不易|完成情况|主要原因|原因分析"
                     r"|(?:上半年|前三季度|一季度|今年以来)[\u4e00-\u9fff]{0,6}?(?:形势|运行|情况|成效)")
# (a speech: 正确看待去年的成绩; a plan's adjustment: 前三季度主要指标完成情况, 部分指标调整的主要原因)
_FIVE_YEAR = re.compile(r"(十[一二三四五]|[六七八九十])五”?(?:时期|期间|规划|计划)")
_PAST_FIVE = re.compile(r"过去五年|五年来|本届政府")


def plan_period(heading: str) -> tuple[int, int] | None:
    """The years of the five-year plan a heading names: “十四五”时期 → (2021, 2025)."""
    m = _FIVE_YEAR.search(heading)
    if not m:
        return None
    digits = "一二三四五六七八九十"
    n = 10 + digits.index(m.group(1)[1]) + 1 if len(m.group(1)) == 2 else digits.index(m.group(1)) + 1
    start = 1981 + 5 * (n - 6)  # the sixth plan began in 1981; 九五 1996, 十五 2001, 十四五 2021
    return start, start + 4

# 今年经济社会发展的主要预期目标是: the targets begin (also after 今年是…之年。 in one paragraph)
_WORD_HEADING = re.compile(rf"(?:{HEADING_NUMBER})?(?:(?:19|20)\d{{2}}年)?\s*[\u4e00-\u9fff]{{2,8}}"
                           r"(?:\s*[·・•|｜丨]?\s*[\u4e00-\u9fff]{2,8})?")  # (01 | 2024年成绩单 too;
# 2024年成绩单 · 经济运行稳中向好, a slide's title)
_TARGETS_OPEN = re.compile(  # (全会提出,2025年…: a plenary's communiqué says who set them)
    r"(?:^|[。;!]|(?:提出|明确|确定|强调|指出)(?:了)?[,:])\s*(?:今年|明年|\d{4}年)?(?:全国|全省|全市|全区|全县|全州|全盟)?"
    r"(?:经济社会发展|国民经济和社会发展|发展)?的?主要预期目标")
_INTERPRETS = re.compile(r"解读|一图读懂|答记者问")
# a summary of the year so far (…2024年上半年工作总结和下半年工作思路); detect reads its genre by it
# (…2025年上半年国民经济和社会发展计划执行情况的报告: the plan's half year, as a work summary's)
SO_FAR = re.compile(r"(?:上半年|前三季度|[一二三]季度|1[-—~至][1-9]1?月(?:份)?|半年)(?:度)?"
                    r"(?:(?:主要)?工作(?:总结|情况)|(?:国民经济和社会发展)?计划执行情况"
                    r"|[\u4e00-\u9fff]{0,4}?经济(?:运行|形势)分析(?:会|会议|调度会))")  # (在全市上半年
# 经济运行分析会议上的讲话: the half year's results, then the rest of the year's aims)
_OPENS_ON_PERIOD = re.compile(r"^(?:在|到|展望|今后五年|未来五年)?[,，]?“?(?:十[一二三四五]|[六七八九十])五”?")
_PLAN = re.compile(r"主要预期目标|主要目标|发展目标|预期目标|目标要求|总体要求|目标任务|重点工作|今年|工作安排|主要任务"
                   r"|下半年|工作思路|工作打算|年初计划|指标安排")



def segment_communique(text: str) -> list[Segment]:
    """A statistical communiqué: every paragraph an outcome; the rows of its tables
    (产品名称 | 单位 | 产量 | 比上年增长(%)) read by column, as a plan's indicator table is."""
    tables = indicator_table_rows(text, results=True)
    # (a meeting's news: 会议强调,… / 要…: what it asks for the rest of the year are targets)
    segs = table_segments(text, tables) + [
        Segment(ln.start, ln.end, "target" if _DEMANDS.match(ln.text) else "outcome", "", "")
        for ln in lines(text) if ln.start not in tables]
    return sorted(segs, key=lambda sg: sg.start) if tables else segs


# a paragraph of a report of results that asks for what is to come: 会议强调,… / 会议要求,… /
# 要全力以赴抓项目扩投资。 / 根据方案,2024年全市计划… (下一步… is read sentence by sentence, as its
# progress so far, 截至9月底…, is a result)
_DEMANDS = re.compile(r"(?:会议|会上|[\u4e00-\u9fff]{1,4}(?:书记|市长|县长|区长|州长|主任))?(?:强调|要求|部署)[,，:：]"
                      r"|要(?![求是点素])[\u4e00-\u9fff]{2}|根据(?:方案|计划|规划|安排)[,，]")


_PROSE_OUTCOME = re.compile(rf"^(?:实际)?(?:完成|{_COMPLETION_WORDS})$")  # (targets: _TARGET_COLUMN)


def _prose_columns(text: str, ln: Line) -> dict[int, str]:
    """The columns of a header over cells of sentences (年度总体目标 | 实际完成情况 | 预期目标):
    which cell holds targets and which results; empty unless it names both."""
    cells = ["".join(text[a:b].split()) for a, b in _cell_spans(text, ln)]
    cols = {k: "target" if _TARGET_COLUMN.match(c) else "outcome" for k, c in enumerate(cells)
            if _TARGET_COLUMN.match(c) or _PROSE_OUTCOME.match(c)}
    return cols if set(cols.values()) == {"target", "outcome"} else {}


def _cell_spans(text: str, ln: Line) -> list[tuple[int, int]]:
    """Where each tab-separated cell of a line starts and ends in the text, counting the empty
    cells its leading tabs stand for (which :func:`lines` trims from the line)."""
    at = text.rfind("\n", 0, ln.start) + 1
    return [(a, b) for a, b, _ in table_cells(Line(at, ln.end, text[at: ln.end]))]


_PAST_WORDS = re.compile(r"了|同比|比上年|较上年|去年|过去一年|上年")
_PLAN_WORDS = re.compile(r"力争|确保|推动|加快|推进|着力|全力|大力|深入实施|持续")


def _opening(text: str, start: int, most: int = 1500) -> str:
    """The text from ``start`` to the next line that is a heading (at most ``most`` characters):
    the part a document opens on."""
    stop = min(len(text), start + most)
    at = text.find("\n", start)
    while 0 <= at < stop:
        if HEADING.match(text[at + 1: at + 12]):
            return text[start:at]
        at = text.find("\n", at + 1)
    return text[start:stop]


def _reads_as_plans(opening: str) -> bool:
    """Text with hardly a word of the past (了, 同比, 比上年…) and many of plans (力争, 确保…)."""
    return len(_PAST_WORDS.findall(opening)) <= 1 and len(_PLAN_WORDS.findall(opening)) >= 6


def segment_work_report(text: str) -> list[Segment]:
    """Segment a work report: paragraphs of the review part are outcomes of the previous year;
    paragraphs after it (targets and tasks for the report's year) are targets. The rows of a
    table of indicators (指标名称 | 单位 | 2023年完成 | 2024年目标 | 增长(%)) are segments of
    their own, with their cells."""
    tables = indicator_table_rows(text)
    segs: list[Segment] = table_segments(text, tables)
    # an interpretation of the report (图文解读｜2025年…政府工作报告) is about the year's targets:
    # it opens on them, last year's figures it restates are dated by their own words (去年, 2024年)
    part = "plan" if _INTERPRETS.search(text[:300]) else ""
    # a summary of the year so far (上半年工作总结): its review is of this year, in part
    so_far = bool(SO_FAR.search(text[:300]))
    section, current = "", ""
    period_by_paragraph: tuple[int, int] | None = None
    period_of: tuple[str, tuple[int, int] | None] = ("", plan_period(""))
    prose_columns: dict[int, str] = {}  # the columns of a table of sentences: target or outcome
    for ln in lines(text):
        if ln.start in tables:
            prose_columns = {}
            continue
        h = HEADING.match(ln.text) and len(ln.text) < 40
        # a page's own headings, in words only: 2023年 成绩单, 过去一年 我们这样干, 2024年 目标任务
        titled = not h and _WORD_HEADING.fullmatch(ln.text) and (
            _REVIEW.search(ln.text) or _PLAN.search(ln.text) or "成绩单" in ln.text)
        table_title = TABLE_TITLE.fullmatch(ln.text.strip())
        if table_title:  # 部门整体支出绩效目标表, 2024年度…绩效自评表: the tables' part
            part = "review" if _RESULTS_TITLE.search(ln.text) else "plan" if _AIMS_TITLE.search(
                ln.text) else part
            continue
        if (h and not ln.text.startswith("(")) or titled:
            section = ln.text
            if _REVIEW.search(ln.text) or "成绩单" in ln.text:
                part = "review"
                # (二、前三季度主要指标完成情况: a review of part of the year, this year's)
                so_far = so_far or bool(PART_YEAR.search(ln.text)) or "今年以来" in ln.text
            elif part == "review" or _PLAN.search(ln.text):
                part = "plan"
            continue
        if part == "":
            # a report opens on the past year, with or without a heading — unless what it opens
            # on reads as plans (the last page of a report a portal split over several)
            part = "plan" if _reads_as_plans(_opening(text, ln.start)) else "review"
        if part == "review" and "主要预期目标" in ln.text and _TARGETS_OPEN.search(ln.text):
            part = "plan"
        if section != period_of[0]:
            period_of = (section, plan_period(section))  # once per section, not per paragraph
        period = period_of[1]
        # a paragraph opening on a plan period: “十四五”时期是… (not 今年是“十四五”规划收官之年)
        opening = plan_period(ln.text[:16]) if _OPENS_ON_PERIOD.match(ln.text) else None
        if opening:
            period_by_paragraph = opening
        if section != current:
            current, period_by_paragraph = section, None
        period = period_by_paragraph or period
        role = "outcome" if part == "review" else "target"
        if period_by_paragraph:
            role = "mixed"  # the plan period decides: before the report's year, outcomes
        # a work plan's item that ends naming who leads it, (牵头单位:州发展改革委;责任单位:…)
        # or (州商务局牵头,…配合), or is followed by a paragraph that does
        inline = INLINE_UNITS.search(ln.text) if ln.text.endswith((")", ")。")) else None
        units, end = (inline_units(inline), ln.start + inline.start()) if inline else ((), ln.end)
        if inline and inline.start() == 0:
            if segs and not segs[-1].lead_units and segs[-1].section == section:
                segs[-1] = replace(segs[-1], lead_units=units)
            continue
        if "\t" in ln.text:  # 年度总体目标 | 实际完成情况 | 预期目标: each cell its column's
            heads = _prose_columns(text, ln)
            if heads:
                prose_columns = heads
                continue
            if prose_columns:
                offset = -1 if part == "review" and not so_far else 0
                segs += [Segment(a, b, prose_columns[k], section[:20], section,
                                 year_offset=offset, part_year=so_far and prose_columns[k] == "outcome")
                         for k, (a, b) in enumerate(_cell_spans(text, ln)) if k in prose_columns]
                continue
        else:
            prose_columns = {}
        segs.append(Segment(ln.start, end, role, section[:20], section, units,
                            year_offset=-1 if role == "outcome" and not so_far else 0,
                            part_year=so_far and role == "outcome",
                            period_years=5 if role == "outcome" and _PAST_FIVE.search(section) else 0,
                            period=period))
    if tables:
        segs.sort(key=lambda sg: sg.start)  # the table's rows in their place
    return segs



_INLINE_HEADING = re.compile(
    rf"(?:^|(?<=[\s。]))(?:[{_CN_ORD}]{{1,3}}、|第[{_CN_ORD}]{{1,3}}[章篇部分]+\s*)[^\s。;]{{2,50}}(?=\s)")
_PLAN_REVIEW = re.compile(r"成就|回顾|取得|过去五年|发展基础|发展环境")


def sections(text: str) -> list[tuple[int, int, str]]:
    """Top-level sections ``(start, end, heading)``: headings (一、… / 第一章 …) at a line start
    or run into a long line after a full stop or a space, as web pages and PDFs flatten them."""
    heads = [(m.start(), m.end(), m.group(0)) for m in _INLINE_HEADING.finditer(text)]
    out, prev = [], (0, 0, "")
    for h in heads:
        out.append((prev[1] if prev[2] else 0, h[0], prev[2]))
        prev = h
    out.append((prev[1] if prev[2] else 0, len(text), prev[2]))
    return [(a, b, h) for a, b, h in out if b > a]


def segment_plan(text: str) -> list[Segment]:
    """A five-year plan or proposal. Paragraphs of a section reviewing the last plan period
    (一、“十三五”时期…取得重大成就) are its outcomes; the rest are ``mixed``: targets unless
    the wording dates them earlier (2020年达到…(预计)). The rows of an indicator table
    (指标 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性) are segments of their own, with their cells."""
    tables = indicator_table_rows(text)
    # a plan over the years its title gives (三年行动方案（2024—2026年）): its targets are for
    # the last; a five-year plan's are for the fifth year of its own
    span = PLAN_SPAN.search(text[:600])
    period = (int(span.group(1)), int(span.group(2))) if span else None
    segs = []
    for start, end, heading in sections(text):
        role = "outcome" if heading and _PLAN_REVIEW.search(heading) else "mixed"
        rows: dict[int, tuple] = {}
        for ln in lines(text[start:end]):
            a, b = start + ln.start, start + ln.end
            if a in tables:  # a header (no cells) or a row of an indicator table
                rows[a] = tables[a]
                continue
            segs.append(Segment(a, b, role, heading[:20], heading, period_years=0,
                                period=period if role == "mixed" else None))
        # (the rows with their lead units, 牵头单位; each under the section's heading)
        segs += [replace(sg, item=heading[:20], period=period)
                 for sg in table_segments(text, rows, heading)]
    segs.sort(key=lambda sg: sg.start)
    return segs


# the years a multi-year plan's title gives it: 行动方案（2024—2026年）; detect reads its genre and
# first year by it
PLAN_SPAN = re.compile(r"(?:行动方案|行动计划|实施方案|规划)[(（]((?:19|20)\d{2})\s*[-—–~至]+\s*((?:19|20)\d{2})年?[)）]")


_HORIZON = re.compile(r"到((?:19|20)\d{2})年")
_FIVE_YEAR_PLAN = re.compile(r"五年规划|五年计划|规划纲要|规划.{0,4}建议|十[一二三四五六七]?五”?(?:规划|时期)")


def plan_horizon(segs: list[Segment], text: str, year: int) -> list[Segment]:
    """A plan that is neither a five-year plan nor titled with its years (碳达峰实施方案 of 2022:
    到2025年…, 到2030年…): its undated targets are for its first horizon, not its fifth year."""
    if PLAN_SPAN.search(text[:600]) or _FIVE_YEAR_PLAN.search(text[:600]):
        return segs
    first = next((int(m.group(1)) for m in _HORIZON.finditer(text) if int(m.group(1)) >= year), None)
    if first is None:
        return segs
    return [replace(sg, period=(year, first)) if sg.role == "mixed" and sg.period is None else sg
            for sg in segs]


# ---------------------------------------------------------------- indicator tables (plans)

_YEAR_COLUMN = re.compile(r"^(?P<y>(?:19|20)\d{2})年?(?P<what>[\u4e00-\u9fff]{0,6})(?:\([^()]{1,6}\)|%)?$")
# (a performance table's 一级指标 | 二级指标 | 三级指标 | 指标值: the third level names it)
_NAME_COLUMN = re.compile(r"^(?:主要|考核|评价|监测|三级)?(?:经济)?(?:指标|产品)(?:名称)?$|^项目名称$"
                          r"|^(?:收支)?(?:预算)?科目(?:名称)?$")  # (a budget's 科目 | 2024年预算数 | …)
_GROWTH_COLUMN = re.compile(r"年均|累计")
_MONTHS_HEAD = re.compile(r"(?:\d{1,2}[-—~至])?\d{1,2}月")  # 1—10月累计: the months' total, not 〔累计〕
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")
# a wider area's own target beside the document's (全省目标, 全国目标; not 省定目标 or 省下达目标,
# which the province sets for the city): its cells are that area's targets
WIDER_AREAS = ("全国", "全省", "全区", "全市", "全州")
_WIDER_TARGET_COLUMN = re.compile(rf"^(?P<area>{'|'.join(WIDER_AREAS)})(?:同期)?(?:预期)?(?:目标|目标值|预期目标)$")
# a place's own columns in a table of indicators × places (郎溪县目标值 | 郎溪县完成值 | 郎溪县得分)
_AREA_COLUMN = re.compile(r"^(?!全)(?P<area>[\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|县|市|区|旗|镇|乡|街道))"
                          r"(?P<what>(?:年度)?(?:预期)?目标(?:值|数)?|(?:实际)?完成(?:值|数|情况)?|实绩"
                          r"|(?P<score>得分|分值|考核得分))$")
_TARGET_COLUMN = re.compile(r"^(?:原|原定|原计划|调整后的?|调整前|修订后|年初)?(?:年度|全年|今年)?(?:预期)?(?:计划)?"
                            r"(?:目标|计划)(?:值|数|任务)?$|^(?:年度|年初)?(?:指标|目标)值$")  # (原计划目标 |
# 调整后目标: a plan's adjustment, both targets of the year)
_OUTCOME_COLUMN = re.compile(r"完成(?!率|进度)|实际|执行|^\d{1,2}[-—~至]\d{1,2}月|^全年$|^\d{1,2}月(?:本月|当月)?$|"
                             r"^(?:本月|当月|累计)$|"
                             r"^(?:产量|绝对数|绝对值|数量|年末数|期末数|年末余额|余额|本年|本期)(?:\(.{1,8}\))?$")
_NOTE_COLUMN = re.compile(r"^(?:备注|说明|备注说明|情况说明|完成情况说明)$")
_PERIOD_RATE_COLUMN = re.compile(r"^(?:\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:本月|当月)?|上半年|前三季度|[一二三]季度)(?:累计)?"
                                 r"(?:比上年同期|同比)(?:增长|增速|增幅|增减)(?:率|幅度)?(?:\(%\)|%)?$")
_RATE_COLUMN = re.compile(r"^(?:比上年|较上年|比上年同期|同比|比年初|较年初|比上年末)?(?:增长|增速|增幅|增减)(?:率|幅度)?(?:\(%\)|%)?$")
# 目标任务 beside 年度目标: the task names the indicator, the other column holds its target
_TASK_COLUMN = re.compile(r"任务|工作|事项|内容|项目")
# 完成率, 完成进度: the result as a share of the target, which attainment computes itself
_DONE_RATE_COLUMN = re.compile(r"^(?:目标)?完成(?:率|进度|比例|程度)|^进度$|序时进度"
                               r"|^完成(?:全年|年度)?(?:目标|计划)(?:任务)?(?:的)?(?:\(%\)|%|比例|进度)")


def raw_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The tab-separated cells of the line holding ``text[start:end]``, with the blank cells at
    its ends that :func:`lines` trims (a category cell merged down a table is empty)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    out, pos = [], a
    for cell in text[a:b].split("\t"):
        out.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return out


_HEADER_CELL_MAX = 30  # characters: no header cell is longer
_SENTENCE_MARK = re.compile(r"[,，。;；]")  # …nor parts clauses


_STRIVE_COLUMN = re.compile(r"力争|争取|奋斗目标")


def indicator_columns(header: list[str], results: bool = False
                      ) -> tuple[tuple[str, int | None], ...] | None:
    """What each column of a plan's indicator-table header holds: ``(column, year)`` with column
    ``name`` (指标), ``base`` (the first year: 2020年, 2020年基数), ``target`` (a later year:
    2025年, 2025年目标), ``growth`` (年均增长〔累计〕) or ``other`` (类别, 序号, 属性); None when the
    line is no such header (it needs an indicator column and a year or growth column). In a
    report of ``results`` (a communiqué, a yearbook), a year no word calls a target (指标 | 单位 |
    2023年 | 比上年增长(%)) holds that year's results."""
    if any(len("".join(cell.split())) > _HEADER_CELL_MAX or _SENTENCE_MARK.search(cell)
           for cell in header):
        return None  # a row of sentences (地区生产总值增长6.5%左右,… | 目标) heads no table
    cols: list[list] = []
    for cell in header:
        c = "".join(cell.split()).replace("（", "(").replace("）", ")")
        y = _YEAR_COLUMN.match(c)
        if _NAME_COLUMN.match(c):
            cols.append(["name", None])
        elif c in ("序号", "编号"):
            cols.append(["number", None])
        elif y and y.group("what").endswith(("增长", "增速", "增幅")):
            cols.append(["year_rate", int(y.group("y")), y.group("what")])  # 2023年增长
        elif y:
            cols.append(["year", int(y.group("y")), y.group("what")])
        elif "目标" in c and PART_YEAR.search(c):
            cols.append(["part_target", None, c])  # 分季度目标(累计) over 一季度 | 上半年 | 前三季度
        elif "目标" in c and c.endswith("全年"):
            cols.append(["target", None, c])  # …(累计)全年: the year's own target, once more
        elif _GROWTH_COLUMN.search(c) and "属性" not in c and not _MONTHS_HEAD.match(c):
            cols.append(["growth", None])
        elif _UNIT_COLUMN.match(c):
            cols.append(["unit", None])
        elif _LEAD_HEADER.search(c) or _RESP_HEADER.search(c):  # (the breakdown tables' words)
            cols.append(["lead", None])
        elif _AREA_COLUMN.match(c):  # 郎溪县目标值 | 郎溪县完成值 | 郎溪县得分: one place's columns
            a = _AREA_COLUMN.match(c)
            what = ("score" if a.group("score") else "target" if "目标" in a.group("what")
                    else "outcome")
            cols.append([f"area_{what}:{a.group('area')}", None, c])
        elif _TARGET_COLUMN.match(c):
            cols.append(["target", None, c])
        elif _WIDER_TARGET_COLUMN.match(c):  # 全省目标 beside the city's: the province's own
            cols.append(["wider_target", None, c])
        elif _DONE_RATE_COLUMN.search(c):
            cols.append(["done_rate", None])
        elif _NOTE_COLUMN.match(c):
            cols.append(["note", None])  # 备注: 其中税收收入78.3亿元 — more of the row's figures
        elif _PERIOD_RATE_COLUMN.match(c):
            cols.append(["rate", None])  # 1—10月同比增长(%): the growth of the results beside it
        elif _OUTCOME_COLUMN.search(c):
            cols.append(["outcome", None])
        elif _RATE_COLUMN.match(c):
            cols.append(["rate", None])
        else:
            cols.append(["other", None, c])
    kinds = [c[0] for c in cols]
    if "name" not in kinds and "target" in kinds:
        # 目标任务 | 年度目标, 工作任务 | 年度目标: the task column names each row's indicator
        task = next((c for c in cols if c[0] in ("target", "other") and _TASK_COLUMN.search(c[2])
                     and (c[0] == "other" or kinds.count("target") >= 2)), None)
        if task is not None:
            task[0] = "name"
            kinds = [c[0] for c in cols]
    if kinds.count("name") != 1 or not ({"year", "growth", "target", "outcome"} & set(kinds)
                                         or any(k.startswith("area_") for k in kinds)):
        return None
    years = [c for c in cols if c[0] == "year"]
    last = max((c[1] for c in years), default=None)
    # 2019年 | 2020年 | … | 2023年, no column a target: a series of results, the last year's too
    # (not after a base year so called: 2023年基数 | 2024年 | 2025年 | 2026年 are targets)
    series = len(years) >= 3 and not any(_PLANNED_WORD.search(c[2]) or "基数" in c[2]
                                         or "现状" in c[2] for c in years)
    reached = ("基数", "现状", "实际", "完成", "执行", "决算", "预计")  # (预计: an estimate of
    # a year's result, 2024年预计增长; not 预期, what a target is expected to be)
    # 2023年基数 | 2024年 | 2025年 | 2026年: the years after a base so called are targets
    named_base = max((c[1] for c in years if any(w in c[2] for w in reached)), default=None)
    for i, c in enumerate(years):
        said = c[2]
        # 2020年 | 2022年 | 2025年目标: a year before the last that no word calls a target is a
        # figure reached (a mid-term review's), as the first (base) year is
        base = any(w in said for w in reached) or (
            not said and (i == 0 or c[1] < last) and len(years) > 1
            and (named_base is None or c[1] <= named_base))
        planned = bool(_PLANNED_WORD.search(said))
        c[0] = "base" if (base or series or results) and not planned else "target"
    # a bare 增长(%) column: the growth of the figure in the column before it (2024年完成 |
    # 同比增长(%)), else the outcome's beside an outcome column, else a target
    before, before_year = "", None
    for c in cols:
        if c[0] == "rate":
            c[0] = ("outcome_rate" if before in ("base", "outcome") else "target_rate" if before
                    == "target" else "outcome_rate" if "outcome" in kinds else "target_rate")
            c[1] = c[1] if c[1] is not None or not before else before_year  # (2024年完成's year)
        elif c[0] in ("base", "outcome", "target"):
            before, before_year = c[0], c[1]
    bases = {c[1] for c in cols if c[0] == "base"}
    for c in cols:  # the rate beside a year's figure: a result's beside a result
        if c[0] == "year_rate":  # (2024年预计增长 | 2025年预期增长: each column says)
            reach = any(w in c[2] for w in reached) and not _PLANNED_WORD.search(c[2])
            c[0] = "outcome_rate" if c[1] in bases or reach else "target_rate"
    target_years = [c[1] for c in cols if c[0] == "target" and c[1]]
    end = max(target_years) if target_years else None
    for c in cols:  # 力争目标 beside 预期目标: the higher aim strived for
        if c[0] == "target" and len(c) > 2 and _STRIVE_COLUMN.search(c[2]) \
                and sum(1 for k in cols if k[0] == "target") > 1:
            c[0] = "strive_target"
    for c in cols:  # (全省目标: of the year the city's target is for; its area in the kind)
        if c[0] == "wider_target":
            c[0], c[1] = "wider_target:" + _WIDER_TARGET_COLUMN.match(c[2]).group("area"), end
    return tuple((c[0], end if c[0] == "growth" else c[1]) for c in cols)


def indicator_table_rows(text: str, results: bool = False
                         ) -> dict[int, tuple[tuple[int, int, str, int | None], ...]]:
    """Every row of every indicator table in ``text`` (see :func:`indicator_columns`), by the
    start of its line; the header lines map to an empty tuple. For genres whose other
    segmenters would read such rows as sentences (``results``: a report of results, see
    :func:`indicator_columns`)."""
    out: dict[int, tuple] = {}
    if "\t" not in text:
        return out  # no table row in the text: nothing to look at
    columns, unit = None, None
    header_words: list[str] = []  # the header's cells, to know it repeated on the next page
    ls = lines(text)
    sub_header = -1  # the line of a header's second row, read with the first
    for k, ln in enumerate(ls):
        cells = raw_cells(text, ln.start, ln.end)
        if len(cells) < 2:
            if not HEADING.match(ln.text):  # (a section row 一、经济发展 inside the table keeps it)
                columns = None
            continue
        if k == sub_header:
            out[ln.start] = ()
            continue
        if columns is None:
            top = [text[a:b] for a, b in cells]
            below = [text[a:b] for a, b in raw_cells(text, ls[k + 1].start, ls[k + 1].end)] \
                if k + 1 < len(ls) else []
            joined = two_row_header(top, below)
            columns = indicator_columns(joined, results) if joined else None
            if columns is not None:
                sub_header = k + 1
            else:
                columns = indicator_columns(top, results)
            if columns is None:
                above_at, above = _title_above(text, ln.start)
                columns = area_columns(top, cells, above, above_at)
            if columns is not None:
                out[ln.start] = ()
                header_words = ["".join(text[a:b].split()) for a, b in cells]
                unit = _header_unit(text, cells, columns) if not isinstance(columns, AreaColumns) \
                    else None
            continue
        if ["".join(text[a:b].split()) for a, b in cells] == header_words:
            out[ln.start] = ()  # the header again, at the top of the table's next page
            continue
        if isinstance(columns, AreaColumns):
            out[ln.start] = area_row(cells, columns, text)
            continue
        row = table_row(cells, columns, text)
        if row and unit:  # (inside the row, so that the row's own span is kept)
            row = (row[0], (*unit, "unit", None), *row[1:])
        out[ln.start] = row
    return out


class AreaColumns(tuple):
    """The header of a table of areas × indicators: ``(area column, ((column, name span,
    kind, year, unit span), …))`` — each indicator column's header cell names the indicator
    (and its unit in brackets; the unit span is then None), or, when it names only what the
    column holds (目标（%）), the table's title names it and the header cell its unit; the kind is
    ``target``, ``base`` (a result) or ``value`` (the words say neither)."""


# 县市区, 县(市、区), 区县, 各县市区, 地区, 乡镇(街道): a column naming the places of a county or city
_AREA_HEADER = re.compile(r"^(?:各)?(?:县\(?市、?区\)?|县\(?区、?市\)?|县\(区\)|县区|区县(?:\(?市\)?)?|市县\(?区\)?|市县|"
                          r"地区|区域|区市县|乡镇\(?街道\)?|镇\(?街道?\)?|镇街|街镇|乡镇)(?:名称)?$")
# 涪城区, 北川羌族自治县, 江油市, 经开区, 城关镇: a place in such a column
_AREA_NAME = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:自治县|自治旗|区|县|市|旗|镇|乡|街道|园区|管委会)$")
_AREA_TOTAL = re.compile(r"^(?:全市|全县|全区|全州|全盟|全旗|合计|总计|小计|全市合计)$")


def area_columns(header: list[str], cells: list[tuple[int, int]], above: str, above_at: int = 0
                 ) -> AreaColumns | None:
    """The header of a table of areas × indicators (县市区 | 地区生产总值增速(%) | 固定资产投资
    增速(%)), None when the line is no such header: its first word cell names places and at
    least two others name indicators. Whether the figures are targets or results is read from
    the header and the title line above it (2024年各县市区主要指标目标分解; 2023年各县市区
    主要指标完成情况); when neither says, they are left to the document's genre. A header that
    names only what its columns hold (县（市、区） | 目标（%） | 完成（%）) takes its indicator
    from that title (2024年各县（市、区）地区生产总值增速), which starts at ``above_at``."""
    words = ["".join(c.split()).replace("（", "(").replace("）", ")") for c in header]
    first = next((i for i, w in enumerate(words) if w and w not in ("序号", "编号")), None)
    if first is None or not _AREA_HEADER.match(words[first]):
        return None
    named = [i for i, w in enumerate(words) if i > first and _HAN_WORD.search(w)
             and not _RANK_COLUMN.search(w)]  # (位次, 排名: where an area stands, no figure)
    if len(named) < 2 or any(_YEAR_COLUMN.match(words[i]) and not _HAN_WORD.search(
            _YEAR_COLUMN.match(words[i]).group("what")) for i in named):
        return None
    out = []
    own_years = [int(y.group(1)) for i in named if (y := _YEAR_IN_WORDS.search(words[i]))]
    latest = max(own_years, default=None)
    for i in named:
        # the column's own words decide (2024年预计增长 under a title of 预期增长目标), else a
        # year before the header's last is a result (2024年增长 | 2025年增长目标), else the title
        planned, done = _PLANNED_WORD.search(words[i]), _DONE_WORD.search(words[i]) or "预计" in words[i]
        own_year = _YEAR_IN_WORDS.search(words[i])
        if not planned and not done and own_year and int(own_year.group(1)) < latest:
            done = True
        if not planned and not done:
            planned, done = _PLANNED_WORD.search(above), _DONE_WORD.search(above)
        kind = "target" if planned and not done else "base" if done and not planned else "value"
        y = _YEAR_IN_WORDS.search(words[i]) or _YEAR_IN_WORDS.search(above)
        if _BARE_RATE.match(words[i]) and out:
            # 地区生产总值（亿元） | 增速（%）: the growth of the column before it, named there
            kind = {"target": "target_rate", "base": "outcome_rate"}.get(kind, "value_rate")
            out.append((i, out[-1][1], kind, out[-1][3] if y is None else int(y.group(1)), None))
            continue
        name, unit = cells[i], None
        if _KIND_ONLY.match(words[i]):
            titled = _TITLE_INDICATOR.search(above)
            if titled is None:
                return None  # 目标 | 完成 with no indicator named anywhere
            name = (above_at + titled.start("name"), above_at + titled.end("name"))
            bracket = _BRACKETED.search(header[i])  # 目标（%）: the unit stays the header's
            if bracket:
                unit = (cells[i][0] + bracket.start(1), cells[i][0] + bracket.end(1))
        out.append((i, name, kind, int(y.group(1)) if y else None, unit))
    return AreaColumns((first, tuple(out)))


_BRACKETED = re.compile(r"[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$")
# a header cell that names only what its column holds (目标（%）, 完成值, 实际完成)
_KIND_ONLY = re.compile(r"^(?:年度|全年)?(?:目标|完成|实际|预期|计划)(?:值|数|情况|完成)?(?:\([^()]{1,6}\))?$")
# the indicator a title of a table of areas names after them (2024年各县（市、区）地区生产总值
# 增速, 分县区一般公共预算收入完成情况)
_TITLE_INDICATOR = re.compile(r"(?:各|分)(?:县|区|乡镇|市)[(（]?[市区县、]*[)）]?(?:主要)?"
                              r"(?P<name>[\u4e00-\u9fff]{4,16}?)(?:目标任务|完成情况|目标|情况|对比|一览表)?\s*$")


_BARE_RATE = re.compile(r"^(?:(?:19|20)\d{2}年)?(?:比上年|同比|预期|预计)?(?:增速|增长|增幅|增长率)(?:目标)?"
                        r"(?:\(%\)|%)?$")  # (2024年增长(%), 2025年增长目标(%): of the column before)


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
_RANK_COLUMN = re.compile(r"位次|排名|排位|名次")
_YEAR_IN_WORDS = re.compile(r"((?:19|20)\d{2})年")


def area_row(cells: list[tuple[int, int]], columns: AreaColumns, text: str
             ) -> tuple[tuple[int, int, str, int | None], ...]:
    """A row of a table of areas × indicators: its place (``area``; a total row, 全市 or 合计,
    is the document's own region, with no area), then each indicator's header cell (``name``)
    and the row's cell under it. Empty when the row names no place."""
    first, named = columns
    if first >= len(cells):
        return ()
    a, b = cells[first]
    place = "".join(text[a:b].split())
    if not (_AREA_NAME.match(place) or _AREA_TOTAL.match(place)):
        return ()
    row = [(a, b, "area", None)]
    for i, (h_a, h_b), kind, year, unit in named:
        if i < len(cells) and cells[i][1] > cells[i][0]:
            row += [(h_a, h_b, "name", year), *([(*unit, "unit", None)] if unit else []),
                    (*cells[i], kind, year)]
    return tuple(row)


_VALUE_WORD = re.compile(r"^(?:绝对)?(?:数值|数量|总量|绝对值|绝对数|金额|规模|完成值|完成数|实际值|实绩|"
                         r"目标值|预期值|计划值|预计值?|指标值|值|数)(?:\(.{1,8}\))?$")


def two_row_header(top: list[str], below: list[str]) -> list[str] | None:
    """One header from a header written on two rows whose top cells span several columns
    (2023年 over 完成值 | 增长(%), 2024年目标 over 目标值 | 增长(%)): each column's year and
    what it holds, as a one-row header would name it (2023年完成值, 2023年增长(%),
    2024年目标, 2024年目标增长(%)). None unless the second row is all words (no figure) and
    some top cell with a year spans columns."""
    width = max(len(top), len(below))
    top = top + [""] * (width - len(top))
    below = below + [""] * (width - len(below))
    # (a cell spanning both rows, 2025年目标, is written again below by a reader of rowspans)
    if len(below) < 2 or any(_DIGIT.search(b) and b != t for t, b in zip(top, below)):
        return None
    spread, last = [], ""
    for cell in top:  # a merged cell is written once, its other columns blank, or repeated
        c = "".join(cell.split())
        last = c or last
        spread.append(last if not c and _YEAR_COLUMN_START.match(last) else c)
    years = [c for c in spread if _YEAR_COLUMN_START.match(c)]
    if len(years) == len(set(years)):
        return None  # no year spans two columns: not a two-row header
    out = []
    for t, b in zip(spread, below):
        b = "".join(b.split()).replace("（", "(").replace("）", ")")
        if not _YEAR_COLUMN_START.match(t) or not b or b == t:
            out.append(t or b)
        elif _RATE_COLUMN.match(b):
            out.append(t + "增长")  # (the rate of that year's column)
        elif _VALUE_WORD.match(b):
            out.append(t if _PLANNED_WORD.search(t) or not _DONE_WORD.search(b) else t + "完成")
        else:
            out.append(t + b)
    return out


_DIGIT = re.compile(r"\d")
_YEAR_COLUMN_START = re.compile(r"^(?:19|20)\d{2}年?")
_PLANNED_WORD = re.compile(r"目标|预期|计划|(?<!公共)预算(?!收入|支出|内)")  # (not 一般公共预算收入)
_DONE_WORD = re.compile(r"完成|实际|实绩")


_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）%]{1,8}?)\s*[)）]\s*$")


def _header_unit(text: str, cells: list[tuple[int, int]], columns) -> tuple[int, int] | None:
    """Where a value column's header gives the table's unit (绝对数（亿元）), when no 单位 column
    does: the span of the unit, which the rows read as their unit cell."""
    if any(col == "unit" for col, _ in columns):
        return None
    for (a, b), (col, _) in zip(cells, columns):
        m = _HEADER_UNIT.search(text, a, b) if col in ("outcome", "target", "base") else None
        if m:
            return m.start(1), m.end(1)
    # or the line above the header, or the title's end: 单位:万元, …简表(单位:亿元)
    above = text.rfind("\n", 0, max(0, cells[0][0] - 1)) + 1
    m = _UNIT_LINE.search(text, above, cells[0][0])
    return (m.start("u"), m.end("u")) if m else None


_UNIT_LINE = re.compile(r"(?:计量)?单位[:：]\s*(?P<u>[^\s()（）:：,，。]{1,6})\s*[)）]?\s*$")


_PLACE_TITLE = re.compile(r"([\u4e00-\u9fff]{1,10}?(?:自治县|自治旗|市|县|区|旗|镇|乡|街道))(?:19|20)\d{2}年")
# whether a table's title (normalise.TABLE_TITLE: …绩效目标表, 2024年度…自评表) gives results or aims
_RESULTS_TITLE = re.compile(r"自评|完成情况|执行情况|实绩|决算|完成表")
_AIMS_TITLE = re.compile(r"目标|计划|预算|任务")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年度?")
_TARGETS_TITLE = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}?(?:预期目标|主要目标|目标任务|计划目标)")
# 上半年, 1-6月, 前三季度, 截至9月底: a figure for part of the year (in prose, or a column's header)
PART_YEAR = re.compile(r"(?<![比较])(?:上半年|前三季度|[一二三]季度|前(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)个?月|"
                       r"1[-—~至](?:[1-9]|1[01])月|(?:截至|截止|到)(?:[1-9]|1[01])月(?:底|末))")


def table_segments(text: str, rows: dict[int, tuple], section: str = "") -> list[Segment]:
    """A segment per indicator-table row of :func:`indicator_table_rows`, with the lead units
    its 牵头单位 column names and its indicator as the item."""
    segs = []
    part, titled, titled_place = False, None, ""
    for start, row in rows.items():
        if not row:  # a header: 1—9月完成 | 同比增长(%) | 全年目标 dates its results
            end = text.find("\n", start)
            part = bool(PART_YEAR.search(text, start, end if end >= 0 else len(text)))
            above = _title_above(text, start)[1]
            m = _TARGETS_TITLE.search(above) if start > 0 else None
            titled = int(m.group(1)) if m else None  # 2024年主要预期目标 over 指标 | 目标
            results = False
            if titled is None:  # 2024年度…绩效自评表 some lines above: its year, and results
                titled, results = _table_title_year(text, start)
            # 曲阜市2025年主要经济指标目标 over a county's sheet: the place its figures are for
            place = _PLACE_TITLE.match(above.strip()) if start > 0 else None
            titled_place = place.group(1) if place else ""
            continue
        if titled is not None:
            row = tuple((a, b, col, titled if y is None and (col in ("target", "part_target") or results and col in (
                "outcome", "outcome_rate")) else y) for a, b, col, y in row)
        lead = next((text[a:b] for a, b, col, _ in row if col == "lead"), "")
        name = next((text[a:b] for a, b, col, _ in row if col == "name"), "")
        number = next((text[a:b].strip() for a, b, col, _ in row if col == "number"), "")
        place = next(("".join(text[a:b].split()) for a, b, col, _ in row if col == "area"),
                     titled_place)
        item = number if re.fullmatch(r"\d{1,3}", number) else place or "".join(name.split())[:20]
        wider = [c for c in row if c[2].startswith("wider_target:")]
        places = [c for c in row if c[2].startswith("area_")]
        own = tuple(c for c in row if c not in wider and c not in places)
        segs.append(Segment(row[0][0], row[-1][1], "mixed", item, section,
                            tuple(split_units(lead)[:1]) if lead else (), cells=own,
                            part_year=part, area="" if _AREA_TOTAL.match(place) else place))
        by_place: dict[str, list] = {}
        for a, b, col, y in places:  # 郎溪县目标值 | 郎溪县完成值: each place's row of its own
            what, at = col[len("area_"):].split(":", 1)
            if what != "score":  # (得分: how the assessment scored it, no figure of the place's)
                by_place.setdefault(at, []).append((a, b, what, titled if y is None else y))
        for at, cells in by_place.items():
            named = tuple(c for c in own if c[2] in ("name", "unit"))
            segs.append(Segment(row[0][0], row[-1][1], "mixed", item, section, cells=named + tuple(cells),
                                part_year=part, area=at))
        for a, b, col, y in wider:  # 全省目标: the province's target, a row of its own
            cells = tuple(c for c in own if c[2] in ("name", "unit")) + ((a, b, "target", y),)
            segs.append(Segment(row[0][0], row[-1][1], "mixed", item, section, cells=cells,
                                area=col.split(":", 1)[1]))
    return segs


_UNIT_ROW = re.compile(r"\s*(?:计量)?单位\s*[:：]")


def _title_above(text: str, header: int) -> tuple[int, str]:
    """Where the line above a table's header starts, and the line — or the one above its unit
    line (单位:亿元、%) when the title stands over that."""
    end = max(0, header - 1)
    for _ in range(2):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _UNIT_ROW.match(line) or end == 0:
            return start, line
        end = max(0, start - 1)
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end]


def _table_title_year(text: str, header: int, reach: int = 10) -> tuple[int | None, bool]:
    """The year of a table's title a few lines above its header (2024年度部门整体支出绩效自评表;
    部门整体支出绩效目标表 then (2025年度)), and whether the title gives results (自评, 完成情况),
    whose undated result columns are of that year too."""
    lines_above = text[max(0, header - 2000): header].split("\n")[-reach - 1:-1]
    for k in range(len(lines_above) - 1, -1, -1):
        line = lines_above[k].strip()
        if not TABLE_TITLE.fullmatch(line):
            continue
        after = lines_above[k + 1].strip() if k + 1 < len(lines_above) else ""
        y = _TITLE_YEAR.search(line) or _TITLE_YEAR.fullmatch(after.strip("()"))
        return (int(y.group(1)) if y else None), bool(_RESULTS_TITLE.search(line))
    return None, False


def table_row(cells: list[tuple[int, int]], columns: tuple[tuple[str, int | None], ...],
              text: str = "") -> tuple[tuple[int, int, str, int | None], ...]:
    """A row's cells with what its columns hold; a row with fewer cells than the header is
    aligned on its first cell when that is the row's number under a 序号 column (a 备注 left
    out at the end), else on its last (a merged category cell the reader left out). Empty
    when the row has no indicator."""
    if len(cells) < len(columns):
        numbered = columns[0][0] == "number" and text[cells[0][0]: cells[0][1]].strip().isdigit()
        columns = columns[: len(cells)] if numbered else columns[len(columns) - len(cells):]
    row = tuple((a, b, col, year) for (a, b), (col, year) in zip(cells, columns))
    return row if any(col == "name" and b > a for a, b, col, _ in row) else ()


# ---------------------------------------------------------------- dispatcher

SEGMENTERS = {
    "completion_report": segment_completion,
    "target_breakdown": segment_breakdown,
    "work_report": segment_work_report,
    "five_year_plan": segment_plan,
    "statistical_communique": segment_communique,
}


def segment(text: str, doc_type: str) -> list[Segment]:
    """Segment normalised text according to its document type."""
    try:
        fn = SEGMENTERS[doc_type]
    except KeyError:
        raise ValueError(f"no segmenter for document type {doc_type!r}") from None
    return fn(text)
