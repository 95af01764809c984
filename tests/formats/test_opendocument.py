"""OpenDocument text: headings, paragraphs, lists and tables; metadata."""

from __future__ import annotations

from pathlib import Path

from desktop.formats import read_article
from tests.formats.builders import ARTICLE, odt_bytes


def test_text_in_document_order(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "story.odt"
    path.write_bytes(odt_bytes())
    with unchanged(path):
        article = read_article(path)
    second = ARTICLE[1].replace("South Korean ", "South Korean   ", 1)  # text:s c="3"
    assert article.text.split("\n\n") == [
        "Talks will continue",
        ARTICLE[0],
        second,
        ARTICLE[2],
        "Year\tTrade",
    ]


def test_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.odt"
    path.write_bytes(odt_bytes())
    article = read_article(path)
    assert (article.title, article.author, article.created, article.date) == (
        "Talks will continue",
        "Olga Smirnova",
        "2024-09-05",
        None,  # when the file was made, not when the article was published
    )
