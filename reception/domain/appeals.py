"""Appeals as the law and the federal reporting see them: channels, kinds, statuses, outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Self, cast


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Russian label for screens and documents."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def of(cls, value: str) -> Self:
        """The member with this stored value (ValueError when there is none)."""
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValueError(f"{value!r} is not a {cls.__name__}")
        return cast(Self, member)


class Channel(LabelledEnum):
    CITY_PORTAL = "city_portal", "Портал города"
    VIRTUAL_RECEPTION = "virtual_reception", "Виртуальная приёмная"
    VIDEO_CONSULTATION = "video_consultation", "Видеоконсультация"
    CHAT = "chat", "Чат"
    CHAT_BOT = "chat_bot", "Чат-бот"
    PHONE = "phone", "Телефон"
    EMAIL = "email", "Электронная почта"
    POST = "post", "Почта"
    IN_PERSON = "in_person", "Личный приём"
    FEDERAL_PORTAL = "federal_portal", "Госуслуги"
    FORWARDED = "forwarded", "Из другого органа"

    @property
    def is_electronic(self) -> bool:
        """Electronic appeals may be answered by e-mail (59-FZ, art. 7 p. 3)."""
        return self in ELECTRONIC_CHANNELS


ELECTRONIC_CHANNELS = frozenset(
    {
        Channel.CITY_PORTAL,
        Channel.VIRTUAL_RECEPTION,
        Channel.VIDEO_CONSULTATION,
        Channel.CHAT,
        Channel.CHAT_BOT,
        Channel.EMAIL,
        Channel.FEDERAL_PORTAL,
    }
)


class AppealKind(LabelledEnum):
    PROPOSAL = "proposal", "Предложение"
    STATEMENT = "statement", "Заявление"
    COMPLAINT = "complaint", "Жалоба"
    REQUEST = "request", "Запрос"


class Identification(LabelledEnum):
    """How the citizen was identified (59-FZ as amended 28.12.2024)."""

    PORTAL_ACCOUNT = "portal_account", "Учётная запись портала"
    SIGNED_PAPER = "signed_paper", "Подписанный документ"
    IDENTITY_DOCUMENT = "identity_document", "Документ, удостоверяющий личность"
    NONE = "none", "Не установлена"


class ApplicantKind(LabelledEnum):
    PERSON = "person", "Гражданин"
    ORGANISATION = "organisation", "Организация"


class AppealStatus(LabelledEnum):
    REGISTERED = "registered", "Зарегистрировано"
    ASSIGNED = "assigned", "Назначен исполнитель"
    IN_PROGRESS = "in_progress", "В работе"
    ANSWER_PREPARED = "answer_prepared", "Ответ подготовлен"
    RETURNED_FOR_REWORK = "returned_for_rework", "Возвращено на доработку"
    ANSWERED = "answered", "Дан ответ"
    CLOSED = "closed", "Закрыто"
    FORWARDED = "forwarded", "Направлено по компетенции"
    LEFT_WITHOUT_ANSWER = "left_without_answer", "Оставлено без ответа"
    WITHDRAWN = "withdrawn", "Отозвано заявителем"

    @property
    def is_open(self) -> bool:
        """Whether the answer deadline still runs for an appeal in this status."""
        return self not in FINISHED_STATUSES


FINISHED_STATUSES = frozenset(
    {
        AppealStatus.ANSWERED,
        AppealStatus.CLOSED,
        AppealStatus.FORWARDED,
        AppealStatus.LEFT_WITHOUT_ANSWER,
        AppealStatus.WITHDRAWN,
    }
)


class Outcome(LabelledEnum):
    """The status of one question as the federal appeals reporting counts it."""

    IN_WORK = "in_work", "В работе"
    EXTENDED = "extended", "Продлено"
    EXPLAINED = "explained", "Разъяснено"
    SUPPORTED = "supported", "Поддержано"
    SUPPORTED_MEASURES_TAKEN = "supported_measures_taken", "Поддержано, меры приняты"
    NOT_SUPPORTED = "not_supported", "Не поддержано"
    FORWARDED = "forwarded", "Направлено по компетенции"
    ANSWERED = "answered", "Дан ответ автору"
    LEFT_WITHOUT_ANSWER = "left_without_answer", "Оставлено без ответа автору"


@dataclass(frozen=True)
class ApplicantDraft:
    """Applicant fields as typed by the clerk; `id` set when a known applicant was picked."""

    id: int | None = None
    kind: ApplicantKind = ApplicantKind.PERSON
    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    organisation_name: str = ""
    postal_address: str = ""
    email: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return self.id is None and not any(
            (
                self.surname,
                self.first_name,
                self.patronymic,
                self.organisation_name,
                self.postal_address,
                self.email,
                self.phone,
            )
        )


@dataclass(frozen=True)
class QuestionDraft:
    topic_code: str
    outcome: Outcome = Outcome.IN_WORK


@dataclass(frozen=True)
class AppealDraft:
    """Everything the registration form collects."""

    received_at: datetime
    channel: Channel
    kind: AppealKind
    text: str
    summary: str = ""
    is_collective: bool = False
    identification: Identification = Identification.NONE
    applicant: ApplicantDraft = field(default_factory=ApplicantDraft)
    questions: tuple[QuestionDraft, ...] = ()
    # Generated once per registration form: a retry after a lost connection is recognised.
    intake_key: str = ""


def has_reply_address(channel: Channel, applicant: ApplicantDraft) -> bool:
    """A postal address, or an e-mail for an electronic appeal, lets the office reply."""
    if applicant.postal_address.strip():
        return True
    return channel.is_electronic and bool(applicant.email.strip())


def is_anonymous(channel: Channel, applicant: ApplicantDraft) -> bool:
    """No surname (or organisation name) or no reply address: by law (art. 11) no answer is given."""
    if applicant.kind is ApplicantKind.ORGANISATION:
        named = bool(applicant.organisation_name.strip())
    else:
        named = bool(applicant.surname.strip())
    return not (named and has_reply_address(channel, applicant))


def counts_as_identified(channel: Channel, identification: Identification) -> bool:
    """Electronic appeals count only through a channel that identified the citizen."""
    return not channel.is_electronic or identification is not Identification.NONE


def applicant_display_name(
    kind: ApplicantKind | str | None,
    surname: str | None,
    first_name: str | None,
    patronymic: str | None,
    organisation_name: str | None,
) -> str:
    """«Иванова И. П.» for a person, the name for an organisation, empty for an anonymous appeal."""
    if kind == ApplicantKind.ORGANISATION:
        return (organisation_name or "").strip()
    initials = "".join(f"{part.strip()[0]}. " for part in (first_name, patronymic) if part and part.strip())
    return f"{(surname or '').strip()} {initials}".strip()


def short_person_name(full_name: str) -> str:
    """«Петров Пётр Петрович» → «Петров П. П.»: how staff are named in lists and history."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    return applicant_display_name(ApplicantKind.PERSON, parts[0], parts[1], " ".join(parts[2:3]), "")


def derive_summary(text: str, limit: int = 200) -> str:
    """The first line of the text, cut at a word boundary: a summary the clerk did not type."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"
