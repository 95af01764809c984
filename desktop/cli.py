"""The `parallax` command line.

    parallax                          open the window
    parallax LEFT RIGHT               open the window on two articles
    parallax gui [LEFT RIGHT] [--screenshot PNG]
    parallax compare LEFT RIGHT [--json PATH|-] [--pdf PATH] [--html PATH] [options]
    parallax --self-test              headless check of an installed or bundled app

Exit codes: 0 success, 2 usage error, 3 an input that cannot be read, 4 an output that
cannot be written. Errors are one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"parallax: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _compare_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parallax compare", description="Compare two articles headless.")
    p.add_argument("left", help="left article: a file, or - for standard input")
    p.add_argument("right", help="right article: a file, or - for standard input")
    p.add_argument("--json", metavar="PATH", help="write the comparison as JSON (- for stdout)")
    p.add_argument("--pdf", metavar="PATH", help="write the highlighted comparison as PDF")
    p.add_argument("--html", metavar="PATH", help="write the comparison as one HTML file")
    p.add_argument("--encoding", help="read both inputs in this encoding (default: detect)")
    p.add_argument("--language", choices=["auto", "en", "ru"], default="auto")
    p.add_argument(
        "--match-threshold", type=float, metavar="0-100",
        help="lowest score at which two sentences count as the same claim",
    )
    p.add_argument(
        "--overlap-threshold", type=float, metavar="0-100",
        help="score at or above which a same-claim pair is an overlap rather than framing",
    )
    p.add_argument("--paper", choices=["a4", "letter"], help="PDF page size (default: locale)")
    p.add_argument("--landscape", action="store_true", help="PDF in landscape")
    p.add_argument(
        "--findings-only", action="store_true", help="PDF/HTML: only pairs and unique items"
    )
    return p


def _gui_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parallax", description="Compare two news articles side by side.")
    p.add_argument("left", nargs="?", help="left article")
    p.add_argument("right", nargs="?", help="right article")
    p.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
    p.add_argument("--encoding", help="read inputs in this encoding (default: detect)")
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    p.add_argument("--self-test", action="store_true", help="headless self check, then exit")
    return p


def _options(ns: argparse.Namespace) -> object:
    from desktop.engine import CompareOptions

    changes: dict[str, object] = {}
    for name in ("match_threshold", "overlap_threshold"):
        value = getattr(ns, name)
        if value is not None:
            if not 0 <= value <= 100:
                raise _UsageError(f"--{name.replace('_', '-')} must be between 0 and 100")
            changes[name] = value
    outputs = [Path(p).resolve() for p in (ns.json, ns.pdf, ns.html) if p and p != "-"]
    if len(set(outputs)) < len(outputs):
        raise _UsageError("--json, --pdf and --html must name different files")
    if ns.encoding:
        import codecs

        try:
            codecs.lookup(ns.encoding)
        except LookupError:
            raise _UsageError(f"unknown encoding: {ns.encoding}") from None
    if ns.language != "auto":
        changes["language"] = ns.language
    return CompareOptions(**changes)  # type: ignore[arg-type]


class _UsageError(Exception):
    pass


def _read(spec: str, encoding: str | None) -> object:
    from desktop.formats import read_article, read_stdin

    if spec == "-":
        return read_stdin(sys.stdin.buffer, encoding=encoding)
    return read_article(Path(spec), encoding=encoding)


def run_compare(argv: Sequence[str]) -> int:
    ns = _compare_parser().parse_args(argv)
    from desktop.engine import compare
    from desktop.formats import ReadError

    try:
        options = _options(ns)
        if ns.left == ns.right == "-":
            raise _UsageError("standard input (-) can be used for one side only")
        left = _read(ns.left, ns.encoding)
        right = _read(ns.right, ns.encoding)
    except _UsageError as exc:
        print(f"parallax: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReadError as exc:
        print(f"parallax: {exc}", file=sys.stderr)
        return EXIT_INPUT
    comparison = compare(left, right, options)  # type: ignore[arg-type]
    try:
        return _write_outputs(ns, comparison)
    except OSError as exc:
        reason = exc.strerror or exc
        print(f"parallax: cannot write {exc.filename or ''}: {reason}", file=sys.stderr)
        return EXIT_OUTPUT


def _write_outputs(ns: argparse.Namespace, comparison: object) -> int:
    from desktop.export import ExportError

    wrote_any = False
    try:
        if ns.pdf:
            from desktop.export import PdfOptions, write_pdf

            write_pdf(
                comparison,  # type: ignore[arg-type]
                Path(ns.pdf),
                PdfOptions(paper=ns.paper, landscape=ns.landscape, findings_only=ns.findings_only),
            )
            wrote_any = True
        if ns.html:
            from desktop.export import write_html

            write_html(comparison, Path(ns.html), findings_only=ns.findings_only)  # type: ignore[arg-type]
            wrote_any = True
        if ns.json == "-" or (ns.json is None and not wrote_any):
            json.dump(comparison.to_dict(), sys.stdout, ensure_ascii=False, indent=1)  # type: ignore[attr-defined]
            sys.stdout.write("\n")
        elif ns.json:
            from desktop.export import write_json

            write_json(comparison, Path(ns.json))  # type: ignore[arg-type]
    except ExportError as exc:
        print(f"parallax: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "compare":
            return run_compare(args[1:])
        if args and args[0] == "gui":
            args = args[1:]
        ns = _gui_parser().parse_args(args)
        if ns.self_test:
            from desktop.selftest import run_self_test

            return run_self_test()
        if (ns.left is None) != (ns.right is None):
            print("parallax: error: give two articles (LEFT RIGHT) or none", file=sys.stderr)
            return EXIT_USAGE
        from desktop.app import run_gui

        return run_gui(ns.left, ns.right, screenshot=ns.screenshot, encoding=ns.encoding)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
