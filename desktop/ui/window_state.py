"""The window's layout and switches across sessions: geometry, splitter sizes, synchronised
scrolling, the sensitivity, the shown finding kinds and the theme, kept in `Settings`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine import CompareOptions
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings


def restore_window(window: MainWindow, settings: Settings, options: CompareOptions) -> None:
    """Put back what `save_window` kept (the shown kinds go through `Highlights.set_kinds`)."""
    if settings.window_geometry:
        window.restoreGeometry(settings.window_geometry)
    for name, splitter in (("main", window.splitter), ("bottom", window.bottom)):
        sizes = settings.splitter_sizes(name)
        if len(sizes) == splitter.count() and all(sizes):
            splitter.setSizes(list(sizes))
    window.commands.get("sync_scroll").setChecked(settings.sync_scrolling)
    window.sensitivity.set_options(options)


def save_window(window: MainWindow, settings: Settings, options: CompareOptions) -> None:
    settings.window_geometry = bytes(window.saveGeometry().data())
    settings.set_splitter_sizes("main", window.splitter.sizes())
    settings.set_splitter_sizes("bottom", window.bottom.sizes())
    settings.sync_scrolling = window.commands.get("sync_scroll").isChecked()
    settings.set_compare_options(options)
    settings.kinds_shown = window.findings.kinds()
    settings.sync()
