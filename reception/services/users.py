"""Users: the first administrator, accounts, and logging in."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from reception.db.models import User
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


def load_actor(uow: UnitOfWork, actor: UserView, permission: Permission | None = None) -> User:
    """The acting user's current row; its role in the database, not the caller's copy, decides."""
    user = uow.session.get(User, actor.id)
    if user is None or not user.is_active:
        raise PermissionDenied("Учётная запись отключена или удалена. Войдите заново.")
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
    refusal = "Неверный логин или пароль."
    with uow:
        user = uow.session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None:
            _hasher.hash(password)  # same cost whether or not the login exists
            raise AuthenticationFailed(refusal)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationFailed(refusal) from None
        if not user.is_active:
            raise AuthenticationFailed("Учётная запись отключена. Обратитесь к администратору.")
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        return _view(user)


def get_user(uow: UnitOfWork, *, login: str) -> UserView:
    with uow:
        user = uow.session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None:
            raise NotFound(f"Пользователь «{login}» не найден.")
        return _view(user)
