"""Live refresh: changes saved on any workstation, delivered to this one's main thread in batches.

The core's ChangeFeed (LISTEN/NOTIFY on PostgreSQL, `PRAGMA data_version` on SQLite) blocks for as
long as it runs, so it gets a dedicated thread of its own rather than a slot in the task pool. Its
batches cross to the main thread through a queued signal and are debounced: the first change is
delivered at once, a burst after it (a workflow step records several events) becomes one more refresh.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.engine import URL

from reception.services.changes import Change, ChangeFeed

DEBOUNCE_MS = 300
STOP_TIMEOUT_SECONDS = 3.0
# Relays of feed threads that outlived their stop(): kept for the life of the process, so that the
# thread, finishing later, never drops the last reference (a QObject freed off its thread may crash).
_LINGERING: list[QObject] = []


class _FeedRelay(QObject):
    """Created on the main thread; the feed thread emits, Qt queues the call to the main thread."""

    sig_batch = Signal(object)


class ChangeWatcher(QObject):
    """Emits `sig_changed({entity: {ids}})` at once, then at most once per debounce interval."""

    sig_changed = Signal(object)

    def __init__(
        self,
        url: URL,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        poll_seconds: float = 0.5,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._feed = ChangeFeed(url, stop=self._stop, poll_seconds=poll_seconds)
        self._thread: threading.Thread | None = None
        self._pending: dict[str, set[int]] = defaultdict(set)
        # Unparented on purpose: the feed thread keeps it alive until it has finished emitting.
        self._relay = _FeedRelay()
        self._relay.sig_batch.connect(self._on_batch)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._flush)
        # Destroyed without stop() (its window deleted, never closed): the feed thread still ends.
        # The slot holds only the event, nothing of the half-destroyed object.
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())

    def start(self) -> None:
        if self._thread is not None:
            return
        relay = self._relay
        stop = self._stop

        def deliver(batch: list[Change]) -> None:
            if not stop.is_set():
                relay.sig_batch.emit(batch)

        self._thread = threading.Thread(
            target=self._feed.run, args=(deliver,), name="reception-change-feed", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (it checks the stop flag at least twice a second)."""
        self._stop.set()
        self._debounce.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(STOP_TIMEOUT_SECONDS)
            if thread.is_alive():
                _LINGERING.append(self._relay)

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _on_batch(self, batch: list[Change]) -> None:
        if self._stop.is_set():
            return
        for change in batch:
            self._pending[change.entity].add(change.entity_id)
        if not self._debounce.isActive():
            # The first change after a quiet spell goes out at once; what follows within the
            # interval is gathered into one more delivery at its end.
            self._flush()

    def _flush(self) -> None:
        pending, self._pending = dict(self._pending), defaultdict(set)
        if pending and not self._stop.is_set():
            self._debounce.start()
            self.sig_changed.emit(pending)
