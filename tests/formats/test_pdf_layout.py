"""Paragraphs from positioned lines: running lines, gaps, indents, hyphens (no PDF needed)."""

from __future__ import annotations

from desktop.formats.pdf_layout import Line, paragraphs, without_running_lines

LEFT, RIGHT, SIZE, STEP = 50.0, 500.0, 12.0, 14.0  # size: font height, about 1.15 em


def body(page: int, texts: list[str], *, top: float = 700.0, last_short: bool = True) -> list[Line]:
    lines = []
    for index, text in enumerate(texts):
        right = 300.0 if last_short and index == len(texts) - 1 else RIGHT
        lines.append(Line(page, text, LEFT, right, top - index * STEP, SIZE))
    return lines


def running(page: int) -> list[Line]:
    return [
        Line(page, "The Daily Ledger, 5 September 2024", LEFT, 200.0, 800.0, 5.0),
        Line(page, f"Page {page + 1}", 270.0, 300.0, 40.0, 5.0),
    ]


def test_repeated_header_and_page_numbers_are_dropped() -> None:
    pages = [running(p) + body(p, [f"Text on page {p}."]) for p in range(3)]
    kept = without_running_lines(pages)
    assert [[line.text for line in page] for page in kept] == [
        ["Text on page 0."],
        ["Text on page 1."],
        ["Text on page 2."],
    ]


def test_a_line_at_the_edge_that_does_not_repeat_is_kept() -> None:
    pages = [
        [Line(0, "A headline set apart", LEFT, 300.0, 800.0, 9.0), *body(0, ["Body one."])],
        [Line(1, "Another thing entirely", LEFT, 300.0, 800.0, 9.0), *body(1, ["Body two."])],
    ]
    kept = without_running_lines(pages)
    assert kept[0][0].text == "A headline set apart" and kept[1][0].text == "Another thing entirely"


def test_lines_join_and_a_wider_gap_starts_a_paragraph() -> None:
    first = body(0, ["One long line of the first", "paragraph ends here."])
    second = body(0, ["Second paragraph starts", "and ends."], top=700.0 - 3 * STEP - 10)
    assert paragraphs([first + second]) == [
        "One long line of the first paragraph ends here.",
        "Second paragraph starts and ends.",
    ]


def test_short_last_line_with_a_full_stop_ends_a_paragraph_without_a_gap() -> None:
    lines = [
        Line(0, "A full first line that goes right up to", LEFT, RIGHT, 700.0, SIZE),
        Line(0, "the end.", LEFT, 130.0, 700.0 - STEP, SIZE),  # "Next" would have fitted
        Line(0, "Next paragraph on the very next line, as", LEFT, RIGHT, 700.0 - 2 * STEP, SIZE),
        Line(0, "full as the first one was.", LEFT, 250.0, 700.0 - 3 * STEP, SIZE),
    ]
    assert paragraphs([lines]) == [
        "A full first line that goes right up to the end.",
        "Next paragraph on the very next line, as full as the first one was.",
    ]


def test_line_broken_because_the_next_word_did_not_fit_continues() -> None:
    lines = [
        Line(0, "A full first line that ends with a stop.", LEFT, 480.0, 700.0, SIZE),
        Line(0, "Extraordinarily long words then follow.", LEFT, 470.0, 700.0 - STEP, SIZE),
    ]
    assert paragraphs([lines]) == [
        "A full first line that ends with a stop. Extraordinarily long words then follow."
    ]


def test_first_line_indent_starts_a_paragraph() -> None:
    lines = [
        Line(0, "Full line one without stop", LEFT, RIGHT, 700.0, SIZE),
        Line(0, "Indented start of another", LEFT + 20, RIGHT, 700.0 - STEP, SIZE),
        Line(0, "paragraph.", LEFT, 150.0, 700.0 - 2 * STEP, SIZE),
    ]
    assert paragraphs([lines]) == [
        "Full line one without stop",
        "Indented start of another paragraph.",
    ]


def test_larger_type_is_a_heading_paragraph() -> None:
    lines = [Line(0, "Headline", LEFT, 200.0, 700.0 + STEP, 20.0), *body(0, ["Body text."])]
    assert paragraphs([lines]) == ["Headline", "Body text."]


def test_paragraph_continues_on_the_next_page() -> None:
    pages = [
        body(0, ["A sentence that runs on to", "the next page of"], last_short=False),
        body(1, ["the document and ends."]),
    ]
    assert paragraphs(pages) == [
        "A sentence that runs on to the next page of the document and ends."
    ]


def test_hyphens_soft_hyphens_and_ligatures() -> None:
    texts = ["inter-", "national co\u00ad", "operation, Anglo-", "Saxon, \ufb01nal", "x."]
    assert paragraphs([body(0, texts, last_short=False)]) == [
        "international cooperation, Anglo-Saxon, final x."
    ]


def test_hyphen_kept_after_a_number_and_where_the_document_spells_the_word_so() -> None:
    texts = ["A 68-", "year-old ran for re-", "election; his re-election bid", "failed."]
    assert paragraphs([body(0, texts, last_short=False)]) == [
        "A 68-year-old ran for re-election; his re-election bid failed."
    ]


def test_measured_first_word_width_decides_whether_it_would_have_fitted() -> None:
    """Average glyph widths say "WASHINGTON" would fit; its measured width says not."""

    def lines(lead: float) -> list[Line]:
        return [
            Line(0, "A full first line that ends with a stop.", LEFT, RIGHT, 700.0, SIZE),
            Line(0, "The next ends near the edge.", LEFT, RIGHT - 60, 700.0 - STEP, SIZE),
            Line(
                0,
                "WASHINGTON is the first word here and",
                LEFT,
                RIGHT,
                700.0 - 2 * STEP,
                SIZE,
                lead,
            ),
            Line(0, "the line after it.", LEFT, 200.0, 700.0 - 3 * STEP, SIZE),
        ]

    assert len(paragraphs([lines(lead=90.0)])) == 1
    assert len(paragraphs([lines(lead=40.0)])) == 2
