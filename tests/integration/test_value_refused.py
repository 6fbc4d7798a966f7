"""A value the server refuses is the user's input, not a lost connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from reception.db.database import Database
from reception.db.property_models import Property
from reception.db.types import utcnow
from reception.db.uow import NUMBER_TAKEN, VALUE_REFUSED
from reception.domain.errors import DatabaseUnavailable, ReceptionError, ValidationError
from reception.domain.properties import PropertyDraft, PropertyKind, clean_property
from reception.services.properties import property_values


def test_a_nul_character_in_a_text_is_reported_as_bad_input_not_as_a_lost_connection(pg_db: Database) -> None:
    with pytest.raises(ReceptionError) as caught, pg_db.uow() as uow:
        uow.session.execute(
            text("UPDATE office_settings SET value = :v WHERE key = 'nothing'"), {"v": "при\x00ём"}
        )
    assert not isinstance(caught.value, DatabaseUnavailable)
    assert caught.value.message.startswith(VALUE_REFUSED)


def test_a_cadastral_number_saved_twice_at_once_is_a_field_error_not_a_crash(db: Database) -> None:
    """The register's own check runs before the insert; a number another workstation saved in between
    meets the unique index, and the clerk is told so at the number's field."""

    clean, _errors = clean_property(
        PropertyDraft(PropertyKind.BUILDING, "77:01:0001001:5", "Москва, ул. Арбат, д. 1")
    )
    assert clean is not None

    def record() -> Property:  # what create_property adds after its check
        return Property(**property_values(clean), created_at=utcnow(), updated_at=utcnow())

    with db.uow() as uow:
        uow.session.add(record())
    with pytest.raises(ValidationError) as caught, db.uow() as uow:
        uow.session.add(record())
        uow.flush()
    assert caught.value.for_field("cadastral_number") == NUMBER_TAKEN


def test_a_deadlock_is_told_as_a_concurrent_save_not_as_a_lost_connection(pg_db: Database) -> None:
    """Two transactions waiting for each other: PostgreSQL gives one up; its user is told to repeat."""
    import threading

    from reception.db.uow import SAVED_CONCURRENTLY

    with pg_db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE crossing (id int PRIMARY KEY, v int)"))
        connection.execute(text("INSERT INTO crossing VALUES (1, 0), (2, 0)"))
    both_hold_one = threading.Barrier(2, timeout=10)
    failures: list[BaseException] = []

    def save(first: int, second: int) -> None:
        try:
            with pg_db.uow() as uow:
                uow.session.execute(text("UPDATE crossing SET v = 1 WHERE id = :i"), {"i": first})
                both_hold_one.wait()
                uow.session.execute(text("UPDATE crossing SET v = 1 WHERE id = :i"), {"i": second})
        except ReceptionError as error:
            failures.append(error)

    workers = [threading.Thread(target=save, args=pair) for pair in ((1, 2), (2, 1))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert len(failures) == 1
    assert not isinstance(failures[0], DatabaseUnavailable)
    assert isinstance(failures[0], ReceptionError) and failures[0].message == SAVED_CONCURRENTLY
