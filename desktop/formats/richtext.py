"""Rich Text Format (.rtf) via striprtf, in the document's own code page.

`\\ansicpgN` names the code page of `\\'xx` bytes (cp1251 for Russian); a Cyrillic font
table (`\\fcharset204`) without one means cp1251 too. `\\uN` escapes are Unicode.
Title, author and creation date come from the `{\\info ...}` group.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from striprtf import striprtf

from desktop.engine.model import Article
from desktop.formats import paragraphs
from desktop.formats.errors import ReadError

_strip: Callable[..., str] = striprtf.rtf_to_text  # untyped library
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_CYRILLIC_FONT = re.compile(rb"\\fcharset204\b")
_INFO_FIELD = r"\{\\%s\b ?((?:[^{}\\]|\\[^{}]|\\[{}])*)\}"
_LINE_BREAK = re.compile(r"\\line(?![a-z])\s?")
_CREATED = re.compile(r"\\creatim\s*\\yr(\d{4})\s*\\mo(\d{1,2})\s*\\dy(\d{1,2})")


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    if data.lstrip()[:5] != b"{\\rtf":
        raise ReadError(name, "not a valid .rtf file (no RTF header)")
    codepage = encoding_name or _codepage(data)
    try:
        codec = codecs.lookup(codepage).name
    except LookupError:
        raise ReadError(name, f"unknown encoding {codepage!r}") from None
    source = data.decode(codec, errors="replace")
    # \line is a break inside a paragraph; striprtf would make it look like \par.
    text = _strip(_LINE_BREAK.sub(r"\\u8232?", source), encoding=codec, errors="replace")
    return Article(
        text=paragraphs.join(text.split("\n")),
        title=_info(source, "title", codec),
        author=_info(source, "author", codec),
        created=_created(source),
    )


def _codepage(data: bytes) -> str:
    head = data[:65536]
    declared = _CODEPAGE.search(head)
    number = declared.group(1).decode() if declared else "1252"
    if number == "1252" and _CYRILLIC_FONT.search(head):
        number = "1251"
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return "cp1252"


def _info(source: str, field: str, codec: str) -> str | None:
    match = re.search(_INFO_FIELD % field, source[:65536])
    if not match:
        return None
    value = _strip("{\\rtf1 " + match.group(1) + "}", encoding=codec, errors="replace")
    return " ".join(value.split()) or None


def _created(source: str) -> str | None:
    match = _CREATED.search(source[:65536])
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
