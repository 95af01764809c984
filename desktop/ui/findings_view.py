"""The findings list: kind chips, a search field and a sortable table of findings.

    from desktop.ui.findings_view import FindingsView
    view = FindingsView()
    view.set_comparison(comparison)                  # or view.set_findings(findings)
    view.finding_activated.connect(jump_both_panes)  # double-click / Enter / step()
    view.finding_selected.connect(show_details)      # the user moved the selection
    view.kinds_changed.connect(remember_kinds)       # frozenset of shown kinds
    view.select_finding(finding)                     # programmatic: emits nothing
    view.step(+1)                                    # F7: next shown finding, activates it
    view.set_kinds({"overlap", "framing"}); view.kinds()
    view.copy_current()                              # also Ctrl+C in the table
    view.show_all(); view.focus_search()             # reset filters; Ctrl+F-style focus

Keyboard: Enter activates, Ctrl+C copies, Escape in the search clears it; a right-click
menu offers the same. With nothing shown, a note says why (with a "Show all" link).
`step()` walks the shown findings in reading order whatever the sort column, and after a
filtered-out or re-classified selection it continues from where that finding was.

Programmatic selection (`select_finding`, `set_comparison`) never emits `finding_selected`,
so wiring panes -> list -> panes cannot loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.model import Comparison
from desktop.ui.findings import KINDS, LABELS, STYLE_OF, Finding, build_findings, next_finding
from desktop.ui.findings_model import (
    FINDING_ROLE,
    KIND,
    LEFT,
    NOTES,
    RIGHT,
    SCORE,
    FindingsFilter,
    FindingsModel,
    accessible_text,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindingsView(QWidget):
    finding_activated = Signal(object)  # Finding
    finding_selected = Signal(object)  # Finding
    kinds_changed = Signal(object)  # frozenset[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._visible: tuple[Any, Any, tuple[Finding, ...]] = (None, None, ())
        self._anchor: Finding | None = None  # where F7 continues from when nothing is selected
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = self._make_search()
        self.chips = {kind: self._make_chip(kind) for kind in KINDS}
        self.table = self._make_table()
        self.empty = self._make_empty_note()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self._lay_out()
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_empty)
        self._update_empty()
        self.setAccessibleName("Findings")
        self.setAccessibleDescription("Filter by kind or text; Enter jumps both articles there")

    # --- building --------------------------------------------------------------------

    def _make_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setPlaceholderText("Filter findings…")
        search.setClearButtonEnabled(True)
        search.setToolTip("Show only findings whose text, source or notes contain this")
        search.setAccessibleName("Filter findings by text")
        search.textChanged.connect(self.proxy.set_text)
        search.installEventFilter(self)
        return search

    def _make_chip(self, kind: str) -> QCheckBox:
        style = STYLE_OF[kind]
        chip = QCheckBox(f"{style.glyph} {LABELS[kind]}", self)
        chip.setChecked(True)
        chip.setToolTip(f"Show or hide: {style.description}")
        chip.setAccessibleName(f"Show {LABELS[kind]} findings")
        chip.setAccessibleDescription(style.description)
        chip.toggled.connect(self._chips_toggled)
        return chip

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # model order = reading order
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setAccessibleName("Findings table")
        table.setToolTip("Double-click or press Enter to show a finding in both articles")
        self._size_columns(table.horizontalHeader())
        table.doubleClicked.connect(self._activate_index)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        return table

    def _make_empty_note(self) -> QLabel:
        note = QLabel(self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        note.linkActivated.connect(lambda _link: self.show_all())
        return note

    def _size_columns(self, header: QHeaderView) -> None:
        """Kind and Score fit their widest text (from the font: high-DPI safe, and no
        measuring of 10,000 rows); the three text columns share the rest."""
        metrics, em = self.fontMetrics(), self.fontMetrics().height()
        widest = max(metrics.horizontalAdvance(f"{STYLE_OF[k].glyph}  {LABELS[k]}") for k in KINDS)
        widths = {KIND: widest + 3 * em, SCORE: metrics.horizontalAdvance("Score") + 2 * em}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (LEFT, RIGHT, NOTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

    def _lay_out(self) -> None:
        chips = _FlowLayout()
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 18)
        chips.addWidget(self.search)
        for chip in self.chips.values():
            chips.addWidget(chip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chips)
        layout.addWidget(self.pages, 1)

    # --- public API --------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.set_findings(build_findings(comparison) if comparison is not None else ())

    def set_findings(self, findings: Iterable[Finding]) -> None:
        keep = self.current_finding() or self._anchor
        self._quiet = True
        try:
            self.model.set_findings(findings)
            self._update_chip_counts()
        finally:
            self._quiet = False
        if keep is not None:
            self.select_finding(keep)

    def findings(self) -> tuple[Finding, ...]:
        """Every finding (shown or filtered out), in reading order."""
        return self.model.reading_order()

    def visible_findings(self) -> tuple[Finding, ...]:
        """The findings passing the kind and text filters, in reading order."""
        rows, kinds, text = self.model.reading_order(), self.proxy.kinds(), self.proxy.text()
        cached_rows, cached_filter, visible = self._visible
        if cached_rows is not rows or cached_filter != (kinds, text):
            visible = tuple(f for f in rows if self.proxy.accepts(f))
            self._visible = (rows, (kinds, text), visible)
        return visible

    def current_finding(self) -> Finding | None:
        value = self.table.currentIndex().data(FINDING_ROLE)
        return value if isinstance(value, Finding) else None

    def select_finding(self, finding: Finding | None) -> bool:
        """Select and show `finding` without emitting; False if it is not shown (filtered
        out or gone). Either way F7 / `step()` continues from its place in reading order."""
        index = self._proxy_index(finding)
        self._anchor = finding
        self._quiet = True
        try:
            if index is None:
                self.table.selectionModel().clear()
                return False
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                index, flags.ClearAndSelect | flags.Rows
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._quiet = False

    def step(self, direction: int) -> Finding | None:
        """Select the next (direction > 0) or previous shown finding and activate it."""
        start = self.current_finding() or self._anchor
        found = next_finding(self.visible_findings(), start, direction)
        if found is not None:
            self.select_finding(found)
            self.finding_activated.emit(found)
        return found

    def kinds(self) -> frozenset[str]:
        return self.proxy.kinds()

    def set_kinds(self, kinds: Iterable[str]) -> None:
        wanted = frozenset(kinds)
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(kind in wanted)
            chip.blockSignals(False)
        self.proxy.set_kinds(wanted & set(KINDS))

    def show_all(self) -> None:
        """Clear the text filter and show every kind (emits `kinds_changed`)."""
        self.search.clear()
        if self.kinds() != frozenset(KINDS):
            self.set_kinds(KINDS)
            self.kinds_changed.emit(self.kinds())

    def context_actions(self) -> list[QAction]:
        """The table's context-menu actions for the current row (built fresh each time)."""
        current = QPersistentModelIndex(self.table.currentIndex())
        show = QAction("Show in Both Articles\tEnter", self)
        show.triggered.connect(lambda: self._activate_index(current))
        copy = QAction("Copy\tCtrl+C", self)
        copy.triggered.connect(self.copy_current)
        for action in (show, copy):
            action.setEnabled(current.isValid())
        return [show, copy]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- internals ---------------------------------------------------------------------

    def _proxy_index(self, finding: Finding | None) -> Any:
        row = -1 if finding is None else self.model.row_of(finding)
        if row < 0:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, KIND))
        return index if index.isValid() else None

    def _update_chip_counts(self) -> None:
        counts = {kind: 0 for kind in KINDS}
        for finding in self.model.findings():
            counts[finding.kind] += 1
        for kind, chip in self.chips.items():
            chip.setText(f"{STYLE_OF[kind].glyph} {LABELS[kind]} ({counts[kind]})")

    def _chips_toggled(self) -> None:
        kinds = frozenset(k for k, chip in self.chips.items() if chip.isChecked())
        self.proxy.set_kinds(kinds)
        self.kinds_changed.emit(kinds)

    def _update_empty(self) -> None:
        if self.proxy.rowCount() > 0:
            self.pages.setCurrentWidget(self.table)
            return
        if self.model.rowCount() == 0:
            self.empty.setText("No findings yet: open two articles to compare them.")
        else:
            self.empty.setText('No findings match the filters. <a href="#all">Show all</a>')
        self.empty.setAccessibleName(self.empty.text().split(".")[0])
        self.pages.setCurrentWidget(self.empty)

    def _context_menu(self, at: QPoint) -> None:
        menu = QMenu(self.table)
        menu.addActions(self.context_actions())
        menu.exec(self.table.viewport().mapToGlobal(at))

    def _current_changed(self, current: Any, _previous: Any) -> None:
        finding = current.data(FINDING_ROLE) if current.isValid() else None
        if isinstance(finding, Finding) and not self._quiet:
            self._anchor = finding
            self.finding_selected.emit(finding)

    def _activate_index(self, index: Any) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    def copy_current(self) -> str:
        """Put the current finding on the clipboard as one line of text; returns it."""
        finding = self.current_finding()
        text = accessible_text(finding) if finding is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER_KEYS and self.table.currentIndex().isValid():
                self._activate_index(self.table.currentIndex())
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_current()
                return True
        return super().eventFilter(watched, event)


class _FlowLayout(QLayout):
    """Left-to-right items that wrap onto the next line when the width runs out."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        gap = max(self.spacing(), 6)
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + gap // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()
