"""Where the pages of the PDF begin and end: cuts between table rows, never through a row.

Qt's own pagination splits a tall table row across two pages, which puts half a sentence on
each page. Instead the document is laid out once as one long page, and this module picks the
cuts: between blocks on the cover, at row boundaries in the side-by-side table (which starts
on a new page, or on the cover's last page when the cover runs over one, and repeats its
header row on every later page). Only a row taller than a whole page
is cut inside, at its last line that fits (seams.py then splits the paragraphs there).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument, QTextTable


@dataclass(frozen=True, slots=True)
class Page:
    top: float  # document y where this page's content starts
    bottom: float  # ... and ends (exclusive)
    repeat_header: bool  # draw the table's header row above the content


@dataclass(frozen=True, slots=True)
class PagePlan:
    pages: tuple[Page, ...]
    header: tuple[float, float]  # document y range of the table's header row


def plan_pages(doc: QTextDocument, table: QTextTable, height: float) -> PagePlan:
    """Cut the laid-out `doc` (its last element is `table`) into pages of `height` pixels."""
    layout = doc.documentLayout()
    end = layout.documentSize().height()  # lays the whole document out, once
    row_tops = _row_tops(layout, table)
    table_top = row_tops[0]
    header = (table_top, row_tops[1] if len(row_tops) > 1 else end)
    header_height = header[1] - header[0]
    line_tops = _line_tops(doc)
    cover = _cut(0.0, table_top, line_tops, lambda first: height)
    # A cover longer than a page goes on into the table on its last page, rather than
    # leaving that page nearly empty (a line or two) before the table's new page.
    body_top = cover.pop()[0] if len(cover) > 1 else table_top
    body = _cut(
        body_top,
        end,
        line_tops,
        lambda first: height if first else height - header_height,
        preferred=row_tops[1:],
    )
    pages = [Page(a, b, False) for a, b in cover]
    pages += [Page(a, b, a >= header[1] - 0.5) for a, b in body]
    return PagePlan(tuple(pages), header)


def _row_tops(layout: QAbstractTextDocumentLayout, table: QTextTable) -> list[float]:
    """The y of each row's top edge: its first block's top less cell padding and half a rule.

    Format lengths are in 1/96 inch; the layout scales them to the paint device."""
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96.0 if device is not None else 1.0
    fmt = table.format()
    inset = (fmt.cellPadding() + fmt.border() / 2) * scale
    tops = []
    for row in range(table.rows()):
        block = table.cellAt(row, 0).firstCursorPosition().block()
        tops.append(layout.blockBoundingRect(block).top() - inset)
    return tops


def _line_tops(doc: QTextDocument) -> list[float]:
    """The top of every laid-out line: the fallback cut points."""
    layout = doc.documentLayout()
    tops: list[float] = []
    block: QTextBlock = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            tops.append(origin + text_layout.lineAt(n).y())
        block = block.next()
    return sorted(tops)


def _cut(
    start: float,
    end: float,
    breaks: list[float],
    height: Callable[[bool], float],
    preferred: list[float] | None = None,
) -> list[tuple[float, float]]:
    """Greedy pages over [start, end): each ends at the last preferred break that fits,
    else the last break that fits, else wherever the height runs out. A preferred break
    is passed over when what follows it is taller than a page: that gets cut anyway, so
    it starts on this page instead of leaving the rest of the page empty."""
    preferred = preferred or []
    pages: list[tuple[float, float]] = []
    y = start
    while y < end - 0.5:
        limit = y + height(not pages)
        if limit >= end:
            pages.append((y, end))
            break
        cut = _last_between(preferred, y, limit)
        if cut is not None and _next_after(preferred, cut, end) - cut > height(False):
            cut = None
        cut = cut or _last_between(breaks, y, limit) or limit
        pages.append((y, cut))
        y = cut
    return pages


def _next_after(sorted_values: list[float], value: float, end: float) -> float:
    i = bisect.bisect_right(sorted_values, value + 0.5)
    return sorted_values[i] if i < len(sorted_values) else end


def _last_between(sorted_values: list[float], low: float, high: float) -> float | None:
    i = bisect.bisect_right(sorted_values, high) - 1
    if i >= 0 and sorted_values[i] > low + 0.5:
        return sorted_values[i]
    return None
