"""Hand-built `Comparison` objects for UI tests (no engine needed).

    from tests.ui.fixtures_comparison import demo_like_comparison, large_comparison
    comparison = demo_like_comparison()

`demo_like_comparison()` is small and written out by hand: two overlaps (one of them
reordered: left 3 <-> right 1), one framing pair that merges two left sentences
(left 1+2 <-> right 3) with a word diff and two framing cues, one unique sentence per side,
one shared source and one source unique to each side.

`demo_comparison()` runs the real engine on the bundled demo pair;
`loose_demo_comparison()` re-classifies it with a very low pairing threshold so it has pairs.

`large_comparison(n)` has `n` sentences per side with every third pair reordered, for
scrolling and performance checks.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from desktop.engine.model import (
    Article,
    Attribution,
    ClaimPair,
    Comparison,
    DiffOp,
    Document,
    Entity,
    FramingCue,
    Sentence,
    Summary,
)
from desktop.engine.options import CompareOptions

LEFT_SENTENCES = (
    "Moscow values open lines with Seoul, the ministry said.",
    "The diplomat described ties as facing difficult times.",
    "Officials noted the two nations cooperated in a constructive manner.",
    "Seoul plans a third package of export restrictions in February.",
    "Zhelokhovtsev said sanctions would be judged by actions.",
)
RIGHT_SENTENCES = (
    "Deputy minister Andrei Rudenko spoke at the Eastern Economic Forum.",
    "Seoul plans a third package of export restrictions in February.",
    "Moscow values open lines with Seoul, the ministry said.",
    "Rudenko emphasized that the dialogue remains constructive.",
)

FRAMING_NOTES = (
    "reporting verb: 'noted' vs 'emphasized'",
    "tone: 'difficult times' vs 'constructive'",
)


def sentences_of(parts: tuple[str, ...]) -> tuple[str, tuple[Sentence, ...]]:
    """Join sentence strings with one space and return the text with its `Sentence`s."""
    sentences, start = [], 0
    for i, part in enumerate(parts):
        sentences.append(Sentence(i, start, start + len(part), paragraph=i // 2))
        start += len(part) + 1
    return " ".join(parts), tuple(sentences)


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    """A word-level diff in the engine's shape: equal+left ops give `left`, equal+right `right`."""
    a, b = re.findall(r"\S+\s*", left), re.findall(r"\S+\s*", right)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(DiffOp("left", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(DiffOp("right", "".join(b[j1:j2])))
    return tuple(ops)


def _span(text: str, needle: str, sentence: Sentence) -> tuple[int, int]:
    at = text.index(needle, sentence.start, sentence.end)
    return (at, at + len(needle))


def _attribution(text: str, s: Sentence, source: str, cue: str, shared: bool) -> Attribution:
    return Attribution(
        sentence=s.id,
        source=source,
        source_span=_span(text, source, s),
        cue=cue,
        cue_span=_span(text, cue, s),
        content_span=None,
        key=source.casefold(),
        shared=shared,
    )


def _entity(text: str, name: str, kind: str, shared: bool) -> Entity:
    spans = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
    return Entity(name, kind, spans, key=name.casefold(), shared=shared)


def _left_document() -> Document:
    text, sents = sentences_of(LEFT_SENTENCES)
    attributions = (
        _attribution(text, sents[0], "the ministry", "said", shared=True),
        _attribution(text, sents[4], "Zhelokhovtsev", "said", shared=False),
    )
    entities = (
        _entity(text, "Seoul", "place", shared=True),
        _entity(text, "Zhelokhovtsev", "person", shared=False),
    )
    article = Article(text, title="Ties face difficult times", outlet="RIA News", path="left.txt")
    return Document("left", article, "en", sents, attributions, entities)


def _right_document() -> Document:
    text, sents = sentences_of(RIGHT_SENTENCES)
    attributions = (
        _attribution(text, sents[2], "the ministry", "said", shared=True),
        _attribution(text, sents[3], "Rudenko", "emphasized", shared=False),
    )
    entities = (
        _entity(text, "Seoul", "place", shared=True),
        _entity(text, "Andrei Rudenko", "person", shared=False),
        _entity(text, "Eastern Economic Forum", "event", shared=False),
    )
    article = Article(text, title="Dialogue remains constructive", outlet="EEF", path="right.txt")
    return Document("right", article, "en", sents, attributions, entities)


def _framing_pair() -> ClaimPair:
    left = " ".join(LEFT_SENTENCES[1:3])
    right = RIGHT_SENTENCES[3]
    cues = (
        FramingCue("reporting_verb", "noted", "emphasized", FRAMING_NOTES[0]),
        FramingCue("tone", "difficult times", "constructive", FRAMING_NOTES[1]),
    )
    return ClaimPair((1, 2), (3,), "framing", 58.0, word_diff(left, right), cues)


def demo_like_comparison() -> Comparison:
    pairs = (
        ClaimPair((0,), (2,), "overlap", 100.0, word_diff(LEFT_SENTENCES[0], RIGHT_SENTENCES[2])),
        _framing_pair(),
        ClaimPair((3,), (1,), "overlap", 96.5, word_diff(LEFT_SENTENCES[3], RIGHT_SENTENCES[1])),
    )
    summary = Summary(
        overlap=2,
        framing=1,
        unique_left=1,
        unique_right=1,
        similarity=62.5,
        shared_share_left=0.7,
        shared_share_right=0.6,
        sources_shared=("the ministry",),
        sources_only_left=("Zhelokhovtsev",),
        sources_only_right=("Rudenko",),
        entities_only_left=("Zhelokhovtsev",),
        entities_only_right=("Andrei Rudenko", "Eastern Economic Forum"),
    )
    return Comparison(
        _left_document(), _right_document(), pairs, (4,), (0,), summary, CompareOptions()
    )


def large_comparison(n: int = 5000) -> Comparison:
    """`n` sentences a side; pair i <-> i except every third block of three is reversed on
    the right; every tenth left sentence is unique, every tenth right one (offset 5) too."""
    right_of = [i + 2 - 2 * (i % 3) if (i // 3) % 3 == 2 and i // 3 * 3 + 2 < n else i
                for i in range(n)]
    left_parts = tuple(f"Claim number {i} was reported on day {i % 31 + 1}." for i in range(n))
    right_parts = ["" for _ in range(n)]
    for i, r in enumerate(right_of):
        right_parts[r] = f"Claim number {i} was stated on day {i % 31 + 1}."
    left_doc = Document("left", Article(" ".join(left_parts), "Left"), "en",
                        sentences_of(left_parts)[1])
    right_doc = Document("right", Article(" ".join(right_parts), "Right"), "en",
                         sentences_of(tuple(right_parts))[1])
    unique_left = tuple(i for i in range(n) if i % 10 == 0)
    unique_right = tuple(right_of[i] for i in range(n) if i % 10 == 5)
    skip = set(unique_left) | {i for i in range(n) if i % 10 == 5}
    pairs = tuple(
        ClaimPair((i,), (right_of[i],), "overlap" if i % 2 else "framing", 80.0 if i % 2 else 60.0)
        for i in range(n) if i not in skip
    )
    summary = Summary(
        overlap=sum(p.kind == "overlap" for p in pairs),
        framing=sum(p.kind == "framing" for p in pairs),
        unique_left=len(unique_left),
        unique_right=len(unique_right),
        similarity=80.0,
        shared_share_left=0.8,
        shared_share_right=0.8,
    )
    return Comparison(left_doc, right_doc, pairs, unique_left, unique_right, summary,
                      CompareOptions())


@lru_cache(maxsize=1)
def demo_comparison() -> Comparison:
    """The real engine on the bundled demo pair (resources/samples)."""
    from desktop import resources
    from desktop.engine import compare

    left, right = resources.demo_pair()
    return compare(
        Article(left.read_text(encoding="utf-8"), path=str(left)),
        Article(right.read_text(encoding="utf-8"), path=str(right)),
    )


@lru_cache(maxsize=1)
def loose_demo_comparison() -> Comparison:
    """The demo pair re-classified with a very low pairing threshold, so it has pairs."""
    from desktop.engine import reclassify

    return reclassify(demo_comparison(), CompareOptions(match_threshold=5.0))
