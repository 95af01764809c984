"""`compare()`: two articles in, one immutable `Comparison` out; `reclassify()` applies new
thresholds to a comparison without scoring any sentence pair again."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from desktop.engine import align, attribution, classify, entities, lexicon, similarity
from desktop.engine.model import Article, Attribution, ClaimPair, Comparison, Document, Side
from desktop.engine.options import CompareOptions
from desktop.engine.segment import split_sentences
from desktop.engine.summary import summarise

EvidenceKey = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class Cache:
    """What `reclassify()` reuses: the scored candidate graph, the assignment last made and
    the evidence of every pair analysed so far."""

    alignment: align.Alignment
    language: str
    matches: tuple[align.Match, ...]
    match_threshold: float
    allow_merges: bool
    evidence: dict[EvidenceKey, classify.PairEvidence] = field(default_factory=dict)


def compare(
    left: Article | str, right: Article | str, options: CompareOptions | None = None
) -> Comparison:
    """Compare two articles: sentences, attributions, entities, aligned claim pairs with their
    kind and evidence, unique sentences and a summary."""
    with _collector_paused():
        return _compare(left, right, options or CompareOptions())


def _compare(left: Article | str, right: Article | str, options: CompareOptions) -> Comparison:
    left_doc, left_profiles = _read("left", _article(left), options)
    right_doc, right_profiles = _read("right", _article(right), options)
    left_doc, right_doc = _link(left_doc, right_doc)
    language = left_doc.language
    alignment = align.align(left_profiles, right_profiles, language)
    matches = align.assign(alignment, options.match_threshold, options.allow_merges)
    cache = Cache(alignment, language, matches, options.match_threshold, options.allow_merges)
    return _build(left_doc, right_doc, cache, options)


def reclassify(comparison: Comparison, options: CompareOptions) -> Comparison:
    """The same comparison under new thresholds. A new match threshold re-runs the assignment
    on the cached scores; a new overlap threshold only re-labels pairs. A new language (or a
    comparison without a cache) is compared afresh."""
    cache = comparison.alignment
    if not isinstance(cache, Cache) or (options.language or cache.language) != cache.language:
        return compare(comparison.left.article, comparison.right.article, options)
    if (options.match_threshold, options.allow_merges) != (
        cache.match_threshold,
        cache.allow_merges,
    ):
        matches = align.assign(cache.alignment, options.match_threshold, options.allow_merges)
        cache = replace(
            cache,
            matches=matches,
            match_threshold=options.match_threshold,
            allow_merges=options.allow_merges,
        )
    return _build(comparison.left, comparison.right, cache, options)


# ---- steps ---------------------------------------------------------------------------------


_paused = 0
_paused_lock = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while comparing: a big pair allocates millions of small
    objects, almost none in cycles, and full collections over them cost ~15% of compare().
    Counted, so overlapping compares (the window supersedes a running one) restore the
    collector only when the last one ends, and only if it was on."""
    global _paused, _was_enabled
    with _paused_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


_was_enabled = True


def _article(value: Article | str) -> Article:
    return value if isinstance(value, Article) else Article(text=value)


def _read(
    side: Side, article: Article, options: CompareOptions
) -> tuple[Document, list[similarity.SentenceProfile]]:
    text = article.text
    language = options.language or lexicon.detect_language(text)
    sentences = split_sentences(text, language)
    profiles = [similarity.profile(text, s.start, s.end, language) for s in sentences]
    doc = Document(
        side=side,
        article=article,
        language=language,
        sentences=sentences,
        attributions=attribution.find_attributions(text, sentences, language),
        entities=entities.find_entities(text, sentences, language),
    )
    return doc, profiles


def _link(left: Document, right: Document) -> tuple[Document, Document]:
    attrs = attribution.link_sources(left.attributions, right.attributions)
    ents = entities.link_entities(left.entities, right.entities)
    return (
        replace(left, attributions=attrs[0], entities=ents[0]),
        replace(right, attributions=attrs[1], entities=ents[1]),
    )


def _build(left: Document, right: Document, cache: Cache, options: CompareOptions) -> Comparison:
    credited = (_by_sentence(left), _by_sentence(right))
    pairs = tuple(_pair(left, right, m, cache, options, credited) for m in cache.matches)
    unique_left = _unmatched(len(left.sentences), (p.left for p in pairs))
    unique_right = _unmatched(len(right.sentences), (p.right for p in pairs))
    return Comparison(
        left=left,
        right=right,
        pairs=pairs,
        unique_left=unique_left,
        unique_right=unique_right,
        summary=summarise(left, right, pairs),
        options=options,
        alignment=cache,
    )


def _pair(
    left: Document,
    right: Document,
    match: align.Match,
    cache: Cache,
    options: CompareOptions,
    credited: tuple[dict[int, list[int]], dict[int, list[int]]],
) -> ClaimPair:
    evidence = _evidence(left, right, match, cache, credited)
    kind = classify.kind_of(match.score, evidence, options)
    return ClaimPair(match.left, match.right, kind, match.score, evidence.diff, evidence.cues)


def _evidence(
    left: Document,
    right: Document,
    match: align.Match,
    cache: Cache,
    credited: tuple[dict[int, list[int]], dict[int, list[int]]],
) -> classify.PairEvidence:
    key = (match.left, match.right)
    found = cache.evidence.get(key)
    if found is None:
        found = cache.evidence[key] = classify.analyse_pair(
            _span_text(left, match.left),
            _span_text(right, match.right),
            cache.language,
            _attributions_in(left, match.left, credited[0]),
            _attributions_in(right, match.right, credited[1]),
        )
    return found


def _span_text(doc: Document, ids: tuple[int, ...]) -> str:
    return doc.text[doc.sentences[ids[0]].start : doc.sentences[ids[-1]].end]


def _by_sentence(doc: Document) -> dict[int, list[int]]:
    """Sentence id -> positions of its attributions in `doc.attributions`."""
    index: dict[int, list[int]] = {}
    for k, a in enumerate(doc.attributions):
        index.setdefault(a.sentence, []).append(k)
    return index


def _attributions_in(
    doc: Document, ids: tuple[int, ...], credited: dict[int, list[int]]
) -> tuple[Attribution, ...]:
    """The sentences' attributions in document order (an index lookup, not a scan)."""
    found = sorted(k for i in set(ids) for k in credited.get(i, ()))
    return tuple(doc.attributions[k] for k in found)


def _unmatched(count: int, groups: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
    matched = {k for ids in groups for k in ids}
    return tuple(k for k in range(count) if k not in matched)
