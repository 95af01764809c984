"""Golden tests: two apostrophes quote like curly quotes (''...,'' said X), as in the New York
Times' plain text: a cue inside is the quoted speaker's, the quote is the content."""

from __future__ import annotations

import pytest

from desktop.engine.lexicon import tokens
from desktop.engine.phrases import is_boundary
from tests.engine.attribution_texts import cue_source_content

found = cue_source_content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "''I told him to leave,'' Broaddrick said.",
            [("said", "Broaddrick", "I told him to leave")],
        ),
        (
            "''He said no,'' Broaddrick said.",
            [("said", "Broaddrick", "He said no")],
        ),
    ],
)
def test_two_apostrophes_quote(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_two_apostrophes_open_a_phrase_boundary() -> None:
    text = "Trump said ''we will win'' and Smith's aide agreed."
    toks = tokens(text, "en")
    words = [t.text for t in toks]
    assert is_boundary(text, toks, words.index("we"))
    assert not is_boundary(text, toks, words.index("aide"))
