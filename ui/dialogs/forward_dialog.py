"""Forward an appeal to the competent body, with the covering letter's number and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from reception.db.database import Database
from reception.domain.workflow import Action
from reception.services import workflow
from reception.services.appeals import AppealView
from reception.services.users import UserView
from reception.services.workflow import StepResult
from ui.dialogs.step_dialog import StepDialog, comment_edit
from ui.labels import label_of


class ForwardDialog(StepDialog):
    def __init__(
        self, db: Database, actor: UserView, appeal: AppealView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, appeal, label_of(Action.FORWARD), parent)
        self.to_body_edit = QLineEdit()
        self.to_body_edit.setPlaceholderText(self.tr("the competent body, e.g. Prefecture of the CAO"))
        self.letter_number_edit = QLineEdit()
        # The covering letter's number and date go into the federal reporting: both are required.
        self.letter_date_edit = QDateEdit(QDate.currentDate())
        self.letter_date_edit.setCalendarPopup(True)
        self.letter_date_edit.setDisplayFormat("dd.MM.yyyy")
        self.comment_edit = comment_edit()
        self.comment_edit.setPlaceholderText(self.tr("optional"))

        self.add_row(self.tr("&To body:"), self.to_body_edit, "to_body")
        self.add_row(self.tr("Covering letter &No.:"), self.letter_number_edit, "covering_letter_number")
        self.add_row(self.tr("Letter &dated:"), self.letter_date_edit, "covering_letter_date")
        self.add_row(self.tr("&Comment:"), self.comment_edit, "comment")
        self.to_body_edit.setFocus()

    def letter_date(self) -> date:
        chosen: date = self.letter_date_edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def perform(self) -> StepResult:
        return workflow.forward(
            self._db.uow(),
            actor=self._actor,
            appeal_id=self._appeal.id,
            to_body=self.to_body_edit.text(),
            covering_letter_number=self.letter_number_edit.text(),
            covering_letter_date=self.letter_date(),
            comment=self.comment_edit.toPlainText(),
        )
