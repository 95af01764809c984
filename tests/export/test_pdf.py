"""The PDF checked with real tools: pdfinfo, pdftotext, pdffonts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop import palette
from desktop.export import PdfOptions, write_pdf
from desktop.export.cover import document_title
from tests.export import fixtures
from tests.export.conftest import pdfinfo, pdftotext

LIGATURES = re.compile("[\ufb00-\ufb06]")


def without_page_furniture(text: str, title: str) -> str:
    """pdftotext output less running headers, footers and repeated table headers."""
    furniture = re.compile(rf"^(Parallax|Page \d+ of \d+|{re.escape(title)}|(Left|Right): .*)$")
    return "\n".join(line for line in text.splitlines() if not furniture.match(line.strip()))


def squeeze(text: str) -> str:
    """No whitespace, no ASCII hyphens: pdftotext drops a hyphen where a line breaks after it."""
    return re.sub(r"[\s-]+", "", text)


def test_pdf_parses_with_a_sane_page_count_and_metadata(demo_pdf: Path) -> None:
    info = pdfinfo(demo_pdf)
    assert 2 <= int(info["Pages"]) <= 6
    assert info["Title"] == document_title(fixtures.demo_comparison())
    assert info["Author"] == "Parallax"
    assert info["Creator"] == "Parallax"
    assert "A4" in info["Page size"]


def test_every_sentence_of_both_articles_comes_back(demo_pdf: Path) -> None:
    text = squeeze(pdftotext(demo_pdf))
    comparison = fixtures.demo_comparison()
    missing = [
        doc.sentence_text(s.id)
        for doc in comparison.documents
        for s in doc.sentences
        if squeeze(doc.sentence_text(s.id)) not in text
    ]
    assert missing == []


def test_legend_labels_and_summary_are_on_page_one(demo_pdf: Path) -> None:
    first_page = " ".join(pdftotext(demo_pdf, "-f", "1", "-l", "1").split())
    for kind in palette.KINDS:
        assert " ".join(kind.label.split()) in first_page
    assert "Printed as: Bold with a wavy underline." in first_page
    assert "Similarity" in first_page and "42 %" in first_page
    assert "Ivan Zhelokhovtsev" in first_page  # a source only the left credits
    assert "Moscow keeps lines open with Seoul" in first_page
    assert "Eastern Economic Forum" in first_page


def test_every_page_has_running_header_and_page_number(demo_pdf: Path) -> None:
    pages = pdftotext(demo_pdf).split("\f")[:-1]
    title = document_title(fixtures.demo_comparison())
    assert len(pages) == int(pdfinfo(demo_pdf)["Pages"])
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert title in page


def test_table_header_repeats_on_every_comparison_page(exports: Path) -> None:
    path = exports / "large.pdf"
    write_pdf(fixtures.large_comparison(150), path, PdfOptions(paper="a4"))
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) >= 4
    for page in pages[1:]:
        assert "Left: Large left" in page and "Right: Large right" in page


def test_rows_are_never_cut_between_pages(exports: Path) -> None:
    path = exports / "large-rows.pdf"
    comparison = fixtures.large_comparison(150)
    write_pdf(comparison, path, PdfOptions(paper="letter"))
    pages = [" ".join(p.split()) for p in pdftotext(path).split("\f")]
    for doc in comparison.documents:
        for s in doc.sentences:
            sentence = doc.sentence_text(s.id)
            assert sum(page.count(sentence) for page in pages) == 1, sentence


def test_fonts_are_embedded(demo_pdf: Path) -> None:
    out = subprocess.run(
        ["pdffonts", str(demo_pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "DejaVu" in row
        emb = row.split()[-5]
        assert emb == "yes", row


def test_no_ligature_glyphs_and_ligature_words_read_back(
    demo_pdf: Path, cyrillic_pdf: Path
) -> None:
    for path in (demo_pdf, cyrillic_pdf):
        text = pdftotext(path)
        assert not LIGATURES.search(text)
    assert "officials" in pdftotext(demo_pdf)
    assert "efficient" in pdftotext(cyrillic_pdf) and "fluffy" in pdftotext(cyrillic_pdf)


def test_cyrillic_quotes_and_dashes_round_trip(cyrillic_pdf: Path) -> None:
    text = " ".join(pdftotext(cyrillic_pdf).split())
    assert "Министр заявил: «Переговоры — это единственный путь»." in text
    assert "“a fine, fluffy deal”" in text
    assert "‘a final deal’ – on Tuesday." in text
    assert "Ёжик в тумане сказал, что всё будет хорошо." in text
    assert "Слева «заявил», справа «отметил»" in text  # the framing cue's note


def test_letter_landscape(cyrillic_pdf: Path) -> None:
    info = pdfinfo(cyrillic_pdf)
    assert info["Page size"].startswith("792 x 612")


def test_findings_only_leaves_out_context_sentences(exports: Path) -> None:
    import dataclasses

    comparison = fixtures.demo_comparison()
    dropped = comparison.left.sentence_text(comparison.unique_left[0])
    trimmed = dataclasses.replace(comparison, unique_left=comparison.unique_left[1:])
    full, short = exports / "full.pdf", exports / "findings.pdf"
    write_pdf(trimmed, full, PdfOptions(paper="a4"))
    write_pdf(trimmed, short, PdfOptions(paper="a4", findings_only=True))
    assert squeeze(dropped) in squeeze(pdftotext(full))
    assert squeeze(dropped) not in squeeze(pdftotext(short))


def test_progress_rises_to_the_total(exports: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_pdf(
        fixtures.large_comparison(60),
        exports / "progress.pdf",
        progress=lambda d, t: seen.append((d, t)),
    )
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1] > 0
    assert len(set(done)) >= 5


@pytest.mark.parametrize(
    "locale_name, expected",
    [("en_US", "Letter"), ("en_CA", "Letter"), ("de_DE", "A4"), ("ru_RU", "A4"), ("en_GB", "A4")],
)
def test_paper_from_locale(locale_name: str, expected: str) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from desktop.export.pdf import paper_size

    ids = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
    assert paper_size(None, QLocale(locale_name)).id() == ids[expected]
    assert paper_size("letter", QLocale(locale_name)).id() == ids["Letter"]
    assert paper_size("A4", QLocale(locale_name)).id() == ids["A4"]


def test_body_text_is_set_at_its_point_size(demo_pdf: Path) -> None:
    """Without the layout's paint device set to the writer, 8.5 pt came out as 11.3 pt."""
    bbox = pdftotext(demo_pdf, "-bbox", "-f", "3", "-l", "3")
    heights = [
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Attention<', bbox)
    ]
    assert heights, "the word 'Attention' was not found on page 3"
    # DejaVu's line box is 1.164 em: 8.5 pt body text gives about 9.9 pt
    assert 8.5 * 1.1 < heights[0] < 8.5 * 1.25


def test_export_from_a_qt_worker_thread(exports: Path) -> None:
    """The window exports on a QThreadPool worker while the GUI thread stays responsive."""
    from PySide6.QtCore import QRunnable, QThreadPool

    target = exports / "worker.pdf"
    errors: list[BaseException] = []

    class Export(QRunnable):
        def run(self) -> None:
            try:
                write_pdf(fixtures.demo_comparison(), target, PdfOptions(paper="a4"))
            except BaseException as exc:  # reported to the test below
                errors.append(exc)

    pool = QThreadPool()
    pool.start(Export())
    assert pool.waitForDone(60_000)
    assert errors == []
    text = squeeze(pdftotext(target))
    assert squeeze(fixtures.demo_comparison().left.sentence_text(0)) in text


def test_a_cover_longer_than_a_page_and_a_row_taller_than_a_page(exports: Path) -> None:
    import dataclasses

    names = tuple(f"Person Number{n} Surname{n}" for n in range(400))
    giant = " ".join(f"word{n}" for n in range(3000)) + "."
    base = fixtures.build(
        fixtures.Article(giant + "\nShort tail sentence."),
        fixtures.Article("A short right sentence."),
        [((0,), (0,), "framing")],
    )
    comparison = dataclasses.replace(
        base, summary=dataclasses.replace(base.summary, entities_only_left=names)
    )
    path = exports / "long-cover.pdf"
    write_pdf(comparison, path, PdfOptions(paper="a4"))
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) >= 4
    # paragraphs cut by a page edge are split there (seams.py): every line printed once
    text = without_page_furniture(pdftotext(path), document_title(comparison))
    names_found = re.findall(r"Person Number(\d+) Surname\1", " ".join(text.split()))
    assert names_found == [str(n) for n in range(400)]
    assert re.findall(r"\bword(\d+)\b", text) == [str(n) for n in range(3000)]
    assert "Short tail sentence." in text
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page


def test_an_empty_comparison_still_exports(exports: Path) -> None:
    comparison = fixtures.build(fixtures.Article(""), fixtures.Article(""), [])
    path = exports / "empty.pdf"
    write_pdf(comparison, path)
    assert int(pdfinfo(path)["Pages"]) == 2
    assert "Left article" in pdftotext(path)


PLAIN_PAIRS = [
    ((0,), (5,), "overlap"),
    ((4,), (4,), "overlap"),
    ((5,), (2,), "overlap"),
    ((13,), (11, 12), "overlap"),
    ((14,), (13,), "overlap"),
]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("landscape", [False, True])
def test_columns_stay_apart_for_pdftotext(exports: Path, paper: str, landscape: bool) -> None:
    """Unmarked text fills lines to the edge: with a narrow gutter pdftotext joined a left
    line and the right line beside it into one line, breaking both sentences."""
    comparison = fixtures.build(*fixtures.demo_articles(), PLAIN_PAIRS)
    path = exports / f"plain-{paper}-{landscape}.pdf"
    write_pdf(comparison, path, PdfOptions(paper=paper, landscape=landscape))
    text = squeeze(pdftotext(path))
    for doc in comparison.documents:
        for s in doc.sentences:
            assert text.count(squeeze(doc.sentence_text(s.id))) == 1, doc.sentence_text(s.id)


def test_export_from_a_python_thread_is_quiet(exports: Path, qtlog) -> None:  # type: ignore[no-untyped-def]
    """The window's controller exports on a threading.Thread (no Qt event loop there).
    Qt's lazy layout timers would complain there; one layout pass in an edit block starts
    none."""
    import threading

    target = exports / "python-thread.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            write_pdf(fixtures.large_comparison(200), target, PdfOptions(paper="a4"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert errors == []
    assert int(pdfinfo(target)["Pages"]) > 5
    assert [r.message for r in qtlog.records] == []


def test_two_tall_columns_are_cut_cleanly(exports: Path) -> None:
    """Both sides of a row taller than a page: each line printed once, in order, and the
    row starts right under the previous one instead of on a fresh page."""
    left = " ".join(f"left{n}" for n in range(2500)) + "."
    right = " ".join(f"Right{n}x" for n in range(1800)) + "."
    comparison = fixtures.build(
        fixtures.Article("Intro sentence here.\n" + left),
        fixtures.Article(right + "\nAfter."),
        [((1,), (0,), "framing")],
    )
    path = exports / "two-tall.pdf"
    write_pdf(comparison, path, PdfOptions(paper="a4"))
    text = pdftotext(path)
    assert re.findall(r"\bleft(\d+)\b", text) == [str(n) for n in range(2500)]
    assert re.findall(r"\bRight(\d+)x", text) == [str(n) for n in range(1800)]
    second_page = pdftotext(path, "-f", "2", "-l", "2")
    assert "Intro sentence here." in second_page and "left0 " in second_page


def test_a_cover_running_over_a_page_goes_on_into_the_table_on_that_page(exports: Path) -> None:
    """A cover a little longer than one page must not leave a page holding one line."""
    import dataclasses

    from desktop.export.cover import HOW_TO_READ

    base = fixtures.build(
        fixtures.Article("The left claim is here. The left tail."),
        fixtures.Article("The right claim is here."),
        [((0,), (0,), "overlap")],
    )
    names = tuple(f"Person Number{n} Surname{n}" for n in range(120))
    comparison = dataclasses.replace(
        base, summary=dataclasses.replace(base.summary, entities_only_left=names)
    )
    path = exports / "cover-runs-over.pdf"
    write_pdf(comparison, path, PdfOptions(paper="a4"))
    pages = pdftotext(path).split("\f")[:-1]
    cover_end = HOW_TO_READ.split()[-1]
    last_cover = max(n for n, page in enumerate(pages) if cover_end in squeeze(page))
    assert last_cover >= 1  # the cover did run over its first page
    assert "The left claim is here." in pages[last_cover]
    assert len(pages) == last_cover + 1
    for page in pages:  # the header row is drawn once a page, never repeated over itself
        assert squeeze(page).count("Right:") <= 1
