"""Registry files in: both encodings, both separators, CSV and XLSX, all or nothing, re-import updates."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from reception.db.database import Database
from reception.db.property_models import Property, RightHolder
from reception.domain.errors import PermissionDenied
from reception.domain.permissions import Role
from reception.domain.properties import PropertyKind
from reception.services import users
from reception.services.properties import search_properties
from reception.services.property_import import (
    ImportCancelled,
    PropertyImportError,
    import_properties,
    preview_property_import,
)
from tests.conftest import TEST_PASSWORD, Staff

HEADER = [
    "Кадастровый номер",
    "Вид объекта",
    "Адрес",
    "Площадь, кв.м",
    "Кадастровый номер здания",
    "Правообладатель",
    "Доля",
]
GOOD = [
    HEADER,
    ["77:01:0001001:100", "Здание", "г. Москва, ул. Тверская, д. 7", "5 400,5", "", "город Москва", ""],
    [
        "77:01:0001001:101",
        "Помещение",
        "г. Москва, ул. Тверская, д. 7, кв. 1",
        "54,3",
        "77:01:0001001:100",
        "Петров Пётр Петрович",
        "1/2",
    ],
    [
        "77:01:0001001:102",
        "квартира",
        "г. Москва, ул. Тверская, д. 7, кв. 2",
        "61",
        "77:01:0001001:100",
        "",
        "",
    ],
    ["", "Земельный участок", "г. Москва, Тверская улица, владение 9", "", "", "", ""],
]
BAD = [
    HEADER,
    ["77:01:0001001:200", "Здание", "г. Москва, ул. Арбат, д. 1", "100", "", "", ""],
    [
        "77:01:000100:201",
        "Здание",
        "г. Москва, ул. Арбат, д. 2",
        "100",
        "",
        "",
        "",
    ],  # 3: a 6-digit quarter is valid
    ["77:01:0001001:200", "Здание", "г. Москва, ул. Арбат, д. 3", "100", "", "", ""],  # 4: duplicate
    ["77:01:0001001:203", "Здание", "г. Москва, ул. Арбат, д. 4", "-5", "", "", ""],  # 5: negative area
    ["77:01:0001001:204", "Замок", "г. Москва, ул. Арбат, д. 5", "100", "", "", ""],  # 6: unknown kind
    ["", "Здание", "", "100", "", "", ""],  # 7: no number, no address
    ["77-01-0001001-206", "Здание", "г. Москва, ул. Арбат, д. 6", "100", "", "", ""],  # 8: malformed
    ["77:01:0001001:207", "Здание", "г. Москва, ул. Арбат, д. 7", "сто", "", "", ""],  # 9: not a number
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    lines = []
    for row in rows:
        cells = [f'"{c}"' if delimiter in c or '"' in c else c for c in row]
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(
            [
                float(c.replace(" ", "").replace(",", "."))
                if c and c[0].isdigit() and c.replace(" ", "").replace(",", "").isdigit() and ":" not in c
                else c
                for c in row
            ]
        )
    book.save(path)
    return path


def count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count(Property.id))) or 0)


FORMATS = [
    pytest.param("utf-8", ";", id="csv-utf8-semicolon"),
    pytest.param("cp1251", ";", id="csv-cp1251-semicolon"),
    pytest.param("utf-8-sig", ",", id="csv-utf8bom-comma"),
    pytest.param("cp1251", ",", id="csv-cp1251-comma"),
    pytest.param("xlsx", "", id="xlsx"),
]


def make(tmp_path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    if encoding == "xlsx":
        return write_xlsx(tmp_path / "registry.xlsx", rows)
    return write_csv(tmp_path / "registry.csv", rows, encoding, delimiter)


@pytest.mark.parametrize(("encoding", "delimiter"), FORMATS)
def test_a_good_file_loads_in_every_encoding_and_format(
    db: Database, staff: Staff, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = make(tmp_path, GOOD, encoding, delimiter)
    preview = preview_property_import(db.uow(), actor=staff.admin, path=path)
    assert (preview.total_rows, preview.to_create, preview.problem_count) == (4, 4, 0)
    assert count(db) == 0  # the dry run wrote nothing
    result = import_properties(db.uow(), actor=staff.admin, path=path)
    assert (result.created, result.updated) == (4, 0)
    with db.uow() as uow:
        flat = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:01:0001001:101")
        ).one()
        building_id = uow.session.scalar(
            select(Property.id).where(Property.cadastral_number == "77:01:0001001:100")
        )
        assert flat.parent_id == building_id and flat.kind is PropertyKind.PREMISES
        assert flat.area == Decimal("54.3") and flat.apartment == "1" and flat.street == "ул. Тверская"
        assert uow.session.scalar(select(func.count(RightHolder.id))) == 2
    found = search_properties(db.uow(), actor=staff.clerk, text="тверская ул вл 9")
    assert [r.kind for r in found] == [PropertyKind.LAND_PLOT]
    assert [r.cadastral_number for r in search_properties(db.uow(), actor=staff.clerk, text="петров")] == [
        "77:01:0001001:101"
    ]


@pytest.mark.parametrize(("encoding", "delimiter"), FORMATS)
def test_a_bad_file_changes_nothing_and_names_every_row_and_column(
    db: Database, staff: Staff, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    import_properties(db.uow(), actor=staff.admin, path=make(tmp_path, GOOD, encoding, delimiter))
    before = count(db)
    path = make(tmp_path, BAD, encoding, delimiter)
    with pytest.raises(PropertyImportError) as caught:
        import_properties(db.uow(), actor=staff.admin, path=path)
    problems = {(p.row, p.column) for p in caught.value.problems}
    assert problems == {
        (4, "Кадастровый номер"),
        (5, "Площадь, кв.м"),
        (6, "Вид объекта"),
        (7, "Адрес"),
        (8, "Кадастровый номер"),
        (9, "Площадь, кв.м"),
    }
    assert "строка 4, столбец «Кадастровый номер»" in caught.value.message
    assert "уже был в строке 2" in caught.value.message
    assert count(db) == before

    result = import_properties(db.uow(), actor=staff.admin, path=path, valid_only=True)
    assert (result.created, result.skipped_rows) == (2, 6)
    assert count(db) == before + 2


def test_reimport_updates_records_by_cadastral_number(db: Database, staff: Staff, tmp_path: Path) -> None:
    import_properties(db.uow(), actor=staff.admin, path=make(tmp_path, GOOD, "utf-8", ";"))
    changed = [row[:] for row in GOOD]
    changed[2][2] = "г. Москва, ул. Тверская, д. 7, кв. 1А"
    changed[2][3] = "55"
    changed[2][5] = "Петрова Анна Ивановна"
    result = import_properties(db.uow(), actor=staff.admin, path=make(tmp_path, changed, "cp1251", ","))
    assert (result.created, result.updated) == (0, 4)
    assert count(db) == 4
    with db.uow() as uow:
        flat = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:01:0001001:101")
        ).one()
        assert (flat.address, flat.area, flat.version) == (
            "г. Москва, ул. Тверская, д. 7, кв. 1А",
            Decimal("55"),
            2,
        )
    assert search_properties(db.uow(), actor=staff.clerk, text="петров петр") == []
    assert search_properties(db.uow(), actor=staff.clerk, text="петрова анна")


def test_english_headers_and_an_explicit_mapping(db: Database, staff: Staff, tmp_path: Path) -> None:
    rows = [
        ["cadastral_number", "type", "Местоположение объекта", "КН здания"],
        ["50:21:0100110:5", "building", "Москва, пос. Коммунарка, ул. Ясная, д. 5", ""],
    ]
    path = write_csv(tmp_path / "en.csv", rows, "utf-8", ",")
    with pytest.raises(PropertyImportError, match="ни столбец кадастрового номера, ни столбец адреса"):
        import_properties(
            db.uow(),
            actor=staff.admin,
            path=write_csv(tmp_path / "none.csv", [["a", "b"], ["1", "2"]], "utf-8", ";"),
        )
    result = import_properties(
        db.uow(), actor=staff.admin, path=path, mapping={"Местоположение объекта": "address"}
    )
    assert result.created == 1
    assert search_properties(db.uow(), actor=staff.clerk, text="50:21")[0].address.startswith("Москва, пос.")
    with pytest.raises(PropertyImportError, match="Поле «colour»"):
        import_properties(db.uow(), actor=staff.admin, path=path, mapping={"type": "colour"})


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("scan.csv", b"%PDF-1.7\x00\x01\x02" * 100, "не текстовый"),
        ("nul.csv", b"\x00\x01\x02\x03" * 100, "не текстовый"),
        ("utf16.csv", "Адрес;Вид\r\nМосква;Здание".encode("utf-16"), "UTF-16"),
        ("broken.xlsx", b"PK\x03\x04 this is not a workbook", "не читается как книга Excel"),
        ("empty.csv", b"", "пуст"),
        ("koi8.csv", "Адрес;Вид объекта\nМосква, ул. Арбат, д. 1;Здание\n".encode("koi8_r"), "кодировке"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    db: Database, staff: Staff, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PropertyImportError, match=message):
        import_properties(db.uow(), actor=staff.admin, path=path)
    assert count(db) == 0


def test_a_cancelled_import_leaves_the_database_as_it_was(db: Database, staff: Staff, tmp_path: Path) -> None:
    rows = [["Кадастровый номер", "Адрес"]] + [
        [f"77:02:0000001:{i}", f"Москва, ул. Арбат, д. {i}"] for i in range(1, 12001)
    ]
    path = write_csv(tmp_path / "big.csv", rows, "utf-8", ";")
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 12000:  # checking is over: stop in the middle of writing
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_properties(db.uow(), actor=staff.admin, path=path, progress=progress, cancel=cancel)
    assert count(db) == 0
    assert seen[0] == (0, 24000)
    done: list[tuple[int, int]] = []
    result = import_properties(
        db.uow(), actor=staff.admin, path=path, progress=lambda d, t: done.append((d, t))
    )
    assert result.created == 12000 and done[-1] == (24000, 24000)


def test_only_an_admin_imports(db: Database, staff: Staff, tmp_path: Path) -> None:
    path = make(tmp_path, GOOD, "utf-8", ";")
    for actor in (staff.clerk, staff.executor, staff.manager):
        with pytest.raises(PermissionDenied):
            import_properties(db.uow(), actor=actor, path=path, dry_run=True)
    second_admin = users.add_user(
        db.uow(),
        actor=staff.admin,
        login="admin2",
        full_name="Вторая Администратор",
        role=Role.ADMIN,
        password=TEST_PASSWORD,
    )
    users.set_active(db.uow(), actor=staff.admin, user_id=second_admin.id, active=False)
    for dry_run in (True, False):
        with pytest.raises(PermissionDenied, match="отключена"):
            import_properties(db.uow(), actor=second_admin, path=path, dry_run=dry_run)


@pytest.mark.parametrize("dry_run", [True, False], ids=["preview", "import"])
def test_other_workstations_save_while_the_file_is_checked(
    sqlite_db: Database, tmp_path: Path, dry_run: bool
) -> None:
    """Checking only reads: on SQLite it takes no write lock, so a save elsewhere does not wait for it.

    The import holds the lock for its write alone.
    """
    import sqlite3

    from tests.conftest import add_staff

    staff = add_staff(sqlite_db)
    path = write_csv(tmp_path / "registry.csv", GOOD, "utf-8", ";")
    database_file = sqlite_db.engine.url.database
    assert database_file
    saves: list[str] = []

    def another_workstation_saves(_done: int, _total: int) -> None:
        if saves:
            return
        other = sqlite3.connect(database_file, timeout=0.5, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # what a save takes first
            other.execute("ROLLBACK")
            saves.append("saved")
        except sqlite3.OperationalError as error:
            saves.append(str(error))
        finally:
            other.close()

    result = import_properties(
        sqlite_db.uow(), actor=staff.admin, path=path, dry_run=dry_run, progress=another_workstation_saves
    )
    assert result.preview.to_create == 4
    assert saves == ["saved"]
    assert count(sqlite_db) == (0 if dry_run else 4)


def test_a_record_registered_elsewhere_during_the_check_is_updated_not_duplicated(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    """The plan is made without the lock; a record another workstation adds meanwhile is taken into
    account when the import writes: its number becomes an update, and the flat gets it as parent."""
    from reception.domain.properties import PropertyDraft
    from reception.services.properties import create_property

    path = make(tmp_path, GOOD[:3], "utf-8", ";")
    added: list[int] = []

    def another_workstation_registers(done: int, total: int) -> None:
        if not added and done < total // 2:
            view = create_property(
                db.uow(),
                actor=staff.admin,
                draft=PropertyDraft(PropertyKind.BUILDING, "77:01:0001001:100", "г. Москва, ул. Тверская, 7"),
            )
            added.append(view.id)

    result = import_properties(db.uow(), actor=staff.admin, path=path, progress=another_workstation_registers)
    assert added and (result.created, result.updated) == (1, 1)
    assert (result.preview.to_create, result.preview.to_update) == (1, 1)
    assert count(db) == 2
    with db.uow() as uow:
        building = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:01:0001001:100")
        ).one()
        flat = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:01:0001001:101")
        ).one()
        assert (building.id, building.address) == (added[0], "г. Москва, ул. Тверская, д. 7")
        assert flat.parent_id == building.id


def test_a_reimport_changes_only_the_columns_the_file_has(db: Database, staff: Staff, tmp_path: Path) -> None:
    full = [
        [*HEADER, "Назначение", "Кадастровая стоимость", "Форма собственности", "UNOM", "Примечание"],
        [
            "77:01:0001001:100",
            "Земельный участок",
            "г. Москва, ул. Тверская, вл. 7",
            "1 200",
            "",
            "город Москва",
            "",
            "Нежилое",
            "5 000 000",
            "Городская",
            "12345",
            "под школой",
        ],
    ]
    import_properties(db.uow(), actor=staff.admin, path=make(tmp_path, full, "utf-8", ";"))
    narrow = [["Кадастровый номер", "Адрес"], ["77:01:0001001:100", "г. Москва, ул. Тверская, владение 7А"]]
    result = import_properties(
        db.uow(), actor=staff.admin, path=write_csv(tmp_path / "n.csv", narrow, "utf-8", ";")
    )
    assert (result.created, result.updated) == (0, 1)
    assert "меняются только поля, для которых в файле есть столбцы" in result.preview.report()
    with db.uow() as uow:
        plot = uow.session.scalars(select(Property)).one()
        assert (plot.address, plot.vladenie, plot.version) == (
            "г. Москва, ул. Тверская, владение 7А",
            "7а",
            2,
        )
        # Nothing the narrow file lacks was touched, and its kind was not guessed again.
        assert plot.kind is PropertyKind.LAND_PLOT
        assert (plot.area, plot.cadastral_value, plot.unom, plot.notes) == (
            Decimal("1200"),
            Decimal("5000000"),
            12345,
            "под школой",
        )
        assert plot.purpose is not None and plot.ownership is not None
        assert uow.session.scalar(select(func.count(RightHolder.id))) == 1


def test_an_address_given_in_separate_columns(db: Database, staff: Staff, tmp_path: Path) -> None:
    rows = [
        ["Кадастровый номер", "Город", "Район", "Улица", "Дом", "Корпус", "Квартира", "Кадастровый квартал"],
        ["77:06:0001001:1", "Москва", "Коньково", "ул. Профсоюзная", "43", "2", "17", "77:06:0001001"],
        ["77:06:0001001:2", "Москва", "Коньково", "Профсоюзная улица", "43", "2", "", ""],
    ]
    path = write_csv(tmp_path / "parts.csv", rows, "cp1251", ";")
    preview = preview_property_import(db.uow(), actor=staff.admin, path=path)
    assert preview.problem_count == 0
    assert "Не загружаются столбцы: «Кадастровый квартал»." in preview.report()
    import_properties(db.uow(), actor=staff.admin, path=path)
    with db.uow() as uow:
        flat, building = uow.session.scalars(select(Property).order_by(Property.cadastral_number)).all()
    assert flat.address == "г. Москва, район Коньково, ул. Профсоюзная, д. 43, корп. 2, кв. 17"
    assert (flat.city, flat.district, flat.house, flat.korpus, flat.apartment) == (
        "Москва",
        "Коньково",
        "43",
        "2",
        "17",
    )
    assert flat.kind is PropertyKind.PREMISES and building.kind is PropertyKind.BUILDING
    assert [
        r.cadastral_number
        for r in search_properties(db.uow(), actor=staff.clerk, text="профсоюзная 43 кв 17")
    ] == ["77:06:0001001:1"]
    # With a full address the columns only fill what it lacks: here the district.
    rows = [
        ["Кадастровый номер", "Адрес", "Район"],
        ["77:06:0001001:3", "г. Москва, ул. Арбат, д. 1", "Арбат"],
    ]
    import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "both.csv", rows, "utf-8", ";"))
    with db.uow() as uow:
        arbat = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:06:0001001:3")
        ).one()
    assert (arbat.address, arbat.street, arbat.district) == (
        "г. Москва, ул. Арбат, д. 1",
        "ул. Арбат",
        "Арбат",
    )


def test_the_valid_rows_never_include_a_flat_whose_building_is_refused(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    rows = [
        ["Кадастровый номер", "Вид объекта", "Адрес", "Площадь", "Кадастровый номер здания"],
        ["77:01:0001001:100", "Здание", "г. Москва, ул. Тверская, д. 7", "-1", ""],  # 2: refused by its area
        ["77:01:0001001:101", "Помещение", "г. Москва, ул. Тверская, д. 7, кв. 1", "40", "77:01:0001001:100"],
        ["77:01:0001001:200", "Земельный участок", "г. Москва, ул. Тверская, вл. 9", "", "77:01:0001001:999"],
        ["77:01:0001001:201", "Здание", "г. Москва, ул. Тверская, д. 9", "", "77:01:0001001:200"],  # 5
        ["77:01:0001001:202", "Помещение", "г. Москва, ул. Тверская, д. 9, кв. 1", "", "77:01:0001001:201"],
        ["77:01:0001001:300", "Здание", "г. Москва, ул. Тверская, д. 11", "", ""],  # 7: fine
    ]
    path = write_csv(tmp_path / "tree.csv", rows, "utf-8", ";")
    preview = preview_property_import(db.uow(), actor=staff.admin, path=path)
    reasons = {p.row: p.reason for p in preview.problems}
    assert reasons[3] == "родительский объект не загружается: в его строке 2 ошибка"
    assert reasons[4] == "родительского объекта нет ни в реестре, ни в файле"
    assert reasons[5] == "родительский объект не загружается: в его строке 4 ошибка"
    assert reasons[6] == "родительский объект не загружается: в его строке 5 ошибка"
    assert preview.valid_rows == 1
    result = import_properties(db.uow(), actor=staff.admin, path=path, valid_only=True)
    assert (result.created, result.skipped_rows) == (1, 5)
    with db.uow() as uow:
        assert uow.session.scalars(select(Property.cadastral_number)).all() == ["77:01:0001001:300"]


def test_on_postgresql_the_load_holds_the_register_against_other_writers_not_readers(
    pg_db: Database, tmp_path: Path
) -> None:
    """Between the comparison of the register's keys and the commit nobody changes a record: a save of
    another workstation waits (here: gives up after 0.2 s), a search and a property link do not."""
    import psycopg

    from tests.conftest import add_staff

    staff = add_staff(pg_db)
    path = write_csv(tmp_path / "registry.csv", GOOD, "utf-8", ";")
    url = pg_db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    seen: dict[str, str] = {}

    def another_workstation(done: int, total: int) -> None:
        if done < total // 2 or seen:
            return  # still checking: nothing is held yet
        with psycopg.connect(url, autocommit=True) as other:
            other.execute("SET lock_timeout = '200ms'")
            seen["read"] = str(other.execute("SELECT count(*) FROM properties").fetchone())
            try:
                other.execute("UPDATE properties SET notes = 'правка' WHERE id = -1")
                seen["write"] = "saved"
            except psycopg.errors.LockNotAvailable:
                seen["write"] = "waits"

    result = import_properties(pg_db.uow(), actor=staff.admin, path=path, progress=another_workstation)
    assert result.created == 4
    assert seen == {"read": "(0,)", "write": "waits"}


def test_a_copy_the_server_refuses_reaches_the_user_as_a_field_error(pg_db: Database) -> None:
    from reception.db.types import utcnow
    from reception.domain.errors import ValidationError
    from reception.domain.properties import PropertyDraft, clean_property
    from reception.services.property_import import PROPERTY_VALUE_COLUMNS, _copy_rows, _row_values

    clean, _errors = clean_property(PropertyDraft(PropertyKind.BUILDING, "77:01:0001001:100", "Москва, д. 7"))
    assert clean is not None
    sql = f"COPY properties ({', '.join(PROPERTY_VALUE_COLUMNS)}, created_at, updated_at, version) FROM STDIN"
    row = (*_row_values(clean, None, Decimal), utcnow(), utcnow(), 1)
    with pytest.raises(ValidationError) as caught, pg_db.uow() as uow:
        _copy_rows(uow.session.connection(), sql, [row, row])  # the same number twice
    assert caught.value.field == "cadastral_number"


def test_address_columns_are_taken_as_they_are_and_only_what_the_file_has_changes(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    rows = [
        ["Кадастровый номер", "Вид объекта", "Город", "Округ", "Улица", "Дом"],
        ["77:01:0001001:1", "Здание", "Москва", "Центральный", "Тверская", "9"],
        ["77:01:0001001:2", "Здание", "г. Москва", "", "1-я Тверская-Ямская", "д. 7А"],
    ]
    import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "a.csv", rows, "utf-8", ";"))
    with db.uow() as uow:
        first, second = uow.session.scalars(select(Property).order_by(Property.cadastral_number)).all()
        assert (first.okrug, first.street, first.house) == ("Центральный", "Тверская", "9")
        assert (second.city, second.street, second.house) == ("Москва", "1-я Тверская-Ямская", "7а")
        address, key, building = second.address, second.search_key, second.building_key
    assert address == "г. Москва, 1-я Тверская-Ямская, д. 7А" and building
    assert [
        r.cadastral_number for r in search_properties(db.uow(), actor=staff.clerk, text="тверская-ямская 7а")
    ] == ["77:01:0001001:2"]

    # Only the district: the address line, its parts and keys stay; a blank kind keeps the kind.
    rows = [["Кадастровый номер", "Район", "Вид объекта"], ["77:01:0001001:2", "Тверской", ""]]
    result = import_properties(
        db.uow(), actor=staff.admin, path=write_csv(tmp_path / "d.csv", rows, "utf-8", ";")
    )
    assert result.updated == 1
    with db.uow() as uow:
        second = uow.session.scalars(
            select(Property).where(Property.cadastral_number == "77:01:0001001:2")
        ).one()
    assert (second.address, second.search_key, second.building_key) == (address, key, building)
    assert (second.district, second.street, second.house, second.kind) == (
        "Тверской",
        "1-я Тверская-Ямская",
        "7а",
        PropertyKind.BUILDING,
    )

    # A house number without a street or an address is refused before anything is read.
    rows = [["Кадастровый номер", "Дом"], ["77:01:0001001:2", "8"]]
    with pytest.raises(PropertyImportError, match="«Дом» дают части адреса без улицы"):
        import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "h.csv", rows, "utf-8", ";"))


def test_a_blank_kind_keeps_the_kind_of_a_known_record_and_guesses_only_for_new_ones(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    rows = [
        ["Кадастровый номер", "Вид объекта", "Адрес"],
        ["77:01:0001001:1", "Земельный участок", "Москва, вл. 3"],
    ]
    import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "a.csv", rows, "utf-8", ";"))
    rows = [
        ["Кадастровый номер", "Вид объекта", "Адрес"],
        ["77:01:0001001:1", "", "Москва, вл. 3"],
        ["77:01:0001001:2", "", "Москва, ул. Арбат, д. 1, кв. 2"],
    ]
    result = import_properties(
        db.uow(), actor=staff.admin, path=write_csv(tmp_path / "b.csv", rows, "utf-8", ";")
    )
    assert (result.created, result.updated) == (1, 1)
    with db.uow() as uow:
        kinds = dict(uow.session.execute(select(Property.cadastral_number, Property.kind)).tuples().all())
    assert kinds == {"77:01:0001001:1": PropertyKind.LAND_PLOT, "77:01:0001001:2": PropertyKind.PREMISES}


def test_an_edit_that_keeps_the_address_line_keeps_the_parts_the_columns_gave(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    from dataclasses import replace

    from reception.services.properties import get_property, update_property

    rows = [
        ["Кадастровый номер", "Вид объекта", "Город", "Улица", "Дом"],
        ["77:01:0001001:2", "Здание", "Москва", "1-я Тверская-Ямская", "7"],
    ]
    import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "a.csv", rows, "utf-8", ";"))
    with db.uow() as uow:
        record_id, street, building = uow.session.execute(
            select(Property.id, Property.street, Property.building_key)
        ).one()
    assert street == "1-я Тверская-Ямская" and building
    view = get_property(db.uow(), actor=staff.clerk, property_id=record_id)
    edited = update_property(
        db.uow(),
        actor=staff.clerk,
        property_id=record_id,
        expected_version=view.version,
        draft=replace(view.to_draft(), notes="проверено"),
    )
    with db.uow() as uow:
        assert uow.session.execute(select(Property.street, Property.building_key, Property.notes)).one() == (
            street,
            building,
            "проверено",
        )
    # A new address line is read again.
    update_property(
        db.uow(),
        actor=staff.clerk,
        property_id=record_id,
        expected_version=edited.version,
        draft=replace(edited.to_draft(), address="г. Москва, ул. Арбат, д. 1"),
    )
    with db.uow() as uow:
        assert uow.session.execute(select(Property.street, Property.house)).one() == ("ул. Арбат", "1")


def test_a_blank_address_cell_takes_the_address_from_the_part_columns(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    rows = [
        ["Кадастровый номер", "Адрес", "Улица", "Дом", "Квартира"],
        ["77:01:0001001:1", "г. Москва, ул. Арбат, д. 1, кв. 3", "", "", ""],
        ["77:01:0001001:2", "", "ул. Арбат", "д. 1", "кв. 4"],
    ]
    import_properties(db.uow(), actor=staff.admin, path=write_csv(tmp_path / "a.csv", rows, "utf-8", ";"))
    with db.uow() as uow:
        first, second = uow.session.execute(
            select(Property.address, Property.house, Property.apartment, Property.building_key).order_by(
                Property.cadastral_number
            )
        ).all()
    assert second.address == "ул. Арбат, д. 1, кв. 4"
    assert (second.house, second.apartment) == ("1", "4")
    assert second.building_key == first.building_key != ""  # the same house
    found = search_properties(db.uow(), actor=staff.clerk, text="арбат 1 кв 4")
    assert [r.cadastral_number for r in found] == ["77:01:0001001:2"]
