"""The legend: every mark the window uses, explained - swatch, underline, glyph, words.

    from desktop.ui.legend import Legend
    legend = Legend()                 # one row per palette kind, plus the diff marks
    legend.rows["framing"].toolTip()  # each row is also described for screen readers

Everything comes from `desktop.palette`, so the legend cannot drift from the highlights.
Samples are painted with the palette's light or dark tint, whichever the widget shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.palette import KindStyle
from desktop.ui import theme

SAMPLE_TEXT = "Sample"
DIFF_MARKS = (
    ("struck", "Struck-through words", "Words only the left article uses."),
    ("underlined", "Underlined words", "Words only the right article uses."),
)
UNDERLINE_WORDS = {
    "solid": "solid underline", "dash": "dashed underline", "dot": "dotted underline",
    "wave": "wavy underline", "double": "double underline", "none": "no underline",
}


class MarkSample(QWidget):
    """A word painted the way the article panes mark a kind: tint plus its line style."""

    def __init__(self, style: KindStyle, text: str = SAMPLE_TEXT, line: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_style = style
        self.sample_text = text
        self.line = line or style.underline  # "strike" draws through the middle
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{text}, {UNDERLINE_WORDS.get(self.line, self.line)}")

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        pad = metrics.height() // 2
        width = metrics.horizontalAdvance(self.sample_text) + 2 * pad
        return QSize(width, int(metrics.height() * 1.6))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.fill(self.kind_style, self.palette()))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.sample_text)
        pad = metrics.height() / 2
        baseline = box.center().y() + (metrics.ascent() - metrics.descent()) / 2
        self._draw_line(painter, pad, box.width() - pad, baseline, metrics)
        painter.end()

    def _draw_line(self, painter: QPainter, x0: float, x1: float, baseline: float,
                   metrics: QFontMetrics) -> None:
        em = metrics.height()
        width = float(max(1, round(em / 12)))
        pen = QPen(theme.mark(self.kind_style), width)
        y = int(baseline + max(2 * width, metrics.descent() * 0.7)) + width / 2  # on pixels
        if self.line == "none":
            return
        if self.line == "strike":
            y = int(baseline - em * 0.28) + width / 2
        pen.setStyle(theme.pen_style(self.kind_style) if self.line == self.kind_style.underline
                     else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.line == "wave":
            painter.drawPath(_wave(x0, x1, y, width * 1.5))
            return
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        if self.line == "double":
            painter.drawLine(QPointF(x0, y + 2 * width), QPointF(x1, y + 2 * width))


def _wave(x0: float, x1: float, y: float, height: float) -> QPainterPath:
    path = QPainterPath(QPointF(x0, y))
    x, up = x0, True
    while x < x1:
        x = min(x + height * 2, x1)
        path.lineTo(QPointF(x, y - height if up else y + height))
        up = not up
    return path


def _glyph(style: KindStyle, parent: QWidget) -> QLabel:
    label = QLabel(style.glyph, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("MM"))
    label.setToolTip(f"Margin marker for: {style.label}")
    label.setAccessibleName(f"marker {style.glyph}")
    return label


def _words(title: str, description: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<b>{title}</b><br>{description}", parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _describe(style: KindStyle) -> str:
    line = UNDERLINE_WORDS.get(style.underline, style.underline)
    return f"{style.label}: tinted, {line}, marker {style.glyph}. {style.description}"


class BandSample(QWidget):
    """A connector band as the strip between the panes draws it: tint, outline in the kind's
    colour, solid for overlap and dashed for framing, heavier when selected."""

    def __init__(self, style: KindStyle, selected: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_style = style
        self.selected = selected
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(SAMPLE_TEXT) + metrics.height(),
                     int(metrics.height() * 1.6))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        top, bottom, rise = h * 0.15, h * 0.55, h * 0.3
        path = QPainterPath(QPointF(0, top + rise))
        path.cubicTo(QPointF(w / 2, top + rise), QPointF(w / 2, top), QPointF(w, top))
        path.lineTo(QPointF(w, bottom))
        path.cubicTo(QPointF(w / 2, bottom), QPointF(w / 2, bottom + rise),
                     QPointF(0, bottom + rise))
        path.closeSubpath()
        pen = QPen(theme.mark(self.kind_style), 2.4 if self.selected else 1.0)
        if self.kind_style.key == "framing":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(theme.fill(self.kind_style, self.palette()))
        painter.drawPath(path)
        painter.end()


BANDS = (
    ("band_overlap", palette.OVERLAP, False, "Solid band",
     "Joins a sentence to its counterpart: the same claim in nearly the same words."),
    ("band_framing", palette.FRAMING, False, "Dashed band",
     "Joins a sentence to its counterpart: the same claim told differently."),
    ("band_selected", palette.OVERLAP, True, "Heavier outline",
     "The pair that is selected now."),
)


class Legend(QScrollArea):
    """Scrolls rather than squeezes when the tab it sits in is short; arrow keys scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: dict[str, QWidget] = {}
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(self.fontMetrics().height() // 2)
        self._add_heading("In the articles")
        for style in palette.KINDS:
            self._add_mark(style, None, style.label, style.description)
        self._add_heading("Between the articles")
        for key, style, selected, title, words in BANDS:
            self._add_row(key, BandSample(style, selected, self.body), QLabel("", self.body),
                          title, words, f"{title}: {words}")
        self._add_heading("In the details panel")
        for line, title, words in DIFF_MARKS:
            kind = "strike" if line == "struck" else "solid"
            self._add_mark(palette.CHANGED_WORDS, kind, title, words, key=line)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setWidget(self.body)

    def _add_heading(self, text: str) -> None:
        heading = QLabel(f"<b>{text}</b>", self.body)
        heading.setContentsMargins(0, self.fontMetrics().height() // 3, 0, 0)
        self.grid.addWidget(heading, self.grid.rowCount(), 0, 1, 3)

    def _add_mark(self, style: KindStyle, line: str | None, title: str, words: str,
                  key: str | None = None) -> None:
        sample = MarkSample(style, line=line, parent=self.body)
        glyph = _glyph(style, self.body) if line is None else QLabel("", self.body)
        description = _describe(style) if line is None else f"{title}: {words}"
        self._add_row(key or style.key, sample, glyph, title, words, description)

    def _add_row(self, key: str, sample: QWidget, glyph: QLabel, title: str, words: str,
                 description: str) -> None:
        row = self.grid.rowCount()
        text = _words(title, words, self.body)
        self.grid.addWidget(sample, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(glyph, row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(text, row, 2)
        for widget in (sample, text):
            widget.setToolTip(description)
        text.setAccessibleName(description)
        self.rows[key] = text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.body.update()
        super().changeEvent(event)
