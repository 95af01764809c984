"""One test per kind of bad input: a one-line `ReadError` naming the file and the reason,
and the file left exactly as it was (bytes and modification time)."""

from __future__ import annotations

import io
import os
import pathlib
import zipfile
from pathlib import Path

import pytest

from desktop.formats import (
    MAX_FILE_BYTES,
    SUPPORTED_EXTENSIONS,
    ReadError,
    read_article,
    read_stdin,
)
from tests.formats.builders import (
    docx_bytes,
    entity_bomb,
    odt_bytes,
    password_pdf_bytes,
    zip_bomb,
)

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


def refused(path: Path, unchanged, **kwargs: str) -> str:
    """The error message for reading `path`, after checking the file was not touched."""
    with unchanged(path), pytest.raises(ReadError) as info:
        read_article(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"cannot read {path}: ")
    assert info.value.path == str(path)
    return info.value.reason


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("extension", SUPPORTED_EXTENSIONS)
def test_empty_file(tmp_path: Path, unchanged, extension: str) -> None:
    assert refused(write(tmp_path, f"empty{extension}", b""), unchanged) == "the file is empty"


@pytest.mark.parametrize("content", [b"  \r\n\t\n  ", "\u00a0\u2029 ".encode()])
def test_whitespace_only_text(tmp_path: Path, unchanged, content: bytes) -> None:
    assert refused(write(tmp_path, "blank.txt", content), unchanged) == "no text found"


def test_binary_file_renamed_txt(tmp_path: Path, unchanged) -> None:
    data = PNG_HEAD + bytes(range(256)) * 8
    reason = refused(write(tmp_path, "photo.txt", data), unchanged)
    assert reason == "looks like binary data, not text"


def test_binary_bytes_that_are_valid_utf8_are_refused(tmp_path: Path, unchanged) -> None:
    """NUL and control bytes decode as UTF-8: the binary check must come first."""
    data = b"\x00\x01\x02binary"
    reason = refused(write(tmp_path, "tiny.txt", data), unchanged)
    assert reason == "looks like binary data, not text"


def test_compressed_file_renamed_txt(tmp_path: Path, unchanged) -> None:
    import zlib

    data = zlib.compress(os.urandom(4096) + b"article text " * 100)
    assert refused(write(tmp_path, "a.txt", data), unchanged) == "looks like binary data, not text"


def test_truncated_docx(tmp_path: Path, unchanged) -> None:
    data = docx_bytes()
    path = write(tmp_path, "story.docx", data[: len(data) // 2])
    assert refused(path, unchanged) == "not a valid .docx file (corrupt or truncated)"


def test_docx_that_is_another_kind_of_zip(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "story.docx", odt_bytes())
    assert refused(path, unchanged) == "not a valid .docx file (corrupt or truncated)"


def test_docx_with_broken_xml_inside(tmp_path: Path, unchanged) -> None:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as broken:
        for item in source.infolist():
            data = source.read(item)
            broken.writestr(
                item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data
            )
    reason = refused(write(tmp_path, "story.docx", buffer.getvalue()), unchanged)
    assert reason.startswith("not a valid .docx file")


def test_truncated_odt(tmp_path: Path, unchanged) -> None:
    data = odt_bytes()
    path = write(tmp_path, "story.odt", data[: len(data) // 2])
    assert refused(path, unchanged) == "not a valid .odt file (corrupt or truncated)"


def test_corrupt_pdf(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "story.pdf", b"%PDF-1.7\n" + os.urandom(2000))
    assert refused(path, unchanged) == "not a valid .pdf file (corrupt or truncated)"


def test_truncated_pdf(tmp_path: Path, unchanged) -> None:
    data = password_pdf_bytes()
    path = write(tmp_path, "story.pdf", data[: len(data) // 3])
    assert refused(path, unchanged) == "not a valid .pdf file (corrupt or truncated)"


def test_pdf_that_is_not_a_pdf(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "story.pdf", b"Just some text saved as .pdf")
    assert refused(path, unchanged) == "not a valid .pdf file (no PDF header)"


def test_password_protected_pdf(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "locked.pdf", password_pdf_bytes())
    assert refused(path, unchanged) == "password-protected PDF"


def test_image_only_pdf(tmp_path: Path, unchanged, qapp: object) -> None:
    from tests.formats import pdf_builder

    path = write(tmp_path, "scan.pdf", pdf_builder.image_pdf())
    assert refused(path, unchanged) == "no text layer (image-only or scanned PDF)"


def test_zip_bomb_docx_by_compression_ratio(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "bomb.docx", zip_bomb(docx_bytes(), megabytes=21))
    assert os.path.getsize(path) < 1_000_000
    assert (
        refused(path, unchanged) == "archive entry compresses more than 100:1 (possible zip bomb)"
    )


def test_zip_bomb_odt_by_total_size(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "bomb.odt", zip_bomb(odt_bytes(), megabytes=201))
    assert refused(path, unchanged) == "archive expands beyond the 200 MB safety limit"


def test_file_over_the_size_limit(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(MAX_FILE_BYTES + 1)
    assert refused(path, unchanged) == "file is larger than the 50 MB limit"


def test_stdin_over_the_size_limit() -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(ReadError) as info:
        read_stdin(io.BufferedReader(Endless()))
    assert str(info.value) == "cannot read standard input: file is larger than the 50 MB limit"


def test_path_that_does_not_exist(tmp_path: Path, unchanged) -> None:
    assert refused(tmp_path / "gone.txt", unchanged) == "file not found"


def test_path_that_vanishes_between_check_and_open(
    tmp_path: Path, unchanged, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "story.txt", b"Text.")

    def vanished(self: Path, *args: object, **kwargs: object) -> object:
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(pathlib.Path, "open", vanished)
    assert refused(path, unchanged) == "file not found"


def test_permission_denied_simulated_because_tests_may_run_as_root(
    tmp_path: Path, unchanged, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 does not stop root from reading, so the denial is made by Path.open."""
    path = write(tmp_path, "secret.txt", b"Text.")
    path.chmod(0o000)

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "open", denied)
    try:
        assert refused(path, unchanged) == "permission denied"
    finally:
        monkeypatch.undo()
        path.chmod(0o600)


def test_folder_instead_of_a_file(tmp_path: Path, unchanged) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert refused(folder, unchanged) == "is a folder, not a file"


def test_rtf_without_rtf_header(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "story.rtf", b"Plain text saved with the wrong name.")
    assert refused(path, unchanged) == "not a valid .rtf file (no RTF header)"


def test_docx_without_any_text(tmp_path: Path, unchanged) -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    assert refused(write(tmp_path, "blank.docx", buffer.getvalue()), unchanged) == "no text found"


def test_message_stays_on_one_line_for_odd_file_names(tmp_path: Path) -> None:
    error = ReadError("two\nlines.txt", "file not found")
    assert str(error) == "cannot read two lines.txt: file not found"


def test_old_word_doc_is_named_as_unsupported(tmp_path: Path, unchanged) -> None:
    path = write(tmp_path, "story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    reason = refused(path, unchanged)
    assert reason == "the old Word .doc format is not supported: save it as .docx or .pdf"


def test_path_with_a_nul_character() -> None:
    with pytest.raises(ReadError) as info:
        read_article("bad\x00name.txt")
    assert info.value.reason == "not a valid file name"


def test_xml_entity_bomb_in_docx(tmp_path: Path, unchanged) -> None:
    data = entity_bomb(docx_bytes(), "word/document.xml", "<w:document")
    reason = refused(write(tmp_path, "laughs.docx", data), unchanged)
    assert reason == "not a valid .docx file (corrupt or truncated)"


def test_xml_entity_bomb_in_odt(tmp_path: Path, unchanged) -> None:
    data = entity_bomb(odt_bytes(), "content.xml", "<office:document-content")
    reason = refused(write(tmp_path, "laughs.odt", data), unchanged)
    assert reason == "not a valid .odt file (corrupt or truncated)"
