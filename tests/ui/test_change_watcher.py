"""The change watcher's feed thread ends with the watcher, also when nobody called stop()."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from ui.change_watcher import ChangeWatcher


def test_a_watcher_deleted_with_its_window_stops_its_feed_thread(qtbot: QtBot, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'watched.sqlite3'}")
    migrate.upgrade(db.engine)
    window = QObject()
    watcher = ChangeWatcher(make_url(db.url), window, poll_seconds=0.05)
    watcher.start()
    thread = watcher._thread
    assert thread is not None and thread.is_alive()

    window.deleteLater()  # the window goes without a close event: stop() is never called
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=3000)
    db.dispose()
