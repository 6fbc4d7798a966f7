"""An outcome recorded by mistake is corrected the same office day, with a reason, the history keeping
what it said before; later, after an appeal was registered from it, or by someone else, it is refused.
Both backends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from reception.db.consultation_models import Consultation
from reception.db.database import Database
from reception.db.types import utcnow
from reception.domain.consultations import (
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import PermissionDenied, ValidationError
from reception.services import consultations
from reception.services.consultations import BookingDraft, OutcomeDraft
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, applicant_draft

FRIDAY = date(2027, 2, 19)
EXPLAINED = OutcomeDraft(
    ConsultationStatus.HELD, oral_answer="Разъяснён порядок", answer_kind=AnswerKind.EXPLAINED
)


@pytest.fixture
def specialist(db: Database, staff: Staff) -> int:
    consultations.set_schedule(
        db.uow(),
        actor=staff.admin,
        specialist_id=staff.executor.id,
        schedule=WeeklySchedule(days=tuple(WorkingHours(d, TimeRange(time(9), time(18))) for d in range(5))),
    )
    return staff.executor.id


def started(db: Database, staff: Staff, specialist: int, hh: int = 10, surname: str = "Смирнова") -> int:
    """A booking whose slot has begun (booked in the future, then moved back in the database)."""
    view = consultations.book_consultation(
        db.uow(),
        actor=staff.clerk,
        draft=BookingDraft(
            specialist_id=specialist,
            starts_at=datetime.combine(FRIDAY, time(hh), OFFICE_TIMEZONE),
            format=ConsultationFormat.IN_PERSON,
            applicant=applicant_draft(surname=surname),
            topic_code=ROOF_LEAK,
            allow_second=True,
        ),
    )
    begin_at(db, view.id, utcnow() - timedelta(minutes=30))
    return view.id


def begin_at(db: Database, consultation_id: int, moment: datetime) -> None:
    with db.uow() as uow:
        row = uow.session.get(Consultation, consultation_id)
        assert row is not None
        row.starts_at, row.ends_at = moment, moment + timedelta(minutes=20)


def test_a_mistaken_outcome_is_corrected_the_same_day_and_the_history_keeps_it(
    db: Database, staff: Staff, specialist: int
) -> None:
    cid = started(db, staff, specialist)
    consultations.record_outcome(db.uow(), actor=staff.executor, consultation_id=cid, outcome=EXPLAINED)
    corrected = consultations.correct_outcome(
        db.uow(),
        actor=staff.executor,
        consultation_id=cid,
        outcome=OutcomeDraft(ConsultationStatus.NO_SHOW),
        reason="Отметил не ту запись",
    )
    assert corrected.status is ConsultationStatus.NO_SHOW
    assert corrected.answer_kind is None and corrected.oral_answer == ""
    history = consultations.consultation_history(db.uow(), actor=staff.clerk, consultation_id=cid)
    assert [h.action for h in history] == ["booked", "outcome", "outcome_corrected"]
    assert [h.status_after for h in history[1:]] == [ConsultationStatus.HELD, ConsultationStatus.NO_SHOW]
    last = history[-1]
    assert last.action_label == "Исправлен итог" and last.who == staff.executor.full_name
    assert "Отметил не ту запись" in last.reason
    assert "было: Проведена; Дано разъяснение; ответ: Разъяснён порядок" in last.reason
    # A manager may correct it again (to «written answer needed»), and then the appeal follows.
    again = consultations.correct_outcome(
        db.uow(),
        actor=staff.manager,
        consultation_id=cid,
        outcome=OutcomeDraft(
            ConsultationStatus.HELD, questions=(ROOF_LEAK,), answer_kind=AnswerKind.WRITTEN_ANSWER_NEEDED
        ),
        reason="Гражданин всё же был, просит письменный ответ",
    )
    assert again.answer_kind is AnswerKind.WRITTEN_ANSWER_NEEDED and again.questions == (ROOF_LEAK,)
    appeal_id = consultations.register_appeal_from_consultation(
        db.uow(), actor=staff.executor, consultation_id=cid
    )
    # Once an appeal is registered from it, the outcome stays: the appeal is corrected instead.
    with pytest.raises(ValidationError) as caught:
        consultations.correct_outcome(
            db.uow(),
            actor=staff.executor,
            consultation_id=cid,
            outcome=OutcomeDraft(ConsultationStatus.NO_SHOW),
            reason="ошибка",
        )
    assert "уже зарегистрировано обращение" in caught.value.message
    assert (
        consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=cid).appeal_id
        == appeal_id
    )


def test_corrections_are_refused_clearly(db: Database, staff: Staff, specialist: int) -> None:
    cid = started(db, staff, specialist)
    no_show = OutcomeDraft(ConsultationStatus.NO_SHOW)

    def correct(actor: object = None, outcome: OutcomeDraft = no_show, reason: str = "ошибка") -> None:
        consultations.correct_outcome(
            db.uow(),
            actor=actor or staff.executor,  # type: ignore[arg-type]
            consultation_id=cid,
            outcome=outcome,
            reason=reason,
        )

    with pytest.raises(ValidationError) as caught:
        correct()
    assert "Итог ещё не отмечен" in caught.value.message
    consultations.record_outcome(db.uow(), actor=staff.executor, consultation_id=cid, outcome=EXPLAINED)
    with pytest.raises(ValidationError) as caught:
        correct(reason="  ")
    assert caught.value.field == "reason"
    with pytest.raises(PermissionDenied):
        correct(actor=staff.clerk)
    # The new outcome obeys the same rules as a first one.
    with pytest.raises(ValidationError) as caught:
        correct(outcome=OutcomeDraft(ConsultationStatus.HELD))
    assert caught.value.field == "answer_kind"
    with pytest.raises(ValidationError):
        correct(outcome=OutcomeDraft(ConsultationStatus.MOVED))
    # Recorded yesterday (office time): the card is closed.
    with db.uow() as uow:
        row = uow.session.get(Consultation, cid)
        assert row is not None and row.outcome_at is not None
        row.outcome_at = row.outcome_at - timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        correct()
    assert "только в тот же рабочий день" in caught.value.message
    view = consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=cid)
    assert view.status is ConsultationStatus.HELD and view.answer_kind is AnswerKind.EXPLAINED


def test_a_cancellation_corrected_to_held_cannot_take_a_slot_booked_since(
    db: Database, staff: Staff, specialist: int
) -> None:
    first = started(db, staff, specialist, hh=10)
    consultations.record_outcome(
        db.uow(),
        actor=staff.executor,
        consultation_id=first,
        outcome=OutcomeDraft(ConsultationStatus.CANCELLED_BY_CITIZEN),
    )
    # The freed slot was given to another citizen (both now at the same past moment).
    second = started(db, staff, specialist, hh=11, surname="Петров")
    with db.uow() as uow:
        moment = uow.session.get(Consultation, first).starts_at  # type: ignore[union-attr]
    begin_at(db, second, moment)
    with pytest.raises(ValidationError) as caught:
        consultations.correct_outcome(
            db.uow(), actor=staff.executor, consultation_id=first, outcome=EXPLAINED, reason="был на приёме"
        )
    assert "Слот уже занят" in caught.value.message
    view = consultations.get_consultation(db.uow(), actor=staff.clerk, consultation_id=first)
    assert view.status is ConsultationStatus.CANCELLED_BY_CITIZEN
    # Nor a slot another booking straddles (made under another slot length, say).
    begin_at(db, second, moment + timedelta(minutes=10))
    with pytest.raises(ValidationError) as caught:
        consultations.correct_outcome(
            db.uow(), actor=staff.executor, consultation_id=first, outcome=EXPLAINED, reason="был на приёме"
        )
    assert "Слот уже занят" in caught.value.message
    # Without the clash it is taken back.
    begin_at(db, second, moment + timedelta(hours=2))
    held = consultations.correct_outcome(
        db.uow(), actor=staff.executor, consultation_id=first, outcome=EXPLAINED, reason="был на приёме"
    )
    assert held.status is ConsultationStatus.HELD
