"""File > Export: where to (asking before replacing a file), then the writer.

The PDF is written off the GUI thread with a progress dialog that can cancel it; HTML and JSON
are written at once. Errors reach the user as one line in a message box, never a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from desktop.engine.model import Comparison
    from desktop.ui.settings import Settings


class _ExportSignals(QObject):
    """Carries a worker thread's progress and outcome to the GUI thread (queued signals)."""

    progress = Signal(int, int)
    done = Signal(object)  # None on success, else the one-line error message


class ExportFlow(QObject):
    """File > Export: ask where (and before replacing), then write; PDF off the GUI thread with
    a progress dialog that can cancel it."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        comparison: Callable[[], Comparison | None],
        parent: QObject,
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
