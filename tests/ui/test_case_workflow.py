"""The case workflow in the UI: routing from the register, «My appeals», steps offered, the one
extension, outcomes, history, repeated appeals, the overdue count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from reception.domain.appeals import AppealStatus, Outcome
from reception.domain.deadlines import office_date
from reception.domain.workflow import Action, LegalGround
from reception.services import workflow
from reception.services.appeals import AppealView, get_appeal, register_appeal
from reception.services.departments import add_department
from tests.factories import ROOF_LEAK, appeal_draft, applicant_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.assign_dialog import AssignDialog
from ui.dialogs.extend_dialog import ExtendDialog
from ui.dialogs.forward_dialog import ForwardDialog
from ui.dialogs.leave_without_answer_dialog import LeaveWithoutAnswerDialog
from ui.dialogs.repeats_dialog import RepeatsDialog
from ui.main_window import MainWindow
from ui.topics import TopicCatalog

OpenMainWindow = Callable[..., MainWindow]


def register_rows(window: MainWindow) -> list[str]:
    model = window.register_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(window: MainWindow, reg_number: str, key: str) -> str:
    model = window.register_model
    rows = register_rows(window)
    if reg_number not in rows:
        return ""  # the register is reloading
    row = rows.index(reg_number)
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return str(model.index(row, column).data())


def open_editor(qtbot: QtBot, office: Office, actor_login: str, appeal: AppealView) -> AppealDialog:
    actor = getattr(office.staff, actor_login)
    fresh = get_appeal(office.db.uow(), actor=actor, appeal_id=appeal.id)
    dialog = AppealDialog(office.db, actor, TopicCatalog(office.db), fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_clerk_assigns_an_appeal_from_the_register_and_the_executor_sees_it_in_my_appeals(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    add_department(office.db.uow(), actor=office.staff.admin, name="Отдел ЖКХ")
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    other = register_appeal(
        office.db.uow(), actor=office.staff.clerk, draft=appeal_draft(summary="Шум от ремонта")
    )
    window = open_main_window(office, "clerk")
    qtbot.waitUntil(lambda: len(register_rows(window)) == 2, timeout=3000)
    assert window.select_appeal(appeal.id)
    activate(qtbot, window)
    window.register_view.setFocus()
    qtbot.keyClick(window.register_view, Qt.Key.Key_Return)
    editor = wait_for_window(qtbot, AppealDialog, window)
    activate(qtbot, editor)
    assert Action.ASSIGN in editor.case_panel.offered_steps()

    qtbot.keyClick(
        editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assign = wait_for_window(qtbot, AssignDialog, editor)
    activate(qtbot, assign)
    assert assign.executor_combo.currentText() == "Исполнителев Пётр Петрович"
    assert assign.executor_combo.hasFocus()
    qtbot.keyClick(assign.executor_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(assign.department_combo, Qt.Key.Key_Down)  # «— не указано —» → «Отдел ЖКХ»
    assert assign.department_combo.currentText() == "Отдел ЖКХ"
    qtbot.keyClick(assign.department_combo, Qt.Key.Key_Tab)
    assert assign.resolution_edit.hasFocus()
    type_text(qtbot, assign.resolution_edit, "Подготовить ответ до 20.03")
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=5000):
        qtbot.keyClick(assign.resolution_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not assign.isVisible()

    # the editor shows the appeal as it is now, the register follows
    assert editor.case_panel.status_label.text() == "Назначен исполнитель"
    assert editor.case_panel.assignee_label.text() == "Исполнителев Пётр Петрович"
    assert editor.case_panel.department_label.text() == "Отдел ЖКХ"
    assert editor.case_panel.resolution_label.text() == "Подготовить ответ до 20.03"
    qtbot.waitUntil(lambda: cell(window, appeal.reg_number, "assignee") == "Исполнителев П. П.", timeout=3000)
    assert cell(window, appeal.reg_number, "status") == "Назначен исполнитель"

    # the executor starts on «My appeals» and finds it there, and only it
    mine = open_main_window(office, "executor")
    assert mine.filter_combo.currentText() == "Мои обращения"
    qtbot.waitUntil(lambda: register_rows(mine) == [appeal.reg_number], timeout=3000)
    qtbot.waitUntil(lambda: mine.count_label.text() == "Обращений: 1", timeout=3000)
    assert other.reg_number not in register_rows(mine)
    mine.set_preset("all")
    qtbot.waitUntil(lambda: len(register_rows(mine)) == 2, timeout=3000)


def test_my_appeals_is_offered_to_executors_only(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    clerk_window = open_main_window(office, "clerk")
    assert clerk_window.filter_combo.currentText() == "Все обращения"
    assert clerk_window.filter_combo.findText("Мои обращения") < 0


def test_executor_is_offered_start_of_work_on_their_appeal_and_no_approval(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    workflow.assign(
        office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id, executor_id=office.staff.executor.id
    )
    editor = open_editor(qtbot, office, "executor", appeal)
    assert editor.tabs is not None and editor.tabs.currentWidget() is editor.case_panel
    panel = editor.case_panel
    assert panel.offered_steps() == [Action.START]
    start = panel.step_buttons[Action.START]
    assert start.isVisible() and start.text() == "&Принять в работу"
    assert not panel.step_buttons[Action.APPROVE_ANSWER].isVisible()
    assert not panel.step_actions[Action.APPROVE_ANSWER].isEnabled()

    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=3000):
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert panel.status_label.text() == "В работе"
    assert panel.offered_steps() == [Action.PREPARE_ANSWER]
    assert "Принять в работу" in panel.notice_label.text()
    # the shortcut of a step not offered does nothing
    qtbot.keyClick(
        editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert get_appeal(office.db.uow(), actor=office.staff.executor, appeal_id=appeal.id).status is (
        AppealStatus.IN_PROGRESS
    )


def test_extension_is_offered_once_and_a_second_is_refused_with_the_cores_message(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    editor = open_editor(qtbot, office, "manager", appeal)
    stale = get_appeal(office.db.uow(), actor=office.staff.manager, appeal_id=appeal.id)
    assert Action.EXTEND in editor.case_panel.offered_steps()

    qtbot.keyClick(
        editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    extend = wait_for_window(qtbot, ExtendDialog, editor)
    activate(qtbot, extend)
    assert extend.days_spin.value() == 30
    assert (extend.days_spin.minimum(), extend.days_spin.maximum()) == (1, 30)
    qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)  # no reason given
    assert extend.isVisible()
    assert "причину" in extend.errors.message_for("reason")
    type_text(qtbot, extend.reason_edit, "Запрошены документы")
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=3000):
        qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)
    assert Action.EXTEND not in editor.case_panel.offered_steps()
    assert not editor.case_panel.step_buttons[Action.EXTEND].isVisible()
    assert "Запрошены документы" in editor.case_panel.extension_label.text()

    # a dialog opened on the appeal as it was before (another workstation) is refused by the core
    second = ExtendDialog(office.db, office.staff.manager, stale)
    qtbot.addWidget(second)
    second.show()
    type_text(qtbot, second.reason_edit, "Ещё раз")
    qtbot.mouseClick(second.ok_button, Qt.MouseButton.LeftButton)
    assert second.isVisible()
    assert "только один раз" in second.general_error_label.text()
    assert second.reason_edit.toPlainText() == "Ещё раз"


def test_history_tab_shows_the_assignment_in_plain_language(qtbot: QtBot, office: Office) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    workflow.assign(
        office.db.uow(),
        actor=office.staff.clerk,
        appeal_id=appeal.id,
        executor_id=office.staff.executor.id,
        resolution="подготовить ответ до 20.03",
    )
    editor = open_editor(qtbot, office, "clerk", appeal)
    qtbot.keyClick(editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs is not None and editor.tabs.currentWidget() is editor.history_view
    lines = editor.history_view.toPlainText().splitlines()
    assert len(lines) == 2
    assert "зарегистрировано под №" in lines[0]  # newest last
    assert lines[1].endswith(
        "Регистраторова К. О.: назначен исполнитель Исполнителев П. П.: «подготовить ответ до 20.03»"
    )
    assert editor.history_view.isReadOnly()
    assert editor.history_view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_outcome_is_recorded_by_the_executor_and_reverted_when_the_core_refuses(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    workflow.assign(
        office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id, executor_id=office.staff.executor.id
    )
    clerk_editor = open_editor(qtbot, office, "clerk", appeal)
    assert not clerk_editor.case_panel.outcome_combos[0].isEnabled()  # the core says a clerk may not

    editor = open_editor(qtbot, office, "executor", appeal)
    combo = editor.case_panel.outcome_combos[0]
    assert combo.isEnabled() and combo.currentText() == "В работе"
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=3000):
        combo.setCurrentIndex(combo.findText("Разъяснено"))
    view = get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id)
    assert view.questions[0].outcome is Outcome.EXPLAINED

    # closed elsewhere in the meantime: the change is refused, shown, and the combo goes back
    with office.db.engine.begin() as connection:
        connection.execute(text("UPDATE appeals SET status = 'closed' WHERE id = :id"), {"id": appeal.id})
    combo = editor.case_panel.outcome_combos[0]
    combo.setCurrentIndex(combo.findText("Поддержано"))
    box = wait_for_window(qtbot, QMessageBox, editor)
    assert "Результат рассмотрения указывает" in box.text()
    assert combo.currentText() == "Разъяснено"


def test_second_appeal_of_the_applicant_on_the_same_question_can_be_marked_as_repeated(
    qtbot: QtBot, office: Office
) -> None:
    earlier = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    unrelated = register_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=appeal_draft(applicant=applicant_draft(surname="Журавлёв", email="zh@example.ru", phone="")),
    )
    dialog = AppealDialog(office.db, office.staff.clerk, TopicCatalog(office.db))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    type_text(qtbot, dialog.surname_edit, "Смирнова")
    type_text(qtbot, dialog.first_name_edit, "Ольга")
    type_text(qtbot, dialog.patronymic_edit, "Викторовна")
    type_text(qtbot, dialog.address_edit, "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17")
    qtbot.keyClicks(dialog.email_edit, "o.smirnova@example.ru")
    type_text(qtbot, dialog.text_edit, "Кровля снова протекает, ремонт так и не сделан.")
    qtbot.keyClicks(dialog.topic_edit, ROOF_LEAK)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    if not dialog.question_codes():
        qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    activate(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    repeats = wait_for_window(qtbot, RepeatsDialog, dialog)
    activate(qtbot, repeats)
    table = repeats.candidates_table
    assert table.rowCount() == 1  # not the other applicant's appeal
    assert table.item(0, 0).text() == earlier.reg_number
    assert table.item(0, 2).text() == earlier.summary
    assert table.item(0, 3).text() == "Зарегистрировано"
    assert unrelated.reg_number not in [table.item(r, 0).text() for r in range(table.rowCount())]
    assert not repeats.mark_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick the current row
    assert repeats.checked_ids() == [earlier.id]
    with qtbot.waitSignal(repeats.sig_marked, timeout=3000):
        qtbot.mouseClick(repeats.mark_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    saved = dialog.saved_appeal
    assert saved is not None
    assert get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=saved.id).repeats == (
        earlier.reg_number,
    )
    editor = open_editor(qtbot, office, "clerk", saved)
    assert editor.case_panel.repeats_label.text() == earlier.reg_number
    assert editor.case_panel.repeats_label.isVisibleTo(editor.case_panel)


def test_overdue_count_is_in_the_status_bar_and_ctrl_shift_o_shows_the_overdue_appeals(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    late = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    soon = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft(summary="Лифт"))
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft(summary="Мусор"))
    today = office_date(datetime.now(UTC))
    with office.db.engine.begin() as connection:
        for appeal, due in ((late, today - timedelta(days=2)), (soon, today + timedelta(days=1))):
            connection.execute(
                text("UPDATE appeals SET due_date = :due WHERE id = :id"), {"due": due, "id": appeal.id}
            )
    window = open_main_window(office, "clerk")
    qtbot.waitUntil(lambda: window.overdue_button.text() == "Просрочено: 1", timeout=3000)
    assert not window.overdue_button.icon().isNull()
    assert window.overdue_button.isVisible()

    activate(qtbot, window)
    qtbot.keyClick(
        window.register_view,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: register_rows(window) == [late.reg_number], timeout=3000)
    assert window.filter_combo.currentText() == "Просроченные"
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 1", timeout=3000)

    window.set_preset("due_soon")
    qtbot.waitUntil(lambda: register_rows(window) == [soon.reg_number], timeout=3000)
    # the preset combines with the search box
    type_text(qtbot, window.search_edit, "мусор")
    qtbot.waitUntil(lambda: window.register_model.filter.search == "мусор", timeout=3000)
    qtbot.waitUntil(
        lambda: register_rows(window) == [] and not window.register_model.is_loading, timeout=3000
    )

    window.search_edit.clear()
    window.set_preset("all")
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    qtbot.mouseClick(window.overdue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register_rows(window) == [late.reg_number], timeout=3000)


def test_forwarding_refused_without_a_body_keeps_what_was_typed_then_forwards(
    qtbot: QtBot, office: Office
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    editor = open_editor(qtbot, office, "clerk", appeal)
    qtbot.keyClick(
        editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    forward = wait_for_window(qtbot, ForwardDialog, editor)
    activate(qtbot, forward)
    qtbot.keyClicks(forward.letter_number_edit, "12-34/26")
    type_text(qtbot, forward.comment_edit, "по принадлежности")
    qtbot.mouseClick(forward.ok_button, Qt.MouseButton.LeftButton)
    assert forward.isVisible()
    assert "Укажите орган" in forward.errors.message_for("to_body")
    assert forward.letter_number_edit.text() == "12-34/26"
    assert forward.comment_edit.toPlainText() == "по принадлежности"
    type_text(qtbot, forward.to_body_edit, "Префектура ЦАО")
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=3000):
        qtbot.mouseClick(forward.ok_button, Qt.MouseButton.LeftButton)
    assert editor.case_panel.status_label.text() == "Направлено по компетенции"
    assert "направлено по компетенции: Префектура ЦАО" in editor.history_view.toPlainText()


def test_head_leaves_an_appeal_without_answer_on_a_legal_ground(qtbot: QtBot, office: Office) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    editor = open_editor(qtbot, office, "manager", appeal)
    qtbot.mouseClick(editor.case_panel.step_buttons[Action.LEAVE_WITHOUT_ANSWER], Qt.MouseButton.LeftButton)
    leave = wait_for_window(qtbot, LeaveWithoutAnswerDialog, editor)
    activate(qtbot, leave)
    grounds = [leave.ground_combo.itemText(i) for i in range(leave.ground_combo.count())]
    assert grounds == [g.label for g in LegalGround]
    qtbot.keyClick(leave.ground_combo, Qt.Key.Key_Down)
    assert leave.ground() is LegalGround.OBSCENE_OR_THREATS
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=3000):
        qtbot.keyClick(leave.ground_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.case_panel.status_label.text() == (
        "Оставлено без ответа — " + LegalGround.OBSCENE_OR_THREATS.label
    )
    assert editor.case_panel.offered_steps() == [Action.CLOSE]
