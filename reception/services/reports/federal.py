"""The monthly report the federal appeals reporting expects: questions by classifier code and
outcome, forwarded appeals with their covering letters, and the 3-day and 7-day rules of 59-FZ.

Lags are counted in calendar days on the office's calendar (registration within 3 days of receipt,
forwarding within 7 days of registration). Whether a lag kept the term is judged as the appeal card
judges it: by the due date under the office's deadline rules, a deadline that falls on a
non-working day moved as the office's setting says.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select

from reception.db.models import Appeal, Topic
from reception.db.report_models import AppealFact, QuestionFact
from reception.db.sqlfunc import office_day
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import Forwarding
from reception.domain.deadlines import FORWARDING_DAYS, REGISTRATION_DAYS, forwarding_due, registration_due
from reception.services.deadline_rules import load_rules
from reception.services.reports.common import (
    ColumnType,
    DayDates,
    Progress,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Steps,
    facts_in_period,
    now_utc,
    parameter_lines,
    question_facts_in_period,
    read_in_order,
    start_report,
)
from reception.services.reports.summary import OUTCOME_ORDER
from reception.services.users import UserView

TITLE = "Отчёт о результатах рассмотрения обращений (по форме федеральной отчётности)"


def questions_query(params: ReportParams) -> Select[Any]:
    """Questions by classifier code, one column per outcome, counted by the database."""
    columns = [func.sum(case((QuestionFact.outcome == o.value, 1), else_=0)) for o in OUTCOME_ORDER]
    counted = read_in_order(
        question_facts_in_period(
            select(QuestionFact.topic_code.label("code"), func.count().label("total"), *columns).group_by(
                QuestionFact.topic_code
            ),
            params,
        ),
        QuestionFact,
        "ix_report_question_facts_topic",
    ).subquery()
    return (
        select(counted.c.code, func.coalesce(Topic.name, ""), *list(counted.c)[1:])
        .outerjoin(Topic, Topic.code == counted.c.code)
        .order_by(counted.c.code)
    )


def forwardings_query(params: ReportParams) -> Select[Any]:
    """The period's forwarded appeals; office dates as day numbers (cheaper than a time zone a row)."""
    forwarded = office_day(Forwarding.forwarded_at)
    return facts_in_period(
        select(
            Appeal.reg_number,
            AppealFact.registered_day,
            Forwarding.to_body,
            Forwarding.covering_letter_number,
            Forwarding.covering_letter_date,
            forwarded,
            forwarded - AppealFact.registered_day,
        )
        .select_from(AppealFact)
        .join(Forwarding, Forwarding.appeal_id == AppealFact.appeal_id)
        .join(Appeal, Appeal.id == AppealFact.appeal_id)
        .order_by(Forwarding.forwarded_at, Forwarding.id),
        params,
    )


def registration_lag_query(params: ReportParams) -> Select[Any]:
    """How many appeals were received on a day and registered on another: a few hundred pairs a year."""
    return facts_in_period(
        select(AppealFact.received_day, AppealFact.registered_day, func.count()).group_by(
            AppealFact.received_day, AppealFact.registered_day
        ),
        params,
    )


def forwarding_lag_query(params: ReportParams) -> Select[Any]:
    """How many appeals were registered on a day and forwarded on another."""
    forwarded = office_day(Forwarding.forwarded_at)
    return facts_in_period(
        select(AppealFact.registered_day, forwarded, func.count())
        .select_from(AppealFact)
        .join(Forwarding, Forwarding.appeal_id == AppealFact.appeal_id)
        .group_by(AppealFact.registered_day, forwarded),
        params,
    )


def lag_summary(
    pairs: Iterable[tuple[int, int, int]], due: Callable[[date], date]
) -> tuple[int, int, int, float | None, int | None]:
    """(total, in time, late, average lag, longest lag) of (start day, end day, count) pairs, each
    pair judged by the due date of its start day."""
    dates = DayDates()
    total = within = weighted = 0
    longest: int | None = None
    for start, end, count in pairs:
        lag = int(end) - int(start)
        total += count
        weighted += lag * count
        if dates[int(end)] <= due(dates[int(start)]):
            within += count
        longest = lag if longest is None else max(longest, lag)
    return total, within, total - within, (weighted / total if total else None), longest


def federal_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportData:
    steps = Steps(5, progress, cancel)
    with uow:
        author = start_report(uow, actor, params)
        session = uow.session
        questions = session.execute(questions_query(params)).all()
        steps.step()
        # Core rows: nothing here is an entity, and ORM row loading costs a third more.
        forwardings = session.connection().execute(forwardings_query(params)).all()
        steps.step()
        rules = load_rules(session)
        registration = lag_summary(
            session.execute(registration_lag_query(params)).tuples(),
            lambda received: registration_due(received, rules),
        )
        steps.step()
        forwarding = lag_summary(
            session.execute(forwarding_lag_query(params)).tuples(),
            lambda registered: forwarding_due(registered, rules),
        )
        steps.step()
        parameters = parameter_lines(uow, params)
    question_rows = tuple((code, name, *(int(v or 0) for v in counts)) for code, name, *counts in questions)
    totals = tuple(sum(r[i] for r in question_rows) for i in range(2, 2 + 1 + len(OUTCOME_ORDER)))
    dates = DayDates()
    forwarding_rows = tuple(
        (
            number,
            dates[registered],
            body,
            letter or "",
            letter_date,
            dates[forwarded],
            int(lag),
            "да" if dates[forwarded] <= forwarding_due(dates[registered], rules) else "нет",
        )
        for number, registered, body, letter, letter_date, forwarded, lag in forwardings
    )
    steps.step()
    tables = (
        ReportTable(
            "Вопросы по кодам классификатора и результатам рассмотрения",
            (
                ReportColumn("Код", width=19),
                ReportColumn("Тема", width=30),
                ReportColumn("Всего", ColumnType.INTEGER, 7),
                *(ReportColumn(o.label, ColumnType.INTEGER, 11) for o in OUTCOME_ORDER),
            ),
            question_rows,
            ("", "Всего", *totals),
        ),
        ReportTable(
            "Направлено по компетенции",
            (
                ReportColumn("Рег. номер", width=14),
                ReportColumn("Зарегистрировано", ColumnType.DATE, 11),
                ReportColumn("Орган", width=40),
                ReportColumn("Сопроводительное письмо №", width=14),
                ReportColumn("Дата письма", ColumnType.DATE, 11),
                ReportColumn("Направлено", ColumnType.DATE, 11),
                ReportColumn("Дней после регистрации", ColumnType.INTEGER, 11),
                ReportColumn(f"В {FORWARDING_DAYS}-дневный срок", width=11),
            ),
            forwarding_rows,
        ),
        ReportTable(
            "Сроки регистрации и направления по компетенции (ст. 8 Федерального закона № 59-ФЗ)",
            (
                ReportColumn("Показатель", width=40),
                ReportColumn("Всего", ColumnType.INTEGER, 9),
                ReportColumn("В срок", ColumnType.INTEGER, 9),
                ReportColumn("С нарушением срока", ColumnType.INTEGER, 12),
                ReportColumn("Средний срок, дн.", ColumnType.DECIMAL, 11),
                ReportColumn("Наибольший срок, дн.", ColumnType.INTEGER, 11),
            ),
            (
                _lag_row(f"Регистрация (не позднее {REGISTRATION_DAYS} дней с поступления)", registration),
                _lag_row(f"Направление по компетенции (не позднее {FORWARDING_DAYS} дней)", forwarding),
            ),
        ),
    )
    return ReportData("federal", TITLE, parameters, now_utc(), author, tables, landscape=True)


def _lag_row(label: str, row: Any) -> tuple[Any, ...]:
    total, within, late, average, longest = row
    return (
        label,
        int(total or 0),
        int(within or 0),
        int(late or 0),
        round(float(average), 1) if average is not None else None,
        int(longest) if longest is not None else None,
    )
