"""Legal deadlines of 59-FZ. The one place that says when an appeal is due."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from reception.domain.appeals import AppealStatus

# Days, years and deadlines are counted on the office's calendar, not UTC: an appeal registered at
# 01:00 on 1 January in Moscow belongs to the new year.
OFFICE_TIMEZONE = ZoneInfo("Europe/Moscow")
REGISTRATION_DAYS = 3
ANSWER_DAYS = 30


def office_date(moment: datetime) -> date:
    return moment.astimezone(OFFICE_TIMEZONE).date()


def answer_due(registered_on: date) -> date:
    """Answer within 30 days of registration (calendar days; the working-day policy comes later)."""
    return registered_on + timedelta(days=ANSWER_DAYS)


def registration_due(received_on: date) -> date:
    return received_on + timedelta(days=REGISTRATION_DAYS)


def is_registered_late(received_at: datetime, registered_at: datetime) -> bool:
    return office_date(registered_at) > registration_due(office_date(received_at))


def is_overdue(due_date: date | None, status: AppealStatus, today: date) -> bool:
    return due_date is not None and status.is_open and today > due_date
