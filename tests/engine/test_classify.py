"""Pair evidence: word diff, framing cues, and the overlap/framing decision."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.engine import classify
from desktop.engine.classify import PairEvidence, analyse_pair, kind_of, word_diff
from desktop.engine.model import Attribution, DiffOp, FramingCue
from desktop.engine.options import CompareOptions
from desktop.resources import demo_pair

# ---- word diff -----------------------------------------------------------------------------


def _side(ops: tuple[DiffOp, ...], side: str) -> str:
    return "".join(op.text for op in ops if op.op in ("equal", side))


def _boundaries(ops: tuple[DiffOp, ...], side: str) -> set[int]:
    out, pos = set(), 0
    for op in ops:
        if op.op in ("equal", side):
            pos += len(op.text)
            out.add(pos)
    return out


def _token_boundaries(text: str) -> set[int]:
    return {m.end() for m in classify._DIFF_TOKEN.finditer(text)} | {0}


WORDS = st.sampled_from(
    [
        "Moscow",
        "Seoul",
        "said",
        "noted",
        "talks",
        "don't",
        "co-operation",
        "4.5",
        "мир",
        "переговоры",
        "the",
        "a",
        "—",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "é",
        "😀",
    ]
)
SENTENCES = st.lists(WORDS, max_size=25).map(" ".join)


@given(SENTENCES, SENTENCES)
def test_diff_rebuilds_both_sentences_from_word_vocabulary(left: str, right: str) -> None:
    ops = word_diff(left, right)
    assert _side(ops, "left") == left
    assert _side(ops, "right") == right


@given(st.text(), st.text())
def test_diff_rebuilds_both_sentences_from_any_text(left: str, right: str) -> None:
    ops = word_diff(left, right)
    assert _side(ops, "left") == left
    assert _side(ops, "right") == right
    assert all(op.text for op in ops)


@given(SENTENCES, SENTENCES)
def test_diff_never_splits_a_word(left: str, right: str) -> None:
    ops = word_diff(left, right)
    assert _boundaries(ops, "left") <= _token_boundaries(left)
    assert _boundaries(ops, "right") <= _token_boundaries(right)


def test_diff_marks_whole_changed_words() -> None:
    ops = word_diff(
        "Unemployment rose 8 per cent in February.", "Unemployment rose 28 per cent in March."
    )
    assert ops == (
        DiffOp("equal", "Unemployment rose "),
        DiffOp("left", "8"),
        DiffOp("right", "28"),
        DiffOp("equal", " per cent in "),
        DiffOp("left", "February"),
        DiffOp("right", "March"),
        DiffOp("equal", "."),
    )


def test_diff_keeps_hyphenated_and_apostrophe_words_whole() -> None:
    ops = word_diff("They don't want co-operation now.", "They do want cooperation now.")
    changed = {op.text for op in ops if op.op != "equal"}
    assert "don't" in changed and "do" in changed
    assert "co-operation" in changed and "cooperation" in changed


def test_identical_sentences_are_one_equal_op() -> None:
    text = "Moscow places a high priority on keeping open lines of communication."
    assert word_diff(text, text) == (DiffOp("equal", text),)


def test_russian_diff_works_on_whole_words() -> None:
    ops = word_diff(
        "Посол заявил, что переговоры прошли успешно.",
        "Посол подчеркнул, что переговоры прошли успешно.",
    )
    assert ops == (
        DiffOp("equal", "Посол "),
        DiffOp("left", "заявил"),
        DiffOp("right", "подчеркнул"),
        DiffOp("equal", ", что переговоры прошли успешно."),
    )


# ---- framing cues on the demo pair ---------------------------------------------------------


def _demo_sentence(side: int, starts: str) -> str:
    text = demo_pair()[side].read_text(encoding="utf-8")
    m = re.search(re.escape(starts) + r"[^.]*\.", text)
    assert m, starts
    return m.group()


LEFT, RIGHT = 0, 1


def _notes(evidence: PairEvidence) -> list[str]:
    return [c.note for c in evidence.cues]


def test_demo_reporting_verbs_noted_vs_emphasized() -> None:
    left = _demo_sentence(LEFT, "Yet he noted")
    right = _demo_sentence(RIGHT, "He emphasized that the dialogue")
    evidence = analyse_pair(left, right, "en")
    assert (
        FramingCue(
            "reporting_verb", "noted", "emphasized", "reporting verb: 'noted' vs 'emphasized'"
        )
        in evidence.cues
    )


def test_demo_reporting_verbs_noted_vs_highlighted() -> None:
    left = _demo_sentence(LEFT, "Yet he noted")
    right = _demo_sentence(RIGHT, "He highlighted that")
    assert "reporting verb: 'noted' vs 'highlighted'" in _notes(analyse_pair(left, right, "en"))


def test_demo_tone_difficult_times_vs_constructive() -> None:
    left = _demo_sentence(LEFT, "The diplomat described")
    right = _demo_sentence(RIGHT, "He emphasized that the dialogue")
    evidence = analyse_pair(left, right, "en")
    assert (
        FramingCue(
            "tone", "difficult times", "constructive", "tone: 'difficult times' vs 'constructive'"
        )
        in evidence.cues
    )
    assert kind_of(99.0, evidence, CompareOptions()) == "framing"


def test_demo_channels_of_communication_share_no_strong_cue_of_their_own() -> None:
    left = _demo_sentence(LEFT, "Moscow places a high priority")
    right = _demo_sentence(RIGHT, "The Russian official observed")
    cues = analyse_pair(left, right, "en").cues
    assert {c.type for c in cues} <= {"reporting_verb", "tone"}
    assert not [c for c in cues if c.type in ("number", "date", "loaded", "hedge")]


# ---- cue types -----------------------------------------------------------------------------


def test_numbers_and_dates_that_disagree() -> None:
    evidence = analyse_pair(
        "Unemployment rose 8 per cent in February, officials said.",
        "Unemployment rose 28 per cent in March, officials said.",
        "en",
    )
    assert _notes(evidence) == [
        "number: '8 per cent' vs '28 per cent'",
        "date: 'February' vs 'March'",
    ]
    assert kind_of(95.0, evidence, CompareOptions()) == "framing"


def test_numbers_written_differently_agree() -> None:
    evidence = analyse_pair(
        "The company hired three engineers and 5% more staff on Monday.",
        "The company hired 3 engineers and 5 percent more staff on Monday.",
        "en",
    )
    assert not [c for c in evidence.cues if c.type in ("number", "date")]


def test_numbers_pair_with_their_own_kind() -> None:
    evidence = analyse_pair(
        "Shares rose $2.88, or 6 percent, to $46.50 on Friday.",
        "Shares rose $2.28, or 5.2 percent, to $45.90 on Friday.",
        "en",
    )
    assert [(c.left, c.right) for c in evidence.cues] == [
        ("2.88", "2.28"),
        ("6 percent", "5.2 percent"),
        ("46.50", "45.90"),
    ]


def test_bare_decimal_reads_as_a_fraction() -> None:
    evidence = analyse_pair(
        "Heating oil settled .85 cent lower.", "Heating oil settled 0.85 cent lower.", "en"
    )
    assert evidence.cues == ()


def test_day_of_month_and_year_disagree() -> None:
    evidence = analyse_pair(
        "The vote is set for May 5, 2024.", "The vote is set for May 7, 2025.", "en"
    )
    assert [(c.type, c.left, c.right) for c in evidence.cues] == [
        ("date", "May 5", "May 7"),
        ("date", "2024", "2025"),
    ]


def test_hedge_and_loaded_word_on_one_side() -> None:
    evidence = analyse_pair(
        "The regime reportedly cracked down on protesters.",
        "The government cracked down on protesters.",
        "en",
    )
    assert _notes(evidence) == [
        "hedge: 'reportedly' only on the left",
        "loaded word: 'regime' only on the left",
    ]


def test_modal_may_is_a_hedge_but_the_month_is_not() -> None:
    hedged = analyse_pair("Talks may resume soon.", "Talks resume soon.", "en")
    month = analyse_pair("Talks resume in May.", "Talks resume.", "en")
    assert [c.type for c in hedged.cues] == ["hedge"]
    assert month.cues == ()


def test_intensifier_on_one_side() -> None:
    evidence = analyse_pair("He sharply criticised the plan.", "He criticised the plan.", "en")
    assert _notes(evidence) == ["intensifier: 'sharply' only on the left"]


def test_same_connotation_reporting_verbs_are_no_cue() -> None:
    said_noted = analyse_pair(
        "Officials said the talks ended.", "Officials noted the talks ended.", "en"
    )
    stressed = analyse_pair("He stressed the talks ended.", "He emphasised the talks ended.", "en")
    assert said_noted.cues == () and stressed.cues == ()


def test_loaded_reporting_verb_against_neutral() -> None:
    evidence = analyse_pair("He said the vote was fair.", "He claimed the vote was fair.", "en")
    assert _notes(evidence) == ["reporting verb: 'said' vs 'claimed'"]


def test_negation_flips_tone() -> None:
    evidence = analyse_pair("The talks were productive.", "The talks were not productive.", "en")
    assert [c.type for c in evidence.cues] == ["tone"]


def test_nouns_that_look_like_hostile_verbs_are_no_cue() -> None:
    evidence = analyse_pair(
        "Attack helicopters fired missiles at a car.", "Helicopters fired missiles at a car.", "en"
    )
    assert evidence.cues == ()


def test_negation_on_one_side_is_a_cue() -> None:
    evidence = analyse_pair(
        "The minister will attend the summit.", "The minister won't attend the summit.", "en"
    )
    assert _notes(evidence) == ["negation: 'won't' only on the right"]
    russian = analyse_pair("Министр посетит саммит.", "Министр не посетит саммит.", "ru")
    assert _notes(russian) == ["negation: 'не' only on the right"]


def _credit(key: str, source: str) -> Attribution:
    return Attribution(0, source, (0, 2), "said", (3, 7), None, key)


def test_claim_credited_to_different_sources() -> None:
    text = "Moscow keeps channels open."
    evidence = analyse_pair(
        text,
        text,
        "en",
        [_credit("zhelokhovtsev", "Ivan Zhelokhovtsev")],
        [_credit("rudenko", "Andrei Rudenko")],
    )
    assert _notes(evidence) == ["source: 'Ivan Zhelokhovtsev' vs 'Andrei Rudenko'"]
    assert kind_of(100.0, evidence, CompareOptions()) == "framing"


def test_same_source_key_is_no_cue() -> None:
    text = "Moscow keeps channels open."
    evidence = analyse_pair(
        text, text, "en", [_credit("rudenko", "Andrei Rudenko")], [_credit("rudenko", "Rudenko")]
    )
    assert evidence.cues == ()
    assert kind_of(100.0, evidence, CompareOptions()) == "overlap"


def test_source_credited_on_one_side_only() -> None:
    text = "Moscow keeps channels open."
    evidence = analyse_pair(text, text, "en", [], [_credit("rudenko", "Andrei Rudenko")])
    assert _notes(evidence) == ["source: 'Andrei Rudenko' only on the right"]


def test_russian_cues() -> None:
    evidence = analyse_pair(
        "Посол заявил, что переговоры прошли в трудной обстановке 5 февраля.",
        "Посол подчеркнул, что переговоры были конструктивными 5 марта.",
        "ru",
    )
    assert _notes(evidence) == [
        "reporting verb: 'заявил' vs 'подчеркнул'",
        "tone: 'трудной обстановке' vs 'конструктивными'",
        "date: '5 февраля' vs '5 марта'",
    ]


def test_russian_numbers_agree_across_spellings() -> None:
    evidence = analyse_pair(
        "Рост составил 8,5 процента, сообщили три источника.",
        "Рост составил 8,5 %, сообщили 3 источника.",
        "ru",
    )
    assert evidence.cues == ()


# ---- overlap or framing --------------------------------------------------------------------


def test_near_identical_wording_is_overlap() -> None:
    evidence = analyse_pair(
        "Moscow continues to view South Korea as a trading partner, the minister said.",
        "Moscow continues to view South Korea as a trade partner, the minister said.",
        "en",
    )
    assert evidence.cues == ()
    assert evidence.wording > 85
    assert kind_of(90.0, evidence, CompareOptions()) == "overlap"


def test_kind_follows_the_overlap_threshold_without_recomputing() -> None:
    evidence = analyse_pair(
        "Moscow will keep its embassy in Seoul open this year.",
        "Moscow will keep the embassy in Seoul open this year.",
        "en",
    )
    assert kind_of(80.0, evidence, CompareOptions(overlap_threshold=75.0)) == "overlap"
    assert kind_of(80.0, evidence, CompareOptions(overlap_threshold=85.0)) == "framing"
    assert kind_of(70.0, evidence, CompareOptions(overlap_threshold=75.0)) == "framing"


def test_paraphrase_in_other_words_is_framing_even_with_a_high_score() -> None:
    evidence = analyse_pair(
        "Channels of communication remain open.",
        "Moscow keeps open lines of communication with Seoul.",
        "en",
    )
    assert evidence.wording < 60
    assert kind_of(95.0, evidence, CompareOptions()) == "framing"


@given(st.text(max_size=200), st.text(max_size=200), st.sampled_from(["en", "ru"]))
def test_analyse_pair_never_raises_and_rebuilds_both_sides(
    left: str, right: str, language: str
) -> None:
    evidence = analyse_pair(left, right, language)
    assert _side(evidence.diff, "left") == left
    assert _side(evidence.diff, "right") == right
    assert 0.0 <= evidence.wording <= 100.0
    assert all(c.type in classify.STRONG_CUES and c.note for c in evidence.cues)


def test_wording_then_sources_equals_the_whole_analysis() -> None:
    """compare() finds the word evidence while attributions are found elsewhere, then adds the
    source cue: the result must equal analyse_pair's, cue order included."""
    from desktop.engine.classify import analyse_wording, with_sources

    left = "Rudenko claimed the talks sharply failed on 5 February."
    right = "Rudenko said the talks did not fail on 6 February."
    for credits in (
        ([], []),
        ([_credit("rudenko", "Andrei Rudenko")], [_credit("rudenko", "Rudenko")]),
        ([_credit("zhelokhovtsev", "Ivan Zhelokhovtsev")], [_credit("rudenko", "Rudenko")]),
    ):
        whole = analyse_pair(left, right, "en", *credits)
        assert with_sources(analyse_wording(left, right, "en"), *credits) == whole
    assert [c.type for c in whole.cues][-1] == "source"
    assert len(whole.cues) > 1
