"""Wires the window's parts and holds the state: the two Articles and the current Comparison.

Data flows one way: a file or pasted text becomes an Article; two Articles go to
`engine.compare` off the GUI thread; the one Comparison that comes back is handed to every
part (`apply`). The only things flowing back are new articles and new options; a sensitivity
change re-classifies the existing alignment (`engine.reclassify`) without re-aligning.

The controller is the thin coordinator: it owns that state and wires signals; the work is done
by collaborators it builds and passes what they need: `ArticleLoader` (files, text, encodings,
recent files), `CompareJob` (compare off the GUI thread), `Highlights` (shown kinds, tints),
`Navigation` (selection, counterparts, F7), `ExportFlow` (File > Export) and `window_state`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.engine import Article, CompareOptions, Comparison, Document, reclassify
from desktop.ui import background
from desktop.ui.article_loader import ArticleLoader
from desktop.ui.compare_job import CompareJob
from desktop.ui.export_flow import ExportFlow
from desktop.ui.highlighter import block_spans, marks_for
from desktop.ui.highlights import Highlights
from desktop.ui.navigation import Navigation
from desktop.ui.scroll_sync import ScrollSync
from desktop.ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from desktop.engine.model import Side
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

SIDES: tuple[Side, Side] = ("left", "right")


def bare_document(side: str, article: Article) -> Document:
    """A Document with no sentences: shows one article before there is anything to compare."""
    return Document(side, article, "", ())  # type: ignore[arg-type]


class Controller(QObject):
    def __init__(self, window: MainWindow, settings: Settings, encoding: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.articles: dict[str, Article | None] = {"left": None, "right": None}
        self.comparison: Comparison | None = None
        self.options: CompareOptions = settings.compare_options()
        self.job = CompareJob(
            window, lambda: self.options, self.apply, self.show_status, self.warn, self
        )
        self.loader = ArticleLoader(
            window,
            settings,
            lambda side: self.articles[side],
            self.set_article,
            self.show_status,
            self.warn,
            encoding,
        )
        self.highlights = Highlights(window, settings, lambda: self.comparison, self)
        self.sync = ScrollSync(window.left, window.right, self)
        self.navigation = Navigation(window, self.sync, lambda: self.comparison, self.show_status)
        self.export = ExportFlow(window, settings, lambda: self.comparison, self)
        self._wire_actions()
        self._wire_parts()
        self._restore()
        window.installEventFilter(self)
        self.show_status(
            "Open two articles to compare: drop files on the panes, use File > Open, "
            "or paste text with Ctrl+Shift+V."
        )

    # -- wiring -----------------------------------------------------------------------------------

    def _wire_actions(self) -> None:
        act, loader = self.window.commands.get, self.loader
        act("open_left").triggered.connect(lambda: loader.open_dialog("left"))
        act("open_right").triggered.connect(lambda: loader.open_dialog("right"))
        act("paste").triggered.connect(lambda: loader.paste(loader.focused_side()))
        act("paste_left").triggered.connect(lambda: loader.paste("left"))
        act("paste_right").triggered.connect(lambda: loader.paste("right"))
        act("swap").triggered.connect(self.swap)
        act("reload").triggered.connect(self.reload)
        act("export_pdf").triggered.connect(self.export.pdf)
        act("export_html").triggered.connect(self.export.html)
        act("export_json").triggered.connect(self.export.json)
        act("quit").triggered.connect(self.window.close)
        act("next").triggered.connect(lambda: self.navigation.step(+1))
        act("previous").triggered.connect(lambda: self.navigation.step(-1))
        act("sync_scroll").toggled.connect(self.set_sync)
        act("focus_left").triggered.connect(lambda: self.window.left.text.setFocus())
        act("focus_right").triggered.connect(lambda: self.window.right.text.setFocus())
        act("focus_findings").triggered.connect(lambda: self.window.findings.table.setFocus())
        act("cancel").triggered.connect(self.cancel)
        for side in SIDES:
            act(f"encoding_menu_{side}").triggered.connect(
                lambda _checked=False, s=side: loader.popup_encoding_menu(s)
            )
            for action in self.window.commands.encodings[side].values():
                action.triggered.connect(
                    lambda _checked=False, s=side, a=action: self.reopen_with_encoding(s, a.data())
                )

    def _wire_parts(self) -> None:
        w, nav = self.window, self.navigation
        for side, pane in (("left", w.left), ("right", w.right)):
            pane.sentence_changed.connect(lambda sid, s=side: nav.sentence_selected(s, sid))
            pane.text.files_dropped.connect(
                lambda paths, s=side: self.loader.open_file(s, paths[0])
            )
            pane.text.text_dropped.connect(lambda text, s=side: self.set_text(s, text))
        w.left_overview.jump_requested.connect(lambda share: nav.jump_share("left", share))
        w.right_overview.jump_requested.connect(lambda share: nav.jump_share("right", share))
        w.findings.finding_activated.connect(nav.show_finding)
        w.findings.finding_selected.connect(nav.show_finding)
        w.sensitivity.options_changed.connect(self.set_options)

    def _restore(self) -> None:
        restore_window(self.window, self.settings, self.options)
        self.highlights.set_kinds(self.settings.kinds_shown)
        self.window.commands.themes[self.settings.theme].setChecked(True)
        self.loader.update_recent_menu()
        for side in SIDES:
            self.loader.show_encoding(side)

    def save_state(self) -> None:
        save_window(self.window, self.settings, self.options)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.reader.cancel()
            self.cancel()
            self.save_state()
        if watched is self.window and event.type() == QEvent.Type.PaletteChange:
            self.highlights.restyle()
        return super().eventFilter(watched, event)

    # -- getting articles in ----------------------------------------------------------------------

    def load_path(self, side: str, path: str | Path, compare_now: bool = True) -> bool:
        return self.loader.load_path(side, path, compare_now)

    def set_text(self, side: str, text: str) -> bool:
        return self.loader.set_text(side, text)

    def set_article(self, side: str, article: Article, compare_now: bool = True) -> None:
        self.articles[side] = article
        self.loader.show_encoding(side)
        if self.articles["left"] is None or self.articles["right"] is None:
            pane = self.window.left if side == "left" else self.window.right
            pane.set_document(bare_document(side, article), {}, self.dark())
            self.show_status("Open or paste the other article to compare.")
            return
        if compare_now:
            self.request_compare()

    def swap(self) -> None:
        left, right = self.articles["left"], self.articles["right"]
        self.articles = {"left": right, "right": left}
        self.loader.encodings = {"left": self.encodings["right"], "right": self.encodings["left"]}
        for side in SIDES:
            self.loader.show_encoding(side)
        if left is not None and right is not None:
            self.request_compare()
        else:
            for side, pane in (("left", self.window.left), ("right", self.window.right)):
                article = self.articles[side]
                if article is None:
                    pane.clear()
                else:
                    pane.set_document(bare_document(side, article), {}, self.dark())

    def reload(self) -> None:
        """Read both files again (pasted text stays as pasted) and compare."""
        for side in SIDES:
            article = self.articles[side]
            path = article.path if article is not None else None
            if path and Path(path).exists() and not self.load_path(side, path, compare_now=False):
                return
        self.request_compare()

    # -- encodings --------------------------------------------------------------------------------

    @property
    def encoding(self) -> str | None:
        """The command line's `--encoding`: one encoding for both sides (None: detect)."""
        left, right = self.encodings["left"], self.encodings["right"]
        return left if left == right else None

    @encoding.setter
    def encoding(self, encoding: str | None) -> None:
        self.loader.encodings = {"left": encoding, "right": encoding}
        for side in SIDES:
            self.loader.show_encoding(side)

    @property
    def encodings(self) -> dict[str, str | None]:
        """The encoding each side's file is read in (None: detected); the loader owns them."""
        return self.loader.encodings

    @property
    def reader(self) -> background.Runner:
        return self.loader.reader

    def reopen_with_encoding(self, side: str, encoding: str | None) -> None:
        self.loader.reopen_with_encoding(side, encoding)

    # -- comparing --------------------------------------------------------------------------------

    def request_compare(self, wait: bool = False) -> None:
        """Compare the two articles: off the GUI thread (a newer request supersedes an older
        one), or right here with ``wait`` (screenshots, scripts)."""
        left, right = self.articles["left"], self.articles["right"]
        if left is not None and right is not None:
            self.job.run(left, right, wait)

    def comparing(self) -> bool:
        return self.job.busy()

    def cancel(self) -> None:
        self.job.cancel()

    def set_options(self, options: CompareOptions) -> None:
        """New thresholds: re-classify the current alignment, instantly."""
        self.options = options
        self.settings.set_compare_options(options)
        if self.comparison is not None:
            self.apply(reclassify(self.comparison, options), keep_view=True)

    # -- showing a comparison ---------------------------------------------------------------------

    def apply(self, comparison: Comparison, keep_view: bool = False) -> None:
        """Hand the one Comparison to every part."""
        w = self.window
        self.comparison = comparison
        self.navigation.selected_pair = None
        offsets = (w.left.scroll_offset(), w.right.scroll_offset())
        self.sync.set_comparison(None)
        dark = self.dark()
        for side, pane in zip(SIDES, (w.left, w.right), strict=True):
            # also when the articles were set directly (screenshots)
            self.loader.show_encoding(side)
            doc = comparison.document(side)
            pane.set_document(
                doc, block_spans(doc.text, marks_for(comparison, side, self.hidden)), dark
            )
            pane.mark_selected(())
        w.connector.dark = dark
        w.connector.set_comparison(comparison)
        w.left_overview.set_comparison(comparison, self.hidden)
        w.right_overview.set_comparison(comparison, self.hidden)
        w.findings.set_comparison(comparison)
        w.summary.set_comparison(comparison)
        w.details.clear()
        if keep_view:
            w.left.scroll_to_doc_y(offsets[0])
            w.right.scroll_to_doc_y(offsets[1])
        self.sync.set_comparison(comparison)
        w.setWindowTitle(f"{w.left.title.text()} ↔ {w.right.title.text()} — Parallax")
        s = comparison.summary
        self.show_status(
            f"{s.overlap} overlapping, {s.framing} framed differently, "
            f"{s.unique_left} only left, {s.unique_right} only right"
            f" · similarity {s.similarity:.0f}%"
        )

    def dark(self) -> bool:
        return self.highlights.dark()

    @property
    def hidden(self) -> frozenset[str]:
        """The mark kinds the View > Show switches hide; `Highlights` owns them."""
        return self.highlights.hidden

    # -- scrolling -------------------------------------------------------------------------------

    def select_first_pair(self) -> None:
        self.navigation.select_first_pair()

    def set_sync(self, enabled: bool) -> None:
        self.sync.set_enabled(enabled)
        self.settings.sync_scrolling = enabled

    # -- messages ----------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.window.status.setText(text)

    def warn(self, title: str, text: str) -> None:
        self.show_status(text)
        QMessageBox.warning(self.window, title, text)
