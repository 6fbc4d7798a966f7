"""Files attached to appeals and letters: kept in the database with their SHA-256, saved back unchanged.

The size limit is an office setting (default 25 MB). A file on disk is measured before it is read and
hashed while it is read in chunks, so a 2 GB file is refused without being loaded. Who may remove an
attachment: the person who attached it, or an administrator, and never from an approved letter;
every removal is audited with the file's name and hash.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.intake_models import Attachment
from reception.db.letter_models import Letter
from reception.db.models import Appeal, User
from reception.db.uow import UnitOfWork
from reception.documents.atomic import write_atomically
from reception.domain.errors import FieldError, NotFound, PermissionDenied, ReceptionError, ValidationError
from reception.domain.permissions import Permission, Role, allows
from reception.services.audit import record_event
from reception.services.office_settings import read_setting, record_setting_change, write_setting
from reception.services.users import UserView, load_actor

MAX_BYTES_SETTING = "attachment_max_bytes"
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024
MAX_NAME = 255


class AttachmentTooLarge(ReceptionError):
    """The file is larger than the office's limit; nothing was read into the database."""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    appeal_id: int | None
    letter_id: int | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_by_id: int
    added_at: datetime

    @property
    def previewable(self) -> bool:
        """Images and PDFs are shown in the app; other files are saved out and opened elsewhere."""
        return self.media_type.startswith("image/") or self.media_type == "application/pdf"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " МБ"


def max_bytes(session: Session) -> int:
    value = read_setting(session, MAX_BYTES_SETTING)
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def set_size_limit(uow: UnitOfWork, *, actor: UserView, megabytes: int) -> None:
    if not 1 <= megabytes <= 1024:
        raise ValidationError(FieldError("attachment_max_mb", "Предел размера вложения: от 1 до 1024 МБ."))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = max_bytes(uow.session)
        write_setting(uow.session, MAX_BYTES_SETTING, str(megabytes * 1024 * 1024))
        record_setting_change(
            uow.session,
            user_id=admin.id,
            changes={MAX_BYTES_SETTING: {"before": before, "after": megabytes * 1024 * 1024}},
        )


def _too_large(name: str, size: int | None, limit: int) -> AttachmentTooLarge:
    measured = f" ({_megabytes(size)})" if size is not None else ""
    return AttachmentTooLarge(
        f"Файл «{name}»{measured} больше допустимого размера вложения {_megabytes(limit)}. "
        "Уменьшите его (например, отсканируйте с меньшим разрешением) или разделите на части."
    )


def read_limited(path: Path, limit: int) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, read in chunks; AttachmentTooLarge before reading a file over
    `limit`, or as soon as one that grows while read passes it."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise ReceptionError(f"Файл «{path.name}» не открывается: {error.strerror}.") from error
    if size > limit:
        raise _too_large(path.name, size, limit)
    digest, chunks, total = hashlib.sha256(), [], 0
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise _too_large(path.name, None, limit)
            digest.update(chunk)
            chunks.append(chunk)
    return b"".join(chunks), digest.hexdigest()


def _owner_check(session: Session, user: User, appeal_id: int | None, letter_id: int | None) -> None:
    if (appeal_id is None) == (letter_id is None):
        raise ValueError("an attachment belongs to exactly one appeal or one letter")
    if letter_id is not None:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("Письмо не найдено.")
        if letter.pdf_sha256:
            raise PermissionDenied("Письмо утверждено: его вложения не меняются.")
        return
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("Обращение не найдено.")
    if not (allows(user.role, Permission.EDIT_APPEAL) or appeal.assignee_id == user.id):
        raise PermissionDenied("Прикреплять файлы к обращению может регистратор или его исполнитель.")


def _view(row: Attachment, added_by: str) -> AttachmentView:
    return AttachmentView(
        row.id,
        row.appeal_id,
        row.letter_id,
        row.file_name,
        row.media_type,
        row.size,
        row.sha256,
        added_by,
        row.added_by_id,
        row.added_at,
    )


def guess_media_type(file_name: str) -> str:
    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def add_attachment(
    uow: UnitOfWork,
    *,
    actor: UserView,
    file_name: str,
    data: bytes,
    media_type: str = "",
    appeal_id: int | None = None,
    letter_id: int | None = None,
) -> AttachmentView:
    """Attach bytes already in memory (an e-mail's attachment). The same file twice is kept once."""
    with uow:
        limit = max_bytes(uow.session)
    if len(data) > limit:
        raise _too_large(file_name, len(data), limit)
    return _store(
        uow,
        actor=actor,
        file_name=file_name,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        appeal_id=appeal_id,
        letter_id=letter_id,
    )


def add_attachment_file(
    uow: UnitOfWork,
    *,
    actor: UserView,
    path: Path,
    appeal_id: int | None = None,
    letter_id: int | None = None,
    media_type: str = "",
) -> AttachmentView:
    """Attach a file from disk, streamed and hashed; refused above the office's size limit."""
    with uow:
        limit = max_bytes(uow.session)
    data, sha256 = read_limited(Path(path), limit)
    return _store(
        uow,
        actor=actor,
        file_name=Path(path).name,
        data=data,
        sha256=sha256,
        media_type=media_type,
        appeal_id=appeal_id,
        letter_id=letter_id,
    )


def _store(
    uow: UnitOfWork,
    *,
    actor: UserView,
    file_name: str,
    data: bytes,
    sha256: str,
    media_type: str,
    appeal_id: int | None,
    letter_id: int | None,
) -> AttachmentView:
    name = Path(file_name.replace("\\", "/")).name.strip()[:MAX_NAME] or "вложение"
    with uow:
        user = load_actor(uow, actor)
        _owner_check(uow.session, user, appeal_id, letter_id)
        owner = (
            Attachment.appeal_id == appeal_id if appeal_id is not None else Attachment.letter_id == letter_id
        )
        existing = uow.session.scalar(select(Attachment).where(owner, Attachment.sha256 == sha256))
        if existing is not None:
            added_by = uow.session.get(User, existing.added_by_id)
            return _view(existing, added_by.full_name if added_by else "")
        row = Attachment(
            appeal_id=appeal_id,
            letter_id=letter_id,
            file_name=name,
            media_type=(media_type or guess_media_type(name))[:127],
            size=len(data),
            sha256=sha256,
            content=data,
            added_by_id=user.id,
        )
        uow.session.add(row)
        uow.flush()
        _audit(uow.session, user.id, row, "attachment_added")
        return _view(row, user.full_name)


def _audit(session: Session, user_id: int, row: Attachment, action: str) -> None:
    entity, entity_id = ("appeal", row.appeal_id) if row.appeal_id is not None else ("letter", row.letter_id)
    assert entity_id is not None
    record_event(
        session,
        user_id=user_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        changes={"attachment_id": row.id, "file_name": row.file_name, "size": row.size, "sha256": row.sha256},
    )


def list_attachments(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int | None = None, letter_id: int | None = None
) -> list[AttachmentView]:
    """The attachments of an appeal or a letter, oldest first, without their contents."""
    columns = [c for c in Attachment.__table__.c if c.name != "content"]
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(*columns, User.full_name)
            .join(User, User.id == Attachment.added_by_id)
            .order_by(Attachment.added_at, Attachment.id)
        )
        query = (
            query.where(Attachment.appeal_id == appeal_id)
            if appeal_id is not None
            else query.where(Attachment.letter_id == letter_id)
        )
        return [
            AttachmentView(
                r.id,
                r.appeal_id,
                r.letter_id,
                r.file_name,
                r.media_type,
                r.size,
                r.sha256,
                r.full_name,
                r.added_by_id,
                r.added_at,
            )
            for r in uow.session.execute(query)
        ]


def get_attachment(uow: UnitOfWork, *, actor: UserView, attachment_id: int) -> tuple[AttachmentView, bytes]:
    """The attachment and its bytes, checked against the stored SHA-256."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        row = uow.session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound("Вложение не найдено.")
        added_by = uow.session.get(User, row.added_by_id)
        data = bytes(row.content)
        view = _view(row, added_by.full_name if added_by else "")
    if hashlib.sha256(data).hexdigest() != view.sha256:
        raise ReceptionError(f"Вложение «{view.file_name}» повреждено: контрольная сумма не совпадает.")
    return view, data


def save_attachment(uow: UnitOfWork, *, actor: UserView, attachment_id: int, path: Path) -> AttachmentView:
    """Write the attachment out unchanged (whole or not at all)."""
    view, data = get_attachment(uow, actor=actor, attachment_id=attachment_id)

    def write(out: IO[bytes]) -> None:
        out.write(data)

    write_atomically(Path(path), write)
    return view


def remove_attachment(uow: UnitOfWork, *, actor: UserView, attachment_id: int) -> None:
    """A wrongly attached file is removed by whoever attached it (or an administrator), audited."""
    with uow:
        user = load_actor(uow, actor)
        row = uow.session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound("Вложение не найдено.")
        if row.added_by_id != user.id and user.role is not Role.ADMIN:
            raise PermissionDenied("Удалить вложение может только тот, кто его прикрепил, или администратор.")
        if row.letter_id is not None:
            letter = uow.session.get(Letter, row.letter_id)
            if letter is not None and letter.pdf_sha256:
                raise PermissionDenied("Письмо утверждено: его вложения не меняются.")
        _audit(uow.session, user.id, row, "attachment_removed")
        uow.session.delete(row)
