"""The database connection as the workstation sees it: lost when a service says so, found again by
a cheap query retried on a timer. Main window and editors share one monitor per database."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer, Signal

from reception.db.database import Database
from reception.domain.errors import DatabaseUnavailable
from reception.services.users import has_users
from ui.tasks import run_in_background

RETRY_MS = 3_000

_monitors: weakref.WeakKeyDictionary[Database, ConnectionMonitor] = weakref.WeakKeyDictionary()


class ConnectionMonitor(QObject):
    sig_lost = Signal(str)
    sig_restored = Signal()

    def __init__(self, db: Database, *, retry_ms: int = RETRY_MS) -> None:
        super().__init__()
        self._db = db
        self._lost = False
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self._probe)

    @staticmethod
    def of(db: Database) -> ConnectionMonitor:
        monitor = _monitors.get(db)
        if monitor is None:
            monitor = _monitors[db] = ConnectionMonitor(db)
        return monitor

    @property
    def is_lost(self) -> bool:
        return self._lost

    def report(self, error: BaseException) -> bool:
        """Note a service's error; True when it was a lost connection (the caller keeps its data)."""
        if not isinstance(error, DatabaseUnavailable):
            return False
        if not self._lost:
            self._lost = True
            self._timer.start()
            self.sig_lost.emit(error.message)
        return True

    def probe_now(self) -> None:
        self._probe()

    def _probe(self) -> None:
        if self._probing or not self._lost:
            return
        self._probing = True
        db = self._db
        run_in_background(lambda: has_users(db.uow()), self._on_answered, self._on_silent)

    def _on_answered(self, _has_users: bool) -> None:
        self._probing = False
        if self._lost:
            self._lost = False
            self._timer.stop()
            self.sig_restored.emit()

    def _on_silent(self, _error: BaseException) -> None:
        self._probing = False
