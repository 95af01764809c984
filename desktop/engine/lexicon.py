"""Words: language detection, normalisation for matching, tokens with offsets, stems, stop words.

Normalisation is for matching only: every `Token` keeps `start`/`end` into the text as given.
English and Russian are supported; Snowball stemmers come from the `snowballstemmer` package
(pure Python, uses PyStemmer's C code when that is installed), stop lists live here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

LANGUAGES = ("en", "ru")

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")

# A word: letters/digits with inner hyphens, apostrophes or decimal points/commas ("U.S." is
# handled by the segmenter, here "U" and "S" are separate one-letter tokens, which are stop-ish).
WORD = re.compile(r"\w+(?:(?:['’\-‐‑]|[.,](?=\d))\w+)*", re.UNICODE)

_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u00ad": "",
        "ё": "е",
        "Ё": "Е",
    }
)

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a about above after again against all also am an and any are aren't as at be because
        been before being below between both but by can can't cannot could couldn't did didn't do
        does doesn't doing don't down during each even ever few for from further had hadn't has
        hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
        how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's me
        more most much must mustn't my myself no nor not now of off on once only or other ought our
        ours ourselves out over own per same shan't she she'd she'll she's should shouldn't so some
        such than that that's the their theirs them themselves then there there's these they
        they'd they'll they're they've this those though through thus to too under until up upon
        us very via was wasn't we we'd we'll we're we've were weren't what what's when when's where
        where's whether which while who who's whom whose why why's will with within without won't
        would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
        mr mrs ms dr s t d ll re ve m""".split()
    ),
    "ru": frozenset(
        """а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да
        даже для до его ее ей ему если есть еще же за здесь и из или им их к как ко когда кто ли
        либо между меня мне может мы на над надо наш не него нее нет ни них но ну о об однако он она
        они оно от очень по под при с со так также такой там те тем то того тоже той только том ты
        у уже хотя чего чей чем что чтобы чье чья эта эти это этого этой этом этот я являются
        является был бы ещё её сам сама сами само свой своя свои своё себя себе""".split()
    ),
}

# Words newsrooms put in every sentence: useful as cues, poor evidence that two claims match.
BOILERPLATE: dict[str, frozenset[str]] = {
    "en": frozenset(
        """said says say saying told tells according reported reports reporting added noted
        stated statement statements news agency official officials also according one two
        would could year years time""".split()
    ),
    "ru": frozenset(
        """сказал сказала заявил заявила сообщил сообщила отметил отметила передает пишет
        по словам данным агентство""".split()
    ),
}


class Token(NamedTuple):
    """One word: immutable, and a tuple underneath because articles have many of them."""

    start: int
    end: int
    text: str  # as in the original
    norm: str  # folded, case-folded
    stem: str
    stop: bool


def detect_language(text: str) -> str:
    """'ru' when Cyrillic letters dominate, otherwise 'en'."""
    sample = text[:20000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    return "ru" if cyr > lat else "en"


def normalise(text: str) -> str:
    """Fold Unicode compatibility forms, quotes, dashes, soft hyphens and case (same length is
    not guaranteed: use only for matching, never for offsets)."""
    if len(text) <= 40:  # words and names recur: remember them
        return _normalise_short(text)
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


@lru_cache(maxsize=200_000)
def _normalise_short(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


@lru_cache(maxsize=2)
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("russian" if language == "ru" else "english")


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "en") -> str:
    """Stem of an already normalised word ("officials" -> "offici")."""
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if not word.isalpha():
        if "-" in word:
            return "-".join(stem(part, language) for part in word.split("-") if part)
        return word
    return str(_stemmer(language).stemWord(word))


def is_stop(norm: str, language: str = "en") -> bool:
    return norm in STOP_WORDS.get(language, STOP_WORDS["en"])


def is_boilerplate(norm: str, language: str = "en") -> bool:
    return norm in BOILERPLATE.get(language, BOILERPLATE["en"])


def tokens(text: str, language: str = "en", start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``. Sentences are tokenised
    by several stages (profiles, attributions, evidence): the last few thousand are kept."""
    return list(_tokens(text, language, start, len(text) if end is None else end))


@lru_cache(maxsize=16_384)
def _tokens(text: str, language: str, start: int, end: int) -> tuple[Token, ...]:
    known = _known(language)
    new = tuple.__new__
    out: list[Token] = []
    for m in WORD.finditer(text, start, end):
        raw = m.group()
        info = known.get(raw)
        if info is None:
            info = _learn(known, raw, language)
        at, to = m.span()
        norm, stemmed, stop = info  # the tuple built from names: no list made on the way
        out.append(new(Token, (at, to, raw, norm, stemmed, stop)))
    return tuple(out)


def words(
    text: str, language: str, start: int, end: int
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...]]:
    """The norms, stems and stop-word flags of the words of ``text[start:end]``, as
    `tokens()` gives them, without offsets: found in C (no `Token` made per word) for
    what needs the words only (sentence profiles)."""
    found = WORD.findall(text, start, end)
    known = _known(language)
    infos = list(map(known.get, found))
    if None in infos:
        infos = [
            _learn(known, w, language) if i is None else i
            for w, i in zip(found, infos, strict=True)
        ]
    if not infos:
        return (), (), ()
    norms, stems, stops = zip(*infos, strict=True)
    return norms, stems, stops


def _known(language: str) -> dict[str, tuple[str, str, bool]]:
    known = _WORDS.setdefault(language, {})
    if len(known) > _WORDS_LIMIT:
        known.clear()
    return known


def _learn(
    known: dict[str, tuple[str, str, bool]], raw: str, language: str
) -> tuple[str, str, bool]:
    norm = normalise(raw)
    info = known[raw] = (norm, stem(norm, language), is_stop(norm, language))
    return info


# word as written -> (normalised, stem, stop word?), per language: most words recur
_WORDS: dict[str, dict[str, tuple[str, str, bool]]] = {}
_WORDS_LIMIT = 500_000


def same_text(text: str) -> str:
    """The one string object this process uses for a long text: the caches keyed by an
    article's text (tokens, entity mentions) then find it by identity, instead of comparing
    hundreds of kilobytes on every lookup when the same article arrives as a new string (as
    it does in compare()'s worker process, unpickled for every comparison)."""
    if len(text) < _SAME_TEXT_MIN:
        return text
    known = _TEXTS.pop(text, None)
    _TEXTS[text] = text if known is None else known  # most recent last
    if len(_TEXTS) > _SAME_TEXT_LIMIT:
        del _TEXTS[next(iter(_TEXTS))]
    return _TEXTS[text]


_TEXTS: dict[str, str] = {}
_SAME_TEXT_MIN = 2_000
# as many texts as the sentence caches (16k tokens, 32k mentions) hold of articles of about
# 1,000 sentences or more: a text forgotten here while its sentences are still cached comes
# back as a new object, and every cache hit then compares it in full (a 5,000-sentence pair
# compared again after five others took 2.1 s instead of 1.6 s with 8)
_SAME_TEXT_LIMIT = 32


def content_stems(text: str, language: str = "en") -> list[str]:
    """Stems of the content words (stop words dropped), in order."""
    return [t.stem for t in tokens(text, language) if not t.stop]
