"""The steps that need only a comment: answer prepared, return for rework, approve, withdraw, close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from reception.db.database import Database
from reception.domain.workflow import Action
from reception.services import workflow
from reception.services.appeals import AppealView
from reception.services.users import UserView
from reception.services.workflow import StepResult
from ui.dialogs.step_dialog import StepDialog, comment_edit
from ui.labels import label_of

Step = Callable[..., StepResult]

STEPS: dict[Action, Step] = {
    Action.PREPARE_ANSWER: workflow.prepare_answer,
    Action.RETURN_FOR_REWORK: workflow.return_for_rework,
    Action.APPROVE_ANSWER: workflow.approve_answer,
    Action.WITHDRAW: workflow.withdraw,
    Action.CLOSE: workflow.close,
}


class CommentDialog(StepDialog):
    def __init__(
        self,
        db: Database,
        actor: UserView,
        appeal: AppealView,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, appeal, label_of(action), parent)
        self._step = STEPS[action]
        self.comment_edit = comment_edit(110)
        hints = {
            Action.RETURN_FOR_REWORK: self.tr("what needs to be reworked"),
            Action.WITHDRAW: self.tr("how the applicant withdrew the appeal (application of …)"),
        }
        self.comment_edit.setPlaceholderText(hints.get(action, self.tr("optional")))
        self.add_row(self.tr("&Comment:"), self.comment_edit, "comment")
        self.comment_edit.setFocus()

    def perform(self) -> StepResult:
        return self._step(
            self._db.uow(),
            actor=self._actor,
            appeal_id=self._appeal.id,
            comment=self.comment_edit.toPlainText(),
        )
