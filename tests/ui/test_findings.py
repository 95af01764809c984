"""Findings rows built from a hand-made comparison, reading order and F7 navigation."""

from dataclasses import replace

import pytest

from desktop.ui.findings import (
    Finding,
    build_findings,
    excerpt,
    findings_at,
    next_finding,
)
from tests.ui.fixtures_comparison import FRAMING_NOTES, demo_like_comparison, large_comparison


@pytest.fixture
def findings() -> tuple[Finding, ...]:
    return build_findings(demo_like_comparison())


def test_one_finding_per_pair_unique_sentence_and_unique_source(findings):
    rows = [(f.kind, f.left, f.right) for f in findings]
    assert sorted(rows) == sorted([
        ("overlap", (0,), (2,)),
        ("framing", (1, 2), (3,)),
        ("overlap", (3,), (1,)),
        ("unique_left", (4,), ()),
        ("unique_right", (), (0,)),
        ("source_left", (4,), ()),
        ("source_right", (), (3,)),
    ])


def test_shared_source_gives_no_finding(findings):
    assert all("the ministry" not in f.description for f in findings)


def test_pair_rows_carry_score_excerpts_and_cue_notes(findings):
    framing = next(f for f in findings if f.kind == "framing")
    assert framing.score == 58.0
    assert framing.left_excerpt.startswith("The diplomat described ties")
    assert framing.right_excerpt == "Rudenko emphasized that the dialogue remains constructive."
    assert framing.description == "; ".join(FRAMING_NOTES)


def test_source_rows_name_the_source_and_cue(findings):
    source = next(f for f in findings if f.kind == "source_right")
    assert source.description == "Rudenko (emphasized)"
    assert source.score is None and source.left_excerpt == ""


def test_reading_order_follows_the_left_article_with_right_only_rows_slotted_in(findings):
    assert [f.kind for f in findings] == [
        "unique_right",  # right sentence 0 comes before any pair
        "overlap",
        "framing",
        "source_right",  # in the framing pair's right sentence
        "overlap",
        "unique_left",
        "source_left",
    ]


def test_excerpt_is_one_short_line_cut_at_a_word():
    text = "word " * 40 + "\n end"
    cut = excerpt(text, 30)
    assert len(cut) <= 30 and cut.endswith("…") and "\n" not in cut
    assert cut[:-1].split(" ") == ["word"] * len(cut[:-1].split(" "))
    assert excerpt("  short\n text ") == "short text"


def test_next_and_previous_walk_reading_order(findings):
    walked, current = [], None
    while (current := next_finding(findings, current, +1)) is not None:
        walked.append(current)
    assert walked == list(findings)
    assert next_finding(findings, None, -1) == findings[-1]
    assert next_finding(findings, findings[3], -1) == findings[2]
    assert next_finding(findings, findings[0], -1) is None


def test_navigation_wraps_only_when_asked(findings):
    assert next_finding(findings, findings[-1], +1) is None
    assert next_finding(findings, findings[-1], +1, wrap=True) == findings[0]
    assert next_finding(findings, findings[0], -1, wrap=True) == findings[-1]
    assert next_finding((), None, +1) is None


def test_navigation_from_a_filtered_out_finding_uses_its_position(findings):
    pairs_only = [f for f in findings if f.kind in ("overlap", "framing")]
    source_right = next(f for f in findings if f.kind == "source_right")
    assert next_finding(pairs_only, source_right, +1) == pairs_only[2]
    assert next_finding(pairs_only, source_right, -1) == pairs_only[1]


def test_findings_at_a_sentence(findings):
    assert [f.kind for f in findings_at(findings, "right", 3)] == ["framing", "source_right"]
    assert [f.kind for f in findings_at(findings, "left", 2)] == ["framing"]
    assert findings_at(findings, "left", 99) == ()


def test_duplicate_attributions_give_one_row():
    c = demo_like_comparison()
    doubled = replace(c.left, attributions=c.left.attributions + c.left.attributions[-1:])
    rows = build_findings(replace(c, left=doubled))
    assert sum(f.kind == "source_left" for f in rows) == 1


def test_large_comparison_orders_reordered_blocks_by_left_position():
    rows = build_findings(large_comparison(60))
    lefts = [f.left[0] for f in rows if f.left]
    assert lefts == sorted(lefts)
    assert len([f for f in rows if f.kind in ("overlap", "framing")]) == 60 - 6 - 6


def test_pairs_without_cues_say_how_many_words_differ():
    from desktop.engine.model import ClaimPair, DiffOp
    from desktop.ui.findings import wording_note
    diff = (DiffOp("equal", "Moscow "), DiffOp("left", "values "), DiffOp("right", "prizes "),
            DiffOp("equal", "open lines."))
    assert wording_note(ClaimPair((0,), (0,), "overlap", 90.0, diff)) == "2 words differ"
    one = diff[:2] + diff[3:]
    assert wording_note(ClaimPair((0,), (0,), "overlap", 90.0, one)) == "1 word differs"
    same = (DiffOp("equal", "Same."),)
    assert wording_note(ClaimPair((0,), (0,), "overlap", 100.0, same)) == "same wording"
    assert wording_note(ClaimPair((0,), (0,), "overlap", 100.0)) == ""


def test_overlap_rows_describe_their_wording(findings):
    overlaps = [f for f in findings if f.kind == "overlap"]
    assert [f.description for f in overlaps] == ["same wording", "same wording"]
