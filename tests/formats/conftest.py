"""Shared helpers for reader tests: a guard that an input file was never written to."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def _unchanged(path: Path) -> Iterator[None]:
    before = _snapshot(path)
    yield
    assert _snapshot(path) == before, f"{path} was modified by a reader"


def _snapshot(path: Path) -> tuple[object, ...] | None:
    """Size, modification time and content (where readable: chmod 000 stops non-root)."""
    if not os.path.isfile(path):
        return None
    info = os.stat(path)
    try:
        with open(path, "rb") as handle:  # not Path.open: tests monkeypatch that
            content: bytes | None = handle.read()
    except PermissionError:
        content = None
    return (info.st_size, info.st_mtime_ns, content)


@pytest.fixture
def unchanged() -> Callable[[Path], object]:
    """`with unchanged(path): read_article(path)` fails if the reader touched the file."""
    return _unchanged


def words(text: str) -> str:
    """Whitespace-normalised text for comparing extracted text with the article."""
    return " ".join(text.split())
