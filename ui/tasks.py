"""The one background-task helper: work runs on a single pool, results come back on the main thread.

Callbacks (`on_done`, `on_error`, `progress`) are invoked through one dispatcher QObject that lives
in the main thread for the life of the process, so they may touch widgets. An exception raised by
the work is delivered to `on_error` as a value; without `on_error` it goes to `sys.excepthook`,
never into the void.

Python objects are released on the main thread. A QObject or widget freed by a pool thread, or
during its own signal's delivery, can crash the process, and a segmentation fault in a pool thread
was once seen during a property import test. So no QObject is made per task: one dispatcher lives
for the life of the process, and tasks are told apart by a number. The work, the callbacks (which
hold widgets) and the outcome (a result, or an error whose traceback holds the work's frames) stay
in the dispatcher's tables until the main thread takes them out; the pool thread keeps no reference
to any of them once it has reported. (Cyclic garbage is the other way objects die on a pool
thread: see ui.gc_policy.)
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


@dataclass(slots=True)
class _Pending:
    """A task's work and callbacks, kept on the main thread until its outcome has been delivered."""

    work: Callable[[], object]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    progress: Callable[[int, int], None] | None
    cancel: threading.Event | None


class _Dispatcher(QObject):
    """Lives in the main thread; queued signals carry each task's outcome and progress across."""

    sig_finished = Signal(int)
    sig_progress = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self._tasks: dict[int, _Pending] = {}
        # Outcomes put down by pool threads: number -> (succeeded, result or error).
        self._outcomes: dict[int, tuple[bool, object]] = {}
        self._outcomes_lock = threading.Lock()
        self._numbers = itertools.count(1)
        self.sig_finished.connect(self._on_sig_finished)
        self.sig_progress.connect(self._on_sig_progress)

    def new_number(self) -> int:
        return next(self._numbers)

    def add(self, number: int, task: _Pending) -> None:
        self._tasks[number] = task

    def cancel_all(self) -> None:
        """Ask every task that takes a cancel event to stop."""
        for task in self._tasks.values():
            if task.cancel is not None:
                task.cancel.set()

    def put_outcome(self, number: int, succeeded: bool, value: object) -> None:
        """From the pool thread: the outcome to hand over (the caller then drops its references)."""
        with self._outcomes_lock:
            self._outcomes[number] = (succeeded, value)

    @Slot(int)
    def _on_sig_finished(self, number: int) -> None:
        with self._outcomes_lock:
            succeeded, value = self._outcomes.pop(number)
        task = self._tasks.pop(number, None)
        if task is None:
            return
        if succeeded:
            task.on_done(value)
            return
        assert isinstance(value, BaseException)
        if task.on_error is not None:
            task.on_error(value)
        else:
            sys.excepthook(type(value), value, value.__traceback__)

    @Slot(int, int, int)
    def _on_sig_progress(self, number: int, done: int, total: int) -> None:
        task = self._tasks.get(number)
        if task is not None and task.progress is not None:
            task.progress(done, total)


def _the_dispatcher() -> _Dispatcher:
    """Made on first use and given to the application's (main) thread, whichever thread asks."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None and _dispatcher.thread() is not app.thread():
            _dispatcher.moveToThread(app.thread())
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
        dispatcher, number = self._dispatcher, self._number
        try:
            result = work()
        except BaseException as error:  # delivered to the main thread, never lost here
            dispatcher.put_outcome(number, False, error)
        else:
            dispatcher.put_outcome(number, True, result)
            del result
        del work  # every reference is now the dispatcher's, released on the main thread
        dispatcher.sig_finished.emit(number)


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

    dispatcher.add(number, _Pending(work, on_done, on_error, progress, cancel))
    pool().start(_Task(work, dispatcher, number))


def stop_background_tasks(msecs: int = 30_000) -> bool:
    """At exit: ask the tasks that can stop (imports, exports, reports) to stop, and wait for all;
    False when one is still running after `msecs` (its transaction is then cut off, not kept)."""
    if _dispatcher is not None:
        _dispatcher.cancel_all()
    return wait_for_background_tasks(msecs)


def wait_for_background_tasks(msecs: int = 10_000) -> bool:
    """Block until the pool is idle and deliver the callbacks its tasks posted (at exit, and in
    tests before the database goes away); False when a task is still running after `msecs`."""
    idle = pool().waitForDone(msecs)
    if _dispatcher is not None:
        QCoreApplication.sendPostedEvents(_dispatcher, QEvent.Type.MetaCall)
    return idle
