"""The first page's facts in plain words: who the articles are and what the comparison found.

Pure Python; the PDF and the HTML export typeset the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.model import Comparison, Document

SIDE_WORD = {"left": "Left", "right": "Right"}
HOW_TO_READ = (
    "The following pages set the two articles side by side. Sentences that report the same "
    "claim share a row; a sentence found in only one article has a row of its own, in that "
    "article's reading order. Under each framing pair its framing cues are spelled out."
)
LEGEND_SAMPLES = {
    "overlap": "= sentence",
    "framing": "≈ sentence",
    "unique": "+ sentence",
    "changed": "word",
    "attribution": "said",
    "attribution_unique": "source",
}
# How each mark looks on paper, colour aside: the legend says it in words for grey print.
PRINTED_AS = {
    "overlap": "= at the start of the cell; blue tint.",
    "framing": "≈ at the start of the cell; amber tint; its framing cues in a line below.",
    "unique": "+ at the start of the cell; dotted underline; pink tint.",
    "changed": "Bold with a wavy underline.",
    "attribution": "Dashed underline.",
    "attribution_unique": "Italic with a solid underline.",
}


@dataclass(frozen=True, slots=True)
class ArticleHeading:
    side: str
    title: str
    details: tuple[str, ...]  # outlet, file name, author, date, language: those known


def title_of(doc: Document) -> str:
    """The article's title, else its file name, else its outlet, else "Left/Right article"."""
    article = doc.article
    for candidate in (article.title, _file_name(article.path), article.outlet):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    return f"{SIDE_WORD[doc.side]} article"


def heading(doc: Document) -> ArticleHeading:
    """Title plus the known details; the file name only when it is not already the title."""
    article = doc.article
    title = title_of(doc)
    file_name = _file_name(article.path)
    details = [
        article.outlet if article.outlet != title else None,
        file_name if file_name != title else None,
        f"by {article.author}" if article.author else None,
        article.shown_date(),
        f"language: {doc.language}" if doc.language else None,
    ]
    return ArticleHeading(doc.side, title, tuple(d for d in details if d))


def document_title(comparison: Comparison) -> str:
    return f"{title_of(comparison.left)} — {title_of(comparison.right)}"


def summary_lines(comparison: Comparison) -> tuple[tuple[str, str], ...]:
    """(label, value) lines of the summary, in the order they are printed."""
    s = comparison.summary
    lines = [
        ("Similarity", f"{s.similarity:.0f} %"),
        ("Overlapping claims", _count(s.overlap, "pair")),
        ("Divergent framing", _count(s.framing, "pair")),
        ("Only in the left article", _count(s.unique_left, "sentence")),
        ("Only in the right article", _count(s.unique_right, "sentence")),
        (
            "Words in aligned claims",
            f"left {s.shared_share_left:.0%}, right {s.shared_share_right:.0%}",
        ),
        ("Sources in both", _names(s.sources_shared)),
        ("Sources only in the left", _names(s.sources_only_left)),
        ("Sources only in the right", _names(s.sources_only_right)),
        ("Names only in the left", _names(s.entities_only_left)),
        ("Names only in the right", _names(s.entities_only_right)),
    ]
    return tuple(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(names) if names else "none"


def _file_name(path: str | None) -> str | None:
    return PurePath(path).name if path else None


def cue_text(notes: list[str]) -> str:
    """Framing cue notes as one line: "A; B." (each note's own final full stop dropped)."""
    cleaned = [" ".join(n.split()).rstrip(".") for n in notes if n.strip()]
    return "; ".join(cleaned) + "." if cleaned else ""
