"""File > Reopen Left/Right With Encoding: a per-side override of the detected encoding."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui.actions import AUTO, ENCODINGS

LEFT_RU = (
    "Москва ценит открытые каналы связи с Сеулом, заявили в министерстве иностранных дел. "
    "Дипломат назвал отношения двух стран переживающими трудные времена.\n"
    "Сеул готовит третий пакет экспортных ограничений в феврале."
)
RIGHT_RU = (
    "Сеул готовит третий пакет экспортных ограничений в феврале. "
    "Москва ценит открытые каналы связи с Сеулом, подчеркнули в министерстве иностранных дел.\n"
    "Андрей Руденко выступил на Восточном экономическом форуме во Владивостоке."
)


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _settled(qtbot, controller) -> None:  # noqa: ANN001
    qtbot.waitUntil(
        lambda: not controller.reader.busy and not controller.comparing(), timeout=10000
    )


def _loaded(qtbot, window, tmp_path: Path) -> tuple[Path, Path]:  # noqa: ANN001
    """A koi8-r article on the left, a cp1251 one on the right, compared."""
    left = _write(tmp_path, "left-koi8.txt", LEFT_RU, "koi8-r")
    right = _write(tmp_path, "right-1251.txt", RIGHT_RU, "cp1251")
    c = window.controller
    assert c.load_path("left", left) and c.load_path("right", right)
    qtbot.waitUntil(lambda: c.comparison is not None, timeout=10000)
    _settled(qtbot, c)
    return left, right


def _choose(qtbot, window, side: str, encoding: str | None) -> None:  # noqa: ANN001
    window.commands.encodings[side][encoding or AUTO].trigger()
    _settled(qtbot, window.controller)


def _checked(window, side: str) -> list[str]:  # noqa: ANN001
    return [k for k, a in window.commands.encodings[side].items() if a.isChecked()]


def test_the_menus_list_detection_first_and_the_common_encodings(window) -> None:  # noqa: ANN001
    for side in ("left", "right"):
        menu = window.encoding_menus[side]
        items = [a for a in menu.actions() if not a.isSeparator()]
        assert [a.data() for a in items] == [e for e, _ in ENCODINGS]
        assert items[0].text().replace("&", "") == "Detect Automatically"
        assert {
            "utf-8",
            "utf-16",
            "cp1251",
            "koi8-r",
            "cp1252",
            "iso-8859-1",
            "iso-8859-2",
            "cp1250",
            "shift_jis",
            "gb18030",
        } <= {a.data() for a in items}
        assert all(a.isCheckable() and a.actionGroup() is items[0].actionGroup() for a in items)
        assert _checked(window, side) == [AUTO]
        assert all(a.toolTip() and side.capitalize() in a.property("accessibleName") for a in items)
        assert menu.accessibleName() and menu.menuAction().toolTip()
        assert not menu.isEnabled()  # nothing to read again yet
    file_menu = window.menuBar().actions()[0].menu()
    assert window.encoding_menus["left"].menuAction() in file_menu.actions()
    assert window.encoding_menus["right"].menuAction() in file_menu.actions()


def test_choosing_an_encoding_rereads_that_side_and_compares_again(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    left, right = _loaded(qtbot, window, tmp_path)
    c = window.controller
    assert window.left.text.toPlainText() == LEFT_RU  # detection got koi8-r right
    assert window.encoding_menus["left"].isEnabled()
    good = c.comparison
    assert good.pairs, "the two Russian articles share claims"

    _choose(qtbot, window, "left", "cp1251")  # the wrong one: readable, but nonsense
    garbled = left.read_bytes().decode("cp1251")
    assert window.left.text.toPlainText() == garbled != LEFT_RU
    assert c.comparison is not good and c.comparison.left.article.text == garbled
    assert len(c.comparison.pairs) < len(good.pairs)
    header = window.left.title.text() + " · " + window.left.meta.text()
    assert "cp1251" in window.left.meta.text() and "left-koi8.txt" in header
    assert _checked(window, "left") == ["cp1251"] and _checked(window, "right") == [AUTO]
    assert window.right.text.toPlainText() == RIGHT_RU  # the other side is untouched

    _choose(qtbot, window, "left", "koi8-r")
    assert window.left.text.toPlainText() == LEFT_RU
    assert c.comparison.left.article.text == LEFT_RU
    assert len(c.comparison.pairs) == len(good.pairs)
    assert "koi8-r" in window.left.meta.text() and "cp1251" not in window.left.meta.text()

    _choose(qtbot, window, "left", None)  # back to detection: nothing named in the header
    assert window.left.text.toPlainText() == LEFT_RU
    assert "koi8-r" not in window.left.meta.text() and _checked(window, "left") == [AUTO]


def test_a_file_detected_wrongly_is_put_right_by_the_override(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    left, right = _loaded(qtbot, window, tmp_path)
    c = window.controller
    c.encodings["right"] = "koi8-r"  # as if it had been misread: cp1251 bytes taken as koi8-r
    assert c.load_path("right", right)
    _settled(qtbot, c)
    assert window.right.text.toPlainText() == right.read_bytes().decode("koi8-r") != RIGHT_RU
    _choose(qtbot, window, "right", "cp1251")
    assert window.right.text.toPlainText() == RIGHT_RU
    assert c.comparison.right.article.text == RIGHT_RU
    assert "cp1251" in window.right.meta.text()
    assert left.read_bytes() == LEFT_RU.encode("koi8-r")  # inputs never written
    assert right.read_bytes() == RIGHT_RU.encode("cp1251")


def test_an_encoding_that_fails_keeps_the_comparison_and_the_choice(
    qtbot,
    window,
    tmp_path,
    no_dialogs,  # noqa: ANN001
) -> None:
    left, right = _loaded(qtbot, window, tmp_path)
    c = window.controller
    _choose(qtbot, window, "left", "koi8-r")
    comparison = c.comparison
    meta = window.left.meta.text()
    for encoding in ("utf-8", "utf-16"):
        _choose(qtbot, window, "left", encoding)
        assert c.comparison is comparison
        assert window.left.text.toPlainText() == LEFT_RU
        assert window.left.meta.text() == meta
        assert _checked(window, "left") == ["koi8-r"] and c.encodings["left"] == "koi8-r"
        assert no_dialogs and "left-koi8.txt" in no_dialogs[-1][1]
        assert encoding in no_dialogs[-1][1] and "\n" not in no_dialogs[-1][1]
    assert len(no_dialogs) == 2


def test_utf16_on_an_odd_length_file_is_refused(qtbot, window, tmp_path, no_dialogs) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    odd = tmp_path / "odd.txt"
    odd.write_bytes("Сеул готовит ограничения.".encode("cp1251"))
    assert len(odd.read_bytes()) % 2 == 1
    c = window.controller
    assert c.load_path("right", odd)
    _settled(qtbot, c)
    comparison, shown = c.comparison, len(no_dialogs)
    _choose(qtbot, window, "right", "utf-16")
    assert c.comparison is comparison and _checked(window, "right") == [AUTO]
    assert len(no_dialogs) == shown + 1 and "odd.txt" in no_dialogs[-1][1]


def test_a_pasted_side_has_no_encoding_to_choose(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    c = window.controller
    _choose(qtbot, window, "right", "cp1251")
    assert "cp1251" in window.right.meta.text()
    assert c.set_text("right", RIGHT_RU)
    _settled(qtbot, c)
    assert not window.encoding_menus["right"].isEnabled()
    assert not window.commands.get("encoding_menu_right").isEnabled()
    assert window.encoding_menus["left"].isEnabled()
    assert _checked(window, "right") == [AUTO] and "cp1251" not in window.right.meta.text()
    before = c.comparison
    c.reopen_with_encoding("right", "koi8-r")  # even if asked directly, nothing happens
    _settled(qtbot, c)
    assert c.comparison is before and window.right.text.toPlainText() == RIGHT_RU


def test_swap_takes_each_choice_with_its_file(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    c = window.controller
    _choose(qtbot, window, "left", "koi8-r")
    window.commands.get("swap").trigger()
    _settled(qtbot, c)
    assert window.right.text.toPlainText() == LEFT_RU and "koi8-r" in window.right.meta.text()
    assert _checked(window, "right") == ["koi8-r"] and _checked(window, "left") == [AUTO]
    window.commands.get("reload").trigger()  # reload reads each file in its own encoding
    _settled(qtbot, c)
    assert window.right.text.toPlainText() == LEFT_RU
    assert window.left.text.toPlainText() == RIGHT_RU


def test_the_command_line_encoding_is_checked_on_both_sides(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    c = window.controller
    c.encoding = "koi8-r"
    assert _checked(window, "left") == ["koi8-r"] == _checked(window, "right")
    left = _write(tmp_path, "a.txt", LEFT_RU, "koi8-r")
    assert c.load_path("left", left)
    assert "koi8-r" in window.left.meta.text()
    c.encoding = "latin-1"  # not in the menu: nothing checked, the header still says so
    assert _checked(window, "left") == [] and "latin-1" in window.left.meta.text()
    c.encoding = None
    assert _checked(window, "left") == [AUTO] and c.encoding is None


def test_a_result_for_a_replaced_file_is_dropped(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    c = window.controller
    other = _write(tmp_path, "other.txt", RIGHT_RU, "utf-8")
    c.reopen_with_encoding("left", "cp1251")
    assert c.load_path("left", other)  # a new file arrives before the re-read does
    _settled(qtbot, c)
    assert window.left.text.toPlainText() == RIGHT_RU
    assert c.articles["left"].path == str(other) and _checked(window, "left") == [AUTO]


def test_the_menu_opens_from_the_keyboard_and_picks_an_encoding(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    _loaded(qtbot, window, tmp_path)
    menu = window.encoding_menus["left"]
    window.left.text.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert isinstance(QApplication.activePopupWidget(), QMenu)
    assert menu.pos().y() >= window.left.meta.mapToGlobal(QPoint(0, 0)).y()
    qtbot.keyClick(menu, Qt.Key.Key_K)  # the mnemonic of "KOI8-R (Russian)"
    _settled(qtbot, window.controller)
    assert not menu.isVisible()
    assert _checked(window, "left") == ["koi8-r"] and "koi8-r" in window.left.meta.text()


def test_the_file_is_read_again_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import threading

    import desktop.ui.article_loader as controller_module

    _loaded(qtbot, window, tmp_path)
    threads: list[threading.Thread] = []
    real = controller_module.read_article

    def recording(path, encoding=None):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())
        return real(path, encoding=encoding)

    monkeypatch.setattr(controller_module, "read_article", recording)
    window.commands.encodings["right"]["koi8-r"].trigger()
    assert window.controller.reader.busy  # the window is free while the file is read
    _settled(qtbot, window.controller)
    assert threads and threads[0] is not threading.main_thread()
    assert "koi8-r" in window.right.meta.text()


def test_another_file_is_detected_afresh_the_same_file_keeps_its_choice(
    qtbot, window, tmp_path, monkeypatch, no_dialogs
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    left, _right = _loaded(qtbot, window, tmp_path)
    c = window.controller
    _choose(qtbot, window, "left", "koi8-r")
    utf8 = _write(tmp_path, "utf8.txt", RIGHT_RU, "utf-8")
    picked = [str(left)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked[0], ""))
    window.commands.get("open_left").trigger()  # the same file again: still koi8-r
    _settled(qtbot, c)
    assert _checked(window, "left") == ["koi8-r"] and "koi8-r" in window.left.meta.text()
    picked[0] = str(tmp_path / "missing.txt")
    window.commands.get("open_left").trigger()  # fails: the choice stays with the shown file
    assert no_dialogs and "missing.txt" in no_dialogs[-1][1]
    assert _checked(window, "left") == ["koi8-r"] and c.encodings["left"] == "koi8-r"
    picked[0] = str(utf8)
    window.commands.get("open_left").trigger()  # another file: detected, not read as koi8-r
    _settled(qtbot, c)
    assert window.left.text.toPlainText() == RIGHT_RU
    assert _checked(window, "left") == [AUTO] and "koi8-r" not in window.left.meta.text()


def test_articles_set_directly_show_the_command_line_encoding(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    """`parallax gui --encoding koi8-r --screenshot` sets the articles without load_path."""
    from desktop.formats import read_article

    c = window.controller
    c.encoding = "koi8-r"
    left = _write(tmp_path, "a.txt", LEFT_RU, "koi8-r")
    right = _write(tmp_path, "b.txt", RIGHT_RU, "koi8-r")
    c.articles = {
        side: read_article(p, encoding="koi8-r") for side, p in (("left", left), ("right", right))
    }
    c.request_compare(wait=True)
    for pane, menu in ((window.left, "left"), (window.right, "right")):
        assert "koi8-r" in pane.meta.text() and window.encoding_menus[menu].isEnabled()
