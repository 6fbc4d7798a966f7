"""Legal deadlines of 59-FZ: the one place that says when an appeal is due.

Days are calendar days (the law says "days"). A deadline that falls on a non-working day moves to
the preceding working day, as most executive bodies' regulations prescribe; the following working
day is the alternative policy (an office setting).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from reception.domain.appeals import AppealStatus
from reception.domain.calendar import WorkCalendar

# Days, years and deadlines are counted on the office's calendar, not UTC: an appeal registered at
# 01:00 on 1 January in Moscow belongs to the new year.
OFFICE_TIMEZONE = ZoneInfo("Europe/Moscow")
REGISTRATION_DAYS = 3
ANSWER_DAYS = 30
MAX_EXTENSION_DAYS = 30
FORWARDING_DAYS = 7
COURT_DECISION_RETURN_DAYS = 7
DUE_SOON_WORKING_DAYS = 3

_DEFAULT_CALENDAR = WorkCalendar()


class ShiftPolicy(StrEnum):
    """Where a deadline falling on a non-working day goes."""

    PRECEDING = "preceding"
    FOLLOWING = "following"

    @property
    def label(self) -> str:
        return {"preceding": "на предшествующий рабочий день", "following": "на следующий рабочий день"}[
            self.value
        ]


@dataclass(frozen=True)
class DeadlineRules:
    calendar: WorkCalendar = _DEFAULT_CALENDAR
    shift: ShiftPolicy = ShiftPolicy.PRECEDING

    def adjust(self, day: date) -> date:
        if self.shift is ShiftPolicy.PRECEDING:
            return self.calendar.preceding_working_day(day)
        return self.calendar.following_working_day(day)

    def after(self, start: date, days: int) -> date:
        """`days` calendar days after `start`, moved off a non-working day as the policy says; never
        before `start`: in a long holiday the preceding working day can lie before the term began
        (received 03.01, due 06.01 → 30.12), and then the deadline goes to the following one."""
        day = start + timedelta(days=days)
        due = self.adjust(day)
        return due if due >= start else self.calendar.following_working_day(day)


DEFAULT_RULES = DeadlineRules()


def office_date(moment: datetime) -> date:
    return moment.astimezone(OFFICE_TIMEZONE).date()


def answer_due(
    registered_on: date, extensions: Sequence[int] = (), rules: DeadlineRules = DEFAULT_RULES
) -> date:
    """30 days from registration plus the extension granted, moved off a non-working day."""
    return rules.after(registered_on, ANSWER_DAYS + sum(extensions))


def registration_due(received_on: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    return rules.after(received_on, REGISTRATION_DAYS)


def forwarding_due(registered_on: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    return rules.after(registered_on, FORWARDING_DAYS)


def is_registered_late(
    received_at: datetime, registered_at: datetime, rules: DeadlineRules = DEFAULT_RULES
) -> bool:
    return office_date(registered_at) > registration_due(office_date(received_at), rules)


def is_overdue(due_date: date | None, status: AppealStatus, today: date) -> bool:
    return due_date is not None and status.is_open and today > due_date


def is_due_soon(
    due_date: date | None, status: AppealStatus, today: date, rules: DeadlineRules = DEFAULT_RULES
) -> bool:
    """Open, not yet overdue, and three working days or fewer left."""
    if due_date is None or not status.is_open or today > due_date:
        return False
    return rules.calendar.working_days_between(today, due_date) <= DUE_SOON_WORKING_DAYS


def due_soon_limit(today: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    """The last due date that still counts as due soon today (for an index range filter)."""
    day, left = today, DUE_SOON_WORKING_DAYS
    while True:
        following = day + timedelta(days=1)
        if rules.calendar.is_working_day(following):
            if left == 0:
                return day
            left -= 1
        day = following


def is_answered_late(due_date: date | None, answered_on: date | None) -> bool:
    return due_date is not None and answered_on is not None and answered_on > due_date
