"""Word's automatic list numbers, recomputed from numbering.xml (govdata.formats.numbering):
counters per list, deeper levels restarting, start overrides, Chinese and circled formats,
multi-level labels, numbering switched off, bullets left out, numbering by paragraph style."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml

from govdata.formats.numbering import chinese_number, format_number
from govdata.read import read

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("n,expected", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"),
                                        (35, "三十五"), (100, "一百"), (105, "一百零五"),
                                        (110, "一百一十"), (123, "一百二十三")])
def test_chinese_list_numbers(n, expected):
    assert chinese_number(n) == expected


def test_formats():
    assert format_number(3, "decimal") == "3"
    assert format_number(3, "chineseCounting") == "三"
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(4, "upperRoman") == "IV" and format_number(28, "lowerLetter") == "bb"
    assert format_number(1, "bullet") is None


def _level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def _numbered(d, text: str, num_id: int, ilvl: int = 0):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


@pytest.fixture
def lines(tmp_path):
    d = docx.Document()
    numbering = d.part.numbering_part.element
    first = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstracts = [
        f'<w:abstractNum {W} w:abstractNumId="71">' + _level(0, "chineseCounting", "%1、")
        + _level(1, "decimal", "(%2)") + _level(2, "decimal", "%2.%3") + "</w:abstractNum>",
        f'<w:abstractNum {W} w:abstractNumId="72">' + _level(0, "bullet", "●")
        + "</w:abstractNum>",
        f'<w:abstractNum {W} w:abstractNumId="73">'
        + _level(0, "decimalEnclosedCircle", "%1") + "</w:abstractNum>",
    ]
    for a in abstracts:
        first.addprevious(parse_xml(a))
    numbering.append(parse_xml(f'<w:num {W} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="74"><w:abstractNumId w:val="71"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="5"/></w:lvlOverride></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="72"><w:abstractNumId w:val="72"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="73"><w:abstractNumId w:val="73"/></w:num>'))
    _numbered(d, "经济发展目标", 71)
    _numbered(d, "地区生产总值增长6%左右。", 71, 1)
    _numbered(d, "其中:工业增加值增长7%。", 71, 2)
    _numbered(d, "一般公共预算收入增长4%。", 71, 1)
    _numbered(d, "民生目标", 71)
    _numbered(d, "城镇新增就业5万人。", 71, 1)
    _numbered(d, "", 71, 1)  # an empty numbered paragraph counts, but shows nothing
    _numbered(d, "居民收入增长与经济增长同步。", 71, 1)
    _numbered(d, "另起一列", 74)
    _numbered(d, "要点", 72)
    _numbered(d, "第一项", 73)
    _numbered(d, "第二项", 73)
    off = d.add_paragraph("不编号")
    off._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    d.add_paragraph("按样式编号", style="List Number")
    path = tmp_path / "numbered.docx"
    d.save(path)
    return read(path).text.split("\n")


def test_word_list_numbers_are_put_back(lines):
    assert lines[:12] == ["一、经济发展目标", "(1)地区生产总值增长6%左右。", "1.1 其中:工业增加值增长7%。",
                          "(2)一般公共预算收入增长4%。", "二、民生目标", "(1)城镇新增就业5万人。", "",
                          "(3)居民收入增长与经济增长同步。", "五、另起一列", "要点", "①第一项",
                          "②第二项"]
    assert lines[12] == "不编号"


def test_numbering_by_paragraph_style(lines):
    # python-docx's template numbers its List Number style through numbering.xml
    styles = docx.Document().styles
    num_pr = styles["List Number"].element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pPr/"
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr")
    if num_pr is None:
        pytest.skip("this python-docx template's List Number style has no numbering")
    assert lines[13].endswith("按样式编号") and lines[13] != "按样式编号"
    assert lines[13][0].isdigit() or lines[13][0] in "•●"


def test_a_document_without_numbering_reads_as_before(tmp_path):
    d = docx.Document()
    d.add_paragraph("1.地区生产总值增长6%以上。")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "plain.docx"
    path.write_bytes(buf.getvalue())
    assert read(path).text == "1.地区生产总值增长6%以上。"
