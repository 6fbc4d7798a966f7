"""The specialist's day view reads a fixed number of statements however many consultations the day
holds (it once ran three queries per consultation), and still gives each one its own applicant's
earlier appeals, earlier consultations and properties. Both backends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event

from reception.db.database import Database
from reception.db.property_models import AppealProperty
from reception.domain.consultations import ConsultationFormat, TimeRange, WeeklySchedule, WorkingHours
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.properties import PropertyDraft, PropertyKind
from reception.services import appeals, consultations, properties
from reception.services.consultations import BookingDraft
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, appeal_draft, applicant_draft

EARLIER_DAY = date(2027, 3, 1)  # Monday
BUSY_DAY = date(2027, 3, 2)  # Tuesday: 24 consultations
QUIET_DAY = date(2027, 3, 3)  # Wednesday: 2 consultations


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), OFFICE_TIMEZONE)


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def listener(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


def test_the_day_view_reads_a_fixed_number_of_statements(db: Database, staff: Staff) -> None:
    consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=staff.executor.id,
        schedule=WeeklySchedule(
            days=tuple(WorkingHours(d, TimeRange(time(9), time(17))) for d in range(5)), slot_minutes=20
        ),
    )
    prop = properties.create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(
            PropertyKind.BUILDING,
            cadastral_number="77:06:0004005:1234",
            address="г. Москва, ул. Профсоюзная, д. 43",
        ),
    )
    other_prop = properties.create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(PropertyKind.BUILDING, address="г. Москва, ул. Вавилова, д. 5"),
    )

    applicants: dict[int, int] = {}  # person → applicant id

    def book(day: date, slot: int, person: int, **extra: Any) -> int:
        return consultations.book_consultation(
            db.uow(),
            actor=staff.clerk,
            draft=BookingDraft(
                specialist_id=staff.executor.id,
                starts_at=at(day, 9 + slot // 3, 20 * (slot % 3)),
                format=ConsultationFormat.IN_PERSON,
                applicant=applicant_draft(
                    id=applicants[person], surname=f"Гражданин{person}", phone=f"+7 916 555-{person:02d}-00"
                ),
                topic_code=ROOF_LEAK,
                description="Вопрос о кровле",
                allow_second=True,
                **extra,
            ),
        ).id

    busy: dict[int, int] = {}  # consultation id → person
    for person in range(24):
        # Every citizen has an appeal before the day; even ones a consultation the day before; every
        # third books about a property.
        appeal = appeals.register_appeal(
            db.uow(),
            actor=staff.clerk,
            draft=appeal_draft(
                applicant=applicant_draft(surname=f"Гражданин{person}", phone=f"+7 916 555-{person:02d}-00"),
                summary=f"Обращение гражданина {person}",
            ),
        )
        assert appeal.applicant is not None
        applicants[person] = appeal.applicant.id
        if person % 2 == 0:
            book(EARLIER_DAY, person, person)
        extra = {"property_id": prop.id} if person % 3 == 0 else {}
        busy[book(BUSY_DAY, person, person, **extra)] = person
        if person == 5:
            with db.uow() as uow:
                uow.session.add(
                    AppealProperty(
                        appeal_id=appeal.id, property_id=other_prop.id, linked_by_id=staff.clerk.id
                    )
                )
    book(QUIET_DAY, 0, 0, property_id=prop.id)
    book(QUIET_DAY, 1, 5)

    def day_view(day: date) -> tuple[list[consultations.DayEntry], int]:
        with counted(db) as statements:
            entries = consultations.day_view(
                db.uow(), actor=staff.executor, specialist_id=staff.executor.id, day=day
            )
        return entries, len(statements)

    day_view(QUIET_DAY)  # warm-up: a connection the pool opens is not the view's statements
    quiet, quiet_count = day_view(QUIET_DAY)
    entries, busy_count = day_view(BUSY_DAY)
    assert len(quiet) == 2 and len(entries) == 24
    assert busy_count == quiet_count, (quiet_count, busy_count)
    assert busy_count <= 14
    # Each entry has its own applicant's history, not a neighbour's.
    for entry in entries:
        person = busy[entry.consultation.id]
        assert [a.summary for a in entry.earlier_appeals] == [f"Обращение гражданина {person}"]
        earlier = entry.earlier_consultations
        if person % 2 == 0:
            assert len(earlier) == 1 and earlier[0].starts_at.date() == EARLIER_DAY
            assert earlier[0].specialist_name == entry.consultation.specialist_name
            assert earlier[0].topic_name == entry.consultation.topic_name != ""
        else:
            assert earlier == ()
        expected = ([prop.id] if person % 3 == 0 else []) + ([other_prop.id] if person == 5 else [])
        assert [p.id for p in entry.properties] == expected
    # The quiet day: citizen 0 was seen on both earlier days, citizen 5 has the appeal's property.
    assert [c.starts_at.date() for c in quiet[0].earlier_consultations] == [BUSY_DAY, EARLIER_DAY]
    assert [p.address for p in quiet[1].properties] == ["г. Москва, ул. Вавилова, д. 5"]
