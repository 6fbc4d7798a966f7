"""«Test connection» in the settings: a working database, a wrong password, a missing server or file."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from reception.db.connection_check import check_connection, parse_db_url, with_password
from reception.db.database import Database
from reception.db.engine import make_engine
from reception.domain.errors import DatabaseUnavailable, SchemaOutdated, ValidationError


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_test_database_answers_on_each_backend(db: Database) -> None:
    report = check_connection(db.url.render_as_string(hide_password=False))
    assert report.backend == db.backend
    assert report.server_version
    assert "***" in report.display_url or db.url.password is None
    if db.backend == "postgresql":
        assert report.message.startswith("Соединение установлено: PostgreSQL")
    else:
        assert "открывается" in report.message


def test_a_server_that_does_not_answer_is_reported_in_words(pg_db: Database) -> None:
    url = pg_db.url.set(host="127.0.0.1", port=free_port()).render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailable, match=r"Не удалось подключиться к 127\.0\.0\.1"):
        check_connection(url, timeout_s=2)


def test_a_missing_database_on_the_server_is_named(pg_db: Database) -> None:
    url = pg_db.url.set(database="no_such_reception_db").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailable, match="нет базы данных «no_such_reception_db»"):
        check_connection(url)


def test_an_empty_postgresql_database_asks_for_db_upgrade(pg_db: Database) -> None:
    name = f"reception_empty_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_db.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        with pytest.raises(SchemaOutdated, match="reception-admin db upgrade"):
            check_connection(pg_db.url.set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def test_sqlite_file_new_existing_and_broken(tmp_path: Path) -> None:
    fresh = check_connection(f"sqlite:///{tmp_path / 'office' / 'new.sqlite3'}")
    assert "будет создана" in fresh.message
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseUnavailable, match="не открывается как база данных SQLite"):
        check_connection(f"sqlite:///{broken}")
    newer = tmp_path / "newer.sqlite3"
    engine = make_engine(f"sqlite:///{newer}")
    with engine.begin() as connection:
        connection.exec_driver_sql("create table alembic_version (version_num varchar(32) primary key)")
        connection.exec_driver_sql("insert into alembic_version values ('9999_from_the_future')")
    engine.dispose()
    with pytest.raises(SchemaOutdated, match="более новой версией программы"):
        check_connection(f"sqlite:///{newer}")


def test_urls_that_are_not_database_urls_are_refused_at_the_field() -> None:
    for typed in (
        "",
        "   ",
        "server/reception",
        "mysql://u@h/db",
        "postgresql://u@/db",
        "sqlite:///:memory:",
    ):
        with pytest.raises(ValidationError) as caught:
            check_connection(typed)
        assert caught.value.field == "db_url", typed
    assert parse_db_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_the_password_is_put_into_the_url() -> None:
    url = make_url(with_password("postgresql://clerk@db.local/reception", "s3cr:t@x"))
    assert url.password == "s3cr:t@x" and url.username == "clerk" and url.host == "db.local"
    assert with_password("postgresql://clerk@db.local/reception", "") == (
        "postgresql+psycopg://clerk@db.local/reception"
    )
