"""The bundled DejaVu font (Latin + Cyrillic) and a Qt GUI application to typeset with.

Headless machines only have fontconfig's fonts, so the exports load the shipped TTFs with
``QFontDatabase.addApplicationFont``. Ligatures are switched off: with ``liga`` on,
``pdftotext`` reads "oﬃcials" instead of "officials".
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop import resources

FALLBACK_FAMILY = "DejaVu Sans"
NO_LIGATURES = {QFont.Tag("liga"): 0, QFont.Tag("clig"): 0, QFont.Tag("dlig"): 0}
_owned_app: list[QGuiApplication] = []  # keeps an app we had to create alive


def ensure_gui_app() -> None:
    """Make sure a QGuiApplication exists; create an offscreen one when none does."""
    app = QCoreApplication.instance()
    if app is None:
        _owned_app.append(QGuiApplication(["parallax-export", "-platform", "offscreen"]))
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("a non-GUI Qt application is running; PDF export needs QtGui")


@functools.cache
def family() -> str:
    """The family name of the bundled font, loaded once into the application's database."""
    families: list[str] = []
    for path in resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else FALLBACK_FAMILY


def font(point_size: float, bold: bool = False, italic: bool = False) -> QFont:
    """The bundled font at `point_size`, without ligatures, unhinted (PDF-friendly)."""
    result = QFont(family())
    result.setPointSizeF(point_size)
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for tag, value in NO_LIGATURES.items():
        result.setFeature(tag, value)
    return result
