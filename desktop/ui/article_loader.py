"""Getting articles in: files (dialog, drop, recent files), pasted or dropped text, and the
encoding each side's file is read in (File > Reopen With Encoding, off the GUI thread).

`ArticleLoader` owns the per-side encoding choice and the recent-files menu; the articles
themselves stay with the controller, which it reads through `article(side)` and hands new ones
to through `accept(side, article, compare_now)`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.formats import ReadError, article_from_text, read_article
from desktop.ui import background
from desktop.ui.actions import encoding_key

if TYPE_CHECKING:
    from desktop.engine import Article
    from desktop.engine.model import Side
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

SIDES: tuple[Side, Side] = ("left", "right")


def read_failure(path: str | Path, error: BaseException) -> str:
    """One line naming the file and why it could not be read."""
    if isinstance(error, ReadError):
        return str(error)
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    return f"{path}: {error or type(error).__name__}"


def same_file(a: str | Path, b: str | Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()


class ArticleLoader(QObject):
    def __init__(  # noqa: PLR0913 - collaborators are passed in, not looked up
        self,
        window: MainWindow,
        settings: Settings,
        article: Callable[[str], Article | None],
        accept: Callable[[str, Article, bool], None],
        show_status: Callable[[str], None],
        warn: Callable[[str, str], None],
        encoding: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.article = article
        self.accept = accept
        self.show_status = show_status
        self.warn = warn
        # the encoding each side's file is read in; None: detected
        self.encodings: dict[str, str | None] = {"left": encoding, "right": encoding}
        self.reader = background.Runner(parent=self)  # File > Reopen With Encoding

    # -- files and text ---------------------------------------------------------------------------

    def open_dialog(self, side: str) -> None:
        from desktop.formats import FILE_DIALOG_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            f"Open the {side} article",
            self.settings.last_folder or "",
            FILE_DIALOG_FILTER,
        )
        if path:
            self.open_file(side, path)

    def open_file(self, side: str, path: str | Path) -> bool:
        """A file the user picked (dialog, drop, recent files): another file than the one the
        side shows is read with detection; the same file keeps the encoding chosen for it."""
        current = self.article(side)
        same = bool(current and current.path and same_file(current.path, path))
        previous = self.encodings[side]
        if not same:
            self.encodings[side] = None
        if self.load_path(side, path):
            return True
        self.encodings[side] = previous  # nothing changed: the choice stays too
        return False

    def load_path(self, side: str, path: str | Path, compare_now: bool = True) -> bool:
        """Read a file into one side; on failure say why and keep everything as it was."""
        try:
            article = read_article(Path(path), encoding=self.encodings[side])
        except (ReadError, OSError) as exc:
            message = read_failure(path, exc)
            if not Path(path).exists():
                self.settings.remove_recent_file(str(Path(path).resolve()))
                QTimer.singleShot(0, self.update_recent_menu)
            self.warn("Cannot open the article", message)
            return False
        self.settings.last_folder = str(Path(path).resolve().parent)
        self.settings.add_recent_file(str(Path(path).resolve()))
        # later: the menu may be running the very action that asked for this file
        QTimer.singleShot(0, self.update_recent_menu)
        self.accept(side, article, compare_now)
        return True

    def paste(self, side: str) -> bool:
        return self.set_text(side, QApplication.clipboard().text())

    def set_text(self, side: str, text: str) -> bool:
        """Pasted or dropped text becomes the article on ``side``."""
        if not text.strip():
            self.show_status("The clipboard holds no text to paste.")
            return False
        try:
            article = article_from_text(text)
        except ReadError as exc:
            self.warn("Cannot use the pasted text", str(exc))
            return False
        self.encodings[side] = None  # pasted text has no bytes to read in another encoding
        self.accept(side, article, True)
        return True

    def focused_side(self) -> str:
        focus = QApplication.focusWidget()
        right = self.window.right
        return "right" if focus is not None and right.isAncestorOf(focus) else "left"

    # -- encodings --------------------------------------------------------------------------------

    def reopen_with_encoding(self, side: str, encoding: str | None) -> None:
        """File > Reopen With Encoding: read the side's file again in ``encoding`` (None:
        detect) off the GUI thread and compare; a failure keeps the comparison and the choice."""
        article = self.article(side)
        if article is None or not article.path:
            self.show_encoding(side)
            return
        path = article.path
        self.show_status(f"Reading {Path(path).name} as {encoding or 'detected'}…")
        self.reader.run(
            lambda: read_article(Path(path), encoding=encoding),
            lambda new: self._reopened(side, path, encoding, new),
            lambda error: self._reopen_failed(side, path, error),
        )

    def _reopened(self, side: str, path: str, encoding: str | None, article: Article) -> None:
        current = self.article(side)
        if current is None or current.path != path:  # another file came in meanwhile
            return
        self.encodings[side] = encoding
        self.accept(side, article, True)

    def _reopen_failed(self, side: str, path: str, error: BaseException) -> None:
        self.show_encoding(side)  # the previous choice stays checked
        self.warn("Cannot read the article in that encoding", read_failure(path, error))

    def show_encoding(self, side: str) -> None:
        """Check the side's encoding in its menu, name it in the pane header, and enable the
        menu only for a file (pasted text has nothing to read again)."""
        encoding = self.encodings[side]
        actions = self.window.commands.encodings[side]
        chosen = actions.get(encoding_key(encoding))
        for action in actions.values():
            action.setChecked(action is chosen)
        article = self.article(side)
        has_file = article is not None and bool(article.path)
        self.window.encoding_menus[side].setEnabled(has_file)
        self.window.commands.get(f"encoding_menu_{side}").setEnabled(has_file)
        pane = self.window.left if side == "left" else self.window.right
        pane.set_encoding(encoding if has_file else None)

    def popup_encoding_menu(self, side: str) -> None:
        """The side's encoding menu under its pane header (Ctrl+K, 1 / Ctrl+K, 2)."""
        menu = self.window.encoding_menus[side]
        if not menu.isEnabled():
            self.show_status(f"The {side} article is not from a file: no encoding to choose.")
            return
        title = (self.window.left if side == "left" else self.window.right).meta
        menu.popup(title.mapToGlobal(title.rect().bottomLeft()))

    # -- recent files -----------------------------------------------------------------------------

    def update_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = list(self.settings.recent_files)
        for path in recent:
            menu.addAction(Path(path).name, partial(self._open_recent, path))
            menu.actions()[-1].setToolTip(path)
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: str) -> None:
        self.open_file(self._recent_side(), path)

    def _recent_side(self) -> str:
        """A recent file goes to the empty side, else to the focused one."""
        for side in SIDES:
            if self.article(side) is None:
                return side
        return self.focused_side()
