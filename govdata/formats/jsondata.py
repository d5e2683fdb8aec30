"""jsondata: a table an open-data portal serves as JSON → table rows.

An API response (``{"code": 200, "data": {"title": "…指标目标表", "rows": [{"指标名称": …}, …]}}``)
holds its table as a list of records. The longest such list is read: its columns in the order a
``fields`` list gives, else in the order the keys first appear (records may list their keys in
another order, or leave a null one out); each record becomes a row, cells joined by tabs, as
the other readers write table rows. The table's title and publisher, when the response names
them, open the text, so that detection finds the region and year there.
"""

from __future__ import annotations

import json

from . import cell_text, row_line

_TITLE_KEYS = ("title", "name", "标题", "名称", "tableName", "table_name")
_PUBLISHER_KEYS = ("publisher", "source", "发布单位", "来源", "dept", "orgName")


def looks_like_json(text: str) -> bool:
    """Text that is one JSON object or array."""
    head = text.lstrip("\ufeff \r\n\t")[:1]
    return head in ("{", "[")


def _records(node, parent=None):
    """Every list of records (dicts) in the JSON, with the object that holds it."""
    if isinstance(node, list):
        if node and all(isinstance(x, dict) for x in node):
            yield node, parent
        for x in node:
            yield from _records(x, parent)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _records(value, node)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(str(value).splitlines())


def _fields(doc, records: list[dict]) -> list[str]:
    """The columns: a ``fields`` list naming the records' keys, else the keys in the order
    they first appear."""
    seen: list[str] = []
    for r in records:
        seen += [k for k in r if k not in seen]
    named = [v for v in _find(doc, "fields") or [] if isinstance(v, str)] if isinstance(
        _find(doc, "fields"), list) else []
    if named and set(named) >= set(seen):
        return named
    return seen


def _find(node, key: str):
    """The first value of ``key`` anywhere in the JSON (a breadth-first search)."""
    queue = [node]
    while queue:
        n = queue.pop(0)
        if isinstance(n, dict):
            if key in n:
                return n[key]
            queue += list(n.values())
        elif isinstance(n, list):
            queue += n
    return None


def json_text(text: str) -> str | None:
    """The table a JSON response holds, as text lines; None when it holds no list of records
    (then it is read as plain text)."""
    try:
        doc = json.loads(text.lstrip("\ufeff"))
    except ValueError:
        return None
    found = max(_records(doc), key=lambda found: len(found[0]), default=None)
    if found is None:
        return None
    records, holder = found
    columns = _fields(doc, records)
    lines = []
    for keys in (_TITLE_KEYS, _PUBLISHER_KEYS):
        value = next((v for k in keys for src in (holder, doc) if isinstance(src, dict)
                      and isinstance(v := src.get(k), str) and v.strip()), None)
        if value:
            lines.append(value.strip())
    lines.append(row_line(columns))
    lines += [row_line([_cell(r.get(c)) for c in columns]) for r in records]
    return "\n".join(lines)
