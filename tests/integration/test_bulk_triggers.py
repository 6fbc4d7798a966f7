"""A demo load runs SQLite's insert triggers once per batch: the result must be what row triggers give."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from reception.db import bulk_triggers
from reception.db.database import Database
from reception.demo import load_demo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
# Tables a trigger fills from the rows a demo load writes (the holders' name words: from the right
# holders it writes, whose triggers fire per row).
DERIVED = ("report_appeal_facts", "report_question_facts", "holder_name_words")


def _rows(connection: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    # Full-text tables keep their document id as the rowid; the fact tables are WITHOUT ROWID.
    columns = "rowid, *" if table.rsplit(".", 1)[-1] not in DERIVED else "*"
    return sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)


def test_batched_triggers_fill_exactly_what_row_triggers_fill(sqlite_db: Database, tmp_path: Path) -> None:
    load_demo(sqlite_db, appeals=600, properties=300, seed=5, now=NOW, batch_size=250)
    sqlite_db.dispose()
    loaded = Path(sqlite_db.engine.url.database or "")
    replayed = tmp_path / "row-by-row.sqlite3"
    shutil.copyfile(loaded, replayed)

    # In the copy: take the loaded rows out, then put them back one statement per table, so that
    # every insert trigger fires per row as in ordinary use. (Our engine's connections carry the
    # SQL functions the triggers call.)
    copy_db = Database(f"sqlite:///{replayed}")
    with copy_db.engine.connect() as connection:
        copy = connection.connection.driver_connection
        assert isinstance(copy, sqlite3.Connection)
        copy.execute("ATTACH DATABASE ? AS loaded", (str(loaded),))
        copy.execute("PRAGMA foreign_keys = OFF")  # the rows come back, with the same ids
        copy.execute("BEGIN")
        copy.execute("DROP TRIGGER appeals_never_deleted")
        for table in ("appeal_properties", "property_right_holders", "questions", "appeals", "applicants"):
            copy.execute(f"DELETE FROM main.{table}")
        derived = [*DERIVED, *_search_tables(copy)]
        assert all(not _rows(copy, table) for table in derived)
        for table in ("applicants", "appeals", "questions", "appeal_properties", "property_right_holders"):
            copy.execute(f"INSERT INTO main.{table} SELECT * FROM loaded.{table} ORDER BY id")
        copy.execute("COMMIT")
        for table in derived:
            expected = _rows(copy, f"main.{table}")
            assert expected, f"{table} is empty: the comparison would prove nothing"
            assert _rows(copy, f"loaded.{table}") == expected, table
        copy.execute("DETACH DATABASE loaded")
        copy.execute("PRAGMA foreign_keys = ON")
    copy_db.dispose()


def _search_tables(connection: sqlite3.Connection) -> list[str]:
    """Full-text tables over appeals kept by triggers, if the schema has them."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name LIKE 'appeal%search' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]


def test_the_report_triggers_are_back_after_a_load_and_after_a_failed_one(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        before = {t.name for t in bulk_triggers.replayable_triggers(connection, "appeals")}
    assert "report_facts_appeal_insert" in before

    load_demo(sqlite_db, appeals=50, properties=300, seed=6, now=NOW)
    with sqlite_db.engine.connect() as connection:
        try:
            with connection.begin(), bulk_triggers.triggers_deferred(connection, ["appeals"]):
                raise RuntimeError("the load fails half-way")
        except RuntimeError:
            pass
        after = {t.name for t in bulk_triggers.replayable_triggers(connection, "appeals")}
        names = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert after == before
    assert before <= names


def test_a_trigger_with_a_condition_or_a_subquery_column_is_left_to_fire_per_row() -> None:
    conditional = "CREATE TRIGGER t AFTER INSERT ON appeals WHEN NEW.id > 0 BEGIN INSERT INTO f (a) VALUES (NEW.id); END"
    nested = (
        "CREATE TRIGGER t AFTER INSERT ON appeals BEGIN INSERT INTO f (a) "
        "SELECT (SELECT x FROM y WHERE y.id = NEW.id) FROM z WHERE z.id = NEW.id; END"
    )
    simple = "CREATE TRIGGER t AFTER INSERT ON appeals BEGIN INSERT INTO f (a, b) VALUES (NEW.id, NEW.x); END"
    assert bulk_triggers._replay_sql(conditional, "appeals") is None
    assert bulk_triggers._replay_sql(nested, "appeals") is None
    assert bulk_triggers._replay_sql(simple, "appeals") == (
        "INSERT INTO f (a, b) SELECT NEW.id, NEW.x FROM appeals AS NEW WHERE NEW.id BETWEEN ? AND ?"
    )
