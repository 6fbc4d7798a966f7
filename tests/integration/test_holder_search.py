"""Right holders found by any words of their name (migration 0013's word index of right holders'
names), on both backends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from reception.db.database import Database
from reception.db.models import Applicant
from reception.db.property_models import HolderNameWord, Property, RightHolder
from reception.domain.appeals import ApplicantKind
from reception.domain.properties import PropertyDraft, PropertyKind, RightHolderDraft
from reception.domain.text import fold, name_words
from reception.services.appeals import AppealView, register_appeal, update_appeal
from reception.services.properties import (
    PropertyView,
    create_property,
    search_by_right_holder,
    search_properties,
    update_property,
)
from reception.services.property_import import import_properties
from tests.conftest import Staff, add_staff
from tests.factories import appeal_draft, applicant_draft
from tests.integration.test_report_link_facts import _race as race

PERSON = "Иванов Иван Иванович"
ORGANISATION = "ГБУ «Жилищник района Арбат»"


def add(db: Database, staff: Staff, number: str, address: str, *holders: str) -> PropertyView:
    draft = PropertyDraft(
        PropertyKind.PREMISES,
        cadastral_number=number,
        address=address,
        right_holders=tuple(RightHolderDraft(holder, "1/1") for holder in holders) or None,
    )
    return create_property(db.uow(), actor=staff.admin, draft=draft)


def by_holder(db: Database, staff: Staff, name: str) -> list[str]:
    return [r.cadastral_number or "" for r in search_by_right_holder(db.uow(), actor=staff.clerk, name=name)]


def by_text(db: Database, staff: Staff, typed: str) -> list[str]:
    return [r.cadastral_number or "" for r in search_properties(db.uow(), actor=staff.clerk, text=typed)]


def stored_words(db: Database, applicant_id: int | None = None) -> list[tuple[int, str]]:
    """The word index's rows (of one applicant, when given)."""
    query = select(HolderNameWord.applicant_id, HolderNameWord.word)
    if applicant_id is not None:
        query = query.where(HolderNameWord.applicant_id == applicant_id)
    with db.engine.connect() as connection:
        return [(i, word) for i, word in connection.execute(query)]


def words_of(db: Database, applicant_id: int) -> list[str]:
    return sorted(word for _i, word in stored_words(db, applicant_id))


def registered_applicant(db: Database, staff: Staff, **names: str) -> AppealView:
    """An appeal by an applicant who holds nothing (the office's usual applicant)."""
    return register_appeal(
        db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=applicant_draft(**names))
    )


def set_holders(db: Database, staff: Staff, record: PropertyView, *holders: RightHolderDraft) -> PropertyView:
    """The record's right holders replaced through the property card's service."""
    draft = replace(record.to_draft(), right_holders=holders)
    return update_property(
        db.uow(), actor=staff.admin, property_id=record.id, expected_version=record.version, draft=draft
    )


def holder_ids(db: Database) -> list[int]:
    """The applicants holding some property."""
    with db.engine.connect() as connection:
        return sorted(set(connection.scalars(select(RightHolder.applicant_id))))


HOLD = text("INSERT INTO property_right_holders (property_id, applicant_id, share) VALUES (:p, :a, '')")
RENAME = text("UPDATE applicants SET name_key = :key WHERE id = :a")


def run(db: Database, statement: Any, **values: Any) -> None:
    """The statement in a transaction of its own, committed."""
    with db.engine.begin() as connection:
        connection.execute(statement, values)


@pytest.fixture
def register(db: Database, staff: Staff) -> None:
    add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    add(db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2", "Иванова Мария Петровна")
    add(db, staff, "77:01:0000001:3", "г. Москва, ул. Арбат, д. 3", ORGANISATION)
    add(db, staff, "77:01:0000001:4", "г. Москва, ул. Арбат, д. 4", "ООО «Арбат-Сервис»")
    add(db, staff, "77:01:0000001:5", "г. Москва, ул. Тверская, д. 5", "Ёлкина Алёна Сергеевна")


@pytest.mark.usefixtures("register")
def test_a_person_is_found_by_first_name_and_patronymic_in_any_order(db: Database, staff: Staff) -> None:
    for typed in ("иван иванович", "Иванович Иван", "ИВАНОВИЧ", "ив иванович", "иванов иван иванович"):
        assert by_holder(db, staff, typed) == ["77:01:0000001:1"], typed
        assert by_text(db, staff, typed) == ["77:01:0000001:1"], typed
    assert by_holder(db, staff, "мария петровна") == ["77:01:0000001:2"]
    assert by_holder(db, staff, "иван мар") == ["77:01:0000001:2"]  # «иван» starts «Иванова»
    # Each typed word starts a word of its own: «Иванова Мария» has one word starting «и».
    assert by_holder(db, staff, "иван и") == ["77:01:0000001:1"]
    assert by_holder(db, staff, "ив иван") == ["77:01:0000001:1"]
    assert by_holder(db, staff, "ив иван иванов") == ["77:01:0000001:1"]
    assert by_holder(db, staff, "и ив иван иванов") == []  # four words starting «и» wanted, three there
    assert by_holder(db, staff, "иван иван") == ["77:01:0000001:1", "77:01:0000001:2"]  # asked once
    assert by_holder(db, staff, "иванович петровна") == []  # every word in the one name
    assert by_holder(db, staff, "алена елкина") == ["77:01:0000001:5"]  # ё as е, either way
    assert by_holder(db, staff, "алёна") == ["77:01:0000001:5"]


@pytest.mark.usefixtures("register")
def test_a_surname_or_its_start_still_finds_the_holder(db: Database, staff: Staff) -> None:
    assert by_holder(db, staff, "иванов") == ["77:01:0000001:1", "77:01:0000001:2"]
    assert by_holder(db, staff, "Иванова") == ["77:01:0000001:2"]
    assert by_holder(db, staff, "ив") == ["77:01:0000001:1", "77:01:0000001:2"]
    assert by_text(db, staff, "иванов") == ["77:01:0000001:1", "77:01:0000001:2"]
    assert by_holder(db, staff, "петрова") == []  # no word starts so («петровна» does not)
    assert by_holder(db, staff, "и") == [] and by_holder(db, staff, "и и") == []  # too short to search


@pytest.mark.usefixtures("register")
def test_an_organisation_is_found_by_a_middle_word_without_quotes_or_legal_form(
    db: Database, staff: Staff
) -> None:
    for typed in ("жилищник", "Жилищник", "жилищник арбат", "гбу жилищник", "«Жилищник района", "гбу «жил"):
        assert by_holder(db, staff, typed) == ["77:01:0000001:3"], typed
    assert by_text(db, staff, "жилищник") == ["77:01:0000001:3"]
    assert by_holder(db, staff, "сервис") == ["77:01:0000001:4"]  # «Арбат-Сервис»: the hyphen divides
    assert by_holder(db, staff, "арбат") == ["77:01:0000001:3", "77:01:0000001:4"]
    assert by_holder(db, staff, "ооо жилищник") == []


def test_a_long_name_typed_in_full_is_found(db: Database, staff: Staff) -> None:
    name = "Государственное бюджетное учреждение города Москвы «Жилищник района Арбат» (ГБУ «Жилищник»)"
    add(db, staff, "77:01:0000001:9", "г. Москва, ул. Арбат, д. 9", name)
    add(db, staff, "77:01:0000001:8", "г. Москва, ул. Арбат, д. 8", ORGANISATION)
    assert by_holder(db, staff, name) == ["77:01:0000001:9"]
    assert by_holder(db, staff, "учреждение жилищник") == ["77:01:0000001:9"]
    # The index holds distinct words: the name's «Жилищник» twice is one word, and so is a repeat typed.
    assert by_holder(db, staff, "жилищник жилищник") == ["77:01:0000001:8", "77:01:0000001:9"]


def test_a_renamed_holder_is_found_by_the_new_name_and_not_the_old(db: Database, staff: Staff) -> None:
    add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", "Смирнова Ольга Викторовна")
    with db.uow() as uow:
        holder = uow.session.scalar(select(RightHolder.applicant_id))
    applicant = applicant_draft(id=holder, surname="Смирнова", first_name="Ольга", patronymic="Викторовна")
    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=applicant))
    assert by_holder(db, staff, "ольга викторовна") == ["77:01:0000001:1"]

    renamed = replace(applicant, surname="Кузнецова", patronymic="Петровна")
    update_appeal(
        db.uow(),
        actor=staff.clerk,
        appeal_id=appeal.id,
        expected_version=appeal.version,
        draft=appeal_draft(applicant=renamed),
    )

    assert by_holder(db, staff, "кузнецова ольга") == ["77:01:0000001:1"]
    assert by_holder(db, staff, "ольга петровна") == ["77:01:0000001:1"]
    assert by_holder(db, staff, "смирнова") == []
    assert by_holder(db, staff, "ольга викторовна") == []


def test_right_holders_loaded_by_the_registry_import_are_found(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    path = tmp_path / "registry.csv"
    path.write_text(
        "Кадастровый номер;Вид объекта;Адрес;Правообладатель\r\n"
        '77:02:0000001:1;Помещение;"г. Москва, ул. Тверская, д. 7, кв. 1";Петров Пётр Ильич\r\n'
        '77:02:0000001:2;Помещение;"г. Москва, ул. Тверская, д. 7, кв. 2";"ГБУ ""Жилищник района Хамовники"""\r\n',
        encoding="utf-8",
    )
    result = import_properties(db.uow(), actor=staff.admin, path=path)
    assert result.created == 2, result.preview.report()

    assert by_holder(db, staff, "петр ильич") == ["77:02:0000001:1"]
    assert by_holder(db, staff, "хамовники") == ["77:02:0000001:2"]
    assert by_text(db, staff, "жилищник хамовники") == ["77:02:0000001:2"]


NAMES = (
    "Иванов Иван Иванович",
    "Римский-Корсаков Николай Андреевич",
    "ГБУ «Жилищник района Арбат»",
    'ООО "Ромашка" (филиал №2)',
    "АО «Мосводоканал»; ПАО «Ёлка»",
    "Д'Артаньян Шарль",
    "ТСЖ «Дом на Набережной»  —  «Квартал 7/9»",
    "Tom & Jerry, Inc.",
    "  ",
)


def test_the_database_splits_names_into_the_words_the_search_looks_for(db: Database) -> None:
    keys = [fold(name) for name in NAMES]
    with db.uow() as uow:
        applicants = [Applicant(kind=ApplicantKind.ORGANISATION, name_key=key) for key in keys]
        record = Property(kind=PropertyKind.PREMISES, address="г. Москва, ул. Арбат, д. 1")
        uow.session.add_all([*applicants, record])
        uow.flush()
        uow.session.add_all(RightHolder(property_id=record.id, applicant_id=a.id) for a in applicants)
        ids = [a.id for a in applicants]
    assert sorted(stored_words(db)) == sorted(
        (i, word) for i, key in zip(ids, keys, strict=True) for word in set(name_words(key))
    )
    assert name_words(fold(NAMES[1])) == ["римский", "корсаков", "николай", "андреевич"]
    assert name_words(fold(NAMES[3])) == ["ооо", "ромашка", "филиал", "2"]


def test_an_applicant_who_holds_nothing_has_no_words_and_is_not_found(db: Database, staff: Staff) -> None:
    appeal = registered_applicant(db, staff)  # Смирнова Ольга Викторовна
    add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    assert appeal.applicant is not None
    assert words_of(db, appeal.applicant.id) == []
    assert {i for i, _word in stored_words(db)} == {holder_ids(db)[0]}
    assert by_holder(db, staff, "ольга викторовна") == [] and by_text(db, staff, "смирнова") == []


def test_an_applicant_s_words_come_with_its_first_holding_and_go_with_its_last(
    db: Database, staff: Staff
) -> None:
    appeal = registered_applicant(db, staff)
    assert appeal.applicant is not None
    applicant = appeal.applicant.id
    first = add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    second = add(db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2")
    picked = RightHolderDraft("Смирнова Ольга Викторовна", "1/2", applicant)

    first = set_holders(db, staff, first, RightHolderDraft(PERSON, "1/2"), picked)
    assert words_of(db, applicant) == ["викторовна", "ольга", "смирнова"]
    assert by_holder(db, staff, "ольга викторовна") == ["77:01:0000001:1"]
    second = set_holders(db, staff, second, picked)
    assert by_holder(db, staff, "ольга викторовна") == ["77:01:0000001:1", "77:01:0000001:2"]

    first = set_holders(db, staff, first, RightHolderDraft(PERSON, "1/1"))  # one holding left
    assert words_of(db, applicant) == ["викторовна", "ольга", "смирнова"]
    assert by_holder(db, staff, "ольга викторовна") == ["77:01:0000001:2"]
    set_holders(db, staff, second)  # the last one
    assert words_of(db, applicant) == []
    assert by_holder(db, staff, "ольга викторовна") == []
    assert words_of(db, holder_ids(db)[0]) == ["иван", "иванов", "иванович"]  # the other holder's stay


def test_a_rename_reaches_the_index_only_while_the_applicant_holds_something(
    db: Database, staff: Staff
) -> None:
    appeal = registered_applicant(db, staff)
    assert appeal.applicant is not None
    applicant = appeal.applicant.id
    record = add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1")

    def rename(appeal: AppealView, **names: str) -> AppealView:
        draft = appeal_draft(applicant=applicant_draft(id=applicant, **names))
        return update_appeal(
            db.uow(), actor=staff.clerk, appeal_id=appeal.id, expected_version=appeal.version, draft=draft
        )

    appeal = rename(appeal, surname="Кузнецова")
    assert words_of(db, applicant) == []
    record = set_holders(db, staff, record, RightHolderDraft("", "1/1", applicant))
    assert words_of(db, applicant) == ["викторовна", "кузнецова", "ольга"]
    appeal = rename(appeal, surname="Петрова", patronymic="Ивановна")
    assert words_of(db, applicant) == ["ивановна", "ольга", "петрова"]
    assert by_holder(db, staff, "петрова ольга") == ["77:01:0000001:1"]
    set_holders(db, staff, record)
    rename(appeal, surname="Соколова")
    assert words_of(db, applicant) == []
    assert by_holder(db, staff, "соколова") == []


def test_the_registry_import_gives_and_takes_the_words_of_an_applicant_it_names(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    appeal = registered_applicant(db, staff, surname="Петров", first_name="Пётр", patronymic="Ильич")
    assert appeal.applicant is not None
    path = tmp_path / "registry.csv"
    header = "Кадастровый номер;Вид объекта;Адрес;Правообладатель\r\n"
    row = '77:02:0000001:1;Помещение;"г. Москва, ул. Тверская, д. 7, кв. 1";{}\r\n'
    path.write_text(header + row.format("Петров Пётр Ильич"), encoding="utf-8")
    assert import_properties(db.uow(), actor=staff.admin, path=path).created == 1
    assert holder_ids(db) == [appeal.applicant.id]  # the applicant with that name holds it now
    assert words_of(db, appeal.applicant.id) == ["ильич", "петр", "петров"]
    assert by_holder(db, staff, "петр ильич") == ["77:02:0000001:1"]

    path.write_text(header + row.format("ООО «Ромашка»"), encoding="utf-8")
    assert import_properties(db.uow(), actor=staff.admin, path=path).updated == 1
    assert words_of(db, appeal.applicant.id) == []
    assert by_holder(db, staff, "петр ильич") == []
    assert by_holder(db, staff, "ромашка") == ["77:02:0000001:1"]


def test_a_deleted_property_takes_along_the_words_of_holders_of_nothing_else(
    db: Database, staff: Staff
) -> None:
    add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON, ORGANISATION)
    add(db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2", ORGANISATION)
    person, organisation = holder_ids(db)
    with db.engine.begin() as connection:  # the holdings go by their cascading key
        connection.execute(text("DELETE FROM properties WHERE cadastral_number = '77:01:0000001:1'"))
    assert words_of(db, person) == []
    assert words_of(db, organisation) == ["арбат", "гбу", "жилищник", "района"]
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM properties"))
        connection.execute(text("DELETE FROM applicants"))
        assert connection.execute(text("SELECT count(*) FROM holder_name_words")).scalar() == 0


def test_a_holding_moved_to_another_applicant_moves_the_words(db: Database, staff: Staff) -> None:
    add(db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    appeal = registered_applicant(db, staff)
    assert appeal.applicant is not None
    [person] = holder_ids(db)
    run(db, text("UPDATE property_right_holders SET applicant_id = :a"), a=appeal.applicant.id)
    assert words_of(db, person) == []
    assert words_of(db, appeal.applicant.id) == ["викторовна", "ольга", "смирнова"]
    run(db, text("UPDATE property_right_holders SET share = '1/3'"))  # the same applicant: no change
    assert sorted(stored_words(db)) == [(appeal.applicant.id, w) for w in ("викторовна", "ольга", "смирнова")]


def test_postgresql_a_new_holding_racing_the_removal_of_the_last_one_keeps_the_words(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    first = add(pg_db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    second = add(pg_db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2")
    [applicant] = holder_ids(pg_db)
    # The removal sees no other holding (the new one is not committed): it waits, then sees it.
    race(
        pg_db,
        HOLD,
        {"p": second.id, "a": applicant},
        lambda: run(pg_db, text("DELETE FROM property_right_holders WHERE property_id = :p"), p=first.id),
    )
    assert words_of(pg_db, applicant) == ["иван", "иванов", "иванович"]
    assert by_holder(pg_db, staff, "иван иванович") == ["77:01:0000001:2"]


def test_postgresql_a_first_holding_racing_a_rename_indexes_the_new_name(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    first = add(pg_db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1")
    second = add(pg_db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2")
    appeal = registered_applicant(pg_db, staff)
    assert appeal.applicant is not None
    applicant = appeal.applicant.id
    # Renamed first: the holding's trigger waits for the new name. Held first: the rename waits and
    # then sees the holding.
    race(
        pg_db,
        RENAME,
        {"key": "кузнецова ольга викторовна", "a": applicant},
        lambda: run(pg_db, HOLD, p=first.id, a=applicant),
    )
    assert words_of(pg_db, applicant) == ["викторовна", "кузнецова", "ольга"]
    run(pg_db, text("DELETE FROM property_right_holders WHERE applicant_id = :a"), a=applicant)
    race(
        pg_db,
        HOLD,
        {"p": second.id, "a": applicant},
        lambda: run(pg_db, RENAME, key="петрова ольга викторовна", a=applicant),
    )
    assert words_of(pg_db, applicant) == ["викторовна", "ольга", "петрова"]


def test_postgresql_the_last_two_holdings_removed_at_once_take_the_words(pg_db: Database) -> None:
    staff = add_staff(pg_db)
    first = add(pg_db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    second = add(pg_db, staff, "77:01:0000001:2", "г. Москва, ул. Тверская, д. 1, кв. 2")
    [applicant] = holder_ids(pg_db)
    run(pg_db, HOLD, p=second.id, a=applicant)
    # Each removal alone still sees the other holding; the second to commit must see neither.
    delete = text("DELETE FROM property_right_holders WHERE property_id = :p")
    race(pg_db, delete, {"p": first.id}, lambda: run(pg_db, delete, p=second.id))
    assert holder_ids(pg_db) == []
    assert words_of(pg_db, applicant) == []
    assert by_holder(pg_db, staff, "иван иванович") == []


def test_postgresql_an_edit_of_the_holders_waits_for_an_import_before_locking_any_applicant(
    pg_db: Database,
) -> None:
    """The registry import holds `properties` and then locks applicants through the holdings'
    triggers; an edit must take its lock on `properties` first too, or the two deadlock."""
    import threading

    from reception.services.properties import get_property, update_property

    staff = add_staff(pg_db)
    flat = add(pg_db, staff, "77:01:0000001:1", "г. Москва, ул. Тверская, д. 1, кв. 1", PERSON)
    [applicant] = holder_ids(pg_db)
    view = get_property(pg_db.uow(), actor=staff.clerk, property_id=flat.id)
    saved = threading.Event()

    def edit_holders() -> None:
        update_property(
            pg_db.uow(),
            actor=staff.clerk,
            property_id=flat.id,
            expected_version=view.version,
            draft=replace(view.to_draft(), right_holders=(RightHolderDraft("Петрова Анна Ивановна", "1/1"),)),
        )
        saved.set()

    with pg_db.engine.connect() as importing:
        importing.begin()
        importing.execute(text("LOCK TABLE properties IN SHARE ROW EXCLUSIVE MODE"))  # as the import does
        editor = threading.Thread(target=edit_holders)
        editor.start()
        assert not saved.wait(1.0)  # the edit waits for the import
        # …holding no applicant yet: the import may still lock the holder's row.
        importing.execute(text("SET LOCAL lock_timeout = '500ms'"))
        importing.execute(text("SELECT 1 FROM applicants WHERE id = :a FOR NO KEY UPDATE"), {"a": applicant})
        importing.commit()
    editor.join(30)
    assert saved.is_set()
    assert by_holder(pg_db, staff, "петрова анна") == ["77:01:0000001:1"]
