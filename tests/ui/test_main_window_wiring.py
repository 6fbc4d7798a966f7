"""The main window reaches every part of the app: menus, letters and attachments in the editor,
reports, export of the register, an e-mail turned into an appeal."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reception.services import appeals, workflow
from reception.services.attachments import list_attachments
from tests.factories import ROOF_LEAK, appeal_draft
from tests.ui.conftest import Office, activate, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.reports_window import ReportsWindow

OpenMainWindow = Callable[..., MainWindow]


def menu_titles(window: object) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions() if action.isVisible()]  # type: ignore[attr-defined]


def test_the_menus_a_desktop_user_expects(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    admin = open_main_window(office, "admin")
    assert menu_titles(admin) == [
        "Файл",
        "Правка",
        "Обращение",
        "Консультации",
        "Представления",
        "Отчёты",
        "Сервис",
        "Справка",
    ]
    clerk = open_main_window(office, "clerk")
    (tools,) = [m for m in clerk.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Сервис"]
    assert [a for a in tools.actions() if not a.isSeparator()] == [clerk.settings_action]  # no admin tools
    assert not clerk.reports_action.isEnabled()
    for action in (
        admin.new_appeal_action,
        admin.open_by_number_action,
        admin.reports_action,
        admin.export_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()


def test_a_manager_opens_the_reports_window_with_ctrl_r(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "manager")
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reports = window.reports_window
    assert isinstance(reports, ReportsWindow)
    qtbot.waitUntil(reports.isVisible, timeout=3000)


def test_the_editor_drafts_a_letter_and_lists_attachments(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    view = appeals.register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    workflow.assign(
        office.db.uow(), actor=office.staff.clerk, appeal_id=view.id, executor_id=office.staff.executor.id
    )
    workflow.start_work(office.db.uow(), actor=office.staff.executor, appeal_id=view.id)
    window = open_main_window(office, "executor")
    dialog = window.open_appeal(view.id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs is not None and dialog.tabs.currentWidget() is dialog.letters_panel
    assert dialog.letters_panel.letter_list.count() == 0
    qtbot.mouseClick(dialog.letters_panel.new_letter_button, Qt.MouseButton.LeftButton)
    letter = wait_for_window(qtbot, LetterDialog, dialog.letters_panel)
    letter.template_combo.setCurrentIndex(letter.template_combo.findData("answer_on_merits"))
    qtbot.mouseClick(letter.fill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.letters_panel.letter_list.count() == 1, timeout=3000)
    assert "Черновик" in dialog.letters_panel.letter_list.item(0).text()
    letter.close()
    dialog.tabs.setCurrentWidget(dialog.attachments_widget)
    assert dialog.attachments_widget.attachment_list.count() == 0


def test_the_register_as_shown_is_exported(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, tmp_path: Path
) -> None:
    for _ in range(3):
        appeals.register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    window = open_main_window(office, "clerk")
    target = tmp_path / "register.xlsx"
    window.export_register_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage(), timeout=5000)
    book = openpyxl.load_workbook(target)
    numbers = [
        c.value
        for s in book.worksheets
        for row in s.iter_rows()
        for c in row
        if str(c.value).startswith("ВП-")
    ]
    assert len(numbers) == 3 and len(set(numbers)) == 3


def test_an_email_becomes_a_prefilled_appeal_and_keeps_its_attachment(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, tmp_path: Path
) -> None:
    message = EmailMessage()
    message["From"] = "Орлова Вера <v.orlova@example.ru>"
    message["To"] = "reception@example.ru"
    message["Subject"] = "Не вывозят мусор с площадки"
    message["Date"] = "Mon, 23 Nov 2026 10:15:00 +0300"
    message.set_content("Третью неделю не вывозят мусор с контейнерной площадки у дома 7.")
    message.add_attachment(b"%PDF-1.4 photo", maintype="application", subtype="pdf", filename="фото.pdf")
    path = tmp_path / "letter.eml"
    path.write_bytes(bytes(message))

    window = open_main_window(office, "clerk")
    dialog = window.open_email(path)
    assert isinstance(dialog, AppealDialog)
    qtbot.waitExposed(dialog)
    assert dialog.summary_edit.text() == "Не вывозят мусор с площадки"
    assert dialog.email_edit.text() == "v.orlova@example.ru"
    assert "фото.pdf" in dialog.general_error_label.text()
    dialog.address_edit.setText("г. Москва, ул. Лесная, д. 7, кв. 3")
    dialog._append_question(ROOF_LEAK)
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
        dialog.save_button.click()
    saved = dialog.saved_appeal
    assert saved is not None
    files = list_attachments(office.db.uow(), actor=office.staff.clerk, appeal_id=saved.id)
    assert [f.file_name for f in files] == ["фото.pdf"]
