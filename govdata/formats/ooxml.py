"""ooxml: vet a Word or Excel file (a zip of XML parts) before any library parses it.

Three checks, all cheap: the zip's central directory can be read (a truncated download
cannot); the sizes it declares unpacked stay under a cap (a zip bomb declares gigabytes,
and Python's zipfile never inflates a member past its declared size); and no XML part
declares a DTD (Office never writes one; a "billion laughs" file needs one to define its
entities). Parsing stops at each part's root element, so a large part costs almost nothing.
Also the text of DrawingML, which Word (SmartArt, charts) and PowerPoint (every shape) share.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import DocumentError

MAX_PARTS = 10_000
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"  # DrawingML


def drawing_paragraphs(el) -> list[str]:
    """The non-empty paragraphs (``a:p``) of a DrawingML text body: a shape's, a table cell's,
    a SmartArt point's."""
    return [t for p in el.iter(A + "p") if (t := "".join(x.text or "" for x in p.iter(A + "t")).strip())]


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
