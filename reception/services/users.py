"""Users: the first administrator, accounts, and logging in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute

from reception.db.engine import READ_ONLY
from reception.db.models import User
from reception.db.sqlfunc import exclusive_section
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.domain.errors import (
    AuthenticationFailed,
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from reception.domain.permissions import Permission, Role, require
from reception.services.audit import record_event

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    full_name: str
    role: Role
    is_active: bool


def _view(user: User) -> UserView:
    return UserView(user.id, user.login, user.full_name, user.role, user.is_active)


ACCOUNT_GONE = "Учётная запись отключена или удалена. Войдите заново."
# The actor's role and state as the database keeps them (text, a flag): converted once in found_rows,
# not on every row a search returns beside them.
_ACTOR_COLUMNS = (type_coerce(User.role, String), type_coerce(User.is_active, Integer))


def actor_state() -> Select[Any]:
    """The acting user's role and state (:actor), for a statement of its own."""
    return select(*_ACTOR_COLUMNS).where(User.id == bindparam("actor"))


_ACTOR_STATE = actor_state()


def check_reader(uow: UnitOfWork, actor: UserView, permission: Permission) -> None:
    """load_actor's check (the role in the database decides) without loading the user row.

    Called first in a read-only service: it also starts the transaction as a read (on SQLite a plain
    BEGIN, no write lock), so searches answer while an import holds the lock.
    """
    connection = uow.session.connection(execution_options={READ_ONLY: True})
    found_rows(connection.execute(_ACTOR_STATE, {"actor": actor.id}).all(), permission)


def with_actor(
    found: FromClause,
    *columns: ColumnElement[Any] | QueryableAttribute[Any],
    on: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """The acting user's role and state beside every row `found` gives (one row of NULLs when it
    gives none or the account is disabled): a search and its permission check in one statement, for
    the held reading connection.

    `found` is a subquery (all its columns come) or a table joined `on` a condition (the `columns`
    named come): the latter lets the database walk an index in order straight from the user's row.
    """
    active = User.is_active.is_(True)
    return (
        select(*_ACTOR_COLUMNS, *(columns or found.c))
        .select_from(User.__table__.outerjoin(found, active if on is None else and_(active, on)))
        .where(User.id == bindparam("actor"))
    )


def found_rows(rows: Sequence[Sequence[Any]], permission: Permission) -> list[Sequence[Any]]:
    """The rows a `with_actor` (or `actor_state`) statement found, once the actor may see them.

    The statement ran before the check; nothing reaches the caller unless the role allows it.
    """
    if not rows or not rows[0][1]:
        raise PermissionDenied(ACCOUNT_GONE)
    require(Role.of(rows[0][0]), permission)
    return [row[2:] for row in rows if len(row) > 2 and row[2] is not None]


def load_actor(uow: UnitOfWork, actor: UserView, permission: Permission | None = None) -> User:
    """The acting user's current row; its role in the database, not the caller's copy, decides."""
    user = uow.session.get(User, actor.id)
    if user is None or not user.is_active:
        raise PermissionDenied(ACCOUNT_GONE)
    if permission is not None:
        require(user.role, permission)
    return user


def has_users(uow: UnitOfWork) -> bool:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(User)) != 0


def _check_new_user(uow: UnitOfWork, login: str, full_name: str, password: str) -> None:
    errors: list[FieldError] = []
    if not login or len(login) > 64 or any(ch.isspace() for ch in login):
        errors.append(FieldError("login", "Логин: от 1 до 64 знаков без пробелов."))
    elif uow.session.scalar(select(User.id).where(func.lower(User.login) == login.lower())):
        errors.append(FieldError("login", f"Логин «{login}» уже занят."))
    if not full_name.strip():
        errors.append(FieldError("full_name", "Укажите фамилию, имя и отчество пользователя."))
    if len(password) < MIN_PASSWORD_LENGTH:
        errors.append(
            FieldError(
                "password",
                f"Пароль слишком короткий: нужно не меньше {MIN_PASSWORD_LENGTH} знаков.",
            )
        )
    if errors:
        raise ValidationError(errors)


def create_first_admin(uow: UnitOfWork, *, login: str, full_name: str, password: str) -> UserView:
    """Only on a database with no users yet: the account that sets everything else up."""
    login = login.strip()
    with uow:
        # Two workstations opening a new database at once: only one creates the administrator.
        exclusive_section(uow.session, "first_admin")
        if uow.session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied("Администратор уже создан: войдите под своей учётной записью.")
        _check_new_user(uow, login, full_name, password)
        user = User(
            login=login,
            full_name=full_name.strip(),
            role=Role.ADMIN,
            password_hash=_hasher.hash(password),
            is_active=True,
        )
        uow.session.add(user)
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="user",
            entity_id=user.id,
            action="created",
            changes={"login": login, "role": Role.ADMIN.value},
        )
        return _view(user)


def add_user(
    uow: UnitOfWork, *, actor: UserView, login: str, full_name: str, role: Role, password: str
) -> UserView:
    login = login.strip()
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_USERS)
        _check_new_user(uow, login, full_name, password)
        user = User(
            login=login,
            full_name=full_name.strip(),
            role=role,
            password_hash=_hasher.hash(password),
            is_active=True,
        )
        uow.session.add(user)
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="user",
            entity_id=user.id,
            action="created",
            changes={"login": login, "role": role.value},
        )
        return _view(user)


def list_users(uow: UnitOfWork, *, actor: UserView, role: Role | None = None) -> list[UserView]:
    with uow:
        load_actor(uow, actor)
        query = select(User).order_by(User.full_name)
        if role is not None:
            query = query.where(User.role == role)
        return [_view(u) for u in uow.session.scalars(query)]


def authenticate(uow: UnitOfWork, *, login: str, password: str) -> UserView:
    """Check a password; five failures in a row lock the account for 15 minutes (logged).

    A failure is committed before it is reported, so the count survives the refusal.
    """
    refusal = "Неверный логин или пароль."
    failure: AuthenticationFailed | None = None
    with uow:
        user = uow.session.scalar(
            # NO KEY UPDATE: the count and lock columns change, never the key, so rows being written
            # elsewhere that point at this user (their keys hold KEY SHARE) do not hold a login up.
            select(User)
            .where(func.lower(User.login) == login.strip().lower())
            .with_for_update(key_share=True)
        )
        if user is None:
            _hasher.hash(password)  # same cost whether or not the login exists
            raise AuthenticationFailed(refusal)
        now = utcnow()
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationFailed(
                f"Учётная запись заблокирована после {MAX_FAILED_LOGINS} неудачных попыток входа. "
                f"Попробуйте через {minutes} мин. или обратитесь к администратору."
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            failure = AuthenticationFailed(refusal)
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                record_event(
                    uow.session,
                    user_id=None,
                    entity="user",
                    entity_id=user.id,
                    action="locked",
                    changes={"login": user.login, "until": user.locked_until},
                )
                failure = AuthenticationFailed(
                    f"Пароль введён неверно {MAX_FAILED_LOGINS} раз подряд: учётная запись заблокирована "
                    f"на {int(LOCKOUT.total_seconds() // 60)} минут."
                )
        if failure is None:
            if not user.is_active:
                raise AuthenticationFailed("Учётная запись отключена. Обратитесь к администратору.")
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            return _view(user)
    raise failure


def _managed_user(uow: UnitOfWork, actor: UserView, user_id: int) -> tuple[User, User]:
    admin = load_actor(uow, actor, Permission.MANAGE_USERS)
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFound("Пользователь не найден.")
    return admin, user


def reset_password(uow: UnitOfWork, *, actor: UserView, user_id: int, password: str) -> None:
    """An administrator sets a new password; the lock, if any, is lifted."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            FieldError("password", f"Пароль слишком короткий: нужно не меньше {MIN_PASSWORD_LENGTH} знаков.")
        )
    with uow:
        admin, user = _managed_user(uow, actor, user_id)
        user.password_hash = _hasher.hash(password)
        user.failed_logins, user.locked_until = 0, None
        record_event(
            uow.session,
            user_id=admin.id,
            entity="user",
            entity_id=user.id,
            action="password_reset",
            changes={},
        )


def set_active(uow: UnitOfWork, *, actor: UserView, user_id: int, active: bool) -> None:
    """Deactivate (or bring back) an account; an administrator cannot deactivate themselves."""
    with uow:
        admin, user = _managed_user(uow, actor, user_id)
        if admin.id == user.id and not active:
            raise ValidationError(FieldError("active", "Нельзя отключить собственную учётную запись."))
        before = user.is_active
        user.is_active = active
        record_event(
            uow.session,
            user_id=admin.id,
            entity="user",
            entity_id=user.id,
            action="activated" if active else "deactivated",
            changes={"is_active": {"before": before, "after": active}},
        )


def get_user(uow: UnitOfWork, *, login: str) -> UserView:
    with uow:
        user = uow.session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None:
            raise NotFound(f"Пользователь «{login}» не найден.")
        return _view(user)
