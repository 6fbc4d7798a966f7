"""The search index entries of demo appeals, composed from the fragments their texts are made of.

Stemming a million whole texts (SQLite) or running `to_tsvector` over them (PostgreSQL, ~85 µs an
appeal on the server) costs more than the rest of a demo load. A demo text is made of a few
thousand distinct fragments (lead lines, addresses, pool sentences, names), so each fragment is
analysed once and an appeal's entry is joined from its fragments' results. The entry is the very
one the index's own function gives for the whole text: both tokenizers split words at white space,
the fragments are the text's white-space separated pieces in order, and a PostgreSQL fragment
knows how many positions it takes (stop words take one and give no lexeme). Tests compare every
demo appeal with `reception_stem` / `appeal_search_vector`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reception.domain.search_text import stem_text

# An appeal's search entry: the applicant's name key ('' for none) and the summary's and the
# text's fragments, in order.
Entry = tuple[str, Sequence[str], Sequence[str]]


class SqliteStems:
    """The FTS5 row values (name, summary stems, body stems) of demo appeals."""

    def __init__(self) -> None:
        self._stems: dict[str, str] = {}

    def _join(self, parts: Iterable[str]) -> str:
        cache = self._stems
        out = []
        for part in parts:
            stems = cache.get(part)
            if stems is None:
                if part.isascii() and part.isdigit():  # a number is its own stem; many are unique
                    out.append(part)
                    continue
                stems = cache[part] = stem_text(part)
            if stems:
                out.append(stems)
        return " ".join(out)

    def row(self, entry: Entry) -> tuple[str, str, str]:
        name_key, summary, text = entry
        return name_key, self._join(summary), self._join(text)


@dataclass(frozen=True, slots=True)
class _Analysed:
    """A fragment as `to_tsvector` sees it: (quoted lexeme + ':', position) and positions taken."""

    lexemes: tuple[tuple[str, int], ...]
    width: int
    last: int = 0  # the position of the last lexeme (0: none)


# Appended to a fragment to learn how many positions the fragment takes: its own position is one more.
_SENTINEL = "zzqqsentinelqqzz"
_RUSSIAN = "to_tsvector('russian', translate(f, 'Ёё', 'Ее') || ' ' || %(sentinel)s)"
_SIMPLE = "to_tsvector('simple', f || ' ' || %(sentinel)s)"
# One row per lexeme and position, the fragment by its number: no arrays and no fragment texts to read.
_ANALYSE = (
    "SELECT u.n, v.lexeme, p.position FROM unnest(%(fragments)s::text[]) WITH ORDINALITY AS u(f, n) "
    "CROSS JOIN LATERAL unnest({vector}) AS v CROSS JOIN LATERAL unnest(v.positions) AS p(position)"
)
# to_tsvector stores positions up to this one (and caps the rest): longer texts go to the server.
_MAX_POSITION = 16383
# PostgreSQL's parser reads an XML/HTML tag or comment as one token, spaces and all: a fragment
# holding "<" may belong to a token that spans fragments, so its appeal goes to the server.
_SERVER_ONLY = _Analysed((), -1)


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "':"


class PostgresVectors:
    """`appeals.search_vector` of demo appeals as tsvector text, equal to `appeal_search_vector`.

    That function is setweight(to_tsvector('simple', name key), 'A') || setweight(to_tsvector(
    'russian', summary), 'B') || setweight(to_tsvector('russian', text), 'D'), where `||` moves
    the right vector past the left one's last position. Fragments are analysed by the server itself
    (`learn`), so stemming and stop words are exactly its own.
    """

    def __init__(self) -> None:
        self._russian: dict[str, _Analysed] = {}
        self._simple: dict[str, _Analysed] = {}
        self._name_pieces, self._summary_pieces, self._text_pieces = _Pieces("A"), _Pieces("B"), _Pieces("")

    def learn(self, cursor: Any, entries: Iterable[Entry]) -> None:
        """Ask the server about the fragments of these entries it has not analysed yet."""
        russian, simple = self._russian, self._simple
        new_russian: dict[str, None] = {}
        new_simple: dict[str, None] = {}
        for name_key, summary, text in entries:
            for part in summary:
                if part not in russian:
                    new_russian[part] = None
            for part in text:
                if part not in russian:
                    new_russian[part] = None
            if name_key:
                for word in name_key.split():
                    if word not in simple:
                        new_simple[word] = None
        for fragment in [f for f in new_russian if f.isascii() and f.isdigit()]:
            russian[fragment] = _Analysed(((_quoted(fragment), 1),), 1, 1)  # a number: itself
            del new_russian[fragment]
        for analysed, new in ((russian, new_russian), (simple, new_simple)):
            for fragment in [f for f in new if "<" in f]:
                analysed[fragment] = _SERVER_ONLY
                del new[fragment]
        self._analyse(cursor, _RUSSIAN, list(new_russian), russian)
        self._analyse(cursor, _SIMPLE, list(new_simple), simple)

    @staticmethod
    def _analyse(cursor: Any, vector: str, fragments: list[str], into: dict[str, _Analysed]) -> None:
        if not fragments:
            return
        found: list[list[tuple[str, int]]] = [[] for _ in fragments]
        widths = [0] * len(fragments)
        cursor.execute(_ANALYSE.format(vector=vector), {"fragments": fragments, "sentinel": _SENTINEL})
        quoted: dict[str, str] = {}
        for number, lexeme, position in cursor.fetchall():
            if lexeme == _SENTINEL:
                widths[number - 1] = position - 1
            else:
                text = quoted.get(lexeme)
                if text is None:
                    text = quoted[lexeme] = _quoted(lexeme)
                found[number - 1].append((text, position))
        for fragment, lexemes, width in zip(fragments, found, widths, strict=True):
            lexemes.sort(key=lambda item: item[1])
            into[fragment] = _Analysed(tuple(lexemes), width, lexemes[-1][1] if lexemes else 0)

    def vector(self, entry: Entry) -> str | None:
        """The tsvector text, or None when the server must compute it (a text past 16,383 words)."""
        name_key, summary, text = entry
        out: list[str] = []
        top = self._place(name_key.split() if name_key else (), self._simple, 0, self._name_pieces, out)
        if top is None:
            return None
        summary_top = self._place(summary, self._russian, top, self._summary_pieces, out)
        if summary_top is None:
            return None
        if self._place(text, self._russian, summary_top, self._text_pieces, out) is None:
            return None
        return " ".join(out)

    @staticmethod
    def _place(
        parts: Iterable[str], analysed: dict[str, _Analysed], base: int, pieces: _Pieces, out: list[str]
    ) -> int | None:
        """Append the lexemes of `parts` at positions after `base`; the vector's last position after.

        Run for every fragment of a million texts: the look-ups are inlined (_Pieces.at)."""
        written = pieces.written.get
        top = offset = base
        for part in parts:
            fragment = analysed[part]
            if fragment.lexemes:
                piece = written((part, offset))
                if piece is None:
                    piece = pieces.at(part, fragment, offset)
                out.append(piece)
                top = offset + fragment.last
            elif fragment is _SERVER_ONLY:
                return None
            offset += fragment.width
        return top if offset < _MAX_POSITION else None


class _Pieces:
    """A fragment's lexemes written at an offset with a weight: the same few thousand fragments
    come at a few dozen offsets, so most appeals are joined from pieces written before."""

    LIMIT = 400_000

    def __init__(self, weight: str) -> None:
        self.weight = weight
        self.written: dict[tuple[str, int], str] = {}

    def at(self, part: str, fragment: _Analysed, offset: int) -> str:
        key = (part, offset)
        piece = self.written.get(key)
        if piece is None:
            weight = self.weight
            piece = " ".join(
                [f"{quoted}{offset + position}{weight}" for quoted, position in fragment.lexemes]
            )
            if len(self.written) < self.LIMIT:
                self.written[key] = piece
        return piece
