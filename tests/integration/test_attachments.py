"""Attachments: kept in the database with SHA-256, saved back byte for byte, refused above the limit."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reception.db.database import Database
from reception.db.intake_models import Attachment
from reception.domain.errors import PermissionDenied
from reception.services.appeals import register_appeal
from reception.services.attachments import (
    AttachmentTooLarge,
    add_attachment,
    add_attachment_file,
    list_attachments,
    remove_attachment,
    save_attachment,
    set_size_limit,
)
from reception.services.audit_chain import verify_audit_chain
from tests.conftest import Staff
from tests.factories import appeal_draft

SCAN = bytes(range(256)) * 40 + b"%PDF-1.7 tail\x00\xff"


def attachment_count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count(Attachment.id))) or 0)


def test_a_file_is_saved_back_out_unchanged(db: Database, staff: Staff, tmp_path: Path) -> None:
    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    source = tmp_path / "скан заявления.pdf"
    source.write_bytes(SCAN)
    view = add_attachment_file(db.uow(), actor=staff.clerk, path=source, appeal_id=appeal.id)
    assert (view.file_name, view.media_type, view.size) == (
        "скан заявления.pdf",
        "application/pdf",
        len(SCAN),
    )
    assert view.sha256 == hashlib.sha256(SCAN).hexdigest() and view.previewable

    again = add_attachment(db.uow(), actor=staff.clerk, file_name="copy.pdf", data=SCAN, appeal_id=appeal.id)
    assert again.id == view.id  # the same file is kept once per appeal
    assert [a.id for a in list_attachments(db.uow(), actor=staff.executor, appeal_id=appeal.id)] == [view.id]

    out = tmp_path / "out.pdf"
    save_attachment(db.uow(), actor=staff.executor, attachment_id=view.id, path=out)
    assert out.read_bytes() == SCAN
    assert hashlib.sha256(out.read_bytes()).hexdigest() == view.sha256


def test_a_2_gb_file_is_refused_without_being_read(db: Database, staff: Staff, tmp_path: Path) -> None:
    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    huge = tmp_path / "video.mp4"
    with open(huge, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse: nothing written to disk
    with pytest.raises(AttachmentTooLarge, match=r"video\.mp4.*2048,0 МБ.*25,0 МБ"):
        add_attachment_file(db.uow(), actor=staff.clerk, path=huge, appeal_id=appeal.id)
    assert attachment_count(db) == 0


def test_the_size_limit_is_an_office_setting(db: Database, staff: Staff, tmp_path: Path) -> None:
    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    set_size_limit(db.uow(), actor=staff.admin, megabytes=1)
    with pytest.raises(AttachmentTooLarge, match="1,0 МБ"):
        add_attachment(
            db.uow(),
            actor=staff.clerk,
            file_name="big.bin",
            data=b"x" * (1024 * 1024 + 1),
            appeal_id=appeal.id,
        )
    assert attachment_count(db) == 0


def test_only_who_attached_a_file_removes_it_and_it_is_audited(db: Database, staff: Staff) -> None:
    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    view = add_attachment(
        db.uow(), actor=staff.clerk, file_name="wrong.jpg", data=b"\xff\xd8\xff", appeal_id=appeal.id
    )
    with pytest.raises(PermissionDenied):
        remove_attachment(db.uow(), actor=staff.manager, attachment_id=view.id)
    remove_attachment(db.uow(), actor=staff.clerk, attachment_id=view.id)
    assert attachment_count(db) == 0
    assert verify_audit_chain(db.uow()).intact
