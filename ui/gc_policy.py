"""Cyclic garbage is collected on the main thread only.

Python's cycle collector runs in whichever thread happens to be allocating when a threshold is
crossed. A cycle that holds the last reference to a widget or another QObject is then freed on that
thread (a pool thread checking an import, say), and a QObject freed off its own thread can crash
the process. The app turns the automatic collector off and collects from a main-thread timer
instead, by the collector's own generation thresholds. Reference counting still frees everything
that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_on_main_thread(parent: QObject, interval_ms: int = INTERVAL_MS) -> QTimer:
    """Switch the automatic collector off; the returned timer (a child of `parent`) collects."""
    gc.disable()
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(collect_due)
    timer.start()
    return timer


def collect_due() -> None:
    """The generations whose counts passed their thresholds, as the automatic collector would."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 > threshold0:
        gc.collect(0)
        if count1 > threshold1:
            gc.collect(1)
            if count2 > threshold2:
                gc.collect(2)
