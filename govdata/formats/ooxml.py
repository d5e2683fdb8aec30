"""ooxml: vet a Word or Excel file (a zip of XML parts) before any library parses it.

Three checks, all cheap: the zip's central directory can be read (a truncated download
cannot); the sizes it declares unpacked stay under a cap (a zip bomb declares gigabytes,
and Python's zipfile never inflates a member past its declared size); and no XML part
declares a DTD (Office never writes one; a "billion laughs" file needs one to define its
entities). Parsing stops at each part's root element, so a large part costs almost nothing.
Also the text of DrawingML, which Word (SmartArt, charts) and PowerPoint (every shape, charts)
share.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import DocumentError

MAX_PARTS = 10_000
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"  # DrawingML
CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def drawing_paragraphs(el) -> list[str]:
    """The non-empty paragraphs (``a:p``) of a DrawingML text body: a shape's, a table cell's,
    a SmartArt point's."""
    return [t for p in el.iter(A + "p") if (t := "".join(x.text or "" for x in p.iter(A + "t")).strip())]


def chart_lines(root) -> list[str]:
    """The figures of a chart part (``c:chartSpace``), whose values a designer drew instead of
    writing: its title as a heading (…：), then one sentence per point naming the series and the category
    (2020年地区生产总值10158.66亿元。; a year's or a quarter's category dates it). The values are
    the chart's cache, shown as its number format shows them (0.0%: 0.065 → 6.5%)."""
    from .xlsx import shown_number

    title = "".join(t.text or "" for tt in root.iter(CHART + "title") for t in tt.iter(A + "t")).strip()
    lines = [title + "："] if title else []  # (a heading over its points, never joined to them)
    for ser in root.iter(CHART + "ser"):
        raw = "".join(v.text or "" for tx in ser.findall(CHART + "tx") for v in tx.iter(CHART + "v")).strip()
        name, unit = series_name(raw, title)
        cats = {pt.get("idx"): "".join(v.text or "" for v in pt.iter(CHART + "v")).strip()
                for cat in ser.findall(CHART + "cat") for pt in cat.iter(CHART + "pt")}
        for val in ser.findall(CHART + "val"):
            code = "".join(f.text or "" for f in val.iter(CHART + "formatCode")).strip()
            for pt in val.iter(CHART + "pt"):
                cat = cats.get(pt.get("idx"), "")
                text = "".join(v.text or "" for v in pt.iter(CHART + "v")).strip()
                try:
                    shown = shown_number(float(text), pt.get("formatCode") or code or "General")
                except ValueError:
                    shown = text
                shown += "" if shown.endswith("%") or not unit else unit
                lines.append((cat + name if _PERIOD_CATEGORY.search(cat) else name + cat)
                             + shown + "。")
    return lines


def series_name(raw: str, title: str) -> tuple[str, str]:
    """The indicator and unit of a chart series from its name and the chart's title.

    The unit is the series' own bracketed one (增速(%)), else the one the title gives the part
    naming the series (地区生产总值（亿元）及增速（%）), else the title's only one. The name is
    completed from the title when it says too little: a measure alone (增速) is of the title's
    indicator (地区生产总值增速); a group (城镇居民) takes the rest of the title's indicator
    (城乡居民人均可支配收入 → 城镇居民人均可支配收入); an indicator under a title of one measure
    (主要指标累计增速（%）) takes that measure (地区生产总值增速). 其中： is left out.
    """
    parts = [(_PERIOD_SPAN.sub("", part).strip(), unit) for part, unit in _TITLE_UNIT.findall(title)]
    plain = _PERIOD_SPAN.sub("", _ANY_BRACKET.sub("", title)).strip()
    names = [n for n in _JOINED.split(plain) if n]
    bracket = _BRACKETED_UNIT.search(raw)
    name = _SUB_ITEM.sub("", _PERIOD_SPAN.sub("", _BRACKETED_UNIT.sub("", raw or title))).strip()
    if bracket:
        unit = bracket.group(1)
    else:
        units = {u for _p, u in parts}
        unit = next((u for p, u in parts if name and name in p), units.pop() if len(units) == 1 else "")
    head = names[0] if names else ""
    if not head or name == head:
        return name, unit
    if _MEASURE_ONLY.fullmatch(name):  # (a rate or a share: in percent unless it says)
        return (name if head.endswith(name) else head + name), unit if bracket else "%"
    at = head.find(name[-2:], 1) if 2 < len(name) <= 6 else -1
    if at > 0 and not head.endswith(name[-2:]):  # 城镇居民 under 城乡居民人均可支配收入
        return name + head[at + 2:], unit
    measure = _MEASURE_END.search(head)
    if len(names) == 1 and measure and not name.endswith(measure.group(1)):
        return name + measure.group(1), unit  # 地区生产总值 under 主要指标累计增速
    return name, unit


_BRACKETED_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]$")
_TITLE_UNIT = re.compile(r"([^()（）]+?)[(（]([^()（）]{1,8})[)）]")
_ANY_BRACKET = re.compile(r"[(（][^()（）]{1,8}[)）]")
_JOINED = re.compile(r"及|和|与|、")
_SUB_ITEM = re.compile(r"^其中[:：]?")
_PERIOD_SPAN = re.compile(r"^(?:19|20)\d{2}\s*[-—~至]+\s*(?:19|20)\d{2}年|^(?:19|20)\d{2}年")  # the chart's span or year
_PERIOD_CATEGORY = re.compile(r"年|月|季度")
_MEASURE_ONLY = re.compile(r"(?:同比)?(?:增速|增长|增幅|增长率|比重|占比|累计增速)")
_MEASURE_END = re.compile(r"(增速|增长率|增幅|比重|占比)$")


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open zip bytes, or raise :class:`DocumentError` saying the file is damaged."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise DocumentError(f"{name}: the file is damaged or truncated (its zip structure is "
                            f"broken: {exc}); download or save it again") from None


def check_package(data: bytes, name: str, max_unpacked: int) -> None:
    """Raise :class:`DocumentError` unless the package is safe to hand to a parser.

    Args:
        data: the file's bytes.
        name: the file name, for messages.
        max_unpacked: the largest total unpacked size allowed, in bytes.
    """
    zf = open_zip(data, name)
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise DocumentError(f"{name}: holds {len(infos)} parts, more than any Office document "
                            f"(limit {MAX_PARTS}); it is not a document govdata can read")
    total = sum(i.file_size for i in infos)
    if total > max_unpacked:
        raise DocumentError(
            f"{name}: unpacks to {total / 2**20:,.0f} MB, over the {max_unpacked / 2**20:,.0f} MB "
            "limit (a zip bomb or an oversized document); split the document, or raise the "
            "limit with GOVDATA_MAX_MB if you trust the file")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            _check_xml_part(zf, info, name)


def _check_xml_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Parse one XML part up to its root element with DTDs forbidden."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        with zf.open(info) as stream:
            for _ in iterparse(stream, events=("start",), forbid_dtd=True):
                break
    except DefusedXmlException:
        raise DocumentError(f"{name}: its part {info.filename} declares a DTD or XML entities, "
                            "which Word and Excel never write (an XML-bomb attempt or a "
                            "tampered file); refusing to parse it — re-save the original in "
                            "Word or Excel") from None
    except (ParseError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise DocumentError(f"{name}: the file is damaged ({info.filename}: {exc}); open and "
                            "re-save it in Word or Excel, or download it again") from None
