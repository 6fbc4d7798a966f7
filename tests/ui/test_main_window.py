"""The main window as a clerk uses it: sign in, register by keyboard, find, open by number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from reception.db.database import Database
from reception.domain.appeals import AppealStatus, Channel
from reception.services.appeals import register_appeal
from tests.conftest import TEST_PASSWORD, add_staff
from tests.factories import ROOF_LEAK, appeal_draft, applicant_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.labels import label_of
from ui.main_window import MainWindow

OpenMainWindow = Callable[[Office], MainWindow]


def register_rows(window: MainWindow) -> list[str]:
    model = window.register_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_clerk_signs_in_registers_an_appeal_by_keyboard_and_sees_it_in_the_register(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    login = LoginDialog(office.db)
    qtbot.addWidget(login)
    login.show()
    activate(qtbot, login)
    qtbot.keyClicks(login.login_edit, "clerk")
    qtbot.keyClick(login.login_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=5000):
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert login.user == office.staff.clerk

    window = open_main_window(office)
    assert window.windowTitle() == "Приёмная — Регистраторова Ксения Олеговна"
    assert register_rows(window) == []
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 0", timeout=3000)
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_window(qtbot, AppealDialog, window)
    activate(qtbot, dialog)

    type_text(qtbot, dialog.surname_edit, "Лебедев")
    qtbot.keyClick(dialog.surname_edit, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.first_name_edit, "Андрей")
    type_text(qtbot, dialog.address_edit, "г. Москва, ул. Арбат, д. 10, кв. 5")
    type_text(qtbot, dialog.text_edit, "Над квартирой протекает крыша после дождя.")
    qtbot.keyClicks(dialog.topic_edit, ROOF_LEAK)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    assert dialog.question_codes() == [ROOF_LEAK]
    activate(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = dialog.saved_appeal
    assert saved is not None

    qtbot.waitUntil(lambda: register_rows(window) == [saved.reg_number], timeout=5000)
    assert window.current_appeal_id() == saved.id  # the new appeal is selected
    assert saved.reg_number in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 1", timeout=3000)
    summary_column = next(i for i, c in enumerate(window.register_model.columns) if c.key == "summary")
    assert (
        window.register_model.index(0, summary_column).data() == "Над квартирой протекает крыша после дождя."
    )
    assert window.register_model.index(0, 3).data() == "Лебедев А."


def test_ctrl_g_opens_an_appeal_by_its_number_as_typed(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    window = open_main_window(office)
    prefix, year, sequence = appeal.reg_number.split("-")
    typed = f"{prefix.lower()}-{year}-{int(sequence)}"  # «вп-2026-1» finds «ВП-2026-000001»

    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    ask = wait_for_window(qtbot, QInputDialog, window)
    edit = ask.findChild(QLineEdit)
    assert edit is not None
    type_text(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    dialog = wait_for_window(qtbot, AppealDialog, window)
    assert appeal.reg_number in dialog.windowTitle()
    assert dialog.summary_edit.text() == appeal.summary


def test_unknown_registration_number_is_reported(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office)
    window.open_by_number("ВП-2020-999999")
    box = wait_for_window(qtbot, QMessageBox, window)
    assert "не найдено" in box.text()
    assert all(
        not isinstance(w, AppealDialog) or not w.isVisible() for w in window.findChildren(AppealDialog)
    )


def test_enter_on_a_register_row_opens_the_appeal(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    window = open_main_window(office)
    qtbot.waitUntil(lambda: window.current_appeal_id() == appeal.id, timeout=3000)
    activate(qtbot, window)
    window.register_view.setFocus()
    qtbot.keyClick(window.register_view, Qt.Key.Key_Return)
    dialog = wait_for_window(qtbot, AppealDialog, window)
    assert appeal.reg_number in dialog.windowTitle()


def test_search_box_filters_the_register_and_recounts(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    other = register_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=appeal_draft(
            applicant=applicant_draft(surname="Журавлёв", first_name="Олег", phone="+7 903 111-22-33"),
            summary="Шум от ремонта",
        ),
    )
    window = open_main_window(office)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 2, timeout=3000)
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    type_text(qtbot, window.search_edit, "журав")  # the debounce applies it without Enter
    qtbot.waitUntil(lambda: register_rows(window) == [other.reg_number], timeout=3000)
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 1", timeout=3000)

    assert window.empty_label.isHidden()

    type_text(qtbot, window.search_edit, "ъъъ")  # nothing matches: the table says so
    qtbot.waitUntil(lambda: register_rows(window) == [] and window.empty_label.isVisible(), timeout=3000)
    assert window.empty_label.text() == "Ни одно обращение не подходит под запрос или фильтры."

    window.search_edit.clear()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 2, timeout=3000)
    assert window.empty_label.isHidden()


def test_an_empty_register_says_there_are_no_appeals_yet(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office)
    qtbot.waitUntil(window.empty_label.isVisible, timeout=3000)
    assert window.empty_label.text() == "Обращений пока нет."
    # Sorting filters nothing: the register is still empty for want of appeals, not of matches.
    status = [c.key for c in window.register_model.columns].index("status")
    window.register_view.horizontalHeader().setSortIndicator(status, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not window.register_model.is_loading, timeout=3000)
    qtbot.waitUntil(window.empty_label.isVisible, timeout=3000)
    assert window.empty_label.text() == "Обращений пока нет."


def test_main_window_lists_the_register_on_both_backends(qtbot: QtBot, db: Database) -> None:
    office = Office(db, add_staff(db))
    appeal = register_appeal(db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    window = MainWindow(db, office.staff.manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: register_rows(window) == [appeal.reg_number], timeout=5000)
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 1", timeout=3000)
    assert not window.new_appeal_action.isEnabled()  # a manager does not register appeals
    assert db.backend in window.database_label.text()


def test_channel_and_status_columns_are_as_wide_as_their_longest_names(qtbot: QtBot, db: Database) -> None:
    office = Office(db, add_staff(db))
    window = MainWindow(db, office.staff.clerk)
    qtbot.addWidget(window)
    view = window.register_view
    metrics = view.fontMetrics()
    columns = [column.key for column in window.register_model.columns]
    for key, names in (("channel", list(Channel)), ("status", list(AppealStatus))):
        longest = max(metrics.horizontalAdvance(label_of(value)) for value in names)
        assert view.columnWidth(columns.index(key)) >= min(240, longest + 16), key
    assert metrics.horizontalAdvance("Направлено по компетенции") + 16 <= view.columnWidth(
        columns.index("status")
    )
