"""A search word joined by an underscore (a file name, a login) is searched as its parts on both
backends; on SQLite it used to fail with «no connection to the database» (an FTS5 phrase query)."""

from __future__ import annotations

from reception.db.database import Database
from tests.conftest import Staff
from tests.integration.test_register_search import found, register


def test_search_word_with_underscore_finds_the_appeal(db: Database, staff: Staff) -> None:
    wanted = register(db, staff, text="Прилагаю дополнительное соглашение к договору аренды.")
    register(db, staff, minutes=1, text="Прошу продлить договор аренды помещения.")

    assert found(db, staff.clerk, search="дополнительное_соглашение") == [wanted.id]
    assert found(db, staff.clerk, search="соглашение_2026") == []
