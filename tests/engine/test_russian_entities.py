"""Golden tests: Russian entities, split and typed (titles are written in lower case, the
organisation and the person often share one capitalised run)."""

from __future__ import annotations

import pytest

from desktop.engine.entities import find_entities, link_entities
from desktop.engine.segment import split_sentences


def _entities(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.kind, e.key) for e in find_entities(text, split_sentences(text, "ru"), "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Об этом сообщил глава МИД Сергей Лавров.",
            [("МИД", "organisation", "foreign ministry"), ("Сергей Лавров", "person", "лавров")],
        ),
        (
            "Глава МИД Сергей Лавров заявил о диалоге.",
            [("МИД", "organisation", "foreign ministry"), ("Сергей Лавров", "person", "лавров")],
        ),
        (
            "Об этом сообщил глава МИД России Сергей Лавров.",
            [
                ("МИД России", "organisation", "foreign ministry|russia"),
                ("Сергей Лавров", "person", "лавров"),
            ],
        ),
        (
            "Министр иностранных дел России Сергей Лавров заявил о диалоге.",
            [("России", "place", "place:росс"), ("Сергей Лавров", "person", "лавров")],
        ),
        # a lower-case title before a lone surname makes it a person
        ("Как отметил мэр Собянин, меры вступят в силу.", [("Собянин", "person", "собянин")]),
        ("Журналисты ждали министра Лаврова.", [("Лаврова", "person", "лавров")]),
        # an organisation run with no name after it stays whole
        (
            "Об этом сообщили в МИД России.",
            [("МИД России", "organisation", "foreign ministry|russia")],
        ),
    ],
)
def test_russian_entities(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _entities(text) == expected


def test_lone_surname_without_a_title_is_not_called_a_person() -> None:
    assert _entities("Встреча с Собяниным прошла в среду.") == [
        ("Собяниным", "other", "собянин"),
        ("среду", "date", "date:среду"),
    ]


def test_the_minister_named_two_ways_is_shared() -> None:
    left = "Министр иностранных дел России Сергей Лавров заявил о диалоге."
    right = "О диалоге сообщил глава МИД Сергей Лавров."
    lents = find_entities(left, split_sentences(left, "ru"), "ru")
    rents = find_entities(right, split_sentences(right, "ru"), "ru")
    llinked, rlinked = link_entities(lents, rents)
    assert [(e.text, e.shared) for e in llinked] == [("России", False), ("Сергей Лавров", True)]
    assert [(e.text, e.shared) for e in rlinked] == [("МИД", False), ("Сергей Лавров", True)]


def test_a_lone_surname_is_a_person_the_other_article_names() -> None:
    left = "По словам Лаврова, переговоры пройдут в сентябре."
    right = "Сергей Лавров заявил о диалоге."
    lents = find_entities(left, split_sentences(left, "ru"), "ru")
    rents = find_entities(right, split_sentences(right, "ru"), "ru")
    assert [(e.text, e.kind) for e in lents] == [("Лаврова", "other"), ("сентябре", "date")]
    llinked, _ = link_entities(lents, rents)
    assert [(e.text, e.kind, e.shared) for e in llinked] == [
        ("Лаврова", "person", True),
        ("сентябре", "date", False),
    ]
