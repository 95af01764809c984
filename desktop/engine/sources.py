"""Sources: normalised matching keys, and who "he" or "the diplomat" refers to.

`source_key("Mr. Ivan Zhelokhovtsev")` and `source_key("Zhelokhovtsev")` are both
"zhelokhovtsev": titles are stripped and a person's key is the surname. News agencies and the
ministries that speak through them have aliases, so "RIA News" and "RIA Novosti" are one key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.engine.gazetteer import PLACE_STEMS_RU
from desktop.engine.lexicon import normalise, stem

TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir madam mister president vice deputy first prime minister
    secretary senator sen rep representative gov governor mayor ambassador director chairman
    chairwoman chair spokesman spokeswoman spokesperson general gen col lt adm admiral judge
    justice speaker leader chief head commissioner foreign defense defence state affairs
    former acting attorney sheriff rev pope king queen prince princess lord lady officer
    господин госпожа министр замминистра заместитель президент премьер посол директор
    глава председатель генсек пресс-секретарь официальный представитель депутат сенатор
    губернатор мэр
    """.split()
)

PRONOUNS = {
    "en": frozenset("he she they him her them who".split()),
    "ru": frozenset("он она они его её ее их который которая которые".split()),
}

PLURAL_PRONOUNS = frozenset("they them они их которые".split())

# Nouns by which an article refers back to a person it has named ("the diplomat").
NOMINALS = frozenset(
    """
    diplomat official minister spokesman spokeswoman spokesperson senator candidate president
    governor secretary ambassador director envoy chairman chairwoman lawmaker congressman
    congresswoman representative mayor leader nominee businessman billionaire politician
    adviser advisor aide analyst expert economist general commander judge deputy prosecutor
    negotiator premier chancellor king queen host author reporter correspondent
    дипломат министр замминистра чиновник политик президент посол директор представитель
    эксперт аналитик собеседник депутат сенатор глава мэр губернатор премьер спикер
    пресс-секретарь
    """.split()
)

# English nouns for people who speak, as a sentence's subject ("officials", "a spokesman")
SPEAKER_NOUNS = (
    frozenset(w for w in NOMINALS if w.isascii())
    | frozenset(w + "s" for w in NOMINALS if w.isascii())
    | frozenset(
        """sources residents people observers critics supporters members staff voters police
        investigators researchers scientists authorities protesters activists officers
        workers spokesmen spokeswomen congressmen congresswomen businessmen""".split()
    )
)


def is_speaker_noun(word: str) -> bool:
    return word in SPEAKER_NOUNS


_NOMINAL_STEMS_RU = frozenset(stem(w, "ru") for w in NOMINALS if re.search(r"[а-я]", w))
# Russian titles and office nouns in any case ("мэра", "министру"): written in lower case
RU_TITLE_STEMS = frozenset(stem(w, "ru") for w in TITLES if re.search(r"[а-я]", w))
RU_TITLE_STEMS |= _NOMINAL_STEMS_RU

# Readable name and key for agencies and bodies that go by several names.
ALIASES: dict[str, tuple[str, str]] = {
    "ria news": ("RIA News", "ria novosti"),
    "ria novosti": ("RIA Novosti", "ria novosti"),
    "ria": ("RIA Novosti", "ria novosti"),
    "риа новости": ("РИА Новости", "ria novosti"),
    "tass": ("TASS", "tass"),
    "itar-tass": ("TASS", "tass"),
    "тасс": ("ТАСС", "tass"),
    "итар-тасс": ("ТАСС", "tass"),
    "interfax": ("Interfax", "interfax"),
    "интерфакс": ("Интерфакс", "interfax"),
    "reuters": ("Reuters", "reuters"),
    "рейтер": ("Рейтер", "reuters"),
    "рейтерс": ("Рейтерс", "reuters"),
    "ap": ("AP", "associated press"),
    "the associated press": ("The Associated Press", "associated press"),
    "associated press": ("Associated Press", "associated press"),
    "afp": ("AFP", "afp"),
    "yonhap": ("Yonhap", "yonhap"),
    "xinhua": ("Xinhua", "xinhua"),
    "kcna": ("KCNA", "kcna"),
    "мид": ("МИД", "foreign ministry"),
    "мид рф": ("МИД РФ", "foreign ministry|russia"),
    "мид россии": ("МИД России", "foreign ministry|russia"),
    "kremlin": ("Kremlin", "kremlin"),
    "кремль": ("Кремль", "kremlin"),
}

_RU_ALIAS_STEMS = {
    " ".join(stem(w, "ru") for w in name.split()): value
    for name, value in ALIASES.items()
    if re.search(r"[а-я]", name)
}

ORGANISATION_WORDS = frozenset(
    """
    ministry department agency news novosti office committee council commission party
    campaign government administration house senate congress parliament duma court bank
    fund forum embassy service services post times journal press television tv radio
    network institute university foundation association union organization organisation
    company corporation group inc corp ltd kremlin pentagon reuters tass interfax media
    endowment center centre institution initiative trust
    министерство мид агентство комитет совет правительство администрация дума партия
    посольство служба пресс-служба кремль фонд институт
    """.split()
)

_COUNTRY = {
    "russia": "russia",
    "russian": "russia",
    "russia's": "russia",
    "russian federation": "russia",
    "россии": "russia",
    "рф": "russia",
    "российской федерации": "russia",
    "korea": "korea",
    "south korea": "korea",
    "republic of korea": "korea",
    "united states": "usa",
    "u.s.": "usa",
    "us": "usa",
    "american": "usa",
    "america": "usa",
    "china": "china",
    "chinese": "china",
    "japan": "japan",
    "japanese": "japan",
}

_MINISTRY = re.compile(
    r"\b(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry|"
    r"министерств\w*\s+иностранных\s+дел|мид)\b"
)
_DROP = re.compile(r"^(?:the|a|an|this|that|these|those|our|his|her|their|its)\s+")
_DROP_CASED = re.compile(r"^(?:the|The)\s+(?=[A-ZА-Я])")
_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)


def alias(folded: str) -> tuple[str, str] | None:
    """(readable name, key) of an agency or body that goes by several names; Russian ones in
    any case ("в Кремле", "Интерфакса")."""
    found = ALIASES.get(folded)
    if found is None and _cyrillic(folded):
        found = _RU_ALIAS_STEMS.get(" ".join(stem(w, "ru") for w in folded.split()))
    return found


def readable(name: str) -> str:
    """The name as it should be shown: alias spelling when there is one, else trimmed."""
    found = alias(_fold(name))
    if found is not None:
        return found[0]
    return _POSSESSIVE_END.sub("", _DROP_CASED.sub("", name.strip(" ,.;:\"'“”‘’«»()[]")))


@lru_cache(maxsize=50_000)
def source_key(name: str, language: str = "en") -> str:
    """Normalised key two articles' sources are matched on."""
    folded = _fold(name)
    found = alias(folded)
    if found is not None:
        return found[1]
    ministry = _ministry_key(folded)
    if ministry:
        return ministry
    if _cyrillic(folded) and _titled_place(folded):
        return " ".join(stem(w, "ru") for w in _words(folded))
    words = [w for w in _words(name) if _fold(w) not in TITLES]
    if words and is_person_name(name):
        if len(words) > 1 and _korean_given_name(words[-1]):
            return " ".join(_fold(w) for w in words[-2:])
        return _surname_key(words[-1], language)
    if _cyrillic(folded):
        return " ".join(stem(w, "ru") for w in _words(folded)) or folded
    return " ".join(_fold(w) for w in _words(folded)) or folded


@lru_cache(maxsize=50_000)
def is_person_name(name: str) -> bool:
    """A run of capitalised words (titles allowed) with no organisation word in it."""
    words = _words(name)
    if not words or len(words) > 6:
        return False
    lowered = [_fold(w) for w in words]
    if any(w in ORGANISATION_WORDS for w in lowered) or alias(_fold(name)) is not None:
        return False
    names = [w for w, low in zip(words, lowered, strict=True) if low not in TITLES]
    if not names:
        return False
    return all(w[:1].isupper() for w in names) and not all(w.isupper() for w in names)


@lru_cache(maxsize=50_000)
def is_named(name: str) -> bool:
    """True when the phrase names someone (a capitalised word that is not the first word of a
    common phrase like "The diplomat")."""
    words = _words(name)
    if not words:
        return False
    if alias(_fold(name)) is not None:
        return True
    rest = words[1:] if _fold(words[0]) in {"the", "a", "an"} else words
    return any(w[:1].isupper() for w in rest) and not is_nominal(name)


@lru_cache(maxsize=50_000)
def is_nominal(phrase: str) -> bool:
    """ "the diplomat", "the Russian official", "дипломат": a definite description ending in a
    title noun (Russian has no article: one word will do)."""
    words = [normalise(w) for w in _words(phrase)]
    if len(words) == 1 and _cyrillic(words[0]):
        return words[0] in NOMINALS or stem(words[0], "ru") in _NOMINAL_STEMS_RU
    return len(words) >= 2 and words[0] in {"the", "this", "that"} and words[-1] in NOMINALS


def is_pronoun(word: str, language: str = "en") -> bool:
    return _fold(word) in PRONOUNS.get(language, PRONOUNS["en"])


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=50_000)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(
        m.group().rstrip(".") if not _is_initialism(m.group()) else m.group()
        for m in _NAME_WORD.finditer(text)
    )


def _is_initialism(word: str) -> bool:
    return _INITIALISM.fullmatch(word) is not None


_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")


@lru_cache(maxsize=100_000)
def _fold(text: str) -> str:
    folded = normalise(text).strip(" ,.;:\"'()[]")
    return _DROP.sub("", folded)


_RU_SURNAME = re.compile(r"^(.+(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$")
_RU_ADJECTIVAL = re.compile(r"^(.+(?:ск|цк))(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими)$")


def _titled_place(folded: str) -> bool:
    """ "мэр Москвы", "мэра Москвы": an office named by its place, keyed with its title (not
    as the place, which "Москва заявила" names)."""
    words = _words(folded)
    return (
        len(words) >= 2
        and stem(words[-1], "ru") in PLACE_STEMS_RU
        and stem(words[-2], "ru") in RU_TITLE_STEMS
    )


def _cyrillic(word: str) -> bool:
    return _CYRILLIC_LETTER.search(word) is not None


_CYRILLIC_LETTER = re.compile(r"[а-я]")


def _korean_given_name(word: str) -> bool:
    """ "Kim Jong-un", "Kim Il-sung": a hyphenated given name with a lower-case tail is not a
    surname, so the key is the whole name."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head[:1].isupper() and tail[:1].islower()


def _surname_key(word: str, language: str) -> str:
    """ "Zhelokhovtsev's" -> "zhelokhovtsev"; "Желоховцева" -> "желоховцев"."""
    word = _POSSESSIVE.sub("", _fold(word))
    if not _cyrillic(word):
        return word
    for pattern in (_RU_SURNAME, _RU_ADJECTIVAL):
        match = pattern.match(word)
        if match:
            return match.group(1)
    return stem(word, "ru")


def _ministry_key(folded: str) -> str:
    if not _MINISTRY.search(folded):
        return ""
    rest = _MINISTRY.sub(" ", folded)
    countries = sorted(
        {
            c
            for phrase, c in _COUNTRY.items()
            if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", rest)
        }
    )
    return "|".join(["foreign ministry", *countries[:1]])


@lru_cache(maxsize=20_000)
def _described(context: str) -> frozenset[str]:
    """Title nouns in `context` that describe someone ("diplomat", "minister")."""
    return frozenset(_fold(w) for w in _words(context)) & NOMINALS


@dataclass
class Antecedents:
    """Who "he", "they" or "the diplomat" can refer to, as an article is read in order."""

    people: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    anyone: list[tuple[str, str]] = field(default_factory=list)
    fullest: dict[str, str] = field(default_factory=dict)

    def name(self, source: str, key: str, context: str = "") -> str:
        """Record a named source and return the fullest name seen for its key ("Ivan
        Zhelokhovtsev" for a later "Zhelokhovtsev"); `context` holds words that describe it
        ("the diplomat")."""
        if len(source) > len(self.fullest.get(key, "")):
            self.fullest[key] = source
        source = self.fullest[key]
        self.anyone.append((source, key))
        if is_person_name(source):
            described = _described(context)
            self.people.append((source, key, described))
        return source

    def resolve(self, phrase: str, language: str = "en") -> tuple[str, str] | None:
        """(source, key) a pronoun or nominal refers to, or None when nobody fits."""
        words = [_fold(w) for w in _words(phrase)]
        if not words:
            return None
        if words[-1] in PLURAL_PRONOUNS:
            return self.anyone[-1] if self.anyone else None
        if is_nominal(phrase):
            for source, key, described in reversed(self.people):
                if words[-1] in described:
                    return source, key
        return (self.people[-1][0], self.people[-1][1]) if self.people else None
