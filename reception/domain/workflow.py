"""The life of an appeal as a state machine: which step is allowed, from where, and to whom.

Every rule a screen needs ("may I offer this button?") is answered here; services refuse what is
not allowed with the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reception.domain.appeals import AppealStatus, LabelledEnum, Outcome
from reception.domain.errors import PermissionDenied, ReceptionError
from reception.domain.permissions import Role

S = AppealStatus


class Action(LabelledEnum):
    ASSIGN = "assign", "Назначить исполнителя"
    START = "start", "Принять в работу"
    PREPARE_ANSWER = "prepare_answer", "Ответ подготовлен"
    RETURN_FOR_REWORK = "return_for_rework", "Вернуть на доработку"
    APPROVE_ANSWER = "approve_answer", "Утвердить ответ"
    CLOSE = "close", "Закрыть"
    FORWARD = "forward", "Направить по компетенции"
    LEAVE_WITHOUT_ANSWER = "leave_without_answer", "Оставить без ответа"
    WITHDRAW = "withdraw", "Отзыв заявителем"
    EXTEND = "extend", "Продлить срок"


class LegalGround(LabelledEnum):
    """Grounds of 59-FZ art. 11 for leaving an appeal without an answer on the merits."""

    ANONYMOUS = "anonymous", "Не указаны фамилия или почтовый адрес (ч. 1 ст. 11)"
    OBSCENE_OR_THREATS = (
        "obscene_or_threats",
        "Нецензурные либо оскорбительные выражения, угрозы (ч. 3 ст. 11)",
    )
    UNREADABLE = "unreadable", "Текст не поддаётся прочтению (ч. 4 ст. 11)"
    REPEATED_TERMINATED = "repeated_terminated", "Переписка прекращена по повторному обращению (ч. 5 ст. 11)"
    COURT_DECISION = "court_decision", "Обжалование судебного решения: возвращено в 7 дней (ч. 2 ст. 11)"


FINAL_OUTCOMES = frozenset(
    {
        Outcome.EXPLAINED,
        Outcome.SUPPORTED,
        Outcome.SUPPORTED_MEASURES_TAKEN,
        Outcome.NOT_SUPPORTED,
        Outcome.FORWARDED,
        Outcome.ANSWERED,
        Outcome.LEFT_WITHOUT_ANSWER,
    }
)

_WORKING = (S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.RETURNED_FOR_REWORK)

TRANSITIONS: dict[Action, tuple[tuple[AppealStatus, ...], AppealStatus | None]] = {
    # action: (statuses it starts from, status it leads to; None = status unchanged)
    Action.ASSIGN: (_WORKING, S.ASSIGNED),
    Action.START: ((S.ASSIGNED, S.RETURNED_FOR_REWORK), S.IN_PROGRESS),
    Action.PREPARE_ANSWER: ((S.IN_PROGRESS, S.RETURNED_FOR_REWORK), S.ANSWER_PREPARED),
    Action.RETURN_FOR_REWORK: ((S.ANSWER_PREPARED,), S.RETURNED_FOR_REWORK),
    Action.APPROVE_ANSWER: ((S.ANSWER_PREPARED,), S.ANSWERED),
    Action.CLOSE: ((S.ANSWERED, S.FORWARDED, S.LEFT_WITHOUT_ANSWER, S.WITHDRAWN), S.CLOSED),
    # A forwarded appeal may go to one more competent body (59-FZ: a copy to each when several are).
    Action.FORWARD: ((*_WORKING, S.FORWARDED), S.FORWARDED),
    Action.LEAVE_WITHOUT_ANSWER: (_WORKING, S.LEFT_WITHOUT_ANSWER),
    Action.WITHDRAW: ((*_WORKING, S.ANSWER_PREPARED), S.WITHDRAWN),
    Action.EXTEND: ((*_WORKING, S.ANSWER_PREPARED), None),
}

_OFFICE = frozenset({Role.CLERK, Role.MANAGER, Role.ADMIN})
_HEAD = frozenset({Role.MANAGER, Role.ADMIN})
_EXECUTING = frozenset({Role.EXECUTOR, Role.MANAGER, Role.ADMIN})

WHO_MAY: dict[Action, frozenset[Role]] = {
    Action.ASSIGN: _OFFICE,
    Action.START: _EXECUTING,
    Action.PREPARE_ANSWER: _EXECUTING,
    Action.RETURN_FOR_REWORK: _HEAD,
    Action.APPROVE_ANSWER: _HEAD,
    Action.CLOSE: _OFFICE,
    Action.FORWARD: _OFFICE,
    Action.LEAVE_WITHOUT_ANSWER: _HEAD,
    Action.WITHDRAW: _OFFICE,
    Action.EXTEND: _HEAD,
}

# An executor acts only on the appeals assigned to them.
ASSIGNEE_ONLY_FOR_EXECUTORS = frozenset({Action.START, Action.PREPARE_ANSWER})


class TransitionRefused(ReceptionError):
    """The step is not allowed from the appeal's current state."""


@dataclass(frozen=True)
class CaseState:
    """What the rules need to know about an appeal."""

    status: AppealStatus
    outcomes: tuple[Outcome, ...]
    assignee_id: int | None
    extended: bool


def target_status(action: Action, status: AppealStatus) -> AppealStatus:
    sources, target = TRANSITIONS[action]
    if status not in sources:
        raise TransitionRefused(f"«{action.label}» невозможно: обращение в состоянии «{status.label}».")
    return status if target is None else target


def check_action(action: Action, state: CaseState, *, role: Role, user_id: int) -> AppealStatus:
    """The status the action leads to, or a typed refusal saying why not."""
    if role not in WHO_MAY[action]:
        raise PermissionDenied(f"«{action.label}» вам не разрешено ({role.label}).")
    if role is Role.EXECUTOR and action in ASSIGNEE_ONLY_FOR_EXECUTORS and state.assignee_id != user_id:
        raise PermissionDenied("Это обращение назначено другому исполнителю.")
    target = target_status(action, state.status)
    if action is Action.EXTEND and state.extended:
        raise TransitionRefused(
            "Срок рассмотрения уже продлевался: закон допускает продление только один раз."
        )
    if action is Action.CLOSE:
        missing = [i + 1 for i, outcome in enumerate(state.outcomes) if outcome not in FINAL_OUTCOMES]
        if missing:
            raise TransitionRefused(
                "Закрыть нельзя: не указан результат рассмотрения по вопросам № "
                + ", ".join(map(str, missing))
                + "."
            )
    return target


def allowed_actions(state: CaseState, *, role: Role, user_id: int) -> list[Action]:
    """The actions a screen may offer this user for this appeal now."""
    allowed = []
    for action in Action:
        try:
            check_action(action, state, role=role, user_id=user_id)
        except (PermissionDenied, TransitionRefused):
            continue
        allowed.append(action)
    return allowed


def may_set_outcome(state: CaseState, *, role: Role, user_id: int) -> bool:
    if state.status in (S.CLOSED,):
        return False
    if role in (Role.MANAGER, Role.ADMIN):
        return True
    return role is Role.EXECUTOR and state.assignee_id == user_id


def settle_outcomes(outcomes: Iterable[Outcome], settled: Outcome) -> list[Outcome]:
    """Questions still in work (or extended) take the outcome of the step that ends the case: an
    approved answer (answered), a forwarding, leaving without answer. Outcomes set already stay."""
    return [o if o in FINAL_OUTCOMES else settled for o in outcomes]


# Earlier answers on the same question before correspondence may be terminated (59-FZ art. 11 ч. 5).
TERMINATION_ANSWERS = 2


def check_ground(ground: LegalGround, *, is_anonymous: bool, answered_earlier: int) -> None:
    """A ground of art. 11 must fit the appeal: «no surname or address» only for an anonymous one;
    termination of correspondence only for a repeated appeal on a question already answered on the
    merits several times (ч. 5: «неоднократно»), i.e. repeating at least two answered appeals."""
    if ground is LegalGround.ANONYMOUS and not is_anonymous:
        raise TransitionRefused(
            "Основание ч. 1 ст. 11 не подходит: в обращении указаны фамилия и адрес для ответа."
        )
    if ground is LegalGround.REPEATED_TERMINATED and answered_earlier < TERMINATION_ANSWERS:
        raise TransitionRefused(
            "Прекратить переписку можно только по повторному обращению, на прежние обращения по тому же "
            f"вопросу которого уже неоднократно даны ответы: отметьте его как повторное (отвечено ранее: "
            f"{answered_earlier}, нужно не менее {TERMINATION_ANSWERS})."
        )


def check_extension(due_date: date | None, today: date) -> None:
    """The head extends the term while it runs: an extension after the due date would hide a breach."""
    if due_date is not None and today > due_date:
        raise TransitionRefused(
            f"Срок рассмотрения истёк {due_date:%d.%m.%Y}: продлить его задним числом нельзя."
        )
