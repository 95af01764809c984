"""Shared exports for the tests: each PDF is written once per session and read by many tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.export import PdfOptions, write_pdf
from tests.export import fixtures


def pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def pdfinfo(path: Path) -> dict[str, str]:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in pairs}


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before any export: left to itself write_pdf would
    create a QGuiApplication, and the widget tests of this session need a QApplication.
    (test_headless.py covers the no-application case in a fresh process.)"""


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("exports")


@pytest.fixture(scope="session")
def demo_pdf(exports: Path) -> Path:
    path = exports / "demo.pdf"
    write_pdf(fixtures.demo_comparison(), path, PdfOptions(paper="a4"))
    return path


@pytest.fixture(scope="session")
def cyrillic_pdf(exports: Path) -> Path:
    path = exports / "cyrillic.pdf"
    write_pdf(fixtures.cyrillic_comparison(), path, PdfOptions(paper="letter", landscape=True))
    return path
