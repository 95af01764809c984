"""From positioned text lines to paragraphs: the part of PDF reading that needs no PDF.

A PDF has no paragraphs, only glyphs at positions. Lines are rebuilt from baselines
(`pdf.py`); here running headers, footers and page numbers that repeat at page edges are
dropped, lines are grouped into paragraphs by vertical gaps, indents, short last lines
and font size, hyphens at line ends are joined and ligatures U+FB00-FB06 folded.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|•·]*(?:(?:page|p\.|pp\.|стр\.?|страница|с\.)\s*)?\d{1,5}"
    r"(?:\s*(?:of|/|из)\s*\d{1,5})?[\s\-–—|•·]*$",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_TERMINAL = tuple('.!?…:;"”»’)')
_HYPHENS = ("-", "\u00ad", "\u2010", "\x02")
_PUNCTUATION = ".,;:!?\"'()[]{}“”‘’«»„…—–"
EDGE_LINES = 2
FEW_GAPS = 4
COLUMN_WINDOW = 40  # lines either side that show where the column's right edge is
SPACE = 0.22  # a word space, of the font height
INDENT = 0.3  # of the font height: a first line starting further right than this
SINGLE_SPACING = 1.2  # baseline distance / font height, single-spaced body text


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page: left and right edges, baseline, and size: the font's
    height from descent to ascent (points), about 1.15 em; lead: its first word's width,
    0 where unknown."""

    page: int
    text: str
    x0: float
    x1: float
    y: float
    size: float
    lead: float = 0.0


def paragraphs(pages: Sequence[Sequence[Line]]) -> list[str]:
    """The document's paragraphs, without running headers, footers and page numbers."""
    body = [line for page in without_running_lines(pages) for line in page]
    vocabulary = _vocabulary(body)
    return [_join(group, vocabulary) for group in _group(body)]


def without_running_lines(pages: Sequence[Sequence[Line]]) -> list[list[Line]]:
    """Each page without its running lines: lines set apart from the body at the top or
    bottom edge that repeat across pages (digits ignored, so "Page 3" matches "Page 4")
    or that are page numbers."""
    gap = _typical_gap([line for page in pages for line in _top_down(page)])
    edges = [_edge_lines(page, gap) for page in pages]
    counts = Counter(key for page in edges for key in {_key(line) for line in page})
    needed = max(2, (len(pages) + 1) // 2)
    running = {key for key, count in counts.items() if count >= needed}
    return [
        [line for line in page if not (line in edge and _is_running(line, running))]
        for page, edge in zip(pages, edges, strict=True)
    ]


def _top_down(page: Sequence[Line]) -> list[Line]:
    return sorted(page, key=lambda line: -line.y)


def _edge_lines(page: Sequence[Line], gap: float) -> list[Line]:
    """Up to EDGE_LINES lines at the top and at the bottom, set apart from the body by
    more than the usual line spacing."""
    ordered = _top_down(page)
    return _set_apart(ordered, gap) + _set_apart(ordered[::-1], gap)


def _set_apart(ordered: Sequence[Line], gap: float) -> list[Line]:
    """The largest block of up to EDGE_LINES outermost lines that sit close together and
    far from the next line in."""
    found: list[Line] = []
    for count in range(1, min(EDGE_LINES, len(ordered) - 1) + 1):
        block, inner = ordered[:count], ordered[count]
        spacing = 1.5 * max(gap, inner.size, block[-1].size)
        tight = all(abs(a.y - b.y) <= spacing for a, b in zip(block, block[1:], strict=False))
        if tight and abs(block[-1].y - inner.y) > spacing:
            found = list(block)
    return found


def _is_running(line: Line, running: set[str]) -> bool:
    return _key(line) in running or bool(_PAGE_NUMBER.match(line.text))


def _key(line: Line) -> str:
    return _DIGITS.sub("#", " ".join(line.text.lower().split()))


def _group(lines: Sequence[Line]) -> list[list[Line]]:
    if not lines:
        return []
    gap = _typical_gap(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for index in range(1, len(lines)):
        line = lines[index]
        if _starts_paragraph(lines, index, gap):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _typical_gap(lines: Sequence[Line]) -> float:
    """The usual distance between baselines. With only a few lines (where the median may be
    a paragraph gap) it is capped at what single spacing gives for the glyph height."""
    gaps = [
        a.y - b.y
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and 0 < a.y - b.y < 6 * max(a.size, b.size, 1.0)
    ]
    if not gaps:
        return 0.0
    typical = statistics.median(gaps)
    if len(gaps) < FEW_GAPS:
        typical = min(typical, SINGLE_SPACING * statistics.median(line.size for line in lines))
    return typical


def _starts_paragraph(lines: Sequence[Line], index: int, gap: float) -> bool:
    prev, line = lines[index - 1], lines[index]
    size = max(prev.size, line.size, 1.0)
    if abs(prev.size - line.size) > 0.15 * size:  # a heading and its text
        return True
    short = _is_short(lines, index - 1)
    distance = prev.y - line.y
    if prev.page == line.page and distance > 0:
        if gap and distance > 1.35 * gap:
            return True
        if line.x0 > _left_edge(lines, index) + INDENT * size:
            return True  # first-line indent
    return short and prev.text.rstrip().endswith(_TERMINAL)


def _left_edge(lines: Sequence[Line], index: int) -> float:
    """Where the column's lines start, judged from the lines around this one."""
    line = lines[index]
    near = lines[max(0, index - 6) : index + 7]
    return min(other.x0 for other in near if other.page == line.page and other.x1 > line.x0)


def _is_short(lines: Sequence[Line], index: int) -> bool:
    """Whether the next line's first word would have fitted at the end of this line: if so,
    this line was ended on purpose, as a paragraph's last line is (ragged or justified)."""
    line = lines[index]
    near = [
        other.x1
        for other in lines[max(0, index - COLUMN_WINDOW) : index + COLUMN_WINDOW + 1]
        if other.page == line.page and abs(other.x0 - line.x0) < 3 * max(line.size, 1.0)
    ]
    room = max(near) - line.x1
    return room > _first_word_width(lines[index + 1]) if index + 1 < len(lines) else True


def _first_word_width(line: Line) -> float:
    """With the space before it: measured where known, else from the average glyph."""
    text = line.text.strip()
    if not text:
        return 0.0
    if line.lead:
        return line.lead + SPACE * line.size
    per_char = (line.x1 - line.x0) / len(text)
    return per_char * (len(text.split()[0]) + 1)


def _vocabulary(lines: Sequence[Line]) -> frozenset[str]:
    """Every word of the document, lower-cased, without surrounding punctuation."""
    return frozenset(_bare(word) for line in lines for word in line.text.split())


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION).lower()


def _join(group: Sequence[Line], vocabulary: frozenset[str] = frozenset()) -> str:
    text = ""
    for line in group:
        piece = " ".join(line.text.split())
        text = _joined(text, piece, vocabulary) if text else piece
    return text.translate(LIGATURES).replace("\x02", "-").replace("\u00ad", "")


def _joined(text: str, piece: str, vocabulary: frozenset[str]) -> str:
    """Append a line. A word hyphenated across the break is joined ("inter-" + "national"),
    unless the hyphen belongs to it: a number ("68-" + "year-old"), a capital after it
    ("Anglo-" + "Saxon"), or the hyphenated form used elsewhere in the document."""
    if not piece:
        return text
    if len(text) < 2 or not text.endswith(_HYPHENS) or not text[-2].isalnum():
        return f"{text} {piece}"
    if text[-1] == "\u00ad":  # a soft hyphen is only ever a break opportunity
        return text[:-1] + piece
    head, tail = _bare(text[:-1].split()[-1]), _bare(piece.split()[0])
    keep = text[-2].isdigit() or not piece[0].islower() or f"{head}-{tail}" in vocabulary
    return text[:-1] + ("-" if keep else "") + piece
