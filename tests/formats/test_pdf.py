"""PDF via pypdfium2, with fixtures drawn by Qt's QPdfWriter."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.formats import read_article, read_bytes
from tests.formats.builders import ARTICLE, text_pdf_by_hand
from tests.formats.conftest import words

LONG = (
    " ".join([ARTICLE[0]] * 9),
    " ".join([ARTICLE[1]] * 7),
    "The inter-<br>national community ﬁnally noticed the oﬃce, a well-<br>Known case of "
    "hyphenation across lines, and the 2019-<br>2020 range stayed intact.",
    "Москва придаёт большое значение сохранению каналов связи с Сеулом. " * 8,
    " ".join([ARTICLE[2]] * 12),
)
EXPECTED = [
    "Talks will continue",
    LONG[0],
    LONG[1],
    "The international community finally noticed the office, a well-Known case of "
    "hyphenation across lines, and the 2019-2020 range stayed intact.",
    LONG[3].strip(),
    LONG[4],
]


@pytest.fixture(scope="module")
def story_pdf(qapp: object) -> bytes:
    """Three copies of the story: several pages, paragraphs running across page breaks."""
    from tests.formats import pdf_builder

    return pdf_builder.text_pdf(
        LONG * 3, title="Talks will continue", heading="Talks will continue"
    )


def test_paragraphs_across_pages_without_running_lines(
    tmp_path: Path, story_pdf: bytes, unchanged
) -> None:
    path = tmp_path / "story.pdf"
    path.write_bytes(story_pdf)
    with unchanged(path):
        article = read_article(path)
    paragraphs = article.text.split("\n\n")
    assert paragraphs == EXPECTED[:1] + EXPECTED[1:] * 3
    assert "Daily Ledger" not in article.text and "Page" not in article.text


def test_fixture_really_has_several_pages_and_running_lines(story_pdf: bytes) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(story_pdf)
    try:
        assert len(document) >= 3
        last = document[len(document) - 1].get_textpage().get_text_range()
        assert "The Daily Ledger" in last and f"Page {len(document)}" in last
    finally:
        document.close()


def test_text_equals_the_article_whitespace_normalised(story_pdf: bytes) -> None:
    text = read_bytes(story_pdf, "story.pdf").text
    assert words(text) == words(" ".join(EXPECTED[:1] + EXPECTED[1:] * 3))


def test_ligatures_are_folded(story_pdf: bytes) -> None:
    text = read_bytes(story_pdf, "story.pdf").text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "finally noticed the office" in text


def test_title_from_metadata(story_pdf: bytes) -> None:
    assert read_bytes(story_pdf, "story.pdf").title == "Talks will continue"


def test_single_page_without_running_lines(qapp: object) -> None:
    from tests.formats import pdf_builder

    data = pdf_builder.text_pdf(ARTICLE, running=False)
    assert read_bytes(data, "a.pdf").text.split("\n\n") == list(ARTICLE)


def test_text_outside_the_visible_page_is_ignored() -> None:
    """Qt leaves the line at a page break beyond the next page's edge as well."""
    stream = b"BT /F1 12 Tf 72 700 Td (Visible text.) Tj ET BT /F1 12 Tf 72 900 Td (Hidden.) Tj ET"
    assert read_bytes(text_pdf_by_hand(stream), "a.pdf").text == "Visible text."


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (
            b"/Title (Hand title) /Author (A. Writer) /CreationDate (D:20240905101500Z)",
            ("Hand title", "A. Writer", "2024-09-05"),
        ),
        (b"/Title (Microsoft Word - draft.docx) /CreationDate (D:2024)", (None, None, "2024")),
    ],
)
def test_document_information(info: bytes, expected: tuple[str | None, ...]) -> None:
    article = read_bytes(text_pdf_by_hand(info=info), "a.pdf")
    assert (article.title, article.author, article.created) == expected
    assert article.date is None  # a PDF's creation date is not the article's
