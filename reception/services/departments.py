"""Departments executors belong to (reference data)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from reception.db.uow import UnitOfWork
from reception.db.workflow_models import Department
from reception.domain.errors import FieldError, ValidationError
from reception.domain.permissions import Permission
from reception.services.audit import record_event
from reception.services.users import UserView, load_actor


@dataclass(frozen=True)
class DepartmentView:
    id: int
    name: str


def add_department(uow: UnitOfWork, *, actor: UserView, name: str) -> DepartmentView:
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise ValidationError(FieldError("name", "Название подразделения: от 1 до 200 знаков."))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_REFERENCE_DATA)
        if uow.session.scalar(select(Department.id).where(func.lower(Department.name) == name.lower())):
            raise ValidationError(FieldError("name", f"Подразделение «{name}» уже есть."))
        department = Department(name=name, is_active=True)
        uow.session.add(department)
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="department",
            entity_id=department.id,
            action="created",
            changes={"name": name},
        )
        return DepartmentView(department.id, department.name)


def list_departments(uow: UnitOfWork) -> list[DepartmentView]:
    with uow:
        query = select(Department).where(Department.is_active.is_(True)).order_by(Department.name)
        return [DepartmentView(d.id, d.name) for d in uow.session.scalars(query)]
