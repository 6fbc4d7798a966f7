"""The classifier is reference data loaded from a file, all or nothing, with its edition kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reception.db.database import Database
from reception.db.models import Topic
from reception.domain.errors import PermissionDenied
from reception.services import appeals
from reception.services.classifier import ClassifierFileError, import_classifier, list_topics
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, appeal_draft

EDITION = """code;name
0005;Жилище
0005.0005;Жилищный фонд
0005.0005.0056;Коммунальное хозяйство
0005.0005.0056.1149;Оплата ЖКУ
0005.0005.0056.1160;Обращение с ТКО
0005.0005.0056.1160.0001;Раздельный сбор отходов
"""


def write(tmp_path: Path, content: str, encoding: str = "utf-8", name: str = "edition-2026.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def active_codes(db: Database) -> set[str]:
    return {t.code for t in list_topics(db.uow())}


def test_default_classifier_covers_housing_utilities_construction_and_property(db: Database) -> None:
    codes = active_codes(db)
    assert {
        "0005.0005.0056.1149",
        "0005.0005.0056.1160",
        "0003.0009.0096.0000",
        "0003.0009.0097.0689",
        "0001.0002.0027.0122",
    } <= codes


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_an_edition_loads_in_either_encoding_and_keeps_its_version(
    db: Database, staff: Staff, tmp_path: Path, encoding: str
) -> None:
    result = import_classifier(db.uow(), actor=staff.admin, path=write(tmp_path, EDITION, encoding))
    assert result.version == "edition-2026"
    topics = {t.code: t for t in list_topics(db.uow())}
    assert topics["0005.0005.0056.1160.0001"].name == "Раздельный сбор отходов"
    assert topics["0005.0005.0056.1160.0001"].level == 5
    assert topics["0005.0005.0056.0000"].parent_code == "0005.0005.0000.0000"


def test_codes_missing_from_a_new_edition_are_deactivated_not_deleted(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    result = import_classifier(db.uow(), actor=staff.admin, path=write(tmp_path, EDITION))
    assert result.deactivated > 0
    assert ROOF_LEAK not in active_codes(db)
    with db.uow() as uow:
        assert uow.session.scalar(select(Topic.is_active).where(Topic.code == ROOF_LEAK)) is False
    # the registered appeal keeps its question and its name
    assert appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id).questions[0].topic_name


def test_a_bad_file_is_refused_whole_with_every_row_named(db: Database, staff: Staff, tmp_path: Path) -> None:
    before = active_codes(db)
    bad = (
        EDITION
        + "0005.0005.0056.XXXX;Ошибка\n0005.0005.0056.1149;Повтор\n0005.0005.0099.0001;Нет родителя\n0005.0005.0056.1161;\n"
    )
    with pytest.raises(ClassifierFileError) as caught:
        import_classifier(db.uow(), actor=staff.admin, path=write(tmp_path, bad))
    rows = sorted(p.row for p in caught.value.problems)
    assert rows == [8, 9, 10, 11]
    assert "строка 8" in caught.value.message
    assert active_codes(db) == before


def test_a_binary_file_is_refused(db: Database, staff: Staff, tmp_path: Path) -> None:
    path = tmp_path / "scan.csv"
    path.write_bytes(b"%PDF-1.7\x00\x01\x02" * 100)
    with pytest.raises(ClassifierFileError, match="не текстовый"):
        import_classifier(db.uow(), actor=staff.admin, path=path)


def test_only_an_admin_loads_a_classifier(db: Database, staff: Staff, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_classifier(db.uow(), actor=staff.clerk, path=write(tmp_path, EDITION))
