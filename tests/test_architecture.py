"""Import rules of the house: the engine and the readers never pull in Qt."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["desktop.engine", "desktop.formats"])
def test_package_imports_no_qt(package: str) -> None:
    code = (
        f"import sys, {package}\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{package} imported Qt modules: {result.stdout}"


def test_engine_source_has_no_qt_import() -> None:
    from pathlib import Path

    import desktop.engine

    root = Path(desktop.engine.__file__).parent
    offenders = [
        str(p) for p in root.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
