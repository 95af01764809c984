"""Arbitrary and mangled bytes under every extension: only `ReadError` comes out, fast.

The wall-clock guard is deliberately generous (5 s for inputs of at most a few KB, where
a normal read takes milliseconds): it catches hangs and runaway backtracking, not speed.
"""

from __future__ import annotations

import time
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.formats import SUPPORTED_EXTENSIONS, ReadError, read_bytes
from tests.formats.builders import (
    docx_bytes,
    odt_bytes,
    rtf_bytes_cp1251,
    text_pdf_by_hand,
    web_page,
)

GUARD_SECONDS = 5.0
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_within_guard(data: bytes, name: str) -> None:
    started = time.monotonic()
    try:
        article = read_bytes(data, name)
    except ReadError as error:
        assert "\n" not in str(error)
        assert str(error).startswith(f"cannot read {name}: ")
    else:
        assert article.text.strip()
    assert time.monotonic() - started < GUARD_SECONDS, f"{name}: {len(data)} bytes took too long"


@cache
def valid_files() -> dict[str, bytes]:
    return {
        ".docx": docx_bytes(),
        ".odt": odt_bytes(),
        ".pdf": text_pdf_by_hand(),
        ".rtf": rtf_bytes_cp1251(),
        ".html": web_page().encode(),
        ".md": b"# Title\n\n*Some* [text](x) with `code`.\n",
        ".txt": "Текст статьи, cp1251.".encode("cp1251"),
    }


@FUZZ
@given(data=st.binary(max_size=4096), extension=st.sampled_from(SUPPORTED_EXTENSIONS))
def test_arbitrary_bytes(data: bytes, extension: str) -> None:
    read_within_guard(data, f"fuzz{extension}")


@FUZZ
@given(
    extension=st.sampled_from(sorted(valid_files())),
    cut=st.floats(min_value=0.0, max_value=1.0),
    position=st.floats(min_value=0.0, max_value=1.0),
    noise=st.binary(min_size=1, max_size=64),
)
def test_mangled_valid_files(extension: str, cut: float, position: float, noise: bytes) -> None:
    """Valid files truncated and with bytes overwritten: the corrupt files editors meet."""
    data = valid_files()[extension]
    data = data[: max(1, int(len(data) * cut))]
    at = int(len(data) * position)
    read_within_guard(data[:at] + noise + data[at + len(noise) :], f"mangled{extension}")


@FUZZ
@given(text=st.text(max_size=2000), extension=st.sampled_from((".txt", ".md", ".html", ".rtf")))
def test_arbitrary_text_in_text_formats(text: str, extension: str) -> None:
    prefix = "{\\rtf1 " if extension == ".rtf" else ""
    read_within_guard((prefix + text).encode("utf-8", errors="surrogatepass"), f"text{extension}")


PATHOLOGICAL = {
    "unclosed emphasis.md": b"*a " * 20_000,  # a minute before spans were bounded
    "unclosed strong.md": b"**a " * 20_000,
    "unclosed underscores.md": b" _a" * 20_000,
    "unclosed strikethrough.md": b"~~a " * 20_000,
    "unclosed links.md": b"[a](" * 20_000,
    "nested groups.rtf": b"{\\rtf1 " + b"{" * 50_000 + b"x" + b"}" * 50_000,
    "control words.rtf": b"{\\rtf1 " + b"\\x" * 100_000 + b"}",
    "nested elements.html": b"<div>" * 20_000 + b"text" + b"</div>" * 20_000,
    "one long line.txt": b"word " * 200_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_finish_within_the_guard(name: str) -> None:
    read_within_guard(PATHOLOGICAL[name], name)
