"""After a schedule's slot length changes, the bookings already made keep their times: a new slot
that overlaps one of them is neither offered nor booked (both backends)."""

from __future__ import annotations

from datetime import time

import pytest

from reception.db.database import Database
from reception.domain.errors import ValidationError
from reception.services import consultations
from tests.conftest import Staff
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
