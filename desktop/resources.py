"""The one way to find bundled files (demo pair, fonts, icons, stylesheet).

Works from the source tree (``<repo>/resources``) and from the PyInstaller bundle, where
``build.spec`` copies the same folder to ``<sys._MEIPASS>/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEMO_LEFT = "samples/left-ria-news-zhelokhovtsev.txt"
DEMO_RIGHT = "samples/right-eastern-economic-forum-rudenko.txt"


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def path(relative: str) -> Path:
    """Absolute path of a bundled resource; raises FileNotFoundError naming it if missing."""
    found = root() / relative
    if not found.exists():
        raise FileNotFoundError(f"bundled resource missing: {relative} (looked in {root()})")
    return found


def demo_pair() -> tuple[Path, Path]:
    return path(DEMO_LEFT), path(DEMO_RIGHT)


def font_files() -> list[Path]:
    return sorted((root() / "fonts").glob("*.ttf"))
