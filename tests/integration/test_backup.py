"""Backup, restore and copy: identical checksums on both backends, bad backups refused whole."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from reception.db import migrate
from reception.db.database import Database
from reception.db.intake_models import Attachment
from reception.db.models import Appeal
from reception.domain.properties import PropertyKind
from reception.services.appeals import register_appeal
from reception.services.attachments import add_attachment, get_attachment
from reception.services.audit_chain import verify_audit_chain
from reception.services.backup import (
    BackupError,
    backup_database,
    checksum_path,
    copy_database,
    restore_database,
    table_checksums,
)
from reception.services.departments import add_department
from reception.services.open311 import import_open311, set_service_mapping
from reception.services.properties import PropertyDraft, create_property
from reception.services.property_links import link_property
from reception.services.workflow import assign
from tests.conftest import Staff, _empty_postgres, add_staff
from tests.factories import ROOF_LEAK, appeal_draft

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8


def populate(db: Database, staff: Staff) -> int:
    """A little of everything: appeals in work, a property tree, an attachment, a portal request."""
    department = add_department(db.uow(), actor=staff.admin, name="Отдел жилищных вопросов")
    first = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(summary="Второе"))
    assign(
        db.uow(),
        actor=staff.manager,
        appeal_id=first.id,
        executor_id=staff.executor.id,
        department_id=department.id,
        resolution="Рассмотреть",
    )
    building = create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(PropertyKind.BUILDING, address="г. Москва, ул. Профсоюзная, д. 43, корп. 2"),
    )
    flat = create_property(
        db.uow(),
        actor=staff.clerk,
        draft=PropertyDraft(
            PropertyKind.PREMISES, address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17"
        ),
    )
    assert building.id != flat.id
    link_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)
    add_attachment(db.uow(), actor=staff.clerk, file_name="скан.pdf", data=PDF, appeal_id=first.id)
    set_service_mapping(db.uow(), actor=staff.admin, service_code="ROOF", topic_code=ROOF_LEAK)
    request = {
        "service_request_id": "77-1",
        "service_code": "ROOF",
        "service_name": "Протечка",
        "description": "Течёт крыша",
        "requested_datetime": "2026-03-02T09:15:00+03:00",
        "lat": 55.7,
        "long": 37.6,
    }
    import_open311(db.uow(), actor=staff.clerk, data=json.dumps([request]).encode(), format="json")
    return first.id


def sqlite_database(path: Path) -> Database:
    return Database(f"sqlite:///{path}")


def attachment_bytes(db: Database, staff_login_db: Database) -> bytes:
    with db.uow() as uow:
        attachment_id = uow.session.scalar(select(Attachment.id))
    assert attachment_id is not None
    admin = add_staff_view(staff_login_db)
    return get_attachment(db.uow(), actor=admin, attachment_id=attachment_id)[1]


def add_staff_view(db: Database):  # type: ignore[no-untyped-def]
    from reception.db.models import User
    from reception.domain.permissions import Role
    from reception.services.users import UserView

    with db.uow() as uow:
        user = uow.session.scalars(select(User).where(User.role == Role.ADMIN)).one()
        return UserView(user.id, user.login, user.full_name, user.role, user.is_active)


def appeal_count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count(Appeal.id))) or 0)


def test_backup_then_restore_gives_identical_checksums(db: Database, staff: Staff, tmp_path: Path) -> None:
    populate(db, staff)
    before = table_checksums(db)
    out = tmp_path / "office.reception-backup"
    result = backup_database(db, out)
    assert checksum_path(out).is_file() and result.rows > 0
    assert {t.name: t for t in result.tables} == before

    if db.backend == "sqlite":
        target = sqlite_database(tmp_path / "restored.sqlite3")
    else:
        _empty_postgres(db)
        target = db
    restore_database(target, out)
    assert table_checksums(target) == before
    assert before["report_appeal_facts"].rows == 3 and before["report_question_facts"].rows == 3
    assert verify_audit_chain(target.uow()).intact
    assert attachment_bytes(target, target) == PDF


def test_sqlite_to_postgresql_to_sqlite_copy_preserves_every_row(
    sqlite_db: Database, pg_db: Database, tmp_path: Path
) -> None:
    staff = add_staff(sqlite_db)
    populate(sqlite_db, staff)
    source = table_checksums(sqlite_db)

    copy_database(sqlite_db, pg_db)
    assert table_checksums(pg_db) == source
    assert verify_audit_chain(pg_db.uow()).intact
    back = sqlite_database(tmp_path / "back.sqlite3")
    copy_database(pg_db, back)
    assert table_checksums(back) == source
    assert verify_audit_chain(back.uow()).intact
    assert attachment_bytes(back, back) == PDF

    # Sequences were moved past the copied ids: new rows get new numbers on the server.
    admin_clerk = staff.clerk
    register_appeal(pg_db.uow(), actor=admin_clerk, draft=appeal_draft(summary="После переноса"))
    assert appeal_count(pg_db) == 4
    assert verify_audit_chain(pg_db.uow()).intact
    back.dispose()


def test_a_database_in_use_is_not_overwritten(db: Database, staff: Staff, tmp_path: Path) -> None:
    populate(db, staff)
    out = tmp_path / "office.zip"
    backup_database(db, out)
    before = table_checksums(db)
    with pytest.raises(BackupError, match="не пуста"):
        restore_database(db, out)
    assert table_checksums(db) == before


def _rewrite(backup: Path, change: dict[str, bytes | None]) -> None:
    """The backup with some members replaced (None: a member's bytes kept); its .sha256 removed."""
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in change.items():
        if data is not None:
            members[name] = data
    with zipfile.ZipFile(backup, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    checksum_path(backup).unlink()


@pytest.fixture
def backup_file(sqlite_db: Database, tmp_path: Path) -> Path:
    populate(sqlite_db, add_staff(sqlite_db))
    out = tmp_path / "office.zip"
    backup_database(sqlite_db, out)
    return out


def untouched(path: Path) -> bool:
    """The restore target was never written: no schema was created in it."""
    if not path.exists():
        return True
    db = sqlite_database(path)
    try:
        return migrate.current_revision(db.engine) is None
    finally:
        db.dispose()


def test_a_backup_from_a_newer_schema_is_refused(backup_file: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(backup_file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["schema_revision"] = "9999"
    _rewrite(backup_file, {"manifest.json": json.dumps(manifest).encode()})
    target_path = tmp_path / "target.sqlite3"
    target = sqlite_database(target_path)
    with pytest.raises(BackupError, match=r"более новой версией программы \(схема 9999\)"):
        restore_database(target, backup_file)
    target.dispose()
    assert untouched(target_path)


def test_a_corrupted_backup_is_refused_before_anything_is_written(backup_file: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(backup_file) as archive:
        appeals = archive.read("tables/appeals.jsonl")
    _rewrite(backup_file, {"tables/appeals.jsonl": appeals.replace("Второе".encode(), "Третье".encode())})
    target_path = tmp_path / "target.sqlite3"
    target = sqlite_database(target_path)
    with pytest.raises(BackupError, match="таблица appeals не совпадает с контрольной суммой"):
        restore_database(target, backup_file)
    target.dispose()
    assert untouched(target_path)


def test_a_damaged_backup_file_fails_its_checksum(backup_file: Path, tmp_path: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup_file.write_bytes(bytes(data))
    target_path = tmp_path / "target.sqlite3"
    target = sqlite_database(target_path)
    with pytest.raises(BackupError, match="контрольная сумма не совпадает"):
        restore_database(target, backup_file)
    target.dispose()
    assert untouched(target_path)


def test_copy_refuses_a_non_empty_target(sqlite_db: Database, tmp_path: Path) -> None:
    staff = add_staff(sqlite_db)
    populate(sqlite_db, staff)
    other = sqlite_database(tmp_path / "other.sqlite3")
    migrate.upgrade(other.engine)
    with other.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (login, full_name, role, password_hash, is_active, created_at, failed_logins) "
                "VALUES ('x', 'X', 'clerk', '-', 1, '2026-01-01 00:00:00', 0)"
            )
        )
    with pytest.raises(BackupError, match="users: 1"):
        copy_database(sqlite_db, other)
    other.dispose()


def test_a_backup_taken_while_someone_writes_holds_only_committed_work(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    populate(db, staff)
    with db.engine.connect() as writer:
        transaction = writer.begin()
        writer.execute(text("INSERT INTO departments (name, is_active) VALUES ('Ещё не сохранён', true)"))
        result = backup_database(db, tmp_path / "during.zip")
        transaction.rollback()
    departments = {t.name: t.rows for t in result.tables}["departments"]
    assert departments == 1
