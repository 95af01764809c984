"""Time from launching Parallax on the demo pair to a painted, highlighted window.

    .venv/bin/python -m bench.gui_startup [--runs 7] [--platform offscreen|xcb]

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


def one_run(platform: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            proc.wait(timeout=60)
            return elapsed
    _, err = proc.communicate(timeout=60)
    raise SystemExit(f"gui_startup: the window never painted (exit {proc.returncode}): {err[-500:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.child:
        return child()
    one_run(ns.platform)  # warm the disk cache; not counted
    times = [one_run(ns.platform) for _ in range(ns.runs)]
    median = statistics.median(times)
    print(f"platform {ns.platform}, {ns.runs} runs: " + ", ".join(f"{t:.2f}" for t in times))
    verdict = "OK" if median < TARGET_S else "OVER TARGET"
    print(f"median time to a painted, highlighted window: {median:.2f} s (target < {TARGET_S} s) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
