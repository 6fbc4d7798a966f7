"""A registry in KOI8-R with English headers is refused whole, not stored as «нПУЛЧБ, ХМ. бТВБФ»."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.db.database import Database
from reception.db.property_models import Property
from reception.services.property_import import PropertyImportError, import_properties
from tests.conftest import Staff

ROWS = [
    "Cadastral number;Address",
    "77:01:0001001:100;г. Москва, ул. Арбат, д. 1",
    "77:01:0001001:101;г. Москва, ул. Тверская, д. 7, кв. 1",
    "77:01:0001001:102;г. Москва, Ленинский проспект, д. 12",
    "77:01:0001001:103;г. Москва, Профсоюзная улица, владение 9",
    "77:01:0001001:104;г. Москва, Мясницкая улица, д. 3, строение 2",
]


def test_a_koi8_r_registry_with_english_headers_is_refused_and_nothing_stored(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    path = tmp_path / "registry.csv"
    path.write_bytes(("\r\n".join(ROWS) + "\r\n").encode("koi8_r"))
    with pytest.raises(PropertyImportError, match=r"registry\.csv, похоже, в кодировке KOI8-R.*в строке 2"):
        import_properties(db.uow(), actor=staff.admin, path=path)
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(Property.id))) == 0
