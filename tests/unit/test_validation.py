"""Validation of a registration form: every problem is reported with its field, nothing is guessed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from reception.domain.appeals import ApplicantKind, Channel, QuestionDraft
from reception.domain.errors import ValidationError
from reception.domain.validation import MAX_TEXT_LENGTH, validate_draft
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, appeal_draft, applicant_draft

NOW = datetime(2026, 3, 12, 11, 0, tzinfo=UTC)
KNOWN = {ROOF_LEAK, UTILITY_PAYMENT}


def validate(**overrides):  # type: ignore[no-untyped-def]
    draft = appeal_draft(received_at=NOW - timedelta(hours=1), **overrides)
    return validate_draft(draft, now=NOW, topic_exists=KNOWN.__contains__)


def field_errors(**overrides) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        validate(**overrides)
    return {e.field: e.message for e in caught.value.errors}


def test_a_complete_draft_is_accepted_and_canonicalised() -> None:
    cleaned = validate(applicant=applicant_draft(phone="8 (916) 555-12-34", email=" O.Smirnova@Example.RU "))
    assert cleaned.applicant.phone == "+79165551234"
    assert cleaned.applicant.email == "O.Smirnova@example.ru"


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x00"])
def test_empty_text_is_refused(text: str) -> None:
    assert "text" in field_errors(text=text)


def test_text_over_100000_characters_is_refused_with_its_length() -> None:
    message = field_errors(text="а" * (MAX_TEXT_LENGTH + 1))["text"]
    assert "100 001" in message


def test_text_of_exactly_100000_characters_is_accepted() -> None:
    assert len(validate(text="я" * MAX_TEXT_LENGTH).text) == MAX_TEXT_LENGTH


@pytest.mark.parametrize("email", ["ivan@", "ivan", "@mail.ru", "ivan@mail", "iv an@mail.ru"])
def test_malformed_email_is_refused_and_quoted(email: str) -> None:
    message = field_errors(applicant=applicant_draft(email=email))["applicant.email"]
    assert email.strip()[:10] in message


@pytest.mark.parametrize("phone", ["12345", "+7 916", "телефон", "8 (000) 000-00-00", "9" * 20])
def test_malformed_phone_is_refused(phone: str) -> None:
    assert "applicant.phone" in field_errors(applicant=applicant_draft(phone=phone))


def test_received_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_draft(
            appeal_draft(received_at=NOW + timedelta(minutes=5)), now=NOW, topic_exists=KNOWN.__contains__
        )
    assert caught.value.field == "received_at"


def test_an_appeal_needs_at_least_one_question() -> None:
    assert "questions" in field_errors(questions=())


def test_unknown_classifier_code_is_refused_with_its_position() -> None:
    errors = field_errors(questions=(QuestionDraft(ROOF_LEAK), QuestionDraft("0005.0005.0056.9999")))
    assert "0005.0005.0056.9999" in errors["questions.1.topic_code"]


def test_malformed_classifier_code_is_refused() -> None:
    assert "questions.0.topic_code" in field_errors(questions=(QuestionDraft("5.5.56"),))


def test_the_same_question_twice_is_refused() -> None:
    assert "questions.1.topic_code" in field_errors(
        questions=(QuestionDraft(ROOF_LEAK), QuestionDraft(ROOF_LEAK))
    )


def test_all_problems_are_reported_at_once() -> None:
    errors = field_errors(text="", questions=(), applicant=applicant_draft(email="x@", phone="1"))
    assert set(errors) == {"text", "questions", "applicant.email", "applicant.phone"}


def test_an_organisation_needs_its_name() -> None:
    errors = field_errors(applicant=applicant_draft(kind=ApplicantKind.ORGANISATION, organisation_name=""))
    assert "applicant.organisation_name" in errors


def test_summary_is_derived_from_the_first_line_when_left_empty() -> None:
    cleaned = validate(summary="", text="Прошу отремонтировать лифт.\nПодробности ниже.")
    assert cleaned.summary == "Прошу отремонтировать лифт."


def test_control_characters_are_dropped_but_line_breaks_kept() -> None:
    cleaned = validate(text="Строка\x00 один\nстрока два")
    assert cleaned.text == "Строка один\nстрока два"


def test_hostile_strings_pass_through_unchanged() -> None:
    hostile = "'; DROP TABLE appeals; -- 100% \\ «ё» שלום a\u0301"
    cleaned = validate(text=hostile, applicant=applicant_draft(surname=hostile[:100]))
    assert cleaned.text == hostile
    assert replace(cleaned.applicant).surname == hostile[:100]


def test_anonymous_electronic_appeal_with_email_only_is_not_an_error() -> None:
    cleaned = validate(channel=Channel.EMAIL, applicant=applicant_draft(postal_address="", surname=""))
    assert cleaned.applicant.surname == ""
