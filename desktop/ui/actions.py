"""Every command of the window as a QAction, declared in one table, and the export commands.

Each action has a shortcut, a tooltip (with the shortcut in it) and an accessible name; the
controller connects `triggered`/`toggled`, menus and the toolbar only place them.
`ExportFlow` carries File > Export out: where to (asking before replacing a file), then the
writer; the PDF is written off the GUI thread with a progress dialog that can cancel it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop import palette

if TYPE_CHECKING:
    from desktop.engine.model import Comparison
    from desktop.ui.settings import Settings


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey
    tip: str
    checkable: bool = False


SPECS: tuple[Spec, ...] = (
    Spec("open_left", "Open &Left…", "Ctrl+O", "Open an article on the left"),
    Spec("open_right", "Open &Right…", "Ctrl+Shift+O", "Open an article on the right"),
    Spec(
        "paste", "&Paste Text", "Ctrl+Shift+V", "Paste the clipboard's text into the focused pane"
    ),
    Spec("paste_left", "Paste into Left", "Ctrl+Alt+1", "Paste the clipboard's text on the left"),
    Spec(
        "paste_right", "Paste into Right", "Ctrl+Alt+2", "Paste the clipboard's text on the right"
    ),
    Spec("swap", "S&wap Sides", "Ctrl+Shift+S", "Swap the left and right articles"),
    Spec("reload", "Re&load", "F5", "Read both files again and compare"),
    Spec("export_pdf", "Export &PDF…", "Ctrl+E", "Save the highlighted comparison as a PDF"),
    Spec("export_html", "Export &HTML…", "Ctrl+Shift+E", "Save the comparison as one HTML file"),
    Spec("export_json", "Export &JSON…", "Ctrl+Alt+E", "Save the comparison as JSON"),
    Spec("quit", "&Quit", "Ctrl+Q", "Close Parallax"),
    Spec("next", "&Next Finding", "F7", "Go to the next finding in both articles"),
    Spec("previous", "Pre&vious Finding", "Shift+F7", "Go to the previous finding"),
    Spec(
        "sync_scroll",
        "&Synchronise Scrolling",
        "Ctrl+L",
        "Keep each sentence's counterpart in view while scrolling",
        checkable=True,
    ),
    Spec(
        "focus_left", "Focus Left Article", "Alt+1", "Move the keyboard focus to the left article"
    ),
    Spec(
        "focus_right",
        "Focus Right Article",
        "Alt+2",
        "Move the keyboard focus to the right article",
    ),
    Spec(
        "focus_findings", "Focus Findings", "Alt+3", "Move the keyboard focus to the findings list"
    ),
    Spec("cancel", "&Cancel Comparing", "Esc", "Stop the comparison that is running"),
    Spec(
        "encoding_menu_left",
        "Left File's &Encoding…",
        "Ctrl+K, 1",
        "Choose the encoding the left file is read in",
    ),
    Spec(
        "encoding_menu_right",
        "Right File's E&ncoding…",
        "Ctrl+K, 2",
        "Choose the encoding the right file is read in",
    ),
)

# Show/hide switches for the highlight kinds, in the View menu.
FILTERS: tuple[tuple[str, str, str], ...] = (
    ("overlap", palette.OVERLAP.label, "Ctrl+1"),
    ("framing", palette.FRAMING.label, "Ctrl+2"),
    ("unique", palette.UNIQUE.label, "Ctrl+3"),
    ("attribution", palette.ATTRIBUTION.label, "Ctrl+4"),
)

# Shorter words for the toolbar (menus keep the full text).
TOOLBAR_TEXT = {
    "open_left": "Left…",
    "open_right": "Right…",
    "swap": "Swap",
    "reload": "Reload",
    "previous": "Previous",
    "next": "Next",
    "sync_scroll": "Sync",
    "export_pdf": "PDF…",
}

# Chords (Ctrl+K, then a letter): Ctrl+Alt+L/D lock the screen or show the desktop on some
# Linux desktops.
THEMES: tuple[tuple[str, str, str], ...] = (
    ("system", "Follow the &System", "Ctrl+K, S"),
    ("light", "&Light", "Ctrl+K, L"),
    ("dark", "&Dark", "Ctrl+K, D"),
)

# File > Reopen Left/Right With Encoding: None is "detect"; the rest are Python codec names,
# shown in the pane header when chosen.
ENCODINGS: tuple[tuple[str | None, str], ...] = (
    (None, "&Detect Automatically"),
    ("utf-8", "&UTF-8"),
    ("utf-16", "UTF-1&6"),
    ("cp1251", "Windows-125&1 (Cyrillic)"),
    ("koi8-r", "&KOI8-R (Russian)"),
    ("koi8-u", "KOI8-U (Ukrainian)"),
    ("iso-8859-5", "ISO-8859-5 (Cyrillic)"),
    ("cp866", "CP866 (DOS Cyrillic)"),
    ("cp1252", "Windows-125&2 (Western)"),
    ("iso-8859-1", "ISO-8859-1 (&Latin-1)"),
    ("cp1250", "Windows-12&50 (Central European)"),
    ("iso-8859-2", "ISO-8859-2 (Central European)"),
    ("shift_jis", "&Shift_JIS (Japanese)"),
    ("euc-kr", "EUC-KR (Korean)"),
    ("gb18030", "&GB18030 (Chinese)"),
    ("big5", "&Big5 (Traditional Chinese)"),
)
AUTO = "auto"  # the key of "Detect Automatically" in `WindowActions.encodings[side]`


def encoding_key(encoding: str | None) -> str:
    return AUTO if encoding is None else encoding


ICONS = {
    "open_left": "open-left",
    "open_right": "open-right",
    "swap": "swap",
    "reload": "reload",
    "export_pdf": "export-pdf",
    "previous": "previous",
    "next": "next",
    "sync_scroll": "sync",
}


def make_action(parent: QWidget, spec: Spec) -> QAction:
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    action.setShortcut(QKeySequence(spec.shortcut))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{spec.tip} ({keys})" if keys else spec.tip)
    action.setStatusTip(spec.tip)
    action.setWhatsThis(spec.tip)
    action.setProperty("accessibleName", spec.text.replace("&", "").rstrip("…"))
    action.setCheckable(spec.checkable)
    if spec.name in TOOLBAR_TEXT:
        action.setIconText(TOOLBAR_TEXT[spec.name])
    return action


class WindowActions:
    """The window's QActions by name: `actions.get("open_left")`, `actions.filters["unique"]`."""

    def __init__(self, parent: QWidget, icon_for=None) -> None:  # noqa: ANN001
        self.by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = make_action(parent, spec)
            if icon_for is not None and spec.name in ICONS:
                icon = icon_for(ICONS[spec.name])
                if isinstance(icon, QIcon) and not icon.isNull():
                    action.setIcon(icon)
            self.by_name[spec.name] = action
            parent.addAction(action)
        self.filters: dict[str, QAction] = {}
        for key, label, shortcut in FILTERS:
            spec = Spec(f"show_{key}", f"Show {label}", shortcut, f"Show or hide: {label}", True)
            action = make_action(parent, spec)
            action.setChecked(True)
            self.filters[key] = action
            parent.addAction(action)
        self.themes: dict[str, QAction] = {}
        group = QActionGroup(parent)
        for key, label, shortcut in THEMES:
            spec = Spec(f"theme_{key}", label, shortcut, f"Colours: {label.replace('&', '')}", True)
            action = make_action(parent, spec)
            group.addAction(action)
            self.themes[key] = action
            parent.addAction(action)
        self.encodings = {side: self._encoding_actions(parent, side) for side in ("left", "right")}
        self.by_name["sync_scroll"].setChecked(True)
        self.by_name["cancel"].setEnabled(False)

    @staticmethod
    def _encoding_actions(parent: QWidget, side: str) -> dict[str, QAction]:
        """One exclusive, checkable menu item per encoding for ``side``; "detect" is checked.
        Reached from the keyboard through the File menu or `encoding_menu_<side>`."""
        group = QActionGroup(parent)
        group.setObjectName(f"encoding_{side}")
        actions: dict[str, QAction] = {}
        for encoding, label in ENCODINGS:
            plain = label.replace("&", "")
            tip = (
                f"Read the {side} file again, detecting its encoding"
                if encoding is None
                else f"Read the {side} file again as {plain}"
            )
            key = encoding_key(encoding)
            action = make_action(parent, Spec(f"encoding_{side}_{key}", label, "", tip, True))
            action.setProperty("accessibleName", f"{side.capitalize()} file: {plain}")
            action.setData(encoding)
            group.addAction(action)
            actions[key] = action
        actions[AUTO].setChecked(True)
        return actions

    def get(self, name: str) -> QAction:
        return self.by_name[name]

    def all(self) -> list[QAction]:
        return [*self.by_name.values(), *self.filters.values(), *self.themes.values()]


class _ExportSignals(QObject):
    """Carries a worker thread's progress and outcome to the GUI thread (queued signals)."""

    progress = Signal(int, int)
    done = Signal(object)  # None on success, else the one-line error message


class ExportFlow(QObject):
    """File > Export: ask where (and before replacing), then write; PDF off the GUI thread with
    a progress dialog that can cancel it."""

    def __init__(
        self, window: QWidget, settings: Settings, comparison: Any, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.comparison = comparison  # callable returning the current Comparison or None
        self.dialog: QProgressDialog | None = None
        self._cancelled = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None

    def ask_path(self, kind: str, pattern: str, suffix: str) -> Path | None:
        start = str(Path(self.settings.last_folder or Path.home()) / f"comparison{suffix}")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            f"Export {kind}",
            start,
            f"{kind} files ({pattern})",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name + suffix)
        if path.exists():
            answer = QMessageBox.question(
                self.window,
                "Replace the file?",
                f"{path.name} already exists. Replace it?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path

    def _current(self) -> Comparison | None:
        comparison = self.comparison()
        if comparison is None:
            QMessageBox.information(self.window, "Nothing to export", "Open two articles first.")
        return comparison

    def html(self) -> None:
        self._write_now("HTML", "*.html", ".html", "write_html")

    def json(self) -> None:
        self._write_now("JSON", "*.json", ".json", "write_json")

    def _write_now(self, kind: str, pattern: str, suffix: str, writer: str) -> None:
        import desktop.export as export

        comparison = self._current()
        path = None if comparison is None else self.ask_path(kind, pattern, suffix)
        if comparison is None or path is None:
            return
        try:
            getattr(export, writer)(comparison, path)
        except export.ExportError as exc:
            self._failed(str(exc))

    def pdf(self) -> None:
        comparison = self._current()
        path = None if comparison is None else self.ask_path("PDF", "*.pdf", ".pdf")
        if comparison is None or path is None or self.running():
            return
        signals = _ExportSignals(self)
        self.dialog = self._progress_dialog(path)
        signals.progress.connect(self._progress)
        signals.done.connect(self._finished)
        self._cancelled.clear()
        self._thread = threading.Thread(
            target=self._write_pdf, args=(comparison, path, signals), daemon=True
        )
        self._thread.start()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _progress_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(f"Writing {path.name}…", "Cancel", 0, 100, self.window)
        dialog.setWindowTitle("Export PDF")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancelled.set)
        dialog.setValue(0)
        return dialog

    def _write_pdf(self, comparison: Comparison, path: Path, signals: _ExportSignals) -> None:
        from desktop.export import ExportCancelled, ExportError, PdfOptions, write_pdf

        try:
            write_pdf(
                comparison,
                path,
                PdfOptions(),
                progress=lambda done, total: signals.progress.emit(done, total),
                cancelled=self._cancelled.is_set,
            )
        except ExportCancelled:
            signals.done.emit("")
        except ExportError as exc:
            signals.done.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line, never a traceback
            signals.done.emit(f"{path}: {exc}")
        else:
            signals.done.emit(None)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finished(self, error: str | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._thread = None
        if error:
            self._failed(error)

    def _failed(self, message: str) -> None:
        self.last_error = message
        QMessageBox.warning(self.window, "Export failed", message)
