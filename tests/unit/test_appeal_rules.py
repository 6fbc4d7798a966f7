"""Rules of 59-FZ the core decides: anonymity, identification, deadlines, numbers, classifier codes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reception.domain import deadlines
from reception.domain.appeals import (
    AppealStatus,
    ApplicantDraft,
    ApplicantKind,
    Channel,
    Identification,
    applicant_display_name,
    counts_as_identified,
    derive_summary,
    is_anonymous,
)
from reception.domain.classifier import is_valid_code, level, normalise_code, parent_code
from reception.domain.regnumbers import format_reg_number, parse_reg_number

PERSON = ApplicantDraft(surname="Петров", postal_address="г. Москва, ул. Тверская, д. 1, кв. 2")


@pytest.mark.parametrize(
    ("channel", "applicant", "anonymous"),
    [
        (Channel.POST, PERSON, False),
        (Channel.POST, ApplicantDraft(surname="Петров"), True),  # no reply address
        (Channel.POST, ApplicantDraft(postal_address="г. Москва, ул. Тверская, д. 1"), True),  # no surname
        (Channel.EMAIL, ApplicantDraft(surname="Петров", email="p@mail.ru"), False),  # e-mail answers e-mail
        (
            Channel.POST,
            ApplicantDraft(surname="Петров", email="p@mail.ru"),
            True,
        ),  # paper needs a postal address
        (Channel.CITY_PORTAL, ApplicantDraft(surname="  ", email="p@mail.ru"), True),
        (
            Channel.POST,
            ApplicantDraft(
                kind=ApplicantKind.ORGANISATION, organisation_name="ТСЖ «Берёзка»", postal_address="г. Москва"
            ),
            False,
        ),
        (Channel.PHONE, ApplicantDraft(), True),
    ],
)
def test_anonymous_means_no_surname_or_no_reply_address(
    channel: Channel, applicant: ApplicantDraft, anonymous: bool
) -> None:
    assert is_anonymous(channel, applicant) is anonymous


def test_electronic_appeals_count_only_with_identification() -> None:
    assert not counts_as_identified(Channel.EMAIL, Identification.NONE)
    assert counts_as_identified(Channel.FEDERAL_PORTAL, Identification.PORTAL_ACCOUNT)
    assert counts_as_identified(Channel.POST, Identification.NONE)


def test_answer_is_due_30_days_after_registration() -> None:
    assert deadlines.answer_due(date(2026, 1, 31)) == date(2026, 3, 2)


def test_registration_day_is_counted_in_moscow_time() -> None:
    # 22:30 UTC on 31 December is already 1 January in Moscow.
    assert deadlines.office_date(datetime(2026, 12, 31, 22, 30, tzinfo=UTC)) == date(2027, 1, 1)


def test_registration_later_than_three_days_after_receipt_is_late() -> None:
    received = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert not deadlines.is_registered_late(received, datetime(2026, 3, 5, 15, 0, tzinfo=UTC))
    assert deadlines.is_registered_late(received, datetime(2026, 3, 6, 9, 0, tzinfo=UTC))


def test_only_open_appeals_past_their_due_date_are_overdue() -> None:
    due = date(2026, 3, 10)
    assert deadlines.is_overdue(due, AppealStatus.IN_PROGRESS, date(2026, 3, 11))
    assert not deadlines.is_overdue(due, AppealStatus.IN_PROGRESS, date(2026, 3, 10))
    assert not deadlines.is_overdue(due, AppealStatus.ANSWERED, date(2026, 4, 1))


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("ВП-2026-000017", "ВП-2026-000017"),
        ("вп-2026-17", "ВП-2026-000017"),
        ("  ВП-2025-123456 ", "ВП-2025-123456"),
    ],
)
def test_registration_numbers_are_read_as_typed(typed: str, number: str) -> None:
    parsed = parse_reg_number(typed)
    assert parsed is not None and str(parsed) == number


@pytest.mark.parametrize("typed", ["", "ВП2026000017", "ВП-26-17", "ВП-2026-", "Иванов"])
def test_text_that_is_not_a_registration_number_is_not_read_as_one(typed: str) -> None:
    assert parse_reg_number(typed) is None


def test_registration_number_format() -> None:
    assert format_reg_number("ВП", 2026, 42) == "ВП-2026-000042"


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("0005.0005.0056.1149", True),
        ("0005.0005.0056.1149.0001", True),
        ("0005.0005.0056", False),
        ("5.5.56.1149", False),
        ("0005.0005.0056.1149.0001.0002", False),
        ("0005-0005-0056-1149", False),
        ("０００５.0005.0056.1149", False),  # full-width digits are not a code
        ("٠٠٠٥.٠٠٠٥.٠٠٥٦.١١٤٩", False),
    ],
)
def test_classifier_code_pattern(code: str, valid: bool) -> None:
    assert is_valid_code(code) is valid


def test_classifier_parents_are_padded_with_zero_groups() -> None:
    assert normalise_code("0005.0005.0056") == "0005.0005.0056.0000"
    assert parent_code("0005.0005.0056.1149") == "0005.0005.0056.0000"
    assert parent_code("0005.0000.0000.0000") is None
    assert level("0005.0005.0056.0000") == 3


def test_display_name_uses_initials() -> None:
    assert applicant_display_name(ApplicantKind.PERSON, "Иванова", "Мария", "Петровна", "") == "Иванова М. П."
    assert applicant_display_name(ApplicantKind.PERSON, "Ли", "Анна", "", "") == "Ли А."
    assert applicant_display_name(ApplicantKind.ORGANISATION, "", "", "", "ТСЖ «Берёзка»") == "ТСЖ «Берёзка»"


def test_long_first_line_is_cut_at_a_word_for_the_summary() -> None:
    summary = derive_summary("слово " * 100)
    assert len(summary) <= 201 and summary.endswith("…") and "  " not in summary
