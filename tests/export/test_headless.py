"""Export works without a window, and never pulls in QtWidgets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.export import styles
from desktop.export.marks import ATTRIBUTION, ATTRIBUTION_UNIQUE, CHANGED

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # no platform hint
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_pdf_export_in_a_fresh_process_without_widgets(tmp_path: Path) -> None:
    target = tmp_path / "fresh.pdf"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.export import write_pdf\n"
        "from tests.export.fixtures import demo_comparison\n"
        f"write_pdf(demo_comparison(), Path({str(target)!r}))\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    assert _run(code) == "False"
    assert target.read_bytes().startswith(b"%PDF-")


def test_html_and_json_export_need_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.export import write_html, write_json\n"
        "from tests.export.fixtures import demo_comparison\n"
        f"write_html(demo_comparison(), Path({str(tmp_path / 'a.html')!r}))\n"
        f"write_json(demo_comparison(), Path({str(tmp_path / 'a.json')!r}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    assert _run(code) == "[]"


def test_export_source_never_imports_widgets() -> None:
    root = REPO / "desktop" / "export"
    offenders = [p.name for p in root.rglob("*.py") if "QtWidgets" in p.read_text(encoding="utf-8")]
    assert offenders == []


@pytest.mark.parametrize("row_kind", ["overlap", "framing", "unique"])
def test_marks_differ_without_colour(row_kind: str) -> None:
    """Grey-scale paper: each mark differs from plain text and from each other by weight,
    slant or underline style, not by colour alone."""
    from desktop.export import fonts

    fonts.ensure_gui_app()

    def signature(marks: frozenset[str]) -> tuple[bool, bool, object]:
        fmt = styles.sentence_format(marks, row_kind)
        return (fmt.fontWeight() > 500, fmt.fontItalic(), fmt.underlineStyle())

    kinds = [
        frozenset(),
        frozenset({CHANGED}),
        frozenset({ATTRIBUTION}),
        frozenset({ATTRIBUTION_UNIQUE}),
    ]
    signatures = [signature(m) for m in kinds]
    assert len(set(signatures)) == len(signatures)
    assert len({styles.row_glyph(k) for k in ("overlap", "framing", "unique")}) == 3


def test_legend_words_match_the_pdf_formats() -> None:
    """The legend tells grey-paper readers what each mark looks like: it must be true."""
    from PySide6.QtGui import QTextCharFormat

    from desktop.export import fonts
    from desktop.export.cover import PRINTED_AS

    fonts.ensure_gui_app()
    u = QTextCharFormat.UnderlineStyle
    changed = styles.sentence_format(frozenset({CHANGED}), "framing")
    assert "Bold" in PRINTED_AS["changed"] and "wavy" in PRINTED_AS["changed"]
    assert changed.fontWeight() > 500 and changed.underlineStyle() == u.WaveUnderline
    attribution = styles.sentence_format(frozenset({ATTRIBUTION}), "overlap")
    assert "Dashed" in PRINTED_AS["attribution"]
    assert attribution.underlineStyle() == u.DashUnderline
    unique_source = styles.sentence_format(frozenset({ATTRIBUTION_UNIQUE}), "overlap")
    assert "Italic" in PRINTED_AS["attribution_unique"]
    assert unique_source.fontItalic() and unique_source.underlineStyle() == u.SingleUnderline
    unique_row = styles.sentence_format(frozenset(), "unique")
    assert "dotted" in PRINTED_AS["unique"] and unique_row.underlineStyle() == u.DotLine
    for kind in ("overlap", "framing", "unique"):
        assert PRINTED_AS[kind].startswith(styles.row_glyph(kind) + " ")


def test_bundled_fonts_load_with_latin_and_cyrillic() -> None:
    from PySide6.QtGui import QFontDatabase, QRawFont

    from desktop import resources
    from desktop.export import fonts

    fonts.ensure_gui_app()
    files = resources.font_files()
    assert len(files) >= 2
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, path
        assert QFontDatabase.applicationFontFamilies(font_id) == [fonts.family()]
        raw = QRawFont(str(path), 10)
        assert all(raw.supportsCharacter(ord(ch)) for ch in "Aé«»—“”’Жжё≈")
        assert not raw.supportsCharacter(0x4E2D)  # the check can fail: no CJK in DejaVu
