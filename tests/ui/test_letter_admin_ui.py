"""The letters' admin windows: the template editor's live check and save, the outgoing register."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reception.services import appeals, letters, workflow
from reception.services.letter_templates import get_template, list_templates
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate, top_level, type_text, wait_for_window
from tests.ui.test_keyboard_access import check
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.letter_templates_dialog import LetterTemplatesDialog
from ui.dialogs.outgoing_register_dialog import OutgoingRegisterDialog, PdfViewerDialog
from ui.main_window import MainWindow


def approved_letter(office: Office) -> letters.LetterView:
    staff = office.staff
    view = appeals.register_appeal(office.db.uow(), actor=staff.clerk, draft=appeal_draft())
    workflow.assign(office.db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(office.db.uow(), actor=staff.executor, appeal_id=view.id)
    draft = letters.create_letter(
        office.db.uow(), actor=staff.executor, appeal_id=view.id, template_name="answer_on_merits"
    )
    letters.send_for_approval(office.db.uow(), actor=staff.executor, letter_id=draft.id)
    return letters.approve_letter(office.db.uow(), actor=staff.manager, letter_id=draft.id)


def test_the_admin_edits_a_template_sees_the_line_and_column_fixes_it_and_saves(
    qtbot: QtBot, office: Office, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window(office, "admin")
    menus = window.menuBar().findChildren(QMenu)
    assert any(window.letter_windows.templates_action in menu.actions() for menu in menus)
    window.letter_windows.templates_action.trigger()
    dialog = wait_for_window(qtbot, LetterTemplatesDialog)
    assert dialog.template_list.count() == 6
    assert dialog.check_label.text().startswith("✓")

    row = next(
        i
        for i in range(dialog.template_list.count())
        if "interim_reply" in dialog.template_list.item(i).text()
    )
    dialog.template_list.setCurrentRow(row)
    assert dialog.current is not None and dialog.current.name == "interim_reply"
    before = get_template(office.db.uow(), actor=office.staff.admin, name="interim_reply")
    lines = dialog.body_edit.toPlainText().count("\n") + 1

    # Type a new last line with a misspelt field, as a user would.
    activate(qtbot, dialog)
    dialog.body_edit.setFocus()
    dialog.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.body_edit, "Тел.: {{ executor.phnoe }}")
    assert dialog.is_dirty and "*" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.problems_list.count() == 1, timeout=3000)
    problem = dialog.problems_list.item(0).text()
    line = lines + 1
    assert f"строка {line}, позиция 10" in problem, problem
    assert "executor.phnoe" in problem
    assert "Проблем: 1" in dialog.check_label.text(), dialog.check_label.text()

    # Saving refuses and says where; nothing changes in the database.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message_for("body") and f"строка {line}, позиция 10" in dialog.errors.message_for(
        "body"
    )
    assert (
        get_template(office.db.uow(), actor=office.staff.admin, name="interim_reply").version
        == before.version
    )

    # A click on the problem puts the cursor on it.
    dialog.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
    item = dialog.problems_list.item(0)
    qtbot.mouseClick(
        dialog.problems_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.problems_list.visualItemRect(item).center(),
    )
    cursor = dialog.body_edit.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (line, 10)
    assert dialog.position_label.text() == f"Строка {line}, позиция 10"

    # Fix the typo: select the misspelt word and type over it.
    found = dialog.body_edit.document().find("phnoe")
    dialog.body_edit.setTextCursor(found)
    type_text(qtbot, dialog.body_edit, "phone")
    qtbot.waitUntil(lambda: dialog.problems_list.count() == 0, timeout=3000)
    assert dialog.check_label.text().startswith("✓")

    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert not dialog.is_dirty, dialog.general_error_label.text()
    saved = get_template(office.db.uow(), actor=office.staff.admin, name="interim_reply")
    assert saved.version == before.version + 1
    assert saved.body.rstrip().endswith("Тел.: {{ executor.phone }}")

    # The exact PDF for sample data, in the window.
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000) as preview:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert preview.args[0] >= 1
    dialog.close()


def test_a_template_is_created_deactivated_with_confirmation_and_activated_again(
    qtbot: QtBot, office: Office
) -> None:
    dialog = LetterTemplatesDialog(office.db, office.staff.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.current is None and not dialog.name_edit.isReadOnly()
    type_text(qtbot, dialog.name_edit, "roof_answer")
    type_text(qtbot, dialog.title_edit, "О ремонте кровли")
    dialog.body_edit.setFocus()
    type_text(qtbot, dialog.body_edit, "{{ applicant.salutation }}")
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.body_edit, "Кровля отремонтирована.")
    dialog.check_now()
    assert dialog.problems_list.count() == 0
    assert dialog.save() is not None, dialog.general_error_label.text()
    assert (
        dialog.current is not None and dialog.current.name == "roof_answer" and dialog.name_edit.isReadOnly()
    )

    box = dialog.ask_deactivate()
    assert "roof_answer" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: dialog.current is not None and not dialog.current.active, timeout=3000)
    assert "roof_answer" not in {t.name for t in list_templates(office.db.uow(), actor=office.staff.clerk)}
    assert dialog.active_button.text().replace("&", "") == "Включить"

    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)  # the undo
    assert dialog.current is not None and dialog.current.active
    assert "roof_answer" in {t.name for t in list_templates(office.db.uow(), actor=office.staff.clerk)}


def test_the_outgoing_register_lists_an_approved_letter_and_opens_it(
    qtbot: QtBot,
    qtmodeltester: object,
    office: Office,
    open_main_window: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    letter = approved_letter(office)
    window = open_main_window(office, "clerk")
    menus = window.menuBar().findChildren(QMenu)
    assert not any(window.letter_windows.templates_action in menu.actions() for menu in menus)
    assert any(window.letter_windows.outgoing_action in menu.actions() for menu in menus)
    window.letter_windows.outgoing_action.trigger()
    dialog = wait_for_window(qtbot, OutgoingRegisterDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.is_loading, timeout=5000)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    shown = [dialog.model.data(dialog.model.index(0, c)) for c in range(dialog.model.columnCount())]
    assert shown[0] == letter.out_number and shown[1] == f"{letter.out_date:%d.%m.%Y}"
    assert shown[2] == "Смирнова Ольга Викторовна" and shown[3] == letter.appeal_reg_number
    assert shown[4] == "И. И. Образцов" and shown[5] == "Утверждено" and shown[6] == "0"
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Писем: 1", timeout=5000)

    # A text that matches nothing, then back.
    activate(qtbot, dialog)
    dialog.search_edit.setFocus()
    type_text(qtbot, dialog.search_edit, "Петров")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.model.is_loading and dialog.model.rowCount() == 0, timeout=5000)
    dialog.search_edit.clear()
    type_text(qtbot, dialog.search_edit, "смирнова")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.model.is_loading and dialog.model.rowCount() == 1, timeout=5000)
    assert top_level(AppealDialog) is None  # Enter in the search only searches
    dialog.table_view.selectRow(0)
    dialog.table_view.setFocus()

    with qtbot.waitSignal(dialog.sig_pdf_shown, timeout=10_000) as shown_pdf:
        qtbot.keyClick(dialog.table_view, Qt.Key.Key_Return)  # Enter on the row
    viewer = shown_pdf.args[0]
    assert isinstance(viewer, PdfViewerDialog) and viewer.pdf_document.pageCount() >= 1
    assert letter.out_number is not None and letter.out_number in viewer.windowTitle()
    viewer.close()
    assert top_level(AppealDialog) is None  # Enter on the row opened the PDF only

    qtbot.mouseClick(dialog.open_appeal_button, Qt.MouseButton.LeftButton)
    editor = wait_for_window(qtbot, AppealDialog)
    assert letter.appeal_reg_number in editor.windowTitle()
    editor.close()

    # A period without letters, then all dates again: the filter applies as the box is ticked.
    dialog.from_edit.setDate(QDate(2020, 1, 1))
    dialog.to_edit.setDate(QDate(2020, 1, 31))
    dialog.period_check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.model.is_loading and dialog.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Писем: 0", timeout=5000)
    dialog.period_check.setChecked(False)
    qtbot.waitUntil(lambda: not dialog.model.is_loading and dialog.model.rowCount() == 1, timeout=5000)

    progress = dialog.export_to(tmp_path / "outgoing.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "outgoing.xlsx").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "outgoing.xlsx" in dialog.count_label.text(), timeout=5000)
    assert progress.wasCanceled() is False
    assert dialog.model.index(0, 0, QModelIndex()).isValid()


def test_both_windows_name_every_control_and_no_alt_letter_means_two_things(
    qtbot: QtBot, office: Office
) -> None:
    approved_letter(office)
    problems: list[str] = []
    for window in (
        LetterTemplatesDialog(office.db, office.staff.admin),
        OutgoingRegisterDialog(office.db, office.staff.clerk),
    ):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        problems += check(window)
    assert not problems, "\n".join(problems)
