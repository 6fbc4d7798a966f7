"""The outgoing register (registered letters) exported to XLSX or CSV, under the screen's filters.

Rows come from `letters.outgoing_register` page by page (keyset) straight into the report writers;
the file appears whole or not at all, and cancelling leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from reception.db.uow import UnitOfWork
from reception.services.letters import OutgoingFilter, OutgoingRow, count_outgoing, outgoing_register
from reception.services.register_export import Progress, check_export_path, save_export
from reception.services.reports.common import ColumnType, ReportColumn, ReportData, ReportTable
from reception.services.users import UserView

EXPORT_PAGE = 1000

COLUMNS: tuple[tuple[ReportColumn, Callable[[OutgoingRow], Any]], ...] = (
    (ReportColumn("Исх. №", width=16), lambda r: r.out_number),
    (ReportColumn("Дата", ColumnType.DATE, 11), lambda r: r.out_date),
    (ReportColumn("Адресат", width=32), lambda r: r.addressee),
    (ReportColumn("На № (обращение)", width=16), lambda r: r.appeal_reg_number),
    (ReportColumn("Заголовок", width=50), lambda r: r.title),
    (ReportColumn("Вид письма", width=20), lambda r: r.kind.label),
    (ReportColumn("Подписант", width=18), lambda r: r.signatory),
    (ReportColumn("Статус", width=12), lambda r: r.status.label),
    (ReportColumn("Копий выдано", ColumnType.INTEGER, 8), lambda r: r.copies),
)


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else "…"


def filter_description(filters: OutgoingFilter) -> tuple[tuple[str, str], ...]:
    shown: list[tuple[str, str]] = []
    if filters.date_from is not None or filters.date_to is not None:
        shown.append(("Период", f"{_day(filters.date_from)} — {_day(filters.date_to)}"))
    if filters.text.strip():
        shown.append(("Поиск", filters.text.strip()))
    return tuple(shown) or (("Отбор", "все зарегистрированные письма"),)


def export_outgoing(
    uow_factory: Callable[[], UnitOfWork],
    *,
    actor: UserView,
    path: Path,
    filters: OutgoingFilter | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the outgoing register under `filters` to `path` (.xlsx or .csv); the rows written."""
    path = Path(path)
    filters = filters or OutgoingFilter()
    check_export_path(path)
    total = count_outgoing(uow_factory(), actor=actor, filters=filters)
    written = [0]
    cancelled = threading.Event()

    def rows() -> Iterator[tuple[Any, ...]]:
        after: tuple[date, int] | None = None
        while True:
            if cancel is not None and cancel.is_set():
                cancelled.set()  # ending the rows lets the writer close its file cleanly
                return
            page = outgoing_register(
                uow_factory(), actor=actor, filters=filters, after=after, limit=EXPORT_PAGE
            )
            for row in page:
                yield tuple(value(row) for _, value in COLUMNS)
            written[0] += len(page)
            if progress is not None:
                progress(written[0], max(total, written[0]))
            if len(page) < EXPORT_PAGE:
                return
            after = page[-1].key

    report = ReportData(
        name="outgoing_register",
        title="Реестр исходящих писем",
        parameters=(*filter_description(filters), ("Писем", str(total))),
        generated_at=datetime.now(UTC),
        generated_by=actor.full_name,
        tables=(
            ReportTable(
                "Исходящие письма",
                tuple(column for column, _ in COLUMNS),
                cast(tuple[tuple[Any, ...], ...], rows()),  # streamed: read once, in order
            ),
        ),
        landscape=True,
    )
    save_export(report, path, cancelled)
    return written[0]
