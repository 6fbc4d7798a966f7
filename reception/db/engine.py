"""SQLAlchemy URL → engine, with the SQLite pragmas a shared-file database needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from reception.db import appeal_search, name_index
from reception.domain.text import fold

SQLITE_BUSY_TIMEOUT_MS = 15_000
# Execution option of a connection that only reads (see UnitOfWork.read_only).
READ_ONLY = "reception_read_only"


def normalise_url(url: str | URL) -> URL:
    """`postgresql://` means psycopg 3 here; everything else is taken as given."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


# A lost network must end in DatabaseUnavailable within seconds, not hang a save for the OS's
# minutes-long TCP timeouts: libpq's connect timeout (s), keepalives on idle pooled connections, and
# a bound (ms) on data the server never acknowledges.
POSTGRES_NETWORK_LIMITS: dict[str, Any] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = {**POSTGRES_NETWORK_LIMITS, **kwargs.pop("connect_args", {})}
    return create_engine(parsed, connect_args=connect_args, **kwargs)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    # pysqlite's own transaction handling is switched off: we emit BEGIN IMMEDIATE ourselves so
    # that a writer takes SQLite's write lock up front instead of failing on lock upgrade.
    connect_args["isolation_level"] = None
    connect_args.setdefault("check_same_thread", False)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        dbapi_connection.create_function("reception_fold", 1, _fold_or_none, deterministic=True)
        appeal_search.register_sqlite_functions(dbapi_connection)
        name_index.register_sqlite_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A read-only unit of work (READ_ONLY option) takes no write lock: in WAL mode it reads while
        # a writer (a registry import, say) holds the lock, instead of waiting for it.
        deferred = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)
