"""Property hot spots: the buildings with the most appeals, and appeals by administrative okrug."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Select, case, func, select

from reception.db.property_models import AppealProperty, Property
from reception.db.report_models import AppealFact
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import AppealRepeat
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
    Steps,
    by_label,
    facts_in_period,
    now_utc,
    parameter_lines,
    start_report,
)
from reception.services.users import UserView

TITLE = "Адреса с наибольшим числом обращений"
TOP_BUILDINGS = 30
NO_OKRUG = "Округ не указан"


def _is_repeat() -> Any:
    """1 for an appeal marked as repeated (it has an earlier appeal on the same question)."""
    repeated = select(AppealRepeat.appeal_id).where(AppealRepeat.appeal_id == AppealFact.appeal_id).exists()
    return case((repeated, 1), else_=0)


def _building() -> Any:
    # Every spelling of one building has one building_key; an unparsed address stands for itself.
    return case((Property.building_key != "", Property.building_key), else_=Property.address)


def buildings_query(params: ReportParams, limit: int = TOP_BUILDINGS) -> Select[Any]:
    """Buildings by appeals about them (an appeal counted once per building), most first."""
    building = _building().label("building")
    linked = facts_in_period(
        select(
            building,
            AppealProperty.appeal_id.label("appeal_id"),
            func.max(Property.okrug).label("okrug"),
            func.max(Property.district).label("district"),
            func.min(Property.address).label("address"),
            func.max(_is_repeat()).label("repeat"),
        )
        .select_from(AppealProperty)
        .join(AppealFact, AppealFact.appeal_id == AppealProperty.appeal_id)
        .join(Property, Property.id == AppealProperty.property_id)
        .group_by(by_label(building), AppealProperty.appeal_id),
        params,
    ).subquery()
    count = func.count().label("appeals")
    return (
        select(
            linked.c.building,
            func.max(linked.c.okrug),
            func.max(linked.c.district),
            func.min(linked.c.address),
            count,
            func.sum(linked.c.repeat),
        )
        .group_by(linked.c.building)
        .order_by(count.desc(), linked.c.building)
        .limit(limit)
    )


def okrugs_query(params: ReportParams) -> Select[Any]:
    """Appeals about properties by okrug, the buildings concerned and the repeated appeals."""
    per_appeal = facts_in_period(
        select(
            Property.okrug.label("okrug"),
            AppealProperty.appeal_id.label("appeal_id"),
            func.max(_is_repeat()).label("repeat"),
        )
        .select_from(AppealProperty)
        .join(AppealFact, AppealFact.appeal_id == AppealProperty.appeal_id)
        .join(Property, Property.id == AppealProperty.property_id)
        .group_by(Property.okrug, AppealProperty.appeal_id),
        params,
    ).subquery()
    buildings = facts_in_period(
        select(Property.okrug.label("okrug"), func.count(func.distinct(_building())).label("buildings"))
        .select_from(AppealProperty)
        .join(AppealFact, AppealFact.appeal_id == AppealProperty.appeal_id)
        .join(Property, Property.id == AppealProperty.property_id)
        .group_by(Property.okrug),
        params,
    ).subquery()
    appeals = (
        select(
            per_appeal.c.okrug,
            func.count().label("appeals"),
            func.sum(per_appeal.c.repeat).label("repeats"),
        )
        .group_by(per_appeal.c.okrug)
        .subquery()
    )
    return (
        select(appeals.c.okrug, appeals.c.appeals, buildings.c.buildings, appeals.c.repeats)
        .join(buildings, buildings.c.okrug == appeals.c.okrug)
        .order_by(appeals.c.appeals.desc(), appeals.c.okrug)
    )


def hotspots_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int = TOP_BUILDINGS,
) -> ReportData:
    steps = Steps(2, progress, cancel)
    with uow:
        author = start_report(uow, actor, params)
        buildings = uow.session.execute(buildings_query(params, limit)).all()
        steps.step()
        okrugs = uow.session.execute(okrugs_query(params)).all()
        parameters = parameter_lines(uow, params)
    steps.step()
    building_rows = tuple(
        (place, okrug or NO_OKRUG, district, _address(key, address), int(n), int(repeats or 0))
        for place, (key, okrug, district, address, n, repeats) in enumerate(buildings, start=1)
    )
    okrug_rows = tuple((okrug or NO_OKRUG, int(n), int(b), int(r or 0)) for okrug, n, b, r in okrugs)
    tables = (
        ReportTable(
            f"Здания и адреса с наибольшим числом обращений (первые {limit})",
            (
                ReportColumn("Место", ColumnType.INTEGER, 6),
                ReportColumn("Округ", width=10),
                ReportColumn("Район", width=18),
                ReportColumn("Адрес", width=44),
                ReportColumn("Обращений", ColumnType.INTEGER, 10),
                ReportColumn("Повторных", ColumnType.INTEGER, 10),
            ),
            building_rows,
        ),
        ReportTable(
            "По административным округам",
            (
                ReportColumn("Округ", width=24),
                ReportColumn("Обращений", ColumnType.INTEGER, 10),
                ReportColumn("Зданий", ColumnType.INTEGER, 10),
                ReportColumn("Повторных", ColumnType.INTEGER, 10),
            ),
            okrug_rows,
            (
                "Всего",
                sum(r[1] for r in okrug_rows),
                sum(r[2] for r in okrug_rows),
                sum(r[3] for r in okrug_rows),
            ),
        ),
    )
    charts = (
        ReportChart(
            "Обращения по округам",
            ChartKind.BAR,
            tuple(r[0] for r in okrug_rows),
            (
                ChartSeries("Обращений", tuple(float(r[1]) for r in okrug_rows)),
                ChartSeries("Повторных", tuple(float(r[3]) for r in okrug_rows)),
            ),
        ),
    )
    return ReportData("hotspots", TITLE, parameters, now_utc(), author, tables, charts, landscape=True)


def _address(key: str, address: str) -> str:
    """The building's address without a flat: the register's address cut before «кв.»."""
    head, sep, _ = address.partition(", кв.")
    return head if sep else address or key
