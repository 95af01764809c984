"""Evidence for an aligned pair and its kind: overlapping claim or divergent framing.

`analyse_pair()` does the work once per pair: a word-level diff (over word tokens, cleaned up
semantically by diff-match-patch, so no op ever splits a word) and named framing cues.
`kind_of()` is cheap: the window's sensitivity slider calls it on every move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from desktop.engine import framing, lexicon
from desktop.engine.model import Attribution, DiffOp, DiffOpKind, FramingCue
from desktop.engine.options import CompareOptions

# cues that make a pair "framing" whatever its score
STRONG_CUES = frozenset(
    {"reporting_verb", "hedge", "intensifier", "loaded", "tone", "number", "date", "source"}
)

_DIFF_TOKEN = re.compile(rf"{lexicon.WORD.pattern}|\s+|.", re.UNICODE | re.DOTALL)
_PRIVATE_USE = 0xF0000  # supplementary private use area: one code point per distinct token
_OPS: dict[int, DiffOpKind] = {0: "equal", -1: "left", 1: "right"}


@dataclass(frozen=True, slots=True)
class PairEvidence:
    diff: tuple[DiffOp, ...]
    cues: tuple[FramingCue, ...]
    wording: float  # 0-100: share of the two sentences' words that the diff finds equal

    @property
    def strong(self) -> bool:
        return any(c.type in STRONG_CUES for c in self.cues)


def analyse_pair(
    left_text: str,
    right_text: str,
    language: str,
    left_attributions: Sequence[Attribution] = (),
    right_attributions: Sequence[Attribution] = (),
) -> PairEvidence:
    worded = analyse_wording(left_text, right_text, language)
    return with_sources(worded, left_attributions, right_attributions)


def analyse_wording(left_text: str, right_text: str, language: str) -> PairEvidence:
    """The evidence the two texts give alone: the diff and every cue but the sources (compare()
    finds it while the attributions are still being found)."""
    diff = word_diff(left_text, right_text)
    left = _Side.of(left_text, language)
    right = _Side.of(right_text, language)
    cues = (
        *_reporting_cues(left, right, language),
        *_marker_cues(left, right, language),
        *_tone_cues(left, right, language),
        *_mention_cues(left, right),
    )
    return PairEvidence(diff, tuple(cues), _wording(diff))


def with_sources(
    worded: PairEvidence,
    left_attributions: Sequence[Attribution],
    right_attributions: Sequence[Attribution],
) -> PairEvidence:
    """`analyse_wording()`'s evidence with the source cue (last, as `analyse_pair` orders it)."""
    sources = _source_cues(left_attributions, right_attributions)
    if not sources:
        return worded
    return PairEvidence(worded.diff, worded.cues + tuple(sources), worded.wording)


def kind_of(
    score: float, evidence: PairEvidence, options: CompareOptions
) -> Literal["overlap", "framing"]:
    """Overlap: near the same words (score and wording at or above the overlap threshold) and
    no framing cue. Anything else aligned is divergent framing."""
    if evidence.strong:
        return "framing"
    if min(score, evidence.wording) < options.overlap_threshold:
        return "framing"
    return "overlap"


# ---- word diff -----------------------------------------------------------------------------


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    """Diff of two sentences in whole words; equal+left texts rebuild `left` exactly, and
    equal+right texts rebuild `right`.

    Words, runs of whitespace and other characters become one code point each (the
    diff-match-patch linesToChars trick, per word). The minimal diff of the two code strings
    comes from rapidfuzz's LCS in C (the diff diff-match-patch's Myers bisect finds, 3-10x
    faster: 0.8 ms a pair on loosely worded pairs in pure Python), then diff-match-patch merges
    and cleans it up semantically, and the codes are mapped back to text."""
    vocabulary: dict[str, str] = {}
    tokens: list[str] = []
    codes = [_encode(text, vocabulary, tokens) for text in (left, right)]
    diffs = _raw_diff(codes[0], codes[1])
    engine = diff_match_patch()
    engine.diff_cleanupMerge(diffs)
    engine.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    for code, chars in diffs:
        text = "".join(tokens[ord(c) - _PRIVATE_USE] for c in chars)
        op = _OPS[code]
        if ops and ops[-1].op == op:
            ops[-1] = DiffOp(op, ops[-1].text + text)
        elif text:
            ops.append(DiffOp(op, text))
    return tuple(ops)


def _raw_diff(a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch style diffs: (0 equal | -1 only in a | 1 only in b, text)."""
    out: list[tuple[int, str]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            out.append((0, a[op.src_start : op.src_end]))
            continue
        if op.src_end > op.src_start:
            out.append((-1, a[op.src_start : op.src_end]))
        if op.dest_end > op.dest_start:
            out.append((1, b[op.dest_start : op.dest_end]))
    return out


def _encode(text: str, vocabulary: dict[str, str], tokens: list[str]) -> str:
    out = []
    for token in _DIFF_TOKEN.findall(text):
        code = vocabulary.get(token)
        if code is None:
            code = vocabulary[token] = chr(_PRIVATE_USE + len(tokens))
            tokens.append(token)
        out.append(code)
    return "".join(out)


def _wording(diff: tuple[DiffOp, ...]) -> float:
    counts = {"equal": 0, "left": 0, "right": 0}
    for op in diff:
        counts[op.op] += len(lexicon.WORD.findall(op.text))
    total = 2 * counts["equal"] + counts["left"] + counts["right"]
    return 100.0 * 2 * counts["equal"] / total if total else 100.0


# ---- framing cues --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Side:
    text: str
    tokens: tuple[lexicon.Token, ...]
    stems: tuple[str, ...]
    norms: tuple[str, ...]

    @classmethod
    def of(cls, text: str, language: str) -> _Side:
        toks = tuple(lexicon.tokens(text, language))
        return cls(text, toks, tuple(t.stem for t in toks), tuple(t.norm for t in toks))

    def words(self, match: framing.Match) -> str:
        return self.text[self.tokens[match.start].start : self.tokens[match.end - 1].end]

    def find(self, lex: framing.Lexicon) -> list[framing.Match]:
        found = lex.find(self.stems if lex.stemmed else self.norms)
        return [m for m in found if not self._is_month_may(m)]

    def _is_month_may(self, match: framing.Match) -> bool:
        tok = self.tokens[match.start]
        return tok.norm == "may" and tok.text[0] == "M" and match.start > 0


def _quote(text: str) -> str:
    return f"'{text}'" if text else "—"


def _note(kind: str, left: str, right: str) -> str:
    if not right:
        return f"{kind}: {_quote(left)} only on the left"
    if not left:
        return f"{kind}: {_quote(right)} only on the right"
    return f"{kind}: {_quote(left)} vs {_quote(right)}"


def _cue(type_: str, label: str, left: str, right: str) -> FramingCue:
    return FramingCue(type_, left, right, _note(label, left, right))


def _reporting_cues(left: _Side, right: _Side, language: str) -> list[FramingCue]:
    lex = framing.reporting_verbs(language)
    lv, rv = left.find(lex), right.find(lex)
    lkinds = {m.label for m in lv} - {"neutral"}
    rkinds = {m.label for m in rv} - {"neutral"}
    if lkinds == rkinds:
        return []
    lword = _pick(left, lv, lkinds - rkinds)
    rword = _pick(right, rv, rkinds - lkinds)
    return [_cue("reporting_verb", "reporting verb", lword, rword)]


def _pick(side: _Side, matches: list[framing.Match], labels: set[str]) -> str:
    """The verb to show: one whose connotation the other side lacks, else the first one."""
    chosen = [m for m in matches if m.label in labels] or matches
    return side.words(chosen[0]) if chosen else ""


_MARKER_LABELS = {"hedge": "hedge", "intensifier": "intensifier", "loaded": "loaded word"}


def _marker_cues(left: _Side, right: _Side, language: str) -> list[FramingCue]:
    lex = framing.markers(language)
    lm, rm = left.find(lex), right.find(lex)
    cues = []
    for kind in ("hedge", "intensifier"):
        lw = [left.words(m) for m in lm if m.label == kind]
        rw = [right.words(m) for m in rm if m.label == kind]
        if bool(lw) != bool(rw):
            cues.append(_cue(kind, kind, ", ".join(lw), ", ".join(rw)))
    cues.extend(_loaded_cues(left, lm, right, rm))
    return cues


def _loaded_cues(
    left: _Side, lm: list[framing.Match], right: _Side, rm: list[framing.Match]
) -> list[FramingCue]:
    lstems = {left.stems[m.start : m.end] for m in lm if m.label == "loaded"}
    rstems = {right.stems[m.start : m.end] for m in rm if m.label == "loaded"}
    lw = [
        left.words(m)
        for m in lm
        if m.label == "loaded" and left.stems[m.start : m.end] not in rstems
    ]
    rw = [
        right.words(m)
        for m in rm
        if m.label == "loaded" and right.stems[m.start : m.end] not in lstems
    ]
    if not lw and not rw:
        return []
    return [_cue("loaded", "loaded word", ", ".join(lw), ", ".join(rw))]


def _tone_cues(left: _Side, right: _Side, language: str) -> list[FramingCue]:
    lex = framing.tone(language)
    negators = framing.negators(language)
    lpol = _polarity(left, left.find(lex), negators)
    rpol = _polarity(right, right.find(lex), negators)
    if lpol[0] * rpol[0] < 0:
        return [_cue("tone", "tone", lpol[1], rpol[1])]
    lneg, rneg = _negation(left, negators), _negation(right, negators)
    if bool(lneg) != bool(rneg):
        return [_cue("tone", "negation", lneg, rneg)]
    return []


def _negation(side: _Side, negators: frozenset[str]) -> str:
    return ", ".join(t.text for t in side.tokens if t.norm in negators or t.norm.endswith("n't"))


def _polarity(
    side: _Side, matches: list[framing.Match], negators: frozenset[str]
) -> tuple[int, str]:
    """(sign of the tone, the words carrying it) for one sentence."""
    signed = []
    for m in matches:
        sign = 1 if m.label == "positive" else -1
        before = side.tokens[max(0, m.start - 3) : m.start]
        if any(t.norm in negators or t.norm.endswith("n't") for t in before):
            sign = -sign
        signed.append((sign, m))
    total = sum(s for s, _ in signed)
    sign = (total > 0) - (total < 0)
    words = [_tone_phrase(side, m) for s, m in signed if s == sign]
    return sign, ", ".join(words)


def _tone_phrase(side: _Side, match: framing.Match) -> str:
    """The polar word and, when a content word follows it, that word ("difficult times")."""
    end = match.end
    if end < len(side.tokens) and not side.tokens[end].stop and side.tokens[end].norm.isalpha():
        gap = side.text[side.tokens[end - 1].end : side.tokens[end].start]
        if gap.isspace():
            end += 1
    return side.text[side.tokens[match.start].start : side.tokens[end - 1].end]


def _mention_cues(left: _Side, right: _Side) -> list[FramingCue]:
    lnum, ldate = framing.mentions(list(left.tokens), left.text)
    rnum, rdate = framing.mentions(list(right.tokens), right.text)
    return [
        *_disagreements("number", left.text, lnum, right.text, rnum),
        *_disagreements("date", left.text, ldate, right.text, rdate),
    ]


def _disagreements(
    type_: str,
    ltext: str,
    lm: list[framing.Mention],
    rtext: str,
    rm: list[framing.Mention],
) -> list[FramingCue]:
    """Mentions on each side with no counterpart on the other, paired in order with one of the
    same kind (a percentage with a percentage, a month with a month)."""
    lonly = _unmatched(lm, rm, framing.Mention.matches)
    ronly = _unmatched(rm, lm, framing.Mention.matches)
    cues = []
    for a in lonly:
        b = next((b for b in ronly if b.kind == a.kind), None)
        if b is not None:
            ronly.remove(b)
            cues.append(_cue(type_, type_, ltext[a.start : a.end], rtext[b.start : b.end]))
    return cues


def _unmatched(
    mine: list[framing.Mention],
    theirs: list[framing.Mention],
    same: Callable[[framing.Mention, framing.Mention], bool],
) -> list[framing.Mention]:
    free = list(theirs)
    out = []
    for m in mine:
        hit = next((t for t in free if same(m, t)), None)
        if hit is None:
            out.append(m)
        else:
            free.remove(hit)
    return out


def _source_cues(left: Sequence[Attribution], right: Sequence[Attribution]) -> list[FramingCue]:
    lkeys = {a.key: a.source for a in left if a.key}
    rkeys = {a.key: a.source for a in right if a.key}
    lonly = [lkeys[k] for k in lkeys if k not in rkeys]
    ronly = [rkeys[k] for k in rkeys if k not in lkeys]
    if not lonly and not ronly:
        return []
    return [_cue("source", "source", ", ".join(lonly), ", ".join(ronly))]
