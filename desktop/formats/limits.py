"""Safety limits on what a reader accepts: file size and what an archive may expand to."""

from __future__ import annotations

import zipfile

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
MAX_ARCHIVE_ENTRIES = 10_000
MAX_ENTRY_RATIO = 100  # uncompressed : compressed, checked on entries over RATIO_FLOOR bytes
RATIO_FLOOR = 10 * 1024 * 1024

TOO_LARGE = f"file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit"
ARCHIVE_TOO_LARGE = (
    f"archive expands beyond the {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB safety limit"
)


def archive_problem(archive: zipfile.ZipFile) -> str | None:
    """Why this archive is unsafe to unpack (a zip bomb), judged from its declared sizes.

    Python's zipfile never inflates an entry beyond its declared size, so the declared
    sizes bound what parsing can allocate.
    """
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        return f"archive holds more than {MAX_ARCHIVE_ENTRIES} entries (possible zip bomb)"
    if sum(e.file_size for e in entries) > MAX_ARCHIVE_BYTES:
        return ARCHIVE_TOO_LARGE
    if any(_suspicious_ratio(e) for e in entries):
        return f"archive entry compresses more than {MAX_ENTRY_RATIO}:1 (possible zip bomb)"
    return None


def _suspicious_ratio(entry: zipfile.ZipInfo) -> bool:
    if entry.file_size <= RATIO_FLOOR:
        return False
    return entry.file_size > MAX_ENTRY_RATIO * max(entry.compress_size, 1)
