"""Demo consultations: the volume asked for, on real slots of the specialists' schedules, consistent
statuses and links, the same for a seed — on both backends."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.db.consultation_models import Consultation, ConsultationEvent
from reception.db.database import Database
from reception.db.models import Appeal
from reception.demo import load_demo
from reception.domain.appeals import Channel
from reception.domain.consultations import AnswerKind, ConsultationFormat, ConsultationStatus, day_slots
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.services import consultations
from reception.services.bootstrap import ensure_reference_data
from reception.services.deadline_rules import office_rules
from reception.services.users import UserView
from tests.conftest import _empty_postgres, open_test_database

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_demo_consultations_sit_on_real_slots_with_consistent_outcomes(db: Database) -> None:
    summary = load_demo(db, appeals=600, properties=200, seed=5, now=NOW, batch_size=300, consultations=2_500)
    assert summary.consultations == 2_500
    calendar = office_rules(db.uow()).calendar
    with db.uow() as uow:
        rows = list(uow.session.scalars(select(Consultation)))
        admin = uow.session.scalar(select(Consultation.booked_by_id).limit(1))
        channels = dict(uow.session.execute(select(Appeal.id, Appeal.channel)).tuples().all())
        events = uow.session.scalar(select(func.count()).select_from(ConsultationEvent))
    assert len(rows) == 2_500 and events is not None and events >= 2_500
    assert admin is not None
    specialists = {s.id: s for s in consultations.list_specialists(db.uow(), actor=_viewer(db))}
    assert len(specialists) == 6
    statuses = Counter(r.status for r in rows)
    assert statuses[ConsultationStatus.HELD] > 0.7 * len(rows)
    assert 0 < statuses[ConsultationStatus.NO_SHOW] < 0.15 * len(rows)
    assert statuses[ConsultationStatus.MOVED] > 0 and statuses[ConsultationStatus.BOOKED] > 0
    by_id = {r.id: r for r in rows}
    for row in rows:
        schedule = specialists[row.specialist_id].schedule
        local = row.starts_at.astimezone(OFFICE_TIMEZONE)
        assert local in day_slots(schedule, calendar, local.date()), (row.id, local)
        assert row.booked_at <= row.starts_at and row.booked_at <= NOW
        assert schedule.format.offers(row.format) and schedule.covers(row.topic_code)
        assert (row.status is ConsultationStatus.BOOKED) == (row.starts_at > NOW)
        if row.answer_kind is AnswerKind.ORAL_WITH_CONSENT:
            assert row.format is ConsultationFormat.IN_PERSON and row.status is ConsultationStatus.HELD
        if row.appeal_id is not None:
            assert row.status is ConsultationStatus.HELD
            expected = (
                Channel.VIDEO_CONSULTATION if row.format is ConsultationFormat.VIDEO else Channel.IN_PERSON
            )
            assert channels[row.appeal_id] is expected
        if row.moved_from_id is not None:
            assert by_id[row.moved_from_id].status is ConsultationStatus.MOVED
        if row.format is ConsultationFormat.VIDEO:
            assert row.meeting_link.endswith(f"/room/{row.id}")
    assert sum(r.appeal_id is not None for r in rows) > 20
    # A second load on top keeps every slot single (the database would refuse otherwise).
    again = load_demo(db, appeals=50, properties=200, seed=6, now=NOW, batch_size=300, consultations=300)
    assert again.consultations == 300


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.uow() as uow:
        rows = uow.session.execute(
            select(
                Consultation.starts_at, Consultation.status, Consultation.format, Consultation.topic_code,
                Consultation.answer_kind, Consultation.description,
            ).order_by(Consultation.id)
        ).tuples().all()  # fmt: skip
    return [tuple(r) for r in rows]


def test_demo_consultations_are_the_same_for_a_seed(
    db: Database, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    load_demo(db, appeals=300, properties=100, seed=9, now=NOW, batch_size=300, consultations=800)
    first = _snapshot(db)
    assert len(first) == 800
    if db.backend == "postgresql":
        _empty_postgres(db)
        ensure_reference_data(db)
        second_db = db
    else:
        (tmp_path / "second").mkdir()
        second_db = open_test_database("sqlite", request, tmp_path / "second")
    load_demo(second_db, appeals=300, properties=100, seed=9, now=NOW, batch_size=300, consultations=800)
    assert _snapshot(second_db) == first
    if second_db is not db:
        second_db.dispose()


def _viewer(db: Database) -> UserView:
    from reception.db.models import User

    with db.uow() as uow:
        user = uow.session.scalars(select(User).order_by(User.id)).first()
        assert user is not None
        return UserView(user.id, user.login, user.full_name, user.role, user.is_active)
