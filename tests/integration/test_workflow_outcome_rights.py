"""Who may record question outcomes: the service the editor asks before enabling its outcome combos."""

from __future__ import annotations

import pytest

from reception.db.database import Database
from reception.domain.appeals import Outcome
from reception.domain.errors import PermissionDenied
from reception.services import appeals, workflow
from reception.services.users import UserView
from tests.conftest import Staff
from tests.factories import appeal_draft


def test_outcomes_are_set_by_the_assigned_executor_or_the_head_and_the_answer_says_so(
    db: Database, staff: Staff
) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())

    def may(actor: UserView) -> bool:
        return workflow.may_set_outcomes(db.uow(), actor=actor, appeal_id=view.id)

    assert may(staff.manager) and may(staff.admin)
    assert not may(staff.clerk) and not may(staff.executor)
    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    assert may(staff.executor)
    # the answer matches what set_outcome does
    workflow.set_outcome(
        db.uow(), actor=staff.executor, appeal_id=view.id, position=1, outcome=Outcome.EXPLAINED
    )
    with pytest.raises(PermissionDenied):
        workflow.set_outcome(
            db.uow(), actor=staff.clerk, appeal_id=view.id, position=1, outcome=Outcome.EXPLAINED
        )
