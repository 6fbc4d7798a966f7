"""Reading the register takes no write lock on SQLite: a page, a count and the saved views answer while
another workstation (or an import) holds the lock, instead of waiting for it."""

from __future__ import annotations

import sqlite3
import time

from reception.db.database import Database
from reception.services.appeals import register_appeal
from reception.services.register_query import RegisterFilter, count_appeals, fetch_page
from reception.services.saved_views import create_view, list_views
from tests.conftest import add_staff
from tests.factories import appeal_draft


def test_a_page_and_a_count_answer_while_a_writer_holds_the_lock(sqlite_db: Database) -> None:
    staff = add_staff(sqlite_db)
    appeal = register_appeal(sqlite_db.uow(), actor=staff.clerk, draft=appeal_draft())
    create_view(
        sqlite_db.uow(), actor=staff.clerk, name="Протечки", filters=RegisterFilter(search="протечка")
    )
    database = sqlite_db.url.database
    assert database is not None
    writer = sqlite3.connect(database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the write lock, held as a long save or an import holds it
        started = time.perf_counter()
        page = fetch_page(sqlite_db.uow(), actor=staff.clerk, filters=RegisterFilter(search="протечка"))
        count = count_appeals(sqlite_db.uow(), actor=staff.clerk)
        views = list_views(sqlite_db.uow(), actor=staff.clerk)
        elapsed = time.perf_counter() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert [row.id for row in page.rows] == [appeal.id]
    assert count == 1
    assert [view.name for view in views] == ["Протечки"]
    assert elapsed < 5  # not the 15 s busy timeout a write lock would have waited for
