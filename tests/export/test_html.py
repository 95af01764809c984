"""The HTML export: self-contained, same content as the PDF, hostile articles escaped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from desktop import palette
from desktop.export import render_html, write_html
from tests.export import fixtures

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "p",
    "div",
    "h1",
    "h2",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "b",
    "i",
}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.style: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.style if self._in_style else self.text).append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def visible(page: str) -> str:
    return " ".join("".join(parse(page).text).split())


def test_hostile_article_shows_its_markup_as_characters() -> None:
    page = render_html(fixtures.hostile_comparison())
    found = parse(page)
    assert set(found.tags) <= ALLOWED_TAGS
    names = {name for name, _ in found.attributes}
    assert names <= {"lang", "charset", "name", "content", "class", "colspan"}
    text = visible(page)
    assert '<script>alert("x")</script>' in text
    assert '<img src="http://evil.example/p.png" onerror="alert(1)">' in text
    assert "<b>bold</b>" in text and "Ampersands &" in text
    assert '<script>alert("title")</script>' in text  # the title, escaped too
    assert "<img src=x onerror=alert(2)> in the note" in text  # a framing cue's note


def test_no_scripts_images_or_external_resources() -> None:
    page = render_html(fixtures.hostile_comparison())
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<link" not in lowered
    assert "<iframe" not in lowered and "<object" not in lowered
    css = "".join(parse(page).style).lower()
    assert "url(" not in css and "@import" not in css
    for _, value in parse(page).attributes:
        assert value is None or not re.search(r"(https?:|//|javascript:)", value)


def test_every_sentence_and_the_legend_are_in_the_page() -> None:
    comparison = fixtures.demo_comparison()
    text = visible(render_html(comparison))
    for doc in comparison.documents:
        for s in doc.sentences:
            assert " ".join(doc.sentence_text(s.id).split()) in text
    for kind in palette.KINDS:
        assert kind.label in text
    for cue in comparison.pairs[1].cues:
        assert cue.note.rstrip(".") in text


def test_marks_have_non_colour_css() -> None:
    page = render_html(fixtures.demo_comparison())
    css = "".join(parse(page).style)
    assert "wavy" in css and "dashed" in css and "dotted" in css
    assert re.search(r"\.changed \{[^}]*font-weight: bold[^}]*wavy", css)
    assert re.search(r"\.attribution_unique \{[^}]*font-style: italic", css)
    assert '<span class="changed">' in page
    assert '<span class="attribution_unique">Ivan Zhelokhovtsev</span>' in page
    for glyph in (palette.OVERLAP.glyph, palette.FRAMING.glyph, palette.UNIQUE.glyph):
        assert f'<span class="glyph">{html.escape(glyph)}</span>' in page
    assert "@media print" in css


def test_rows_keep_pairs_side_by_side() -> None:
    page = render_html(fixtures.cyrillic_comparison())
    body = page[page.index("<tbody>") :]
    row = re.search(r'<tr class="framing">(.*?)</tr>', body, re.S)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert len(cells) == 2
    assert "Министр" in cells[0] and "заявил" in cells[0] and "отметил" in cells[1]
    assert '<td class="filled" lang="ru">' in row.group(1)  # spell-check, hyphenation, speech


def test_findings_only_leaves_out_context_sentences() -> None:
    import dataclasses

    comparison = fixtures.demo_comparison()
    dropped = comparison.left.sentence_text(comparison.unique_left[0])
    trimmed = dataclasses.replace(comparison, unique_left=comparison.unique_left[1:])
    assert dropped in visible(render_html(trimmed))
    assert dropped not in visible(render_html(trimmed, findings_only=True))


def test_write_html_is_utf8(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    write_html(fixtures.cyrillic_comparison(), target)
    raw = target.read_bytes()
    assert "«Переговоры".encode() in raw and "Ёжик в тумане".encode() in raw
    assert raw.decode("utf-8") == render_html(fixtures.cyrillic_comparison())
