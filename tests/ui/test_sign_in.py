"""Getting in: the first administrator on an empty database, the login dialog, the database check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from reception.db.database import Database
from reception.db.migrate import head_revision
from reception.domain.errors import SchemaOutdated
from reception.domain.permissions import Role
from reception.services.classifier import list_topics
from reception.services.office_settings import DEMO_LOGIN_HINT, get_setting, write_setting
from reception.services.users import MIN_PASSWORD_LENGTH, authenticate, has_users
from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import Office, activate, type_text
from ui.app import open_database
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)


def test_first_administrator_is_created_on_an_empty_database(qtbot: QtBot, sqlite_db: Database) -> None:
    assert not has_users(sqlite_db.uow())
    dialog = FirstAdminDialog(sqlite_db)
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.login_edit, "chief")
    type_text(qtbot, dialog.full_name_edit, "Начальникова Вера Петровна")
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert f"не меньше {MIN_PASSWORD_LENGTH}" in dialog.errors.message_for("password")
    assert dialog.password_edit.property("invalid") is True
    assert dialog.isVisible()

    for edit in (dialog.password_edit, dialog.repeat_edit):
        edit.clear()
    qtbot.keyClicks(dialog.password_edit, "long-enough-1")
    qtbot.keyClicks(dialog.repeat_edit, "long-enough-2")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.errors.message_for("password_repeat") == "Пароли не совпадают."

    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "long-enough-1")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.role is Role.ADMIN
    assert authenticate(sqlite_db.uow(), login="chief", password="long-enough-1").full_name == (
        "Начальникова Вера Петровна"
    )


def test_wrong_password_is_reported_in_the_login_dialog(qtbot: QtBot, office: Office) -> None:
    dialog = LoginDialog(office.db)
    show(qtbot, dialog)
    assert not dialog.hint_label.isVisible()
    qtbot.keyClicks(dialog.login_edit, "clerk")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Неверный логин или пароль."
    assert dialog.login_edit.text() == "clerk"
    assert dialog.password_edit.text() == ""


def test_demo_database_shows_its_sign_in_and_prefills_the_login(qtbot: QtBot, office: Office) -> None:
    with office.db.uow() as uow:
        write_setting(uow.session, DEMO_LOGIN_HINT, f"clerk / {TEST_PASSWORD}")
    dialog = LoginDialog(office.db, get_setting(office.db.uow(), DEMO_LOGIN_HINT))
    show(qtbot, dialog)
    assert dialog.hint_label.isVisible()
    assert dialog.hint_label.text() == f"Демо-вход: clerk / {TEST_PASSWORD}"
    assert dialog.login_edit.text() == "clerk"
    assert dialog.password_edit.hasFocus()
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.user == office.staff.clerk


def test_a_new_sqlite_database_is_created_and_filled_with_the_classifier(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new' / 'office.sqlite3'}")
    try:
        assert not has_users(db.uow())
        assert list_topics(db.uow())
    finally:
        db.dispose()


def test_a_postgresql_database_of_another_version_is_refused_with_a_message(pg_db: Database) -> None:
    with pg_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dbabe0000'"))
    try:
        with pytest.raises(SchemaOutdated, match="более новой версией"):
            open_database(pg_db.url.render_as_string(hide_password=False)).dispose()
    finally:
        with pg_db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head_revision()})
