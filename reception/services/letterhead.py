"""The office's details for letters: the letterhead and the officials who sign (office settings).

The defaults are demonstration values for a city property department, marked as such: the
administrator sets the real ones (`reception-admin settings letterhead …` or the service below).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from reception.db.uow import UnitOfWork
from reception.documents.letter_pdf import Letterhead
from reception.domain.errors import FieldError, ValidationError
from reception.domain.permissions import Permission
from reception.services.office_settings import read_setting, record_setting_change, write_setting
from reception.services.users import UserView, load_actor

ORG_NAME = "org_name"
ORG_ADDRESS = "org_address"
ORG_PHONE = "org_phone"
ORG_EMAIL = "org_email"
SIGNATORIES = "letter_signatories"

DEMO_LETTERHEAD = Letterhead(
    name="Департамент городского имущества города Москвы",
    address="125009, г. Москва, ул. Образцовая, д. 1 (демонстрационные данные)",
    phone="+7 (495) 000-00-00",
    email="priemnaya@dgi.example",
)


@dataclass(frozen=True)
class Signatory:
    """An official who signs letters; `login` names the user who may approve letters in their name."""

    position: str
    name: str  # as the signature block prints it: «И. И. Образцов»
    login: str = ""


DEMO_SIGNATORIES = (
    Signatory("Заместитель руководителя Департамента городского имущества города Москвы", "И. И. Образцов"),
    Signatory("Начальник Управления по работе с обращениями граждан", "П. С. Примеров"),
)


def read_letterhead(session: Session) -> Letterhead:
    return Letterhead(
        name=read_setting(session, ORG_NAME) or DEMO_LETTERHEAD.name,
        address=read_setting(session, ORG_ADDRESS) or DEMO_LETTERHEAD.address,
        phone=read_setting(session, ORG_PHONE) or DEMO_LETTERHEAD.phone,
        email=read_setting(session, ORG_EMAIL) or DEMO_LETTERHEAD.email,
    )


def read_signatories(session: Session) -> tuple[Signatory, ...]:
    raw = read_setting(session, SIGNATORIES)
    if not raw:
        return DEMO_SIGNATORIES
    return tuple(Signatory(**item) for item in json.loads(raw))


def get_letterhead(uow: UnitOfWork) -> Letterhead:
    with uow:
        return read_letterhead(uow.session)


def list_signatories(uow: UnitOfWork) -> tuple[Signatory, ...]:
    with uow:
        return read_signatories(uow.session)


def _required(value: str, field: str, message: str, limit: int = 500) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(FieldError(field, message))
    if len(cleaned) > limit:
        raise ValidationError(FieldError(field, f"Не более {limit} знаков."))
    return cleaned


def set_letterhead(uow: UnitOfWork, *, actor: UserView, letterhead: Letterhead) -> Letterhead:
    """Administrator only: the organisation's name, address, phone and e-mail on every new letter."""
    clean = Letterhead(
        name=_required(letterhead.name, "org_name", "Укажите наименование организации."),
        address=_required(letterhead.address, "org_address", "Укажите почтовый адрес организации."),
        phone=_required(letterhead.phone, "org_phone", "Укажите телефон организации.", 64),
        email=_required(letterhead.email, "org_email", "Укажите адрес электронной почты организации.", 200),
    )
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = read_letterhead(uow.session)
        for key, value in (
            (ORG_NAME, clean.name),
            (ORG_ADDRESS, clean.address),
            (ORG_PHONE, clean.phone),
            (ORG_EMAIL, clean.email),
        ):
            write_setting(uow.session, key, value)
        record_setting_change(
            uow.session,
            user_id=admin.id,
            changes={"letterhead": {"before": asdict(before), "after": asdict(clean)}},
        )
    return clean


def set_signatories(
    uow: UnitOfWork, *, actor: UserView, signatories: Sequence[Signatory]
) -> tuple[Signatory, ...]:
    """Administrator only: the officials new letters may name as signatory, the first by default."""
    if not signatories:
        raise ValidationError(FieldError("signatories", "Нужен хотя бы один подписант."))
    clean = tuple(
        Signatory(
            _required(s.position, "signatories", "Укажите должность подписанта.", 300),
            _required(s.name, "signatories", "Укажите инициалы и фамилию подписанта.", 200),
            s.login.strip(),
        )
        for s in signatories
    )
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = read_signatories(uow.session)
        write_setting(uow.session, SIGNATORIES, json.dumps([asdict(s) for s in clean], ensure_ascii=False))
        record_setting_change(
            uow.session,
            user_id=admin.id,
            changes={
                SIGNATORIES: {"before": [asdict(s) for s in before], "after": [asdict(s) for s in clean]}
            },
        )
    return clean
