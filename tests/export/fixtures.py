"""Hand-made `Comparison` objects for the export tests (no engine needed).

`demo_comparison()` uses the bundled demo pair's real text, split into sentences by a simple
rule, with pairs, framing cues and attributions chosen by hand. `cyrillic_comparison()` holds
Russian text, curly quotes, dashes and ligature-prone English words; `hostile_comparison()`
an article full of markup; `large_comparison(n)` n sentences a side for speed checks.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from desktop import resources
from desktop.engine.model import (
    Article,
    Attribution,
    ClaimPair,
    Comparison,
    DiffOp,
    Document,
    FramingCue,
    Sentence,
    Summary,
)

PairSpec = tuple[tuple[int, ...], tuple[int, ...], str]  # left ids, right ids, kind


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences by a simple rule: end punctuation then space, within each line."""
    found: list[Sentence] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        for piece in re.finditer(r"\S.*?(?:[.!?…](?=\s|$)|$)", line.group()):
            start = line.start() + piece.start()
            found.append(
                Sentence(len(found), start, start + len(piece.group().rstrip()), paragraph)
            )
    return tuple(found)


def word_diff(left: str, right: str) -> tuple[DiffOp, ...]:
    a, b = re.findall(r"\S+\s*", left), re.findall(r"\S+\s*", right)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(DiffOp("left", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(DiffOp("right", "".join(b[j1:j2])))
    return tuple(ops)


def find_span(text: str, needle: str, sentence: Sentence) -> tuple[int, int]:
    at = text.index(needle, sentence.start, sentence.end)
    return at, at + len(needle)


def attribution(
    doc_text: str, sentences: Sequence[Sentence], sid: int, source: str, cue: str, shared: bool
) -> Attribution:
    s = sentences[sid]
    return Attribution(
        sentence=sid,
        source=source,
        source_span=find_span(doc_text, source, s),
        cue=cue,
        cue_span=find_span(doc_text, cue, s),
        content_span=None,
        key=source.lower(),
        shared=shared,
    )


def build(
    left: Article,
    right: Article,
    specs: Sequence[PairSpec],
    cues: dict[int, tuple[FramingCue, ...]] | None = None,
    left_attributions: Sequence[tuple[int, str, str, bool]] = (),
    right_attributions: Sequence[tuple[int, str, str, bool]] = (),
    language: str = "en",
) -> Comparison:
    """A Comparison from articles, pair specs (sentence ids) and attributions by words."""
    ls, rs = split_sentences(left.text), split_sentences(right.text)
    pairs = []
    for n, (li, ri, kind) in enumerate(specs):
        lt = " ".join(s.text(left.text) for s in (ls[i] for i in li))
        rt = " ".join(s.text(right.text) for s in (rs[i] for i in ri))
        diff = word_diff(lt, rt) if kind == "framing" else ()
        score = 90.0 if kind == "overlap" else 62.0
        pairs.append(ClaimPair(li, ri, kind, score, diff, (cues or {}).get(n, ())))  # type: ignore[arg-type]
    unique_left = tuple(s.id for s in ls if all(s.id not in p.left for p in pairs))
    unique_right = tuple(s.id for s in rs if all(s.id not in p.right for p in pairs))
    la = tuple(attribution(left.text, ls, *a) for a in left_attributions)
    ra = tuple(attribution(right.text, rs, *a) for a in right_attributions)
    summary = Summary(
        overlap=sum(p.kind == "overlap" for p in pairs),
        framing=sum(p.kind == "framing" for p in pairs),
        unique_left=len(unique_left),
        unique_right=len(unique_right),
        similarity=41.5,
        shared_share_left=0.4,
        shared_share_right=0.35,
        sources_shared=tuple(sorted({a.source for a in la + ra if a.shared})),
        sources_only_left=tuple(a.source for a in la if not a.shared),
        sources_only_right=tuple(a.source for a in ra if not a.shared),
        entities_only_left=("RIA News",),
        entities_only_right=("Eastern Economic Forum",),
    )
    return Comparison(
        left=Document("left", left, language, ls, la),
        right=Document("right", right, language, rs, ra),
        pairs=tuple(pairs),
        unique_left=unique_left,
        unique_right=unique_right,
        summary=summary,
    )


def demo_articles() -> tuple[Article, Article]:
    left_path, right_path = resources.demo_pair()
    return (
        Article(
            left_path.read_text(encoding="utf-8"),
            title="Moscow keeps lines open with Seoul",
            outlet="RIA News",
            path=str(left_path),
            date="2023-09-12",
        ),
        Article(
            right_path.read_text(encoding="utf-8"),
            title="Rudenko on South Korea at the EEF",
            outlet="Eastern Economic Forum",
            path=str(right_path),
        ),
    )


def demo_comparison() -> Comparison:
    left, right = demo_articles()
    specs: list[PairSpec] = [
        ((0,), (1,), "framing"),
        ((3, 4), (4,), "framing"),
        ((5,), (2,), "framing"),
        ((8,), (5,), "framing"),
        ((11,), (11,), "overlap"),
    ]
    cues = {
        0: (
            FramingCue(
                "reporting_verb",
                "believing",
                "highlighted",
                "Left says “believing”; right says “highlighted”.",
            ),
        ),
        1: (
            FramingCue(
                "tone",
                "difficult times",
                "tangible areas",
                "Left stresses difficulty; right stresses cooperation.",
            ),
            FramingCue(
                "hedge",
                "only a few years ago",
                "",
                "Only the left article hedges with “only a few years ago”.",
            ),
        ),
        2: (
            FramingCue(
                "reporting_verb", "stressed", "emphasized", "Left: “stressed”; right: “emphasized”."
            ),
        ),
    }
    return build(
        left,
        right,
        specs,
        cues,
        left_attributions=[
            (1, "Ivan Zhelokhovtsev", "conveyed", False),
            (8, "The diplomat", "added", True),
        ],
        right_attributions=[
            (3, "Rudenko", "pointed out", False),
            (5, "The Russian official", "observed", True),
        ],
    )


CYRILLIC_LEFT = (
    "Министр заявил: «Переговоры — это единственный путь». "
    "Officials affirmed the efficient offer — “a fine, fluffy deal” — on Tuesday.\n"
    "Ёжик в тумане сказал, что всё будет хорошо."
)
CYRILLIC_RIGHT = (
    "Министр отметил: «Переговоры — лучший путь». "
    "Officials affirmed the offer – ‘a final deal’ – on Tuesday."
)


def cyrillic_comparison() -> Comparison:
    return build(
        Article(CYRILLIC_LEFT, title="Переговоры: «путь» — мнение министра", outlet="Вести"),
        Article(CYRILLIC_RIGHT, title="Officials’ “final” offer", outlet="Wire"),
        [((0,), (0,), "framing"), ((1,), (1,), "framing")],
        {
            0: (
                FramingCue(
                    "reporting_verb", "заявил", "отметил", "Слева «заявил», справа «отметил»."
                ),
            )
        },
        language="ru",
    )


HOSTILE = (
    'Breaking <script>alert("x")</script> news. '
    'A picture <img src="http://evil.example/p.png" onerror="alert(1)"> appeared. '
    "Ampersands & <b>bold</b> tags stay as text."
)


def hostile_comparison() -> Comparison:
    return build(
        Article(HOSTILE, title='<script>alert("title")</script>', outlet="<i>Evil</i> Times"),
        Article("A calm article. Nothing to see here.", title="Calm"),
        [((0,), (0,), "framing")],
        {0: (FramingCue("tone", "<script>", "calm", "<img src=x onerror=alert(2)> in the note"),)},
    )


def large_comparison(n: int) -> Comparison:
    """n sentences a side: every 3rd paired as overlap, every 3rd as framing, the rest unique."""
    words = [
        "officials",
        "said",
        "the",
        "talks",
        "on",
        "trade",
        "and",
        "security",
        "would",
        "continue",
        "next",
        "week",
    ]

    def text(side: int) -> str:
        lines = []
        for i in range(n):
            chosen = [words[(i * 7 + k * (3 + side)) % len(words)] for k in range(14)]
            lines.append(f"Sentence {i} says {' '.join(chosen)}.")
        return "\n".join(" ".join(lines[i : i + 5]) for i in range(0, n, 5))

    specs: list[PairSpec] = []
    for i in range(0, n, 3):
        specs.append(((i,), (i,), "overlap" if i % 2 else "framing"))
    left, right = Article(text(0), title="Large left"), Article(text(1), title="Large right")
    return build(left, right, specs)
