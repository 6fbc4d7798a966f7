"""The one extension of the answer deadline: how many days and why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from reception.db.database import Database
from reception.domain.deadlines import MAX_EXTENSION_DAYS
from reception.domain.workflow import Action
from reception.services import workflow
from reception.services.appeals import AppealView
from reception.services.users import UserView
from reception.services.workflow import StepResult
from ui.dialogs.step_dialog import StepDialog, comment_edit
from ui.labels import label_of
from ui.locale_format import format_date


class ExtendDialog(StepDialog):
    def __init__(
        self, db: Database, actor: UserView, appeal: AppealView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, appeal, label_of(Action.EXTEND), parent)
        due = format_date(appeal.due_date, "—")
        self.current_due_label = QLabel(due)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_EXTENSION_DAYS)
        self.days_spin.setValue(MAX_EXTENSION_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.reason_edit = comment_edit(90)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. documents requested from another body; the applicant is notified")
        )
        self.form.addRow(self.tr("Answer due now:"), self.current_due_label)
        self.add_row(self.tr("Extend &by:"), self.days_spin, "days")
        self.add_row(self.tr("&Reason:"), self.reason_edit, "reason")
        self.days_spin.setFocus()

    def perform(self) -> StepResult:
        return workflow.extend_deadline(
            self._db.uow(),
            actor=self._actor,
            appeal_id=self._appeal.id,
            days=self.days_spin.value(),
            reason=self.reason_edit.toPlainText(),
        )
