"""Which words of a sentence carry which mark, as plain text segments.

Marks inside a sentence: ``changed`` (a framing pair's words the other side does not use,
from the pair's diff), ``attribution`` (source and reporting cue of a shared source) and
``attribution_unique`` (source and cue of a source only this article credits). The row's
kind (overlap / framing / unique) applies to the whole cell and is not repeated here.
Pure Python, shared by the PDF and the HTML export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.model import Attribution, ClaimPair, Comparison, DiffOp, Document

Span = tuple[int, int]
CHANGED, ATTRIBUTION, ATTRIBUTION_UNIQUE = "changed", "attribution", "attribution_unique"
# Tabs, line breaks and other control characters inside a sentence print as one space
# (a tab is a wide gap in Qt, a CR breaks the line, NUL shows as a box, HTML rejects it).
_PRINTABLE = {c: " " for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: frozenset[str] = frozenset()


def attributions_by_sentence(doc: Document) -> dict[int, list[Attribution]]:
    """The document's attributions grouped by sentence id (build once, pass to segments)."""
    grouped: dict[int, list[Attribution]] = {}
    for attribution in doc.attributions:
        grouped.setdefault(attribution.sentence, []).append(attribution)
    return grouped


def sentence_segments(
    doc: Document,
    sentence_id: int,
    pair: ClaimPair | None = None,
    attributions: Sequence[Attribution] | None = None,
) -> tuple[Segment, ...]:
    """The sentence cut where its marks start and end; unmarked text has an empty set.

    `attributions` are this sentence's (from `attributions_by_sentence`); None looks them up.
    """
    sentence = doc.sentences[sentence_id]
    if attributions is None:
        attributions = [a for a in doc.attributions if a.sentence == sentence_id]
    spans = list(_attribution_spans(attributions))
    if pair is not None and pair.kind == "framing":
        ids = pair.left if doc.side == "left" else pair.right
        spans.extend((s, CHANGED) for s in changed_spans(doc, ids, pair.diff))
    return _cut(doc.text, sentence.start, sentence.end, spans)


class SentenceMarker:
    """Marks the sentences of one comparison, with its attributions indexed once."""

    def __init__(self, comparison: Comparison) -> None:
        self._by_side = {d.side: attributions_by_sentence(d) for d in comparison.documents}

    def segments(
        self, doc: Document, sentence_id: int, pair: ClaimPair | None = None
    ) -> tuple[Segment, ...]:
        found = self._by_side[doc.side].get(sentence_id, [])
        return sentence_segments(doc, sentence_id, pair, found)


def changed_spans(doc: Document, ids: Sequence[int], diff: Sequence[DiffOp]) -> list[Span]:
    """Article offsets of this side's diff-only words, found in order within the pair's text."""
    if not ids or not diff:
        return []
    text = doc.text
    begin, end = doc.sentences[min(ids)].start, doc.sentences[max(ids)].end
    cursor, found = begin, []
    for op in diff:
        if op.op not in ("equal", doc.side) or not op.text.strip():
            continue
        at = _locate(text, op.text, cursor, end)
        if at is None:
            continue
        start, stop = at
        cursor = stop
        if op.op == doc.side:
            found.append(_trim(text, start, stop))
    return found


def _locate(text: str, needle: str, cursor: int, end: int) -> Span | None:
    for probe in (needle, needle.strip()):
        at = text.find(probe, cursor, end)
        if at >= 0:
            return at, at + len(probe)
    return None


def _trim(text: str, start: int, stop: int) -> Span:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _attribution_spans(attributions: Iterable[Attribution]) -> Iterable[tuple[Span, str]]:
    for attribution in attributions:
        mark = ATTRIBUTION if attribution.shared else ATTRIBUTION_UNIQUE
        for span in (attribution.source_span, attribution.cue_span):
            if span is not None and span[0] < span[1]:
                yield span, mark


def _cut(text: str, start: int, end: int, spans: list[tuple[Span, str]]) -> tuple[Segment, ...]:
    cuts = {start, end}
    for (a, b), _ in spans:
        cuts.update(x for x in (a, b) if start < x < end)
    edges = sorted(cuts)
    segments = []
    for a, b in zip(edges, edges[1:], strict=False):
        marks = frozenset(m for (s, e), m in spans if s <= a and b <= e)
        segments.append(Segment(text[a:b].translate(_PRINTABLE), marks))
    return tuple(_merge_equal_neighbours(segments))


def _merge_equal_neighbours(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].marks == segment.marks:
            merged[-1] = Segment(merged[-1].text + segment.text, segment.marks)
        else:
            merged.append(segment)
    return merged
