"""Faults on a real PostgreSQL server: backends terminated between calls and in the middle of a
registration. The services answer with DatabaseUnavailable (never a driver exception), leave nothing
half-written, and registration numbers stay gap-free after a retry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from reception.db.database import Database
from reception.db.engine import make_engine
from reception.db.models import Appeal
from reception.db.uow import CONNECTION_LOST
from reception.domain.errors import DatabaseUnavailable
from reception.services.appeals import get_appeal, register_appeal
from tests.conftest import Staff, add_staff, pg_server_url
from tests.factories import appeal_draft


@pytest.fixture
def admin_engine() -> Iterator[Engine]:
    """A connection to the server's own database, as a DBA would use to kill sessions."""
    engine = create_engine(
        make_url(pg_server_url()).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    yield engine
    engine.dispose()


def terminate_backends(admin: Engine, database: str, pid: int | None = None) -> int:
    with admin.connect() as connection:
        query = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :name"
        params: dict[str, object] = {"name": database}
        if pid is not None:
            query += " AND pid = :pid"
            params["pid"] = pid
        return int(connection.scalar(text(query), params) or 0)


def numbers(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.scalars(select(Appeal.reg_number).order_by(Appeal.id)))


def appeal_count(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(Appeal)) or 0)


def test_after_backends_are_terminated_the_next_call_succeeds_or_reports_the_lost_connection(
    pg_db: Database, admin_engine: Engine
) -> None:
    staff = add_staff(pg_db)
    appeal = register_appeal(pg_db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert pg_db.url.database
    assert terminate_backends(admin_engine, pg_db.url.database) >= 1
    # The app's engine pings a pooled connection before use: the dead one is replaced unnoticed.
    assert get_appeal(pg_db.uow(), actor=staff.clerk, appeal_id=appeal.id).id == appeal.id

    # Without the ping the first call meets the dead connection: a typed error, then recovery.
    bare = Database(pg_db.url, engine=make_engine(pg_db.url, pool_pre_ping=False))
    try:
        get_appeal(bare.uow(), actor=staff.clerk, appeal_id=appeal.id)
        terminate_backends(admin_engine, pg_db.url.database)
        with pytest.raises(DatabaseUnavailable) as lost:
            get_appeal(bare.uow(), actor=staff.clerk, appeal_id=appeal.id)
        assert "Нет связи с базой данных" in lost.value.message
        assert get_appeal(bare.uow(), actor=staff.clerk, appeal_id=appeal.id).id == appeal.id
    finally:
        bare.dispose()


def kill_own_backend_before_commit(db: Database, admin: Engine) -> list[int]:
    """Arrange for the next transaction's connection to be killed just before it commits."""
    killed: list[int] = []

    def before_commit(session: Session) -> None:
        if killed:
            return
        pid = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        killed.append(pid)
        assert db.url.database
        terminate_backends(admin, db.url.database, pid)

    event.listen(db.session_factory, "before_commit", before_commit)
    return killed


def test_a_registration_killed_mid_transaction_leaves_no_half_appeal_and_no_used_number(
    pg_db: Database, admin_engine: Engine
) -> None:
    staff: Staff = add_staff(pg_db)
    first = register_appeal(pg_db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert first.reg_number.endswith("-000001")

    killed = kill_own_backend_before_commit(pg_db, admin_engine)
    draft = appeal_draft(summary="Регистрация, прерванная обрывом связи", intake_key="intake-killed-1")
    with pytest.raises(DatabaseUnavailable):
        register_appeal(pg_db.uow(), actor=staff.clerk, draft=draft)
    assert killed
    assert numbers(pg_db) == [first.reg_number]  # nothing half-written, the number not spent

    retried = register_appeal(pg_db.uow(), actor=staff.clerk, draft=draft)
    assert retried.reg_number.endswith("-000002")  # gap-free after the retry
    assert retried.summary == "Регистрация, прерванная обрывом связи"
    assert appeal_count(pg_db) == 2


def test_a_registration_committed_but_unanswered_is_not_duplicated_by_the_retry(
    pg_db: Database, admin_engine: Engine
) -> None:
    staff = add_staff(pg_db)
    lost: list[bool] = []

    def after_commit(session: Session) -> None:
        # The server committed; the workstation's connection dies before it hears so.
        if lost:
            return
        lost.append(True)
        assert pg_db.url.database
        terminate_backends(admin_engine, pg_db.url.database)
        raise DatabaseUnavailable(CONNECTION_LOST)

    event.listen(pg_db.session_factory, "after_commit", after_commit)
    draft = appeal_draft(intake_key="intake-unanswered-1")
    with pytest.raises(DatabaseUnavailable):
        register_appeal(pg_db.uow(), actor=staff.clerk, draft=draft)
    retried = register_appeal(pg_db.uow(), actor=staff.clerk, draft=draft)
    assert numbers(pg_db) == [retried.reg_number]
    assert retried.reg_number.endswith("-000001")
