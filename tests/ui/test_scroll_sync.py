"""Scroll sync by alignment: the counterpart of the sentence in view stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.ui.article_pane import ArticlePane
from desktop.ui.highlighter import block_spans, marks_for
from desktop.ui.scroll_sync import (
    ANCHOR,
    ScrollSync,
    SyncTarget,
    pair_index,
    sync_target,
    target_offset,
)
from tests.ui.fixtures_comparison import demo_like_comparison, large_comparison


def test_sync_target_follows_a_reordered_pair() -> None:
    c = demo_like_comparison()  # left 3 <-> right 1, left 0 <-> right 2
    index = pair_index(c, "left")
    assert sync_target(c, "left", 3, index) == SyncTarget((3,), (1,), "inside")
    assert sync_target(c, "left", 0, index) == SyncTarget((0,), (2,), "inside")
    right = pair_index(c, "right")
    assert sync_target(c, "right", 1, right) == SyncTarget((1,), (3,), "inside")


def test_unique_sentence_follows_the_aligned_sentence_before_it() -> None:
    c = demo_like_comparison()  # left 4 is unique, left 3 the pair before it
    assert sync_target(c, "left", 4, pair_index(c, "left")) == SyncTarget((3,), (1,), "after")
    # right 0 is unique with nothing aligned before it: follows the first aligned one after
    assert sync_target(c, "right", 0, pair_index(c, "right")).follow == "before"


def test_target_offset_keeps_relative_depth() -> None:
    inside = SyncTarget((1,), (5,), "inside")
    assert target_offset(inside, (100, 200), (1000, 1400), 150) == pytest.approx(1200)
    after = SyncTarget((1,), (5,), "after")
    assert target_offset(after, (100, 200), (1000, 1400), 230) == pytest.approx(1430)
    before = SyncTarget((1,), (5,), "before")
    assert target_offset(before, (100, 200), (1000, 1400), 60) == pytest.approx(960)


@pytest.fixture
def panes(qtbot):  # noqa: ANN001, ANN201
    comparison = large_comparison(240)
    host = QWidget()
    left, right = ArticlePane("left"), ArticlePane("right")
    row = QHBoxLayout(host)
    row.addWidget(left)
    row.addWidget(right)
    qtbot.addWidget(host)
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    for side, pane in (("left", left), ("right", right)):
        doc = comparison.document(side)
        pane.set_document(doc, block_spans(doc.text, marks_for(comparison, side)), dark=False)
    sync = ScrollSync(left, right)
    sync.set_comparison(comparison)
    sync.host = host  # keep the parent alive as long as the test holds the panes
    return comparison, left, right, sync


def _in_view(pane: ArticlePane, ids: tuple[int, ...]) -> bool:
    top, bottom = pane.sentences_doc_extent(ids)
    view = pane.scroll_offset()
    return top >= view and bottom <= view + pane.viewport_height()


def _put_at_anchor(pane: ArticlePane, sid: int) -> None:
    top, _ = pane.sentence_doc_extent(sid)
    pane.scroll_to_doc_y(top - pane.viewport_height() * ANCHOR + 2)


def test_counterpart_stays_in_view_through_reordered_pairs(panes) -> None:  # noqa: ANN001
    comparison, left, right, _sync = panes
    index = pair_index(comparison, "left")
    checked = 0
    for y in range(0, int(left.document_height() * 0.8), 13):
        left.scroll_to_doc_y(y)
        sid = left.sentence_at_y(left.viewport_height() * ANCHOR)
        pair = comparison.pairs[index[sid]] if sid in index else None
        if pair is None or pair.left == pair.right:
            continue
        checked += 1
        assert _in_view(right, pair.right), f"right {pair.right} not in view for left {pair.left}"
        # the counterpart sits on the same height as the sentence on the left, give or take a line
        gap = right.sentence_extent(pair.right[0])[0] - left.sentence_extent(pair.left[0])[0]
        assert abs(gap) < 3 * left.fontMetrics().height()
    assert checked > 5


def test_scrolling_the_right_pane_moves_the_left(panes) -> None:  # noqa: ANN001
    comparison, left, right, _sync = panes
    pair = [p for p in comparison.pairs if p.left[0] != p.right[0]][20]
    _put_at_anchor(right, pair.right[0])
    assert _in_view(left, pair.left)


def test_sync_can_be_switched_off(panes) -> None:  # noqa: ANN001
    comparison, left, right, sync = panes
    sync.set_enabled(False)
    before = right.scroll_offset()
    _put_at_anchor(left, comparison.pairs[150].left[0])
    assert right.scroll_offset() == before
    sync.set_enabled(True)  # switching back on lines the right pane up at once
    assert _in_view(right, comparison.pairs[150].right)
