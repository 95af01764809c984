"""Opening the zip container of .docx and .odt files, refusing zip bombs before parsing."""

from __future__ import annotations

import io
import zipfile

from desktop.formats.errors import ReadError
from desktop.formats.limits import archive_problem


def checked_zip(data: bytes, name: str, kind: str) -> None:
    """Raise `ReadError` unless `data` is a zip archive that is safe to unpack."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            problem = archive_problem(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ReadError(name, corrupt(kind)) from None
    if problem:
        raise ReadError(name, problem)


def corrupt(kind: str) -> str:
    return f"not a valid {kind} file (corrupt or truncated)"
