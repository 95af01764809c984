"""Reporting cues: the words by which an article credits a claim to a source.

These lists serve attribution (who said it), not framing: `framing.py` keeps its own list of
reporting verbs with their connotations. The English single-word verbs were derived from the
PolNeAR train split (surface forms annotated as a cue at least 45% of the times they occur and
at least 3 times), then curated by hand; the multi-word frames and the Russian lists are
written by hand.
"""

from __future__ import annotations

# Verbs that credit a source; the source is normally the noun phrase before the verb
# ("Kerry said"), or after it when the verb follows a quote or comma (", said Kerry").
VERBS_EN = frozenset(
    """
    said says say saying told tells telling wrote writes writing added adds adding
    asked asks asking noted notes noting announced announces announcing announce
    suggested suggests suggesting suggest argued argues arguing argue tweeted tweets tweeting
    described describes describing continued responded responds declared declares declaring
    declare explained explains explaining acknowledged acknowledges acknowledging acknowledge
    expressed express agreed pointed referring referred refers urged urges urging warned warning
    warn claimed claiming stated stating cited cites citing cite revealed reveals reveal
    concluded concludes conclude praised praises praising praise vowed vows vowing promised
    recalled recalling recounted insisted insists insisting insist questioned questioning
    rejected rejecting replied denied denies dismissed dismisses dismissing blasted blasts
    blasting denounced denouncing predicted predicts predicting confirmed confirming admitted
    admits charged blamed blames blaming complained complain echoed echoing reiterated
    reaffirmed mocked mocking asserted asserting assured conceded conceding joked jokingly
    reminded reminding voiced stressed stressing emphasized emphasizing emphasised emphasize
    highlighted highlighting decried decrying touted touting touts slammed slams slamming
    boasted boasts remarked remarking lamented laments lamenting shouted yelled chanted
    accused accuses accusing accuse criticized criticizes criticizing criticised criticize
    condemned condemning observed observes indicated indicates indicate underscored
    underscores signaled signalled hinted hints implied implying alleged alleges alleging
    opined testified clarified elaborated explained wondered speculated cautioned contends
    contended retweeted posted quoted commented mentioned mentions mentioning
    reported endorsed endorses recommended forecast disclosed
    announced assailed lambasted derided rebuked chided touted hailed
    thanked congratulated applauded predicted called calling calls found finds
    showed shows seemed seems appeared appears declined refused proposed defended supported
    sought named offered opposed recalling hopes expected criticizing
    """.split()
)

# Verbs that also take the inverted order ("...,” said Kerry; ", added the spokesman").
INVERTING_EN = frozenset(
    """
    said says added adds asked asks wrote writes noted notes explained explains continued
    replied responded tweeted stated argued argues insisted insists recalled observed
    remarked told tells warned concluded
    """.split()
)

# Reporting nouns, credited through a possessive ("Kerry's statement") or "in a statement".
NOUNS_EN = frozenset(
    """
    statement statements announcement assessment assertion claim accusation accusations
    allegation allegations suggestion admission explanation
    """.split()
)

# Multi-word frames: (words, where the source sits). "after" = the phrase right after the
# frame, "before" = the phrase before it. Matched case-insensitively on word tokens.
FRAMES_EN: tuple[tuple[tuple[str, ...], str], ...] = (
    (("according", "to"), "after"),
    (("as", "reported", "by"), "after"),
    (("as", "cited", "by"), "after"),
    (("cited", "by"), "after"),
    (("conveyed", "by"), "after"),
    (("offered", "by"), "after"),
    (("reported", "by"), "after"),
    (("voiced", "by"), "after"),
    (("expressed", "by"), "after"),
    (("stated", "by"), "after"),
    (("announced", "by"), "after"),
    (("comes", "through"), "after"),
    (("come", "through"), "after"),
    (("came", "through"), "after"),
    (("comes", "from"), "after"),
    (("pointed", "out"), "before"),
    (("pointing", "out"), "before"),
    (("points", "out"), "before"),
    (("pointed", "to"), "before"),
    (("called", "on"), "before"),
    (("called", "for"), "before"),
    (("calls", "for"), "before"),
    (("calling", "for"), "before"),
    (("spoke", "of"), "before"),
    (("went", "on", "to", "say"), "before"),
    (("goes", "on", "to", "say"), "before"),
    (("made", "it", "clear"), "before"),
    (("made", "clear"), "before"),
    (("makes", "clear"), "before"),
    (("talked", "about"), "before"),
    (("is", "expected"), "before"),
    (("are", "expected"), "before"),
)

# Words between a subject and its cue that belong to neither ("Kerry has also said").
AUXILIARIES_EN = frozenset(
    """
    has have had also was were is are will would did does do not never had just then later
    again once previously recently repeatedly publicly privately reportedly openly already
    quickly immediately further specifically frequently often first initially
    """.split()
)

# Russian: verb forms (past tense, all genders and plural, and the present tense).
VERBS_RU = frozenset(
    """
    заявил заявила заявили заявляет заявляют сообщил сообщила сообщили сообщает сообщают
    отметил отметила отметили отмечает отмечают сказал сказала сказали говорит говорят
    подчеркнул подчеркнула подчеркнули подчёркивает подчеркивает добавил добавила добавили
    пояснил пояснила пояснили указал указала указали признал признала признали рассказал
    рассказала рассказали напомнил напомнила напомнили считает считают полагает полагают
    уверен уверена уверены предупредил предупредила предупредили выразил выразила выразили
    передает передаёт передают пишет пишут констатировал констатировала убежден убеждена
    акцентировал акцентировала обратил обратила заверил заверила ответил ответила ответили
    прокомментировал прокомментировала высказал высказала
    настаивал настаивала настаивает настаивают утверждает утверждают утверждал утверждала
    уточнил уточнила уточнили уточняет подтвердил подтвердила подтвердили подтверждает
    добавляет поясняет объявил объявила объявили опроверг опровергла отрицает отрицал
    потребовал потребовала пообещал пообещала
    """.split()
)

# Russian frames whose source follows: "по словам X", "как сообщает ТАСС".
FRAMES_RU: tuple[tuple[tuple[str, ...], str], ...] = (
    (("по", "словам"), "after"),
    (("по", "данным"), "after"),
    (("по", "мнению"), "after"),
    (("по", "информации"), "after"),
    (("по", "сообщению"), "after"),
    (("со", "ссылкой", "на"), "after"),
    (("как", "сообщает"), "after"),
    (("как", "сообщают"), "after"),
    (("как", "передает"), "after"),
    (("как", "передаёт"), "after"),
    (("как", "пишет"), "after"),
    (("как", "заявил"), "after"),
    (("как", "заявила"), "after"),
    (("как", "отметил"), "after"),
    (("как", "отметила"), "after"),
    (("как", "сказал"), "after"),
    (("как", "сказала"), "after"),
    (("как", "сообщил"), "after"),
    (("как", "сообщила"), "after"),
    (("как", "сообщили"), "after"),
    (("как", "подчеркнул"), "after"),
    (("как", "подчеркнула"), "after"),
    (("как", "отмечает"), "after"),
    (("как", "пояснил"), "after"),
    (("как", "рассказал"), "after"),
    (("со", "слов"), "after"),
    (("по", "оценке"), "after"),
    (("по", "оценкам"), "after"),
    (("по", "сведениям"), "after"),
    (("согласно", "данным"), "after"),
    (("говорится", "в", "заявлении"), "after"),
    (("говорится", "в", "сообщении"), "after"),
)

AUXILIARIES_RU = frozenset("также уже ранее не тоже еще ещё вновь вчера сегодня".split())


def verbs(language: str) -> frozenset[str]:
    return VERBS_RU if language == "ru" else VERBS_EN


def frames(language: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    return FRAMES_RU if language == "ru" else FRAMES_EN


def auxiliaries(language: str) -> frozenset[str]:
    return AUXILIARIES_RU if language == "ru" else AUXILIARIES_EN
