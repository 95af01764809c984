"""How long the PDF export takes: the demo pair (goal < 1 s) and two 1,000-sentence articles
(goal < 10 s). Also times the HTML export.

    .venv/bin/python -m bench.export_speed

The long articles are BASIL news stories (../shared/data/basil, i.e. /work/shared/data/basil,
never copied into the repo) strung together per side: articles `*_1.json` on the left,
`*_2.json` (the same events, another outlet) on the right. They are compared with the real
engine when `desktop.engine.compare` works, else a hand-built comparison of the same texts
is used (and the script says so). Only the export is timed, not the comparison.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
BASIL = REPO.parent / "shared" / "data" / "basil" / "articles"
TARGET_SENTENCES = 1000


def _engine() -> Callable[..., object] | None:
    try:
        from desktop.engine import compare
    except ImportError as exc:
        print(f"engine not available ({exc}); using hand-built comparisons")
        return None
    return compare


def _splitter(engine: bool) -> Callable[[str], tuple[object, ...]]:
    """The engine's sentence splitter when it is used, so "1,000 sentences" is its count."""
    if engine:
        try:
            from desktop.engine.segment import split_sentences
        except ImportError:
            engine = False
    if not engine:
        from tests.export.fixtures import split_sentences
    return split_sentences  # type: ignore[return-value]


def _basil_side(suffix: str, engine: bool) -> str:
    split_sentences = _splitter(engine)

    paragraphs: list[str] = []
    for path in sorted(BASIL.glob(f"*/*_{suffix}.json")):
        story = json.loads(path.read_text(encoding="utf-8"))
        body = story["body-paragraphs"]
        body = ast.literal_eval(body) if isinstance(body, str) else body
        paragraphs.extend(" ".join(p) if isinstance(p, list) else str(p) for p in body)
        if len(split_sentences("\n".join(paragraphs))) >= TARGET_SENTENCES:
            break
    text = "\n".join(paragraphs)
    cut = split_sentences(text)[TARGET_SENTENCES - 1].end  # type: ignore[attr-defined]
    return text[:cut]


def _long_comparison(compare: Callable[..., object] | None) -> object:
    from desktop.engine.model import Article

    if not BASIL.is_dir():
        print(f"BASIL data missing at {BASIL}; using a synthetic 1,000-sentence comparison")
        from tests.export.fixtures import large_comparison

        return large_comparison(TARGET_SENTENCES)
    left = Article(_basil_side("1", True), title="BASIL stories, first outlet")
    right = Article(_basil_side("2", True), title="BASIL stories, second outlet")
    if compare is not None:
        started = time.perf_counter()
        try:
            result = compare(left, right)
        except Exception as exc:  # noqa: BLE001 - the engine is another team's work in progress
            print(f"engine failed on the long pair ({type(exc).__name__}: {exc}); hand-built")
        else:
            print(f"(engine compare of the long pair: {time.perf_counter() - started:.1f} s)")
            return result
    from tests.export.fixtures import build, split_sentences

    left = Article(_basil_side("1", False), title="BASIL stories, first outlet")
    right = Article(_basil_side("2", False), title="BASIL stories, second outlet")
    n = min(len(split_sentences(left.text)), len(split_sentences(right.text)))
    specs = [((i,), (i,), "overlap" if i % 2 else "framing") for i in range(0, n, 3)]
    return build(left, right, specs)  # type: ignore[arg-type]


def _demo_comparison(compare: Callable[..., object] | None) -> object:
    from tests.export.fixtures import demo_articles, demo_comparison

    if compare is not None:
        try:
            return compare(*demo_articles())
        except Exception as exc:  # noqa: BLE001 - as above
            print(f"engine failed on the demo pair ({type(exc).__name__}: {exc}); hand-built")
    return demo_comparison()


def _time(label: str, goal: float | None, action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    took = time.perf_counter() - started
    verdict = (
        "" if goal is None else (" ok" if took < goal else f" SLOWER than the {goal:g} s goal")
    )
    print(f"{label:<44} {took:6.2f} s{verdict}")
    return took


def main() -> int:
    sys.path.insert(0, str(REPO))
    from desktop.export import PdfOptions, write_html, write_pdf
    from desktop.export.fonts import ensure_gui_app

    ensure_gui_app()
    compare = _engine()
    demo = _demo_comparison(compare)
    long = _long_comparison(compare)
    sentences = [len(d.sentences) for d in long.documents]  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_pdf(demo, out / "warm-up.pdf")  # type: ignore[arg-type]
        slow = [
            _time(
                "demo pair, PDF (A4)",
                1.0,
                lambda: write_pdf(demo, out / "demo.pdf", PdfOptions("a4")),
            ),  # type: ignore[arg-type]
            _time("demo pair, HTML", None, lambda: write_html(demo, out / "demo.html")),  # type: ignore[arg-type]
            _time(
                f"long pair {sentences[0]}+{sentences[1]} sentences, PDF",
                10.0,
                lambda: write_pdf(long, out / "long.pdf", PdfOptions("a4")),
            ),  # type: ignore[arg-type]
            _time(
                "long pair, PDF findings only",
                10.0,
                lambda: write_pdf(long, out / "short.pdf", PdfOptions("a4", findings_only=True)),
            ),  # type: ignore[arg-type]
            _time("long pair, HTML", None, lambda: write_html(long, out / "long.html")),  # type: ignore[arg-type]
        ]
        print(f"long PDF: {(out / 'long.pdf').stat().st_size // 1024} KB")
    return 0 if slow[0] < 1.0 and slow[2] < 10.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
