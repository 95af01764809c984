"""The sensitivity control maps presets and the slider to CompareOptions, debounced."""

import pytest
from PySide6.QtCore import Qt

from desktop.engine.options import CompareOptions
from desktop.ui.sensitivity import SensitivityControl, number, strictness, thresholds


@pytest.fixture
def control(qtbot) -> SensitivityControl:
    c = SensitivityControl(CompareOptions(language="ru", allow_merges=False))
    qtbot.addWidget(c)
    c.show()
    return c


def test_mapping_ends_and_middle_is_the_engine_default():
    default = CompareOptions()
    match, overlap = default.match_threshold, default.overlap_threshold
    assert thresholds(50) == (match, overlap)
    assert thresholds(0) == pytest.approx((match / 2, overlap - 10), abs=0.01)
    assert thresholds(100) == pytest.approx((min(match * 2, 100), min(overlap + 10, 100)), abs=0.01)
    assert thresholds(-5) == thresholds(0) and thresholds(120) == thresholds(100)
    low, high = thresholds(20), thresholds(80)
    assert low[0] < high[0] and low[1] < high[1]


def test_strictness_inverts_the_mapping():
    for value in (0, 15, 50, 85, 100):
        match, overlap = thresholds(value)
        assert strictness(CompareOptions(match_threshold=match, overlap_threshold=overlap)) == value


def test_strict_preset_emits_higher_thresholds_and_keeps_other_fields(control, qtbot):
    with qtbot.waitSignal(control.options_changed) as emitted:
        control.presets["Strict"].click()
    options = emitted.args[0]
    assert (options.match_threshold, options.overlap_threshold) == thresholds(85)
    assert options.language == "ru" and options.allow_merges is False
    assert control.presets["Strict"].isChecked() and not control.presets["Balanced"].isChecked()


def test_loose_preset_lowers_both_thresholds(control, qtbot):
    with qtbot.waitSignal(control.options_changed) as emitted:
        control.presets["Loose"].click()
    default = CompareOptions()
    assert emitted.args[0].match_threshold < default.match_threshold
    assert emitted.args[0].overlap_threshold < default.overlap_threshold


def test_dragging_emits_once_after_the_pause(control, qtbot):
    seen = []
    control.options_changed.connect(seen.append)
    for value in range(51, 71):
        control.slider.setValue(value)
    qtbot.waitUntil(lambda: len(seen) == 1)
    qtbot.wait(300)
    assert len(seen) == 1 and seen[0].match_threshold == thresholds(70)[0]
    assert not any(b.isChecked() for b in control.presets.values())


def test_keyboard_moves_the_slider(control, qtbot):
    control.slider.setFocus()
    with qtbot.waitSignal(control.options_changed) as emitted:
        qtbot.keyClick(control.slider, Qt.Key.Key_PageUp)
    assert emitted.args[0].match_threshold == thresholds(60)[0]
    assert emitted.args[0].match_threshold > CompareOptions().match_threshold


def test_set_options_is_silent_and_shows_the_position(control, qtbot):
    strict = CompareOptions(match_threshold=thresholds(85)[0], overlap_threshold=thresholds(85)[1])
    with qtbot.assertNotEmitted(control.options_changed, wait=300):
        control.set_options(strict)
    assert control.slider.value() == 85 and control.presets["Strict"].isChecked()
    assert control.options() == strict
    assert f"pair ≥ {number(strict.match_threshold)}" in control.readout.text()


def test_controls_are_named_for_assistive_technology(control):
    for widget in [control.slider, *control.presets.values()]:
        assert widget.accessibleName() and widget.toolTip()


def test_numbers_read_plainly():
    assert number(8.0) == "8" and number(4.93) == "4.9" and number(75.0) == "75"
