"""How fast compare() is, against all-pairs rapidfuzz, and how it scales.

    .venv/bin/python -m bench.speed [--runs N] [--sizes 500,5000] [--skip-cdist]

1. The bundled demo pair, warm: median of many runs (target < 50 ms).
2. Two same-event articles built from BASIL (../shared/data/basil: one outlet's reports on
   the left, another's on the right, see bench/corpus.py) at each size. The target row
   (< 1.5 s at 5,000 sentences a side) is what a user comparing two new articles in a running
   app waits for: `--runs` pairs of other texts (the reports shuffled differently), each
   compared once in this warm process, median. The same pair compared again (the engine's
   caches of tokens and mentions then hold its sentences) and the first compare in a new
   process are shown as well, and a breakdown by stage.
3. All-pairs `rapidfuzz.process.cdist(scorer=fuzz.token_set_ratio)` over the same sentences,
   on one core like compare() and on all cores (compare must be >= 20x faster).
4. Scaling: time at the biggest size over time at the smallest (10x the sentences must take
   at most 15x the time).

Wall-clock and CPU seconds are both shown: on a busy machine CPU time is the steadier figure.
CPU counts this process, its finished children and compare()'s worker process (a big pair's
attributions and entities are found there; once done, it also scores a share of the candidate
pairs and computes a share of the diffs, see desktop/engine/compare.py). Medians, not best
runs. A timed compare() ends when it returns its Comparison: the result is freed after the
clock stops (the app keeps it on screen; freeing the previous one, ~60 ms for a 5,000 pair,
happens when the window replaces it).
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bench.corpus import REPO, CorpusMissing, same_event_pair
from desktop import resources
from desktop.engine import Article, CompareOptions, Comparison, align, compare, worker

# the module, not the function `desktop.engine.compare` that the package exports
compare_module = importlib.import_module("desktop.engine.compare")


@dataclass(frozen=True, slots=True)
class Timing:
    wall: float
    cpu: float


def timed(run: Callable[[], Any], runs: int, warm: int = 1) -> Timing:
    for _ in range(warm):
        run()
    return timed_each([run] * runs)


def timed_each(runs: list[Callable[[], Any]]) -> Timing:
    """Median of running each once (other texts each time: nothing cached about them). The
    result is freed after the clock stops."""
    walls, cpus = [], []
    for run in runs:
        w, c = time.perf_counter(), cpu_seconds()
        result = run()
        walls.append(time.perf_counter() - w)
        cpus.append(cpu_seconds() - c)
        del result
    return Timing(statistics.median(walls), statistics.median(cpus))


def cpu_seconds() -> float:
    """CPU time of this process, of its children that have ended and of compare()'s worker
    process (alive between comparisons: read from /proc)."""
    t = os.times()
    return time.process_time() + t.children_user + t.children_system + worker_cpu_seconds()


def worker_cpu_seconds() -> float:
    pool = worker._pool
    pids = list(getattr(pool, "_processes", None) or {}) if pool is not None else []
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended: counted in os.times() once reaped
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def first_compare(sentences: int) -> Timing:
    """One compare() of a fresh pair in a new process: nothing about these articles cached."""
    code = (
        "import time; from bench.speed import demo_articles, cpu_seconds;"
        "from bench.corpus import same_event_pair; from desktop.engine import compare;"
        f"a, b = same_event_pair({sentences}); compare(*demo_articles());"
        "w, c = time.perf_counter(), cpu_seconds(); r = compare(a, b);"
        "print(time.perf_counter() - w, cpu_seconds() - c)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.split()
    return Timing(float(out[0]), float(out[1]))


def in_one_process(left: Article, right: Article) -> Comparison:
    """compare() without its child process."""
    saved = compare_module.PARALLEL_MIN_SENTENCES
    compare_module.PARALLEL_MIN_SENTENCES = sys.maxsize
    try:
        return compare(left, right)
    finally:
        compare_module.PARALLEL_MIN_SENTENCES = saved


def demo_articles() -> tuple[Article, Article]:
    left, right = resources.demo_pair()
    return Article(left.read_text(encoding="utf-8")), Article(right.read_text(encoding="utf-8"))


def stages(left: Article, right: Article) -> dict[str, float]:
    """CPU seconds of each step compare() takes, one after the other in this process (for a
    big pair compare() runs attributions and entities in a child meanwhile)."""
    with compare_module._collector_paused():  # as compare() runs them
        return _stages(left, right)


def _stages(left: Article, right: Article) -> dict[str, float]:
    options = CompareOptions()
    out: dict[str, float] = {}

    def step(name: str, run: Callable[[], Any]) -> Any:
        start = time.process_time()
        result = run()
        out[name] = out.get(name, 0.0) + time.process_time() - start
        return result

    docs = []
    for side, article in (("left", left), ("right", right)):
        docs.append(
            step(
                "read (sentences, profiles, attributions, entities)",
                lambda s=side, a=article: compare_module._read(s, a, options),
            )
        )
    (ld, lp), (rd, rp) = docs
    ld, rd = step("link sources and entities", lambda: compare_module._link(ld, rd))
    weights = step("align: weights", lambda: align.weigh(lp, rp, ld.language))
    found = step("align: candidates", lambda: align.candidates(lp, rp, weights))
    edges = step("align: scoring", lambda: align.score_edges(lp, rp, found, weights))
    alignment = align.Alignment(tuple(lp), tuple(rp), weights, edges)
    matches = step(
        "align: assignment + merges", lambda: align.assign(alignment, options.match_threshold)
    )
    words = compare_module._words(alignment)
    cache = compare_module.Cache(
        alignment, ld.language, matches, options.match_threshold, True, words
    )
    step("evidence, kinds, summary", lambda: compare_module._build(ld, rd, cache, options))
    out["(scored candidate pairs)"] = float(len(edges))
    return out


def read_stage_detail(article: Article) -> dict[str, float]:
    """CPU seconds of the parts of reading one article (with the cyclic collector paused,
    as compare() reads it: a full collection of this big heap would land in one part)."""
    with compare_module._collector_paused():
        return _read_stage_detail(article)


def _read_stage_detail(article: Article) -> dict[str, float]:
    from desktop.engine import attribution, entities, lexicon, similarity
    from desktop.engine.segment import split_sentences

    text = article.text
    language = lexicon.detect_language(text)
    out = {}
    start = time.process_time()
    sentences = split_sentences(text, language)
    out["sentences"] = time.process_time() - start
    start = time.process_time()
    for s in sentences:
        similarity.profile(text, s.start, s.end, language)
    out["profiles"] = time.process_time() - start
    start = time.process_time()
    attribution.find_attributions(text, sentences, language)
    out["attributions"] = time.process_time() - start
    start = time.process_time()
    entities.find_entities(text, sentences, language)
    out["entities"] = time.process_time() - start
    return out


def align_only(left: Article, right: Article) -> None:
    """What all-pairs rapidfuzz replaces: sentences, profiles, candidates, scores, assignment
    (with the cyclic collector relaxed, as compare() runs them)."""
    from desktop.engine import lexicon, similarity
    from desktop.engine.segment import split_sentences

    sides = []
    with compare_module._collector_paused():
        for article in (left, right):
            text = article.text
            language = lexicon.detect_language(text)
            sentences = split_sentences(text, language)
            sides.append([similarity.profile(text, s.start, s.end, language) for s in sentences])
        alignment = align.align(sides[0], sides[1], "en")
        align.assign(alignment, CompareOptions().match_threshold)


def sentence_texts(article: Article) -> list[str]:
    from desktop.engine.segment import split_sentences

    return [s.text(article.text) for s in split_sentences(article.text)]


def row(name: str, timing: Timing, target: str = "") -> str:
    return f"  {name:<44} {timing.wall * 1000:>10.1f} {timing.cpu * 1000:>10.1f}  {target}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.speed", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per big size (median)")
    parser.add_argument("--sizes", default="500,5000", help="sentences per side")
    parser.add_argument("--skip-cdist", action="store_true", help="skip all-pairs rapidfuzz")
    ns = parser.parse_args(argv)
    sizes = [int(s) for s in ns.sizes.split(",")]

    print(f"{'':2}{'what':<44} {'wall ms':>10} {'cpu ms':>10}  target")
    left, right = demo_articles()
    demo = timed(lambda: compare(left, right), runs=15, warm=2)
    print(row("demo pair, warm (median of 15)", demo, "< 50 ms " + verdict(demo.wall < 0.05)))

    try:
        articles = {n: same_event_pair(n) for n in sizes}
    except CorpusMissing as exc:
        print(f"\nBASIL is missing, the big-article figures need it: {exc}", file=sys.stderr)
        return 1
    timings: dict[int, Timing] = {}
    for n in sizes:
        runs = ns.runs if n >= 2000 else max(ns.runs, 5)
        compare(*articles[n])  # a warm process: the worker forked, the words known
        others = [same_event_pair(n, variant=k) for k in range(1, runs + 1)]
        timings[n] = timed_each([lambda p=p: compare(*p) for p in others])
        target = "< 1.5 s " + verdict(timings[n].wall < 1.5) if n >= 5000 else ""
        print(row(f"BASIL nyt vs fox, {n:,} a side, new texts", timings[n], target))

    small, big = min(sizes), max(sizes)
    a, b = articles[big]
    again = timed(lambda: compare(a, b), runs=ns.runs)
    print(row(f"  the same {big:,} pair compared again", again))
    first = first_compare(big)
    print(row(f"  first compare of a {big:,} pair (new process)", first))
    alone = timed(lambda: in_one_process(a, b), runs=ns.runs)
    print(row("  the same in one process (no child, one core)", alone))
    # growth of the work itself: both sizes in one process (the child's fork, copies and
    # pickling would count as growth otherwise)
    small_alone = timed(lambda: in_one_process(*articles[small]), runs=max(ns.runs, 5))
    ratio = timings[big].wall / timings[small].wall
    cpu_ratio = alone.cpu / small_alone.cpu
    print(
        f"  scaling {big:,} / {small:,} sentences: {ratio:.1f}x wall, {cpu_ratio:.1f}x cpu in"
        f" one process  (<= {1.5 * big / small:.0f}x {verdict(cpu_ratio <= 1.5 * big / small)})"
    )

    aligned = timed(lambda: align_only(a, b), runs=ns.runs)
    print(row("  of which sentence profiles + alignment", aligned))
    if not ns.skip_cdist:
        texts_a, texts_b = sentence_texts(a), sentence_texts(b)
        for workers in (1, -1):
            t = timed(
                lambda w=workers: process.cdist(
                    texts_a, texts_b, scorer=fuzz.token_set_ratio, workers=w, dtype="uint8"
                ),
                runs=1,
                warm=0,
            )
            label = "one core" if workers == 1 else "all cores"
            whole, part = t.cpu / timings[big].cpu, t.cpu / aligned.cpu
            print(
                row(
                    f"rapidfuzz cdist token_set_ratio, {label}",
                    t,
                    f"cpu: {whole:.1f}x compare, {part:.0f}x alignment " + verdict(whole >= 20),
                )
            )
            print(f"  {'':44} {'':21}  wall: {t.wall / timings[big].wall:.1f}x compare")

    print(f"\n  where the time goes at {big:,} sentences a side (cpu ms, one run, serially;")
    print("  compare() finds attributions and entities in a child while it aligns;")
    print("  the child, once done, takes a share of the scoring and of the diffs):")
    for name, seconds in stages(a, b).items():
        shown = f"{seconds:>10.0f}" if name.startswith("(") else f"{seconds * 1000:>10.1f}"
        print(f"    {name:<52} {shown}")
    print("  reading one side, by part (cpu ms):")
    for name, seconds in read_stage_detail(a).items():
        print(f"    {name:<52} {seconds * 1000:>10.1f}")
    return 0


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


if __name__ == "__main__":
    raise SystemExit(main())
