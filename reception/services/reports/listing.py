"""Register listing: every appeal of the period with its status and dates, streamed in batches."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce

from reception.db.models import Appeal, Applicant, User
from reception.db.sqlfunc import date_day, office_day
from reception.db.uow import UnitOfWork
from reception.domain.appeals import (
    AppealKind,
    AppealStatus,
    Channel,
    LabelledEnum,
    applicant_display_name,
    short_person_name,
)
from reception.services.reports.common import (
    ColumnType,
    DayDates,
    Progress,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Row,
    Steps,
    in_period,
    now_utc,
    parameter_lines,
    start_report,
)
from reception.services.users import UserView

TITLE = "Реестр обращений за период"
BATCH_SIZE = 5000

COLUMNS = (
    ReportColumn("Рег. номер", width=14),
    ReportColumn("Поступило", ColumnType.DATE, 10),
    ReportColumn("Зарегистрировано", ColumnType.DATE, 10),
    ReportColumn("Канал", width=14),
    ReportColumn("Вид", width=11),
    ReportColumn("Заявитель", width=18),
    ReportColumn("Краткое содержание", width=36),
    ReportColumn("Состояние", width=16),
    ReportColumn("Срок ответа", ColumnType.DATE, 10),
    ReportColumn("Ответ дан", ColumnType.DATE, 10),
    ReportColumn("Исполнитель", width=15),
)


def listing_query(params: ReportParams) -> Select[Any]:
    """The rows as the table shows them but for labels and names: codes as stored, dates as day
    numbers (cheaper in the database than a type conversion and a time zone a row)."""
    return in_period(
        select(
            Appeal.reg_number,
            office_day(Appeal.received_at),
            office_day(Appeal.registered_at),
            type_coerce(Appeal.channel, String),
            type_coerce(Appeal.kind, String),
            type_coerce(Applicant.kind, String),
            Applicant.surname,
            Applicant.first_name,
            Applicant.patronymic,
            Applicant.organisation_name,
            Appeal.summary,
            type_coerce(Appeal.status, String),
            date_day(Appeal.due_date),
            User.full_name,
            office_day(Appeal.answered_at),
        )
        .outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
        .outerjoin(User, User.id == Appeal.assignee_id)
        .order_by(Appeal.received_at, Appeal.id),
        params,
    )


def count_query(params: ReportParams) -> Select[Any]:
    return in_period(select(func.count()).select_from(Appeal), params)


def _labels(enum: type[LabelledEnum]) -> dict[str, str]:
    return {member.value: member.label for member in enum}


class _RowMaker:
    """Display rows from the query's rows; labels, names and dates looked up once each."""

    def __init__(self) -> None:
        self.channels = _labels(Channel)
        self.kinds = _labels(AppealKind)
        self.statuses = _labels(AppealStatus)
        self.executors: dict[str | None, str] = {None: ""}
        self.dates = DayDates()

    def __call__(self, r: Any) -> Row:
        executor = self.executors.get(r[13])
        if executor is None:
            executor = self.executors[r[13]] = short_person_name(r[13])
        dates = self.dates
        return (
            r[0],
            dates[r[1]],
            dates[r[2]],
            self.channels[r[3]],
            self.kinds[r[4]],
            applicant_display_name(r[5], r[6], r[7], r[8], r[9]),
            r[10],
            self.statuses[r[11]],
            dates[r[12]] if r[12] is not None else None,
            dates[r[14]] if r[14] is not None else None,
            executor,
        )


def listing_batches(
    uow: UnitOfWork, params: ReportParams, steps: Steps, batch_size: int = BATCH_SIZE
) -> Iterator[list[Row]]:
    """Rows of the listing a batch at a time from one streamed query; inside `with uow`."""
    make = _RowMaker()
    # Core rows, not ORM ones: nothing here is an entity, and ORM row loading costs a third more.
    # yield_per streams (a server-side cursor on PostgreSQL) instead of holding every row; given to
    # this statement only (Connection.execution_options would keep it for the rest of the unit).
    result = uow.session.connection().execute(
        listing_query(params), execution_options={"yield_per": batch_size}
    )
    try:
        for rows in result.partitions():
            yield [make(r) for r in rows]
            steps.step(len(rows))
    finally:
        result.close()


def listing_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_size: int = BATCH_SIZE,
) -> ReportData:
    with uow:
        author = start_report(uow, actor, params)
        total = int(uow.session.scalar(count_query(params)) or 0)
        steps = Steps(max(total, 1), progress, cancel)
        rows: list[Row] = []
        for batch in listing_batches(uow, params, steps, batch_size):
            rows.extend(batch)
        parameters = parameter_lines(uow, params, [("Обращений в реестре", str(total))])
    if not total:
        steps.step()
    table = ReportTable("Реестр обращений", COLUMNS, tuple(rows))
    return ReportData("listing", TITLE, parameters, now_utc(), author, (table,), landscape=True)
