"""The background-task helper under churn: many short tasks with progress, results on the main thread.

Each task used to carry a QObject of its own that was released by whichever thread dropped the last
reference, at times the pool thread while the main thread delivered its signal: now and then the
process died with a segmentation fault (seen during a property import test). These tests run
thousands of tasks that finish at once, with garbage collection pressing, and check that every
callback arrives exactly once, on the main thread, in a process that is still alive.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tasks import run_in_background, stop_background_tasks, wait_for_background_tasks

TASKS = 3_000


def test_thousands_of_short_tasks_each_report_once_on_the_main_thread(qtbot: QtBot) -> None:
    main = QApplication.instance().thread()  # type: ignore[union-attr]
    done: list[int] = []
    failed: list[int] = []
    progressed: set[int] = set()
    wrong_thread: list[str] = []

    def check_thread(what: str) -> None:
        if QThread.currentThread() is not main:
            wrong_thread.append(what)

    def work(number: int) -> Callable[..., int]:
        def run(progress: Callable[[int, int], None]) -> int:
            progress(1, 2)
            if number % 7 == 0:
                raise ValueError(number)
            progress(2, 2)
            return number

        return run

    def on_done(number: int) -> None:
        check_thread("done")
        done.append(number)

    def on_error(error: BaseException) -> None:
        check_thread("error")
        assert isinstance(error, ValueError)
        failed.append(error.args[0])

    def on_progress(number: int) -> Callable[[int, int], None]:
        def report(step: int, total: int) -> None:
            check_thread("progress")
            progressed.add(number)

        return report

    for number in range(TASKS):
        run_in_background(work(number), on_done, on_error, progress=on_progress(number))
        if number % 200 == 0:
            gc.collect()
            QApplication.processEvents()
    qtbot.waitUntil(lambda: len(done) + len(failed) == TASKS, timeout=60_000)
    assert wait_for_background_tasks()
    gc.collect()
    QApplication.processEvents()

    assert sorted(done) == [n for n in range(TASKS) if n % 7]
    assert sorted(failed) == [n for n in range(TASKS) if n % 7 == 0]
    assert progressed == set(range(TASKS))
    assert wrong_thread == []


def test_a_task_that_outlives_its_caller_still_delivers_its_result(qtbot: QtBot) -> None:
    """A dialog closed while its work runs: the callback arrives later, and nothing breaks."""
    release = threading.Event()
    arrived: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "готово"

    run_in_background(slow, arrived.append)
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: arrived == ["готово"], timeout=10_000)


class _Tracked:
    """Records the thread it is freed on (a widget freed off the main thread crashes the process)."""

    def __init__(self, freed_on: list[str]) -> None:
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread().name)


def test_what_the_work_and_its_callbacks_hold_is_freed_on_the_main_thread(qtbot: QtBot) -> None:
    """The caller lets go while the work runs (a dialog closed meanwhile): the last references,
    held by the work, by its callbacks, by its result and by its error's traceback, are dropped on
    the main thread, not on a pool thread."""
    freed_on: list[str] = []
    outcomes: list[object] = []
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often: a pool thread's late release shows
    try:
        for n in range(300):
            held_by_work, held_by_callback = _Tracked(freed_on), _Tracked(freed_on)

            def work(held: _Tracked = held_by_work, n: int = n) -> object:
                local = held  # the error's traceback keeps this frame, and so `held`, alive
                if n % 3 == 0:
                    raise ValueError(n, local is not None)
                return _Tracked(freed_on) if n % 3 == 1 else n

            def on_done(result: object, held: _Tracked = held_by_callback) -> None:
                outcomes.append(type(result).__name__)

            def on_error(error: BaseException, held: _Tracked = held_by_callback) -> None:
                outcomes.append("error")

            run_in_background(work, on_done, on_error)
            del held_by_work, held_by_callback, work, on_done, on_error
        qtbot.waitUntil(lambda: len(outcomes) == 300, timeout=10_000)
        assert wait_for_background_tasks()
    finally:
        sys.setswitchinterval(switching)
    assert sorted(set(outcomes)) == ["_Tracked", "error", "int"]
    qtbot.waitUntil(lambda: len(freed_on) == 700, timeout=10_000)
    assert set(freed_on) == {threading.main_thread().name}


def test_cyclic_garbage_is_collected_on_the_main_thread_even_when_pool_threads_allocate(
    qtbot: QtBot,
) -> None:
    """Python's cycle collector runs in whichever thread crosses its threshold; the app (and these
    tests, ui.gc_policy) leave it to a main-thread timer, so a cycle holding a widget dies there."""
    assert not gc.isenabled()
    freed_on: list[str] = []
    for _ in range(1_000):
        cycle: list[object] = [_Tracked(freed_on)]
        cycle.append(cycle)
    del cycle

    def allocate() -> int:
        return len([[object()] for _ in range(200_000)])  # far past the collector's threshold

    finished: list[int] = []
    for _ in range(8):
        run_in_background(allocate, finished.append)
    qtbot.waitUntil(lambda: len(finished) == 8, timeout=30_000)
    qtbot.waitUntil(lambda: len(freed_on) == 1_000, timeout=10_000)  # the timer's collection
    assert set(freed_on) == {threading.main_thread().name}


def test_at_exit_the_tasks_that_can_stop_are_asked_to_and_waited_for(qtbot: QtBot) -> None:
    """Closing the app during a long import: the import is cancelled (its transaction rolls back)
    rather than cut off by the database going away under it."""
    started = threading.Event()
    outcome: list[str] = []

    def long_import(cancel: threading.Event) -> str:
        started.set()
        if not cancel.wait(60):
            return "ran to the end"
        return "cancelled"

    run_in_background(long_import, outcome.append, cancel=threading.Event())
    assert started.wait(10)
    assert stop_background_tasks(msecs=10_000)
    assert outcome == ["cancelled"]  # delivered by the wait itself, before the app goes
