"""The tagger's `score` must equal the weights of `features()` (what training uses), and
`cue_runs` must mark what scoring every word and joining marked neighbours would mark."""

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
    weights, _vocabulary = cue_tagger._model()
    checked = 0
    for text, toks in _sentences():
        window = cue_tagger.Window(text, toks)
        for i in range(len(toks)):
            expected = sum(weights.get(f, 0.0) for f in cue_tagger.features(text, toks, i))
            assert window.score(i, weights) == expected
            checked += 1
    assert checked > 300


def _runs_by_scoring_every_word(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The plain definition: mark every word, join adjacent marked words with no punctuation
    between, keep runs holding a vocabulary word with at most two words past the outermost
    vocabulary words."""
    weights, vocabulary = cue_tagger._model()
    window = cue_tagger.Window(text, toks)
    near = {
        j
        for i, t in enumerate(toks)
        if t.norm in vocabulary
        for j in range(i - 2, i + 3)
        if 0 <= j < len(toks)
    }
    runs: list[tuple[int, int]] = []
    for i in sorted(near):
        if window.score(i, weights) <= cue_tagger.THRESHOLD:
            continue
        if runs and runs[-1][1] == i - 1 and window.gap(i) == "none":
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return [
        (a, b)
        for a, b in runs
        if any(t.norm in vocabulary for t in toks[a : b + 1])
        and not cue_tagger._event_noun(toks, a)
    ]


def test_cue_runs_equal_scoring_every_word_near_the_vocabulary() -> None:
    found = 0
    for text, toks in _sentences():
        runs = cue_tagger.cue_runs(text, toks)
        assert runs == _runs_by_scoring_every_word(text, toks)
        found += len(runs)
    assert found > 10
