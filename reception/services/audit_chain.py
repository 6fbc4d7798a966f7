"""Tamper evidence for the audit trail: a hash chain, appended at commit, verified on demand.

Events recorded during a transaction are held back and appended when it commits: the chain head's
row is locked (ordering the chain across workstations), each event gets the hash of its content and
of the previous event, and the head moves on. The lock is held only for the commit itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from reception.db.models import AuditEvent
from reception.db.uow import UnitOfWork
from reception.db.workstation_models import GENESIS_HASH, AuditChainHead
from reception.domain.permissions import Permission

if TYPE_CHECKING:
    from reception.services.users import UserView

PENDING = "audit_pending"
VERIFY_BATCH = 5_000


def event_hash(prev_hash: str, item: AuditEvent) -> str:
    content = json.dumps(
        [
            prev_hash,
            item.at.isoformat(),
            item.user_id,
            item.entity,
            item.entity_id,
            item.action,
            item.changes,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def hold(session: Session, item: AuditEvent) -> None:
    session.info.setdefault(PENDING, []).append(item)


@event.listens_for(Session, "before_commit")
def _append_pending_events(session: Session) -> None:
    pending: list[AuditEvent] = session.info.pop(PENDING, [])
    if not pending:
        return
    head = session.scalar(select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update())
    if head is None:
        head = AuditChainHead(id=1, last_hash=GENESIS_HASH, last_event_id=0)
        session.add(head)
    previous = head.last_hash
    for item in pending:
        item.prev_hash = previous
        item.hash = previous = event_hash(previous, item)
        session.add(item)
    session.flush()
    head.last_hash = previous
    head.last_event_id = pending[-1].id
    session.flush()


@event.listens_for(Session, "after_rollback")
def _drop_pending_events(session: Session) -> None:
    session.info.pop(PENDING, None)


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_id: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_audit_chain(uow: UnitOfWork, *, actor: UserView | None = None) -> ChainReport:
    """Walk every event in order; the first whose hash or link does not match is reported."""
    with uow:
        if actor is not None:
            from reception.services.users import load_actor  # users records events: import late

            load_actor(uow, actor, Permission.MANAGE_USERS)
        previous, checked, after = GENESIS_HASH, 0, 0
        while True:
            batch: list[Any] = list(
                uow.session.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.id > after)
                    .order_by(AuditEvent.id)
                    .limit(VERIFY_BATCH)
                )
            )
            if not batch:
                break
            for item in batch:
                if item.prev_hash != previous:
                    return ChainReport(
                        checked,
                        item.id,
                        "ссылка на предыдущее событие не совпадает (событие удалено или вставлено)",
                    )
                if item.hash != event_hash(previous, item):
                    return ChainReport(checked, item.id, "содержимое события изменено")
                previous, checked = item.hash, checked + 1
            after = batch[-1].id
            uow.session.expunge_all()
        head = uow.session.get(AuditChainHead, 1)
        if head is not None and head.last_hash != previous:
            return ChainReport(checked, head.last_event_id, "последние события удалены")
        return ChainReport(checked, None)
