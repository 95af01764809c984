"""Golden tests: a description set off by commas next to the name belongs to the source as
written ("Simon Rosenberg, a Clinton supporter, told"), as PolNeAR annotates it; the key is
still the person's."""

from __future__ import annotations

import pytest

from desktop.engine.attribution import find_attributions
from desktop.engine.segment import split_sentences
from tests.engine.attribution_texts import spelled


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source as written, key) of every attribution in `text`."""
    out = []
    for a in find_attributions(text, split_sentences(text, "en"), "en"):
        out.append((a.cue, spelled(text, a.source_span), a.key))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will win,” Simon Rosenberg, a Clinton supporter, told the New Yorker.",
            [("told", "Simon Rosenberg, a Clinton supporter", "rosenberg")],
        ),
        (
            "Davis, a longtime liberal, lashed out at the plan.",
            [("lashed out at", "Davis, a longtime liberal", "davis")],
        ),
        (
            "“It is over,” said Jeff Bechdel, chairman of America Rising.",
            [("said", "Jeff Bechdel, chairman of America Rising", "bechdel")],
        ),
    ],
)
def test_description_by_the_name_is_part_of_the_source(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(text) == expected


def test_capitalised_phrase_after_a_comma_is_not_a_description() -> None:
    text = "“It is over,” said Jeff Bechdel, Ohio Secretary of State."
    assert found(text) == [("said", "Jeff Bechdel", "bechdel")]


def test_a_description_that_stops_before_the_end_is_left_out() -> None:
    text = "“It is over,” said Jeff Bechdel, a lawyer, on Monday."
    assert found(text) == [("said", "Jeff Bechdel", "bechdel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Melanne Verveer, who served as her chief of staff, told CBS News.",
            [("told", "Melanne Verveer, who served as her chief of staff", "verveer")],
        ),
        ("“They are girls,” Butz, 49, told The Huffington Post.", [("told", "Butz, 49", "butz")]),
    ],
)
def test_who_clause_or_age_before_told_is_not_an_inversion(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“They were rivals,” William M. Daley, President Obama's former chief of staff, "
            "said of their time.",
            [("said of", "William M. Daley, President Obama's former chief of staff", "daley")],
        ),
        (
            "Polk County GOP Chairman Will Rogers, for example, said the visit was good.",
            [("said", "Polk County GOP Chairman Will Rogers, for example", "rogers")],
        ),
        (
            "Trump has been rebuked by opponents for his remarks.",
            [("has been rebuked", "opponents for his remarks", "opponents for his remarks")],
        ),
    ],
)
def test_possessive_descriptions_names_with_will_and_perfect_passives(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(text) == expected
