"""The comparison window end to end: loading, selecting, walking, filtering, files in and out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop import resources
from desktop.engine import CompareOptions
from desktop.ui import theme
from desktop.ui.findings_model import FINDING_ROLE, KIND
from desktop.ui.settings import Settings
from tests.ui.fixtures_comparison import demo_like_comparison, large_comparison

LEFT_TEXT = (
    "Moscow values open lines of communication with Seoul, the foreign ministry said on Monday. "
    "The diplomat described relations as facing difficult times.\n"
    "Seoul plans a third package of export restrictions in February."
)
RIGHT_TEXT = (
    "Seoul plans a third package of export restrictions in February. "
    "Moscow values open lines of communication with Seoul, the foreign ministry stressed "
    "on Monday.\n"
    "Andrei Rudenko spoke at the Eastern Economic Forum in Vladivostok."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _loaded(qtbot, window, tmp_path: Path):  # noqa: ANN001, ANN202
    """Both sample articles read from files and compared off the GUI thread."""
    c = window.controller
    assert c.load_path("left", _write(tmp_path, "left.txt", LEFT_TEXT))
    assert c.load_path("right", _write(tmp_path, "right.txt", RIGHT_TEXT))
    qtbot.waitUntil(lambda: c.comparison is not None and not c.comparing(), timeout=10000)
    return c.comparison


def _apply(window, comparison):  # noqa: ANN001, ANN202
    c = window.controller
    c.articles = {"left": comparison.left.article, "right": comparison.right.article}
    c.apply(comparison)
    QApplication.processEvents()
    return c


# -- loading -------------------------------------------------------------------------------------


def test_loading_both_sides_compares_and_shows_them(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    comparison = _loaded(qtbot, window, tmp_path)
    assert window.left.text.toPlainText() == LEFT_TEXT
    assert window.right.text.toPlainText() == RIGHT_TEXT
    header = window.left.title.text() + " " + window.left.meta.text()
    assert "left.txt" in header and "words" in window.left.meta.text()
    assert comparison.pairs, "the two sample articles share claims"
    assert window.findings.findings()
    assert window.left.highlighter.spans() and window.right.highlighter.spans()
    assert window.summary.fields["overlap"].text() == str(comparison.summary.overlap)


def test_compare_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, window) -> None:  # noqa: ANN001
    c = _apply(window, demo_like_comparison())
    before = c.comparison
    c.articles = {"left": before.left.article, "right": before.right.article}
    c.request_compare()
    assert c.comparing() and window.busy.isVisibleTo(window)
    c.cancel()
    assert not c.comparing() and not window.busy.isVisibleTo(window)
    qtbot.wait(300)
    assert c.comparison is before  # the cancelled result was dropped


def test_unreadable_file_keeps_the_comparison(qtbot, window, tmp_path, no_dialogs) -> None:  # noqa: ANN001
    comparison = _loaded(qtbot, window, tmp_path)
    missing = tmp_path / "gone.txt"
    assert not window.controller.load_path("left", missing)
    assert window.controller.comparison is comparison
    assert window.left.text.toPlainText() == LEFT_TEXT
    assert no_dialogs and "gone.txt" in no_dialogs[-1][1]
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    window.controller.load_path("right", binary)
    assert window.controller.comparison is comparison


def test_drop_a_file_onto_a_pane(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    path = _write(tmp_path, "dropped.txt", "A dropped article about Seoul and Moscow.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = window.right.text.viewport()
    pos = QPointF(viewport.rect().center())
    actions = Qt.DropAction.CopyAction
    for event_type in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

        cls = QDragEnterEvent if event_type == QDropEvent.Type.DragEnter else QDragMoveEvent
        enter = cls(
            pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, enter)
        assert enter.isAccepted()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    article = window.controller.articles["right"]
    assert article is not None and article.text.startswith("A dropped article")
    assert window.right.text.toPlainText() == article.text


def test_paste_into_the_focused_pane(qtbot, window) -> None:  # noqa: ANN001
    text = "“Quoted” words — and Кириллица, pasted 😀."
    QApplication.clipboard().setText(text)
    window.right.text.setFocus()
    qtbot.waitUntil(window.right.text.hasFocus)
    qtbot.keyClick(
        window.right.text,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    article = window.controller.articles["right"]
    assert article is not None and article.text.strip() == text
    assert window.controller.articles["left"] is None
    assert window.right.text.toPlainText().strip() == text


def test_swap_sides(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    window.commands.get("swap").trigger()
    qtbot.waitUntil(lambda: window.controller.comparison.left.text == RIGHT_TEXT, timeout=10000)
    assert window.left.text.toPlainText() == RIGHT_TEXT


# -- selecting and walking -----------------------------------------------------------------------


def _cursor_into(pane, sid: int) -> None:  # noqa: ANN001
    pane.text.setFocus()
    pane.move_cursor_to(sid)


def test_moving_to_a_sentence_selects_its_counterpart(window) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    _apply(window, comparison)
    _cursor_into(window.left, 3)  # left 3 <-> right 1, reordered
    assert window.right.selected == (1,)
    assert window.left.selected == (3,)
    assert window.connector.selected_pair == 2
    assert "export restrictions" in window.details.plain_text()
    _cursor_into(window.right, 3)  # the framing pair merges left 1+2
    assert window.left.selected == (1, 2)
    assert "noted" in window.details.plain_text() and "emphasized" in window.details.plain_text()
    _cursor_into(window.left, 4)  # unique on the left: nothing on the right
    assert window.right.selected == () and window.connector.selected_pair is None


def test_clicking_a_sentence_selects_its_counterpart(qtbot, window) -> None:  # noqa: ANN001
    _apply(window, demo_like_comparison())
    cursor = QTextCursor(window.right.text.document())
    cursor.setPosition(window.right.qt_position(window.right.doc.sentences[1].start + 3))
    where = window.right.text.cursorRect(cursor).center()
    qtbot.mouseClick(window.right.text.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.left.selected == (3,)


def _in_view(pane, ids) -> bool:  # noqa: ANN001
    top, bottom = pane.sentences_doc_extent(ids)
    return top >= pane.scroll_offset() and bottom <= pane.scroll_offset() + pane.viewport_height()


def test_double_click_in_findings_jumps_both_panes(qtbot, window) -> None:  # noqa: ANN001
    comparison = large_comparison(300)
    _apply(window, comparison)
    table = window.findings.table
    row = next(
        r
        for r in range(table.model().rowCount() - 1, 0, -1)
        if table.model().index(r, KIND).data(FINDING_ROLE).kind == "framing"
    )
    index = table.model().index(row, KIND)
    finding = index.data(FINDING_ROLE)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _in_view(window.left, finding.left) and _in_view(window.right, finding.right)
    assert window.left.selected == finding.left and window.right.selected == finding.right


def test_f7_and_shift_f7_walk_the_findings(qtbot, window) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    _apply(window, comparison)
    window.left.text.setFocus()
    visited = []
    for _ in range(3):
        qtbot.keyClick(window.left.text, Qt.Key.Key_F7)
        visited.append(window.findings.current_finding())
    assert len(set(visited)) == 3 and None not in visited
    assert window.left.selected == visited[-1].left and window.right.selected == visited[-1].right
    qtbot.keyClick(window.left.text, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.findings.current_finding() == visited[1]
    assert window.left.selected == visited[1].left


def test_overview_bar_click_jumps_there(qtbot, window) -> None:  # noqa: ANN001
    _apply(window, large_comparison(300))
    bar = window.left_overview
    assert bar.markers()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(5, bar.height() - 3))
    bar_max = window.left.text.verticalScrollBar().maximum()
    assert window.left.scroll_offset() > bar_max * 0.8


# -- filtering and sensitivity -------------------------------------------------------------------


def test_show_hide_kind_filters_list_and_highlights(window) -> None:  # noqa: ANN001
    _apply(window, demo_like_comparison())
    window.commands.filters["unique"].trigger()  # hide unique sentences
    kinds = {f.kind for f in window.findings.visible_findings()}
    assert not kinds & {"unique_left", "unique_right"} and "overlap" in kinds
    styles = {
        k for runs in window.left.highlighter.spans().values() for *_, style in runs for k in style
    }
    assert "unique" not in styles and "overlap" in styles
    assert not window.findings.chips["unique_left"].isChecked()
    window.findings.chips["unique_left"].setChecked(True)  # the list's chip brings it back
    assert window.commands.filters["unique"].isChecked()
    styles = {
        k for runs in window.left.highlighter.spans().values() for *_, style in runs for k in style
    }
    assert "unique" in styles


def test_sensitivity_reclassifies_without_realigning(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    before = _loaded(qtbot, window, tmp_path)
    near = [p for p in before.pairs if p.kind == "overlap" and p.score < 100]
    assert near, "the samples have an overlap that is not word for word"
    strict = CompareOptions(match_threshold=before.options.match_threshold, overlap_threshold=100.0)
    window.sensitivity.options_changed.emit(strict)
    after = window.controller.comparison
    assert after is not before and after.options.overlap_threshold == 100.0
    assert after.left.sentences == before.left.sentences  # same split, same alignment
    kinds = {(p.left, p.right): p.kind for p in after.pairs}
    assert all(kinds[(p.left, p.right)] == "framing" for p in near)
    shown = {f.kind for f in window.findings.findings()}
    assert "framing" in shown
    styles = {k for runs in window.left.highlighter.spans().values() for *_, st in runs for k in st}
    assert "framing" in styles
    assert window.controller.settings.overlap_threshold == 100.0


# -- settings, theme, actions --------------------------------------------------------------------


def test_settings_persist_on_close(qtbot, window, settings_file) -> None:  # noqa: ANN001
    window.commands.get("sync_scroll").setChecked(False)
    window.commands.filters["attribution"].setChecked(False)
    window.splitter.setSizes([600, 240])
    window.close()
    saved = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert saved.sync_scrolling is False
    assert not saved.kinds_shown & {"source_left", "source_right"}
    assert saved.splitter_sizes("main") and saved.window_geometry


def test_dark_palette_switches_highlight_tints(window) -> None:  # noqa: ANN001
    from desktop import palette

    _apply(window, demo_like_comparison())
    window.setPalette(theme.dark_palette())
    QApplication.processEvents()
    fmt = window.left.highlighter.format_for(("overlap",))
    assert fmt.background().color().name().upper() == palette.OVERLAP.fill_dark


def test_every_action_has_shortcut_tooltip_and_name(window) -> None:  # noqa: ANN001
    actions = window.commands.all()
    assert len(actions) >= 20
    shortcuts = [a.shortcut().toString() for a in actions]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    assert all(a.toolTip() and a.property("accessibleName") for a in actions)
    assert window.commands.get("next").shortcut() == QKeySequence("F7")
    assert window.commands.get("open_left").shortcut() == QKeySequence("Ctrl+O")


def test_export_pdf_asks_before_replacing(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    _apply(window, demo_like_comparison())
    target = tmp_path / "out.pdf"
    target.write_bytes(b"keep me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers[0])
    window.commands.get("export_pdf").trigger()
    assert target.read_bytes() == b"keep me"
    answers[0] = QMessageBox.StandardButton.Yes
    window.commands.get("export_pdf").trigger()
    qtbot.waitUntil(
        lambda: not window.controller.export.running() and target.read_bytes()[:4] == b"%PDF",
        timeout=20000,
    )


# -- the command line ----------------------------------------------------------------------------


def test_screenshot_command_writes_a_png(tmp_path) -> None:  # noqa: ANN001
    left, right = resources.demo_pair()
    out = tmp_path / "shot.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "gui", str(left), str(right), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)


def test_screenshot_of_a_missing_file_fails_with_one_line(tmp_path) -> None:  # noqa: ANN001
    left, _right = resources.demo_pair()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "gui",
            str(left),
            str(tmp_path / "nope.txt"),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 3
    assert "nope.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_findings_list_agrees_with_the_comparison(window) -> None:  # noqa: ANN001
    comparison = demo_like_comparison()
    _apply(window, comparison)
    kinds = [f.kind for f in window.findings.findings()]
    assert kinds.count("overlap") == sum(p.kind == "overlap" for p in comparison.pairs)
    assert kinds.count("unique_left") == len(comparison.unique_left)


def test_theme_menu_switches_to_dark_and_remembers_it(qtbot, window, settings_file) -> None:  # noqa: ANN001
    from desktop import palette

    app = QApplication.instance()
    style = app.style().name()
    _apply(window, demo_like_comparison())
    try:
        window.left.text.setFocus()
        qtbot.keyClick(window.left.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.left.text, Qt.Key.Key_D)  # the chord Ctrl+K, D
        QApplication.processEvents()
        assert theme.is_dark(window.palette())
        fmt = window.left.highlighter.format_for(("unique",))
        assert fmt.background().color().name().upper() == palette.UNIQUE.fill_dark
        saved = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        assert saved.theme == "dark"
    finally:
        window.commands.themes["system"].trigger()
        app.setStyle(style)
        app.setPalette(app.style().standardPalette())
    assert window.commands.themes["system"].isChecked()


def test_recent_files_and_reload(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["right.txt", "left.txt"]
    (tmp_path / "left.txt").write_text(LEFT_TEXT + "\nA new closing sentence.", encoding="utf-8")
    window.commands.get("reload").trigger()
    qtbot.waitUntil(
        lambda: "closing sentence" in window.controller.comparison.left.text, timeout=10000
    )
    assert "closing sentence" in window.left.text.toPlainText()
    assert window.windowTitle().startswith("left.txt")


def test_dropped_text_is_taken_as_pasted(window) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setText("Dropped words from a browser page.")
    viewport = window.left.text.viewport()
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(
        viewport.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(viewport.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    assert window.controller.articles["left"].text.startswith("Dropped words")


def test_a_newer_compare_supersedes_an_older_one(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    c = window.controller
    _loaded(qtbot, window, tmp_path)
    first = c.articles["left"]
    c.request_compare()
    c.set_text("left", "Seoul plans a third package of export restrictions in February.")
    qtbot.waitUntil(lambda: not c.comparing(), timeout=10000)
    qtbot.wait(200)
    assert c.comparison.left.article is c.articles["left"] and c.articles["left"] is not first


def test_selecting_a_sentence_does_not_scroll_its_own_pane(window) -> None:  # noqa: ANN001
    comparison = large_comparison(300)
    _apply(window, comparison)
    window.left.scroll_to_doc_y(window.left.document_height() / 2)
    QApplication.processEvents()
    before = window.left.scroll_offset()
    sid = window.left.sentence_at_y(window.left.viewport_height() / 2)
    _cursor_into(window.left, sid)
    assert window.left.scroll_offset() == before
    pair = next((p for p in comparison.pairs if sid in p.left), None)
    if pair is not None:
        assert _in_view(window.right, pair.right)


def test_a_recent_file_opens_from_the_menu_and_a_vanished_one_is_dropped(
    qtbot,
    window,
    tmp_path,  # noqa: ANN001
) -> None:
    _loaded(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: len(window.recent_menu.actions()) == 2)
    window.recent_menu.actions()[1].trigger()  # left.txt again, from the menu
    qtbot.waitUntil(lambda: not window.controller.comparing(), timeout=10000)
    assert [a.text() for a in window.recent_menu.actions()] == ["left.txt", "right.txt"]
    (tmp_path / "right.txt").unlink()
    window.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: [a.text() for a in window.recent_menu.actions()] == ["left.txt"])


def test_keyboard_moves_between_panes_and_list_and_walks_sentences(qtbot, window) -> None:  # noqa: ANN001
    _apply(window, demo_like_comparison())
    window.left.text.setFocus()
    qtbot.waitUntil(window.left.text.hasFocus)
    qtbot.keyClick(window.left.text, Qt.Key.Key_Tab)
    assert window.right.text.hasFocus()
    qtbot.keyClick(window.right.text, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.findings.table.hasFocus()
    qtbot.keyClick(window.findings.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.left.text.hasFocus()
    qtbot.keyClick(window.left.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.left.selected == (4,)  # the caret walked to the last (unique) sentence
    qtbot.keyClick(window.left.text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.left.selected == (0,) and window.right.selected == (2,)


def test_export_pdf_can_be_cancelled(qtbot, window, tmp_path, monkeypatch, no_dialogs) -> None:  # noqa: ANN001
    import time

    import desktop.export.pdf as pdf
    from desktop.export import ExportCancelled

    def slow_write(comparison, path, options, progress=None, cancelled=None):  # noqa: ANN001, ANN202
        for done in range(100):
            if cancelled():
                raise ExportCancelled(f"{path}: export cancelled")
            progress(done, 100)
            time.sleep(0.02)
        path.write_bytes(b"%PDF-finished")

    _apply(window, demo_like_comparison())
    target = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(pdf, "write_pdf", slow_write)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    flow = window.controller.export
    window.commands.get("export_pdf").trigger()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.value() > 3)
    flow.dialog.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: not flow.running() and flow.dialog is None, timeout=5000)
    assert not target.exists()
    assert no_dialogs == []  # a cancel is not an error


def test_export_html_and_json(window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import json

    _apply(window, demo_like_comparison())
    for name, action in (("out.html", "export_html"), ("out.json", "export_json")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.commands.get(action).trigger()
        assert target.exists()
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["pairs"]
    assert "Moscow values" in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_sensitivity_moved_while_comparing_applies_to_the_result(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    c = window.controller
    _loaded(qtbot, window, tmp_path)
    c.request_compare()
    strict = CompareOptions(overlap_threshold=100.0)
    window.sensitivity.options_changed.emit(strict)
    qtbot.waitUntil(lambda: not c.comparing(), timeout=10000)
    assert c.comparison.options.overlap_threshold == 100.0
