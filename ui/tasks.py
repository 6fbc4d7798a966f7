"""The one background-task helper: work runs on a single pool, results come back on the main thread.

Callbacks (`on_done`, `on_error`, `progress`) are invoked through one dispatcher QObject that lives
in the main thread for the life of the process, so they may touch widgets. An exception raised by
the work is delivered to `on_error` as a value; without `on_error` it goes to `sys.excepthook`,
never into the void.

Python objects are released on the main thread. A QObject or widget freed by a pool thread, or
during its own signal's delivery, can crash the process, and a segmentation fault in a pool thread
was once seen during a property import test. So no QObject is made per task: one dispatcher lives
for the life of the process, and tasks are told apart by a number. The work and the callbacks (which
hold widgets) stay in the dispatcher's table until the main thread takes them out; the pool thread
lets go of the work before it reports.
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


# (the work, on_done, on_error, progress)
_Entry = tuple[
    Callable[[], object],
    Callable[[Any], None],
    Callable[[BaseException], None] | None,
    Callable[[int, int], None] | None,
]


class _Dispatcher(QObject):
    """Lives in the main thread; queued signals carry each task's outcome and progress across."""

    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)
    sig_progress = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self._tasks: dict[int, _Entry] = {}
        self._numbers = itertools.count(1)
        self.sig_done.connect(self._on_sig_done)
        self.sig_failed.connect(self._on_sig_failed)
        self.sig_progress.connect(self._on_sig_progress)

    def new_number(self) -> int:
        return next(self._numbers)

    def add(self, number: int, entry: _Entry) -> None:
        self._tasks[number] = entry

    @Slot(int, object)
    def _on_sig_done(self, number: int, result: object) -> None:
        entry = self._tasks.pop(number, None)
        if entry is not None:
            entry[1](result)

    @Slot(int, object)
    def _on_sig_failed(self, number: int, error: BaseException) -> None:
        entry = self._tasks.pop(number, None)
        if entry is not None and entry[2] is not None:
            entry[2](error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    @Slot(int, int, int)
    def _on_sig_progress(self, number: int, done: int, total: int) -> None:
        entry = self._tasks.get(number)
        if entry is not None and entry[3] is not None:
            entry[3](done, total)


def _the_dispatcher() -> _Dispatcher:
    """Made on first use, which is on the main thread (tasks are started from there)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], dispatcher: _Dispatcher, number: int) -> None:
        super().__init__()
        self._work: Callable[[], object] | None = work
        self._dispatcher = dispatcher
        self._number = number

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            result = work()
        except BaseException as error:  # delivered to the main thread, never lost here
            del work  # the dispatcher's table keeps it until the main thread takes it out
            self._dispatcher.sig_failed.emit(self._number, error)
        else:
            del work
            self._dispatcher.sig_done.emit(self._number, result)


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
    dispatcher = _the_dispatcher()
    number = dispatcher.new_number()
    kwargs: dict[str, Any] = {}
    if progress is not None:
        emit = dispatcher.sig_progress.emit
        kwargs["progress"] = lambda done, total: emit(number, done, total)
    if cancel is not None:
        kwargs["cancel"] = cancel

    def work() -> object:
        return fn(**kwargs)

    dispatcher.add(number, (work, on_done, on_error, progress))
    pool().start(_Task(work, dispatcher, number))


def wait_for_background_tasks(msecs: int = 10_000) -> bool:
    """Block until the pool is idle (at exit, and in tests before the database goes away)."""
    return pool().waitForDone(msecs)
