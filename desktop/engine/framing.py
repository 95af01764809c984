"""Framing lexicons for English and Russian: reporting verbs and their connotation, hedges,
intensifiers, loaded words, tone (polarity), negators, number words, months and weekdays.

Entries are written as words or short phrases; they are matched on Snowball stems of the
normalised words (`lexicon.stem`), so "emphasized", "emphasizes" and "emphasize" are one entry.
`Lexicon.find(tokens)` gives every match in a sentence, longest phrase first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.engine import lexicon


def _words(text: str) -> list[str]:
    return text.split()


# Reporting verbs: connotation -> words. "neutral" verbs differ without changing the framing.
REPORTING_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "neutral": """say said says tell told state stated note noted add added report reported
            announce announced explain explained remark remarked comment commented mention
            mentioned observe observed indicate indicated write wrote confirm confirmed respond
            responded reply replied convey conveyed describe described pointed_out""",
        "emphatic": """emphasize emphasized emphasise emphasised stress stressed highlight
            highlighted underscore underscored underline underlined insist insisted reiterate
            reiterated warn warned urge urged vow vowed""",
        "distancing": """claim claimed allege alleged assert asserted contend contended purport
            purported argue argued""",
        "concessive": """concede conceded admit admitted acknowledge acknowledged confess
            confessed""",
        "denial": "deny denied dismiss dismissed reject rejected refute refuted",
        "hostile": """slam slammed accuse accused condemn condemned denounce
            denounced lash_out lashed_out boast boasted brag bragged""",
        "speculative": "suggest suggested speculate speculated hint hinted",
    },
    "ru": {
        # past forms (all genders and the plural share a stem) and the present tense, which
        # Snowball stems apart ("заявил" -> "заяв", "заявляет" -> "заявля")
        "neutral": """сказал сказала сказали говорит говорят заявил заявила заявили заявляет
            заявляют сообщил сообщила сообщили сообщает сообщают отметил отметила отметили
            отмечает отмечают добавил добавила добавили добавляет пояснил пояснила пояснили
            поясняет указал указала указали указывает рассказал рассказала рассказали
            рассказывает написал написала пишет пишут подтвердил подтвердила подтвердили
            подтверждает ответил ответила ответили отвечает констатировал констатировала
            передает передают передал передала уточнил уточнила уточнили уточняет
            прокомментировал прокомментировала объявил объявила объявили""",
        "emphatic": """подчеркнул подчеркнула подчеркнули подчеркивает подчеркивают настаивал
            настаивала настаивали настаивает настаивают настоял настояла акцентировал
            акцентировала предупредил предупредила предупредили предупреждает заверил
            заверила заверили заверяет призвал призвала призвали призывает потребовал
            потребовала потребовали требует пообещал пообещала пообещали""",
        "distancing": """утверждал утверждала утверждали утверждает утверждают
            уверял уверяла уверяет""",
        "concessive": """признал признала признали признает признают признался призналась
            согласился согласилась согласились соглашается""",
        "denial": """опроверг опровергла опровергли опровергает отрицал отрицала отрицали
            отрицает отрицают отверг отвергла отвергли отвергает""",
        "hostile": """раскритиковал раскритиковала раскритиковали критикует обвинил обвинила
            обвинили обвиняет обвиняют осудил осудила осудили осуждает""",
        "speculative": """предположил предположила предположили предполагает намекнул
            намекнула намекает допустил допустила""",
    },
}

HEDGES: dict[str, str] = {
    "en": """may might could reportedly allegedly apparently possibly perhaps likely unlikely
        probably purportedly seemingly supposedly appear appears appeared seem seems seemed
        unconfirmed rumoured rumored believed_to is_understood""",
    "ru": """якобы возможно вероятно может могут могла мог предположительно по-видимому видимо
        кажется вроде по_неподтвержденным_данным по_имеющимся_данным
        по_всей_видимости судя_по_всему не_исключено по_некоторым_данным""",
}

INTENSIFIERS: dict[str, str] = {
    "en": """very extremely highly deeply strongly sharply greatly hugely massively utterly
        totally completely absolutely incredibly truly really particularly especially
        significantly dramatically severely seriously fiercely vehemently bitterly clearly
        undoubtedly certainly definitely firmly""",
    "ru": """очень крайне чрезвычайно весьма абсолютно полностью совершенно категорически резко
        глубоко сильно особенно явно безусловно несомненно решительно
        жестко серьезно значительно однозначно действительно предельно""",
}

LOADED: dict[str, str] = {
    "en": """regime regimes so-called propaganda aggression aggressor aggressors crackdown
        crackdowns draconian notorious brutal brutally ruthless ruthlessly hardline hard-line
        militant militants dictator dictators despot despots junta illegitimate sham farce
        scandal scandalous disgraceful outrageous shameful hysteria hysterical russophobia
        russophobic provocation provocations provocative puppet puppets thug thugs extremist
        extremists terrorist terrorists infamous heavy-handed""",
    "ru": """режим так_называемый так_называемая так_называемые пропаганда агрессия агрессор
        провокация провокационный русофобия русофобский марионеточный хунта диктатор
        недружественный недружественные враждебный экстремист террорист позорный""",
}

TONE: dict[str, dict[str, str]] = {
    "en": {
        "positive": """constructive positive productive fruitful friendly warm cordial
            successful success good stable beneficial mutually_beneficial promising progress
            optimistic welcome welcomed improve improved improvement tangible momentum
            breakthrough""",
        "negative": """difficult hard tough tense tension tensions crisis strained hostile
            negative unfriendly bad poor deteriorate deteriorating deterioration decline worsen
            worsening conflict threat threaten escalate escalation dispute problem problems
            challenging collapse fail failure setback pessimistic worry worried troubled frosty
            rift standoff stalemate""",
    },
    "ru": {
        "positive": """конструктивный конструктивная конструктивное конструктивные
            конструктивно позитивный позитивные продуктивный плодотворный дружественный
            успешный успех взаимовыгодный взаимовыгодное перспективный стабильный хороший
            хорошие теплый прогресс прорыв""",
        "negative": """трудный трудные трудное трудная сложный сложные сложная тяжелый
            тяжелые напряженный напряженность кризис негативный враждебный конфликт угроза
            эскалация ухудшение проблема проблемы плохой спад провал""",
    },
}

NEGATORS: dict[str, frozenset[str]] = {
    "en": frozenset(
        _words("not no never n't nor neither without hardly nobody nothing none nowhere")
    ),
    "ru": frozenset(_words("не нет ни никогда без никто ничего нигде")),
}


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # index of the first token
    end: int  # index after the last token
    label: str  # connotation / polarity / kind of the entry


class Lexicon:
    """Phrases (tuples of stems) with a label each; matches longest phrase first."""

    def __init__(self, entries: dict[tuple[str, ...], str], stemmed: bool = True) -> None:
        self.stemmed = stemmed  # entries are stems (else normalised words)
        self._entries = entries
        self._longest: dict[str, int] = {}  # first word -> longest phrase starting with it
        for phrase in entries:
            self._longest[phrase[0]] = max(len(phrase), self._longest.get(phrase[0], 0))

    def find(self, words: tuple[str, ...]) -> list[Match]:
        """Matches in a sentence given as stems (or normalised words if not `stemmed`)."""
        out: list[Match] = []
        i = 0
        while i < len(words):
            hit = self._match_at(words, i) if words[i] in self._longest else None
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.end
        return out

    def _match_at(self, words: tuple[str, ...], i: int) -> Match | None:
        for n in range(min(self._longest[words[i]], len(words) - i), 0, -1):
            label = self._entries.get(words[i : i + n])
            if label is not None:
                return Match(i, i + n, label)
        return None


def _phrase(entry: str, language: str, stemmed: bool) -> tuple[str, ...]:
    words = lexicon.WORD.findall(lexicon.normalise(entry.replace("_", " ")))
    return tuple(lexicon.stem(w, language) if stemmed else w for w in words)


def _build(groups: dict[str, str], language: str, stemmed: bool = True) -> Lexicon:
    entries: dict[tuple[str, ...], str] = {}
    for label, words in groups.items():
        for entry in words.split():
            entries[_phrase(entry, language, stemmed)] = label
    return Lexicon(entries, stemmed)


def _lang(language: str) -> str:
    return language if language in REPORTING_VERBS else "en"


@lru_cache(maxsize=4)
def reporting_verbs(language: str) -> Lexicon:
    return _build(REPORTING_VERBS[_lang(language)], _lang(language))


@lru_cache(maxsize=4)
def tone(language: str) -> Lexicon:
    return _build(TONE[_lang(language)], _lang(language))


@lru_cache(maxsize=4)
def markers(language: str) -> Lexicon:
    """Hedges, intensifiers and loaded words in one lexicon, labelled by kind. English entries
    are matched as written ("highly" must not match "high"); Russian ones on stems (cases)."""
    lang = _lang(language)
    return _build(
        {"intensifier": INTENSIFIERS[lang], "loaded": LOADED[lang], "hedge": HEDGES[lang]},
        lang,
        stemmed=lang == "ru",
    )


def negators(language: str) -> frozenset[str]:
    return NEGATORS[_lang(language)]


# ---- numbers and dates ---------------------------------------------------------------------


def _table(spec: str) -> dict[str, float]:
    """ "three=3 третий=3" -> {"three": 3.0, "третий": 3.0}."""
    return {word: float(value) for word, value in (item.split("=") for item in spec.split())}


NUMBER_WORDS = _table(
    """zero=0 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11
    twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18
    nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
    dozen=12 hundred=100 два=2 две=2 двух=2 три=3 трех=3 четыре=4 четырех=4 пять=5 пяти=5
    шесть=6 шести=6 семь=7 семи=7 восемь=8 восьми=8 девять=9 девяти=9 десять=10 десяти=10
    двадцать=20 тридцать=30 сорок=40 пятьдесят=50 сто=100 один=1 одна=1 одного=1 одной=1
    одиннадцать=11 двенадцать=12 пятнадцать=15 двадцати=20 тридцати=30 сорока=40
    пятидесяти=50 шестьдесят=60 семьдесят=70 восемьдесят=80 девяносто=90 ста=100
    двести=200 триста=300 пятьсот=500 полтора=1.5 полторы=1.5 полутора=1.5"""
)
ORDINALS = _table(
    """third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 третий=3
    третьего=3 третьей=3 третью=3 четвертый=4 четвертого=4 четвертой=4 пятый=5 пятого=5
    пятой=5"""
)
MULTIPLIERS = _table(
    """hundred=1e2 thousand=1e3 million=1e6 millions=1e6 billion=1e9 billions=1e9
    trillion=1e12 bn=1e9 mln=1e6 тыс=1e3 тысяч=1e3 тысячи=1e3 тысяча=1e3 млн=1e6 миллион=1e6
    миллиона=1e6 миллионов=1e6 млрд=1e9 миллиард=1e9 миллиарда=1e9 миллиардов=1e9"""
)
PERCENT_WORDS = frozenset(_words("percent per процент процента процентов проц"))
MONTHS = _table(
    """january=1 jan=1 январь=1 января=1 январе=1 february=2 feb=2 февраль=2 февраля=2
    феврале=2 march=3 mar=3 март=3 марта=3 марте=3 april=4 apr=4 апрель=4 апреля=4 апреле=4
    may=5 май=5 мая=5 мае=5 june=6 jun=6 июнь=6 июня=6 июне=6 july=7 jul=7 июль=7 июля=7
    июле=7 august=8 aug=8 август=8 августа=8 августе=8 september=9 sep=9 sept=9 сентябрь=9
    сентября=9 сентябре=9 october=10 oct=10 октябрь=10 октября=10 октябре=10 november=11
    nov=11 ноябрь=11 ноября=11 ноябре=11 december=12 dec=12 декабрь=12 декабря=12
    декабре=12"""
)
WEEKDAYS = _table(
    """monday=0 понедельник=0 понедельника=0 tuesday=1 вторник=1 вторника=1 wednesday=2
    среда=2 среду=2 среды=2 thursday=3 четверг=3 четверга=3 friday=4 пятница=4 пятницу=4
    пятницы=4 saturday=5 суббота=5 субботу=5 субботы=5 sunday=6 воскресенье=6
    воскресенья=6"""
)
_ENGLISH_MONTH_NEEDS_CAPITAL = frozenset(_words("may march jan mar sept"))


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity or a date in a sentence: what it means (`key`) and where it is (tokens)."""

    key: tuple[object, ...]
    start: int  # character offsets into the sentence
    end: int

    @property
    def kind(self) -> tuple[object, ...]:
        """What the mention counts: a plain number, a percentage, an ordinal, a month..."""
        return self.key[::2] if self.key[0] == "number" else self.key[:1]

    def matches(self, other: Mention) -> bool:
        if self.key[0] != other.key[0] or len(self.key) != len(other.key):
            return False
        return all(
            a == b or a is None or b is None for a, b in zip(self.key, other.key, strict=True)
        )


def number_value(norm: str) -> float | None:
    """Value of a written number: "3", "1,200", "4.5", "4,5", "three", "twenty-five"."""
    if norm[:1].isdigit():
        return _digits_value(norm)
    if "-" in norm:
        parts = [NUMBER_WORDS.get(p) for p in norm.split("-")]
        known = [p for p in parts if p is not None]
        return float(sum(known)) if parts and len(known) == len(parts) else None
    value = NUMBER_WORDS.get(norm)
    return None if value is None else float(value)


def _digits_value(norm: str) -> float | None:
    parts = norm.split(",")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        norm = "".join(parts)
    else:
        norm = norm.replace(",", ".")
    try:
        return float(norm)
    except ValueError:
        return None


def mentions(toks: list[lexicon.Token], text: str) -> tuple[list[Mention], list[Mention]]:
    """(quantities, dates) named in a sentence; `toks` are `lexicon.tokens(text)`."""
    dates, used = _calendar(toks)
    numbers: list[Mention] = []
    i = 0
    while i < len(toks):
        found = None if i in used or not _numeric(toks[i].norm) else _quantity(toks, i, text)
        if found is None:
            i += 1
            continue
        mention, i = found
        (dates if mention.key[0] == "year" else numbers).append(mention)
    return numbers, dates


def _numeric(norm: str) -> bool:
    return norm[:1].isdigit() or norm in NUMBER_WORDS or norm in ORDINALS or "-" in norm


def _calendar(toks: list[lexicon.Token]) -> tuple[list[Mention], set[int]]:
    dates: list[Mention] = []
    used: set[int] = set()
    for i, tok in enumerate(toks):
        if _is_month(toks, i):
            first, last, day = _day_around(toks, i)
            dates.append(
                Mention(("month", MONTHS[tok.norm], day), toks[first].start, toks[last].end)
            )
            used.update(range(first, last + 1))
        elif tok.norm in WEEKDAYS and (tok.text[:1].isupper() or not tok.norm.isascii()):
            dates.append(Mention(("weekday", WEEKDAYS[tok.norm]), tok.start, tok.end))
            used.add(i)
    return dates, used


def _is_month(toks: list[lexicon.Token], i: int) -> bool:
    tok = toks[i]
    if tok.norm not in MONTHS:
        return False
    if not tok.norm.isascii():
        return True
    if not tok.text[:1].isupper():
        return False
    if tok.norm in _ENGLISH_MONTH_NEEDS_CAPITAL:
        return _day(toks, i + 1) is not None or _day(toks, i - 1) is not None or i > 0
    return True


def _day(toks: list[lexicon.Token], i: int) -> int | None:
    """The day of the month at token i: "5", and in Russian "5-го", "5-е"."""
    if not 0 <= i < len(toks):
        return None
    digits, _, ending = toks[i].norm.partition("-")
    if digits.isdigit() and 1 <= int(digits) <= 31 and ending in _DAY_ENDINGS:
        return int(digits)
    return None


_DAY_ENDINGS = frozenset(("", "го", "е", "ое", "ого"))


def _day_around(toks: list[lexicon.Token], i: int) -> tuple[int, int, int | None]:
    after = _day(toks, i + 1)
    if after is not None:
        return i, i + 1, after
    before = _day(toks, i - 1)
    if before is not None:
        return i - 1, i, before
    return i, i, None


def _quantity(toks: list[lexicon.Token], i: int, text: str) -> tuple[Mention, int] | None:
    tok = toks[i]
    value = number_value(tok.norm)
    if value is None:
        ordinal = ORDINALS.get(tok.norm)
        if ordinal is None:
            return None
        return Mention(("ordinal", ordinal), tok.start, tok.end), i + 1
    start = tok.start
    if _bare_decimal(text, tok):  # ".85" is 0.85
        value, start = float("0." + tok.norm), tok.start - 1
    value, j = _compound(toks, i, value)
    scaled = j < len(toks) and toks[j].norm in MULTIPLIERS
    if scaled:
        value *= MULTIPLIERS[toks[j].norm]
        j += 1
    unit, end, j = _percent(toks, j, text)
    if not scaled and not unit and len(tok.norm) == 4 and 1800 <= value <= 2100:
        return Mention(("year", int(value)), tok.start, tok.end), j
    return Mention(("number", round(value, 6), unit), start, end), j


def _compound(toks: list[lexicon.Token], i: int, value: float) -> tuple[float, int]:
    """A number written in several words ("двадцать пять", "сто двадцать"): its value and
    the index after it. Each word must fill a smaller place than the one before."""
    j, last = i + 1, value
    if not toks[i].norm.isalpha():
        return value, j
    while j < len(toks) and toks[j].norm in NUMBER_WORDS:
        part = NUMBER_WORDS[toks[j].norm]
        if last < 20 or last % 10 or not 1 <= part < (10 if last < 100 else 100):
            break
        value, last, j = value + part, part, j + 1
    return value, j


def _bare_decimal(text: str, tok: lexicon.Token) -> bool:
    before = text[max(0, tok.start - 2) : tok.start]
    return tok.norm.isdigit() and before.endswith(".") and not before[:1].isdigit()


def _percent(toks: list[lexicon.Token], j: int, text: str) -> tuple[str, int, int]:
    """("%", end offset, next token index) when a percent sign or word follows."""
    end = toks[j - 1].end
    rest = text[end : end + 3].lstrip()
    if rest.startswith("%"):
        return "%", text.index("%", end) + 1, j
    if j < len(toks) and toks[j].norm in PERCENT_WORDS:
        if toks[j].norm != "per":
            return "%", toks[j].end, j + 1
        if j + 1 < len(toks) and toks[j + 1].norm == "cent":
            return "%", toks[j + 1].end, j + 2
    return "", end, j
