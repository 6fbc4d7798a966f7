"""Property hot spots: the buildings with the most appeals, and appeals by administrative okrug.

Both read report_link_facts (migration 0012): an appeal counts once per building it is about, and
in the okrug of that building (the largest okrug among the linked records of one building, should
the register's records of one building disagree). A building's okrug, district and address in the
first table are those of its records in the register.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select

from reception.db.property_models import Property
from reception.db.report_models import LinkFact
from reception.db.uow import UnitOfWork
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
    read_in_order,
    start_report,
)
from reception.services.users import UserView

TITLE = "Адреса с наибольшим числом обращений"
TOP_BUILDINGS = 30
NO_OKRUG = "Округ не указан"


def buildings_query(params: ReportParams, limit: int = TOP_BUILDINGS) -> Select[Any]:
    """Buildings by appeals about them (an appeal counted once per building), most first.

    One ordered pass over the link facts, clustered by building (migration 0012): no join, no sort
    but the final one of the buildings' counts.
    """
    count = func.count().label("appeals")
    return (
        facts_in_period(
            select(LinkFact.building, count, func.sum(LinkFact.repeated)).group_by(LinkFact.building),
            params,
            LinkFact,
        )
        .order_by(count.desc(), LinkFact.building)
        .limit(limit)
    )


def places_query(buildings: Sequence[str]) -> Select[Any]:
    """Okrug, district and address of the given buildings, from the register's records."""
    building = case((Property.building_key != "", Property.building_key), else_=Property.address).label(
        "building"
    )
    return (
        select(building, func.max(Property.okrug), func.max(Property.district), func.min(Property.address))
        .where(
            or_(
                Property.building_key.in_(buildings),
                and_(Property.building_key == "", Property.address.in_(buildings)),
            )
        )
        .group_by(by_label(building))
    )


def okrugs_query(params: ReportParams) -> Select[Any]:
    """Appeals about properties by okrug, the buildings concerned and the repeated appeals."""
    per_appeal = read_in_order(
        facts_in_period(
            select(
                LinkFact.okrug.label("okrug"),
                LinkFact.appeal_id.label("appeal_id"),
                func.max(LinkFact.repeated).label("repeat"),
            ).group_by(LinkFact.okrug, LinkFact.appeal_id),
            params,
            LinkFact,
        ),
        LinkFact,
        "ix_report_link_facts_okrug_appeal",
    ).subquery()
    # Buildings grouped first and then counted, not count(DISTINCT …): PostgreSQL hashes the few
    # thousand (okrug, building) groups instead of sorting every row (which spilled to disk).
    per_building = read_in_order(
        facts_in_period(
            select(LinkFact.okrug.label("okrug"), LinkFact.building).group_by(
                LinkFact.okrug, LinkFact.building
            ),
            params,
            LinkFact,
        ),
        LinkFact,
        "ix_report_link_facts_okrug_building",
    ).subquery()
    buildings = (
        select(per_building.c.okrug, func.count().label("buildings"))
        .group_by(per_building.c.okrug)
        .subquery()
    )
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
        places = {
            key: (okrug, district, address)
            for key, okrug, district, address in uow.session.execute(places_query([b[0] for b in buildings]))
        }
        steps.step()
        okrugs = uow.session.execute(okrugs_query(params)).all()
        parameters = parameter_lines(uow, params)
    steps.step()
    building_rows = tuple(
        (place, okrug or NO_OKRUG, district, _address(key, address), int(n), int(repeats or 0))
        for place, (key, n, repeats) in enumerate(buildings, start=1)
        for okrug, district, address in (places.get(key, ("", "", "")),)
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
