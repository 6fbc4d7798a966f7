"""The classifier filters hold on a PostgreSQL database whose default collation ignores punctuation
(as glibc's ru_RU.UTF-8 does): a string range ['0005.0005', '0005.0005/') there leaves out
'0005.0005.0056.1149', so a range on the code is no subtree test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.services.bootstrap import ensure_reference_data
from tests.conftest import Staff, pg_server_url
from tests.factories import ROOF_LEAK
from tests.integration.test_consultation_report_filters import built, run, totals
from tests.integration.test_register_search import found, register

__all__ = ["built"]  # a fixture, taken here on this module's database


@pytest.fixture
def db() -> Iterator[Database]:
    """A migrated PostgreSQL database created with an ICU locale that ignores punctuation."""
    server = make_url(pg_server_url()).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"reception_ru_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(
            text(
                f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                "ICU_LOCALE 'ru-RU-u-ka-shifted' LOCALE 'C.UTF-8'"
            )
        )
    database = Database(server.set(database=name).render_as_string(hide_password=False))
    migrate.upgrade(database.engine)
    ensure_reference_data(database)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_register_topic_filter_finds_the_subtree_whatever_the_collation(db: Database, staff: Staff) -> None:
    wanted = register(db, staff)  # a question on ROOF_LEAK
    parent = ".".join(ROOF_LEAK.split(".")[:2])
    assert found(db, staff.clerk, topic_code=parent) == [wanted.id]
    assert found(db, staff.clerk, topic_code=ROOF_LEAK) == [wanted.id]


def test_consultations_report_section_holds_whatever_the_collation(built: Database, staff: Staff) -> None:
    assert totals(run(built, staff, section="0003")) == (3, 1, 2)
    assert totals(run(built, staff, section="0005.0005")) == (2, 2, 0)
