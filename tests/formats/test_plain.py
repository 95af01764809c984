"""Plain text, pasted text and standard input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.formats import ReadError, article_from_text, read_article, read_bytes, read_stdin

ARTICLE = "First paragraph, line one.\nLine two.\n\nSecond paragraph."


def test_txt_keeps_paragraphs_and_normalises_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(
        b"\xef\xbb\xbfFirst paragraph, line one.  \r\nLine two.\r\n\r\n\r\n\rSecond paragraph.\r\n"
    )
    article = read_article(path)
    assert article.text == ARTICLE
    assert article.path == str(path)


def test_one_line_per_paragraph_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("One.\nTwo.\nThree.\n", encoding="utf-8")
    assert read_article(path).text == "One.\nTwo.\nThree."


def test_unknown_extension_reads_as_text() -> None:
    assert read_bytes(b"Plain words.", "notes.log").text == "Plain words."


def test_stdin_is_read_as_plain_text() -> None:
    article = read_stdin(io.BytesIO("Привет, мир.".encode("cp1251")))
    assert article.text == "Привет, мир."
    assert article.path is None


def test_empty_stdin_names_standard_input() -> None:
    with pytest.raises(ReadError) as info:
        read_stdin(io.BytesIO(b""))
    assert str(info.value).startswith("cannot read standard input: ")


def test_pasted_text_gets_the_same_paragraph_shape() -> None:
    article = article_from_text("  One.\r\n\r\n\r\n\r\nTwo.  \n")
    assert article.text == "One.\n\nTwo."


def test_pasted_whitespace_is_refused() -> None:
    with pytest.raises(ReadError) as info:
        article_from_text(" \n\t ", name="Left article")
    assert str(info.value) == "cannot read Left article: no text found"


def test_control_characters_are_removed() -> None:
    assert read_bytes(b"A\x07B\x1b[0mC\n", "a.txt").text == "AB[0mC"


def test_stdin_given_as_a_text_stream_still_reads() -> None:
    assert read_stdin(io.StringIO("Typed text.\n")).text == "Typed text."  # type: ignore[arg-type]
