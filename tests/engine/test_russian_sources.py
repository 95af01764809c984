"""Golden tests: Russian attributions, their sources as written and their keys (one person,
one key, whatever the case ending or the title in front of the name)."""

from __future__ import annotations

import pytest

from desktop.engine import compare
from desktop.engine.attribution import find_attributions
from desktop.engine.model import Article
from desktop.engine.segment import split_sentences
from desktop.engine.sources import source_key


def _credits(text: str) -> list[tuple[str, str, str]]:
    found = find_attributions(text, split_sentences(text, "ru"), "ru")
    return [(a.source, a.cue, a.key) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр иностранных дел России Сергей Лавров заявил, что Москва готова.",
            [("Сергей Лавров", "заявил", "лавров")],
        ),
        ("По словам Лаврова, переговоры пройдут в сентябре.", [("Лаврова", "По словам", "лавров")]),
        (
            "По словам мэра Москвы Сергея Собянина, меры вступят в силу в октябре.",
            [("Сергея Собянина", "По словам", "собянин")],
        ),
        (
            "Как отметил мэр Собянин, меры вступят в силу в октябре.",
            [("Собянин", "Как отметил", "собянин")],
        ),
        ("ТАСС сообщает, что переговоры пройдут в сентябре.", [("ТАСС", "сообщает", "tass")]),
        (
            "Переговоры пройдут в августе, по данным агентства ТАСС.",
            [("ТАСС", "по данным", "tass")],
        ),
        # an opening "Об этом" is no subject: the source follows the verb
        (
            "Об этом сообщил глава МИД России Сергей Лавров.",
            [("Сергей Лавров", "сообщил", "лавров")],
        ),
        (
            "Об этом заявила официальный представитель МИД Мария Захарова.",
            [("Мария Захарова", "заявила", "захаров")],
        ),
        (
            "Мэр Москвы Сергей Собянин заявил о мерах. По словам мэра, меры вступят в силу.",
            [
                ("Сергей Собянин", "заявил", "собянин"),
                ("Сергей Собянин", "По словам", "собянин"),
            ],
        ),
    ],
)
def test_russian_sources(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _credits(text) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Лавров",
        "Лаврова",
        "Лаврову",
        "Лавровым",
        "Лавровом",
        "Сергей Лавров",
        "Сергея Лаврова",
        "министр Лавров",
    ],
)
def test_surname_case_endings_share_one_key(name: str) -> None:
    assert source_key(name, "ru") == "лавров"


@pytest.mark.parametrize("name", ["Собянин", "Собянина", "Собянину", "Собяниным"])
def test_surname_in_in_any_case(name: str) -> None:
    assert source_key(name, "ru") == "собянин"


def test_the_same_minister_is_one_source_in_two_articles() -> None:
    left = "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к диалогу."
    right = "Москва готова к диалогу, сообщил глава МИД Сергей Лавров."
    c = compare(Article(left), Article(right))
    assert [(a.source, a.key, a.shared) for a in c.left.attributions] == [
        ("Сергей Лавров", "лавров", True)
    ]
    assert [(a.source, a.key, a.shared) for a in c.right.attributions] == [
        ("Сергей Лавров", "лавров", True)
    ]
    assert [q.type for p in c.pairs for q in p.cues] == []
