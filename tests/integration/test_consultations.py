"""Consultations on both backends: schedules, slots across the production calendar, booking (and its
refusals), the database's guard against double booking, reschedule history, outcomes, the appeal
registered from a consultation, and the specialist's day view."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from reception.db.consultation_models import Consultation
from reception.db.database import Database
from reception.db.models import Appeal
from reception.domain.appeals import ApplicantDraft, Channel
from reception.domain.consultations import (
    Absence,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    ScheduleFormat,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import NotFound, PermissionDenied, ValidationError
from reception.domain.properties import PropertyDraft, PropertyKind
from reception.services import appeals, consultations, properties
from reception.services.consultations import BookingDraft, OutcomeDraft, SecondBooking, SlotTaken
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, applicant_draft

HOUSING = "0005.0005"
LAND = "0003.0009.0097.0688"
# 2027: Saturday 20 February is a working day (transferred), Monday 22 a day off, Tuesday 23 a holiday.
FRIDAY = date(2027, 2, 19)
WORKING_SATURDAY = date(2027, 2, 20)
WEDNESDAY = date(2027, 2, 24)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), OFFICE_TIMEZONE)


def week(hours: str = "09:00-18:00", days: range = range(5), **kw: object) -> WeeklySchedule:
    start, end = (time.fromisoformat(p) for p in hours.split("-"))
    return WeeklySchedule(
        days=tuple(WorkingHours(d, TimeRange(start, end)) for d in days),
        breaks=(TimeRange(time(13), time(14)),),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def specialist(db: Database, staff: Staff) -> int:
    consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=staff.executor.id,
        schedule=week(topic_codes=(HOUSING,)),
    )
    return staff.executor.id


def draft(specialist_id: int, starts_at: datetime, **overrides: object) -> BookingDraft:
    values: dict[str, object] = {
        "specialist_id": specialist_id,
        "starts_at": starts_at,
        "format": ConsultationFormat.VIDEO,
        "applicant": applicant_draft(),
        "topic_code": ROOF_LEAK,
        "description": "Протекает кровля, управляющая компания бездействует.",
    }
    values.update(overrides)
    return BookingDraft(**values)  # type: ignore[arg-type]


def test_slots_skip_the_holiday_and_open_the_transferred_working_saturday(
    db: Database, staff: Staff, specialist: int
) -> None:
    slots = consultations.free_slots(
        db.uow(), actor=staff.clerk, topic_code=ROOF_LEAK, after=at(FRIDAY, 0), limit=200
    )
    days = sorted({s.starts_at.date() for s in slots})
    # Fri 19, the working Sat 20 (with Friday's hours), then Wed 24: Sun 21, Mon 22 (transfer), Tue 23 (holiday) closed.
    assert days[:3] == [FRIDAY, WORKING_SATURDAY, WEDNESDAY]
    friday = [s.starts_at.time() for s in slots if s.starts_at.date() == FRIDAY]
    saturday = [s.starts_at.time() for s in slots if s.starts_at.date() == WORKING_SATURDAY]
    # The working Saturday is the eve of Defender of the Fatherland Day (the Monday is its transferred
    # day off): Friday's hours, an hour shorter (Labour Code art. 95).
    assert saturday == [t for t in friday if t < time(17)]
    assert friday[0] == time(9) and friday[-1] == time(17, 40) and saturday[-1] == time(16, 40)
    # The lunch break 13:00-14:00 holds no slot: 12 in the morning, 12 in the afternoon.
    assert time(13) not in friday and time(12, 40) in friday and time(14) in friday
    assert len(friday) == 24
    assert all(s.specialist_name == "Исполнителев Пётр Петрович" for s in slots)


def test_an_absence_closes_the_days_and_other_topics_find_nobody(
    db: Database, staff: Staff, specialist: int
) -> None:
    consultations.add_absence(
        db.uow(),
        actor=staff.admin,
        specialist_id=specialist,
        absence=Absence(FRIDAY, WORKING_SATURDAY, "отпуск"),
    )
    slots = consultations.free_slots(db.uow(), actor=staff.clerk, topic_code=ROOF_LEAK, after=at(FRIDAY, 0))
    assert slots[0].starts_at == at(WEDNESDAY, 9)
    assert consultations.free_slots(db.uow(), actor=staff.clerk, topic_code=LAND, after=at(FRIDAY, 0)) == []
    with pytest.raises(ValidationError) as caught:
        consultations.book_consultation(db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 10)))
    assert "отсутствует (отпуск)" in caught.value.message


def test_free_slots_of_several_specialists_come_soonest_first(
    db: Database, staff: Staff, specialist: int
) -> None:
    consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=staff.manager.id,
        schedule=week("10:00-12:00", slot_minutes=30, format=ScheduleFormat.IN_PERSON),
    )
    slots = consultations.free_slots(
        db.uow(), actor=staff.clerk, topic_code=ROOF_LEAK, after=at(FRIDAY, 0), limit=6
    )
    assert [(s.starts_at.time(), s.specialist_id) for s in slots] == [
        (time(9, 0), specialist),
        (time(9, 20), specialist),
        (time(9, 40), specialist),
        (time(10, 0), specialist),  # ties by name: Исполнителев before Руководителева
        (time(10, 0), staff.manager.id),
        (time(10, 20), specialist),
    ]
    video = consultations.free_slots(
        db.uow(), actor=staff.clerk, format=ConsultationFormat.VIDEO, after=at(FRIDAY, 9, 50), limit=5
    )
    assert {s.specialist_id for s in video} == {specialist}  # the manager receives in person only
    # The manager's schedule covers every topic; the executor's only housing.
    names = [
        s.full_name for s in consultations.list_specialists(db.uow(), actor=staff.clerk, topic_code=LAND)
    ]
    assert names == ["Руководителева Мария Ивановна"]


def test_booking_stores_the_consultation_and_a_video_link_from_the_template(
    db: Database, staff: Staff, specialist: int
) -> None:
    consultations.set_link_template(
        db.uow(), actor=staff.admin, template="https://vks.example.ru/room/{booking_id}?lang=ru"
    )
    view = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 9, 20))
    )
    assert view.status is ConsultationStatus.BOOKED
    assert view.starts_at == at(FRIDAY, 9, 20) and view.ends_at == at(FRIDAY, 9, 40)
    assert view.meeting_link == f"https://vks.example.ru/room/{view.id}?lang=ru"
    assert view.applicant.surname == "Смирнова" and view.applicant.phone == "+79165551234"
    assert view.contact == "o.smirnova@example.ru"
    assert view.booked_by == "Регистраторова Ксения Олеговна"
    slots = consultations.free_slots(
        db.uow(), actor=staff.clerk, topic_code=ROOF_LEAK, after=at(FRIDAY, 0), limit=2
    )
    assert [s.starts_at for s in slots] == [at(FRIDAY, 9), at(FRIDAY, 9, 40)]
    card = consultations.invitation(db.uow(), actor=staff.clerk, consultation_id=view.id)
    assert view.meeting_link in card.text and "19.02.2027, 09:20–09:40" in card.text
    assert b"DTSTART:20270219T062000Z" in card.ics and card.recipient == "o.smirnova@example.ru"


def test_a_taken_slot_is_refused_with_the_next_free_ones(db: Database, staff: Staff, specialist: int) -> None:
    first = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 9))
    )
    with pytest.raises(SlotTaken) as caught:
        consultations.book_consultation(
            db.uow(),
            actor=staff.clerk,
            draft=draft(
                specialist, at(FRIDAY, 9), applicant=applicant_draft(surname="Кузнецов", email="k@example.ru")
            ),
        )
    assert "09:00" in caught.value.message and "уже занят" in caught.value.message
    assert [s.starts_at for s in caught.value.next_free[:2]] == [at(FRIDAY, 9, 20), at(FRIDAY, 9, 40)]
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Consultation)) == 1
    # Once cancelled, the slot is free again.
    consultations.cancel_consultation(
        db.uow(), actor=staff.clerk, consultation_id=first.id, reason="Передумал"
    )
    again = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(specialist, at(FRIDAY, 9), applicant=applicant_draft(surname="Кузнецов")),
    )
    assert again.status is ConsultationStatus.BOOKED


def test_the_database_itself_refuses_a_second_booking_of_a_slot(
    db: Database, staff: Staff, specialist: int
) -> None:
    view = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 9))
    )
    with db.engine.connect() as connection, pytest.raises(IntegrityError) as caught:
        connection.execute(
            text(
                "INSERT INTO consultations (specialist_id, starts_at, ends_at, format, status, applicant_id,"
                " description, meeting_link, contact, booked_at, questions, oral_answer, outcome_note, version)"
                " SELECT specialist_id, starts_at, ends_at, format, 'booked', applicant_id, '', '', '',"
                " booked_at, questions, '', '', 1 FROM consultations WHERE id = :id"
            ),
            {"id": view.id},
        )
    assert "uq_consultations_specialist_slot" in str(caught.value) or "UNIQUE" in str(caught.value)


def test_concurrent_booking_of_one_slot_on_postgresql_lets_exactly_one_through(pg_db: Database) -> None:
    from tests.conftest import add_staff

    staff = add_staff(pg_db)
    consultations.set_schedule(
        pg_db.uow(), actor=staff.admin, specialist_id=staff.executor.id, schedule=week(topic_codes=(HOUSING,))
    )
    threads_count = 8
    barrier = threading.Barrier(threads_count)
    results: list[str] = []
    lock = threading.Lock()

    def book(n: int) -> None:
        barrier.wait()
        try:
            consultations.book_consultation(
                pg_db.uow(),
                actor=staff.clerk,
                draft=draft(
                    staff.executor.id,
                    at(FRIDAY, 11),
                    applicant=applicant_draft(surname=f"Гражданин{n}", email=f"c{n}@example.ru", phone=""),
                ),
            )
            outcome = "booked"
        except SlotTaken as error:
            outcome = "taken" if error.next_free and error.next_free[0].starts_at != at(FRIDAY, 11) else "bad"
        except Exception as error:  # any other error fails the assertion below
            outcome = f"error: {error!r}"
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=book, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == ["booked"] + ["taken"] * (threads_count - 1)
    with pg_db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Consultation)) == 1


def test_bad_bookings_are_refused_and_nothing_is_written(db: Database, staff: Staff, specialist: int) -> None:
    cases: list[tuple[BookingDraft, str]] = [
        (draft(specialist, datetime.now(OFFICE_TIMEZONE) - timedelta(days=1)), "уже прошло"),
        (draft(specialist, at(FRIDAY, 8, 40)), "вне расписания"),
        (draft(specialist, at(FRIDAY, 13)), "вне расписания"),
        (draft(specialist, at(FRIDAY, 9, 10)), "вне расписания"),
        (draft(specialist, at(date(2027, 2, 23), 10)), "нерабочий день"),
        (draft(specialist, at(date(2027, 2, 21), 10)), "нерабочий день"),
        (draft(specialist, at(FRIDAY, 10), topic_code=LAND), "не консультирует по теме"),
        (draft(specialist, at(FRIDAY, 10), topic_code="12"), "не код классификатора"),
        (draft(specialist, at(FRIDAY, 10), meeting_link="http://zoom bad"), "не ссылка"),
        (draft(specialist, at(FRIDAY, 10), meeting_link="javascript:alert(1)"), "не ссылка"),
        (draft(specialist, at(FRIDAY, 10), applicant=ApplicantDraft(surname="Иванов")), "телефон или e-mail"),
        (draft(specialist, at(FRIDAY, 10), applicant=ApplicantDraft(phone="+7 916 111-22-33")), "фамилию"),
        (draft(specialist, at(FRIDAY, 10), applicant=applicant_draft(phone="12")), "не распознан"),
        (draft(specialist, at(FRIDAY, 10), property_id=999_999), "не найден"),
        (draft(staff.clerk.id, at(FRIDAY, 10)), "не ведёт консультаций"),
    ]
    for bad, message in cases:
        with pytest.raises(ValidationError) as caught:
            consultations.book_consultation(db.uow(), actor=staff.clerk, draft=bad)
        assert message in caught.value.message, (bad, caught.value.message)
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Consultation)) == 0
        assert uow.session.scalar(text("SELECT count(*) FROM applicants")) == 0
    with pytest.raises(PermissionDenied):
        consultations.book_consultation(
            db.uow(), actor=staff.executor, draft=draft(specialist, at(FRIDAY, 10))
        )


def test_a_second_booking_on_the_same_topic_is_shown_first(
    db: Database, staff: Staff, specialist: int
) -> None:
    first = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 10))
    )
    known = applicant_draft(id=first.applicant.id)
    assert [
        v.id
        for v in consultations.active_bookings(
            db.uow(), actor=staff.clerk, applicant_id=first.applicant.id, topic_code=ROOF_LEAK
        )
    ] == [first.id]
    with pytest.raises(SecondBooking) as caught:
        consultations.book_consultation(
            db.uow(), actor=staff.clerk, draft=draft(specialist, at(WEDNESDAY, 10), applicant=known)
        )
    assert [v.id for v in caught.value.existing] == [first.id]
    assert "19.02.2027 10:00" in caught.value.message
    # Another topic, or the clerk confirming, books it.
    other = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(specialist, at(WEDNESDAY, 10), applicant=known, topic_code=UTILITY_PAYMENT),
    )
    confirmed = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(specialist, at(WEDNESDAY, 11), applicant=known, allow_second=True),
    )
    assert other.applicant.id == confirmed.applicant.id == first.applicant.id


def test_reschedule_frees_the_old_slot_and_keeps_the_history(
    db: Database, staff: Staff, specialist: int
) -> None:
    first = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 10))
    )
    moved = consultations.reschedule_consultation(
        db.uow(),
        actor=staff.clerk,
        consultation_id=first.id,
        starts_at=at(WEDNESDAY, 15),
        reason="Гражданин заболел",
    )
    again = consultations.reschedule_consultation(
        db.uow(),
        actor=staff.admin,
        consultation_id=moved.id,
        starts_at=at(WEDNESDAY, 16),
        reason="Просьба гражданина",
    )
    assert (
        consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=first.id).status
        is ConsultationStatus.MOVED
    )
    assert (
        consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=first.id).moved_to_id
        == moved.id
    )
    assert again.moved_from_id == moved.id and again.booked_at == first.booked_at
    assert again.meeting_link.endswith(f"/room/{again.id}")
    history = consultations.consultation_history(db.uow(), actor=staff.clerk, consultation_id=again.id)
    assert [(h.action, h.who, h.reason) for h in history] == [
        ("booked", "Регистраторова Ксения Олеговна", ""),
        ("rescheduled", "Регистраторова Ксения Олеговна", "Гражданин заболел"),
        ("rescheduled", "Администраторова Анна Андреевна", "Просьба гражданина"),
    ]
    assert (history[1].starts_at_before, history[1].starts_at_after) == (at(FRIDAY, 10), at(WEDNESDAY, 15))
    # The old slot is free again; the moved one cannot be moved or cancelled any more.
    slots = consultations.free_slots(
        db.uow(), actor=staff.clerk, topic_code=ROOF_LEAK, after=at(FRIDAY, 9, 50), limit=1
    )
    assert slots[0].starts_at == at(FRIDAY, 10)
    with pytest.raises(ValidationError):
        consultations.cancel_consultation(db.uow(), actor=staff.clerk, consultation_id=first.id, reason="x")
    with pytest.raises(ValidationError) as caught:
        consultations.reschedule_consultation(
            db.uow(), actor=staff.clerk, consultation_id=again.id, starts_at=at(WEDNESDAY, 17), reason="  "
        )
    assert caught.value.field == "reason"


def _held_in_past(db: Database, staff: Staff, specialist: int, fmt: ConsultationFormat) -> int:
    """A booking whose slot has started: made for a future slot, then moved back in time directly."""
    view = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 10), format=fmt)
    )
    with db.uow() as uow:
        row = uow.session.get(Consultation, view.id)
        assert row is not None
        row.starts_at = datetime.now(OFFICE_TIMEZONE).replace(second=0, microsecond=0) - timedelta(hours=1)
        row.ends_at = row.starts_at + timedelta(minutes=20)
    return view.id


def test_a_held_consultation_becomes_a_linked_appeal_in_one_step(
    db: Database, staff: Staff, specialist: int
) -> None:
    prop = properties.create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(
            PropertyKind.BUILDING,
            cadastral_number="77:06:0004005:1234",
            address="г. Москва, ул. Профсоюзная, д. 43",
        ),
    )
    view = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 10), property_id=prop.id)
    )
    with pytest.raises(ValidationError) as early:
        consultations.record_outcome(
            db.uow(),
            actor=staff.executor,
            consultation_id=view.id,
            outcome=OutcomeDraft(ConsultationStatus.HELD, answer_kind=AnswerKind.EXPLAINED),
        )
    assert "только после начала" in early.value.message
    with db.uow() as uow:
        row = uow.session.get(Consultation, view.id)
        assert row is not None
        row.starts_at = datetime.now(OFFICE_TIMEZONE) - timedelta(minutes=30)
    with pytest.raises(PermissionDenied):
        consultations.record_outcome(
            db.uow(),
            actor=staff.clerk,
            consultation_id=view.id,
            outcome=OutcomeDraft(ConsultationStatus.HELD, answer_kind=AnswerKind.EXPLAINED),
        )
    with pytest.raises(ValidationError) as oral:
        consultations.record_outcome(
            db.uow(),
            actor=staff.executor,
            consultation_id=view.id,
            outcome=OutcomeDraft(
                ConsultationStatus.HELD, oral_answer="x", answer_kind=AnswerKind.ORAL_WITH_CONSENT
            ),
        )
    assert "только на личном приёме" in oral.value.message
    with pytest.raises(ValidationError) as no_questions:
        consultations.record_outcome(
            db.uow(),
            actor=staff.executor,
            consultation_id=view.id,
            outcome=OutcomeDraft(ConsultationStatus.HELD, answer_kind=AnswerKind.WRITTEN_ANSWER_NEEDED),
        )
    assert no_questions.value.field == "questions"
    held = consultations.record_outcome(
        db.uow(),
        actor=staff.executor,
        consultation_id=view.id,
        outcome=OutcomeDraft(
            ConsultationStatus.HELD,
            questions=(ROOF_LEAK, UTILITY_PAYMENT),
            oral_answer="Разъяснён порядок обращения в жилищную инспекцию.",
            answer_kind=AnswerKind.WRITTEN_ANSWER_NEEDED,
        ),
    )
    assert held.status is ConsultationStatus.HELD and held.questions == (ROOF_LEAK, UTILITY_PAYMENT)
    text_shown = consultations.prefilled_appeal_text(db.uow(), actor=staff.executor, consultation_id=view.id)
    appeal_id = consultations.register_appeal_from_consultation(
        db.uow(), actor=staff.executor, consultation_id=view.id
    )
    assert (
        consultations.register_appeal_from_consultation(
            db.uow(), actor=staff.executor, consultation_id=view.id
        )
        == appeal_id
    )
    appeal = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=appeal_id)
    assert appeal.channel is Channel.VIDEO_CONSULTATION
    assert appeal.text == text_shown and "жилищную инспекцию" in appeal.text
    assert [q.topic_code for q in appeal.questions] == [ROOF_LEAK, UTILITY_PAYMENT]
    assert appeal.applicant is not None and appeal.applicant.id == view.applicant.id
    linked = consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=view.id)
    assert (linked.appeal_id, linked.appeal_reg_number) == (appeal_id, appeal.reg_number)
    assert [
        c.id for c in consultations.consultations_of_appeal(db.uow(), actor=staff.clerk, appeal_id=appeal_id)
    ] == [view.id]
    with db.uow() as uow:
        assert (
            uow.session.scalar(
                text("SELECT property_id FROM appeal_properties WHERE appeal_id = :a"), {"a": appeal_id}
            )
            == prop.id
        )


def test_an_oral_answer_in_person_with_consent_is_an_outcome_of_its_own(
    db: Database, staff: Staff, specialist: int
) -> None:
    cid = _held_in_past(db, staff, specialist, ConsultationFormat.IN_PERSON)
    with pytest.raises(ValidationError) as caught:
        consultations.record_outcome(
            db.uow(),
            actor=staff.manager,
            consultation_id=cid,
            outcome=OutcomeDraft(ConsultationStatus.HELD, answer_kind=AnswerKind.ORAL_WITH_CONSENT),
        )
    assert caught.value.field == "oral_answer"
    view = consultations.record_outcome(
        db.uow(),
        actor=staff.manager,
        consultation_id=cid,
        outcome=OutcomeDraft(
            ConsultationStatus.HELD,
            questions=(ROOF_LEAK,),
            oral_answer="Ремонт кровли включён в план на март.",
            answer_kind=AnswerKind.ORAL_WITH_CONSENT,
        ),
    )
    assert view.answer_kind is AnswerKind.ORAL_WITH_CONSENT and view.appeal_id is None
    assert view.meeting_link == ""
    with pytest.raises(ValidationError):
        consultations.record_outcome(
            db.uow(),
            actor=staff.manager,
            consultation_id=cid,
            outcome=OutcomeDraft(ConsultationStatus.NO_SHOW),
        )


def test_no_show_carries_no_answer_and_cannot_become_an_appeal(
    db: Database, staff: Staff, specialist: int
) -> None:
    cid = _held_in_past(db, staff, specialist, ConsultationFormat.VIDEO)
    with pytest.raises(ValidationError):
        consultations.record_outcome(
            db.uow(),
            actor=staff.executor,
            consultation_id=cid,
            outcome=OutcomeDraft(ConsultationStatus.NO_SHOW, oral_answer="что-то"),
        )
    consultations.record_outcome(
        db.uow(), actor=staff.executor, consultation_id=cid, outcome=OutcomeDraft(ConsultationStatus.NO_SHOW)
    )
    with pytest.raises(ValidationError) as caught:
        consultations.register_appeal_from_consultation(db.uow(), actor=staff.executor, consultation_id=cid)
    assert "Неявка" in caught.value.message
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Appeal)) == 0


def test_day_view_lists_the_day_with_earlier_appeals_and_consultations(
    db: Database, staff: Staff, specialist: int
) -> None:
    from tests.factories import appeal_draft

    earlier = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert earlier.applicant is not None
    known = applicant_draft(id=earlier.applicant.id)
    late = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(FRIDAY, 15), applicant=known)
    )
    early = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(
            specialist, at(FRIDAY, 9), applicant=applicant_draft(surname="Петров", email="p@example.ru")
        ),
    )
    moved = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(specialist, at(FRIDAY, 11), applicant=known, topic_code=UTILITY_PAYMENT),
    )
    consultations.reschedule_consultation(
        db.uow(), actor=staff.clerk, consultation_id=moved.id, starts_at=at(WEDNESDAY, 11), reason="Перенос"
    )
    day = consultations.day_view(db.uow(), actor=staff.executor, specialist_id=specialist, day=FRIDAY)
    assert [e.consultation.id for e in day] == [early.id, late.id]
    assert day[1].earlier_appeals[0].reg_number == earlier.reg_number
    assert day[0].earlier_appeals == ()
    later = consultations.day_view(db.uow(), actor=staff.executor, specialist_id=specialist, day=WEDNESDAY)
    assert [c.id for c in later[0].earlier_consultations] == [late.id]
    assert (
        consultations.day_view(db.uow(), actor=staff.executor, specialist_id=specialist, day=WORKING_SATURDAY)
        == []
    )


def test_schedules_are_set_by_admins_with_clear_refusals(db: Database, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        consultations.set_schedule(
            db.uow(), actor=staff.clerk, specialist_id=staff.executor.id, schedule=week()
        )
    with pytest.raises(ValidationError) as caught:
        consultations.set_schedule(
            db.uow(),
            actor=staff.admin,
            specialist_id=staff.executor.id,
            schedule=week(topic_codes=("9999.9999",)),
        )
    assert "нет в классификаторе" in caught.value.message
    with pytest.raises(ValidationError) as short:
        consultations.set_schedule(
            db.uow(), actor=staff.admin, specialist_id=staff.executor.id, schedule=week("13:00-14:00")
        )
    assert "не помещается" in short.value.message
    with pytest.raises(NotFound):
        consultations.get_specialist(db.uow(), actor=staff.clerk, specialist_id=staff.executor.id)
    view = consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=staff.executor.id,
        schedule=week(topic_codes=("0005.0005",)),
    )
    assert view.schedule.topic_codes == ("0005.0005.0000.0000",)
    with pytest.raises(ValidationError):
        consultations.set_link_template(db.uow(), actor=staff.admin, template="https://x.ru/room/")
