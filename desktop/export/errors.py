"""What an export can go wrong with, as one-line messages naming the file and the reason."""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be written: "cannot write /x/y.pdf: permission denied"."""


class ExportCancelled(ExportError):
    """The user cancelled a long export; nothing was written."""

    def __init__(self, message: str = "export cancelled") -> None:
        super().__init__(message)
