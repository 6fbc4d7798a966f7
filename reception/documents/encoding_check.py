"""Telling a wrong encoding from Windows-1251 in a file that is not valid UTF-8.

KOI8-R, DOS (CP866) and damaged UTF-8 all decode as Windows-1251 without an error, into garbage that
would be stored as addresses and names. Every check counts bytes with `bytes.translate` (C speed) or
looks at a bounded sample, so a 30 MB registry pays tens of milliseconds, not seconds.
"""

from __future__ import annotations

import math
import re

ASCII = bytes(range(0x80))
_NOT_CONTINUATION = bytes(b for b in range(0x100) if not 0x80 <= b <= 0xBF)
# Damaged UTF-8: at least this share of the high bytes still forms valid UTF-8 sequences (Cyrillic is
# two bytes, «» № – — three or two). Real Windows-1251 text scores near 0: a valid pair needs a capital
# letter followed by « » № – — ё, and even ALL-CAPS text full of «» and Ё stays below 0.25.
_UTF8_SHARE = 0.5

# Windows-1251 bytes: Russian letters and the letters of other Cyrillic alphabets (Ukrainian, Belarusian,
# Serbian, Macedonian). DOS (CP866) Russian read as Windows-1251 turns half of its letters into the latter
# (б в г е к п → Ў ў Ј Ґ Є Ї, capitals → Ђ Ѓ Љ Њ …), UTF-8 read as Windows-1251 too (о → Рѕ, с → СЃ).
_RUSSIAN = bytes([*range(0xC0, 0x100), 0xA8, 0xB8])
_FOREIGN = "ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐЄЇІіґєјЅѕї".encode("cp1251")
_NOT_RUSSIAN = bytes(b for b in range(0x100) if b not in _RUSSIAN)
_NOT_FOREIGN = bytes(b for b in range(0x100) if b not in _FOREIGN)
_FOREIGN_BYTE = re.compile(b"[" + re.escape(_FOREIGN) + b"]")
# CP866 Russian gives about 50 % of them among the Cyrillic letters, UTF-8 about 35 %; real Ukrainian,
# Belarusian or Serbian text 7-11 %, Russian 0. And at least a few words' worth before refusing a file.
_FOREIGN_SHARE = 0.25
_MIN_FOREIGN = 8

# KOI8-R read as Windows-1251: the same 32 letters in another order and the other case, «Москва» →
# «нПУЛЧБ». Judged on distinct words of a sample, so that one word repeated 100,000 times counts once:
# - case: words shaped lowercase-then-capitals outnumber capitalised ones (ALL-CAPS files have neither);
# - letters: each word's letter frequencies, as Russian read directly vs as KOI8-R, vote for one of them.
#   A single word may vote wrong (about 7 % of real words do: «объект», «ФГБУ»), many words do not.
_WORD = re.compile(rb"[\xa8\xb8\xc0-\xff]+")
_INVERTED = re.compile(rb"[\xb8\xe0-\xff][\xa8\xc0-\xdf]{2,}")
_CAPITALISED = re.compile(rb"[\xa8\xc0-\xdf][\xb8\xe0-\xff]{2,}")
_MIN_INVERTED = 5
_MIN_VOTES = 8  # words of 5+ letters needed for the letters alone to refuse a file (ALL-CAPS KOI8-R)
_VOTE_WORD = 5
_SAMPLE_HEAD = 256 * 1024  # the whole file up to twice this; then the head and windows spread over it
_SAMPLE_WINDOWS = 16
_SAMPLE_WINDOW = 16 * 1024
_SAMPLE_WORDS = 5000
# Letter frequencies of Russian text, per cent.
# fmt: off
_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
}
# fmt: on
# Per byte: log-likelihood of the letter as Windows-1251 over as KOI8-R (> 0: Windows-1251 is likelier).
_KOI8_SCORE = [
    math.log(
        _FREQUENCY[bytes([b]).decode("cp1251").lower()] / _FREQUENCY[bytes([b]).decode("koi8_r").lower()]
    )
    if b >= 0xC0
    else 0.0
    for b in range(0x100)
]


def mostly_utf8(raw: bytes, high: bytes) -> bool:
    """Whether most high bytes form valid UTF-8 sequences: then a bad byte is damage, not Windows-1251."""
    # Every valid sequence has at least as many continuation bytes (80-BF) as lead bytes: a cheap bound
    # that settles real Windows-1251 text (letters are C0-FF) without decoding it.
    if 2 * len(high.translate(None, _NOT_CONTINUATION)) < _UTF8_SHARE * len(high):
        return False
    valid = len(raw.decode("utf-8", "ignore").encode("utf-8")) - (len(raw) - len(high))
    return valid >= _UTF8_SHARE * len(high)


def misread_as_cp1251(raw: bytes, high: bytes) -> tuple[int, str] | None:
    """(offset of the first suspicious text, likely encoding or "") if Windows-1251 gives no Russian."""
    foreign = len(high.translate(None, _NOT_FOREIGN))
    if foreign >= _MIN_FOREIGN:  # the Russian letters are counted only then: a pass over the bytes saved
        russian = len(high.translate(None, _NOT_RUSSIAN))
        match = _FOREIGN_BYTE.search(raw) if foreign >= _FOREIGN_SHARE * (russian + foreign) else None
        if match is not None:
            return match.start(), "DOS (CP866)" if _reads_as_cp866(raw, match.start()) else ""
    inverted = capitalised = koi8_votes = cp1251_votes = 0
    for word in _sample_words(raw):
        if _INVERTED.fullmatch(word):
            inverted += 1
        elif _CAPITALISED.fullmatch(word):
            capitalised += 1
        if len(word) >= _VOTE_WORD:
            score = _koi8_score(word)
            koi8_votes += score < 0
            cp1251_votes += score > 0
    by_case = inverted >= _MIN_INVERTED and inverted > capitalised and koi8_votes > cp1251_votes
    by_letters = koi8_votes + cp1251_votes >= _MIN_VOTES and koi8_votes >= 3 * cp1251_votes
    if not (by_case or by_letters):
        return None
    for match in _WORD.finditer(raw):
        word = match.group()
        if _INVERTED.fullmatch(word) or (len(word) >= _VOTE_WORD and _koi8_score(word) < 0):
            return match.start(), "KOI8-R"
    return None  # not reached: the words that decided are the file's own


def _koi8_score(word: bytes) -> float:
    return sum(_KOI8_SCORE[b] for b in word)


def _sample_words(raw: bytes) -> list[bytes]:
    """The distinct Cyrillic words of the file, or of its head and windows spread over a large file."""
    if len(raw) <= 2 * _SAMPLE_HEAD:
        parts = [raw]
    else:
        span = len(raw) - _SAMPLE_HEAD - _SAMPLE_WINDOW
        starts = [_SAMPLE_HEAD + span * i // (_SAMPLE_WINDOWS - 1) for i in range(_SAMPLE_WINDOWS)]
        parts = [raw[:_SAMPLE_HEAD], *(raw[start : start + _SAMPLE_WINDOW] for start in starts)]
    words: dict[bytes, None] = {}
    for part in parts:
        words.update(dict.fromkeys(_WORD.findall(part)))
        if len(words) >= _SAMPLE_WORDS:
            break
    return list(words)[:_SAMPLE_WORDS]


def _line_at(raw: bytes, position: int) -> bytes:
    start = raw.rfind(b"\n", 0, position) + 1
    end = raw.find(b"\n", position)
    return raw[start : end if end >= 0 else len(raw)]


def _reads_as_cp866(raw: bytes, position: int) -> bool:
    """Whether the line at `position` is Russian text in CP866 (DOS): its non-ASCII characters letters."""
    text = _line_at(raw, position).decode("cp866", "replace")
    other = [c for c in text if not c.isascii()]
    return sum(c in "ёЁ" or "а" <= c.lower() <= "я" for c in other) >= 0.9 * len(other)


def cp1251_fragment(raw: bytes, position: int) -> str:
    """The text of the file around `position` as Windows-1251 reads it: from that cell on, 40 characters."""
    line_start = raw.rfind(b"\n", 0, position) + 1
    start = max(raw.rfind(separator, line_start, position) for separator in (b";", b"\t", b",", b'"')) + 1
    text = _line_at(raw, position)[max(start, line_start) - line_start :].decode("cp1251", "replace")
    text = text.strip()
    return text if len(text) <= 40 else text[:40].rstrip() + "…"
