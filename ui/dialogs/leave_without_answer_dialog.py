"""Leave an appeal without an answer on the merits, on a ground of 59-FZ art. 11."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from reception.db.database import Database
from reception.domain.workflow import Action, LegalGround
from reception.services import workflow
from reception.services.appeals import AppealView
from reception.services.users import UserView
from reception.services.workflow import StepResult
from ui.dialogs.step_dialog import StepDialog, comment_edit
from ui.labels import label_of


class LeaveWithoutAnswerDialog(StepDialog):
    def __init__(
        self, db: Database, actor: UserView, appeal: AppealView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, appeal, label_of(Action.LEAVE_WITHOUT_ANSWER), parent)
        self.ground_combo = QComboBox()
        for ground in LegalGround:
            self.ground_combo.addItem(label_of(ground), ground.value)
        self.comment_edit = comment_edit()
        self.comment_edit.setPlaceholderText(self.tr("optional"))
        self.add_row(self.tr("Legal &ground:"), self.ground_combo, "ground")
        self.add_row(self.tr("&Comment:"), self.comment_edit, "comment")
        self.ground_combo.setFocus()

    def ground(self) -> LegalGround:
        return LegalGround(self.ground_combo.currentData())

    def perform(self) -> StepResult:
        return workflow.leave_without_answer(
            self._db.uow(),
            actor=self._actor,
            appeal_id=self._appeal.id,
            ground=self.ground(),
            comment=self.comment_edit.toPlainText(),
        )
