"""PostgreSQL: rows rendered to COPY text (reception.demo.copy_text) arrive as they were."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import text

from reception.db.database import Database
from reception.demo.copy_text import copy_text


class Channel(StrEnum):
    POST = "по\tчте"


ROWS = [
    (1, "Протечка\nкровли\r\nв подъезде", None, True, "путь C:\\дом\\5", "колонка\tвторая"),
    (2, "", "\\N буквально", False, "обратная косая в конце \\", "N"),
    (3, "ё, «кавычки» и — тире", "'lexeme':1A 'it''s':2", None, "\\\\", " пробелы по краям "),
    (4, Channel.POST, None, None, None, None),
]


def test_rendered_rows_arrive_as_they_were(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute("CREATE TEMPORARY TABLE copied (n integer, a text, b text, c boolean, d text, e text)")
        with cursor.copy("COPY copied FROM STDIN") as copy:
            copy.write(copy_text(ROWS))
        back = connection.execute(text("SELECT * FROM copied ORDER BY n")).all()
        connection.rollback()
    assert [tuple(row) for row in back] == ROWS


def test_no_rows_render_to_nothing() -> None:
    assert copy_text([]) == b""
