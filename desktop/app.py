"""The window's entry point: `parallax`, `parallax LEFT RIGHT`, `parallax gui ... --screenshot`.

`run_gui` builds the application (fonts, theme, settings), the window and its controller, and
either runs the event loop or, with ``screenshot``, compares synchronously, renders the window
at its default size to a PNG and returns 0 (works without a display: offscreen platform).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui.controller import Controller
    from desktop.ui.main_window import MainWindow

EXIT_OK, EXIT_INPUT, EXIT_OUTPUT = 0, 3, 4
ORGANISATION = "Parallax"
APPLICATION = "Parallax"


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def application(screenshot: bool = False) -> QApplication:
    """The one QApplication, created on first use (offscreen when there is no display)."""
    if screenshot and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = cast(QApplication | None, QApplication.instance()) or QApplication(
        [sys.argv[0] if sys.argv else "parallax"]
    )
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("parallax")  # resources/parallax.desktop
    app.setApplicationDisplayName("Parallax")
    register_fonts()
    _set_icon(app)
    return app


def register_fonts() -> list[str]:
    """Add the bundled DejaVu fonts; on the offscreen platform make them the UI font."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    from desktop import resources

    families: list[str] = []
    for path in resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if QGuiApplication.platformName() == "offscreen" and "DejaVu Sans" in families:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(9.5)
        QGuiApplication.setFont(font)
    return families


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from desktop import resources

    for name in ("icons/parallax.svg", "icons/parallax.png"):
        try:
            app.setWindowIcon(QIcon(str(resources.path(name))))
            return
        except FileNotFoundError:
            continue


def build_window(qsettings: QSettings | None = None) -> tuple[MainWindow, Controller]:
    """The window and its controller over ``qsettings`` (default: the user's settings)."""
    from PySide6.QtCore import QSettings

    from desktop.ui import theme
    from desktop.ui.controller import Controller
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    settings = Settings(qsettings if qsettings is not None else QSettings())
    theme.apply(application(), settings.theme)
    window = MainWindow()
    controller = Controller(window, settings)
    return window, controller


def _stylesheet() -> str:
    from desktop import resources

    try:
        return resources.path("style.qss").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def run_gui(
    left: str | None, right: str | None, screenshot: str | None = None, encoding: str | None = None
) -> int:
    """Open the window (on two articles if given); with ``screenshot``, render it and exit."""
    app = application(screenshot=screenshot is not None)
    app.setStyleSheet(_stylesheet())
    if screenshot is not None:
        return _screenshot(left, right, Path(screenshot), encoding)
    window, controller = build_window()
    controller.encoding = encoding
    window.show()
    if left is not None and right is not None:
        controller.load_path("left", left, compare_now=False)
        controller.load_path("right", right, compare_now=False)
        controller.request_compare()
    return int(app.exec())


def _screenshot(left: str | None, right: str | None, out: Path, encoding: str | None) -> int:
    """Compare synchronously, lay the window out at its default size and save it as PNG."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.formats import ReadError, read_article

    with tempfile.TemporaryDirectory() as scratch:
        qsettings = QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat)
        window, controller = build_window(qsettings)
        controller.encoding = encoding
        if left is not None and right is not None:
            try:
                controller.articles["left"] = read_article(Path(left), encoding=encoding)
                controller.articles["right"] = read_article(Path(right), encoding=encoding)
            except ReadError as exc:
                print(f"parallax: {exc}", file=sys.stderr)
                return EXIT_INPUT
            controller.request_compare(wait=True)
        window.show()
        for _ in range(3):
            QApplication.processEvents()
        controller.select_first_pair()
        QApplication.processEvents()
        image = window.grab()
        saved = image.save(str(out), "PNG")
        window.close()
    if not saved:
        print(f"parallax: cannot write {out}: not a writable PNG path", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_OK


def main() -> int:
    """The gui-script entry point (`parallax-gui [LEFT RIGHT]`)."""
    from desktop.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])
