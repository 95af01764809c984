"""`parallax --self-test` run in-process, and its PDF check on good and broken files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import selftest
from desktop.cli import main

OK_LINE = re.compile(
    r"^parallax self-test ok: (\d+) sentences vs (\d+), (\d+) pairs?, "
    r"PDF (\d+) pages? \((\d+) KB\) in \d+\.\d s$"
)


def test_self_test_passes_on_the_demo_pair(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp first: the exporter must reuse the test session's QApplication, not make its own
    assert selftest.run_self_test() == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    match = OK_LINE.match(lines[0])
    assert match, lines[0]
    left, right, pairs, pages, kb = map(int, match.groups())
    assert left > 0 and right > 0 and pairs <= min(left, right)
    assert pages >= 1 and kb >= 2


def test_cli_routes_self_test(qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    assert capsys.readouterr().out.startswith("parallax self-test ok: ")


def test_failure_is_one_line_naming_the_step(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing() -> None:
        raise FileNotFoundError("bundled resource missing: samples/left.txt (looked in /x)")

    monkeypatch.setattr("desktop.resources.demo_pair", missing)
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert out == (
        "parallax self-test FAILED: reading the demo pair: "
        "bundled resource missing: samples/left.txt (looked in /x)\n"
    )


def test_failure_of_an_unexpected_kind_is_still_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError

    monkeypatch.setattr(selftest, "_read_demo_pair", broken)
    assert selftest.run_self_test() == 1
    assert capsys.readouterr().out == (
        "parallax self-test FAILED: reading the demo pair: RuntimeError\n"
    )


# --- the PDF check ----------------------------------------------------------------------------


def qt_pdf(path: Path, pages: int, text: bool = True) -> bytes:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        if text:
            painter.drawText(100, 100, f"Page {page + 1}: officials said on Monday")
        painter.drawRect(100, 200, 3000, 2000)
    painter.end()
    return path.read_bytes()


def test_check_pdf_counts_pages_of_a_qt_pdf(qapp: object, tmp_path: Path) -> None:
    facts = selftest.check_pdf(qt_pdf(tmp_path / "three.pdf", pages=3))
    assert facts.pages == 3
    assert facts.size == (tmp_path / "three.pdf").stat().st_size


def test_check_pdf_wants_an_embedded_font(qapp: object, tmp_path: Path) -> None:
    shapes = qt_pdf(tmp_path / "shapes.pdf", pages=1, text=False)
    data = shapes[:9] + b"%" + b"x" * 2000 + b"\n" + shapes[9:]  # a comment: big enough
    with pytest.raises(selftest.SelfTestFailure, match="no embedded font"):
        selftest.check_pdf(data)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: b"<html>" + d[5:], "does not start with %PDF-"),
        (lambda d: d[:1500], "implausible size"),
        (lambda d: d[: len(d) * 2 // 3], "truncated"),
        (lambda d: re.sub(rb"/Type\s*/Page(?![A-Za-z])", b"/Type /Xxxx", d), "no pages"),
    ],
)
def test_check_pdf_rejects_broken_files(
    qapp: object, tmp_path: Path, damage: object, reason: str
) -> None:
    data = qt_pdf(tmp_path / "good.pdf", pages=2)
    with pytest.raises(selftest.SelfTestFailure, match=reason):
        selftest.check_pdf(damage(data))  # type: ignore[operator]


def test_self_test_chooses_the_offscreen_platform_only_when_none_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    selftest._go_headless()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    selftest._go_headless()
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
