"""Golden tests for the sentence splitter: inputs and the exact sentences expected."""

from __future__ import annotations

import pytest

from desktop.engine.segment import split_sentences


def texts(text: str, language: str = "en") -> list[str]:
    return [s.text(text) for s in split_sentences(text, language)]


GOLDEN = [
    (
        "Mr. Smith went to Washington. He met the U.S. Senate on Jan. 5 at 3.5 p.m. Then he left.",
        [
            "Mr. Smith went to Washington.",
            "He met the U.S. Senate on Jan. 5 at 3.5 p.m.",
            "Then he left.",
        ],
    ),
    ("Troops left the U.S. The war ended.", ["Troops left the U.S.", "The war ended."]),
    (
        'He said, "It is over." Then he left! Was it J. R. R. Tolkien? Yes… maybe.',
        ['He said, "It is over."', "Then he left!", "Was it J. R. R. Tolkien?", "Yes… maybe."],
    ),
    (
        "“We will not back down,” she said. “Never.” (He agreed.) Dr. Ng, e.g. the chair, spoke.",
        [
            "“We will not back down,” she said.",
            "“Never.”",
            "(He agreed.)",
            "Dr. Ng, e.g. the chair, spoke.",
        ],
    ),
    (
        "Prices rose 2.5% in 2020. 15 people were hurt.",
        ["Prices rose 2.5% in 2020.", "15 people were hurt."],
    ),
    ("See No. 7 and vol. 2 now. Done.", ["See No. 7 and vol. 2 now.", "Done."]),
    ("Wait... What happened?! Nobody knows.", ["Wait...", "What happened?!", "Nobody knows."]),
    ("It closed.The next day it opened.", ["It closed.", "The next day it opened."]),
    (
        "Talks stalled. [Attribution: agency reporting and official statements]",
        ["Talks stalled.", "[Attribution: agency reporting and official statements]"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_english_golden(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


RUSSIAN = [
    (
        "Это т.е. не всё. Улица им. Ленина, г. Москва. Он пришёл в 2020 г. Потом ушёл.",
        ["Это т.е. не всё.", "Улица им. Ленина, г. Москва.", "Он пришёл в 2020 г.", "Потом ушёл."],
    ),
    (
        "Были яблоки, груши и т.д. Далее шли сливы.",
        ["Были яблоки, груши и т.д.", "Далее шли сливы."],
    ),
    ("Об этом сообщил А. С. Иванов. Он прав!", ["Об этом сообщил А. С. Иванов.", "Он прав!"]),
    (
        "«Мы готовы», — сказал он. «Всегда.» Конец.",
        ["«Мы готовы», — сказал он.", "«Всегда.»", "Конец."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian_golden(text: str, expected: list[str]) -> None:
    assert texts(text, "ru") == expected


def test_spans_paragraphs_and_ids() -> None:
    text = "Title of the story\n\nFirst one. Second one.\nThird one.\r\n\r\n  Last one.  "
    found = split_sentences(text)
    assert [(s.id, s.start, s.end, s.paragraph) for s in found] == [
        (0, 0, 18, 0),
        (1, 20, 30, 1),
        (2, 31, 42, 1),
        (3, 43, 53, 2),
        (4, 59, 68, 3),
    ]
    assert [s.text(text) for s in found][-1] == "Last one."


def test_headings_and_list_items_are_sentences() -> None:
    text = "# Summit ends\n- talks on trade\n- talks on security\n1. First point\n2. Second point"
    assert texts(text) == [
        "# Summit ends",
        "- talks on trade",
        "- talks on security",
        "1. First point",
        "2. Second point",
    ]


def test_hard_wrapped_line_continues_the_sentence() -> None:
    text = "The minister said the talks\nwould resume in March. Nobody objected."
    assert texts(text) == [
        "The minister said the talks\nwould resume in March.",
        "Nobody objected.",
    ]


def test_blank_line_keeps_paragraphs_apart_even_when_lower_case() -> None:
    text = "the first paragraph\n\nthe second paragraph"
    assert [s.paragraph for s in split_sentences(text)] == [0, 1]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u2028"])
def test_no_sentences_in_blank_text(text: str) -> None:
    assert split_sentences(text) == ()


def test_sentences_are_trimmed_and_never_empty() -> None:
    text = " \u00a0One.\u2003 Two!\n\n Three?\u00a0"
    for s in split_sentences(text):
        piece = s.text(text)
        assert piece and piece == piece.strip()
    assert texts(text) == ["One.", "Two!", "Three?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sens. Rand Paul (Ky.) and Ted Cruz spoke.",
            ["Sens. Rand Paul (Ky.) and Ted Cruz spoke."],
        ),
        (
            "The shooting of then-Rep. Gabrielle Giffords shocked all.",
            ["The shooting of then-Rep. Gabrielle Giffords shocked all."],
        ),
        ("HARTFORD, Conn. — Connecticut sued.", ["HARTFORD, Conn. — Connecticut sued."]),
        (
            "He met Martin Luther King Jr. The crowd cheered.",
            ["He met Martin Luther King Jr.", "The crowd cheered."],
        ),
    ],
)
def test_american_titles_and_states(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_hard_wrapped_text_joins_its_lines() -> None:
    text = (
        "Moscow places a high priority on keeping open lines of\n"
        "communication with Seoul, the first director of the Asian\n"
        "department at the Ministry of Foreign Affairs told RIA\n"
        "News. The diplomat described the ties as difficult.\n"
        "\n"
        "- a list item\n"
        "- another item\n"
    )
    assert texts(text) == [
        "Moscow places a high priority on keeping open lines of\ncommunication with Seoul, the "
        "first director of the Asian\ndepartment at the Ministry of Foreign Affairs told RIA\n"
        "News.",
        "The diplomat described the ties as difficult.",
        "- a list item",
        "- another item",
    ]


def test_short_lines_without_punctuation_stay_apart_when_the_text_is_not_wrapped() -> None:
    text = "Talks in Seoul\nMoscow places a high priority on talks.\nThe ties are difficult.\n"
    assert texts(text) == [
        "Talks in Seoul",
        "Moscow places a high priority on talks.",
        "The ties are difficult.",
    ]


ELLIPSES = [
    (  # an ellipsis inside a quotation is a pause in the quote
        "“We will not back down … The people are with us,” she said. Then she left.",
        ["“We will not back down … The people are with us,” she said.", "Then she left."],
    ),
    (  # straight quotes and three full stops
        'He said "we will win ... Nobody doubts it" and left. Next.',
        ['He said "we will win ... Nobody doubts it" and left.', "Next."],
    ),
    (  # an ellipsis before a lower-case word
        "He paused … and then spoke. It went on... and on.",
        ["He paused … and then spoke.", "It went on... and on."],
    ),
    (  # an ellipsis that closes the quotation, then a capital: a boundary
        "“We will win…” Then the crowd cheered.",
        ["“We will win…”", "Then the crowd cheered."],
    ),
    (  # outside any quotation an ellipsis before a capital still ends the sentence
        "“Yes,” he said. It went on and on... Then it stopped.",
        ["“Yes,” he said.", "It went on and on...", "Then it stopped."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPSES)
def test_ellipses(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


RUSSIAN_ELLIPSES = [
    (
        "Путин заявил … что переговоры продолжатся. Песков согласился.",
        ["Путин заявил … что переговоры продолжатся.", "Песков согласился."],
    ),
    (
        "«Мы готовы … Россия открыта», — сказал Лавров. Потом он уехал.",
        ["«Мы готовы … Россия открыта», — сказал Лавров.", "Потом он уехал."],
    ),
    (
        "«Мы подождём…» Затем он уехал.",
        ["«Мы подождём…»", "Затем он уехал."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN_ELLIPSES)
def test_russian_ellipses(text: str, expected: list[str]) -> None:
    assert texts(text, "ru") == expected
