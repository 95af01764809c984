"""Words: language detection, normalisation for matching, tokens with offsets, stems."""

from __future__ import annotations

import pytest

from desktop.engine import lexicon


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Moscow places a high priority on talks.", "en"),
        ("Москва придаёт большое значение переговорам.", "ru"),
        ("МИД России: talks with Seoul continue", "en"),
        ("Заявление МИД России по итогам встречи в Seoul", "ru"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert lexicon.detect_language(text) == language


def test_normalise_folds_quotes_dashes_case_and_yo() -> None:
    assert lexicon.normalise("“Ёлка” — Russia’s ﬁrst") == '"елка" - russia\'s first'


def test_tokens_keep_offsets_into_the_text_as_given() -> None:
    text = "  Russia’s ﬁrst deputy\u00a0minister, 3.5% — “Ёлка”  "
    found = lexicon.tokens(text, "en")
    assert [t.text for t in found] == ["Russia’s", "ﬁrst", "deputy", "minister", "3.5", "Ёлка"]
    for t in found:
        assert text[t.start : t.end] == t.text
    assert found[0].norm == "russia's" and found[0].stem == "russia"
    assert found[1].norm == "first"
    assert found[4].stem == "3.5"


def test_tokens_of_a_span_only() -> None:
    text = "Talks ended. Officials said talks would resume."
    found = lexicon.tokens(text, "en", 13, len(text))
    assert [t.text for t in found] == ["Officials", "said", "talks", "would", "resume"]
    assert found[0].start == 13


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("  Russia’s ﬁrst deputy\u00a0minister, 3.5% — “Ёлка” didn't, U.S. co-op 1,200  ", "en"),
        ("Переговоры министров и послов ТАСС: «Ёлка» 2024 года", "ru"),
        ("", "en"),
        ("... !!!", "en"),
    ],
)
def test_words_are_the_tokens_fields(text: str, language: str) -> None:
    """`words()` (found in C, no offsets) gives what `tokens()` gives, for new words too."""
    lexicon._WORDS.clear()
    found = lexicon.words(text, language, 2, len(text))
    lexicon._WORDS.clear()
    toks = lexicon._tokens.__wrapped__(text, language, 2, len(text))
    assert found == (
        tuple(t.norm for t in toks),
        tuple(t.stem for t in toks),
        tuple(t.stop for t in toks),
    )
    assert lexicon.words(text, language, 2, len(text)) == found  # the words now known


def test_stems_and_stop_words_per_language() -> None:
    en = lexicon.tokens("The officials were negotiating", "en")
    assert [(t.stem, t.stop) for t in en] == [
        ("the", True),
        ("offici", False),
        ("were", True),
        ("negoti", False),
    ]
    ru = lexicon.tokens("Переговоры министров и послов", "ru")
    assert [(t.stem, t.stop) for t in ru] == [
        ("переговор", False),
        ("министр", False),
        ("и", True),
        ("посл", False),
    ]


def test_hyphenated_words_stem_by_part() -> None:
    assert lexicon.stem("well-funded", "en") == "well-fund"


def test_content_stems_drop_stop_words() -> None:
    assert lexicon.content_stems("He said that the talks resumed", "en") == [
        "said",
        "talk",
        "resum",
    ]


def test_boilerplate_words_are_known() -> None:
    assert lexicon.is_boilerplate("said") and lexicon.is_boilerplate("сообщил", "ru")
    assert not lexicon.is_boilerplate("sanctions")


def test_same_word_in_two_languages_is_not_confused() -> None:
    assert lexicon.tokens("Pressing", "en")[0].stem == "press"
    assert lexicon.tokens("Pressing", "ru")[0].stem == "pressing"
    assert lexicon.tokens("Pressing", "en")[0].stem == "press"


def test_same_text_gives_one_object_per_long_text() -> None:
    from desktop.engine import lexicon

    long = "Rudenko met Park Jin in Seoul. " * 100
    first = lexicon.same_text(long)
    copy = "".join(list(long))  # equal, another object
    assert copy is not long and copy == long
    assert lexicon.same_text(copy) is first
    other = "Another article entirely. " * 100
    assert lexicon.same_text(other) is other
    short = "Short."
    assert lexicon.same_text(short) is short


def test_same_text_keeps_only_the_most_recent_texts() -> None:
    from desktop.engine import lexicon

    texts = [f"Article number {k}. " * 200 for k in range(lexicon._SAME_TEXT_LIMIT + 3)]
    for t in texts:
        lexicon.same_text(t)
    assert len(lexicon._TEXTS) == lexicon._SAME_TEXT_LIMIT
    assert lexicon.same_text("".join(list(texts[-1]))) is texts[-1]
    again = "".join(list(texts[0]))
    assert lexicon.same_text(again) is again  # forgotten: the new object is the one now


ENGLISH_WORDS = (
    "officials said the generously running ponies' agreed conditional sanctions hopefully "
    "relational deportation investigators allegedly skies dying news proceedings united"
).split()
RUSSIAN_WORDS = "министерство заявило переговоров санкции дипломаты встретились".split()


def test_stems_are_the_pure_python_snowball_stems() -> None:
    """PyStemmer (C, used by snowballstemmer when installed) must stem as the pure-Python
    Snowball stemmers do: the similarity model and rarity table were built on those."""
    from snowballstemmer.english_stemmer import EnglishStemmer
    from snowballstemmer.russian_stemmer import RussianStemmer

    english, russian = EnglishStemmer(), RussianStemmer()
    for word in ENGLISH_WORDS:
        assert lexicon._stemmer("en").stemWord(word) == english.stemWord(word), word
    for word in RUSSIAN_WORDS:
        assert lexicon._stemmer("ru").stemWord(word) == russian.stemWord(word), word


def test_a_pair_compared_again_after_several_others_keeps_its_one_object() -> None:
    """Its sentences may still be in the token and mention caches: a new object for the same
    text would make every hit compare the whole text."""
    from desktop.engine import lexicon

    first = lexicon.same_text("The first article, compared again later. " * 100)
    for k in range(2 * 10):  # ten other pairs
        lexicon.same_text(f"Another article, number {k}. " * 200)
    assert lexicon.same_text("".join(list(first))) is first
