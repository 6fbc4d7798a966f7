"""Migrations build the schema from nothing, match the models, and go back down cleanly."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from reception.db import appeal_search, migrate, property_search
from reception.db.engine import make_engine
from reception.db.models import Base
from reception.domain.errors import SchemaOutdated
from tests.conftest import pg_server_url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
        yield engine
        engine.dispose()
        return
    server = make_url(pg_server_url()).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"reception_migr_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(server.set(database=name))
    yield engine
    engine.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_upgrade_from_empty_to_head_creates_every_table(empty_engine: Engine) -> None:
    with pytest.raises(SchemaOutdated):
        migrate.check_schema(empty_engine)
    migrate.upgrade(empty_engine)
    migrate.check_schema(empty_engine)
    tables = set(inspect(empty_engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables


def test_migrated_schema_matches_the_models(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    # SQLite cannot reflect expression indexes (lower(login)); the pg_trgm index on properties is made by
    # migration 0003 on PostgreSQL only, and the FTS5 address index (with its shadow tables) by
    # migration 0007 on SQLite only, outside the models. Nothing else may differ.
    unmodelled = (
        "uq_users_login_lower",
        "ix_properties_search_key_trgm",
        *property_search.UNMODELLED_TABLES,
        *appeal_search.UNMODELLED,  # migration 0009: FTS5 table (SQLite), tsvector column + GIN (PostgreSQL)
    )
    differences = [
        d for d in differences if not (isinstance(d, tuple) and any(name in str(d) for name in unmodelled))
    ]
    assert differences == []


def test_downgrade_to_base_and_up_again(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()


def test_a_database_from_a_newer_program_is_recognised(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    with pytest.raises(SchemaOutdated, match="более новой версией"):
        migrate.check_schema(empty_engine)


def test_upgrading_keeps_the_appeals_and_their_questions(empty_engine: Engine) -> None:
    """Rebuilding tables during an upgrade (SQLite batch mode) must not cascade-delete anything."""
    migrate.upgrade(empty_engine, "0001")
    with empty_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO topics VALUES ('0005.0000.0000.0000', 'Жилище', NULL, 1, 't', true)")
        )
        connection.execute(
            text(
                "INSERT INTO users (id, login, full_name, role, password_hash, is_active, created_at) "
                "VALUES (1, 'a', 'A', 'admin', 'x', true, '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO appeals (id, reg_number, received_at, registered_at, channel, kind, is_collective, "
                "summary, text, status, due_date, identification, is_anonymous, registered_by_id, updated_at, version) "
                "VALUES (1, 'ВП-2026-000001', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'post', 'statement', "
                "false, 's', 't', 'registered', '2026-01-31', 'none', false, 1, '2026-01-01 00:00:00', 1)"
            )
        )
        connection.execute(text("INSERT INTO questions VALUES (1, 1, 1, '0005.0000.0000.0000', 'in_work')"))
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM questions")).scalar() == 1
        assert connection.execute(text("SELECT reg_number FROM appeals")).scalar() == "ВП-2026-000001"
    with pytest.raises(Exception, match="never deleted"), empty_engine.begin() as connection:
        connection.execute(text("DELETE FROM appeals"))


def test_upgrading_indexes_the_words_of_the_right_holders_already_there(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine, "0012")
    keys = ("иванов иван иванович", "гбу «жилищник района арбат»", "", "петров петр")
    with empty_engine.begin() as connection:
        for n, key in enumerate(keys, start=1):
            connection.execute(
                text(
                    "INSERT INTO applicants (id, kind, surname, first_name, patronymic, organisation_name, "
                    "postal_address, email, phone, name_key, created_at, version) "
                    "VALUES (:id, 'person', '', '', '', '', '', '', '', :key, '2026-01-01 00:00:00', 1)"
                ),
                {"id": n, "key": key},
            )
        connection.execute(
            text(
                "INSERT INTO properties (id, kind, name, address, search_key, building_key, city, okrug, "
                "district, street, house, korpus, stroenie, vladenie, apartment, notes, created_at, "
                "updated_at, version) VALUES (1, 'premises', '', '', '', '', '', '', '', '', '', '', '', '', "
                "'', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
        for applicant in (1, 2, 3):  # the fourth holds nothing
            connection.execute(
                text(
                    "INSERT INTO property_right_holders (property_id, applicant_id, share) VALUES (1, :a, '')"
                ),
                {"a": applicant},
            )
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        words = connection.execute(text("SELECT applicant_id, word FROM holder_name_words")).all()
    assert sorted(words) == [
        (1, "иван"),
        (1, "иванов"),
        (1, "иванович"),
        (2, "арбат"),
        (2, "гбу"),
        (2, "жилищник"),
        (2, "района"),
    ]
