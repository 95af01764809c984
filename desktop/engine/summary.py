"""The comparison at a glance: counts per kind, how much of each article the shared claims
cover, one overall similarity figure, and sources and names found on one side only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from desktop.engine import lexicon
from desktop.engine.model import Attribution, ClaimPair, Document, Entity, Summary

KIND_WEIGHT = {"overlap": 1.0, "framing": 0.5}


def summarise(
    left: Document,
    right: Document,
    pairs: Sequence[ClaimPair],
    words: tuple[Sequence[int], Sequence[int]] | None = None,
) -> Summary:
    """`words`: each side's word count per sentence, when the caller has them (compare()
    counts them from the sentences' profiles instead of finding the words again)."""
    words_left, words_right = words or (_words_per_sentence(left), _words_per_sentence(right))
    aligned_left = {i for p in pairs for i in p.left}
    aligned_right = {j for p in pairs for j in p.right}
    only = _only(left.attributions, right.attributions)
    return Summary(
        overlap=sum(1 for p in pairs if p.kind == "overlap"),
        framing=sum(1 for p in pairs if p.kind == "framing"),
        unique_left=len(words_left) - len(aligned_left),
        unique_right=len(words_right) - len(aligned_right),
        similarity=similarity(pairs, words_left, words_right),
        shared_share_left=_share(words_left, aligned_left),
        shared_share_right=_share(words_right, aligned_right),
        sources_shared=only[0],
        sources_only_left=only[1],
        sources_only_right=only[2],
        entities_only_left=_unshared_names(left.entities),
        entities_only_right=_unshared_names(right.entities),
    )


def similarity(
    pairs: Sequence[ClaimPair], words_left: Sequence[int], words_right: Sequence[int]
) -> float:
    """0-100: the share of both articles' words that sit in aligned claims, an overlapping
    claim counting in full and divergent framing by half (two identical articles give 100,
    two with nothing in common 0). Pair scores are not used: they say how sure the match is,
    not how much of the article it covers."""
    total = sum(words_left) + sum(words_right)
    if not total:
        return 0.0
    covered = 0.0
    for p in pairs:
        words = sum(words_left[i] for i in p.left) + sum(words_right[j] for j in p.right)
        covered += words * KIND_WEIGHT[p.kind]
    return min(100.0, 100.0 * covered / total)


def _words_per_sentence(doc: Document) -> list[int]:
    text = doc.text
    return [len(lexicon.WORD.findall(text, s.start, s.end)) for s in doc.sentences]


def _share(words: Sequence[int], aligned: set[int]) -> float:
    total = sum(words)
    return sum(words[k] for k in aligned) / total if total else 0.0


def _only(
    left: Sequence[Attribution], right: Sequence[Attribution]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Source names credited on both sides, only on the left, only on the right."""
    names_left = _names_by_key(left)
    names_right = _names_by_key(right)
    shared = tuple(n for k, n in names_left.items() if k in names_right)
    only_left = tuple(n for k, n in names_left.items() if k not in names_right)
    only_right = tuple(n for k, n in names_right.items() if k not in names_left)
    return shared, only_left, only_right


def _names_by_key(attributions: Iterable[Attribution]) -> dict[str, str]:
    """Key -> the longest readable name given for it, the most credited first (ties in
    order of first mention): a long article credits dozens, and the summary and the PDF
    cover lead with the voices the article leans on."""
    names: dict[str, str] = {}
    credits: Counter[str] = Counter()
    for a in attributions:
        if a.key and a.source:
            credits[a.key] += 1
            if len(a.source) > len(names.get(a.key, "")):
                names[a.key] = a.source
    order = sorted(names, key=lambda k: -credits[k])  # stable: first mention breaks ties
    return {k: names[k] for k in order}


def _unshared_names(found: Iterable[Entity]) -> tuple[str, ...]:
    """Names only this article has, most mentioned first (ties in order of first mention):
    long articles name dozens, and the summary and PDF cover lead with the ones that matter."""
    names: dict[str, str] = {}
    mentions: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in found:
        if e.shared:
            continue
        key = e.key or e.text.casefold()
        names.setdefault(key, e.text)
        mentions[key] += len(e.spans)
        first.setdefault(key, min((start for start, _ in e.spans), default=0))
    return tuple(names[k] for k in sorted(names, key=lambda k: (-mentions[k], first[k])))
