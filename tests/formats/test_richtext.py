"""RTF: the document's code page, Unicode escapes, line breaks, and the info group."""

from __future__ import annotations

from pathlib import Path

from desktop.formats import read_article, read_bytes
from tests.formats.builders import rtf_bytes_cp1251


def test_cp1251_bytes_and_unicode_escapes(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "story.rtf"
    path.write_bytes(rtf_bytes_cp1251())
    with unchanged(path):
        article = read_article(path)
    assert article.text == ("Москва продолжит переговоры.\n\nSecond paragraph,\nsame paragraph.")


def test_info_group_gives_title_author_and_creation_date() -> None:
    article = read_bytes(rtf_bytes_cp1251(), "story.rtf")
    assert (article.title, article.author, article.created, article.date) == (
        "Переговоры",
        "Ivan Petrov",
        "2024-09-05",
        None,  # when the file was made, not when the article was published
    )


def test_cyrillic_font_without_code_page_means_cp1251() -> None:
    data = rb"{\rtf1\ansi{\fonttbl{\f0\fcharset204 Arial;}}\f0 \'cc\'e8\'f0.\par}"
    assert read_bytes(data, "a.rtf").text == "Мир."


def test_western_default_code_page() -> None:
    assert read_bytes(rb"{\rtf1\ansi Caf\'e9 cr\'e8me.\par}", "a.rtf").text == "Café crème."
