"""A register view exported to XLSX or CSV: the same filters and columns as on screen, streamed.

Rows come from `register_query.fetch_page` page by page (keyset), straight into the report writers
(reception.documents.report_xlsx / report_csv): a million-row register never sits in memory. The
file appears whole or not at all; cancelling leaves nothing behind.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from reception.db.uow import UnitOfWork
from reception.domain.errors import FieldError, ReceptionError, ValidationError
from reception.services.register_query import (
    RegisterFilter,
    RegisterKey,
    RegisterRow,
    count_appeals,
    fetch_page,
)
from reception.services.reports.common import ColumnType, ReportColumn, ReportData, ReportTable
from reception.services.users import UserView

Progress = Callable[[int, int], None]
EXPORT_PAGE = 1000


class ExportCancelled(ReceptionError):
    def __init__(self) -> None:
        super().__init__("Выгрузка отменена; файл не создан.")


@dataclass(frozen=True)
class ExportColumn:
    key: str
    column: ReportColumn
    value: Callable[[RegisterRow], Any]


# The register view's columns, under the keys ui/models/register_model.py gives them.
COLUMNS: dict[str, ExportColumn] = {
    c.key: c
    for c in (
        ExportColumn("reg_number", ReportColumn("Рег. №", width=16), lambda r: r.reg_number),
        ExportColumn("received_at", ReportColumn("Поступило", width=17), lambda r: r.received_at),
        ExportColumn("channel", ReportColumn("Канал", width=20), lambda r: r.channel.label),
        ExportColumn("kind", ReportColumn("Вид", width=12), lambda r: r.kind.label),
        ExportColumn("applicant", ReportColumn("Заявитель", width=30), lambda r: r.applicant or "аноним"),
        ExportColumn("summary", ReportColumn("Краткое содержание", width=50), lambda r: r.summary),
        ExportColumn("status", ReportColumn("Статус", width=22), lambda r: r.status.label),
        ExportColumn("assignee", ReportColumn("Исполнитель", width=20), lambda r: r.assignee),
        ExportColumn("due_date", ReportColumn("Срок ответа", ColumnType.DATE, 12), lambda r: r.due_date),
        ExportColumn(
            "repeat_count", ReportColumn("Повторных", ColumnType.INTEGER, 8), lambda r: r.repeat_count
        ),
        ExportColumn("answered_at", ReportColumn("Дан ответ", width=17), lambda r: r.answered_at),
    )
}
DEFAULT_COLUMNS = (
    "reg_number",
    "received_at",
    "channel",
    "applicant",
    "summary",
    "status",
    "assignee",
    "due_date",
    "repeat_count",
)


def check_export_path(path: Path) -> None:
    """An export goes to an .xlsx or a .csv file; anything else is the user's input to correct."""
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError(FieldError("path", "Выгрузка реестра — в файл .xlsx или .csv."))


def save_export(report: ReportData, path: Path, cancelled: threading.Event) -> None:
    """Write `report` to `path` by its suffix: beside the target first, moved over it only when
    complete and not cancelled (`cancelled` set while the rows streamed), so the file appears whole
    or not at all."""
    suffix = path.suffix.lower()
    partial = path.with_name(f".{path.stem}.export{suffix}")
    try:
        if suffix == ".xlsx":
            from reception.documents.report_xlsx import save_report_xlsx

            save_report_xlsx(report, partial)
        else:
            from reception.documents.report_csv import save_report_csv

            save_report_csv(report, partial)
        if cancelled.is_set():
            raise ExportCancelled()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def filter_description(filters: RegisterFilter) -> tuple[tuple[str, str], ...]:
    """The filters as the file's reader sees them on its first sheet (or its first lines)."""
    shown: list[tuple[str, str]] = []
    if filters.search.strip():
        shown.append(("Поиск", filters.search.strip()))
    if filters.status is not None:
        shown.append(("Статус", filters.status.label))
    if filters.channel is not None:
        shown.append(("Канал", filters.channel.label))
    for label, value in (
        ("Заявитель №", filters.applicant_id),
        ("Исполнитель №", filters.assignee_id),
        ("Подразделение №", filters.department_id),
        ("Объект недвижимости №", filters.property_id),
    ):
        if value is not None:
            shown.append((label, str(value)))
    if filters.overdue_on is not None:
        shown.append(("Просрочены на", f"{filters.overdue_on:%d.%m.%Y}"))
    if filters.due_soon_on is not None:
        shown.append(("Срок истекает на", f"{filters.due_soon_on:%d.%m.%Y}"))
    if filters.answered_late:
        shown.append(("Только", "отвеченные с нарушением срока"))
    return tuple(shown) or (("Отбор", "все обращения"),)


def export_register(
    uow_factory: Callable[[], UnitOfWork],
    *,
    actor: UserView,
    path: Path,
    filters: RegisterFilter | None = None,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the register under `filters` with `columns` to `path` (.xlsx or .csv); rows written."""
    path = Path(path)
    filters = filters or RegisterFilter()
    check_export_path(path)
    unknown = [key for key in columns if key not in COLUMNS]
    if unknown or not columns:
        raise ValidationError(
            FieldError("columns", f"Неизвестные столбцы реестра: {', '.join(unknown) or '—'}.")
        )
    chosen = [COLUMNS[key] for key in columns]
    total = count_appeals(uow_factory(), actor=actor, filters=filters)
    written = [0]
    cancelled = threading.Event()

    def rows() -> Iterator[tuple[Any, ...]]:
        after: RegisterKey | None = None
        while True:
            if cancel is not None and cancel.is_set():
                # Ending the rows (not raising inside the writer) lets it close its file cleanly.
                cancelled.set()
                return
            page = fetch_page(uow_factory(), actor=actor, filters=filters, after=after, limit=EXPORT_PAGE)
            for row in page.rows:
                yield tuple(c.value(row) for c in chosen)
            written[0] += len(page.rows)
            if progress is not None:
                progress(written[0], max(total, written[0]))
            after = page.next_key
            if not page.has_more or after is None:
                return

    table = ReportTable(
        "Реестр обращений",
        tuple(c.column for c in chosen),
        # Streamed: the writers read the rows once, in order, as they write them.
        cast(tuple[tuple[Any, ...], ...], rows()),
    )
    report = ReportData(
        name="register",
        title="Реестр обращений",
        parameters=(*filter_description(filters), ("Обращений", str(total))),
        generated_at=datetime.now(UTC),
        generated_by=actor.full_name,
        tables=(table,),
        landscape=True,
    )
    save_export(report, path, cancelled)
    return written[0]
