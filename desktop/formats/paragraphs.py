"""The one shape every reader's text ends in: paragraphs separated by one blank line.

Line endings become "\\n", control characters go, trailing spaces go, and a run of blank
lines becomes one. Lines inside a paragraph stay as they are unless a reader joins them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LINE_ENDS = re.compile(r"\r\n?|\u2028|\x85")
_PARAGRAPH_ENDS = re.compile(r"[\f\v\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffe]")
_TRAILING = re.compile(r"[ \t\u00a0]+\n")
_BLANKS = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")


def normalise(text: str) -> str:
    """Unix line endings, no control characters, paragraphs apart by exactly one blank line."""
    text = _LINE_ENDS.sub("\n", text)
    text = _PARAGRAPH_ENDS.sub("\n\n", text)
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("\n", text + "\n")
    return _BLANKS.sub("\n\n", text).strip()


def join(paragraphs: Iterable[str]) -> str:
    """Paragraphs (each may hold line breaks) as one text, empty ones dropped."""
    cleaned = (normalise(p) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def unwrap(paragraph: str) -> str:
    """One paragraph's hard-wrapped lines as one line."""
    return " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
