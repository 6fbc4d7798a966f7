"""What every report shares: its parameters, its result, and the filters and steps of its queries.

A report is a function `fn(uow, *, actor, params, progress=None, cancel=None) -> ReportData`. The
SQL aggregates; Python only labels the rows. ReportData is frozen and plain, so the same figures
feed the screen, the PDF, the XLSX and the CSV.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Label, Select, exists, literal_column, or_, select
from sqlalchemy.orm import aliased

from reception.db.models import Appeal, Question, Topic
from reception.db.report_models import AppealFact, QuestionFact
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import Department
from reception.domain.appeals import Channel
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import FieldError, ReceptionError, ValidationError
from reception.domain.permissions import Permission
from reception.services.users import UserView, load_actor

Progress = Callable[[int, int], None]
Row = tuple[Any, ...]
_S = TypeVar("_S", bound=Select[Any])

EPOCH = date(1970, 1, 1)
MAX_PERIOD_DAYS = 3 * 366


class ReportCancelled(ReceptionError):
    """The user cancelled the report; nothing is shown or written."""

    def __init__(self) -> None:
        super().__init__("Формирование отчёта отменено.")


class ColumnType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    DATE = "date"


@dataclass(frozen=True)
class ReportColumn:
    title: str
    type: ColumnType = ColumnType.TEXT
    # Relative width in characters: documents and the screen size columns by it.
    width: int = 12

    @property
    def is_numeric(self) -> bool:
        return self.type in (ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.PERCENT)


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[Row, ...]
    # A last row of totals, shown apart from the sortable body.
    total: Row | None = None

    @property
    def width(self) -> int:
        return sum(c.width for c in self.columns)


class ChartKind(StrEnum):
    BAR = "bar"
    LINE = "line"


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ReportChart:
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]


class Granularity(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class ReportParams:
    """The period in office dates (both ends included) and the optional filters."""

    date_from: date
    date_to: date
    channel: Channel | None = None
    # A classifier section code ("0005") or any longer code prefix ("0005.0005").
    section: str = ""
    department_id: int | None = None
    granularity: Granularity = Granularity.MONTH
    # "Today" for overdue counts; None is the office date now (tests pin it).
    today: date | None = None

    def validated(self) -> ReportParams:
        errors = []
        if self.date_to < self.date_from:
            errors.append(FieldError("date_to", "Конец периода раньше его начала."))
        elif (self.date_to - self.date_from).days > MAX_PERIOD_DAYS:
            errors.append(FieldError("date_to", "Период отчёта — не больше трёх лет."))
        section = self.section.strip()
        if section and not all(part.isdigit() and len(part) == 4 for part in section.split(".")):
            errors.append(FieldError("section", "Раздел классификатора — код вида 0005 или 0005.0005."))
        if errors:
            raise ValidationError(errors)
        return self

    @property
    def start(self) -> datetime:
        """The UTC moment the period begins (office midnight)."""
        return office_midnight(self.date_from)

    @property
    def end(self) -> datetime:
        """The UTC moment just after the period (office midnight after its last day)."""
        return office_midnight(self.date_to + timedelta(days=1))

    @property
    def today_day(self) -> int:
        today = self.today or datetime.now(UTC).astimezone(OFFICE_TIMEZONE).date()
        return day_number(today)


@dataclass(frozen=True)
class ReportData:
    name: str
    title: str
    # (label, value) pairs as a reader sees them: «Период: 01.01.2025 — 31.03.2025».
    parameters: tuple[tuple[str, str], ...]
    generated_at: datetime
    generated_by: str
    tables: tuple[ReportTable, ...]
    charts: tuple[ReportChart, ...] = ()
    # Landscape pages suit wide tables.
    landscape: bool = False


@dataclass(frozen=True)
class DepartmentChoice:
    id: int
    name: str


@dataclass(frozen=True)
class SectionChoice:
    code: str
    name: str


def office_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), OFFICE_TIMEZONE).astimezone(UTC)


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


class DayDates(dict[int, date]):
    """Day numbers to dates, each made once: a long table repeats a few hundred days."""

    def __missing__(self, number: int) -> date:
        made = self[number] = day_of(number)
        return made


def month_of(number: int) -> date:
    """The first day of a month numbered year * 12 + month - 1."""
    year, month = divmod(int(number), 12)
    return date(year, month + 1, 1)


def week_start(week: int) -> date:
    """The Monday of a week numbered (day + 3) // 7."""
    return day_of(week * 7 - 3)


def share(part: int | float, whole: int | float) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


class Steps:
    """Progress by steps (queries, batches) and the cancel check between them."""

    def __init__(self, total: int, progress: Progress | None, cancel: threading.Event | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ReportCancelled()

    def step(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()


def start_report(uow: UnitOfWork, actor: UserView, params: ReportParams) -> str:
    """Check the actor may run reports (inside `with uow`); the author's name for the title page."""
    user = load_actor(uow, actor, Permission.RUN_REPORTS)
    params.validated()
    return user.full_name


def by_label(expression: Label[Any]) -> ColumnElement[Any]:
    """GROUP BY a select's labelled expression by its name: PostgreSQL cannot match an expression
    repeated with its own bind parameters (a CASE, a substr) to the one in the select list."""
    return literal_column(expression.name)


def in_period(query: _S, params: ReportParams) -> _S:
    """Appeals received in the period, narrowed by the filters: a range the date index serves."""
    query = query.where(Appeal.received_at >= params.start, Appeal.received_at < params.end)
    return with_filters(query, params)


def with_filters(query: _S, params: ReportParams) -> _S:
    if params.channel is not None:
        query = query.where(Appeal.channel == params.channel)
    if params.department_id is not None:
        query = query.where(Appeal.department_id == params.department_id)
    section = params.section.strip()
    if section:
        query = query.where(section_filter(section))
    return query


def read_in_order(query: _S, table: Any, index: str) -> _S:
    """On SQLite, read `table` through `index` so that the GROUP BY follows it instead of sorting;
    PostgreSQL aggregates by hashing and is left to its planner."""
    return query.with_hint(table, f"INDEXED BY {index}", dialect_name="sqlite")


def facts_in_period(query: _S, params: ReportParams, facts: Any = AppealFact) -> _S:
    """Facts of the period and filters: a range of the (received_day, appeal_id) key.

    `facts` is a table with the appeal's day, channel and department: AppealFact or LinkFact.
    """
    query = query.where(
        facts.received_day >= day_number(params.date_from),
        facts.received_day <= day_number(params.date_to),
    )
    if params.channel is not None:
        query = query.where(facts.channel == params.channel.value)
    if params.department_id is not None:
        query = query.where(facts.department_id == params.department_id)
    section = params.section.strip()
    if section:
        question = aliased(QuestionFact)
        query = query.where(
            exists(
                select(question.question_id)
                .where(question.appeal_id == facts.appeal_id, in_section(question.topic_code, section))
                .correlate(facts)
            )
        )
    return query


def question_facts_in_period(query: _S, params: ReportParams) -> _S:
    """Questions of the period's appeals; with a section, the questions of that section only."""
    query = query.where(
        QuestionFact.received_day >= day_number(params.date_from),
        QuestionFact.received_day <= day_number(params.date_to),
    )
    if params.channel is not None:
        query = query.where(QuestionFact.channel == params.channel.value)
    if params.department_id is not None:
        query = query.where(QuestionFact.department_id == params.department_id)
    section = params.section.strip()
    if section:
        query = query.where(in_section(QuestionFact.topic_code, section))
    return query


def in_section(code: Any, section: str) -> ColumnElement[bool]:
    return or_(code == section, code.startswith(section + "."))


def section_filter(section: str) -> ColumnElement[bool]:
    """The appeal has a question in the section (codes share the prefix: a range on the code)."""
    question = aliased(Question)
    return exists(
        select(question.id)
        .where(
            question.appeal_id == Appeal.id,
            in_section(question.topic_code, section),
        )
        .correlate(Appeal)
    )


def parameter_lines(
    uow: UnitOfWork, params: ReportParams, extra: Iterable[tuple[str, str]] = ()
) -> tuple[tuple[str, str], ...]:
    lines = [("Период", f"{params.date_from:%d.%m.%Y} — {params.date_to:%d.%m.%Y}")]
    lines.append(("Канал поступления", params.channel.label if params.channel else "все"))
    section = params.section.strip()
    if section:
        name = uow.session.scalar(select(Topic.name).where(Topic.code == padded_code(section)))
        lines.append(("Раздел классификатора", f"{section} {name}" if name else section))
    else:
        lines.append(("Раздел классификатора", "все"))
    if params.department_id is not None:
        name = uow.session.scalar(select(Department.name).where(Department.id == params.department_id))
        lines.append(("Подразделение", name or f"№ {params.department_id}"))
    else:
        lines.append(("Подразделение", "все"))
    lines.extend(extra)
    return tuple(lines)


def padded_code(prefix: str) -> str:
    """«0005» → «0005.0000.0000.0000»: the classifier entry a code prefix names."""
    parts = prefix.split(".")
    return ".".join(parts + ["0000"] * max(0, 4 - len(parts)))


def now_utc() -> datetime:
    return datetime.now(UTC)


def report_choices(uow: UnitOfWork, *, actor: UserView) -> tuple[list[SectionChoice], list[DepartmentChoice]]:
    """What the parameter form offers: the classifier's sections and the departments."""
    with uow:
        load_actor(uow, actor, Permission.RUN_REPORTS)
        sections = [
            SectionChoice(code[:4], name)
            for code, name in uow.session.execute(
                select(Topic.code, Topic.name).where(Topic.level == 1).order_by(Topic.code)
            )
        ]
        departments = [
            DepartmentChoice(i, name)
            for i, name in uow.session.execute(
                select(Department.id, Department.name)
                .where(Department.is_active.is_(True))
                .order_by(Department.name)
            )
        ]
        return sections, departments


def labelled_counts(
    rows: Sequence[tuple[Any, int]], label: Callable[[Any], str], total: int
) -> tuple[Row, ...]:
    return tuple((label(key), count, share(count, total)) for key, count in rows)


COUNT_COLUMNS = (
    ReportColumn("Количество", ColumnType.INTEGER, 12),
    ReportColumn("Доля, %", ColumnType.PERCENT, 9),
)
