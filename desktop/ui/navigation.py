"""Selection and walking: a sentence's counterpart(s), the findings list, F7 and the overviews.

`Navigation` reads the current Comparison through a callable (the controller owns it) and only
moves the view: it selects sentences, scrolls the panes and shows the pair in the details panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine import Comparison
    from desktop.engine.model import Side
    from desktop.ui.findings import Finding
    from desktop.ui.main_window import MainWindow
    from desktop.ui.scroll_sync import ScrollSync


def pair_of(comparison: Comparison, side: Side, sid: int) -> int | None:
    for n, pair in enumerate(comparison.pairs):
        if sid in (pair.left if side == "left" else pair.right):
            return n
    return None


class Navigation:
    def __init__(
        self,
        window: MainWindow,
        sync: ScrollSync,
        comparison: Callable[[], Comparison | None],
        show_status: Callable[[str], None],
    ) -> None:
        self.window = window
        self.sync = sync
        self.comparison = comparison
        self.show_status = show_status
        self.selected_pair: int | None = None

    def sentence_selected(self, side: Side, sid: int) -> None:
        """The cursor entered a sentence: select its counterpart(s) and show the pair."""
        c = self.comparison()
        if c is None or sid >= len(c.document(side).sentences):
            return
        n = pair_of(c, side, sid)
        if n is None:
            ids = (sid,)
            self.select(None, ids if side == "left" else (), ids if side == "right" else ())
            return
        pair = c.pairs[n]
        self.select(n, pair.left, pair.right)
        other = self.window.right if side == "left" else self.window.left
        with self.sync.paused():  # bring the counterpart in without moving the user's pane
            other.ensure_visible(pair.right if side == "left" else pair.left)

    def select(self, pair: int | None, left: tuple[int, ...], right: tuple[int, ...]) -> None:
        comparison = self.comparison()
        assert comparison is not None
        w = self.window
        self.selected_pair = pair
        w.left.mark_selected(left)
        w.right.mark_selected(right)
        w.connector.set_selected(pair)
        w.details.show_pair(comparison, left, right)

    def show_finding(self, finding: Finding) -> None:
        """Jump both panes to a finding (findings list, F7) and select it."""
        comparison = self.comparison()
        if comparison is None:
            return
        pair = None
        if finding.left and finding.right:
            pair = pair_of(comparison, "left", finding.left[0])
        with self.sync.paused():
            self.window.left.ensure_visible(finding.left)
            self.window.right.ensure_visible(finding.right)
        self.select(pair, finding.left, finding.right)

    def step(self, direction: int) -> None:
        if self.window.findings.step(direction) is None:
            self.show_status("No more findings in that direction.")

    def select_first_pair(self) -> None:
        """Show the first aligned pair in reading order (the screenshot's opening view)."""
        findings = self.window.findings
        first = next((f for f in findings.visible_findings() if f.left and f.right), None)
        if first is not None:
            findings.select_finding(first)
            self.show_finding(first)

    def jump_share(self, side: str, share: float) -> None:
        pane = self.window.left if side == "left" else self.window.right
        pane.scroll_to_doc_y(share * pane.document_height() - pane.viewport_height() / 2)
