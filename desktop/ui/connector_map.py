"""The strip between the panes: one band from each aligned sentence to its counterpart(s).

Like Meld's linkmap.py: only pairs with an end in view are drawn; an end that is off screen is
drawn as a stub leaving the strip at the top or bottom edge. Bands are coloured by kind and, for
print and colour-blind readers, outlined solid (overlap) or dashed (framing). The selected pair
gets a heavier outline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop import palette
from desktop.ui.scroll_sync import pair_index

if TYPE_CHECKING:
    from desktop.engine.model import Comparison
    from desktop.ui.article_pane import ArticlePane

STUB = 6  # pixels an off-screen end reaches past the strip's edge


@dataclass(frozen=True, slots=True)
class Band:
    pair: int  # index into comparison.pairs
    kind: str
    left: tuple[float, float]  # top, bottom in strip pixels (clamped to stubs)
    right: tuple[float, float]


class ConnectorMap(QWidget):
    def __init__(
        self, left: ArticlePane, right: ArticlePane, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.comparison: Comparison | None = None
        self.hidden: frozenset[str] = frozenset()
        self.selected_pair: int | None = None
        self.dark = False
        self._index: dict[str, dict[int, int]] = {"left": {}, "right": {}}
        self.setObjectName("connectorMap")
        self.setAccessibleName("Connector strip")
        self.setAccessibleDescription("Bands join each sentence on the left to its counterpart")
        self.setMinimumWidth(36)
        for pane in (left, right):
            pane.text.verticalScrollBar().valueChanged.connect(self.update)
            pane.text.document().documentLayout().documentSizeChanged.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(56, 200)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.selected_pair = None
        self._index = (
            {s: pair_index(comparison, s) for s in ("left", "right")}
            if comparison
            else {"left": {}, "right": {}}
        )
        self.update()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self.hidden = hidden
        self.update()

    def set_selected(self, pair: int | None) -> None:
        self.selected_pair = pair
        self.update()

    def visible_pairs(self) -> list[int]:
        """Pairs with at least one end in view, in pair order."""
        found: set[int] = set()
        for side, pane in (("left", self.left), ("right", self.right)):
            if pane.doc is None:
                continue
            for sid in pane.visible_sentences():
                if sid in self._index[side]:
                    found.add(self._index[side][sid])
        return sorted(found)

    def bands(self) -> list[Band]:
        """Geometry of every band to draw now (strip coordinates)."""
        if self.comparison is None or self.left.doc is None or self.right.doc is None:
            return []
        out = []
        for n in self.visible_pairs():
            pair = self.comparison.pairs[n]
            if pair.kind in self.hidden:
                continue
            left = self._strip_extent(self.left, pair.left)
            right = self._strip_extent(self.right, pair.right)
            out.append(Band(n, pair.kind, left, right))
        return out

    def _strip_extent(self, pane: ArticlePane, ids: tuple[int, ...]) -> tuple[float, float]:
        top, bottom = pane.sentences_doc_extent(ids)
        offset = pane.text.viewport().mapTo(self.window(), QPoint(0, 0)).y()
        own = self.mapTo(self.window(), QPoint(0, 0)).y()
        shift = offset - own - pane.scroll_offset()
        low, high = float(-STUB), float(self.height() + STUB)
        return (
            max(low, min(high, top + shift)),
            max(low, min(high, bottom + shift)),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        for band in self.bands():
            self._draw(painter, band)
        painter.end()

    def is_stub(self, end: tuple[float, float]) -> bool:
        """True for an end drawn as a stub (its sentences are off screen)."""
        return end in ((-STUB, -STUB), (self.height() + STUB, self.height() + STUB))

    def _draw(self, painter: QPainter, band: Band) -> None:
        style = palette.BY_KEY[band.kind]
        fill = QColor(style.fill_dark if self.dark else style.fill_light)
        selected = band.pair == self.selected_pair
        stub = self.is_stub(band.left) or self.is_stub(band.right)
        if not selected:
            fill.setAlpha(90 if stub else 200)
        line = QColor(style.colour)
        if stub and not selected:
            line.setAlpha(110)  # pairs reaching off screen recede behind the ones in view
        pen = QPen(line, 2.4 if selected else 1.0)
        if band.kind == "framing":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(band_path(band, float(self.width())))


def band_path(band: Band, width: float) -> QPainterPath:
    """An S-shaped band from (0, left) to (width, right), Meld-style."""
    (lt, lb), (rt, rb) = band.left, band.right
    mid = width / 2
    path = QPainterPath(QPointF(0, lt))
    path.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(width, rt))
    path.lineTo(QPointF(width, rb))
    path.cubicTo(QPointF(mid, rb), QPointF(mid, lb), QPointF(0, lb))
    path.closeSubpath()
    return path
