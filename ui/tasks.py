"""The one background-task helper: work runs on a single pool, results come back on the main thread.

Callbacks (`on_done`, `on_error`, `progress`) are invoked through a relay QObject living in the
main thread, so they may touch widgets. An exception raised by the work is delivered to
`on_error` as a value; without `on_error` it goes to `sys.excepthook`, never into the void.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_pool: QThreadPool | None = None
_in_flight: set[_Relay] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


class _Relay(QObject):
    """Lives in the main thread; queued signals carry the outcome of one task across."""

    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._progress = progress
        self.sig_done.connect(self._on_sig_done)
        self.sig_failed.connect(self._on_sig_failed)
        self.sig_progress.connect(self._on_sig_progress)

    @Slot(object)
    def _on_sig_done(self, result: object) -> None:
        _in_flight.discard(self)
        self._on_done(result)

    @Slot(object)
    def _on_sig_failed(self, error: BaseException) -> None:
        _in_flight.discard(self)
        if self._on_error is not None:
            self._on_error(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    @Slot(int, int)
    def _on_sig_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the main thread, never lost here
            self._relay.sig_failed.emit(error)
        else:
            self._relay.sig_done.emit(result)


def run_in_background(
    fn: Callable[..., T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Run `fn()` on the pool; `on_done(result)` or `on_error(exception)` then runs on the main thread.

    With `progress`, `fn` receives `progress=(done, total) -> None`; with `cancel`, it receives the
    event as `cancel=` and is expected to check it between batches.
    """
    relay = _Relay(on_done, on_error, progress)
    _in_flight.add(relay)
    kwargs: dict[str, Any] = {}
    if progress is not None:
        kwargs["progress"] = relay.sig_progress.emit
    if cancel is not None:
        kwargs["cancel"] = cancel
    pool().start(_Task(lambda: fn(**kwargs), relay))


def wait_for_background_tasks(msecs: int = 10_000) -> bool:
    """Block until the pool is idle (at exit, and in tests before the database goes away)."""
    return pool().waitForDone(msecs)
