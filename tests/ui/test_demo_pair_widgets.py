"""The widgets on the real engine's output for the bundled demo pair (no hard-coded counts:
every assertion ties what a widget shows to the `Comparison` it was given)."""

from collections import Counter

import pytest

from desktop.ui.details_panel import DetailsPanel
from desktop.ui.findings import build_findings, next_finding
from desktop.ui.findings_model import FindingsFilter, FindingsModel
from desktop.ui.summary_panel import LIST_LIMIT, SummaryPanel
from tests.ui.fixtures_comparison import demo_comparison, loose_demo_comparison

COMPARISONS = {"default": demo_comparison, "loose": loose_demo_comparison}


@pytest.fixture(params=sorted(COMPARISONS))
def comparison(request):
    return COMPARISONS[request.param]()


def test_loose_demo_has_pairs_with_cues():
    c = loose_demo_comparison()
    assert c.pairs and any(p.cues for p in c.pairs)


def test_one_finding_per_pair_and_unique_sentence(comparison):
    kinds = Counter(f.kind for f in build_findings(comparison))
    s = comparison.summary
    assert (kinds["overlap"], kinds["framing"]) == (s.overlap, s.framing)
    assert kinds["overlap"] + kinds["framing"] == len(comparison.pairs)
    assert (kinds["unique_left"], kinds["unique_right"]) == (s.unique_left, s.unique_right)
    unshared = [a for d in comparison.documents for a in d.attributions if not a.shared]
    assert kinds["source_left"] + kinds["source_right"] <= len(unshared)


def test_f7_visits_every_finding_once(comparison):
    findings = build_findings(comparison)
    seen, current = [], None
    while (current := next_finding(findings, current, +1)) is not None:
        seen.append(current)
    assert seen == list(findings)


def test_models_pass_qtmodeltester(qtmodeltester, comparison):
    model = FindingsModel()
    model.set_findings(build_findings(comparison))
    qtmodeltester.check(model)
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    proxy.set_kinds({"framing", "unique_right", "source_left"})
    qtmodeltester.check(proxy)


def test_details_show_every_cue_note_of_every_pair(qtbot):
    c = loose_demo_comparison()
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    for pair in c.pairs:
        panel.show_pair(c, pair.left, pair.right)
        text = panel.plain_text()
        assert f"score {pair.score:.0f}" in text
        for cue in pair.cues:
            assert cue.note in text


def test_summary_counts_match(qtbot, comparison):
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_comparison(comparison)
    s = comparison.summary
    assert panel.fields["unique_left"].text() == str(s.unique_left)
    assert panel.fields["framing"].text() == str(s.framing)
    assert panel.fields["similarity"].text() == f"{s.similarity:.0f}%"
    shown = panel.fields["sources_left"].text()
    assert all(name in shown for name in s.sources_only_left[:LIST_LIMIT])
