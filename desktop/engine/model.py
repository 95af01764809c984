"""Immutable value objects the engine produces and every view and exporter reads.

Offsets are Python string indices (code points) into the article's original text.
Nothing here computes anything beyond trivial derived views; `to_dict()` gives the
public JSON contract ``parallax.comparison/1`` documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "parallax.comparison/1"

Span = tuple[int, int]
Side = Literal["left", "right"]
PairKind = Literal["overlap", "framing"]
DiffOpKind = Literal["equal", "left", "right"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as the user gave it: the text plus whatever metadata is known."""

    text: str
    title: str | None = None
    outlet: str | None = None
    path: str | None = None
    author: str | None = None
    date: str | None = None  # when it was published, where the file says so (web pages, Markdown)
    # when the file was made, as word processors and PDF writers record it: not the article's
    # date, and never shown as if it were
    created: str | None = None

    def shown_date(self) -> str | None:
        """The date to show with the article: its own, else the file's, labelled so."""
        return self.date or (f"file created {self.created}" if self.created else None)


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    start: int
    end: int
    paragraph: int = 0

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who is credited for a sentence: source, reporting cue and the reported content."""

    sentence: int
    source: str
    source_span: Span | None
    cue: str
    cue_span: Span
    content_span: Span | None
    key: str
    shared: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    kind: str  # "person" | "organisation" | "place" | "event" | "date" | "other"
    spans: tuple[Span, ...]
    key: str = ""
    shared: bool = False


@dataclass(frozen=True, slots=True)
class DiffOp:
    op: DiffOpKind
    text: str


@dataclass(frozen=True, slots=True)
class FramingCue:
    # "reporting_verb" | "tone" | "hedge" | "intensifier" | "loaded" | "number" | "date" | "source"
    type: str
    left: str
    right: str
    note: str


@dataclass(frozen=True, slots=True)
class ClaimPair:
    left: tuple[int, ...]
    right: tuple[int, ...]
    kind: PairKind
    score: float  # 0-100
    diff: tuple[DiffOp, ...] = ()
    cues: tuple[FramingCue, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    side: Side
    article: Article
    language: str
    sentences: tuple[Sentence, ...]
    attributions: tuple[Attribution, ...] = ()
    entities: tuple[Entity, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_text(self, sentence_id: int) -> str:
        return self.sentences[sentence_id].text(self.article.text)


@dataclass(frozen=True, slots=True)
class Summary:
    overlap: int
    framing: int
    unique_left: int
    unique_right: int
    similarity: float  # 0-100, one overall figure
    shared_share_left: float  # 0-1, share of the left article's words in aligned claims
    shared_share_right: float
    sources_shared: tuple[str, ...] = ()
    sources_only_left: tuple[str, ...] = ()
    sources_only_right: tuple[str, ...] = ()
    entities_only_left: tuple[str, ...] = ()
    entities_only_right: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "overlap": self.overlap,
            "framing": self.framing,
            "unique_left": self.unique_left,
            "unique_right": self.unique_right,
            "similarity": round(self.similarity, 1),
            "shared_share": {
                "left": round(self.shared_share_left, 3),
                "right": round(self.shared_share_right, 3),
            },
            "sources": {
                "shared": list(self.sources_shared),
                "only_left": list(self.sources_only_left),
                "only_right": list(self.sources_only_right),
            },
            "entities": {
                "only_left": list(self.entities_only_left),
                "only_right": list(self.entities_only_right),
            },
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The one coarse result: both documents, aligned pairs, unique sentences, summary.

    `alignment` is the engine's cached scoring (opaque to views); `reclassify()` in
    `desktop.engine` uses it to apply new thresholds without re-scoring.
    """

    left: Document
    right: Document
    pairs: tuple[ClaimPair, ...]
    unique_left: tuple[int, ...]
    unique_right: tuple[int, ...]
    summary: Summary
    options: Any = None
    alignment: Any = field(default=None, compare=False, repr=False)

    @property
    def documents(self) -> tuple[Document, Document]:
        return (self.left, self.right)

    def document(self, side: Side) -> Document:
        return self.left if side == "left" else self.right

    def unique(self, side: Side) -> tuple[int, ...]:
        return self.unique_left if side == "left" else self.unique_right

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "documents": [_document_dict(self.left), _document_dict(self.right)],
            "pairs": [_pair_dict(p) for p in self.pairs],
            "unique": {"left": list(self.unique_left), "right": list(self.unique_right)},
            "summary": self.summary.to_dict(),
        }


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _document_dict(doc: Document) -> dict[str, Any]:
    a = doc.article
    return {
        "side": doc.side,
        "title": a.title,
        "outlet": a.outlet,
        "path": a.path,
        "author": a.author,
        "date": a.date,
        "created": a.created,
        "language": doc.language,
        "text": a.text,
        "sentences": [
            {"id": s.id, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s in doc.sentences
        ],
        "attributions": [
            {
                "sentence": t.sentence,
                "source": t.source,
                "source_span": _span(t.source_span),
                "cue": t.cue,
                "cue_span": _span(t.cue_span),
                "content_span": _span(t.content_span),
                "key": t.key,
                "shared": t.shared,
            }
            for t in doc.attributions
        ],
        "entities": [
            {
                "text": e.text,
                "kind": e.kind,
                "spans": [_span(s) for s in e.spans],
                "key": e.key,
                "shared": e.shared,
            }
            for e in doc.entities
        ],
    }


def _pair_dict(p: ClaimPair) -> dict[str, Any]:
    return {
        "left": list(p.left),
        "right": list(p.right),
        "kind": p.kind,
        "score": round(p.score, 1),
        "diff": [{"op": d.op, "text": d.text} for d in p.diff],
        "cues": [
            {"type": c.type, "left": c.left, "right": c.right, "note": c.note} for c in p.cues
        ],
    }
