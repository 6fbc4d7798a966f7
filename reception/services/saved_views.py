"""Saved register views: a user's named sets of search, filters and sort.

Views are personal: a user sees, renames and deletes only their own (someone else's view is «not
found», whatever the role). Anyone who may view the register may keep views. The filters are stored
as JSON (register_query.filters_to_json); «overdue» and «due soon» mean «as of the day the view is
opened».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from reception.db.search_models import SavedView as SavedViewRow
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.domain.errors import FieldError, NotFound, ValidationError
from reception.domain.permissions import Permission
from reception.domain.text import fold
from reception.services.register_query import RegisterFilter, filters_from_json, filters_to_json
from reception.services.users import UserView, check_reader, load_actor

MAX_NAME_LENGTH = 100
MAX_VIEWS_PER_USER = 200


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    filters: RegisterFilter
    created_at: datetime


def _view(row: SavedViewRow) -> SavedView:
    return SavedView(row.id, row.name, filters_from_json(dict(row.filters or {})), row.created_at)


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(FieldError("name", "Укажите название представления."))
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError(
            FieldError("name", f"Название представления — не длиннее {MAX_NAME_LENGTH} символов.")
        )
    return clean


def _check_unique(uow: UnitOfWork, user_id: int, name: str, except_id: int | None = None) -> None:
    query = select(SavedViewRow.id).where(
        SavedViewRow.user_id == user_id, SavedViewRow.name_key == fold(name)
    )
    if except_id is not None:
        query = query.where(SavedViewRow.id != except_id)
    if uow.session.scalar(query) is not None:
        raise ValidationError(FieldError("name", f"Представление «{name}» у вас уже есть."))


def _own(uow: UnitOfWork, user_id: int, view_id: int) -> SavedViewRow:
    row = uow.session.get(SavedViewRow, view_id)
    if row is None or row.user_id != user_id:
        raise NotFound("Представление не найдено: возможно, его уже удалили.")
    return row


def list_views(uow: UnitOfWork, *, actor: UserView) -> list[SavedView]:
    """The actor's views, by name."""
    with uow:
        check_reader(uow, actor, Permission.VIEW_APPEALS)  # a read: no SQLite write lock
        rows = uow.session.scalars(
            select(SavedViewRow).where(SavedViewRow.user_id == actor.id).order_by(SavedViewRow.name_key)
        )
        return [_view(r) for r in rows]


def create_view(uow: UnitOfWork, *, actor: UserView, name: str, filters: RegisterFilter) -> SavedView:
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        clean = _clean_name(name)
        _check_unique(uow, user.id, clean)
        count = len(list(uow.session.scalars(select(SavedViewRow.id).where(SavedViewRow.user_id == user.id))))
        if count >= MAX_VIEWS_PER_USER:
            raise ValidationError(
                FieldError("name", f"Сохранено уже {count} представлений: удалите ненужные.")
            )
        now = utcnow()
        row = SavedViewRow(
            user_id=user.id,
            name=clean,
            name_key=fold(clean),
            filters=filters_to_json(filters),
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.session.flush()
        view = _view(row)
        return view


def rename_view(uow: UnitOfWork, *, actor: UserView, view_id: int, name: str) -> SavedView:
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        row = _own(uow, user.id, view_id)
        clean = _clean_name(name)
        _check_unique(uow, user.id, clean, except_id=row.id)
        row.name, row.name_key, row.updated_at = clean, fold(clean), utcnow()
        uow.session.flush()
        view = _view(row)
        return view


def update_view_filters(
    uow: UnitOfWork, *, actor: UserView, view_id: int, filters: RegisterFilter
) -> SavedView:
    """Save the current filters into an existing view (its name stays)."""
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        row = _own(uow, user.id, view_id)
        row.filters, row.updated_at = filters_to_json(filters), utcnow()
        uow.session.flush()
        view = _view(row)
        return view


def delete_view(uow: UnitOfWork, *, actor: UserView, view_id: int) -> None:
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        uow.session.delete(_own(uow, user.id, view_id))
