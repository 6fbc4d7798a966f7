"""The consultations report and the reports framework's filters, on both backends, against a hand-built
set: the section and the channel (as the consultation's format) are honoured; a channel consultations
never have and the department do not apply and are refused with a message saying so, never silently
ignored."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from reception.db.consultation_models import Consultation
from reception.db.database import Database
from reception.db.workflow_models import Department
from reception.domain.appeals import Channel
from reception.domain.consultations import ConsultationFormat, ConsultationStatus
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ValidationError
from reception.services import appeals
from reception.services.reports import ReportData, ReportParams, run_report
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, appeal_draft

LAND = "0003.0009.0097.0688"
PERIOD = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def built(db: Database, staff: Staff) -> Database:
    appeal = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert appeal.applicant is not None

    def row(fmt: ConsultationFormat, topic: str, status: ConsultationStatus, day: int) -> Consultation:
        starts = datetime(2026, 3, day, 10, tzinfo=OFFICE_TIMEZONE)
        return Consultation(
            specialist_id=staff.executor.id,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=20),
            format=fmt,
            status=status,
            applicant_id=appeal.applicant.id,  # type: ignore[union-attr]
            topic_code=topic,
            booked_at=starts - timedelta(days=1),
            booked_by_id=staff.clerk.id,
            questions=[],
        )

    held, no_show = ConsultationStatus.HELD, ConsultationStatus.NO_SHOW
    with db.uow() as uow:
        uow.session.add_all(
            [
                row(ConsultationFormat.VIDEO, ROOF_LEAK, held, 2),
                row(ConsultationFormat.VIDEO, LAND, no_show, 3),
                row(ConsultationFormat.IN_PERSON, ROOF_LEAK, held, 4),
                row(ConsultationFormat.IN_PERSON, LAND, held, 5),
                row(ConsultationFormat.IN_PERSON, LAND, no_show, 6),
            ]
        )
        uow.session.add(Department(name="Отдел жилищного контроля"))
    return db


def run(db: Database, staff: Staff, **filters: object) -> ReportData:
    return run_report(
        db.uow(),
        name="consultations",
        actor=staff.manager,
        params=ReportParams(*PERIOD, **filters),  # type: ignore[arg-type]
    )


def totals(report: ReportData) -> tuple[int, int, int]:
    """(bookings, held, no-show) of the report's specialist table."""
    by_specialist = next(t for t in report.tables if t.title == "По специалистам")
    assert by_specialist.total is not None
    return by_specialist.total[1], by_specialist.total[2], by_specialist.total[3]


def test_every_channel_is_honoured_as_a_format_or_refused_as_not_applying(
    built: Database, staff: Staff
) -> None:
    assert totals(run(built, staff)) == (5, 3, 2)
    expected = {Channel.VIDEO_CONSULTATION: (2, 1, 1), Channel.IN_PERSON: (3, 2, 1)}
    for channel in Channel:
        if channel in expected:
            report = run(built, staff, channel=channel)
            assert totals(report) == expected[channel], channel
            assert dict(report.parameters)["Формат"] in ("Видеоконсультация", "Личный приём")
            continue
        with pytest.raises(ValidationError) as caught:
            run(built, staff, channel=channel)
        assert caught.value.field == "channel"
        assert f"«Канал: {channel.label}» к консультациям не применяется" in caught.value.message
        assert "«Видеоконсультация» или «Личный приём»" in caught.value.message


def test_the_section_is_honoured_alone_and_with_the_channel(built: Database, staff: Staff) -> None:
    assert totals(run(built, staff, section="0003")) == (3, 1, 2)
    assert totals(run(built, staff, section="0005.0005")) == (2, 2, 0)
    assert totals(run(built, staff, section="0003", channel=Channel.IN_PERSON)) == (2, 1, 1)
    assert dict(run(built, staff, section="0003").parameters)["Раздел классификатора"].startswith("0003")


def test_the_department_does_not_apply_and_is_refused_with_the_reason(built: Database, staff: Staff) -> None:
    with built.uow() as uow:
        department_id = uow.session.query(Department.id).scalar()
    with pytest.raises(ValidationError) as caught:
        run(built, staff, department_id=department_id)
    assert caught.value.field == "department_id"
    assert "«Подразделение» к консультациям не применяется" in caught.value.message
    assert "не закреплены за подразделениями" in caught.value.message
    # Both refusals at once name both filters.
    with pytest.raises(ValidationError) as both:
        run(built, staff, department_id=department_id, channel=Channel.EMAIL)
    assert [e.field for e in both.value.errors] == ["channel", "department_id"]
    # The framework's own checks apply too.
    with pytest.raises(ValidationError) as backwards:
        run_report(
            built.uow(),
            name="consultations",
            actor=staff.manager,
            params=ReportParams(date(2026, 3, 31), date(2026, 3, 1)),
        )
    assert backwards.value.field == "date_to"
