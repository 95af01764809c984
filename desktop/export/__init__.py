"""Comparison -> PDF / HTML / JSON. May use QtGui (QPdfWriter, QTextDocument), never widgets.

    from desktop.export import write_pdf, PdfOptions, write_html, write_json, ExportError
    write_pdf(comparison, Path("out.pdf"), PdfOptions(paper="a4", landscape=True))

All writes are atomic (temporary file in the same folder, then rename). Failures raise
ExportError with a one-line message naming the path and the reason; a cancelled PDF export
raises ExportCancelled (an ExportError) and leaves no file behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.export.errors import ExportCancelled, ExportError
from desktop.export.html import render_html, write_html
from desktop.export.json_export import write_json

if TYPE_CHECKING:
    from desktop.export.pdf import PdfOptions, write_pdf

__all__ = [
    "ExportCancelled",
    "ExportError",
    "PdfOptions",
    "render_html",
    "write_html",
    "write_json",
    "write_pdf",
]


def __getattr__(name: str) -> Any:
    """PdfOptions and write_pdf load QtGui only when asked for (HTML/JSON need no Qt)."""
    if name in ("PdfOptions", "write_pdf", "paper_size"):
        from desktop.export import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module 'desktop.export' has no attribute {name!r}")
