"""The merge fields a letter template sees: plain frozen records of strings, gathered from the DB.

Dates are ready-printed (`05.03.2026`), absent values are empty strings, so a template needs no
filters to print anything and StrictUndefined catches only real typos in field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.models import Appeal
from reception.db.property_models import AppealProperty
from reception.db.workflow_models import Forwarding
from reception.documents.letter_pdf import Letterhead
from reception.domain.appeals import ApplicantKind, short_person_name
from reception.domain.deadlines import office_date
from reception.domain.letters import LEGAL_GROUND_TEXT, salutation
from reception.domain.workflow import LegalGround
from reception.services.appeals import AppealView, _appeal_view
from reception.services.letterhead import Signatory

GROUND_PLACEHOLDER = "[укажите основание: часть и статью Федерального закона от 02.05.2006 № 59-ФЗ]"


def day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


@dataclass(frozen=True)
class OrgFields:
    name: str
    address: str
    phone: str
    email: str


@dataclass(frozen=True)
class AppealFields:
    reg_number: str
    received: str
    registered: str
    due: str
    summary: str
    text: str
    kind: str
    channel: str
    questions: tuple[str, ...]
    is_collective: bool
    earlier: str  # earlier appeals on the same question, «ВП-2025-000101, ВП-2025-000377»


@dataclass(frozen=True)
class ApplicantFields:
    full_name: str
    short_name: str
    surname: str
    first_name: str
    patronymic: str
    salutation: str
    address: str
    email: str
    phone: str
    is_organisation: bool


@dataclass(frozen=True)
class PropertyFields:
    cadastral_number: str
    address: str
    description: str  # «кадастровый номер 77:06:0004005:1234, г. Москва, ул. …»


@dataclass(frozen=True)
class PersonFields:
    full_name: str
    short_name: str
    phone: str


@dataclass(frozen=True)
class SignatoryFields:
    position: str
    name: str


@dataclass(frozen=True)
class ExtensionFields:
    granted: bool
    days: str
    new_due: str
    reason: str


@dataclass(frozen=True)
class ForwardingFields:
    done: bool
    to_body: str
    date: str
    letter_number: str


@dataclass(frozen=True)
class GroundFields:
    code: str
    label: str
    text: str


def _applicant(view: AppealView) -> ApplicantFields:
    a = view.applicant
    if a is None:
        return ApplicantFields("", "", "", "", "", salutation("", ""), "", "", "", False)
    organisation = a.kind is ApplicantKind.ORGANISATION
    full = (
        a.organisation_name
        if organisation
        else " ".join(p for p in (a.surname, a.first_name, a.patronymic) if p)
    )
    return ApplicantFields(
        full_name=full.strip(),
        short_name=a.display_name,
        surname=a.surname,
        first_name=a.first_name,
        patronymic=a.patronymic,
        salutation="Уважаемые господа!" if organisation else salutation(a.first_name, a.patronymic),
        address=a.postal_address,
        email=a.email,
        phone=a.phone,
        is_organisation=organisation,
    )


def _properties(session: Session, appeal_id: int) -> tuple[PropertyFields, ...]:
    links = session.scalars(
        select(AppealProperty)
        .where(AppealProperty.appeal_id == appeal_id)
        .order_by(AppealProperty.linked_at, AppealProperty.id)
    )
    out = []
    for link in links:
        number, address = link.cadastral_number_snapshot, link.address_snapshot
        parts = [f"кадастровый номер {number}" if number else "", address]
        out.append(PropertyFields(number, address, ", ".join(p for p in parts if p)))
    return tuple(out)


def merge_fields(
    session: Session,
    appeal: Appeal,
    *,
    letterhead: Letterhead,
    signatory: Signatory,
    executor_name: str,
    executor_phone: str,
    today: date,
) -> dict[str, Any]:
    view = _appeal_view(session, appeal)
    forwarding = session.scalars(
        select(Forwarding).where(Forwarding.appeal_id == appeal.id).order_by(Forwarding.id.desc())
    ).first()
    ground = view.closing_ground
    return {
        "org": OrgFields(letterhead.name, letterhead.address, letterhead.phone, letterhead.email),
        "appeal": AppealFields(
            reg_number=view.reg_number,
            received=day(office_date(view.received_at)),
            registered=day(office_date(view.registered_at)),
            due=day(view.due_date),
            summary=view.summary,
            text=view.text,
            kind=view.kind.label,
            channel=view.channel.label,
            questions=tuple(q.topic_name for q in view.questions),
            is_collective=view.is_collective,
            earlier=", ".join(view.repeats),
        ),
        "applicant": _applicant(view),
        "properties": _properties(session, appeal.id),
        "executor": PersonFields(executor_name, short_person_name(executor_name), executor_phone),
        "signatory": SignatoryFields(signatory.position, signatory.name),
        "today": day(today),
        "extension": ExtensionFields(
            granted=view.extension is not None,
            days=str(view.extension.days) if view.extension else "",
            new_due=day(view.extension.new_due) if view.extension else "",
            reason=view.extension.reason if view.extension else "",
        ),
        "forwarding": ForwardingFields(
            done=forwarding is not None,
            to_body=forwarding.to_body if forwarding else "",
            date=day(forwarding.covering_letter_date) if forwarding else "",
            letter_number=forwarding.covering_letter_number if forwarding else "",
        ),
        "ground": GroundFields(
            code=ground.value if ground else "",
            label=ground.label if ground else "",
            text=LEGAL_GROUND_TEXT[ground] if ground else GROUND_PLACEHOLDER,
        ),
    }


def sample_fields() -> dict[str, Any]:
    """Realistic fields with every value filled in: a template is test-rendered against them on save."""
    return {
        "org": OrgFields("Департамент", "г. Москва", "+7 (495) 000-00-00", "info@example.ru"),
        "appeal": AppealFields(
            "ВП-2026-000001",
            "02.03.2026",
            "03.03.2026",
            "02.04.2026",
            "Протечка кровли",
            "Текст",
            "Жалоба",
            "Почта",
            ("Ремонт кровли",),
            False,
            "ВП-2025-000101",
        ),
        "applicant": ApplicantFields(
            "Смирнова Ольга Викторовна",
            "Смирнова О. В.",
            "Смирнова",
            "Ольга",
            "Викторовна",
            "Уважаемая Ольга Викторовна!",
            "г. Москва",
            "o@example.ru",
            "+7 916 000-00-00",
            False,
        ),
        "properties": (
            PropertyFields(
                "77:06:0004005:1234",
                "г. Москва, ул. Профсоюзная, д. 43",
                "кадастровый номер 77:06:0004005:1234, г. Москва, ул. Профсоюзная, д. 43",
            ),
        ),
        "executor": PersonFields("Петров Пётр Петрович", "Петров П. П.", "+7 (495) 000-00-01"),
        "signatory": SignatoryFields("Заместитель руководителя", "И. И. Образцов"),
        "today": "20.03.2026",
        "extension": ExtensionFields(True, "30", "02.05.2026", "запрос документов"),
        "forwarding": ForwardingFields(True, "Префектура ЮЗАО", "10.03.2026", "ИСХ-2026-000010"),
        "ground": GroundFields(
            LegalGround.UNREADABLE.value,
            LegalGround.UNREADABLE.label,
            LEGAL_GROUND_TEXT[LegalGround.UNREADABLE],
        ),
    }


@dataclass(frozen=True)
class MergeField:
    """A merge field as the template editor lists it: what to write, what it means, a sample value."""

    path: str  # «applicant.full_name», «properties[].address»
    snippet: str  # Jinja to insert into a template
    description: str
    example: str


_DESCRIPTIONS: dict[str, str] = {
    "org.name": "Наименование организации (бланк письма)",
    "org.address": "Почтовый адрес организации",
    "org.phone": "Телефон организации",
    "org.email": "Адрес электронной почты организации",
    "appeal.reg_number": "Регистрационный номер обращения",
    "appeal.received": "Дата поступления обращения",
    "appeal.registered": "Дата регистрации обращения",
    "appeal.due": "Срок ответа",
    "appeal.summary": "Краткое содержание обращения",
    "appeal.text": "Текст обращения",
    "appeal.kind": "Вид обращения (заявление, предложение, жалоба)",
    "appeal.channel": "Канал поступления",
    "appeal.questions": "Вопросы обращения по классификатору (список)",
    "appeal.is_collective": "Коллективное обращение (да/нет)",
    "appeal.earlier": "Ранее поступившие обращения по тому же вопросу",
    "applicant.full_name": "Заявитель: фамилия, имя, отчество (или наименование организации)",
    "applicant.short_name": "Заявитель: фамилия и инициалы",
    "applicant.surname": "Фамилия заявителя",
    "applicant.first_name": "Имя заявителя",
    "applicant.patronymic": "Отчество заявителя",
    "applicant.salutation": "Обращение к заявителю («Уважаемая …!»)",
    "applicant.address": "Почтовый адрес заявителя",
    "applicant.email": "Адрес электронной почты заявителя",
    "applicant.phone": "Телефон заявителя",
    "applicant.is_organisation": "Заявитель — организация (да/нет)",
    "properties": "Объекты недвижимости, связанные с обращением (список)",
    "properties[].cadastral_number": "Объект: кадастровый номер",
    "properties[].address": "Объект: адрес",
    "properties[].description": "Объект: кадастровый номер и адрес одной строкой",
    "executor.full_name": "Исполнитель: фамилия, имя, отчество",
    "executor.short_name": "Исполнитель: фамилия и инициалы",
    "executor.phone": "Телефон исполнителя",
    "signatory.position": "Должность подписанта",
    "signatory.name": "Подписант: инициалы и фамилия",
    "today": "Сегодняшняя дата",
    "extension.granted": "Срок рассмотрения продлён (да/нет)",
    "extension.days": "На сколько дней продлён срок",
    "extension.new_due": "Новый срок ответа",
    "extension.reason": "Причина продления срока",
    "forwarding.done": "Обращение переадресовано (да/нет)",
    "forwarding.to_body": "Куда переадресовано",
    "forwarding.date": "Дата сопроводительного письма о переадресации",
    "forwarding.letter_number": "Номер сопроводительного письма о переадресации",
    "ground.code": "Основание (код)",
    "ground.label": "Основание (кратко)",
    "ground.text": "Основание: часть и статья 59-ФЗ полностью",
}


def _snippet(path: str, value: Any) -> str:
    if isinstance(value, bool):
        return f"{{% if {path} %}}…{{% endif %}}"
    if isinstance(value, tuple):
        return f"{{{{ {path} | join(', ') }}}}"
    return f"{{{{ {path} }}}}"


def merge_field_catalogue() -> tuple[MergeField, ...]:
    """Every merge field a template may use, in the order the sample fields hold them."""
    out: list[MergeField] = []
    for key, value in sample_fields().items():
        if isinstance(value, str):
            out.append(MergeField(key, _snippet(key, value), _DESCRIPTIONS.get(key, ""), value))
        elif key == "properties":
            first = value[0]
            out.append(
                MergeField(
                    key,
                    "{% for property in properties %}\n- {{ property.description }}\n{% endfor %}",
                    _DESCRIPTIONS[key],
                    first.description,
                )
            )
            for name in first.__dataclass_fields__:
                path = f"properties[].{name}"
                out.append(
                    MergeField(
                        path, f"{{{{ property.{name} }}}}", _DESCRIPTIONS.get(path, ""), getattr(first, name)
                    )
                )
        else:
            for name in value.__dataclass_fields__:
                path = f"{key}.{name}"
                sample = getattr(value, name)
                example = (
                    ", ".join(sample)
                    if isinstance(sample, tuple)
                    else ("да" if sample else "нет")
                    if isinstance(sample, bool)
                    else str(sample)
                )
                out.append(MergeField(path, _snippet(path, sample), _DESCRIPTIONS.get(path, ""), example))
    return tuple(out)
