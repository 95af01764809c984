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
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
class SentenceProfile:
    text: str  # the span's original text
    language: str
    tokens: tuple[lexicon.Token, ...]  # offsets relative to the article
    terms: frozenset[str]  # content stems (stop words removed)
    stems: tuple[str, ...]  # every word's stem, in order
    content: tuple[str, ...]  # content stems, in order
    norm: str  # normalised words joined by single spaces (for rapidfuzz)
    sorted_norm: str  # the same words sorted (token_sort_ratio without re-tokenising)
    # stem 2- and 4-grams as tuples (stems hold no spaces: the same sets as joined strings,
    # without building a string per n-gram)
    ngrams: tuple[frozenset[tuple[str, ...]], ...]
    content_bigrams: frozenset[tuple[str, ...]]  # consecutive content stems (stop words skipped)
    numbers: frozenset[str]
    negated: bool
    rarity: dict[str, float]  # content stem -> rarity weight from the shipped table
    mass: float  # sum of rarity weights over `terms`


def profile(text: str, start: int, end: int, language: str) -> SentenceProfile:
    toks = tuple(lexicon.tokens(text, language, start, end))
    return _build(text[start:end], language, toks)


def merge(a: SentenceProfile, b: SentenceProfile) -> SentenceProfile:
    """Profile of two consecutive spans read as one claim."""
    return _build(a.text + " " + b.text, a.language, a.tokens + b.tokens)


def _build(text: str, language: str, toks: tuple[lexicon.Token, ...]) -> SentenceProfile:
    # the token fields side by side: (starts, ends, texts, norms, stems, stops)
    columns = tuple(zip(*toks, strict=True)) if toks else ((),) * 6
    words, stems, stops = columns[3], columns[4], columns[5]
    content = tuple(s for s, stop in zip(stems, stops, strict=True) if not stop)
    terms = frozenset(content)
    weigh = _weigher(language)
    rarity = {t: weigh(t) for t in terms}
    return SentenceProfile(
        text=text,
        language=language,
        tokens=toks,
        terms=terms,
        stems=stems,
        content=content,
        norm=" ".join(words),
        sorted_norm=" ".join(sorted(words)),
        ngrams=(_ngrams(stems, 2), _ngrams(stems, 4)),
        content_bigrams=_ngrams(content, 2),
        numbers=frozenset(w for w in words if w[:1].isdigit()),
        negated=not _NEGATORS.isdisjoint(words) or any(w.endswith("n't") for w in words),
        rarity=rarity,
        mass=sum(rarity.values()),
    )


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
    profiles' `weighted_mass()` under `weights`, when the caller has them already."""
    return [
        *_overlap(a, b, weights, masses),
        fuzz.ratio(a.norm, b.norm) / 100.0,
        fuzz.ratio(a.sorted_norm, b.sorted_norm) / 100.0,
        *_ngram_overlap(a, b),
        *_sequence(a, b),
        *_details(a, b),
    ]


def _overlap(
    a: SentenceProfile,
    b: SentenceProfile,
    weights: dict[str, float] | None,
    masses: tuple[float, float] | None = None,
) -> list[float]:
    """Rarity-weighted overlap (shipped table times the comparison's weights), plain stem
    containment, and the smaller side's unmatched rarity (shipped table only: keeps its scale)."""
    shared = a.terms & b.terms
    ws_table = sum(a.rarity[t] for t in shared)
    if not weights:
        wa, wb, ws = a.mass, b.mass, ws_table
    elif masses is None:
        wa, wb, ws = _masses(a, b, shared, weights)
    else:
        ra = a.rarity
        wa, wb = masses
        ws = sum(ra[t] * weights.get(t, 1.0) for t in shared)
    na, nb = len(a.terms), len(b.terms)
    return [
        ws / max(wa, wb) if wa and wb else 0.0,
        len(shared) / min(na, nb) if na and nb else 0.0,
        min(a.mass, b.mass) / 10.0 - ws_table / 10.0,
    ]


def _masses(
    a: SentenceProfile, b: SentenceProfile, shared: frozenset[str], weights: dict[str, float]
) -> tuple[float, float, float]:
    ra = a.rarity
    wa, wb = weighted_mass(a, weights), weighted_mass(b, weights)
    return wa, wb, sum(ra[t] * weights.get(t, 1.0) for t in shared)


def weighted_mass(p: SentenceProfile, weights: dict[str, float]) -> float:
    """The profile's rarity under the comparison's weights (what `features` divides by)."""
    rarity = p.rarity
    return sum(rarity[t] * weights.get(t, 1.0) for t in rarity)


def _ngram_overlap(a: SentenceProfile, b: SentenceProfile) -> list[float]:
    """Shared stem bigrams and 4-grams over the longer side; Dice of the content-stem bigrams."""
    out = []
    for x, y in zip(a.ngrams, b.ngrams, strict=True):
        size = max(len(x), len(y))
        out.append(len(x & y) / size if size else 0.0)
    x, y = a.content_bigrams, b.content_bigrams
    out.append(2.0 * len(x & y) / (len(x) + len(y)) if x or y else 0.0)
    return out


def _sequence(a: SentenceProfile, b: SentenceProfile) -> list[float]:
    """Longest common subsequence of stems, content stems and characters."""
    lcs = LCSseq.similarity(a.stems, b.stems)
    lcs_content = LCSseq.similarity(a.content, b.content)
    lcs_chars = LCSseq.similarity(a.norm, b.norm)
    return [
        2.0 * lcs / (len(a.stems) + len(b.stems)) if a.stems or b.stems else 0.0,
        lcs / max(1, min(len(a.stems), len(b.stems))),
        lcs_content / max(1, min(len(a.content), len(b.content))),
        lcs_chars / max(1, min(len(a.norm), len(b.norm))),
    ]


def _details(a: SentenceProfile, b: SentenceProfile) -> list[float]:
    """Numbers that differ, length, negation on one side only, how short the shorter is."""
    na, nb = a.numbers, b.numbers
    return [
        float(bool(na) and bool(nb) and na != nb),
        min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens), 1),
        float(a.negated != b.negated),
        1.0 / (1.0 + min(len(a.terms), len(b.terms))),
    ]


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
def _weigher(language: str) -> Callable[[str], float]:
    """Rarity of a stem. A language without a table (Russian) weighs every word like a typical
    English content word, so absolute features keep their scale; numbers count as rare."""
    table = rarity_table(language)
    unseen = _unseen_weight()
    if table:
        return lambda stem: table.get(stem, unseen)
    typical = statistics.median(list(rarity_table("en").values()) or [1.0])
    return lambda stem: unseen if stem[:1].isdigit() else typical


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
