"""Register listing: every appeal of the period with its status and dates, read in keyset batches."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, or_, select

from reception.db.models import Appeal, Applicant, User
from reception.db.sqlfunc import office_day
from reception.db.uow import UnitOfWork
from reception.domain.appeals import applicant_display_name, short_person_name
from reception.services.reports.common import (
    ColumnType,
    Progress,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Row,
    Steps,
    day_of,
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
    return in_period(
        select(
            Appeal.id,
            Appeal.reg_number,
            Appeal.received_at,
            Appeal.channel,
            Appeal.kind,
            Applicant.kind,
            Applicant.surname,
            Applicant.first_name,
            Applicant.patronymic,
            Applicant.organisation_name,
            Appeal.summary,
            Appeal.status,
            Appeal.due_date,
            User.full_name,
            # Office dates as day numbers: cheaper in the database than a time-zone conversion a row.
            office_day(Appeal.received_at),
            office_day(Appeal.registered_at),
            office_day(Appeal.answered_at),
        )
        .outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
        .outerjoin(User, User.id == Appeal.assignee_id)
        .order_by(Appeal.received_at, Appeal.id),
        params,
    )


def count_query(params: ReportParams) -> Select[Any]:
    return in_period(select(func.count()).select_from(Appeal), params)


def _row(r: Any, names: dict[str | None, str]) -> Row:
    executor = names.get(r[13])
    if executor is None:
        executor = names[r[13]] = short_person_name(r[13]) if r[13] else ""
    return (
        r[1],
        day_of(r[14]),
        day_of(r[15]),
        r[3].label,
        r[4].label,
        applicant_display_name(r[5], r[6], r[7], r[8], r[9]),
        r[10],
        r[11].label,
        r[12],
        day_of(r[16]) if r[16] is not None else None,
        executor,
    )


def listing_batches(
    uow: UnitOfWork, params: ReportParams, steps: Steps, batch_size: int = BATCH_SIZE
) -> Iterator[list[Row]]:
    """Rows of the listing a batch at a time, keyset-paged on (received_at, id); inside `with uow`."""
    query = listing_query(params).limit(batch_size)
    after: tuple[Any, int] | None = None
    names: dict[str | None, str] = {}
    while True:
        page = query
        if after is not None:
            page = page.where(
                Appeal.received_at >= after[0],
                or_(Appeal.received_at > after[0], Appeal.id > after[1]),
            )
        # Core rows, not ORM ones: nothing here is an entity, and ORM row loading costs a third more.
        rows = uow.session.connection().execute(page).all()
        if not rows:
            return
        yield [_row(r, names) for r in rows]
        steps.step(len(rows))
        if len(rows) < batch_size:
            return
        after = (rows[-1][2], rows[-1][0])


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
