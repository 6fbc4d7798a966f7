"""Cadastral numbers and Moscow addresses: validation, normalisation, parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reception.domain.properties import (
    PropertyDraft,
    PropertyKind,
    RightHolderDraft,
    address_key,
    address_query_words,
    cadastral_prefix,
    clean_property,
    compose_address,
    is_valid_cadastral_number,
    normalise_cadastral_number,
    parse_address,
    parse_right_holders,
    parts_from_columns,
    with_parts,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("77:01:0001001:1234", "77:01:0001001:1234"),
        ("77:01:000101:1", "77:01:000101:1"),
        ("50:21:0100110:12345", "50:21:0100110:12345"),  # New Moscow: not 77
        ("77 : 01 : 0001001 : 1234", "77:01:0001001:1234"),
        (" 77:01:0001001:1234\u00a0", "77:01:0001001:1234"),
        ("77：01：0001001：1234", "77:01:0001001:1234"),  # full-width colons from a PDF
        ("77:01:0001001:0012", "77:01:0001001:0012"),  # digits kept as typed
        ("７７:０１:０００１００１:１２", "77:01:0001001:12"),  # full-width digits from Word or Excel
    ],
)
def test_cadastral_numbers_are_stored_normalised(typed: str, stored: str) -> None:
    assert normalise_cadastral_number(typed) == stored


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "77:01:0001001",  # no object number
        "77:01:00010:1",  # quarter of 5 digits
        "77:01:00010011:1",  # quarter of 8 digits
        "7:01:0001001:1",
        "77:1:0001001:1",
        "77-01-0001001-1",
        "77:01:0001001:12a",
        "77:01:0001001:",
        "АА:01:0001001:1",
        "77:01:0001001:1:2",
        "'; DROP TABLE properties; --",
        "77:01:0001001:" + "9" * 60,
        "٧٧:٠١:٠٠٠١٠٠١:١٢",  # digits of another script: never stored as they are
        "77:01:0001001:12³",  # a superscript is not a digit of the number
        "77:01:0001001:1₂",
    ],
)
def test_malformed_cadastral_numbers_are_refused(bad: str) -> None:
    assert not is_valid_cadastral_number(bad)
    with pytest.raises(ValueError):
        normalise_cadastral_number(bad)


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [
        ("77", "77"),
        ("77:01", "77:01"),
        ("77:01:00", "77:01:00"),
        ("77 :01:", "77:01:"),
        ("Тверская", None),
        ("7", None),
    ],
)
def test_the_start_of_a_number_is_recognised_for_prefix_search(typed: str, prefix: str | None) -> None:
    assert cadastral_prefix(typed) == prefix


def test_abbreviations_and_yo_give_one_search_key() -> None:
    assert address_key("г. Москва, ул. Кашёнкин Луг, д. 14, корп. 2, кв. 5") == address_key(
        "город Москва, улица Кашенкин луг, дом 14, корпус 2, квартира 5"
    )
    assert address_key("Ленинградский проспект, вл.39 стр.1") == address_key(
        "Ленинградский пр-т, владение 39, строение 1"
    )
    assert address_key("Чистопрудный бульвар 12") == " чистопрудный б-р 12"
    assert address_query_words("ПРОФСОЮЗНАЯ УЛИЦА Д.43") == ["профсоюзная", "ул", "д", "43"]
    assert address_query_words("14к2") == ["14", "корп", "2"]


def test_a_moscow_address_is_split_into_parts() -> None:
    parts = parse_address("117342, г. Москва, ЮЗАО, р-н Коньково, ул. Профсоюзная, д. 43, корп. 2, кв. 17")
    assert (parts.postcode, parts.city, parts.okrug, parts.district) == (
        "117342",
        "Москва",
        "ЮЗАО",
        "р-н Коньково",
    )
    assert (parts.street, parts.house, parts.korpus, parts.apartment) == ("ул. Профсоюзная", "43", "2", "17")
    glued = parse_address("Москва, ул.Профсоюзная д.43к2 кв17")
    assert glued.building_key() == parts.building_key() != ""
    assert parse_address("Москва, Ленинградский проспект, вл. 39, стр. 1").vladenie == "39"


@pytest.mark.parametrize(
    ("columns", "address"),
    [
        (
            {
                "city": "Москва",
                "district": "Коньково",
                "street": "ул. Профсоюзная",
                "house": "43",
                "korpus": "2",
                "apartment": "17",
            },
            "г. Москва, район Коньково, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
        ),
        (
            {"city": "г. Москва", "street": "Ленинградский проспект", "vladenie": "вл. 39", "stroenie": "1"},
            "г. Москва, Ленинградский проспект, вл. 39, стр. 1",
        ),
        ({"street": "ул. Арбат", "house": "д 1", "apartment": ""}, "ул. Арбат, д 1"),
        ({"city": "", "street": "  "}, ""),
    ],
)
def test_an_address_in_separate_columns_is_written_as_one_line(columns: dict[str, str], address: str) -> None:
    assert compose_address(columns) == address


def test_an_address_from_columns_reads_back_into_the_same_parts() -> None:
    columns = {
        "city": "Москва",
        "district": "Коньково",
        "street": "ул. Профсоюзная",
        "house": "43",
        "korpus": "2",
        "apartment": "17",
    }
    parts = parse_address(compose_address(columns))
    assert (parts.city, parts.street, parts.house, parts.korpus, parts.apartment) == (
        "Москва",
        "ул. Профсоюзная",
        "43",
        "2",
        "17",
    )
    assert parts.building_key() == parse_address("Москва, ул.Профсоюзная д.43к2 кв17").building_key()


def test_columns_fill_only_the_parts_the_address_lacks() -> None:
    clean, _errors = clean_property(
        PropertyDraft(PropertyKind.PREMISES, address="г. Москва, ул. Арбат, д. 1, кв. 5")
    )
    assert clean is not None and clean.parts.district == ""
    filled = with_parts(
        clean,
        parts_from_columns(
            {"district": " район  Арбат ", "street": "Новый Арбат", "house": "9", "korpus": "корп. 2"}
        ),
    )
    assert (filled.parts.district, filled.parts.street, filled.parts.house, filled.parts.korpus) == (
        "район Арбат",
        "ул. Арбат",
        "1",
        "2",  # the marker dropped, as the parser keeps a korpus
    )
    assert with_parts(clean, parts_from_columns({"district": ""})) is clean


def test_right_holders_with_shares_are_read_from_one_cell() -> None:
    holders = parse_right_holders("Иванов Иван Иванович (1/2); Иванова Мария Петровна (1/2)")
    assert [(h.name, h.share) for h in holders] == [
        ("Иванов Иван Иванович", "1/2"),
        ("Иванова Мария Петровна", "1/2"),
    ]
    assert parse_right_holders("ООО «Ромашка»", "1/3")[0].share == "1/3"
    for name in ("ООО «Ромашка» (Москва)", "ООО «Ромашка» (ИНН 7701234567)", "Иванов И. И. (1960 г.р.)"):
        assert [(h.name, h.share) for h in parse_right_holders(name)] == [(name, "")]
    assert parse_right_holders("ТСЖ «Дом 5» (кв. 12) (1/2)")[0] == RightHolderDraft(
        "ТСЖ «Дом 5» (кв. 12)", "1/2"
    )


def test_a_mistyped_share_is_named_not_taken_into_the_name() -> None:
    holders = parse_right_holders("Иванов Иван Иванович (1\\2)")
    assert [(h.name, h.share) for h in holders] == [("Иванов Иван Иванович", "1\\2")]
    clean, errors = clean_property(
        PropertyDraft(PropertyKind.PREMISES, address="Москва", right_holders=holders)
    )
    assert clean is None and [e.field for e in errors] == ["right_holders"]
    assert "Доля «1\\2» правообладателя записана неверно" in errors[0].message


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (PropertyDraft(PropertyKind.BUILDING, cadastral_number="77:01"), "cadastral_number"),
        (PropertyDraft(PropertyKind.BUILDING), "address"),
        (PropertyDraft(PropertyKind.PREMISES, address="Москва", area=Decimal("-1")), "area"),
        (
            PropertyDraft(PropertyKind.PREMISES, address="Москва", cadastral_value=Decimal("-5")),
            "cadastral_value",
        ),
        (PropertyDraft("квартира", address="Москва"), "kind"),  # type: ignore[arg-type]
        (
            PropertyDraft(
                PropertyKind.PREMISES,
                cadastral_number="77:01:0001001:1",
                parent_cadastral_number="77:01:0001001:1",
            ),
            "parent_cadastral_number",
        ),
    ],
)
def test_invalid_drafts_name_the_field(draft: PropertyDraft, field: str) -> None:
    clean, errors = clean_property(draft)
    assert clean is None
    assert field in {e.field for e in errors}
    assert all(e.message for e in errors)


def test_hostile_strings_are_kept_as_text() -> None:
    clean, errors = clean_property(
        PropertyDraft(
            PropertyKind.BUILDING, address="Москва, ул. '); DROP TABLE x;--\x00 %_ д. 1", notes="<script>"
        )
    )
    assert errors == [] and clean is not None
    assert "\x00" not in clean.draft.address and "DROP TABLE" in clean.draft.address
