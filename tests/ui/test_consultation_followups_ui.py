"""Consultations, the follow-ups: the appeal editor shows the consultation the appeal was registered
from and opens the day view at it; an outcome recorded by mistake is corrected from the day view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reception.db.workflow_models import Department
from reception.domain.consultations import AnswerKind, ConsultationStatus
from reception.services.consultations import (
    OutcomeDraft,
    consultation_history,
    get_consultation,
    record_outcome,
    register_appeal_from_consultation,
)
from tests.factories import ROOF_LEAK
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from tests.ui.test_consultations_ui import (
    _booked_in_the_past,
    give_executor_a_schedule,
    go_to_day,
    open_day_view,
)
from tests.ui.test_keyboard_access import check
from tests.ui.test_keyboard_access import check as check_window
from ui.consultations_window import ConsultationsWindow
from ui.dialogs.cancel_booking_dialog import CancelBookingDialog
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.dialogs.reschedule_dialog import RescheduleDialog
from ui.main_window import MainWindow
from ui.reports_window import ReportsWindow
from ui.widgets.slot_list import short_name

OpenMainWindow = Callable[..., MainWindow]


def test_the_appeal_editor_shows_the_consultation_and_opens_the_day_view_at_it(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    past = _booked_in_the_past(office)
    record_outcome(
        office.db.uow(),
        actor=office.staff.executor,
        consultation_id=past.id,
        outcome=OutcomeDraft(
            ConsultationStatus.HELD,
            questions=(ROOF_LEAK,),
            oral_answer="Разъяснён порядок обращения в управляющую компанию.",
            answer_kind=AnswerKind.WRITTEN_ANSWER_NEEDED,
        ),
    )
    appeal_id = register_appeal_from_consultation(
        office.db.uow(), actor=office.staff.executor, consultation_id=past.id
    )
    window = open_main_window(office, "executor")
    editor = window.open_appeal(appeal_id)
    assert editor is not None
    qtbot.waitExposed(editor)
    panel = editor.consultation_panel
    qtbot.waitUntil(lambda: not panel.is_loading and panel.isVisible(), timeout=5000)
    summary = panel.summary_label.text()
    assert past.starts_at.strftime("%d.%m.%Y") in summary and past.starts_at.strftime("%H:%M") in summary
    assert short_name(past.specialist_name) in summary
    assert "Видеоконсультация" in summary and "Проведена: Нужен письменный ответ" in summary
    assert panel.title() == "Зарегистрировано по консультации"  # translated
    # Details on request: the citizen's question, the questions raised, the oral answer.
    assert not panel.details_label.isVisible()
    panel.details_button.setFocus()
    qtbot.keyClick(panel.details_button, Qt.Key.Key_Space)
    assert panel.details_label.isVisible()
    details = panel.details_label.text()
    assert "Протекает крыша" in details and ROOF_LEAK in details and "управляющую компанию" in details
    # Every control named, no Alt letter twice, with the box shown.
    assert not check(editor)
    # Tab reaches the box's buttons in the form's order.
    assert panel.open_day_button in editor._tab_chain

    # The day view opens at that consultation (the main window's own day view).
    panel.open_day_button.setFocus()
    qtbot.keyClick(panel.open_day_button, Qt.Key.Key_Space)
    day_window = wait_for_window(qtbot, ConsultationsWindow)
    assert day_window is window.consultations_menu.day_window
    qtbot.waitUntil(
        lambda: not day_window.is_loading and day_window.current_consultation_id() == past.id, timeout=5000
    )
    assert day_window.current_day() == past.starts_at.date()
    assert day_window.current_specialist_id() == past.specialist_id


def test_the_day_view_opened_from_the_editor_for_another_specialist_waits_for_the_list(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    """A clerk's editor: the day view is created then, and selects the consultation once loaded."""
    give_executor_a_schedule(office)
    past = _booked_in_the_past(office)
    record_outcome(
        office.db.uow(),
        actor=office.staff.executor,
        consultation_id=past.id,
        outcome=OutcomeDraft(
            ConsultationStatus.HELD, questions=(ROOF_LEAK,), answer_kind=AnswerKind.EXPLAINED
        ),
    )
    appeal_id = register_appeal_from_consultation(
        office.db.uow(), actor=office.staff.clerk, consultation_id=past.id
    )
    window = open_main_window(office, "clerk")
    editor = window.open_appeal(appeal_id)
    assert editor is not None
    panel = editor.consultation_panel
    qtbot.waitUntil(lambda: not panel.is_loading and panel.isVisible(), timeout=5000)
    assert window.consultations_menu.day_window is None
    opened = panel.open_day_view()
    assert isinstance(opened, ConsultationsWindow)
    qtbot.waitUntil(
        lambda: not opened.is_loading and opened.current_consultation_id() == past.id, timeout=5000
    )
    assert opened.current_specialist_id() == office.staff.executor.id != office.staff.clerk.id


def test_a_mistaken_outcome_is_corrected_from_the_day_view(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    past = _booked_in_the_past(office)
    record_outcome(
        office.db.uow(),
        actor=office.staff.executor,
        consultation_id=past.id,
        outcome=OutcomeDraft(ConsultationStatus.NO_SHOW),
    )
    window = open_main_window(office, "executor")
    day_window = open_day_view(qtbot, window)
    go_to_day(qtbot, day_window, past.starts_at)
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(past.id), 0)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    assert day_window.outcome_button.isEnabled()
    assert day_window.outcome_button.text() == "Исправить &итог…"
    day_window.day_table.setFocus()
    qtbot.keyClick(day_window.day_table, Qt.Key.Key_Return)  # Enter on the row, as for a first outcome
    dialog = wait_for_window(qtbot, OutcomeDialog)
    activate(qtbot, dialog)
    assert dialog.correcting and dialog.current_status() is ConsultationStatus.NO_SHOW
    assert dialog.status_combo.findData(ConsultationStatus.MOVED.value) == -1
    assert not check(dialog)
    type_text(qtbot, dialog.status_combo, "Пров")
    assert dialog.current_status() is ConsultationStatus.HELD
    dialog.answer_kind_combo.setFocus()
    type_text(qtbot, dialog.answer_kind_combo, "Дано")
    # Saving without a reason is refused next to the reason field; nothing is lost.
    qtbot.keyClick(dialog.answer_kind_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.reason_edit.hasFocus()
    type_text(qtbot, dialog.reason_edit, "Перепутал с соседней записью")
    with qtbot.waitSignal(dialog.sig_recorded, timeout=5000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = get_consultation(office.db.uow(), actor=office.staff.executor, consultation_id=past.id)
    assert view.status is ConsultationStatus.HELD and view.answer_kind is AnswerKind.EXPLAINED
    history = consultation_history(office.db.uow(), actor=office.staff.executor, consultation_id=past.id)
    assert history[-1].action == "outcome_corrected" and "Перепутал" in history[-1].reason
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    assert day_window.day_table.item(day_window.consultation_ids().index(past.id), 1).text() == "Проведена"


def test_every_consultations_window_names_its_controls_and_no_alt_letter_means_two_things(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    """Booking, the day view, the schedules editor, moving, cancelling and recording an outcome."""
    give_executor_a_schedule(office)
    past = _booked_in_the_past(office)
    problems: list[str] = []

    def check(window: QWidget) -> list[str]:
        return [f"{type(window).__name__}: {problem}" for problem in check_window(window)]

    clerk_window = open_main_window(office, "clerk")
    booking = clerk_window.consultations_menu.open_booking()
    qtbot.waitUntil(lambda: not booking.is_loading, timeout=5000)
    problems += check(booking)
    booking.hide()
    for dialog_class in (RescheduleDialog, CancelBookingDialog):
        dialog = dialog_class(office.db, office.staff.clerk, past, clerk_window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += check(dialog)
        dialog.hide()
    executor_window = open_main_window(office, "executor")
    day_window = open_day_view(qtbot, executor_window)
    go_to_day(qtbot, day_window, past.starts_at)
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(past.id), 0)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    problems += check(day_window)
    outcome = OutcomeDialog(office.db, office.staff.executor, executor_window.topics, past, day_window)
    qtbot.addWidget(outcome)
    outcome.show()
    qtbot.waitExposed(outcome)
    problems += check(outcome)
    outcome.hide()
    day_window.hide()
    admin_window = open_main_window(office, "admin")
    schedules = admin_window.consultations_menu.open_schedules()
    qtbot.waitExposed(schedules)
    qtbot.waitUntil(lambda: schedules.current_user_id() is not None, timeout=5000)
    problems += check(schedules)
    assert not problems, "\n".join(problems)


def test_the_reports_window_says_the_department_does_not_apply_to_consultations(
    qtbot: QtBot, office: Office
) -> None:
    with office.db.uow() as uow:
        uow.session.add(Department(name="Отдел жилищного контроля"))
    window = ReportsWindow(office.db, office.staff.manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.department_combo.count() > 1, timeout=5000)
    window.select_report("consultations")
    window.department_combo.setCurrentIndex(1)
    window.build("consultations", window.params())
    qtbot.waitUntil(lambda: not window.is_busy and window.last_error is not None, timeout=5000)
    assert window.last_error is not None
    assert "«Подразделение» к консультациям не применяется" in window.last_error
    assert window.report is None
    window.close()
