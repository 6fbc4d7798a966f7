"""Changes made on any workstation, delivered to the others within a second or two.

PostgreSQL: every audited change sends NOTIFY in its own transaction (so it is delivered only when
committed); a background connection LISTENs. SQLite: a background connection polls the cheap
`PRAGMA data_version` counter and, when it moves, reads the audit events added since.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

CHANNEL = "reception_changes"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: int


def announce(session: Session, entity: str, entity_id: int) -> None:
    """Tell the other workstations, once this transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": f"{entity}:{entity_id}"},
        )


def _parse(payload: str) -> Change | None:
    entity, _, number = payload.partition(":")
    return Change(entity, int(number)) if number.isdigit() else None


class ChangeFeed:
    """Runs on a background thread until `stop` is set, calling `deliver` with batches of changes.

    A lost connection is retried every few seconds; nothing is raised to the caller.
    """

    def __init__(self, url: URL, *, stop: threading.Event, poll_seconds: float = 0.5) -> None:
        self.url = url
        self.stop = stop
        self.poll_seconds = poll_seconds

    def run(self, deliver: Callable[[list[Change]], None]) -> None:
        while not self.stop.is_set():
            try:
                if self.url.get_backend_name() == "postgresql":
                    self._listen(deliver)
                else:
                    self._poll(deliver)
            except Exception as error:
                _log.info("change feed interrupted (%s); reconnecting", error)
                self.stop.wait(3.0)

    def _listen(self, deliver: Callable[[list[Change]], None]) -> None:
        import psycopg

        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            while not self.stop.is_set():
                batch = [
                    change
                    for notify in connection.notifies(timeout=self.poll_seconds)
                    if (change := _parse(notify.payload)) is not None
                ]
                if batch:
                    deliver(batch)

    def _poll(self, deliver: Callable[[list[Change]], None]) -> None:
        path = self.url.database
        if not path or path == ":memory:":
            self.stop.wait()
            return
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, isolation_level=None)
        try:
            last_id = connection.execute("SELECT coalesce(max(id), 0) FROM audit_events").fetchone()[0]
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            while not self.stop.wait(self.poll_seconds):
                current = connection.execute("PRAGMA data_version").fetchone()[0]
                if current == version:
                    continue
                version = current
                rows = connection.execute(
                    "SELECT id, entity, entity_id FROM audit_events WHERE id > ? ORDER BY id", (last_id,)
                ).fetchall()
                if rows:
                    last_id = rows[-1][0]
                    deliver([Change(entity, entity_id) for _, entity, entity_id in rows])
        finally:
            with contextlib.suppress(Exception):
                connection.close()
