"""The SQLite address index of the property register: an FTS5 trigram table over `search_key`.

Migration 0007 creates `properties_search` (external content over `properties`) with triggers that
keep it in step with every write. A bulk load (registry import, demo data) pauses the insert and
update triggers inside its own transaction and indexes its rows set-wise at the end — one statement
instead of a trigger call per row. Other connections never see the pause: it lives in a table
written inside the same transaction, so it commits (emptied) or rolls back with the load.
PostgreSQL needs none of this: its pg_trgm index is maintained by the server.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

SEARCH_TABLE = "properties_search"
PAUSE_TABLE = "properties_search_paused"
# Created outside the models by migration 0007 (SQLite only): the schema comparison skips them.
UNMODELLED_TABLES = (
    SEARCH_TABLE,
    f"{SEARCH_TABLE}_data",
    f"{SEARCH_TABLE}_idx",
    f"{SEARCH_TABLE}_docsize",
    f"{SEARCH_TABLE}_config",
    f"{SEARCH_TABLE}_content",
    PAUSE_TABLE,
)
_ID_BATCH = 5000


def uses_search_table(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


@contextmanager
def triggers_paused(connection: Connection) -> Iterator[None]:
    """Within the caller's transaction: the insert and update triggers skip the index.

    The caller must call `index_rows` / `unindex_rows` for what it writes before leaving the block.
    On PostgreSQL this does nothing.
    """
    if not uses_search_table(connection):
        yield
        return
    connection.exec_driver_sql(f"INSERT INTO {PAUSE_TABLE} (paused) VALUES (1)")
    yield
    connection.exec_driver_sql(f"DELETE FROM {PAUSE_TABLE}")


def index_rows_from(connection: Connection, first_id: int) -> None:
    """Index every row with id ≥ `first_id` (a bulk load's new rows, ids taken above the largest)."""
    if uses_search_table(connection):
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE} (rowid, search_key) SELECT id, search_key FROM properties "
            "WHERE id >= ?",
            (first_id,),
        )


def unindex_rows(connection: Connection, ids: Sequence[int]) -> None:
    """Remove rows from the index as they are now (before an update rewrites their keys)."""
    _for_ids(
        connection,
        ids,
        f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, search_key) "
        "SELECT 'delete', id, search_key FROM properties WHERE id IN ({ids})",
    )


def index_rows(connection: Connection, ids: Sequence[int]) -> None:
    _for_ids(
        connection,
        ids,
        f"INSERT INTO {SEARCH_TABLE} (rowid, search_key) "
        "SELECT id, search_key FROM properties WHERE id IN ({ids})",
    )


def _for_ids(connection: Connection, ids: Sequence[int], sql: str) -> None:
    if not uses_search_table(connection):
        return
    for start in range(0, len(ids), _ID_BATCH):
        batch = [int(i) for i in ids[start : start + _ID_BATCH]]
        connection.exec_driver_sql(sql.replace("{ids}", ",".join(map(str, batch))))
