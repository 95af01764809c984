"""Which highlights show and in which tints: the View > Show switches, the findings list's kind
chips, and the light/dark theme (View > Theme, or the system switching).

`Highlights` owns the set of hidden mark kinds; it reads the current Comparison through a
callable (the controller owns it) and repaints the panes, the connector and the overviews.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui import theme
from desktop.ui.highlighter import block_spans, marks_for

if TYPE_CHECKING:
    from desktop.engine import Comparison
    from desktop.engine.model import Side
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

# Which findings-list kinds a View > Show switch also hides.
FINDING_KINDS = {
    "overlap": ("overlap",),
    "framing": ("framing",),
    "unique": ("unique_left", "unique_right"),
    "attribution": ("source_left", "source_right"),
}


class Highlights(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        comparison: Callable[[], Comparison | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.comparison = comparison
        self.hidden: frozenset[str] = frozenset()
        for action in window.commands.filters.values():
            action.toggled.connect(self._filters_changed)
        for key, action in window.commands.themes.items():
            action.triggered.connect(lambda _checked=False, k=key: self.set_theme(k))
        window.findings.kinds_changed.connect(self.set_kinds)
        # a bound slot: Qt drops the connection when this object goes away
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def dark(self) -> bool:
        return theme.is_dark(self.window.palette())

    def restyle(self) -> None:
        """The system switched light/dark: repaint every mark with the matching tints."""
        if self.comparison() is not None:
            self._refresh_marks()
        self.window.connector.dark = self.dark()
        self.window.connector.update()

    def _scheme_changed(self, _scheme: object) -> None:
        self.restyle()

    def set_theme(self, name: str) -> None:
        """View > Theme: system, light or dark, remembered."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app, name)
        self.settings.theme = name
        self.window.commands.themes[name].setChecked(True)
        self.restyle()

    def _refresh_marks(self) -> None:
        c, w = self.comparison(), self.window
        assert c is not None
        dark = self.dark()
        sides: tuple[Side, Side] = ("left", "right")
        for side, pane in zip(sides, (w.left, w.right), strict=True):
            pane.set_spans(
                block_spans(c.document(side).text, marks_for(c, side, self.hidden)), dark
            )
        w.connector.set_hidden(self.hidden)
        w.left_overview.set_comparison(c, self.hidden)
        w.right_overview.set_comparison(c, self.hidden)

    def _filters_changed(self) -> None:
        """A View > Show switch: the findings list and the highlights follow it."""
        filters = self.window.commands.filters
        hidden = {k for k, a in filters.items() if not a.isChecked()}
        kinds = set(self.window.findings.kinds())
        for key, finding_kinds in FINDING_KINDS.items():
            kinds = kinds - set(finding_kinds) if key in hidden else kinds | set(finding_kinds)
        self.set_kinds(frozenset(kinds))

    def set_kinds(self, kinds: frozenset[str]) -> None:
        """Show these finding kinds (list chips) and hide the marks no shown kind needs."""
        w = self.window
        w.findings.set_kinds(kinds)
        self.hidden = frozenset(
            key for key, finding_kinds in FINDING_KINDS.items() if not set(finding_kinds) & kinds
        )
        for key, action in w.commands.filters.items():
            action.blockSignals(True)
            action.setChecked(key not in self.hidden)
            action.blockSignals(False)
        self.settings.kinds_shown = kinds
        if self.comparison() is not None:
            self._refresh_marks()
