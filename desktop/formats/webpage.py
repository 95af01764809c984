"""Saved web pages (.html, .htm): the article body only, with title, site, author and date.

trafilatura drops navigation, menus, cookie banners, comments, share bars and "read more"
lists. It is given text, never a URL, so nothing is fetched; scripts are never run.
"""

from __future__ import annotations

import codecs
import re
from configparser import ConfigParser
from functools import cache

import trafilatura
from trafilatura.settings import use_config

from desktop.engine.model import Article
from desktop.formats import encoding, paragraphs
from desktop.formats.errors import ReadError
from desktop.formats.limits import MAX_FILE_BYTES

NO_ARTICLE = "no article text found in the page"
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    page = _decode_page(data, name, encoding_name)
    extracted = _extract(page)
    if extracted is None or not (extracted.text or "").strip():
        return Article(text=_fallback_text(page, name))
    return Article(
        text=_shape(extracted.text or ""),
        title=_clean(extracted.title),
        outlet=_clean(extracted.sitename) or _clean(extracted.hostname),
        author=_clean(extracted.author),
        date=_clean(extracted.date),
    )


def _decode_page(data: bytes, name: str, encoding_name: str | None) -> str:
    """The page's text: an override, a BOM, valid UTF-8 (browsers that save a page as
    UTF-8 may keep its old charset declaration), the page's own charset, then detection."""
    if encoding_name or encoding.known_encoding(data):
        return encoding.decode(data, name, encoding_name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return encoding.decode(data, name)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:8192])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):  # a page that reached us as bytes was not
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


@cache
def _config() -> ConfigParser:
    config = use_config()
    # No SIGALRM timer: readers run in the window's worker threads too.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_FILE_BYTES))
    config.set("DEFAULT", "MIN_FILE_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    # Below this the fallback extractors take over, and on short articles they keep the
    # byline and the share bar (measured on tests/formats' Russian page: 250 did, 100 not).
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
    return config


def _extract(page: str) -> trafilatura.settings.Document | None:
    result = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        config=_config(),
    )
    return result if isinstance(result, trafilatura.settings.Document) else None


def _fallback_text(page: str, name: str) -> str:
    """A page too small for article detection: all its visible text, if any."""
    text = trafilatura.html2txt(page) if "<" in page else page
    if not text or not text.strip():
        raise ReadError(name, NO_ARTICLE)
    return paragraphs.normalise(text)


def _shape(text: str) -> str:
    """trafilatura puts one paragraph per line and table rows as `| a | b |`."""
    return paragraphs.join(_row(line) for line in text.split("\n"))


def _row(line: str) -> str:
    match = _TABLE_ROW.match(line.strip())
    if not match:
        return line
    return "\t".join(cell.strip() for cell in match.group(1).split("|") if cell.strip())


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
