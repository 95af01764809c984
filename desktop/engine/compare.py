"""`compare()`: two articles in, one immutable `Comparison` out; `reclassify()` applies new
thresholds to a comparison without scoring any sentence pair again."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import partial
from operator import attrgetter
from typing import TypeVar

from desktop.engine import align, attribution, classify, entities, lexicon, similarity, worker
from desktop.engine.model import (
    Article,
    Attribution,
    ClaimPair,
    Comparison,
    Document,
    Entity,
    Sentence,
    Side,
)
from desktop.engine.options import CompareOptions
from desktop.engine.segment import split_sentences
from desktop.engine.summary import summarise

EvidenceKey = tuple[tuple[int, ...], tuple[int, ...]]
Credits = tuple[tuple[Attribution, ...], tuple[Entity, ...]]
# one side's credits as the worker sends them: each attribution's and entity's fields
Sent = tuple[tuple[tuple[object, ...], ...], tuple[tuple[object, ...], ...]]
# one side's entity mentions as sent to the worker: each sentence's (start, end, kind, key)
Named = tuple[tuple[tuple[int, int, str, str], ...], ...]
# each side's credits being found by the worker (None: that side is read here)
Elsewhere = tuple[Future[Sent], Future[Sent] | None]
T = TypeVar("T")

# an article of at least this many sentences: its attributions and entities are found in a
# forked child process on the second core while this one aligns (Linux only, see _child)
PARALLEL_MIN_SENTENCES = 2_000
# an idle worker scores this share of the candidate pairs still to score (it builds their
# sentences' profiles first: a pair costs it a little more than here); not fewer than this
WORKER_SCORE_SHARE = 0.3
MIN_SHARED_PAIRS = 512
# a worker done with the credits computes this share of the matches' diffs still to do (this
# process collects the credits and drops the profiles' scoring parts meanwhile, then computes
# the rest and builds the result: the larger share goes to the worker); asked every DIFF_CHUNK
WORKER_DIFF_SHARE = 0.75
DIFF_CHUNK = 64


@dataclass(frozen=True, slots=True)
class Cache:
    """What `reclassify()` reuses: the scored candidate graph, the assignment last made and
    the evidence of every pair analysed so far."""

    alignment: align.Alignment
    language: str
    matches: tuple[align.Match, ...]
    match_threshold: float
    allow_merges: bool
    words: tuple[tuple[int, ...], tuple[int, ...]]  # each side's word count per sentence
    evidence: dict[EvidenceKey, classify.PairEvidence] = field(default_factory=dict)
    # evidence from the words alone (no source cue yet), found while the child was busy
    wording: dict[EvidenceKey, classify.PairEvidence] = field(default_factory=dict)


def compare(
    left: Article | str, right: Article | str, options: CompareOptions | None = None
) -> Comparison:
    """Compare two articles: sentences, attributions, entities, aligned claim pairs with their
    kind and evidence, unique sentences and a summary."""
    with _collector_paused():
        return _compare(left, right, options or CompareOptions())


def _compare(left: Article | str, right: Article | str, options: CompareOptions) -> Comparison:
    first = _sentences("left", _article(left), options)
    then = partial(_sentences, "right", _article(right), options)
    with _child(first, then) as (docs, credited_elsewhere):
        started = time.monotonic()
        language = docs[0].language
        share = None if credited_elsewhere is None else _share(credited_elsewhere, docs, started)
        alignment = align.align(_profiles(docs[0]), _profiles(docs[1]), language, share)
        matches = align.assign(alignment, options.match_threshold, options.allow_merges)
        cache = Cache(
            alignment,
            language,
            matches,
            options.match_threshold,
            options.allow_merges,
            _words(alignment),
        )

        credited = partial(_credited, credited_elsewhere, docs, started)
        if credited_elsewhere is None:
            left_doc, right_doc = credited()
            _forget_scoring(alignment)
        else:
            free = partial(_free, credited_elsewhere)
            # while the worker computes its share of the diffs
            meanwhile = partial(_then, credited, partial(_forget_scoring, alignment))
            left_doc, right_doc = _word_evidence(docs, cache, free, started, meanwhile)
    return _build(left_doc, right_doc, _kept(cache, docs), options)


def _kept(cache: Cache, docs: tuple[Document, Document]) -> Cache:
    """What a comparison keeps for `reclassify`: the profiles are built again where it needs
    them (around its matches)."""
    kept = [similarity.LazyProfiles(d.text, d.sentences, d.language) for d in docs]
    alignment = replace(cache.alignment, left=kept[0], right=kept[1])
    return replace(cache, alignment=alignment)


def _forget_scoring(alignment: align.Alignment) -> None:
    """The profiles without their scoring parts, once all pairs are scored (merges too):
    most of the objects the profiles hold, freed here while the worker computes its share
    of the diffs rather than with the profiles after (see `_kept`)."""
    for profile in (*alignment.left, *alignment.right):
        profile.forget_scoring()


def _then(first: Callable[[], T], second: Callable[[], object]) -> T:
    """`first()`, then `second()`; `first`'s result."""
    found = first()
    second()
    return found


def _credited(
    futures: Elsewhere | None, docs: tuple[Document, Document], started: float
) -> tuple[Document, Document]:
    """Both documents with their attributions and entities, linked across."""
    credits = _collect(futures, docs, time.monotonic() - started)
    left, right = (
        replace(d, attributions=c[0], entities=c[1]) for d, c in zip(docs, credits, strict=True)
    )
    return _link(left, right)


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
_was_enabled = True


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while comparing: a big pair allocates millions of small
    objects, none in cycles, and the collector scanned them again and again (~10% of
    compare(), each collection finding nothing). Afterwards only the objects the comparison
    keeps are left to scan once. Counted, so overlapping compares (the window supersedes a
    running one) switch it back on only when the last one ends."""
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


def _article(value: Article | str) -> Article:
    return value if isinstance(value, Article) else Article(text=value)


def _read(
    side: Side, article: Article, options: CompareOptions
) -> tuple[Document, list[similarity.SentenceProfile]]:
    """One side read in full, here (what compare() does for small articles)."""
    doc = _sentences(side, article, options)
    profiles = _profiles(doc)
    attributions, found = _credits(doc)
    return replace(doc, attributions=attributions, entities=found), profiles


def _sentences(side: Side, article: Article, options: CompareOptions) -> Document:
    """The document with its language and sentences, before attributions and entities."""
    language = options.language or lexicon.detect_language(article.text)
    sentences = split_sentences(article.text, language)
    return Document(side=side, article=article, language=language, sentences=sentences)


def _profiles(doc: Document) -> list[similarity.SentenceProfile]:
    text, language = doc.text, doc.language
    return [similarity.profile(text, s.start, s.end, language) for s in doc.sentences]


def _credits(doc: Document) -> Credits:
    """Who each sentence credits, and the names the article mentions."""
    text, sentences, language = lexicon.same_text(doc.text), doc.sentences, doc.language
    return (
        attribution.find_attributions(text, sentences, language),
        entities.find_entities(text, sentences, language),
    )


# ---- the second core -----------------------------------------------------------------------

# one side as the worker needs it: text, language, (id, start, end, paragraph) per sentence
Reading = tuple[str, str, tuple[tuple[int, int, int, int], ...]]


@contextmanager
def _child(
    left: Document, read_right: Callable[[], Document]
) -> Iterator[tuple[tuple[Document, Document], Elsewhere | None]]:
    """Big articles: the attributions and entities found by the worker process while this one
    profiles and aligns (they do not depend on each other). Yields both documents (the right
    one is read by `read_right()` once the worker has the left) and the worker's futures, one
    per side (the left side's credits are sent back, and read here, while the worker finds the
    right side's), or None when the left article is small or there is no worker. A big left
    side goes to the worker even when the right one is small; the right side goes too when it
    is big as well, with its entity mentions found here first: the worker reads two sides,
    this process aligns them, and the mentions (~170 ms of a 5,000-sentence side) make the
    two take about as long.

    The worker is forked once, at the first big comparison, and kept: a child forked per
    comparison cost ~1 s of CPU more than it saved (both processes copying the pages they
    touch of a big shared heap). Fork only, and on Linux only: macOS and Windows read
    serially (forking Cocoa/Qt is unsafe; a spawned worker would start cold)."""
    futures = None
    sent = worker.submit(_credits_in_worker, _reading(left)) if _worth_a_child(left) else None
    try:
        docs = left, read_right()
        if sent is not None:
            right = None
            if _worth_a_child(docs[1]):
                named = _reading(docs[1]), _named(docs[1])
                right = worker.submit(_credits_in_worker, *named, fork=False)
            futures = sent, right
        yield docs, futures
    finally:
        if sent is not None:
            for future in futures or (sent,):
                if future is not None:
                    future.cancel()  # only if not started yet: a running task ends unread
            worker.tidy()  # the worker's collection, while it waits for the next comparison


def _collect(
    futures: Elsewhere | None, docs: tuple[Document, Document], took_here: float = 0.0
) -> tuple[Credits, Credits]:
    """The worker's results, or the same computed here for a side the worker did not take or
    failed on (a worker that died is dropped; the next big comparison forks a new one). A
    worker that does not answer in time (hung, say on a lock another thread held when it was
    forked) is killed and dropped the same way."""
    left, right = futures or (None, None)
    return _collected(left, docs[0], took_here), _collected(right, docs[1], took_here)


def _collected(future: Future[Sent] | None, doc: Document, took_here: float) -> Credits:
    found = worker.answer(future, took_here)
    return _received(found) if found is not None else _credits(doc)


def _reading(doc: Document) -> Reading:
    spans = tuple((s.id, s.start, s.end, s.paragraph) for s in doc.sentences)
    return doc.text, doc.language, spans


def _credits_in_worker(reading: Reading, named: Named | None = None) -> Sent:
    """Run in the worker: the same `_credits` as here, on the same sentences (with their
    entity mentions, when `named` brings them)."""
    text, language, spans = reading
    text = lexicon.same_text(text)  # unpickled anew for every comparison
    sentences = tuple(Sentence(*span) for span in spans)
    mentions = None
    if named is not None:
        mentions = [[entities.Mention(*m) for m in ms] for ms in named]
    found = attribution.find_attributions(text, sentences, language, mentions)
    found_entities = entities.find_entities(text, sentences, language, mentions)
    return tuple(map(_ATTRIBUTION_FIELDS, found)), tuple(map(_ENTITY_FIELDS, found_entities))


def _named(doc: Document) -> Named:
    """Each sentence's entity mentions, as `_credits_in_worker` takes them."""
    # the one string object for this text (as in `_credits`): the same article opened again
    # comes as a new string, and the mentions cache would compare it in full on every lookup
    text, language = lexicon.same_text(doc.text), doc.language
    return tuple(
        tuple(map(_MENTION_FIELDS, entities.mentions_in(text, s, language))) for s in doc.sentences
    )


# Credits and mentions travel as plain tuples: frozen slotted dataclasses pickle through
# Python-level state methods, twice the time (~20 ms a side of a 5,000-sentence article)
_ATTRIBUTION_FIELDS = attrgetter(*(f.name for f in fields(Attribution)))
_ENTITY_FIELDS = attrgetter(*(f.name for f in fields(Entity)))
_MENTION_FIELDS = attrgetter(*(f.name for f in fields(entities.Mention)))


def _received(sent: Sent) -> Credits:
    found, named = sent
    return tuple(Attribution(*f) for f in found), tuple(Entity(*f) for f in named)  # type: ignore[arg-type]


def _worth_a_child(doc: Document) -> bool:
    return (
        len(doc.sentences) >= PARALLEL_MIN_SENTENCES
        and sys.platform.startswith("linux")
        and worker.cores() > 1
    )


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
        summary=summarise(left, right, pairs, cache.words),
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
    worded = cache.wording.pop(key, None)
    if found is None and worded is not None:
        found = cache.evidence[key] = classify.with_sources(
            worded,
            _attributions_in(left, match.left, credited[0]),
            _attributions_in(right, match.right, credited[1]),
        )
    elif found is None:
        found = cache.evidence[key] = classify.analyse_pair(
            _span_text(left, match.left),
            _span_text(right, match.right),
            cache.language,
            _attributions_in(left, match.left, credited[0]),
            _attributions_in(right, match.right, credited[1]),
        )
    return found


def _word_evidence(
    docs: tuple[Document, Document],
    cache: Cache,
    worker_free: Callable[[], bool],
    started: float,
    meanwhile: Callable[[], T],
) -> T:
    """Every match's diff and word cues, before the attributions are known, and `meanwhile()`
    (collecting the worker's credits). Computed here a chunk at a time; once the worker is
    done with the credits (asked between chunks), it takes a share of the matches still to
    do, and this process runs `meanwhile()` (the credits are there), then the rest of its
    own. A worker still busy at the end: `meanwhile()` waits for it."""
    texts = [(_span_text(docs[0], m.left), _span_text(docs[1], m.right)) for m in cache.matches]
    keys = [(m.left, m.right) for m in cache.matches]
    done, end = 0, len(texts)
    elsewhere: Future[list[classify.PairEvidence]] | None = None
    collected: list[T] = []
    while done < end:
        if elsewhere is None and worker_free():
            cut = end - int((end - done) * WORKER_DIFF_SHARE)
            if cut < end:
                elsewhere = worker.submit(
                    _wording_in_worker, texts[cut:], cache.language, fork=False
                )
            if elsewhere is not None:
                end = cut
                collected.append(meanwhile())
        stop = min(done + DIFF_CHUNK, end)
        cache.wording.update(
            zip(keys[done:stop], _wording(texts[done:stop], cache.language), strict=True)
        )
        done = stop
    found = collected[0] if collected else meanwhile()
    if elsewhere is not None:
        theirs = worker.answer(elsewhere, time.monotonic() - started)
        if theirs is None:  # no answer from the worker: here after all
            theirs = _wording(texts[end:], cache.language)
        cache.wording.update(zip(keys[end:], theirs, strict=True))
    return found


# some sentences of one side as the worker needs them: text, language, id -> (start, end)
Spans = tuple[str, str, dict[int, tuple[int, int]]]


def _share(credits: Elsewhere, docs: tuple[Document, Document], started: float) -> align.Share:
    """What `align.score_edges` offers the pairs still to score: once the worker is done with
    the credits (warm caches: well before this process is done scoring), it takes a share
    of them. Offered once a chunk; taken at most once, and never from a failed worker."""
    tried = False

    def share(
        rest: list[tuple[int, int]], weights: dict[str, float]
    ) -> tuple[int, Callable[[], list[float] | None]] | None:
        nonlocal tried
        count = int(len(rest) * WORKER_SCORE_SHARE)
        if tried or count < MIN_SHARED_PAIRS or not _idle(credits) or _failed(credits):
            return None
        tried = True
        theirs = rest[len(rest) - count :]
        left = _spans(docs[0], {i for i, _ in theirs})
        right = _spans(docs[1], {j for _, j in theirs})
        future = worker.submit(_scores_in_worker, left, right, weights, theirs, fork=False)
        if future is None:
            return None
        return count, lambda: worker.answer(future, time.monotonic() - started)

    return share


def _spans(doc: Document, ids: set[int]) -> Spans:
    return doc.text, doc.language, {k: (doc.sentences[k].start, doc.sentences[k].end) for k in ids}


def _scores_in_worker(
    left: Spans, right: Spans, weights: dict[str, float], pairs: list[tuple[int, int]]
) -> list[float]:
    """Run in the worker: the pairs' scores as `align.score_edges` finds them here (the same
    profiles of the same sentences, the same weights)."""
    return align.scores_of(_profiles_of(left), _profiles_of(right), pairs, weights)


def _profiles_of(spans: Spans) -> dict[int, similarity.SentenceProfile]:
    text, language, found = spans
    text = lexicon.same_text(text)  # unpickled anew for every comparison
    return {k: similarity.profile(text, a, b, language) for k, (a, b) in found.items()}


def _free(futures: Elsewhere) -> bool:
    """Whether the worker is done with the credits, and well (free for other work)."""
    return _idle(futures) and not _failed(futures)


def _idle(futures: Elsewhere) -> bool:
    """Whether the worker is done with the credits (and free for a share of the diffs)."""
    return all(f.done() for f in futures if f is not None)


def _failed(futures: Elsewhere) -> bool:
    """Whether the worker failed on the credits (it is done with them: see `_idle`)."""
    return any(f.exception() is not None for f in futures if f is not None)


def _wording(texts: list[tuple[str, str]], language: str) -> list[classify.PairEvidence]:
    return [classify.analyse_wording(left, right, language) for left, right in texts]


def _wording_in_worker(texts: list[tuple[str, str]], language: str) -> list[classify.PairEvidence]:
    """Run in the worker: the same `_wording` as here."""
    return _wording(texts, language)


def _words(alignment: align.Alignment) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each side's word count per sentence, from the sentences' profiles."""
    left, right = alignment.left, alignment.right
    return tuple(len(p.words) for p in left), tuple(len(p.words) for p in right)


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
