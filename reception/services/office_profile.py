"""Every office-wide setting at once, for the settings dialog: read as one view, saved as one action.

The single setters (letterhead, signatories, prefix, shift policy, attachment limit) stay for the
command line; here all the fields are checked together, so the form marks every bad field in one
go, and what changed is written in one transaction with one audit event, or nothing is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from sqlalchemy.orm import Session

from reception.db.uow import UnitOfWork
from reception.documents.letter_pdf import Letterhead
from reception.domain.deadlines import ShiftPolicy
from reception.domain.errors import FieldError, ValidationError
from reception.domain.permissions import Permission, allows
from reception.domain.regnumbers import DEFAULT_PREFIX, is_valid_prefix
from reception.services.attachments import MAX_BYTES_SETTING, max_bytes
from reception.services.deadline_rules import DEADLINE_SHIFT
from reception.services.letterhead import (
    ORG_ADDRESS,
    ORG_EMAIL,
    ORG_NAME,
    ORG_PHONE,
    SIGNATORIES,
    Signatory,
    read_letterhead,
    read_signatories,
)
from reception.services.office_settings import REG_PREFIX, read_setting, record_setting_change, write_setting
from reception.services.users import UserView, load_actor

MIN_ATTACHMENT_MB, MAX_ATTACHMENT_MB = 1, 1024
MAX_SIGNATORIES = 20


@dataclass(frozen=True)
class OfficeProfile:
    """The office's settings as the dialog shows them; `editable` says whether this actor may change them."""

    letterhead: Letterhead
    signatories: tuple[Signatory, ...]
    reg_prefix: str
    deadline_shift: ShiftPolicy
    attachment_max_mb: int
    editable: bool = False


def read_office_profile(uow: UnitOfWork, *, actor: UserView) -> OfficeProfile:
    """Anyone signed in may see the settings; only a role with MANAGE_SETTINGS may change them."""
    with uow:
        user = load_actor(uow, actor)
        return replace(_stored_profile(uow.session), editable=allows(user.role, Permission.MANAGE_SETTINGS))


def _text(errors: list[FieldError], value: str, field: str, missing: str, limit: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        errors.append(FieldError(field, missing))
    elif len(cleaned) > limit:
        errors.append(FieldError(field, f"Не более {limit} знаков."))
    return cleaned


def check_office_profile(profile: OfficeProfile) -> OfficeProfile:
    """The cleaned profile, or ValidationError naming every bad field (`signatories.N.position` …)."""
    errors: list[FieldError] = []
    head = profile.letterhead
    letterhead = Letterhead(
        name=_text(errors, head.name, "org_name", "Укажите наименование организации.", 500),
        address=_text(errors, head.address, "org_address", "Укажите почтовый адрес организации.", 500),
        phone=_text(errors, head.phone, "org_phone", "Укажите телефон организации.", 64),
        email=_text(errors, head.email, "org_email", "Укажите адрес электронной почты организации.", 200),
    )
    if letterhead.email and "@" not in letterhead.email:
        errors.append(FieldError("org_email", "Адрес электронной почты должен содержать «@»."))
    signatories: list[Signatory] = []
    if not profile.signatories:
        errors.append(FieldError("signatories", "Нужен хотя бы один подписант."))
    elif len(profile.signatories) > MAX_SIGNATORIES:
        errors.append(FieldError("signatories", f"Не более {MAX_SIGNATORIES} подписантов."))
    for number, signatory in enumerate(profile.signatories):
        signatories.append(
            Signatory(
                position=_text(
                    errors,
                    signatory.position,
                    f"signatories.{number}.position",
                    f"Укажите должность подписанта № {number + 1}.",
                    300,
                ),
                name=_text(
                    errors,
                    signatory.name,
                    f"signatories.{number}.name",
                    f"Укажите инициалы и фамилию подписанта № {number + 1}.",
                    200,
                ),
                login=signatory.login.strip(),
            )
        )
    prefix = profile.reg_prefix.strip().upper()
    if not is_valid_prefix(prefix):
        errors.append(FieldError("reg_prefix", "Префикс номера: от 1 до 10 букв или цифр, например ВП."))
    if not MIN_ATTACHMENT_MB <= profile.attachment_max_mb <= MAX_ATTACHMENT_MB:
        errors.append(
            FieldError(
                "attachment_max_mb",
                f"Предел размера вложения: от {MIN_ATTACHMENT_MB} до {MAX_ATTACHMENT_MB} МБ.",
            )
        )
    if errors:
        raise ValidationError(errors)
    return OfficeProfile(
        letterhead=letterhead,
        signatories=tuple(signatories),
        reg_prefix=prefix,
        deadline_shift=ShiftPolicy(profile.deadline_shift),
        attachment_max_mb=profile.attachment_max_mb,
        editable=profile.editable,
    )


def _stored_values(profile: OfficeProfile) -> dict[str, str]:
    return {
        ORG_NAME: profile.letterhead.name,
        ORG_ADDRESS: profile.letterhead.address,
        ORG_PHONE: profile.letterhead.phone,
        ORG_EMAIL: profile.letterhead.email,
        SIGNATORIES: _signatories_json(profile.signatories),
        REG_PREFIX: profile.reg_prefix,
        DEADLINE_SHIFT: profile.deadline_shift.value,
        MAX_BYTES_SETTING: str(profile.attachment_max_mb * 1024 * 1024),
    }


def _signatories_json(signatories: Sequence[Signatory]) -> str:
    return json.dumps([asdict(s) for s in signatories], ensure_ascii=False)


def save_office_profile(
    uow: UnitOfWork, *, actor: UserView, profile: OfficeProfile, loaded: OfficeProfile | None = None
) -> OfficeProfile:
    """Administrator only. Writes the settings that differ from the stored ones; returns the saved view.

    With `loaded` (what the editor showed before the administrator edited it) only the settings the
    administrator changed are written: another administrator's change to a setting this one did not
    touch, saved meanwhile, is kept rather than put back. New registration numbers take the new
    prefix and new due dates the new shift policy; numbers and dates already given stay as they were.
    """
    clean = check_office_profile(profile)
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        session = uow.session
        current = _stored_profile(session)
        before, after = _stored_values(current), _stored_values(clean)
        shown = _stored_values(check_office_profile(loaded)) if loaded is not None else before
        changes = {
            key: {"before": before[key], "after": value}
            for key, value in after.items()
            if before[key] != value and shown[key] != value
        }
        for key in changes:
            write_setting(session, key, after[key])
        if changes:
            record_setting_change(session, user_id=admin.id, changes=changes)
            session.flush()
        saved = _stored_profile(session)
    return replace(saved, editable=True)


def _stored_profile(session: Session) -> OfficeProfile:
    return OfficeProfile(
        letterhead=read_letterhead(session),
        signatories=read_signatories(session),
        reg_prefix=read_setting(session, REG_PREFIX) or DEFAULT_PREFIX,
        deadline_shift=ShiftPolicy(read_setting(session, DEADLINE_SHIFT) or ShiftPolicy.PRECEDING.value),
        attachment_max_mb=max(MIN_ATTACHMENT_MB, max_bytes(session) // (1024 * 1024)),
    )
