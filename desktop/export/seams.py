"""Page cuts that run through a paragraph: split it there, so each page prints its own lines.

A row taller than a page (or a cover paragraph that long) must be cut inside. Qt then draws
the whole paragraph on both pages, clipped: the eye sees each line once, but the PDF holds
the lines next to the cut twice (pdftotext reads them twice), and in the other column a line
may be sliced in half. Opening a seam fixes both: the paragraph is split into two blocks at
the first line that reaches past the cut, and that line gets a top margin that moves it to
the cut exactly. Nothing moves on the page before the cut; after it, the lines start at the
top of the next page as they would anyway.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

EPSILON = 2.0  # device pixels: a block this close to a cut does not cross it


@dataclass(frozen=True, slots=True)
class Seam:
    position: int  # document position where the lower part starts
    push: float  # device pixels to move the lower part down, onto the cut
    block_format: QTextBlockFormat
    split: bool  # False when the block's first line is the one to move


def open_seams(doc: QTextDocument, cuts: Sequence[float]) -> bool:
    """Open a seam wherever a cut crosses a block; True if the document changed (relaid)."""
    seams = _find_seams(doc, sorted(cuts))
    if not seams:
        return False
    device = doc.documentLayout().paintDevice()
    scale = device.logicalDpiY() / 96.0 if device is not None else 1.0  # margins: 1/96 inch
    editor = QTextCursor(doc)
    editor.beginEditBlock()
    for seam in reversed(seams):  # from the end, so earlier positions stay valid
        _open(doc, seam, scale)
    editor.endEditBlock()
    return True


def _find_seams(doc: QTextDocument, cuts: list[float]) -> list[Seam]:
    layout = doc.documentLayout()
    seams: list[Seam] = []
    block: QTextBlock = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        i = bisect.bisect_right(cuts, rect.top() + EPSILON)
        if i < len(cuts) and cuts[i] < rect.bottom() - EPSILON:
            seam = _seam(block, rect.top(), cuts[i])
            if seam is not None:
                seams.append(seam)
        block = block.next()
    return seams


def _seam(block: QTextBlock, top: float, cut: float) -> Seam | None:
    text_layout = block.layout()
    for n in range(text_layout.lineCount()):
        line = text_layout.lineAt(n)
        line_top = top + line.y()
        if line_top + line.height() > cut + EPSILON:
            push = max(0.0, cut - line_top)
            if n == 0:
                return Seam(block.position(), push, block.blockFormat(), False) if push else None
            return Seam(block.position() + line.textStart(), push, block.blockFormat(), True)
    return None


def _open(doc: QTextDocument, seam: Seam, scale: float) -> None:
    cursor = QTextCursor(doc)
    cursor.setPosition(seam.position)
    fmt = QTextBlockFormat(seam.block_format)
    fmt.setTopMargin(fmt.topMargin() + seam.push / scale)
    if seam.split:
        cursor.insertBlock(fmt, cursor.charFormat())
    else:
        cursor.setBlockFormat(fmt)
