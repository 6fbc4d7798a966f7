"""Dynamics: appeals per week or month, next to the same number of weeks or months just before."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from reception.db.report_models import AppealFact
from reception.db.uow import UnitOfWork
from reception.services.reports.common import (
    ChartKind,
    ChartSeries,
    ColumnType,
    Granularity,
    Progress,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Steps,
    day_number,
    day_of,
    facts_in_period,
    month_of,
    now_utc,
    parameter_lines,
    share,
    start_report,
    week_start,
)
from reception.services.users import UserView

TITLE = "Динамика поступления обращений"


def bucket_of(day: date, granularity: Granularity) -> int:
    if granularity is Granularity.MONTH:
        return day.year * 12 + day.month - 1
    return (day_number(day) + 3) // 7


def previous_params(params: ReportParams) -> ReportParams:
    """The same number of weeks or months immediately before the period, on the same dates."""
    if params.granularity is Granularity.WEEK:
        weeks = (
            bucket_of(params.date_to, Granularity.WEEK) - bucket_of(params.date_from, Granularity.WEEK) + 1
        )
        shift = timedelta(days=7 * weeks)
        return _replace(params, params.date_from - shift, params.date_to - shift)
    months = bucket_of(params.date_to, Granularity.MONTH) - bucket_of(params.date_from, Granularity.MONTH) + 1
    end = _months_back(params.date_to, months)
    if _is_month_end(params.date_to):
        # A period ending with its month compares with whole months: February's previous month is
        # all of January, not 1–28 January.
        end = _month_end(end)
    return _replace(params, _months_back(params.date_from, months), end)


def _replace(params: ReportParams, start: date, end: date) -> ReportParams:
    from dataclasses import replace

    return replace(params, date_from=start, date_to=end)


def _months_back(day: date, months: int) -> date:
    first = month_of(day.year * 12 + day.month - 1 - months)
    return first.replace(day=min(day.day, _month_end(first).day))


def _month_end(day: date) -> date:
    return month_of(day.year * 12 + day.month) - timedelta(days=1)


def _is_month_end(day: date) -> bool:
    return day == _month_end(day)


def days_query(params: ReportParams) -> Select[Any]:
    """Appeals a day: the facts' key order, so the database groups without sorting."""
    return facts_in_period(
        select(AppealFact.received_day, func.count()).group_by(AppealFact.received_day), params
    )


def bucket_counts(rows: Any, granularity: Granularity) -> dict[int, int]:
    """Days rolled up into weeks or months (a few hundred rows)."""
    counts: dict[int, int] = {}
    for day, count in rows:
        bucket = bucket_of(day_of(day), granularity)
        counts[bucket] = counts.get(bucket, 0) + int(count)
    return counts


def _label(bucket: int, granularity: Granularity) -> str:
    if granularity is Granularity.MONTH:
        return f"{month_of(bucket):%m.%Y}"
    start = week_start(bucket)
    return f"{start:%d.%m}–{start + timedelta(days=6):%d.%m.%Y}"


def dynamics_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportData:
    steps = Steps(3, progress, cancel)
    previous = previous_params(params)
    with uow:
        author = start_report(uow, actor, params)
        current_counts = bucket_counts(uow.session.execute(days_query(params)), params.granularity)
        steps.step()
        previous_counts = bucket_counts(uow.session.execute(days_query(previous)), params.granularity)
        steps.step()
        parameters = parameter_lines(
            uow,
            params,
            [
                ("Группировка", "по неделям" if params.granularity is Granularity.WEEK else "по месяцам"),
                ("Период для сравнения", f"{previous.date_from:%d.%m.%Y} — {previous.date_to:%d.%m.%Y}"),
            ],
        )
    g = params.granularity
    first, last = bucket_of(params.date_from, g), bucket_of(params.date_to, g)
    offset = first - bucket_of(previous.date_from, g)
    rows = []
    for bucket in range(first, last + 1):
        now_count = int(current_counts.get(bucket, 0))
        before = int(previous_counts.get(bucket - offset, 0))
        change = now_count - before
        rows.append(
            (
                _label(bucket, g),
                now_count,
                _label(bucket - offset, g),
                before,
                change,
                share(change, before) if before else None,
            )
        )
    total_now = sum(r[1] for r in rows)
    total_before = sum(r[3] for r in rows)
    steps.step()
    table = ReportTable(
        "Поступление обращений по неделям" if g is Granularity.WEEK else "Поступление обращений по месяцам",
        (
            ReportColumn("Период", width=22),
            ReportColumn("Обращений", ColumnType.INTEGER, 10),
            ReportColumn("Период для сравнения", width=22),
            ReportColumn("Обращений", ColumnType.INTEGER, 10),
            ReportColumn("Изменение", ColumnType.INTEGER, 10),
            ReportColumn("Изменение, %", ColumnType.PERCENT, 11),
        ),
        tuple(rows),
        (
            "Всего",
            total_now,
            "",
            total_before,
            total_now - total_before,
            share(total_now - total_before, total_before) if total_before else None,
        ),
    )
    chart = ReportChart(
        "Поступление обращений",
        ChartKind.LINE,
        tuple(r[0] for r in rows),
        (
            ChartSeries("Период отчёта", tuple(float(r[1]) for r in rows)),
            ChartSeries("Период для сравнения", tuple(float(r[3]) for r in rows)),
        ),
    )
    return ReportData("dynamics", TITLE, parameters, now_utc(), author, (table,), (chart,))
