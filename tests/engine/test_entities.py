"""Golden tests for entities: kinds, spans, one entity per key, shared across articles."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.entities import find_entities, link_entities
from desktop.engine.model import Entity, Sentence
from desktop.engine.segment import split_sentences


def split(text: str, language: str = "en") -> tuple[Sentence, ...]:
    return split_sentences(text, language)


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    found = list(re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text))
    return found[nth].span()


def by_text(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.text: e for e in entities}


PARAGRAPH = (
    "Deputy Minister of Foreign Affairs of the Russian Federation Andrei Rudenko met "
    "Park Jin in Seoul on 5 February 2024 at the Eastern Economic Forum. "
    "Rudenko said the Ministry of Foreign Affairs would respond on Tuesday. "
    "The Russian side and South Korean diplomats met again in Seoul."
)


def test_paragraph_kinds_and_spans() -> None:
    found = by_text(find_entities(PARAGRAPH, split(PARAGRAPH), "en"))
    expected = {
        "Russian Federation": ("place", [at(PARAGRAPH, "Russian Federation")]),
        "Andrei Rudenko": (
            "person", [at(PARAGRAPH, "Andrei Rudenko"), at(PARAGRAPH, "Rudenko", 1)]),
        "Park Jin": ("person", [at(PARAGRAPH, "Park Jin")]),
        "Seoul": ("place", [at(PARAGRAPH, "Seoul"), at(PARAGRAPH, "Seoul", 1)]),
        "5 February 2024": ("date", [at(PARAGRAPH, "5 February 2024")]),
        "Eastern Economic Forum": ("event", [at(PARAGRAPH, "Eastern Economic Forum")]),
        "Ministry of Foreign Affairs": (
            "organisation", [at(PARAGRAPH, "Ministry of Foreign Affairs")]),
        "Tuesday": ("date", [at(PARAGRAPH, "Tuesday")]),
    }
    assert {t: (e.kind, list(e.spans)) for t, e in found.items()} == expected


def test_titles_and_demonyms_are_not_entities() -> None:
    found = by_text(find_entities(PARAGRAPH, split(PARAGRAPH), "en"))
    assert not {"Deputy Minister", "Russian", "South Korean", "The Russian"} & set(found)


def test_surname_joins_full_name_and_aliases_join_places() -> None:
    text = (
        "Ivan Zhelokhovtsev spoke in Moscow. Later Zhelokhovtsev met officials of the "
        "Republic of Korea. South Korea did not reply."
    )
    found = by_text(find_entities(text, split(text), "en"))
    assert found["Ivan Zhelokhovtsev"].spans == (
        at(text, "Ivan Zhelokhovtsev"), at(text, "Zhelokhovtsev", 1))
    assert found["Ivan Zhelokhovtsev"].key == "zhelokhovtsev"
    korea = found["Republic of Korea"]
    assert (korea.kind, korea.spans) == (
        "place", (at(text, "Republic of Korea"), at(text, "South Korea")))


def test_possessive_is_left_out_of_the_span() -> None:
    text = "The decision rests on Seoul’s next steps."
    (seoul,) = find_entities(text, split(text), "en")
    assert (seoul.text, seoul.kind, seoul.spans) == ("Seoul", "place", (at(text, "Seoul"),))


def test_russian_entities() -> None:
    text = "Сергей Лавров прибыл в Москву 5 февраля. Лавров встретился с послом в Москве."
    found = by_text(find_entities(text, split(text, "ru"), "ru"))
    assert found["Сергей Лавров"].kind == "person"
    assert found["Сергей Лавров"].spans == (at(text, "Сергей Лавров"), at(text, "Лавров", 1))
    assert found["Москву"].kind == "place"
    assert found["Москву"].spans == (at(text, "Москву"), at(text, "Москве"))
    assert (found["5 февраля"].kind, found["5 февраля"].spans) == ("date", (at(text, "5 февраля"),))


def test_link_entities_marks_shared_keys() -> None:
    left_text = "Rudenko visited Seoul in February."
    right_text = "Andrei Rudenko met Park Jin in Seoul."
    left, right = link_entities(
        find_entities(left_text, split(left_text), "en"),
        find_entities(right_text, split(right_text), "en"),
    )
    assert {e.text: e.shared for e in left} == {"Rudenko": True, "Seoul": True, "February": False}
    assert {e.text: e.shared for e in right} == {
        "Andrei Rudenko": True, "Park Jin": False, "Seoul": True}


def test_russian_sentence_openers_and_weekdays() -> None:
    text = "Среди гостей был Сергей Лавров. Встреча прошла в среду в Москве. Лавров уехал."
    found = by_text(find_entities(text, split(text, "ru"), "ru"))
    assert {t: e.kind for t, e in found.items()} == {
        "Сергей Лавров": "person", "среду": "date", "Москве": "place"}
    assert found["Сергей Лавров"].spans == (at(text, "Сергей Лавров"), at(text, "Лавров", 1))


NAMES = ["Ivan", "Zhelokhovtsev", "Ministry", "of", "Foreign", "Affairs", "the", "Seoul’s",
         "Deputy", "Minister", "5", "February", "May", "2024", "Москве", "мая", "Лавров", ",",
         ".", "[", "]", "😀", "\n", "G20", "summit"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NAMES), max_size=30), st.sampled_from(["en", "ru"]))
def test_entity_spans_always_slice_the_text(words: list[str], language: str) -> None:
    text = " ".join(words)
    entities = find_entities(text, split(text, language), language)
    assert len({e.key for e in entities}) == len(entities)
    for entity in entities:
        assert entity.kind in {"person", "organisation", "place", "event", "date", "other"}
        for start, end in entity.spans:
            assert 0 <= start < end <= len(text)


def kinds(text: str, language: str = "en") -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text, split(text, language), language)}


def test_function_words_pronouns_and_numbers_are_not_names() -> None:
    text = (
        "Another meeting is planned. No decision was made. Without a deal, we wait. "
        "We're ready, I said. However, the talks went on. Still, Seoul waited. "
        "Asked about it, Three officials left. If it rains, we stay. “I’d go,” he said. "
        "Twenty-three diplomats agreed. One of them left."
    )
    assert kinds(text) == {"Seoul": "place"}


def test_common_words_opening_a_sentence_are_not_names() -> None:
    text = "Critics said the plan failed. Officials declined to comment. Talks began in Seoul."
    assert kinds(text) == {"Seoul": "place"}


def test_bare_years_are_not_dates_but_date_phrases_and_weekdays_are() -> None:
    text = "Talks began in 2007 and ended on 5 February 2024. They met on Wednesday in the 1990s."
    assert kinds(text) == {"5 February 2024": "date", "Wednesday": "date"}


def test_a_word_the_article_also_writes_in_lower_case_is_no_name() -> None:
    text = "Internet access was cut. Users said the internet was slow. The Church spoke."
    assert kinds(text) == {"Church": "other"}
    assert kinds(text + " The church bells rang.") == {}


def test_initials_titles_and_office_holders() -> None:
    text = (
        "David H. Petraeus met Massachusetts Gov. Mitt Romney and House Speaker Nancy Pelosi. "
        "Rep. Paul Ryan (R-Wis.) left. "
        "House Judiciary Committee Chairman Jerrold Nadler spoke."
    )
    assert kinds(text) == {
        "David H. Petraeus": "person",
        "Massachusetts": "place",
        "Mitt Romney": "person",
        "House": "organisation",
        "Nancy Pelosi": "person",
        "Paul Ryan": "person",
        "House Judiciary Committee": "organisation",
        "Jerrold Nadler": "person",
    }


def test_russian_years_count_only_with_a_year_word() -> None:
    text = "В 2020 году Лавров прибыл в Москву. Это было и в 2019. Сергей Лавров уехал."
    assert kinds(text, "ru") == {
        "2020 году": "date", "Сергей Лавров": "person", "Москву": "place"}


def test_a_title_holder_of_a_place_and_congress_as_an_organisation() -> None:
    text = "Representative C. A. Dutch Ruppersberger of Maryland wrote to Congress’s Office."
    assert kinds(text) == {
        "C. A. Dutch Ruppersberger": "person",
        "Maryland": "place",
        "Congress’s Office": "organisation",
    }


def test_hyphens_in_names_and_in_compounds() -> None:
    text = "Kim Jong-un met Lee Jae-myung. The House-passed bill was Jesuit-founded."
    assert kinds(text) == {"Kim Jong-un": "person", "Lee Jae-myung": "person"}


def test_title_case_headlines_and_verb_openers() -> None:
    text = (
        "Congressman Who Settled Harassment Case With Taxpayer Funds Resigns\n"
        "Diverting Pentagon money was legal. Kelly Townsend agreed."
    )
    assert kinds(text) == {"Pentagon": "organisation", "Kelly Townsend": "person"}


# ---- remembered mentions -------------------------------------------------------------------


def _fresh_mentions(text: str, sentence: Sentence, language: str) -> list[object]:
    from desktop.engine import entities

    entities._mentions.cache_clear()
    return entities.mentions_in(text, sentence, language)


def test_remembered_mentions_equal_fresh_ones() -> None:
    from desktop.engine.entities import mentions_in

    sentences = split(PARAGRAPH)
    first = [mentions_in(PARAGRAPH, s, "en") for s in sentences]
    again = [mentions_in(PARAGRAPH, s, "en") for s in sentences]
    fresh = [_fresh_mentions(PARAGRAPH, s, "en") for s in sentences]
    assert first == again == fresh
    assert any(first)


def test_remembered_mentions_do_not_cross_texts_with_the_same_offsets() -> None:
    from desktop.engine.entities import mentions_in

    a = "Andrei Rudenko met Park Jin in Seoul."
    b = "The talks in the city went on for age"
    assert len(a) == len(b)
    sentence = Sentence(0, 0, len(a))
    found_a = mentions_in(a, sentence, "en")
    found_b = mentions_in(b, sentence, "en")
    assert {a[m.start : m.end] for m in found_a} == {"Andrei Rudenko", "Park Jin", "Seoul"}
    assert found_b == []
    assert mentions_in(a, sentence, "en") == found_a


def test_changing_a_returned_list_leaves_the_remembered_mentions_alone() -> None:
    from desktop.engine.entities import mentions_in

    sentence = split(PARAGRAPH)[0]
    found = mentions_in(PARAGRAPH, sentence, "en")
    count = len(found)
    found.clear()
    assert len(mentions_in(PARAGRAPH, sentence, "en")) == count > 0


def test_sentence_opening_words_and_initial_positions() -> None:
    """What the faster run scanner must keep: a word after a colon or an opening quote is a
    sentence opener ("However" is dropped there), a capitalised word mid-sentence is not."""
    text = 'Officials said: "However Rudenko came." Critics met Rudenko. He met Critics.'
    found = {(text[m.start : m.end], m.kind) for m in _all_mentions(text)}
    assert ("Rudenko", "person") in found or ("Rudenko", "other") in found
    assert not any(t.startswith("However") for t, _ in found)
    assert ("Critics", "opener") in found and ("Critics", "other") in found


def _all_mentions(text: str) -> list[object]:
    from desktop.engine.entities import mentions_in

    return [m for s in split(text) for m in mentions_in(text, s, "en")]


def test_every_month_weekday_and_abbreviation_is_still_a_date() -> None:
    """English dates are looked for only in sentences with a month or weekday: none missed."""
    names = [
        "January 5", "February 2024", "March 3", "April 1", "May 9", "June 2", "July 4",
        "August 30", "September 11", "October 1", "November 3", "December 25",
        "Jan. 5", "Feb. 6", "Mar. 7", "Apr. 8", "Jun. 9", "Jul. 10", "Aug. 11", "Sep. 12",
        "Sept. 13", "Oct. 14", "Nov. 15", "Dec. 16", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "5 May",
    ]  # fmt: skip
    for name in names:
        text = f"the talks were held on {name} in the city"
        found = [text[m.start : m.end] for m in _all_mentions(text) if m.kind == "date"]
        assert found == [name], name


# ---- runs split once, remembered by what the split reads ---------------------------------

RECURRING = {
    "en": (
        "Trump met Kim at the G20 summit. Trump's aides said Kim would return. "
        "President Trump said the G20 was over. Trump Tower stayed closed. "
        "Massachusetts Gov. Mitt Romney spoke. Mitt Romney spoke again. "
        "Trump met Kim at the G20 meeting."
    ),
    "ru": (
        "Форум открыл мэр Собянин. Форум открыл Собянин. ТАСС цитирует министра Лаврова. "
        "ТАСС цитирует Лаврова"
    ),
}


@given(st.sampled_from(sorted(RECURRING)), st.randoms(use_true_random=False))
@settings(max_examples=30, deadline=None)
def test_a_remembered_split_equals_the_split_of_the_run_where_it_stands(
    language: str, rng: random.Random
) -> None:
    """The same run in another place (other words after it, a possessive, a title before it
    in Russian) gives the mentions its own place gives, remembered or not."""
    from desktop.engine import entities

    sentences = RECURRING[language].split(". ")
    rng.shuffle(sentences)
    text = ". ".join(sentences) + "."
    for s in split(text, language):
        remembered = entities._mentions.__wrapped__(text, s.start, s.end, language)
        saved = entities._split_run_remembered
        try:
            entities._split_run_remembered = entities._split_run  # type: ignore[assignment]
            fresh = entities._mentions.__wrapped__(text, s.start, s.end, language)
        finally:
            entities._split_run_remembered = saved
        assert remembered == fresh
