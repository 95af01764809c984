"""PDF fixtures drawn with Qt's QPdfWriter (tests only: the readers never import Qt).

A QGuiApplication must exist (pytest-qt's `qapp` fixture). Pages get a running header and
a "Page N" footer outside the text body, like a newspaper's printed article. The text is
wrapped here with QFontMetricsF: QTextDocument.drawContents page by page draws the line at
a page break on both pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

DPI = 300
HEADER = "The Daily Ledger · World news"


def text_pdf(
    paragraphs: Sequence[str], *, title: str = "", heading: str = "", running: bool = True
) -> bytes:
    """The paragraphs as a paginated PDF with a text layer, wrapped and drawn line by line
    (paragraphs continue across page breaks). `<br>` is a forced line break inside a
    paragraph, used to split a hyphenated word across two lines."""
    buffer, writer = _writer(title)
    page = writer.pageLayout().paintRectPixels(DPI)
    painter = QPainter(writer)
    layout = _Pages(painter, writer, page.width(), page.height(), running)
    if heading:
        layout.paragraph(heading, QFont("DejaVu Serif", 18))
    for paragraph in paragraphs:
        layout.paragraph(paragraph, QFont("DejaVu Serif", 11))
    layout.finish()
    painter.end()
    return _bytes(buffer)


def image_pdf() -> bytes:
    """A scanned page: a picture of text, no text layer."""
    buffer, writer = _writer("Scanned page")
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image_painter = QPainter(image)
    image_painter.setFont(QFont("DejaVu Serif", 24))
    image_painter.drawText(QRectF(20, 20, 760, 360), "A scanned article page")
    image_painter.end()
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, 2000, 1000), image)
    painter.end()
    return _bytes(buffer)


class _Pages:
    """Draws wrapped lines top to bottom, starting a new page when one is full."""

    def __init__(
        self, painter: QPainter, writer: QPdfWriter, width: int, height: int, running: bool
    ) -> None:
        self.painter, self.writer, self.width, self.height = painter, writer, width, height
        self.running = running
        self.band = 150 if running else 0
        self.page = 1
        self.y = float(self.band)

    def paragraph(self, text: str, font: QFont) -> None:
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        for segment in text.split("<br>"):
            for line in _wrap(segment, metrics, self.width):
                self._line(line, metrics)
        self.y += 0.8 * metrics.lineSpacing()

    def finish(self) -> None:
        self._running_lines()

    def _line(self, line: str, metrics: QFontMetricsF) -> None:
        if self.y + metrics.lineSpacing() > self.height - self.band:
            self._running_lines()
            self.writer.newPage()
            self.page += 1
            self.y = float(self.band)
        self.painter.drawText(QPointF(0, self.y + metrics.ascent()), line)
        self.y += metrics.lineSpacing()

    def _running_lines(self) -> None:
        if not self.running:
            return
        self.painter.save()
        self.painter.setFont(QFont("DejaVu Sans", 8))
        top = QRectF(0, 0, self.width, 60)
        self.painter.drawText(top, Qt.AlignmentFlag.AlignLeft, HEADER)
        bottom = QRectF(0, self.height - 60, self.width, 60)
        self.painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, f"Page {self.page}")
        self.painter.restore()


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            candidate = word
        current = candidate
    return [*lines, current] if current else lines


def _writer(title: str) -> tuple[QBuffer, QPdfWriter]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Parallax tests")
    return buffer, writer


def _bytes(buffer: QBuffer) -> bytes:
    buffer.close()
    return bytes(buffer.data().data())
