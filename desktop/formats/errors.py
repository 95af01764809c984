"""The one error every reader raises for input it cannot turn into an article."""

from __future__ import annotations

import os


class ReadError(Exception):
    """An input that cannot be read, with the file and the reason in plain words.

    ``str(err)`` is one line: ``cannot read <path>: <reason>``.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(self.path, reason)

    def __str__(self) -> str:
        return _one_line(f"cannot read {self.path}: {self.reason}")


def _one_line(message: str) -> str:
    return " ".join(message.split()) if "\n" in message or "\r" in message else message
