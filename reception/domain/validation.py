"""Validation of an appeal draft. Returns every problem at once so the form can mark all fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from reception.domain.appeals import AppealDraft, ApplicantDraft, ApplicantKind, derive_summary
from reception.domain.classifier import is_valid_code
from reception.domain.contacts import normalise_email, normalise_phone
from reception.domain.errors import FieldError, ValidationError
from reception.domain.text import strip_control

MAX_TEXT_LENGTH = 100_000
MAX_SUMMARY_LENGTH = 500
MAX_FIELD_LENGTH = 300


def clean_applicant(applicant: ApplicantDraft, errors: list[FieldError]) -> ApplicantDraft:
    """Trim every field, canonicalise phone and e-mail; append a FieldError for each bad one."""
    values: dict[str, Any] = {
        name: strip_control(getattr(applicant, name)).strip()
        for name in (
            "surname",
            "first_name",
            "patronymic",
            "organisation_name",
            "postal_address",
            "email",
            "phone",
        )
    }
    for name, value in values.items():
        limit = 1000 if name == "postal_address" else MAX_FIELD_LENGTH
        if len(value) > limit:
            errors.append(FieldError(f"applicant.{name}", f"Поле слишком длинное: не более {limit} знаков."))
    if values["email"]:
        email = normalise_email(values["email"])
        if email is None:
            errors.append(
                FieldError(
                    "applicant.email",
                    f"Адрес электронной почты «{values['email'][:80]}» записан неверно: "
                    "нужен вид имя@домен.ru.",
                )
            )
        else:
            values["email"] = email
    if values["phone"]:
        phone = normalise_phone(values["phone"])
        if phone is None:
            errors.append(
                FieldError(
                    "applicant.phone",
                    f"Номер телефона «{values['phone'][:40]}» не распознан: "
                    "введите его с кодом города или оператора, например +7 495 123-45-67.",
                )
            )
        else:
            values["phone"] = phone
    if (
        applicant.kind is ApplicantKind.ORGANISATION
        and not values["organisation_name"]
        and any(values.values())
    ):
        errors.append(FieldError("applicant.organisation_name", "Укажите наименование организации."))
    return replace(applicant, **values)


def validate_draft(
    draft: AppealDraft,
    *,
    now: datetime,
    topic_exists: Callable[[str], bool],
) -> AppealDraft:
    """The draft cleaned and canonicalised, or ValidationError listing every invalid field."""
    errors: list[FieldError] = []
    text = strip_control(draft.text).strip()
    if not text:
        errors.append(FieldError("text", "Введите текст обращения."))
    elif len(text) > MAX_TEXT_LENGTH:
        errors.append(
            FieldError(
                "text",
                f"Текст обращения слишком длинный: {len(text):,} знаков при пределе "
                f"{MAX_TEXT_LENGTH:,}. Приложите полный текст файлом.".replace(",", " "),
            )
        )
    summary = strip_control(draft.summary).strip() or derive_summary(text)
    if len(summary) > MAX_SUMMARY_LENGTH:
        errors.append(FieldError("summary", f"Краткое содержание длиннее {MAX_SUMMARY_LENGTH} знаков."))
    if draft.received_at.tzinfo is None:
        errors.append(FieldError("received_at", "Дата поступления указана без часового пояса."))
    elif draft.received_at > now:
        errors.append(
            FieldError(
                "received_at",
                "Дата поступления ещё не наступила: обращение не может поступить в будущем.",
            )
        )
    applicant = clean_applicant(draft.applicant, errors)
    if not draft.questions:
        errors.append(
            FieldError("questions", "Укажите хотя бы один вопрос обращения (код по классификатору).")
        )
    seen: set[str] = set()
    for index, question in enumerate(draft.questions):
        code = question.topic_code.strip()
        field = f"questions.{index}.topic_code"
        if not is_valid_code(code):
            errors.append(
                FieldError(field, f"«{code[:40]}» — не код классификатора (вид 0005.0005.0056.1149).")
            )
        elif not topic_exists(code):
            errors.append(FieldError(field, f"Кода {code} нет в действующем классификаторе."))
        elif code in seen:
            errors.append(FieldError(field, f"Вопрос {code} указан дважды."))
        seen.add(code)
    if errors:
        raise ValidationError(errors)
    questions = tuple(replace(q, topic_code=q.topic_code.strip()) for q in draft.questions)
    return replace(draft, text=text, summary=summary, applicant=applicant, questions=questions)
