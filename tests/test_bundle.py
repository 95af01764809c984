"""The packaged app: build.spec builds a one-folder bundle that works without the source tree.

Slow (a PyInstaller build, 15-40 s): `pytest -m slow tests/test_bundle.py`; CI runs it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
EXE_NAME = "parallax.exe" if sys.platform == "win32" else "parallax"
SELF_TEST_LINE = re.compile(
    r"^parallax self-test ok: \d+ sentences vs \d+, \d+ pairs?, PDF \d+ pages? \(\d+ KB\) "
    r"in \d+\.\d s$"
)
SHARED_CLAIM = "The city council approved the new budget of 40 million euros on Tuesday."


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the bundle once for this module; return the executable's path."""
    work = tmp_path_factory.mktemp("bundle")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        str(REPO / "build.spec"),
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
    ]
    # a cache of its own: --clean must not wipe the cache of a build running next to this one
    env = os.environ | {"PYINSTALLER_CONFIG_DIR": str(work / "cache")}
    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=1200
    )
    assert result.returncode == 0, result.stderr[-4000:]
    exe = work / "dist" / "Parallax" / EXE_NAME
    assert exe.is_file()
    return exe


def headless_env() -> dict[str, str]:
    """The environment of a machine without a screen and without Qt settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def run(
    exe: Path, *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=env or headless_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_version_comes_from_pyproject(bundle: Path, tmp_path: Path) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    result = run(bundle, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"parallax {version}")


def test_self_test_passes_without_a_display(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, "--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and SELF_TEST_LINE.match(lines[0]), result.stdout


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Council passes budget", level=1)
    document.add_paragraph(SHARED_CLAIM)
    document.add_paragraph("Opposition members walked out before the vote, calling it rushed.")
    document.save(str(path))


def write_html(path: Path) -> None:
    path.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Budget approved</title></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/sport'>Sport</a></nav>"
        "<article><h1>Budget approved</h1>"
        f"<p>{SHARED_CLAIM}</p>"
        "<p>The mayor said the money would go to schools and bus lines across the city.</p>"
        "<p>Construction of two new schools is expected to begin next spring.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )


def test_compare_reads_docx_and_html_inside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    write_docx(tmp_path / "a.docx")
    write_html(tmp_path / "b.html")
    result = run(bundle, "compare", "a.docx", "b.html", "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "parallax.comparison/1"
    left, right = data["documents"]
    assert SHARED_CLAIM in left["text"] and "walked out" in left["text"]
    assert SHARED_CLAIM in right["text"] and "schools and bus lines" in right["text"]
    assert "Sport" not in right["text"]  # the HTML reader dropped the navigation
    overlap = [p for p in data["pairs"] if p["kind"] == "overlap"]
    assert overlap, data["pairs"]
    shared_left = left["sentences"][overlap[0]["left"][0]]
    assert left["text"][shared_left["start"] : shared_left["end"]].strip() == SHARED_CLAIM


def test_unreadable_input_is_a_one_line_error(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Some text.\n", encoding="utf-8")
    result = run(bundle, "compare", "missing.docx", "b.txt", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "missing.docx" in result.stderr
    assert "Traceback" not in result.stderr


def test_window_starts_on_x11(bundle: Path, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries are in the bundle: the window opens and
    renders under Xvfb."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed (Debian: xvfb xauth; `make system-deps`)"
    shot = tmp_path / "window.png"
    env = headless_env() | {"QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(bundle), "--screenshot", str(shot)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_carries_resources_and_engine_data(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    for source in (REPO / "resources").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            relative = source.relative_to(REPO)
            assert (internal / relative).read_bytes() == source.read_bytes(), relative
    data = REPO / "desktop" / "engine" / "data"
    for source in data.glob("*") if data.is_dir() else ():
        assert (internal / source.relative_to(REPO)).is_file(), source.name


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in (
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt6Network.so.6",
        "libQt6Pdf.so.6",
        "libqgtk3.so",
        "libqeglfs.so",
        "libqvnc.so",
        "libgtk-3.so.0",
        "libcrypto.so.3",
        "libssl.so.3",
        "libfontconfig.so.1",
        "libdbus-1.so.3",
    ):
        assert unused not in names, unused
    for needed in (
        "libqxcb.so",
        "libqoffscreen.so",
        "libqwayland.so",
        "libqsvg.so",
        "libqsvgicon.so",
        "libQt6XcbQpa.so.6",
    ):
        assert needed in names, needed
    locales = sorted(p.stem for p in (internal / "babel" / "locale-data").glob("*.dat"))
    assert locales == ["en", "root", "ru"]
