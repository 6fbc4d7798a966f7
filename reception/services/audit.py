"""Audit trail: who changed which record, when, from what to what."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from reception.db.models import AuditEvent
from reception.db.types import utcnow
from reception.services.audit_chain import hold
from reception.services.changes import announce


def json_value(value: Any) -> Any:
    """A value as the audit log stores it (JSON-safe, readable)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Only the fields that changed, as {field: {"before": …, "after": …}}."""
    changes: dict[str, dict[str, Any]] = {}
    for key in sorted(set(before) | set(after)):
        old, new = json_value(before.get(key)), json_value(after.get(key))
        if old != new:
            changes[key] = {"before": old, "after": new}
    return changes


def record_event(
    session: Session,
    *,
    user_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    changes: Mapping[str, Any],
) -> None:
    hold(
        session,
        AuditEvent(
            at=utcnow(),
            user_id=user_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=json_value(changes),
        ),
    )
    announce(session, entity, entity_id)
