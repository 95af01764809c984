"""Fixtures for the window tests: hand-built comparisons and a window with isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.engine.model import (
    Article,
    Attribution,
    ClaimPair,
    Comparison,
    DiffOp,
    Document,
    Sentence,
    Summary,
)
from desktop.engine.options import CompareOptions

# An emoji (two UTF-16 units) before every marked span; a second paragraph on the left.
EMOJI_LEFT = (
    "😀 Moscow values open lines with Seoul, the ministry said.\nTies 🎉 face difficult times."
)
EMOJI_RIGHT = "Moscow prizes open lines with Seoul, the ministry noted. Ties remain constructive."


def _sentences(text: str, parts: tuple[str, ...]) -> tuple[Sentence, ...]:
    out, cursor = [], 0
    for i, part in enumerate(parts):
        start = text.index(part, cursor)
        out.append(Sentence(i, start, start + len(part), paragraph=text.count("\n", 0, start)))
        cursor = start + len(part)
    return tuple(out)


def _attribution(text: str, sentence: Sentence, source: str, cue: str, shared: bool) -> Attribution:
    s = text.index(source, sentence.start)
    c = text.index(cue, sentence.start)
    return Attribution(
        sentence.id,
        source,
        (s, s + len(source)),
        cue,
        (c, c + len(cue)),
        None,
        source.casefold(),
        shared,
    )


def emoji_comparison() -> Comparison:
    """Left: overlap sentence after an emoji, unique sentence with an emoji inside it."""
    left_s = _sentences(
        EMOJI_LEFT,
        (
            "Moscow values open lines with Seoul, the ministry said.",
            "Ties 🎉 face difficult times.",
        ),
    )
    right_s = _sentences(
        EMOJI_RIGHT,
        ("Moscow prizes open lines with Seoul, the ministry noted.", "Ties remain constructive."),
    )
    left = Document(
        "left",
        Article(EMOJI_LEFT, "Emoji left", "Outlet L"),
        "en",
        left_s,
        (_attribution(EMOJI_LEFT, left_s[0], "the ministry", "said", False),),
    )
    right = Document(
        "right",
        Article(EMOJI_RIGHT, "Emoji right", "Outlet R"),
        "en",
        right_s,
        (_attribution(EMOJI_RIGHT, right_s[0], "the ministry", "noted", False),),
    )
    diff = (
        DiffOp("equal", "Moscow "),
        DiffOp("left", "values "),
        DiffOp("right", "prizes "),
        DiffOp("equal", "open lines with Seoul, the ministry "),
        DiffOp("left", "said."),
        DiffOp("right", "noted."),
    )
    pairs = (ClaimPair((0,), (0,), "framing", 70.0, diff),)
    summary = Summary(0, 1, 1, 1, 50.0, 0.5, 0.5)
    return Comparison(left, right, pairs, (1,), (1,), summary, CompareOptions())


@pytest.fixture
def settings_file(tmp_path: Path) -> Iterator[Path]:
    """Settings go to a temporary INI file, never the user's."""
    path = tmp_path / "parallax.ini"
    yield path


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Replace blocking message boxes; returns what would have been shown."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):  # noqa: ANN202
        def show(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def window(qtbot, settings_file: Path, no_dialogs):  # noqa: ANN001, ANN201
    """A shown comparison window with its controller, settings in a temporary file."""
    from desktop.app import build_window

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    win, controller = build_window(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.controller = controller
    yield win
    controller.cancel()
