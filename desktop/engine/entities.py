"""Entities: people, organisations, places, events and dates an article names.

No model: runs of capitalised words (with "of"/"the" inside, "Ministry of Foreign Affairs"),
split after leading titles ("Deputy Minister ... Andrei Rudenko"), typed by the word lists in
`gazetteer.py` and `sources.py`, plus date patterns. Mentions with one key become one
`Entity` ("Zhelokhovtsev" joins "Ivan Zhelokhovtsev"), keeping every span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from desktop.engine import gazetteer as gz
from desktop.engine.lexicon import STOP_WORDS, normalise, stem
from desktop.engine.model import Entity, Sentence, Span
from desktop.engine.sources import (
    ORGANISATION_WORDS,
    RU_TITLE_STEMS,
    TITLES,
    alias,
    source_key,
)

_KIND_ORDER = {"person": 0, "organisation": 1, "event": 2, "place": 3, "date": 4, "other": 5}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w\-‐]|['’](?=\w)|\.(?=\w))*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset("of for the de von van".split())
_COMPASS = frozenset("south north east west northeast southeast".split())
_SKIP_INITIAL = frozenset(
    """the a an this that these those in on at by for from with during after before since
    while yet but and or so as if when it he she they we i you his her their its our
    separately meanwhile however also attention attribution source update later earlier
    today yesterday now then still here there even only just most many some all both several
    according despite although though because given following amid under over about once
    what why how where who which whether nor not no after another without asked still
    such instead unlike among throughout real back other none prior very more think hi yes
    yup do is are was
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion first second third last next every each few""".split()
) | (STOP_WORDS["en"] - TITLES)
# "R-Wis.", "D-Calif.": party and state after a lawmaker's name
_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")
# "We're", "I’d", "He'll": a pronoun with a contracted verb
_CONTRACTION = re.compile(r"['’](?:re|ve|d|ll|m|s)$", re.IGNORECASE)
# English word endings of plurals, verb forms and abstract nouns: an opener ending so is
# more likely a common word ("Officials", "Joining", "Separate") than a name
_COMMON_ENDINGS = ("s", "ing", "ed", "ate", "ive", "ous", "ful", "less", "ism", "ist", "ion", "al")
_NOT_NAME_ENDINGS = ("ly", "tion", "ment", "ing", "ed", "ness", "ity", "ance", "ence")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str
    key: str


def find_entities(
    text: str,
    sentences: Sequence[Sentence],
    language: str,
    mentions: Sequence[Sequence[Mention]] | None = None,
) -> tuple[Entity, ...]:
    """One `Entity` per distinct key, spans in reading order, sorted by first mention.
    `mentions`: each sentence's mentions, when the caller has them."""
    if mentions is None:
        mentions = [mentions_in(text, sentence, language) for sentence in sentences]
    found = [m for named in mentions for m in named]
    return _group(text, _drop_common_words(text, _join_surnames(found)))


def link_entities(
    left: Sequence[Entity], right: Sequence[Entity]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """Mark entities whose key is named in both articles as shared; a lone name of unknown
    kind ("Лаврова", "Sobyanin") that the other article names as a person is that person."""
    both = {e.key for e in left} & {e.key for e in right}
    people = {e.key for e in (*left, *right) if e.kind == "person"}
    return (
        tuple(_linked(e, both, people) for e in left),
        tuple(_linked(e, both, people) for e in right),
    )


def _linked(entity: Entity, both: set[str], people: set[str]) -> Entity:
    kind = "person" if entity.kind == "other" and entity.key in people else entity.kind
    shared = entity.key in both
    if (kind, shared) == (entity.kind, entity.shared):
        return entity  # unchanged: no new entity
    return replace(entity, shared=shared, kind=kind)


def mentions_in(text: str, sentence: Sentence, language: str) -> list[Mention]:
    """Entity mentions in one sentence: dates first, then capitalised names. Remembered per
    (text, span, language): attribution asks for every sentence's mentions, then
    `find_entities` asks again."""
    return list(_mentions(text, sentence.start, sentence.end, language))


@lru_cache(maxsize=32_768)
def _mentions(text: str, start: int, end: int, language: str) -> tuple[Mention, ...]:
    sentence = Sentence(0, start, end)
    dates = _dates(text, sentence, language)
    taken = [(d.start, d.end) for d in dates]
    names = [
        _mark_opener(text, sentence, m, language)
        for run in _runs(text, sentence, language)
        for m in _split_run_remembered(text, run, language)
        if not taken or not any(s < m.end and m.start < e for s, e in taken)
    ]
    return tuple(sorted(dates + names, key=lambda m: m.start))


def _mark_opener(text: str, sentence: Sentence, m: Mention, language: str) -> Mention:
    """An unknown capitalised word that opens a sentence may just be capitalised there
    ("Среди", "Встреча"; in English a word shaped like a common one: "Critics", "Joining"):
    kind "opener" until the word is seen elsewhere. Acronyms ("CNN") are names anywhere."""
    surface = text[m.start : m.end]
    if m.kind != "other" or (surface.isupper() and len(surface) > 1):
        return m
    if language != "ru" and not surface.lower().endswith(_COMMON_ENDINGS):
        return m  # "Rudenko visited ..."
    if _ALNUM.search(text, sentence.start, m.start) is None:
        return replace(m, kind="opener")
    return m


# a letter or digit: what str.isalnum() accepts (a word character other than "_")
_ALNUM = re.compile(r"[^\W_]")


# --- dates -------------------------------------------------------------------------------

_MONTH_EN = "(?:{})".format(
    "|".join(
        [m.capitalize() for m in gz.MONTHS_EN if m != "may"]
        + [a.capitalize() + r"\." for a in gz.MONTH_ABBREVIATIONS_EN]
    )
)
_DATE_EN = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTH_EN}|May)(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTH_EN}|May(?=\s+\d))(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"|(?:{'|'.join(d.capitalize() for d in gz.WEEKDAYS_EN)}))\b"
)
_DATE_RU = re.compile(
    r"(?<!\w)(?:\d{1,2}\s+)?(?:" + "|".join(gz.MONTHS_RU + gz.WEEKDAYS_RU) + r")"
    r"(?:\s+\d{4}(?:\s*(?:г\.|года?|году))?)?(?!\w)"
    r"|(?<!\w)(?:19|20)\d{2}\s*(?:г\.|года?|году)(?!\w)",
    re.IGNORECASE,
)


# every English date names a month or a weekday, capitalised: their first three letters
_DATE_EN_HINT = re.compile(
    "|".join(
        sorted(
            {n[:3].capitalize() for n in (*gz.MONTHS_EN, *gz.MONTH_ABBREVIATIONS_EN)}
            | {n[:3].capitalize() for n in gz.WEEKDAYS_EN}
        )
    )
)


def _dates(text: str, sentence: Sentence, language: str) -> list[Mention]:
    if language != "ru" and _DATE_EN_HINT.search(text, sentence.start, sentence.end) is None:
        return []  # most sentences: no month or weekday, no need to try the date pattern
    pattern = _DATE_RU if language == "ru" else _DATE_EN
    found = []
    for m in pattern.finditer(text, sentence.start, sentence.end):
        found.append(Mention(m.start(), m.end(), "date", "date:" + normalise(m.group())))
    return found


# --- capitalised runs --------------------------------------------------------------------


def _runs(text: str, sentence: Sentence, language: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words; connectors only between capitalised words."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    capitalised = _capitalised
    at, end = sentence.start, sentence.end
    while True:
        if not current:  # most words: lower case outside any run, skipped in C
            first = _next_capitalised(text, at, end)
            if first is None:
                break
            current.append(first)
            at = first.end()
            continue
        m = _WORD.search(text, at, end)
        if m is None:
            break
        at, word = m.end(), m[0]
        # the gap since the run's last word (a word outside a run has ended the run)
        last_end, start = current[-1].end(), m.start()
        if start - last_end != 1 or text[last_end] != " ":  # not one space
            gap = text[last_end:start]
            if _breaks(gap) and not _abbreviated(current[-1][0], gap):
                runs.append(current)
                current = []
        if capitalised(word) or (current and word.lower() in _CONNECTORS):
            current.append(m)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [trimmed for r in runs if (trimmed := _trim(text, r, sentence))]


def _breaks(gap: str) -> bool:
    stripped = gap.strip()
    return bool(stripped) and stripped not in {"-", "'", "’"}


def _abbreviated(word: str, gap: str) -> bool:
    """ "David H. Petraeus", "Gov. Mitt Romney": an initial or a short title keeps the run."""
    if gap.strip() != ".":
        return False
    return (len(word) == 1 and word.isupper()) or word.lower() in _TITLE_ABBREVIATIONS


_TITLE_ABBREVIATIONS = frozenset("gov sen rep gen lt col adm dr mr mrs ms prof rev".split())


_COMPOUND_TAILS = frozenset(
    "style based like born run made led type era wide area year old long term one two three "
    "four five six seven eight nine".split()
)


def _compound_word(word: str) -> bool:
    """A capitalised word joined to a common one; "Kim Jong-un", "Jae-myung" stay names."""
    head, tail = word.split("-", 1)[0], word.rsplit("-", 1)[-1]
    if not tail.islower():
        return False
    return tail.endswith("ed") or tail in _COMPOUND_TAILS or head.lower() in _SKIP_INITIAL


def _next_capitalised(text: str, at: int, end: int) -> re.Match[str] | None:
    """The first capitalised word of ``text[at:end]``, as `_WORD.finditer(text, at, end)`
    would meet it. Words start at a letter or digit, so the search jumps to the next
    capital or digit; a word found there starts there unless the character before it can
    be part of a word ("McCain", "al-Assad"): then the words are read one by one from `at`."""
    while True:
        hint = _upper_or_digit().search(text, at, end)
        if hint is None:
            return None
        start = hint.start()
        if start > at and _IN_WORD.match(text, start - 1):
            start = at
        m = _WORD.search(text, start, end)
        if m is None:
            return None
        if _capitalised(m[0]):
            return m
        at = m.end()


# what a word of `_WORD` is made of: a character outside these ends any word
_IN_WORD = re.compile(r"[\w\-‐'’.]")


@lru_cache(maxsize=1)
def _upper_or_digit() -> re.Pattern[str]:
    """Every character that is upper case or a digit (what a capitalised word opens with;
    outside the Basic Multilingual Plane: every character, checked by `_capitalised`)."""
    found = "".join(c for c in map(chr, range(0x10000)) if c.isupper() or c.isdigit())
    return re.compile("[" + re.escape(found) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=65_536)
def _capitalised(word: str) -> bool:
    if "-" in word and _compound_word(word):
        return False  # "House-passed", "Jesuit-founded", "Twenty-three"
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def _trim(text: str, run: list[re.Match[str]], sentence: Sentence) -> list[re.Match[str]]:
    run = list(run)
    while run and not _capitalised(run[-1].group()):
        run.pop()
    if len(run) > 1 and _headline(run):
        return []
    initial = bool(run) and _initial(text, run[0], sentence)  # looked up once per first word
    while initial and _opens_only(run):
        run.pop(0)
        while run and not _capitalised(run[0].group()):
            run.pop(0)
        initial = bool(run) and _initial(text, run[0], sentence)
    if len(run) == 1 and _not_a_name(run[0].group(), initial):
        return []
    return run


def _opens_only(run: list[re.Match[str]]) -> bool:
    """A word that only opens the sentence: "However", and before a name "Diverting"."""
    word = _fold(run[0].group())
    return word in _SKIP_INITIAL or (len(run) > 1 and word.endswith("ing") and word not in TITLES)


def _headline(run: list[re.Match[str]]) -> bool:
    """ "Congressman Who Settled ... With Taxpayer Funds": a capitalised function word inside
    a run marks a title-case headline, not a name."""
    return any(
        _capitalised(w) and not w.isupper() and _fold(w) in STOP_WORDS["en"]
        for w in (m.group() for m in run[1:])
    )


def _not_a_name(word: str, initial: bool) -> bool:
    """ "I", "We're", "R-Wis", and at a sentence start "Usually", "Asked": never names."""
    if word == "I" or _PARTY_TAG.match(word):
        return True
    if _fold(word) in STOP_WORDS["en"] and not word.isupper():
        return True  # "It", "We're" wherever they stand
    return initial and _common_word(word)


def _common_word(word: str) -> bool:
    """A capitalised sentence opener that is most likely not a name ("Attention", "Usually")."""
    return word.lower().endswith(_NOT_NAME_ENDINGS) and not word.isupper()


def _initial(text: str, m: re.Match[str], sentence: Sentence) -> bool:
    at = m.start()
    if _ALNUM.search(text, sentence.start, at) is None:
        return True
    return text[sentence.start : at].rstrip()[-1:] in _OPENING_MARKS


_OPENING_MARKS = frozenset({":", "[", "(", "“", '"'})


@lru_cache(maxsize=65_536)
def _fold(word: str) -> str:
    return normalise(word).strip(".").removesuffix("'s")


# --- splitting and typing ----------------------------------------------------------------


def _split_run_remembered(text: str, run: list[re.Match[str]], language: str) -> list[Mention]:
    """`_split_run`, remembered by what it reads: the run's words where they stand in it,
    the 20 characters after it (an event noun) and, in Russian, the 40 before it (a title).
    Names recur: about two thirds of a long article's runs were split before."""
    start, end = run[0].start(), run[-1].end()
    before = text[max(0, start - 40) : start] if language == "ru" else ""
    key = (
        text[start : end + 20],
        before,
        tuple(m.start() - start for m in run),
        tuple(m.end() - start for m in run),
        language,
    )
    found = _SPLIT.get(key)
    if found is None:
        if len(_SPLIT) >= _SPLIT_LIMIT:
            _SPLIT.clear()
        found = _SPLIT[key] = tuple(
            (m.start - start, m.end - start, m.kind, m.key) for m in _split_run(text, run, language)
        )
    return [Mention(start + a, start + b, kind, key) for a, b, kind, key in found]


# run as read -> its mentions (start and end from the run's start, kind, key)
_SPLIT: dict[
    tuple[str, str, tuple[int, ...], tuple[int, ...], str], tuple[tuple[int, int, str, str], ...]
] = {}
_SPLIT_LIMIT = 32_768  # runs (a 5,000-sentence article has ~3,400 different ones)


def _split_run(text: str, run: list[re.Match[str]], language: str) -> list[Mention]:
    """Split "Park Jin of the Republic of Korea" at "of", then each part after its titles."""
    words = [_fold(m.group()) for m in run]
    return [
        m
        for part, folded in _split_of(run, words, language)
        for m in _split_titled(text, part, folded, language)
    ]


def _split_of(
    run: list[re.Match[str]], words: list[str], language: str
) -> list[tuple[list[re.Match[str]], list[str]]]:
    """The run's parts, each with its folded words (folded once, for the run)."""
    if "of" not in words:
        return [(run, words)]
    whole = " ".join(words)
    if whole in gz.PLACE_PHRASES_EN or whole in gz.PLACE_ALIASES:
        return [(run, words)]
    first = words.index("of")
    if any(w in TITLES or w in ORGANISATION_WORDS or w in gz.EVENT_WORDS for w in words[:first]):
        return [(run, words)]
    rest, rest_words = run[first + 1 :], words[first + 1 :]
    if rest and rest_words[0] == "the":
        rest, rest_words = rest[1:], rest_words[1:]
    parts = [(run[:first], words[:first]), *_split_of(rest, rest_words, language)]
    return [p for p in parts if p[0]]


def _split_titled(
    text: str, run: list[re.Match[str]], words: list[str], language: str
) -> list[Mention]:
    """ "Deputy Minister of Foreign Affairs of the Russian Federation Andrei Rudenko": drop the
    office, keep the place it names and the person. `words`: the run's words, folded."""
    if _has_org_word(words):
        return _split_office_holder(text, run, words, language)
    cut = 0
    while cut < len(words) and (words[cut] in TITLES or words[cut] in _CONNECTORS):
        cut += 1
    if cut == len(run):
        return []
    rest, rest_words = run[cut:], words[cut:]
    if cut and "of" in rest_words:  # "Representative C. A. Dutch Ruppersberger of Maryland"
        at = rest_words.index("of")
        if at and _place_key(" ".join(rest_words[at + 1 :]), language):
            where = _typed(text, rest[at + 1 :], language, False)
            return _person(text, rest[:at], language) + where
    inner = _inner_title(rest_words)
    if inner:  # "California Attorney General Xavier Becerra": the place and the person
        office = inner - 1
        while office > 0 and rest_words[office - 1] in TITLES:
            office -= 1
        place = _place_key(" ".join(rest_words[:office]), language)
        where = _typed(text, rest[:office], language, False) if place else []
        return where + _person(text, rest[inner:], language)
    for i in range(len(rest) - 1, 0, -1):
        if _place_key(" ".join(rest_words[:i]), language):
            return _typed(text, rest[:i], language, False) + _person(text, rest[i:], language)
    return _typed(text, rest, language, titled=cut > 0 or _title_before(text, rest, language))


def _title_before(text: str, run: list[re.Match[str]], language: str) -> bool:
    """ "мэр Собянин", "слова министра Лаврова": Russian titles are written in lower case,
    outside the run; the word before the run names the office in any case."""
    if language != "ru":
        return False
    before = _LAST_WORD.search(text, max(0, run[0].start() - 40), run[0].start())
    return before is not None and stem(normalise(before[1]), "ru") in RU_TITLE_STEMS


_LAST_WORD = re.compile(r"([а-яё\-]+)\s+$")


def _inner_title(words: list[str]) -> int:
    """Index of the name after a title inside a run, or 0 when there is none."""
    titles = [i for i, w in enumerate(words) if w in TITLES and i > 0]
    if not titles or not 1 <= len(words) - titles[-1] - 1 <= 3:
        return 0
    name = words[titles[-1] + 1 :]
    if any(w in _CONNECTORS for w in name) or _place_key(" ".join(name), "en"):
        return 0
    return titles[-1] + 1


def _person(text: str, run: list[re.Match[str]], language: str) -> list[Mention]:
    """The name after a place: "Massachusetts Gov. Mitt Romney" -> "Mitt Romney"."""
    while run and _fold(run[0].group()) in TITLES:
        run = run[1:]
    return _typed(text, run, language, titled=True)


def _split_office_holder(
    text: str, run: list[re.Match[str]], words: list[str], language: str
) -> list[Mention]:
    """ "House Judiciary Committee Chairman Jerrold Nadler": the organisation, then the person
    after the last title, when what follows the title is a plain name."""
    titles = [i for i, w in enumerate(words) if w in TITLES]
    first_org = min(i for i, w in enumerate(words) if w in ORGANISATION_WORDS)
    if language == "ru" and all(i < first_org for i in titles):
        return _split_named_organisation(text, run, words, language)
    last = titles[-1] if titles else -1
    name = words[last + 1 :]
    if last < 1 or not name or len(name) > 3 or _has_org_word(name):
        return _typed(text, run, language, titled=False)
    if any(w in _CONNECTORS or w in TITLES for w in name) or _place_key(" ".join(name), language):
        return _typed(text, run, language, titled=False)
    first = last
    while first > 0 and words[first - 1] in TITLES:
        first -= 1
    office = run[:first] if _has_org_word(words[:first]) else []
    return _typed(text, office, language, False) + _typed(text, run[last + 1 :], language, True)


def _split_named_organisation(
    text: str, run: list[re.Match[str]], words: list[str], language: str
) -> list[Mention]:
    """ "МИД Сергей Лавров", "МИД России Сергей Лавров": Russian writes the title in lower
    case ("глава МИД Сергей Лавров"), so the run is the organisation (and the country it
    names), then a person's two or three names."""
    first = 0
    while words[first] in TITLES:  # "Глава МИД Сергей Лавров": the office opens the sentence
        first += 1
    run, words = run[first:], words[first:]
    last = max(i for i, w in enumerate(words) if w in ORGANISATION_WORDS)
    cut = last + 1
    while cut < len(words) and _place_key(words[cut], language):
        cut += 1
    name = words[cut:]
    if not 2 <= len(name) <= 3 or _has_org_word(name) or any(_place_key(w, language) for w in name):
        return _typed(text, run, language, titled=False)
    return _typed(text, run[:cut], language, False) + _typed(text, run[cut:], language, True)


def _has_org_word(words: list[str]) -> bool:
    return any(w in ORGANISATION_WORDS for w in words)


def _typed(text: str, run: list[re.Match[str]], language: str, titled: bool) -> list[Mention]:
    if not run:
        return []
    start, end = run[0].start(), run[-1].end()
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive is not None and possessive.start() > start:
        end = possessive.start()
    surface = text[start:end]
    end = _with_event_noun(text, end)
    kind, key = _kind_and_key(surface, text[start:end], language, titled)
    if kind is None:
        return []
    return [Mention(start, end, kind, key)]


_EVENT_NOUN = re.compile(r"\s+([a-z]+)\b")


def _with_event_noun(text: str, end: int) -> int:
    """ "G20 summit": take a lowercase event noun that follows the name."""
    m = _EVENT_NOUN.match(text, end, end + 20)
    if m and m.group(1) in gz.EVENT_WORDS:
        return m.end()
    return end


@lru_cache(maxsize=32_768)
def _kind_and_key(
    surface: str, extended: str, language: str, titled: bool
) -> tuple[str | None, str]:
    folded = _fold(surface)
    words = [_fold(w) for w in surface.split()]
    if all(w in gz.EVENT_WORDS for w in words) and extended == surface:
        return None, ""  # "Talks began": the common noun alone names no event
    if extended != surface or any(_event_word(w) for w in words):
        return "event", "event:" + _phrase_key(extended, language)
    if alias(folded) is not None or _has_org_word(words):
        return "organisation", source_key(surface, language)
    place = _place_key(folded, language)
    if place:
        return "place", "place:" + place
    if _demonym(words) or _ru_demonym(words, language):
        return None, ""
    if titled or len([w for w in words if not _initial_or_suffix(w)]) in (2, 3):
        return "person", source_key(surface, language)
    return "other", source_key(surface, language)


def _initial_or_suffix(word: str) -> bool:
    """ "J.", "Jr", "III": parts of a name that do not count as its words."""
    return len(word.strip(".")) == 1 or word.strip(".") in {"jr", "sr", "ii", "iii", "iv"}


def _event_word(word: str) -> bool:
    """ "Summit", "Forum"; "Congress" names an organisation in a name ("Congress's Office")."""
    return word in gz.EVENT_WORDS and word != "congress"


@lru_cache(maxsize=32_768)
def _place_key(folded: str, language: str) -> str:
    folded = folded.strip()
    if language == "ru":
        stems = [stem(w, "ru") for w in folded.split()]
        if stems and stems[-1] in gz.PLACE_STEMS_RU:
            return " ".join(stems)
        return ""
    if folded in gz.PLACE_ALIASES:
        return gz.PLACE_ALIASES[folded]
    if folded in gz.PLACE_PHRASES_EN or folded in gz.PLACES_EN:
        return folded
    words = folded.split()
    if len(words) > 1 and (words[-1] in gz.PLACE_SUFFIXES or words[-1] in gz.PLACES_EN):
        return folded
    return ""


def _demonym(words: list[str]) -> bool:
    """ "Russian", "South Korean": nationality words are not entities."""
    return any(w in gz.DEMONYMS for w in words) and all(
        w in gz.DEMONYMS or w in _COMPASS for w in words
    )


def _ru_demonym(words: list[str], language: str) -> bool:
    return language == "ru" and all(stem(w, "ru") in gz.DEMONYM_STEMS_RU for w in words)


def _phrase_key(phrase: str, language: str) -> str:
    words = [_fold(w) for w in phrase.split()]
    if language == "ru":
        words = [stem(w, "ru") for w in words]
    return " ".join(w for w in words if w not in {"the", "a", "an"})


# --- grouping ----------------------------------------------------------------------------


def _drop_common_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A single capitalised word of unknown kind that the article also writes in lower case
    ("Internet" / "internet", "Church" / "church") is a common word, not a name."""
    lowered = set(filter(str.islower, re.findall(r"[^\W\d_]+", text)))
    return [
        m for m in mentions if not (m.kind == "other" and text[m.start : m.end].lower() in lowered)
    ]


def _join_surnames(mentions: list[Mention]) -> list[Mention]:
    """A lone capitalised word that is a known person's surname key is that person; a
    sentence opener of unknown kind counts only when the word is also used elsewhere."""
    people = {m.key for m in mentions if m.kind == "person"}
    elsewhere = {m.key for m in mentions if m.kind != "opener"}
    joined = []
    for m in mentions:
        if m.kind in ("other", "opener") and m.key in people:
            m = replace(m, kind="person")
        elif m.kind == "opener":
            if m.key not in elsewhere or len(m.key) < 2:
                continue
            m = replace(m, kind="other")
        joined.append(m)
    return joined


def _group(text: str, mentions: list[Mention]) -> tuple[Entity, ...]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    entities = [_entity(text, ms) for ms in groups.values()]
    return tuple(sorted(entities, key=lambda e: e.spans[0]))


def _entity(text: str, group: list[Mention]) -> Entity:
    kind = min((m.kind for m in group), key=_KIND_ORDER.__getitem__)
    longest = max(group, key=lambda m: (m.kind == kind, m.end - m.start))
    spans: tuple[Span, ...] = tuple((m.start, m.end) for m in group)
    return Entity(text=text[longest.start : longest.end], kind=kind, spans=spans, key=group[0].key)
