"""The legend explains every palette kind and paints samples in the theme's tint."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop import palette
from desktop.ui import theme
from desktop.ui.legend import BandSample, Legend, MarkSample


@pytest.fixture
def legend(qtbot) -> Legend:
    widget = Legend()
    qtbot.addWidget(widget)
    return widget


def test_every_palette_kind_has_a_row_with_label_glyph_and_description(legend):
    for style in palette.KINDS:
        row = legend.rows[style.key]
        assert style.label in row.text() and style.description in row.text()
        assert style.glyph in row.accessibleName() and style.glyph in row.toolTip()


def test_rows_name_the_underline_so_colour_is_not_alone(legend):
    assert "wavy underline" in legend.rows["framing"].accessibleName()
    assert "dotted underline" in legend.rows["unique"].accessibleName()
    assert "only the left article" in legend.rows["struck"].text()
    assert "only the right article" in legend.rows["underlined"].text()


def fill_pixel(sample: MarkSample) -> QColor:
    image = sample.grab().toImage()
    return image.pixelColor(image.width() // 2, 2)


def test_sample_uses_light_tint_then_dark_tint(qtbot):
    sample = MarkSample(palette.OVERLAP)
    qtbot.addWidget(sample)
    sample.resize(sample.sizeHint())
    assert fill_pixel(sample).name() == palette.OVERLAP.fill_light.lower()
    sample.setPalette(theme.dark_palette())
    assert fill_pixel(sample).name() == palette.OVERLAP.fill_dark.lower()


def test_sample_draws_its_line_in_the_mark_colour(qtbot):
    sample = MarkSample(palette.UNIQUE, line="solid")
    qtbot.addWidget(sample)
    sample.resize(sample.sizeHint())
    image = sample.grab().toImage()
    mark = QColor(palette.UNIQUE.colour)

    def near(c: QColor) -> bool:
        return abs(c.red() - mark.red()) + abs(c.green() - mark.green()) + abs(
            c.blue() - mark.blue()) < 30
    hits = [(x, y) for x in range(image.width()) for y in range(image.height())
            if near(image.pixelColor(x, y))]
    assert len(hits) >= image.width() // 4  # a line, not a stray pixel
    assert min(y for _, y in hits) > image.height() // 2  # below the text's middle


def test_sample_size_follows_the_font(qtbot):
    sample = MarkSample(palette.FRAMING)
    qtbot.addWidget(sample)
    small = sample.sizeHint()
    font = QFont(sample.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    sample.setFont(font)
    big = sample.sizeHint()
    assert big.width() > small.width() * 1.5 and big.height() > small.height() * 1.5


def test_a_short_legend_scrolls_instead_of_squeezing(legend, qtbot):
    legend.resize(420, 120)
    legend.show()
    qtbot.waitExposed(legend)
    qtbot.waitUntil(lambda: legend.verticalScrollBar().maximum() > 0)
    row = legend.rows["framing"]
    assert row.height() >= row.heightForWidth(row.width()) - 1  # not squeezed
    legend.setFocus()
    qtbot.keyClick(legend, Qt.Key.Key_PageDown)
    assert legend.verticalScrollBar().value() > 0


def test_connector_bands_are_explained(legend):
    assert "Dashed band" in legend.rows["band_framing"].text()
    assert "Solid band" in legend.rows["band_overlap"].text()
    assert "selected" in legend.rows["band_selected"].text()


def test_band_sample_outline_is_heavier_when_selected(qtbot):
    def marked(selected: bool) -> int:
        band = BandSample(palette.OVERLAP, selected)
        qtbot.addWidget(band)
        band.resize(band.sizeHint())
        image = band.grab().toImage()
        mark = QColor(palette.OVERLAP.colour)
        return sum(
            1 for x in range(image.width()) for y in range(image.height())
            if abs(image.pixelColor(x, y).blue() - mark.blue()) < 20
            and abs(image.pixelColor(x, y).red() - mark.red()) < 20
        )
    assert marked(True) > marked(False) * 1.5
