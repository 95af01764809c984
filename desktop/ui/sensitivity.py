"""The sensitivity control: Loose / Balanced / Strict presets and a slider between them.

    from desktop.ui.sensitivity import SensitivityControl
    control = SensitivityControl()
    control.set_options(settings.compare_options())    # no signal
    control.options_changed.connect(lambda o: runner.run(lambda: reclassify(c, o), show))
    control.options()                                   # the CompareOptions shown now

One number (0 loose - 100 strict) sets both thresholds: `match_threshold` (how alike two
sentences must be to pair up) and `overlap_threshold` (how alike a pair must be to count as
an overlap rather than divergent framing). 50 is the engine's defaults. Other option fields
(language, merges) pass through untouched. Changes are sent after a short pause
(`DEBOUNCE_MS`), so dragging the slider re-classifies once, not fifty times.
"""

from __future__ import annotations

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
_MATCH = (35.0, 65.0)  # match_threshold at 0 and at 100
_OVERLAP = (65.0, 85.0)  # overlap_threshold at 0 and at 100


def thresholds(value: int) -> tuple[float, float]:
    """(match_threshold, overlap_threshold) for a strictness of 0-100."""
    t = min(max(value, 0), 100) / 100.0
    return (
        round(_MATCH[0] + t * (_MATCH[1] - _MATCH[0]), 1),
        round(_OVERLAP[0] + t * (_OVERLAP[1] - _OVERLAP[0]), 1),
    )


def strictness(options: CompareOptions) -> int:
    """The slider position whose match threshold is closest to the options' one."""
    t = (options.match_threshold - _MATCH[0]) / (_MATCH[1] - _MATCH[0])
    return round(min(max(t, 0.0), 1.0) * 100)


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
        self.readout.setText(f"pair ≥ {match:.0f} · overlap ≥ {overlap:.0f}")
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
