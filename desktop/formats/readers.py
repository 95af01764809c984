"""From a path, bytes or a stream to an `Article`: limits, dispatch by extension, one error.

Every failure a user can cause comes out as `ReadError`; library exceptions on malformed
input are wrapped here so that no traceback reaches the window or the command line.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.engine.model import Article
from desktop.formats import paragraphs, plain
from desktop.formats.errors import ReadError
from desktop.formats.limits import MAX_FILE_BYTES, TOO_LARGE

Reader = Callable[[bytes, str, "str | None"], Article]

_log = logging.getLogger(__name__)
STDIN_NAME = "standard input"
EMPTY = "the file is empty"
NO_TEXT = "no text found"

# Reader modules by extension, imported on first use: their libraries (trafilatura, lxml,
# python-docx, odfpy, pypdfium2) cost about a second of start-up together.
_READERS: dict[str, str] = {
    ".txt": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "webpage",
    ".htm": "webpage",
    ".xhtml": "webpage",
    ".docx": "word",
    ".odt": "opendocument",
    ".rtf": "richtext",
    ".pdf": "pdf",
}
# Files with another or no extension are recognised by their first bytes, else plain text.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%pdf", "pdf"),
    (b"{\\rtf", "richtext"),
    (b"<!doctype html", "webpage"),
    (b"<html", "webpage"),
)

_UNSUPPORTED = {
    ".doc": "the old Word .doc format is not supported: save it as .docx or .pdf",
    ".pages": "Apple Pages files are not supported: export as .docx or .pdf",
}

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(_READERS)
FILE_DIALOG_FILTER = (
    "Articles (" + " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS) + ");;All files (*)"
)


def read_article(path: str | os.PathLike[str], encoding: str | None = None) -> Article:
    """The article in the file at `path`; the format is chosen by the extension."""
    name = os.fspath(path)
    data = _read_file(Path(name), name)
    article = read_bytes(data, name, encoding)
    return dataclasses.replace(article, path=name)


def read_bytes(data: bytes, name: str, encoding: str | None = None) -> Article:
    """The article in `data`, read as the format `name`'s extension says."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(name, TOO_LARGE)
    if not data:
        raise ReadError(name, EMPTY)
    return _checked(_reader_for(data, name), data, name, encoding)


def read_stdin(stream: BinaryIO, encoding: str | None = None) -> Article:
    """Standard input (the command line's `-`), read as plain text."""
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise ReadError(STDIN_NAME, _os_reason(exc)) from None
    if isinstance(data, str):  # a text stream (sys.stdin rather than sys.stdin.buffer)
        data = data.encode("utf-8", errors="surrogateescape")
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(STDIN_NAME, TOO_LARGE)
    if not data:
        raise ReadError(STDIN_NAME, "nothing was given on standard input")
    return _checked(plain.read, data, STDIN_NAME, encoding)


def article_from_text(text: str, name: str = "Pasted text") -> Article:
    """Text pasted into the window, in the same paragraph shape as a read file."""
    cleaned = paragraphs.normalise(text)
    if not cleaned:
        raise ReadError(name, NO_TEXT)
    return Article(text=cleaned, title=None)


def _reader_for(data: bytes, name: str) -> Reader:
    suffix = Path(name).suffix.lower()
    if suffix in _UNSUPPORTED:
        raise ReadError(name, _UNSUPPORTED[suffix])
    module = _READERS.get(suffix)
    if module is not None:
        return _load(module)
    head = data[:1024].lstrip().lower()
    for signature, sniffed in _SIGNATURES:
        if head.startswith(signature):
            return _load(sniffed)
    if head.startswith(b"pk\x03\x04"):
        return _load("opendocument" if b"opendocument.text" in data[:200] else "word")
    return plain.read


def _load(module: str) -> Reader:
    reader: Reader = importlib.import_module(f"desktop.formats.{module}").read
    return reader


def _checked(reader: Reader, data: bytes, name: str, encoding: str | None) -> Article:
    try:
        article = reader(data, name, encoding)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "the file is nested too deeply to read") from None
    except MemoryError:
        raise ReadError(name, "not enough memory to read the file") from None
    except Exception:  # a library choking on malformed input
        _log.debug("reader failed on %s", name, exc_info=True)
        raise ReadError(name, f"not a valid {_kind(name)} file (corrupt or truncated)") from None
    if not article.text.strip():
        raise ReadError(name, NO_TEXT)
    return article


def _read_file(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(name, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(name, "not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ReadError(name, TOO_LARGE)
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ReadError(name, _os_reason(exc)) from None
    except ValueError:  # a NUL character in the path
        raise ReadError(name, "not a valid file name") from None


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


def _kind(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if suffix else "text"
