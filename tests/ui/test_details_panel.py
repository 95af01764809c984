"""The details panel renders the word diff, score, kind, cue notes and sources."""

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop.ui import theme
from desktop.ui.details_panel import EMPTY_HINT, DetailsPanel, sentence_numbers
from desktop.ui.findings import build_findings
from tests.ui.fixtures_comparison import FRAMING_NOTES, demo_like_comparison


@pytest.fixture
def panel(qtbot) -> DetailsPanel:
    p = DetailsPanel()
    qtbot.addWidget(p)
    return p


def runs(panel: DetailsPanel) -> list[tuple[str, QTextCharFormat]]:
    """(text, format) for every fragment of the shown document."""
    out, block = [], panel.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            out.append((fragment.text(), fragment.charFormat()))
            it += 1
        block = block.next()
    return out


def test_framing_pair_marks_left_only_struck_and_right_only_underlined(panel):
    c = demo_like_comparison()
    panel.show_pair(c, (1, 2), (3,))
    fragments = runs(panel)
    struck = " ".join(t for t, f in fragments if f.fontStrikeOut())
    underlined = " ".join(t for t, f in fragments if f.fontUnderline())
    assert "difficult times." in struck and "noted" in struck
    assert "emphasized" in underlined and "remains" in underlined
    assert "emphasized" not in struck and "noted" not in underlined
    marked = [f for t, f in fragments if f.fontStrikeOut() or f.fontUnderline()]
    assert all(f.background().color().isValid() and f.background().style() != 0 for f in marked)


def test_equal_words_are_plain(panel):
    panel.show_pair(demo_like_comparison(), (1, 2), (3,))
    plain = [t for t, f in runs(panel) if t.strip() == "the"]
    assert plain, "the shared word 'the' should be shown"
    for text, fmt in runs(panel):
        if text.strip() == "the":
            assert not fmt.fontStrikeOut() and not fmt.fontUnderline()


def test_pair_shows_kind_score_cue_notes_and_sources(panel):
    panel.show_pair(demo_like_comparison(), (2,), ())  # one id of a merged pair is enough
    text = panel.plain_text()
    assert "Divergent framing" in text and "score 58 / 100" in text
    for note in FRAMING_NOTES:
        assert note in text
    assert "Rudenko — emphasized" in text and "only here" in text
    assert "sentences 2-3" in text and "sentence 4" in text
    assert panel.browser.accessibleDescription() == text


def test_overlap_pair_has_no_cue_heading_and_shared_source_is_not_flagged(panel):
    panel.show_pair(demo_like_comparison(), (0,), (2,))
    text = panel.plain_text()
    assert "Overlapping claim" in text and "score 100" in text
    assert "How the framing differs" not in text
    assert "the ministry — said" in text and "only here" not in text
    assert "only in the left article" not in text  # no diff key for identical sentences


def test_unique_sentence(panel):
    panel.show_unique(demo_like_comparison(), "left", 4)
    text = panel.plain_text()
    assert "Only in this article" in text and "no counterpart in the right article" in text
    assert "Zhelokhovtsev said sanctions would be judged by actions." in text
    assert "Zhelokhovtsev — said" in text


def test_ids_of_no_pair_fall_back_to_unique_then_clear(panel):
    c = demo_like_comparison()
    panel.show_pair(c, (), (0,))
    assert "Deputy minister Andrei Rudenko" in panel.plain_text()
    panel.clear()
    assert panel.plain_text() == EMPTY_HINT


def test_dark_palette_uses_dark_tints(panel, qtbot):
    c = demo_like_comparison()
    panel.show_pair(c, (1, 2), (3,))
    light = {f.background().color().name() for _, f in runs(panel) if f.fontStrikeOut()}
    panel.setPalette(theme.dark_palette())
    dark = {f.background().color().name() for _, f in runs(panel) if f.fontStrikeOut()}
    assert light == {"#f9d3bc"} and dark == {"#5c2a0c"}


def test_sentence_numbers_are_one_based():
    assert sentence_numbers((0,)) == "sentence 1"
    assert sentence_numbers((4, 5)) == "sentences 5-6"
    assert sentence_numbers(()) == ""


def test_text_is_selectable_for_copying(panel):
    panel.show_pair(demo_like_comparison(), (0,), (2,))
    cursor = panel.browser.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    assert "Moscow values open lines" in cursor.selectedText()


def test_show_unique_of_a_paired_sentence_shows_its_pair(panel):
    panel.show_unique(demo_like_comparison(), "right", 3)  # the framing pair's right side
    text = panel.plain_text()
    assert "Divergent framing" in text and "no counterpart" not in text


def test_show_finding_picks_pair_or_sentence(panel):
    c = demo_like_comparison()
    by_kind = {f.kind: f for f in build_findings(c)}
    panel.show_finding(c, by_kind["framing"])
    assert "How the framing differs" in panel.plain_text()
    panel.show_finding(c, by_kind["source_left"])
    assert "Zhelokhovtsev — said" in panel.plain_text() and "only here" in panel.plain_text()
    panel.show_finding(c, by_kind["unique_right"])
    assert "no counterpart in the left article" in panel.plain_text()
