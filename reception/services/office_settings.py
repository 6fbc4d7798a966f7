"""Office-wide settings kept in the database, shared by every workstation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from reception.db.models import OfficeSetting
from reception.db.uow import UnitOfWork
from reception.domain.errors import FieldError, ValidationError
from reception.domain.permissions import Permission
from reception.domain.regnumbers import DEFAULT_PREFIX, is_valid_prefix
from reception.services.audit import record_event
from reception.services.users import UserView, load_actor

REG_PREFIX = "reg_prefix"
DEMO_LOGIN_HINT = "demo_login_hint"

DEFAULTS = {REG_PREFIX: DEFAULT_PREFIX}


def read_setting(session: Session, key: str) -> str | None:
    row = session.get(OfficeSetting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def write_setting(session: Session, key: str, value: str) -> None:
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    else:
        row.value = value


def record_setting_change(session: Session, *, user_id: int, changes: dict[str, Any]) -> None:
    """The audit entry of a change of office settings: {key: {"before": …, "after": …}}."""
    record_event(session, user_id=user_id, entity="setting", entity_id=0, action="changed", changes=changes)


def get_setting(uow: UnitOfWork, key: str) -> str | None:
    with uow:
        return read_setting(uow.session, key)


def set_registration_prefix(uow: UnitOfWork, *, actor: UserView, prefix: str) -> None:
    prefix = prefix.strip().upper()
    if not is_valid_prefix(prefix):
        raise ValidationError(
            FieldError("reg_prefix", "Префикс номера: от 1 до 10 букв или цифр, например ВП.")
        )
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = read_setting(uow.session, REG_PREFIX)
        write_setting(uow.session, REG_PREFIX, prefix)
        record_setting_change(
            uow.session, user_id=admin.id, changes={REG_PREFIX: {"before": before, "after": prefix}}
        )
