"""PostgreSQL: a first demo load into an empty register sets indexes, keys and the vector trigger
aside in its transaction and puts every one of them back (reception.db.bulk_load)."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import make_url, text

from reception.db import bulk_load
from reception.db.database import Database
from reception.demo import load_demo, loader
from reception.demo.generator import APPEAL_COLUMNS, APPLICANT_COLUMNS, Batch, DemoGenerator
from reception.demo.loader import DEMO_PASSWORD
from reception.services import properties, users
from tests.integration.test_report_link_facts import expected, stored

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _schema(db: Database) -> dict[str, Any]:
    """Indexes, constraints and triggers of the tables, and whether each trigger is enabled."""
    with db.engine.connect() as connection:
        indexes = connection.execute(
            text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1")
        ).all()
        constraints = connection.execute(
            text(
                "SELECT conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
                "WHERE connamespace = current_schema()::regnamespace ORDER BY 1"
            )
        ).all()
        triggers = connection.execute(
            text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")
        ).all()
        # The keys' own triggers: a dropped and restored key gets new names, so only their states count.
        key_triggers = connection.execute(
            text("SELECT tgenabled, count(*) FROM pg_trigger WHERE tgisinternal GROUP BY 1 ORDER BY 1")
        ).all()
    return {
        "indexes": indexes,
        "constraints": constraints,
        "triggers": triggers,
        "key_triggers": key_triggers,
    }


def test_a_first_load_puts_back_every_index_key_and_trigger(pg_db: Database) -> None:
    before = _schema(pg_db)
    assert any(name == "ix_appeals_search_vector" for name, _ in before["indexes"])
    load_demo(pg_db, appeals=1_200, properties=150, seed=4, now=NOW, batch_size=500)
    assert _schema(pg_db) == before
    with pg_db.engine.connect() as connection:
        analysed = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'appeals' AND last_analyze IS NOT NULL"
            )
        ).scalar_one()
        orphans = connection.execute(
            text(
                "SELECT count(*) FROM questions q LEFT JOIN appeals a ON a.id = q.appeal_id WHERE a.id IS NULL"
            )
        ).scalar_one()
        links = connection.execute(text("SELECT count(*) FROM appeal_properties")).scalar_one()
    assert analysed == 1
    assert orphans == 0
    assert links > 0
    # The links' report facts, filled at once with their trigger off, are what the trigger keeps.
    assert stored(pg_db) and stored(pg_db) == expected(pg_db)
    # The register works as usual after it: a second load goes batch by batch beside it.
    load_demo(pg_db, appeals=300, properties=150, seed=5, now=NOW, batch_size=500)
    assert _schema(pg_db) == before


def test_a_failed_first_load_leaves_nothing_and_the_schema_whole(pg_db: Database) -> None:
    before = _schema(pg_db)

    def stop_after_the_first_batch(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        load_demo(
            pg_db,
            appeals=1_000,
            properties=100,
            seed=4,
            now=NOW,
            batch_size=400,
            progress=stop_after_the_first_batch,
        )
    assert _schema(pg_db) == before
    with pg_db.engine.connect() as connection:
        appeals = connection.execute(text("SELECT count(*) FROM appeals")).scalar_one()
    assert appeals == 0


def test_a_login_that_does_not_own_the_tables_loads_batch_by_batch(
    pg_db: Database, pg_database_url: str
) -> None:
    """Dropping indexes needs the owner: a role that may only write rows still gets its demo data."""
    role = f"reception_writer_{uuid.uuid4().hex[:8]}"
    with pg_db.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        # Rows only: no UPDATE on the appeal tables, so it may not even lock them for a first load.
        connection.execute(text(f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO {role}"))
        connection.execute(text(f"GRANT UPDATE ON reg_counters, office_settings, audit_chain_head TO {role}"))
        # A new link recomputes its appeal's rows of the hot-spot facts (migration 0012): it locks its
        # property's row (FOR SHARE) and the appeal's fact row (FOR NO KEY UPDATE), then deletes and
        # inserts link facts.
        connection.execute(text(f"GRANT UPDATE ON properties, report_appeal_facts TO {role}"))
        # A new right holder's words (migration 0013) are read from its applicant's row share-locked.
        connection.execute(text(f"GRANT UPDATE ON applicants TO {role}"))
        connection.execute(text(f"GRANT DELETE ON report_link_facts TO {role}"))
        connection.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    writer = Database(make_url(pg_database_url).set(username=role, password=None).render_as_string(False))
    try:
        before = _schema(pg_db)
        summary = load_demo(writer, appeals=400, properties=100, seed=6, now=NOW, batch_size=200)
        assert summary.appeals == 400
        assert _schema(pg_db) == before
    finally:
        writer.dispose()
        with pg_db.engine.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))


def test_a_first_load_that_cannot_lock_the_tables_soon_loads_batch_by_batch(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another session reading the register keeps it: the load does not queue everyone behind it."""
    monkeypatch.setattr(loader, "_FIRST_LOAD_LOCK_WAIT", 0.3)
    first_loads: list[bool] = []
    real = loader._PostgresWriter._load_into_empty

    def watched(self: Any, *args: Any) -> None:
        first_loads.append(True)
        real(self, *args)

    monkeypatch.setattr(loader._PostgresWriter, "_load_into_empty", watched)
    before = _schema(pg_db)
    with pg_db.engine.connect() as reader:
        reader.execute(text("SELECT count(*) FROM appeals"))  # holds ACCESS SHARE until it ends
        summary = load_demo(pg_db, appeals=300, properties=100, seed=6, now=NOW, batch_size=200)
        reader.rollback()
    assert summary.appeals == 300
    assert first_loads == []
    assert _schema(pg_db) == before
    # Without the reader the same empty register gets the first-load path.
    with pg_db.engine.begin() as connection:
        connection.execute(text("TRUNCATE appeals, questions, appeal_properties, consultations CASCADE"))
    load_demo(pg_db, appeals=300, properties=100, seed=7, now=NOW, batch_size=200)
    assert first_loads == [True]


def test_a_first_load_never_deadlocks_with_a_registration_in_progress(pg_db: Database) -> None:
    """A registration reads appeals, then takes its counter: the load must not hold the counters
    while it waits for appeals (it takes every lock at once or none, and tries again)."""
    with pg_db.engine.connect() as clerk:
        clerk.execute(text("SELECT count(*) FROM appeals"))  # the registration has read appeals
        errors: list[BaseException] = []

        def load() -> None:
            try:
                load_demo(pg_db, appeals=300, properties=100, seed=9, now=NOW, batch_size=200)
            except BaseException as error:  # reported by the assertion below
                errors.append(error)

        loading = threading.Thread(target=load)
        loading.start()
        time.sleep(1.5)  # the load is trying to lock the tables now
        clerk.execute(text("SET LOCAL lock_timeout = '3s'"))
        clerk.execute(
            text(
                "INSERT INTO reg_counters (series, year, last_value) VALUES ('ТЕСТ', 2026, 1) "
                "ON CONFLICT (series, year) DO UPDATE SET last_value = reg_counters.last_value + 1"
            )
        )  # would time out if the load sat on the counters
        clerk.commit()
        loading.join(timeout=120)
    assert not loading.is_alive()
    assert errors == []
    with pg_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM appeals")).scalar_one() == 300


def test_staff_log_in_while_a_first_load_is_writing(pg_db: Database) -> None:
    """Rows being copied hold KEY SHARE locks on their users: a login must not wait for them."""
    logged_in: list[str] = []

    def log_in_meanwhile(done: int, total: int) -> None:
        if logged_in:
            return
        attempt = threading.Thread(
            target=lambda: logged_in.append(
                users.authenticate(pg_db.uow(), login="clerk1", password=DEMO_PASSWORD).login
            )
        )
        attempt.start()
        attempt.join(timeout=10)
        assert not attempt.is_alive(), "the login waited for the demo load"

    load_demo(pg_db, appeals=900, properties=100, seed=9, now=NOW, batch_size=300, progress=log_in_meanwhile)
    assert logged_in == ["clerk1"]


def test_the_property_register_answers_while_a_first_load_is_writing(pg_db: Database) -> None:
    """The load holds the appeal tables and the classifier, not the property register: a clerk can
    still find a building by its cadastral number while a million appeals go in."""
    found: list[int] = []

    def search_meanwhile(done: int, total: int) -> None:
        if found:
            return
        clerk = users.authenticate(pg_db.uow(), login="clerk1", password=DEMO_PASSWORD)
        attempt = threading.Thread(
            target=lambda: found.append(
                len(properties.search_properties(pg_db.uow(), actor=clerk, text="77:", limit=5))
            )
        )
        attempt.start()
        attempt.join(timeout=10)
        assert not attempt.is_alive(), "the property search waited for the demo load"

    load_demo(pg_db, appeals=900, properties=100, seed=9, now=NOW, batch_size=300, progress=search_meanwhile)
    assert found == [5]


def _users_locked_by_another_session(db: Database) -> bool:
    """Whether a session other than this one holds users' row-share lock (a row check's FOR KEY SHARE
    takes it; a load, here)."""
    with db.engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE c.relname = 'users' AND l.pid <> pg_backend_pid() AND l.granted "
                    "AND l.mode = 'RowShareLock')"
                )
            ).scalar_one()
        )


def test_a_first_load_without_superuser_rights_checks_keys_row_by_row(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a superuser may switch a key's check triggers off; an owner loads with them on, and
    each row's check then locks its user (FOR KEY SHARE: the table is share-locked too)."""
    monkeypatch.setattr(bulk_load, "_is_superuser", lambda connection: False)
    before = _schema(pg_db)
    locked: list[bool] = []
    summary = load_demo(
        pg_db,
        appeals=600,
        properties=100,
        seed=8,
        now=NOW,
        batch_size=200,
        progress=lambda done, total: locked.append(_users_locked_by_another_session(pg_db)),
    )
    assert summary.appeals == 600
    assert locked == [True, True, True]
    assert _schema(pg_db) == before
    assert stored(pg_db) == expected(pg_db)


def test_a_row_pointing_at_no_user_fails_the_set_aside_keys_check(pg_db: Database) -> None:
    """With the row-by-row checks off, the key to users is checked at the end, and holds."""
    with pg_db.engine.connect() as connection:
        with connection.begin():
            before = connection.execute(text("SELECT count(*) FROM applicants")).scalar_one()
        transaction = connection.begin()
        with (
            pytest.raises(bulk_load.BrokenReference, match=r"appeals\.registered_by_id = 987654"),
            bulk_load.set_aside(connection, ("applicants", "appeals")),
        ):
            connection.execute(
                text(
                    "INSERT INTO appeals (reg_number, received_at, registered_at, channel, kind, "
                    "is_collective, summary, text, status, due_date, identification, is_anonymous, "
                    "registered_by_id, updated_at, version) VALUES ('ТЕСТ-1', now(), now(), 'post', "
                    "'statement', false, 'Протечка', 'Протечка кровли', 'registered', current_date, "
                    "'signed_paper', false, 987654, now(), 1)"
                )
            )  # no error here: the check waits for the end
        transaction.rollback()
    with pg_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM appeals")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM applicants")).scalar_one() == before


def test_a_superusers_first_load_leaves_users_unlocked_and_their_keys_whole(pg_db: Database) -> None:
    """No row checks, so no locks on users: a user row can be locked meanwhile. A delete of a user
    the loaded rows point at waits for the load, then finds them and fails."""
    locked: list[bool] = []
    row_locked: list[bool] = []
    outcome: list[str] = []

    def delete() -> None:
        with pg_db.engine.connect() as other:
            try:
                other.execute(text("DELETE FROM users WHERE login = 'clerk1'"))
                outcome.append("deleted")
            except Exception as error:  # the message tells which
                outcome.append(str(error))
            other.rollback()

    deleting = threading.Thread(target=delete)

    def meanwhile(done: int, total: int) -> None:
        locked.append(_users_locked_by_another_session(pg_db))
        if deleting.is_alive() or outcome:
            return
        with pg_db.engine.connect() as other:
            row = other.execute(
                text("SELECT id FROM users WHERE login = 'clerk1' FOR UPDATE NOWAIT")
            ).first()  # a row check's FOR KEY SHARE would make this fail
            row_locked.append(row is not None)
            other.rollback()
        deleting.start()
        time.sleep(0.3)  # the delete now waits for the load's lock on the appeals

    load_demo(pg_db, appeals=900, properties=100, seed=9, now=NOW, batch_size=300, progress=meanwhile)
    deleting.join(timeout=30)
    assert locked == [False, False, False]
    assert row_locked == [True]
    assert len(outcome) == 1 and "foreign key" in outcome[0], outcome
    with pg_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM users WHERE login = 'clerk1'")).scalar_one() == 1


def _loaded_rows(db: Database) -> dict[str, list[Any]]:
    """Every row a demo load writes to the appeal tables, vectors and counters included."""
    queries = {
        "applicants": "SELECT * FROM applicants ORDER BY id",
        "holders": "SELECT * FROM property_right_holders ORDER BY id",
        "holder words": "SELECT * FROM holder_name_words ORDER BY applicant_id, word",
        "appeals": "SELECT *, search_vector::text FROM appeals ORDER BY id",
        "questions": "SELECT * FROM questions ORDER BY id",
        "counters": "SELECT * FROM reg_counters ORDER BY series, year",
        "links": "SELECT * FROM appeal_properties ORDER BY appeal_id, property_id",
        "facts": "SELECT * FROM report_appeal_facts ORDER BY appeal_id",
        "question facts": "SELECT * FROM report_question_facts ORDER BY appeal_id, topic_code",
        "link facts": "SELECT * FROM report_link_facts ORDER BY building, received_day, appeal_id",
    }
    with db.engine.connect() as connection:
        return {name: [tuple(row) for row in connection.execute(text(sql))] for name, sql in queries.items()}


def _empty_register(db: Database) -> None:
    """Back to a register with staff and classifier only, ids and numbers starting again."""
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "TRUNCATE applicants, appeals, questions, appeal_properties, property_right_holders, "
                "properties, consultations, consultation_events, consultation_schedules, "
                "report_appeal_facts, report_question_facts, report_link_facts RESTART IDENTITY CASCADE"
            )
        )
        connection.execute(text("DELETE FROM reg_counters"))


def _with_characters_copy_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Demo rows holding what COPY's text format escapes (the generator itself writes only line breaks)."""
    real = DemoGenerator._batch
    text_column, summary_column = APPEAL_COLUMNS.index("text"), APPEAL_COLUMNS.index("summary")
    address_column = APPLICANT_COLUMNS.index("postal_address")

    def batch(self: DemoGenerator, start: int, stop: int) -> Batch:
        drawn = real(self, start, stop)
        for index in (0, len(drawn.appeals) // 2):
            row = list(drawn.appeals[index])
            row[text_column] += "\tтаб\t, косая \\ и \\N, возврат\r\nконец"
            row[summary_column] += " \\"
            drawn.appeals[index] = tuple(row)
        if drawn.applicants:
            row = list(drawn.applicants[0])
            row[address_column] += "\tкорп. 2"
            drawn.applicants[0] = tuple(row)
        return drawn

    monkeypatch.setattr(DemoGenerator, "_batch", batch)


def test_a_first_load_rendered_ahead_writes_the_rows_a_batched_load_writes(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first load's rows are rendered to COPY text by the drawing thread, with ids and numbers
    given out ahead; a load batch by batch formats each row as it writes it. Same rows, and the same
    report facts (the links' ones filled at once against kept by their trigger)."""
    rendered: list[int] = []
    real = loader._PostgresWriter.write_rendered

    def counted(self: Any, cursor: Any, batch: Any) -> None:
        rendered.append(len(batch.appeals))
        real(self, cursor, batch)

    monkeypatch.setattr(loader._PostgresWriter, "write_rendered", counted)
    _with_characters_copy_escapes(monkeypatch)
    load_demo(pg_db, appeals=700, properties=100, seed=12, now=NOW, batch_size=300, consultations=0)
    first = _loaded_rows(pg_db)
    assert rendered == [300, 300, 100]
    assert sum("\tтаб\t, косая \\ и \\N, возврат\r\n" in row[8] for row in first["appeals"]) == 6
    assert first["link facts"] and first["holder words"]
    _empty_register(pg_db)
    monkeypatch.setattr(bulk_load, "may_set_aside", lambda connection, tables: False)
    load_demo(pg_db, appeals=700, properties=100, seed=12, now=NOW, batch_size=300, consultations=0)
    assert rendered == [300, 300, 100]  # the second load wrote row by row
    second = _loaded_rows(pg_db)
    for name in first:
        diff = [
            [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            for a, b in zip(first[name], second[name], strict=False)
            if a != b
        ][:2]
        assert len(first[name]) == len(second[name]) and not diff, (name, diff)


def test_a_first_load_over_a_connection_in_another_encoding_writes_the_same_text(
    pg_db: Database, pg_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rendered COPY text is UTF-8; a login whose client encoding is Windows-1251 gets it right."""
    monkeypatch.setenv("PGCLIENTENCODING", "WIN1251")
    cyrillic = Database(pg_database_url)
    try:
        with cyrillic.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW client_encoding").scalar() == "WIN1251"
        load_demo(cyrillic, appeals=400, properties=100, seed=13, now=NOW, batch_size=200, consultations=0)
    finally:
        cyrillic.dispose()
    through_cp1251 = _loaded_rows(pg_db)
    assert any("по адресу ул." in row[8] for row in through_cp1251["appeals"])
    _empty_register(pg_db)
    monkeypatch.delenv("PGCLIENTENCODING")
    load_demo(pg_db, appeals=400, properties=100, seed=13, now=NOW, batch_size=200, consultations=0)
    assert _loaded_rows(pg_db) == through_cp1251
