"""compare() and reclassify(): the demo pair, Russian articles, caching, JSON shape, summary."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop import resources
from desktop.engine import (
    SCHEMA,
    Article,
    CompareOptions,
    Comparison,
    classify,
    compare,
    reclassify,
    similarity,
)


@pytest.fixture(scope="module")
def demo() -> Comparison:
    left, right = resources.demo_pair()
    return compare(
        Article(left.read_text(encoding="utf-8"), outlet="RIA News", path=str(left)),
        Article(right.read_text(encoding="utf-8"), path=str(right)),
    )


def pair_ids(c: Comparison) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(p.left, p.right) for p in c.pairs]


def test_demo_pair_alignment(demo: Comparison) -> None:
    # checked by eye: the same claims, told differently
    assert pair_ids(demo) == [
        (
            (0,),
            (5,),
        ),  # "keeping open lines of communication" / "channels of communication remain open"
        ((4,), (4,)),  # cooperation "with tangible momentum" / "tangible areas of cooperation"
        ((5,), (2,)),  # "sustain channels of dialogue" / "the dialogue remains constructive"
        ((13,), (11, 12)),  # observers watching the regional implications (split on the right)
        ((14,), (13,)),  # the two attribution lines
    ]
    assert all(p.kind == "framing" for p in demo.pairs)
    assert demo.unique_left == (1, 2, 3, 6, 7, 8, 9, 10, 11, 12)
    assert demo.unique_right == (0, 1, 3, 6, 7, 8, 9, 10)


def test_demo_pair_sentences(demo: Comparison) -> None:
    left, right = demo.left, demo.right
    assert (len(left.sentences), len(right.sentences)) == (15, 14)
    assert left.sentence_text(0).startswith("Moscow places a high priority")
    assert left.sentence_text(14) == (
        "Attribution: statements from the Ministry of Foreign Affairs of the Russian Federation."
    )
    assert right.sentence_text(13) == "[Attribution: agency reporting and official statements]"
    assert [s.paragraph for s in left.sentences] == [0, 0, 0, 1, 1, 2, 2, 2, 3, 4, 4, 5, 5, 5, 5]
    assert left.language == right.language == "en"
    assert left.article.outlet == "RIA News"


def test_demo_pair_summary(demo: Comparison) -> None:
    s = demo.summary
    assert (s.overlap, s.framing, s.unique_left, s.unique_right) == (0, 5, 10, 8)
    assert 10.0 < s.similarity < 25.0  # about 37% of the words, all in framing pairs
    assert 0.2 < s.shared_share_left < 0.5 and 0.2 < s.shared_share_right < 0.5
    assert "Ivan Zhelokhovtsev" in s.sources_only_left
    assert "Andrei Rudenko" in s.sources_only_right
    assert "RIA News" in s.entities_only_left
    assert "Eastern Economic Forum" in s.entities_only_right


def test_demo_pair_evidence(demo: Comparison) -> None:
    first = demo.pairs[0]
    left_text = demo.left.sentence_text(0)
    assert "".join(d.text for d in first.diff if d.op != "right") == left_text
    assert "".join(d.text for d in first.diff if d.op != "left") == demo.right.sentence_text(5)
    merged = demo.pairs[3]
    rebuilt = "".join(d.text for d in merged.diff if d.op != "left")
    right = demo.right
    assert rebuilt == right.text[right.sentences[11].start : right.sentences[12].end]


def test_identical_articles_overlap_everywhere() -> None:
    text = (
        "The central bank raised interest rates by half a point on Thursday. "
        "Floods in the northern province destroyed two bridges and a hospital."
    )
    c = compare(text, text)
    assert [(p.left, p.right, p.kind) for p in c.pairs] == [
        ((0,), (0,), "overlap"),
        ((1,), (1,), "overlap"),
    ]
    assert c.summary.similarity > 90.0
    assert c.summary.shared_share_left == c.summary.shared_share_right == 1.0


def test_reworded_claim_is_framing_and_unmatched_sentences_are_unique() -> None:
    left = (
        "Officials said the dam broke after heavy rain on Monday. "
        "The football club signed a Brazilian striker."
    )
    right = (
        "Officials insisted the dam collapsed after catastrophic rain on Monday. "
        "Shares in the airline fell sharply."
    )
    c = compare(left, right)
    assert [(p.left, p.right, p.kind) for p in c.pairs] == [((0,), (0,), "framing")]
    assert (c.unique_left, c.unique_right) == ((1,), (1,))
    assert {cue.type for cue in c.pairs[0].cues} & {"reporting_verb", "loaded", "intensifier"}


RU_LEFT = (
    "Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Южной Кореи "
    "в Москве.\n"
    "Стороны обсудили экономическое сотрудничество и ситуацию на Корейском полуострове.\n"
    "По словам Лаврова, Москва готова восстановить прямое авиасообщение с Сеулом уже весной."
)
RU_RIGHT = (
    "Прямое авиасообщение между Москвой и Сеулом может быть восстановлено весной, заявил "
    "Лавров.\n"
    "Глава МИД Южной Кореи прибыл в Москву на переговоры с Сергеем Лавровым.\n"
    "Погода в столице в этот день была тёплой."
)


def test_two_russian_articles_compare_sensibly() -> None:
    c = compare(RU_LEFT, RU_RIGHT)
    assert c.left.language == c.right.language == "ru"
    assert [len(c.left.sentences), len(c.right.sentences)] == [3, 3]
    assert pair_ids(c) == [((0,), (1,)), ((2,), (0,))]
    assert (c.unique_left, c.unique_right) == ((1,), (2,))
    assert c.summary.sources_shared == ("Сергей Лавров",)


def test_language_option_overrides_detection() -> None:
    c = compare("Мир.", "Peace.", CompareOptions(language="en"))
    assert c.left.language == c.right.language == "en"
    detected = compare("Мир и дружба.", "Peace and friendship.")
    assert (detected.left.language, detected.right.language) == ("ru", "en")


def test_strings_and_articles_are_both_accepted() -> None:
    c = compare(Article("Rates rose.", title="T", outlet="O", path="/x"), "Rates rose.")
    data = c.to_dict()
    assert data["documents"][0]["title"] == "T" and data["documents"][1]["title"] is None
    assert c.right.article == Article("Rates rose.")


def test_json_shape(demo: Comparison) -> None:
    data: dict[str, Any] = json.loads(json.dumps(demo.to_dict()))
    assert data["schema"] == SCHEMA == "parallax.comparison/1"
    assert [d["side"] for d in data["documents"]] == ["left", "right"]
    doc = data["documents"][0]
    assert {"title", "outlet", "path", "text", "sentences", "attributions", "entities"} <= set(doc)
    assert set(doc["sentences"][0]) >= {"id", "start", "end"}
    attribution = doc["attributions"][0]
    assert set(attribution) >= {
        "sentence",
        "source",
        "source_span",
        "cue",
        "cue_span",
        "content_span",
        "key",
        "shared",
    }
    assert set(doc["entities"][0]) >= {"text", "kind", "spans", "shared"}
    pair = data["pairs"][0]
    assert set(pair) >= {"left", "right", "kind", "score", "diff", "cues"}
    assert pair["left"] == [0] and pair["right"] == [5]
    assert set(pair["diff"][0]) == {"op", "text"}
    assert set(data["unique"]) == {"left", "right"}
    summary = data["summary"]
    assert {"overlap", "framing", "unique_left", "unique_right", "similarity"} <= set(summary)
    for s in doc["sentences"]:
        assert doc["text"][s["start"] : s["end"]].strip() == doc["text"][s["start"] : s["end"]]


class Counting:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scores = self.analyses = 0
        score, analyse = similarity.pair_score, classify.analyse_pair

        def counted_score(*args: Any, **kwargs: Any) -> float:
            self.scores += 1
            return score(*args, **kwargs)

        def counted_analyse(*args: Any, **kwargs: Any) -> classify.PairEvidence:
            self.analyses += 1
            return analyse(*args, **kwargs)

        monkeypatch.setattr(similarity, "pair_score", counted_score)
        monkeypatch.setattr(classify, "analyse_pair", counted_analyse)


def test_new_overlap_threshold_only_relabels(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The central bank raised interest rates by half a point on Thursday."
    c = compare(text, text.replace("raised", "lifted"))
    assert [p.kind for p in c.pairs] == ["overlap"]
    counting = Counting(monkeypatch)
    strict = CompareOptions(overlap_threshold=100.0)
    relabelled = reclassify(c, strict)
    assert (counting.scores, counting.analyses) == (0, 0)
    assert pair_ids(relabelled) == pair_ids(c)
    assert [p.kind for p in relabelled.pairs] == ["framing"]
    assert relabelled.summary.framing == 1 and relabelled.summary.overlap == 0
    assert relabelled.options == strict
    assert [p.kind for p in reclassify(relabelled, CompareOptions()).pairs] == ["overlap"]


def test_new_match_threshold_reassigns_without_rescoring_edges(
    demo: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    strict = CompareOptions(match_threshold=12.0)
    fresh = compare(demo.left.article, demo.right.article, strict)
    counting = Counting(monkeypatch)
    again = reclassify(demo, strict)
    assert counting.scores == 0
    assert pair_ids(again) == pair_ids(fresh)
    assert len(again.pairs) < len(demo.pairs)
    assert again.summary == fresh.summary
    back = reclassify(again, CompareOptions())
    assert counting.analyses == 0
    assert pair_ids(back) == pair_ids(demo)


def test_new_language_compares_afresh(demo: Comparison) -> None:
    c = reclassify(demo, CompareOptions(language="ru"))
    assert c.left.language == "ru"


def test_options_are_recorded(demo: Comparison) -> None:
    assert demo.options == CompareOptions()


def test_summary_counts_shares_sources_and_names() -> None:
    from desktop.engine.model import Attribution, ClaimPair, Document, Entity, Sentence
    from desktop.engine.summary import summarise

    def doc(
        side: str, text: str, sources: list[tuple[str, str]], names: list[tuple[str, bool]]
    ) -> Document:
        sentences = (
            Sentence(0, 0, text.index(".") + 1),
            Sentence(1, text.index(".") + 2, len(text)),
        )
        return Document(
            side=side,  # type: ignore[arg-type]
            article=Article(text),
            language="en",
            sentences=sentences,
            attributions=tuple(
                Attribution(0, name, None, "said", (0, 1), None, key, shared=False)
                for name, key in sources
            ),
            entities=tuple(
                Entity(n, "person", ((0, 1),), n.lower(), shared) for n, shared in names
            ),
        )

    left = doc(
        "left",
        "One two three. Four.",
        [("Ivan Petrov", "petrov"), ("Petrov", "petrov"), ("RIA", "ria")],
        [("Seoul", True), ("Lee", False)],
    )
    right = doc(
        "right",
        "Five six. Seven eight nine ten.",
        [("Petrov", "petrov"), ("TASS", "tass")],
        [("Seoul", True), ("Kim", False), ("Kim", False)],
    )
    pairs = [ClaimPair((0,), (1,), "framing", 50.0)]
    s = summarise(left, right, pairs)
    assert (s.overlap, s.framing, s.unique_left, s.unique_right) == (0, 1, 1, 1)
    assert s.shared_share_left == pytest.approx(3 / 4)
    assert s.shared_share_right == pytest.approx(4 / 6)
    assert s.similarity == pytest.approx(100.0 * 0.5 * (3 + 4) / (4 + 6))
    assert s.sources_shared == ("Ivan Petrov",)
    assert (s.sources_only_left, s.sources_only_right) == (("RIA",), ("TASS",))
    assert (s.entities_only_left, s.entities_only_right) == (("Lee",), ("Kim",))


def test_names_only_one_side_has_are_ranked_by_mentions() -> None:
    left = (
        "Kim met Lee in Busan. Kim spoke first. Kim left early. "
        "Park arrived later. Park and Kim talked."
    )
    right = "Officials met in Busan on Monday."
    only_left = compare(left, right).summary.entities_only_left
    assert only_left[:3] == ("Kim", "Park", "Lee")


def test_sources_only_one_side_credits_are_ranked_by_credits() -> None:
    left = (
        "Rudenko spoke first, Interfax reported. Lavrov said talks would resume. "
        "Lavrov added that Seoul had agreed. Lavrov told reporters the date was set."
    )
    right = "Officials met in Seoul on Monday."
    only_left = compare(left, right).summary.sources_only_left
    assert only_left[0] == "Lavrov"
    assert set(only_left) >= {"Lavrov", "Interfax"}


# ---- the cyclic collector is paused while comparing ---------------------------------------


def test_collector_is_paused_during_compare_and_back_on_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from desktop.engine import align

    seen = []
    real_align = align.align

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_align(*args, **kwargs)

    monkeypatch.setattr(align, "align", spy)
    assert gc.isenabled()
    compare("Rudenko met Park Jin in Seoul.", "Park Jin met Rudenko in Seoul.")
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    import gc

    gc.disable()
    try:
        compare("Rudenko met Park Jin in Seoul.", "Park Jin met Rudenko in Seoul.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_errors_switch_the_collector_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from desktop.engine import align

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(align, "align", broken)
    with pytest.raises(RuntimeError):
        compare("Rudenko met Park Jin.", "Park Jin met Rudenko.")
    assert gc.isenabled()


def test_overlapping_compares_switch_the_collector_on_when_the_last_ends() -> None:
    import gc

    from desktop.engine.compare import _collector_paused

    with _collector_paused():
        with _collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_comparison_keeps_its_profiles_lazily_and_they_score_the_same() -> None:
    from desktop.engine import similarity

    text = "The central bank raised interest rates by half a point on Thursday."
    c = compare(text, text.replace("raised", "lifted"))
    kept = c.alignment.alignment
    assert isinstance(kept.left, similarity.LazyProfiles) and not kept.left._built
    assert len(kept.left) == len(c.left.sentences) == 1
    first = c.left.sentences[0]
    assert kept.left[0] == similarity.profile(c.left.text, first.start, first.end, "en")
    assert kept.left[0] is kept.left[-1]  # built once
    rebuilt = similarity.pair_score(kept.left[0], kept.right[0], kept.weights)
    assert rebuilt == kept.edges[0].score
    assert c.summary == reclassify(c, CompareOptions()).summary  # word counts kept


def test_credits_sent_by_the_worker_are_the_credits_found_here(demo: Comparison) -> None:
    import importlib

    compare_module = importlib.import_module("desktop.engine.compare")
    for doc in (demo.left, demo.right):
        reading = compare_module._reading(doc)
        sent = compare_module._credits_in_worker(reading)
        assert all(type(f) is tuple for part in sent for f in part)  # plain tuples travel
        here = compare_module._credits(doc)
        assert here[0] and here[1]
        assert compare_module._received(sent) == here
        named = compare_module._named(doc)  # mentions found here, sent along
        assert len(named) == len(doc.sentences) and any(named)
        assert compare_module._credits_in_worker(reading, named) == sent


def test_summary_from_the_profiles_word_counts_equals_the_summary_counting_words(
    demo: Comparison,
) -> None:
    import importlib

    from desktop.engine.summary import summarise

    compare_module = importlib.import_module("desktop.engine.compare")
    words = compare_module._words(demo.alignment.alignment)
    assert words[0] and words[1] and sum(words[0]) > len(words[0])
    summary = summarise(demo.left, demo.right, demo.pairs, words)
    assert summary == summarise(demo.left, demo.right, demo.pairs) == demo.summary


def test_mentions_for_the_worker_are_found_in_the_one_string_of_their_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same article opened again arrives as a new string: its mentions are looked up
    with the string the cache already holds (not compared in full on every lookup), for the
    worker and when read here."""
    import importlib

    from desktop.engine import entities

    compare_module = importlib.import_module("desktop.engine.compare")
    text = " ".join(["Ivan Petrov said talks with Seoul would resume."] * 100)
    seen: list[str] = []
    real = entities.mentions_in

    def recording(t: str, sentence: Any, language: str) -> Any:
        seen.append(t)
        return real(t, sentence, language)

    monkeypatch.setattr(entities, "mentions_in", recording)
    docs = [
        compare_module._sentences("right", Article("".join(list(text))), CompareOptions())
        for _ in range(2)
    ]
    assert docs[0].text is not docs[1].text
    assert compare_module._named(docs[0]) == compare_module._named(docs[1])
    assert len(seen) == 200 and all(t is seen[0] for t in seen)
    assert compare_module._credits(docs[0]) == compare_module._credits(docs[1])  # read here
    assert len(seen) == 400 and all(t is seen[0] for t in seen)
