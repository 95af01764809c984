"""Marks inside sentences: differing words from the diff, attribution spans."""

from __future__ import annotations

from desktop.engine.model import DiffOp
from desktop.export.marks import (
    ATTRIBUTION,
    ATTRIBUTION_UNIQUE,
    CHANGED,
    Segment,
    changed_spans,
    sentence_segments,
)
from tests.export import fixtures


def _framing(left: str, right: str):  # type: ignore[no-untyped-def]
    return fixtures.build(
        fixtures.Article(left), fixtures.Article(right), [((0,), (0,), "framing")]
    )


def test_changed_words_are_marked_on_their_own_side() -> None:
    c = _framing("The minister said talks went well.", "The minister claimed talks went badly.")
    pair = c.pairs[0]
    left = sentence_segments(c.left, 0, pair)
    right = sentence_segments(c.right, 0, pair)
    assert [s.text for s in left if CHANGED in s.marks] == ["said", "well."]
    assert [s.text for s in right if CHANGED in s.marks] == ["claimed", "badly."]
    assert "".join(s.text for s in left) == "The minister said talks went well."


def test_diff_text_joined_differently_from_the_article_still_lands() -> None:
    c = _framing("Alpha beta.\nGamma delta.", "x")
    diff = (DiffOp("equal", "Alpha beta. "), DiffOp("left", "Gamma"), DiffOp("equal", " delta."))
    assert changed_spans(c.left, (0, 1), diff) == [(12, 17)]


def test_diff_op_missing_from_the_text_is_skipped_not_misplaced() -> None:
    c = _framing("One two three.", "x")
    diff = (DiffOp("left", "zebra"), DiffOp("equal", "One "), DiffOp("left", "two"))
    assert changed_spans(c.left, (0,), diff) == [(4, 7)]


def test_overlap_pairs_carry_no_changed_marks() -> None:
    c = fixtures.demo_comparison()
    overlap = next(p for p in c.pairs if p.kind == "overlap")
    segments = sentence_segments(c.left, overlap.left[0], overlap)
    assert all(CHANGED not in s.marks for s in segments)


def test_attribution_source_and_cue_marked_unique_or_shared() -> None:
    c = fixtures.demo_comparison()
    unique = sentence_segments(c.left, 1)
    assert Segment("Ivan Zhelokhovtsev", frozenset({ATTRIBUTION_UNIQUE})) in unique
    assert Segment("conveyed", frozenset({ATTRIBUTION_UNIQUE})) in unique
    shared = sentence_segments(c.left, 8, c.pairs[3])
    marked = {s.text: s.marks for s in shared if ATTRIBUTION in s.marks}
    assert set(marked) >= {"added"}
    assert any("diplomat" in text for text in marked)


def test_control_characters_print_as_spaces() -> None:
    c = fixtures.build(
        fixtures.Article("Tabs\there, a\rreturn,\u2028a NUL\x00 byte."), fixtures.Article("x"), []
    )
    segments = sentence_segments(c.left, 0)
    assert "".join(s.text for s in segments) == "Tabs here, a return, a NUL  byte."
