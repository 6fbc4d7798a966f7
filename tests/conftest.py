"""Fixtures: a real database per test, on SQLite and on PostgreSQL.

SQLite: a copy of a migrated template file per test. PostgreSQL: one throwaway database per test
session (created and dropped here), emptied before each test. The server URL comes from
RECEPTION_TEST_PG_URL, else the local server; a server that does not answer fails the run: these
tests never skip (scripts/test.sh starts a server when none answers).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argon2
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.db.models import Base
from reception.domain.permissions import Role
from reception.services import users
from reception.services.bootstrap import ensure_reference_data
from reception.services.users import UserView

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
TEST_PASSWORD = "correct-horse-1"


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Production argon2 parameters cost ~50 ms a hash; tests create hundreds of users."""
    original = users._hasher
    users._hasher = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
    yield
    users._hasher = original


def pg_server_url() -> str:
    return os.environ.get("RECEPTION_TEST_PG_URL", DEFAULT_PG_URL)


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for this test session, migrated to head."""
    server = make_url(pg_server_url()).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"reception_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        pytest.fail(
            f"PostgreSQL at {server.render_as_string(hide_password=True)} does not answer ({error}). "
            "Run the suite through scripts/test.sh, which starts a server, or set RECEPTION_TEST_PG_URL.",
            pytrace=False,
        )
    url = server.set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
            ),
            {"n": name},
        )
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    ensure_reference_data(db)
    db.dispose()
    return path


def _empty_postgres(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


def open_test_database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    if backend == "sqlite":
        path = tmp_path / "reception.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return Database(f"sqlite:///{path}")
    db = Database(request.getfixturevalue("pg_database_url"))
    _empty_postgres(db)
    ensure_reference_data(db)
    return db


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database with the default classifier and no users, on each backend."""
    database = open_test_database(request.param, request, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = open_test_database("sqlite", request, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def pg_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = open_test_database("postgresql", request, tmp_path)
    yield database
    database.dispose()


@dataclass(frozen=True)
class Staff:
    admin: UserView
    clerk: UserView
    executor: UserView
    manager: UserView

    def by_role(self, role: Role) -> UserView:
        return {
            Role.ADMIN: self.admin,
            Role.CLERK: self.clerk,
            Role.EXECUTOR: self.executor,
            Role.MANAGER: self.manager,
        }[role]


def add_staff(db: Database) -> Staff:
    admin = users.create_first_admin(
        db.uow(), login="admin", full_name="Администраторова Анна Андреевна", password=TEST_PASSWORD
    )

    def add(login: str, name: str, role: Role) -> UserView:
        return users.add_user(
            db.uow(), actor=admin, login=login, full_name=name, role=role, password=TEST_PASSWORD
        )

    return Staff(
        admin=admin,
        clerk=add("clerk", "Регистраторова Ксения Олеговна", Role.CLERK),
        executor=add("executor", "Исполнителев Пётр Петрович", Role.EXECUTOR),
        manager=add("manager", "Руководителева Мария Ивановна", Role.MANAGER),
    )


@pytest.fixture
def staff(db: Database) -> Staff:
    return add_staff(db)
