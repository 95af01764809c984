"""Readers: a file (or bytes, a stream, pasted text) in, an `Article` out. No Qt here.

Supported: .txt, .md, .html/.htm, .docx, .odt, .rtf, .pdf. Bad input of any kind raises
`ReadError`, whose message is one line naming the file and the reason.
"""

from desktop.formats.errors import ReadError
from desktop.formats.limits import MAX_FILE_BYTES
from desktop.formats.readers import (
    FILE_DIALOG_FILTER,
    SUPPORTED_EXTENSIONS,
    article_from_text,
    read_article,
    read_bytes,
    read_stdin,
)

__all__ = [
    "FILE_DIALOG_FILTER",
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "ReadError",
    "article_from_text",
    "read_article",
    "read_bytes",
    "read_stdin",
]
