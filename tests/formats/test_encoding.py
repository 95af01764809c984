"""Encodings of text files: marks, UTF-16 without a mark, Russian code pages, Western
against Central European, and the user's override."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.formats import ReadError, read_article, read_bytes

RUSSIAN = (
    "Москва придаёт большое значение сохранению каналов связи с Сеулом, считая, "
    "что южнокорейские компании хотят вернуться на российский рынок."
)
FRENCH = "Le cœur de l'œuvre: très élevé, à côté du château. Les ouvriers ont manifesté."
GERMAN = "Die Bürger äußerten große Sorge über die Entscheidung der Regierung."
CZECH = "Vláda rozhodla o změně zákona, přičemž ministr řekl, že všechno bude hotovo."
POLISH = "Rząd podjął decyzję w sprawie ustawy o łączności, poinformował minister."


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "utf-8"),
        (RUSSIAN, "utf-16-le"),
        (RUSSIAN, "utf-16-be"),
        ("Moscow places a high priority on talks.", "utf-16-le"),
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (CZECH, "cp1250"),
        (POLISH, "cp1250"),
        ("Привет", "cp1251"),
        ("Привет", "koi8-r"),
        ("café", "cp1252"),
    ],
)
def test_detected(text: str, codec: str) -> None:
    assert read_bytes(text.encode(codec), "a.txt").text == text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(codec: str) -> None:
    assert read_bytes(RUSSIAN.encode(codec), "a.txt").text == RUSSIAN


def test_utf8_cut_off_mid_character_keeps_the_rest() -> None:
    data = RUSSIAN[:-2].encode("utf-8")[:-1]  # half of the two-byte "о" left at the end
    assert read_bytes(data, "a.txt").text == RUSSIAN[:-3] + "\ufffd"


def test_override_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert read_article(path, encoding="cp1251").text == RUSSIAN
    assert read_article(path, encoding="latin-1").text == RUSSIAN.encode("cp1251").decode("latin-1")


def test_unknown_encoding_name_is_a_read_error(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")
    with unchanged(path), pytest.raises(ReadError) as info:
        read_article(path, encoding="klingon-8")
    assert str(info.value) == f"cannot read {path}: unknown encoding 'klingon-8'"


def test_override_that_does_not_fit_the_bytes_says_where() -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(RUSSIAN.encode("cp1251"), "a.txt", encoding="utf-8")
    assert info.value.reason == "not valid utf-8 text (byte 0xcc at offset 0)"


def test_bytes_to_bytes_codec_is_not_a_text_encoding() -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(b"text", "a.txt", encoding="base64")
    assert info.value.reason == "unknown encoding 'base64'"


def test_override_applies_to_markdown_and_web_pages() -> None:
    assert read_bytes(f"# {RUSSIAN}".encode("koi8-r"), "a.md", "koi8-r").title == RUSSIAN
    page = f"<html><body><article><p>{RUSSIAN}</p></article></body></html>"
    assert read_bytes(page.encode("cp1251"), "a.html", "cp1251").text == RUSSIAN


def test_western_text_with_mojibake_and_a_stray_byte_stays_western() -> None:
    """Mojibake already in the source ("JuliÃ¡n") plus a lone "Ã": not UTF-8, and the
    detector answers big5 or cp1250; cp1252 gives the text back byte for byte."""
    text = (
        "The housing secretary, JuliÃ¡n Castro, was asked about sales, aides said. " * 4
        + "Representative RaÃol M. Grijalva of Arizona declined to comment."
    )
    assert read_bytes(text.encode("cp1252"), "a.txt").text == text
