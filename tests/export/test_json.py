"""The JSON export is the engine's documented format, UTF-8 with characters kept as such."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.export import write_json
from tests.export import fixtures


def test_json_round_trips_to_dict(tmp_path: Path) -> None:
    comparison = fixtures.cyrillic_comparison()
    target = tmp_path / "out.json"
    write_json(comparison, target)
    raw = target.read_bytes()
    assert json.loads(raw.decode("utf-8")) == comparison.to_dict()
    assert "«Переговоры".encode() in raw  # ensure_ascii=False: no \\u escapes
    assert b"\\u" not in raw
