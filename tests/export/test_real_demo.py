"""The bundled demo pair through the real engine, exported: nothing lost, nothing doubled."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop.engine import compare
from desktop.engine.model import Comparison
from desktop.export import PdfOptions, render_html, write_json, write_pdf
from desktop.export.rows import reading_rows
from tests.export.conftest import pdfinfo, pdftotext
from tests.export.fixtures import demo_articles


def squeeze(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


@pytest.fixture(scope="module")
def real_demo() -> Comparison:
    return compare(*demo_articles())


@pytest.fixture(scope="module")
def real_demo_pdf(real_demo: Comparison, exports: Path) -> Path:
    path = exports / "real-demo.pdf"
    write_pdf(real_demo, path, PdfOptions(paper="letter"))
    return path


def test_rows_hold_every_sentence_once(real_demo: Comparison) -> None:
    rows = reading_rows(real_demo)
    left = [i for r in rows for i in r.left]
    right = [i for r in rows for i in r.right]
    assert sorted(left) == list(range(len(real_demo.left.sentences)))
    assert sorted(right) == list(range(len(real_demo.right.sentences)))
    assert sum(1 for r in rows if r.pair is not None) == len(real_demo.pairs)


def test_pdf_of_the_real_demo_pair(real_demo: Comparison, real_demo_pdf: Path) -> None:
    info = pdfinfo(real_demo_pdf)
    assert 2 <= int(info["Pages"]) <= 8
    assert info["Page size"].startswith("612 x 792")  # Letter
    text = squeeze(pdftotext(real_demo_pdf))
    for doc in real_demo.documents:
        for s in doc.sentences:
            assert text.count(squeeze(doc.sentence_text(s.id))) == 1, doc.sentence_text(s.id)
    assert not re.search("[\ufb00-\ufb06]", pdftotext(real_demo_pdf))
    fonts = subprocess.run(
        ["pdffonts", str(real_demo_pdf)], capture_output=True, text=True, check=True
    )
    assert all(row.split()[-5] == "yes" for row in fonts.stdout.splitlines()[2:])


def test_curly_quotes_and_dashes_of_the_demo_survive(real_demo_pdf: Path) -> None:
    text = " ".join(pdftotext(real_demo_pdf).split())
    assert "Russia’s Ministry of Foreign Affairs" in text
    assert "Russia–South Korea ties" in text


def test_html_and_json_of_the_real_demo_pair(real_demo: Comparison, tmp_path: Path) -> None:
    page = render_html(real_demo)
    visible = " ".join(re.sub(r"<[^>]+>", "", page).split())
    import html

    visible = html.unescape(visible)
    for doc in real_demo.documents:
        for s in doc.sentences:
            assert " ".join(doc.sentence_text(s.id).split()) in visible
    write_json(real_demo, tmp_path / "demo.json")
    assert (tmp_path / "demo.json").read_text(encoding="utf-8").count("Zhelokhovtsev") >= 1
