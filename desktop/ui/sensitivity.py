"""The sensitivity control: Loose / Balanced / Strict presets and a slider between them.

    from desktop.ui.sensitivity import SensitivityControl
    control = SensitivityControl()
    control.set_options(settings.compare_options())    # no signal
    control.options_changed.connect(lambda o: runner.run(lambda: reclassify(c, o), show))
    control.options()                                   # the CompareOptions shown now

One number (0 loose - 100 strict) sets both thresholds: `match_threshold` (how alike two
sentences must be to pair up) and `overlap_threshold` (how alike a pair must be to count as
an overlap rather than divergent framing). 50 is the engine's defaults; 0 halves the pairing
threshold and takes 10 points off the overlap one, 100 doubles it and adds 10. Other option fields
(language, merges) pass through untouched. Changes are sent after a short pause
(`DEBOUNCE_MS`), so dragging the slider re-classifies once, not fifty times.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from desktop.engine.options import CompareOptions

DEBOUNCE_MS = 150
PRESETS: tuple[tuple[str, int, str], ...] = (
    ("Loose", 15, "Pair sentences that only partly agree; call more pairs overlaps"),
    ("Balanced", 50, "The default thresholds"),
    ("Strict", 85, "Pair only close sentences; call more pairs divergent framing"),
)
MATCH_FACTOR = 2.0  # the pairing threshold at 0 is the default / 2, at 100 default * 2
OVERLAP_SPREAD = 10.0  # the overlap threshold at 0 is the default - 10, at 100 default + 10


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def thresholds(value: int) -> tuple[float, float]:
    """(match_threshold, overlap_threshold) for a strictness of 0-100; 50 gives the engine's
    defaults (read from `CompareOptions()`, so a re-tuned engine keeps its balance point).
    The pairing threshold moves by factors (engine scores are small), overlap in points."""
    default = CompareOptions()
    t = (_clamp(value, 0, 100) - 50) / 50.0  # -1 .. 1
    match = default.match_threshold * MATCH_FACTOR**t
    overlap = default.overlap_threshold + t * OVERLAP_SPREAD
    return round(_clamp(match, 0.0, 100.0), 2), round(_clamp(overlap, 0.0, 100.0), 2)


def strictness(options: CompareOptions) -> int:
    """The slider position whose pairing threshold is closest to the options' one."""
    default = CompareOptions().match_threshold
    if options.match_threshold <= 0 or default <= 0:
        return 0
    t = math.log(options.match_threshold / default, MATCH_FACTOR)
    return round(_clamp(50 + 50 * t, 0, 100))


def number(value: float) -> str:
    """A threshold as a reader wants it: "8", "4.9", "75"."""
    return f"{value:.1f}".removesuffix(".0")


def options_at(value: int, base: CompareOptions) -> CompareOptions:
    match, overlap = thresholds(value)
    return replace(base, match_threshold=match, overlap_threshold=overlap)


class SensitivityControl(QWidget):
    options_changed = Signal(object)  # CompareOptions

    def __init__(self, options: CompareOptions | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = options or CompareOptions()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.slider = self._make_slider()
        self.buttons = QButtonGroup(self)
        self.presets = {name: self._make_preset(name, value, tip)
                        for name, value, tip in PRESETS}
        self.readout = QLabel(self)
        self.readout.setToolTip("Pairing threshold and overlap threshold, 0-100")
        self._lay_out()
        self.setAccessibleName("Sensitivity")
        self.set_options(self._base)

    def _make_slider(self) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(0, 100)
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(25)
        slider.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 16)
        slider.setToolTip("Loose (left) to strict (right): how alike sentences must be to "
                          "pair up, and to count as an overlap")
        slider.setAccessibleName("Sensitivity, loose to strict")
        slider.valueChanged.connect(self._slider_moved)
        return slider

    def _make_preset(self, name: str, value: int, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(name)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setToolTip(tip)
        button.setAccessibleName(f"{name} sensitivity")
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bold = button.font()
        bold.setBold(True)
        padding = button.fontMetrics().height()
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(name) + padding)
        self.buttons.addButton(button, value)
        button.clicked.connect(lambda _checked=False, v=value: self.slider.setValue(v))
        return button

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel("Sensitivity:", self)
        caption.setBuddy(self.slider)
        layout.addWidget(caption)
        for button in self.presets.values():
            layout.addWidget(button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.readout)

    # --- public API --------------------------------------------------------------------

    def options(self) -> CompareOptions:
        return options_at(self.slider.value(), self._base)

    def set_options(self, options: CompareOptions) -> None:
        """Show `options` (and keep their other fields) without emitting."""
        self._base = options
        self._timer.stop()
        self.slider.blockSignals(True)
        self.slider.setValue(strictness(options))
        self.slider.blockSignals(False)
        self._show(self.slider.value())

    # --- internals ---------------------------------------------------------------------

    def _slider_moved(self, value: int) -> None:
        self._show(value)
        self._timer.start()

    def _show(self, value: int) -> None:
        match, overlap = thresholds(value)
        self.readout.setText(f"pair ≥ {number(match)} · overlap ≥ {number(overlap)}")
        preset = self.buttons.button(value)
        self.buttons.setExclusive(preset is not None)
        for button in self.buttons.buttons():
            button.setChecked(button is preset)
            font = button.font()
            font.setBold(button is preset)  # the checked look is faint in some dark styles
            button.setFont(font)
        self.slider.setAccessibleDescription(self.readout.text())

    def _emit(self) -> None:
        self.options_changed.emit(self.options())
