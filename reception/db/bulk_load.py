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
from typing import NamedTuple

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
# Keys from the loaded tables to any other table, with their columns on both sides and the check
# triggers on the loaded side (RI_FKey_check_ins/upd: a query per row and key while rows go in).
_CHECKED_KEYS = """
SELECT c.conname, t.relname, r.relname,
       array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o),
       array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o),
       array(SELECT g.tgname FROM pg_trigger g WHERE g.tgconstraint = c.oid AND g.tgrelid = c.conrelid
             ORDER BY g.tgname)
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_class r ON r.oid = c.confrelid
WHERE t.relnamespace = current_schema()::regnamespace AND c.contype = 'f'
  AND t.relname = ANY(%(tables)s) AND NOT r.relname = ANY(%(set_aside)s)
ORDER BY t.relname, c.conname
"""


class _CheckedKey(NamedTuple):
    """A key to a table the load does not hold: its check triggers, and what to check at the end."""

    name: str
    table: str
    referenced: str
    columns: list[str]
    referenced_columns: list[str]
    triggers: list[str]


class BrokenReference(Exception):
    """A loaded row points at a row that does not exist (a key checked set-wise at the end)."""


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

    A superuser also switches off the row-by-row checks of the keys to the other tables (users,
    properties: a query per row and key, a fifth of the server's work in a million-appeal load) and
    checks each such key with one anti-join at the end instead. Those tables stay open: switching
    the checks off locks only the loaded tables, and a concurrent delete of a referenced row waits
    for the load, then sees its rows and fails as it would have.
    """
    names = list(tables)
    indexes = connection.exec_driver_sql(_PLAIN_INDEXES, (names,)).all()
    keys = connection.exec_driver_sql(_FOREIGN_KEYS, {"tables": names, "referenced": [*names, *held]}).all()
    checked = (
        [
            _CheckedKey(*row)
            for row in connection.exec_driver_sql(
                _CHECKED_KEYS, {"tables": names, "set_aside": [*names, *held]}
            )
        ]
        if _is_superuser(connection)
        else []
    )
    for table, name, _definition in keys:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} DROP CONSTRAINT {_quoted(name)}")
    for name, _definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {_quoted(name)}")
    switched_off = [*triggers, *((key.table, trigger) for key in checked for trigger in key.triggers)]
    for table, trigger in switched_off:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} DISABLE TRIGGER {_quoted(trigger)}")
    yield
    for table, trigger in switched_off:
        connection.exec_driver_sql(f"ALTER TABLE {_quoted(table)} ENABLE TRIGGER {_quoted(trigger)}")
    for key in checked:
        _check_key(connection, key)
    connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
    for _name, definition in indexes:
        connection.exec_driver_sql(definition)
    for table, name, definition in keys:
        connection.exec_driver_sql(
            f"ALTER TABLE {_quoted(table)} ADD CONSTRAINT {_quoted(name)} {definition}"
        )


def _is_superuser(connection: Connection) -> bool:
    """Only a superuser may switch a key's own check triggers off."""
    return bool(
        connection.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    )


def _check_key(connection: Connection, key: _CheckedKey) -> None:
    """The key's rows checked at once (MATCH SIMPLE: a row with a null in the key is not checked)."""
    name, table, referenced, columns, referenced_columns, _ = key
    present = " AND ".join(f"x.{_quoted(column)} IS NOT NULL" for column in columns)
    joined = " AND ".join(
        f"r.{_quoted(target)} = x.{_quoted(column)}"
        for column, target in zip(columns, referenced_columns, strict=True)
    )
    broken = connection.exec_driver_sql(
        f"SELECT {', '.join(f'x.{_quoted(column)}' for column in columns)} FROM {_quoted(table)} x "
        f"WHERE {present} AND NOT EXISTS (SELECT 1 FROM {_quoted(referenced)} r WHERE {joined}) LIMIT 1"
    ).first()
    if broken is not None:
        raise BrokenReference(
            f"{table}.{', '.join(columns)} = {', '.join(map(str, broken))}: no such row in {referenced} ({name})"
        )


def _quoted(name: str) -> str:
    """A catalog name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'
