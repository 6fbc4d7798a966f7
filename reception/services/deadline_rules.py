"""The office's deadline rules: its production-calendar corrections and its shift policy."""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.uow import UnitOfWork
from reception.db.workflow_models import CalendarCorrection
from reception.domain.calendar import WorkCalendar
from reception.domain.deadlines import DeadlineRules, ShiftPolicy
from reception.domain.errors import FieldError, ValidationError
from reception.domain.permissions import Permission
from reception.paths import resource
from reception.services.audit import record_event
from reception.services.office_settings import read_setting, record_setting_change, write_setting
from reception.services.users import UserView, load_actor

DEADLINE_SHIFT = "deadline_shift"


@lru_cache(maxsize=1)
def shipped_corrections(path: Path | None = None) -> dict[date, bool]:
    """Corrections shipped with the program (resources/calendar), read once."""
    path = path or resource("calendar", "ru-production-calendar.csv")
    corrections: dict[date, bool] = {}
    with path.open(encoding="utf-8") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter=";"):
            corrections[date.fromisoformat(row["date"])] = row["kind"].strip() == "working"
    return corrections


def load_rules(session: Session) -> DeadlineRules:
    """Shipped corrections, then the office's own (they win), and the shift policy setting."""
    corrections = dict(shipped_corrections())
    for row in session.scalars(select(CalendarCorrection)):
        corrections[row.day] = row.is_working
    shift = ShiftPolicy(read_setting(session, DEADLINE_SHIFT) or ShiftPolicy.PRECEDING.value)
    return DeadlineRules(calendar=WorkCalendar(corrections), shift=shift)


def office_rules(uow: UnitOfWork) -> DeadlineRules:
    with uow:
        return load_rules(uow.session)


def set_shift_policy(uow: UnitOfWork, *, actor: UserView, shift: ShiftPolicy) -> None:
    """New due dates follow the policy; those already set stay as they were announced."""
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = read_setting(uow.session, DEADLINE_SHIFT) or ShiftPolicy.PRECEDING.value
        write_setting(uow.session, DEADLINE_SHIFT, shift.value)
        record_setting_change(
            uow.session, user_id=admin.id, changes={DEADLINE_SHIFT: {"before": before, "after": shift.value}}
        )


def correct_calendar(uow: UnitOfWork, *, actor: UserView, day: date, is_working: bool, note: str) -> None:
    """Record a decree the calendar package does not know yet (a transferred day off, a working Saturday)."""
    if not note.strip():
        raise ValidationError(FieldError("note", "Укажите основание: например, номер и дата постановления."))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        row = uow.session.get(CalendarCorrection, day)
        if row is None:
            uow.session.add(CalendarCorrection(day=day, is_working=is_working, note=note.strip()))
        else:
            row.is_working, row.note = is_working, note.strip()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="calendar",
            entity_id=0,
            action="corrected",
            changes={"day": day.isoformat(), "is_working": is_working, "note": note.strip()},
        )
