"""Consultations from the keyboard: booking the next free slot, the specialist's day, the outcome and
the appeal registered from it, and a slot taken by another clerk meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reception.db.consultation_models import Consultation
from reception.domain.appeals import ApplicantDraft, Channel
from reception.domain.consultations import (
    ConsultationFormat,
    ConsultationStatus,
    ScheduleFormat,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.services.appeals import get_appeal
from reception.services.consultations import (
    BookingDraft,
    ConsultationView,
    book_consultation,
    free_slots,
    get_consultation,
    list_specialists,
    set_schedule,
)
from tests.factories import ROOF_LEAK
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.consultations_window import ID_ROLE, ConsultationsWindow
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.booking_dialog import BookingDialog
from ui.dialogs.cancel_booking_dialog import CancelBookingDialog
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.dialogs.reschedule_dialog import RescheduleDialog
from ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]


def give_executor_a_schedule(office: Office) -> None:
    """The executor consults on every topic, Monday to Friday, 09:00–18:00 with a lunch break."""
    schedule = WeeklySchedule(
        days=tuple(WorkingHours(day, TimeRange(time(9), time(18))) for day in range(5)),
        breaks=(TimeRange(time(13), time(14)),),
        format=ScheduleFormat.BOTH,
    )
    set_schedule(
        office.db.uow(), actor=office.staff.admin, specialist_id=office.staff.executor.id, schedule=schedule
    )


def open_booking(qtbot: QtBot, window: MainWindow) -> BookingDialog:
    activate(qtbot, window)
    qtbot.keyClick(
        window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = wait_for_window(qtbot, BookingDialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading and dialog.slots_list.count() > 0, timeout=5000)
    return dialog


def fill_new_citizen(qtbot: QtBot, dialog: BookingDialog) -> None:
    """Phone, Enter (nobody known: a new citizen), surname, Enter, first name, then on to the topic."""
    section = dialog.applicant_section
    qtbot.keyClicks(section.search_edit, "+7 916 555-12-34")
    qtbot.keyClick(section.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not section.is_looking_up and section.surname_edit.hasFocus(), timeout=5000)
    type_text(qtbot, section.surname_edit, "Сидоров")
    qtbot.keyClick(section.surname_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not section.is_looking_up and section.first_name_edit.hasFocus(), timeout=5000)
    type_text(qtbot, section.first_name_edit, "Иван")
    qtbot.keyClick(section.email_edit, Qt.Key.Key_Return)
    assert dialog.topic_edit.hasFocus()


def open_day_view(qtbot: QtBot, window: MainWindow) -> ConsultationsWindow:
    activate(qtbot, window)
    qtbot.keyClick(
        window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    day_window = wait_for_window(qtbot, ConsultationsWindow)
    activate(qtbot, day_window)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    return day_window


def go_to_day(qtbot: QtBot, day_window: ConsultationsWindow, target: datetime) -> None:
    """Alt+Right (or Alt+Left) until the day shown is the target's, as a specialist would."""
    key = Qt.Key.Key_Right if target.date() >= day_window.current_day() else Qt.Key.Key_Left
    for _ in range(90):
        if day_window.current_day() == target.date():
            break
        qtbot.keyClick(day_window, key, Qt.KeyboardModifier.AltModifier)
    assert day_window.current_day() == target.date()
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)


def test_the_next_free_slot_is_booked_from_the_keyboard_and_shows_in_the_specialists_day(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, tmp_path: Path
) -> None:
    give_executor_a_schedule(office)
    expected = free_slots(office.db.uow(), actor=office.staff.clerk, topic_code=ROOF_LEAK, limit=1)[0]
    clerk_window = open_main_window(office, "clerk")
    dialog = open_booking(qtbot, clerk_window)
    fill_new_citizen(qtbot, dialog)
    qtbot.keyClicks(dialog.topic_edit, ROOF_LEAK)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Down)  # the topic is taken and the slots get the focus
    if not dialog.slots_list.hasFocus():  # the completer's popup took the first Down
        qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    assert dialog.topic_code == ROOF_LEAK
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    assert dialog.slots_list.hasFocus()
    assert dialog.slots_list.current_slot() == expected  # soonest first

    with qtbot.waitSignal(dialog.sig_booked, timeout=5000):
        qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)

    booked = dialog.booked
    assert booked is not None
    assert (booked.specialist_id, booked.starts_at) == (expected.specialist_id, expected.starts_at)
    assert booked.applicant.surname == "Сидоров" and booked.applicant.first_name == "Иван"
    assert booked.applicant.phone == "+79165551234"
    assert booked.format is ConsultationFormat.VIDEO and booked.topic_code == ROOF_LEAK
    # A video booking carries its link; the invitation is ready to copy, save, e-mail or print.
    assert booked.meeting_link.startswith("https://")
    assert dialog.invitation_panel.isVisible()
    assert booked.meeting_link in dialog.invitation_panel.text_view.toPlainText()
    dialog.invitation_panel.copy_text()
    assert booked.meeting_link in QApplication.clipboard().text()
    mail = dialog.invitation_panel.mail_url()
    assert mail is not None and mail.scheme() == "mailto"
    assert booked.meeting_link in mail.toString()
    ics = tmp_path / "invitation.ics"
    assert dialog.invitation_panel.save_ics_to(ics)
    assert (
        ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
        and booked.meeting_link.encode() in ics.read_bytes()
    )
    dialog.close()

    # The specialist opens the day view (Ctrl+Shift+D), moves to the day, and sees the citizen there.
    specialist_window = open_main_window(office, "executor")
    day_window = open_day_view(qtbot, specialist_window)
    assert day_window.current_specialist_id() == office.staff.executor.id
    go_to_day(qtbot, day_window, booked.starts_at)
    assert booked.id in day_window.consultation_ids()
    row = day_window.consultation_ids().index(booked.id)
    assert day_window.day_table.item(row, 0).text().startswith(f"{booked.starts_at:%H:%M}")
    assert day_window.day_table.item(row, 2).text() == "Сидоров Иван"
    day_window.day_table.setCurrentCell(row, 0)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    assert "Сидоров" in day_window.details_label.text()
    assert day_window.open_link_button.isEnabled()
    assert day_window.outcome_button.isEnabled()  # the specialist records the outcome of their own
    assert "Запись" in day_window.history_view.toPlainText()


def _booked_in_the_past(office: Office) -> ConsultationView:
    """A booking whose slot has begun (booked through the core, then its time moved an hour back)."""
    slot = free_slots(office.db.uow(), actor=office.staff.clerk, topic_code=ROOF_LEAK, limit=1)[0]
    view = book_consultation(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=BookingDraft(
            specialist_id=slot.specialist_id,
            starts_at=slot.starts_at,
            format=ConsultationFormat.VIDEO,
            applicant=ApplicantDraft(surname="Петрова", first_name="Анна", phone="+7 903 111-22-33"),
            topic_code=ROOF_LEAK,
            description="Протекает крыша над квартирой",
        ),
    )
    start = datetime.now(UTC).astimezone(OFFICE_TIMEZONE).replace(second=0, microsecond=0) - timedelta(
        hours=1
    )
    with office.db.session_factory() as session:
        row = session.get(Consultation, view.id)
        assert row is not None
        row.starts_at, row.ends_at = start, start + timedelta(minutes=20)
        session.commit()
    return get_consultation(office.db.uow(), actor=office.staff.clerk, consultation_id=view.id)


def test_the_outcome_is_recorded_and_the_appeal_registered_from_it_in_one_step(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    past = _booked_in_the_past(office)
    window = open_main_window(office, "executor")
    day_window = open_day_view(qtbot, window)
    go_to_day(qtbot, day_window, past.starts_at)
    row = day_window.consultation_ids().index(past.id)
    day_window.day_table.setCurrentCell(row, 0)
    day_window.day_table.setFocus()
    qtbot.keyClick(day_window.day_table, Qt.Key.Key_Return)  # Enter on the row: the outcome
    dialog = wait_for_window(qtbot, OutcomeDialog)
    activate(qtbot, dialog)
    assert dialog.current_status() is ConsultationStatus.HELD
    assert dialog.question_codes() == [ROOF_LEAK]  # the booking's topic, to keep or change
    # An oral answer with consent is lawful only in person: a video consultation does not offer it.
    assert dialog.answer_kind_combo.findText("Устный ответ с согласия гражданина") == -1
    dialog.answer_kind_combo.setFocus()
    type_text(qtbot, dialog.answer_kind_combo, "Нужен")
    assert dialog.answer_kind_combo.currentText() == "Нужен письменный ответ"
    assert dialog.register_check.isChecked()
    type_text(qtbot, dialog.oral_answer_edit, "Разъяснён порядок обращения в управляющую компанию.")

    with qtbot.waitSignal(dialog.sig_appeal_registered, timeout=5000) as registered:
        qtbot.keyClick(dialog.oral_answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    appeal_id = registered.args[0] if registered.args else None
    assert isinstance(appeal_id, int)
    editor = wait_for_window(qtbot, AppealDialog)
    assert editor.appeal_id == appeal_id
    appeal = get_appeal(office.db.uow(), actor=office.staff.executor, appeal_id=appeal_id)
    assert appeal.channel is Channel.VIDEO_CONSULTATION
    assert [q.topic_code for q in appeal.questions] == [ROOF_LEAK]
    assert "Протекает крыша" in appeal.text and "управляющую компанию" in appeal.text
    recorded = get_consultation(office.db.uow(), actor=office.staff.executor, consultation_id=past.id)
    assert recorded.status is ConsultationStatus.HELD and recorded.appeal_id == appeal_id
    # The day view shows the consultation held, with its appeal one click away.
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(past.id), 0)
    assert day_window.day_table.item(row, 1).text() == "Проведена"
    assert appeal.reg_number in day_window.appeal_button.text()


def test_a_slot_taken_by_another_clerk_meanwhile_is_said_plainly_and_nothing_typed_is_lost(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    window = open_main_window(office, "clerk")
    dialog = open_booking(qtbot, window)
    fill_new_citizen(qtbot, dialog)
    type_text(qtbot, dialog.description_edit, "Как оформить аренду помещения")
    first = dialog.slots_list.current_slot()
    assert first is not None
    # Another clerk books the very slot a moment earlier.
    book_consultation(
        office.db.uow(),
        actor=office.staff.admin,
        draft=BookingDraft(
            specialist_id=first.specialist_id,
            starts_at=first.starts_at,
            format=ConsultationFormat.IN_PERSON,
            applicant=ApplicantDraft(surname="Кузнецов", phone="+7 901 000-00-01"),
        ),
    )
    dialog.slots_list.setFocus()
    qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)

    box = wait_for_window(qtbot, QMessageBox, dialog)
    assert "уже занят" in box.text() and "другой гражданин" in box.text()
    assert dialog.booked is None
    assert dialog.slot_taken_label.isVisible()
    offered = dialog.slots_list.slots()
    assert offered and first.starts_at not in {
        s.starts_at for s in offered if s.specialist_id == first.specialist_id
    }
    assert offered == sorted(offered, key=lambda s: s.starts_at)
    # Everything typed is still there.
    section = dialog.applicant_section
    assert (section.surname_edit.text(), section.first_name_edit.text()) == ("Сидоров", "Иван")
    assert section.phone_edit.text() == "+7 916 555-12-34"
    assert dialog.description_edit.toPlainText() == "Как оформить аренду помещения"
    box.close()
    activate(qtbot, dialog)

    # Enter on the next slot offered books it.
    with qtbot.waitSignal(dialog.sig_booked, timeout=5000):
        qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)
    assert dialog.booked is not None and dialog.booked.starts_at == offered[0].starts_at


def _book(office: Office, surname: str, phone: str, topic: str | None = ROOF_LEAK) -> ConsultationView:
    slot = free_slots(office.db.uow(), actor=office.staff.clerk, topic_code=topic, limit=1)[0]
    return book_consultation(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=BookingDraft(
            specialist_id=slot.specialist_id,
            starts_at=slot.starts_at,
            format=ConsultationFormat.IN_PERSON,
            applicant=ApplicantDraft(surname=surname, phone=phone),
            topic_code=topic,
        ),
    )


def test_an_active_booking_on_the_same_topic_is_shown_before_a_second_one_is_made(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    first = _book(office, "Орлова", "+7 905 123-45-67")
    window = open_main_window(office, "clerk")
    dialog = open_booking(qtbot, window)
    section = dialog.applicant_section
    qtbot.keyClicks(section.search_edit, "+7 905 123-45-67")
    qtbot.keyClick(section.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.picker is not None and section.picker.isVisible(), timeout=5000)
    assert section.picker is not None
    qtbot.keyClick(section.picker.applicants_list, Qt.Key.Key_Return)  # Enter picks the known citizen
    assert section.applicant_id == first.applicant.id
    qtbot.keyClicks(dialog.topic_edit, ROOF_LEAK)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Down)
    if not dialog.slots_list.hasFocus():
        qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.second_booking_label.isVisible(), timeout=5000)
    assert "уже записан по этой теме" in dialog.second_booking_label.text()
    assert f"{first.starts_at:%d.%m.%Y %H:%M}" in dialog.second_booking_label.text()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)

    # Enter on a slot asks first; «Keep the existing booking» books nothing.
    dialog.slots_list.setFocus()
    qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)
    assert dialog.question_box is not None
    box = dialog.question_box
    assert f"{first.starts_at:%d.%m.%Y %H:%M}" in box.text()
    box.reject()
    assert dialog.booked is None
    # The clerk confirms a second one.
    qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)
    box = dialog.question_box
    assert box is not None
    (second_button,) = [b for b in box.buttons() if "ещё раз" in b.text()]
    with qtbot.waitSignal(dialog.sig_booked, timeout=5000):
        second_button.click()
    assert dialog.booked is not None and dialog.booked.applicant.id == first.applicant.id


def test_a_booking_is_rescheduled_and_another_cancelled_from_the_day_view_with_the_history_kept(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    moving = _book(office, "Лебедев", "+7 906 000-00-01")
    cancelling = _book(office, "Соколова", "+7 906 000-00-02")
    window = open_main_window(office, "clerk")
    day_window = open_day_view(qtbot, window)
    assert day_window.current_specialist_id() == office.staff.executor.id  # a clerk sees the first
    go_to_day(qtbot, day_window, moving.starts_at)

    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(moving.id), 0)
    qtbot.mouseClick(day_window.reschedule_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_window(qtbot, RescheduleDialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    dialog.slots_list.setFocus()
    qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)  # no reason yet
    assert "причину переноса" in dialog.errors.message_for("reason")
    type_text(qtbot, dialog.reason_edit, "Гражданин просит позже")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter goes on to the slots
    assert dialog.slots_list.hasFocus()
    qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Down)
    target = dialog.slots_list.current_slot()
    assert target is not None
    with qtbot.waitSignal(dialog.sig_rescheduled, timeout=5000):
        qtbot.keyClick(dialog.slots_list, Qt.Key.Key_Return)
    moved = dialog.rescheduled
    assert moved is not None and moved.starts_at == target.starts_at and moved.moved_from_id == moving.id
    assert get_consultation(office.db.uow(), actor=office.staff.clerk, consultation_id=moving.id).status is (
        ConsultationStatus.MOVED
    )

    go_to_day(qtbot, day_window, moved.starts_at)
    qtbot.waitUntil(lambda: moved.id in day_window.consultation_ids(), timeout=5000)
    assert moving.id not in day_window.consultation_ids()  # the old booking is no longer on the day
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(moved.id), 0)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    history = day_window.history_view.toPlainText()
    assert "Перенос" in history and "Гражданин просит позже" in history
    assert f"{moving.starts_at:%d.%m.%Y %H:%M} → {moved.starts_at:%d.%m.%Y %H:%M}" in history

    go_to_day(qtbot, day_window, cancelling.starts_at)
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(cancelling.id), 0)
    qtbot.mouseClick(day_window.cancel_button, Qt.MouseButton.LeftButton)
    cancel = wait_for_window(qtbot, CancelBookingDialog)
    activate(qtbot, cancel)
    type_text(qtbot, cancel.reason_edit, "Вопрос решён по телефону")
    with qtbot.waitSignal(cancel.sig_cancelled, timeout=5000):
        qtbot.keyClick(cancel.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    row = day_window.consultation_ids().index(cancelling.id)
    day_window.day_table.setCurrentCell(row, 0)
    assert day_window.day_table.item(row, 1).text() == "Отменена гражданином"
    assert not day_window.reschedule_button.isEnabled() and not day_window.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not day_window.is_loading, timeout=5000)
    assert "Вопрос решён по телефону" in day_window.history_view.toPlainText()


def test_the_admin_sets_a_schedule_and_an_absence_in_the_app(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "admin")
    dialog = window.consultations_menu.open_schedules()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    row = next(
        i
        for i in range(dialog.users_list.count())
        if dialog.users_list.item(i).data(ID_ROLE) == office.staff.executor.id
    )
    dialog.users_list.setCurrentRow(row)
    dialog.hours_edits[0].setText("9-18")  # Monday: not a time
    dialog.breaks_edit.setText("13:00-14:00")
    dialog.slot_spin.setValue(30)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "не время" in dialog.errors.message_for("hours")
    assert list_specialists(office.db.uow(), actor=office.staff.admin) == []  # nothing saved
    dialog.hours_edits[0].setText("10:00-17:00")
    dialog.topic_edit.setText(ROOF_LEAK)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    assert dialog.topic_codes() == [ROOF_LEAK]
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors.message_for("hours") == ""
    assert "Сохранено" in dialog.schedule_label.text() or "Сейчас" in dialog.schedule_label.text()
    slots = free_slots(office.db.uow(), actor=office.staff.clerk, topic_code=ROOF_LEAK, limit=50)
    assert slots and all(s.specialist_id == office.staff.executor.id for s in slots)
    assert all((s.ends_at - s.starts_at) == timedelta(minutes=30) for s in slots)
    monday = [s for s in slots if s.starts_at.weekday() == 0]
    assert not monday or min(s.starts_at.time() for s in monday) == time(10)
    assert not any(time(13) <= s.starts_at.time() < time(14) for s in slots)
    # A day of leave closes that day's slots.
    first_day = slots[0].starts_at.date()
    dialog.absence_first_edit.setDate(first_day)
    dialog.absence_last_edit.setDate(first_day)
    dialog.absence_reason_edit.setText("отпуск")
    qtbot.mouseClick(dialog.add_absence_button, Qt.MouseButton.LeftButton)
    assert dialog.absences_list.count() == 1
    after = free_slots(office.db.uow(), actor=office.staff.clerk, topic_code=ROOF_LEAK, limit=5)
    assert all(s.starts_at.date() != first_day for s in after)
    # The meeting link template is checked by the core.
    dialog.template_edit.setText("http://meet/room")
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)
    assert "{booking_id}" in dialog.errors.message_for("meeting_link_template")


def test_moved_as_an_outcome_opens_the_reschedule_with_the_note_as_its_reason(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    give_executor_a_schedule(office)
    booking = _book(office, "Белов", "+7 907 000-00-03")
    window = open_main_window(office, "admin")  # records for any specialist, and may move bookings
    day_window = open_day_view(qtbot, window)
    go_to_day(qtbot, day_window, booking.starts_at)
    day_window.day_table.setCurrentCell(day_window.consultation_ids().index(booking.id), 0)
    qtbot.mouseClick(day_window.outcome_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_window(qtbot, OutcomeDialog)
    activate(qtbot, dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ConsultationStatus.MOVED.value))
    assert not dialog.oral_answer_edit.isEnabled()
    type_text(qtbot, dialog.note_edit, "Нет связи, гражданин просит другой день")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    move = wait_for_window(qtbot, RescheduleDialog)
    assert move.reason_edit.text() == "Нет связи, гражданин просит другой день"
    qtbot.waitUntil(lambda: not move.is_loading, timeout=5000)
    with qtbot.waitSignal(dialog.sig_recorded, timeout=5000):
        move.reschedule(move.slots_list.slots()[0])
    moved = dialog.recorded
    assert moved is not None and moved.moved_from_id == booking.id
    assert get_consultation(office.db.uow(), actor=office.staff.admin, consultation_id=booking.id).status is (
        ConsultationStatus.MOVED
    )
