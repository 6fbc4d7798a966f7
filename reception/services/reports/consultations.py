"""Consultations report: held / no-show / cancelled per specialist, format, topic section and month.

Bookings count in the period their slot falls in. A moved booking counts once, in its final slot
(its earlier rows are shown as «перенесено» apart). The wait is from the first booking to the slot of
a held consultation; the share of written appeals is of the held ones.

The reports framework's filters: the period and the classifier section apply as for appeals; the
channel applies as the consultation's format (video consultation, personal reception). A channel a
consultation never has (post, e-mail, …) and the department (specialists belong to no department in
the program: a department is the appeal's) do not apply: the report refuses them with a message
saying so, rather than returning figures that look filtered and are not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Float, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from reception.db.consultation_models import Consultation
from reception.db.models import Topic, User
from reception.db.sqlfunc import office_day
from reception.db.uow import UnitOfWork
from reception.domain.appeals import Channel
from reception.domain.consultations import AnswerKind, ConsultationFormat, ConsultationStatus
from reception.domain.errors import FieldError, ValidationError
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
    by_label,
    day_of,
    in_section,
    month_of,
    now_utc,
    padded_code,
    share,
    start_report,
)
from reception.services.reports.dynamics import previous_params
from reception.services.users import UserView

TITLE = "Консультации специалистов"
NO_TOPIC = "Тема не указана"


class seconds_between(FunctionElement[float]):
    """Seconds from the first UTC moment column to the second."""

    type = Float()
    inherit_cache = True


@compiles(seconds_between)
def _seconds_between_default(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    first, second = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({second} - {first}))"


@compiles(seconds_between, "sqlite")
def _seconds_between_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    first, second = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({second}) - julianday({first})) * 86400.0)"


@dataclass
class Figures:
    """The counts of one row of a table."""

    held: int = 0
    no_show: int = 0
    cancelled: int = 0
    pending: int = 0
    moved: int = 0
    oral_with_consent: int = 0
    appeals: int = 0
    wait_seconds: float = 0.0

    @property
    def total(self) -> int:
        """Bookings in their final slot (moved rows are counted apart)."""
        return self.held + self.no_show + self.cancelled + self.pending

    @property
    def average_wait_days(self) -> float | None:
        return round(self.wait_seconds / self.held / 86400, 1) if self.held else None

    def add(self, status: ConsultationStatus, count: int, appeals: int, oral: int, wait: float) -> None:
        if status is ConsultationStatus.HELD:
            self.held += count
            self.wait_seconds += wait
        elif status is ConsultationStatus.NO_SHOW:
            self.no_show += count
        elif status.is_cancelled:
            self.cancelled += count
        elif status is ConsultationStatus.MOVED:
            self.moved += count
        else:
            self.pending += count
        self.appeals += appeals
        self.oral_with_consent += oral

    def merge(self, other: Figures) -> None:
        for name in ("held", "no_show", "cancelled", "pending", "moved", "oral_with_consent", "appeals"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wait_seconds += other.wait_seconds

    def cells(self) -> tuple[Any, ...]:
        return (
            self.total,
            self.held,
            self.no_show,
            self.cancelled,
            self.pending,
            self.moved,
            self.average_wait_days,
            self.oral_with_consent,
            self.appeals,
            share(self.appeals, self.held) if self.held else None,
        )


FIGURE_COLUMNS = (
    ReportColumn("Записей", ColumnType.INTEGER, 8),
    ReportColumn("Проведено", ColumnType.INTEGER, 9),
    ReportColumn("Неявка", ColumnType.INTEGER, 7),
    ReportColumn("Отменено", ColumnType.INTEGER, 8),
    ReportColumn("Предстоит", ColumnType.INTEGER, 8),
    ReportColumn("Перенесено", ColumnType.INTEGER, 9),
    ReportColumn("Ожидание, дн.", ColumnType.DECIMAL, 9),
    ReportColumn("Устный ответ", ColumnType.INTEGER, 8),
    ReportColumn("Письменных обращений", ColumnType.INTEGER, 11),
    ReportColumn("Доля обращений, %", ColumnType.PERCENT, 10),
)


# The channels that are consultation formats (the rest do not apply to consultations).
CONSULTATION_CHANNELS = {fmt.channel: fmt for fmt in ConsultationFormat}


def _format_filter(channel: Channel | None) -> ConsultationFormat | None:
    if channel is None:
        return None
    fmt = CONSULTATION_CHANNELS.get(channel)
    if fmt is not None:
        return fmt
    offered = " или ".join(f"«{c.label}»" for c in CONSULTATION_CHANNELS)
    raise ValidationError(
        FieldError(
            "channel",
            f"Фильтр «Канал: {channel.label}» к консультациям не применяется: консультация бывает "
            f"только в форме {offered}. Выберите один из них или все каналы.",
        )
    )


def check_filters(params: ReportParams) -> ConsultationFormat | None:
    """The format the channel filter means; ValidationError for a filter that does not apply."""
    errors: list[FieldError] = []
    fmt: ConsultationFormat | None = None
    try:
        fmt = _format_filter(params.channel)
    except ValidationError as error:
        errors += error.errors
    if params.department_id is not None:
        errors.append(
            FieldError(
                "department_id",
                "Фильтр «Подразделение» к консультациям не применяется: специалисты в программе не "
                "закреплены за подразделениями (подразделение есть у обращения). Снимите фильтр по подразделению.",
            )
        )
    if errors:
        raise ValidationError(errors)
    return fmt


def _where(params: ReportParams) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Consultation.starts_at >= params.start,
        Consultation.starts_at < params.end,
    ]
    fmt = _format_filter(params.channel)
    if fmt is not None:
        conditions.append(Consultation.format == fmt)
    section = params.section.strip()
    if section:
        # Not a string range: a PostgreSQL collation that ignores punctuation (ru_RU.UTF-8) puts
        # '0005.0005.0056' outside ['0005.0005', '0005.0005/').
        conditions.append(in_section(Consultation.topic_code, section))
    return conditions


def _grouped(session: Any, key: Any, params: ReportParams) -> dict[Any, Figures]:
    """Figures per value of `key` (a labelled expression) for the period's bookings."""
    held = Consultation.status == ConsultationStatus.HELD
    query = (
        select(
            key,
            Consultation.status,
            func.count(),
            func.count(Consultation.appeal_id),
            func.sum(case((Consultation.answer_kind == AnswerKind.ORAL_WITH_CONSENT, 1), else_=0)),
            func.sum(
                case((held, seconds_between(Consultation.booked_at, Consultation.starts_at)), else_=0.0)
            ),
        )
        .where(*_where(params))
        .group_by(by_label(key), Consultation.status)
    )
    figures: dict[Any, Figures] = {}
    for value, status, count, appeals, oral, wait in session.execute(query):
        figures.setdefault(value, Figures()).add(
            ConsultationStatus.of(str(status)),
            int(count),
            int(appeals or 0),
            int(oral or 0),
            float(wait or 0.0),
        )
    return figures


def _table(
    title: str,
    first: str,
    rows: Iterable[tuple[str, Figures]],
    width: int = 26,
) -> ReportTable:
    body = []
    total = Figures()
    for label, figures in rows:
        body.append((label, *figures.cells()))
        total.merge(figures)
    return ReportTable(
        title,
        (ReportColumn(first, width=width), *FIGURE_COLUMNS),
        tuple(body),
        ("Итого", *total.cells()),
    )


def _sorted_by_name(figures: dict[Any, Figures], name: Callable[[Any], str]) -> list[tuple[str, Figures]]:
    return sorted(((name(k), v) for k, v in figures.items()), key=lambda item: item[0])


def _months(days: dict[Any, Figures]) -> dict[int, Figures]:
    months: dict[int, Figures] = {}
    for day, figures in days.items():
        moment = day_of(int(day))
        months.setdefault(moment.year * 12 + moment.month - 1, Figures()).merge(figures)
    return months


def consultations_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportData:
    check_filters(params.validated())
    steps = Steps(6, progress, cancel)
    month_params = params if params.granularity is Granularity.MONTH else _monthly(params)
    previous = previous_params(month_params)
    with uow:
        author = start_report(uow, actor, params)
        session = uow.session
        specialist = Consultation.specialist_id.label("specialist_id")
        by_specialist = _grouped(session, specialist, params)
        steps.step()
        by_format = _grouped(session, Consultation.format.label("format"), params)
        steps.step()
        section = func.substr(func.coalesce(Consultation.topic_code, ""), 1, 4).label("section")
        by_section = _grouped(session, section, params)
        steps.step()
        day = office_day(Consultation.starts_at).label("day")
        current = _months(_grouped(session, day, params))
        steps.step()
        earlier = _months(_grouped(session, day, previous))
        steps.step()
        names = dict(
            session.execute(select(User.id, User.full_name).where(User.id.in_(list(by_specialist))))
            .tuples()
            .all()
        )
        sections = dict(
            session.execute(
                select(Topic.code, Topic.name).where(
                    Topic.code.in_([padded_code(s) for s in by_section if s]),
                )
            )
            .tuples()
            .all()
        )
        section_label = params.section.strip()
        section_name = (
            session.scalar(select(Topic.name).where(Topic.code == padded_code(section_label)))
            if section_label
            else None
        )
    tables = [
        _table(
            "По специалистам",
            "Специалист",
            _sorted_by_name(by_specialist, lambda k: names.get(k, f"№ {k}")),
            30,
        ),
        _table(
            "По формату",
            "Формат",
            [
                (ConsultationFormat.of(str(k)).label, v)
                for k, v in sorted(
                    by_format.items(),
                    key=lambda kv: list(ConsultationFormat).index(ConsultationFormat.of(str(kv[0]))),
                )
            ],
        ),
        _table(
            "По разделам классификатора",
            "Раздел",
            sorted(
                ((f"{k} {sections.get(padded_code(k), '')}".strip() if k else NO_TOPIC), v)
                for k, v in by_section.items()
            ),
            34,
        ),
    ]
    first = params.date_from.year * 12 + params.date_from.month - 1
    last = params.date_to.year * 12 + params.date_to.month - 1
    offset = first - (previous.date_from.year * 12 + previous.date_from.month - 1)
    monthly_rows = []
    for month in range(first, last + 1):
        now = current.get(month, Figures())
        before = earlier.get(month - offset, Figures())
        change = now.total - before.total
        monthly_rows.append(
            (
                f"{month_of(month):%m.%Y}",
                now.total,
                now.held,
                now.no_show,
                now.cancelled,
                f"{month_of(month - offset):%m.%Y}",
                before.total,
                before.held,
                change,
                share(change, before.total) if before.total else None,
            )
        )
    total_now = Figures()
    total_before = Figures()
    for figures in current.values():
        total_now.merge(figures)
    for figures in earlier.values():
        total_before.merge(figures)
    change = total_now.total - total_before.total
    tables.append(
        ReportTable(
            "По месяцам в сравнении с предыдущим периодом",
            (
                ReportColumn("Месяц", width=10),
                ReportColumn("Записей", ColumnType.INTEGER, 8),
                ReportColumn("Проведено", ColumnType.INTEGER, 9),
                ReportColumn("Неявка", ColumnType.INTEGER, 7),
                ReportColumn("Отменено", ColumnType.INTEGER, 8),
                ReportColumn("Месяц ранее", width=10),
                ReportColumn("Записей", ColumnType.INTEGER, 8),
                ReportColumn("Проведено", ColumnType.INTEGER, 9),
                ReportColumn("Изменение", ColumnType.INTEGER, 9),
                ReportColumn("Изменение, %", ColumnType.PERCENT, 10),
            ),
            tuple(monthly_rows),
            (
                "Итого",
                total_now.total,
                total_now.held,
                total_now.no_show,
                total_now.cancelled,
                "",
                total_before.total,
                total_before.held,
                change,
                share(change, total_before.total) if total_before.total else None,
            ),
        )
    )
    steps.step()
    chart = ReportChart(
        "Консультации по месяцам",
        ChartKind.BAR,
        tuple(row[0] for row in monthly_rows),
        (
            ChartSeries("Проведено", tuple(float(r[2]) for r in monthly_rows)),
            ChartSeries("Неявка", tuple(float(r[3]) for r in monthly_rows)),
            ChartSeries("Отменено", tuple(float(r[4]) for r in monthly_rows)),
        ),
    )
    fmt = _format_filter(params.channel)
    parameters = (
        ("Период", f"{params.date_from:%d.%m.%Y} — {params.date_to:%d.%m.%Y}"),
        ("Формат", fmt.label if fmt else "все"),
        (
            "Раздел классификатора",
            f"{section_label} {section_name or ''}".strip() if section_label else "все",
        ),
        ("Период для сравнения", f"{previous.date_from:%d.%m.%Y} — {previous.date_to:%d.%m.%Y}"),
        (
            "Пояснения",
            "консультации считаются по дате приёма; ожидание — дней от записи до проведённой консультации; "
            "доля обращений — от проведённых",
        ),
    )
    return ReportData(
        name="consultations",
        title=TITLE,
        parameters=parameters,
        generated_at=now_utc(),
        generated_by=author,
        tables=tuple(tables),
        charts=(chart,),
        landscape=True,
    )


def _monthly(params: ReportParams) -> ReportParams:
    from dataclasses import replace

    return replace(params, granularity=Granularity.MONTH)
