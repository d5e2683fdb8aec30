"""pptx: PowerPoint slides (一图读懂 decks, 解读 slides) → text, slide by slide.

A slide's text sits in shapes the designer placed anywhere, written to the file in the order they
were drawn, not read: each shape's paragraphs are lines, a table's rows are table rows (cells
joined by tabs), a chart's figures are sentences (one per point, from its cache), and the
shapes are read in the order a reader's eye takes them — a shape directly under another it
overlaps across (a card's figure under its label) goes with it, a card drawn figure over label
is read label first, and the cards go top to bottom, left to right. Slide numbers, footers and
dates (placeholders of those kinds) and speaker notes are left out. A blank line parts one
slide from the next.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter

from . import cell_text, row_line
from .ooxml import CHART, A, chart_lines, check_package, drawing_paragraphs

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FURNITURE = {"sldNum", "ftr", "dt"}
CARD_GAP = 0.6  # how far below a shape (in its own heights) the next of its card may start
CARD_TEXT = 20  # characters: at most, a card's figure or label


def _xml(zf: zipfile.ZipFile, part: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.parse(io.BytesIO(zf.read(part)), parser).getroot()


def _targets(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    """A part's relationships: id → the target part's name."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if rels not in zf.namelist():
        return {}
    return {r.get("Id"): posixpath.normpath(posixpath.join(folder, r.get("Target", "")))
            for r in _xml(zf, rels).iter(REL + "Relationship")}


def _box(el) -> tuple[int, int, int, int]:
    """``(x, y, width, height)`` of a shape in EMU; zeros when it inherits its place."""
    off, ext = el.find(f".//{A}off"), el.find(f".//{A}ext")
    num = (lambda e, k: int(e.get(k, 0)) if e is not None else 0)
    return num(off, "x"), num(off, "y"), num(ext, "cx"), num(ext, "cy")


def _shapes(tree, frames: list | None = None, chart=lambda rid: []
            ) -> list[tuple[tuple[int, int, int, int], list[str]]]:
    """Each text shape, table and chart of a slide's shape tree (groups opened) with its box;
    the boxes of shapes with no text (a card's background) are added to ``frames``; ``chart``
    gives the lines of the chart a relationship id names."""
    out = []
    for el in tree:
        if el.tag == P + "grpSp":
            out += _shapes(el, frames, chart)
        elif el.tag == P + "sp":
            ph = el.find(f"{P}nvSpPr/{P}nvPr/{P}ph")
            body = el.find(P + "txBody")
            if ph is not None and ph.get("type") in _FURNITURE:
                continue
            lines = drawing_paragraphs(body) if body is not None else []
            if lines:
                out.append((_box(el.find(P + "spPr")), lines))
            elif frames is not None and all(_box(el.find(P + "spPr"))[2:]):
                frames.append(_box(el.find(P + "spPr")))
        elif el.tag == P + "graphicFrame":
            table = el.find(f".//{A}tbl")
            ref = el.find(f".//{CHART}chart")
            if table is None and ref is not None:  # a chart: its figures are only in its cache
                lines = chart(ref.get(R + "id"))
                if lines:
                    out.append((_box(el.find(P + "xfrm")), lines))
            if table is None:
                continue
            rows = [row_line([cell_text(drawing_paragraphs(tc)) for tc in tr.findall(A + "tc")])
                    for tr in table.findall(A + "tr")]
            out.append((_box(el.find(P + "xfrm")), [r for r in rows if r]))
    return out


def _frame_of(box: tuple[int, int, int, int], frames: list) -> tuple | None:
    """The smallest textless shape (a card's background) that holds the centre of ``box``."""
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    inside = [f for f in frames if f[0] <= cx <= f[0] + f[2] and f[1] <= cy <= f[1] + f[3]
              and f[2] * f[3] > box[2] * box[3]]
    return min(inside, key=lambda f: f[2] * f[3], default=None)


def _reading_order(shapes: list, frames: list = ()) -> list[str]:
    """The shapes' lines as a reader takes them: cards top to bottom, left to right, a card
    being the text boxes drawn on one background shape, else a shape and those directly under
    it that overlap it across."""
    framed: dict[tuple, list] = {}
    loose = []
    for shape in shapes:
        frame = _frame_of(shape[0], list(frames))
        if frame is None:
            loose.append(shape)
        else:
            framed.setdefault(frame, []).append(shape)
    cards: list[dict] = [
        {"x": f[0], "w": f[2], "top": f[1], "bottom": f[1] + f[3], "h": f[3], "framed": True,
         "boxes": [lines for _b, lines in sorted(inner, key=lambda s: (s[0][1], s[0][0]))]}
        for f, inner in framed.items()]
    for (x, y, w, h), lines in sorted(loose, key=lambda s: (s[0][1], s[0][0])):
        home = next((c for c in cards if not c.get("framed") and min(c["x"] + c["w"], x + w)
                     - max(c["x"], x) > 0.5 * min(c["w"], w or 1)
                     and -0.5 * h <= y - c["bottom"] <= CARD_GAP * max(h, c["h"])), None)
        if home is None:
            cards.append({"x": x, "w": w, "top": y, "bottom": y + h, "h": h, "boxes": [list(lines)]})
        else:
            home["boxes"].append(list(lines))
            home["bottom"], home["h"] = y + h, h
    return [ln for c in sorted(cards, key=lambda c: (c["top"], c["x"]))
            for box in _label_first(c["boxes"]) for ln in box]


def _label_first(boxes: list[list[str]]) -> list[list[str]]:
    """A card's text boxes with its label first: a card drawn figure over label (44246元 /
    增长4.9% / 城镇居民人均可支配收入) is read as its label then its figures, as a reader takes it
    and as the text of every other card reads."""
    figure, label = boxes[0], boxes[-1]
    if (len(boxes) > 1 and len(figure) == 1 and figure[0][:1].isdigit()
            and len(figure[0]) <= CARD_TEXT and len(label) == 1 and len(label[0]) <= CARD_TEXT
            and not any(ch.isdigit() for ch in label[0])
            and all(any(ch.isdigit() for ln in box for ch in ln) for box in boxes[:-1])):
        return [label, *boxes[:-1]]
    return boxes


def read_pptx(data: bytes, name: str, max_unpacked: int) -> tuple[str, dict]:
    """Reader for PowerPoint decks: ``(text, meta)``, slides in the deck's order."""
    check_package(data, name, max_unpacked)
    zf = zipfile.ZipFile(io.BytesIO(data))
    pres = "ppt/presentation.xml"
    rels = _targets(zf, pres)
    order = [rels.get(s.get(R + "id")) for s in _xml(zf, pres).iter(P + "sldId")]
    lines: list[str] = []
    slides: list[list[str]] = []
    for part in (p for p in order if p and p in zf.namelist()):
        tree = _xml(zf, part).find(f"{P}cSld/{P}spTree")
        if tree is not None:
            frames: list = []
            targets = _targets(zf, part)

            def chart(rid, targets=targets):
                target = targets.get(rid)
                return chart_lines(_xml(zf, target)) if target in zf.namelist() else []

            slides.append(_reading_order(_shapes(tree, frames, chart), frames))
    # a line every slide repeats (a footer, the deck's tag, a number field): the deck's furniture
    counts = Counter(ln for slide in slides for ln in set(slide))
    furniture = {ln for ln, n in counts.items() if n >= 3 and n > len(slides) / 2}
    for slide in slides:
        if lines:
            lines.append("")
        lines += [ln for ln in slide if ln not in furniture and not ln.isdigit()]
    meta = {"format": "pptx", "encoding": "utf-8"}
    if "docProps/core.xml" in zf.namelist():
        title = _xml(zf, "docProps/core.xml").find(
            "{http://purl.org/dc/elements/1.1/}title")
        if title is not None and (title.text or "").strip():
            meta["title"] = title.text.strip()
    return "\n".join(lines), meta
