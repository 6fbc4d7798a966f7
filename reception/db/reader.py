"""One held connection, outside any transaction, for the searches a clerk runs on every key press.

Through a unit of work a search costs a session, a BEGIN, a permission query and a COMMIT: 0.7–1 ms
on SQLite and four server round trips on PostgreSQL, where the indexed look-up itself takes
0.01–0.1 ms (bench/bench_properties.py). A search written as one statement that carries its own
permission check needs none of that: it runs here in autocommit, one round trip, on a statement
compiled once.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, Select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from reception.db.uow import translate_db_error


class _Compiled:
    """One statement's form for one dialect: the SQL, how its parameters go, how its columns come back."""

    def __init__(
        self, sql: str, positions: tuple[str, ...] | None, defaults: Mapping[str, Any], types: Sequence[Any]
    ) -> None:
        self.sql = sql
        self.positions = positions  # parameter names in order for a positional driver; None: named
        self.defaults = defaults  # values SQLAlchemy binds itself (SQLite's OFFSET 0)
        self._types = types  # of the selected columns, already adapted to the dialect
        self._converters: tuple[tuple[int, Callable[[Any], Any]], ...] | None = None

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        merged = {**self.defaults, **values} if self.defaults else values
        if self.positions is None:
            return merged
        return [merged[name] for name in self.positions]

    def convert(
        self, rows: list[Any], description: Sequence[Sequence[Any]], dialect: Dialect
    ) -> list[Sequence[Any]]:
        converters = self._converters
        if converters is None:
            # The driver's type codes of the first result decide some converters (PostgreSQL numerics).
            converters = self._converters = tuple(
                (position, convert)
                for position, (kind, column) in enumerate(zip(self._types, description, strict=True))
                if (convert := kind.result_processor(dialect, column[1])) is not None
            )
        if not converters:
            return rows
        converted: list[Sequence[Any]] = []
        for row in rows:
            values = list(row)
            for position, convert in converters:
                values[position] = convert(values[position])
            converted.append(values)
        return converted


class PreparedQuery:
    """A Core SELECT compiled once per dialect to the driver's own SQL, with its result converters.

    Every parameter is a named `bindparam` given at each call (a LIMIT too). Values go to the driver
    as they are: a parameter whose type would need converting (dates, amounts) is refused when the
    statement is compiled, not silently sent wrong.
    """

    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        # Per dialect object, not name: what the SQL says can depend on the server (PostgreSQL's
        # string escapes are read from it on the first connection).
        self._forms: weakref.WeakKeyDictionary[Dialect, _Compiled] = weakref.WeakKeyDictionary()

    def compiled_for(self, dialect: Dialect) -> _Compiled:
        """The statement for `dialect`, which must have connected once (the Reader sees to that)."""
        form = self._forms.get(dialect)
        if form is None:
            form = self._forms[dialect] = self._compile(dialect)
        return form

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        named = set()
        for bind in compiled.binds.values():
            if bind.type.dialect_impl(dialect).bind_processor(dialect) is not None:
                raise TypeError(f"parameter {bind.key!r} needs converting; bind text or integers only")
            if bind.expanding or bind.literal_execute:
                raise TypeError(f"parameter {bind.key!r} is rendered per call (IN list); not preparable")
            if not bind.unique:
                named.add(bind.key)
        defaults = {name: value for name, value in compiled.params.items() if name not in named}
        if None in defaults.values():
            raise ValueError(f"parameters without a name: {sorted(defaults)}; use bindparam(name)")
        types = [column.type.dialect_impl(dialect) for column in self.statement.selected_columns]
        positions = tuple(compiled.positiontup or ()) if compiled.positional else None
        return _Compiled(compiled.string, positions, defaults, types)


def _in_memory(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")


class Reader:
    """The held connection: opened on first use, reopened once when the server dropped it.

    One statement at a time (a lock): searches are short, and a connection is not to be shared
    by two threads mid-statement.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._connection: Any = None  # the pool's connection wrapper, detached from the pool
        self._driver_connection: Any = None  # the driver's own connection inside it

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    def fetch(self, query: PreparedQuery, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        dialect = self._engine.dialect
        with self._lock:
            for attempt in (1, 2):
                driver = self._driver()
                compiled = query.compiled_for(dialect)  # after connecting: the dialect knows its server
                parameters = compiled.parameters(values)
                cursor = driver.cursor()
                try:
                    cursor.execute(compiled.sql, parameters)
                    rows = cursor.fetchall()
                    description = cursor.description
                except dialect.loaded_dbapi.Error as error:
                    lost = dialect.is_disconnect(error, driver, cursor)
                    if lost:
                        self._drop()
                        if attempt == 1:
                            continue  # a server restart since the last search: one fresh connection
                    raise self._translated(error, compiled.sql, parameters, lost) from error
                finally:
                    cursor.close()
                return compiled.convert(rows, description, dialect)
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _driver(self) -> Any:
        if self._connection is None:
            try:
                connection = self._engine.raw_connection()  # with the engine's connect-time setup
            except self._engine.dialect.loaded_dbapi.Error as error:
                raise self._translated(error, None, None, lost=True) from error
            driver: Any = connection.driver_connection  # read before detaching: the wrapper forgets it
            if not _in_memory(self._engine):
                # Out of the pool, so that the pool's own connections stay the units of work's. (An
                # in-memory SQLite database lives in its one connection: that one is shared instead.)
                connection.detach()
            self._connection, self._driver_connection = connection, driver
            if self._engine.dialect.name == "postgresql":
                try:
                    driver.autocommit = True
                    # Never prepared on the server: each search is planned for what was typed (a plan
                    # made once for any needles scans the whole register when nothing matches: 60 ms
                    # against 3 at 200,000 records), and a column another workstation's migration
                    # changed cannot leave a prepared plan failing every later search.
                    driver.prepare_threshold = None
                except self._engine.dialect.loaded_dbapi.Error as error:
                    self._drop()
                    raise self._translated(error, None, None, lost=True) from error
        return self._driver_connection

    def _translated(self, error: Exception, sql: str | None, parameters: Any, lost: bool) -> BaseException:
        """The error a unit of work would have raised: DatabaseUnavailable for a lost server."""
        dialect = self._engine.dialect
        wrapped = DBAPIError.instance(
            sql, parameters, error, dialect.loaded_dbapi.Error, connection_invalidated=lost, dialect=dialect
        )
        return translate_db_error(wrapped)

    def _drop(self) -> None:
        connection, self._connection, self._driver_connection = self._connection, None, None
        if connection is not None:
            with contextlib.suppress(Exception):  # a connection the server dropped has nothing to close
                connection.close()  # detached, this closes the driver's connection itself
