"""The summary: a few small cards instead of a wall of text.

    from desktop.ui.summary_panel import SummaryPanel
    panel = SummaryPanel()
    panel.set_comparison(comparison)      # None shows the empty state
    panel.fields["overlap"].text()        # "2"  (also: similarity, framing, unique_left,
                                          # unique_right, sources_left, sources_shared,
                                          # sources_right, entities_left, entities_right)

Cards: Similarity (one figure plus each side's share in shared claims), Findings (count per
kind with the palette glyph and swatch), Sources (only left / shared / only right) and Names
(entities only one article mentions). Long lists show the first few and "+N more"; the full
list is in the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from desktop import palette
from desktop.engine.model import Comparison, Summary
from desktop.ui import theme

LIST_LIMIT = 6
_LAST_ROW = 99  # an empty stretching row keeps each card's content at its top
NONE = "—"
COUNT_ROWS = (
    ("overlap", palette.OVERLAP, "Overlapping claims"),
    ("framing", palette.FRAMING, "Divergent framing"),
    ("unique_left", palette.UNIQUE, "Only in the left article"),
    ("unique_right", palette.UNIQUE, "Only in the right article"),
    ("source_left", palette.ATTRIBUTION_UNIQUE, "Sources only the left credits"),
    ("source_right", palette.ATTRIBUTION_UNIQUE, "Sources only the right credits"),
)
_COUNT_OF = {
    "source_left": lambda s: len(s.sources_only_left),
    "source_right": lambda s: len(s.sources_only_right),
}


def short_list(items: Sequence[str], limit: int = LIST_LIMIT) -> str:
    """One item a line, at most `limit` lines, then "+N more"."""
    if not items:
        return NONE
    shown = [f"•\u00a0{item}" for item in items[:limit]]
    if len(items) > limit:
        shown.append(f"+{len(items) - limit} more")
    return "\n".join(shown)


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


class ShareBar(QWidget):
    """A thin bar: how much of one article's text sits in shared claims (0-1)."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.share = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_share(self, share: float) -> None:
        self.share = min(max(share, 0.0), 1.0)
        self.setAccessibleName(f"{self.side} article: {percent(self.share)} in shared claims")
        self.setToolTip(self.accessibleName())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        em = self.fontMetrics().height()
        return QSize(em * 6, max(4, em // 2))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = box.height() / 2
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, radius, radius)
        if self.share > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.mark(palette.OVERLAP))
            filled = QRectF(box.left(), box.top(), max(box.height(), box.width() * self.share),
                            box.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.grid = QGridLayout(self)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.grid.addWidget(heading, 0, 0, 1, 3)
        self.grid.setRowStretch(_LAST_ROW, 1)

    def add(self, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        self.grid.addWidget(widget, row, column, 1, span)


def _label(parent: QWidget, text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SummaryPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users can scroll it
        self.setAccessibleName("Comparison summary")
        self.fields: dict[str, QLabel] = {}
        self.cards: dict[str, _Card] = {}
        body = QWidget(self)
        grid = QGridLayout(body)
        self._build_similarity(body, grid)
        self._build_counts(body, grid)
        self._build_lists(body, grid, "sources", "Sources credited",
                          (("sources_left", "Only left"), ("sources_shared", "Both"),
                           ("sources_right", "Only right")), 1)
        self._build_lists(body, grid, "entities", "Names only one article mentions",
                          (("entities_left", "Only left"), ("entities_right", "Only right")),
                          2)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, never clip
        self.setWidget(body)
        self.set_comparison(None)

    # --- building --------------------------------------------------------------------

    def _build_similarity(self, body: QWidget, grid: QGridLayout) -> None:
        card = self.cards["similarity"] = _Card("Similarity", body)
        card.setToolTip("One overall figure, 0-100%, for how much the articles say alike")
        self.fields["similarity"] = _label(card, scale=2.2, bold=True)
        self.fields["shares"] = _label(card, "In shared claims:", scale=0.9)
        self.bars = {side: ShareBar(side.capitalize(), card) for side in ("left", "right")}
        card.add(self.fields["similarity"], 1, 0, 3)
        card.add(self.fields["shares"], 2, 0, 3)
        for row, side in enumerate(("left", "right"), start=3):
            name = self.fields[f"share_{side}"] = _label(card, scale=0.9)
            card.add(name, row, 0)
            card.add(self.bars[side], row, 1, 2)
        card.grid.setColumnStretch(1, 1)
        grid.addWidget(card, 0, 0)

    def _build_counts(self, body: QWidget, grid: QGridLayout) -> None:
        card = self.cards["counts"] = _Card("Findings", body)
        for row, (key, style, text) in enumerate(COUNT_ROWS, start=1):
            swatch = QLabel(card)
            swatch.setPixmap(theme.swatch_icon(style.colour, card).pixmap(
                card.fontMetrics().height(), card.fontMetrics().height()))
            swatch.setToolTip(style.description)
            swatch.setAccessibleName(style.label)
            card.add(swatch, row, 0)
            card.add(_label(card, f"{style.glyph}  {text}"), row, 1)
            self.fields[key] = _label(card, bold=True)
            self.fields[key].setAlignment(Qt.AlignmentFlag.AlignRight)
            card.add(self.fields[key], row, 2)
        card.grid.setColumnStretch(1, 1)
        grid.addWidget(card, 0, 1)

    def _build_lists(self, body: QWidget, grid: QGridLayout, key: str, title: str,
                     columns: Sequence[tuple[str, str]], row: int) -> None:
        card = self.cards[key] = _Card(title, body)
        for at, (field, heading) in enumerate(columns):
            card.add(_label(card, heading, scale=0.9), 1, at)
            value = self.fields[field] = _label(card)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value.setWordWrap(True)
            card.add(value, 2, at)
            card.grid.setColumnStretch(at, 1)
        grid.addWidget(card, row, 0, 1, 2)

    # --- public API --------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None:
            for label in self.fields.values():
                label.setText(NONE)
                label.setToolTip("")
            self.fields["shares"].setText("Open two articles to compare them.")
            for bar in self.bars.values():
                bar.set_share(0.0)
        else:
            self._show(comparison.summary)
        for card in self.cards.values():
            texts = [w.text() for w in card.findChildren(QLabel) if w.text()]
            card.setAccessibleDescription(". ".join(t.replace("\n", ", ") for t in texts))

    def _show(self, summary: Summary) -> None:
        self.fields["similarity"].setText(f"{summary.similarity:.0f}%")
        self.fields["shares"].setText("In shared claims:")
        for side, share in (("left", summary.shared_share_left),
                            ("right", summary.shared_share_right)):
            self.fields[f"share_{side}"].setText(f"{side.capitalize()} {percent(share)}")
            self.bars[side].set_share(share)
        for key, _style, _text in COUNT_ROWS:
            count = _COUNT_OF[key](summary) if key in _COUNT_OF else getattr(summary, key)
            self.fields[key].setText(str(count))
        self._list("sources_left", summary.sources_only_left)
        self._list("sources_shared", summary.sources_shared)
        self._list("sources_right", summary.sources_only_right)
        self._list("entities_left", summary.entities_only_left)
        self._list("entities_right", summary.entities_only_right)

    def _list(self, field: str, items: Sequence[str]) -> None:
        label = self.fields[field]
        label.setText(short_list(items))
        label.setToolTip("\n".join(items) if len(items) > LIST_LIMIT else "")
        label.setAccessibleName(", ".join(items) or "none")

