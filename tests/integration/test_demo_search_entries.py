"""Demo appeals' search entries, composed from text fragments, equal what the index itself computes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, text

from reception.db.database import Database
from reception.demo import load_demo
from reception.demo.generator import APPEAL_COLUMNS, Batch, DemoGenerator, Staffing, Topic
from reception.demo.search_entries import SqliteStems
from reception.domain.search_text import stem_text
from reception.services import appeals
from tests.conftest import add_staff
from tests.factories import appeal_draft

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
FORGED = "'подделк':1"
SUMMARY, TEXT = APPEAL_COLUMNS.index("summary"), APPEAL_COLUMNS.index("text")


def _batch(count: int = 3_000) -> Batch:
    topics = [
        Topic(f"0005.0005.0056.{1100 + i}", f"Вопрос номер {i}: протечка кровли, ёмкость") for i in range(40)
    ]
    generator = DemoGenerator(
        seed=3,
        appeals=count,
        properties=400,
        topics=topics,
        staffing=Staffing(registrars=(2, 3), executors=(4, 5)),
        now=NOW,
    )
    return next(generator.batches(count))


def test_fragments_are_the_texts_white_space_pieces_in_order() -> None:
    batch = _batch()
    for row, (_name, summary, body) in zip(batch.appeals, batch.search, strict=True):
        assert " ".join(summary).split() == row[SUMMARY].split()
        assert " ".join(body).split() == row[TEXT].split()


def test_sqlite_rows_from_fragments_equal_the_index_function() -> None:
    batch = _batch()
    stems = SqliteStems()
    for row, entry in zip(batch.appeals, batch.search, strict=True):
        assert stems.row(entry) == (entry[0], stem_text(row[SUMMARY]), stem_text(row[TEXT]))
    # Any text split into single words gives the same row as the whole text.
    summary, body = "Протечка — ул. Ленина, д. 5", "Течёт 12.10.2026 № 1234567"
    assert stems.row(("", summary.split(), body.split())) == (
        "",
        stem_text(summary),
        stem_text(body),
    )


def test_a_demo_load_indexes_every_appeal_as_the_index_function_would(db: Database) -> None:
    load_demo(db, appeals=1_500, properties=200, seed=8, now=NOW, batch_size=600)
    with db.engine.connect() as connection:
        if db.backend == "postgresql":
            counts = connection.execute(
                text(
                    "SELECT count(*), count(*) FILTER (WHERE search_vector IS DISTINCT FROM "
                    "appeal_search_vector(applicant_id, summary, text)) FROM appeals"
                )
            ).one()
            assert tuple(counts) == (1_500, 0)
            return
        # SQLite's index is contentless: build a second one with the trigger's own values and
        # compare every term's documents and occurrences per column.
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.check_search USING fts5(name, summary, body, content='', "
            "tokenize='unicode61 remove_diacritics 0', detail=column)"
        )
        connection.exec_driver_sql(
            "INSERT INTO temp.check_search (rowid, name, summary, body) SELECT a.id, "
            "coalesce((SELECT name_key FROM applicants WHERE applicants.id = a.applicant_id), ''), "
            "reception_stem(a.summary), reception_stem(a.text) FROM appeals a"
        )
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.loaded_terms USING fts5vocab(main, appeals_search, col)"
        )
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.check_terms USING fts5vocab(temp, check_search, col)"
        )
        loaded = connection.exec_driver_sql(
            "SELECT term, col, doc, cnt FROM temp.loaded_terms ORDER BY 1, 2"
        ).all()
        expected = connection.exec_driver_sql(
            "SELECT term, col, doc, cnt FROM temp.check_terms ORDER BY 1, 2"
        ).all()
        rows = connection.exec_driver_sql("SELECT count(*) FROM appeals_search").scalar_one()
    assert rows == 1_500
    assert len(expected) > 1_000
    assert loaded == expected


def test_only_a_bulk_load_that_says_so_keeps_a_given_vector(pg_db: Database) -> None:
    """PostgreSQL (migration 0011): any other insert or update gets the vector the server computes."""
    staff = add_staff(pg_db)
    view = appeals.register_appeal(
        pg_db.uow(), actor=staff.clerk, draft=appeal_draft(summary="Протечка кровли")
    )
    with pg_db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE appeals SET search_vector = CAST(:forged AS tsvector), summary = 'Протечка крыши' WHERE id = :id"
            ),
            {"id": view.id, "forged": FORGED},
        )
        computed = connection.execute(
            text(
                "SELECT search_vector = appeal_search_vector(applicant_id, summary, text) FROM appeals WHERE id = :id"
            ),
            {"id": view.id, "forged": FORGED},
        ).scalar_one()
        assert computed is True
        assert "подделк" not in _insert_copy_with_forged_vector(connection, view.id, "КОПИЯ-1")
        connection.execute(text("SET LOCAL reception.search_vector_given = 'on'"))
        assert _insert_copy_with_forged_vector(connection, view.id, "КОПИЯ-2") == FORGED
        connection.rollback()


def _insert_copy_with_forged_vector(connection: Connection, appeal_id: int, reg_number: str) -> str:
    """A copy of the appeal inserted with a made-up vector; the vector the row ends up with."""
    return str(
        connection.execute(
            text(
                "INSERT INTO appeals (reg_number, received_at, registered_at, channel, kind, is_collective, "
                "summary, text, status, identification, is_anonymous, registered_by_id, updated_at, version, "
                "search_vector) SELECT :reg_number, received_at, registered_at, channel, kind, is_collective, "
                "summary, text, status, identification, is_anonymous, registered_by_id, updated_at, 1, "
                "CAST(:forged AS tsvector) FROM appeals WHERE id = :id RETURNING search_vector::text"
            ),
            {"id": appeal_id, "forged": FORGED, "reg_number": reg_number},
        ).scalar_one()
    )


@pytest.mark.parametrize(
    "text_value",
    ["", "   ", "и в на", "ул. Ленина д. 5 кв. 7", "O'Brien \\ 'кавычки'", '<a href="x y"> тег'],
)
def test_stop_words_and_blank_fragments_take_their_positions(pg_db: Database, text_value: str) -> None:
    """A fragment of stop words only still moves the next fragment's positions, as in the whole text."""
    from reception.demo.search_entries import PostgresVectors

    vectors = PostgresVectors()
    entry = ("иванов иван", ["Протечка", text_value, "кровли"], ["Течёт", text_value, "крыша", "и", "подвал"])
    with pg_db.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        vectors.learn(cursor, [entry])
        composed = vectors.vector(entry)
        if "<" in text_value:  # a tag may span fragments: the server computes such a vector
            assert composed is None
            return
        expected = connection.execute(
            text(
                "SELECT (setweight(to_tsvector('simple', :name), 'A') || setweight(to_tsvector('russian', "
                "translate(:summary, 'Ёё', 'Ее')), 'B') || setweight(to_tsvector('russian', translate(:body, "
                "'Ёё', 'Ее')), 'D')) = CAST(:composed AS tsvector)"
            ),
            {
                "name": entry[0],
                "summary": " ".join(entry[1]),
                "body": " ".join(entry[2]),
                "composed": composed,
            },
        ).scalar_one()
    assert expected is True
