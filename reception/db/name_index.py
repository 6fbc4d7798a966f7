"""The word index of right holders' names (migration 0013): `holder_name_words`, kept by triggers.

Each distinct word of a right holder's `applicants.name_key` (reception.domain.text.name_words) is
a row; the right-holder search looks typed words up as prefix ranges on the word
(reception.services.properties). SQLite's triggers call `reception_name_words`, registered on every
connection here; PostgreSQL splits with its own `name_words_of` (the same separators, in SQL).
"""

from __future__ import annotations

import json

from reception.domain.text import name_words

TABLE = "holder_name_words"


def name_words_json(key: str | None) -> str:
    """The distinct words of a stored name key as a JSON array (SQLite reads it with json_each)."""
    return json.dumps(list(dict.fromkeys(name_words(key or ""))), ensure_ascii=False)


def register_sqlite_functions(dbapi_connection: object) -> None:
    """`reception_name_words(name_key)`: the words the index holds (called by the 0013 triggers)."""
    dbapi_connection.create_function(  # type: ignore[attr-defined]
        "reception_name_words", 1, name_words_json, deterministic=True
    )
