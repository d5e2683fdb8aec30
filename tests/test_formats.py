"""Every format reads through the same pipeline: Word, Excel, web-page, web-archive and PDF
fixtures made from the seed documents (tests/fixtures/formats/make_fixtures.py) yield exactly
the targets and outcomes of the text versions, with provenance into the text each reader
produced."""

from __future__ import annotations

import importlib.util
import itertools
import re
import shutil
import sys
import zipfile

import openpyxl
import pandas as pd
import pytest

from govdata.catalog import load_catalog
from govdata.cli import main
from govdata.errors import DocumentError
from govdata.paths import PROJ_ROOT
from govdata.pipeline import extract_document
from govdata.read import read

from .conftest import RAW, extract_catalogued, one

FIXTURES = PROJ_ROOT / "tests" / "fixtures" / "formats"
SUZHOU, XUZHOU = "suzhou-ah-2023-completion", "xuzhou-2024-work-report"
CASES = [("suzhou-completion.docx", SUZHOU, "docx"), ("suzhou-completion.xlsx", SUZHOU, "xlsx"),
         ("suzhou-completion.html", SUZHOU, "html"), ("xuzhou-work-report.docx", XUZHOU, "docx"),
         ("xuzhou-work-report.pdf", XUZHOU, "pdf"), ("xuzhou-work-report.html", XUZHOU, "html"),
         ("xuzhou-work-report-gazette.pdf", XUZHOU, "pdf"),
         ("suzhou-completion.mhtml", SUZHOU, "mhtml"), ("xuzhou-work-report.mht", XUZHOU, "mhtml")]


def _maker():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return _maker().make_all(tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="module")
def docs(files):
    """Each fixture read once: ``{name: (Document, Extraction)}``."""
    out = {}
    for name, doc_id, _ in CASES:
        doc = read(files[name])
        out[name] = doc, extract_document(doc.text, _meta(doc_id))
    return out


@pytest.fixture(scope="module")
def reference():
    """Text-version extractions of the two seeds, by doc_id."""
    return {d: extract_catalogued(d) for d in (SUZHOU, XUZHOU)}


def _meta(doc_id: str) -> dict:
    cat = load_catalog(RAW / "catalog.csv")
    return cat[cat["doc_id"] == doc_id].iloc[0].to_dict()


def comparable(df: pd.DataFrame) -> pd.DataFrame:
    """Every column except the offsets; the quoted text without white space (a table cell's
    paragraphs are joined differently from the text file's lines)."""
    out = df.drop(columns=["char_start", "char_end"]).reset_index(drop=True)
    out["text"] = out["text"].map(lambda s: re.sub(r"\s+", "", s))
    return out


@pytest.mark.parametrize("name,doc_id,fmt", CASES)
def test_same_targets_and_outcomes_as_the_text_version(docs, reference, name, doc_id, fmt):
    doc, ext = docs[name]
    assert doc.meta["format"] == fmt
    _, ref = reference[doc_id]
    assert len(ref.targets) > 50 and len(ref.outcomes) > 100
    pd.testing.assert_frame_equal(comparable(ext.targets), comparable(ref.targets))
    pd.testing.assert_frame_equal(comparable(ext.outcomes), comparable(ref.outcomes))


@pytest.mark.parametrize("name,doc_id,fmt", CASES)
def test_provenance_points_into_the_readers_text(docs, name, doc_id, fmt):
    doc, ext = docs[name]
    for table in (ext.targets, ext.outcomes, ext.numbers):
        assert len(table)
        for r in table.itertuples():
            assert doc.text[r.char_start:r.char_end] == r.text


def test_word_table_rows_keep_cells_merged_cells_and_cell_paragraphs(files, docs):
    xml = zipfile.ZipFile(files["suzhou-completion.docx"]).read("word/document.xml").decode()
    assert "vMerge" in xml and "gridSpan" in xml  # the fixture really has merged cells
    doc, ext = docs["suzhou-completion.docx"]
    assert doc.meta["title"] == "2023年《政府工作报告》重点工作任务完成情况"
    gdp = one(ext.targets, item="1", indicator="gdp")
    assert (gdp.value, gdp.qualifier, gdp.lead_units) == (8.0, "about", "市发展改革委")
    assert one(ext.outcomes, item="1", indicator="gdp", measure="growth_pct").value == 5.8
    # item 7's unit cell holds two paragraphs: both units lead
    assert one(ext.targets, item="7").lead_units == "市发展改革委;市生态环境局"
    # the second paragraph of item 12's completion cell starts with the list marker 2.
    assert one(ext.outcomes, item="12", indicator_text="市级战新基地围绕生物医药").value == 8.0
    assert "一、确保完成全年主要预期目标\n1\t地区生产总值增长8%左右。\t全年地区生产总值" in doc.text


def test_word_automatic_list_numbers_are_read_as_item_numbers(files):
    # the fixture's item numbers are drawn by Word's list numbering, not typed: without them
    # the 150 items would run together and lose their own lead units
    xml = zipfile.ZipFile(files["xuzhou-breakdown.docx"]).read("word/document.xml").decode()
    assert "<w:numPr>" in xml and "1.地区生产总值" not in xml
    doc = read(files["xuzhou-breakdown.docx"])
    assert "\n1.地区生产总值增长6%以上。\n" in doc.text and "\n150." in doc.text
    doc_id = "xuzhou-2024-breakdown"
    ext = extract_document(doc.text, _meta(doc_id))
    _, ref = extract_catalogued(doc_id)
    assert ext.targets["item"].nunique() == ref.targets["item"].nunique() > 80
    pd.testing.assert_frame_equal(comparable(ext.targets), comparable(ref.targets))
    gdp = one(ext.targets, item="一/1", indicator="gdp")
    assert (gdp.value, gdp.qualifier) == (6.0, "at_least") and "市发改委" in gdp.lead_units


def test_excel_vertically_merged_unit_cells_give_every_row_its_units(files, docs):
    xml = zipfile.ZipFile(files["suzhou-completion.xlsx"]).read("xl/worksheets/sheet2.xml")
    spans = re.findall(rb'mergeCell ref="C(\d+):C(\d+)"', xml)
    assert spans and all(int(b) > int(a) for a, b in spans)  # the fixture really merges units
    doc, ext = docs["suzhou-completion.xlsx"]
    sheet = openpyxl.load_workbook(files["suzhou-completion.xlsx"])["完成情况"]
    first, last = map(int, spans[0])
    items = [str(sheet.cell(r, 1).value) for r in range(first, last + 1)]
    assert sheet.cell(first + 1, 3).value is None  # stored once, in the range's first row
    units = {(ln.split("\t") + [""] * 4)[3] for ln in doc.text.split("\n")
             if ln.split("\t")[0] in items}
    assert len(units) == 1 and units != {""}  # each row of the merged range names the units
    (unit,) = units
    hit = ext.targets[ext.targets["item"].isin(items)]
    assert hit["item"].nunique() >= 1 and hit["lead_units"].nunique() == 1
    assert hit["lead_units"].iloc[0].split(";")[0] in unit


def test_excel_sheet_with_header_found_and_columns_put_in_order(docs):
    doc = docs["suzhou-completion.xlsx"][0]
    assert doc.meta["sheet"] == "完成情况"  # not the notes sheet before it
    # the sheet has 牵头单位 before 完成情况; the reader writes target, completion, units
    assert "\n3\t固定资产投资增长12%。\t全年固定资产投资增长8%。\t市发展改革委\n" in doc.text
    # the notes sheet before it is kept as text, in the workbook's order
    assert doc.text.startswith("本表由市政府办公室汇总")
    assert "\n2023年《政府工作报告》重点工作任务完成情况\n序号\t" in doc.text


def test_web_page_keeps_the_article_and_drops_the_portal(files, docs):
    page = files["suzhou-completion.html"].read_bytes()
    assert b"charset=gbk" in page and "地区生产总值".encode("gbk") in page
    doc = docs["suzhou-completion.html"][0]
    assert doc.encoding == "gb18030"
    assert doc.meta == {"format": "html", "title": "2023年《政府工作报告》重点工作任务完成情况",
                        "published": "2024-02-01", "publisher": "宿州市政府办公室",
                        "site": "宿州市人民政府"}
    for clutter in ("首页", "政府信息公开", "当前位置", "信息公开目录", "微信", "打印本页",
                    "相关链接", "版权", "ICP", "0557-3022222", "增长77%", "增长88%", "增长99%",
                    "请输入关键字", "12345", "无障碍"):
        assert clutter not in doc.text, clutter
    assert doc.text.startswith("2023年《政府工作报告》重点工作任务完成情况\n来源:宿州市政府")
    assert doc.text.rstrip().endswith("市政府办公室")


def test_old_portal_page_in_layout_tables(docs):
    doc = docs["xuzhou-work-report.html"][0]
    assert doc.encoding == "gb18030" and doc.meta["title"] == "徐州市人民政府门户网站"
    for clutter in ("首页", "领导之窗", "值班电话", "热点专题", "打印", "版权所有", "ICP"):
        assert clutter not in doc.text, clutter
    lines = doc.text.split("\n")
    assert lines[:3] == ["2024年徐州市政府工作报告", "发布时间:2024-01-20 来源:市政府办公室", "各位代表："]
    text = extract_catalogued(XUZHOU)[0]
    assert lines[2:] == [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_short_article_leaves_the_portal_footer_out(tmp_path):
    """A short article does not outweigh the page's footer, so the block holding both passes
    for the article; the footer's lines (sponsor, registration numbers, telephone) still go, and
    their numbers are not counted as unexplained."""
    page = ("<html><head><meta charset='utf-8'><title>2024年政府工作报告</title></head><body>"
            "<div class='main'><div class='article'><h1>2024年政府工作报告</h1>"
            "<div class='content'><p>一、2023年工作回顾</p>"
            "<p>过去一年，全市地区生产总值增长5.8%，一般公共预算收入增长8.1%。</p>"
            "<p>二、2024年主要目标</p><p>地区生产总值增长6%左右，一般公共预算收入增长5%。</p>"
            "</div></div><div class='share'>分享到：微信 微博</div></div>"
            "<div class='footer'><p>主办：某市人民政府办公室 承办：某市数据资源管理局</p>"
            "<p>网站标识码：3413000001 皖ICP备05007373号-1</p>"
            "<p>联系电话：0557-3021234 建议使用1920×1080分辨率浏览</p></div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    text = read(tmp_path / "page.html").text
    assert text.endswith("一般公共预算收入增长5%。")
    ext = extract_document(text, {"doc_id": "p", "region": "某市", "admin_code": "", "year": 2024,
                                  "doc_type": "work_report"})
    assert (ext.numbers["role"] != "unexplained").all()
    assert one(ext.targets, indicator="gdp").value == 6


def test_web_page_encoding_detected_when_undeclared_or_wrong(files, docs, tmp_path):
    page = files["suzhou-completion.html"].read_bytes().decode("gbk")
    expected = docs["suzhou-completion.html"][0].text
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(page.replace("; charset=gbk", "").encode("utf-8"))
    wrong = tmp_path / "wrong.html"  # says UTF-8, saved as GBK
    wrong.write_bytes(page.replace("charset=gbk", "charset=utf-8").encode("gbk"))
    for f, enc in ((undeclared, "utf-8"), (wrong, "gb18030")):
        doc = read(f)
        assert (doc.text, doc.encoding) == (expected, enc)


def test_web_archives_read_as_the_page_inside(files, docs):
    """A page a browser saved as one file (Chrome's .mhtml: UTF-8, quoted-printable; Internet
    Explorer's .mht: base64, GB2312 named only in the part header) reads as the page itself."""
    from govdata.formats.mhtml import page_part

    for archive, page, url, encoding in (
            ("suzhou-completion.mhtml", "suzhou-completion.html",
             "http://www.ahsz.gov.cn/public/content/8790131", "utf-8"),
            ("xuzhou-work-report.mht", "xuzhou-work-report.html",
             "http://www.xz.gov.cn/zgxz/001002/20240120/x.html", "gb18030")):
        doc, html_doc = docs[archive][0], docs[page][0]
        assert doc.text == html_doc.text and doc.encoding == encoding
        assert doc.meta == html_doc.meta | {"format": "mhtml", "url": url}
    assert page_part(files["xuzhou-work-report.mht"].read_bytes(), "x.mht")[1] == "gb2312"
    assert b"charset" not in page_part(files["xuzhou-work-report.mht"].read_bytes(), "x.mht")[0]


def test_web_archive_without_a_page_is_a_clear_error(files, tmp_path):
    data = files["suzhou-completion.mhtml"].read_bytes()
    only_pictures = tmp_path / "pictures.mhtml"
    only_pictures.write_bytes(data.replace(b"Content-Type: text/html\r\n",
                                           b"Content-Type: image/png\r\n"))
    with pytest.raises(DocumentError, match=r"pictures\.mhtml: a web archive with no web page "
                                            r"inside .* save it as “Webpage, HTML only”"):
        read(only_pictures)
    assert main(["extract", str(only_pictures), "--out", str(tmp_path / "out")]) != 0


def test_pdf_lines_broken_inside_numbers_and_across_pages_read_whole(files, docs):
    import pdfplumber

    with pdfplumber.open(files["xuzhou-work-report.pdf"]) as pdf:
        pages = [p.extract_text().splitlines() for p in pdf.pages]
    lines = [ln for page in pages for ln in page]
    split = [(a, b) for a, b in itertools.pairwise(lines) if re.search(r"\d\.?$", a)
             and re.match(r"\.?\d", b)]
    assert split  # the layout broke numbers: the reader must join them
    assert pages[0][-1] == "— 1 —" and len(pages) > 10
    doc = docs["xuzhou-work-report.pdf"][0]
    assert doc.meta["pages"] == len(pages) and doc.meta["title"] == "2024年徐州市政府工作报告"
    assert "— 1 —" not in doc.text and "— 2 —" not in doc.text
    for a, b in split:
        assert a[-6:] + b[:6] in doc.text
    text = extract_catalogued(XUZHOU)[0]
    assert doc.text.split("\n") == [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_pdf_in_two_columns_reads_column_by_column(files, docs):
    """A gazette prints the report in two columns under a title across the page: read the
    left column before the right one, each with its own edges, and the text is the report's."""
    import pdfplumber

    with pdfplumber.open(files["xuzhou-work-report-gazette.pdf"]) as pdf:
        first = pdf.pages[0].extract_text().splitlines()
    assert first[0] == "2024年徐州市政府工作报告" and "各位代表：" in first[1]
    assert first[1] != "各位代表："  # printed beside a line of the right column
    text = extract_catalogued(XUZHOU)[0]
    paragraphs = [ln.strip() for ln in text.splitlines() if ln.strip()]
    doc = docs["xuzhou-work-report-gazette.pdf"][0]
    assert doc.text.split("\n") == ["2024年徐州市政府工作报告"] + paragraphs


def test_two_columns_of_short_cells_are_a_table_not_a_layout():
    from govdata.formats.pdf import _gutter

    def chars(runs):  # (x0, x1, top) → one character per 10 points
        return [{"text": "字", "x0": x, "x1": x + 10, "top": top, "size": 10}
                for x0, x1, top in runs for x in range(x0, x1, 10)]

    rows = range(0, 600, 15)
    prose = chars([(50, 250, t) for t in rows] + [(290, 490, t) for t in rows])
    band = _gutter(prose)
    assert band is not None and 250 <= band[0] < band[1] <= 290  # the white between them
    table = chars([(50, 130, t) for t in rows] + [(300, 490, t) for t in rows])
    assert _gutter(table) is None
    one_column = chars([(50, 490, t) for t in rows])
    assert _gutter(one_column) is None


def test_format_told_by_content_not_extension(files, docs, tmp_path):
    disguised = {"report.txt": "suzhou-completion.docx", "report.doc": "suzhou-completion.html",
                 "page.html": "xuzhou-work-report.mht",
                 "table.csv": "suzhou-completion.xlsx", "scan.docx": "xuzhou-work-report.pdf"}
    for new, old in disguised.items():
        shutil.copy(files[old], tmp_path / new)
        assert read(tmp_path / new).text == docs[old][0].text


@pytest.mark.parametrize("name,doc_id,fmt", CASES)
def test_show_prints_the_text_offsets_refer_to(files, docs, capsys, name, doc_id, fmt):
    row = docs[name][1].targets.iloc[-1]
    assert main(["show", str(files[name]), "--start", str(row.char_start),
                 "--end", str(row.char_end)]) == 0
    assert capsys.readouterr().out == row.text


def _case_id(name: str) -> str:
    return name.replace(".", "-")  # two PDFs of one report need two ids


def test_extract_and_catalog_accept_every_format(files, reference, tmp_path, monkeypatch):
    from govdata.build import build

    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    seeds = pd.read_csv(RAW / "catalog.csv", dtype=str, keep_default_na=False)
    rows = []
    for name, doc_id, fmt in CASES:
        shutil.copy(files[name], raw / name)
        row = seeds[seeds["doc_id"] == doc_id].iloc[0].copy()
        row["doc_id"], row["path"] = _case_id(name), name
        rows.append(row)
    pd.DataFrame(rows).to_csv(raw / "catalog.csv", index=False)
    monkeypatch.setenv("GOVDATA_DATA_DIR", str(tmp_path / "data"))
    res = build()
    counts = res.tables["targets"].groupby("doc_id").size().to_dict()
    assert counts == {_case_id(n): len(reference[d][1].targets) for n, d, _ in CASES}
    out = tmp_path / "extracted"
    assert main(["extract", str(files["suzhou-completion.html"]), "--out", str(out)]) == 0
    docs = pd.read_csv(out / "documents.csv", dtype=str)
    assert docs.loc[0, ["region", "year", "doc_type", "title"]].tolist() == [
        "宿州市", "2023", "completion_report", "2023年《政府工作报告》重点工作任务完成情况"]


def test_reading_needs_no_network(files, docs, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name, _, _ in CASES:
        assert read(files[name]).text == docs[name][0].text


def test_excel_cells_read_as_excel_shows_them(tmp_path):
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点任务推进表"])
    ws.append(["目标任务", "责任单位", "完成情况", "备注"])  # no 序号 column
    ws.append(["地区生产总值增长8%左右", "市发展改革委\n市统计局", 0.058, dt.date(2024, 1, 31)])
    ws.append(["一、稳增长"])
    ws.append(["新增规上工业企业150家", "市经济和信息化局", "新增133户", 2291.5])
    ws["C3"].number_format = "0.0%"
    wb.save(tmp_path / "t.xlsx")
    assert read(tmp_path / "t.xlsx").text.split("\n") == [
        "2024年重点任务推进表",
        "\t目标任务\t完成情况\t责任单位\t备注",
        "1\t地区生产总值增长8%左右\t5.8%\t市发展改革委\u2029市统计局\t2024-01-31",
        "一、稳增长",
        "2\t新增规上工业企业150家\t新增133户\t市经济和信息化局\t2291.5"]


def test_sheet_not_read_as_a_table_keeps_its_numbers_in_the_document(tmp_path):
    """A sheet laid out in no way the reader knows (a list of figures, a chart's data) is still
    written into the text, in the workbook's order, so its numbers reach the coverage report
    rather than vanishing."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务"
    ws.append(["序号", "重点任务", "牵头单位"])
    ws.append([1, "新增规上工业企业30家", "县经信局"])
    ws = wb.create_sheet("附表")
    ws.append(["季度", "数值"])
    ws.append(["一季度", 12.5])
    wb.save(tmp_path / "t.xlsx")
    doc = read(tmp_path / "t.xlsx")
    assert doc.meta["sheet"] == "任务"
    assert doc.text.index("新增规上工业企业30家") < doc.text.index("一季度\t12.5")


def test_every_sheet_with_a_table_is_read(tmp_path):
    """A workbook of a notes sheet, an indicator sheet and a task sheet: both tables are read,
    in order; a result that names only its verb (新增32家) is of its item's indicator."""
    import openpyxl

    from govdata.pipeline import extract_document

    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["填表说明：请于每月5日前报送。"])
    ws = wb.create_sheet("主要指标")
    ws.append(["2024年主要经济指标完成情况"])
    ws.append(["序号", "指标", "单位", "年度目标", "完成情况", "责任单位"])
    ws.append([1, "地区生产总值增速", "%", "6.5左右", 6.1, "县发改局"])
    ws.append([2, "一般公共预算收入", "亿元", 32.5, 33.1, "县财政局"])
    ws = wb.create_sheet("重点任务")
    ws.append(["2024年重点工作任务完成情况"])
    ws.append(["序号", "重点任务", "完成情况", "牵头单位"])
    ws.append([1, "新增规上工业企业30家", "新增32家", "县经信局"])
    ws.append([2, "新建5G基站200个", "建成186个", "县工信局"])
    wb.save(tmp_path / "t.xlsx")
    doc = read(tmp_path / "t.xlsx")
    assert doc.meta["sheet"] == "主要指标;重点任务"
    ext = extract_document(doc.text, {"doc_id": "t", "region": "某县", "admin_code": "",
                                      "year": 2024, "doc_type": "completion_report"})
    t, o = ext.targets, ext.outcomes
    assert sorted(t["value"]) == [6.5, 30, 32.5, 200]
    assert o.set_index("value")["indicator_text"].to_dict() == {
        6.1: "地区生产总值", 33.1: "一般公共预算收入", 32: "新增规上工业企业", 186: "新建5G基站"}


def test_ruled_pdf_table_rows_are_read_cell_by_cell():
    """A ruled table whose cells wrap over several printed lines: one line per row, each cell's
    lines joined, the cells joined by tabs (the 盐城 fixture, made by make_yancheng_pdf.py)."""
    from pathlib import Path

    from govdata.read import read

    text = read(Path(__file__).parent / "fixtures" / "unseen" / "yancheng-2023-completion.pdf").text
    row = next(ln for ln in text.splitlines() if ln.startswith("1\t"))
    assert row.split("\t") == ["1", "地区生产总值增长5.5%左右",
                               "全市实现地区生产总值7403.9亿元，增长5.8%，经济运行稳中向好、进中提质",
                               "市发改委、市统计局"]
    assert text.count("序号\t目标任务\t完成情况\t责任单位") == 3  # the header on every page


def test_word_text_boxes_are_read_once_after_their_anchor(tmp_path):
    """A 专栏 drawn as a text box is part of the document: its paragraphs follow the paragraph
    it is anchored in — a DrawingML box once (not again from the VML copy Word keeps in
    mc:Fallback), an old VML-only box too. Before, their figures were silently left out."""
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')

    def box(text):
        return f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'

    modern = parse_xml(
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
        f'<wps:txbx>{box("专栏1 地区生产总值增长6%左右")}</wps:txbx></wps:wsp></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box("专栏1 地区生产总值增长6%左右")}'
        f'</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    old = parse_xml(f'<w:r {ns}><w:pict><v:shape><v:textbox>{box("城镇新增就业5万人以上")}'
                    f'</v:textbox></v:shape></w:pict></w:r>')
    d = docx.Document()
    d.add_paragraph("主要预期目标如下。")._p.append(modern)
    d.add_paragraph("其他目标。")._p.append(old)
    d.add_paragraph("最后一段。")
    d.save(tmp_path / "boxes.docx")
    lines = read(tmp_path / "boxes.docx").text.splitlines()
    assert lines == ["主要预期目标如下。", "专栏1 地区生产总值增长6%左右", "其他目标。",
                     "城镇新增就业5万人以上", "最后一段。"]


def _with_notes(path, notes: dict[str, list[str]]) -> None:
    """Give the Word file at ``path`` the footnotes ``notes`` (id → paragraphs) as Word writes
    them: word/footnotes.xml with the two separator notes, its relationship and content type."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        f'<w:footnote w:id="{i}">' + "".join(
            f'<w:p>{"<w:r><w:footnoteRef/></w:r>" if k == 0 else ""}<w:r><w:t>{t}</w:t></w:r></w:p>'
            for k, t in enumerate(paras)) + "</w:footnote>" for i, paras in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f'</w:r></w:p></w:footnote>{body}</w:footnotes>')
    parts = {i.filename: zipfile.ZipFile(path).read(i) for i in zipfile.ZipFile(path).infolist()}
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>'))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>'))
    parts["word/footnotes.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in parts.items():
            z.writestr(name, blob)


def test_word_footnotes_follow_the_paragraph_or_table_that_cites_them(tmp_path):
    """A footnote's figures are part of the document: its paragraphs follow the paragraph that
    cites it, or the table (not splitting its rows), each note once and without the separators.
    Before, a footnote's figures were left out and not even counted as unparsed."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def cite(n):
        return parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                         f'<w:footnoteReference w:id="{n}"/></w:r>')

    d = docx.Document()
    d.add_paragraph("全年地区生产总值增长5.6%。")._p.append(cite(1))
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "2024年目标"
    table.cell(1, 0).text, table.cell(1, 1).text = "5G基站(个)", "8000"
    table.cell(1, 0).paragraphs[0]._p.append(cite(2))
    d.add_paragraph("“百千万工程”深入实施。")._p.append(cite(1))  # cited twice: read once
    d.save(tmp_path / "notes.docx")
    _with_notes(tmp_path / "notes.docx", {"1": ["全市累计建成5G基站6800个。"],
                                          "2": ["含室内分布站点。", "不含共享站点500个。"]})
    lines = read(tmp_path / "notes.docx").text.splitlines()
    assert lines == ["全年地区生产总值增长5.6%。", "全市累计建成5G基站6800个。", "指标\t2024年目标",
                     "5G基站(个)\t8000", "含室内分布站点。", "不含共享站点500个。",
                     "“百千万工程”深入实施。"]


def test_excel_97_workbook_reads_as_excel_shows_it(tmp_path):
    """An Excel 97–2003 workbook (.xls, written here with xlwt) reads as the same table an
    .xlsx gives: percent-formatted numbers as 5.8%, dates as 2024-01-31, two lines in a cell
    kept apart, a 牵头单位 merged down two rows given to both."""
    import datetime as dt

    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务")
    percent, date = xlwt.easyxf(num_format_str="0.0%"), xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, "2024年重点任务推进表")
    for c, head in enumerate(["序号", "目标任务", "完成情况", "牵头单位", "备注"]):
        ws.write(1, c, head)
    ws.write(2, 0, 1)
    ws.write(2, 1, "地区生产总值增长8%左右")
    ws.write(2, 2, 0.058, percent)
    ws.write_merge(2, 3, 3, 3, "市发展改革委\n市统计局")
    ws.write(2, 4, dt.date(2024, 1, 31), date)
    ws.write(3, 0, 2)
    ws.write(3, 1, "新增规上工业企业150家")
    ws.write(3, 2, "新增133户")
    ws.write(3, 4, 2291.5)
    wb.save(str(tmp_path / "t.xls"))
    doc = read(tmp_path / "t.xls")
    assert doc.meta["format"] == "xls"
    assert doc.text.split("\n") == [
        "2024年重点任务推进表",
        "序号\t目标任务\t完成情况\t牵头单位\t备注",
        "1\t地区生产总值增长8%左右\t5.8%\t市发展改革委\u2029市统计局\t2024-01-31",
        "2\t新增规上工业企业150家\t新增133户\t市发展改革委\u2029市统计局\t2291.5"]
    row = one(extract_document(doc.text, {"doc_id": "t", "region": "某市", "admin_code": "",
                                          "year": 2024, "doc_type": "completion_report"}).targets,
              indicator="gdp")
    assert (row.value, row.qualifier, row.lead_units) == (8.0, "about", "市发展改革委;市统计局")


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
@pytest.mark.parametrize("name,doc_type", [("wuhu-2024-breakdown", "target_breakdown"),
                                           ("tonglu-2024-county-work-report", "work_report")])
def test_word_document_saved_in_another_format_reads_as_its_docx(name, doc_type, fmt):
    """The .docx fixture saved by LibreOffice as Word 97–2003 (.doc), as RTF and as OpenDocument
    text (.odt) gives the .docx's text — paragraphs, each table row a line of cells, a field's
    result but not its code, cells merged down (牵头单位, 类别) in every row they span, a cell's
    two paragraphs, list numbers — and so the same targets and outcomes."""
    unseen = PROJ_ROOT / "tests" / "fixtures" / "unseen"
    doc, docx = read(unseen / f"{name}.{fmt}"), read(unseen / f"{name}.docx")
    assert doc.meta["format"] == fmt
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines == [ln for ln in docx.text.split("\n") if ln.strip()]
    meta = {"doc_id": name, "region": "某市", "admin_code": "", "year": 2024, "doc_type": doc_type}
    keys = ["kind", "year", "indicator", "measure", "value", "qualifier", "lead_units"]

    def rows(text):
        ext = extract_document(text, meta)
        return pd.concat([ext.targets.assign(kind="t"), ext.outcomes.assign(kind="o")])[
            keys].astype(str).sort_values(keys).reset_index(drop=True)

    got, want = rows(doc.text), rows(docx.text)
    assert len(want) > 50
    pd.testing.assert_frame_equal(got, want)


def test_comma_separated_values_read_as_a_table(tmp_path):
    """An open-data portal's CSV (GBK, CRLF, a quoted cell holding commas) is a table: its rows
    come out as the other readers write table rows, and its targets are read by column; a
    report whose lines happen to hold commas stays text."""
    csv_text = ("序号,指标名称,计量单位,2024年完成值,2025年目标值,牵头单位\r\n"
                "1,地区生产总值,亿元,4500,6左右,市发展改革委\r\n"
                "2,\"新开工亿元以上项目300个以上,其中10亿元以上项目50个\",个,—,,市发展改革委\r\n"
                "3,城镇调查失业率,%,5.1,≤5.5,市人力资源社会保障局\r\n")
    (tmp_path / "targets.csv").write_bytes(csv_text.encode("gbk"))
    doc = read(tmp_path / "targets.csv")
    assert doc.meta["format"] == "csv"
    assert doc.text.splitlines()[2] == ("2\t新开工亿元以上项目300个以上,其中10亿元以上项目50个\t个\t—"
                                        "\t\t市发展改革委")
    (tmp_path / "report.txt").write_text("全市生产总值增长5%,总量100亿元,居全省第3。\n"
                                          "工业增加值增长6%,总量50亿元,占比一半。\n"
                                          "社会消费品零售总额增长4%,总量30亿元,稳中有升。\n", "utf-8")
    assert read(tmp_path / "report.txt").meta["format"] == "text"



def test_a_single_page_apps_saved_page_is_read_from_its_data(tmp_path):
    """A page saved from a single-page app holds only the app's shell in its body (menus, 加载中…)
    and the article in a script's data (window.__INITIAL_STATE__ = {"content": "<p>…"}, its
    < escaped as \\u003c): the article is read from there; other scripts' data is not."""
    import json

    paragraphs = ["2024年,全市地区生产总值增长5.5%,总量达到2500亿元。" + "经济运行稳中有进," * 12,
                  "2025年主要预期目标:地区生产总值增长5%左右。" + "各项事业全面进步," * 12]
    state = {"article": {"title": "政府工作报告",
                         "content": "".join(f"<p>{p}</p>" for p in paragraphs)}}
    page = ("<html><body><nav>首页 政务公开 新闻中心</nav><div id=\"app\">加载中…</div>"
            "<footer>主办:某市人民政府 电话:0663-1234567</footer><script>window.__INITIAL_STATE__ = "
            + json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
            + ";</script><script>var nav=[{\"name\":\"首页\",\"visits\":12345}];</script></body></html>")
    (tmp_path / "spa.html").write_text(page, "utf-8")
    doc = read(tmp_path / "spa.html")
    assert doc.text.splitlines() == paragraphs
    assert doc.meta["embedded"] is True


def test_rtf_as_word_writes_it(tmp_path):
    """RTF as Word writes it: GBK bytes (\\'b5\\'d8) in a \\ansicpg936 document, Unicode escapes
    whose fallback is skipped, a figure split over runs, a table row with a cell merged down and
    a cell of two paragraphs, a footnote after the paragraph citing it; the page header, a
    field's code, a bookmark and text a revision deleted are left out."""
    def gbk(s):
        return "".join(f"\\'{b:02x}" for b in s.encode("gbk"))

    def uni(s):
        return "".join(f"\\u{ord(c)}?" for c in s)

    rtf = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + gbk("宋体") + ";}}"
           "{\\info{\\title " + gbk("某市目标任务分解") + "}{\\author x}}"
           "{\\header \\pard " + gbk("某市人民政府办公室文件") + "\\par}"
           "\\pard\\plain\\uc1 " + gbk("地区生产总值增长") + "{6.5}{%" + gbk("左右") + "}"
           "{\\deleted " + gbk("增长7%") + "}{\\*\\bkmkstart _Toc1}" + uni("。")
           + "{\\super\\chftn}{\\footnote\\pard\\plain " + gbk("注：全市新建5G基站3000个。") + "}\\par"
           "\\trowd\\clvmgf\\cellx1000\\cellx5000\\cellx8000"
           "\\pard\\intbl 1\\cell\\pard\\intbl " + uni("新增就业1.2万人") + "\\par\\pard\\intbl "
           + gbk("城镇调查失业率5.5%以内") + "\\cell\\pard\\intbl " + gbk("市人社局") + "\\cell\\row"
           "\\trowd\\clvmrg\\cellx1000\\cellx5000\\cellx8000"
           "\\pard\\intbl\\cell\\pard\\intbl {\\field{\\*\\fldinst PAGE}{\\fldrslt 2}}"
           + gbk("万人") + "\\cell\\pard\\intbl " + gbk("市发改委") + "\\cell\\row"
           "\\pard\\plain " + gbk("完毕") + "\\par}")
    path = tmp_path / "breakdown.rtf"
    path.write_bytes(rtf.encode("ascii"))
    doc = read(path)
    assert (doc.meta, doc.encoding) == ({"format": "rtf", "title": "某市目标任务分解"}, "gbk")
    assert doc.text.split("\n") == [
        "地区生产总值增长6.5%左右。", "注：全市新建5G基站3000个。",
        "1\t新增就业1.2万人\u2029城镇调查失业率5.5%以内\t市人社局",
        "1\t2万人\t市发改委", "完毕"]


def test_rtf_table_cell_spanning_columns_keeps_the_columns(tmp_path):
    """A header cell spanning two columns (its right edge past the next column's) is followed
    by a blank cell, so the row below lines up under it, as the Word reader writes it."""
    rtf = ("{\\rtf1\\ansi\\ansicpg936 "
           "\\trowd\\cellx1000\\cellx5000\\cellx7000"
           "\\intbl A\\cell\\intbl B\\cell\\intbl C\\cell\\row"
           "\\trowd\\cellx1000\\cellx3000\\cellx5000\\cellx7000"
           "\\intbl 1\\cell\\intbl 2\\cell\\intbl 3\\cell\\intbl 4\\cell\\row}")
    path = tmp_path / "t.rtf"
    path.write_bytes(rtf.encode())
    assert read(path).text.split("\n") == ["A\tB\t\tC", "1\t2\t3\t4"]


def test_report_in_traditional_characters_reads_as_in_simplified():
    """A page saved from a portal's 繁體 version: the same targets and outcomes as the
    simplified text (徐州 2024 converted by OpenCC), quoted as the traditional text has them."""
    import opencc

    meta = _meta(XUZHOU)
    text, ref = extract_catalogued(XUZHOU)
    trad = opencc.OpenCC("s2t").convert(text)
    assert len(trad) == len(text) and "地區生產總值" in trad
    ext = extract_document(trad, meta)
    assert len(ref.targets) > 50
    for got, want in ((ext.targets, ref.targets), (ext.outcomes, ref.outcomes)):
        pd.testing.assert_frame_equal(got.drop(columns=["text"]), want.drop(columns=["text"]))
        assert (got["text"] == [trad[a:b] for a, b in zip(got["char_start"], got["char_end"])]).all()


def test_text_copied_from_a_pdf_whose_fonts_map_to_radicals():
    """Text from a PDF whose fonts map characters to CJK radicals (增⻓ with U+2ED3, ⽣产 with a
    Kangxi radical, ⻔ for 门) reads as the plain text does, quoted as copied."""
    meta = _meta(XUZHOU)
    text, ref = extract_catalogued(XUZHOU)
    odd = text.translate(str.maketrans({"长": "⻓", "生": "⽣", "门": "⻔", "人": "⼈", "见": "⻅"}))
    assert odd.count("⻓") > 20 and "增长" not in odd
    ext = extract_document(odd, meta)
    for got, want in ((ext.targets, ref.targets), (ext.outcomes, ref.outcomes)):
        pd.testing.assert_frame_equal(got.drop(columns=["text"]), want.drop(columns=["text"]))


def test_html_note_marks_after_figures_are_not_digits():
    """增长6.5%<sup>1</sup>: a superscript mark referring to a note is dropped; m<sup>2</sup> is
    kept (a unit's letter before it, not a figure)."""
    from govdata.formats.html import read_html

    page = ("<html><body><p>地区生产总值增长6.5%<sup>1</sup>，新增绿地150万m<sup>2</sup>，"
            "增长8%<sup>[2]</sup>。</p><p>注：1按可比价计算</p></body></html>")
    text = read_html(page.encode(), "notes.html")[0]
    assert "增长6.5%，新增绿地150万m2，增长8%。" in text


def _as_windows_latin(raw: bytes) -> str:
    """Bytes read one by one as cp1252 (Latin-1 where cp1252 has no character), as a program
    that mistakes Chinese text for Western text reads it."""
    out = []
    for b in raw:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_mojibake_is_repaired_from_either_encoding(tmp_path, encoding):
    from govdata.read import read

    clean = "政府工作报告\n" + "全市地区生产总值增长5.6%，规模以上工业增加值增长7.1%。" * 12
    path = tmp_path / "garbled.txt"
    path.write_text(_as_windows_latin(clean.encode(encoding)), encoding="utf-8")
    doc = read(path)
    assert doc.text == clean and "repaired" in doc.encoding


def test_western_text_is_not_taken_for_mojibake(tmp_path):
    from govdata.formats.text import repaired_mojibake

    assert repaired_mojibake("Café crème brûlée à la française, naïve façade. " * 40) == ""


def test_chart_cache_read_as_one_sentence_per_point():
    """A chart's figures are only in its cache: one sentence a point, dated by a year's or a
    quarter's category, in the unit of the series (增速(%)) or of the title (…(亿元)), as its
    number format shows it (0.0%: 0.051 → 5.1%); a series named by a measure alone is of the
    title's indicator."""
    from lxml import etree

    from govdata.formats.ooxml import chart_lines

    def series(name, cats, values, code="General"):
        pts = "".join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i, c in enumerate(cats))
        vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
        return (f"<c:ser><c:tx><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>{name}</c:v></c:pt>"
                f"</c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:strCache>{pts}</c:strCache>"
                f"</c:strRef></c:cat><c:val><c:numRef><c:numCache><c:formatCode>{code}"
                f"</c:formatCode>{vals}</c:numCache></c:numRef></c:val></c:ser>")

    xml = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title>'
           '<c:tx><c:rich><a:p><a:r><a:t>2022—2024年地区生产总值（亿元）</a:t></a:r></a:p></c:rich>'
           '</c:tx></c:title><c:plotArea><c:barChart>'
           + series("地区生产总值", ["2023年", "2024年"], ["4753.9", "4986.9000000000005"])
           + "</c:barChart><c:lineChart>"
           + series("增速(%)", ["2023年", "2024年"], ["0.051", "0.056"], "0.0%")
           + series("增速(%)", ["一季度", "上半年"], ["5.8", "6"])
           + "</c:lineChart></c:plotArea></c:chart></c:chartSpace>")
    assert chart_lines(etree.fromstring(xml.encode())) == [
        "2022—2024年地区生产总值（亿元）：",
        "2023年地区生产总值4753.9亿元。", "2024年地区生产总值4986.9亿元。",
        "2023年地区生产总值增速5.1%。", "2024年地区生产总值增速5.6%。",
        "一季度地区生产总值增速5.8%。", "上半年地区生产总值增速6%。"]


def _ods(content_body: str, styles: str = "") -> bytes:
    """An OpenDocument spreadsheet package around ``content_body`` (the office:spreadsheet)."""
    import io

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles><office:body>"
               f"<office:spreadsheet>{content_body}</office:spreadsheet></office:body>"
               "</office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_opendocument_spreadsheet_reads_as_the_sheet_shows_it(tmp_path):
    """An .ods: cells as shown (the display text, not the stored 0.065), repeated cells and rows
    expanded but not LibreOffice's million empty rows, a category merged down repeated in the
    rows it covers, a two-row header joined, a comment, a hidden row, column and sheet left out."""
    def cell(text, **attrs):
        extra = " ".join(f'table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
        return f"<table:table-cell {extra}><text:p>{text}</text:p></table:table-cell>"

    covered, hide = "<table:covered-table-cell/>", ' table:visibility="collapse"'
    rows = [
        cell("序号", number_rows_spanned=2) + cell("指标", number_rows_spanned=2)
        + cell("2025年目标", number_columns_spanned=2) + covered
        + cell("牵头单位", number_rows_spanned=2),
        covered + covered + cell("预期目标") + cell("力争目标") + covered,
        cell("1") + cell("地区生产总值增长") + '<table:table-cell office:value-type="percentage" '
        'office:value="0.055"><text:p>5.5%</text:p><office:annotation><text:p>市统计局测算7%'
        "</text:p></office:annotation></table:table-cell>" + cell("6%") + cell("市发展改革委"),
        cell("2") + cell("草稿行") + cell("99%") + cell("99%") + cell("某局"),
        cell("3") + cell("一般公共预算收入增长") + cell("5%") + cell("")
        + cell("市财政局"),
    ]
    body = ('<table:table table:name="目标"><table:table-column table:number-columns-repeated="5"/>'
            '<table:table-column table:visibility="collapse"/>'
            + "".join(f"<table:table-row{hide if i == 3 else ''}>"
                      f"{r}{cell('隐藏列') if i == 2 else ''}"
                      '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>'
                      for i, r in enumerate(rows))
            + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row></table:table>'
            '<table:table table:name="草稿" table:style-name="ta2"><table:table-row>'
            + cell("指标") + cell("目标") + cell("牵头单位") + "</table:table-row></table:table>")
    hidden = ('<style:style style:name="ta2" style:family="table"><style:table-properties '
              'table:display="false"/></style:style>')
    path = tmp_path / "t.ods"
    path.write_bytes(_ods(body, hidden))
    doc = read(path)
    assert doc.meta["format"] == "ods"
    wb = openpyxl.Workbook()  # the same sheet as Excel would save it
    ws = wb.active
    for row in (["序号", "指标", "2025年目标", None, "牵头单位"], [None, None, "预期目标", "力争目标"],
                [1, "地区生产总值增长", 0.055, "6%", "市发展改革委", "隐藏列"],
                [2, "草稿行", "99%", "99%", "某局"], [3, "一般公共预算收入增长", "5%", None, "市财政局"]):
        ws.append(row)
    for merged in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        ws.merge_cells(merged)
    ws["C3"].number_format = "0.0%"
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["F"].hidden = True
    wb.create_sheet("草稿").append(["指标", "目标", "牵头单位"])
    wb["草稿"].sheet_state = "hidden"
    wb.save(tmp_path / "t.xlsx")
    assert doc.text == read(tmp_path / "t.xlsx").text
    lines = doc.text.split("\n")
    assert len(lines) == 3 and "5.5%" in lines[1] and "6%" in lines[1]
    assert not any(w in doc.text for w in ("草稿", "隐藏列", "7%"))


@pytest.mark.parametrize("name", ["deqing-2023-completion", "zhaoqing-2024-completion-hidden",
                                  "luan-2024-county-indicators-3row",
                                  "jingmen-2024-quarterly-targets"])
def test_excel_workbook_saved_as_opendocument_reads_as_its_xlsx(name):
    """The .xlsx fixtures saved by LibreOffice as OpenDocument spreadsheets (.ods: its repeated
    cells and rows, covered cells, hidden rows and sheets, percentage cells) give the .xlsx's
    targets and outcomes — a completion table, one with hidden rows, columns and a hidden
    sheet, a three-row header, quarterly target columns."""
    from govdata.detect import detect_meta

    unseen = PROJ_ROOT / "tests" / "fixtures" / "unseen"
    keys = ["indicator", "measure", "value", "qualifier", "year"]

    def rows(path):
        doc = read(path)
        ext = extract_document(doc.text, detect_meta(doc.text, unseen / f"{name}.xlsx"))
        return doc, pd.concat([ext.targets.assign(kind="t"), ext.outcomes.assign(kind="o")])[
            ["kind", *keys]].astype(str).sort_values(["kind", *keys]).reset_index(drop=True)

    (ods, got), (_xlsx, want) = rows(unseen / f"{name}.ods"), rows(unseen / f"{name}.xlsx")
    assert ods.meta["format"] == "ods"
    assert len(want) > 50
    pd.testing.assert_frame_equal(got, want)


def test_word_reads_an_excel_worksheet_pasted_as_an_object(tmp_path):
    """A table pasted into Word as an Excel worksheet object (选择性粘贴 → 工作表对象) shows only a
    picture in Word; its cells are in the embedded workbook, which is read in the object's
    place. A 97–2003 object that is no workbook leaves only its picture (no text, no error)."""
    import io

    import docx
    import openpyxl
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["指标", "单位", "2024年目标", "2024年完成"], ["地区生产总值增长", "%", "6左右", 5.8],
                ["城镇新增就业", "万人", "5以上", 5.3]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    d = docx.Document()
    d.add_paragraph("2024年主要指标完成情况如下表：")
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    for i, blob in enumerate((buf.getvalue(), b"not a workbook")):
        part = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{i}.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob,
                    d.part.package)
        rid = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/"
                                     "relationships/package")
        d.add_paragraph()._p.append(parse_xml(
            f'<w:r {ns}><w:object><v:shape id="s{i}" style="width:400pt;height:90pt"/>'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="s{i}" r:id="{rid}"/>'
            f'</w:object></w:r>'))
    d.add_paragraph("以上数据为快报数。")
    d.save(tmp_path / "pasted.docx")
    lines = read(tmp_path / "pasted.docx").text.splitlines()
    assert lines[0] == "2024年主要指标完成情况如下表：" and lines[-1] == "以上数据为快报数。"
    row = next(ln for ln in lines if "地区生产总值增长" in ln).split("\t")
    assert {"5.8", "6左右", "%"} <= set(row)  # (the workbook's columns, as an Excel file's are read)
    assert any("城镇新增就业" in ln and "5.3" in ln for ln in lines)
    assert lines.count("") == 2  # each object parted from the text; the second gave no line
