"""Appeals about properties: linking, unlinking, and the property card with its appeal history.

A link keeps a snapshot of the address and right holders as the register had them at linking, so a
later registry update does not rewrite what the appeal was about; views show both when they differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.models import Appeal, User
from reception.db.property_models import AppealProperty, Property
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.domain import deadlines
from reception.domain.appeals import AppealStatus
from reception.domain.errors import NotFound
from reception.domain.permissions import Permission
from reception.services.audit import record_event
from reception.services.properties import (
    PropertyRow,
    PropertyView,
    RightHolderView,
    load_property,
    property_view,
    right_holder_views,
)
from reception.services.users import UserView, load_actor


@dataclass(frozen=True)
class HolderSnapshot:
    name: str
    share: str


@dataclass(frozen=True)
class LinkSnapshot:
    """What the register said about the property when the appeal was linked to it."""

    cadastral_number: str
    address: str
    right_holders: tuple[HolderSnapshot, ...]

    def differs_from(self, current: PropertyView) -> bool:
        return self != snapshot_of(current)


@dataclass(frozen=True)
class LinkedProperty:
    """A property of an appeal: as linked (snapshot) and as the register has it now."""

    row: PropertyRow
    snapshot: LinkSnapshot
    current: LinkSnapshot
    linked_at: datetime
    linked_by: str

    @property
    def changed_since_linking(self) -> bool:
        return self.snapshot != self.current


@dataclass(frozen=True)
class LinkedAppealRow:
    """One appeal in a property card's history."""

    appeal_id: int
    reg_number: str
    received_at: datetime
    summary: str
    status: AppealStatus
    due_date: date | None
    linked_at: datetime
    linked_by: str  # the user's full name; empty when the account is gone
    snapshot: LinkSnapshot
    changed_since_linking: bool

    def is_overdue(self, today: date) -> bool:
        return deadlines.is_overdue(self.due_date, self.status, today)


@dataclass(frozen=True)
class PropertyCard:
    """Everything the property card shows: details, right holders, and every appeal, newest first."""

    property: PropertyView
    appeals: tuple[LinkedAppealRow, ...]
    children: tuple[PropertyRow, ...]


def snapshot_of(view: PropertyView) -> LinkSnapshot:
    return LinkSnapshot(
        cadastral_number=view.cadastral_number or "",
        address=view.address,
        right_holders=tuple(HolderSnapshot(h.name, h.share) for h in view.right_holders),
    )


def _stored(snapshot: LinkSnapshot) -> list[dict[str, Any]]:
    return [{"name": h.name, "share": h.share} for h in snapshot.right_holders]


def _loaded(link: AppealProperty) -> LinkSnapshot:
    holders = tuple(
        HolderSnapshot(str(h.get("name", "")), str(h.get("share", "")))
        for h in link.right_holders_snapshot or []
    )
    return LinkSnapshot(link.cadastral_number_snapshot, link.address_snapshot, holders)


def _current(record: Property, holders: tuple[RightHolderView, ...]) -> LinkSnapshot:
    return LinkSnapshot(
        record.cadastral_number or "", record.address, tuple(HolderSnapshot(h.name, h.share) for h in holders)
    )


def link_property(uow: UnitOfWork, *, actor: UserView, appeal_id: int, property_id: int) -> LinkedProperty:
    """Link an appeal to a property (again linking an already linked one changes nothing)."""
    with uow:
        user = load_actor(uow, actor, Permission.EDIT_APPEAL)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        link, view = add_link(uow.session, user_id=user.id, appeal_id=appeal_id, property_id=property_id)
        return LinkedProperty(view.row, _loaded(link), snapshot_of(view), link.linked_at, user.full_name)


def add_link(
    session: Session, *, user_id: int, appeal_id: int, property_id: int
) -> tuple[AppealProperty, PropertyView]:
    """The link (made and audited if new) within the caller's transaction."""
    record = load_property(session, property_id)
    link = session.scalar(
        select(AppealProperty).where(
            AppealProperty.appeal_id == appeal_id, AppealProperty.property_id == property_id
        )
    )
    view = property_view(session, record)
    if link is None:
        snapshot = snapshot_of(view)
        link = AppealProperty(
            appeal_id=appeal_id,
            property_id=property_id,
            linked_by_id=user_id,
            linked_at=utcnow(),
            cadastral_number_snapshot=snapshot.cadastral_number,
            address_snapshot=snapshot.address,
            right_holders_snapshot=_stored(snapshot),
        )
        session.add(link)
        session.flush()
        record_event(
            session,
            user_id=user_id,
            entity="appeal",
            entity_id=appeal_id,
            action="property_linked",
            changes={
                "property_id": property_id,
                "cadastral_number": snapshot.cadastral_number,
                "address": snapshot.address,
            },
        )
    return link, view


def unlink_property(uow: UnitOfWork, *, actor: UserView, appeal_id: int, property_id: int) -> None:
    """Remove a link; the audit log keeps what it was."""
    with uow:
        user = load_actor(uow, actor, Permission.EDIT_APPEAL)
        link = uow.session.scalar(
            select(AppealProperty).where(
                AppealProperty.appeal_id == appeal_id, AppealProperty.property_id == property_id
            )
        )
        if link is None:
            raise NotFound("Обращение не связано с этим объектом: возможно, связь уже удалили.")
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=appeal_id,
            action="property_unlinked",
            changes={
                "property_id": property_id,
                "cadastral_number": link.cadastral_number_snapshot,
                "address": link.address_snapshot,
            },
        )
        uow.session.delete(link)


def appeal_properties(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> list[LinkedProperty]:
    """The properties an appeal is about, in linking order, each as linked and as it is now."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(AppealProperty, Property, User.full_name)
            .join(Property, Property.id == AppealProperty.property_id)
            .outerjoin(User, User.id == AppealProperty.linked_by_id)
            .where(AppealProperty.appeal_id == appeal_id)
            .order_by(AppealProperty.linked_at, AppealProperty.id)
        )
        rows = uow.session.execute(query).all()
        holders = right_holder_views(uow.session, [p.id for _link, p, _name in rows])
        return [
            LinkedProperty(
                row=PropertyRow(p.id, p.cadastral_number, p.kind, p.address, p.purpose, p.area),
                snapshot=_loaded(link),
                current=_current(p, holders.get(p.id, ())),
                linked_at=link.linked_at,
                linked_by=name or "",
            )
            for link, p, name in rows
        ]


def property_card(uow: UnitOfWork, *, actor: UserView, property_id: int) -> PropertyCard:
    """The card: details, right holders, objects within it, and every linked appeal, newest first."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_PROPERTIES)
        record = load_property(uow.session, property_id)
        view = property_view(uow.session, record)
        current = snapshot_of(view)
        query = (
            select(AppealProperty, Appeal.reg_number, Appeal.received_at, Appeal.summary, Appeal.status)
            .add_columns(Appeal.due_date, User.full_name)
            .join(Appeal, Appeal.id == AppealProperty.appeal_id)
            .outerjoin(User, User.id == AppealProperty.linked_by_id)
            .where(AppealProperty.property_id == property_id)
            .order_by(Appeal.received_at.desc(), Appeal.id.desc())
        )
        history = []
        for link, reg_number, received_at, summary, status, due_date, linker in uow.session.execute(query):
            snapshot = _loaded(link)
            history.append(
                LinkedAppealRow(
                    appeal_id=link.appeal_id,
                    reg_number=reg_number,
                    received_at=received_at,
                    summary=summary,
                    status=status,
                    due_date=due_date,
                    linked_at=link.linked_at,
                    linked_by=linker or "",
                    snapshot=snapshot,
                    changed_since_linking=snapshot != current,
                )
            )
        children_query = (
            select(Property.id, Property.cadastral_number, Property.kind, Property.address)
            .add_columns(Property.purpose, Property.area)
            .where(Property.parent_id == property_id)
            .order_by(Property.apartment, Property.id)
            .limit(500)
        )
        children = tuple(PropertyRow(*r) for r in uow.session.execute(children_query))
        return PropertyCard(view, tuple(history), children)
