"""Words of a full-text search: folding, Snowball stems, stop words and highlight spans.

The same rules on both backends: PostgreSQL's `russian` text search configuration (Snowball Russian
stemmer for Cyrillic words, Snowball English for Latin ones, its Russian stop word list) and, on
SQLite, the FTS5 index whose text is stemmed here before it is indexed (reception.db.appeal_search).
`ё` is `е` everywhere (folded before stemming).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-я]")

# PostgreSQL's tsearch_data/russian.stop (the Snowball list): words a query ignores.
_STOP_WORDS_TEXT = """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
    было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
    вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя
    их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
    какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно
    при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве
    три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
    конечно всю между"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
# A query keeps at most this many words (a pasted paragraph must not become a huge query).
MAX_QUERY_WORDS = 8

_local = threading.local()


def _stemmers() -> tuple[Stemmer.Stemmer, Stemmer.Stemmer]:
    # PyStemmer objects are not thread-safe: one pair per thread.
    pair: tuple[Stemmer.Stemmer, Stemmer.Stemmer] | None = getattr(_local, "stemmers", None)
    if pair is None:
        pair = (Stemmer.Stemmer("russian", 50_000), Stemmer.Stemmer("english", 10_000))
        _local.stemmers = pair
    return pair


def fold_word_text(text: str) -> str:
    """Lower case with `ё` as `е` (no white space folding: offsets matter to highlighting)."""
    return text.replace("ё", "е").replace("Ё", "Е").lower()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return _WORD.findall(fold_word_text(text))


def _stem_uncached(word: str) -> str:
    russian, english = _stemmers()
    if _CYRILLIC.search(word):
        return str(russian.stemWord(word))
    if word.isascii() and word.isalpha():
        return str(english.stemWord(word))
    return word


# word → stem: a bulk load stems millions of words of a small vocabulary (dict reads are atomic).
_cache: dict[str, str] = {}
_CACHE_LIMIT = 300_000


def stem(word: str) -> str:
    """The Snowball stem of one folded word (Russian for Cyrillic, English for Latin, digits as is)."""
    found = _cache.get(word)
    if found is None:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        found = _cache[word] = _stem_uncached(word)
    return found


def stem_text(text: str | None) -> str:
    """What the SQLite index holds for a text: its words' stems separated by spaces."""
    if not text:
        return ""
    found = words(text)
    try:  # a bulk load's common case: every word seen before (the loop stays in C)
        return " ".join(map(_cache.__getitem__, found))
    except KeyError:
        return " ".join(map(stem, found))


def query_words(text: str) -> list[str]:
    """Folded words of a search query without stop words, duplicates and beyond MAX_QUERY_WORDS."""
    seen: dict[str, None] = {}
    # "_" is a word character to \w but a separator to the SQLite index (FTS5 unicode61): a query
    # word holding one became a phrase, which the index (detail=column) refuses.
    for word in (part for joined in words(text) for part in joined.split("_") if part):
        if word not in STOP_WORDS:
            seen.setdefault(word, None)
    return list(seen)[:MAX_QUERY_WORDS]


@lru_cache(maxsize=256)
def highlight_terms(text: str) -> tuple[str, ...]:
    """Prefixes to highlight for a word query: each word as typed and its stem (folded)."""
    terms: dict[str, None] = {}
    for word in query_words(text):
        terms.setdefault(word, None)
        terms.setdefault(stem(word), None)
    return tuple(terms)


def highlight_spans(text: str, highlights: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the parts of `text` to highlight.

    A word is highlighted whole when its folded form starts with one of `highlights` (a stem finds
    every form: «квартир» marks «Квартиры»). A highlight that is not a word (a registration number,
    a phone, an e-mail) is marked where it occurs as a substring. Overlapping spans are merged.
    """
    if not text or not highlights:
        return ()
    folded = fold_word_text(text)
    if len(folded) != len(text):  # a character whose lower case is longer: give up rather than misplace
        return ()
    prefixes = tuple(h for h in highlights if h and _WORD.fullmatch(h))
    spans: list[tuple[int, int]] = []
    if prefixes:
        for match in _WORD.finditer(folded):
            if match.group().startswith(prefixes):
                spans.append(match.span())
    for other in (h for h in highlights if h and not _WORD.fullmatch(h)):
        start = folded.find(other)
        while start >= 0:
            spans.append((start, start + len(other)))
            start = folded.find(other, start + len(other))
    return _merged(spans)


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)
