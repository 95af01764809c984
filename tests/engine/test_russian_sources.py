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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian aliases in any case ("в Кремле", "представителя Кремля")
        ("В Кремле заявили, что Москва готова.", [("Кремль", "заявили", "kremlin")]),
        (
            "По словам представителя Кремля, Москва готова.",
            [("Кремль", "По словам", "kremlin")],
        ),
        (
            "Как сообщает РИА Новости, Москва готова.",
            [("РИА Новости", "Как сообщает", "ria novosti")],
        ),
        ("Об этом сообщает агентство Интерфакс.", [("Интерфакс", "сообщает", "interfax")]),
        (
            "Об этом говорится в заявлении МИД России.",
            [("МИД России", "говорится в заявлении", "foreign ministry|russia")],
        ),
        # an office named by its place keys with its title, in any case
        (
            "По словам мэра Москвы, меры вступят в силу.",
            [("мэра Москвы", "По словам", "мэр москв")],
        ),
        ("Меры вступят в силу, заявил мэр Москвы.", [("мэр Москвы", "заявил", "мэр москв")]),
        ("Мэр Москвы заявил, что меры вступят в силу.", [("Мэр Москвы", "заявил", "мэр москв")]),
        ("Москва заявила, что меры вступят в силу.", [("Москва", "заявила", "москв")]),
        ("Песков настаивает, что Москва готова.", [("Песков", "настаивает", "песков")]),
    ],
)
def test_russian_agencies_and_offices(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _credits(text) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Кремль", "kremlin"),
        ("Кремля", "kremlin"),
        ("Кремле", "kremlin"),
        ("Интерфакса", "interfax"),
    ],
)
def test_russian_aliases_in_any_case(name: str, key: str) -> None:
    assert source_key(name, "ru") == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition and one lower-case word between the verb and its subject
        ("Лавров в среду заявил, что Москва готова.", [("Лавров", "заявил", "лавров")]),
        ("Как заявил в среду Лавров, Москва готова.", [("Лавров", "Как заявил", "лавров")]),
        (
            "Москва готова к диалогу, заявил в интервью ТАСС Лавров.",
            [("Лавров", "заявил", "лавров")],
        ),
        (
            "Об этом в понедельник заявил президент США Дональд Трамп.",
            [("Дональд Трамп", "заявил", "трамп")],
        ),
        (
            "Об этом сообщила на брифинге официальный представитель МИД Мария Захарова.",
            [("Мария Захарова", "сообщила", "захаров")],
        ),
    ],
)
def test_russian_adjuncts_between_verb_and_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _credits(text) == expected
