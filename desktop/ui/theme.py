"""Light/dark detection and the palette's kinds as Qt colours, fonts-relative swatches.

    from desktop.ui import theme
    theme.apply(app, "dark")                  # "system" | "light" | "dark"
    theme.is_dark(widget.palette())           # what the widget actually shows
    theme.fill(palette.OVERLAP, widget.palette())   # fill_light or fill_dark as QColor
    theme.mark(palette.OVERLAP)               # the Okabe-Ito mark colour
    theme.underline(palette.FRAMING)          # QTextCharFormat.UnderlineStyle
    theme.swatch_icon("#0072B2", widget)      # a small colour square sized by the font

Dark is decided from the palette (window darker than its text), so an explicitly applied
dark palette counts even when the platform says "light"; `system_scheme()` asks the platform.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
)
from PySide6.QtWidgets import QApplication, QWidget

from desktop.palette import KindStyle

THEMES = ("system", "light", "dark")

_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "double": QTextCharFormat.UnderlineStyle.SingleUnderline,  # Qt text has no double line
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
}
_PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "double": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "wave": Qt.PenStyle.SolidLine,  # drawn as a zig-zag by painters that care
    "none": Qt.PenStyle.NoPen,
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's window is darker than its text."""
    pal = palette if palette is not None else QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window).lightness()
    text = pal.color(QPalette.ColorRole.WindowText).lightness()
    return window < text


def system_scheme() -> str:
    """"light", "dark" or "unknown", as the platform reports it."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}.get(scheme, "unknown")


def fill(style: KindStyle, palette: QPalette | None = None) -> QColor:
    """The kind's background tint for the palette in use."""
    return QColor(style.fill_dark if is_dark(palette) else style.fill_light)


def mark(style: KindStyle) -> QColor:
    return QColor(style.colour)


def underline(style: KindStyle) -> QTextCharFormat.UnderlineStyle:
    return _UNDERLINES.get(style.underline, QTextCharFormat.UnderlineStyle.SingleUnderline)


def pen_style(style: KindStyle) -> Qt.PenStyle:
    return _PEN_STYLES.get(style.underline, Qt.PenStyle.SolidLine)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    return QColor("#000000") if background.lightnessF() > 0.55 else QColor("#FFFFFF")


def swatch_icon(colour: str, widget: QWidget, border: QColor | None = None) -> QIcon:
    """A square of `colour` the height of the widget's text, crisp at any device ratio."""
    side = max(8, widget.fontMetrics().height() - 4)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(int(side * ratio), int(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border or widget.palette().color(QPalette.ColorRole.WindowText), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 2, 2)
    painter.end()
    return QIcon(pixmap)


def dark_palette() -> QPalette:
    """A plain dark palette for Fusion (used when the user picks "dark")."""
    pal = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2B2B2B", roles.WindowText: "#E6E6E6", roles.Base: "#1F1F1F",
        roles.AlternateBase: "#292929", roles.ToolTipBase: "#3A3A3A",
        roles.ToolTipText: "#F0F0F0", roles.Text: "#E6E6E6", roles.Button: "#353535",
        roles.ButtonText: "#E6E6E6", roles.BrightText: "#FF6B6B", roles.Highlight: "#3D6FA5",
        roles.HighlightedText: "#FFFFFF", roles.Link: "#7FB8E6", roles.PlaceholderText: "#9A9A9A",
        roles.Mid: "#444444", roles.Dark: "#1A1A1A", roles.Light: "#505050",
    }
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor("#7A7A7A"))
    return pal


def apply(app: QApplication, theme: str) -> None:
    """Apply "system", "light" or "dark" to the whole application."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}: expected one of {', '.join(THEMES)}")
    hints = app.styleHints()
    schemes = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light,
               "dark": Qt.ColorScheme.Dark}
    if hasattr(hints, "setColorScheme"):  # Qt >= 6.8
        hints.setColorScheme(schemes[theme])
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    else:
        # QPalette() would copy the palette in force (dark after "dark"): take the style's own,
        # which follows the system colour scheme
        app.setPalette(app.style().standardPalette())
