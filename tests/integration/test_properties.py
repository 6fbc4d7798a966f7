"""The property register on a real database: records, search, suggestions, links and the card."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from reception.db.database import Database
from reception.db.models import AuditEvent
from reception.domain.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from reception.domain.permissions import Role
from reception.domain.properties import (
    Ownership,
    PropertyDraft,
    PropertyKind,
    PropertyPurpose,
    RightHolderDraft,
)
from reception.services import appeals
from reception.services.properties import (
    create_property,
    get_property,
    search_by_right_holder,
    search_properties,
    suggest_properties,
    update_property,
)
from reception.services.property_links import appeal_properties, link_property, property_card, unlink_property
from reception.services.register_query import RegisterFilter, count_appeals, fetch_page
from tests.conftest import Staff
from tests.factories import appeal_draft

BUILDING = PropertyDraft(
    PropertyKind.BUILDING,
    cadastral_number="77:06:0004005:1001",
    address="г. Москва, ул. Профсоюзная, д. 43, корп. 2",
    purpose=PropertyPurpose.RESIDENTIAL,
    ownership=Ownership.MIXED,
    area=Decimal("12450.5"),
    unom=1234567,
)
FLAT = PropertyDraft(
    PropertyKind.PREMISES,
    cadastral_number="77:06:0004005:2017",
    address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
    parent_cadastral_number="77:06:0004005:1001",
    purpose=PropertyPurpose.RESIDENTIAL,
    area=Decimal("54.30"),
    cadastral_value=Decimal("9876543.21"),
    right_holders=(
        RightHolderDraft("Смирнова Ольга Викторовна", "1/2"),
        RightHolderDraft("Смирнов Пётр Ильич", "1/2"),
    ),
)
YARD = PropertyDraft(PropertyKind.LAND_PLOT, address="Москва, Кашёнкин луг улица, владение 6")


def test_a_record_keeps_its_fields_parent_and_right_holders(db: Database, staff: Staff) -> None:
    building = create_property(db.uow(), actor=staff.clerk, draft=BUILDING)
    flat = create_property(db.uow(), actor=staff.clerk, draft=FLAT)
    view = get_property(db.uow(), actor=staff.executor, property_id=flat.id)
    assert view.parent is not None and view.parent.id == building.id
    assert (view.street, view.house, view.korpus, view.apartment) == ("ул. Профсоюзная", "43", "2", "17")
    assert view.area == Decimal("54.30") and view.cadastral_value == Decimal("9876543.21")
    assert [(h.name, h.share) for h in view.right_holders] == [
        ("Смирнова Ольга Викторовна", "1/2"),
        ("Смирнов Пётр Ильич", "1/2"),
    ]
    with db.uow() as uow:
        assert uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "property")
        ).all() == [
            "created",
            "created",
        ]


def test_bad_records_are_refused_with_every_field_named(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.clerk, draft=BUILDING)
    with pytest.raises(ValidationError) as caught:
        create_property(db.uow(), actor=staff.clerk, draft=replace(BUILDING, area=Decimal("-3")))
    assert {e.field for e in caught.value.errors} == {"cadastral_number", "area"}
    assert "уже есть в реестре" in (caught.value.for_field("cadastral_number") or "")
    for draft, field in [
        (replace(BUILDING, cadastral_number="77:06:4005:1"), "cadastral_number"),
        (PropertyDraft(PropertyKind.BUILDING), "address"),
        (
            replace(FLAT, cadastral_number="77:06:0004005:9", parent_cadastral_number="77:99:0000001:1"),
            "parent_cadastral_number",
        ),
    ]:
        with pytest.raises(ValidationError) as caught:
            create_property(db.uow(), actor=staff.clerk, draft=draft)
        assert caught.value.field == field


def test_an_edit_over_someone_elses_is_refused(db: Database, staff: Staff) -> None:
    view = create_property(db.uow(), actor=staff.clerk, draft=YARD)
    update_property(
        db.uow(),
        actor=staff.admin,
        property_id=view.id,
        expected_version=view.version,
        draft=replace(YARD, notes="Сквер"),
    )
    with pytest.raises(StaleRecord):
        update_property(
            db.uow(), actor=staff.clerk, property_id=view.id, expected_version=view.version, draft=YARD
        )


def test_search_by_number_prefix_address_fragment_and_holder(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.clerk, draft=BUILDING)
    flat = create_property(db.uow(), actor=staff.clerk, draft=FLAT)
    yard = create_property(db.uow(), actor=staff.clerk, draft=YARD)
    create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(
            PropertyKind.BUILDING, cadastral_number="77:07:0000001:1", address="Москва, ул. Тверская, д. 43"
        ),
    )

    def find(text: str) -> list[str]:
        return [
            r.cadastral_number or r.address
            for r in search_properties(db.uow(), actor=staff.executor, text=text)
        ]

    assert find("77:06:0004005:2017") == ["77:06:0004005:2017"]
    assert find("77:06") == ["77:06:0004005:1001", "77:06:0004005:2017"]
    assert find("77 : 06 : 00040") == ["77:06:0004005:1001", "77:06:0004005:2017"]
    assert find("77:0") == ["77:06:0004005:1001", "77:06:0004005:2017", "77:07:0000001:1"]
    assert find("77:06:0004005:20") == ["77:06:0004005:2017"]
    assert find("77:06:0004005:2") == ["77:06:0004005:2017"]
    assert find("Профсоюзная улица дом 43 квартира 17") == ["77:06:0004005:2017"]
    assert find("профсоюзная 43 к2") == ["77:06:0004005:1001", "77:06:0004005:2017"]
    assert find("кашёнкин ЛУГ вл 6") == [YARD.address]
    assert find("кашенкин луг ул") == [YARD.address]
    assert find("43") == ["77:06:0004005:1001", "77:06:0004005:2017", "77:07:0000001:1"]
    assert find("Смирнова") == ["77:06:0004005:2017"]
    assert find("несуществующая") == []
    assert find("%") == [] and find("_") == [] and find("' OR 1=1 --") == []
    assert [r.id for r in search_by_right_holder(db.uow(), actor=staff.manager, name="смирнов")] == [flat.id]
    assert yard.id not in {
        r.id for r in search_by_right_holder(db.uow(), actor=staff.manager, name="смирнов")
    }


def test_an_applicants_address_suggests_the_apartment_then_the_building(db: Database, staff: Staff) -> None:
    building = create_property(db.uow(), actor=staff.clerk, draft=BUILDING)
    flat = create_property(db.uow(), actor=staff.clerk, draft=FLAT)
    other = create_property(
        db.uow(),
        actor=staff.clerk,
        draft=replace(
            FLAT,
            cadastral_number="77:06:0004005:2018",
            address="Москва, Профсоюзная улица, дом 43, корпус 2, квартира 18",
            right_holders=None,
        ),
    )
    found = suggest_properties(
        db.uow(), actor=staff.clerk, address="117342, Москва, ул.Профсоюзная д.43к2 кв.17"
    )
    assert [r.id for r in found] == [flat.id, building.id, other.id]
    assert suggest_properties(db.uow(), actor=staff.clerk, address="Москва, ул. Профсоюзная, д. 45") == []
    assert suggest_properties(db.uow(), actor=staff.clerk, address="") == []


def test_a_link_keeps_its_snapshot_after_the_register_changes(db: Database, staff: Staff) -> None:
    create_property(db.uow(), actor=staff.clerk, draft=BUILDING)
    flat = create_property(db.uow(), actor=staff.clerk, draft=FLAT)
    first = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    second = appeals.register_appeal(
        db.uow(), actor=staff.clerk, draft=appeal_draft(summary="Повторно о кровле")
    )
    link_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)
    link_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)  # no double link
    update_property(
        db.uow(),
        actor=staff.admin,
        property_id=flat.id,
        expected_version=flat.version,
        draft=replace(
            FLAT,
            address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17А",
            right_holders=(RightHolderDraft("Смирнова Ольга Викторовна"),),
        ),
    )
    link_property(db.uow(), actor=staff.clerk, appeal_id=second.id, property_id=flat.id)

    [linked] = appeal_properties(db.uow(), actor=staff.executor, appeal_id=first.id)
    assert linked.changed_since_linking
    assert linked.snapshot.address.endswith("кв. 17") and linked.current.address.endswith("кв. 17А")
    assert len(linked.snapshot.right_holders) == 2 and len(linked.current.right_holders) == 1

    card = property_card(db.uow(), actor=staff.manager, property_id=flat.id)
    assert [a.appeal_id for a in card.appeals] == [second.id, first.id]  # newest first
    assert [a.changed_since_linking for a in card.appeals] == [False, True]
    assert card.appeals[0].due_date == second.due_date and card.appeals[0].status == second.status
    # Who linked it and when, as the appeal editor lists it.
    assert {a.linked_by for a in card.appeals} == {linked.linked_by} == {staff.clerk.full_name}
    assert card.appeals[1].linked_at == linked.linked_at
    assert card.property.parent is not None
    building_card = property_card(db.uow(), actor=staff.manager, property_id=card.property.parent.id)
    assert [c.id for c in building_card.children] == [flat.id]

    page = fetch_page(db.uow(), actor=staff.executor, filters=RegisterFilter(property_id=flat.id))
    assert {r.id for r in page.rows} == {first.id, second.id}
    assert count_appeals(db.uow(), actor=staff.executor, filters=RegisterFilter(property_id=flat.id)) == 2

    unlink_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)
    assert [a.appeal_id for a in property_card(db.uow(), actor=staff.clerk, property_id=flat.id).appeals] == [
        second.id
    ]
    with pytest.raises(NotFound):
        unlink_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)
    with db.uow() as uow:
        actions = uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == first.id, AuditEvent.entity == "appeal")
        ).all()
    assert actions.count("property_linked") == 1 and "property_unlinked" in actions


@pytest.mark.parametrize("role", list(Role))
def test_who_may_keep_search_and_link_properties(db: Database, staff: Staff, role: Role) -> None:
    actor = staff.by_role(role)
    writer = role in (Role.CLERK, Role.ADMIN)
    flat = create_property(db.uow(), actor=staff.admin, draft=YARD)
    assert search_properties(db.uow(), actor=actor, text="кашенкин")
    assert property_card(db.uow(), actor=actor, property_id=flat.id).property.id == flat.id
    appeal = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    if writer:
        create_property(db.uow(), actor=actor, draft=BUILDING)
        link_property(db.uow(), actor=actor, appeal_id=appeal.id, property_id=flat.id)
    else:
        with pytest.raises(PermissionDenied):
            create_property(db.uow(), actor=actor, draft=BUILDING)
        with pytest.raises(PermissionDenied):
            update_property(
                db.uow(), actor=actor, property_id=flat.id, expected_version=flat.version, draft=YARD
            )
        with pytest.raises(PermissionDenied):
            link_property(db.uow(), actor=actor, appeal_id=appeal.id, property_id=flat.id)


def test_a_search_answers_while_an_import_holds_the_sqlite_write_lock(sqlite_db: Database) -> None:
    """Searches read without taking the write lock (WAL): the picker keeps working during an import."""
    from tests.conftest import add_staff

    staff = add_staff(sqlite_db)
    create_property(sqlite_db.uow(), actor=staff.admin, draft=BUILDING)
    writer = sqlite_db.engine.raw_connection()
    try:
        writer.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
        started = time.perf_counter()
        found = search_properties(sqlite_db.uow(), actor=staff.clerk, text="профсоюзная 43")
        assert time.perf_counter() - started < 5  # the busy timeout is 15 s
        assert [row.cadastral_number for row in found] == ["77:06:0004005:1001"]
    finally:
        writer.driver_connection.execute("ROLLBACK")  # type: ignore[union-attr]
        writer.close()
