"""normalise: fold widths and line endings while keeping a map back to the source text.

Every character of the normalised text remembers the offset of the source character it came
from, so spans found in normalised text are reported as exact slices of the source.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Dashes that separate the ends of a range, folded to one character.
_DASHES = {"\u2014": "—", "\u2013": "—", "\u2015": "—", "\u2012": "—", "\uff5e": "~", "\u301c": "~"}
# CJK radicals (U+2E81–U+2EF3) and the ideograph each stands for, from Unicode's
# EquivalentUnifiedIdeograph.txt: a PDF whose font maps 长 to the radical ⻓ gives 增⻓6.5%
# when copied, which NFKC leaves alone (it folds the Kangxi radicals ⽣ → 生, not these).
_RADICAL_PAIRS = (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 "
    "⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 "
    "⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 "
    "⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 "
    "⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 "
    "⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 "
    "⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 "
    "⻲亀 ⻳龟")
_RADICALS = {pair[0]: pair[1:] for pair in _RADICAL_PAIRS.split()}
# Characters NFKC would otherwise leave alone but that we want as ASCII.
_EXTRA = {"\u3000": " ", "\u00a0": " ", "\u3001": "、",
          # zero-width characters that web pages scatter inside numbers (74.4\u200b万亿元)
          "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
          "\u00ad": ""}  # (and the soft hyphen an editor leaves inside a word or a number)


class Offsets(Sequence):
    """A map from normalised offsets ``0 … n`` to source offsets, held as a few runs instead of
    one integer per character (a 1 MB document would otherwise carry millions of them).

    ``runs`` are ``(i, source, step)`` sorted by ``i``: from normalised offset ``i`` up to the
    next run, offset ``j`` maps to ``source + step * (j - i)`` (step 1: characters copied one
    for one; step 0: characters that all came from one source character, such as ``(一)`` from
    ``㈠``). Deletions and joined lines simply start a new run.
    """

    __slots__ = ("_len", "_runs", "_starts")

    def __init__(self, runs: list[tuple[int, int, int]], length: int):
        self._runs = runs
        self._starts = [r[0] for r in runs]
        self._len = length

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, j):
        if isinstance(j, slice):
            return [self[k] for k in range(*j.indices(self._len))]
        if j < 0:
            j += self._len
        if not 0 <= j < self._len:
            raise IndexError(j)
        return self.at(j)

    def at(self, j: int) -> int:
        """``self[j]`` for ``0 <= j < len(self)``, without the checks."""
        i, source, step = self._runs[bisect.bisect_right(self._starts, j) - 1]
        return source + step * (j - i)

    def __iter__(self):
        ends = self._starts[1:] + [self._len]
        for (i, source, step), stop in zip(self._runs, ends):
            if step:
                yield from range(source, source + stop - i)
            else:
                yield from itertools.repeat(source, stop - i)

    def select(self, spans: list[tuple[int, int]], source_len: int) -> Offsets:
        """The map of the text made by joining ``spans`` (in order, disjoint) of this text,
        ending at ``source_len``."""
        runs, n = [], 0
        for a, b in spans:
            if b <= a:
                continue
            k = bisect.bisect_right(self._starts, a) - 1
            while k < len(self._runs) and self._runs[k][0] < b:
                i, source, step = self._runs[k]
                lo = max(i, a)
                runs.append((n + lo - a, source + step * (lo - i), step))
                k += 1
            n += b - a
        runs.append((n, source_len, 1))
        return Offsets(runs, n + 1)


@dataclass(frozen=True)
class Normalised:
    """Normalised text with ``offsets[i]`` = source offset of normalised character ``i``.

    ``offsets`` has one extra entry at the end (the source length) so that an exclusive end
    offset maps cleanly.
    """

    text: str
    offsets: Sequence[int]  # a range when nothing moved, else :class:`Offsets`

    @property
    def source_offset(self):
        """The function ``i → source offset of normalised character i`` (for ``0 <= i <=
        len(text)``), for callers that map many offsets."""
        o = self.offsets
        return o.__getitem__ if type(o) is range else o.at

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the source span that produced it."""
        o = self.offsets
        if type(o) is range:  # nothing moved
            return (start, start) if end <= start else (start, end)
        if end <= start:
            s = o[start]
            return s, s
        return o.at(start), o.at(end - 1) + 1


_FOLD_CACHE: dict[str, str] = {}  # character → folded form; pure, so safe to share


def fold_char(ch: str) -> str:
    """Fold one character: full-width → half-width, compatibility forms → plain, CR dropped."""
    if ch == "\r":
        return ""
    if ch in _DASHES:
        return _DASHES[ch]
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ord(ch) < 128:
        return ch
    if "\u2460" <= ch <= "\u2473":  # ① → (1), not 1: a footnote's mark after a figure
        return f"({ord(ch) - 0x245F})"  # (增长7.2%①) must not run into it, nor an item's number
    #                                    into the item's first figure (①3个 → (1)3个)
    if ch in _RADICALS:
        return _RADICALS[ch]
    folded = unicodedata.normalize("NFKC", ch)
    # NFKC can land on a dash or space we fold further (︲ → – → —): fold is idempotent
    return "".join(_DASHES.get(c, _EXTRA.get(c, c)) for c in folded)


# Only these can fold: ASCII is left alone except CR, and CJK unified ideographs are NFKC-stable.
_MAY_FOLD = re.compile(r"[^\x00-\x0c\x0e-\x7f\u4e00-\u9fff]")
# the full-width punctuation every Chinese document is full of: asked for one by one (a C-level
# search each), so that the scan for the others collects a short list, not one string per comma
_COMMON_FOLDS = "，。、\u3000“”；（）"
_MAY_FOLD_RARE = re.compile(r"[^\x00-\x0c\x0e-\x7f\u4e00-\u9fff" + _COMMON_FOLDS + "]")


def _foldable(text: str) -> set[str]:
    """The distinct characters of ``text`` that ``_MAY_FOLD`` matches."""
    return {ch for ch in _COMMON_FOLDS if ch in text} | set(_MAY_FOLD_RARE.findall(text))


def _fold(text: str, table: dict[str, str]) -> str:
    """Apply ``table`` (character → folded form). A document has a handful of distinct
    characters to fold, so one C-level ``replace`` each beats ``translate``'s per-character
    lookups; as no folded form contains a character that folds again (fold is idempotent),
    the order of the replacements does not matter."""
    for ch, folded in table.items():
        text = text.replace(ch, folded)
    return text


# Characters only traditional script writes, frequent in any report (區 產 總 經 濟 發 與 …),
# and their simplified forms: which of the two a text uses more says which script it is in.
_TRADITIONAL_ONLY = "們這個會為國經濟發區產業與對總長億萬點進務實現設際農業"
_SIMPLIFIED_OF = "们这个会为国经济发区产业与对总长亿万点进务实现设际农业"
_TRADITIONAL = re.compile(f"[{_TRADITIONAL_ONLY}]")
_SIMPLIFIED = re.compile(f"[{_SIMPLIFIED_OF}]")
_SCRIPT_EVIDENCE = 20  # fewer such characters say nothing (a name, a quoted title)
_SCRIPT_SAMPLE = 8_000  # characters: the script shows long before


def is_traditional(text: str) -> bool:
    """``text`` is written in traditional characters (a portal's 繁體 page, a Hong Kong copy):
    its common traditional-only characters outnumber their simplified forms."""
    head = text[:_SCRIPT_SAMPLE]
    trad = len(_TRADITIONAL.findall(head))
    return trad >= _SCRIPT_EVIDENCE and trad > len(_SIMPLIFIED.findall(head))


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # (imported only for a text in traditional script)

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified characters when it is written in traditional ones (地區生產總值
    → 地区生产总值), else unchanged. Character for character, so every offset still points at
    the same place in the source: a line OpenCC would convert to a different length (it never
    has) is converted a character at a time."""
    if not is_traditional(text):
        return text
    convert = _t2s().convert
    out = convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c := convert(line)) == len(line) else "".join(
        ch if len(s := convert(ch)) != 1 else s for ch in line)
        for line in text.splitlines(keepends=True))


def normalise(text: str, join_lines: bool = True) -> Normalised:
    """Normalise ``text`` (width, compatibility forms, CRLF) keeping the offset map.

    Args:
        text: decoded source text.

    Returns:
        :class:`Normalised` whose ``text`` has full-width digits, letters and punctuation
        folded to ASCII (``８％`` → ``8%``, ``，`` → ``,``), traditional characters made
        simplified (``億元`` → ``亿元``) and carriage returns removed;
        with ``join_lines``, line breaks that split a sentence are removed too.
    """
    cache = _FOLD_CACHE
    table: dict[str, str] = {}
    for ch in _foldable(text):  # fold each distinct character once
        folded = cache[ch] if ch in cache else cache.setdefault(ch, fold_char(ch))
        if folded != ch:
            table[ch] = folded
    lengths = {len(f) for f in table.values()}
    text = simplified(text)  # (one character for one: the offsets below hold)
    if not table or lengths == {1}:  # the usual case: one character for one
        norm = Normalised(_fold(text, table), range(len(text) + 1))
    else:  # deletions (CR, zero-width) or a character folded to several (rare)
        norm = Normalised(_fold(text, table), _fold_offsets(text, table))
    return join_wrapped_lines(without_newspaper_furniture(without_page_furniture(spaced_columns(
        spaced_numbers(letter_spaced(norm)))))) if join_lines else norm


def _fold_offsets(text: str, table: dict[str, str]) -> Offsets:
    """The offset map of ``_fold(text, table)`` when some characters fold to none or several."""
    moved = re.compile("[" + "".join(re.escape(ch) for ch, f in table.items() if len(f) != 1) + "]")
    runs, n, prev = [], 0, 0
    for m in moved.finditer(text):
        i = m.start()
        if i > prev:
            runs.append((n, prev, 1))
            n += i - prev
        k = len(table[m.group()])
        if k:
            runs.append((n, i, 0))
            n += k
        prev = i + 1
    runs.append((n, prev, 1))  # the rest, and the end entry (the source length)
    return Offsets(runs, n + len(text) - prev + 1)


_TERMINAL = tuple("。;；:：!！?？”\"")
# the marks a page sets before an item or a card's label (● 新建5G基站, ✦ 地区生产总值, ▶ 主要指标)
BULLETS = "●○◆◇■□▶►▷▲△★☆✦✧◎•▪※➤"
_STARTS_NEW = re.compile(r"^(?:\d{1,3}(?:、|\.(?!\d)|$)|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|"
                         rf"牵头单位|责任单位|配合单位|附件|附表|[{BULLETS}])")
_ITEM_BEFORE_DIGIT = re.compile(r"(\d{1,3})\.(?=\d)")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部章节])")


_OPENING = tuple("“‘(《〈[【")
_CLOSING = tuple("”’)》〉]】,、。;:%")


@lru_cache(maxsize=1)
def _unit_line() -> re.Pattern:
    """A line naming a responsible unit (市发展改革委, 市政府办公室): the registry's suffixes."""
    from .registry import words

    suffixes = sorted(words("org_suffix")["word"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, suffixes)) + r")(?:\([^)]{1,12}\))?$")


def _is_wrapped(prev: str, nxt: str) -> bool:
    """True when a line break between ``prev`` and ``nxt`` splits a sentence (page layout, or
    a web page that puts each linked word on a line of its own)."""
    prev, nxt = prev.strip(), nxt.strip()
    if "\t" in prev or "\t" in nxt:
        return False  # a table row (cells joined by tabs, as the readers write them) is whole
    if not prev or prev.endswith(_TERMINAL) or _STARTS_NEW.match(nxt) or (
            _HEADING.match(prev) and not (len(prev) >= 25 and "。" in prev)):
        return False  # (a paragraph opening on a run-in heading, (一)…。全年实施…项目286 / 个, goes on)
    if prev[0] in BULLETS and len(prev) <= 16 and not re.search(r"\d", prev) and not (
            _card_value(nxt) or _CARD_GOES_ON.match(nxt) and len(nxt) <= _CARD_SHORT):
        return False  # ▶ 主要经济指标, ◆ 城乡面貌持续改善: a heading, not a card's label
    item = _ITEM_BEFORE_DIGIT.match(nxt)  # 1.新建基地3个 / 2.8个市级基地…: the next item
    if item and re.match(rf"{int(item.group(1)) - 1}[.、]", prev):
        return False
    if prev[-1] in "%‰" and nxt[0].isdigit():
        return False  # …分别增长8% / 95%以上: two figures, never one broken
    if _YEAR_HEADING.fullmatch(prev) or _ANNEX_LINE.fullmatch(prev) or _YEAR_HEADING.fullmatch(nxt):
        return False  # 2023年工作回顾 / 过去一年,…: a heading in words, then its text; 附件 / 附件2
        # above an annex's title
    if OTHER_SCRIPT.match(prev[-1]) or prev[-1] in ".!?" and OTHER_SCRIPT.search(prev) \
            or OTHER_SCRIPT.match(nxt[0]) and not OTHER_SCRIPT.search(prev):
        return False  # a bilingual page's Korean (Tibetan, Uyghur…) paragraph and the Chinese
        # beside it: each stands alone
    if prev.endswith(_OPENING) or nxt.startswith(_CLOSING):
        return True  # “\n十三五\n”: a line never ends inside a quote, nor starts with ”
    if _ENDS_BLOCK.search(prev) or TABLE_TITLE.fullmatch(nxt):
        return False  # a title (…情况说明), a dateline (公开日期:2025年2月12日), then a table's title
    if len(prev) >= 25:
        return True
    if _AIM_SAID.search(prev):
        return False  # a card's aim in words (与经济增长同步, 完成省下达任务), then the next card
    # 党的十八届六中全会\n正式明确\n习近平\n总书记的…: short fragments inside a paragraph,
    # but not lists of responsible units (市发展改革委\n市财政局)
    return len(prev) < 12 and not _unit_line().search(prev) and not _names_a_unit(nxt) \
        and not re.search(r"\d$", prev) and not re.fullmatch(r"[\d.、]+", nxt)


_AIM_SAID = re.compile(r"(?:同步|下达(?:的)?(?:目标)?任务|目标任务|正增长)$")
# a heading in words naming its year (2023年工作回顾, 2024年主要预期目标, 2023年成绩单)
_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,6}(?:回顾|成绩单|预期目标|目标任务|重点工作|"
                           r"工作安排|民生实事|展望)")
_ANNEX_LINE = re.compile(r"附件\s*[\d一二三四五六七八九十]*\s*[:：]?")
# the end of a document's title or of a dateline: what follows is a new block
_ENDS_BLOCK = re.compile(r"(?:情况说明|的通知|的报告|的意见|的决定|的函|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$")
# a table's title on its own line: 部门整体支出绩效目标表, 2024年度…绩效自评表 (segment reads
# its year and whether it gives results)
TABLE_TITLE = re.compile(r"(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff、“”]{2,36}表(?:\((?:19|20)\d{2}年度?\))?")


def _names_a_unit(line: str) -> bool:
    """A line that is a unit's name (市财政局), not a sentence ending with one (…牵头单位:市工信局)."""
    return bool(_unit_line().search(line)) and not re.search(r"[,。;:]", line)


# a line break with the blanks and blank lines around it: [ \t]*\n(?:[ \t]*\n)*[ \t]*, written to
# open with a character class so that the engine skips to candidates in C (same matches)
_BREAK = re.compile(r"[ \t\n](?:(?<=\n)|[ \t]*\n)(?:[ \t]*\n)*[ \t]*")


def join_wrapped_lines(norm: Normalised) -> Normalised:
    """Remove line breaks (and blank lines) that split a sentence mid-word, e.g.
    ``…政府,徐\\n\\n州经开区`` → ``…政府,徐州经开区``, keeping the offset map exact; between
    the blocks of a figure laid out as a card (地区生产总值 / 1356.8亿元 / 比上年增长5.9%), put
    the comma or full stop the layout leaves out."""
    text = norm.text
    drop: list[tuple[int, int]] = []
    marks: dict[int, str] = {}
    value_first = _value_first_lines(text)
    for m in _BREAK.finditer(text):
        a, b = m.span()
        prev_start = text.rfind("\n", 0, a) + 1
        nxt_end = text.find("\n", b)
        prev, nxt = text[prev_start:a], text[b: nxt_end if nxt_end >= 0 else len(text)]
        if not nxt:
            continue
        joint = None
        if len(prev.strip()) <= _CARD_SHORT and "\n" not in text[a:b].replace("\n", "", 1):  # (the line before it only where a card may be)
            if prev_start in value_first:
                joint = _value_first_joint(prev.strip(), nxt.strip())
            else:
                before = text[text.rfind("\n", 0, max(0, prev_start - 1)) + 1: max(0, prev_start - 1)]
                joint = _card_joint(before.strip(), prev.strip(), nxt.strip())
        if joint == "\n":
            continue  # a card's heading (经济总量 再上台阶) keeps its line
        if joint is None and _is_wrapped(prev, nxt):
            joint = ""
        if joint:  # the break's first character becomes the mark: one for one, offsets kept
            marks[a] = joint
            a += 1
        if joint is not None and b > a:
            drop.append((a, b))
    return _without(norm, drop, marks)


# how a block of a card goes on about the figure before it (增长5.9%, 占…78.3%, 力争10%)
_CARD_GOES_ON = re.compile(r"(?:增长|下降|增加|减少|比上年|比年初|较上年|同比|同口径|增速|占|达到|突破|总数|总量|"
                           r"累计|力争|居(?:全|第|前)|高于|低于|净增|实现|在实际|其中|保持|稳定|分别|控制在|提高|完成)")
_CARD_TAIL = re.compile(r"(?:[万亿千百]?[\u4e00-\u9fff]{1,3}|%|‰)?(?:以上|以内|以下|左右)?")  # 元, 万人以上, 以内
# 经济总量 再上台阶, 2023年 成绩单, 01 | 2024年成绩单 (a heading numbered as a page's part)
HEADING_NUMBER = r"\d{1,2}\s*[|｜丨]\s*"
_CARD_HEADING = re.compile(rf"{HEADING_NUMBER}(?:(?:19|20)\d{{2}}年)?\s*[\u4e00-\u9fff]{{2,8}}"
                           r"|(?:(?:19|20)\d{2}年|[\u4e00-\u9fff]{2,8}) [\u4e00-\u9fff]{2,8}")
_CARD_ENDS = ("增长", "任务", "结果", "同步", "以上", "以内", "左右")  # 实现正增长, 完成…目标任务
_CARD_SHORT = 20
CARD_MARKS = ",。"  # what a line break between a card's blocks may become


def _card_value(line: str) -> bool:
    """A block holding a figure: 1356.8亿元, 增长5.9%, 比年初增加186.4亿元, 力争10%."""
    return len(line) <= _CARD_SHORT and bool(re.search(r"\d", line)) and (
        line[0].isdigit() or bool(_CARD_GOES_ON.match(line))) and not _NOT_A_FIGURE.match(line)


# a date (2021年3月22日), a list item (2.政府工作报告…), a document's number: no card's figure
_NOT_A_FIGURE = re.compile(r"\D*\d+\s*(?:年|月|日|号|[.、](?!\d))|\d{1,3}$")  # (1: an item's number)


def _card_tail(line: str) -> bool:
    return 0 < len(line) <= 6 and not re.search(r"\d", line) and bool(_CARD_TAIL.fullmatch(line))


def _card_joint(before: str, prev: str, nxt: str) -> str | None:
    """The mark between two blocks of a page that lays figures out as cards, one block per line
    (label / value / growth, the unit or 以内 on a line of its own): ``""`` to join them,
    ``,`` when the second goes on about the figure, ``。`` when it names the next indicator;
    None when the lines are not such blocks (the usual rules then decide). ``before`` is the
    line before ``prev`` (a unit on its own line ends the figure above it)."""
    if not prev or prev.endswith(_TERMINAL) or "\t" in prev or "\t" in nxt:
        return None
    prev = prev.lstrip(BULLETS + " \u3000")  # (✦ 地区生产总值 / 增长6%左右: a card's label)
    if not prev or _STARTS_NEW.match(prev) or _STARTS_NEW.match(nxt):
        return None  # a list's items (1.新建基地3个 / 2.8个市级基地…), a unit's line
    if _CARD_HEADING.fullmatch(prev) or _CARD_HEADING.fullmatch(nxt):
        return "\n"  # a heading keeps its line
    figure_prev = _card_value(prev) or (_card_tail(prev) and re.search(r"[\d%‰]$", before)
                                        and _card_value(before))
    if _card_tail(nxt) and re.search(r"[\d%‰]$", prev) and (
            _card_value(prev) or re.fullmatch(r"\d+", prev)):
        return ""  # 39826 / 元, 2.7 / 万人以上, 5.5% / 以内
    if re.fullmatch(r"\d{1,3}[.、]?", nxt):
        return None  # an item's number alone on its line
    goes_on = bool(_CARD_GOES_ON.match(nxt))
    if _card_value(nxt) and not goes_on:  # 地区生产总值 / 1356.8亿元, 新建5G基站 / 1280个
        return "" if not _card_value(prev) or prev.endswith(("在", "到", "至")) else None
    if _names_a_unit(prev) or _names_a_unit(nxt):
        return None  # a unit's name
    if goes_on and len(nxt) <= _CARD_SHORT:  # …亿元 / 比上年增长5.9%; 控制在 / 5.5%
        if figure_prev:
            return ","
        return "" if not re.search(r"\d", prev) else None
    if re.match(r"[\u4e00-\u9fff“A-Za-z]", nxt) and (figure_prev or (
            _CARD_GOES_ON.match(prev) and prev.endswith(_CARD_ENDS))):
        return "。"  # the next indicator's label, after a figure or 实现正增长
    return None


# two lines or more in a row short enough to be a card's blocks (opening on the line break
# before them, a literal the engine skips to in C, rather than testing ^ at every character)
_SHORT_LINES = re.compile(rf"\n((?:[^\n]{{1,{_CARD_SHORT + 4}}}\n){{2,}})")


def _value_first_lines(text: str) -> set[int]:
    """Where the lines of cards laid out figure first begin (1528.6亿元 / 地区生产总值 /
    增长5.8% / 9.6% / 规模以上工业增加值增长): in a run of short lines, from a heading or the
    run's start, a figure on its own line followed by a label names that label's figure — the
    layout holds for the rest of the run, up to the next heading."""
    out: set[int] = set()
    for run in _SHORT_LINES.finditer("\n" + text):  # (a run may open the text)
        pos, lines = run.start(1) - 1, []
        for line in run.group(1).split("\n")[:-1]:
            lines.append((pos, line.strip(BULLETS + " \u3000\r")))
            pos += len(line) + 1
        first = True  # the next line opens a run of cards (after a heading)
        layout = False
        heading = None  # where the heading before the run's first card begins
        for k, (start, line) in enumerate(lines):
            if _CARD_HEADING.fullmatch(line) or not line:
                first, layout, heading = True, False, None
                continue
            if _YEAR_HEADING.search(line) and not _card_value(line):
                # a heading naming its year (2023年成绩单 · 民生保障): the cards under it are
                # laid out afresh
                first, layout, heading = True, False, start
                continue
            if first:
                if not (_card_value(line) or _card_label(line)):
                    heading = start  # a heading of another form (✦ 数说2024 ✦)
                    continue
                nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
                layout = _bare_figure(line) and _card_label(nxt)
                first = False
                if layout and heading is not None:
                    out.add(heading)  # (its break before the first figure ends a sentence)
            if layout:
                out.add(start)
    return out


def _bare_figure(line: str) -> bool:
    """A card's figure alone (1528.6亿元, 8%以上), not a block going on about one (增长5.8%)."""
    return _card_value(line) and not _CARD_GOES_ON.match(line)


def _card_label(line: str) -> bool:
    """A card's label: words, no figure (地区生产总值, 规模以上工业增加值增长)."""
    return bool(line) and not re.search(r"\d", line) and bool(re.match(r"[\u4e00-\u9fff“A-Za-z]", line)) \
        and not line.endswith(_TERMINAL) and not _CARD_HEADING.fullmatch(line)


def _value_first_joint(prev: str, nxt: str) -> str | None:
    """The mark between two blocks of cards laid out figure first: a figure and the label
    under it are joined (1528.6亿元地区生产总值), a block going on about it follows a comma
    (…地区生产总值,增长5.8%), and the next card's figure starts a sentence (…。9.6%…)."""
    if not prev or not nxt or "\t" in prev or "\t" in nxt:
        return None
    prev, nxt = prev.strip(BULLETS + " \u3000"), nxt.strip(BULLETS + " \u3000")
    if _CARD_HEADING.fullmatch(prev) or _CARD_HEADING.fullmatch(nxt):
        return "\n"
    if _card_tail(nxt) and re.search(r"[\d%‰]$", prev):
        return ""  # 39826 / 元
    if _bare_figure(prev) and _card_label(nxt):
        return ""
    if _card_value(nxt) and _CARD_GOES_ON.match(nxt) and not _bare_figure(nxt):
        return ","
    if _bare_figure(nxt):
        return "。"
    if _card_label(prev):
        return "\n"  # the last card's label: what follows is not part of it
    return None


# a gap of three or more blanks between two cells of a table laid out with spaces
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_SPACED_ROW = re.compile(r"(?m)^[^\n\t]*\S {3,}\S[^\n\t]*\S {3,}\S[^\n\t]*$")


# three characters in a row each between single spaces (增 长 5 . 8 %): a line set letter-spaced
# (opening on the space, a literal the engine skips to, instead of testing every character)
_SPACED_RUN = re.compile(r" [\u4e00-\u9fff，。、；：,.;:%\d] [\u4e00-\u9fff，。、；：,.;:%\d] "
                         r"[\u4e00-\u9fff，。、；：,.;:%\d] ")
_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def letter_spaced(norm: Normalised) -> Normalised:
    """Lines whose characters a justified PDF spaced apart, as its copied text keeps them (地 区
    生 产 总 值 增 长 5 . 8 %): on a line where most words are one character long, the single
    spaces between characters are removed, so words and numbers read whole; the offset map is
    kept exact. Lines of ordinary text, and runs of two spaces or more, are left alone."""
    text = norm.text
    if not _SPACED_RUN.search(text):
        return norm
    drop, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if _SPACED_RUN.search(line):
            words = line.split(" ")
            if len(words) >= 8 and sum(len(w) == 1 for w in words) >= 0.7 * len(words):
                drop.extend((m.start(), m.end()) for m in _ONE_SPACE.finditer(text, start, end))
        start = end + 1
    return _without(norm, drop)


# a space inside a number, as OCR leaves it (1 2 0 0亿元, 6 . 8%, 5 860元): a candidate, found fast
# (two patterns, each opening on a literal the engine skips to in C: an alternation would not)
_DIGIT_GAPS = (re.compile(r" (?<=\d )(?=[.\d])"), re.compile(r"\. (?<=\d\. )(?=\d)"))
# the whole number, spaces and all, between words or cells (not between two cells of a row
# laid out with spaces, which stand apart from the words before them)
_SPACED_NUMBER = re.compile(r"(?:(?<=^)|(?<=[\t\u4e00-\u9fff,。、;:(“]))"
                            r"\d(?:\d|\.(?= ?\d)| (?=[.\d]))*\d"
                            r"(?=[\t\n\u4e00-\u9fff%‰,。、;:)”]|$)", re.MULTILINE)
_ZEROS = "〇○"


def _zeros_in_digits(text: str) -> dict[int, str]:
    """Where OCR read a zero inside a figure as the ideograph 〇 or a circle (2〇23年): position
    → "0" (found from each 〇, not by a pattern tried at every character)."""
    out: dict[int, str] = {}
    for zero in _ZEROS:
        i = text.find(zero)
        while i >= 0:
            j = i
            while j < len(text) and text[j] in _ZEROS:
                j += 1  # a run of them (2〇〇5年)
            if 0 < i and j < len(text) and text[i - 1].isdigit() and text[j].isdigit():
                out.update((k, "0") for k in range(i, j))
            i = text.find(zero, j)
    return out


def spaced_numbers(norm: Normalised) -> Normalised:
    """Numbers an OCR engine broke with spaces (完成投资1 2 0 0亿元, 增长6 . 8%, 每人每年5 860元)
    read whole, and a zero it read as 〇 (2〇23年) read as 0; only a number standing between
    words, punctuation or a table's cell edges, so two cells of a row laid out with spaces stay
    apart. The offset map is kept exact."""
    text = norm.text
    marks = _zeros_in_digits(text)
    gaps = sorted(m.start() for rx in _DIGIT_GAPS for m in rx.finditer(text))
    if not gaps and not marks:
        return norm
    scan = "".join(marks.get(i, c) for i, c in enumerate(text)) if marks else text
    drop, done = [], 0
    for a in gaps or sorted(marks):
        # (few: the whole-text pattern would try every place)
        if a < done:
            continue
        while a > 0 and (scan[a - 1].isdigit() or scan[a - 1] in ". "):
            a -= 1
        while not scan[a].isdigit():
            a += 1
        m = _SPACED_NUMBER.match(scan, a)
        if m is None or _YEAR_AFTER_NUMBER.search(scan, m.start(), m.end() + 1):
            done = a + 1
            continue
        drop += [(m.start() + k, m.start() + k + 1) for k, c in enumerate(m.group()) if c == " "]
        done = m.end()
    return _without(norm, drop, marks)


_YEAR_AFTER_NUMBER = re.compile(r" (?:19|20)\d\d年")  # 图3 2025年…: a caption's number, then a year


def spaced_columns(norm: Normalised) -> Normalised:
    """A table laid out with runs of spaces, as text copied from a PDF keeps it (粮食      万吨
    45.62      1.3): each run between two cells, on a line of three cells or more, becomes the tab
    the readers put between cells, the offset map kept exact."""
    text = norm.text
    if "   " not in text:
        return norm
    marks, drop = {}, []
    for row in _SPACED_ROW.finditer(text):
        for gap in _COLUMN_GAP.finditer(text, row.start(), row.end()):
            marks[gap.start()] = "\t"
            drop.append((gap.start() + 1, gap.end()))
    return _without(norm, drop, marks)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap merged: the disjoint spans :func:`_without` needs."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _without(norm: Normalised, drop: list[tuple[int, int]], marks: dict[int, str] | None = None
             ) -> Normalised:
    """``norm`` with the spans ``drop`` (in order, disjoint) removed and the characters at
    ``marks`` replaced one for one (a line break made the comma a card leaves out, a run of
    spaces a tab), the offset map kept exact."""
    if marks:
        chars = list(norm.text)
        for at, mark in marks.items():
            chars[at] = mark
        norm = Normalised("".join(chars), norm.offsets)
    if not drop:
        return norm
    text = norm.text
    keep, prev_end = [], 0
    for a, b in drop:  # copy what lies between the spans
        keep.append((prev_end, a))
        prev_end = b
    keep.append((prev_end, len(text)))
    chars = "".join(text[a:b] for a, b in keep)
    offsets = norm.offsets if isinstance(norm.offsets, Offsets) else Offsets([(0, 0, 1)], len(text) + 1)
    return Normalised(chars, offsets.select(keep, norm.offsets[-1]))


# a page number on a line of its own, as a PDF's text keeps it: — 3 —, - 3 -, 第3页, 第3页共20页, 3/20
# (opening on the line break, a literal the engine skips to, instead of testing every position)
_PAGE_NUMBER = re.compile(r"\n[ \t]*(?:[-—–]+[ \t]*\d{1,4}[ \t]*[-—–]+|第[ \t]*\d{1,4}[ \t]*页"
                          r"(?:[ \t]*共[ \t]*\d{1,4}[ \t]*页)?|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*(?=\n|$)")


# a newspaper's page furniture, on lines of their own: jump lines ((下转A3版), 要闻（上接A3版）),
# the editors' line (责任编辑:…), the paper's name and section (要闻 梅州日报), the dateline
_NEWS_LINE = re.compile(r"\n[^\n]{0,40}[(（](?:上接|下转|接|转)第?[A-Z]?\d{1,2}版[)）][^\n]{0,8}(?=\n|$)"
                        r"|\n[^\n]{0,30}责任编辑[:：][^\n]{0,30}(?=\n|$)"
                        r"|\n(?:要闻|综合|时政|本地新闻|专版)?[\t ]?[\u4e00-\u9fff]{2,6}日报(?=\n|$)"
                        r"|\n(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\t ]*星期[一二三四五六日天][^\n]{0,40}(?=\n|$)")
# (a line no longer than these: one the reader ran into the body's text is left whole)
# a photo's caption set inside a column: 图为…。 本报记者 黄志强 摄
_CAPTION = re.compile(r"图为[^\n。]{2,80}。[ \t]*(?:本报记者|记者|通讯员|本报通讯员)[^\n。]{1,24}?摄[ \t]*")


def without_newspaper_furniture(norm: Normalised) -> Normalised:
    """A report printed in a newspaper, as its PDF's text keeps it: the jump lines, editors'
    lines, masthead and dateline a page break sets between the halves of a sentence, and a
    photo's caption set inside a column, are removed, so the sentence joins again. Only in a
    text that has a jump line ((下转A3版)): nothing else is touched."""
    text = norm.text
    if "版)" not in text and "版）" not in text:
        return norm
    if not re.search(r"[(（](?:上接|下转)第?[A-Z]?\d{1,2}版[)）]", text):
        return norm
    drop = [(m.start() + 1, min(m.end() + 1, len(text))) for m in _NEWS_LINE.finditer(text)] \
        + [m.span() for m in _CAPTION.finditer(text)]
    return _without(norm, _disjoint(drop))


# the scripts a bilingual region's page sets beside the Chinese: Korean, Tibetan, Mongolian, Uyghur
OTHER_SCRIPT = re.compile(r"[\uac00-\ud7af\u0f00-\u0fff\u1800-\u18af\u0600-\u06ff]")

_CARRIED_LINES = 3  # lines a page may repeat from the foot of the page before


def _carried_over(text: str, foot: int, top: int) -> list[tuple[int, int]]:
    """The lines at the top of a page (from ``top``) that repeat the last lines of the page
    before (ending at ``foot``, its page number's line break), as a document pasted together
    from pages repeats them: the repeat, to drop; empty when the page goes on afresh."""
    before = text[max(0, foot - 400): foot].split("\n")
    for k in range(_CARRIED_LINES, 0, -1):
        tail = [ln.strip() for ln in before[-k:]]
        if len(before) <= k or not all(len(ln) >= 8 for ln in tail):
            continue
        end, ok = top, True
        for ln in tail:
            nxt = text.find("\n", end)
            nxt = len(text) if nxt < 0 else nxt
            if text[end:nxt].strip() != ln:
                ok = False
                break
            end = nxt + 1
        if ok:
            return [(top, min(end, len(text)))]
    return []


def without_page_furniture(norm: Normalised) -> Normalised:
    """Remove the page numbers a PDF's text keeps on lines of their own (— 3 —), and the running
    header on the line after each (政府工作报告) when it repeats, so that a sentence a page
    break cut (…居 / — 3 — / 政府工作报告 / 民人均可支配收入…) can be joined again; lines a page
    repeats from the foot of the page before are dropped too."""
    text = norm.text
    pages = list(_PAGE_NUMBER.finditer(text))
    if len(pages) < 2:
        return norm
    drop, after = [], []
    for m in pages:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        drop.append((m.start() + 1, min(end + 1, len(text))))  # (the line, and its break)
        nxt = text.find("\n", end + 1)
        header = text[end + 1: nxt if nxt >= 0 else len(text)]
        after.append((end + 1, (nxt + 1) if nxt >= 0 else len(text), header.strip()))
    repeated = {h for _, _, h in after if h and len(h) <= 20}
    repeated = {h for h in repeated if sum(1 for _, _, x in after if x == h) >= 2}
    drop += [(a, b) for a, b, h in after if h in repeated]
    for m, (a, b, h) in zip(pages, after):
        drop += _carried_over(text, m.start(), b if h in repeated else a)
    return _without(norm, _disjoint(drop))
