"""The state machine: every allowed step, every forbidden one, and who may take it."""

from __future__ import annotations

import pytest

from reception.domain.appeals import AppealStatus as S
from reception.domain.appeals import Outcome
from reception.domain.errors import PermissionDenied
from reception.domain.permissions import Role
from reception.domain.workflow import (
    TRANSITIONS,
    Action,
    CaseState,
    TransitionRefused,
    allowed_actions,
    check_action,
)

ME = 7
ALLOWED = {
    (action, status): target or status
    for action, (sources, target) in TRANSITIONS.items()
    for status in sources
}
EXPECTED_TARGETS = {
    (Action.ASSIGN, S.REGISTERED): S.ASSIGNED,
    (Action.START, S.ASSIGNED): S.IN_PROGRESS,
    (Action.PREPARE_ANSWER, S.IN_PROGRESS): S.ANSWER_PREPARED,
    (Action.RETURN_FOR_REWORK, S.ANSWER_PREPARED): S.RETURNED_FOR_REWORK,
    (Action.PREPARE_ANSWER, S.RETURNED_FOR_REWORK): S.ANSWER_PREPARED,
    (Action.APPROVE_ANSWER, S.ANSWER_PREPARED): S.ANSWERED,
    (Action.CLOSE, S.ANSWERED): S.CLOSED,
    (Action.FORWARD, S.REGISTERED): S.FORWARDED,
    (Action.LEAVE_WITHOUT_ANSWER, S.IN_PROGRESS): S.LEFT_WITHOUT_ANSWER,
    (Action.WITHDRAW, S.ASSIGNED): S.WITHDRAWN,
    (Action.CLOSE, S.FORWARDED): S.CLOSED,
}


def state(
    status: S, *, outcomes: tuple[Outcome, ...] = (Outcome.EXPLAINED,), extended: bool = False
) -> CaseState:
    return CaseState(status=status, outcomes=outcomes, assignee_id=ME, extended=extended)


def test_the_main_path_and_the_side_exits_lead_where_the_law_says() -> None:
    for (action, status), target in EXPECTED_TARGETS.items():
        assert check_action(action, state(status), role=Role.ADMIN, user_id=ME) is target


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("action", list(Action))
def test_every_forbidden_transition_is_refused_with_a_message(action: Action, status: S) -> None:
    if (action, status) in ALLOWED:
        assert check_action(action, state(status), role=Role.ADMIN, user_id=ME) is ALLOWED[(action, status)]
        return
    with pytest.raises(TransitionRefused) as caught:
        check_action(action, state(status), role=Role.ADMIN, user_id=ME)
    assert status.label in caught.value.message


def test_nothing_follows_a_closed_appeal() -> None:
    assert allowed_actions(state(S.CLOSED), role=Role.ADMIN, user_id=ME) == []


def test_an_appeal_is_not_closed_while_a_question_has_no_outcome() -> None:
    with pytest.raises(TransitionRefused, match="№ 2"):
        check_action(
            Action.CLOSE,
            state(S.ANSWERED, outcomes=(Outcome.EXPLAINED, Outcome.IN_WORK)),
            role=Role.CLERK,
            user_id=ME,
        )


def test_an_extension_is_allowed_once() -> None:
    assert check_action(Action.EXTEND, state(S.IN_PROGRESS), role=Role.MANAGER, user_id=ME) is S.IN_PROGRESS
    with pytest.raises(TransitionRefused, match="только один раз"):
        check_action(Action.EXTEND, state(S.IN_PROGRESS, extended=True), role=Role.MANAGER, user_id=ME)


@pytest.mark.parametrize(
    ("action", "status", "roles"),
    [
        (Action.ASSIGN, S.REGISTERED, {Role.CLERK, Role.MANAGER, Role.ADMIN}),
        (Action.START, S.ASSIGNED, {Role.EXECUTOR, Role.MANAGER, Role.ADMIN}),
        (Action.APPROVE_ANSWER, S.ANSWER_PREPARED, {Role.MANAGER, Role.ADMIN}),
        (Action.LEAVE_WITHOUT_ANSWER, S.REGISTERED, {Role.MANAGER, Role.ADMIN}),
        (Action.EXTEND, S.IN_PROGRESS, {Role.MANAGER, Role.ADMIN}),
        (Action.FORWARD, S.REGISTERED, {Role.CLERK, Role.MANAGER, Role.ADMIN}),
    ],
)
def test_who_may_take_a_step(action: Action, status: S, roles: set[Role]) -> None:
    for role in Role:
        if role in roles:
            check_action(action, state(status), role=role, user_id=ME)
        else:
            with pytest.raises(PermissionDenied):
                check_action(action, state(status), role=role, user_id=ME)


def test_an_executor_works_only_on_their_own_appeals() -> None:
    check_action(Action.START, state(S.ASSIGNED), role=Role.EXECUTOR, user_id=ME)
    with pytest.raises(PermissionDenied, match="другому исполнителю"):
        check_action(Action.START, state(S.ASSIGNED), role=Role.EXECUTOR, user_id=ME + 1)


def test_allowed_actions_are_what_a_screen_offers() -> None:
    offered = allowed_actions(state(S.ASSIGNED), role=Role.EXECUTOR, user_id=ME)
    assert offered == [Action.START]
    head = allowed_actions(state(S.ANSWER_PREPARED), role=Role.MANAGER, user_id=ME)
    assert set(head) == {Action.RETURN_FOR_REWORK, Action.APPROVE_ANSWER, Action.WITHDRAW, Action.EXTEND}
