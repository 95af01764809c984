"""Alignment: order independence, many-to-one merges, global assignment, candidates, cache."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from desktop.engine import align, similarity
from desktop.engine.segment import split_sentences


def profiles(text: str, language: str = "en") -> list[similarity.SentenceProfile]:
    return [similarity.profile(text, s.start, s.end, language) for s in split_sentences(text)]


def pairs(left: str, right: str, threshold: float = 20.0, merges: bool = True) -> list[tuple]:
    alignment = align.align(profiles(left), profiles(right), "en")
    return [(m.left, m.right) for m in align.assign(alignment, threshold, merges)]


PARAGRAPHS = [
    "The central bank raised interest rates by half a point on Thursday.",
    "Floods in the northern province destroyed two bridges and a hospital.",
    "The football club signed a Brazilian striker for forty million euros.",
]
REWORDED = [
    "Interest rates were raised by half a point by the central bank on Thursday.",
    "Two bridges and a hospital were destroyed by floods in the northern province.",
    "A Brazilian striker was signed by the football club for forty million euros.",
]


def test_reordered_paragraphs_still_align() -> None:
    left = "\n\n".join(PARAGRAPHS)
    right = "\n\n".join(reversed(REWORDED))
    assert pairs(left, right) == [((0,), (2,)), ((1,), (1,)), ((2,), (0,))]


def test_unrelated_sentences_stay_apart() -> None:
    left = "The central bank raised interest rates on Thursday."
    right = "A Brazilian striker joined the football club."
    assert pairs(left, right, threshold=1.0) == []


SPLIT_LEFT = (
    "Floods destroyed two bridges in the northern province. "
    "The government promised new bridges and closed every school in the province for a week "
    "while engineers inspect the roads. "
    "The football club signed a Brazilian striker."
)
SPLIT_RIGHT = (
    "The government promised new bridges. "
    "It also closed every school in the province for a week while engineers inspect the roads. "
    "Two bridges in the northern province were destroyed by floods."
)


def test_a_split_sentence_aligns_many_to_one() -> None:
    assert pairs(SPLIT_LEFT, SPLIT_RIGHT) == [((0,), (2,)), ((1,), (0, 1))]


def test_merges_can_be_switched_off() -> None:
    found = pairs(SPLIT_LEFT, SPLIT_RIGHT, merges=False)
    assert ((0,), (2,)) in found
    assert all(len(left) == 1 and len(right) == 1 for left, right in found)


def test_global_assignment_beats_each_sentence_greedy_best() -> None:
    # greedy takes (0, 0) at 90 and leaves sentence 1 alone; the assignment takes 85 + 80
    edges = [(0, 0, 90.0), (0, 1, 85.0), (1, 0, 80.0)]
    assert sorted(align.max_weight_matching(edges)) == [(0, 1, 85.0), (1, 0, 80.0)]


def test_assign_uses_the_global_assignment() -> None:
    left = profiles("One. Two.")
    right = profiles("Three. Four.")
    edges = (align.Edge(0, 0, 90.0), align.Edge(0, 1, 85.0), align.Edge(1, 0, 80.0))
    alignment = align.Alignment(tuple(left), tuple(right), {}, edges)
    found = align.assign(alignment, 50.0, allow_merges=False)
    assert [(m.left, m.right, m.score) for m in found] == [((0,), (1,), 85.0), ((1,), (0,), 80.0)]
    assert [m.right for m in align.assign(alignment, 86.0, allow_merges=False)] == [(0,)]


def brute_force(weights: list[list[float]]) -> float:
    if len(weights) > len(weights[0]):
        weights = [list(col) for col in zip(*weights, strict=True)]
    rows, cols = len(weights), len(weights[0])
    return max(
        sum(weights[r][c] for r, c in enumerate(perm))
        for perm in itertools.permutations(range(cols), rows)
    )


@pytest.mark.parametrize("seed", range(12))
def test_matching_is_optimal_on_small_random_graphs(seed: int) -> None:
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    weights = [[0.0] * cols for _ in range(rows)]
    edges = []
    for r in range(rows):
        for c in range(cols):
            if rng.random() < 0.6:
                weights[r][c] = float(rng.randint(1, 100))
                edges.append((r, c, weights[r][c]))
    found = align.max_weight_matching(edges)
    assert len({e[0] for e in found}) == len(found) == len({e[1] for e in found})
    assert sum(e[2] for e in found) == pytest.approx(brute_force(weights))


def test_hungarian_minimises_cost() -> None:
    cost = [[4.0, 1.0, 3.0], [2.0, 0.0, 5.0], [3.0, 2.0, 2.0]]
    assert align.hungarian(cost) == [1, 0, 2]


def test_big_components_are_split_but_stay_one_to_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "COMPONENT_LIMIT", 3)
    rng = random.Random(7)
    edges = [(r, c, float(rng.randint(1, 100))) for r in range(9) for c in range(9)]
    found = align.max_weight_matching(edges)
    assert len({e[0] for e in found}) == len(found) == len({e[1] for e in found}) == 9
    greedy, used_r, used_c = 0.0, set(), set()
    for r, c, w in sorted(edges, key=lambda e: -e[2]):
        if r not in used_r and c not in used_c:
            greedy += w
            used_r.add(r)
            used_c.add(c)
    assert sum(e[2] for e in found) >= greedy


def test_candidates_come_from_shared_content_stems_only() -> None:
    left = profiles("Floods destroyed the bridge. The striker scored twice.")
    right = profiles("The bridge was destroyed. Rates rose again.")
    weights = align.weigh(left, right, "en")
    assert align.candidates(left, right, weights) == {(0, 0)}


def test_each_sentence_keeps_only_its_top_candidates() -> None:
    text = " ".join(f"Floods destroyed bridge number {n} in town {n * 7}." for n in range(12))
    left, right = profiles(text), profiles(text.replace("destroyed", "wrecked"))
    chosen = align.candidates(left, right, align.weigh(left, right, "en"))
    per_left = [sum(1 for i, _ in chosen if i == k) for k in range(12)]
    assert all((k, k) in chosen for k in range(12))
    assert len(chosen) < 12 * 12
    assert max(per_left) <= 2 * align.TOP_K


def test_weights_damp_boilerplate_and_favour_rare_stems() -> None:
    left = profiles(
        "Officials said the dam broke. Officials said water rose. Officials said rain fell."
    )
    right = profiles("The dam broke, officials said.")
    weights = align.weigh(left, right, "en")
    assert weights["said"] < weights["dam"]
    assert weights["offici"] < weights["dam"]


def test_one_sentence_articles_weigh_every_stem_alike() -> None:
    left = profiles("The dam broke after heavy rain.")
    right = profiles("Heavy rain broke the dam wall.")
    assert len(set(align.weigh(left, right, "en").values())) == 1


def test_edges_are_scored_once_and_merges_are_remembered() -> None:
    alignment = align.align(profiles(SPLIT_LEFT), profiles(SPLIT_RIGHT), "en")
    first = align.assign(alignment, 20.0)
    remembered = dict(alignment.merged)
    assert remembered
    assert align.assign(alignment, 20.0) == first
    assert alignment.merged == remembered


def test_empty_sides_align_to_nothing() -> None:
    alignment = align.align([], profiles("Something happened."), "en")
    assert alignment.edges == ()
    assert align.assign(alignment, 0.0) == ()


# ---- the faster candidate search finds what the plain one found -----------------------------


def _plain_shared_weight(
    p: similarity.SentenceProfile, index: dict[str, list[int]], weights: dict[str, float]
) -> dict[int, float]:
    """The documented rule, written plainly: the PROBES heaviest indexed stems (ties by the
    stem), each adding its weight to every sentence it is found in."""
    probes = sorted((t for t in p.terms if t in index), key=lambda t: (-weights.get(t, 1.0), t))
    shared: dict[int, float] = {}
    for stem in probes[: align.PROBES]:
        for j in index[stem]:
            shared[j] = shared.get(j, 0.0) + weights.get(stem, 1.0)
    return shared


def test_shared_weight_follows_the_plain_rule() -> None:
    rng = random.Random(7)
    words = [f"word{k}" for k in range(40)]
    right_text = " ".join(" ".join(rng.sample(words, 12)).capitalize() + "." for _ in range(120))
    left_text = " ".join(" ".join(rng.sample(words, 15)).capitalize() + "." for _ in range(30))
    left, right = profiles(left_text), profiles(right_text)
    weights = align.weigh(left, right, "en")
    weights = {s: round(w, 1) for s, w in weights.items()}  # ties between stems
    index = align._inverted_index(right)
    rank = align._probe_rank(index, weights)
    assert index and any(len(p.terms & index.keys()) > align.PROBES for p in left)
    for p in left:
        assert align._shared_weight(p, index, weights, rank) == _plain_shared_weight(
            p, index, weights
        )


def test_scores_with_known_masses_equal_scores_without() -> None:
    left = profiles(" ".join(PARAGRAPHS))
    right = profiles(" ".join(REWORDED))
    weights = align.weigh(left, right, "en")
    edges = align.score_edges(left, right, {(i, j) for i in range(3) for j in range(3)}, weights)
    for e in edges:
        assert e.score == similarity.pair_score(left[e.left], right[e.right], weights)
    assert sum(e.score > 0 for e in edges) >= 3


def test_a_share_of_the_scoring_elsewhere_gives_the_same_edges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left = profiles(" ".join(PARAGRAPHS))
    right = profiles(" ".join(REWORDED))
    weights = align.weigh(left, right, "en")
    pairs = {(i, j) for i in range(len(left)) for j in range(len(right))}
    expected = align.score_edges(left, right, pairs, weights)
    monkeypatch.setattr(align, "SHARE_CHUNK", 2)
    offers: list[int] = []

    def share(rest: list[tuple[int, int]], w: dict[str, float]) -> Any:
        offers.append(len(rest))
        if len(offers) < 2:
            return None  # not yet: offered again after the next chunk
        theirs = rest[len(rest) // 2 :]
        fresh = profiles(" ".join(PARAGRAPHS)), profiles(" ".join(REWORDED))
        return len(theirs), lambda: align.scores_of(*fresh, theirs, w)

    assert align.score_edges(left, right, pairs, weights, share) == expected
    assert len(offers) == 2 and offers[1] == len(pairs) - 2

    def unanswered(rest: list[tuple[int, int]], w: dict[str, float]) -> Any:
        return len(rest) - 1, lambda: None  # taken, then no answer: scored here

    assert align.score_edges(left, right, pairs, weights, unanswered) == expected
