"""ofd: OFD files (GB/T 33190), China's fixed-layout format, as government portals publish.

An OFD is a zip of XML: ``OFD.xml`` names the document's root, which lists its pages; each
page's ``Content.xml`` holds text objects placed on the page (``TextObject`` with a
``Boundary`` in millimetres, a font ``Size``, and ``TextCode`` runs whose ``X``/``Y`` place the
first glyph's baseline and whose ``DeltaX`` spaces the glyphs after it, ``g 5 4.9`` meaning
five advances of 4.9). Writers cut the text anywhere: a line per object, a number its own
object, a character per object. The reader places every glyph, groups them into printed lines
by baseline, and then reads the lines as the PDF reader does (:mod:`.pdf`): wrapped lines
joined into paragraphs, page numbers and running headers dropped, a table row's cells (parted
by a wide gap) joined by tabs. Annotations and signatures (stamps) are not read. The package
is vetted by :func:`~govdata.formats.ooxml.check_package` before any XML in it is parsed.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from ..errors import DocumentError
from .ooxml import check_package
from .pdf import Line, align_cells, cells_text, drop_furniture, paragraphs

OFD = "{http://www.ofdspec.org/2016}"
_ASCENT = 0.88  # of the font size: how far above its baseline a glyph's top stands
_SAME_LINE = 0.4  # of the font size: baselines closer than this are one printed line
_SPACE = 0.6  # of the font size: a gap this wide between two glyphs is a space



def read_ofd(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for OFD files: ``(text, meta)`` with ``title`` from the document's DocInfo."""
    from lxml import etree

    check_package(data, name, max_unpacked)
    zf = zipfile.ZipFile(io.BytesIO(data))
    members = {n.lower().lstrip("/"): n for n in zf.namelist()}
    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def part(path: str):
        key = posixpath.normpath(path).lower().lstrip("/")
        if key not in members:
            raise DocumentError(f"{name}: the OFD file lacks its part {path}; download or "
                                "export it again")
        return etree.parse(io.BytesIO(zf.read(members[key])), parser).getroot()

    root = part("OFD.xml")
    body = root.find(f"{OFD}DocBody")
    doc_root = (body.findtext(f"{OFD}DocRoot") or "").strip() if body is not None else ""
    if not doc_root:
        raise DocumentError(f"{name}: the OFD file names no document (DocRoot); export it again")
    document = part(doc_root)
    base = posixpath.dirname(doc_root)
    pages = []
    for page in document.iter(f"{OFD}Page"):
        loc = page.get("BaseLoc")
        if loc:
            pages.append(page_lines(part(posixpath.join(base, loc))))
    if not any(pages):
        raise DocumentError(f"{name}: the OFD file holds no text (its pages are images); run "
                            "OCR on it first and read the result")
    meta = {"format": "ofd", "encoding": "utf-8", "pages": len(pages)}
    title = body.findtext(f"{OFD}DocInfo/{OFD}Title") if body is not None else None
    if title and title.strip():
        meta["title"] = title.strip()
    return "\n".join(paragraphs(drop_furniture(pages))), meta


def page_lines(page) -> list[Line]:
    """The printed lines of one page's content, top to bottom."""
    glyphs = sorted((g for obj in page.iter(f"{OFD}TextObject") for g in _glyphs(obj)),
                    key=lambda g: (g["baseline"], g["x0"]))
    rows: list[list[dict]] = []
    for g in glyphs:
        if rows and abs(g["baseline"] - rows[-1][0]["baseline"]) <= _SAME_LINE * g["size"]:
            rows[-1].append(g)
        else:
            rows.append([g])
    out = []
    for row in rows:
        row.sort(key=lambda g: g["x0"])
        size = sorted(g["size"] for g in row)[len(row) // 2]
        text = "".join((" " if k and g["x0"] - row[k - 1]["x1"] > _SPACE * size else "") + g["text"]
                       for k, g in enumerate(row))
        line = {"text": text, "chars": row}
        cells, spans = cells_text(line, size)
        if cells.strip():
            out.append(Line(cells.strip(), row[0]["x0"], row[-1]["x1"], size, spans=spans,
                            top=row[0]["top"]))
    return align_cells(out)


def _glyphs(obj) -> list[dict]:
    """Each glyph of a text object: its character, left and right ends, top, baseline and size
    (millimetres on the page)."""
    try:
        x, y = (float(v) for v in (obj.get("Boundary") or "0 0").split()[:2])
        size = float(obj.get("Size") or 3.5)
    except ValueError:
        return []
    out: list[dict] = []
    cx = cy = 0.0
    for code in obj.iter(f"{OFD}TextCode"):
        text = code.text or ""
        try:
            cx = float(code.get("X", cx))
            cy = float(code.get("Y", cy))
            deltas = _deltas(code.get("DeltaX") or "")
        except ValueError:
            continue
        for k, ch in enumerate(text):
            width = deltas[k] if k < len(deltas) else size * (0.5 if ch.isascii() else 1.0)
            if ch.strip():
                out.append({"text": ch, "x0": x + cx, "x1": x + cx + min(width, size),
                            "baseline": y + cy, "top": y + cy - _ASCENT * size, "size": size})
            cx += width
    return out


def _deltas(spec: str) -> list[float]:
    """``DeltaX`` as a list of advances: ``g N d`` stands for N advances of d."""
    parts = spec.split()
    out: list[float] = []
    k = 0
    while k < len(parts):
        if parts[k] == "g" and k + 2 < len(parts):
            out.extend([float(parts[k + 2])] * int(parts[k + 1]))
            k += 3
        else:
            out.append(float(parts[k]))
            k += 1
    return out
