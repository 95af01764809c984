"""A small learned tagger for English reporting cues ("said", "according to", "accused").

An averaged perceptron over word-window features decides, token by token, whether a word is
part of a reporting cue; adjacent cue words form one cue. The weights in
`data/attribution_cue_tagger.json` (with the vocabulary of words it may mark: those annotated
as cues in at least a fifth of their train occurrences) are trained by
`python -m bench.polnear --train-cues` on the PolNeAR train split (the data stays outside
the repository). Without the file the engine falls back to the hand lists in `cues.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from desktop.engine import cues
from desktop.engine.lexicon import Token

MODEL_FILE = Path(__file__).parent / "data" / "attribution_cue_tagger.json"
_PUNCT_GAPS = {",": "comma", ":": "colon", "“": "quote", "”": "quote", '"': "quote",
               "(": "paren", ")": "paren", "—": "dash", ";": "semi"}


def features(
    text: str, toks: list[Token], i: int, gaps: dict[int, str] | None = None
) -> list[str]:
    """Names of the features that describe token i in its window; `gaps` memoises `_gap`
    across the tokens of one sentence."""
    gap = _gap if gaps is None else _memo_gap(gaps)
    w = toks[i].norm
    st = toks[i].stem
    prev = toks[i - 1].norm if i > 0 else "<s>"
    prev2 = toks[i - 2].norm if i > 1 else "<s>"
    nxt = toks[i + 1].norm if i + 1 < len(toks) else "</s>"
    nxt2 = toks[i + 2].norm if i + 2 < len(toks) else "</s>"
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
        "pst=" + (toks[i - 1].stem if i > 0 else "<s>") + "|" + st,
        "pcap=" + str(i > 0 and toks[i - 1].text[:1].isupper()),
        "pw=" + prev + "|" + w,
        "wn=" + w + "|" + nxt,
        "cap=" + str(toks[i].text[:1].isupper()),
        "lex=" + str(w in cues.VERBS_EN),
        "plex=" + str(prev in cues.VERBS_EN),
        "nlex=" + str(nxt in cues.VERBS_EN),
        "gb=" + gap(text, toks, i),
        "ga=" + gap(text, toks, i + 1),
        *_context(text, toks, i, gap),
    ]


# subjects that typically precede a reporting verb ("he said", "officials warned")
_SPEAKERS = frozenset("he she they i we it officials spokesman spokeswoman who".split())


def _context(
    text: str, toks: list[Token], i: int, gap: Callable[[str, list[Token], int], str]
) -> list[str]:
    """The stem with the punctuation around it, the next stem, a following "that", a speaker
    pronoun before, and a closing quote shortly before."""
    st = toks[i].stem
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev2 = toks[i - 2].norm if i > 1 else "<s>"
    prev = toks[i - 1].norm if i > 0 else "<s>"
    before = text[max(0, toks[i].start - 60) : toks[i].start]
    return [
        "pn=" + str(i > 0 and prev in _SPEAKERS),
        "nst=" + (nxt.stem if nxt else "</s>"),
        "wst|gb=" + st + "|" + gap(text, toks, i),
        "wst|ga=" + st + "|" + gap(text, toks, i + 1),
        "ga2=" + gap(text, toks, i + 2),
        "nthat=" + str(any(t.norm == "that" for t in toks[i + 1 : i + 4])),
        "p2w=" + prev2 + "|" + prev + "|" + toks[i].norm,
        "qbefore=" + str(any(ch in before for ch in "”\"")),
    ]


def _gap(text: str, toks: list[Token], i: int) -> str:
    if i <= 0 or i >= len(toks):
        return "edge"
    gap = text[toks[i - 1].end : toks[i].start].strip()
    if not gap:
        return "none"
    return next((name for ch, name in _PUNCT_GAPS.items() if ch in gap), "none")


def _memo_gap(gaps: dict[int, str]) -> Callable[[str, list[Token], int], str]:
    def gap(text: str, toks: list[Token], i: int) -> str:
        found = gaps.get(i)
        if found is None:
            found = gaps[i] = _gap(text, toks, i)
        return found

    return gap


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], frozenset[str]] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return weights, frozenset(data["vocabulary"]) | cues.VERBS_EN


def available() -> bool:
    return _model() is not None


def score(
    text: str,
    toks: list[Token],
    i: int,
    weights: dict[str, float],
    gaps: dict[int, str] | None = None,
) -> float:
    """The tagger's score of token i: the weights of `features(text, toks, i)` summed in the
    same order (spelled out here without the intermediate lists, the tagger's hot loop)."""
    gap = _memo_gap({} if gaps is None else gaps)
    get = weights.get
    n = len(toks)
    tok = toks[i]
    w, st = tok.norm, tok.stem
    before, after = toks[i - 1] if i > 0 else None, toks[i + 1] if i + 1 < n else None
    prev = before.norm if before else "<s>"
    prev2 = toks[i - 2].norm if i > 1 else "<s>"
    nxt = after.norm if after else "</s>"
    nxt2 = toks[i + 2].norm if i + 2 < n else "</s>"
    verbs = cues.VERBS_EN
    gb, ga = gap(text, toks, i), gap(text, toks, i + 1)
    quoted = text[max(0, tok.start - 60) : tok.start]
    return sum(
        [
            get("b", 0.0),
            get("w=" + w, 0.0),
            get("s3=" + w[-3:], 0.0),
            get("s2=" + w[-2:], 0.0),
            get("p=" + prev, 0.0),
            get("n=" + nxt, 0.0),
            get("p2=" + prev2, 0.0),
            get("n2=" + nxt2, 0.0),
            get("st=" + st, 0.0),
            get("pst=" + (before.stem if before else "<s>") + "|" + st, 0.0),
            get("pcap=" + str(before is not None and before.text[:1].isupper()), 0.0),
            get("pw=" + prev + "|" + w, 0.0),
            get("wn=" + w + "|" + nxt, 0.0),
            get("cap=" + str(tok.text[:1].isupper()), 0.0),
            get("lex=" + str(w in verbs), 0.0),
            get("plex=" + str(prev in verbs), 0.0),
            get("nlex=" + str(nxt in verbs), 0.0),
            get("gb=" + gb, 0.0),
            get("ga=" + ga, 0.0),
            get("pn=" + str(i > 0 and prev in _SPEAKERS), 0.0),
            get("nst=" + (after.stem if after else "</s>"), 0.0),
            get("wst|gb=" + st + "|" + gb, 0.0),
            get("wst|ga=" + st + "|" + ga, 0.0),
            get("ga2=" + gap(text, toks, i + 2), 0.0),
            get("nthat=" + str(any(t.norm == "that" for t in toks[i + 1 : i + 4])), 0.0),
            get("p2w=" + prev2 + "|" + prev + "|" + w, 0.0),
            get("qbefore=" + str("”" in quoted or '"' in quoted), 0.0),
        ]
    )


# below zero: trades precision for recall (-6 chosen on the last 100 train articles, the
# tagger trained on the rest: cue F1 0.746 at -2, 0.763 at -6)
THRESHOLD = -6.0


def _near_vocabulary(toks: list[Token], vocabulary: frozenset[str]) -> list[int]:
    """Only runs holding a vocabulary word are kept: score those words and two either side."""
    near: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.norm in vocabulary:
            near.update(range(max(0, i - 2), min(len(toks), i + 3)))
    return sorted(near)


def cue_runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token ranges the tagger marks as cues, adjacent words joined."""
    model = _model()
    if model is None:
        return []
    weights, vocabulary = model
    runs: list[tuple[int, int]] = []
    gaps: dict[int, str] = {}
    for i in _near_vocabulary(toks, vocabulary):
        if score(text, toks, i, weights, gaps) <= THRESHOLD:
            continue
        if runs and runs[-1][1] == i - 1 and _memo_gap(gaps)(text, toks, i) == "none":
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return [
        (a, b)
        for a, b in runs
        if any(t.norm in vocabulary for t in toks[a : b + 1]) and not _event_noun(toks, a)
    ]


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
