"""The findings table model and its filter/sort proxy."""

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop import palette
from desktop.ui.findings import build_findings
from desktop.ui.findings_model import (
    FINDING_ROLE,
    KIND,
    NOTES,
    SCORE,
    FindingsFilter,
    FindingsModel,
)
from tests.ui.fixtures_comparison import demo_like_comparison, large_comparison


@pytest.fixture
def model(qtbot) -> FindingsModel:
    m = FindingsModel()
    m.set_findings(build_findings(demo_like_comparison()))
    return m


@pytest.fixture
def proxy(model) -> FindingsFilter:
    p = FindingsFilter()
    p.setSourceModel(model)
    return p


def kinds(p: FindingsFilter) -> list[str]:
    return [f.kind for f in p.visible_findings()]


@pytest.mark.parametrize("force_py", [False, True])
def test_source_model_passes_qtmodeltester(qtmodeltester, model, force_py):
    qtmodeltester.check(model, force_py=force_py)


@pytest.mark.parametrize("force_py", [False, True])
def test_proxy_passes_qtmodeltester_filtered_and_sorted(qtmodeltester, proxy, force_py):
    proxy.set_kinds({"overlap", "unique_left"})
    proxy.set_text("o")
    qtmodeltester.check(proxy, force_py=force_py)
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)  # observed by the tester from here on
    proxy.sort(KIND, Qt.SortOrder.AscendingOrder)
    proxy.set_kinds({"framing", "overlap"})
    proxy.sort(-1)
    proxy.sourceModel().set_findings(())
    assert proxy.rowCount() == 0


def test_empty_model_passes_qtmodeltester(qtmodeltester, qtbot):
    qtmodeltester.check(FindingsModel())


def test_reset_with_new_findings(model):
    model.set_findings(build_findings(large_comparison(30)))
    assert model.rowCount() == len(build_findings(large_comparison(30)))


def test_roles(model):
    framing_row = [f.kind for f in model.findings()].index("framing")
    kind = model.index(framing_row, KIND)
    assert kind.data() == f"{palette.FRAMING.glyph}  Framing"
    assert kind.data(Qt.ItemDataRole.DecorationRole) == QColor(palette.FRAMING.colour)
    assert palette.FRAMING.description in kind.data(Qt.ItemDataRole.ToolTipRole)
    spoken = kind.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Framing. score 58. left: The diplomat")
    assert kind.data(FINDING_ROLE).kind == "framing"
    assert model.index(framing_row, SCORE).data() == "58"
    assert "reporting verb" in model.index(framing_row, NOTES).data()
    assert model.headerData(SCORE, Qt.Orientation.Horizontal) == "Score"


def test_unique_rows_have_no_score(model):
    row = [f.kind for f in model.findings()].index("unique_left")
    assert model.index(row, SCORE).data() == ""


def test_filter_by_kind(proxy):
    proxy.set_kinds({"overlap"})
    assert kinds(proxy) == ["overlap", "overlap"]
    proxy.set_kinds({"unique_left", "unique_right"})
    assert sorted(kinds(proxy)) == ["unique_left", "unique_right"]
    proxy.set_kinds(())
    assert proxy.rowCount() == 0


def test_filter_by_text_is_case_insensitive_and_combines_with_kind(proxy):
    proxy.set_text("RUDENKO")
    assert sorted(kinds(proxy)) == ["framing", "source_right", "unique_right"]
    proxy.set_kinds({"framing"})
    assert kinds(proxy) == ["framing"]
    proxy.set_text("")
    assert kinds(proxy) == ["framing"]


def test_filter_matches_cue_notes(proxy):
    proxy.set_text("reporting verb")
    assert kinds(proxy) == ["framing"]


def test_sort_by_score_puts_scoreless_rows_last_when_descending(proxy):
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)
    scores = [f.score for f in proxy.visible_findings()]
    assert scores[:3] == [100.0, 96.5, 58.0]
    assert scores[3:] == [None] * 4


def test_sort_by_kind_groups_kinds_in_reading_order(proxy):
    proxy.sort(KIND, Qt.SortOrder.AscendingOrder)
    assert kinds(proxy) == [
        "overlap", "overlap", "framing", "unique_left", "unique_right",
        "source_left", "source_right",
    ]
    overlaps = [f for f in proxy.visible_findings() if f.kind == "overlap"]
    assert [f.left for f in overlaps] == [(0,), (3,)]


def test_sorting_moves_persistent_indexes(proxy):
    framing_row = [f.kind for f in proxy.visible_findings()].index("framing")
    kept = QPersistentModelIndex(proxy.index(framing_row, NOTES))
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2 and kept.column() == NOTES
    assert kept.data(FINDING_ROLE).kind == "framing"
    proxy.sort(-1)
    assert kept.row() == framing_row


def test_reading_order_is_restored_and_kept_apart_from_row_order(model, proxy):
    reading = model.reading_order()
    proxy.sort(SCORE, Qt.SortOrder.AscendingOrder)
    assert model.findings() != reading and model.reading_order() == reading
    proxy.sort(-1)
    assert proxy.visible_findings() == reading


def test_descending_sort_keeps_ties_in_reading_order(proxy):
    proxy.sort(KIND, Qt.SortOrder.DescendingOrder)
    rows = proxy.visible_findings()
    assert [f.kind for f in rows][:2] == ["source_right", "source_left"]
    overlaps = [f.left for f in rows if f.kind == "overlap"]
    assert overlaps == [(0,), (3,)]
