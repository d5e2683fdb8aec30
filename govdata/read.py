"""read: a file on disk → decoded text (plus what the file itself says about it).

One function, :func:`read`, for every format. The format is told from the file's content,
not its extension (a portal's ``.doc`` download that is really a web page is read as HTML):
a zip holding ``word/`` is Word, one holding ``xl/`` is Excel, an OLE2 file holding a
``WordDocument`` or ``Workbook`` stream is Word or Excel 97–2003, ``%PDF`` is a PDF, a MIME
``multipart/related`` message is a web archive (a page saved as one file), a file opening with
``<html``, ``<!doctype``, ``<meta`` … is a web page, anything else is text. The
readers live in :mod:`govdata.formats`, one module each.

The text returned is the reference for provenance: every ``char_start``/``char_end`` in the
tidy tables is an offset into it, before any normalisation. For Word, Excel, HTML and PDF it
is the text the reader produced (``govdata show DOC`` prints it).

Files larger than ``GOVDATA_MAX_MB`` megabytes (default 25) are refused with a clear error
rather than read slowly into memory; Word and Excel files may unpack to at most eight times
that, and the text read from any file may be at most that size.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError, GovdataError
from .formats.text import decode_bytes  # noqa: F401  (re-exported: read.decode_bytes)

DEFAULT_MAX_MB = 25.0
UNPACK_FACTOR = 8
FORMATS = ("text", "csv", "json", "markdown", "html", "mhtml", "docx", "xlsx", "doc", "xls", "pdf", "rtf",
           "odt", "ods", "ofd", "pptx")


@dataclass(frozen=True)
class Document:
    """A decoded document: its text and whatever metadata the reader found.

    ``meta`` always has ``format`` (one of :data:`FORMATS`) and, when the file says so,
    ``title``, ``published`` (ISO date) and ``publisher``. ``encoding`` is the character
    encoding the bytes were decoded from (``utf-8`` inside Word and Excel files, empty for a
    PDF, whose text comes from its fonts' Unicode maps).
    """

    path: Path
    text: str
    encoding: str
    meta: dict = field(default_factory=dict)


def max_bytes() -> int:
    """The size limit for one document, from ``GOVDATA_MAX_MB`` (default 25 MB)."""
    raw = os.environ.get("GOVDATA_MAX_MB", "")
    try:
        mb = float(raw) if raw.strip() else DEFAULT_MAX_MB
    except ValueError:
        raise GovdataError(f"GOVDATA_MAX_MB={raw!r} is not a number; set it to megabytes, "
                           "e.g. GOVDATA_MAX_MB=50") from None
    return int(mb * 2**20)


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word/Excel/WPS 97–2003, or a protected .docx
_REFUSED = (
    (b"\x89PNG", "an image, not a document; run OCR on it or find the text version"),
    (b"\xff\xd8\xff", "an image, not a document; run OCR on it or find the text version"),
    (b"GIF8", "an image, not a document; run OCR on it or find the text version"),
    (b"II*\x00", "an image (TIFF scan), not a document; run OCR on it"),
    (b"MM\x00*", "an image (TIFF scan), not a document; run OCR on it"),
)


def sniff(data: bytes, name: str) -> str:
    """The format of a file from its content: one of :data:`FORMATS`.

    Raises:
        DocumentError: a format govdata does not read (Word 6/95, PowerPoint, images,
            archives, a file protected with a password),
            with what to convert it to.
    """
    from .formats.html import looks_like_html
    from .formats.mhtml import looks_like_mhtml
    from .formats.rtf import looks_like_rtf

    for magic, what in _REFUSED:
        if data.startswith(magic):
            raise DocumentError(f"{name}: this is {what}")
    if looks_like_rtf(data):
        return "rtf"
    if data.startswith(_OLE2):
        from .formats.legacy import ole_format

        return ole_format(data, name)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_format(data, name)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if looks_like_mhtml(data):
        return "mhtml"
    if looks_like_html(data):
        return "html"
    return "text"


def _zip_format(data: bytes, name: str) -> str:
    from .formats.ooxml import open_zip

    names = [n.lower() for n in open_zip(data, name).namelist()]
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "ofd.xml" in names:  # (GB/T 33190: China's fixed-layout format)
        return "ofd"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "mimetype" in names:
        from .formats.ods import is_ods
        from .formats.odt import is_odt

        if is_odt(names, data):
            return "odt"
        if is_ods(names, data):
            return "ods"
        raise DocumentError(f"{name}: this is an OpenDocument (LibreOffice/WPS) presentation or "
                            "drawing; save it as .pptx, or export it as PDF")
    raise DocumentError(f"{name}: this is a zip archive, not a document; unzip it and read the "
                        "files inside")


def _reader(fmt: str):
    """The reader function of one format: ``(data, name, limit) -> (text, meta)``."""
    if fmt == "docx":
        from .formats.docx import read_docx

        return lambda data, name, limit: read_docx(data, name, UNPACK_FACTOR * limit)
    if fmt == "xlsx":
        from .formats.xlsx import read_xlsx

        return lambda data, name, limit: read_xlsx(data, name, UNPACK_FACTOR * limit)
    if fmt in ("doc", "xls"):
        from .formats.legacy import read_doc, read_xls

        reader = read_doc if fmt == "doc" else read_xls
        return lambda data, name, limit: reader(data, name)
    if fmt == "pptx":
        from .formats.pptx import read_pptx

        return lambda data, name, limit: read_pptx(data, name, UNPACK_FACTOR * limit)
    if fmt == "ofd":
        from .formats.ofd import read_ofd

        return lambda data, name, limit: read_ofd(data, name, UNPACK_FACTOR * limit)
    if fmt == "odt":
        from .formats.odt import read_odt

        return lambda data, name, limit: read_odt(data, name, UNPACK_FACTOR * limit)
    if fmt == "ods":
        from .formats.ods import read_ods

        return lambda data, name, limit: read_ods(data, name, UNPACK_FACTOR * limit)
    if fmt == "rtf":
        from .formats.rtf import read_rtf

        return lambda data, name, limit: read_rtf(data, name)
    if fmt == "pdf":
        from .formats.pdf import read_pdf

        return lambda data, name, limit: read_pdf(data, name)
    if fmt == "html":
        from .formats.html import read_html

        return lambda data, name, limit: read_html(data, name)
    if fmt == "mhtml":
        from .formats.mhtml import read_mhtml

        return lambda data, name, limit: read_mhtml(data, name)
    from .formats.text import read_text

    return lambda data, name, limit: read_text(data, name)


def _load(path: Path, limit: int) -> bytes:
    """The file's bytes, after checking it exists and is within the size limit."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(f"{path}: is a folder, not a document; name a file in it")
        if size > limit:
            raise DocumentError(
                f"{path}: {size / 2**20:,.1f} MB is over the {limit / 2**20:,.0f} MB limit for one "
                "document; split it into parts, or raise the limit with GOVDATA_MAX_MB="
                f"{size / 2**20 + 1:.0f} if it really is one document")
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found; check the path") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied; make the file readable") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror}); check the file") from None


def read(path: str | Path) -> Document:
    """Read one document from disk into a :class:`Document`, whatever its format.

    Args:
        path: the file to read (text, HTML, web archive, DOCX, XLSX, DOC, XLS or PDF).

    Raises:
        DocumentError: the file is missing, too large, empty, damaged, in a format or encoding
            govdata does not read, or holds no text; the message names the file and the fix.
    """
    path = Path(path)
    limit = max_bytes()
    data = _load(path, limit)
    name = str(path)
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; replace it with the document")
    fmt = sniff(data, name)
    try:
        text, meta = _reader(fmt)(data, name, limit)
    except GovdataError:
        raise
    except MemoryError:
        raise DocumentError(f"{name}: too large to read in memory; split the document") from None
    except Exception as exc:  # a library's own error on a damaged file
        raise DocumentError(f"{name}: could not be read as {fmt.upper()} — the file looks damaged "
                            f"({type(exc).__name__}: {str(exc)[:120]}); open it and save it "
                            "again, or download it again") from exc
    if not text.strip():
        raise DocumentError(f"{name}: no text found in this {fmt.upper()} file; check that it "
                            "is the document itself (not a cover page or an image)")
    if len(text.encode("utf-8")) > limit:
        raise DocumentError(f"{name}: its text is over the {limit / 2**20:,.0f} MB limit for one "
                            "document; split it into parts, or raise GOVDATA_MAX_MB")
    encoding = meta.pop("encoding", "")
    return Document(path=path, text=text, encoding=encoding, meta=meta)
