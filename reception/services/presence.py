"""Who else has an appeal open right now, so two clerks rarely collide in the first place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from reception.db.models import User
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.db.workstation_models import Presence
from reception.domain.appeals import short_person_name
from reception.domain.permissions import Permission
from reception.services.users import UserView, load_actor

HEARTBEAT = timedelta(seconds=10)
STALE_AFTER = timedelta(seconds=35)


@dataclass(frozen=True)
class Viewer:
    user: str
    workstation: str
    editing: bool

    def __str__(self) -> str:
        action = "редактирует" if self.editing else "просматривает"
        where = f" ({self.workstation})" if self.workstation else ""
        return f"{self.user}{where} {action}"


def touch(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, editing: bool, workstation: str = ""
) -> list[Viewer]:
    """The heartbeat of an open appeal (every HEARTBEAT); returns the others who have it open."""
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        now = utcnow()
        row = uow.session.get(Presence, (user.id, appeal_id))
        if row is None:
            uow.session.add(
                Presence(
                    user_id=user.id,
                    appeal_id=appeal_id,
                    workstation=workstation[:100],
                    editing=editing,
                    seen_at=now,
                )
            )
        else:
            row.editing, row.seen_at, row.workstation = editing, now, workstation[:100]
        query = (
            select(User.full_name, Presence.workstation, Presence.editing)
            .join(User, User.id == Presence.user_id)
            .where(
                Presence.appeal_id == appeal_id,
                Presence.user_id != user.id,
                Presence.seen_at > now - STALE_AFTER,
            )
            .order_by(Presence.editing.desc(), User.full_name)
        )
        return [
            Viewer(short_person_name(name), place, editing)
            for name, place, editing in uow.session.execute(query)
        ]


def leave(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> None:
    with uow:
        uow.session.execute(
            delete(Presence).where(Presence.user_id == actor.id, Presence.appeal_id == appeal_id)
        )
