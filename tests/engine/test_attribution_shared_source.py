"""Golden tests: cues that share the source of another cue in the sentence ("criticized ...
and said", "Noting ..., Allen said") and lower-case inverted subjects ("wrote one
commenter")."""

from __future__ import annotations

import pytest

from tests.engine.attribution_texts import cue_source_content

found = cue_source_content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump criticized the deal and said it was a disaster.",
            [
                ("criticized", "Trump", "the deal and said it was a disaster"),
                ("said", "Trump", "it was a disaster"),
            ],
        ),
        (
            "Noting that he majored in philosophy, Allen said he liked it.",
            [
                ("Noting", "Allen", "that he majored in philosophy"),
                ("said", "Allen", "he liked it"),
            ],
        ),
        ("“They will lose,” wrote one commenter.", [("wrote", "one commenter", "They will lose")]),
    ],
)
def test_shared_and_lower_case_sources(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_opening_participle_without_a_main_attribution_is_dropped() -> None:
    assert found("Noting that he majored in philosophy, the weather was fine.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according" ends in -ing but names its own source: not a continuation of "said"
        (
            "“He is trying to kill them,” Hewitt said, according to a transcript of the show.",
            [
                ("said", "Hewitt", "He is trying to kill them"),
                (
                    "according to",
                    "a transcript of the show",
                    "He is trying to kill them,” Hewitt said",
                ),
            ],
        ),
        # inverted subject followed by "to": ", said a longtime adviser to Trump"
        (
            "“It is old,” said a longtime adviser to Trump.",
            [("said", "a longtime adviser", "It is old")],
        ),
        # a month after "in" is stepped over: the poll is the source
        (
            "A Bloomberg poll in June showed that most voters agreed.",
            [("showed", "A Bloomberg poll", "that most voters agreed")],
        ),
    ],
)
def test_frames_inversions_and_months(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected
