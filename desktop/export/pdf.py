"""The highlighted comparison as a PDF, headless, painted page by page.

The document is laid out once, at the writer's resolution (see document_builder), as one
long page; pages.py picks the cuts between rows, and each page is painted through a clip
rectangle, with the running header, the repeated table header and "Page i of N" added here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.export import cover, fonts, styles
from desktop.export.atomic import articles_of, atomic_path
from desktop.export.document_builder import build_document
from desktop.export.errors import ExportCancelled, ExportError
from desktop.export.pages import Page, PagePlan, plan_pages
from desktop.export.rows import reading_rows
from desktop.export.seams import open_seams

if TYPE_CHECKING:
    from desktop.engine.model import Comparison

Progress = Callable[[int, int], None]
PROGRESS_TOTAL = 100  # progress(done, PROGRESS_TOTAL): building 0-40, layout 40-50, pages 50-100
MARGIN_MM = 12.0
BAND_PT = 20.0  # height of the running header and of the footer band
MAX_SEAM_ROUNDS = 12
_T = QLocale.Country
LETTER_TERRITORIES = frozenset(
    {
        _T.UnitedStates,
        _T.Canada,
        _T.Mexico,
        _T.Philippines,
        _T.Chile,
        _T.Colombia,
        _T.Venezuela,
        _T.CostaRica,
        _T.Guatemala,
        _T.Panama,
        _T.DominicanRepublic,
        _T.PuertoRico,
        _T.ElSalvador,
        _T.Nicaragua,
    }
)


@dataclass(frozen=True)
class PdfOptions:
    paper: str | None = None  # "a4" | "letter" | None: from the locale
    landscape: bool = False
    findings_only: bool = False


def paper_size(paper: str | None, locale: QLocale | None = None) -> QPageSize:
    """A4 or Letter; None picks Letter in the Americas' Letter countries, else A4."""
    if paper is None:
        territory = (locale or QLocale()).territory()
        paper = "letter" if territory in LETTER_TERRITORIES else "a4"
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if paper.lower() not in sizes:
        raise ValueError(f"unknown paper size {paper!r}: use a4 or letter")
    return QPageSize(sizes[paper.lower()])


def write_pdf(
    comparison: Comparison,
    path: Path,
    options: PdfOptions = PdfOptions(),  # noqa: B008 - frozen, so a shared default is safe
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the comparison to `path` as PDF, atomically; raise ExportError on failure."""
    path = Path(path)
    try:
        fonts.ensure_gui_app()
    except RuntimeError as exc:
        raise ExportError(f"cannot write {path}: {exc}") from None
    job = _Job(progress, cancelled)
    try:
        page_size = paper_size(options.paper)
    except ValueError as exc:
        raise ExportError(f"cannot write {path}: {exc}") from None
    with atomic_path(path, articles_of(comparison)) as temp:
        writer = QPdfWriter(str(temp))
        try:
            _setup_writer(writer, comparison, page_size, options.landscape)
            _render(writer, comparison, options, job, path)
        finally:
            del writer  # closes the file before the rename (or the removal on failure)


class _Job:
    """Progress reports and cancel checks of one export."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def report(self, done: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()
        if self._progress is not None:
            self._progress(min(done, PROGRESS_TOTAL), PROGRESS_TOTAL)


def _setup_writer(
    writer: QPdfWriter, comparison: Comparison, size: QPageSize, landscape: bool
) -> None:
    writer.setTitle(cover.document_title(comparison))
    writer.setAuthor("Parallax")
    writer.setCreator("Parallax")
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter))


def _render(
    writer: QPdfWriter, comparison: Comparison, options: PdfOptions, job: _Job, path: Path
) -> None:
    rows = reading_rows(comparison, options.findings_only)
    job.report(0)
    step = max(1, len(rows) // 40)

    def on_row(n: int) -> None:
        if n % step == 0:
            job.report(n * 40 // max(1, len(rows)))

    area = writer.pageLayout().paintRectPixels(writer.resolution())
    band = BAND_PT * writer.resolution() / 72.0
    body = QRectF(0, band, area.width(), area.height() - 2 * band)
    doc, table = build_document(comparison, rows, on_row, device=writer, width=body.width())
    job.report(40)
    plan = plan_pages(doc, table, body.height())
    for _ in range(MAX_SEAM_ROUNDS):  # only rows or paragraphs taller than a page need any
        if not open_seams(doc, [page.bottom for page in plan.pages[:-1]]):
            break
        plan = plan_pages(doc, table, body.height())
    job.report(50)
    _paint_pages(writer, doc, comparison, body, plan, job, path)


def _paint_pages(
    writer: QPdfWriter,
    doc: QTextDocument,
    comparison: Comparison,
    body: QRectF,
    plan: PagePlan,
    job: _Job,
    path: Path,
) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"cannot write {path}: the PDF writer could not start")
    try:
        count = len(plan.pages)
        for index, page in enumerate(plan.pages):
            if index:
                writer.newPage()
            _paint_page(painter, doc, body, plan, page)
            _paint_bands(painter, comparison, body, index, count)
            job.report(50 + 50 * (index + 1) // count)
    except BaseException:
        painter.end()
        raise
    if not painter.end():  # the PDF engine writes and closes the file here
        raise ExportError(f"cannot write {path}: the PDF could not be written out")


def _paint_page(
    painter: QPainter, doc: QTextDocument, body: QRectF, plan: PagePlan, page: Page
) -> None:
    y = body.top()
    if page.repeat_header:
        y = _paint_slice(painter, doc, body, y, *plan.header)
    _paint_slice(painter, doc, body, y, page.top, page.bottom)


def _paint_slice(
    painter: QPainter, doc: QTextDocument, body: QRectF, y: float, top: float, bottom: float
) -> float:
    """Draw document range [top, bottom) at page height `y`; return the y below it."""
    painter.save()
    painter.translate(body.left(), y - top)
    # 1 px inside both cuts: a line touching a cut belongs to one page only, and text
    # merely clipped away would still be in the PDF (pdftotext would read it twice)
    doc.drawContents(painter, QRectF(0, top + 1, body.width(), bottom - top - 2))
    painter.restore()
    return y + bottom - top


def _paint_bands(
    painter: QPainter, comparison: Comparison, body: QRectF, index: int, pages: int
) -> None:
    band = body.top()
    width = body.width()
    painter.save()
    painter.setPen(styles.MUTED)
    painter.setFont(fonts.font(7.5))
    header = QRectF(0, 0, width, band * 0.8)
    title = painter.fontMetrics().elidedText(
        cover.document_title(comparison), Qt.TextElideMode.ElideMiddle, int(width)
    )
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    painter.setPen(styles.RULE)
    painter.drawLine(QPointF(0, band * 0.75), QPointF(width, band * 0.75))
    footer = QRectF(0, body.bottom() + band * 0.25, width, band * 0.75)
    painter.setPen(styles.MUTED)
    painter.drawText(
        footer,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        f"Page {index + 1} of {pages}",
    )
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "Parallax")
    painter.restore()
