"""Golden tests: framing cues between two Russian sentences (framing.py's Russian lexicons,
as classify.analyse_pair reads them)."""

from __future__ import annotations

import pytest

from desktop.engine import framing, lexicon
from desktop.engine.classify import analyse_pair


def _cues(left: str, right: str) -> list[tuple[str, str, str]]:
    return [(c.type, c.left, c.right) for c in analyse_pair(left, right, "ru").cues]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the present tense stems apart from the past: both must be in the lexicon
        (
            "Лавров сказал, что это важно.",
            "Лавров настаивает, что это важно.",
            [("reporting_verb", "сказал", "настаивает")],
        ),
        (
            "Лавров подчеркивает, что это важно.",
            "Лавров сообщает, что это важно.",
            [("reporting_verb", "подчеркивает", "сообщает")],
        ),
        (
            "Министр признал, что сроки сорваны.",
            "Министр заявил, что сроки сорваны.",
            [("reporting_verb", "признал", "заявил")],
        ),
        (
            "Министр опровергает, что сроки сорваны.",
            "Министр утверждает, что сроки сорваны.",
            [("reporting_verb", "опровергает", "утверждает")],
        ),
        # neutral verbs differ without changing the framing, as "said" / "announced" do
        ("Лавров заявил, что это важно.", "Лавров сообщил, что это важно.", []),
        ("Собянин сообщил, что это важно.", "Собянин отметил, что это важно.", []),
    ],
)
def test_russian_reporting_verbs(left: str, right: str, expected: list[tuple[str, ...]]) -> None:
    assert _cues(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Встреча, возможно, пройдет в Сеуле.",
            "Встреча пройдет в Сеуле.",
            [("hedge", "возможно", "")],
        ),
        (
            "Встреча, по-видимому, пройдет в Сеуле.",
            "Встреча пройдет в Сеуле.",
            [("hedge", "по-видимому", "")],
        ),
        (
            "Встреча пройдет в Сеуле.",
            "Встреча, по всей видимости, пройдет в Сеуле.",
            [("hedge", "", "по всей видимости")],
        ),
        ("Это крайне важное решение.", "Это важное решение.", [("intensifier", "крайне", "")]),
        ("Это так называемые переговоры.", "Это переговоры.", [("loaded", "так называемые", "")]),
    ],
)
def test_russian_hedges_intensifiers_loaded_words(
    left: str, right: str, expected: list[tuple[str, ...]]
) -> None:
    assert _cues(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Переговоры пройдут в сентябре.",
            "Переговоры пройдут в августе.",
            [("date", "сентябре", "августе")],
        ),
        (
            "Переговоры пройдут 5 сентября.",
            "Переговоры пройдут 6 сентября.",
            [("date", "5 сентября", "6 сентября")],
        ),
        (
            "Переговоры пройдут 5-го сентября.",
            "Переговоры пройдут 6-го сентября.",
            [("date", "5-го сентября", "6-го сентября")],
        ),
        ("Встреча пройдет в среду.", "Встреча пройдет в четверг.", [("date", "среду", "четверг")]),
        (
            "Погибли сто двадцать пять человек.",
            "Погибли 27 человек.",
            [("number", "сто двадцать пять", "27")],
        ),
        (
            "Ущерб составил полтора миллиона рублей.",
            "Ущерб составил 2 млн рублей.",
            [("number", "полтора миллиона", "2 млн")],
        ),
    ],
)
def test_russian_numbers_and_dates_that_disagree(
    left: str, right: str, expected: list[tuple[str, ...]]
) -> None:
    assert _cues(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Погибли двадцать пять человек.", "Погибли 25 человек."),
        ("Ущерб составил полтора миллиона рублей.", "Ущерб составил 1,5 млн рублей."),
        ("Переговоры пройдут в сентябре.", "Переговоры пройдут в сентябре."),
        ("Переговоры пройдут 5-го сентября.", "Переговоры пройдут 5 сентября."),
    ],
)
def test_russian_numbers_written_in_words_agree_with_digits(left: str, right: str) -> None:
    assert _cues(left, right) == []


def test_compound_number_words_fill_smaller_places_only() -> None:
    toks = lexicon.tokens("двадцать пять и три пять", "ru")
    numbers, _ = framing.mentions(toks, "двадцать пять и три пять")
    assert [m.key for m in numbers] == [
        ("number", 25.0, ""),
        ("number", 3.0, ""),
        ("number", 5.0, ""),
    ]


def test_english_compound_number_words() -> None:
    assert _cues_en("Twenty five people died.", "25 people died.") == []


def _cues_en(left: str, right: str) -> list[tuple[str, str, str]]:
    return [(c.type, c.left, c.right) for c in analyse_pair(left, right, "en").cues]
