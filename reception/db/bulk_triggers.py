"""A bulk load's row triggers, run once per batch instead of once per row (SQLite).

SQLite has only row triggers: every demo appeal would fire the report-fact and search-index
triggers one by one. Inside the loader's own transaction the simple AFTER INSERT triggers of a
table are dropped, the rows go in, and each trigger's single INSERT is then replayed set-wise over
the batch's id range, with the table aliased as NEW so the trigger's own expressions apply
unchanged. The triggers are created again before the transaction commits; other connections never
see them missing (the write lock is held throughout) and a rollback restores them with the rows.

What cannot be replayed this way (a WHEN clause, several statements, an UPDATE in the body) stays
in place and fires per row as before. PostgreSQL needs none of this: its report triggers are
statement triggers and its search vector is kept by the server.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

_SIMPLE_INSERT_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+"
    r"(?:FOR\s+EACH\s+ROW\s+)?BEGIN\s+(?P<body>INSERT\s+INTO\s+.*?);\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)
_VALUES = re.compile(
    r"^(?P<target>INSERT\s+INTO\s+\w+\s*\([^)]*\))\s*VALUES\s*\((?P<values>.*)\)$", re.I | re.S
)
_SELECT = re.compile(
    r"^(?P<target>INSERT\s+INTO\s+\w+\s*\([^)]*\))\s*SELECT\s+(?P<columns>.*?)\s+FROM\s+(?P<source>.*?)"
    r"(?:\s+WHERE\s+(?P<where>.*))?$",
    re.I | re.S,
)


@dataclass(frozen=True)
class RowTrigger:
    name: str
    table: str
    create_sql: str
    replay_sql: str  # the body over `table AS NEW`, for ids between :first and :last


def replayable_triggers(connection: Connection, table: str) -> list[RowTrigger]:
    """The table's AFTER INSERT triggers whose body is one INSERT that can run set-wise."""
    if connection.dialect.name != "sqlite":
        return []
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name",
        (table,),
    ).all()
    triggers = []
    for name, sql in rows:
        replay = _replay_sql(sql, table)
        if replay is not None:
            triggers.append(RowTrigger(name, table, sql, replay))
    return triggers


def _replay_sql(create_sql: str, table: str) -> str | None:
    match = _SIMPLE_INSERT_TRIGGER.match(create_sql)
    if match is None or match["table"].lower() != table.lower() or ";" in match["body"]:
        return None
    body = match["body"].strip()
    rows = f"{table} AS NEW"
    in_range = "NEW.id BETWEEN ? AND ?"
    if values := _VALUES.match(body):
        return f"{values['target']} SELECT {values['values']} FROM {rows} WHERE {in_range}"
    if (select := _SELECT.match(body)) and "select" not in select["columns"].lower():
        # A subquery among the columns could hide the FROM this split relies on: leave it per row.
        where = f"({select['where']}) AND {in_range}" if select["where"] else in_range
        return f"{select['target']} SELECT {select['columns']} FROM {rows}, {select['source']} WHERE {where}"
    return None


@contextmanager
def triggers_deferred(connection: Connection, tables: Sequence[str]) -> Iterator[BulkTriggers]:
    """Within the caller's transaction: the tables' simple insert triggers wait for `replay`."""
    deferred = BulkTriggers({table: replayable_triggers(connection, table) for table in tables})
    for triggers in deferred.by_table.values():
        for trigger in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER {trigger.name}")
    try:
        yield deferred
    finally:
        for triggers in deferred.by_table.values():
            for trigger in triggers:
                connection.exec_driver_sql(trigger.create_sql)


@dataclass(frozen=True)
class BulkTriggers:
    by_table: dict[str, list[RowTrigger]]

    def holds(self, table: str, trigger: str) -> bool:
        """Whether the named trigger of the table was deferred (its work is the load's to do)."""
        return any(t.name == trigger for t in self.by_table.get(table, ()))

    def replay(
        self, connection: Connection, table: str, ids: Sequence[int], *, done: Collection[str] = ()
    ) -> None:
        """Do what the table's deferred triggers would have done for these new rows.

        The ids must be a contiguous range taken by the load (no other row lies between them).
        `done` names triggers whose work the load did itself.
        """
        if not ids:
            return
        for trigger in self.by_table.get(table, ()):
            if trigger.name not in done:
                connection.exec_driver_sql(trigger.replay_sql, (ids[0], ids[-1]))
