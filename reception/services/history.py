"""An appeal's history in plain language, from its audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from reception.db.models import Appeal, AuditEvent, User
from reception.db.uow import UnitOfWork
from reception.domain.appeals import AppealStatus, Outcome, short_person_name
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.permissions import Permission
from reception.domain.workflow import Action, LegalGround
from reception.services.users import UserView, load_actor


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    text: str

    def __str__(self) -> str:
        return f"{self.at.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M} {self.user}: {self.text}"


_FIELD_NAMES = {
    "received_at": "дата поступления",
    "channel": "канал",
    "kind": "вид",
    "summary": "краткое содержание",
    "text": "текст",
    "identification": "идентификация",
    "is_collective": "коллективное",
    "questions": "вопросы",
    "applicant_id": "заявитель",
}


def _date(value: Any) -> str:
    try:
        return f"{date.fromisoformat(str(value)):%d.%m.%Y}"
    except ValueError:
        return str(value)


def describe(action: str, changes: dict[str, Any]) -> str:
    """One event as a sentence: «назначен исполнитель Петров П. П.: „подготовить ответ до 20.03“»."""
    comment = changes.get("comment")
    tail = f": «{comment}»" if comment else ""
    if action == "registered":
        return f"зарегистрировано под № {changes.get('reg_number', {}).get('after', '')}"
    if action == "edited":
        fields = sorted(
            {_FIELD_NAMES.get(k, "данные заявителя" if k.startswith("applicant.") else k) for k in changes}
        )
        return "изменены поля: " + ", ".join(fields)
    if action == Action.ASSIGN.value:
        executor = changes.get("executor", {})
        who = short_person_name(executor.get("after") or "")
        text = f"переназначено исполнителю {who}" if executor.get("before") else f"назначен исполнитель {who}"
        if changes.get("department"):
            text += f" ({changes['department']})"
        if changes.get("control_date"):
            text += f", контрольный срок {_date(changes['control_date'])}"
        return text + tail
    if action == Action.EXTEND.value:
        due = changes.get("due_date", {})
        return f"срок ответа продлён на {changes.get('days')} дн. с {_date(due.get('before'))} до {_date(due.get('after'))}{tail}"
    if action == Action.FORWARD.value:
        letter = changes.get("covering_letter_number")
        sent = f", сопроводительное письмо № {letter}" if letter else ""
        if letter and changes.get("covering_letter_date"):
            sent += f" от {_date(changes['covering_letter_date'])}"
        return f"направлено по компетенции: {changes.get('to_body')}{sent}{tail}"
    if action == Action.LEAVE_WITHOUT_ANSWER.value:
        ground = changes.get("ground")
        return f"оставлено без ответа — {LegalGround.of(ground).label if ground else ''}{tail}"
    if action == "outcome":
        outcome = changes.get("outcome", {}).get("after")
        return (
            f"результат по вопросу {changes.get('question')}: {Outcome.of(outcome).label if outcome else ''}"
        )
    if action == "repeated":
        return "отмечено как повторное к " + ", ".join(changes.get("earlier", []))
    try:
        step = Action.of(action)
    except ValueError:
        return action
    status = changes.get("status", {}).get("after")
    result = AppealStatus.of(status).label.lower() if status else step.label.lower()
    return (
        f"{step.label.lower()} — {result}{tail}"
        if status and step.label.lower() != result
        else f"{step.label.lower()}{tail}"
    )


def appeal_history(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> list[HistoryEntry]:
    """Oldest first, as the case file reads.

    An appeal written without its registration event (a bulk demo load) still shows its
    registration, from its own row: the number, the moment and the registrar.
    """
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(AuditEvent, User.full_name)
            .outerjoin(User, User.id == AuditEvent.user_id)
            .where(AuditEvent.entity == "appeal", AuditEvent.entity_id == appeal_id)
            .order_by(AuditEvent.id)
        )
        events = uow.session.execute(query).all()
        entries = [
            HistoryEntry(
                event.at, short_person_name(name or "система"), describe(event.action, event.changes)
            )
            for event, name in events
        ]
        if any(event.action == "registered" for event, _ in events):
            return entries
        registration = uow.session.execute(
            select(Appeal.registered_at, Appeal.reg_number, User.full_name)
            .outerjoin(User, User.id == Appeal.registered_by_id)
            .where(Appeal.id == appeal_id)
        ).first()
        if registration is None:
            return entries
        at, number, name = registration
        registered = HistoryEntry(
            at, short_person_name(name or "система"), f"зарегистрировано под № {number}"
        )
        return [registered, *entries]
