"""Full-text search over appeals: the per-backend index of migration 0009 and its queries.

PostgreSQL: `appeals.search_vector` (tsvector, outside the models) kept by a BEFORE INSERT/UPDATE
trigger: the applicant's folded name (`simple` configuration, weight A), the summary (B) and the text
(D) with the `russian` configuration after `ё`→`е`; a GIN index serves `@@`. Renaming an applicant
refreshes the vectors of their appeals (a trigger on applicants).

SQLite: `appeals_search`, a contentless FTS5 table (rowid = appeal id; only the index, no copy of the
text) with columns name (folded, unstemmed), summary and body (Snowball stems, see
reception.domain.search_text), filled by triggers that call the `reception_stem` function the engine
registers on every connection. A row leaves the index by FTS5's 'delete' command with the values it
was indexed with, recomputed by the same deterministic function: after a change to the stemming
(another PyStemmer version, new tokenising rules) run `rebuild`. The insert trigger is a
single INSERT, so a bulk load replays it once per batch (reception.db.bulk_triggers).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, text
from sqlalchemy.orm import Session

from reception.domain.search_text import stem, stem_text

SEARCH_TABLE = "appeals_search"
VECTOR_COLUMN = "search_vector"
GIN_INDEX = "ix_appeals_search_vector"
# Created by migration 0009 outside the models: the schema comparison skips them.
UNMODELLED = (
    SEARCH_TABLE,
    f"{SEARCH_TABLE}_data",
    f"{SEARCH_TABLE}_idx",
    f"{SEARCH_TABLE}_docsize",
    f"{SEARCH_TABLE}_config",
    f"{SEARCH_TABLE}_content",
    VECTOR_COLUMN,
    GIN_INDEX,
)

# SQLite: the insert trigger that indexes a new appeal (a bulk load may index its rows itself).
SQLITE_INSERT_TRIGGER = "appeals_search_ai"
SQLITE_INDEX_INSERT = f"INSERT INTO {SEARCH_TABLE} (rowid, name, summary, body) VALUES (?, ?, ?, ?)"
# PostgreSQL: a transaction that sets this to 'on' inserts appeals with their vectors computed
# already (the demo loader): the insert trigger keeps a given vector (migration 0011).
PG_VECTOR_GIVEN_SETTING = "reception.search_vector_given"
# PostgreSQL: the BEFORE INSERT/UPDATE trigger that computes the vector (a first bulk load disables
# it in its own transaction, then fills what it left empty).
PG_VECTOR_TRIGGER = "appeals_search_vector"
PG_FILL_MISSING_VECTORS = (
    "UPDATE appeals SET search_vector = appeal_search_vector(applicant_id, summary, text) "
    "WHERE search_vector IS NULL"
)

# SQLite: the row the index holds for appeal `a` (an alias of appeals).
SQLITE_INDEXED_VALUES = (
    "coalesce((SELECT name_key FROM applicants WHERE applicants.id = {a}.applicant_id), ''), "
    "reception_stem({a}.summary), reception_stem({a}.text)"
)

# PostgreSQL: the vector of an appeal from its applicant id, summary and text.
PG_VECTOR_FUNCTION = """
CREATE OR REPLACE FUNCTION appeal_search_vector(p_applicant_id integer, p_summary text, p_text text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('simple', coalesce(
               (SELECT name_key FROM applicants WHERE id = p_applicant_id), '')), 'A')
        || setweight(to_tsvector('russian', translate(coalesce(p_summary, ''), 'Ёё', 'Ее')), 'B')
        || setweight(to_tsvector('russian', translate(coalesce(p_text, ''), 'Ёё', 'Ее')), 'D')
$$
"""


def register_sqlite_functions(dbapi_connection: object) -> None:
    """`reception_stem(text)`: the stems the FTS5 index holds (called by the 0009 triggers)."""
    dbapi_connection.create_function(  # type: ignore[attr-defined]
        "reception_stem", 1, stem_text, deterministic=True
    )


def is_sqlite(connection: Connection | Session) -> bool:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return bind.dialect.name == "sqlite"


def index_appeals_from(connection: Connection, first_id: int, last_id: int | None = None) -> None:
    """Index appeals with first_id ≤ id (≤ last_id) set-wise: one statement for a bulk load."""
    if not is_sqlite(connection):
        return
    bound = "" if last_id is None else f" AND a.id <= {int(last_id)}"
    connection.exec_driver_sql(
        f"INSERT INTO {SEARCH_TABLE} (rowid, name, summary, body) "
        f"SELECT a.id, {SQLITE_INDEXED_VALUES.format(a='a')} FROM appeals a WHERE a.id >= {int(first_id)}{bound}"
    )


def rebuild(connection: Connection) -> None:
    """Index every appeal again from scratch (SQLite); recompute every vector (PostgreSQL)."""
    if is_sqlite(connection):
        connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('delete-all')")
        index_appeals_from(connection, 0)
    else:
        connection.exec_driver_sql(
            "UPDATE appeals SET search_vector = appeal_search_vector(applicant_id, summary, text)"
        )


# ------------------------------------------------------------------------------------ queries


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# Name words are matched by their start from this length on (a one- or two-letter prefix would
# merge the doclists of half the vocabulary); shorter words must equal a name word.
MIN_NAME_PREFIX = 3


def sqlite_match_expression(query_words: Sequence[str]) -> str:
    """FTS5 query: every word matches a name word by its start or a summary/text word by its stem."""
    parts = []
    for word in query_words:
        name = _fts_phrase(word) + (" *" if len(word) >= MIN_NAME_PREFIX else "")
        parts.append(f"(name : {name} OR {{summary body}} : {_fts_phrase(stem(word))})")
    return " AND ".join(parts)


def sqlite_count_upto(session: Session, query_words: Sequence[str], limit: int) -> int:
    """How many appeals match, counting no further than `limit` (cheap even for a frequent word)."""
    return int(
        session.execute(
            text(
                f"SELECT count(*) FROM (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q LIMIT :n)"
            ),
            {"q": sqlite_match_expression(query_words), "n": limit},
        ).scalar_one()
    )


def _pg_tsquery_sql(query_words: Sequence[str]) -> tuple[str, dict[str, str]]:
    """tsquery: every word matches a stem (`russian`) or, by prefix, a word of the name (weight A)."""
    parts = []
    params: dict[str, str] = {}
    for n, word in enumerate(query_words):
        params[f"fts_word_{n}"] = word
        # The word is \\w+ only (query_words), so it is a valid tsquery lexeme as it stands.
        params[f"fts_prefix_{n}"] = f"{word}:*A"
        parts.append(f"(plainto_tsquery('russian', :fts_word_{n}) || to_tsquery('simple', :fts_prefix_{n}))")
    return "(" + " && ".join(parts) + ")", params


def matches(session: Session, query_words: Sequence[str], *, frequent: bool = False) -> ColumnElement[bool]:
    """The appeal matches every word (a WHERE clause for a query over `appeals`).

    SQLite: the index gives the ids of the matches. By default the appeals are then fetched by id
    and sorted (right for a rare word); with `frequent` the `+` keeps SQLite from looking the ids up
    one by one: it walks the index of the sort order instead and checks each row against the set of
    matching ids, so the first page of a word found in half the register is found after a few hundred
    rows rather than sorting every match. PostgreSQL's planner makes that choice itself.
    """
    if is_sqlite(session):
        column = "+appeals.id" if frequent else "appeals.id"
        return text(  # type: ignore[return-value]
            f"{column} IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fts_query)"
        ).bindparams(fts_query=sqlite_match_expression(query_words))
    return text(f"appeals.{VECTOR_COLUMN} @@ CAST(:fts_tsquery AS tsquery)").bindparams(  # type: ignore[return-value]
        fts_tsquery=pg_tsquery_text(session, query_words)
    )


def pg_tsquery_text(session: Session, query_words: Sequence[str]) -> str:
    """The query's tsquery as text, built by the server (its stemmer). Passed to the search as a
    value, it lets the planner estimate from the column's statistics how many rows match; an
    expression it cannot evaluate at plan time gets a blind guess, and a frequent word then costs
    seconds (the register index walked, every row's vector tested)."""
    sql, params = _pg_tsquery_sql(query_words)
    return str(session.execute(text(f"SELECT CAST({sql} AS text)"), params).scalar_one())


def pg_rank(tsquery_text: str) -> ColumnElement[float]:
    """ts_rank of the appeal's vector (weights A name, B summary, D text) for the query."""
    return text(f"ts_rank(appeals.{VECTOR_COLUMN}, CAST(:rank_tsquery AS tsquery))").bindparams(  # type: ignore[return-value]
        rank_tsquery=tsquery_text
    )


def appeal_texts(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """(folded name, summary, text) of some appeals: for ranking a bounded candidate set on SQLite
    (the index is contentless: it keeps no copy of the text)."""
    out: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 900):
        batch = ",".join(str(int(i)) for i in ids[start : start + 900])
        rows = session.execute(
            text(
                "SELECT a.id, coalesce(p.name_key, ''), a.summary, a.text FROM appeals a "
                f"LEFT JOIN applicants p ON p.id = a.applicant_id WHERE a.id IN ({batch})"
            )
        )
        for row in rows:
            out[int(row[0])] = (row[1] or "", row[2] or "", row[3] or "")
    return out
