"""Same-claim scoring: profiles, the shipped model, and score ordering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from bench import msrp
from bench import train_similarity as train
from desktop.engine import similarity
from desktop.engine.options import CompareOptions
from desktop.engine.similarity import FEATURES, SentenceProfile, merge, pair_score, profile


def _p(text: str, language: str = "en") -> SentenceProfile:
    return profile(text, 0, len(text), language)


PARAPHRASES = [
    (
        "Moscow keeps open lines of communication with Seoul.",
        "Channels of communication between Moscow and Seoul remain open.",
    ),
    (
        "On Wednesday, a man was shot near Kut as he tried to run over two marines.",
        "On Wednesday, the Marines shot an attacker near the town of Kut as he tried to run over "
        "two Marines.",
    ),
    (
        "The company's shares rose 5 percent to $20.50 in early trading on Friday.",
        "Shares of the company gained 5 percent to $20.50 in early Friday trading.",
    ),
]
UNRELATED = "Heavy rain flooded several villages in the north of the country overnight."


def test_profile_reads_its_span_of_the_article() -> None:
    article = "Intro. Moscow keeps open lines of communication with Seoul."
    start = article.index("Moscow")
    p = profile(article, start, len(article), "en")
    assert p.text == article[start:]
    assert p.words[:3] == ("moscow", "keeps", "open")
    assert {"moscow", "keep", "open", "line", "communic", "seoul"} == p.terms


@pytest.mark.parametrize(("left", "right"), PARAPHRASES)
def test_paraphrase_outscores_unrelated(left: str, right: str) -> None:
    same = pair_score(_p(left), _p(right))
    assert same > pair_score(_p(left), _p(UNRELATED)) + 30
    assert same >= CompareOptions().match_threshold


def test_identical_is_near_certain_and_unrelated_below_threshold() -> None:
    text = PARAPHRASES[0][0]
    assert pair_score(_p(text), _p(text)) > 95
    assert pair_score(_p(text), _p(UNRELATED)) < CompareOptions().match_threshold


def test_score_is_symmetric_and_bounded() -> None:
    for left, right in [*PARAPHRASES, (PARAPHRASES[0][0], UNRELATED)]:
        forward, backward = pair_score(_p(left), _p(right)), pair_score(_p(right), _p(left))
        assert forward == pytest.approx(backward, abs=1e-9)
        assert 0.0 <= forward <= 100.0


def test_disagreeing_numbers_still_align_as_the_same_claim() -> None:
    # "8 per cent" vs "28 per cent" is one claim told differently: classify flags the number
    base = _p("Unemployment rose to 8 percent in February, officials said.")
    clash = _p("Unemployment rose to 28 percent in February, officials said.")
    assert pair_score(base, clash) >= CompareOptions().match_threshold


@pytest.mark.parametrize("name", ["numbers_clash", "negation_clash", "w_unmatched_min"])
def test_a_mismatch_never_raises_the_shipped_score(name: str) -> None:
    model = similarity.default_model()
    values = [0.5] * len(similarity.FEATURES)
    more = list(values)
    more[similarity.FEATURES.index(name)] = 1.0
    assert model.score(more) <= model.score(values)


@pytest.mark.parametrize("name", ["w_cover_min", "ratio", "lcs"])
def test_overlap_never_lowers_the_shipped_score(name: str) -> None:
    model = similarity.default_model()
    values = [0.5] * len(similarity.FEATURES)
    more = list(values)
    more[similarity.FEATURES.index(name)] = 1.0
    assert model.score(more) > model.score(values)


def test_negation_lowers_the_score() -> None:
    base = _p("The minister will attend the summit in Seoul.")
    assert pair_score(base, _p("The minister will also attend the summit in Seoul.")) > (
        pair_score(base, _p("The minister will not attend the summit in Seoul."))
    )


def test_empty_or_stop_word_only_spans_score_zero() -> None:
    assert pair_score(_p(""), _p(UNRELATED)) == 0.0
    assert pair_score(_p("It is what it is."), _p(UNRELATED)) == 0.0


def test_merge_reads_two_spans_as_one_claim() -> None:
    first = _p("Moscow views South Korea as a trading partner.")
    second = _p("Exchanges between the two nations persist.")
    joined = merge(first, second)
    assert joined.terms == first.terms | second.terms
    assert joined.words == first.words + second.words
    assert joined.stems == first.stems + second.stems
    assert joined.content == first.content + second.content
    whole = _p(
        "Moscow still views South Korea as a trading partner and exchanges between the "
        "two nations persist."
    )
    assert pair_score(joined, whole) > max(pair_score(first, whole), pair_score(second, whole))


def test_comparison_weights_shift_the_score() -> None:
    a = _p("Rudenko met the ambassador in Moscow on Tuesday.")
    b = _p("Rudenko met reporters in Moscow after the forum.")
    shared_heavy = pair_score(a, b, {"rudenko": 5.0, "moscow": 5.0})
    shared_light = pair_score(a, b, {"rudenko": 0.1, "moscow": 0.1})
    assert shared_heavy > pair_score(a, b) > shared_light


def test_russian_paraphrase_outscores_unrelated() -> None:
    left = _p("Москва сохраняет открытыми каналы связи с Сеулом.", "ru")
    right = _p("Каналы связи между Москвой и Сеулом остаются открытыми.", "ru")
    other = _p("Сильный дождь затопил несколько деревень на севере страны.", "ru")
    assert pair_score(left, right) > pair_score(left, other) + 30


def test_shipped_data_is_found_next_to_the_module_and_small() -> None:
    data = Path(similarity.__file__).parent / "data"
    model = json.loads((data / "similarity_model.json").read_text(encoding="utf-8"))
    assert model["features"] == list(similarity.FEATURES)
    assert len(model["coef"]) == len(similarity.FEATURES)
    assert (data / "rarity.json").stat().st_size < 2_000_000
    assert similarity.rarity_table("en")["moscow"] < similarity.rarity_table("en")[""]


def test_model_rejects_mismatched_features() -> None:
    bad = {"features": ["ratio"], "coef": [1.0], "intercept": 0.0}
    with pytest.raises(ValueError, match="do not match"):
        similarity.Model.from_dict(bad)


def test_model_score_is_a_sigmoid() -> None:
    model = similarity.Model((1.0,) * len(similarity.FEATURES), 0.0)
    zeros = [0.0] * len(similarity.FEATURES)
    assert model.score(zeros) == pytest.approx(50.0)
    assert model.score([10.0] * len(similarity.FEATURES)) > 99.9
    assert model.score([-10.0] * len(similarity.FEATURES)) < 0.1


# ---- the benchmark's own pieces ------------------------------------------------------------


def test_best_threshold_separates_training_scores() -> None:
    scores = [10.0, 20.0, 30.0, 60.0, 70.0, 80.0]
    labels = [0, 0, 0, 1, 1, 1]
    cut = msrp.best_threshold(scores, labels)
    assert 30.0 < cut < 60.0
    assert msrp.confusion(scores, labels, cut) == (3, 0, 0, 3)
    assert msrp.accuracy_f1(3, 1, 1, 5) == (0.8, 0.75)


def test_folds_partition_the_pairs() -> None:
    parts = msrp.folds(23)
    assert sorted(i for p in parts for i in p) == list(range(23))
    assert len(parts) == msrp.FOLDS


def test_msrp_loader_splits_a_row_that_lost_its_line_break(tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.txt"
    tsv.write_text(
        "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
        "1\t1\t2\tA cat sat.\tThe cat sat.\n"
        "0\t3\t4\tRates rose.\tRates fell.1\t5\t6\tIt rained.\tRain fell.\n",
        encoding="utf-8",
    )
    assert train.load_msrp(tsv) == [
        (1, "A cat sat.", "The cat sat."),
        (0, "Rates rose.", "Rates fell."),
        (1, "It rained.", "Rain fell."),
    ]


@given(st.text(max_size=200), st.text(max_size=200), st.sampled_from(["en", "ru"]))
def test_pair_score_is_bounded_and_symmetric_on_any_text(left: str, right: str, lang: str) -> None:
    a, b = _p(left, lang), _p(right, lang)
    score = pair_score(a, b)
    assert 0.0 <= score <= 100.0
    assert score == pytest.approx(pair_score(b, a), abs=1e-9)
    assert 0.0 <= pair_score(merge(a, b), b) <= 100.0


def test_weighted_mass_is_what_features_divide_by() -> None:
    a = similarity.profile("Rates rose sharply in Frankfurt on Thursday.", 0, 44, "en")
    b = similarity.profile("Rates rose in Frankfurt, the bank said.", 0, 39, "en")
    weights = {t: 0.5 + k for k, t in enumerate(sorted(a.terms | b.terms))}
    masses = (similarity.weighted_mass(a, weights), similarity.weighted_mass(b, weights))
    assert masses[0] == sum(a.rarity[t] * weights[t] for t in a.rarity)
    assert similarity.features(a, b, weights, masses) == similarity.features(a, b, weights)
    assert similarity.pair_score(a, b, weights, masses=masses) == similarity.pair_score(
        a, b, weights
    )
    wrong = (masses[0] * 3, masses[1])
    assert similarity.features(a, b, weights, wrong) != similarity.features(a, b, weights)


def test_ngrams_are_consecutive_stems() -> None:
    p = similarity.profile("The bank raised its key rate again.", 0, 35, "en")
    assert p.ngrams[0] == frozenset(zip(p.stems, p.stems[1:], strict=False))
    assert len(p.ngrams[1]) == len(p.stems) - 3
    assert all(len(g) == 4 for g in p.ngrams[1])
    assert p.content_bigrams == frozenset(zip(p.content, p.content[1:], strict=False))


def test_scoring_parts_are_built_on_first_need_and_kept() -> None:
    p = similarity.profile("Rates rose 2% in Frankfurt, didn't they?", 0, 40, "en")
    assert p._scoring is None  # candidates read the terms only: unscored sentences cost less
    parts = p.scoring
    assert p.scoring is parts
    assert p.norm == " ".join(p.words) and p.sorted_norm == " ".join(sorted(p.words))
    assert p.numbers == frozenset({"2"}) and p.negated
    assert p.rarity.keys() == p.terms and p.mass == sum(p.rarity.values())
    assert p == similarity.profile("Rates rose 2% in Frankfurt, didn't they?", 0, 40, "en")


# ---- the one-pass features equal the features written plainly ---------------------------------


def _plain_features(
    a: SentenceProfile, b: SentenceProfile, weights: dict[str, float] | None
) -> list[float]:
    """`features` as its documentation reads, one feature at a time (every n-gram set built)."""
    shared = a.terms & b.terms
    table = sum(a.rarity[t] for t in shared)
    if weights:
        wa = similarity.weighted_mass(a, weights)
        wb = similarity.weighted_mass(b, weights)
        ws = sum(a.rarity[t] * weights.get(t, 1.0) for t in shared)
    else:
        wa, wb, ws = a.mass, b.mass, table

    def over_longer(x: frozenset[object], y: frozenset[object]) -> float:
        return len(x & y) / max(len(x), len(y)) if x or y else 0.0

    def over_shorter(common: int, x: int, y: int) -> float:
        return common / max(1, min(x, y))

    (x2, x4), (y2, y4) = _built_ngrams(a), _built_ngrams(b)
    x, y = a.content_bigrams, b.content_bigrams
    lcs = LCSseq.similarity(a.stems, b.stems)
    stems = len(a.stems) + len(b.stems)
    return [
        ws / max(wa, wb) if wa and wb else 0.0,
        len(shared) / min(len(a.terms), len(b.terms)) if a.terms and b.terms else 0.0,
        min(a.mass, b.mass) / 10.0 - table / 10.0,
        fuzz.ratio(a.norm, b.norm) / 100.0,
        fuzz.ratio(a.sorted_norm, b.sorted_norm) / 100.0,
        over_longer(x2, y2),
        over_longer(x4, y4),
        2.0 * len(x & y) / (len(x) + len(y)) if x or y else 0.0,
        2.0 * lcs / stems if stems else 0.0,
        over_shorter(lcs, len(a.stems), len(b.stems)),
        over_shorter(LCSseq.similarity(a.content, b.content), len(a.content), len(b.content)),
        over_shorter(LCSseq.similarity(a.norm, b.norm), len(a.norm), len(b.norm)),
        float(bool(a.numbers) and bool(b.numbers) and a.numbers != b.numbers),
        min(len(a.words), len(b.words)) / max(len(a.words), len(b.words), 1),
        float(a.negated != b.negated),
        1.0 / (1.0 + min(len(a.terms), len(b.terms))),
    ]


def _built_ngrams(p: SentenceProfile) -> tuple[frozenset[object], frozenset[object]]:
    s = p.stems
    return (
        frozenset(zip(s, s[1:], strict=False)),
        frozenset(zip(s, s[1:], s[2:], s[3:], strict=False)),
    )


FEATURE_TEXTS = [
    *(text for pair in PARAPHRASES for text in pair),
    UNRELATED,
    "The bank said rates would not rise, and it didn't say when.",
    "Rates rose 2% in Frankfurt on Thursday, the bank said.",
    "Rates rose 3% in Frankfurt.",
    "Marines shot.",
    "",
]


@pytest.mark.parametrize("weighted", [False, True])
def test_features_equal_the_plain_features(weighted: bool) -> None:
    found = []
    for left in FEATURE_TEXTS:
        for right in FEATURE_TEXTS:
            a, b = _p(left), _p(right)
            weights = {t: 0.5 + len(t) / 7 for t in a.terms | b.terms} if weighted else None
            assert similarity.features(a, b, weights) == _plain_features(a, b, weights)
            found.append(similarity.features(a, b, weights)[FEATURES.index("fourgram_min")])
    assert any(0.0 < v < 1.0 for v in found) and 1.0 in found  # partial and whole 4-gram overlaps


def test_fourgrams_are_built_only_for_a_pair_sharing_a_bigram() -> None:
    a, b = _p("Rates rose 2% in Frankfurt."), _p("Frankfurt rates fell sharply.")
    similarity.features(a, b)
    assert a.terms & b.terms and not a.scoring.bigrams & b.scoring.bigrams
    assert a._fourgrams is None and b._fourgrams is None
    c = _p("Rates rose 2% in Berlin.")
    similarity.features(a, c)
    assert a._fourgrams == _built_ngrams(a)[1] and c._fourgrams is not None


@given(st.text(alphabet=st.sampled_from("ab 1²٣'’nt.,-é"), max_size=60))
def test_numbers_and_negation_follow_the_word_by_word_rule(text: str) -> None:
    for p in (_p(text), _p(text + " didn't 4"), _p("can't " + text)):
        assert p.numbers == frozenset(w for w in p.words if w[:1].isdigit())
        negated = not similarity._NEGATORS.isdisjoint(p.words)
        assert p.negated == (negated or any(w.endswith("n't") for w in p.words))


def test_numbers_and_negation_of_plain_and_unicode_words() -> None:
    assert _p("Rates rose in Frankfurt.").numbers == frozenset()
    assert _p("Rates rose ٣ points.").numbers == frozenset({"٣"})
    assert _p("They didn't go.").negated and not _p("They did go.").negated


def test_lazy_profiles_build_each_profile_on_first_need() -> None:
    from desktop.engine.model import Sentence
    from desktop.engine.similarity import LazyProfiles, profile

    text = "Talks will continue. Seoul agreed. Moscow did not comment."
    spans = (Sentence(0, 0, 20), Sentence(1, 21, 34), Sentence(2, 35, 59))
    lazy = LazyProfiles(text, spans, "en")
    assert len(lazy) == 3 and not lazy._built
    assert lazy[1] == profile(text, 21, 34, "en") and set(lazy._built) == {1}
    assert lazy[-1] is lazy[2]
    assert [p.words for p in lazy[0:2]] == [profile(text, 0, 20, "en").words, lazy[1].words]
    with pytest.raises(IndexError):
        lazy[3]
