"""Same-claim scoring of two sentences (or merged runs of sentences).

`profile()` turns a span of text into the features scoring needs; `pair_score()` gives a
0-100 figure for "these carry the same claim". FIRST VERSION: weighted stem overlap; to be
replaced by the trained model (bench/msrp.py, tools in bench/train_similarity.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine import lexicon


@dataclass(frozen=True, slots=True)
class SentenceProfile:
    text: str  # the span's original text
    language: str
    tokens: tuple[lexicon.Token, ...]  # offsets relative to the article
    terms: frozenset[str]  # content stems (stop words removed)


def profile(text: str, start: int, end: int, language: str) -> SentenceProfile:
    toks = tuple(lexicon.tokens(text, language, start, end))
    terms = frozenset(t.stem for t in toks if not t.stop)
    return SentenceProfile(text[start:end], language, toks, terms)


def merge(a: SentenceProfile, b: SentenceProfile) -> SentenceProfile:
    """Profile of two consecutive spans read as one claim."""
    return SentenceProfile(a.text + " " + b.text, a.language, a.tokens + b.tokens, a.terms | b.terms)


def pair_score(a: SentenceProfile, b: SentenceProfile, weights: dict[str, float] | None = None) -> float:
    """0-100: how likely the two spans state the same claim. `weights` maps stems to
    rarity weights for the comparison at hand (missing stems weigh 1.0)."""
    if not a.terms or not b.terms:
        return 0.0
    w = weights or {}
    shared = sum(w.get(t, 1.0) for t in a.terms & b.terms)
    total = sum(w.get(t, 1.0) for t in a.terms | b.terms)
    return 100.0 * shared / total if total else 0.0
