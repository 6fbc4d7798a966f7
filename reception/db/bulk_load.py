"""What a first bulk load into empty tables sets aside, and restores at its end.

Keeping a dozen B-trees and the GIN search index of `appeals` up to date row by row, checking each
row's foreign keys with a query of its own and running the search-vector trigger cost a
million-appeal load several times more than writing the rows. PostgreSQL's own advice for
populating a database applies: drop the indexes and foreign keys, load, create them again (an index
is then built by one sort, a foreign key checked by one join). Only what enforces nothing on the
way in is set aside (plain indexes, keys between the loaded tables; unique indexes, primary keys
and keys to other tables stay), inside the load's own
transaction: the tables stay locked until everything is back, and a failure or a cancel rolls the
drop back with the rows. PostgreSQL only: on SQLite one transaction that size is the slower way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

# Enough to sort a million rows' keys in memory; for this transaction only.
BUILD_MEMORY = "256MB"

_PLAIN_INDEXES = """
SELECT i.relname, pg_get_indexdef(x.indexrelid)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%s)
  AND NOT x.indisunique AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
ORDER BY t.relname, i.relname
"""
# Only keys between the loaded tables or to the `held` ones: dropping a key also locks the table it
# points to (ACCESS EXCLUSIVE: even reads wait) until the load ends.
_FOREIGN_KEYS = """
SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_class r ON r.oid = c.confrelid
WHERE t.relnamespace = current_schema()::regnamespace AND c.contype = 'f'
  AND t.relname = ANY(%(tables)s) AND r.relname = ANY(%(referenced)s)
ORDER BY t.relname, c.conname
"""


def may_set_aside(connection: Connection, tables: Sequence[str]) -> bool:
    """Whether this login owns the tables (dropping indexes and keys needs it; a role that only
    writes rows loads the slow way)."""
    owned = connection.exec_driver_sql(
        "SELECT bool_and(pg_has_role(t.relowner, 'MEMBER')) FROM pg_class t "
        "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%s)",
        (list(tables),),
    ).scalar()
    return bool(owned)


@contextmanager
def set_aside(
    connection: Connection,
    tables: Sequence[str],
    *,
    triggers: Sequence[tuple[str, str]] = (),
    held: Sequence[str] = (),
) -> Iterator[None]:
    """In the caller's transaction: the tables' plain indexes and foreign keys dropped and the
    `triggers` ((table, trigger)) disabled; on success all of it back, the keys checked set-wise.

    Keys are set aside between the tables and to the `held` tables; dropping a key takes the
    ACCESS EXCLUSIVE lock of the table it points to, so the caller takes that lock on the `held`
    tables beforehand. Keys to any other table stay and are checked row by row. The caller holds
    the tables locked and knows they were empty. When the body raises, nothing is restored here:
    the caller's rollback brings everything back as it was.
    """
    names = list(tables)
    indexes = connection.exec_driver_sql(_PLAIN_INDEXES, (names,)).all()
    keys = connection.exec_driver_sql(_FOREIGN_KEYS, {"tables": names, "referenced": [*names, *held]}).all()
    for table, name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} DROP CONSTRAINT {_quoted(name)}")
    for name, _definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {_quoted(name)}")
    for table, trigger in triggers:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} DISABLE TRIGGER {_quoted(trigger)}")
    yield
    for table, trigger in triggers:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} ENABLE TRIGGER {_quoted(trigger)}")
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
    for _name, definition in indexes:
        connection.exec_driver_sql(definition)
    for table, name, definition in keys:
        connection.exec_driver_sql(
            f"ALTER TABLE {_quoted(table)} ADD CONSTRAINT {_quoted(name)} {definition}"
        )


def _quoted(name: str) -> str:
    """A catalog name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'
