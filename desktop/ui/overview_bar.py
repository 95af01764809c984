"""A thin bar beside a pane: where the findings sit in the whole article; a click jumps there.

Markers are computed once per comparison/layout (document heights per sentence) and cached;
painting scales them to the bar's height and outlines the part of the article in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from desktop import palette

if TYPE_CHECKING:
    from desktop.engine.model import Comparison
    from desktop.ui.article_pane import ArticlePane

Marker = tuple[float, float, str]  # top, bottom as shares of the document height, kind key


def sentence_kinds(comparison: Comparison, side: str, hidden: frozenset[str]) -> dict[int, str]:
    """Sentence id -> the kind it is marked with on ``side`` (pairs and unique sentences)."""
    kinds: dict[int, str] = {}
    for pair in comparison.pairs:
        if pair.kind not in hidden:
            for sid in pair.left if side == "left" else pair.right:
                kinds[sid] = pair.kind
    if "unique" not in hidden:
        for sid in comparison.unique(side):  # type: ignore[arg-type]
            kinds[sid] = "unique"
    return kinds


class OverviewBar(QWidget):
    jump_requested = Signal(float)  # share of the document height clicked

    def __init__(self, pane: ArticlePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.comparison: Comparison | None = None
        self.hidden: frozenset[str] = frozenset()
        self.dark = False
        self._markers: list[Marker] | None = None
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] = ()
        self.setObjectName(f"{pane.side}Overview")
        self.setAccessibleName(f"{pane.side.capitalize()} overview bar")
        self.setToolTip("Where the findings are in this article; click to jump there")
        self.setFixedWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        pane.text.verticalScrollBar().valueChanged.connect(self.update)
        layout = pane.text.document().documentLayout()
        layout.documentSizeChanged.connect(self._layout_changed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(14, 200)

    def set_comparison(self, comparison: Comparison | None, hidden: frozenset[str]) -> None:
        self.comparison = comparison
        self.hidden = hidden
        self._markers = None
        self.update()

    def _layout_changed(self) -> None:
        self._markers = None
        self.update()

    def markers(self) -> list[Marker]:
        if self._markers is None:
            self._markers = self._compute()
        return self._markers

    def _compute(self) -> list[Marker]:
        pane = self.pane
        total = pane.document_height()
        if self.comparison is None or pane.doc is None or total <= 0:
            return []
        kinds = sentence_kinds(self.comparison, pane.side, self.hidden)
        out = []
        for sid in sorted(kinds):
            top, bottom = pane.sentence_doc_extent(sid)
            out.append((top / total, bottom / total, kinds[sid]))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background())
        self._draw_view(painter, float(self.height()), float(self.width()))
        painter.end()

    def _background(self) -> QPixmap:
        """The markers, painted once per comparison, filter, layout and size."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.palette().cacheKey())
        if self._pixmap is None or self._pixmap_key != key or self._markers is None:
            markers = self.markers()
            pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().color(QPalette.ColorRole.AlternateBase))
            painter = QPainter(pixmap)
            h, w = float(self.height()), float(self.width())
            for top, bottom, kind in markers:
                rect = QRectF(2, top * h, w - 4, max(2.0, (bottom - top) * h))
                painter.fillRect(rect, QColor(palette.BY_KEY[kind].colour))
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
        return self._pixmap

    def _draw_view(self, painter: QPainter, h: float, w: float) -> None:
        total = self.pane.document_height()
        if total <= 0 or self.pane.doc is None:
            return
        top = self.pane.scroll_offset() / total * h
        height = self.pane.viewport_height() / total * h
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, top + 0.5, w - 1, max(4.0, min(h, height) - 1)))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.height() > 0:
            self.jump_requested.emit(max(0.0, min(1.0, event.position().y() / self.height())))
        event.accept()
