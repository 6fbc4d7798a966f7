"""The background-task helper under churn: many short tasks with progress, results on the main thread.

Each task used to carry a QObject of its own that was released by whichever thread dropped the last
reference, at times the pool thread while the main thread delivered its signal: now and then the
process died with a segmentation fault (seen during a property import test). These tests run
thousands of tasks that finish at once, with garbage collection pressing, and check that every
callback arrives exactly once, on the main thread, in a process that is still alive.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.tasks import run_in_background, wait_for_background_tasks

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
    held by the work and by its callback, are dropped on the main thread, not on a pool thread."""
    freed_on: list[str] = []
    results: list[int] = []
    for n in range(50):
        held_by_work, held_by_callback = _Tracked(freed_on), _Tracked(freed_on)

        def work(held: _Tracked = held_by_work, n: int = n) -> int:
            return n

        def on_done(result: int, held: _Tracked = held_by_callback) -> None:
            results.append(result)

        run_in_background(work, on_done)
        del held_by_work, held_by_callback, work, on_done
    qtbot.waitUntil(lambda: len(results) == 50, timeout=10_000)
    assert wait_for_background_tasks()
    gc.collect()
    qtbot.waitUntil(lambda: len(freed_on) == 100, timeout=10_000)
    assert set(freed_on) == {threading.main_thread().name}
