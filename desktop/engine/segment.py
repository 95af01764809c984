"""Sentences with character offsets into the text exactly as the user gave it.

Pure regular expressions and a few word lists (pysbd is far too slow for 5,000-sentence
articles, see NOTES.md). Every line break starts a new paragraph, except a hard-wrapped line
(the previous line has no closing punctuation and this one opens in lower case). Within a
paragraph a sentence ends at ".", "!", "?" or "…" (plus any closing quotes and brackets)
followed by white space, unless the word before it is an abbreviation, an initial, a month
before a day, a list number, or the next word opens in lower case; an ellipsis inside an open
quotation is a pause, not an end.
"""

from __future__ import annotations

import re

from desktop.engine.lexicon import STOP_WORDS
from desktop.engine.model import Sentence

_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# sentence-final punctuation with its closing quotes and brackets, before white space; or a
# full stop glued to the next sentence ("end.The next", common in text pasted from the web)
_END = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?:(?=\s|$)|(?P<glued>(?=[A-ZА-ЯЁ][a-zа-яё])))"
)
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_LONGEST_ABBREVIATION = 24  # characters looked back for the word before a full stop
_NEXT_WORD = re.compile(r"\s+[\"'“‘«„(\[]*(\S*)")
_LIST_ITEM = re.compile(r"[-*•–—#>]|\d{1,3}[.)]\s|[a-zA-Z][.)]\s")
_WRAP_WIDTH = 100  # longest line of a hard-wrapped text
_CLOSING = frozenset(".!?…:;\"'”’»)]")
_OPENING = "\"'“‘«„([{*_"

# never end a sentence: titles before names, and words always followed by more
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen gens sen sens rep reps gov govs lt col capt sgt cmdr adm maj
    rev hon st mt ft
    supt det insp pres atty vs v cf viz e.g i.e approx dept univ fig
    г им ул д пр пл просп проф акад доц тов гр св пос обл р-н т.е т.к напр см ср ок""".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_BEFORE_NUMBER = frozenset("no nos vol vols p pp art arts ch sec para ст п гл рис табл №".split())
# abbreviations that may end a sentence: they do when a usual sentence opener follows
_MAYBE_FINAL = frozenset(
    """inc corp ltd co jr sr bros plc llc a.m p.m u.s u.k u.n e.u др гг млн млрд тыс руб коп
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)
# list closers: end the sentence whenever a capital follows
_LIST_END = frozenset("etc т.д т.п и.т.д и.т.п".split())
_OPENERS = STOP_WORDS["en"] | STOP_WORDS["ru"]


def split_sentences(text: str, language: str = "en") -> tuple[Sentence, ...]:
    """Sentences of `text`, ids 0..n-1 in reading order, trimmed of white space, never empty.

    `language` is accepted for symmetry with the rest of the engine; the abbreviation lists
    of English and Russian are both consulted (they never clash: different scripts)."""
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_paragraphs(text)):
        for s, e in _split_paragraph(text, start, end):
            out.append(Sentence(len(out), s, e, paragraph))
    return tuple(out)


# ---- paragraphs ----------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed; hard-wrapped lines joined to the one above."""
    lines = [span for m in _LINE.finditer(text) if (span := _trim(text, *m.span()))[0] < span[1]]
    adjacent = [
        len(_LINE_BREAK.findall(text, a[1], b[0])) == 1
        for a, b in zip(lines, lines[1:], strict=False)
    ]
    wrapped_text = _hard_wrapped(text, lines, adjacent)
    blocks: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(lines):
        if k and adjacent[k - 1] and _continues(text, blocks[-1][1], start, wrapped_text):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _hard_wrapped(text: str, lines: list[tuple[int, int]], adjacent: list[bool]) -> bool:
    """Text wrapped at a fixed width (e-mail, plain-text exports): most lines that run straight
    into another line stop without closing punctuation, and no line is very long."""
    open_ends = [
        text[lines[k][1] - 1] not in _CLOSING for k, joined in enumerate(adjacent) if joined
    ]
    if len(open_ends) < 3 or sum(open_ends) < 0.6 * len(open_ends):
        return False
    return max(end - start for start, end in lines) <= _WRAP_WIDTH


def _continues(text: str, previous_end: int, start: int, wrapped_text: bool) -> bool:
    """A line that continues the sentence above: the line above has no closing punctuation
    and this one opens in lower case, or the whole text is hard-wrapped and this line is not
    a list item."""
    if text[previous_end - 1] in _CLOSING:
        return False
    if text[start].islower():
        return True
    return wrapped_text and _LIST_ITEM.match(text, start) is None


# ---- sentences within a paragraph ----------------------------------------------------------


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    paragraph = start
    for m in _END.finditer(text, start, end):
        if m.group("glued") is not None:
            if not _glued(text, m, start):
                continue
            cut, following = m.end(), m.end()
        else:
            word = _NEXT_WORD.match(text, m.end(), end)
            if word is None or not _is_boundary(text, m, word.group(1), start):
                continue
            if _ellipsis_in_quote(text, m, paragraph):
                continue
            cut, following = m.end(), m.end() + _skip_space(text, m.end(), end)
        spans.append((start, cut))
        start = following
    if start < end:
        spans.append((start, end))
    return spans


def _ellipsis_in_quote(text: str, m: re.Match[str], paragraph: int) -> bool:
    """"“We will not back down … The people are with us,” she said": an ellipsis that leaves
    a quotation open is a pause inside it ("…” The" closes the quotation and ends there)."""
    mark = m.group()
    if not (mark.startswith("…") or mark.startswith("..")) or mark.rstrip(".…") != "":
        return False
    before = text[paragraph : m.start()]
    typographic = sum(before.count(q) for q in "“«„") - sum(before.count(q) for q in "”»")
    return typographic > 0 or before.count('"') % 2 == 1


def _glued(text: str, m: re.Match[str], start: int) -> bool:
    """ "closed.The": one full stop right after two lower-case letters."""
    at = m.start()
    return (
        m.group() == "." and at - start >= 2 and text[at - 1] in _LOWER and text[at - 2] in _LOWER
    )


def _skip_space(text: str, pos: int, end: int) -> int:
    """How many white-space characters follow `pos` (before `end`)."""
    n = pos
    while n < end and text[n].isspace():
        n += 1
    return n - pos


def _is_boundary(text: str, m: re.Match[str], following: str, paragraph_start: int) -> bool:
    first = following[:1]
    if not first or first.islower():
        return False
    mark = m.group()
    if mark[0] != "." or mark[:2] == "..":
        return True  # "?", "!", "…", "..." before a word that does not open in lower case
    word_start = _word_start(text, m.start(), paragraph_start)
    word = text[word_start : m.start()].lstrip(_OPENING)
    return _full_stop_ends(text, word, following, word_start == paragraph_start, word_start)


def _word_start(text: str, pos: int, floor: int) -> int:
    """Start of the word that ends at `pos` (looking back a bounded distance)."""
    limit = max(floor, pos - _LONGEST_ABBREVIATION)
    while pos > limit and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _full_stop_ends(text: str, word: str, following: str, first: bool, at: int) -> bool:
    if not word:
        return True
    low = word.casefold().rsplit("-", 1)[-1]  # "then-Rep."
    if low in _NEVER_FINAL:
        return low == "г" and _after_number(text, at)  # "в 2020 г. Компания" ends there
    if len(word) == 1 and word.isalpha():
        return not (word.isupper() or first)  # initials "J. R. R.", list items "a."
    if first and word.isdigit():
        return False  # "1. First item"
    if following[:1].isdigit() and (low in _MONTHS or low in _BEFORE_NUMBER):
        return False  # "Jan. 5", "No. 7"
    if low in _LIST_END:
        return True
    if low in _MAYBE_FINAL or "." in word:
        return following.rstrip(".,;:!?\"'”’»)").casefold() in _OPENERS  # "the U.S. The"
    return True


def _after_number(text: str, at: int) -> bool:
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j].isdigit()
