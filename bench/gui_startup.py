"""Time from launching Parallax on the demo pair to a painted, highlighted window.

    .venv/bin/python -m bench.gui_startup [--runs 7] [--platform offscreen|xcb]
    .venv/bin/python -m bench.gui_startup --large 5000     # scrolling two 5,000-sentence articles

Each run is a fresh interpreter (cold imports, like a user's launch): the parent starts the
clock just before spawning the child; the child builds the window the way `parallax LEFT
RIGHT` does (compare off the GUI thread), and prints once the left pane has painted with the
comparison's highlights applied. Target: median under 1.5 s. Not a test: machines are noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.5


def child() -> int:
    sys.path.insert(0, str(ROOT))
    import tempfile

    from desktop.app import application, build_window
    from desktop.resources import demo_pair

    app = application()
    from PySide6.QtCore import QEvent, QObject, QSettings

    scratch = tempfile.mkdtemp()
    window, controller = build_window(
        QSettings(str(Path(scratch) / "bench.ini"), QSettings.Format.IniFormat)
    )
    left, right = demo_pair()

    class PaintWatch(QObject):
        def eventFilter(self, watched, event):  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint and controller.comparison is not None:
                app.removeEventFilter(self)
                print("painted", flush=True)
                app.quit()
            return False

    watch = PaintWatch()
    window.left.text.viewport().installEventFilter(watch)
    window.show()
    controller.load_path("left", left, compare_now=False)
    controller.load_path("right", right, compare_now=False)
    controller.request_compare()
    app.exec()
    return 0 if controller.comparison is not None else 1


def synthetic_comparison(n: int):  # noqa: ANN201
    """Two n-sentence articles in paragraphs of four, every pair of a third reordered, every
    tenth sentence unique: the shape of a long comparison without the engine's cost."""
    from desktop.engine.model import Article, ClaimPair, Comparison, Document, Sentence, Summary
    from desktop.engine.options import CompareOptions

    def document(side: str, words: list[str]) -> Document:
        sentences, parts, start = [], [], 0
        for i, text in enumerate(words):
            sep = "\n" if i % 4 == 3 else " "
            sentences.append(Sentence(i, start, start + len(text), i // 4))
            parts.append(text + sep)
            start += len(text) + 1
        return Document(side, Article("".join(parts), f"{side} article"), "en", tuple(sentences))

    order = [
        i + 2 - 2 * (i % 3) if (i // 3) % 3 == 2 and i // 3 * 3 + 2 < n else i for i in range(n)
    ]
    left = [
        f"Officials said claim {i} about the port and its budget was confirmed on day {i % 31}."
        for i in range(n)
    ]
    right = [""] * n
    for i, j in enumerate(order):
        right[j] = (
            f"Officials stressed claim {i} about the port and its budget"
            f" was confirmed on day {i % 31}."
        )
    pairs = tuple(
        ClaimPair((i,), (order[i],), "overlap" if i % 2 else "framing", 80.0)
        for i in range(n)
        if i % 10
    )
    unique_left = tuple(i for i in range(n) if i % 10 == 0)
    unique_right = tuple(order[i] for i in unique_left)
    summary = Summary(
        len(pairs) // 2, len(pairs) // 2, len(unique_left), len(unique_right), 80.0, 0.8, 0.8
    )
    return Comparison(
        document("left", left),
        document("right", right),
        pairs,
        unique_left,
        unique_right,
        summary,
        CompareOptions(),
    )


def large(n: int) -> int:
    """Apply a comparison of two n-sentence articles, then scroll through it step by step."""
    sys.path.insert(0, str(ROOT))
    import tempfile

    from PySide6.QtCore import QSettings

    from desktop.app import application, build_window

    app = application()
    window, controller = build_window(
        QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    )
    window.show()
    app.processEvents()
    comparison = synthetic_comparison(n)
    start = time.perf_counter()
    controller.articles = {"left": comparison.left.article, "right": comparison.right.article}
    controller.apply(comparison)
    app.processEvents()
    applied = time.perf_counter() - start
    bar = window.left.text.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
        t = time.perf_counter()
        bar.setValue(value)  # the right pane follows by alignment, the strip redraws
        app.processEvents()  # paints what scrolling dirtied, as the event loop would
        steps.append(time.perf_counter() - t)
    steps.sort()
    print(
        f"{n} sentences a side: apply {applied:.2f} s; scroll step (sync + repaint): "
        f"median {statistics.median(steps) * 1000:.1f} ms, "
        f"95th percentile {steps[int(len(steps) * 0.95)] * 1000:.1f} ms ({len(steps)} steps)"
    )
    return 0


def one_run(platform: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            proc.wait(timeout=60)
            return elapsed
    _, err = proc.communicate(timeout=60)
    raise SystemExit(
        f"gui_startup: the window never painted (exit {proc.returncode}): {err[-500:]}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--large", type=int, metavar="N", help="scroll two N-sentence articles")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.child:
        return child()
    if ns.large:
        os.environ.setdefault("QT_QPA_PLATFORM", ns.platform)
        return large(ns.large)
    one_run(ns.platform)  # warm the disk cache; not counted
    times = [one_run(ns.platform) for _ in range(ns.runs)]
    median = statistics.median(times)
    print(f"platform {ns.platform}, {ns.runs} runs: " + ", ".join(f"{t:.2f}" for t in times))
    verdict = "OK" if median < TARGET_S else "OVER TARGET"
    print(
        f"median time to a painted, highlighted window: {median:.2f} s"
        f" (target < {TARGET_S} s) {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
