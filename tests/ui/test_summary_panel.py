"""The summary cards show the comparison's figures, counts and source/name lists."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.ui.summary_panel import NONE, ShareBar, SummaryPanel, short_list
from tests.ui.fixtures_comparison import demo_like_comparison


@pytest.fixture
def panel(qtbot) -> SummaryPanel:
    p = SummaryPanel()
    qtbot.addWidget(p)
    return p


def text(panel: SummaryPanel, key: str) -> str:
    return panel.fields[key].text()


def test_counts_per_kind(panel):
    panel.set_comparison(demo_like_comparison())
    counts = {k: text(panel, k) for k in
              ("overlap", "framing", "unique_left", "unique_right", "source_left", "source_right")}
    assert counts == {"overlap": "2", "framing": "1", "unique_left": "1", "unique_right": "1",
                      "source_left": "1", "source_right": "1"}


def test_similarity_and_shares(panel):
    panel.set_comparison(demo_like_comparison())
    assert text(panel, "similarity") == "62%"
    assert text(panel, "share_left") == "Left 70%" and text(panel, "share_right") == "Right 60%"
    assert panel.bars["left"].share == 0.7
    assert panel.bars["right"].accessibleName() == "Right article: 60% in shared claims"
    assert panel.fields["similarity"].toolTip() or panel.cards["similarity"].toolTip()


def test_sources_and_entities_by_side(panel):
    panel.set_comparison(demo_like_comparison())
    assert text(panel, "sources_left") == "•\u00a0Zhelokhovtsev"
    assert text(panel, "sources_shared") == "•\u00a0the ministry"
    assert text(panel, "sources_right") == "•\u00a0Rudenko"
    assert text(panel, "entities_right").split("\n") == [
        "•\u00a0Andrei Rudenko", "•\u00a0Eastern Economic Forum"]


def test_long_lists_are_cut_with_the_rest_in_the_tooltip(panel):
    c = demo_like_comparison()
    names = tuple(f"Source {i}" for i in range(9))
    panel.set_comparison(replace(c, summary=replace(c.summary, sources_only_left=names)))
    lines = text(panel, "sources_left").split("\n")
    assert len(lines) == 7 and lines[-1] == "+3 more"
    assert panel.fields["sources_left"].toolTip().split("\n") == list(names)


def test_empty_state_and_empty_lists(panel):
    assert text(panel, "similarity") == NONE and "Open two articles" in text(panel, "shares")
    c = demo_like_comparison()
    panel.set_comparison(replace(c, summary=replace(c.summary, sources_shared=())))
    assert text(panel, "sources_shared") == NONE


def test_cards_describe_themselves_for_screen_readers(panel):
    panel.set_comparison(demo_like_comparison())
    counts = panel.cards["counts"]
    assert counts.accessibleName() == "Findings"
    assert "Overlapping claims" in counts.accessibleDescription()
    assert "Rudenko" in panel.cards["sources"].accessibleDescription()


def test_short_list():
    assert short_list(()) == NONE
    assert short_list(("a", "b"), limit=1) == "•\u00a0a\n+1 more"


def test_a_short_panel_scrolls_and_the_keyboard_can_scroll_it(panel, qtbot):
    panel.set_comparison(demo_like_comparison())
    panel.resize(420, 150)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 0)
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert panel.verticalScrollBar().value() > 0


def test_share_bar_fills_in_proportion(qtbot):
    from desktop import palette
    bar = ShareBar("Left")
    qtbot.addWidget(bar)
    bar.resize(200, 10)
    bar.set_share(0.5)
    image = bar.grab().toImage()
    row = image.height() // 2
    mark = palette.OVERLAP.colour.lower()
    filled = [x for x in range(image.width()) if image.pixelColor(x, row).name() == mark]
    assert len(filled) >= 70 and 90 <= max(filled) <= 105  # half of 200 px
