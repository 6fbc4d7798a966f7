"""The searches' held reading connection (reception.db.reader): the permission check inside each
statement, recovery when the server dropped the connection, threads, and closing."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import bindparam, func, literal_column, select, text

from reception.db import migrate
from reception.db.database import Database
from reception.db.property_models import Property
from reception.db.reader import PreparedQuery
from reception.domain.errors import DatabaseUnavailable, PermissionDenied
from reception.domain.permissions import Role
from reception.domain.properties import PropertyDraft, PropertyKind, RightHolderDraft
from reception.services.properties import create_property, search_by_right_holder, search_properties
from reception.services.users import UserView, set_active
from tests.conftest import Staff, add_staff

HOUSE = PropertyDraft(
    PropertyKind.BUILDING, cadastral_number="77:06:0004005:1001", address="г. Москва, ул. Профсоюзная, д. 43"
)
FLAT = PropertyDraft(
    PropertyKind.PREMISES,
    cadastral_number="77:06:0004005:2017",
    address="г. Москва, ул. Профсоюзная, д. 43, кв. 17",
    right_holders=(RightHolderDraft("Смирнова Ольга Викторовна", "1/1"),),
)


def numbers(db: Database, actor: UserView, typed: str, limit: int = 20) -> list[str]:
    return [
        r.cadastral_number or r.address
        for r in search_properties(db.uow(), actor=actor, text=typed, limit=limit)
    ]


def add(db: Database, staff: Staff, number: str, address: str, holder: str = "") -> None:
    holders = (RightHolderDraft(holder, "1/1"),) if holder else None
    draft = PropertyDraft(
        PropertyKind.BUILDING, cadastral_number=number, address=address, right_holders=holders
    )
    create_property(db.uow(), actor=staff.admin, draft=draft)


def test_a_disabled_or_unknown_account_finds_nothing_and_is_told_why(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.admin, draft=HOUSE)
    create_property(db.uow(), actor=staff.admin, draft=FLAT)
    set_active(db.uow(), actor=staff.admin, user_id=staff.clerk.id, active=False)
    # A number, an address, a holder's name, and a text too short to search: each is refused.
    for typed in ("77:06", "профсоюзная 43", "смирнова", "д"):
        with pytest.raises(PermissionDenied, match="отключена"):
            search_properties(db.uow(), actor=staff.clerk, text=typed)
    for name in ("смирнова", "с"):
        with pytest.raises(PermissionDenied, match="отключена"):
            search_by_right_holder(db.uow(), actor=staff.clerk, name=name)
    with pytest.raises(PermissionDenied):
        numbers(db, replace(staff.manager, id=999_999), "77:06")

    set_active(db.uow(), actor=staff.admin, user_id=staff.clerk.id, active=True)
    assert numbers(db, staff.clerk, "77:06") == ["77:06:0004005:1001", "77:06:0004005:2017"]


def test_address_matches_come_before_holder_matches_when_both_are_more_than_the_limit(
    db: Database, staff: Staff
) -> None:
    for n in (1, 2, 3):
        add(db, staff, f"77:01:0000001:{n}", f"Москва, Смирновская ул., д. {n}")
    create_property(db.uow(), actor=staff.admin, draft=FLAT)  # its holder's name starts «смирнов» too

    assert numbers(db, staff.clerk, "смирнов", limit=2) == ["77:01:0000001:1", "77:01:0000001:2"]
    assert numbers(db, staff.clerk, "смирнов", limit=4) == [
        "77:06:0004005:2017",  # «г. Москва, ул. Профсоюзная…» sorts first by address
        "77:01:0000001:1",
        "77:01:0000001:2",
        "77:01:0000001:3",
    ]
    assert numbers(db, staff.clerk, "смирнова") == ["77:06:0004005:2017"]  # the holder alone


def test_a_search_after_the_server_dropped_its_connection_connects_again(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    create_property(pg_db.uow(), actor=staff.admin, draft=HOUSE)
    assert numbers(pg_db, staff.clerk, "77:06") == ["77:06:0004005:1001"]
    backend_pid = PreparedQuery(select(func.pg_backend_pid()))
    first = pg_db.reader.fetch(backend_pid, {})[0][0]
    with pg_db.engine.begin() as connection:  # an administrator, or a server restart, ends it
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})

    assert numbers(pg_db, staff.clerk, "профсоюзная 43") == ["77:06:0004005:1001"]
    assert pg_db.reader.fetch(backend_pid, {})[0][0] != first


def test_closing_the_database_closes_the_search_connection(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    numbers(pg_db, staff.clerk, "77:06")
    pid = pg_db.reader.fetch(PreparedQuery(select(func.pg_backend_pid())), {})[0][0]
    alive = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
    with pg_db.engine.connect() as connection:
        assert connection.execute(alive, {"pid": pid}).scalar_one() == 1
    pg_db.dispose()
    other = Database(pg_db.url)
    try:
        with other.engine.connect() as connection:
            assert connection.execute(alive, {"pid": pid}).scalar_one() == 0
    finally:
        other.dispose()


def test_a_server_that_does_not_answer_is_reported_in_the_users_language() -> None:
    db = Database("postgresql://clerk@127.0.0.1:9/reception")  # nothing listens on the discard port
    clerk = UserView(1, "clerk", "Регистраторова К. О.", Role.CLERK, True)
    try:
        with pytest.raises(DatabaseUnavailable, match="Нет связи с базой данных"):
            search_properties(db.uow(), actor=clerk, text="77:01")
    finally:
        db.dispose()


def test_searches_from_several_threads_each_get_their_own_answer(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.admin, draft=HOUSE)
    create_property(db.uow(), actor=staff.admin, draft=FLAT)
    typed = ["77:06:0004005:1001", "77:06:0004005:2017", "профсоюзная 43 кв 17", "смирнова", "несуществующая"]
    expected = {t: numbers(db, staff.clerk, t) for t in typed}
    assert expected["смирнова"] == ["77:06:0004005:2017"] and expected["несуществующая"] == []

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda t: (t, numbers(db, staff.clerk, t)), typed * 40))
    assert all(found == expected[t] for t, found in answers)


def test_an_in_memory_database_searches_in_its_one_connection() -> None:
    db = Database("sqlite://")
    try:
        migrate.upgrade(db.engine)
        staff = add_staff(db)
        create_property(db.uow(), actor=staff.admin, draft=HOUSE)
        assert numbers(db, staff.clerk, "профсоюзная") == ["77:06:0004005:1001"]
        assert numbers(db, staff.clerk, "77:06:0004005:1001") == ["77:06:0004005:1001"]
    finally:
        db.dispose()


def test_a_prepared_query_refuses_a_parameter_it_would_send_unconverted(sqlite_db: Database) -> None:
    since = PreparedQuery(select(Property.id).where(Property.updated_at > bindparam("since")))
    with pytest.raises(TypeError, match="since"):
        sqlite_db.reader.fetch(since, {"since": datetime(2026, 1, 1)})


def test_a_search_run_many_times_is_still_planned_for_what_was_typed(pg_db: Database) -> None:
    """Nothing is prepared on the server: a plan PostgreSQL made once for any needle scans the whole
    register when nothing matches."""
    staff = add_staff(pg_db)
    create_property(pg_db.uow(), actor=staff.admin, draft=HOUSE)
    for _ in range(8):
        numbers(pg_db, staff.clerk, "профсоюзная 43")
        numbers(pg_db, staff.clerk, "несуществующая")
    searches_prepared = PreparedQuery(
        select(func.count())
        .select_from(text("pg_prepared_statements"))
        .where(literal_column("statement").contains("FROM users LEFT OUTER JOIN"))
    )
    assert pg_db.reader.fetch(searches_prepared, {}) == [(0,)]


def test_searches_go_on_after_another_workstation_changes_a_column_type(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    create_property(pg_db.uow(), actor=staff.admin, draft=HOUSE)
    for _ in range(8):
        assert numbers(pg_db, staff.clerk, "профсоюзная 43") == ["77:06:0004005:1001"]
    widen = "ALTER TABLE properties ALTER COLUMN address TYPE text"
    narrow = "ALTER TABLE properties ALTER COLUMN address TYPE varchar(1000)"
    try:
        with pg_db.engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL lock_timeout = '2s'")  # the held connection locks nothing
            connection.exec_driver_sql(widen)
        assert numbers(pg_db, staff.clerk, "профсоюзная 43") == ["77:06:0004005:1001"]
    finally:
        with pg_db.engine.begin() as connection:
            connection.exec_driver_sql(narrow)


def test_the_first_search_of_a_new_postgresql_connection_escapes_its_needles(pg_db: Database) -> None:
    """The statement is compiled for the server it talks to, after the first connection told which."""
    staff = add_staff(pg_db)
    create_property(pg_db.uow(), actor=staff.admin, draft=HOUSE)
    fresh = Database(pg_db.url)  # a workstation starting: no connection made yet
    try:
        assert numbers(fresh, staff.clerk, "профсоюзная 43") == ["77:06:0004005:1001"]
        assert numbers(fresh, staff.clerk, "100%_\\") == []
    finally:
        fresh.dispose()


def test_control_characters_in_the_typed_text_are_ignored(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.admin, draft=FLAT)
    assert numbers(db, staff.clerk, "смирнова\x00", limit=1) == ["77:06:0004005:2017"]
    assert numbers(db, staff.clerk, "профсоюзная\x00 43", limit=1) == ["77:06:0004005:2017"]
    assert [
        r.cadastral_number for r in search_by_right_holder(db.uow(), actor=staff.clerk, name="смир\x00")
    ] == ["77:06:0004005:2017"]


def test_a_right_holders_properties_come_in_address_order_up_to_the_limit(db: Database, staff: Staff) -> None:
    for n, street in ((1, "Тверская"), (2, "Арбат"), (3, "Мясницкая")):
        add(
            db,
            staff,
            f"77:01:0000002:{n}",
            f"Москва, ул. {street}, д. {n}",
            holder="Кузнецова Анна Сергеевна",
        )
    found = search_by_right_holder(db.uow(), actor=staff.clerk, name="кузнецова")
    assert [r.address for r in found] == [
        "Москва, ул. Арбат, д. 2",
        "Москва, ул. Мясницкая, д. 3",
        "Москва, ул. Тверская, д. 1",
    ]
    assert len(search_by_right_holder(db.uow(), actor=staff.clerk, name="кузнецова", limit=2)) == 2


def test_houses_and_apartments_come_in_number_order_each_house_before_its_flats(
    db: Database, staff: Staff
) -> None:
    for n, rest in enumerate(
        (
            "д. 43, кв. 17",
            "д. 43, кв. 2",
            "д. 5, кв. 1",
            "д. 43",
            "д. 17а",
            "д. 5",
            "д. 43, кв. 105",
            "д. 9, корп. 10",
            "д. 9, корп. 2, кв. 1",
            "д. 9, корп. 2",
        ),
        start=1,
    ):
        add(db, staff, f"77:06:0004005:30{n}", f"г. Москва, ул. Профсоюзная, {rest}")

    found = search_properties(db.uow(), actor=staff.clerk, text="профсоюзная")
    assert [r.address.split(", ", 2)[-1] for r in found] == [
        "д. 5",
        "д. 5, кв. 1",
        "д. 9, корп. 2",
        "д. 9, корп. 2, кв. 1",
        "д. 9, корп. 10",
        "д. 17а",
        "д. 43",
        "д. 43, кв. 2",
        "д. 43, кв. 17",
        "д. 43, кв. 105",
    ]


def test_a_limit_below_one_finds_nothing_and_a_broken_character_is_left_out(
    db: Database, staff: Staff
) -> None:
    add(db, staff, "77:06:0004005:1", "г. Москва, ул. Профсоюзная, д. 43", holder="Кузнецова Анна Сергеевна")
    assert numbers(db, staff.clerk, "77:06", limit=0) == []
    assert numbers(db, staff.clerk, "профсоюзная\ud800 43") == ["77:06:0004005:1"]
    assert numbers(db, staff.clerk, "кузнецова\ud800") == ["77:06:0004005:1"]
