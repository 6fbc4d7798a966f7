"""Every report on a small hand-built office with known figures, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from reception.db.database import Database
from reception.db.models import Appeal
from reception.db.property_models import Property
from reception.db.workflow_models import Forwarding
from reception.domain.appeals import AppealKind, Channel, Outcome, QuestionDraft
from reception.domain.deadlines import OFFICE_TIMEZONE, ShiftPolicy
from reception.domain.errors import PermissionDenied, ValidationError
from reception.domain.properties import PropertyKind
from reception.domain.workflow import LegalGround
from reception.services import workflow
from reception.services.appeals import register_appeal
from reception.services.deadline_rules import set_shift_policy
from reception.services.departments import add_department
from reception.services.property_links import link_property
from reception.services.repeats import mark_repeated
from reception.services.reports import Granularity, ReportCancelled, ReportData, ReportParams, run_report
from reception.services.reports.deadlines import percentile
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, appeal_draft

CONSTRUCTION = "0003.0009.0096.0000"
MARCH = ReportParams(date(2025, 3, 1), date(2025, 3, 31), today=date(2025, 4, 15))


def msk(day: str, clock: str = "10:00") -> datetime:
    """A Moscow wall-clock moment as the aware UTC datetime the database stores."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=OFFICE_TIMEZONE).astimezone(UTC)


@dataclass(frozen=True)
class Office:
    db: Database
    staff: Staff
    ids: dict[str, int]
    department_id: int


def _register(db: Database, staff: Staff, channel: Channel, kind: AppealKind, *topics: str) -> int:
    draft = appeal_draft(
        channel=channel, kind=kind, questions=tuple(QuestionDraft(t) for t in topics or (ROOF_LEAK,))
    )
    return register_appeal(db.uow(), actor=staff.clerk, draft=draft).id


def _dates(db: Database, appeal_id: int, **values: Any) -> None:
    with db.engine.begin() as connection:
        connection.execute(update(Appeal).where(Appeal.id == appeal_id).values(**values))


def _property(db: Database, address: str, key: str, okrug: str, district: str) -> int:
    with db.uow() as uow:
        record = Property(
            kind=PropertyKind.PREMISES if "кв." in address else PropertyKind.BUILDING,
            address=address,
            building_key=key,
            okrug=okrug,
            district=district,
        )
        uow.session.add(record)
        uow.flush()
        return record.id


def build_office(db: Database, staff: Staff) -> Office:
    """Eight appeals around March 2025 (Moscow time), each with a known fate.

    A1 answered on time in 17 days; A2 registered 5 days late and answered late in 35 days (a repeat
    of A1); A3 forwarded 10 days after registration; A4 overdue on 15.04; A5 received on 31.03 at
    23:30 and still within its deadline; A6 received at 00:30 on 01.04 and A7 in February: outside
    the period; A8 left without an answer.
    """
    department = add_department(db.uow(), actor=staff.admin, name="Отдел жилищного хозяйства").id
    ex, mg = staff.executor, staff.manager
    ids: dict[str, int] = {}
    ids["A1"] = _register(db, staff, Channel.VIRTUAL_RECEPTION, AppealKind.COMPLAINT, ROOF_LEAK)
    ids["A2"] = _register(db, staff, Channel.POST, AppealKind.STATEMENT, UTILITY_PAYMENT)
    ids["A3"] = _register(db, staff, Channel.CITY_PORTAL, AppealKind.STATEMENT, ROOF_LEAK, CONSTRUCTION)
    ids["A4"] = _register(db, staff, Channel.VIRTUAL_RECEPTION, AppealKind.PROPOSAL, UTILITY_PAYMENT)
    ids["A5"] = _register(db, staff, Channel.PHONE, AppealKind.REQUEST, ROOF_LEAK)
    ids["A6"] = _register(db, staff, Channel.PHONE, AppealKind.REQUEST, ROOF_LEAK)
    ids["A7"] = _register(db, staff, Channel.POST, AppealKind.COMPLAINT, ROOF_LEAK)
    ids["A8"] = _register(db, staff, Channel.CHAT, AppealKind.COMPLAINT, CONSTRUCTION)
    for name in ("A1", "A2", "A4"):
        workflow.assign(
            db.uow(),
            actor=staff.clerk,
            appeal_id=ids[name],
            executor_id=ex.id,
            department_id=department if name != "A4" else None,
        )
        workflow.start_work(db.uow(), actor=ex, appeal_id=ids[name])
    for name, outcome in (("A1", Outcome.SUPPORTED), ("A2", Outcome.EXPLAINED)):
        workflow.set_outcome(db.uow(), actor=ex, appeal_id=ids[name], position=1, outcome=outcome)
        workflow.prepare_answer(db.uow(), actor=ex, appeal_id=ids[name])
        workflow.approve_answer(db.uow(), actor=mg, appeal_id=ids[name])
    workflow.forward(
        db.uow(),
        actor=staff.clerk,
        appeal_id=ids["A3"],
        to_body="Мосжилинспекция",
        covering_letter_number="01-15/123",
        covering_letter_date=date(2025, 3, 20),
    )
    workflow.leave_without_answer(
        db.uow(), actor=mg, appeal_id=ids["A8"], ground=LegalGround.OBSCENE_OR_THREATS
    )
    dates = {
        "A1": ("2025-03-03", "2025-03-03", date(2025, 4, 2), "2025-03-20"),
        "A2": ("2025-03-05", "2025-03-10", date(2025, 4, 9), "2025-04-14"),
        "A3": ("2025-03-10", "2025-03-10", date(2025, 4, 9), None),
        "A4": ("2025-03-12", "2025-03-12", date(2025, 4, 10), None),
        "A7": ("2025-02-27", "2025-02-27", date(2025, 3, 28), None),
        "A8": ("2025-03-15", "2025-03-17", date(2025, 4, 16), None),
    }
    for name, (received, registered, due, answered) in dates.items():
        _dates(
            db,
            ids[name],
            received_at=msk(received),
            registered_at=msk(registered, "11:00"),
            due_date=due,
            answered_at=msk(answered, "15:00") if answered else None,
        )
    _dates(db, ids["A5"], received_at=msk("2025-03-31", "23:30"), registered_at=msk("2025-03-31", "23:40"))
    _dates(db, ids["A5"], due_date=date(2025, 4, 30))
    _dates(db, ids["A6"], received_at=msk("2025-04-01", "00:30"), registered_at=msk("2025-04-01", "09:00"))
    with db.engine.begin() as connection:
        connection.execute(
            update(Forwarding)
            .where(Forwarding.appeal_id == ids["A3"])
            .values(forwarded_at=msk("2025-03-20", "12:00"))
        )
    building = _property(
        db, "г. Москва, ул. Профсоюзная, д. 43, корп. 2", "профсоюзная|43|2|", "ЮЗАО", "Черёмушки"
    )
    flat = _property(
        db, "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17", "профсоюзная|43|2|", "ЮЗАО", "Черёмушки"
    )
    other = _property(db, "г. Москва, ул. Тверская, д. 7", "тверская|7||", "ЦАО", "Тверской")
    for name, record in (("A1", building), ("A2", flat), ("A2", building), ("A3", building), ("A4", other)):
        link_property(db.uow(), actor=staff.clerk, appeal_id=ids[name], property_id=record)
    mark_repeated(db.uow(), actor=staff.clerk, appeal_id=ids["A2"], earlier_ids=[ids["A1"]])
    return Office(db, staff, ids, department)


@pytest.fixture
def office(db: Database, staff: Staff) -> Office:
    return build_office(db, staff)


def run(office: Office, name: str, params: ReportParams = MARCH, **kw: Any) -> ReportData:
    return run_report(office.db.uow(), name=name, actor=office.staff.manager, params=params, **kw)


def table(report: ReportData, title_start: str) -> dict[str, tuple[Any, ...]]:
    found = next(t for t in report.tables if t.title.startswith(title_start))
    return {str(r[0]): tuple(r[1:]) for r in found.rows}


def test_summary_counts_appeals_by_channel_kind_section_and_outcomes(office: Office) -> None:
    report = run(office, "summary")
    assert report.title == "Сводный отчёт по обращениям"
    assert report.generated_by == office.staff.manager.full_name
    channels = table(report, "Поступило")
    assert channels == {
        "Виртуальная приёмная": (2, 33.3),
        "Портал города": (1, 16.7),
        "Чат": (1, 16.7),
        "Телефон": (1, 16.7),
        "Почта": (1, 16.7),
    }
    assert report.tables[0].total == ("Всего", 6, 100.0)
    assert table(report, "По видам") == {
        "Предложение": (1, 16.7),
        "Заявление": (2, 33.3),
        "Жалоба": (2, 33.3),
        "Запрос": (1, 16.7),
    }
    sections = table(report, "Вопросы по разделам")
    assert sections == {"0003": ("Экономика", 2, 28.6), "0005": ("Жилищно-коммунальная сфера", 5, 71.4)}
    outcomes = table(report, "Результаты")
    assert outcomes["Поддержано"] == (1, 14.3)
    assert outcomes["Разъяснено"] == (1, 14.3)
    assert outcomes["Направлено по компетенции"] == (2, 28.6)
    assert outcomes["Оставлено без ответа автору"] == (1, 14.3)
    assert outcomes["В работе"] == (2, 28.6)
    assert outcomes["Не поддержано"] == (0, 0.0)
    assert report.charts[0].series[0].values == (1.0, 2.0, 1.0, 1.0, 1.0)


def test_summary_filters_by_channel_section_and_department(office: Office) -> None:
    by_channel = run(office, "summary", ReportParams(MARCH.date_from, MARCH.date_to, channel=Channel.POST))
    assert by_channel.tables[0].total == ("Всего", 1, 100.0)
    by_section = run(office, "summary", ReportParams(MARCH.date_from, MARCH.date_to, section="0003"))
    assert table(by_section, "Поступило") == {"Портал города": (1, 50.0), "Чат": (1, 50.0)}
    assert ("Раздел классификатора", "0003 Экономика") in by_section.parameters
    by_department = run(
        office, "summary", ReportParams(MARCH.date_from, MARCH.date_to, department_id=office.department_id)
    )
    assert by_department.tables[0].total == ("Всего", 2, 100.0)
    assert ("Подразделение", "Отдел жилищного хозяйства") in by_department.parameters


def test_deadlines_classify_appeals_and_give_mean_and_90th_percentile(office: Office) -> None:
    report = run(office, "deadlines")
    overall = table(report, "Соблюдение сроков")
    assert overall == {
        "Ответ дан в срок": (1, 16.7),
        "Ответ дан с нарушением срока": (1, 16.7),
        "Просрочено (ответа нет, срок истёк)": (1, 16.7),
        "На рассмотрении, срок не истёк": (1, 16.7),
        "Завершено без ответа (направлено, оставлено, отозвано)": (2, 33.3),
    }
    days = table(report, "Срок ответа")
    assert days == {
        "Ответов дано": (2,),
        "Средний срок ответа, дней": (26.0,),
        "90-й процентиль срока ответа, дней": (35,),
    }
    executors = table(report, "По исполнителям")
    assert executors["Исполнителев П. П."] == (3, 1, 1, 1, 0, 26.0, 35)
    assert executors["Не назначен"] == (3, 0, 0, 0, 1, None, None)
    departments = table(report, "По подразделениям")
    assert departments["Отдел жилищного хозяйства"] == (2, 1, 1, 0, 0, 26.0, 35)
    assert departments["Без подразделения"] == (4, 0, 0, 1, 1, None, None)


def test_percentile_is_nearest_rank() -> None:
    assert percentile([(17, 1), (35, 1)], 0.9) == 35
    assert percentile([(d, 1) for d in range(1, 11)], 0.9) == 9
    assert percentile([(5, 9), (40, 1)], 0.9) == 5
    assert percentile([], 0.9) is None


def test_hotspots_rank_buildings_and_count_repeats_by_okrug(office: Office) -> None:
    report = run(office, "hotspots")
    buildings = report.tables[0].rows
    assert buildings == (
        (1, "ЮЗАО", "Черёмушки", "г. Москва, ул. Профсоюзная, д. 43, корп. 2", 3, 1),
        (2, "ЦАО", "Тверской", "г. Москва, ул. Тверская, д. 7", 1, 0),
    )
    assert table(report, "По административным") == {"ЮЗАО": (3, 1, 1), "ЦАО": (1, 1, 0)}
    assert report.tables[1].total == ("Всего", 4, 2, 1)


def test_listing_lists_every_appeal_of_the_period_in_order_in_batches(office: Office) -> None:
    seen: list[tuple[int, int]] = []
    report = run(office, "listing", progress=lambda d, t: seen.append((d, t)), batch_size=2)
    rows = report.tables[0].rows
    numbers = {v: k for k, v in office.ids.items()}
    with office.db.uow() as uow:
        by_number = {a.reg_number: numbers[a.id] for a in uow.session.query(Appeal)}
    assert [by_number[r[0]] for r in rows] == ["A1", "A2", "A3", "A4", "A8", "A5"]
    a2 = rows[1]
    assert a2[1:5] == (date(2025, 3, 5), date(2025, 3, 10), "Почта", "Заявление")
    assert a2[7:] == ("Дан ответ", date(2025, 4, 9), date(2025, 4, 14), "Исполнителев П. П.")
    assert rows[-1][1] == date(2025, 3, 31)
    assert seen[-1] == (6, 6) and len(seen) == 3


def test_listing_stops_when_cancelled(office: Office) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(ReportCancelled):
        run(office, "listing", progress=progress, cancel=cancel, batch_size=2)


def test_dynamics_compares_months_with_the_months_before(office: Office) -> None:
    params = ReportParams(date(2025, 3, 1), date(2025, 3, 31), granularity=Granularity.MONTH)
    report = run(office, "dynamics", params)
    assert report.tables[0].rows == (("03.2025", 6, "02.2025", 1, 5, 500.0),)
    weekly = run(
        office, "dynamics", ReportParams(date(2025, 3, 3), date(2025, 3, 16), granularity=Granularity.WEEK)
    )
    assert weekly.tables[0].rows == (
        ("03.03–09.03.2025", 2, "17.02–23.02.2025", 0, 2, None),
        ("10.03–16.03.2025", 3, "24.02–02.03.2025", 1, 2, 200.0),
    )
    assert weekly.tables[0].total == ("Всего", 5, "", 1, 4, 400.0)
    assert [s.name for s in weekly.charts[0].series] == ["Период отчёта", "Период для сравнения"]


def test_federal_report_counts_questions_by_code_and_outcome_and_checks_the_3_and_7_day_rules(
    office: Office,
) -> None:
    report = run(office, "federal")
    questions = table(report, "Вопросы по кодам")
    # name, total, supported, measures, explained, not supported, forwarded, left, answered, extended, in work
    assert questions[ROOF_LEAK][1:] == (3, 1, 0, 0, 0, 1, 0, 0, 0, 1)
    assert questions[UTILITY_PAYMENT][1:] == (2, 0, 0, 1, 0, 0, 0, 0, 0, 1)
    assert questions[CONSTRUCTION][1:] == (2, 0, 0, 0, 0, 1, 1, 0, 0, 0)
    assert report.tables[0].total == ("", "Всего", 7, 1, 0, 1, 0, 2, 1, 0, 0, 2)
    forwarded = report.tables[1].rows
    assert len(forwarded) == 1
    assert forwarded[0][1:] == (
        date(2025, 3, 10),
        "Мосжилинспекция",
        "01-15/123",
        date(2025, 3, 20),
        date(2025, 3, 20),
        10,
        "нет",
    )
    lags = report.tables[2].rows
    assert lags[0][1:] == (6, 5, 1, 1.2, 5)  # A2 registered 5 days after receipt; A8 2 days
    assert lags[1][1:] == (1, 0, 1, 10.0, 10)


def test_the_3_day_rule_is_judged_by_the_offices_deadline_shift_like_the_appeal_card(office: Office) -> None:
    # Received Thursday 06.03.2025, registered Monday 10.03: the third day is Sunday 09.03.
    _dates(office.db, office.ids["A2"], received_at=msk("2025-03-06"))
    lags = run(office, "federal").tables[2].rows
    assert lags[0][1:4] == (6, 5, 1)  # moved to the preceding working day (the default): late
    set_shift_policy(office.db.uow(), actor=office.staff.admin, shift=ShiftPolicy.FOLLOWING)
    lags = run(office, "federal").tables[2].rows
    assert lags[0][1:4] == (6, 6, 0)  # moved to the following one, Monday: in time
    assert lags[0][4:] == (1.0, 4)  # the lags themselves are calendar days either way


def test_reports_are_for_managers_and_admins(office: Office) -> None:
    for user in (office.staff.clerk, office.staff.executor):
        with pytest.raises(PermissionDenied):
            run_report(office.db.uow(), name="summary", actor=user, params=MARCH)
    run_report(office.db.uow(), name="summary", actor=office.staff.admin, params=MARCH)


def test_report_period_must_be_sensible(office: Office) -> None:
    with pytest.raises(ValidationError):
        run(office, "summary", ReportParams(date(2025, 3, 31), date(2025, 3, 1)))
    with pytest.raises(ValidationError):
        run(office, "summary", ReportParams(date(2025, 3, 1), date(2025, 3, 31), section="жильё"))
    assert run(office, "summary", ReportParams(date(2020, 1, 1), date(2020, 1, 31))).tables[0].total == (
        "Всего",
        0,
        0.0,
    )
    _ = timedelta
