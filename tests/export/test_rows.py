"""The side-by-side reading order (golden tables written out by hand)."""

from __future__ import annotations

import dataclasses

from desktop.export.rows import reading_rows
from tests.export import fixtures


def _shape(rows):  # type: ignore[no-untyped-def]
    return [(r.kind, r.left, r.right) for r in rows]


def test_demo_rows_follow_both_reading_orders() -> None:
    rows = reading_rows(fixtures.demo_comparison())
    assert _shape(rows) == [
        ("unique", (), (0,)),  # right-only before any pair: ahead of the first pair row
        ("framing", (0,), (1,)),
        ("unique", (1,), ()),
        ("unique", (2,), ()),
        ("framing", (3, 4), (4,)),
        ("framing", (5,), (2,)),
        ("unique", (), (3,)),  # after the row holding right 2, its nearest earlier paired
        ("unique", (6,), ()),
        ("unique", (7,), ()),
        ("framing", (8,), (5,)),
        ("unique", (), (6,)),
        ("unique", (), (7,)),
        ("unique", (), (8,)),
        ("unique", (), (9,)),
        ("unique", (), (10,)),
        ("unique", (9,), ()),
        ("unique", (10,), ()),
        ("overlap", (11,), (11,)),
        ("unique", (), (12,)),
        ("unique", (), (13,)),
        ("unique", (12,), ()),
        ("unique", (13,), ()),
        ("unique", (14,), ()),
    ]


def test_every_sentence_appears_exactly_once() -> None:
    comparison = fixtures.large_comparison(40)
    rows = reading_rows(comparison)
    left = [i for r in rows for i in r.left]
    right = [i for r in rows for i in r.right]
    assert left == list(range(40))
    assert sorted(right) == list(range(40))


def test_findings_only_drops_sentences_that_are_neither_paired_nor_unique() -> None:
    comparison = fixtures.demo_comparison()
    trimmed = dataclasses.replace(comparison, unique_left=comparison.unique_left[1:])
    full = reading_rows(trimmed)
    findings = reading_rows(trimmed, findings_only=True)
    assert ("context", (1,), ()) in _shape(full)
    assert [r for r in full if r.kind != "context"] == list(findings)
    assert len(findings) == len(full) - 1


def test_no_pairs_lists_left_then_right() -> None:
    comparison = fixtures.build(
        fixtures.Article("One. Two."), fixtures.Article("Three. Four."), specs=[]
    )
    assert _shape(reading_rows(comparison)) == [
        ("unique", (0,), ()),
        ("unique", (1,), ()),
        ("unique", (), (0,)),
        ("unique", (), (1,)),
    ]
