"""Many workstations on one database (issue 8), as the clerk sees it: conflicts shown side by side,
presence, live refresh within two seconds, a lost connection that loses nothing, drafts after a crash,
and the administrator's users dialog."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from reception.db.database import Database
from reception.db.models import Appeal, AuditEvent
from reception.db.uow import CONNECTION_LOST
from reception.domain.errors import DatabaseUnavailable
from reception.drafts import DraftStore
from reception.services.appeals import get_appeal, register_appeal, update_appeal
from reception.services.users import authenticate, list_users
from tests.conftest import add_staff, pg_server_url
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.drafts_dialog import DraftsDialog
from ui.dialogs.users_dialog import NewUserDialog, UsersDialog
from ui.main_window import MainWindow
from ui.tasks import wait_for_background_tasks
from ui.topics import TopicCatalog


@pytest.fixture
def pg_office(pg_db: Database) -> Iterator[Office]:
    yield Office(pg_db, add_staff(pg_db))
    wait_for_background_tasks()


def open_editor(qtbot: QtBot, office: Office, appeal_id: int, login: str = "clerk") -> AppealDialog:
    user = office.staff.admin if login == "admin" else office.staff.clerk
    appeal = get_appeal(office.db.uow(), actor=user, appeal_id=appeal_id)
    dialog = AppealDialog(office.db, user, TopicCatalog(office.db), appeal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def retype(qtbot: QtBot, widget: Any, value: str) -> None:
    widget.clear()
    type_text(qtbot, widget, value)


def save(qtbot: QtBot, dialog: AppealDialog) -> None:
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def edited_events(db: Database, appeal_id: int) -> int:
    with db.engine.connect() as connection:
        return int(
            connection.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(
                    AuditEvent.entity == "appeal",
                    AuditEvent.entity_id == appeal_id,
                    AuditEvent.action == "edited",
                )
            )
            or 0
        )


# --- concurrent editing ------------------------------------------------------------------------------


def test_two_sessions_editing_the_same_appeal_see_both_values_and_merge_field_by_field(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    mine = open_editor(qtbot, office, appeal.id)
    theirs = open_editor(qtbot, office, appeal.id, login="admin")

    retype(qtbot, theirs.summary_edit, "Кровля: уточнено администратором")
    with qtbot.waitSignal(theirs.sig_appeal_saved, timeout=5000):
        save(qtbot, theirs)

    retype(qtbot, mine.summary_edit, "Кровля: моя формулировка")
    retype(qtbot, mine.text_edit, "Протекает кровля. Дополнено регистратором.")
    save(qtbot, mine)

    conflict = wait_for_window(qtbot, ConflictDialog, mine)
    assert "Администраторова" in conflict.who_label.text()
    assert set(conflict.differing) == {"summary", "text"}
    assert conflict.value("theirs", "summary") == "Кровля: уточнено администратором"
    assert conflict.value("mine", "summary") == "Кровля: моя формулировка"
    assert conflict.value("mine", "text") == "Протекает кровля. Дополнено регистратором."
    assert not conflict.overwrite_button.isVisibleTo(conflict)  # a clerk merges or reloads
    # nothing typed is lost while the clerk decides
    assert mine.summary_edit.text() == "Кровля: моя формулировка"

    conflict.take_theirs("summary")
    with qtbot.waitSignal(mine.sig_appeal_saved, timeout=5000):
        qtbot.mouseClick(conflict.merge_button, Qt.MouseButton.LeftButton)

    saved = get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id)
    assert saved.summary == "Кровля: уточнено администратором"
    assert saved.text == "Протекает кровля. Дополнено регистратором."
    assert saved.version == appeal.version + 2


def test_overwrite_is_offered_only_where_the_role_allows_it(qtbot: QtBot, office: Office) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    admin_editor = open_editor(qtbot, office, appeal.id, login="admin")
    update_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        appeal_id=appeal.id,
        expected_version=appeal.version,
        draft=replace(appeal.to_draft(), summary="Правка регистратора"),
    )
    retype(qtbot, admin_editor.summary_edit, "Правка администратора")
    save(qtbot, admin_editor)
    conflict = wait_for_window(qtbot, ConflictDialog, admin_editor)
    assert conflict.overwrite_button.isVisibleTo(conflict)
    with qtbot.waitSignal(admin_editor.sig_appeal_saved, timeout=5000):
        qtbot.mouseClick(conflict.overwrite_button, Qt.MouseButton.LeftButton)
    saved = get_appeal(office.db.uow(), actor=office.staff.admin, appeal_id=appeal.id)
    assert saved.summary == "Правка администратора"


def test_presence_shows_who_else_has_the_appeal_open_and_whether_they_edit(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    mine = open_editor(qtbot, office, appeal.id)
    theirs = open_editor(qtbot, office, appeal.id, login="admin")
    type_text(qtbot, theirs.text_edit, " Дополнение.")
    assert theirs.is_modified
    theirs.session.heartbeat()

    def shows_them_editing() -> bool:
        mine.session.heartbeat()
        return "редактирует" in mine.session.presence_label.text()

    qtbot.waitUntil(shows_them_editing, timeout=5000)
    assert mine.session.presence_label.isVisible()
    text_shown = mine.session.presence_label.text()
    assert text_shown.startswith("Сейчас открыто: ")
    assert "Администраторова А. А." in text_shown and "редактирует" in text_shown

    theirs.session.close()

    def shows_no_one() -> bool:
        mine.session.heartbeat()
        return not mine.session.presence_label.isVisible()

    qtbot.waitUntil(shows_no_one, timeout=5000)


# --- live refresh ----------------------------------------------------------------------------------


def wait_for_listener(qtbot: QtBot, db: Database) -> None:
    """The window's change feed has said LISTEN (it connects on its own thread)."""

    def listening() -> bool:
        with db.engine.connect() as connection:
            return bool(
                connection.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND query ILIKE 'LISTEN%'"
                    )
                )
            )

    qtbot.waitUntil(listening, timeout=10_000)


def test_a_change_saved_elsewhere_appears_within_two_seconds_keeping_selection_and_scroll(
    qtbot: QtBot, pg_office: Office, open_main_window: Callable[..., MainWindow]
) -> None:
    ids = [
        register_appeal(
            pg_office.db.uow(), actor=pg_office.staff.clerk, draft=appeal_draft(summary=f"Кровля {n}")
        ).id
        for n in range(60)
    ]
    window = open_main_window(pg_office)
    wait_for_listener(qtbot, pg_office.db)
    view = window.register_view
    qtbot.waitUntil(lambda: window.register_model.rowCount() == 60, timeout=5000)
    target = ids[20]  # somewhere in the middle: the view has to scroll to it
    assert window.select_appeal(target)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()

    other_workstation = Database(pg_office.db.url)
    try:
        changed = ids[30]
        appeal = get_appeal(other_workstation.uow(), actor=pg_office.staff.clerk, appeal_id=changed)
        update_appeal(
            other_workstation.uow(),
            actor=pg_office.staff.clerk,
            appeal_id=changed,
            expected_version=appeal.version,
            draft=replace(appeal.to_draft(), summary="Изменено на другом рабочем месте"),
        )

        def shown() -> bool:
            row = window.register_model.row_of(changed)
            register_row = window.register_model.register_row(row) if row is not None else None
            return register_row is not None and register_row.summary == "Изменено на другом рабочем месте"

        qtbot.waitUntil(shown, timeout=2000)
        assert window.register_model.rowCount() == 60
        assert window.current_appeal_id() == target
        assert bar.value() == scroll

        # a registration elsewhere appears too
        register_appeal(
            other_workstation.uow(), actor=pg_office.staff.clerk, draft=appeal_draft(summary="Новое")
        )
        qtbot.waitUntil(lambda: window.register_model.rowCount() == 61, timeout=2000)
        assert window.current_appeal_id() == target
    finally:
        other_workstation.dispose()


def test_an_open_card_follows_changes_elsewhere_or_says_so_when_modified(
    qtbot: QtBot, pg_office: Office, open_main_window: Callable[..., MainWindow]
) -> None:
    appeal = register_appeal(pg_office.db.uow(), actor=pg_office.staff.clerk, draft=appeal_draft())
    window = open_main_window(pg_office)
    wait_for_listener(qtbot, pg_office.db)
    window.open_appeal(appeal.id)
    editor = wait_for_window(qtbot, AppealDialog, window)

    other_workstation = Database(pg_office.db.url)
    try:

        def change_elsewhere(summary: str) -> None:
            fresh = get_appeal(other_workstation.uow(), actor=pg_office.staff.admin, appeal_id=appeal.id)
            update_appeal(
                other_workstation.uow(),
                actor=pg_office.staff.admin,
                appeal_id=appeal.id,
                expected_version=fresh.version,
                draft=replace(fresh.to_draft(), summary=summary),
            )

        change_elsewhere("Первая правка администратора")
        # an unmodified card simply shows the new values
        qtbot.waitUntil(lambda: editor.summary_edit.text() == "Первая правка администратора", timeout=2000)
        assert not editor.session.changed_banner.isVisible()

        type_text(qtbot, editor.text_edit, " Моё дополнение.")
        change_elsewhere("Вторая правка администратора")
        qtbot.waitUntil(lambda: editor.session.changed_banner.isVisible(), timeout=2000)
        assert "изменено другим пользователем" in editor.session.changed_label.text()
        assert editor.summary_edit.text() == "Первая правка администратора"  # the form is left alone
        assert " Моё дополнение." in editor.text_edit.toPlainText()
    finally:
        other_workstation.dispose()


# --- faults ------------------------------------------------------------------------------------------


@contextlib.contextmanager
def server_refusing(db: Database) -> Iterator[Callable[[], None]]:
    """The database stops answering: its connections are killed and new ones refused until `back()`."""
    admin = create_engine(
        make_url(pg_server_url()).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    name = db.url.database
    refusing = True

    def back() -> None:
        nonlocal refusing
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        refusing = False

    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
            {"name": name},
        )
    try:
        yield back
    finally:
        if refusing:
            back()
        admin.dispose()


def test_connection_lost_during_save_keeps_the_form_writes_a_draft_and_saves_once_after_reconnect(
    qtbot: QtBot,
    pg_office: Office,
    open_main_window: Callable[..., MainWindow],
    _workstation_dirs: Path,
) -> None:
    appeal = register_appeal(pg_office.db.uow(), actor=pg_office.staff.clerk, draft=appeal_draft())
    window = open_main_window(pg_office)
    window.open_appeal(appeal.id)
    editor = wait_for_window(qtbot, AppealDialog, window)
    retype(qtbot, editor.summary_edit, "Кровля: правка во время обрыва связи")
    draft_file = _workstation_dirs / "drafts" / f"appeal-{appeal.id}.json"

    with server_refusing(pg_office.db) as server_back:
        save(qtbot, editor)
        assert editor.isVisible()
        assert editor.session.connection_banner.isVisible()
        assert "Нет связи с базой данных" in editor.session.connection_banner.text()
        qtbot.waitUntil(lambda: window.connection_banner.isVisible(), timeout=2000)
        assert editor.summary_edit.text() == "Кровля: правка во время обрыва связи"
        assert draft_file.exists()
        stored = DraftStore(draft_file.parent).load(draft_file.stem)
        assert stored is not None
        assert stored.draft.summary == "Кровля: правка во время обрыва связи"
        assert stored.version == appeal.version
        server_back()

    # the workstation finds the database again by itself
    qtbot.waitUntil(lambda: not editor.session.connection_banner.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=2000)
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=5000):
        save(qtbot, editor)
    saved = get_appeal(pg_office.db.uow(), actor=pg_office.staff.clerk, appeal_id=appeal.id)
    assert saved.summary == "Кровля: правка во время обрыва связи"
    assert edited_events(pg_office.db, appeal.id) == 1  # saved once
    assert not draft_file.exists()


def test_a_registration_whose_answer_was_lost_is_not_duplicated_when_retried(
    qtbot: QtBot, pg_office: Office
) -> None:
    dialog = AppealDialog(pg_office.db, pg_office.staff.clerk, TopicCatalog(pg_office.db))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.load_draft(appeal_draft(summary="Регистрация при обрыве связи"))
    server = make_url(pg_server_url()).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    lost_once: list[bool] = []

    def connection_dies_after_commit(session: Session) -> None:
        # The server committed; the workstation never hears back: its backend is killed now.
        if lost_once:
            return
        lost_once.append(True)
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": pg_office.db.url.database},
            )
        raise DatabaseUnavailable(CONNECTION_LOST)

    event.listen(pg_office.db.session_factory, "after_commit", connection_dies_after_commit)
    try:
        save(qtbot, dialog)
        assert lost_once
        assert dialog.isVisible()
        assert dialog.session.connection_banner.isVisible()
        assert dialog.summary_edit.text() == "Регистрация при обрыве связи"
        with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
            save(qtbot, dialog)
    finally:
        event.remove(pg_office.db.session_factory, "after_commit", connection_dies_after_commit)
        admin.dispose()
    with pg_office.db.engine.connect() as connection:
        numbers = connection.execute(select(Appeal.reg_number)).scalars().all()
    assert len(numbers) == 1
    assert numbers[0].endswith("-000001")
    assert dialog.saved_appeal is not None and dialog.saved_appeal.reg_number == numbers[0]


def test_drafts_left_by_a_crash_are_offered_at_start_and_restored_with_their_version(
    qtbot: QtBot,
    office: Office,
    open_main_window: Callable[..., MainWindow],
    _workstation_dirs: Path,
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    store = DraftStore(_workstation_dirs / "drafts")
    store.save(
        DraftStore.key_for(appeal.id, "x"),
        draft=replace(appeal.to_draft(), summary="Несохранённая правка"),
        appeal_id=appeal.id,
        version=appeal.version,
        title=f"Обращение {appeal.reg_number}",
    )
    # meanwhile someone else saved the appeal: the restored draft must meet a conflict, not overwrite it
    update_appeal(
        office.db.uow(),
        actor=office.staff.admin,
        appeal_id=appeal.id,
        expected_version=appeal.version,
        draft=replace(appeal.to_draft(), text="Текст, исправленный администратором."),
    )

    window = open_main_window(office)
    offer = wait_for_window(qtbot, DraftsDialog, window)
    assert "Восстановить несохранённые обращения?" in offer.question_label.text()
    assert offer.drafts_list.count() == 1
    assert "Несохранённая правка" in offer.drafts_list.item(0).text()
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)

    editor = wait_for_window(qtbot, AppealDialog, window)
    assert editor.summary_edit.text() == "Несохранённая правка"
    assert editor.is_modified
    save(qtbot, editor)
    conflict = wait_for_window(qtbot, ConflictDialog, editor)
    assert conflict.value("theirs", "text") == "Текст, исправленный администратором."
    conflict.take_theirs("text")
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=5000):
        qtbot.mouseClick(conflict.merge_button, Qt.MouseButton.LeftButton)
    saved = get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id)
    assert (saved.summary, saved.text) == ("Несохранённая правка", "Текст, исправленный администратором.")
    assert store.pending() == []


# --- administration --------------------------------------------------------------------------------


def test_users_dialog_adds_resets_and_deactivates_for_admins_only(
    qtbot: QtBot, office: Office, open_main_window: Callable[..., MainWindow]
) -> None:
    clerk_window = open_main_window(office)
    assert not clerk_window.users_action.isVisible()
    clerk_window.close()

    window = open_main_window(office, "admin")
    assert window.users_action.isVisible()
    window.users_action.trigger()
    users = wait_for_window(qtbot, UsersDialog, window)
    assert users.users_table.rowCount() == 4

    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    new_user = wait_for_window(qtbot, NewUserDialog, users)
    qtbot.keyClicks(new_user.login_edit, "clerk2")
    type_text(qtbot, new_user.name_edit, "Новикова Дарья Сергеевна")
    qtbot.keyClicks(new_user.password_edit, "short")
    new_user._on_ok()
    assert new_user.isVisible() and "8" in new_user.error_label.text()  # the core's minimum length
    new_user.password_edit.clear()
    qtbot.keyClicks(new_user.password_edit, "long-enough-1")
    new_user._on_ok()
    qtbot.waitUntil(lambda: users.users_table.rowCount() == 5, timeout=3000)
    assert users.current_user() is not None and users.current_user().login == "clerk2"  # type: ignore[union-attr]

    qtbot.mouseClick(users.reset_button, Qt.MouseButton.LeftButton)
    password_box = wait_for_window(qtbot, QInputDialog, users)
    password_box.setTextValue("brand-new-pass-1")
    password_box.accept()
    authenticate(office.db.uow(), login="clerk2", password="brand-new-pass-1")

    assert users.active_button.text().replace("&", "") == "Отключить"
    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)
    clerk2 = next(u for u in list_users(office.db.uow(), actor=office.staff.admin) if u.login == "clerk2")
    assert not clerk2.is_active
    assert users.active_button.text().replace("&", "") == "Включить"

    assert users.select_login("admin")
    assert not users.active_button.isEnabled()  # an administrator cannot switch themselves off
