"""A thin Qt table model over plain `Finding` rows, and a proxy that filters and sorts them.

    from desktop.ui.findings_model import FindingsModel, FindingsFilter, FINDING_ROLE
    model = FindingsModel()
    model.set_findings(build_findings(comparison))
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.set_kinds({"overlap", "framing"})      # show only these kinds
    proxy.set_text("ministry")                   # case-insensitive, any text column
    finding = proxy.index(0, 0).data(FINDING_ROLE)

Columns: Kind (palette glyph + label, colour swatch as decoration), Score, Left, Right, Notes.
Roles: display, tooltip, accessible text, `FINDING_ROLE` (the `Finding`), `SORT_ROLE`
(a value that sorts numerically/in reading order; the proxy sorts by it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.ui.findings import KINDS, Finding

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ACCESSIBLE_ROLE = Qt.ItemDataRole.AccessibleTextRole

COLUMNS = ("Kind", "Score", "Left", "Right", "Notes")
KIND, SCORE, LEFT, RIGHT, NOTES = range(len(COLUMNS))
COLUMN_TIPS = (
    "What was found: overlap, framing, unique sentence or unique source",
    "How alike the two sentences are, 0-100 (pairs only)",
    "The left article's sentence(s)",
    "The right article's sentence(s)",
    "Framing cues in plain words, or the source the article credits",
)

AnyIndex = QModelIndex | QPersistentModelIndex


def score_text(finding: Finding) -> str:
    return "" if finding.score is None else f"{finding.score:.0f}"


def cell_text(finding: Finding, column: int) -> str:
    texts: dict[int, Callable[[Finding], str]] = {
        KIND: lambda f: f"{f.style.glyph}  {f.label}",
        SCORE: score_text,
        LEFT: lambda f: f.left_excerpt,
        RIGHT: lambda f: f.right_excerpt,
        NOTES: lambda f: f.description,
    }
    return texts[column](finding)


def sort_key(finding: Finding, column: int) -> Any:
    if column == KIND:
        return KINDS.index(finding.kind)
    if column == SCORE:
        return -1.0 if finding.score is None else finding.score
    return cell_text(finding, column).casefold()


def accessible_text(finding: Finding) -> str:
    parts = [finding.label]
    if finding.score is not None:
        parts.append(f"score {finding.score:.0f}")
    if finding.left_excerpt:
        parts.append(f"left: {finding.left_excerpt}")
    if finding.right_excerpt:
        parts.append(f"right: {finding.right_excerpt}")
    if finding.description:
        parts.append(finding.description)
    return ". ".join(parts)


def tooltip(finding: Finding, column: int) -> str:
    if column == KIND:
        return f"{finding.label}: {finding.style.description}"
    if column == SCORE:
        return "Pair score (0-100)" if finding.score is not None else "Not a pair: no score"
    return cell_text(finding, column) or accessible_text(finding)


class FindingsModel(QAbstractTableModel):
    """Rows are `Finding`s, in reading order until `sort()` is asked for; read-only.

    The model sorts itself (a Python key sort, fast for 10,000 rows); `FindingsFilter`
    forwards its `sort()` here instead of comparing rows one pair at a time.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reading: tuple[Finding, ...] = ()
        self._rows: tuple[Finding, ...] = ()
        self._row_of: dict[Finding, int] = {}

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self.beginResetModel()
        self._reading = tuple(findings)
        self._set_rows(self._reading)
        self.endResetModel()

    def findings(self) -> tuple[Finding, ...]:
        """All findings in the model's current row order."""
        return self._rows

    def reading_order(self) -> tuple[Finding, ...]:
        """All findings in reading order, however the rows are sorted."""
        return self._reading

    def row_of(self, finding: Finding) -> int:
        """The row of `finding`, or -1."""
        return self._row_of.get(finding, -1)

    def _set_rows(self, rows: tuple[Finding, ...]) -> None:
        self._rows = rows
        self._row_of = {}
        for row, finding in enumerate(rows):
            self._row_of.setdefault(finding, row)

    def _value(self, finding: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(finding, column)
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(finding, column)
        if role == ACCESSIBLE_ROLE:
            return accessible_text(finding) if column == KIND else cell_text(finding, column)
        if role == SORT_ROLE:
            return sort_key(finding, column)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return QColor(finding.style.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- Qt overrides -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, ACCESSIBLE_ROLE):
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMN_TIPS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; a column outside the table restores reading order."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            keyed = sorted(self._reading, key=lambda f: (sort_key(f, column), f.order))
            rows = _reverse_keeping_ties(keyed, column) if descending else keyed
            self._set_rows(tuple(rows))
        else:
            self._set_rows(self._reading)
        self._move_persistent(old)
        self.layoutChanged.emit()

    def _move_persistent(self, old: tuple[Finding, ...]) -> None:
        moved = []
        for index in self.persistentIndexList():
            row = self.row_of(old[index.row()]) if 0 <= index.row() < len(old) else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(self.persistentIndexList(), moved)


def _reverse_keeping_ties(rows: list[Finding], column: int) -> list[Finding]:
    """Descending by the column, ties still in reading order."""
    return sorted(rows, key=lambda f: sort_key(f, column), reverse=True)  # stable sort


class FindingsFilter(QSortFilterProxyModel):
    """Shows the findings whose kind is in `kinds` and whose text contains `text`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset(KINDS)
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def kinds(self) -> frozenset[str]:
        return self._kinds

    def text(self) -> str:
        return self._text

    def set_kinds(self, kinds: Iterable[str]) -> None:
        new = frozenset(kinds)
        if new != self._kinds:
            self._refilter(lambda: setattr(self, "_kinds", new))

    def set_text(self, text: str) -> None:
        new = text.strip().casefold()
        if new != self._text:
            self._refilter(lambda: setattr(self, "_text", new))

    def finding_at(self, row: int) -> Finding | None:
        value = self.index(row, 0).data(FINDING_ROLE) if 0 <= row < self.rowCount() else None
        return value if isinstance(value, Finding) else None

    def visible_findings(self) -> tuple[Finding, ...]:
        """The findings that pass the filter, in the proxy's current row order."""
        found = (self.finding_at(row) for row in range(self.rowCount()))
        return tuple(f for f in found if f is not None)

    def accepts(self, finding: Finding) -> bool:
        return finding.kind in self._kinds and _matches(finding, self._text)

    def _refilter(self, change: Callable[[], None]) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt >= 6.9
        if begin is None:
            change()
            self.invalidateRowsFilter()
            return
        begin()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # --- Qt overrides -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let a `FindingsModel` sort itself (fast); sort here for any other source."""
        source = self.sourceModel()
        if isinstance(source, FindingsModel):
            super().sort(-1)
            source.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, FindingsModel):
            rows = source.findings()
            return 0 <= source_row < len(rows) and self.accepts(rows[source_row])
        if source is None:
            return False
        finding = source.index(source_row, 0, source_parent).data(FINDING_ROLE)
        return isinstance(finding, Finding) and self.accepts(finding)


def _matches(finding: Finding, text: str) -> bool:
    if not text:
        return True
    fields: Sequence[str] = (
        finding.label, finding.left_excerpt, finding.right_excerpt, finding.description
    )
    return any(text in value.casefold() for value in fields)
