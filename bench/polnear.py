"""Attribution extraction on PolNeAR (political news, brat standoff annotations).

    .venv/bin/python -m bench.polnear [--split dev|train] [--limit N]
    .venv/bin/python -m bench.polnear --train-cues   # retrain data/attribution_cue_tagger.json

Reads ../shared/data/polnear/<split>/{text,attributions} relative to the repository (never
copied into it). Tune on train, report on dev. For every article, the first annotator's .ann
file (sorted by name) is the gold standard. Cue, source and content spans are scored apart:
a predicted span matches a gold span of the same role when they share a word token
("overlap"), or when they cover exactly the same word tokens ("exact"); matching is
one-to-one (each gold span is used once), counts are pooled over all articles.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
ROLES = ("Cue", "Source", "Content")
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    overlap: int = 0
    exact: int = 0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.overlap += other.overlap
        self.exact += other.exact


def f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_gold(path: Path) -> dict[str, list[tuple[tuple[int, int], ...]]]:
    """Spans per role from a brat .ann file; a discontinuous span is a tuple of fragments."""
    spans: dict[str, list[tuple[tuple[int, int], ...]]] = {role: [] for role in ROLES}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, _, offsets = parts[1].partition(" ")
        if label in spans:
            fragments = tuple(
                (int(a), int(b)) for a, b in (frag.split() for frag in offsets.split(";"))
            )
            spans[label].append(fragments)
    return spans


def token_ids(
    starts: list[int], ends: list[int], fragments: Iterable[tuple[int, int]]
) -> frozenset[int]:
    ids: set[int] = set()
    for s, e in fragments:
        ids.update(i for i in range(len(starts)) if starts[i] < e and s < ends[i])
    return frozenset(ids)


def match(predicted: list[frozenset[int]], gold: list[frozenset[int]]) -> tuple[int, int]:
    """One-to-one matches (overlap, exact): exact pairs first, then greedy by overlap size."""
    free_gold = [g for g in gold if g]
    pred = [p for p in predicted if p]
    exact = 0
    for p in list(pred):
        if p in free_gold:
            free_gold.remove(p)
            pred.remove(p)
            exact += 1
    candidates = sorted(
        ((len(p & g), i, j) for i, p in enumerate(pred) for j, g in enumerate(free_gold) if p & g),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return exact + len(used_p), exact


def score_article(text: str, ann: Path) -> dict[str, Counts]:
    from desktop.engine.attribution import find_attributions
    from desktop.engine.segment import split_sentences

    gold = read_gold(ann)
    found = find_attributions(text, split_sentences(text, "en"), "en")
    predicted = {
        "Cue": {a.cue_span for a in found},
        "Source": {a.source_span for a in found if a.source_span},
        "Content": {a.content_span for a in found if a.content_span},
    }
    toks = list(_TOKEN.finditer(text))
    starts, ends = [m.start() for m in toks], [m.end() for m in toks]
    out = {}
    for role in ROLES:
        p = [token_ids(starts, ends, [span]) for span in sorted(predicted[role])]
        g = [token_ids(starts, ends, frags) for frags in gold[role]]
        overlap, exact = match(p, g)
        out[role] = Counts(len([x for x in p if x]), len([x for x in g if x]), overlap, exact)
    return out


Articles = list[tuple[Path, Path]]


def articles(split: str) -> Articles:
    folder = DATA / split
    pairs = []
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text = folder / "text" / f"{base}.txt"
        if base not in seen and text.exists():
            seen.add(base)
            pairs.append((text, ann))
    return pairs


def run(
    split: str, limit: int | None, chosen: list[tuple[Path, Path]] | None = None
) -> dict[str, Counts]:
    totals = {role: Counts() for role in ROLES}
    for text_path, ann in chosen if chosen is not None else articles(split)[:limit]:
        text = text_path.read_text(encoding="utf-8")
        for role, counts in score_article(text, ann).items():
            totals[role].add(counts)
    return totals


def table(split: str, totals: dict[str, Counts], n: int, seconds: float) -> str:
    lines = [
        f"PolNeAR {split}: {n} articles, {seconds:.1f} s",
        f"{'role':8} {'gold':>6} {'pred':>6} | {'overlap P':>9} {'R':>6} {'F1':>6} |"
        f" {'exact P':>7} {'R':>6} {'F1':>6}",
    ]
    for role in ROLES:
        c = totals[role]
        op, orr, of = f1(c.overlap, c.predicted, c.gold)
        ep, er, ef = f1(c.exact, c.predicted, c.gold)
        lines.append(
            f"{role:8} {c.gold:6d} {c.predicted:6d} | {op:9.3f} {orr:6.3f} {of:6.3f} |"
            f" {ep:7.3f} {er:6.3f} {ef:6.3f}"
        )
    return "\n".join(lines)


PRUNE = 1.5  # features whose averaged weight is smaller are left out of the shipped file


def cue_vocabulary(chosen: Articles | None = None) -> tuple[list[str], list[str]]:
    """Words annotated as (part of) a cue in at least VOCABULARY_SHARE of their occurrences
    outside quotations in train (and at least 3 times): the tagger may only start a cue at
    these; and the words annotated in a cue at least 3 times: only these may join one."""
    from desktop.engine.attribution import _quotations, _quoted
    from desktop.engine.lexicon import tokens

    seen: dict[str, list[int]] = {}
    for text_path, ann in articles("train") if chosen is None else chosen:
        text = text_path.read_text(encoding="utf-8")
        gold = [s for frags in read_gold(ann)["Cue"] for s in frags]
        quotes = _quotations(text)
        for tok in tokens(text, "en"):
            if _quoted(tok.start, quotes):
                continue  # a quoted word is never marked (PolNeAR marks the outer cue only)
            counts = seen.setdefault(tok.norm, [0, 0])
            counts[1] += 1
            counts[0] += any(s < tok.end and tok.start < e for s, e in gold)
    vocabulary = sorted(w for w, (c, n) in seen.items() if c >= 3 and c / n >= VOCABULARY_SHARE)
    return vocabulary, sorted(w for w, (c, _) in seen.items() if c >= 3)


VOCABULARY_SHARE = 0.2


def train_cues(epochs: int = 6, chosen: Articles | None = None) -> dict[str, float]:
    """Averaged perceptron over `cue_tagger.Window.features`, trained on the train split only
    (the `chosen` train articles when given), sentence by sentence as the engine tags."""
    import random

    from desktop.engine.cue_tagger import Window
    from desktop.engine.lexicon import tokens
    from desktop.engine.segment import split_sentences

    rows: list[tuple[list[str], int]] = []
    for text_path, ann in articles("train") if chosen is None else chosen:
        text = text_path.read_text(encoding="utf-8")
        gold = [s for frags in read_gold(ann)["Cue"] for s in frags]
        for sentence in split_sentences(text, "en"):
            toks = tokens(text, "en", sentence.start, sentence.end)
            window = Window(text, toks)
            for i, tok in enumerate(toks):
                label = 1 if any(s < tok.end and tok.start < e for s, e in gold) else -1
                rows.append((window.features(i), label))
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    step = 0
    rng = random.Random(7)
    for _ in range(epochs):
        rng.shuffle(rows)
        for feats, label in rows:
            step += 1
            if label * sum(weights.get(f, 0.0) for f in feats) > 0:
                continue
            for f in feats:
                totals[f] = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * weights.get(f, 0.0)
                stamps[f] = step
                weights[f] = weights.get(f, 0.0) + label
    averaged = {}
    for f, w in weights.items():
        total = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w
        value = total / step
        if abs(value) >= PRUNE:
            averaged[f] = round(value, 2)
    return averaged


def save_cue_model(weights: dict[str, float], words: tuple[list[str], list[str]]) -> Path:
    import json

    from desktop.engine.cue_tagger import MODEL_FILE

    payload = {
        "about": "averaged perceptron for English reporting cues; trained by "
        "`python -m bench.polnear --train-cues` on PolNeAR train (features in cue_tagger.py)",
        "vocabulary": words[0],
        "joiners": words[1],
        "weights": dict(sorted(weights.items())),
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    MODEL_FILE.write_text(text, encoding="utf-8")
    return MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--train-cues", action="store_true", help="retrain the cue tagger")
    parser.add_argument(
        "--holdout",
        type=int,
        default=None,
        metavar="N",
        help="tune: train the tagger on train less its last N articles (into a temporary "
        "file, the shipped model untouched) and score those N",
    )
    parser.add_argument(
        "--mixed", action="store_true", help="with --holdout: the last N/7 of each publisher"
    )
    args = parser.parse_args(argv)
    if args.holdout:
        return holdout(args.holdout, args.mixed)
    split = "train" if args.train_cues else args.split
    if not (DATA / split / "text").is_dir():
        print(f"PolNeAR data missing: {DATA / split} (expected ../shared/data/polnear)")
        return 1
    if args.train_cues:
        weights = train_cues()
        words = cue_vocabulary()
        path = save_cue_model(weights, words)
        print(f"wrote {path} ({len(weights)} features, {len(words[0])} cue words)")
        return 0
    started = time.perf_counter()
    totals = run(args.split, args.limit)
    n = len(articles(args.split)[: args.limit])
    print(table(args.split, totals, n, time.perf_counter() - started))
    return 0


def holdout_split(n: int, mixed: bool) -> tuple[Articles, Articles]:
    """(tuning train, held out): the last `n` train articles, or with `mixed` the last n/7 of
    each publisher's (the names start with the publisher; the plain last `n` are all from
    one publisher, while dev has all seven)."""
    chosen = articles("train")
    if not mixed:
        return chosen[: len(chosen) - n], chosen[len(chosen) - n :]
    by_outlet: dict[str, Articles] = {}
    for pair in chosen:
        by_outlet.setdefault(pair[0].name.split("_")[0], []).append(pair)
    each = max(1, n // len(by_outlet))
    held = [pair for group in by_outlet.values() for pair in group[len(group) - each :]]
    return [pair for pair in chosen if pair not in held], held


def scored_with(weights: dict[str, float], kept: Articles, held: Articles) -> dict[str, Counts]:
    """Score the `held` articles with a tagger of these weights (its vocabulary from `kept`),
    written to a temporary file: the shipped model stays untouched."""
    import tempfile

    from desktop.engine import cue_tagger

    shipped = cue_tagger.MODEL_FILE
    with tempfile.TemporaryDirectory() as folder:
        cue_tagger.MODEL_FILE = Path(folder) / shipped.name
        try:
            save_cue_model(weights, cue_vocabulary(kept))
            cue_tagger._model.cache_clear()
            return run("train", None, held)
        finally:
            cue_tagger.MODEL_FILE = shipped
            cue_tagger._model.cache_clear()


def holdout(n: int, mixed: bool = False) -> int:
    """Train on train less a held-out part, score that part (for tuning)."""
    kept, held = holdout_split(n, mixed)
    started = time.perf_counter()
    totals = scored_with(train_cues(chosen=kept), kept, held)
    part = f"last {len(held) // 7} per publisher" if mixed else f"last {n}"
    name = f"train hold-out ({part})"
    print(table(name, totals, len(held), time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
