"""Golden tests: a reporting cue inside the clause another attribution credits belongs to the
outer source's words (PolNeAR annotates only the outer attribution); a cue after punctuation
is a new attribution."""

from __future__ import annotations

import re

import pytest

from tests.engine.attribution_texts import cue_source_content

spans = cue_source_content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kerry said that Lavrov claimed the talks had failed.",
            [("said", "Kerry", "that Lavrov claimed the talks had failed")],
        ),
        (
            "She disclosed that, after the meeting, Clinton called her again.",
            [("disclosed", "She", "that, after the meeting, Clinton called her again")],
        ),
        (
            "Trump said Fox executives were calling every day.",
            [("said", "Trump", "Fox executives were calling every day")],
        ),
        (
            "Klein said that two other women who have accused Clinton said they were called.",
            [
                (
                    "said",
                    "Klein",
                    "that two other women who have accused Clinton said they were called",
                )
            ],
        ),
    ],
)
def test_cue_inside_a_credited_clause_is_not_an_attribution(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert spans(text) == expected


def test_cue_after_a_comma_is_a_new_attribution() -> None:
    text = "The campaign said the candidate will attend, CNN reported."
    found = spans(text)
    assert [cue for cue, _, _ in found] == ["said", "reported"]
    assert found[1][1] == "CNN"
    assert re.search(r"CNN", found[0][2] or "")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Trump criticized the deal and said it was a disaster.", ["criticized", "said"]),
        (
            "Trump was talking about defense when he told reporters the plan was dead.",
            ["was talking about", "told"],
        ),
        # a relative clause's cue ("who has accused") does not swallow the main verb
        (
            "A woman who has accused Clinton of lying said on Sunday that he called her.",
            ["accused", "said"],
        ),
    ],
)
def test_cue_opening_a_clause_of_its_own_is_kept(text: str, cues: list[str]) -> None:
    """The tagger may take a neighbour into a cue ("said on"): the expected words must be in
    the cues, in order."""
    found = [cue for cue, _, _ in spans(text)]
    assert len(found) == len(cues)
    assert all(word in cue for word, cue in zip(cues, found, strict=True))
