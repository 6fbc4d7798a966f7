"""The hot-spot report's link facts (migration 0012) follow every change of what they summarise.

Each step changes one thing the table depends on — links, a property's address, key or okrug, an
appeal's day, channel or department, repeat marks — through the services or plain SQL, and the
table must then hold exactly what a fresh computation from the base tables gives, on both backends.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from sqlalchemy import delete, select, text, update

from reception.db.database import Database
from reception.db.models import Appeal
from reception.db.property_models import AppealProperty, Property
from reception.db.report_models import LinkFact
from reception.db.workflow_models import AppealRepeat
from reception.domain.appeals import AppealKind, Channel
from reception.services.departments import add_department
from reception.services.property_links import link_property, unlink_property
from reception.services.repeats import mark_repeated
from reception.services.reports import ReportParams, federal, hotspots, run_report
from tests.conftest import Staff, add_staff
from tests.integration.test_reports import _property, _register, msk

# What the table must hold, computed from the base tables (the flat counts once for its building).
EXPECTED = text(
    "SELECT CASE WHEN p.building_key <> '' THEN p.building_key ELSE p.address END AS building, "
    "f.received_day, f.appeal_id, max(p.okrug), f.channel, f.department_id, "
    "max(CASE WHEN r.appeal_id IS NULL THEN 0 ELSE 1 END) "
    "FROM appeal_properties ap JOIN properties p ON p.id = ap.property_id "
    "JOIN report_appeal_facts f ON f.appeal_id = ap.appeal_id "
    "LEFT JOIN appeal_repeats r ON r.appeal_id = ap.appeal_id "
    "GROUP BY 1, f.received_day, f.appeal_id, f.channel, f.department_id"
)


def stored(db: Database) -> set[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return {
            tuple(r)
            for r in connection.execute(
                select(
                    LinkFact.building,
                    LinkFact.received_day,
                    LinkFact.appeal_id,
                    LinkFact.okrug,
                    LinkFact.channel,
                    LinkFact.department_id,
                    LinkFact.repeated,
                )
            )
        }


def expected(db: Database) -> set[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return {tuple(r) for r in connection.execute(EXPECTED)}


def sql(db: Database, statement: Any) -> None:
    with db.engine.begin() as connection:
        connection.execute(statement)


def test_link_facts_follow_links_properties_appeals_and_repeats(db: Database, staff: Staff) -> None:
    a = _register(db, staff, Channel.POST, AppealKind.COMPLAINT)
    b = _register(db, staff, Channel.PHONE, AppealKind.STATEMENT)
    building = _property(db, "г. Москва, ул. Лесная, д. 5", "лесная|5||", "ЦАО", "Тверской")
    flat = _property(db, "г. Москва, ул. Лесная, д. 5, кв. 3", "лесная|5||", "ЦАО", "Тверской")
    unparsed = _property(db, "Москва, у старой мельницы", "", "ЗАО", "Кунцево")

    def check(step: str) -> None:
        assert stored(db) == expected(db), step

    for record in (building, flat, unparsed):
        link_property(db.uow(), actor=staff.clerk, appeal_id=a, property_id=record)
    check("three links of one appeal")
    assert {(r[0], r[2]) for r in stored(db)} == {("лесная|5||", a), ("Москва, у старой мельницы", a)}

    link_property(db.uow(), actor=staff.clerk, appeal_id=b, property_id=flat)
    mark_repeated(db.uow(), actor=staff.clerk, appeal_id=b, earlier_ids=[a])
    check("a repeat marked")
    assert {r[6] for r in stored(db) if r[2] == b} == {1}

    sql(db, update(Property).where(Property.id == unparsed).values(building_key="мельничная|1||"))
    check("an unparsed address given a building key")
    sql(db, update(Property).where(Property.id == flat).values(okrug="САО"))
    check("a flat's okrug changed")
    sql(db, update(Appeal).where(Appeal.id == a).values(received_at=msk("2025-01-10"), channel=Channel.EMAIL))
    check("an appeal's day and channel changed")
    department = add_department(db.uow(), actor=staff.admin, name="Отдел учёта").id
    sql(db, update(Appeal).where(Appeal.id == b).values(department_id=department))
    check("an appeal's department changed")

    unlink_property(db.uow(), actor=staff.clerk, appeal_id=a, property_id=building)
    check("the building unlinked, the flat still linked")
    assert ("лесная|5||", a) in {(r[0], r[2]) for r in stored(db)}
    unlink_property(db.uow(), actor=staff.clerk, appeal_id=a, property_id=flat)
    check("the flat unlinked too")
    assert ("лесная|5||", a) not in {(r[0], r[2]) for r in stored(db)}

    sql(db, update(AppealProperty).where(AppealProperty.appeal_id == b).values(property_id=unparsed))
    check("a link moved to another property")
    sql(db, delete(AppealRepeat).where(AppealRepeat.appeal_id == b))
    check("the repeat mark removed")
    assert {r[6] for r in stored(db) if r[2] == b} == {0}


def test_hot_spots_read_the_link_facts_with_filters(db: Database, staff: Staff) -> None:
    mail = _register(db, staff, Channel.POST, AppealKind.COMPLAINT)
    phone = _register(db, staff, Channel.PHONE, AppealKind.COMPLAINT)
    building = _property(db, "г. Москва, ул. Лесная, д. 5", "лесная|5||", "ЦАО", "Тверской")
    for appeal in (mail, phone):
        link_property(db.uow(), actor=staff.clerk, appeal_id=appeal, property_id=building)
    sql(db, update(Appeal).where(Appeal.id.in_([mail, phone])).values(received_at=msk("2025-03-05")))
    params = ReportParams(date(2025, 3, 1), date(2025, 3, 31), channel=Channel.PHONE)
    report = run_report(db.uow(), name="hotspots", actor=staff.manager, params=params)
    assert report.tables[0].rows == ((1, "ЦАО", "Тверской", "г. Москва, ул. Лесная, д. 5", 1, 0),)
    assert report.tables[1].rows == (("ЦАО", 1, 1, 0),)


def test_sqlite_reports_read_the_indexes_they_name(sqlite_db: Database) -> None:
    """`read_in_order` must reach SQLite as INDEXED BY: the planner alone may sort instead."""
    params = ReportParams(date(2025, 1, 1), date(2025, 12, 31))
    with sqlite_db.engine.connect() as connection:
        for statement, index in (
            (hotspots.okrugs_query(params), "ix_report_link_facts_okrug_appeal"),
            (federal.questions_query(params), "ix_report_question_facts_topic"),
        ):
            compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
            plan = " ".join(r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert f"INDEX {index}" in plan


def _race(db: Database, first: Any, first_params: dict[str, Any], second: Any) -> None:
    """`first` runs and stays uncommitted while `second` runs in a thread; then first commits.

    Whichever change commits second must see the other's: the link-facts triggers lock the rows
    they depend on, so `second` waits (or, were a lock missing, finishes first on stale values).
    """
    with db.engine.connect() as connection:
        connection.begin()
        connection.execute(first, first_params)
        done = threading.Event()

        def run_second() -> None:
            second()
            done.set()

        worker = threading.Thread(target=run_second)
        worker.start()
        done.wait(1.0)
        connection.commit()
    worker.join(30)
    assert done.is_set()


LINK = text(
    "INSERT INTO appeal_properties (appeal_id, property_id, linked_by_id, linked_at, "
    "cadastral_number_snapshot, address_snapshot, right_holders_snapshot) "
    "VALUES (:a, :p, :u, now(), '', '', '[]')"
)


def _appeal_and_building(db: Database) -> tuple[Staff, int, int]:
    """Staff, an appeal and a building record, not yet linked."""
    staff = add_staff(db)
    appeal = _register(db, staff, Channel.POST, AppealKind.COMPLAINT)
    building = _property(db, "г. Москва, ул. Лесная, д. 5", "лесная|5||", "ЦАО", "Тверской")
    return staff, appeal, building


def test_postgresql_a_link_racing_an_appeal_change_leaves_the_facts_in_step(pg_db: Database) -> None:
    staff, appeal, building = _appeal_and_building(pg_db)
    _race(
        pg_db,
        LINK,
        {"a": appeal, "p": building, "u": staff.clerk.id},
        lambda: sql(pg_db, update(Appeal).where(Appeal.id == appeal).values(channel=Channel.EMAIL)),
    )
    assert stored(pg_db) == expected(pg_db)
    assert {r[4] for r in stored(pg_db)} == {Channel.EMAIL.value}


def test_postgresql_a_link_racing_a_property_change_leaves_the_facts_in_step(pg_db: Database) -> None:
    staff, appeal, building = _appeal_and_building(pg_db)
    _race(
        pg_db,
        update(Property).where(Property.id == building).values(okrug="САО"),
        {},
        lambda: sql(pg_db, LINK.bindparams(a=appeal, p=building, u=staff.clerk.id)),
    )
    assert stored(pg_db) == expected(pg_db)
    assert {r[3] for r in stored(pg_db)} == {"САО"}
