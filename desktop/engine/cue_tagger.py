"""A small learned tagger for English reporting cues ("said", "according to", "accused").

An averaged perceptron over word-window features decides, token by token, whether a word is
part of a reporting cue; adjacent cue words form one cue. The weights in
`data/attribution_cue_tagger.json` (with the vocabulary of words it may mark: those annotated
as cues in at least a share of their train occurrences) are trained by
`python -m bench.polnear --train-cues` on the PolNeAR train split (the data stays outside
the repository). Without the file the engine falls back to the hand lists in `cues.py`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path
from typing import NamedTuple

from desktop.engine import cues
from desktop.engine.lexicon import Token

MODEL_FILE = Path(__file__).parent / "data" / "attribution_cue_tagger.json"
_PUNCT_GAPS = {
    ",": "comma",
    ":": "colon",
    "“": "quote",
    "”": "quote",
    '"': "quote",
    "(": "paren",
    ")": "paren",
    "—": "dash",
    ";": "semi",
}
# subjects that typically precede a reporting verb ("he said", "officials warned")
_SPEAKERS = frozenset("he she they i we it officials spokesman spokeswoman who".split())


_START, _END = ("<s>", "<s>"), ("</s>", "</s>")


class Window:
    """One sentence's tokens with what the features read, worked out once per sentence (the
    words padded with two sentence edges either side, so token i's word is words[i + 2])."""

    __slots__ = ("text", "toks", "words", "memo")

    def __init__(self, text: str, toks: list[Token], norms: list[str] | None = None) -> None:
        self.text = text
        self.toks = toks
        self.words = [*_START, *(norms or [t.norm for t in toks]), *_END]
        self.memo: dict[int, str] = {}  # gap(i) by i

    def stem(self, j: int) -> str:
        """The stem of padded position j (token j - 2), like words[j]."""
        i = j - 2
        return self.toks[i].stem if 0 <= i < len(self.toks) else self.words[j]

    def gap(self, i: int) -> str:
        """The punctuation between token i-1 and token i ("edge" at the sentence's ends)."""
        found = self.memo.get(i)
        if found is None:
            found = self.memo[i] = _gap(self.text, self.toks, i)
        return found

    def features(self, i: int) -> list[str]:
        """Names of the features that describe token i."""
        words, toks = self.words, self.toks
        tok = toks[i]
        prev2, prev, w, nxt, nxt2 = words[i : i + 5]
        pst, st, nst = self.stem(i + 1), self.stem(i + 2), self.stem(i + 3)
        gb, ga = self.gap(i), self.gap(i + 1)
        verbs = cues.VERBS_EN
        quoted = self.text[max(0, tok.start - 60) : tok.start]
        return [
            "b",
            "w=" + w,
            "s3=" + w[-3:],
            "s2=" + w[-2:],
            "p=" + prev,
            "n=" + nxt,
            "p2=" + prev2,
            "n2=" + nxt2,
            "st=" + st,
            "pst=" + pst + "|" + st,
            "pcap=" + str(i > 0 and toks[i - 1].text[:1].isupper()),
            "pw=" + prev + "|" + w,
            "wn=" + w + "|" + nxt,
            "cap=" + str(tok.text[:1].isupper()),
            "lex=" + str(w in verbs),
            "plex=" + str(prev in verbs),
            "nlex=" + str(nxt in verbs),
            "gb=" + gb,
            "ga=" + ga,
            "pn=" + str(prev in _SPEAKERS),
            "nst=" + nst,
            "wst|gb=" + st + "|" + gb,
            "wst|ga=" + st + "|" + ga,
            "ga2=" + self.gap(i + 2),
            "nthat=" + str("that" in words[i + 3 : i + 6]),
            "p2w=" + prev2 + "|" + prev + "|" + w,
            "qbefore=" + str(_quote_in(quoted, "”")),
            "ncap=" + str(i + 1 < len(toks) and toks[i + 1].text[:1].isupper()),
            "nn=" + nxt + "|" + nxt2,
            "qafter=" + str(_quote_in(self.text[tok.end : tok.end + 60], "“")),
            "s3|pcap=" + w[-3:] + "|" + str(i > 0 and toks[i - 1].text[:1].isupper()),
            "pgb=" + prev + "|" + gb,
        ]

    def score(self, i: int, weights: dict[str, float]) -> float:
        """The tagger's score of token i: the weights of its features summed in order."""
        return sum(map(weights.get, self.features(i), repeat(0.0)))


class Scorer:
    """`Window.score` made cheap for the engine's hot loop: the features are summed in three
    groups, each remembered by what it reads (the word with its punctuation and capitals; the
    two words before it; the two after), and the five features that read more are taken
    from small tables. Equal to `Window.score` up to the order of the additions."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self._word: dict[tuple[str, str, str, bool, bool], float] = {}
        self._before: dict[tuple[str, str, str, str], float] = {}
        self._after: dict[tuple[str, str, str], float] = {}
        self._flag_weights = tuple(
            (weights.get(name + "=False", 0.0), weights.get(name + "=True", 0.0))
            for name in ("nthat", "qbefore", "ncap", "qafter")
        )
        gaps = ("edge", "none", *sorted(set(_PUNCT_GAPS.values())))
        self._ga2 = {g: weights.get("ga2=" + g, 0.0) for g in gaps}

    def score(self, window: Window, i: int) -> float:
        words, toks, text = window.words, window.toks, window.text
        tok = toks[i]
        prev2, prev, w, nxt, nxt2 = words[i : i + 5]
        gaps = window.memo  # window.gap(j), read directly when already known (the hot loop)
        gb = gaps.get(i) or window.gap(i)
        key = (
            w,
            gb,
            gaps.get(i + 1) or window.gap(i + 1),
            i > 0 and toks[i - 1].text[:1].isupper(),
            tok.text[:1].isupper(),
        )
        word = self._word.get(key)
        if word is None:
            word = self._word[key] = self._sum(_word_features(key, tok.stem))
        before = self._before.get((prev2, prev, w, gb))
        if before is None:
            names = _before_features(prev2, prev, w, gb, window.stem(i + 1), tok.stem)
            before = self._before[(prev2, prev, w, gb)] = self._sum(names)
        after = self._after.get((w, nxt, nxt2))
        if after is None:
            names = [
                "n=" + nxt,
                "n2=" + nxt2,
                "wn=" + w + "|" + nxt,
                "nlex=" + str(nxt in cues.VERBS_EN),
                "nst=" + window.stem(i + 3),
                "nn=" + nxt + "|" + nxt2,
            ]
            after = self._after[(w, nxt, nxt2)] = self._sum(names)
        nthat, qbefore, ncap, qafter = self._flag_weights
        at, to = tok.start, tok.end
        quoted = text[at - 60 if at > 60 else 0 : at]
        quoting = text[to : to + 60]
        return (
            word
            + before
            + after
            + self._ga2[gaps.get(i + 2) or window.gap(i + 2)]
            + nthat["that" in words[i + 3 : i + 6]]
            + qbefore["”" in quoted or '"' in quoted or "''" in quoted]
            + ncap[i + 1 < len(toks) and toks[i + 1].text[:1].isupper()]
            + qafter["“" in quoting or '"' in quoting or "''" in quoting]
        )

    def _sum(self, names: list[str]) -> float:
        if len(self._before) > 200_000:  # a bound on memory for endless input
            for memo in (self._word, self._before, self._after):
                memo.clear()
        return sum(map(self.weights.get, names, repeat(0.0)))


def _word_features(key: tuple[str, str, str, bool, bool], st: str) -> list[str]:
    w, gb, ga, pcap, cap = key
    return [
        "b",
        "w=" + w,
        "s3=" + w[-3:],
        "s2=" + w[-2:],
        "st=" + st,
        "lex=" + str(w in cues.VERBS_EN),
        "cap=" + str(cap),
        "pcap=" + str(pcap),
        "gb=" + gb,
        "ga=" + ga,
        "wst|gb=" + st + "|" + gb,
        "wst|ga=" + st + "|" + ga,
        "s3|pcap=" + w[-3:] + "|" + str(pcap),
    ]


def _before_features(prev2: str, prev: str, w: str, gb: str, pst: str, st: str) -> list[str]:
    return [
        "p=" + prev,
        "p2=" + prev2,
        "plex=" + str(prev in cues.VERBS_EN),
        "pn=" + str(prev in _SPEAKERS),
        "pst=" + pst + "|" + st,
        "pw=" + prev + "|" + w,
        "p2w=" + prev2 + "|" + prev + "|" + w,
        "pgb=" + prev + "|" + gb,
    ]


def features(text: str, toks: list[Token], i: int) -> list[str]:
    """Names of the features that describe token i of a sentence's tokens."""
    return Window(text, toks).features(i)


def _quote_in(span: str, curly: str) -> bool:
    """A quotation mark in `span`: the curly one given, a straight one, or two apostrophes."""
    return curly in span or '"' in span or "''" in span


def _gap(text: str, toks: list[Token], i: int) -> str:
    if i <= 0 or i >= len(toks):
        return "edge"
    gap = text[toks[i - 1].end : toks[i].start]
    if gap == " ":  # most gaps: one space, nothing to strip or look for
        return "none"
    gap = gap.strip().replace("''", "”")
    if not gap:
        return "none"
    return next((name for ch, name in _PUNCT_GAPS.items() if ch in gap), "none")


class Model(NamedTuple):
    weights: dict[str, float]
    vocabulary: frozenset[str]  # words that may head a cue
    joiners: frozenset[str] | None  # words that may join a cue next to its head (None: any)
    scorer: Scorer


@lru_cache(maxsize=1)
def _model() -> Model | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    joiners = data.get("joiners")
    return Model(
        weights,
        frozenset(data["vocabulary"]) | cues.VERBS_EN,
        None if joiners is None else frozenset(joiners),
        Scorer(weights),
    )


def available() -> bool:
    return _model() is not None


# below zero: trades precision for recall (-9 chosen on the last 100 train articles, the
# tagger trained on the rest: cue F1 0.780 at -6, 0.785 at -9, 0.780 at -12)
THRESHOLD = -9.0
# a neighbour joins a marked word's run only above this (stricter than THRESHOLD)
JOIN_THRESHOLD = -6.0
_REACH = 2  # how many words either side of a vocabulary word a cue may extend


def cue_runs(text: str, toks: list[Token], words: list[str] | None = None) -> list[tuple[int, int]]:
    """(first, last) token ranges the tagger marks as cues: runs of adjacent marked words
    (no punctuation between them) that hold a vocabulary word. Only vocabulary words are
    scored first; a marked one grows its run over marked neighbours, at most two words past
    the last vocabulary word. `words` are the tokens' norms when the caller has them."""
    model = _model()
    if model is None:
        return []
    vocabulary = model.vocabulary
    window: Window | None = None
    scores: dict[int, float] = {}
    runs: list[tuple[int, int]] = []
    words = [t.norm for t in toks] if words is None else words
    for i in list(compress(range(len(words)), map(vocabulary.__contains__, words))):
        if runs and _after_run(window, runs[-1][1], i):
            continue
        window = window or Window(text, toks, words)
        if not _marked(model, window, i, scores, THRESHOLD):
            continue
        first, last = _grow(model, window, i, scores)
        if runs and first <= runs[-1][1]:
            runs[-1] = (runs[-1][0], last)  # grown back into the previous run: one run
        else:
            runs.append((first, last))
    return [
        _trimmed(toks, a, b)
        for a, b in runs
        if not _event_noun(toks, a)
        and not _naming(toks, a)
        and any(_substantive(t.norm) for t in toks[a : b + 1])
    ]


def _after_run(window: Window | None, last: int, i: int) -> bool:
    """Word i is in the run ending at `last`, or right after it with no punctuation between
    (it was weighed as the run's neighbour and left out: "said talks" stays "said")."""
    return i <= last or (i == last + 1 and window is not None and window.gap(i) == "none")


_ARTICLES = frozenset("a an the".split())


def _trimmed(toks: list[Token], first: int, last: int) -> tuple[int, int]:
    """Without a trailing article ("expressing a commitment" is cued by "expressing")."""
    while last > first and toks[last].norm in _ARTICLES:
        last -= 1
    return first, last


def _marked(model: Model, window: Window, i: int, scores: dict[int, float], bar: float) -> bool:
    found = scores.get(i)
    if found is None:
        found = scores[i] = model.scorer.score(window, i)
    return found > bar


def _joins(model: Model, window: Window, i: int, scores: dict[int, float]) -> bool:
    """Whether neighbour i joins the run: a word that may join, scored above JOIN_THRESHOLD."""
    joiners = model.joiners
    if joiners is not None and window.toks[i].norm not in joiners:
        return False
    return _marked(model, window, i, scores, JOIN_THRESHOLD)


def _grow(model: Model, window: Window, i: int, scores: dict[int, float]) -> tuple[int, int]:
    """The run through marked word i: left and right over joining words with no punctuation
    between, restarting the reach at every vocabulary word."""
    toks, vocabulary = window.toks, model.vocabulary
    first, reach = i, _REACH
    while reach and first > 0 and window.gap(first) == "none":
        if not _joins(model, window, first - 1, scores):
            break
        first -= 1
        reach = _REACH if toks[first].norm in vocabulary else reach - 1
    last, reach = i, _REACH
    while reach and last + 1 < len(toks) and window.gap(last + 1) == "none":
        if not _joins(model, window, last + 1, scores):
            break
        last += 1
        reach = _REACH if toks[last].norm in vocabulary else reach - 1
    return first, last


# participles that give a thing its name ("a program called BleachBit", "so-called")
_NAMING = frozenset("called dubbed named nicknamed titled labeled labelled".split())


def _naming(toks: list[Token], first: int) -> bool:
    """A naming participle after "so" or a noun with "a" before it: "a company called Harmony
    Enterprises" names the company, while "the magazine named him" still reports."""
    if first < 2 or toks[first].norm not in _NAMING:
        return False
    prev = toks[first - 1]
    if prev.norm == "so":
        return True
    return toks[first - 2].norm in ("a", "an") and prev.text[:1].islower() and not prev.stop


# adverbs that credit on their own ("Trump reportedly ...")
_EVIDENTIAL = frozenset("reportedly seemingly apparently allegedly purportedly ostensibly".split())


def _substantive(word: str) -> bool:
    """Not only an auxiliary or an adverb ("was initially", "increasingly" cue nothing)."""
    if word in _EVIDENTIAL:
        return True
    return word not in cues.AUXILIARIES_EN and not word.endswith("ly")


# "held talks", "holding discussions": the noun names a meeting, not a reporting act
_SUPPORT_VERBS = frozenset("hold holds held holding".split())


def _event_noun(toks: list[Token], first: int) -> bool:
    """A meeting noun ("held talks") or a participle used as an adjective after a possessive
    ("Seoul's measured approach", "Russia's promising market")."""
    if first == 0:
        return False
    prev, word = toks[first - 1].norm, toks[first].norm
    adjective = prev.endswith(("'s", "’s")) and word.endswith(("ing", "ed"))
    return prev in _SUPPORT_VERBS or adjective
