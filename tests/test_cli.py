"""The headless command line: `parallax compare LEFT RIGHT --json ...`, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import resources

REPO = Path(__file__).resolve().parents[1]


def parallax(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result


@pytest.fixture(scope="module")
def demo() -> tuple[str, str]:
    left, right = resources.demo_pair()
    return str(left), str(right)


def check_schema(data: dict[str, object], left_text: str) -> None:
    assert data["schema"] == "parallax.comparison/1"
    documents = data["documents"]
    assert isinstance(documents, list)
    assert [d["side"] for d in documents] == ["left", "right"]
    assert documents[0]["text"] == left_text
    for doc in documents:
        for s in doc["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(doc["text"])
    assert isinstance(data["pairs"], list) and data["pairs"]
    assert set(data["unique"]) == {"left", "right"}  # type: ignore[arg-type]
    assert "similarity" in data["summary"]  # type: ignore[operator]


def test_json_to_stdout(demo: tuple[str, str]) -> None:
    result = parallax("compare", *demo, "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    check_schema(data, Path(demo[0]).read_text(encoding="utf-8"))
    assert data["documents"][0]["path"].endswith("left-ria-news-zhelokhovtsev.txt")
    assert [p["right"] for p in data["pairs"]][0] == [5]


def test_json_to_a_file_equals_stdout(demo: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "comparison.json"
    result = parallax("compare", *demo, "--json", str(out))
    assert result.returncode == 0, result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    printed = json.loads(parallax("compare", *demo, "--json", "-").stdout)
    assert written == printed


def test_thresholds_and_language_reach_the_engine(demo: tuple[str, str]) -> None:
    loose = json.loads(parallax("compare", *demo, "--json", "-").stdout)
    strict = json.loads(parallax("compare", *demo, "--json", "-", "--match-threshold", "12").stdout)
    assert 0 < len(strict["pairs"]) < len(loose["pairs"])
    assert all(p["score"] >= 12 for p in strict["pairs"])
    forced = json.loads(parallax("compare", *demo, "--json", "-", "--language", "ru").stdout)
    assert forced["documents"][0]["language"] == "ru"


def test_left_from_standard_input(demo: tuple[str, str]) -> None:
    text = Path(demo[0]).read_bytes()
    result = parallax("compare", "-", demo[1], "--json", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["text"] == text.decode("utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ("compare",),
        ("compare", "only-one.txt"),
        ("compare", "a.txt", "b.txt", "--no-such-option"),
        ("compare", "a.txt", "b.txt", "--match-threshold", "150"),
        ("compare", "a.txt", "b.txt", "--match-threshold", "lots"),
        ("compare", "a.txt", "b.txt", "--language", "fr"),
        ("compare", "-", "-"),
        ("compare", "a.txt", "b.txt", "--encoding", "no-such-codec"),
        ("compare", "a.txt", "b.txt", "--json", "out.x", "--pdf", "out.x"),
        ("compare", "a.txt", "b.txt", "--pdf", "same.out", "--html", "./same.out"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    # empty standard input: a usage error must be reported before any input is read
    result = parallax(*args, stdin=b"")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "error" in result.stderr


def test_missing_input_exits_3_naming_the_file(demo: tuple[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.txt"
    result = parallax("compare", str(missing), demo[1], "--json", "-")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-article.txt" in lines[0]
    assert result.stdout == ""


def test_unreadable_input_exits_3_naming_the_file(demo: tuple[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.txt"
    folder.mkdir()
    result = parallax("compare", demo[0], str(folder), "--json", "-")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "a-folder.txt" in lines[0]
    assert "Traceback" not in result.stderr


def test_inputs_are_never_written(demo: tuple[str, str], tmp_path: Path) -> None:
    left = tmp_path / "left.txt"
    left.write_bytes(Path(demo[0]).read_bytes())
    before = (left.read_bytes(), left.stat().st_mtime_ns)
    assert (
        parallax("compare", str(left), demo[1], "--json", str(tmp_path / "o.json")).returncode == 0
    )
    assert (left.read_bytes(), left.stat().st_mtime_ns) == before
