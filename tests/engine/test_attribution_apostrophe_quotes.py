"""Golden tests: two apostrophes quote like curly quotes (''...,'' said X), as in the New York
Times' plain text: a cue inside is the quoted speaker's, the quote is the content."""

from __future__ import annotations

import pytest

from desktop.engine.attribution import find_attributions
from desktop.engine.lexicon import tokens
from desktop.engine.phrases import is_boundary
from desktop.engine.segment import split_sentences


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for a in find_attributions(text, split_sentences(text, "en"), "en"):
        source = text[a.source_span[0] : a.source_span[1]] if a.source_span else None
        content = text[a.content_span[0] : a.content_span[1]] if a.content_span else None
        out.append((a.cue, source, content))
    return out


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
