"""Accounts: the first administrator, adding users, logging in."""

from __future__ import annotations

import pytest

from reception.db.database import Database
from reception.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from reception.domain.permissions import Role
from reception.services import users
from tests.conftest import TEST_PASSWORD, Staff


def test_a_new_database_asks_for_the_first_administrator(db: Database) -> None:
    assert not users.has_users(db.uow())
    admin = users.create_first_admin(
        db.uow(), login="Boss", full_name="Начальникова Н. Н.", password="long-enough"
    )
    assert admin.role is Role.ADMIN
    assert users.has_users(db.uow())
    with pytest.raises(PermissionDenied):
        users.create_first_admin(db.uow(), login="second", full_name="Второй", password="long-enough")


def test_login_is_case_insensitive_and_password_checked(db: Database, staff: Staff) -> None:
    assert users.authenticate(db.uow(), login=" CLERK ", password=TEST_PASSWORD).id == staff.clerk.id
    with pytest.raises(AuthenticationFailed, match="Неверный логин или пароль"):
        users.authenticate(db.uow(), login="clerk", password="wrong-password")
    with pytest.raises(AuthenticationFailed, match="Неверный логин или пароль"):
        users.authenticate(db.uow(), login="nobody", password=TEST_PASSWORD)


def test_logins_are_unique_whatever_their_case(db: Database, staff: Staff) -> None:
    with pytest.raises(ValidationError) as caught:
        users.add_user(
            db.uow(),
            actor=staff.admin,
            login="Clerk",
            full_name="Двойник",
            role=Role.CLERK,
            password=TEST_PASSWORD,
        )
    assert caught.value.for_field("login")


def test_short_passwords_and_blank_names_are_refused(db: Database, staff: Staff) -> None:
    with pytest.raises(ValidationError) as caught:
        users.add_user(
            db.uow(), actor=staff.admin, login="new", full_name=" ", role=Role.CLERK, password="short"
        )
    assert {e.field for e in caught.value.errors} == {"full_name", "password"}


@pytest.mark.parametrize("role", ["clerk", "executor", "manager"])
def test_only_an_admin_manages_users(db: Database, staff: Staff, role: str) -> None:
    with pytest.raises(PermissionDenied, match="администратор"):
        users.add_user(
            db.uow(),
            actor=getattr(staff, role),
            login="intruder",
            full_name="Чужой",
            role=Role.ADMIN,
            password=TEST_PASSWORD,
        )


def test_passwords_are_stored_as_argon2_hashes(db: Database, staff: Staff) -> None:
    from sqlalchemy import select

    from reception.db.models import User

    with db.uow() as uow:
        stored = uow.session.scalar(select(User.password_hash).where(User.id == staff.clerk.id))
    assert stored is not None and stored.startswith("$argon2") and TEST_PASSWORD not in stored
