"""Writing never damages anything: temp file + rename, clear errors, nothing left behind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.export import ExportCancelled, ExportError, write_html, write_json, write_pdf
from tests.export import fixtures


def test_cancel_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled, match="export cancelled"):
        write_pdf(fixtures.large_comparison(60), target, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the editor's previous export")
    with pytest.raises(ExportError):
        write_pdf(fixtures.demo_comparison(), target, cancelled=lambda: True)
    assert target.read_bytes() == b"the editor's previous export"
    assert list(tmp_path.iterdir()) == [target]


def test_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    write_json(fixtures.demo_comparison(), target)
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "parallax.comparison/1"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("writer", [write_pdf, write_html, write_json])
def test_missing_folder_is_a_one_line_error_naming_the_path(tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no such folder" / "out.file"
    with pytest.raises(ExportError) as caught:
        writer(fixtures.demo_comparison(), target)
    message = str(caught.value)
    assert message == f"cannot write {target}: no such file or directory"
    assert "\n" not in message


def test_path_under_a_file_is_not_a_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a directory"):
        write_pdf(fixtures.demo_comparison(), blocker / "out.pdf")


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=f"cannot write {tmp_path}: is a directory"):
        write_html(fixtures.demo_comparison(), tmp_path)


def test_written_file_has_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    old = os.umask(0o022)
    try:
        write_html(fixtures.demo_comparison(), target)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o044 == 0o044  # readable by others, unlike a mkstemp file


def test_unknown_paper_size_is_an_export_error(tmp_path: Path) -> None:
    from desktop.export import PdfOptions

    target = tmp_path / "out.pdf"
    with pytest.raises(ExportError, match=f"cannot write {target}: unknown paper size 'a5'"):
        write_pdf(fixtures.demo_comparison(), target, PdfOptions(paper="a5"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "write",
    [
        lambda c, p: write_pdf(c, p),
        lambda c, p: write_html(c, p),
        lambda c, p: write_json(c, p),
    ],
    ids=["pdf", "html", "json"],
)
@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("spelling", ["same", "link"])
def test_an_export_never_replaces_a_compared_article(
    tmp_path: Path, write: object, side: str, spelling: str
) -> None:
    import dataclasses

    article = tmp_path / "article.txt"
    article.write_bytes(b"The left claim is here.\n")
    base = fixtures.build(
        fixtures.Article("The left claim is here."), fixtures.Article("The right one."), []
    )
    doc = getattr(base, side)
    doc = dataclasses.replace(doc, article=dataclasses.replace(doc.article, path=str(article)))
    comparison = dataclasses.replace(base, **{side: doc})
    target = article
    if spelling == "link":  # another name for the same file
        target = tmp_path / "other-name.pdf"
        os.link(article, target)
    with pytest.raises(ExportError) as caught:
        write(comparison, target)  # type: ignore[operator]
    assert str(caught.value) == f"cannot write {target}: it is one of the compared articles"
    assert article.read_bytes() == b"The left claim is here.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"article.txt", target.name})


def test_a_pipe_or_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    """`--json /dev/null` must not replace /dev/null: a FIFO stands in for the device here."""
    import os
    import stat
    import threading

    from desktop.export.atomic import write_text

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_text(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
