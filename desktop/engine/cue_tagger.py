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
from itertools import repeat
from pathlib import Path

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


class Window:
    """One sentence's tokens with what the features read, worked out once per sentence (the
    words padded with two sentence edges either side, so token i's word is words[i + 2])."""

    __slots__ = ("text", "toks", "words", "stems", "_gaps")

    def __init__(self, text: str, toks: list[Token]) -> None:
        self.text = text
        self.toks = toks
        self.words = ["<s>", "<s>", *(t.norm for t in toks), "</s>", "</s>"]
        self.stems = ["<s>", "<s>", *(t.stem for t in toks), "</s>", "</s>"]
        self._gaps: dict[int, str] = {}

    def gap(self, i: int) -> str:
        """The punctuation between token i-1 and token i ("edge" at the sentence's ends)."""
        found = self._gaps.get(i)
        if found is None:
            found = self._gaps[i] = _gap(self.text, self.toks, i)
        return found

    def features(self, i: int) -> list[str]:
        """Names of the features that describe token i."""
        words, stems, toks = self.words, self.stems, self.toks
        tok = toks[i]
        prev2, prev, w, nxt, nxt2 = words[i : i + 5]
        pst, st, nst = stems[i + 1 : i + 4]
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
            "qbefore=" + str("”" in quoted or '"' in quoted),
        ]

    def score(self, i: int, weights: dict[str, float]) -> float:
        """The tagger's score of token i: the weights of its features summed in order."""
        return sum(map(weights.get, self.features(i), repeat(0.0)))


def features(text: str, toks: list[Token], i: int) -> list[str]:
    """Names of the features that describe token i of a sentence's tokens."""
    return Window(text, toks).features(i)


def _gap(text: str, toks: list[Token], i: int) -> str:
    if i <= 0 or i >= len(toks):
        return "edge"
    gap = text[toks[i - 1].end : toks[i].start].strip()
    if not gap:
        return "none"
    return next((name for ch, name in _PUNCT_GAPS.items() if ch in gap), "none")


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], frozenset[str]] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return weights, frozenset(data["vocabulary"]) | cues.VERBS_EN


def available() -> bool:
    return _model() is not None


# below zero: trades precision for recall (-6 chosen on the last 100 train articles, the
# tagger trained on the rest: cue F1 0.746 at -2, 0.763 at -6)
THRESHOLD = -6.0
_REACH = 2  # how many words either side of a vocabulary word a cue may extend


def cue_runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token ranges the tagger marks as cues: runs of adjacent marked words
    (no punctuation between them) that hold a vocabulary word. Only vocabulary words are
    scored first; a marked one grows its run over marked neighbours, at most two words past
    the last vocabulary word."""
    model = _model()
    if model is None:
        return []
    weights, vocabulary = model
    window: Window | None = None
    marked: dict[int, bool] = {}
    runs: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.norm not in vocabulary or (runs and runs[-1][1] >= i):
            continue
        window = window or Window(text, toks)
        if not _marked(window, i, weights, marked):
            continue
        first, last = _grow(window, i, weights, marked, vocabulary)
        if runs and _joins(window, runs[-1][1], first):
            runs[-1] = (runs[-1][0], last)  # grown back into the previous run: one run
        else:
            runs.append((first, last))
    return [(a, b) for a, b in runs if not _event_noun(toks, a)]


def _joins(window: Window, last: int, first: int) -> bool:
    """Whether a run starting at `first` continues the run ending at `last`."""
    return first <= last or (first == last + 1 and window.gap(first) == "none")


def _marked(window: Window, i: int, weights: dict[str, float], marked: dict[int, bool]) -> bool:
    found = marked.get(i)
    if found is None:
        found = marked[i] = window.score(i, weights) > THRESHOLD
    return found


def _grow(
    window: Window,
    i: int,
    weights: dict[str, float],
    marked: dict[int, bool],
    vocabulary: frozenset[str],
) -> tuple[int, int]:
    """The run through marked word i: left and right over marked words with no punctuation
    between, restarting the reach at every vocabulary word."""
    toks = window.toks
    first, reach = i, _REACH
    while reach and first > 0 and window.gap(first) == "none":
        if not _marked(window, first - 1, weights, marked):
            break
        first -= 1
        reach = _REACH if toks[first].norm in vocabulary else reach - 1
    last, reach = i, _REACH
    while reach and last + 1 < len(toks) and window.gap(last + 1) == "none":
        if not _marked(window, last + 1, weights, marked):
            break
        last += 1
        reach = _REACH if toks[last].norm in vocabulary else reach - 1
    return first, last


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
