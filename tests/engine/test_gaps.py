"""The punctuation between two words, as the cue tagger (`_gap`) and the phrase finder
(`is_boundary`) read it: one space (their fast path) is no punctuation, like any other
run of spaces, an abbreviation's full stop or a hyphen."""

from desktop.engine import cue_tagger
from desktop.engine.lexicon import tokens
from desktop.engine.phrases import is_boundary

TEXT = "Mr. Smith said,  yes ''no'' and - then: “so”"
# Mr | Smith | said | yes | no | and | then | so


def test_tagger_gaps() -> None:
    toks = tokens(TEXT)
    found = [cue_tagger._gap(TEXT, toks, i) for i in range(len(toks) + 1)]
    expected = ["edge", "none", "none", "comma", "quote", "quote", "none", "colon", "edge"]
    assert found == expected


def test_boundaries() -> None:
    toks = tokens(TEXT)
    found = [is_boundary(TEXT, toks, i) for i in range(len(toks) + 1)]
    assert found == [True, False, False, True, True, True, False, True, True]


def test_one_space_is_no_punctuation_between_any_two_words() -> None:
    text = "He said it was fine , then left"
    toks = tokens(text)
    assert [cue_tagger._gap(text, toks, i) for i in range(1, 5)] == ["none"] * 4
    assert not any(is_boundary(text, toks, i) for i in range(1, 5))
    assert cue_tagger._gap(text, toks, 5) == "comma"
    assert is_boundary(text, toks, 5)
