"""Word documents (.docx): paragraphs and tables in document order, tracked insertions in.

python-docx's `Document.paragraphs` skips tables and drops text inside `w:ins` (NOTES.md),
so the body XML is walked here. Deleted and moved-away text (`w:del`, `w:moveFrom`) and the
fallback copies of text boxes (`mc:Fallback`) are left out.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from desktop.engine.model import Article
from desktop.formats import paragraphs
from desktop.formats.archive import checked_zip, corrupt
from desktop.formats.errors import ReadError

KIND = ".docx"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset({f"{_W}del", f"{_W}moveFrom", _MC_FALLBACK, f"{_W}instrText"})
_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    checked_zip(data, name, KIND)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as exc:
        raise ReadError(name, corrupt(KIND)) from exc
    props = document.core_properties
    return Article(
        text=paragraphs.join(_blocks(document.element.body)),
        title=_value(props.title),
        author=_value(props.author),
        created=props.created.date().isoformat() if props.created else None,
    )


def _blocks(container: Any) -> Iterator[str]:
    """Each paragraph, and each table row as its cells joined by tabs, in document order."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            yield _paragraph_text(child)
        elif child.tag == f"{_W}tbl":
            yield from _table_rows(child)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            yield from _blocks(child)


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.iterchildren(f"{_W}tr"):
        cells = (" ".join(_blocks(cell)) for cell in row.iterchildren(f"{_W}tc"))
        yield "\t".join(" ".join(c.split()) for c in cells if c.strip())


def _paragraph_text(element: Any) -> str:
    return "".join(_pieces(element))


def _pieces(element: Any) -> Iterator[str]:
    for child in element.iterchildren():
        if child.tag in _SKIPPED:
            continue
        if child.tag in _TEXT:
            fixed = _TEXT[child.tag]
            yield (child.text or "") if fixed is None else fixed
        elif child.tag == f"{_W}p":  # a paragraph inside a text box
            yield "\n" + _paragraph_text(child) + "\n"
        else:
            yield from _pieces(child)


def _value(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None
