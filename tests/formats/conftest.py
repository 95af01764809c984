"""Shared helpers for reader tests: a guard that an input file was never written to."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def _unchanged(path: Path) -> Iterator[None]:
    before = (path.read_bytes(), os.stat(path).st_mtime_ns) if path.is_file() else None
    yield
    after = (path.read_bytes(), os.stat(path).st_mtime_ns) if path.is_file() else None
    assert after == before, f"{path} was modified by a reader"


@pytest.fixture
def unchanged() -> Callable[[Path], object]:
    """`with unchanged(path): read_article(path)` fails if the reader touched the file."""
    return _unchanged


def words(text: str) -> str:
    """Whitespace-normalised text for comparing extracted text with the article."""
    return " ".join(text.split())
