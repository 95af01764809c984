"""The side-by-side reading order: which sentences share a row, and in what order rows come.

Walk the left article; a pair is emitted when its first left sentence comes, a left-only
sentence gets its own row. Right-only sentences are slotted in right after the row holding
their nearest earlier paired right sentence, so each side still reads in its own order.
Pure Python: the PDF and the HTML export lay out the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from desktop.engine.model import ClaimPair, Comparison

RowKind = Literal["overlap", "framing", "unique", "context"]


@dataclass(frozen=True, slots=True)
class Row:
    """One table row: sentence ids on each side (one side empty for unique/context rows)."""

    kind: RowKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    pair: ClaimPair | None = None

    @property
    def is_finding(self) -> bool:
        return self.kind != "context"


def reading_rows(comparison: Comparison, findings_only: bool = False) -> tuple[Row, ...]:
    """All rows in reading order; with `findings_only`, only pairs and unique sentences."""
    left_rows = _left_driven_rows(comparison)
    rows = _slot_right_only(comparison, left_rows)
    if findings_only:
        rows = [r for r in rows if r.is_finding]
    return tuple(rows)


def _left_driven_rows(comparison: Comparison) -> list[Row]:
    first_of_pair = {min(p.left): p for p in comparison.pairs if p.left}
    paired_left = {i for p in comparison.pairs for i in p.left}
    unique_left = set(comparison.unique_left)
    rows: list[Row] = []
    for sentence in comparison.left.sentences:
        i = sentence.id
        if i in first_of_pair:
            pair = first_of_pair[i]
            rows.append(Row(pair.kind, tuple(pair.left), tuple(pair.right), pair))
        elif i not in paired_left:
            rows.append(Row("unique" if i in unique_left else "context", (i,), ()))
    rows.extend(Row(p.kind, (), tuple(p.right), p) for p in comparison.pairs if not p.left)
    return rows


def _slot_right_only(comparison: Comparison, rows: list[Row]) -> list[Row]:
    row_of_right = {i: n for n, row in enumerate(rows) for i in row.right}
    unique_right = set(comparison.unique_right)
    after: dict[int, list[Row]] = {}
    anchor = -1
    for sentence in comparison.right.sentences:
        i = sentence.id
        if i in row_of_right:
            anchor = max(anchor, row_of_right[i])
            continue
        kind: RowKind = "unique" if i in unique_right else "context"
        after.setdefault(anchor, []).append(Row(kind, (), (i,)))
    return _interleave(rows, after)


def _interleave(rows: list[Row], after: dict[int, list[Row]]) -> list[Row]:
    """Right-only rows after their anchor; those with no anchor before the first pair row."""
    lead = after.pop(-1, [])
    first_pair = next((n for n, r in enumerate(rows) if r.right), len(rows))
    merged: list[Row] = []
    for n, row in enumerate(rows):
        if n == first_pair:
            merged.extend(lead)
        merged.append(row)
        merged.extend(after.get(n, []))
    if first_pair == len(rows):
        merged.extend(lead)
    return merged
