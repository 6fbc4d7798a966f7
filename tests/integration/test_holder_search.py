"""Right holders found by any words of their name (migration 0013's word index), on both backends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from reception.db.database import Database
from reception.db.models import Applicant, ApplicantNameWord
from reception.db.property_models import RightHolder
from reception.domain.appeals import ApplicantKind
from reception.domain.properties import PropertyDraft, PropertyKind, RightHolderDraft
from reception.domain.text import fold, name_words
from reception.services.appeals import register_appeal, update_appeal
from reception.services.properties import create_property, search_by_right_holder, search_properties
from reception.services.property_import import import_properties
from tests.conftest import Staff
from tests.factories import appeal_draft, applicant_draft

PERSON = "Иванов Иван Иванович"
ORGANISATION = "ГБУ «Жилищник района Арбат»"


def add(db: Database, staff: Staff, number: str, address: str, *holders: str) -> None:
    draft = PropertyDraft(
        PropertyKind.PREMISES,
        cadastral_number=number,
        address=address,
        right_holders=tuple(RightHolderDraft(holder, "1/1") for holder in holders) or None,
    )
    create_property(db.uow(), actor=staff.admin, draft=draft)


def by_holder(db: Database, staff: Staff, name: str) -> list[str]:
    return [r.cadastral_number or "" for r in search_by_right_holder(db.uow(), actor=staff.clerk, name=name)]


def by_text(db: Database, staff: Staff, typed: str) -> list[str]:
    return [r.cadastral_number or "" for r in search_properties(db.uow(), actor=staff.clerk, text=typed)]


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
        uow.session.add_all(applicants)
        uow.flush()
        ids = [a.id for a in applicants]
    with db.engine.connect() as connection:
        stored = connection.execute(select(ApplicantNameWord.applicant_id, ApplicantNameWord.word)).all()
    expected = [(i, word) for i, key in zip(ids, keys, strict=True) for word in set(name_words(key))]
    assert sorted(stored) == sorted(expected)
    assert name_words(fold(NAMES[1])) == ["римский", "корсаков", "николай", "андреевич"]
    assert name_words(fold(NAMES[3])) == ["ооо", "ромашка", "филиал", "2"]


def test_deleting_an_applicant_deletes_its_words(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(Applicant(kind=ApplicantKind.PERSON, name_key="петров петр"))
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM applicants"))
        assert connection.execute(text("SELECT count(*) FROM applicant_name_words")).scalar() == 0
