"""Which sentences of the two articles carry the same claim, independent of their order.

1. `weigh()`: per-comparison weights of content stems: rare within each article weighs more,
   newsroom boilerplate ("said", "according") weighs little.
2. `candidates()`: an inverted index over content stems gives, for every sentence, the few
   sentences on the other side that share the most weight (top-k both ways) before any
   pairwise scoring. Stems found in very many sentences are not looked up (they say little
   and would make the work quadratic).
3. `score_edges()`: `similarity.pair_score` on the candidates only. The scored edges are the
   cache that `assign()` reuses for any match threshold.
4. `assign()`: one-to-one by maximum-weight bipartite matching (Hungarian method per
   connected component, `max_weight_matching()`) over the
   edges at or above the threshold, then many-to-one: an unmatched neighbour of a matched
   sentence joins the pair when the merged span scores higher against the counterpart.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from desktop.engine import lexicon, similarity
from desktop.engine.similarity import SentenceProfile

TOP_K = 3  # candidates kept per sentence, each way
MAX_DEGREE = 2 * TOP_K  # most candidates any one sentence takes part in
MIN_OVERLAP = 0.12  # lowest share of weight two sentences must share to be scored
PROBES = 8  # a sentence looks up its rarest stems only
MAX_POSTINGS = 60  # stems in more sentences than this are not looked up
BOILERPLATE_WEIGHT = 0.25
MERGE_GAIN = 1.0  # a merged span must beat the single sentence by this many points
MAX_GROUP = 3  # at most this many consecutive sentences on one side of a pair


@dataclass(frozen=True, slots=True)
class Edge:
    left: int
    right: int
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """The scored candidate graph of one comparison (the cache behind `reclassify`)."""

    # a sequence of the profiles while comparing; kept as `similarity.LazyProfiles`
    left: Sequence[SentenceProfile]
    right: Sequence[SentenceProfile]
    weights: dict[str, float]
    edges: tuple[Edge, ...]  # every scored candidate pair, best first
    # scores of merged spans, filled on first need and never recomputed
    merged: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = field(default_factory=dict)


def align(
    left: Sequence[SentenceProfile],
    right: Sequence[SentenceProfile],
    language: str,
    share: Share | None = None,
) -> Alignment:
    """The scored candidate graph. `share`: see `score_edges`."""
    weights = weigh(left, right, language)
    pairs = candidates(left, right, weights)
    edges = score_edges(left, right, pairs, weights, share)
    return Alignment(tuple(left), tuple(right), weights, edges)


# ---- 1. weights ----------------------------------------------------------------------------


def weigh(
    left: Sequence[SentenceProfile], right: Sequence[SentenceProfile], language: str
) -> dict[str, float]:
    """Stem -> weight around 1.0: log inverse sentence frequency, taken in the article where
    the stem is rarer relative to its length (so a stem both articles share once is not
    penalised for being shared); boilerplate is damped."""
    df_left = _document_frequency(left)
    df_right = _document_frequency(right)
    n_left, n_right = max(1, len(left)), max(1, len(right))
    raw: dict[str, float] = {}
    for stem in df_left.keys() | df_right.keys():
        share = max(df_left.get(stem, 0) / n_left, df_right.get(stem, 0) / n_right)
        raw[stem] = math.log(1.0 + 1.0 / share)
    if not raw:
        return raw
    mean = sum(raw.values()) / len(raw)
    boiler = lexicon.BOILERPLATE.get(language, lexicon.BOILERPLATE["en"])
    boiler_stems = {lexicon.stem(w, language) for w in boiler}
    return {
        s: w / mean * (BOILERPLATE_WEIGHT if s in boiler_stems else 1.0) for s, w in raw.items()
    }


def _document_frequency(profiles: Sequence[SentenceProfile]) -> Counter[str]:
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms)
    return df


# ---- 2. candidates -------------------------------------------------------------------------


def candidates(
    left: Sequence[SentenceProfile], right: Sequence[SentenceProfile], weights: dict[str, float]
) -> set[tuple[int, int]]:
    """(left id, right id) pairs worth scoring: each sentence's TOP_K by shared weight (both
    ways), at most MAX_DEGREE per sentence, so the work grows linearly with the articles.
    Equal weights go to the sentence nearer in relative position (reading order), then the
    lower id, so the result never depends on hash or set order."""
    index = _inverted_index(right)
    rank = _probe_rank(index, weights)
    scale_right = [1.0 / math.sqrt(_mass(p, weights)) for p in right]
    place_left = 1.0 / max(len(left), 1)
    place_right = 1.0 / max(len(right), 1)
    found: dict[tuple[int, int], tuple[float, float]] = {}
    by_right: list[list[tuple[float, float, int]]] = [[] for _ in right]
    for i, p in enumerate(left):
        scale = 1.0 / math.sqrt(_mass(p, weights))
        here = i * place_left
        ranked = [
            (c, -abs(here - j * place_right), -j)
            for j, w in _shared_weight(p, index, weights, rank).items()
            if (c := w * scale * scale_right[j]) >= MIN_OVERLAP
        ]
        for c, near, j in _best(ranked):
            found[(i, -j)] = (c, near)
        for c, near, j in ranked:
            by_right[-j].append((c, near, -i))
    for j, row in enumerate(by_right):
        for c, near, i in _best(row):
            found[(-i, j)] = (c, near)
    return _cap_degree(found, len(left), len(right))


def _best(ranked: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The TOP_K largest, largest first (`heapq.nlargest`, as its documentation says it
    equals: a sort of a few dozen tuples in C costs less than its Python loop)."""
    return sorted(ranked, reverse=True)[:TOP_K] if len(ranked) > TOP_K else ranked


def _cap_degree(
    found: dict[tuple[int, int], tuple[float, float]], n_left: int, n_right: int
) -> set[tuple[int, int]]:
    """Keep the strongest candidates while neither sentence has MAX_DEGREE of them yet (a
    short, generic sentence would otherwise be every other sentence's candidate)."""
    degree_left, degree_right = [0] * n_left, [0] * n_right
    chosen = set()
    # strongest first, then nearer, then by (i, j): tuples compared in C, no key function
    ordered = sorted((-c, -near, i, j) for (i, j), (c, near) in found.items())
    for _, _, i, j in ordered:
        if degree_left[i] < MAX_DEGREE and degree_right[j] < MAX_DEGREE:
            chosen.add((i, j))
            degree_left[i] += 1
            degree_right[j] += 1
    return chosen


def _inverted_index(profiles: Sequence[SentenceProfile]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(profiles):
        for stem in p.terms:
            index[stem].append(j)
    return {s: ids for s, ids in index.items() if len(ids) <= MAX_POSTINGS}


def _probe_rank(index: dict[str, list[int]], weights: dict[str, float]) -> dict[str, int]:
    """Indexed stem -> its place in the probing order: heaviest first, ties by the stem."""
    ordered = sorted(index, key=lambda t: (-weights.get(t, 1.0), t))
    return {t: k for k, t in enumerate(ordered)}


def _shared_weight(
    p: SentenceProfile,
    index: dict[str, list[int]],
    weights: dict[str, float],
    rank: dict[str, int],
) -> dict[int, float]:
    """Shared weight with every sentence reached through this sentence's PROBES rarest
    stems (the common ones have no short posting list, or were left out)."""
    shared: dict[int, float] = {}
    get = shared.get
    for stem in sorted(filter(rank.__contains__, p.terms), key=rank.__getitem__)[:PROBES]:
        w = weights.get(stem, 1.0)
        for j in index[stem]:
            shared[j] = get(j, 0.0) + w
    return shared


def _mass(p: SentenceProfile, weights: dict[str, float]) -> float:
    # fsum: order-free; map() calls weights.get(stem, 1.0) without a generator frame per stem
    return math.fsum(map(weights.get, p.terms, repeat(1.0))) or 1.0


# ---- 3. scores -----------------------------------------------------------------------------


# offered the pairs still to score (in order) and the weights; may take a tail of them to
# score elsewhere: returns how many it took and how to get their scores (None: not to be had)
Share = Callable[
    [list[tuple[int, int]], dict[str, float]],
    tuple[int, Callable[[], list[float] | None]] | None,
]
SHARE_CHUNK = 1_024  # pairs scored between two offers


def score_edges(
    left: Sequence[SentenceProfile],
    right: Sequence[SentenceProfile],
    pairs: set[tuple[int, int]],
    weights: dict[str, float],
    share: Share | None = None,
) -> tuple[Edge, ...]:
    """Every pair's score, best first. With `share`, the pairs not yet scored are offered to
    it between chunks until it takes some (the worker process, once idle, see compare.py);
    the edges are the same wherever a pair was scored."""
    todo = sorted(pairs)
    scores: dict[tuple[int, int], float] = {}
    elsewhere: tuple[list[tuple[int, int]], Callable[[], list[float] | None]] | None = None
    masses: tuple[dict[int, float], dict[int, float]] = ({}, {})
    done = 0
    while done < len(todo):
        if share is not None and elsewhere is None:
            taken = share(todo[done:], weights)
            if taken is not None and taken[0] > 0:
                cut = len(todo) - taken[0]
                todo, elsewhere = todo[:cut], (todo[cut:], taken[1])
        _score(left, right, todo[done : done + SHARE_CHUNK], weights, scores, masses)
        done += SHARE_CHUNK
    if elsewhere is not None:
        theirs, answer = elsewhere
        found = answer()
        if found is None or len(found) != len(theirs):  # no answer: scored here after all
            _score(left, right, theirs, weights, scores, masses)
        else:
            scores.update(zip(theirs, found, strict=True))
    ranked = sorted((-score, i, j) for (i, j), score in scores.items())
    return tuple(Edge(i, j, -negative) for negative, i, j in ranked)


def _score(
    left: Sequence[SentenceProfile],
    right: Sequence[SentenceProfile],
    pairs: list[tuple[int, int]],
    weights: dict[str, float],
    scores: dict[tuple[int, int], float],
    masses: tuple[dict[int, float], dict[int, float]],
) -> None:
    scores.update(zip(pairs, scores_of(left, right, pairs, weights, masses), strict=True))


def scores_of(
    left: Sequence[SentenceProfile] | Mapping[int, SentenceProfile],
    right: Sequence[SentenceProfile] | Mapping[int, SentenceProfile],
    pairs: Sequence[tuple[int, int]],
    weights: dict[str, float],
    masses: tuple[dict[int, float], dict[int, float]] | None = None,
) -> list[float]:
    """`similarity.pair_score` of each pair under the comparison's weights. `masses`: each
    side's sentence id -> `weighted_mass`, filled here as needed (kept between calls)."""
    score, mass = similarity.pair_score, similarity.weighted_mass
    mass_left, mass_right = masses if masses is not None else ({}, {})
    for i in sorted({i for i, _ in pairs}.difference(mass_left)):
        mass_left[i] = mass(left[i], weights)
    for j in sorted({j for _, j in pairs}.difference(mass_right)):
        mass_right[j] = mass(right[j], weights)
    return [
        score(left[i], right[j], weights, masses=(mass_left[i], mass_right[j])) for i, j in pairs
    ]


# ---- 4. assignment -------------------------------------------------------------------------


def assign(alignment: Alignment, threshold: float, allow_merges: bool = True) -> tuple[Match, ...]:
    """Pairs at or above `threshold`, one-to-one by global assignment, then merged with
    unmatched neighbours where that scores higher; sorted by left position."""
    edges = [(e.left, e.right, e.score) for e in alignment.edges if e.score >= threshold]
    matches = [Match((i,), (j,), s) for i, j, s in max_weight_matching(edges)]
    if allow_merges:
        matches = _merge_neighbours(alignment, matches)
    return tuple(sorted(matches, key=lambda m: (m.left[0], m.right[0])))


def _merge_neighbours(alignment: Alignment, matches: list[Match]) -> list[Match]:
    taken_left = {i for m in matches for i in m.left}
    taken_right = {j for m in matches for j in m.right}
    out = []
    for m in sorted(matches, key=lambda m: -m.score):
        m = _grow(alignment, m, taken_left, taken_right)
        taken_left.update(m.left)
        taken_right.update(m.right)
        out.append(m)
    return out


def _grow(alignment: Alignment, m: Match, taken_left: set[int], taken_right: set[int]) -> Match:
    """Extend `m` by one free neighbour at a time while the merged span scores higher."""
    while True:
        best = m
        for option in _neighbour_options(alignment, m, taken_left, taken_right):
            score = _merged_score(alignment, option)
            if score >= best.score + MERGE_GAIN and score > best.score:
                best = Match(option[0], option[1], score)
        if best is m:
            return m
        taken_left.update(best.left)
        taken_right.update(best.right)
        m = best


def _neighbour_options(
    alignment: Alignment, m: Match, taken_left: set[int], taken_right: set[int]
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    options: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    if len(m.left) < MAX_GROUP and len(m.right) == 1:
        missing = alignment.right[m.right[0]].terms - _terms(alignment.left, m.left)
        for i in (m.left[0] - 1, m.left[-1] + 1):
            if _free(i, alignment.left, taken_left, missing):
                options.append((tuple(sorted((*m.left, i))), m.right))
    if len(m.right) < MAX_GROUP and len(m.left) == 1:
        missing = alignment.left[m.left[0]].terms - _terms(alignment.right, m.right)
        for j in (m.right[0] - 1, m.right[-1] + 1):
            if _free(j, alignment.right, taken_right, missing):
                options.append((m.left, tuple(sorted((*m.right, j)))))
    return options


def _terms(side: Sequence[SentenceProfile], ids: tuple[int, ...]) -> frozenset[str]:
    return frozenset().union(*(side[k].terms for k in ids))


def _free(
    k: int, side: Sequence[SentenceProfile], taken: set[int], missing: frozenset[str]
) -> bool:
    """An unmatched sentence that brings a content stem of the counterpart's that the pair
    does not share yet (the other half of a split sentence)."""
    return 0 <= k < len(side) and k not in taken and not side[k].terms.isdisjoint(missing)


def _merged_score(alignment: Alignment, key: tuple[tuple[int, ...], tuple[int, ...]]) -> float:
    cached = alignment.merged.get(key)
    if cached is None:
        left = _span_profile(alignment.left, key[0])
        right = _span_profile(alignment.right, key[1])
        cached = alignment.merged[key] = similarity.pair_score(left, right, alignment.weights)
    return cached


def _span_profile(side: Sequence[SentenceProfile], ids: tuple[int, ...]) -> SentenceProfile:
    profile = side[ids[0]]
    for k in ids[1:]:
        profile = similarity.merge(profile, side[k])
    return profile


# ---- maximum-weight bipartite matching ----------------------------------------------------

COMPONENT_LIMIT = 90  # larger components are split at their weakest edges first


def max_weight_matching(
    edges: Sequence[tuple[int, int, float]],
) -> list[tuple[int, int, float]]:
    """A one-to-one subset of `edges` (left, right, weight > 0) with the largest total weight:
    the Hungarian method on each connected component of the graph."""
    out: list[tuple[int, int, float]] = []
    for component in _components(edges):
        out.extend(_match_component(component))
    return out


def _components(edges: Sequence[tuple[int, int, float]]) -> list[list[tuple[int, int, float]]]:
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j, _ in edges:
        a, b = find((0, i)), find((1, j))
        if a != b:
            parent[a] = b
    groups: dict[tuple[int, int], list[tuple[int, int, float]]] = defaultdict(list)
    for e in edges:
        groups[find((0, e[0]))].append(e)
    return list(groups.values())


def _match_component(edges: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    rows = sorted({e[0] for e in edges})
    cols = sorted({e[1] for e in edges})
    if len(rows) == 1 or len(cols) == 1:
        return [max(edges, key=lambda e: (e[2], -e[0], -e[1]))]
    if min(len(rows), len(cols)) > COMPONENT_LIMIT:
        return _split_component(edges)
    return _hungarian_edges(edges, rows, cols)


def _split_component(edges: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A component too big for the cubic method: match its stronger half exactly, then add
    the weaker edges greedily between sentences still free."""
    cut = sorted(e[2] for e in edges)[len(edges) // 2]
    strong = [e for e in edges if e[2] > cut]
    if not strong or len(strong) == len(edges):
        strong = []
    chosen = max_weight_matching(strong)
    used_left = {e[0] for e in chosen}
    used_right = {e[1] for e in chosen}
    for e in sorted(edges, key=lambda e: -e[2]):
        if e[0] not in used_left and e[1] not in used_right:
            chosen.append(e)
            used_left.add(e[0])
            used_right.add(e[1])
    return chosen


def _hungarian_edges(
    edges: list[tuple[int, int, float]], rows: list[int], cols: list[int]
) -> list[tuple[int, int, float]]:
    transpose = len(rows) > len(cols)
    if transpose:
        rows, cols = cols, rows
        edges = [(j, i, w) for i, j, w in edges]
    row_at = {r: k for k, r in enumerate(rows)}
    col_at = {c: k for k, c in enumerate(cols)}
    weight = [[0.0] * len(cols) for _ in rows]
    for i, j, w in edges:
        weight[row_at[i]][col_at[j]] = w
    cost = [[-w for w in row] for row in weight]
    out = []
    for r, c in enumerate(hungarian(cost)):
        w = weight[r][c]
        if w > 0:
            out.append((cols[c], rows[r], w) if transpose else (rows[r], cols[c], w))
    return out


def hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns), O(n^2 m):
    the shortest augmenting path form of the Hungarian method. Returns each row's column."""
    n, m = len(cost), len(cost[0])
    inf = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while owner[j0] != 0 or j0 == 0:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            row, ui = cost[i0 - 1], u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
