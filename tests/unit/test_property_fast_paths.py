"""The import's fast paths give exactly what the general paths give."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reception.domain.properties import parse_address, parse_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("54,3", Decimal("54.3")),
        ("5400", Decimal("5400")),
        ("1 234,5", Decimal("1234.5")),
        ("1\u00a0234,50", Decimal("1234.50")),
        ("-5,5", Decimal("-5.5")),
        ("12.25", Decimal("12.25")),
    ],
)
def test_numbers_as_offices_write_them(text: str, value: Decimal) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["1,2,3", "сто", "54,", ",5", "1.2,3", ""])
def test_what_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_control_characters_do_not_reach_the_parts() -> None:
    plain = parse_address("г. Москва, ул. Тверская, д. 7, кв. 5")
    assert parse_address("г. Москва,\x00 ул. Тверская\x07, д. 7, кв.\x1f 5") == plain
    assert (plain.city, plain.street, plain.house, plain.apartment) == ("Москва", "ул. Тверская", "7", "5")


def test_parts_are_cut_to_300_characters() -> None:
    street = "ул. " + "Длинная" * 60
    parts = parse_address(f"г. Москва, {street}, д. 7")
    assert parts.street == street[:300] and parts.house == "7"
