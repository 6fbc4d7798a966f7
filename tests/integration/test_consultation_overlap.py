"""After a schedule's slot length changes, the bookings already made keep their times: a new slot
that overlaps one of them is neither offered nor booked (both backends)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from reception.db.database import Database
from reception.domain.consultations import Absence
from reception.domain.errors import PermissionDenied, ValidationError
from reception.domain.permissions import Role
from reception.services import consultations, users
from tests.conftest import TEST_PASSWORD, Staff
from tests.integration.test_consultations import HOUSING, WEDNESDAY, at, draft, week


def test_a_new_slot_length_does_not_double_book_over_an_existing_booking(db: Database, staff: Staff) -> None:
    specialist = staff.executor.id
    consultations.set_schedule(
        db.uow(), actor=staff.admin, specialist_id=specialist, schedule=week(topic_codes=(HOUSING,))
    )
    booked = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(specialist, at(WEDNESDAY, 10, 20))
    )
    assert booked.ends_at == at(WEDNESDAY, 10, 40)
    consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=specialist,
        schedule=week(topic_codes=(HOUSING,), slot_minutes=30),
    )

    slots = consultations.free_slots(
        db.uow(), actor=staff.clerk, specialist_id=specialist, after=at(WEDNESDAY, 9), limit=6
    )
    # 10:00-10:30 and 10:30-11:00 both overlap the booking 10:20-10:40.
    assert [s.starts_at.time() for s in slots] == [
        time(9, 30),
        time(11),
        time(11, 30),
        time(12),
        time(12, 30),
        time(14),
    ]
    for start in (at(WEDNESDAY, 10), at(WEDNESDAY, 10, 30)):
        with pytest.raises(ValidationError) as caught:
            consultations.book_consultation(db.uow(), actor=staff.clerk, draft=draft(specialist, start))
        assert "10:20" in caught.value.message


def test_a_specialist_moves_their_own_consultation_but_only_a_registrar_hands_it_to_a_colleague(
    db: Database, staff: Staff
) -> None:
    colleague = users.add_user(
        db.uow(),
        actor=staff.admin,
        login="executor2",
        full_name="Коллегина Ольга Сергеевна",
        role=Role.EXECUTOR,
        password=TEST_PASSWORD,
    )
    for specialist_id in (staff.executor.id, colleague.id):
        consultations.set_schedule(
            db.uow(), actor=staff.admin, specialist_id=specialist_id, schedule=week(topic_codes=(HOUSING,))
        )
    booked = consultations.book_consultation(
        db.uow(), actor=staff.clerk, draft=draft(staff.executor.id, at(WEDNESDAY, 10))
    )
    with pytest.raises(PermissionDenied):
        consultations.reschedule_consultation(
            db.uow(),
            actor=staff.executor,
            consultation_id=booked.id,
            starts_at=at(WEDNESDAY, 11),
            reason="Ухожу на совещание",
            specialist_id=colleague.id,
        )
    own = consultations.reschedule_consultation(
        db.uow(),
        actor=staff.executor,
        consultation_id=booked.id,
        starts_at=at(WEDNESDAY, 11),
        reason="Совещание",
    )
    handed = consultations.reschedule_consultation(
        db.uow(),
        actor=staff.clerk,
        consultation_id=own.id,
        starts_at=at(WEDNESDAY, 12),
        reason="Специалист на совещании",
        specialist_id=colleague.id,
    )
    assert (own.specialist_id, handed.specialist_id) == (staff.executor.id, colleague.id)


def test_control_characters_pasted_into_a_booking_contact_or_an_absence_reason_are_dropped(
    db: Database, staff: Staff
) -> None:
    specialist = staff.executor.id
    thursday = WEDNESDAY + timedelta(days=1)
    consultations.set_schedule(
        db.uow(), actor=staff.admin, specialist_id=specialist, schedule=week(topic_codes=(HOUSING,))
    )
    booked = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=draft(specialist, at(WEDNESDAY, 10), contact="+7 916\x00 555-12-34\x07"),
    )
    assert booked.contact == "+7 916 555-12-34"
    consultations.add_absence(
        db.uow(),
        actor=staff.admin,
        specialist_id=specialist,
        absence=Absence(first_day=thursday, last_day=thursday, reason="Отпуск\x00"),
    )
    assert (
        consultations.free_slots(
            db.uow(), actor=staff.clerk, specialist_id=specialist, after=at(thursday, 8), limit=1
        )[0].starts_at.date()
        != thursday
    )
