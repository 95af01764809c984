"""The public entry points as the window and the command line use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.formats import (
    FILE_DIALOG_FILTER,
    SUPPORTED_EXTENSIONS,
    ReadError,
    read_article,
    read_bytes,
)
from tests.formats.builders import (
    docx_bytes,
    odt_bytes,
    rtf_bytes_cp1251,
    text_pdf_by_hand,
    web_page,
)

SAMPLES = {
    ".txt": b"Plain text.",
    ".md": b"# Heading\n\nText.",
    ".markdown": b"Text *here*.",
    ".html": web_page().encode(),
    ".htm": web_page().encode(),
    ".xhtml": web_page().encode(),
    ".docx": docx_bytes(),
    ".odt": odt_bytes(),
    ".rtf": rtf_bytes_cp1251(),
    ".pdf": text_pdf_by_hand(),
}


def test_every_supported_extension_has_a_sample_here() -> None:
    assert set(SUPPORTED_EXTENSIONS) == set(SAMPLES)


@pytest.mark.parametrize("extension", SUPPORTED_EXTENSIONS)
def test_every_format_reads_through_read_article(tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"Story{extension.upper()}"  # extensions are matched case-blind
    path.write_bytes(SAMPLES[extension])
    article = read_article(path)
    assert article.text.strip() and article.path == str(path)


def test_dialog_filter_lists_every_extension() -> None:
    articles, everything = FILE_DIALOG_FILTER.split(";;")
    assert articles == "Articles (" + " ".join(f"*{e}" for e in SUPPORTED_EXTENSIONS) + ")"
    assert everything == "All files (*)"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (text_pdf_by_hand(), "Talks will continue, the minister said."),
        (rb"{\rtf1 Rich.\par}", "Rich."),
        (b"<!DOCTYPE html><html><body><p>Page text.</p></body></html>", "Page text."),
        (docx_bytes(), "Talks will continue"),
        (odt_bytes(), "Talks will continue"),
    ],
)
def test_unknown_extension_is_recognised_by_content(data: bytes, expected: str) -> None:
    assert read_bytes(data, "download").text.startswith(expected)


def test_read_error_carries_path_and_reason() -> None:
    error = ReadError("a.txt", "file not found")
    assert (error.path, error.reason, str(error)) == (
        "a.txt",
        "file not found",
        "cannot read a.txt: file not found",
    )


def test_command_line_exits_3_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    good = tmp_path / "good.txt"
    good.write_text("Moscow will keep talking to Seoul.", encoding="utf-8")
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert main(["compare", str(bad), str(good)]) == 3
    err = capsys.readouterr().err
    assert err == f"parallax: cannot read {bad}: looks like binary data, not text\n"


def test_readers_work_from_worker_threads(qapp: object) -> None:
    """The window reads in a thread pool: no signal-based timeouts, PDFium serialised."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.formats import pdf_builder

    pdf = pdf_builder.text_pdf(["Paragraph one is here.", "Paragraph two."], running=False)
    jobs = [(pdf, "a.pdf"), (web_page().encode(), "a.html"), (docx_bytes(), "a.docx")] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda job: read_bytes(*job).text, jobs))
    assert texts[0] == "Paragraph one is here.\n\nParagraph two."
    assert texts == texts[:3] * 4


def test_library_failure_on_malformed_input_becomes_a_read_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.formats import word

    def broken(*args: object) -> object:
        raise AttributeError("'NoneType' object has no attribute 'iterchildren'")

    monkeypatch.setattr(word, "_blocks", broken)
    with pytest.raises(ReadError) as info:
        read_bytes(docx_bytes(), "story.docx")
    assert info.value.reason == "not a valid .docx file (corrupt or truncated)"
