"""Web archives (``.mht``, ``.mhtml``): a page a browser saved as one file (Chrome and Edge
“Webpage, single file”, Internet Explorer and Word “Web archive”).

An archive is a MIME message (RFC 2557, ``multipart/related``): the page's HTML is one part
and its pictures, style sheets and scripts are others. The page part is decoded with the
standard library's ``email`` package (quoted-printable or base64) and read exactly as a saved
web page is (:func:`govdata.formats.html.read_html`), so the article is kept and the portal's
menus dropped; the rest of the archive is ignored.
"""

from __future__ import annotations

import email
import email.policy
import re

from ..errors import DocumentError

_MIME_VERSION = re.compile(rb"(?im)^MIME-Version:")
_RELATED = re.compile(rb"(?i)multipart/related")


def looks_like_mhtml(data: bytes) -> bool:
    """True when the file starts with the headers of a MIME ``multipart/related`` message."""
    head = data[:4096]
    return bool(_MIME_VERSION.search(head) and _RELATED.search(head))


def page_part(data: bytes, name: str) -> tuple[bytes, str | None, str]:
    """The archived page: its HTML bytes, the charset its part header names (if any) and the
    address it was saved from (if recorded).

    The page is the part the message's ``start`` parameter names, else its first HTML part.
    """
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in msg.walk() if not p.is_multipart()]
    start = msg.get_param("start")
    root = None
    if start:
        root = next((p for p in parts if p.get("Content-ID", "").strip() == start.strip()), None)
    if root is None:
        root = next((p for p in parts if p.get_content_type() == "text/html"), None)
    if root is None:
        raise DocumentError(f"{name}: a web archive with no web page inside (only pictures or "
                            "styles); open it in a browser and save it as “Webpage, HTML only”")
    html = root.get_payload(decode=True) or b""
    location = (msg.get("Snapshot-Content-Location") or root.get("Content-Location") or "").strip()
    return html, root.get_content_charset(), location


def read_mhtml(data: bytes, name: str) -> tuple[str, dict]:
    """Reader for web archives: ``(text, meta)`` as :func:`~govdata.formats.html.read_html`
    gives for the page inside, with ``format`` ``mhtml`` and the page's address as ``url``."""
    from .html import read_html

    html, charset, location = page_part(data, name)
    text, meta = read_html(html, name, charset=charset)
    meta["format"] = "mhtml"
    if location:
        meta["url"] = location
    return text, meta
