"""Finding highlights in an article pane: a QSyntaxHighlighter over a precomputed span map.

The comparison gives code-point offsets into the article text; Qt counts UTF-16 code units
inside each block. `marks_for()` turns one side of a Comparison into layered marks,
`block_spans()` flattens them into ``{block: ((start16, length16, style), ...)}`` once per
comparison, and `FindingHighlighter.highlightBlock` only looks its block up (NOTES.md: 15k spans
in 0.02-0.04 s this way; ExtraSelections took 0.7 s).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop import palette

if TYPE_CHECKING:
    from desktop.engine.model import ClaimPair, Comparison, Side

# Layer order: later layers draw over earlier ones inside a sentence.
LAYERS = ("overlap", "framing", "unique", "changed", "attribution", "attribution_unique")
# A filter switch in the window hides these mark keys.
FILTER_KEYS = {
    "overlap": ("overlap",),
    "framing": ("framing", "changed"),
    "unique": ("unique",),
    "attribution": ("attribution", "attribution_unique"),
}

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BLOCK_BREAKS = str.maketrans({"\r": " ", "\u2029": " ", "\x0b": " ", "\x0c": " "})


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 code units in ``text[:index]``: where Qt puts code point ``index``."""
    return index + len(_ASTRAL.findall(text, 0, index))


class Utf16Index:
    """Fast code point <-> UTF-16 conversion for one text (bisect over its astral characters)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16_end = [p + k + 2 for k, p in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def to_code_point(self, index16: int) -> int:
        return index16 - bisect.bisect_right(self._astral16_end, index16)


def display_text(text: str) -> str:
    """The article text as the pane shows it: same length, only ``\\n`` breaks blocks."""
    return text.translate(_BLOCK_BREAKS)


@dataclass(frozen=True, slots=True)
class Mark:
    start: int  # code points into the article text
    end: int
    key: str  # a palette kind key


def marks_for(comparison: Comparison, side: Side, hidden: Iterable[str] = ()) -> list[Mark]:
    """Every mark one side of the comparison needs, minus the kinds in ``hidden``."""
    hidden_keys = {k for name in hidden for k in FILTER_KEYS.get(name, (name,))}
    doc = comparison.document(side)
    marks: list[Mark] = []
    for pair in comparison.pairs:
        marks.extend(_pair_marks(comparison, side, pair))
    for sid in comparison.unique(side):
        sentence = doc.sentences[sid]
        marks.append(Mark(sentence.start, sentence.end, "unique"))
    for attribution in doc.attributions:
        key = "attribution" if attribution.shared else "attribution_unique"
        for span in (attribution.source_span, attribution.cue_span):
            if span is not None:
                marks.append(Mark(span[0], span[1], key))
    return [m for m in marks if m.key not in hidden_keys and m.end > m.start]


def _pair_marks(comparison: Comparison, side: Side, pair: ClaimPair) -> list[Mark]:
    doc = comparison.document(side)
    ids = pair.left if side == "left" else pair.right
    marks = [Mark(doc.sentences[i].start, doc.sentences[i].end, pair.kind) for i in ids]
    if pair.kind == "framing" and ids:
        start, end = doc.sentences[ids[0]].start, doc.sentences[ids[-1]].end
        marks.extend(changed_words(doc.text, start, end, pair, side))
    return marks


def changed_words(text: str, start: int, end: int, pair: ClaimPair, side: Side) -> list[Mark]:
    """Locate the pair's diff ops of this side inside ``text[start:end]``, in order."""
    own = "left" if side == "left" else "right"
    marks: list[Mark] = []
    cursor = start
    for op in pair.diff:
        if op.op not in ("equal", own) or not op.text.strip():
            continue
        needle = op.text.strip()
        found = text.find(needle, cursor, end)
        if found < 0:
            continue
        cursor = found + len(needle)
        if op.op == own:
            marks.append(Mark(found, cursor, "changed"))
    return marks


Style = tuple[str, ...]  # mark keys covering a run of text, in layer order
BlockSpans = dict[int, tuple[tuple[int, int, Style], ...]]


def block_spans(text: str, marks: Iterable[Mark]) -> BlockSpans:
    """Flatten layered marks into non-overlapping runs per block, in UTF-16 units."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    index = Utf16Index(text)
    edges: dict[int, list[tuple[int, int, str]]] = {}
    for mark in marks:
        for block, s, e in _split_by_block(starts, mark.start, mark.end):
            edges.setdefault(block, []).append((s, e, mark.key))
    out: BlockSpans = {}
    for block, spans in edges.items():
        base = index.to_utf16(starts[block])
        out[block] = tuple(
            (index.to_utf16(s) - base, index.to_utf16(e) - index.to_utf16(s), style)
            for s, e, style in _flatten(spans)
        )
    return out


def _split_by_block(starts: list[int], start: int, end: int) -> list[tuple[int, int, int]]:
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    pieces = []
    for block in range(first, last + 1):
        block_end = starts[block + 1] - 1 if block + 1 < len(starts) else end
        s, e = max(start, starts[block]), min(end, block_end)
        if e > s:
            pieces.append((block, s, e))
    return pieces


def _flatten(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, Style]]:
    """Sweep the span edges once: each run between two edges gets the keys open over it."""
    edges = sorted(
        [(s, 1, k) for s, _e, k in spans] + [(e, -1, k) for _s, e, k in spans],
        key=lambda edge: (edge[0], edge[1]),
    )
    open_keys: Counter[str] = Counter()
    runs: list[tuple[int, int, Style]] = []
    previous = 0
    for position, delta, key in edges:
        if position > previous and +open_keys:
            runs.append((previous, position, tuple(k for k in LAYERS if open_keys[k] > 0)))
        open_keys[key] += delta
        previous = position
    return runs


_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "double": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
}


def kind_format(key: str, dark: bool) -> QTextCharFormat:
    """One kind's mark: tint, underline style and colour; a source only this article credits
    is also bold, so it stands out without colour."""
    style = palette.BY_KEY[key]
    fmt = QTextCharFormat()
    fill = style.fill_dark if dark else style.fill_light
    if key != "attribution":
        fmt.setBackground(QColor(fill))
    fmt.setUnderlineStyle(_UNDERLINES[style.underline])
    fmt.setUnderlineColor(QColor(style.colour))
    if key == "attribution_unique":
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class FindingHighlighter(QSyntaxHighlighter):
    """Applies a precomputed span map; rebuilding the map is the owner's job."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self._spans: Mapping[int, tuple[tuple[int, int, Style], ...]] = {}
        self._dark = dark
        self._formats: dict[Style, QTextCharFormat] = {}

    def set_spans(self, spans: BlockSpans, dark: bool, rehighlight: bool = True) -> None:
        """New marks; ``rehighlight=False`` when the text is about to be replaced anyway (the
        highlighter then applies them as the new blocks come in)."""
        self._spans = spans
        if dark != self._dark:
            self._dark = dark
            self._formats.clear()
        if rehighlight:
            self.rehighlight()

    def spans(self) -> Mapping[int, tuple[tuple[int, int, Style], ...]]:
        return self._spans

    def format_for(self, style: Style) -> QTextCharFormat:
        fmt = self._formats.get(style)
        if fmt is None:
            fmt = QTextCharFormat()
            for key in style:
                fmt.merge(kind_format(key, self._dark))
            self._formats[style] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        for start, length, style in self._spans.get(self.currentBlock().blockNumber(), ()):
            self.setFormat(start, length, self.format_for(style))
