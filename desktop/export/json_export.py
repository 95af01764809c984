"""The comparison as the engine's documented JSON (``parallax.comparison/1``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.atomic import articles_of, write_text

if TYPE_CHECKING:
    from desktop.engine.model import Comparison


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=1) + "\n"


def write_json(comparison: Comparison, path: Path) -> None:
    """Write `comparison.to_dict()` to `path` as UTF-8 JSON, atomically."""
    write_text(Path(path), render_json(comparison), articles_of(comparison))
