"""Word lists for naming entities without a model: places, nationality words, event nouns,
months and weekdays, in English and Russian. Small on purpose: the capitalisation rules in
`entities.py` do most of the work, these lists only settle the kind and a few aliases.
"""

from __future__ import annotations

PLACES_EN = frozenset(
    """
    afghanistan africa alaska albania algeria america americas antarctica arctic argentina
    armenia asia atlantic australia austria azerbaijan baghdad baltic beijing belarus belgium
    berlin brazil brussels bulgaria california canada caucasus chicago chile china colombia
    crimea croatia cuba cyprus damascus delhi denmark donbas donetsk egypt england estonia
    ethiopia europe finland florida france gaza georgia germany greece hungary india indonesia
    iowa iran iraq ireland israel italy japan jerusalem kabul kazakhstan kiev kyiv korea
    kremlin kuwait latvia lebanon libya lithuania london luhansk macron mexico minsk moldova
    mongolia moscow netherlands nevada norway ohio pacific pakistan palestine paris peking
    persia philippines poland portugal pyongyang qatar riyadh romania rome russia scotland
    seoul serbia siberia singapore slovakia somalia spain stockholm sweden switzerland syria
    taiwan tehran texas thailand tokyo turkey ukraine uzbekistan venezuela vienna vietnam
    vladivostok wales warsaw washington yemen
    alabama arizona arkansas colorado connecticut delaware hawaii idaho illinois indiana
    kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska oklahoma oregon pennsylvania tennessee utah vermont virginia
    wisconsin wyoming manhattan brooklyn bronx boston atlanta miami dallas houston detroit
    philadelphia baltimore newark raleigh cairo kenya nigeria
    """.split()
) - {"macron", "kremlin"}

# Multi-word places, folded; matched on the whole chunk.
PLACE_PHRASES_EN = frozenset(
    """
    united states|united kingdom|south korea|north korea|republic of korea|korean peninsula|
    russian federation|new delhi|new york|north america|south america|latin america|
    middle east|far east|northeast asia|southeast asia|east asia|central asia|european union|
    hong kong|saudi arabia|united arab emirates|new zealand|south africa|sea of japan|
    white house|los angeles|san francisco|soviet union|democratic people's republic of korea|
    people's republic of china|the hague|new jersey|new hampshire|new mexico|north carolina|
    south carolina|north dakota|south dakota|west virginia|rhode island|capitol hill
    """.replace("\n", "").split("|")
)

PLACE_ALIASES = {
    "republic of korea": "south korea",
    "rok": "south korea",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "russian federation": "russia",
    "united states": "usa",
    "u.s.": "usa",
    "u.s": "usa",
    "u.k": "united kingdom",
    "us": "usa",
    "usa": "usa",
    "america": "usa",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "kiev": "kyiv",
    "рф": "росс",
}

PLACE_SUFFIXES = frozenset(
    "peninsula sea ocean river city region oblast province state island islands mountains "
    "valley bay strait gulf county district".split()
)

DEMONYMS = frozenset(
    """
    russian russians korean koreans american americans chinese japanese european europeans
    western eastern northern southern asian african ukrainian ukrainians british french
    german germans indian iranian israeli syrian soviet arab arabs muslim muslims christian
    democrat democrats republican republicans democratic conservative liberal pacific
    inter-korean
    """.split()
)

EVENT_WORDS = frozenset(
    """
    summit forum conference war games olympics olympic election elections congress festival
    talks meeting session assembly expo championship cup convention crisis revolution
    """.split()
)

MONTHS_EN = (
    "january february march april may june july august september october november december"
).split()
MONTH_ABBREVIATIONS_EN = "jan feb mar apr jun jul aug sep sept oct nov dec".split()
WEEKDAYS_EN = "monday tuesday wednesday thursday friday saturday sunday".split()

_SOFT = "(?:ь|я|е|ю|ём|ем)"
MONTHS_RU = [
    "январ" + _SOFT, "феврал" + _SOFT, "март(?:а|е|у|ом)?", "апрел" + _SOFT,
    "ма(?:й|я|е|ю|ем)", "июн" + _SOFT, "июл" + _SOFT, "август(?:а|е|у|ом)?",
    "сентябр" + _SOFT, "октябр" + _SOFT, "ноябр" + _SOFT, "декабр" + _SOFT,
]
WEEKDAYS_RU = [
    "понедельник(?:а|е|у|ом)?", "вторник(?:а|е|у|ом)?", "сред(?:а|у|ы|е|ой)",
    "четверг(?:а|е|у|ом)?", "пятниц(?:а|у|ы|е|ей)", "суббот(?:а|у|ы|е|ой)",
    "воскресень(?:е|я|ю|ем)",
]

# Russian place stems (Snowball Russian stems of the nominative and oblique forms agree).
PLACE_STEMS_RU = frozenset(
    """
    росс москв сеул коре кндр сша америк кита япон европ аз украин киев пхеньян вашингтон
    пекин токи лондон париж берлин канад арктик индии инд дел сибир владивосток крым
    белорусс казахста турц иран израил сири
    """.split()
)
DEMONYM_STEMS_RU = frozenset(
    "российск русск корейск южнокорейск северокорейск американск китайск японск".split()
)
