"""Large registry loads: the SQLite index rebuild around a big import keeps the schema and all-or-nothing."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.db.database import Database
from reception.db.property_models import Property
from reception.db.types import utcnow
from reception.domain.properties import PropertyPurpose
from reception.services.properties import search_properties
from reception.services.property_import import (
    REBUILD_MIN_ROWS,
    ImportCancelled,
    PropertyImportError,
    import_properties,
)
from tests.conftest import add_staff

ROWS = REBUILD_MIN_ROWS + 500


def write_registry(path: Path, rows: int, first_quarter: int = 1000) -> Path:
    """Buildings of 50 objects each: the building, then its premises pointing at it."""
    lines = ["Кадастровый номер;Вид объекта;Адрес;Площадь;Кадастровый номер здания"]
    for i in range(rows):
        quarter, flat = divmod(i, 50)
        building = f"77:03:000{first_quarter + quarter:04d}:1"
        address = f"г. Москва, ул. Арбат, д. {first_quarter + quarter}"
        if flat == 0:
            lines.append(f"{building};Здание;{address};1000,5;")
        else:
            lines.append(
                f"77:03:000{first_quarter + quarter:04d}:{flat + 1};Помещение;{address}, кв. {flat};52;{building}"
            )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1251")
    return path


def index_sql(db: Database) -> dict[str, str]:
    with db.engine.connect() as connection:
        return {
            name: sql
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'properties' "
                "AND sql IS NOT NULL"
            )
        }


def count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count(Property.id))) or 0)


def test_a_large_load_rebuilds_the_indexes_as_they_were(sqlite_db: Database, tmp_path: Path) -> None:
    staff = add_staff(sqlite_db)
    before = index_sql(sqlite_db)
    assert set(before) >= {
        "uq_properties_cadastral_number",
        "ix_properties_building_key",
        "ix_properties_parent_id",
    }
    path = write_registry(tmp_path / "big.csv", ROWS)

    result = import_properties(sqlite_db.uow(), actor=staff.admin, path=path)

    assert result.created == ROWS and count(sqlite_db) == ROWS
    assert index_sql(sqlite_db) == before
    with sqlite_db.engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM properties WHERE cadastral_number = '77:03:0001007:5'"
            )
        )
        assert "uq_properties_cadastral_number" in plan
        premises, parent = connection.exec_driver_sql(
            "SELECT p.id, b.cadastral_number FROM properties p JOIN properties b ON b.id = p.parent_id "
            "WHERE p.cadastral_number = '77:03:0001007:5'"
        ).one()
        assert parent == "77:03:0001007:1"
    # The unique index is enforced again, and the address index knows the loaded rows.
    raw = sqlite3.connect(sqlite_db.engine.url.database or "")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute(
            "INSERT INTO properties (cadastral_number, kind, address, search_key, building_key, "
            "city, okrug, district, street, house, korpus, stroenie, vladenie, apartment, name, notes, "
            "created_at, updated_at, version) SELECT cadastral_number, kind, address, search_key, "
            "building_key, city, okrug, district, street, house, korpus, stroenie, vladenie, apartment, "
            "name, notes, created_at, updated_at, version FROM properties WHERE id = ?",
            (premises,),
        )
    raw.close()
    found = search_properties(sqlite_db.uow(), actor=staff.admin, text="арбат 1007 кв 5")
    assert [p.cadastral_number for p in found] == ["77:03:0001007:6"]


def test_a_large_load_cancelled_while_writing_leaves_rows_and_indexes_as_they_were(
    sqlite_db: Database, tmp_path: Path
) -> None:
    staff = add_staff(sqlite_db)
    before = index_sql(sqlite_db)
    path = write_registry(tmp_path / "big.csv", ROWS)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > ROWS + 10_000:  # past the checks and the first two batches of rows
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_properties(sqlite_db.uow(), actor=staff.admin, path=path, progress=progress, cancel=cancel)
    assert count(sqlite_db) == 0 and index_sql(sqlite_db) == before


def test_a_large_load_with_a_bad_row_writes_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    staff = add_staff(sqlite_db)
    path = write_registry(tmp_path / "big.csv", ROWS)
    text = path.read_text(encoding="cp1251").replace(
        "ул. Арбат, д. 1300, кв. 7;52;", "ул. Арбат, д. 1300, кв. 7;-52;"
    )
    path.write_text(text, encoding="cp1251")

    with pytest.raises(PropertyImportError) as raised:
        import_properties(sqlite_db.uow(), actor=staff.admin, path=path)
    assert [(p.row, p.column) for p in raised.value.problems] == [(300 * 50 + 9, "Площадь")]
    assert count(sqlite_db) == 0

    result = import_properties(sqlite_db.uow(), actor=staff.admin, path=path, valid_only=True)
    assert result.created == ROWS - 1 and result.skipped_rows == 1
    assert count(sqlite_db) == ROWS - 1


def test_a_second_large_load_into_a_large_register_keeps_the_indexes(
    sqlite_db: Database, tmp_path: Path
) -> None:
    staff = add_staff(sqlite_db)
    before = index_sql(sqlite_db)
    import_properties(sqlite_db.uow(), actor=staff.admin, path=write_registry(tmp_path / "a.csv", ROWS))
    second = write_registry(tmp_path / "b.csv", ROWS, first_quarter=3000)
    result = import_properties(sqlite_db.uow(), actor=staff.admin, path=second)
    assert result.created == ROWS and count(sqlite_db) == 2 * ROWS
    assert index_sql(sqlite_db) == before


def test_loaded_rows_read_back_as_the_orm_wrote_them(db: Database, tmp_path: Path) -> None:
    """PostgreSQL loads by COPY, SQLite by executemany: both give the rows the models expect."""
    staff = add_staff(db)
    path = tmp_path / "small.csv"
    path.write_text(
        "Кадастровый номер;Вид объекта;Назначение;Адрес;Площадь;Кадастровая стоимость;UNOM;Примечание\r\n"
        "77:04:0002001:1;Здание;Жилое;г. Москва, ул. Арбат, д. 9;1 200,5;15000000,75;12345;«кавычки» и \\N, \\t\r\n",
        encoding="utf-8",
    )
    import_properties(db.uow(), actor=staff.admin, path=path)
    with db.uow() as uow:
        record = uow.session.scalars(select(Property)).one()
        assert record.purpose is PropertyPurpose.RESIDENTIAL and record.unom == 12345
        assert record.area == Decimal("1200.5") and record.cadastral_value == Decimal("15000000.75")
        assert record.notes == "«кавычки» и \\N, \\t" and record.version == 1
        assert record.created_at == record.updated_at
        assert abs((utcnow() - record.created_at).total_seconds()) < 120
