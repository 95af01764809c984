"""One side of the window: a header (title, outlet or file, word count) over the read-only text.

The pane knows its Document's sentences and answers geometry questions in viewport pixels
(where a sentence is, which sentence is at a height) for the connector strip, the overview bar
and scroll sync. It marks the selected sentences with ExtraSelections (transient marks only).
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from desktop.ui.highlighter import BlockSpans, FindingHighlighter, Utf16Index, display_text

if TYPE_CHECKING:
    from desktop.engine.model import Document

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
PLACEHOLDER = "Drop an article here, open one with {open_key}, or paste text with Ctrl+Shift+V."


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def header_title(doc: Document) -> str:
    """The article's title, else its file name, else a plain description."""
    article = doc.article
    if article.title:
        return article.title
    return Path(article.path).name if article.path else "Untitled article"


def header_line(doc: Document, encoding: str | None = None) -> str:
    """'RIA News · left.txt · koi8-r · 341 words' from whatever the article knows about itself
    (the file name only when the title is not already the file name; the encoding only when
    the user chose one)."""
    article = doc.article
    name = Path(article.path).name if article.path else None
    shown = (article.outlet, name if article.title else None, encoding, article.shown_date())
    parts = [p for p in shown if p]
    parts.append(f"{word_count(article.text):,} words")
    return " · ".join(dict.fromkeys(parts))


class ArticleText(QTextEdit):
    """Read-only text that accepts dropped files and tells where the cursor went."""

    files_dropped = Signal(list)
    text_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    @staticmethod
    def _wanted(event: QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasUrls() or (mime.hasText() and bool(mime.text().strip()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_wanted(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_wanted(event)

    def _accept_wanted(self, event: QDragMoveEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A dropped file is opened; dropped text (from a browser, say) is taken as pasted."""
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        elif not mime.hasUrls() and mime.hasText() and mime.text().strip():
            event.acceptProposedAction()
            self.text_dropped.emit(mime.text())
        else:
            event.ignore()


class ArticlePane(QWidget):
    """Header plus text for one side; `sentence_changed(id)` when the cursor enters a sentence."""

    sentence_changed = Signal(int)

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.doc: Document | None = None
        self.encoding: str | None = None  # the user's choice for this side's file, if any
        self._index = Utf16Index("")
        self._starts: list[int] = []
        self._last_sentence = -1
        self.title = QLabel()
        self.meta = QLabel()
        self.text = ArticleText()
        self.highlighter = FindingHighlighter(self.text.document())
        self._build(side)
        self.text.cursorPositionChanged.connect(self._cursor_moved)

    def _build(self, side: str) -> None:
        self.setObjectName(f"{side}Pane")
        self.title.setObjectName("paneTitle")
        self.meta.setObjectName("paneMeta")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(False)
        self.title.setMinimumWidth(1)
        self.meta.setMinimumWidth(1)
        self.text.setAccessibleName(f"{side.capitalize()} article")
        key = "Ctrl+O" if side == "left" else "Ctrl+Shift+O"
        self.text.setPlaceholderText(PLACEHOLDER.format(open_key=key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        self.set_header("No article", "Empty")

    def set_header(self, title: str, meta: str) -> None:
        self.title.setText(title)
        self.title.setToolTip(title)
        self.meta.setText(meta)

    # -- content -------------------------------------------------------------------------

    def set_document(self, doc: Document, spans: BlockSpans, dark: bool) -> None:
        """Show a new document; keeps the scroll position when the text did not change."""
        same = self.doc is not None and self.doc.text == doc.text
        self.doc = doc
        self._starts = [s.start for s in doc.sentences]
        if same:
            self.highlighter.set_spans(spans, dark)
        else:
            self._index = Utf16Index(doc.text)
            self._last_sentence = -1
            self.highlighter.set_spans(spans, dark, rehighlight=False)
            self._fill(display_text(doc.text))
        self.set_header(header_title(doc), header_line(doc, self.encoding))

    def set_encoding(self, encoding: str | None) -> None:
        """Name the encoding the user chose in the header (None: detected, not shown)."""
        self.encoding = encoding
        self.meta.setToolTip(f"Read as {encoding} (chosen in File > Reopen)" if encoding else "")
        if self.doc is not None:
            self.set_header(header_title(self.doc), header_line(self.doc, encoding))

    def _fill(self, text: str) -> None:
        """Replace the text in one edit, paragraphs spaced for reading, highlighted as it goes
        in: one layout pass (setPlainText, then formats, would lay the text out three times)."""
        document = self.text.document()
        block = QTextBlockFormat()
        block.setLineHeight(118.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self.fontMetrics().height() * 0.6)
        self.text.blockSignals(True)  # no cursor moves to report while the text changes
        try:
            document.clear()
            cursor = QTextCursor(document)
            cursor.setBlockFormat(block)
            cursor.insertText(text, QTextCharFormat())
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self.text.blockSignals(False)

    def set_spans(self, spans: BlockSpans, dark: bool) -> None:
        self.highlighter.set_spans(spans, dark)

    def clear(self) -> None:
        self.doc = None
        self._starts = []
        self.highlighter.set_spans({}, False)
        self.text.clear()
        self.set_header("No article", "Empty")

    # -- offsets -------------------------------------------------------------------------

    def qt_position(self, index: int) -> int:
        return self._index.to_utf16(index)

    def sentence_at_index(self, index: int) -> int | None:
        if not self._starts or self.doc is None:
            return None
        sid = max(0, bisect.bisect_right(self._starts, index) - 1)
        return sid

    def current_sentence(self) -> int | None:
        return self.sentence_at_index(self._index.to_code_point(self.text.textCursor().position()))

    def _cursor_moved(self) -> None:
        sid = self.current_sentence()
        if sid is not None and sid != self._last_sentence:
            self._last_sentence = sid
            self.sentence_changed.emit(sid)

    # -- geometry (viewport pixels) ------------------------------------------------------

    def doc_y(self, index: int, bottom: bool = False) -> float:
        """Document y of code point ``index`` (top of its line, or bottom with ``bottom``)."""
        document = self.text.document()
        pos = self.qt_position(index)
        block = document.findBlock(pos)
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.bottom() if bottom else rect.top()
        line = layout.lineForTextPosition(max(0, pos - block.position()))
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        y = rect.top() + line.y()
        return y + line.height() if bottom else y

    def sentence_doc_extent(self, sid: int) -> tuple[float, float]:
        assert self.doc is not None
        sentence = self.doc.sentences[sid]
        end = max(sentence.start, sentence.end - 1)
        return self.doc_y(sentence.start), self.doc_y(end, bottom=True)

    def sentences_doc_extent(self, ids: tuple[int, ...]) -> tuple[float, float]:
        extents = [self.sentence_doc_extent(i) for i in ids]
        return min(e[0] for e in extents), max(e[1] for e in extents)

    def scroll_offset(self) -> int:
        return self.text.verticalScrollBar().value()

    def to_viewport(self, doc_y: float) -> float:
        return doc_y - self.scroll_offset()

    def sentence_extent(self, sid: int) -> tuple[float, float]:
        top, bottom = self.sentence_doc_extent(sid)
        return self.to_viewport(top), self.to_viewport(bottom)

    def viewport_height(self) -> int:
        return self.text.viewport().height()

    def sentence_at_y(self, y: float) -> int | None:
        """The sentence under viewport height ``y`` (nearest one at the document's ends)."""
        if self.doc is None or not self._starts:
            return None
        cursor = self.text.cursorForPosition(QPoint(4, int(y)))
        return self.sentence_at_index(self._index.to_code_point(cursor.position()))

    def visible_sentences(self) -> range:
        first = self.sentence_at_y(0)
        last = self.sentence_at_y(self.viewport_height())
        if first is None or last is None:
            return range(0)
        return range(first, last + 1)

    def document_height(self) -> float:
        return self.text.document().size().height()

    # -- moving --------------------------------------------------------------------------

    def scroll_to_doc_y(self, doc_y: float) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(int(round(max(bar.minimum(), min(bar.maximum(), doc_y)))))

    def ensure_visible(self, ids: tuple[int, ...], anchor: float = 0.3) -> None:
        """Scroll so the sentences are in view; leaves the view alone when they already are."""
        if not ids or self.doc is None:
            return
        top, bottom = self.sentences_doc_extent(ids)
        view_top, height = self.scroll_offset(), self.viewport_height()
        if top >= view_top and bottom <= view_top + height:
            return
        self.scroll_to_doc_y(top - height * anchor)

    def move_cursor_to(self, sid: int) -> None:
        """Put the text cursor at the start of a sentence (emits sentence_changed)."""
        if self.doc is None:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(self.qt_position(self.doc.sentences[sid].start))
        self.text.setTextCursor(cursor)

    def mark_selected(self, ids: tuple[int, ...]) -> None:
        """Outline the selected sentences with a translucent highlight (ExtraSelections)."""
        selections = []
        if self.doc is not None:
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(110)
            for sid in ids:
                sentence = self.doc.sentences[sid]
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(self.qt_position(sentence.start))
                cursor.setPosition(self.qt_position(sentence.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format.setBackground(colour)
                selections.append(sel)
        self.text.setExtraSelections(selections)
        self.selected = ids

    selected: tuple[int, ...] = ()
