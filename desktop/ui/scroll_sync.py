"""Scroll the two panes together by alignment, not by proportion (Meld's `_sync_vscroll`).

The sentence at the anchor height of the scrolled pane is looked up; if it belongs to a pair,
the other pane puts the pair's counterpart at the same height, at the same relative depth, so
the counterpart stays in view even when the other article tells things in another order. A
sentence with no counterpart follows the nearest aligned sentence before it (after it, at the
top of an article). Without any pair the panes fall back to scrolling by proportion.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.engine.model import Comparison, Side
    from desktop.ui.article_pane import ArticlePane

ANCHOR = 0.4  # share of the viewport height where the reading eye rests


@dataclass(frozen=True, slots=True)
class SyncTarget:
    own: tuple[int, ...]  # aligned sentences on the scrolled side the anchor follows
    other: tuple[int, ...]  # their counterparts on the other side
    follow: str  # "inside": anchor is within `own`; "after"/"before": anchor is past/ahead of it


def pair_index(comparison: Comparison, side: Side) -> dict[int, int]:
    """Sentence id on ``side`` -> index of its pair in ``comparison.pairs``."""
    out: dict[int, int] = {}
    for n, pair in enumerate(comparison.pairs):
        for sid in pair.left if side == "left" else pair.right:
            out[sid] = n
    return out


def sync_target(
    comparison: Comparison, side: Side, sid: int, index: dict[int, int]
) -> SyncTarget | None:
    """What the other pane should line up with while ``sid`` is at the anchor of ``side``."""
    if not comparison.pairs:
        return None
    follow = "inside"
    found = index.get(sid)
    if found is None:
        before = [i for i in index if i < sid]
        if before:
            found, follow = index[max(before)], "after"
        else:
            found, follow = index[min(index)], "before"
    pair = comparison.pairs[found]
    own, other = (pair.left, pair.right) if side == "left" else (pair.right, pair.left)
    return SyncTarget(own, other, follow)


def target_offset(
    target: SyncTarget,
    own_extent: tuple[float, float],
    other_extent: tuple[float, float],
    anchor_y: float,
) -> float:
    """Document y of the other pane that should sit at the anchor height."""
    top, bottom = own_extent
    o_top, o_bottom = other_extent
    if target.follow == "inside":
        depth = 0.0 if bottom <= top else (anchor_y - top) / (bottom - top)
        return o_top + max(0.0, min(1.0, depth)) * (o_bottom - o_top)
    if target.follow == "after":
        return o_bottom + (anchor_y - bottom)
    return o_top - (top - anchor_y)


class ScrollSync(QObject):
    """Keeps the other pane in step when either pane scrolls; `enabled` switches it."""

    def __init__(
        self, left: ArticlePane, right: ArticlePane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.panes = {"left": left, "right": right}
        self.enabled = True
        self._comparison: Comparison | None = None
        self._index: dict[str, dict[int, int]] = {"left": {}, "right": {}}
        self._busy = False
        left.text.verticalScrollBar().valueChanged.connect(lambda _v: self.follow("left"))
        right.text.verticalScrollBar().valueChanged.connect(lambda _v: self.follow("right"))

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        if comparison is None:
            self._index = {"left": {}, "right": {}}
        else:
            self._index = {s: pair_index(comparison, s) for s in ("left", "right")}

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled:
            self.follow("left")

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Move panes independently for a moment (jumps to a finding, counterpart reveal)."""
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def follow(self, side: Side) -> None:
        """Scroll the other pane to match ``side`` (no-op while already syncing)."""
        if self._busy or not self.enabled or self._comparison is None:
            return
        self._busy = True
        try:
            self._sync(side)
        finally:
            self._busy = False

    def _sync(self, side: Side) -> None:
        own = self.panes[side]
        other = self.panes["right" if side == "left" else "left"]
        if own.doc is None or other.doc is None or self._comparison is None:
            return
        anchor = own.viewport_height() * ANCHOR
        sid = own.sentence_at_y(anchor)
        target = (
            None if sid is None else sync_target(self._comparison, side, sid, self._index[side])
        )
        if target is None:
            self._proportional(own, other)
            return
        y = target_offset(
            target,
            own.sentences_doc_extent(target.own),
            other.sentences_doc_extent(target.other),
            own.scroll_offset() + anchor,
        )
        other.scroll_to_doc_y(y - other.viewport_height() * ANCHOR)

    @staticmethod
    def _proportional(own: ArticlePane, other: ArticlePane) -> None:
        src, dst = own.text.verticalScrollBar(), other.text.verticalScrollBar()
        share = src.value() / src.maximum() if src.maximum() else 0.0
        dst.setValue(int(share * dst.maximum()))
