"""The consultations report against a hand-built set of bookings, on both backends, and its documents."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from reception.db.consultation_models import Consultation
from reception.db.database import Database
from reception.domain.appeals import Channel
from reception.domain.consultations import AnswerKind, ConsultationFormat, ConsultationStatus
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import PermissionDenied, ValidationError
from reception.services import appeals
from reception.services.reports import ReportData, ReportParams, ReportTable, run_report
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, appeal_draft

LAND = "0003.0009.0097.0688"
VIDEO, IN_PERSON = ConsultationFormat.VIDEO, ConsultationFormat.IN_PERSON
S = ConsultationStatus


def moscow(day: str, hhmm: str = "10:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=OFFICE_TIMEZONE)


@pytest.fixture
def report(db: Database, staff: Staff) -> ReportData:
    appeal = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert appeal.applicant is not None
    applicant_id = appeal.applicant.id
    a, b = staff.executor.id, staff.manager.id

    def row(
        specialist: int,
        fmt: ConsultationFormat,
        topic: str | None,
        status: ConsultationStatus,
        starts: datetime,
        wait_days: float = 1,
        **extra: object,
    ) -> Consultation:
        return Consultation(
            specialist_id=specialist,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=20),
            format=fmt,
            status=status,
            applicant_id=applicant_id,
            topic_code=topic,
            booked_at=starts - timedelta(days=wait_days),
            booked_by_id=staff.clerk.id,
            questions=[],
            **extra,
        )

    with db.uow() as uow:
        moved = row(b, IN_PERSON, LAND, S.MOVED, moscow("2026-03-10"), 3)
        uow.session.add_all(
            [
                row(a, VIDEO, ROOF_LEAK, S.HELD, moscow("2026-03-02"), 2, appeal_id=appeal.id),
                row(
                    a,
                    IN_PERSON,
                    ROOF_LEAK,
                    S.HELD,
                    moscow("2026-03-03"),
                    4,
                    answer_kind=AnswerKind.ORAL_WITH_CONSENT,
                ),
                row(a, VIDEO, LAND, S.NO_SHOW, moscow("2026-03-04")),
                row(b, VIDEO, None, S.CANCELLED_BY_CITIZEN, moscow("2026-03-05")),
                moved,
                row(a, VIDEO, ROOF_LEAK, S.BOOKED, moscow("2026-04-30", "17:40")),
                # The comparison period (January–February) and outside any period.
                row(a, VIDEO, ROOF_LEAK, S.HELD, moscow("2026-02-27")),
                row(b, VIDEO, ROOF_LEAK, S.NO_SHOW, moscow("2026-01-15")),
                row(a, VIDEO, ROOF_LEAK, S.HELD, moscow("2026-05-01", "09:00")),
            ]
        )
        uow.flush()
        uow.session.add(row(b, IN_PERSON, LAND, S.HELD, moscow("2026-04-10"), 9, moved_from_id=moved.id))
    return run_report(
        db.uow(),
        name="consultations",
        actor=staff.manager,
        params=ReportParams(date(2026, 3, 1), date(2026, 4, 30)),
    )


def table(report: ReportData, title: str) -> ReportTable:
    return next(t for t in report.tables if t.title == title)


def test_figures_per_specialist_format_and_section(report: ReportData) -> None:
    #              total held no-show canc. pending moved wait oral appeals share
    specialists = table(report, "По специалистам")
    assert specialists.rows == (
        ("Исполнителев Пётр Петрович", 4, 2, 1, 0, 1, 0, 3.0, 1, 1, 50.0),
        ("Руководителева Мария Ивановна", 2, 1, 0, 1, 0, 1, 9.0, 0, 0, 0.0),
    )
    assert specialists.total == ("Итого", 6, 3, 1, 1, 1, 1, 5.0, 1, 1, 33.3)
    formats = table(report, "По формату")
    assert formats.rows == (
        ("Видеоконсультация", 4, 1, 1, 1, 1, 0, 2.0, 0, 1, 100.0),
        ("Личный приём", 2, 2, 0, 0, 0, 1, 6.5, 1, 0, 0.0),
    )
    sections = table(report, "По разделам классификатора")
    assert [r[0] for r in sections.rows] == [
        "0003 Экономика",
        "0005 Жилищно-коммунальная сфера",
        "Тема не указана",
    ]
    assert [r[1:6] for r in sections.rows] == [(2, 1, 1, 0, 0), (3, 2, 0, 0, 1), (1, 0, 0, 1, 0)]


def test_months_stand_next_to_the_previous_period(report: ReportData) -> None:
    months = table(report, "По месяцам в сравнении с предыдущим периодом")
    assert months.rows == (
        ("03.2026", 4, 2, 1, 1, "01.2026", 1, 0, 3, 300.0),
        ("04.2026", 2, 1, 0, 0, "02.2026", 1, 1, 1, 100.0),
    )
    assert months.total == ("Итого", 6, 3, 1, 1, "", 2, 1, 4, 200.0)
    assert ("Период для сравнения", "01.01.2026 — 28.02.2026") in report.parameters


def test_the_report_as_pdf_xlsx_and_csv(report: ReportData) -> None:
    from openpyxl import load_workbook

    from reception.documents.report_csv import build_report_csv
    from reception.documents.report_pdf import build_report_pdf
    from reception.documents.report_xlsx import build_report_xlsx

    pdf = io.BytesIO()
    build_report_pdf(report, pdf)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.getvalue())).pages)
    assert "Консультации специалистов" in text and "Руководителева Мария Ивановна" in text
    xlsx = io.BytesIO()
    build_report_xlsx(report, xlsx)
    book = load_workbook(io.BytesIO(xlsx.getvalue()))
    sheet = book.worksheets[-4]  # the sheets follow the tables; the last four are the report's tables
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[1] == ("Исполнителев Пётр Петрович", 4, 2, 1, 0, 1, 0, 3.0, 1, 1, 50.0)
    assert rows[-1][0] == "Итого" and rows[-1][-1] == 33.3
    out = io.BytesIO()
    build_report_csv(report, out)
    lines = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig")), delimiter=";"))
    assert any(r[:3] == ["Исполнителев Пётр Петрович", "4", "2"] for r in lines)


def test_filters_and_refusals(db: Database, staff: Staff, report: ReportData) -> None:
    video = run_report(
        db.uow(),
        name="consultations",
        actor=staff.admin,
        params=ReportParams(
            date(2026, 3, 1), date(2026, 4, 30), channel=Channel.VIDEO_CONSULTATION, section="0005"
        ),
    )
    assert table(video, "По формату").rows == (("Видеоконсультация", 2, 1, 0, 0, 1, 0, 2.0, 0, 1, 100.0),)
    with pytest.raises(ValidationError):
        run_report(
            db.uow(),
            name="consultations",
            actor=staff.admin,
            params=ReportParams(date(2026, 3, 1), date(2026, 4, 30), channel=Channel.POST),
        )
    with pytest.raises(PermissionDenied):
        run_report(
            db.uow(),
            name="consultations",
            actor=staff.clerk,
            params=ReportParams(date(2026, 3, 1), date(2026, 4, 30)),
        )
