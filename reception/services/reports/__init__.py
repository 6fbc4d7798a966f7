"""Manager reports: the data (SQL aggregates) as frozen ReportData; documents are built from it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reception.db.uow import UnitOfWork
from reception.services.reports.common import (
    ChartKind,
    ColumnType,
    Granularity,
    Progress,
    ReportCancelled,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    report_choices,
)
from reception.services.reports.consultations import consultations_report
from reception.services.reports.deadlines import deadlines_report
from reception.services.reports.dynamics import dynamics_report
from reception.services.reports.federal import federal_report
from reception.services.reports.hotspots import hotspots_report
from reception.services.reports.listing import listing_report
from reception.services.reports.summary import summary_report
from reception.services.users import UserView

ReportFunction = Callable[..., ReportData]


@dataclass(frozen=True)
class ReportKind:
    name: str
    title: str
    run: ReportFunction


REPORTS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind("summary", "Сводный отчёт", summary_report),
        ReportKind("deadlines", "Соблюдение сроков", deadlines_report),
        ReportKind("hotspots", "Адреса с наибольшим числом обращений", hotspots_report),
        ReportKind("listing", "Реестр обращений за период", listing_report),
        ReportKind("dynamics", "Динамика поступления", dynamics_report),
        ReportKind("federal", "Ежемесячный отчёт (федеральная форма)", federal_report),
        ReportKind("consultations", "Консультации специалистов", consultations_report),
    )
}


def run_report(
    uow: UnitOfWork,
    *,
    name: str,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    **options: Any,
) -> ReportData:
    """Run the report called `name` (a key of REPORTS); `options` are the report's own (batch_size)."""
    return REPORTS[name].run(uow, actor=actor, params=params, progress=progress, cancel=cancel, **options)


__all__ = [
    "REPORTS",
    "ChartKind",
    "ColumnType",
    "Granularity",
    "ReportCancelled",
    "ReportChart",
    "ReportColumn",
    "ReportData",
    "ReportKind",
    "ReportParams",
    "ReportTable",
    "report_choices",
    "run_report",
]
