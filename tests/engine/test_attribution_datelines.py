"""Golden tests: datelines, dashed asides and days of the week are never sources (seen on
BASIL text: "Moscow — believing", "The Russian perspective — aiming", "WASHINGTON",
"Monday")."""

from __future__ import annotations

import pytest

from desktop.engine.attribution import find_attributions
from desktop.engine.segment import split_sentences


def sources(text: str) -> list[str]:
    found = find_attributions(text, split_sentences(text, "en"), "en")
    return [text[a.source_span[0] : a.source_span[1]] for a in found if a.source_span]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow — believing that sanctions will fail, the Kremlin waited.",
        "The Russian perspective — aiming to weaken NATO — was clear.",
        "On Monday said officials would meet.",
    ],
)
def test_no_source_is_made_of_a_dateline_an_aside_or_a_day(text: str) -> None:
    assert sources(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — Officials met on Monday, saying talks would resume.",
        "NEW YORK (AP) — Officials met on Monday, saying talks would resume.",
        "PARIS (Reuters) - Officials met on Monday, saying talks would resume.",
    ],
)
def test_the_subject_after_a_dateline_is_the_source(text: str) -> None:
    assert sources(text) == ["Officials"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Reince Priebus, the GOP chairman, this past week announced the plan.",
            "Reince Priebus, the GOP chairman",
        ),
        ("Clinton last week said the plan failed.", "Clinton"),
        ("Trump on Monday said the plan failed.", "Trump"),
        ("The campaign this week said it would fight.", "The campaign"),
        # adverbs between subject and verb are stepped over too
        ("On Sunday, Mr. Trump even echoed the claim.", "Mr. Trump"),
        ("Clinton quickly said she would run.", "Clinton"),
    ],
)
def test_a_time_expression_or_adverb_before_the_verb_is_not_the_source(
    text: str, source: str
) -> None:
    assert sources(text) == [source]


def test_an_opening_adverb_is_not_the_subject() -> None:
    text = "Ultimately, Mr. Yanukovych disregarded the advice and refused to sign the deal."
    assert sources(text) == ["Mr. Yanukovych"]


def test_by_after_a_statement_is_not_a_passive_agent() -> None:
    text = "Mike Pence said in a statement released by the Trump campaign that it was false."
    assert sources(text) == ["Mike Pence"]


def test_an_opening_time_phrase_is_not_the_subject() -> None:
    text = "A few minutes later, Murphy followed up by lamenting the churn."
    found = find_attributions(text, split_sentences(text, "en"), "en")
    assert [a.key for a in found] == ["murphy"]
