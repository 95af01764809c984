"""Capitalised runs: the finder that skips lower-case words in C finds what reading every
word in turn found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine import entities
from desktop.engine.model import Sentence


def _plain_runs(text: str, sentence: Sentence) -> list[list[re.Match[str]]]:
    """Runs of capitalised words as first written: every word read in turn."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in entities._WORD.finditer(text, sentence.start, sentence.end):
        word = m[0]
        if current:
            gap = text[current[-1].end() : m.start()]
            if entities._breaks(gap) and not entities._abbreviated(current[-1][0], gap):
                runs.append(current)
                current = []
        if entities._capitalised(word) or (current and word.lower() in entities._CONNECTORS):
            current.append(m)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


# words and marks where a word may start inside another ("mcDonald", "al-Assad", "St.Louis"),
# capitals and digits outside ASCII and outside the Basic Multilingual Plane, initials
PIECES = [
    *"""McCain mcDonald al-Assad Al-Assad U.S. St.Louis o'Neil O’Neil of the Of de said Ivan
    ivan 3M 2024 x2 Élysée éLan Москве мВД ǅungla Ⅻ ² _Foo -Foo ‐Bar 'Baz .Qux G. Gov. H. Jr
    House-passed Kim Jong-un “ ” ( , . : - — 😀 𝐀bc 𝟐x""".split(),
    " ",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(["", " "]))
def test_runs_are_the_plain_loops_runs(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    for start in range(min(len(text), 3) + 1):
        sentence = Sentence(0, start, len(text))
        expected = [
            [m.span() for m in run]
            for r in _plain_runs(text, sentence)
            if (run := entities._trim(text, r, sentence))
        ]
        found = entities._runs(text, sentence, "en")
        assert [[m.span() for m in run] for run in found] == expected
