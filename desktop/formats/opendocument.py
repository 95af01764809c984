"""OpenDocument text (.odt) via odfpy: headings, paragraphs, lists and tables in order.

Tracked deletions (`text:tracked-changes`), comments and footnote bodies are left out.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from odf.opendocument import load

from desktop.engine.model import Article
from desktop.formats import paragraphs
from desktop.formats.archive import checked_zip, corrupt
from desktop.formats.errors import ReadError

KIND = ".odt"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_SKIPPED = frozenset(
    {"tracked-changes", "note-body", "note-citation", "annotation", "bookmark-ref"}
)
_PARAGRAPHS = frozenset({(_TEXT_NS, "p"), (_TEXT_NS, "h")})


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    checked_zip(data, name, KIND)
    try:
        document = load(io.BytesIO(data))
    except KeyError as exc:  # no content.xml: some other zip file
        raise ReadError(name, corrupt(KIND)) from exc
    if document.text is None:
        raise ReadError(name, "not a text document (no body text)")
    meta = _metadata(document.meta)
    return Article(
        text=paragraphs.join(_blocks(document.text)),
        title=meta.get("title"),
        author=meta.get("creator") or meta.get("initial-creator"),
        created=(meta.get("creation-date") or "")[:10] or None,
    )


def _blocks(element: Any) -> Iterator[str]:
    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None or qname[1] in _SKIPPED:
            continue
        if qname in _PARAGRAPHS:
            yield "".join(_pieces(child))
        elif qname == (_TABLE_NS, "table-row"):
            cells = (" ".join(" ".join(_blocks(cell)).split()) for cell in _cells(child))
            yield "\t".join(c for c in cells if c)
        else:
            yield from _blocks(child)


def _cells(row: Any) -> Iterator[Any]:
    for child in row.childNodes:
        if getattr(child, "qname", None) == (_TABLE_NS, "table-cell"):
            yield child


def _pieces(element: Any) -> Iterator[str]:
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child.data
            continue
        qname = getattr(child, "qname", (None, None))
        local = qname[1]
        if local in _SKIPPED:
            continue
        if qname == (_TEXT_NS, "s"):
            yield " " * _count(child.getAttribute("c"))
        elif qname == (_TEXT_NS, "tab"):
            yield "\t"
        elif qname == (_TEXT_NS, "line-break"):
            yield "\n"
        elif qname in _PARAGRAPHS:  # a paragraph inside a frame or text box
            yield "\n" + "".join(_pieces(child)) + "\n"
        else:
            yield from _pieces(child)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _metadata(meta: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for child in getattr(meta, "childNodes", ()):
        qname = getattr(child, "qname", None)
        text = " ".join(str(child).split()) if qname else ""
        if qname and text and qname[1] not in found:
            found[qname[1]] = text
    return found
