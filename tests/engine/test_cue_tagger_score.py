"""The tagger's `score` must equal the weights of `features()` (what training uses), and
`cue_runs` must mark what scoring every word and joining marked neighbours would mark."""

import pytest

from desktop import resources
from desktop.engine import cue_tagger
from desktop.engine.lexicon import Token, tokens
from desktop.engine.segment import split_sentences

_EXTRA = ' “Quoted,” he said: (fine) — "yes"; that. He said, adding that it was fine.'


def _sentences() -> list[tuple[str, list[Token]]]:
    out = []
    for path in resources.demo_pair():
        text = path.read_text(encoding="utf-8") + _EXTRA
        for sentence in split_sentences(text):
            out.append((text, tokens(text, "en", sentence.start, sentence.end)))
    return out


def test_score_sums_the_weights_of_the_features_in_order() -> None:
    model = cue_tagger._model()
    weights = model.weights
    checked = 0
    for text, toks in _sentences():
        window = cue_tagger.Window(text, toks)
        for i in range(len(toks)):
            expected = sum(weights.get(f, 0.0) for f in cue_tagger.features(text, toks, i))
            assert window.score(i, weights) == expected
            assert model.scorer.score(window, i) == pytest.approx(expected, abs=1e-9)
            checked += 1
    assert checked > 300


def test_cue_runs_hold_a_marked_vocabulary_word_and_marked_neighbours() -> None:
    """Each run: no punctuation inside, a vocabulary word above THRESHOLD, every other word
    above JOIN_THRESHOLD; the next word (no punctuation between) is below JOIN_THRESHOLD or
    out of reach."""
    model = cue_tagger._model()
    weights, vocabulary = model.weights, model.vocabulary
    found = 0
    for text, toks in _sentences():
        window = cue_tagger.Window(text, toks)
        for first, last in cue_tagger.cue_runs(text, toks):
            found += 1
            run = range(first, last + 1)
            assert all(window.gap(i) == "none" for i in run[1:])
            heads = [i for i in run if toks[i].norm in vocabulary]
            assert any(window.score(i, weights) > cue_tagger.THRESHOLD for i in heads)
            scores = [window.score(i, weights) for i in run]
            assert sum(s <= cue_tagger.JOIN_THRESHOLD for s in scores) <= 1
            joiners = model.joiners
            assert joiners is None or all(
                t.norm in joiners for t in toks[first : last + 1] if t.norm not in vocabulary
            )
            nxt = last + 1
            if nxt < len(toks) and window.gap(nxt) == "none" and nxt - max(heads) <= 2:
                assert (
                    window.score(nxt, weights) <= cue_tagger.JOIN_THRESHOLD
                    or toks[last].norm in {"a", "an", "the"}
                    or (joiners is not None and toks[nxt].norm not in joiners)
                )
    assert found > 10


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Russian delegation said talks went well.", "said"),
        ("Trump said in a statement that he won.", "said in"),
        ("Officials were pointing out the risks.", "were pointing out"),
        ("Trump reportedly refused to attend.", "reportedly refused"),
    ],
)
def test_cue_runs_golden(text: str, cue: str) -> None:
    toks = tokens(text, "en")
    runs = cue_tagger.cue_runs(text, toks)
    assert [text[toks[a].start : toks[b].end] for a, b in runs] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The group, which until recently had publicly aligned itself with Al Qaeda, split.",
        "Trump has routinely gone after Kelly.",
    ],
)
def test_auxiliaries_and_adverbs_alone_are_no_cue(text: str) -> None:
    assert cue_tagger.cue_runs(text, tokens(text, "en")) == []
