"""Same-claim scoring of two sentences (or merged runs of sentences).

`profile()` precomputes, once per sentence, everything scoring needs; `pair_score()` turns a
pair of profiles into lexical features (rarity-weighted stem overlap both ways, rapidfuzz
ratios, stem n-grams and longest common subsequences, numbers, negation, length) and
gives 0-100 from a small logistic model trained on MSRP by `bench/train_similarity.py`
(weights in `data/similarity_model.json`, word rarity in `data/rarity.json`, both derived
statistics; evaluated here in pure Python: a dot product and a sigmoid).
"""

from __future__ import annotations

import json
import math
import operator
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path
from typing import Protocol, overload

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from desktop.engine import lexicon

DATA = Path(__file__).parent / "data"
MODEL_FILE = DATA / "similarity_model.json"
RARITY_FILE = DATA / "rarity.json"

_NEGATORS = frozenset(
    ["not", "no", "never", "nor", "neither", "without", "n't", "не", "нет", "ни", "никогда", "без"]
)


@dataclass(frozen=True, slots=True)
class Scoring:
    """The parts of a profile only `features()` reads, built on its first need: about a third
    of a big article's sentences are never a candidate, so never scored."""

    norm: str  # normalised words joined by single spaces (for rapidfuzz)
    sorted_norm: str  # the same words sorted (token_sort_ratio without re-tokenising)
    # stem bigrams as tuples (stems hold no spaces: the same sets as joined strings, without
    # building a string per n-gram); 4-grams are the profile's `fourgrams`
    bigrams: frozenset[tuple[str, ...]]
    content_bigrams: frozenset[tuple[str, ...]]  # consecutive content stems (stop words skipped)
    numbers: frozenset[str]
    negated: bool
    rarity: dict[str, float]  # content stem -> rarity weight from the shipped table
    mass: float  # sum of rarity weights over `terms`


@dataclass(frozen=True, slots=True)
class SentenceProfile:
    text: str  # the span's original text
    language: str
    terms: frozenset[str]  # content stems (stop words removed)
    stems: tuple[str, ...]  # every word's stem, in order
    content: tuple[str, ...]  # content stems, in order
    words: tuple[str, ...]  # every word normalised, in order
    _scoring: Scoring | None = field(default=None, init=False, repr=False, compare=False)
    _fourgrams: frozenset[tuple[str, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def scoring(self) -> Scoring:
        found = self._scoring
        if found is None:
            found = _scoring(self)
            object.__setattr__(self, "_scoring", found)  # a cache: the profile stays the same
        return found

    # the scoring parts by name, as before they were built lazily
    @property
    def norm(self) -> str:
        return self.scoring.norm

    @property
    def sorted_norm(self) -> str:
        return self.scoring.sorted_norm

    @property
    def fourgrams(self) -> frozenset[tuple[str, ...]]:
        """Stem 4-grams, built on their first need: only for a pair that shares a bigram (about
        half the scored sentences never are in one)."""
        found = self._fourgrams
        if found is None:
            found = _ngrams(self.stems, 4)
            object.__setattr__(self, "_fourgrams", found)  # a cache, as `scoring`
        return found

    @property
    def ngrams(self) -> tuple[frozenset[tuple[str, ...]], ...]:
        return self.scoring.bigrams, self.fourgrams

    @property
    def content_bigrams(self) -> frozenset[tuple[str, ...]]:
        return self.scoring.content_bigrams

    @property
    def numbers(self) -> frozenset[str]:
        return self.scoring.numbers

    @property
    def negated(self) -> bool:
        return self.scoring.negated

    @property
    def rarity(self) -> dict[str, float]:
        return self.scoring.rarity

    @property
    def mass(self) -> float:
        return self.scoring.mass

    def forget_scoring(self) -> None:
        """Drop the parts built for scoring (rebuilt on their next need): ~350,000 small
        tuples in the profiles of a 5,000-sentence pair, which compare() frees early."""
        object.__setattr__(self, "_scoring", None)
        object.__setattr__(self, "_fourgrams", None)


def profile(text: str, start: int, end: int, language: str) -> SentenceProfile:
    words, stems, stops = lexicon.words(text, language, start, end)
    content = tuple(compress(stems, map(operator.not_, stops)))  # stop words left out
    return SentenceProfile(text[start:end], language, frozenset(content), stems, content, words)


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class LazyProfiles(Sequence[SentenceProfile]):
    """The profiles of a text's sentences, each built on its first need, equal to `profile()`'s
    for the same span. A comparison keeps these for `reclassify`, which reads only the few
    around its matches: kept whole, the profiles and their word tuples were ~50,000 of the
    objects a big comparison leaves, for the cyclic collector to scan once after it."""

    __slots__ = ("_built", "_language", "_spans", "_text")

    def __init__(self, text: str, spans: Sequence[Span], language: str) -> None:
        self._text, self._spans, self._language = text, spans, language
        self._built: dict[int, SentenceProfile] = {}

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, k: int) -> SentenceProfile: ...

    @overload
    def __getitem__(self, k: slice) -> list[SentenceProfile]: ...

    def __getitem__(self, k: int | slice) -> SentenceProfile | list[SentenceProfile]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        k = range(len(self._spans))[k]  # an index out of range raises IndexError here
        found = self._built.get(k)
        if found is None:
            span = self._spans[k]
            found = self._built[k] = profile(self._text, span.start, span.end, self._language)
        return found


def merge(a: SentenceProfile, b: SentenceProfile) -> SentenceProfile:
    """Profile of two consecutive spans read as one claim."""
    return SentenceProfile(
        a.text + " " + b.text,
        a.language,
        a.terms | b.terms,
        a.stems + b.stems,
        a.content + b.content,
        a.words + b.words,
    )


def _scoring(p: SentenceProfile) -> Scoring:
    words, stems, content = p.words, p.stems, p.content
    norm = " ".join(words)
    rarity = _weigher(p.language)(p.terms)
    return Scoring(
        norm=norm,
        sorted_norm=" ".join(sorted(words)),
        bigrams=_ngrams(stems, 2),
        content_bigrams=_ngrams(content, 2),
        numbers=_numbers(words, norm),
        negated=not _NEGATORS.isdisjoint(words) or _contracted_not(words, norm),
        rarity=rarity,
        mass=sum(rarity.values()),
    )


def _numbers(words: tuple[str, ...], norm: str) -> frozenset[str]:
    """The words that open with a digit. Most sentences have none: their joined words (plain
    ASCII, no 0-9) say so at once, without a look at each word."""
    if norm.isascii() and _ASCII_DIGIT.search(norm) is None:
        return frozenset()
    return frozenset(w for w in words if w[:1].isdigit())


def _contracted_not(words: tuple[str, ...], norm: str) -> bool:
    """Whether a word ends in "n't" (the joined words hold "n't" if one does)."""
    return "n't" in norm and any(w.endswith("n't") for w in words)


_ASCII_DIGIT = re.compile("[0-9]")


def _ngrams(stems: tuple[str, ...], n: int) -> frozenset[tuple[str, ...]]:
    if n == 2:
        return frozenset(zip(stems, stems[1:], strict=False))
    return frozenset(zip(*(stems[i:] for i in range(n)), strict=False))


# ---- features ------------------------------------------------------------------------------

# What the model reads. "_min"/"_max" say which sentence normalises: over the longer one
# (a symmetric overlap) or over the shorter one (containment). Candidates the trained model
# weighed at zero (names, plain Jaccard, 4-gram recall, ...) were dropped: see
# bench/train_similarity.py.
FEATURES = (
    "w_cover_min",
    "u_cover_max",
    "w_unmatched_min",
    "ratio",
    "token_sort",
    "bigram_min",
    "fourgram_min",
    "content_bigrams",
    "lcs",
    "lcs_short",
    "lcs_content_short",
    "lcs_char_short",
    "numbers_clash",
    "length_ratio",
    "negation_clash",
    "short",
)


def features(
    a: SentenceProfile,
    b: SentenceProfile,
    weights: dict[str, float] | None = None,
    masses: tuple[float, float] | None = None,
) -> list[float]:
    """The model's inputs for one pair, in the order of `FEATURES`. `masses`: the two
    profiles' `weighted_mass()` under `weights`, when the caller has them already.

    One pass (a big comparison scores ~14,000 pairs): the rarity-weighted overlap (shipped
    table times the comparison's weights), plain stem containment and the smaller side's
    unmatched rarity (shipped table only: keeps its scale); rapidfuzz ratios; shared stem
    bigrams and 4-grams over the longer side and the Dice of the content-stem bigrams;
    longest common subsequences of stems, content stems and characters; numbers that
    differ, length, negation on one side only, how short the shorter is."""
    sa, sb = a.scoring, b.scoring
    terms_a, terms_b = a.terms, b.terms
    shared = terms_a & terms_b
    rarity = sa.rarity
    ws_table = sum(map(rarity.__getitem__, shared))
    if not weights:
        wa, wb, ws = sa.mass, sb.mass, ws_table
    else:
        wa, wb = masses if masses is not None else (_mass(sa, weights), _mass(sb, weights))
        ws = _weighted(rarity, shared, weights)
    na, nb = len(terms_a), len(terms_b)
    x2, y2 = sa.bigrams, sb.bigrams
    size2, shared2 = max(len(x2), len(y2)), len(x2 & y2)
    if shared2:
        x4, y4 = a.fourgrams, b.fourgrams
        size4 = max(len(x4), len(y4))
        fourgram = len(x4 & y4) / size4 if size4 else 0.0
    else:  # a 4-gram both hold holds a bigram both hold: none shared, as 0 / size4 gives
        fourgram = 0.0
    x, y = sa.content_bigrams, sb.content_bigrams
    stems_a, stems_b, norm_a, norm_b = a.stems, b.stems, sa.norm, sb.norm
    la, lb = len(stems_a), len(stems_b)
    lcs = LCSseq.similarity(stems_a, stems_b)
    lcs_content = LCSseq.similarity(a.content, b.content)
    lcs_chars = LCSseq.similarity(norm_a, norm_b)
    numbers_a, numbers_b = sa.numbers, sb.numbers
    words_a, words_b = len(a.words), len(b.words)
    return [
        ws / max(wa, wb) if wa and wb else 0.0,
        len(shared) / min(na, nb) if na and nb else 0.0,
        min(sa.mass, sb.mass) / 10.0 - ws_table / 10.0,
        fuzz.ratio(norm_a, norm_b) / 100.0,
        fuzz.ratio(sa.sorted_norm, sb.sorted_norm) / 100.0,
        shared2 / size2 if size2 else 0.0,
        fourgram,
        2.0 * len(x & y) / (len(x) + len(y)) if x or y else 0.0,
        2.0 * lcs / (la + lb) if la or lb else 0.0,
        lcs / max(1, min(la, lb)),
        lcs_content / max(1, min(len(a.content), len(b.content))),
        lcs_chars / max(1, min(len(norm_a), len(norm_b))),
        float(bool(numbers_a) and bool(numbers_b) and numbers_a != numbers_b),
        min(words_a, words_b) / max(words_a, words_b, 1),
        float(sa.negated != sb.negated),
        1.0 / (1.0 + min(na, nb)),
    ]


def _weighted(rarity: dict[str, float], stems: Iterable[str], weights: dict[str, float]) -> float:
    """Sum over `stems` (in their order) of rarity times the comparison's weight."""
    stems = tuple(stems)
    total: float = sum(
        map(operator.mul, map(rarity.__getitem__, stems), map(weights.get, stems, repeat(1.0)))
    )
    return total


def weighted_mass(p: SentenceProfile, weights: dict[str, float]) -> float:
    """The profile's rarity under the comparison's weights (what `features` divides by)."""
    return _mass(p.scoring, weights)


def _mass(s: Scoring, weights: dict[str, float]) -> float:
    return _weighted(s.rarity, s.rarity, weights)


# ---- the model -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic model over `FEATURES`: coefficients already divided by the feature scale."""

    coef: tuple[float, ...]
    intercept: float

    def score(self, values: list[float]) -> float:
        z = self.intercept + sum(map(operator.mul, self.coef, values))
        if z < -30.0:
            return 0.0
        return 100.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, object]:
        return {"features": list(FEATURES), "coef": list(self.coef), "intercept": self.intercept}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Model:
        names = data["features"]
        if names != list(FEATURES):
            raise ValueError(f"{MODEL_FILE.name}: features {names} do not match {FEATURES}")
        coef = data["coef"]
        assert isinstance(coef, list)
        return cls(tuple(float(c) for c in coef), float(data["intercept"]))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def default_model() -> Model:
    return Model.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _rarity_tables() -> dict[str, dict[str, float]]:
    tables: dict[str, dict[str, float]] = json.loads(RARITY_FILE.read_text(encoding="utf-8"))
    return tables


def rarity_table(language: str) -> dict[str, float]:
    """Stem -> rarity weight (log inverse document frequency); key "" holds the weight of an
    unseen stem."""
    return _rarity_tables().get(language, {})


def _unseen_weight() -> float:
    return rarity_table("en").get("", 1.0)


@lru_cache(maxsize=4)
def _weigher(language: str) -> Callable[[frozenset[str]], dict[str, float]]:
    """Stem -> rarity for a set of stems, in the set's order. A language without a table
    (Russian) weighs every word like a typical English content word, so absolute features
    keep their scale; numbers count as rare."""
    table = rarity_table(language)
    unseen = _unseen_weight()
    if table:
        return lambda stems: dict(zip(stems, map(table.get, stems, repeat(unseen)), strict=True))
    typical = statistics.median(list(rarity_table("en").values()) or [1.0])
    return lambda stems: {t: unseen if t[:1].isdigit() else typical for t in stems}


def pair_score(
    a: SentenceProfile,
    b: SentenceProfile,
    weights: dict[str, float] | None = None,
    model: Model | None = None,
    masses: tuple[float, float] | None = None,
) -> float:
    """0-100: how likely the two spans state the same claim. `weights` maps stems to rarity
    weights for the comparison at hand (missing stems weigh 1.0); they multiply the shipped
    rarity table's weights. `model` defaults to the shipped one (bench/msrp.py passes the model
    of each cross-validation fold). `masses` as in `features`."""
    if a.terms.isdisjoint(b.terms):
        return 0.0  # no content word in common: not the same claim (and outside MSRP's range)
    return (model or default_model()).score(features(a, b, weights, masses))
