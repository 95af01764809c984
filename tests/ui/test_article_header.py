"""The pane header's line of details: what the article knows about itself, labelled."""

from __future__ import annotations

from desktop.engine import compare
from desktop.engine.model import Article
from desktop.ui.article_pane import header_line


def test_header_labels_a_file_creation_date_and_prefers_the_publication_date() -> None:
    c = compare(
        Article("Talks will continue.", title="Memo", path="/news/memo.docx", created="2024-09-05"),
        Article("Talks go on.", title="Wire", outlet="RIA News", date="2024-09-06"),
    )
    assert header_line(c.left) == "memo.docx · file created 2024-09-05 · 3 words"
    assert header_line(c.right) == "RIA News · 2024-09-06 · 3 words"
    assert c.to_dict()["documents"][0]["created"] == "2024-09-05"
    assert c.to_dict()["documents"][0]["date"] is None
