"""Deadlines: answered on time or late, overdue now, still within the deadline; days to answer."""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, case, func, select

from reception.db.models import User
from reception.db.report_models import AppealFact
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import Department
from reception.domain.appeals import FINISHED_STATUSES, AppealStatus, short_person_name
from reception.services.reports.common import (
    ChartKind,
    ChartSeries,
    ColumnType,
    Progress,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Row,
    Steps,
    day_of,
    facts_in_period,
    now_utc,
    parameter_lines,
    read_in_order,
    share,
    start_report,
)
from reception.services.users import UserView

TITLE = "Соблюдение сроков рассмотрения обращений"


class Timeliness(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"
    WITHIN = "within"
    NO_ANSWER = "no_answer"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Timeliness.ON_TIME: "Ответ дан в срок",
    Timeliness.LATE: "Ответ дан с нарушением срока",
    Timeliness.OVERDUE: "Просрочено (ответа нет, срок истёк)",
    Timeliness.WITHIN: "На рассмотрении, срок не истёк",
    Timeliness.NO_ANSWER: "Завершено без ответа (направлено, оставлено, отозвано)",
}
OPEN_STATUSES = tuple(s for s in AppealStatus if s not in FINISHED_STATUSES)


def timeliness_conditions(params: ReportParams) -> dict[Timeliness, Any]:
    """Which appeals count in each category (they exclude each other)."""
    f = AppealFact
    today = params.today_day
    answered = f.answered_day.is_not(None)
    unanswered_open = f.answered_day.is_(None) & f.status.in_([s.value for s in OPEN_STATUSES])
    return {
        Timeliness.ON_TIME: answered & (f.due_day.is_(None) | (f.answered_day <= f.due_day)),
        Timeliness.LATE: answered & (f.answered_day > f.due_day),
        Timeliness.OVERDUE: unanswered_open & (f.due_day < today),
        Timeliness.WITHIN: unanswered_open & (f.due_day.is_(None) | (f.due_day >= today)),
        Timeliness.NO_ANSWER: f.answered_day.is_(None) & f.status.not_in([s.value for s in OPEN_STATUSES]),
    }


def timeliness_query(params: ReportParams) -> Select[Any]:
    """Appeals of the period by executor and department, a count per timeliness category."""
    counts = [func.sum(case((c, 1), else_=0)) for c in timeliness_conditions(params).values()]
    query = select(AppealFact.assignee_id, AppealFact.department_id, *counts).group_by(
        AppealFact.assignee_id, AppealFact.department_id
    )
    return read_in_order(facts_in_period(query, params), AppealFact, "ix_report_appeal_facts_executor")


def days_query(params: ReportParams) -> Select[Any]:
    """Answered appeals by executor, department and days from registration to answer."""
    f = AppealFact
    query = (
        select(f.assignee_id, f.department_id, f.answer_days, func.count())
        .where(f.answer_days.is_not(None))
        .group_by(f.assignee_id, f.department_id, f.answer_days)
    )
    return read_in_order(facts_in_period(query, params), f, "ix_report_appeal_facts_answer_days")


def percentile(histogram: Iterable[tuple[int, int]], fraction: float) -> int | None:
    """Nearest-rank percentile of (value, count) pairs: the least value covering `fraction` of them."""
    pairs = sorted(histogram)
    total = sum(n for _, n in pairs)
    if not total:
        return None
    rank = max(1, math.ceil(fraction * total))
    running = 0
    for value, count in pairs:
        running += count
        if running >= rank:
            return value
    return pairs[-1][0]


def mean(histogram: Iterable[tuple[int, int]]) -> float | None:
    pairs = list(histogram)
    total = sum(n for _, n in pairs)
    return round(sum(v * n for v, n in pairs) / total, 1) if total else None


_BREAKDOWN = (Timeliness.ON_TIME, Timeliness.LATE, Timeliness.OVERDUE, Timeliness.WITHIN)
BREAKDOWN_COLUMNS = (
    ReportColumn("Всего", ColumnType.INTEGER, 9),
    ReportColumn("В срок", ColumnType.INTEGER, 9),
    ReportColumn("С нарушением", ColumnType.INTEGER, 12),
    ReportColumn("Просрочено", ColumnType.INTEGER, 11),
    ReportColumn("В работе в срок", ColumnType.INTEGER, 13),
    ReportColumn("Средний срок, дн.", ColumnType.DECIMAL, 14),
    ReportColumn("90-й процентиль, дн.", ColumnType.INTEGER, 15),
)


def _breakdown_rows(
    counts: dict[Any, Counter[Timeliness]],
    days: dict[Any, Counter[int]],
    names: dict[Any, str],
) -> tuple[Row, ...]:
    rows: list[Row] = []
    for key, counter in counts.items():
        histogram = list(days.get(key, Counter()).items())
        rows.append(
            (
                names.get(key, "—"),
                sum(counter.values()),
                *(counter[t] for t in _BREAKDOWN),
                mean(histogram),
                percentile(histogram, 0.9),
            )
        )
    rows.sort(key=lambda r: (-int(r[1]), str(r[0])))
    return tuple(rows)


def deadlines_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportData:
    steps = Steps(3, progress, cancel)
    with uow:
        author = start_report(uow, actor, params)
        session = uow.session
        cells = session.execute(timeliness_query(params)).all()
        steps.step()
        day_cells = session.execute(days_query(params)).all()
        steps.step()
        executors: dict[int | None, str] = {
            i: short_person_name(n) for i, n in session.execute(select(User.id, User.full_name))
        }
        departments: dict[int | None, str] = dict(
            session.execute(select(Department.id, Department.name)).tuples().all()
        )
        parameters = parameter_lines(
            uow, params, [("Просрочка считается на", f"{day_of(params.today_day):%d.%m.%Y}")]
        )
    overall: Counter[Timeliness] = Counter()
    by_executor: dict[int | None, Counter[Timeliness]] = defaultdict(Counter)
    by_department: dict[int | None, Counter[Timeliness]] = defaultdict(Counter)
    for assignee, department, *counts in cells:
        for kind, count in zip(Timeliness, counts, strict=True):
            count = int(count or 0)
            overall[kind] += count
            by_executor[assignee][kind] += count
            by_department[department][kind] += count
    all_days: Counter[int] = Counter()
    days_by_executor: dict[int | None, Counter[int]] = defaultdict(Counter)
    days_by_department: dict[int | None, Counter[int]] = defaultdict(Counter)
    for assignee, department, days, count in day_cells:
        all_days[int(days)] += count
        days_by_executor[assignee][int(days)] += count
        days_by_department[department][int(days)] += count
    total = sum(overall.values())
    histogram = list(all_days.items())
    answered = sum(all_days.values())
    executors[None] = "Не назначен"
    departments[None] = "Без подразделения"
    steps.step()
    tables = (
        ReportTable(
            "Соблюдение сроков",
            (
                ReportColumn("Показатель", width=44),
                ReportColumn("Обращений", ColumnType.INTEGER, 11),
                ReportColumn("Доля, %", ColumnType.PERCENT, 9),
            ),
            tuple((t.label, overall[t], share(overall[t], total)) for t in Timeliness),
            ("Всего", total, 100.0 if total else 0.0),
        ),
        ReportTable(
            "Срок ответа (от регистрации до ответа)",
            (ReportColumn("Показатель", width=44), ReportColumn("Значение", ColumnType.DECIMAL, 11)),
            (
                ("Ответов дано", answered),
                ("Средний срок ответа, дней", mean(histogram)),
                ("90-й процентиль срока ответа, дней", percentile(histogram, 0.9)),
            ),
        ),
        ReportTable(
            "По исполнителям",
            (ReportColumn("Исполнитель", width=26), *BREAKDOWN_COLUMNS),
            _breakdown_rows(by_executor, days_by_executor, executors),
        ),
        ReportTable(
            "По подразделениям",
            (ReportColumn("Подразделение", width=26), *BREAKDOWN_COLUMNS),
            _breakdown_rows(by_department, days_by_department, departments),
        ),
    )
    charts = (
        ReportChart(
            "Соблюдение сроков",
            ChartKind.BAR,
            ("В срок", "С нарушением", "Просрочено", "В работе", "Без ответа"),
            (ChartSeries("Обращений", tuple(float(overall[t]) for t in Timeliness)),),
        ),
    )
    return ReportData("deadlines", TITLE, parameters, now_utc(), author, tables, charts, landscape=True)
