"""Bytes to text for the text-like formats: BOM, UTF-8, UTF-16, then a guarded detector.

Order (measured in NOTES.md): a byte-order mark; UTF-16 without a mark, recognised by its
NUL pattern; strict UTF-8; a refusal for binary data; charset-normalizer, corrected for the
two families it gets wrong: Cyrillic (cp1251 against koi8-r and friends, chosen by how much
of the text reads as lower-case Russian) and Latin (cp1252 unless the bytes carry Central
European letters, since the detector answers cp1250 for French and German).
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from desktop.formats.errors import ReadError

BINARY = "looks like binary data, not text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 64 * 1024
_CONTROL = frozenset(range(0x20)) - frozenset(b"\t\n\r\f\v\x1b")
_CYRILLIC_GUESSES = frozenset(
    {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "cp1125", "mac_cyrillic"}
)
_LATIN = frozenset(
    {
        "cp1250",
        "cp1252",
        "latin_1",
        "iso8859_1",
        "iso8859_2",
        "iso8859_15",
        "mac_roman",
        "mac_latin2",
        "cp850",
        "cp852",
    }
)
_DOUBLE_BYTE = frozenset(
    {
        "big5",
        "big5hkscs",
        "cp932",
        "cp949",
        "cp950",
        "euc_jp",
        "euc_jis_2004",
        "euc_jisx0213",
        "euc_kr",
        "gb2312",
        "gbk",
        "gb18030",
        "hz",
        "johab",
        "shift_jis",
        "shift_jis_2004",
        "shift_jisx0213",
    }
)
_OTHER_ALPHABETS = frozenset(
    {
        "cp1253",
        "cp1255",
        "cp1256",
        "cp737",
        "cp869",
        "cp862",
        "cp864",
        "cp720",
        "mac_greek",
        "mac_arabic",
        "tis_620",
        "cp874",
    }
)
_CYRILLIC_CANDIDATES = ("cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic")
# Bytes that mean a Central European letter in cp1250 and a symbol, a gap or a rare letter
# in cp1252: Š š Ž ž Ť ť Ź ź ł ą Ą ľ Ľ ş Ş ő ű ţ.
_CENTRAL_EUROPEAN = frozenset(
    b"\x8a\x9a\x8e\x9e\x8d\x9d\x8f\x9f\xb3\xb9\xa5\xbe\xbc\xba\xaa\xf5\xfb\xfe"
)
# Bytes that mean a common Western letter in cp1252 (à À å Å) and a rare one in cp1250.
_WESTERN = frozenset(b"\xe0\xc0\xe5\xc5")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of `data`; `encoding` (any Python codec name) overrides detection."""
    if encoding:
        return _decode_as(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], name, codec)
    return _undeclared(data, name)


def known_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark or the UTF-16 NUL pattern declares, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return _utf16_by_nuls(data[:_SAMPLE])


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
        text = data.decode(codec)
    except LookupError:
        raise ReadError(name, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        reason = f"not valid {encoding} text (byte 0x{bad} at offset {exc.start})"
        raise ReadError(name, reason) from None
    return text[1:] if text.startswith("\ufeff") else text


def _undeclared(data: bytes, name: str) -> str:
    utf16 = _utf16_by_nuls(data[:_SAMPLE])
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    # NUL is valid UTF-8 but never in text (UTF-16 was handled above): binary, not text
    if b"\x00" in data[:_SAMPLE]:
        raise ReadError(name, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _cut_off_utf8(data, exc.start):
            return data.decode("utf-8", errors="replace")
    if looks_binary(data):
        raise ReadError(name, BINARY)
    return data.decode(_guess(data), errors="replace")


def _cut_off_utf8(data: bytes, bad: int) -> bool:
    """UTF-8 text cut off in the middle of its last character."""
    tail = data[bad:]
    return (
        len(tail) <= 3
        and any(b >= 0x80 for b in data[:bad])
        and 0xC2 <= tail[0] <= 0xF4
        and all(0x80 <= b <= 0xBF for b in tail[1:])
    )


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, an archive, an executable."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > 0.05 * len(sample)


def _utf16_by_nuls(sample: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in every other byte (spaces, digits, Latin letters)."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0) / pairs
    odd = sample[1 : pairs * 2 : 2].count(0) / pairs
    if odd >= 0.1 and even <= 0.01:
        return "utf-16-le"
    if even >= 0.1 and odd <= 0.01:
        return "utf-16-be"
    return None


def _guess(data: bytes) -> str:
    sample = data[:_SAMPLE]
    best = from_bytes(sample).best()
    detected = codecs.lookup(best.encoding).name.replace("-", "_") if best else None
    if detected in _CYRILLIC_GUESSES:
        return _best_cyrillic(sample)
    if detected in _LATIN or not _runs_of_high_bytes(sample):
        return _best_latin(sample)
    # Short Russian text often comes back as a CJK or DOS guess: unless the detector
    # named another alphabet (Greek, Hebrew, Arabic, Thai), Cyrillic-range runs are Russian.
    if _mostly_cyrillic_range(sample) and not _other_alphabet(detected):
        return _best_cyrillic(sample)
    # CJK text is mostly non-ASCII bytes; a few pairs in Western text are mojibake ("Ã¡").
    if (detected is None or detected in _DOUBLE_BYTE) and _high_share(sample) < 0.3:
        return _best_latin(sample)
    return detected or _best_cyrillic(sample)


def _high_share(sample: bytes) -> float:
    return sum(1 for b in sample if b >= 0x80) / max(len(sample), 1)


def _other_alphabet(codec: str | None) -> bool:
    if codec is None:
        return False
    return codec in _OTHER_ALPHABETS or codec.startswith(("iso8859_6", "iso8859_7", "iso8859_8"))


def _runs_of_high_bytes(sample: bytes) -> bool:
    """Non-ASCII bytes that come in runs: whole words outside ASCII (Cyrillic, Greek, CJK)."""
    high = [i for i, b in enumerate(sample) if b >= 0x80]
    if not high:
        return False
    positions = set(high)
    in_runs = sum(1 for i in high if i - 1 in positions or i + 1 in positions)
    return in_runs > 0.5 * len(high)


def _mostly_cyrillic_range(sample: bytes) -> bool:
    high = [b for b in sample if b >= 0x80]
    letters = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8, 0xA3, 0xB3))
    return letters >= 0.9 * len(high)


def _best_cyrillic(sample: bytes) -> str:
    return max(_CYRILLIC_CANDIDATES, key=lambda codec: _cyrillic_score(sample, codec))


def _cyrillic_score(sample: bytes, codec: str) -> int:
    """Lower-case Cyrillic letters count for, capitals and symbols against."""
    text = sample.decode(codec, errors="replace")
    score = 0
    for ch in text:
        if ch < "\x80":
            continue
        if "а" <= ch <= "я" or ch == "ё":
            score += 1
        elif "А" <= ch <= "Я" or ch == "Ё":
            score -= 1
        else:
            score -= 2
    return score


def _best_latin(sample: bytes) -> str:
    """cp1252 unless the text is Central European (the detector cannot tell them apart)."""
    central = sum(1 for b in sample if b in _CENTRAL_EUROPEAN)
    western = sum(1 for b in sample if b in _WESTERN)
    return "cp1250" if central > western else "cp1252"
