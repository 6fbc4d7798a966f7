"""Deadlines on the Russian production calendar, 2025–2027 (checked against the decrees on days off)."""

from __future__ import annotations

from datetime import date

import pytest

from reception.domain.appeals import AppealStatus
from reception.domain.calendar import WorkCalendar
from reception.domain.deadlines import (
    DeadlineRules,
    ShiftPolicy,
    answer_due,
    due_soon_limit,
    forwarding_due,
    is_answered_late,
    is_due_soon,
    registration_due,
)

CAL = WorkCalendar()
PRECEDING = DeadlineRules(CAL, ShiftPolicy.PRECEDING)
FOLLOWING = DeadlineRules(CAL, ShiftPolicy.FOLLOWING)


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        (date(2025, 1, 8), False, "New Year holidays"),
        (date(2025, 1, 9), True, "first working day of 2025"),
        (date(2025, 5, 2), False, "day off transferred from Saturday 4 January"),
        (date(2025, 5, 8), False, "day off transferred from Sunday 23 February"),
        (date(2025, 6, 13), False, "day off transferred from Saturday 8 March"),
        (date(2025, 11, 1), True, "working Saturday"),
        (date(2025, 11, 3), False, "day off transferred from Saturday 1 November"),
        (date(2025, 12, 31), False, "day off transferred from Sunday 5 January"),
        (date(2026, 1, 9), False, "day off transferred from Saturday 3 January"),
        (date(2026, 1, 12), True, "first working day of 2026"),
        (date(2026, 3, 9), False, "8 March falls on a Sunday"),
        (date(2026, 5, 11), False, "9 May falls on a Saturday"),
        (date(2026, 12, 31), False, "day off transferred from Sunday 4 January"),
        (date(2027, 1, 8), False, "New Year holidays"),
        (date(2027, 5, 3), False, "1 May falls on a Saturday"),
        (date(2027, 5, 10), False, "9 May falls on a Sunday"),
        (date(2027, 6, 14), False, "12 June falls on a Saturday"),
        (date(2027, 11, 4), False, "Unity Day"),
        (date(2027, 3, 5), True, "an ordinary Friday"),
        (date(2027, 3, 6), False, "an ordinary Saturday"),
    ],
)
def test_production_calendar(day: date, working: bool, why: str) -> None:
    assert CAL.is_working_day(day) is working, why


@pytest.mark.parametrize(
    ("registered", "rules", "due", "why"),
    [
        (date(2026, 3, 2), PRECEDING, date(2026, 4, 1), "plain 30 days, a Wednesday"),
        (date(2025, 12, 2), PRECEDING, date(2025, 12, 30), "1 Jan 2026 → 31 Dec is a day off too → 30 Dec"),
        (date(2025, 12, 2), FOLLOWING, date(2026, 1, 12), "next working day after the New Year holidays"),
        (date(2025, 4, 2), PRECEDING, date(2025, 4, 30), "2 May (transferred) → 1 May holiday → 30 Apr"),
        (date(2025, 4, 8), PRECEDING, date(2025, 5, 7), "8 May (transferred from 23 Feb) → 7 May"),
        (date(2025, 4, 8), FOLLOWING, date(2025, 5, 12), "8–11 May off → Monday 12 May"),
        (date(2025, 10, 2), PRECEDING, date(2025, 11, 1), "1 Nov 2025 is a working Saturday: it stays"),
        (
            date(2025, 10, 4),
            PRECEDING,
            date(2025, 11, 1),
            "3 Nov off (transferred), 2 Nov Sunday → working Saturday 1 Nov",
        ),
        (
            date(2026, 12, 10),
            PRECEDING,
            date(2026, 12, 30),
            "9 Jan 2027 Saturday → New Year holidays → 30 Dec",
        ),
        (date(2027, 4, 1), PRECEDING, date(2027, 4, 30), "1 May 2027 Saturday → 30 Apr"),
        (date(2027, 4, 10), FOLLOWING, date(2027, 5, 11), "10 May observed holiday → 11 May"),
    ],
)
def test_answer_due_dates(registered: date, rules: DeadlineRules, due: date, why: str) -> None:
    assert answer_due(registered, rules=rules) == due, why


def test_the_extension_adds_to_the_legal_term_before_the_shift() -> None:
    # 2 March + 30 + 30 days = 1 May 2026, a holiday → 30 April
    assert answer_due(date(2026, 3, 2), [30], PRECEDING) == date(2026, 4, 30)


def test_registration_and_forwarding_terms() -> None:
    assert registration_due(date(2026, 12, 29), PRECEDING) == date(2026, 12, 30)  # 1 Jan → back to 30 Dec
    assert forwarding_due(date(2026, 3, 2), PRECEDING) == date(2026, 3, 6)  # 9 Mar holiday, 7–8 weekend


def test_a_deadline_never_moves_back_before_its_term_began() -> None:
    # Received on 3 January 2026: the third day, 6 January, is a holiday and the preceding working
    # day is 30 December, before the appeal came; the deadline goes to 12 January instead.
    assert registration_due(date(2026, 1, 3), PRECEDING) == date(2026, 1, 12)
    assert forwarding_due(date(2025, 12, 31), PRECEDING) == date(2026, 1, 12)
    assert registration_due(date(2026, 1, 3), FOLLOWING) == date(2026, 1, 12)
    # A move back that stays within the term is kept.
    assert registration_due(date(2026, 12, 29), PRECEDING) == date(2026, 12, 30)


def test_office_corrections_win_over_the_package() -> None:
    decree = WorkCalendar({date(2027, 11, 13): True, date(2027, 11, 5): False})
    assert decree.is_working_day(date(2027, 11, 13))
    assert not decree.is_working_day(date(2027, 11, 5))


def test_due_soon_counts_working_days() -> None:
    # Friday 25 Dec 2026: 28, 29, 30 Dec are the three working days left; then the holidays run to 10 Jan.
    today = date(2026, 12, 25)
    assert is_due_soon(date(2026, 12, 30), AppealStatus.IN_PROGRESS, today, PRECEDING)
    assert not is_due_soon(date(2027, 1, 12), AppealStatus.IN_PROGRESS, today, PRECEDING)
    assert not is_due_soon(date(2026, 12, 30), AppealStatus.ANSWERED, today, PRECEDING)
    assert not is_due_soon(
        date(2026, 12, 24), AppealStatus.IN_PROGRESS, today, PRECEDING
    )  # overdue, not soon
    assert due_soon_limit(today, PRECEDING) == date(2027, 1, 10)


def test_answered_late_compares_days() -> None:
    assert is_answered_late(date(2026, 4, 1), date(2026, 4, 2))
    assert not is_answered_late(date(2026, 4, 1), date(2026, 4, 1))
