"""The tagger's fast `score` must equal the weights of `features()` (what training uses)."""

from desktop import resources
from desktop.engine import cue_tagger
from desktop.engine.lexicon import tokens
from desktop.engine.segment import split_sentences


def test_score_sums_the_weights_of_the_features_in_order() -> None:
    weights, _vocabulary = cue_tagger._model()
    checked = 0
    for path in resources.demo_pair():
        text = path.read_text(encoding="utf-8") + ' “Quoted,” he said: (fine) — "yes"; that'
        for sentence in split_sentences(text):
            toks = tokens(text, "en", sentence.start, sentence.end)
            gaps: dict[int, str] = {}
            for i in range(len(toks)):
                expected = sum(weights.get(f, 0.0) for f in cue_tagger.features(text, toks, i))
                assert cue_tagger.score(text, toks, i, weights, gaps) == expected
                assert cue_tagger.score(text, toks, i, weights) == expected
                checked += 1
    assert checked > 300
