"""read: bytes on disk → decoded text (plus what the file itself says about it).

The decoded text is the reference for provenance: every ``char_start``/``char_end`` in the
tidy tables is an offset into the string returned here, before any normalisation.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError

# Decoders tried in order when the file has no byte-order mark. GB18030 is a superset of GBK
# and GB2312, so one attempt covers all three.
_FALLBACK_ENCODINGS = ("utf-8", "gb18030")


@dataclass(frozen=True)
class Document:
    """A decoded document: its text and whatever metadata the reader found."""

    path: Path
    text: str
    encoding: str
    meta: dict = field(default_factory=dict)


def _looks_binary(data: bytes) -> bool:
    """True when bytes contain NULs or many control characters (not a text file)."""
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are accepted; anything
    else raises :class:`DocumentError` naming the file.
    """
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; replace it with the document's text")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: starts with a {enc} byte-order mark but is not "
                                    f"valid {enc} ({exc.reason}); re-save it as UTF-8") from None
    if _looks_binary(data):
        raise DocumentError(f"{name}: this is not a text document (binary content); "
                            "convert it to text, DOCX, HTML, XLSX or PDF")
    for enc in _FALLBACK_ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise DocumentError(f"{name}: the text encoding could not be detected (not UTF-8 or "
                        "GB18030/GBK); re-save the file as UTF-8")


def read(path: str | Path) -> Document:
    """Read one document from disk into a :class:`Document`.

    Args:
        path: the file to read.

    Raises:
        DocumentError: the file is missing, unreadable, empty or not text.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found; check the path") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror}); check permissions") from None
    text, encoding = decode_bytes(data, str(path))
    return Document(path=path, text=text, encoding=encoding)
