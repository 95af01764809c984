"""Findings: the plain, immutable rows the findings list, F7 navigation and details show.

No Qt here. One `Finding` per aligned pair ("overlap" / "framing"), one per unique sentence
("unique_left" / "unique_right"), one per attribution whose source only one article credits
("source_left" / "source_right"). They come back sorted in reading order (`order`).

    from desktop.ui.findings import build_findings, next_finding, findings_at
    findings = build_findings(comparison)
    first = next_finding(findings, None, +1)          # F7 with nothing selected
    after = next_finding(findings, first, +1)         # F7 again
    before = next_finding(findings, after, -1)        # Shift+F7
    here = findings_at(findings, "left", 3)           # findings touching left sentence 3
    STYLE_OF["unique_left"].glyph                     # palette style of a finding kind
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from desktop import palette
from desktop.engine.model import Attribution, ClaimPair, Comparison, Document, Side

FindingKind = Literal[
    "overlap", "framing", "unique_left", "unique_right", "source_left", "source_right"
]
KINDS: tuple[FindingKind, ...] = (
    "overlap", "framing", "unique_left", "unique_right", "source_left", "source_right"
)
LABELS: dict[str, str] = {
    "overlap": "Overlap",
    "framing": "Framing",
    "unique_left": "Only left",
    "unique_right": "Only right",
    "source_left": "Source only left",
    "source_right": "Source only right",
}
STYLE_OF: dict[str, palette.KindStyle] = {
    "overlap": palette.OVERLAP,
    "framing": palette.FRAMING,
    "unique_left": palette.UNIQUE,
    "unique_right": palette.UNIQUE,
    "source_left": palette.ATTRIBUTION_UNIQUE,
    "source_right": palette.ATTRIBUTION_UNIQUE,
}
EXCERPT_CHARS = 90
_RANK = {kind: i for i, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    left: tuple[int, ...]  # sentence ids on the left ("" side: empty tuple)
    right: tuple[int, ...]
    score: float | None  # pair score 0-100; None for unique sentences and sources
    left_excerpt: str
    right_excerpt: str
    description: str  # framing cue notes, or the source and its cue
    order: tuple[float, float, int]  # reading order: left anchor, right anchor, kind rank

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def style(self) -> palette.KindStyle:
        return STYLE_OF[self.kind]

    def sentences(self, side: Side) -> tuple[int, ...]:
        return self.left if side == "left" else self.right


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line, at most `limit` characters, cut at a word with an ellipsis."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def wording_note(pair: ClaimPair) -> str:
    """"same wording" or "3 words differ", from the pair's word diff ("" without one)."""
    if not pair.diff:
        return ""
    changed = sum(len(op.text.split()) for op in pair.diff if op.op != "equal")
    if changed == 0:
        return "same wording"
    return f"{changed} word{'s' if changed != 1 else ''} differ{'s' if changed == 1 else ''}"


def _text_of(doc: Document, ids: Iterable[int]) -> str:
    return " ".join(doc.sentence_text(i) for i in ids)


class _Anchors:
    """Where a sentence of one side falls in the other side's reading order."""

    def __init__(self, pairs: Sequence[ClaimPair]) -> None:
        self._paired: dict[str, dict[int, int]] = {"left": {}, "right": {}}
        self._ends: dict[str, tuple[list[int], list[int]]] = {}
        for side in ("left", "right"):
            spans = [(p.left, p.right) if side == "left" else (p.right, p.left) for p in pairs]
            for own, other in spans:
                self._paired[side].update({s: min(other) for s in own})
            ends = sorted((max(own), max(other)) for own, other in spans if own and other)
            self._ends[side] = ([e[0] for e in ends], list(accumulate((e[1] for e in ends), max)))

    def other(self, side: Side, sentence: int) -> float:
        """The counterpart position: the paired sentence, else just after the furthest
        counterpart of the pairs that precede `sentence` on its own side (-0.5 if none)."""
        if sentence in self._paired[side]:
            return float(self._paired[side][sentence])
        keys, running = self._ends[side]
        at = bisect_left(keys, sentence)
        return running[at - 1] + 0.5 if at else -0.5

    def order(self, side: Side, sentence: int, kind: FindingKind) -> tuple[float, float, int]:
        mine, theirs = float(sentence), self.other(side, sentence)
        if side == "left":
            return (mine, theirs, _RANK[kind])
        return (theirs, mine, _RANK[kind])


def _pair_finding(c: Comparison, pair: ClaimPair) -> Finding:
    return Finding(
        kind=pair.kind,
        left=pair.left,
        right=pair.right,
        score=pair.score,
        left_excerpt=excerpt(_text_of(c.left, pair.left)),
        right_excerpt=excerpt(_text_of(c.right, pair.right)),
        description="; ".join(cue.note for cue in pair.cues) or wording_note(pair),
        order=(float(min(pair.left)), float(min(pair.right)), _RANK[pair.kind]),
    )


def _unique_finding(c: Comparison, anchors: _Anchors, side: Side, sid: int) -> Finding:
    kind: FindingKind = "unique_left" if side == "left" else "unique_right"
    text = excerpt(c.document(side).sentence_text(sid))
    ids = (sid,)
    return Finding(
        kind=kind,
        left=ids if side == "left" else (),
        right=ids if side == "right" else (),
        score=None,
        left_excerpt=text if side == "left" else "",
        right_excerpt=text if side == "right" else "",
        description="",
        order=anchors.order(side, sid, kind),
    )


def _source_finding(c: Comparison, anchors: _Anchors, side: Side, a: Attribution) -> Finding:
    kind: FindingKind = "source_left" if side == "left" else "source_right"
    text = excerpt(c.document(side).sentence_text(a.sentence))
    ids = (a.sentence,)
    return Finding(
        kind=kind,
        left=ids if side == "left" else (),
        right=ids if side == "right" else (),
        score=None,
        left_excerpt=text if side == "left" else "",
        right_excerpt=text if side == "right" else "",
        description=f"{a.source} ({a.cue})" if a.cue else a.source,
        order=anchors.order(side, a.sentence, kind),
    )


def _is_unique_source(c: Comparison, a: Attribution) -> bool:
    return not a.shared and a.source not in c.summary.sources_shared


def build_findings(comparison: Comparison) -> tuple[Finding, ...]:
    """Every finding of `comparison`, in reading order."""
    anchors = _Anchors(comparison.pairs)
    rows = [_pair_finding(comparison, p) for p in comparison.pairs if p.left and p.right]
    for side in ("left", "right"):
        rows += [_unique_finding(comparison, anchors, side, s) for s in comparison.unique(side)]
        rows += [
            _source_finding(comparison, anchors, side, a)
            for a in comparison.document(side).attributions
            if _is_unique_source(comparison, a)
        ]
    return tuple(sorted(dict.fromkeys(rows), key=lambda f: f.order))


def next_finding(
    findings: Sequence[Finding], current: Finding | None, direction: int, *, wrap: bool = False
) -> Finding | None:
    """The finding after (`direction` > 0) or before (< 0) `current` in reading order.

    `current` None starts from the first (or last) finding; a `current` that is not in
    `findings` (filtered away) is placed by its order key. At either end the answer is None,
    or the other end when `wrap` is true.
    """
    ordered = sorted(findings, key=lambda f: f.order)
    if not ordered:
        return None
    forward = direction > 0
    ends = (ordered[0], ordered[-1]) if forward else (ordered[-1], ordered[0])
    if current is None:
        return ends[0]
    found = _neighbour(ordered, current, forward)
    return found if found is not None else (ends[0] if wrap else None)


def _neighbour(ordered: Sequence[Finding], current: Finding, forward: bool) -> Finding | None:
    keys = [f.order for f in ordered]
    lo, hi = bisect_left(keys, current.order), bisect_right(keys, current.order)
    same = [i for i in range(lo, hi) if ordered[i] == current]
    step = 1 if forward else -1
    at = same[0] + step if same else (hi if forward else lo - 1)
    return ordered[at] if 0 <= at < len(ordered) else None


def findings_at(findings: Iterable[Finding], side: Side, sentence: int) -> tuple[Finding, ...]:
    """The findings that include `sentence` of `side`, in reading order."""
    return tuple(f for f in findings if sentence in f.sentences(side))
