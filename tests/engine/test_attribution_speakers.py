"""Sources the rules used to miss or misread: the writer of an op-ed ("I believe ..."), a
report or body named before ("..., it said"; "the association, which urged ..."), the subject
after an opening phrase, a name with a party tag or after its description. "I", "we" and "it"
get no key: two articles' "I" are different people."""

from __future__ import annotations

import pytest

from desktop.engine.attribution import find_attributions, link_sources
from tests.engine.test_attribution import at, split


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("I believe the deal is bad for workers.", "I", "believe"),
        ("We asked our readers what they thought of the debate.", "We", "asked"),
        ("“This must change,” it said.", "it", "said"),
    ],
)
def test_first_person_and_it_credit_a_speaker_without_a_key(
    text: str, source: str, cue: str
) -> None:
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source, a.source_span, a.cue, a.key) == (source, at(text, source), cue, "")


def test_speakers_without_a_key_are_never_shared() -> None:
    left = "I believe the deal is bad for workers."
    right = "I believe the deal is good for workers."
    linked = link_sources(
        find_attributions(left, split(left), "en"), find_attributions(right, split(right), "en")
    )
    assert [a.shared for side in linked for a in side] == [False, False]


def test_which_credits_the_phrase_before_it() -> None:
    text = "The board got a letter from the staff association, which urged a new vote."
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source, a.source_span, a.cue) == ("the staff association", at(text, "which"), "urged")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Before the convention, Police Chief Calvin Williams lobbied to suspend the rule, "
            "saying guns made the city less safe.",
            "Police Chief Calvin Williams",
        ),
        (
            "On the left, Betty Friedan compared her to a heretic, telling her she would burn.",
            "Betty Friedan",
        ),
    ],
)
def test_participle_credits_the_subject_after_an_opening_phrase(text: str, source: str) -> None:
    """ "Before the convention, X ..., saying ...": the opening phrase is not the subject."""
    (a,) = find_attributions(text, split(text), "en")
    assert a.source_span == at(text, source)
    assert a.cue in {"saying", "telling"}


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Majority Leader Harry Reid (D) relentlessly attacked the plan.",
            "Majority Leader Harry Reid",
            "attacked",
        ),
        ("“We will win,” Sen. Chuck Schumer (D-N.Y.) said.", "Sen. Chuck Schumer", "said"),
        (
            "Sen. Ted Cruz (R-Texas) has also said he would vote no.",
            "Sen. Ted Cruz",
            "has also said",
        ),
    ],
)
def test_party_tag_after_the_name(text: str, source: str, cue: str) -> None:
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source_span, a.cue) == (at(text, source), cue)


def test_words_opening_a_quote_are_not_the_speaker() -> None:
    text = '"We need jobs," chanted the crowd.'
    assert [a.source for a in find_attributions(text, split(text), "en")] != ["We"]


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        (
            "Obama met voters. A Twitter spokesman, Christopher Abboud, said the account was safe.",
            "A Twitter spokesman, Christopher Abboud",
            "Christopher Abboud",
        ),
        (
            "The campaign chief, Paul Manafort, bluntly suggested a change.",
            "The campaign chief, Paul Manafort",
            "Paul Manafort",
        ),
    ],
)
def test_name_after_its_description_is_the_source(text: str, source: str, name: str) -> None:
    """Not the sentence's or the article's first name ("Obama", "Twitter")."""
    a = find_attributions(text, split(text), "en")[-1]
    assert (a.source_span, a.source) == (at(text, source), name)


def test_city_and_state_are_not_a_described_name() -> None:
    text = "A salesman from Sumter, South Carolina, says he will vote."
    assert "South Carolina" not in [a.source for a in find_attributions(text, split(text), "en")]


def test_pronoun_after_the_verb_opens_the_content() -> None:
    """ ", says he will vote": not an inverted "says he"."""
    text = "Dean Johnson, a salesman from Sumter, South Carolina, says he will vote."
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source_span, a.cue) == (at(text, "Dean Johnson"), "says")


@pytest.mark.parametrize(
    ("text", "source", "credited", "key"),
    [
        # a place after the speakers is where they were, not who spoke
        (
            "Officials in Seoul said the talks would resume.",
            "Officials in Seoul",
            "Officials in Seoul",
            "officials in seoul",
        ),
        (
            "A spokesman for the ministry in Moscow said the talks would resume.",
            "A spokesman for the ministry in Moscow",
            "A spokesman for the ministry in Moscow",
            "spokesman for the ministry in moscow",
        ),
        (
            "Diplomats from both countries said the talks would resume.",
            "Diplomats from both countries",
            "Diplomats from both countries",
            "diplomats from both countries",
        ),
        (
            "Sergei Lavrov in Moscow said the talks would resume.",
            "Sergei Lavrov in Moscow",
            "Sergei Lavrov",
            "lavrov",
        ),
        # a body after the speakers is who they speak for
        (
            "A spokesman for the Kremlin said the talks would resume.",
            "A spokesman for the Kremlin",
            "Kremlin",
            "kremlin",
        ),
        (
            "Experts at Harvard University said the numbers were wrong.",
            "Experts at Harvard University",
            "Harvard University",
            "harvard university",
        ),
    ],
)
def test_subject_runs_over_a_preposition_after_the_speakers(
    text: str, source: str, credited: str, key: str
) -> None:
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source_span, a.source, a.key) == (at(text, source), credited, key)


def test_subject_does_not_run_over_a_preposition_into_nothing() -> None:
    """ "in an" has no content word: the phrase is not "Trump in an"."""
    text = "Trump in an interview said the wall would be built."
    spans = [a.source_span for a in find_attributions(text, split(text), "en")]
    assert at(text, "Trump in an") not in spans
