"""The connector strip: bands for visible pairs only, ends on their sentences, stubs off screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop import palette
from desktop.ui.article_pane import ArticlePane
from desktop.ui.connector_map import STUB, ConnectorMap
from desktop.ui.highlighter import block_spans, marks_for
from tests.ui.fixtures_comparison import demo_like_comparison, large_comparison


def _host(qtbot, comparison):  # noqa: ANN001, ANN202
    host = QWidget()
    left, right = ArticlePane("left"), ArticlePane("right")
    strip = ConnectorMap(left, right)
    row = QHBoxLayout(host)
    row.setSpacing(0)
    row.addWidget(left, 1)
    row.addWidget(strip)
    row.addWidget(right, 1)
    qtbot.addWidget(host)
    host.resize(900, 360)
    host.show()
    qtbot.waitExposed(host)
    for side, pane in (("left", left), ("right", right)):
        doc = comparison.document(side)
        pane.set_document(doc, block_spans(doc.text, marks_for(comparison, side)), dark=False)
    strip.set_comparison(comparison)
    strip.host = host  # keep the parent alive as long as the test holds the strip
    return left, right, strip


def test_only_pairs_in_view_are_drawn(qtbot) -> None:  # noqa: ANN001
    comparison = large_comparison(400)
    left, right, strip = _host(qtbot, comparison)
    bands = strip.bands()
    assert 0 < len(bands) < len(comparison.pairs) / 4
    visible_left = set(left.visible_sentences())
    for band in bands:
        pair = comparison.pairs[band.pair]
        assert visible_left & set(pair.left) or set(right.visible_sentences()) & set(pair.right)


def test_band_ends_meet_their_sentences(qtbot) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    left, right, strip = _host(qtbot, comparison)
    offset = left.text.viewport().mapTo(strip.parentWidget(), left.rect().topLeft()).y() - strip.y()
    for band in strip.bands():
        pair = comparison.pairs[band.pair]
        top, bottom = left.sentences_doc_extent(pair.left)
        assert band.left == pytest.approx((top + offset, bottom + offset), abs=1)
        r_top, r_bottom = right.sentences_doc_extent(pair.right)
        assert band.right == pytest.approx((r_top + offset, r_bottom + offset), abs=1)
    assert {b.kind for b in strip.bands()} == {"overlap", "framing"}


def test_off_screen_ends_become_stubs(qtbot) -> None:  # noqa: ANN001
    comparison = large_comparison(400)
    _left, right, strip = _host(qtbot, comparison)
    right.scroll_to_doc_y(right.document_height())  # right at its end, left at its start
    bands = strip.bands()
    low, high = float(-STUB), float(strip.height() + STUB)
    assert all(low <= y <= high for b in bands for y in (*b.left, *b.right))
    assert any(b.right == (low, low) for b in bands)  # left's pairs: right ends above the view
    assert any(b.left == (high, high) for b in bands)  # right's pairs: left ends below the view


def test_hidden_kinds_and_painting(qtbot) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    _left, _right, strip = _host(qtbot, comparison)
    image = strip.grab().toImage()
    band = next(b for b in strip.bands() if b.kind == "overlap")
    y = int((band.left[0] + band.left[1]) / 2)
    painted = QColor(image.pixel(2, y))
    base = strip.palette().base().color()
    assert painted != base
    assert abs(painted.blue() - QColor(palette.OVERLAP.fill_light).blue()) < 60
    strip.set_hidden(frozenset({"overlap"}))
    assert {b.kind for b in strip.bands()} == {"framing"}
