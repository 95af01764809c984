"""Run every benchmark in turn (`make bench`). Each reads ../shared/data and says so when it
is missing; figures go to standard output. Never part of the test suite: timings on a shared
machine are noisy, so they are measured here, not asserted in tests."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = (
    ["bench.msrp"],
    ["bench.polnear", "--split", "dev"],
    ["bench.speed"],
    ["bench.export_speed"],
    ["bench.gui_startup"],
)


def main() -> int:
    failed = 0
    for args in BENCHMARKS:
        print(f"\n=== python -m {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, "-m", *args], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
