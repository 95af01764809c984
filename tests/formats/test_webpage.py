"""Saved web pages: the article body only, metadata from the page, nothing run or fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.formats import ReadError, read_article, read_bytes
from tests.formats.builders import ARTICLE, BOILERPLATE, web_page
from tests.formats.conftest import words

RUSSIAN = (
    "Москва придаёт большое значение сохранению каналов связи с Сеулом.",
    "Южнокорейские компании, по словам дипломата, хотят вернуться на российский рынок.",
    "Критики считают, что диалог пока не дал результатов.",
)


def test_article_body_only_with_headline(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "page.html"
    path.write_text(web_page(), encoding="utf-8")
    with unchanged(path):
        article = read_article(path)
    assert words(article.text) == words(" ".join(("Talks will continue", *ARTICLE)))
    for phrase in BOILERPLATE:
        assert phrase not in article.text


def test_metadata_from_the_page() -> None:
    article = read_bytes(web_page().encode(), "page.htm")
    assert article.title == "Talks will continue"
    assert article.outlet == "The Daily Ledger"
    assert article.author == "Anna Petrova"
    assert article.date == "2024-09-05"


def test_paragraphs_are_separated_by_blank_lines() -> None:
    article = read_bytes(web_page().encode(), "page.html")
    assert article.text.split("\n\n") == ["Talks will continue", *ARTICLE]


def test_scripts_iframes_and_remote_images_are_neither_run_nor_fetched(
    tmp_path: Path, unchanged, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.html"
    path.write_text(web_page(), encoding="utf-8")
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network use in a reader")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    with unchanged(path):
        article = read_article(path)
    assert attempts == []
    assert "SCRIPT RAN" not in article.text and "Photo of the ministry" not in article.text


def test_page_charset_declaration_is_used_for_cp1251() -> None:
    page = web_page(charset="windows-1251", paragraphs=RUSSIAN).encode("cp1251")
    assert read_bytes(page, "page.html").text.split("\n\n")[1:] == list(RUSSIAN)


def test_page_saved_as_utf8_with_its_old_charset_declaration() -> None:
    page = web_page(charset="windows-1251", paragraphs=RUSSIAN).encode("utf-8")
    assert read_bytes(page, "page.html").text.split("\n\n")[1:] == list(RUSSIAN)


def test_undeclared_koi8r_page_is_detected() -> None:
    page = web_page(paragraphs=RUSSIAN).replace('<meta charset="utf-8">', "")
    assert read_bytes(page.encode("koi8-r"), "page.html").text.split("\n\n")[1:] == list(RUSSIAN)


def test_tables_in_the_article_become_tab_separated_rows() -> None:
    table = (
        "<table><tr><td>Year</td><td>Trade</td></tr><tr><td>2021</td><td>$30bn</td></tr></table>"
    )
    page = web_page(paragraphs=(*ARTICLE, table))
    assert "Year\tTrade\n\n2021\t$30bn" in read_bytes(page.encode(), "page.html").text


def test_small_page_falls_back_to_its_visible_text() -> None:
    article = read_bytes(b"<html><body><p>One line only.</p></body></html>", "a.html")
    assert article.text == "One line only."


def test_page_without_text_is_a_read_error(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(
        b"<html><head><script>var x = 1;</script></head><body><img src=x></body></html>"
    )
    with unchanged(path), pytest.raises(ReadError) as info:
        read_article(path)
    assert str(info.value) == f"cannot read {path}: no article text found in the page"
