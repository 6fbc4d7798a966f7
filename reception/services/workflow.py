"""Steps of an appeal's life: assign, work, answer, forward, extend, close. One step, one transaction.

Each step locks the appeal's row, asks reception.domain.workflow whether it is allowed, changes the
state, keeps the due date derived from the history, and records an audit event in plain terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update

from reception.db.models import Appeal, User
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import AppealRepeat, Assignment, DeadlineExtension, Department, Forwarding
from reception.domain import deadlines
from reception.domain.appeals import AppealStatus, Outcome
from reception.domain.errors import FieldError, NotFound, PermissionDenied, ValidationError
from reception.domain.permissions import Role
from reception.domain.workflow import (
    FINAL_OUTCOMES,
    Action,
    CaseState,
    LegalGround,
    TransitionRefused,
    allowed_actions,
    check_action,
    check_extension,
    check_ground,
    may_set_outcome,
    settle_outcomes,
)
from reception.services.audit import json_value, record_event
from reception.services.deadline_rules import load_rules
from reception.services.users import UserView, load_actor

MAX_COMMENT = 4000


@dataclass(frozen=True)
class StepResult:
    appeal_id: int
    status: AppealStatus
    due_date: date | None
    version: int


def case_state(appeal: Appeal, extended: bool) -> CaseState:
    return CaseState(
        status=appeal.status,
        outcomes=tuple(q.outcome for q in appeal.questions),
        assignee_id=appeal.assignee_id,
        extended=extended,
    )


def _lock(uow: UnitOfWork, appeal_id: int) -> Appeal:
    appeal = uow.session.scalar(select(Appeal).where(Appeal.id == appeal_id).with_for_update(of=Appeal))
    if appeal is None:
        raise NotFound("Обращение не найдено.")
    return appeal


def _is_extended(uow: UnitOfWork, appeal_id: int) -> bool:
    return (
        uow.session.scalar(select(DeadlineExtension.id).where(DeadlineExtension.appeal_id == appeal_id))
        is not None
    )


def _text(value: str, field: str, *, required: str | None = None, limit: int = MAX_COMMENT) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(FieldError(field, required))
    if len(cleaned) > limit:
        raise ValidationError(FieldError(field, f"Не более {limit} знаков."))
    return cleaned


def _step(
    uow: UnitOfWork,
    *,
    actor: UserView,
    appeal_id: int,
    action: Action,
    comment: str = "",
    details: dict[str, Any] | None = None,
) -> tuple[User, Appeal, AppealStatus]:
    """Lock, check and move the appeal; the caller adds what is particular to its step."""
    user = load_actor(uow, actor)
    appeal = _lock(uow, appeal_id)
    state = case_state(appeal, _is_extended(uow, appeal_id))
    target = check_action(action, state, role=user.role, user_id=user.id)
    before = appeal.status
    appeal.status = target
    appeal.updated_at = utcnow()
    appeal.updated_by_id = user.id
    changes: dict[str, Any] = {"comment": comment} if comment else {}
    if before is not target:
        changes["status"] = {"before": before.value, "after": target.value}
    changes.update({k: json_value(v) for k, v in (details or {}).items()})
    uow.flush()
    record_event(
        uow.session,
        user_id=user.id,
        entity="appeal",
        entity_id=appeal.id,
        action=action.value,
        changes=changes,
    )
    return user, appeal, before


def _result(appeal: Appeal) -> StepResult:
    return StepResult(appeal.id, appeal.status, appeal.due_date, appeal.version)


def assign(
    uow: UnitOfWork,
    *,
    actor: UserView,
    appeal_id: int,
    executor_id: int,
    department_id: int | None = None,
    resolution: str = "",
    control_date: date | None = None,
) -> StepResult:
    """Route to an executor with a resolution; reassigning ends the current assignment."""
    resolution = _text(resolution, "resolution")
    with uow:
        executor = uow.session.get(User, executor_id)
        if executor is None or not executor.is_active or executor.role is not Role.EXECUTOR:
            raise ValidationError(
                FieldError(
                    "executor",
                    "Исполнителем может быть только действующий пользователь с ролью «Исполнитель».",
                )
            )
        department = uow.session.get(Department, department_id) if department_id is not None else None
        if department_id is not None and (department is None or not department.is_active):
            raise ValidationError(FieldError("department", "Такого действующего подразделения нет."))
        appeal = _lock(uow, appeal_id)
        today = deadlines.office_date(utcnow())
        if control_date is not None and (
            control_date < today or (appeal.due_date is not None and control_date > appeal.due_date)
        ):
            raise ValidationError(
                FieldError(
                    "control_date",
                    f"Контрольный срок должен быть не раньше сегодняшнего дня и не позже срока ответа "
                    f"{appeal.due_date:%d.%m.%Y}."
                    if appeal.due_date
                    else "Контрольный срок не может быть в прошлом.",
                )
            )
        user, appeal, _ = _step(
            uow,
            actor=actor,
            appeal_id=appeal_id,
            action=Action.ASSIGN,
            comment=resolution,
            details={
                "executor": {"before": _name(uow, appeal.assignee_id), "after": executor.full_name},
                "department": department.name if department else None,
                "control_date": control_date,
            },
        )
        now = utcnow()
        uow.session.execute(
            update(Assignment)
            .where(Assignment.appeal_id == appeal_id, Assignment.ended_at.is_(None))
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
        uow.session.add(
            Assignment(
                appeal_id=appeal_id,
                executor_id=executor.id,
                department_id=department_id,
                resolution=resolution,
                control_date=control_date,
                assigned_by_id=user.id,
                assigned_at=now,
            )
        )
        appeal.assignee_id = executor.id
        appeal.department_id = department_id
        appeal.control_date = control_date
        uow.flush()
        return _result(appeal)


def _name(uow: UnitOfWork, user_id: int | None) -> str | None:
    user = uow.session.get(User, user_id) if user_id else None
    return user.full_name if user else None


def start_work(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> StepResult:
    with uow:
        _, appeal, _ = _step(uow, actor=actor, appeal_id=appeal_id, action=Action.START)
        return _result(appeal)


ANSWER_STEPS = frozenset({Action.PREPARE_ANSWER, Action.RETURN_FOR_REWORK, Action.APPROVE_ANSWER})


def answer_step(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, action: Action, comment: str = ""
) -> StepResult:
    """One of the answer's steps inside the caller's open unit of work (letters take them with their
    own change, in one transaction); the services below are this step in a transaction of its own."""
    if action not in ANSWER_STEPS:
        raise ValueError(f"{action} is not a step of the answer")
    if action is Action.RETURN_FOR_REWORK:
        comment = _text(comment, "comment", required="Напишите, что нужно доработать.")
    else:
        comment = _text(comment, "comment")
    _, appeal, _ = _step(uow, actor=actor, appeal_id=appeal_id, action=action, comment=comment)
    if action is Action.APPROVE_ANSWER:
        appeal.answered_at = utcnow()
        _settle(appeal, Outcome.ANSWERED)  # questions left in work count as answered (дан ответ автору)
    return _result(appeal)


def prepare_answer(uow: UnitOfWork, *, actor: UserView, appeal_id: int, comment: str = "") -> StepResult:
    with uow:
        return answer_step(
            uow, actor=actor, appeal_id=appeal_id, action=Action.PREPARE_ANSWER, comment=comment
        )


def return_for_rework(uow: UnitOfWork, *, actor: UserView, appeal_id: int, comment: str) -> StepResult:
    _text(comment, "comment", required="Напишите, что нужно доработать.")
    with uow:
        return answer_step(
            uow, actor=actor, appeal_id=appeal_id, action=Action.RETURN_FOR_REWORK, comment=comment
        )


def approve_answer(uow: UnitOfWork, *, actor: UserView, appeal_id: int, comment: str = "") -> StepResult:
    """The answer is approved and sent: the appeal is answered (on time or late, as the date says)."""
    with uow:
        return answer_step(
            uow, actor=actor, appeal_id=appeal_id, action=Action.APPROVE_ANSWER, comment=comment
        )


def close(uow: UnitOfWork, *, actor: UserView, appeal_id: int, comment: str = "") -> StepResult:
    with uow:
        _, appeal, _ = _step(
            uow, actor=actor, appeal_id=appeal_id, action=Action.CLOSE, comment=_text(comment, "comment")
        )
        appeal.closed_at = utcnow()
        return _result(appeal)


def _settle(appeal: Appeal, outcome: Outcome) -> None:
    for question, settled in zip(
        appeal.questions, settle_outcomes([q.outcome for q in appeal.questions], outcome), strict=True
    ):
        question.outcome = settled


def forward(
    uow: UnitOfWork,
    *,
    actor: UserView,
    appeal_id: int,
    to_body: str,
    covering_letter_number: str = "",
    covering_letter_date: date | None = None,
    comment: str = "",
) -> StepResult:
    """Send to the competent body (within 7 days of registration), the applicant being notified.

    The covering letter's number and date are required: the federal reporting lists them for every
    forwarded appeal."""
    with uow:
        # Whether this user may forward this appeal now comes first; then what the form says.
        user, appeal, _ = _step(
            uow,
            actor=actor,
            appeal_id=appeal_id,
            action=Action.FORWARD,
            comment=_text(comment, "comment"),
            details={
                "to_body": to_body.strip(),
                "covering_letter_number": covering_letter_number.strip(),
                "covering_letter_date": covering_letter_date,
            },
        )
        to_body, number, dated = _forwarding_fields(to_body, covering_letter_number, covering_letter_date)
        uow.session.add(
            Forwarding(
                appeal_id=appeal_id,
                to_body=to_body,
                covering_letter_number=number,
                covering_letter_date=dated,
                forwarded_by_id=user.id,
                forwarded_at=utcnow(),
            )
        )
        _settle(appeal, Outcome.FORWARDED)
        return _result(appeal)


def _forwarding_fields(to_body: str, number: str, dated: date | None) -> tuple[str, str, date]:
    """The body, the covering letter's number and date, cleaned; every missing part named at once."""
    errors: list[FieldError] = []
    fields: dict[str, str] = {}
    for field, value, required, limit in (
        ("to_body", to_body, "Укажите орган, в который направляется обращение.", 500),
        ("covering_letter_number", number, "Укажите номер сопроводительного письма.", 64),
    ):
        try:
            fields[field] = _text(value, field, required=required, limit=limit)
        except ValidationError as error:
            errors.extend(error.errors)
    if dated is None:
        errors.append(FieldError("covering_letter_date", "Укажите дату сопроводительного письма."))
    elif dated > deadlines.office_date(utcnow()):
        errors.append(
            FieldError(
                "covering_letter_date", f"Дата сопроводительного письма {dated:%d.%m.%Y} ещё не наступила."
            )
        )
    if errors or dated is None:
        raise ValidationError(errors)
    return fields["to_body"], fields["covering_letter_number"], dated


def leave_without_answer(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, ground: LegalGround, comment: str = ""
) -> StepResult:
    """Only on a ground of 59-FZ art. 11; the ground stays with the appeal."""
    with uow:
        _, appeal, _ = _step(
            uow,
            actor=actor,
            appeal_id=appeal_id,
            action=Action.LEAVE_WITHOUT_ANSWER,
            comment=_text(comment, "comment"),
            details={"ground": ground.value},
        )
        check_ground(
            ground, is_anonymous=appeal.is_anonymous, answered_earlier=_answered_earlier(uow, appeal_id)
        )
        appeal.closing_ground = ground
        _settle(appeal, Outcome.LEFT_WITHOUT_ANSWER)
        return _result(appeal)


def _answered_earlier(uow: UnitOfWork, appeal_id: int) -> int:
    """Earlier appeals this one repeats that were answered."""
    earlier = Appeal.__table__.alias("earlier")
    return int(
        uow.session.execute(
            select(func.count())
            .select_from(AppealRepeat)
            .join(earlier, earlier.c.id == AppealRepeat.earlier_appeal_id)
            .where(AppealRepeat.appeal_id == appeal_id, earlier.c.answered_at.is_not(None))
        ).scalar_one()
    )


def withdraw(uow: UnitOfWork, *, actor: UserView, appeal_id: int, comment: str) -> StepResult:
    comment = _text(comment, "comment", required="Укажите, как заявитель отозвал обращение (заявление от …).")
    with uow:
        _, appeal, _ = _step(uow, actor=actor, appeal_id=appeal_id, action=Action.WITHDRAW, comment=comment)
        _settle(appeal, Outcome.LEFT_WITHOUT_ANSWER)
        return _result(appeal)


def extend_deadline(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, days: int, reason: str
) -> StepResult:
    """The one extension of up to 30 days, by the head, with a reason; the applicant is notified."""
    reason = _text(
        reason, "reason", required="Укажите причину продления (например, запрос документов в другом органе)."
    )
    if not 1 <= days <= deadlines.MAX_EXTENSION_DAYS:
        raise ValidationError(
            FieldError("days", f"Продлить можно на срок от 1 до {deadlines.MAX_EXTENSION_DAYS} дней.")
        )
    with uow:
        rules = load_rules(uow.session)
        appeal = _lock(uow, appeal_id)
        previous = appeal.due_date
        new_due = deadlines.answer_due(deadlines.office_date(appeal.registered_at), [days], rules)
        user, appeal, _ = _step(
            uow,
            actor=actor,
            appeal_id=appeal_id,
            action=Action.EXTEND,
            comment=reason,
            details={"due_date": {"before": previous, "after": new_due}, "days": days},
        )
        check_extension(previous, deadlines.office_date(utcnow()))
        uow.session.add(
            DeadlineExtension(
                appeal_id=appeal_id,
                days=days,
                reason=reason,
                previous_due=previous or new_due,
                new_due=new_due,
                extended_by_id=user.id,
                extended_at=utcnow(),
            )
        )
        appeal.due_date = new_due
        for question in appeal.questions:
            if question.outcome is Outcome.IN_WORK:
                question.outcome = Outcome.EXTENDED
        return _result(appeal)


def set_outcome(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, position: int, outcome: Outcome
) -> StepResult:
    """The result of one question (1-based position), by its executor or the head."""
    with uow:
        user = load_actor(uow, actor)
        appeal = _lock(uow, appeal_id)
        state = case_state(appeal, _is_extended(uow, appeal_id))
        if not may_set_outcome(state, role=user.role, user_id=user.id):
            raise PermissionDenied("Результат рассмотрения указывает исполнитель обращения или руководитель.")
        if outcome not in FINAL_OUTCOMES and outcome not in (Outcome.IN_WORK, Outcome.EXTENDED):
            raise ValidationError(FieldError("outcome", "Недопустимый результат рассмотрения."))
        if not 1 <= position <= len(appeal.questions):
            raise NotFound(f"В обращении нет вопроса № {position}.")
        question = appeal.questions[position - 1]
        before = question.outcome
        question.outcome = outcome
        appeal.updated_at = utcnow()
        appeal.updated_by_id = user.id
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=appeal.id,
            action="outcome",
            changes={
                "question": question.topic_code,
                "outcome": {"before": before.value, "after": outcome.value},
            },
        )
        return _result(appeal)


def available_actions(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> list[Action]:
    """What this user may do with this appeal now: the UI offers exactly these."""
    with uow:
        user = load_actor(uow, actor)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        allowed = allowed_actions(
            case_state(appeal, _is_extended(uow, appeal_id)), role=user.role, user_id=user.id
        )
        if Action.EXTEND in allowed:
            try:
                check_extension(appeal.due_date, deadlines.office_date(utcnow()))
            except TransitionRefused:
                allowed.remove(Action.EXTEND)  # the term has run out: extending it would be refused
        return allowed


def may_set_outcomes(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> bool:
    """Whether this user may record question outcomes on this appeal now (the UI enables its combos)."""
    with uow:
        user = load_actor(uow, actor)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        return may_set_outcome(
            case_state(appeal, _is_extended(uow, appeal_id)), role=user.role, user_id=user.id
        )
