"""Word documents: paragraphs, tables and tracked insertions in document order."""

from __future__ import annotations

from pathlib import Path

from desktop.formats import read_article, read_bytes
from tests.formats.builders import ARTICLE, docx_bytes


def test_text_tables_and_tracked_insertions_in_order(tmp_path: Path, unchanged) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(docx_bytes())
    with unchanged(path):
        article = read_article(path)
    assert article.text.split("\n\n") == [
        "Talks will continue",
        ARTICLE[0],
        ARTICLE[1],  # "still " is a tracked insertion; "no longer " a tracked deletion
        "Year\tTrade",
        "2021\t$30bn",
        ARTICLE[2],
    ]


def test_deleted_text_is_left_out() -> None:
    assert "no longer" not in read_bytes(docx_bytes(), "story.docx").text


def test_title_author_and_creation_date_from_core_properties() -> None:
    article = read_bytes(docx_bytes(), "story.docx")
    assert (article.title, article.author, article.created, article.date) == (
        "Talks will continue",
        "Anna Petrova",
        "2024-09-05",
        None,  # when the file was made, not when the article was published
    )


def test_line_breaks_and_tabs_inside_a_paragraph() -> None:
    import io

    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run("First line")
    run.add_break()
    run.add_text("second line\tafter a tab")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue(), "a.docx").text == "First line\nsecond line\tafter a tab"
