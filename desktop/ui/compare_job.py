"""Comparing two Articles off the GUI thread: a newer request supersedes an older one, Esc
cancels (the previous result stays), and the busy indicator shows while it runs.

`CompareJob` reads the current options through a callable, so a result that arrives after the
sensitivity moved is re-classified before it is handed to `apply`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.engine import compare, reclassify
from desktop.ui import background

if TYPE_CHECKING:
    from desktop.engine import Article, CompareOptions, Comparison
    from desktop.ui.main_window import MainWindow


class CompareJob(QObject):
    def __init__(  # noqa: PLR0913 - collaborators are passed in, not looked up
        self,
        window: MainWindow,
        options: Callable[[], CompareOptions],
        apply: Callable[[Comparison], None],
        show_status: Callable[[str], None],
        warn: Callable[[str, str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.options = options
        self.apply = apply
        self.show_status = show_status
        self.warn = warn
        self.runner = background.Runner(parent=self)
        self.runner.busy_changed.connect(self.set_busy)

    def run(self, left: Article, right: Article, wait: bool = False) -> None:
        """Off the GUI thread, or right here with ``wait`` (screenshots, scripts)."""
        options = self.options()
        if wait:
            self.runner.cancel()
            self.apply(compare(left, right, options))
            return
        self.runner.run(lambda: compare(left, right, options), self._compared, self._failed)

    def _compared(self, comparison: Comparison) -> None:
        """A result arrived; if the sensitivity moved meanwhile, it is re-classified first."""
        options = self.options()
        if comparison.options != options:
            comparison = reclassify(comparison, options)
        self.apply(comparison)

    def _failed(self, error: BaseException) -> None:
        self.warn("Cannot compare the articles", str(error) or type(error).__name__)

    def busy(self) -> bool:
        return self.runner.busy

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.show_status("Comparison cancelled; the previous result stays.")

    def set_busy(self, busy: bool) -> None:
        w = self.window
        w.busy.setVisible(busy)
        w.cancel_button.setVisible(busy)
        w.commands.get("cancel").setEnabled(busy)
        if busy:
            self.show_status("Comparing…")
