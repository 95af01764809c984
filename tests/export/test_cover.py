"""The cover page's words: headings, summary lines, framing cue lines."""

from __future__ import annotations

from desktop.export.cover import cue_text, heading, summary_lines
from tests.export import fixtures


def test_heading_does_not_repeat_a_file_name_used_as_title() -> None:
    comparison = fixtures.build(
        fixtures.Article("One.", path="/news/left story.txt"),
        fixtures.Article("Two.", title="Real title", path="/news/right.txt", outlet="Wire"),
        [],
    )
    left, right = heading(comparison.left), heading(comparison.right)
    assert left.title == "left story.txt" and "left story.txt" not in left.details
    assert right.title == "Real title" and right.details[:2] == ("Wire", "right.txt")


def test_summary_lines_read_in_plain_words() -> None:
    lines = dict(summary_lines(fixtures.demo_comparison()))
    assert lines["Similarity"] == "42 %"
    assert lines["Overlapping claims"] == "1 pair"
    assert lines["Divergent framing"] == "4 pairs"
    assert lines["Only in the left article"] == "9 sentences"
    assert lines["Words in aligned claims"] == "left 40%, right 35%"
    assert lines["Sources only in the left"] == "Ivan Zhelokhovtsev"
    assert lines["Sources in both"] == "The Russian official, The diplomat"
    empty = fixtures.build(fixtures.Article(""), fixtures.Article(""), [])
    assert dict(summary_lines(empty))["Sources in both"] == "none"


def test_cue_text_joins_notes_with_one_full_stop() -> None:
    assert cue_text(["Left says “a”.", "  right  hedges  "]) == "Left says “a”; right hedges."
    assert cue_text(["", " "]) == ""


def test_a_file_creation_date_is_labelled_as_such_not_given_as_the_articles() -> None:
    comparison = fixtures.build(
        fixtures.Article("One.", title="Memo", created="2024-09-05"),
        fixtures.Article("Two.", title="Wire", date="2024-09-06", created="2024-01-01"),
        [],
    )
    left, right = heading(comparison.left), heading(comparison.right)
    assert "file created 2024-09-05" in left.details
    assert "2024-09-05" not in left.details
    assert "2024-09-06" in right.details  # the article's own date wins
    assert not any("2024-01-01" in d for d in right.details)
