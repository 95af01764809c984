"""Light/dark detection and the palette kinds as Qt colours and line styles."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLabel

from desktop import palette
from desktop.ui import theme


def light_palette() -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#F0F0F0"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
    return pal


@pytest.fixture
def app_palette(qapp):
    saved, style = qapp.palette(), qapp.style().name()
    yield qapp
    theme.apply(qapp, "system")
    qapp.setStyle(style)
    qapp.setPalette(saved)


def test_dark_is_read_from_the_palette():
    assert theme.is_dark(theme.dark_palette())
    assert not theme.is_dark(light_palette())


def test_fill_picks_the_tint_for_the_palette():
    assert theme.fill(palette.FRAMING, light_palette()) == QColor(palette.FRAMING.fill_light)
    assert theme.fill(palette.FRAMING, theme.dark_palette()) == QColor(palette.FRAMING.fill_dark)
    assert theme.mark(palette.UNIQUE) == QColor(palette.UNIQUE.colour)


def test_every_kind_has_a_visible_line_style():
    styles = {k.key: theme.underline(k) for k in palette.KINDS}
    assert styles["framing"] == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert styles["unique"] == QTextCharFormat.UnderlineStyle.DotLine
    assert styles["attribution"] == QTextCharFormat.UnderlineStyle.DashUnderline
    assert QTextCharFormat.UnderlineStyle.NoUnderline not in styles.values()
    assert theme.pen_style(palette.ATTRIBUTION) == Qt.PenStyle.DashLine


def test_text_on_tints_reads_in_both_themes():
    for kind in palette.KINDS:
        assert theme.text_on(QColor(kind.fill_light)) == QColor("#000000")
        assert theme.text_on(QColor(kind.fill_dark)) == QColor("#FFFFFF")


def test_apply_dark_then_light(app_palette):
    theme.apply(app_palette, "dark")
    assert theme.is_dark(QApplication.palette())
    theme.apply(app_palette, "light")
    assert not theme.is_dark(QApplication.palette())


def test_apply_system_after_dark_leaves_dark(app_palette):
    theme.apply(app_palette, "dark")
    theme.apply(app_palette, "system")
    # offscreen Qt has a light system scheme
    assert not theme.is_dark(QApplication.palette())


def test_apply_rejects_unknown_theme(app_palette):
    with pytest.raises(ValueError, match="unknown theme 'sepia'"):
        theme.apply(app_palette, "sepia")


def test_swatch_icon_follows_the_font(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    small = theme.swatch_icon("#0072B2", label).availableSizes()[0]
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    big = theme.swatch_icon("#0072B2", label).availableSizes()[0]
    assert big.height() > small.height() * 1.5


def test_system_scheme_is_a_known_word():
    assert theme.system_scheme() in ("light", "dark", "unknown")
