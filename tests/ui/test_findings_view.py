"""The findings list widget: chips, search, sorting, activation and selection signals."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.findings import build_findings
from desktop.ui.findings_model import FINDING_ROLE, SCORE
from desktop.ui.findings_view import FindingsView
from tests.ui.fixtures_comparison import demo_like_comparison


@pytest.fixture
def view(qtbot) -> FindingsView:
    v = FindingsView()
    qtbot.addWidget(v)
    v.resize(900, 300)
    v.set_comparison(demo_like_comparison())
    v.show()
    qtbot.waitExposed(v)
    return v


def shown(view: FindingsView) -> list[str]:
    return [f.kind for f in view.proxy.visible_findings()]


def cell_centre(view: FindingsView, row: int):
    return view.table.visualRect(view.proxy.index(row, 2)).center()


def test_chips_show_counts_and_filter_by_kind(view, qtbot):
    assert view.chips["overlap"].text().endswith("Overlap (2)")
    with qtbot.waitSignal(view.kinds_changed) as changed:
        view.chips["overlap"].click()
    assert "overlap" not in changed.args[0]
    assert "overlap" not in shown(view) and len(shown(view)) == 5


def test_set_kinds_updates_chips_without_signal(view, qtbot):
    with qtbot.assertNotEmitted(view.kinds_changed):
        view.set_kinds({"framing"})
    assert shown(view) == ["framing"]
    assert [k for k, c in view.chips.items() if c.isChecked()] == ["framing"]


def test_search_field_filters(view, qtbot):
    qtbot.keyClicks(view.search, "sanctions")
    assert sorted(shown(view)) == ["source_left", "unique_left"]


def test_header_click_sorts_by_score(view, qtbot):
    header = view.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(SCORE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    scores = [f.score for f in view.proxy.visible_findings()]
    numbers = [s for s in scores if s is not None]
    assert numbers in (sorted(numbers), sorted(numbers, reverse=True))
    reading = [f.score for f in build_findings(demo_like_comparison())]
    assert len(numbers) == 3 and scores != reading
    assert [f.score for f in view.findings()] == reading  # findings() stays in reading order


def test_double_click_emits_activated(view, qtbot):
    target = view.proxy.visible_findings()[1]
    viewport, left = view.table.viewport(), Qt.MouseButton.LeftButton
    with qtbot.waitSignal(view.finding_activated) as activated:
        qtbot.mouseClick(viewport, left, pos=cell_centre(view, 1))  # a real double-click
        qtbot.mouseDClick(viewport, left, pos=cell_centre(view, 1))  # starts with a press
    assert activated.args == [target]


def test_enter_emits_activated(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(2)
    with qtbot.waitSignal(view.finding_activated) as activated:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert activated.args == [view.proxy.visible_findings()[2]]


def test_user_selection_emits_selected(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.finding_selected) as selected:
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert selected.args == [view.proxy.visible_findings()[1]]


def test_select_finding_is_quiet_and_reports_hidden_rows(view, qtbot):
    framing = next(f for f in view.findings() if f.kind == "framing")
    with qtbot.assertNotEmitted(view.finding_selected):
        assert view.select_finding(framing)
    assert view.current_finding() == framing
    view.set_kinds({"overlap"})
    assert not view.select_finding(framing)


def test_step_walks_shown_findings_in_reading_order(view, qtbot):
    view.set_kinds({"overlap", "framing"})
    view.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)  # display order differs
    walked = []
    with qtbot.waitSignals([view.finding_activated] * 3):
        for _ in range(3):
            walked.append(view.step(+1))
    assert [f.left for f in walked] == [(0,), (1, 2), (3,)]
    assert view.step(+1) is None
    assert view.step(-1).left == (1, 2)


def test_new_comparison_keeps_the_selected_finding(view):
    framing = next(f for f in view.findings() if f.kind == "framing")
    view.select_finding(framing)
    view.set_findings(build_findings(demo_like_comparison()))
    assert view.current_finding() == framing
    view.set_comparison(None)
    assert view.findings() == () and view.current_finding() is None


def test_every_control_has_an_accessible_name_and_tooltip(view):
    for widget in [view.search, view.table, *view.chips.values()]:
        assert widget.accessibleName() and widget.toolTip()


def test_selection_survives_sorting(view):
    framing = next(f for f in view.findings() if f.kind == "framing")
    view.select_finding(framing)
    view.table.sortByColumn(SCORE, Qt.SortOrder.AscendingOrder)
    assert view.current_finding() == framing
    assert view.table.selectionModel().selectedRows()[0].data(FINDING_ROLE) == framing


def test_step_continues_from_a_filtered_out_selection(view):
    findings = view.findings()
    source_right = next(f for f in findings if f.kind == "source_right")
    view.set_kinds({"overlap", "framing"})
    assert not view.select_finding(source_right)
    assert view.current_finding() is None
    assert view.step(+1).left == (3,)  # the overlap after it in reading order


def test_step_continues_after_reclassify_replaced_the_selected_finding(view):
    c = demo_like_comparison()
    framing = next(f for f in view.findings() if f.kind == "framing")
    view.select_finding(framing)
    rescored = replace(c, pairs=tuple(replace(p, score=p.score - 1) for p in c.pairs))
    view.set_comparison(rescored)
    assert view.current_finding() is None
    nxt = view.step(+1)
    assert nxt.kind == "source_right" and nxt.right == (3,)


def test_ctrl_c_copies_the_current_finding(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(2)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Framing. score 58. left: The diplomat")
    assert "reporting verb: 'noted' vs 'emphasized'" in copied


def test_empty_states_explain_themselves(view, qtbot):
    view.set_kinds(())
    assert view.pages.currentWidget() is view.empty
    assert "No findings match the filters" in view.empty.text()
    with qtbot.waitSignal(view.kinds_changed):
        view.empty.linkActivated.emit("#all")
    assert view.pages.currentWidget() is view.table and view.proxy.rowCount() == 7
    view.set_comparison(None)
    assert view.pages.currentWidget() is view.empty and "open two articles" in view.empty.text()


def test_search_with_no_match_shows_the_note_and_escape_clears_it(view, qtbot):
    qtbot.keyClicks(view.search, "zzz")
    assert view.pages.currentWidget() is view.empty
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == "" and view.pages.currentWidget() is view.table


def test_context_menu_actions_show_and_copy(view, qtbot):
    view.table.selectRow(1)
    show, copy = view.context_actions()
    with qtbot.waitSignal(view.finding_activated) as activated:
        show.trigger()
    assert activated.args[0].kind == "overlap"
    copy.trigger()
    assert QGuiApplication.clipboard().text().startswith("Overlap. score 100")
    view.table.selectionModel().clear()
    assert not any(a.isEnabled() for a in view.context_actions())
