"""A headline credits the name before its colon ("Roger Stone: Don't trust ..."), and only
the article's first sentence is read as a headline."""

from __future__ import annotations

import pytest

from desktop.engine.attribution import find_attributions
from tests.engine.test_attribution import at, split


def test_headline_colon_credits_the_name_before_it() -> None:
    text = "Roger Stone: Don't trust the voting machines.\nThe race is close."
    (a,) = find_attributions(text, split(text), "en")
    colon = text.index(":")
    assert (a.source_span, a.cue_span) == (at(text, "Roger Stone"), (colon, colon + 1))
    assert a.content_span == at(text, "Don't trust the voting machines")
    assert (a.source, a.cue, a.key) == ("Roger Stone", ":", "stone")


def test_headline_label_before_the_name_is_skipped() -> None:
    text = "EXCLUSIVE – Historians: Clinton and Obama are linked."
    (a,) = find_attributions(text, split(text), "en")
    assert a.source_span == at(text, "Historians")
    assert a.cue_span == (text.index(":"), text.index(":") + 1)


def test_headline_holds_one_attribution() -> None:
    """The colon credits the whole headline: a verb in it is the quoted speaker's."""
    text = "Obama: Americans will say no to Trump."
    (a,) = find_attributions(text, split(text), "en")
    assert (a.source, a.cue) == ("Obama", ":")


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Trump rallies in Ohio.",
        "BREAKING: Senate passes the bill.",
        "Watch: the debate in full.",
        "Markets fell. Historians: the crash was foreseen.",
    ],
)
def test_labels_and_later_colons_credit_nobody(text: str) -> None:
    assert not [a for a in find_attributions(text, split(text), "en") if a.cue == ":"]
