"""Markdown: syntax removed, headings kept as paragraphs, title from the first heading."""

from __future__ import annotations

from desktop.formats import read_bytes

SOURCE = """\
# Talks will continue

Moscow will keep **talking** to *Seoul*, a [senior diplomat](https://example.invalid/a "x")
said on `Thursday`.

Background
----------

- South Korean companies still want to return.
- Trade fell ~~sharply~~ after 2022.

> Critics said the dialogue had produced few results so far.

| Year | Trade |
|------|------:|
| 2021 | $30bn |

![Photo of the ministry](photo.jpg)

***
[ref]: https://example.invalid/ref
Snake_case_names and 2 * 3 * 4 stay; \\*escaped\\* too &amp; entities.
"""

EXPECTED = """\
Talks will continue

Moscow will keep talking to Seoul, a senior diplomat said on Thursday.

Background

South Korean companies still want to return.

Trade fell sharply after 2022.

Critics said the dialogue had produced few results so far.

Year\tTrade

2021\t$30bn

Snake_case_names and 2 * 3 * 4 stay; *escaped* too & entities."""


def test_syntax_is_removed_and_headings_stay_paragraphs() -> None:
    article = read_bytes(SOURCE.encode(), "story.md")
    assert article.text == EXPECTED
    assert article.title == "Talks will continue"


def test_front_matter_gives_title_author_date_and_is_not_text() -> None:
    source = '---\ntitle: "Front title"\nauthor: Jane Roe\ndate: 2024-09-05\n---\n# H\n\nBody.\n'
    article = read_bytes(source.encode(), "story.md")
    assert (article.title, article.author, article.date) == (
        "Front title",
        "Jane Roe",
        "2024-09-05",
    )
    assert article.text == "H\n\nBody."


def test_fenced_code_keeps_its_lines_without_fences() -> None:
    article = read_bytes(b"Intro.\n\n```python\nx = 1\ny = 2\n```\n", "a.md")
    assert article.text == "Intro.\n\nx = 1\ny = 2"
