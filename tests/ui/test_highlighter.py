"""Highlights: code point -> UTF-16 offsets, span maps, and the formats Qt actually applies."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from desktop import palette
from desktop.ui.highlighter import (
    FindingHighlighter,
    Mark,
    Utf16Index,
    block_spans,
    display_text,
    marks_for,
    utf16_offset,
)
from tests.ui.conftest import EMOJI_LEFT, emoji_comparison
from tests.ui.fixtures_comparison import demo_like_comparison

U = QTextCharFormat.UnderlineStyle


def test_utf16_offset_counts_astral_characters_twice() -> None:
    text = "a😀b🎉c"
    assert [utf16_offset(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert utf16_offset("plain", 3) == 3
    assert utf16_offset("Привет", 6) == 6  # BMP: one unit each


def test_utf16_index_round_trips() -> None:
    text = "😀x😀😀y"
    index = Utf16Index(text)
    for i in range(len(text) + 1):
        assert index.to_utf16(i) == utf16_offset(text, i)
        assert index.to_code_point(index.to_utf16(i)) == i


def test_display_text_keeps_length_and_only_newlines_break_blocks() -> None:
    text = "a\r\nb\u2029c"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert shown.count("\n") == 1 and "\r" not in shown and "\u2029" not in shown


def test_block_spans_are_block_relative_utf16_runs() -> None:
    text = "😀 ab cd\nxy 🎉 zz"
    marks = [Mark(2, 7, "overlap"), Mark(5, 7, "changed"), Mark(11, 15, "unique")]
    spans = block_spans(text, marks)
    assert spans[0] == ((3, 3, ("overlap",)), (6, 2, ("overlap", "changed")))
    # block 1 starts at code point 8; "🎉 zz" starts at 11 -> 3 units in, 5 units long
    assert spans[1] == ((3, 5, ("unique",)),)


def test_a_mark_across_a_paragraph_break_is_split_per_block() -> None:
    spans = block_spans("abc\ndef", [Mark(1, 6, "overlap")])
    assert spans == {0: ((1, 2, ("overlap",)),), 1: ((0, 2, ("overlap",)),)}


def _formats_at(document: QTextDocument, position: int) -> QTextCharFormat:
    block = document.findBlock(position)
    offset = position - block.position()
    ranges = block.layout().formats()
    for rng in ranges:
        if rng.start <= offset < rng.start + rng.length:
            return QTextCharFormat(rng.format)
    return QTextCharFormat()


def _highlighted(comparison, side):  # noqa: ANN001, ANN202
    doc = comparison.document(side)
    document = QTextDocument()
    document.setPlainText(display_text(doc.text))
    highlighter = FindingHighlighter(document)
    highlighter.set_spans(block_spans(doc.text, marks_for(comparison, side)), dark=False)
    return document, highlighter


def test_each_kind_is_applied_at_its_utf16_offset_after_an_emoji(qapp) -> None:  # noqa: ANN001
    comparison = emoji_comparison()
    document, _keep = _highlighted(comparison, "left")
    index = Utf16Index(EMOJI_LEFT)
    framing_at = index.to_utf16(EMOJI_LEFT.index("Moscow"))
    assert framing_at == EMOJI_LEFT.index("Moscow") + 1
    fmt = _formats_at(document, framing_at)
    assert fmt.underlineStyle() == U.WaveUnderline
    assert fmt.background().color().name().upper() == palette.FRAMING.fill_light
    # the word only this side uses ("values") is a changed word: straight underline instead of
    # the sentence's wave, changed tint
    said = _formats_at(document, index.to_utf16(EMOJI_LEFT.index("values")))
    assert said.background().color().name().upper() == palette.CHANGED_WORDS.fill_light
    assert said.underlineStyle() == U.SingleUnderline
    # the unique source's cue is marked over the sentence: solid underline, stronger tint
    source = _formats_at(document, index.to_utf16(EMOJI_LEFT.index("the ministry")))
    assert source.underlineStyle() == U.SingleUnderline and source.fontWeight() > 500
    assert source.background().color().name().upper() == palette.ATTRIBUTION_UNIQUE.fill_light
    # the unique sentence, after a second emoji inside it: dotted
    tail = _formats_at(document, index.to_utf16(EMOJI_LEFT.index("face")))
    assert tail.underlineStyle() == U.DotLine
    assert tail.background().color().name().upper() == palette.UNIQUE.fill_light
    # one unit before the framing sentence (the space after the emoji) is not marked
    assert _formats_at(document, framing_at - 1).background().style().name == "NoBrush"


def test_demo_like_pair_kinds_and_shared_attribution(qapp) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    document, _keep = _highlighted(comparison, "left")
    text = comparison.left.text
    overlap = _formats_at(document, text.index("Moscow values"))
    assert overlap.underlineStyle() == U.SingleUnderline
    assert overlap.background().color().name().upper() == palette.OVERLAP.fill_light
    # a shared attribution is dashed and keeps the sentence's tint underneath
    shared = _formats_at(document, text.index("the ministry"))
    assert shared.underlineStyle() == U.DashUnderline
    assert shared.background().color().name().upper() == palette.OVERLAP.fill_light
    unique_source = _formats_at(document, text.index("Zhelokhovtsev"))
    assert (
        unique_source.background().color().name().upper() == palette.ATTRIBUTION_UNIQUE.fill_light
    )


def test_hidden_kinds_are_not_marked() -> None:
    comparison = demo_like_comparison()
    keys = {m.key for m in marks_for(comparison, "left", hidden=("framing", "attribution"))}
    assert keys == {"overlap", "unique"}
    everything = {m.key for m in marks_for(comparison, "left")}
    assert {
        "overlap",
        "framing",
        "changed",
        "unique",
        "attribution",
        "attribution_unique",
    } <= everything


def test_dark_theme_uses_dark_tints(qapp) -> None:  # noqa: ANN001
    comparison = emoji_comparison()
    doc = comparison.left
    document = QTextDocument()
    document.setPlainText(doc.text)
    highlighter = FindingHighlighter(document)
    highlighter.set_spans(block_spans(doc.text, marks_for(comparison, "left")), dark=True)
    tail = _formats_at(document, Utf16Index(doc.text).to_utf16(doc.text.index("face")))
    assert tail.background().color().name().upper() == palette.UNIQUE.fill_dark
