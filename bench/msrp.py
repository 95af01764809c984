"""Same-claim detection on MSRP: our scorer against plain rapidfuzz and difflib, 5-fold CV.

    .venv/bin/python -m bench.msrp

Reads ../shared/data/msrp/msr_paraphrase_train.txt (relative to the repository; says so and
stops when it is missing). Each pair is two one-sentence articles; "same claim" means an
aligned pair of either kind: score >= match_threshold. In every fold our model is trained on
the four other folds (bench.train_similarity.fit) and every method's threshold is the one
with the best accuracy on those training folds; the figures are for the held-out fold,
pooled over the five folds. The rarity table comes from other corpora (PolNeAR, BASIL).
"""

from __future__ import annotations

import difflib
import math
import random
import statistics
import time
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from bench import train_similarity as train
from desktop.engine import similarity
from desktop.engine.options import CompareOptions

FOLDS = 5
SEED = 0


def folds(n: int, k: int = FOLDS) -> list[list[int]]:
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> float:
    """The cut (between two observed scores) with the best accuracy on these pairs."""
    ranked = sorted(zip(scores, labels, strict=True))
    correct = sum(1 for _ in ranked if _[1] == 1)  # everything called "same" at cut -inf
    best, cut = correct, ranked[0][0] - 1.0
    for i, (score, label) in enumerate(ranked):
        correct += -1 if label == 1 else 1
        nxt = ranked[i + 1][0] if i + 1 < len(ranked) else score + 1.0
        if correct > best and nxt > score:
            best, cut = correct, (score + nxt) / 2.0
    return cut


def confusion(scores: Sequence[float], labels: Sequence[int], cut: float) -> tuple[int, ...]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= cut and y == 1)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= cut and y == 0)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < cut and y == 1)
    tn = len(labels) - tp - fp - fn
    return tp, fp, fn, tn


def accuracy_f1(tp: int, fp: int, fn: int, tn: int) -> tuple[float, float]:
    total = tp + fp + fn + tn
    return (tp + tn) / total, 2 * tp / (2 * tp + fp + fn) if tp else 0.0


Scorer = Callable[[list[int], list[int]], tuple[list[float], list[float]]]


def cross_validate(
    scorer: Scorer, labels: list[int], cut_at: float | None = None
) -> tuple[float, float, list[float]]:
    """Pooled held-out accuracy and F1, and the threshold each fold chose (or `cut_at`)."""
    totals = [0, 0, 0, 0]
    cuts = []
    parts = folds(len(labels))
    for i, test in enumerate(parts):
        trained = [j for k, p in enumerate(parts) if k != i for j in p]
        train_scores, test_scores = scorer(trained, test)
        cut = (
            best_threshold(train_scores, [labels[j] for j in trained]) if cut_at is None else cut_at
        )
        cuts.append(cut)
        counts = confusion(test_scores, [labels[j] for j in test], cut)
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
    acc, f1 = accuracy_f1(*totals)
    return acc, f1, cuts


def fixed(values: list[float]) -> Scorer:
    return lambda tr, te: ([values[j] for j in tr], [values[j] for j in te])


def ours(pairs: list[train.Profiles], labels: list[int]) -> Scorer:
    """`similarity.pair_score` itself, with a model trained on the training folds only."""
    rows = [similarity.features(a, b) for a, b in pairs]

    def scorer(tr: list[int], te: list[int]) -> tuple[list[float], list[float]]:
        model = train.fit([rows[j] for j in tr], [labels[j] for j in tr])
        scores = [similarity.pair_score(a, b, model=model) for a, b in pairs]
        return [scores[j] for j in tr], [scores[j] for j in te]

    return scorer


def main() -> None:
    pairs = train.load_msrp()
    labels = [p[0] for p in pairs]
    profiled = train.profiles(pairs)
    methods: dict[str, Scorer] = {
        "parallax pair_score": ours(profiled, labels),
        "rapidfuzz fuzz.ratio": fixed([fuzz.ratio(a, b) for _, a, b in pairs]),
        "difflib SequenceMatcher.ratio": fixed(
            [100 * difflib.SequenceMatcher(None, a, b).ratio() for _, a, b in pairs]
        ),
    }
    print(f"MSRP train file: {len(pairs)} pairs, {sum(labels)} same claim; {FOLDS}-fold CV")
    print(f"{'method':32} {'accuracy':>8} {'F1':>6}  thresholds chosen on the training folds")
    for name, scorer in methods.items():
        acc, f1, cuts = cross_validate(scorer, labels)
        shown = " ".join(f"{c:.1f}" for c in cuts)
        print(f"{name:32} {acc:8.4f} {f1:6.4f}  {shown} (median {statistics.median(cuts):.1f})")
    default = CompareOptions().match_threshold
    acc, f1, _ = cross_validate(methods["parallax pair_score"], labels, cut_at=default)
    print(
        f"{'  at CompareOptions().match_threshold':32} {acc:8.4f} {f1:6.4f}  {default:.1f} (fixed)"
    )
    shipped = [similarity.pair_score(a, b) for a, b in profiled]
    print(
        f"shipped model (trained on all pairs): best match_threshold "
        f"{best_threshold(shipped, labels):.1f}"
    )
    wall, cpu = per_call(profiled)
    print(f"pair_score: {wall:.1f} us per call wall clock, {cpu:.1f} us CPU (best of 5 runs)")


def per_call(pairs: list[train.Profiles]) -> tuple[float, float]:
    """Microseconds per pair_score call: (wall clock, CPU time), each the best of 5 runs (CPU
    time is the fairer figure when other work shares the machine)."""
    wall = cpu = math.inf
    for _ in range(5):
        started, started_cpu = time.perf_counter(), time.process_time()
        for a, b in pairs:
            similarity.pair_score(a, b)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return 1e6 * wall / len(pairs), 1e6 * cpu / len(pairs)


if __name__ == "__main__":
    main()
