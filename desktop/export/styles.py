"""Character formats for the PDF: every mark has a colour AND a non-colour sign.

Row kinds: a glyph at the start of each cell (= overlap, ≈ framing, + unique) and a tint;
unique sentences are also dot-underlined. Inside sentences: differing words are bold with a
wavy underline, attributions dash-underlined, sources only one article credits italic with a
solid underline. So grey-scale paper still tells every mark apart.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from desktop import palette
from desktop.export import fonts
from desktop.export.marks import ATTRIBUTION, ATTRIBUTION_UNIQUE, CHANGED

BODY_PT = 8.5
SMALL_PT = 7.5
INK = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9A9A9A")
HEADER_FILL = QColor("#EEEEEE")

_U = QTextCharFormat.UnderlineStyle
UNDERLINE = {
    "solid": _U.SingleUnderline,
    "dash": _U.DashUnderline,
    "dot": _U.DotLine,
    "wave": _U.WaveUnderline,
    "double": _U.WaveUnderline,  # Qt has no double underline; changed words are bold as well
    "none": _U.NoUnderline,
}
ROW_STYLE = {"overlap": palette.OVERLAP, "framing": palette.FRAMING, "unique": palette.UNIQUE}
# underline precedence inside a sentence: the first mark present wins
_UNDERLINED_MARKS = (
    (ATTRIBUTION_UNIQUE, palette.ATTRIBUTION_UNIQUE),
    (ATTRIBUTION, palette.ATTRIBUTION),
    (CHANGED, palette.CHANGED_WORDS),
)


def text_format(
    point_size: float = BODY_PT, bold: bool = False, italic: bool = False, colour: QColor = INK
) -> QTextCharFormat:
    """A complete format: family, size, weight, slant, colour, no ligatures, no underline."""
    fmt = QTextCharFormat()
    fmt.setFontFamilies([fonts.family()])
    fmt.setFontPointSize(point_size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(colour)
    fmt.setFontFeatures(fonts.NO_LIGATURES)
    fmt.setUnderlineStyle(_U.NoUnderline)
    return fmt


@functools.lru_cache(maxsize=64)
def sentence_format(marks: frozenset[str], row_kind: str) -> QTextCharFormat:
    """The format of a run of sentence text carrying `marks` in a row of `row_kind`."""
    fmt = text_format(bold=CHANGED in marks, italic=ATTRIBUTION_UNIQUE in marks)
    if CHANGED in marks:
        fmt.setBackground(QColor(palette.CHANGED_WORDS.fill_light))
    if ATTRIBUTION_UNIQUE in marks:
        fmt.setBackground(QColor(palette.ATTRIBUTION_UNIQUE.fill_light))
    style = next((s for m, s in _UNDERLINED_MARKS if m in marks), None)
    if style is None and row_kind == "unique":
        style = palette.UNIQUE
    if style is not None:
        fmt.setUnderlineStyle(UNDERLINE[style.underline])
        fmt.setUnderlineColor(QColor(style.colour))
    return QTextCharFormat(fmt)


def glyph_format(row_kind: str) -> QTextCharFormat:
    """Row glyphs are near-black: light Okabe-Ito inks fade on grey paper. Same size as the
    text, or pdftotext reads the first lines of both columns as one line."""
    return text_format(bold=True, colour=INK)


def row_glyph(row_kind: str) -> str:
    style = ROW_STYLE.get(row_kind)
    return style.glyph if style else ""


def row_fill(row_kind: str) -> QColor | None:
    style = ROW_STYLE.get(row_kind)
    return QColor(style.fill_light) if style else None
