"""Every command of the window as a QAction, declared in one table.

Each action has a shortcut, a tooltip (with the shortcut in it) and an accessible name; the
controller connects `triggered`/`toggled`, menus and the toolbar only place them.
File > Export's flow lives in `export_flow`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop import palette


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

    def __init__(self, parent: QWidget, icon_for: Callable[[str], object] | None = None) -> None:
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
