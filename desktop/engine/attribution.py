"""Attributions: who each sentence credits, by which cue, and what is credited to them.

Rule-based over word tokens: a reporting cue (a verb such as "said", a frame such as
"according to" or "по словам", a possessive reporting noun, an "Attribution:" line) is found
first; its source is the noun phrase on the side the cue's grammar puts it; its content is the
"that"-clause, the quote, or the rest of the sentence. Pronouns and nominals ("he", "the
diplomat") are resolved to the last named person (see `sources.Antecedents`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from desktop.engine import cue_tagger, cues
from desktop.engine.entities import Mention, mentions_in
from desktop.engine.lexicon import Token, tokens
from desktop.engine.model import Attribution, Sentence, Span
from desktop.engine.phrases import (
    RELATIVES,
    appositive_after,
    appositive_subject,
    before_party,
    described_name,
    head_name,
    is_boundary,
    opens_description,
    phrase_after,
    phrase_before,
    relative_antecedent,
    sentence_subject,
    strip_span,
)
from desktop.engine.sources import (
    Antecedents,
    is_named,
    is_nominal,
    is_pronoun,
    readable,
    source_key,
)

_LABEL = re.compile(
    r"\[?\s*(Attribution|Source|Sources|Источник|Источники)\s*:\s*([^\]\n]+)", re.IGNORECASE
)
_LABEL_LEAD = re.compile(
    r"^(?:(?:official\s+)?statements?|reporting|remarks|comments|data|information|"
    r"заявлени[ея]|данные)\s+(?:from|by|of)\s+",
    re.IGNORECASE,
)
_OPENING_QUOTES = "“\"«„‘'"
_CLOSING_QUOTES = "”\"»’'"
_CONTENT_START = {"en": frozenset({"that"}), "ru": frozenset({"что", "чтобы"})}


class _Cue(NamedTuple):  # a tuple: made for every cue of every sentence
    first: int  # token index of the cue's first word
    last: int  # token index of its last word (inclusive)
    where: str  # "before", "after" or "either": where the source is looked for


def find_attributions(
    text: str,
    sentences: Sequence[Sentence],
    language: str,
    mentions: Sequence[Sequence[Mention]] | None = None,
) -> tuple[Attribution, ...]:
    """Every attribution in the article, in reading order, with pronouns resolved.
    `mentions`: each sentence's entity mentions, when the caller has them."""
    antecedents = Antecedents()
    quotes = _quotations(text)
    found: list[Attribution] = []
    for k, sentence in enumerate(sentences):
        made = _in_sentence(text, sentence, language, antecedents)
        found.extend(_outermost(made, quotes))
        named = mentions_in(text, sentence, language) if mentions is None else mentions[k]
        for mention in named:
            if mention.kind == "person":
                name = text[mention.start : mention.end]
                antecedents.name(name, mention.key, text[sentence.start : sentence.end])
    return tuple(found)


def _quotations(text: str) -> list[Span]:
    """Quoted passages (curly or straight quotes, within one paragraph)."""
    return [m.span() for m in _QUOTED.finditer(text)]


# curly, straight, guillemets, and two apostrophes (''...'', the New York Times' plain text)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|''(?:[^'\n]|'(?!'))*''")


def _outermost(made: list[Attribution], quotes: list[Span]) -> list[Attribution]:
    """Drop attributions nested in quoted speech: a reporting verb inside a quote belongs to
    the quoted speaker's words, not to the article's attributions."""
    return [a for a in made if not _quoted(a.cue_span[0], quotes)]


def _quoted(offset: int, quotes: list[Span]) -> bool:
    """Whether `offset` lies strictly inside a quote. `quotes` come from one `finditer`, so
    they are sorted and never overlap: only the last quote opening before `offset` can hold
    it (a binary search instead of a scan of every quote in the article)."""
    i = bisect_left(quotes, (offset,)) - 1
    return i >= 0 and offset < quotes[i][1]


def link_sources(
    left: Sequence[Attribution], right: Sequence[Attribution]
) -> tuple[tuple[Attribution, ...], tuple[Attribution, ...]]:
    """Mark attributions whose key is credited in both articles as shared."""
    both = {a.key for a in left if a.key} & {a.key for a in right if a.key}
    return tuple(_marked(a, both) for a in left), tuple(_marked(a, both) for a in right)


def _marked(a: Attribution, both: set[str]) -> Attribution:
    """`a`, shared or not (a new attribution only when that changes it)."""
    shared = a.key in both
    return a if a.shared == shared else replace(a, shared=shared)


def _in_sentence(
    text: str, sentence: Sentence, language: str, antecedents: Antecedents
) -> list[Attribution]:
    label = _label(text, sentence, language, antecedents)
    if label is None and sentence.id == 0 and language == "en":
        label = _headline(text, sentence, language, antecedents)
    if label is not None:
        return [label]
    toks = tokens(text, language, sentence.start, sentence.end)
    out: list[Attribution] = []
    opening: _Cue | None = None
    for cue in _cues(toks, text, language):
        made = _continued(text, toks, cue, out) or _attribute(
            text, sentence, toks, cue, language, antecedents
        )
        if made is not None:
            out.append(made)
        elif not out and _opening_participle(toks, cue):
            opening = cue
    if opening is not None and out:
        out.insert(0, _borrowed(text, toks, opening, out[0]))
    return _unnested(text, out)


def _opening_participle(toks: list[Token], cue: _Cue) -> bool:
    """ "Noting that ..., Allen said": a participle opening the sentence (or after "In")."""
    lead = cue.first == 0 or (cue.first == 1 and toks[0].norm in {"in", "by", "while", "after"})
    return lead and toks[cue.first].norm.endswith("ing")


def _borrowed(text: str, toks: list[Token], cue: _Cue, main: Attribution) -> Attribution:
    """The opening participle's attribution: the main clause's source, the words up to the
    comma as content."""
    end = next(
        (toks[i - 1].end for i in range(cue.last + 2, len(toks)) if is_boundary(text, toks, i)),
        toks[-1].end,
    )
    return replace(
        main,
        cue=text[toks[cue.first].start : toks[cue.last].end],
        cue_span=(toks[cue.first].start, toks[cue.last].end),
        content_span=_non_empty(strip_span(text, toks[cue.last].end, end)),
    )


def _unnested(text: str, made: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose cue lies in the clause another one of the sentence credits,
    with no punctuation between the two cues ("Kerry said that Lavrov claimed ..."): the
    article credits the outer source with all of it."""
    return [a for a in made if not any(_nested(text, a, b) for b in made)]


def _nested(text: str, inner: Attribution, outer: Attribution) -> bool:
    content = outer.content_span
    if content is None or outer.source_span == inner.source_span:
        return False
    if not (outer.cue_span[1] <= content[0] <= inner.cue_span[0] < content[1]):
        return False
    between = text[outer.cue_span[1] : inner.cue_span[0]]
    # commas inside a that-clause ("said that, if elected, he would claim") stay in it
    marks = _CLAUSE_MARKS[1:] if _THAT.match(text, content[0]) else _CLAUSE_MARKS
    if any(ch in between for ch in marks) or _NEW_CLAUSE.search(between):
        return False
    source = outer.source_span
    return source is None or text[source[0] : source[1]].casefold() not in RELATIVES


_CLAUSE_MARKS = ',;:—–()“”"\n'
_THAT = re.compile(r"that\b", re.IGNORECASE)
# "he supported Obama and said", "... when he told": the second cue opens a clause of its own
_NEW_CLAUSE = re.compile(r"\b(?:and|but|or|when|where|while|whereas)\s+(?:\w+\s+){0,3}$", re.I)


def _continued(
    text: str, toks: list[Token], cue: _Cue, earlier: list[Attribution]
) -> Attribution | None:
    """ "..., she said, adding that ...": a participle after a comma, or a cue after "and"
    ("he criticized the deal and said ..."), continues the sentence's previous attribution,
    with the same source."""
    word = toks[cue.first].norm
    participle = word.endswith("ing") and is_boundary(text, toks, cue.first)
    if cue.where == "after":
        return None  # ", according to X": the frame names its own source
    if not earlier or not (participle or _coordinated(text, toks, cue.first)):
        return None
    end = toks[-1].end
    clause = next((t.start for t in toks[cue.last + 1 :] if t.norm == "that"), None)
    content = strip_span(text, clause if clause is not None else toks[cue.last].end, end)
    return replace(
        earlier[-1],
        cue=text[toks[cue.first].start : toks[cue.last].end],
        cue_span=(toks[cue.first].start, toks[cue.last].end),
        content_span=_non_empty(content),
    )


def _coordinated(text: str, toks: list[Token], first: int) -> bool:
    """The cue follows "and"/"but" (with "also", "then" between), no punctuation before it."""
    i = first - 1
    while i > 0 and toks[i].norm in {"also", "then", "later", "has", "have", "had"}:
        i -= 1
    return i > 0 and toks[i].norm in {"and", "but"} and not is_boundary(text, toks, i + 1)


def _label(
    text: str, sentence: Sentence, language: str, antecedents: Antecedents
) -> Attribution | None:
    """An "Attribution: ..." line or "[Attribution: ...]" bracket."""
    if text.find(":", sentence.start, sentence.end) < 0:
        return None  # every label has a colon: most sentences are skipped without the regex
    match = _LABEL.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    start, end = strip_span(text, match.start(2), match.end(2))
    lead = _LABEL_LEAD.match(text[start:end])
    if lead:
        start += lead.end()
    if start >= end:
        return None
    source = text[start:end]
    key = source_key(source, language)
    shown = antecedents.name(readable(source), key) if is_named(source) else source
    return Attribution(
        sentence=sentence.id,
        source=shown,
        source_span=(start, end),
        cue=match.group(1),
        cue_span=(match.start(1), match.end(1)),
        content_span=None,
        key=key,
    )


def _headline(
    text: str, sentence: Sentence, language: str, antecedents: Antecedents
) -> Attribution | None:
    """ "Roger Stone: Don't Trust the Voting Machines": a headline credits the name before
    its colon (PolNeAR train: 60 of the 65 headlines found so are annotated with that cue).
    The colon holds no word token, so bench/polnear.py does not count the cue; on the train
    hold-out (98 articles, mixed) source F1 0.717 -> 0.721, content 0.726 -> 0.728."""
    match = _HEADLINE.match(text, sentence.start, sentence.end)
    if match is None or not _headline_source(match.group(1)):
        return None
    start, end = match.span(1)
    resolved = _resolve(text, (start, end), sentence, language, antecedents)
    if resolved is None:
        return None
    source, key, _ = resolved
    colon = match.start(2)
    return Attribution(
        sentence=sentence.id,
        source=source,
        source_span=(start, end),
        cue=":",
        cue_span=(colon, colon + 1),
        content_span=_non_empty(strip_span(text, colon + 1, sentence.end)),
        key=key,
    )


# up to three capitalised words before the colon, after an optional "EXCLUSIVE – "
_HEADLINE = re.compile(
    r"(?:[A-Z]+\s+[–—-]\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*(:)\s+\S"
)
# headline labels that credit nobody ("The Latest: ...", "BREAKING: ...")
_HEADLINE_LABELS = frozenset(
    "latest breaking revealed exclusive update watch video photos poll read related note "
    "correction bombshell daily leaked look wow".split()
)


def _headline_source(phrase: str) -> bool:
    """Not a label: no label word, and no shouted word longer than an initialism ("BOOM")."""
    words = phrase.split()
    if any(w.casefold().strip(".") in _HEADLINE_LABELS for w in words):
        return False
    return not any(w.isupper() and len(w) > 3 for w in words)


def _cues(toks: list[Token], text: str, language: str) -> list[_Cue]:
    """Reporting cues in the sentence, frames first, then single verbs and nouns."""
    found: list[_Cue] = []
    taken: set[int] = set()
    starts = _frames_by_first_word(language)
    words = list(map(_NORM, toks))
    for i in _where(words, starts):
        frame = _frame_at(words, i, language)
        if frame is not None and taken.isdisjoint(range(frame.first, frame.last + 1)):
            found.append(frame)
            taken.update(range(frame.first, frame.last + 1))
    for single in _single_cues(toks, text, language, words):
        if not taken or taken.isdisjoint(range(single.first, single.last + 1)):
            found.append(single)
            taken.update(range(single.first, single.last + 1))
    if len(found) > 1:
        found.sort(key=_first)
    return found


def _first(cue: _Cue) -> int:
    return cue.first


_NORM = attrgetter("norm")


def _where(words: list[str], wanted: Container[str]) -> list[int]:
    """Positions of the words in `wanted` (the test per word made in C)."""
    return list(compress(range(len(words)), map(wanted.__contains__, words)))


def _single_cues(toks: list[Token], text: str, language: str, words: list[str]) -> list[_Cue]:
    """Cues outside the frames: the learned tagger for English when its weights ship,
    otherwise (and for Russian) the verb and noun lists. `words` are the tokens' norms."""
    if language != "ru" and cue_tagger.available():
        tagged = [_Cue(a, b, "either") for a, b in cue_tagger.cue_runs(text, toks, words)]
        if cues.NOUNS_EN.isdisjoint(words):
            return tagged
        nouns = [c for i in _where(words, cues.NOUNS_EN) if (c := _noun_cue(toks, i))]
        return nouns + tagged
    return [c for i in range(len(toks)) if (c := _single_cue(toks, text, i, language))]


def _noun_cue(toks: list[Token], i: int) -> _Cue | None:
    if toks[i].norm in cues.NOUNS_EN and i > 0 and _possessive(toks[i - 1]):
        return _Cue(i, i, "possessive")
    return None


def _frame_at(words: list[str], i: int, language: str) -> _Cue | None:
    """The frame whose words start at word i (`words`: the tokens' norms)."""
    for frame, where in _frames_by_first_word(language).get(words[i], ()):
        end = i + len(frame)
        if tuple(words[i:end]) == frame:
            return _Cue(i, end - 1, where)
    return None


@lru_cache(maxsize=2)
def _frames_by_first_word(language: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, where in cues.frames(language):
        index.setdefault(words[0], []).append((words, where))
    return index


def _single_cue(toks: list[Token], text: str, i: int, language: str) -> _Cue | None:
    norm = toks[i].norm
    if norm in cues.verbs(language):
        if i > 0 and toks[i - 1].norm in {"the", "a", "an", "his", "her", "their", "its", "to"}:
            return None
        return _Cue(_with_auxiliary(toks, i), i, "either")
    return _noun_cue(toks, i) if language != "ru" else None


def _with_auxiliary(toks: list[Token], i: int) -> int:
    """Start the cue at a perfect-tense auxiliary ("has said")."""
    if i > 0 and toks[i - 1].norm in {"has", "have", "had"}:
        return i - 1
    return i


def _possessive(tok: Token) -> bool:
    return tok.norm.endswith("'s") or tok.norm.endswith("s'")


def _attribute(
    text: str,
    sentence: Sentence,
    toks: list[Token],
    cue: _Cue,
    language: str,
    antecedents: Antecedents,
) -> Attribution | None:
    found = _source_tokens(text, toks, cue, language)
    if found is None:
        return None
    span, written = found
    if not _meaningful(toks, cue, span, language):
        return None
    source_span = (toks[span[0]].start, toks[written].end)
    resolved = _resolve(
        text,
        _antecedent_span(text, toks, span, language) or (source_span[0], toks[span[1]].end),
        sentence,
        language,
        antecedents,
    )
    if resolved is None:
        return None
    source, key, _ = resolved
    return Attribution(
        sentence=sentence.id,
        source=source,
        source_span=source_span,
        cue=text[toks[cue.first].start : toks[cue.last].end],
        cue_span=(toks[cue.first].start, toks[cue.last].end),
        content_span=_non_empty(_content(text, sentence, toks, cue, span, language)),
        key=key,
    )


def _antecedent_span(
    text: str, toks: list[Token], span: tuple[int, int], language: str
) -> Span | None:
    """For a relative "who"/"which" source, the phrase it refers to ("Zhelokhovtsev who")."""
    if span[0] != span[1] or toks[span[0]].norm not in RELATIVES:
        return None
    before = relative_antecedent(text, toks, span[0], language)
    return None if before is None else (toks[before[0]].start, toks[before[1]].end)


def _meaningful(toks: list[Token], cue: _Cue, span: tuple[int, int], language: str) -> bool:
    """Reject a cue made only of function words ("was") or a source that has no content word
    ("a")."""
    words = [t for t in toks[cue.first : cue.last + 1] if not t.stop]
    source = [t for t in toks[span[0] : span[1] + 1] if not t.stop]
    first = toks[span[0]].text
    credited = is_pronoun(first, language) or _speaker(first) or first.casefold() in RELATIVES
    return bool(words) and (bool(source) or credited)


# "I believe", "we asked", "it said" (a report, a group): the op-ed's writer or a body named
# earlier, kept as written with no key, so never linked across articles. On the train
# hold-out (98 articles, mixed), with "which" accepted as a source: cue F1 0.722 -> 0.728,
# source 0.721 -> 0.725
_SPEAKERS = frozenset("i we it".split())


def _speaker(phrase: str) -> bool:
    return phrase.casefold() in _SPEAKERS


def _source_tokens(
    text: str, toks: list[Token], cue: _Cue, language: str
) -> tuple[tuple[int, int], int] | None:
    """The source's token range, and the last token of the source as written (past the
    range when a description follows the name: "Jeff Bechdel, chairman of America Rising")."""
    if cue.where == "after":
        return _written(phrase_after(text, toks, cue.last + 1, language))
    if cue.where == "possessive":
        return _written(phrase_before(text, toks, cue.first, language, possessive=True))
    if _passive_by(toks, cue):
        return _written(phrase_after(text, toks, cue.last + 2, language))
    if language == "en" and _agentless_passive(toks, cue):
        return None
    if _inverted(text, toks, cue, language):
        after = phrase_after(text, toks, cue.last + 1, language)
        if after is None or language == "ru":
            return _written(after)
        return after, appositive_after(text, toks, after[1]) or after[1]
    before = phrase_before(text, toks, cue.first, language)
    if before is None and language != "ru":
        described = appositive_subject(text, toks, cue.first, language) or described_name(
            text, toks, cue.first, language
        )
        if described is not None:
            return described
    if before is None:
        return _written(sentence_subject(text, toks, cue.first, language))
    return _written(before)


def _written(span: tuple[int, int] | None) -> tuple[tuple[int, int], int] | None:
    return None if span is None else (span, span[1])


def _appositive_before(text: str, toks: list[Token], first: int) -> bool:
    """ "Steve Huhn, a former vice president, said Fiorina ...": the subject is before the
    comma-delimited description, so the verb is not inverted."""
    if first < 3 or text[toks[first - 1].end : toks[first].start].strip() != ",":
        return False
    for i in range(first - 1, 0, -1):
        if is_boundary(text, toks, i):
            gap = text[toks[i - 1].end : toks[i].start].strip()
            return gap == "," and opens_description(toks[i])

    return False


def _agentless_passive(toks: list[Token], cue: _Cue) -> bool:
    """ "The law was blocked.", "The discussions were framed around bilateral ties": a
    passive credits nobody (its subject is what was acted on, and no "by" names the agent).
    Anywhere in the sentence, not only at its end: on the PolNeAR train hold-out (the last 14
    articles of each publisher) source precision 0.758 -> 0.770, F1 0.713 -> 0.717; cue F1
    0.726 -> 0.722, as the passive's cue goes with it."""
    i = cue.first
    while i > 0 and toks[i - 1].norm.endswith("ly"):
        i -= 1
    be = (toks[i].norm in _BE and i < cue.last) or (i > 0 and toks[i - 1].norm in _BE)
    return be and toks[cue.last].norm.endswith("ed")


_BE = frozenset("is was are were be been being".split())


def _passive_by(toks: list[Token], cue: _Cue) -> bool:
    """ "opposed by Democrats", "was criticized by libertarians": the source follows "by"."""
    nxt = cue.last + 1
    if not (nxt + 1 < len(toks) and toks[nxt].norm == "by" and toks[cue.last].norm.endswith("ed")):
        return False
    # "said in a statement released by the campaign": only the participle is passive
    return all(
        t.norm in _BE or t.norm in cues.AUXILIARIES_EN or t.norm.endswith("ly")
        for t in toks[cue.first : cue.last]
    )


def _inverted(text: str, toks: list[Token], cue: _Cue, language: str) -> bool:
    """ ", said Kerry" / "заявил Лавров": the source follows the verb."""
    nxt = cue.last + 1
    if nxt >= len(toks) or is_boundary(text, toks, nxt):
        return False
    if language == "ru":  # "заявил Лавров", "Об этом сообщил Лавров"
        before = phrase_before(text, toks, cue.first, language)
        return before is None or all(t.stop for t in toks[before[0] : before[1] + 1])
    if toks[cue.last].norm not in cues.INVERTING_EN:
        return False
    if not (cue.first == 0 or is_boundary(text, toks, cue.first)):
        return False
    if (
        _appositive_before(text, toks, cue.first)
        or before_party(text, toks, cue.first - 1) < cue.first - 1
    ):
        return False
    after = phrase_after(text, toks, nxt, language)
    if after is None:
        return False
    first = toks[nxt]
    if not (first.text[:1].isupper() or first.norm in _INVERTED_OPENERS):
        return False
    if is_pronoun(first.text, language) and after[1] > nxt:
        return False  # ", says he will vote": the pronoun opens the content's clause
    following = after[1] + 1
    return (
        following >= len(toks)
        or is_boundary(text, toks, following)
        or toks[following].norm in {"who", "in", "on", "at", "during", "to", "for", "of", "with"}
    )


# lower-case words that may open an inverted subject (", wrote one commenter")
_INVERTED_OPENERS = frozenset("the a an he she they one another some many several".split())


def _resolve(
    text: str, span: Span, sentence: Sentence, language: str, antecedents: Antecedents
) -> tuple[str, str, Span] | None:
    phrase = text[span[0] : span[1]]
    if _speaker(phrase):
        return phrase, "", span
    if is_pronoun(phrase, language) or is_nominal(phrase):
        return _resolve_reference(phrase, span, language, antecedents)
    name_span = head_name(text, span, language)
    name = text[name_span[0] : name_span[1]] if name_span else phrase
    key = source_key(name, language)
    if name_span is not None and is_named(name):
        context = text[sentence.start : sentence.end]
        return antecedents.name(readable(name), key, context), key, span
    antecedents.anyone.append((phrase, key))
    return phrase, key, span


def _resolve_reference(
    phrase: str, span: Span, language: str, antecedents: Antecedents
) -> tuple[str, str, Span]:
    found = antecedents.resolve(phrase, language)
    if found is None:
        key = "" if is_pronoun(phrase, language) else source_key(phrase, language)
        return phrase, key, span
    return found[0], found[1], span


def _content(
    text: str,
    sentence: Sentence,
    toks: list[Token],
    cue: _Cue,
    source: tuple[int, int],
    language: str,
) -> Span | None:
    """What is credited: a that-clause, a quote before the source, or the rest."""
    end = strip_span(text, sentence.start, sentence.end)[1]
    if source[0] > cue.last:
        return _content_around(text, sentence, toks, cue, source, end)
    clause = _that_clause(text, toks, cue.last + 1, language)
    if clause is not None:
        return (toks[clause].start, end)
    quoted = _quote_before(text, sentence, toks[min(source[0], cue.first)].start)
    if quoted is not None:
        return quoted
    if cue.last + 1 < len(toks):
        return strip_span(text, toks[cue.last + 1].start, end)
    return None


def _content_around(
    text: str,
    sentence: Sentence,
    toks: list[Token],
    cue: _Cue,
    source: tuple[int, int],
    end: int,
) -> Span | None:
    """Source after the cue: the content is before it ("..., according to X", "“...,” said X")
    unless that is a passive stub ("This stance was conveyed by X"), or after it ("according
    to X, ...")."""
    passive_stub = cue.first < 4 and toks[cue.first - 1].norm in _COPULAS
    if cue.first >= 3 and not passive_stub:
        return strip_span(text, sentence.start, toks[cue.first].start)
    framed = toks[cue.first].norm in _FRAMED_BEFORE
    if framed and source[1] + 1 < len(toks) and is_boundary(text, toks, source[1] + 1):
        return strip_span(text, toks[source[1] + 1].start, end)
    return None


_FRAMED_BEFORE = frozenset("according по со как".split())
_COPULAS = frozenset("is was are were be been being это".split())


def _non_empty(span: Span | None) -> Span | None:
    return span if span is not None and span[0] < span[1] else None


def _that_clause(text: str, toks: list[Token], after: int, language: str) -> int | None:
    """Index of a "that"/"что" opening the content within a few words of the cue and before
    any punctuation ("said, adding that" is the next attribution's clause)."""
    starts = _CONTENT_START.get(language, _CONTENT_START["en"])
    for i in range(after, min(after + 6, len(toks))):
        if toks[i].norm in starts:
            return i
        if is_boundary(text, toks, i):
            return None
    return None


def _quote_before(text: str, sentence: Sentence, before: int) -> Span | None:
    """The quotation that ends just before the source ("“...,” he added")."""
    head = text[sentence.start : before].rstrip(" ,\u00a0")
    if not head or head[-1] not in _CLOSING_QUOTES:
        return None
    if head.endswith("''"):  # ''...,'' said X: the opening pair of apostrophes
        opening = head.rfind("''", 0, len(head) - 2)
    else:
        opening = max(head.rfind(q, 0, len(head) - 1) for q in _OPENING_QUOTES)
    start = sentence.start + (opening if opening >= 0 else 0)
    return strip_span(text, start, sentence.start + len(head))
