"""Properties that hold for any input: the number parser and the extractor never crash on
arbitrary Unicode and return only spans inside their input; normalised offsets map back onto
the characters they came from; two builds of the same documents are byte-identical.

Examples mix arbitrary Unicode with the words, numerals, units and layout characters of real
documents, so both random text and near-misses of real statements are tried. Example counts
are bounded to keep the suite fast; ``CI=true`` makes the run deterministic.
"""

from __future__ import annotations

import math
import os
import re
import zipfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from govdata import extract
from govdata import normalise as normalise_module
from govdata.catalog import DOC_TYPES
from govdata.errors import NumberError
from govdata.extract import find_quantities
from govdata.normalise import CARD_MARKS, fold_char, normalise
from govdata.numbers import CN_DIGITS, cn_to_number, parse_number
from govdata.pipeline import extract_document

FAST = settings(max_examples=150, deadline=None, derandomize=bool(os.environ.get("CI")),
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(FAST, max_examples=60)

TOKENS = ["地区生产总值", "一般公共预算收入", "增长", "增速", "下降", "提高", "达到", "突破",
          "控制在", "左右", "以上", "以内", "以下", "不低于", "力争", "分别", "年均", "比重",
          "个百分点", "亿元", "万元", "万亿元", "万人", "个", "家", "%", "％", "‰", "8", "5.8",
          "１２．５", "1,208.5", "2023年", "到2025年", "(预计)", "二〇二五年", "三分之二",
          "百分之五", "两千", "十四五", "“十四五”时期", "。", "，", ",", ";", "；", ":", "、",
          "—", "-", "~", "～", "“", "”", "《", "》", "(", ")", "（一）", "一、", "1.", "2、",
          "12", "\n", "\r\n", "\n\n", "\t", " ", "\u3000", "\xa0", "\u2029", "\u200b",
          "牵头单位:", "责任单位：", "市发展改革委", "市财政局", "完成情况", "目标", "全年",
          "各位代表", "过去一年", "五年来", "高于全省平均水平", "与经济增长同步", "㎡", "①"]

documents = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=80).map("".join),
)


@FAST
@given(st.one_of(st.text(max_size=20), st.text(alphabet=CN_DIGITS + "点分之", max_size=12),
                 st.from_regex(r"\A[0-9]{1,6}(,[0-9]{3})*(\.[0-9]{1,3})?\Z")))
def test_number_parser_returns_a_number_or_a_number_error(token):
    for parse in (parse_number, cn_to_number):
        try:
            value = parse(token)
        except NumberError:
            continue
        assert isinstance(value, float) and not math.isnan(value)


@FAST
@given(documents)
def test_quantities_are_spans_inside_the_text(text):
    found = find_quantities(text, 0, len(text))
    for q in found:
        assert 0 <= q["start"] < q["end"] <= len(text)
        # (a list marker and a ratio of several parts, 3.1:35.8:61.1, carry no single value)
        assert isinstance(q["value"], float) or (
            (q.get("marker") or q.get("ratio")) and q["value"] is None)
    assert [q["start"] for q in found] == sorted(q["start"] for q in found)


@SLOW
@given(documents, st.sampled_from(DOC_TYPES))
def test_extractor_never_crashes_and_quotes_its_input(text, doc_type):
    meta = {"doc_id": "d", "region": "宿州市", "admin_code": "341300", "year": 2023,
            "doc_type": doc_type}
    ext = extract_document(text, meta)
    for table in (ext.targets, ext.outcomes, ext.numbers):
        for r in table.itertuples():
            assert 0 <= r.char_start <= r.char_end <= len(text)
            assert r.text == text[r.char_start:r.char_end]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _unmarked(s: str) -> str:
    return _squash(s).translate({ord(m): None for m in CARD_MARKS})


@FAST
@given(documents, st.data())
def test_normalised_offsets_land_on_the_original_characters(text, data):
    norm = normalise(text)
    assert len(norm.offsets) == len(norm.text) + 1 and norm.offsets[-1] == len(text)
    assert list(norm.offsets) == sorted(norm.offsets)
    for i, ch in enumerate(norm.text):
        source_ch = text[norm.offsets[i]]
        # (a line break between the blocks of a card may become the comma or stop it implies)
        assert ch in fold_char(source_ch) or (source_ch == "\n" and ch in CARD_MARKS)
    unjoined = normalise(text, join_lines=False)
    assert unjoined.text == "".join(fold_char(c) for c in text)
    if norm.text:
        a = data.draw(st.integers(0, len(norm.text) - 1))
        b = data.draw(st.integers(a, len(norm.text)))
        cs, ce = norm.source_span(a, b)
        assert 0 <= cs <= ce <= len(text)
        source = "".join(fold_char(c) for c in text[cs:ce])
        assert _unmarked(norm.text[a:b]) in _unmarked(source)


def test_building_twice_gives_byte_identical_tables(built, tmp_path):
    from govdata.build import build

    first = built / "processed"
    build(out_dir=tmp_path / "again")
    files = sorted(p.name for p in first.iterdir() if p.suffix in (".csv", ".parquet"))
    assert {"targets.csv", "targets.parquet", "coverage.csv", "numbers.parquet"} <= set(files)
    for name in files:
        assert (first / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name
    if (first / "govdata.xlsx").exists():  # the workbook's data parts; its properties hold
        a, b = (zipfile.ZipFile(d / "govdata.xlsx") for d in (first, tmp_path / "again"))
        parts = [n for n in a.namelist() if n.startswith("xl/")]  # the creation time
        assert parts and all(a.read(n) == b.read(n) for n in parts)


def test_folding_is_idempotent_over_the_whole_bmp():
    # normalise applies the folds with one str.replace each, which is right only when no
    # folded form contains a character that folds again (︲ → NFKC – → —)
    again = [hex(o) for o in range(0x10000) if not 0xD800 <= o <= 0xDFFF
             and any(fold_char(c) != c for c in fold_char(chr(o)))]
    assert again == []


def test_words_that_python_reads_as_floats_are_not_numbers():
    # float('nan') and float('inf') succeed; a document's number never looks like that
    for token in ("NAN", "nan", "inf", "-Infinity", "1e5"):
        try:
            value = parse_number(token)
        except NumberError:
            continue
        raise AssertionError(f"{token!r} parsed as {value}")


# The extractor finds Chinese-numeral quantities and list markers by shortcuts (search for a
# key character first; look a marker up only where a number starts). They must find exactly
# what the plain scans with the full patterns find.
cn_texts = st.lists(st.sampled_from(list(CN_DIGITS + "点分之翻番个百分元人亿身破达超,。 \n\t")
                                    + ["个百分点", "百分之", "万亿元", "分之", "美元", "翻一番",
                                       "翻番"]),
                    max_size=40).map("".join)
marker_texts = st.text(alphabet="\n\t \u2029\t \n1234.、a%", max_size=12)


def _windows(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return sorted({(0, n), (min(1, n), n), (0, max(0, n - 1)), (n // 2, n), (n // 3, 2 * n // 3)})


@settings(FAST, max_examples=400)
@given(st.one_of(cn_texts, documents))
@example("经济总量翻一番,三个百分点,百分之五")
@example("翻番,跻身万亿元城市")
def test_chinese_numeral_shortcut_finds_what_the_full_scan_finds(text):
    for start, end in _windows(text):
        expected = [m.span() for m in extract.cn_quantity_regex().finditer(text, start, end)]
        assert [m.span() for m in extract._cn_quantities(text, start, end)] == expected


@settings(FAST, max_examples=400)
@given(st.one_of(marker_texts, documents))
@example("\n \t1.a")
@example("\t 2、b\n12.c")
@example("a\t\t1.b")
def test_list_marker_lookup_agrees_with_the_scan(text):
    for start, end in _windows(text):
        scanned = {m.start(): m.end() for m in extract._LINE_MARKER.finditer(text, start, end)
                   if extract.in_numbered_list(text, m.end() - len(m.group().lstrip(" \t")),
                                               m.end(), start, end)}
        for d in range(start, end):
            if text[d].isdigit():
                assert extract._marker_end(text, d, start, end) == scanned.get(d, 0)


def test_offsets_of_a_long_crlf_document_are_a_few_runs_not_one_integer_per_character():
    text = "各位代表:\r\n" + "全年地区生产总值增长5%左右,一般公共预算收入增长6%。\r\n" * 2000
    norm = normalise(text)
    assert "\r" not in norm.text and len(norm.offsets) == len(norm.text) + 1
    assert len(norm.offsets._runs) <= 2002  # one per removed CR, not one per character
    i = norm.text.index("5%", 5000)
    assert text[norm.offsets[i]: norm.offsets[i] + 2] == "5%"


shortcut_texts = st.lists(st.sampled_from(
    ["，", "。", "、", "\u3000", "“", "”", "；", "（", "）", "％", "０", "Ａ", "\r", "\u200b", " ",
     "\n", "a", "年度", "全年", "年", "计划", "目标", "预期", "投资", "任务", "完成", "低于", "值",
     "的", "增长", "增长率", "增速", "涨幅", "比重", "率", "地区生产总值", "收入"]),
    max_size=14).map("".join)


@settings(FAST, max_examples=400)
@given(st.one_of(shortcut_texts, documents))
@example("全市年度计划投资")  # (a match as long as the window allows)
@example("低于年初预期目标的")
@example("增长率，\u3000Ａ")
@example("居民消费价格涨幅")
def test_cheap_checks_agree_with_the_patterns_they_stand_for(text):
    assert normalise_module._foldable(text) == set(normalise_module._MAY_FOLD.findall(text))
    s = text.rstrip("\n")  # (a subject never ends in a line break, before which $ matches)
    assert s.endswith(extract._GROWTH_ENDINGS) == bool(extract._GROWTH_SUFFIX.search(s))
    window = max(0, len(s) - extract._PLANNED_MAX)
    assert bool(extract._PLANNED.search(s, window)) == bool(extract._PLANNED.search(s))
    if extract._AGAINST_TARGET.search(s[-16:]):
        assert s[-1:] in extract._AGAINST_TARGET_LAST


def test_page_numbers_and_running_headers_are_removed_with_exact_offsets():
    text = ("各位代表:\n地区生产总值增长5%左右,城镇调查失业率5.5%左右;居\n\n— 3 —\n政府工作报告\n"
            "民人均可支配收入增长与经济增长基本同步;粮食产量稳定在430亿斤以上。\n"
            "— 4 —\n政府工作报告\n全年实施省大中型项目3000个以上,力争完成年度投资\n1.5万亿元。\n")
    norm = normalise(text)
    assert "居民人均可支配收入" in norm.text and "— 3 —" not in norm.text
    assert norm.text.count("政府工作报告") == 0 and "投资1.5万亿元" in norm.text
    for i, ch in enumerate(norm.text):
        if ch != "\n":
            assert text[norm.source_offset(i)] == ch
