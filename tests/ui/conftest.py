"""UI fixtures: the Russian catalogue installed as in the app, a clerk's database, window helpers."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reception.db.database import Database
from reception.settings import ENV_CONFIG_DIR, ENV_DATA_DIR
from tests.conftest import Staff, add_staff
from ui.gc_policy import collect_on_main_thread
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.tasks import wait_for_background_tasks

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def _workstation_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Local drafts and settings of a test go to its own folder, never the user's."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))
    return tmp_path / "data"


@pytest.fixture(scope="package", autouse=True)
def _garbage_collected_on_the_main_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (ui.gc_policy): pool threads never run the cycle collector."""
    timer = collect_on_main_thread(qapp)
    yield
    timer.stop()
    gc.enable()


@pytest.fixture(scope="session", autouse=True)
def _russian_ui(qapp: QApplication) -> None:
    """Tests see what the office sees: the Russian catalogue and Qt's own Russian strings."""
    assert install_translators(qapp, "ru"), "resources/translations/reception_ru.qm did not load"


@dataclass(frozen=True)
class Office:
    db: Database
    staff: Staff


@pytest.fixture
def office(sqlite_db: Database) -> Iterator[Office]:
    yield Office(sqlite_db, add_staff(sqlite_db))
    wait_for_background_tasks()


@pytest.fixture(autouse=True)
def _no_windows_left_behind() -> Iterator[None]:
    """A window a test left open (a question box, say) must not answer in the next test."""
    yield
    wait_for_background_tasks()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
            widget.deleteLater()


def top_level(kind: type[W], owner: QWidget | None = None) -> W | None:
    """The visible window of `kind` (owned by `owner` if given), as a user would find it on screen."""
    candidates = owner.findChildren(kind) if owner is not None else QApplication.topLevelWidgets()
    found = [w for w in candidates if isinstance(w, kind) and w.isWindow() and w.isVisible()]
    return found[-1] if found else None


def wait_for_window(qtbot: QtBot, kind: type[W], owner: QWidget | None = None) -> W:
    qtbot.waitUntil(lambda: top_level(kind, owner) is not None, timeout=5000)
    window = top_level(kind, owner)
    assert window is not None
    return window


@pytest.fixture
def open_main_window(qtbot: QtBot) -> Iterator[Callable[[Office], MainWindow]]:
    windows: list[MainWindow] = []

    def open_window(office: Office, login: str = "clerk") -> MainWindow:
        user = {
            "clerk": office.staff.clerk,
            "admin": office.staff.admin,
            "executor": office.staff.executor,
            "manager": office.staff.manager,
        }[login]
        window = MainWindow(office.db, user)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.register_model.is_loading, timeout=5000)
        windows.append(window)
        return window

    yield open_window
    wait_for_background_tasks()
    for window in windows:
        for child in window.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user, one key press per character.

    QTest.keyClicks aborts on non-Latin-1 characters, so Cyrillic goes as key events carrying text.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active one, so its shortcuts answer.

    The offscreen platform does not give activation back when a completer popup closes.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
