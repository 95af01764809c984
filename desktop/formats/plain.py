"""Plain text (.txt): decoded, line endings normalised; one line or blank-line paragraphs kept."""

from __future__ import annotations

from desktop.engine.model import Article
from desktop.formats import encoding, paragraphs


def read(data: bytes, name: str, encoding_name: str | None = None) -> Article:
    return Article(text=paragraphs.normalise(encoding.decode(data, name, encoding_name)))
