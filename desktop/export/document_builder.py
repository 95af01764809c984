"""The comparison as one QTextDocument: a cover page, then the side-by-side table.

Layout cost (NOTES.md, "PDF from Qt"): inserting rows while a layout reacts to every insert
is quadratic. Here the layout gets its paint device (the PDF writer, so 10 pt is 10 pt) and
width while the document is still empty, and the whole build runs inside ONE edit block, so
Qt lays the document out exactly once, at endEditBlock, at the writer's resolution. (Building
first and attaching the device afterwards lays it out twice: once at screen DPI on the first
documentLayout() call, again for the device: 1,000+1,000 sentences 0.9 + 1.0 s vs 0.6 s.)
Every insertText gets an explicit format so highlights never bleed into the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QBrush,
    QPaintDevice,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from desktop import palette
from desktop.export import cover, fonts, styles
from desktop.export.marks import SentenceMarker
from desktop.export.rows import Row

if TYPE_CHECKING:
    from desktop.engine.model import Comparison, Document

# Lengths in text formats (padding, borders, margins) are in 1/96 inch; the layout scales
# them to the paint device. Page sizes, by contrast, are in the device's own pixels.
FORMAT_PX_PER_PT = 96 / 72
SIDE_PADDING_PT = 7.0


def build_document(
    comparison: Comparison,
    rows: Sequence[Row],
    on_row: Callable[[int], None] | None = None,
    device: QPaintDevice | None = None,
    width: float | None = None,
) -> tuple[QTextDocument, QTextTable]:
    """Build the whole document and return it with its side-by-side table.

    `device` and `width` (in device pixels) are given to the layout before anything is
    inserted; `on_row(n)` is called after each table row and may raise to cancel.
    """
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(fonts.font(styles.BODY_PT))
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    if width is not None:
        doc.setTextWidth(width)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # the layout hears of the inserts once, at endEditBlock
    _cover(cursor, comparison, FORMAT_PX_PER_PT)
    table = _comparison_table(cursor, comparison, rows, FORMAT_PX_PER_PT, on_row)
    cursor.endEditBlock()  # not reached on cancel: a half-built document is never laid out
    return doc, table


def _table_format(px_per_pt: float, widths: Sequence[float], border: bool) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    fmt.setCellPadding(3 * px_per_pt)
    fmt.setCellSpacing(0)
    fmt.setBorderCollapse(True)
    fmt.setBorder(1.0 if border else 0)  # 1/96 inch; Qt drops fractional collapsed borders
    fmt.setBorderBrush(QBrush(styles.RULE))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setTopMargin(4 * px_per_pt)
    fmt.setBottomMargin(8 * px_per_pt)
    return fmt


def _paragraph(cursor: QTextCursor, text: str, point_size: float, bold: bool = False) -> None:
    cursor.insertBlock()
    cursor.insertText(text, styles.text_format(point_size, bold=bold))


def _cover(cursor: QTextCursor, comparison: Comparison, px: float) -> None:
    cursor.insertText(
        "Parallax · comparison of two articles", styles.text_format(9, colour=styles.MUTED)
    )
    table = cursor.insertTable(1, 2, _table_format(px, (50, 50), border=False))
    for column, doc in enumerate(comparison.documents):
        _article_heading(table.cellAt(0, column).firstCursorPosition(), doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    _paragraph(cursor, "Summary", 12, bold=True)
    _two_column_facts(cursor, cover.summary_lines(comparison), px)
    _paragraph(cursor, "Legend", 12, bold=True)
    _legend(cursor, px)
    _paragraph(cursor, cover.HOW_TO_READ, 9)


def _article_heading(cursor: QTextCursor, doc: Document) -> None:
    head = cover.heading(doc)
    cursor.insertText(
        f"{cover.SIDE_WORD[doc.side]} article".upper(),
        styles.text_format(8, True, colour=styles.MUTED),
    )
    cursor.insertBlock()
    cursor.insertText(head.title, styles.text_format(14, bold=True))
    for detail in head.details:
        cursor.insertBlock()
        cursor.insertText(detail, styles.text_format(9, colour=styles.MUTED))


def _two_column_facts(cursor: QTextCursor, lines: Sequence[tuple[str, str]], px: float) -> None:
    table = cursor.insertTable(len(lines), 2, _table_format(px, (32, 68), border=True))
    for n, (label, value) in enumerate(lines):
        table.cellAt(n, 0).firstCursorPosition().insertText(label, styles.text_format(9, bold=True))
        table.cellAt(n, 1).firstCursorPosition().insertText(value, styles.text_format(9))
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _legend(cursor: QTextCursor, px: float) -> None:
    table = cursor.insertTable(len(palette.KINDS), 3, _table_format(px, (16, 28, 56), border=True))
    for n, kind in enumerate(palette.KINDS):
        _legend_sample(table, n, kind.key)
        table.cellAt(n, 1).firstCursorPosition().insertText(
            kind.label, styles.text_format(9, bold=True)
        )
        meaning = table.cellAt(n, 2).firstCursorPosition()
        meaning.insertText(kind.description, styles.text_format(9))
        meaning.insertBlock()
        meaning.insertText(
            "Printed as: " + cover.PRINTED_AS[kind.key], styles.text_format(8, colour=styles.MUTED)
        )
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _legend_sample(table: QTextTable, n: int, key: str) -> None:
    cell = table.cellAt(n, 0)
    cursor = cell.firstCursorPosition()
    sample = cover.LEGEND_SAMPLES[key]
    if key in styles.ROW_STYLE:
        _tint(cell, key)
        glyph, _, word = sample.partition(" ")
        cursor.insertText(glyph + " ", styles.glyph_format(key))
        cursor.insertText(word, styles.sentence_format(frozenset(), key))
    else:
        cursor.insertText(sample, styles.sentence_format(frozenset({key}), "overlap"))


def _side_cell_format(row_kind: str) -> QTextTableCellFormat:
    """Tinted by kind, with a wide side padding: with a narrow gap between the columns
    pdftotext reads a left line and the right line beside it as one line."""
    fmt = QTextTableCellFormat()
    fill = styles.row_fill(row_kind)
    if fill is not None:
        fmt.setBackground(fill)
    fmt.setLeftPadding(SIDE_PADDING_PT * FORMAT_PX_PER_PT)
    fmt.setRightPadding(SIDE_PADDING_PT * FORMAT_PX_PER_PT)
    return fmt


def _tint(cell: object, row_kind: str) -> None:
    fill = styles.row_fill(row_kind)
    if fill is not None:
        fmt = QTextTableCellFormat()
        fmt.setBackground(fill)
        cell.setFormat(fmt)  # type: ignore[attr-defined]


def _comparison_table(
    cursor: QTextCursor,
    comparison: Comparison,
    rows: Sequence[Row],
    px: float,
    on_row: Callable[[int], None] | None,
) -> QTextTable:
    cue_rows = sum(1 for r in rows if _cue_notes(r))
    fmt = _table_format(px, (50, 50), border=True)
    fmt.setHeaderRowCount(1)
    fmt.setTopMargin(0)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    table = cursor.insertTable(1 + len(rows) + cue_rows, 2, fmt)
    _header_row(table, comparison)
    marker = SentenceMarker(comparison)
    at = 1
    for n, row in enumerate(rows):
        _fill_row(table, at, comparison, row, marker)
        at += 1
        notes = _cue_notes(row)
        if notes:
            _cue_row(table, at, notes)
            at += 1
        if on_row is not None:
            on_row(n)
    return table


def _header_row(table: QTextTable, comparison: Comparison) -> None:
    for column, doc in enumerate(comparison.documents):
        cell = table.cellAt(0, column)
        fmt = QTextTableCellFormat()
        fmt.setBackground(styles.HEADER_FILL)
        cell.setFormat(fmt)
        text = f"{cover.SIDE_WORD[doc.side]}: {cover.title_of(doc)}"
        cell.firstCursorPosition().insertText(text, styles.text_format(8.5, bold=True))


def _fill_row(
    table: QTextTable, at: int, comparison: Comparison, row: Row, marker: SentenceMarker
) -> None:
    for column, (doc, ids) in enumerate(
        ((comparison.left, row.left), (comparison.right, row.right))
    ):
        if not ids:
            continue
        cell = table.cellAt(at, column)
        cell.setFormat(_side_cell_format(row.kind))
        cursor = cell.firstCursorPosition()
        glyph = styles.row_glyph(row.kind)
        if glyph:
            cursor.insertText(glyph + " ", styles.glyph_format(row.kind))
        for k, sentence_id in enumerate(ids):
            if k:
                cursor.insertText(" ", styles.sentence_format(frozenset(), row.kind))
            for segment in marker.segments(doc, sentence_id, row.pair):
                cursor.insertText(segment.text, styles.sentence_format(segment.marks, row.kind))


def _cue_notes(row: Row) -> list[str]:
    if row.pair is None:
        return []
    return [cue.note for cue in row.pair.cues if cue.note.strip()]


def _cue_row(table: QTextTable, at: int, notes: Sequence[str]) -> None:
    table.mergeCells(at, 0, 1, 2)
    cursor = table.cellAt(at, 0).firstCursorPosition()
    cursor.insertText(
        palette.FRAMING.glyph + " Framing: ",
        styles.text_format(styles.SMALL_PT, True, colour=styles.MUTED),
    )
    cursor.insertText(
        cover.cue_text(list(notes)),
        styles.text_format(styles.SMALL_PT, italic=True, colour=styles.INK),
    )
