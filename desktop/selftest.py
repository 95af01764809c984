"""`parallax --self-test`: a headless end-to-end check of an installed or bundled app.

Reads the bundled demo pair, compares it, exports a PDF to a temporary folder and checks the
file, then prints one line and returns 0:

    parallax self-test ok: 14 sentences vs 12, 5 pairs, PDF 3 pages (48 KB) in 0.9 s

On any failure it prints one line ``parallax self-test FAILED: <reason>`` and returns 1. No
display is needed: without QT_QPA_PLATFORM set, Qt runs on its offscreen platform.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

PDF_MIN_BYTES = 2_000  # a page with embedded font subsets is well above this
PDF_MAX_BYTES = 50_000_000
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_EMBEDDED_FONT = re.compile(rb"/FontFile[23]?\b")


class SelfTestFailure(Exception):
    """One failed step; the message is the reason printed after FAILED."""


@dataclass(frozen=True, slots=True)
class PdfFacts:
    pages: int
    size: int  # bytes


def run_self_test() -> int:
    """Run every step; print one line; 0 when all passed, 1 otherwise."""
    started = time.perf_counter()
    try:
        line = _run_steps()
    except SelfTestFailure as exc:
        print(f"parallax self-test FAILED: {exc}", flush=True)
        return 1
    print(f"parallax self-test ok: {line} in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


def _run_steps() -> str:
    _go_headless()
    left, right = _step("reading the demo pair", _read_demo_pair)
    comparison = _step("comparing the demo pair", lambda: _compare(left, right))
    with tempfile.TemporaryDirectory(prefix="parallax-self-test-") as folder:
        pdf = Path(folder) / "self-test.pdf"
        _step("exporting the PDF", lambda: _export_pdf(comparison, pdf))
        facts = _step("checking the PDF", lambda: check_pdf(pdf.read_bytes()))
    counts = (len(comparison.left.sentences), len(comparison.right.sentences))
    return (
        f"{counts[0]} sentences vs {counts[1]}, {_plural(len(comparison.pairs), 'pair')}, "
        f"PDF {_plural(facts.pages, 'page')} ({max(1, round(facts.size / 1024))} KB)"
    )


def _go_headless() -> None:
    """The self-test never shows a window: use Qt's offscreen platform unless told otherwise."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _step(what: str, action: Callable[[], T]) -> T:
    """Run one step; any exception becomes a SelfTestFailure naming the step."""
    try:
        return action()
    except SelfTestFailure as exc:
        raise SelfTestFailure(f"{what}: {exc}") from exc
    except Exception as exc:  # the self-test reports every failure as one line
        reason = str(exc) or type(exc).__name__
        raise SelfTestFailure(f"{what}: {reason}") from exc


def _read_demo_pair() -> tuple[Any, Any]:
    from desktop.formats import read_article
    from desktop.resources import demo_pair

    left_path, right_path = demo_pair()
    left, right = read_article(left_path), read_article(right_path)
    for path, article in ((left_path, left), (right_path, right)):
        if not article.text.strip():
            raise SelfTestFailure(f"{path.name} read as empty text")
    return left, right


def _compare(left: Any, right: Any) -> Any:
    from desktop.engine import compare

    comparison = compare(left, right)
    if not comparison.left.sentences or not comparison.right.sentences:
        raise SelfTestFailure("an article split into no sentences")
    return comparison


def _export_pdf(comparison: Any, path: Path) -> None:
    from desktop.export import PdfOptions, write_pdf

    write_pdf(comparison, path, PdfOptions())
    if not path.is_file():
        raise SelfTestFailure(f"{path.name} was not written")


def check_pdf(data: bytes) -> PdfFacts:
    """Check the shape of a PDF written by the exporter; raise SelfTestFailure if it is off.

    Qt writes page and font objects as plain (uncompressed) dictionaries, so counting
    ``/Type /Page`` objects gives the page count without a PDF library.
    """
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure("file does not start with %PDF-")
    if not PDF_MIN_BYTES <= len(data) <= PDF_MAX_BYTES:
        raise SelfTestFailure(f"implausible size: {len(data)} bytes")
    if b"%%EOF" not in data[-1024:]:
        raise SelfTestFailure("file is truncated (no %%EOF at the end)")
    pages = len(_PAGE_OBJECT.findall(data))
    if pages == 0:
        raise SelfTestFailure("no pages")
    if not _EMBEDDED_FONT.search(data):
        raise SelfTestFailure("no embedded font")
    return PdfFacts(pages=pages, size=len(data))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
