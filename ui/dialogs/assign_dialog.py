"""Assign (or reassign) an appeal: executor, department, resolution, optional control date."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from reception.db.database import Database
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Role
from reception.domain.workflow import Action
from reception.services import workflow
from reception.services.appeals import AppealView
from reception.services.departments import list_departments
from reception.services.users import UserView, list_users
from reception.services.workflow import StepResult
from ui.dialogs.step_dialog import StepDialog, comment_edit
from ui.labels import label_of


class AssignDialog(StepDialog):
    def __init__(
        self, db: Database, actor: UserView, appeal: AppealView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, appeal, label_of(Action.ASSIGN), parent)
        self.executor_combo = QComboBox()
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("— not set —"), None)
        self.resolution_edit = comment_edit(90)
        self.resolution_edit.setPlaceholderText(self.tr("instruction to the executor"))
        self.resolution_edit.setPlainText(appeal.resolution)
        self.control_check = QCheckBox(self.tr("&Control date:"))
        self.control_date_edit = QDateEdit()
        self.control_date_edit.setCalendarPopup(True)
        self.control_date_edit.setDisplayFormat("dd.MM.yyyy")
        start = appeal.control_date or appeal.due_date or office_date(datetime.now(UTC))
        self.control_date_edit.setDate(QDate(start.year, start.month, start.day))
        self.control_check.setChecked(appeal.control_date is not None)
        self.control_date_edit.setEnabled(self.control_check.isChecked())
        self.control_check.toggled.connect(self.control_date_edit.setEnabled)

        try:
            executors = [u for u in list_users(db.uow(), actor=actor, role=Role.EXECUTOR) if u.is_active]
            departments = list_departments(db.uow())
        except ReceptionError as error:
            executors, departments = [], []
            self.errors.show("", error.message)
        for user in executors:
            self.executor_combo.addItem(user.full_name, user.id)
        for department in departments:
            self.department_combo.addItem(department.name, department.id)
        if appeal.assignee_id is not None:
            self.executor_combo.setCurrentIndex(max(self.executor_combo.findData(appeal.assignee_id), 0))
        if appeal.department:
            self.department_combo.setCurrentIndex(max(self.department_combo.findText(appeal.department), 0))

        self.add_row(self.tr("&Executor:"), self.executor_combo, "executor")
        self.add_row(self.tr("&Department:"), self.department_combo, "department")
        self.add_row(self.tr("&Resolution:"), self.resolution_edit, "resolution")
        control = QWidget()
        line = QHBoxLayout(control)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.control_check)
        line.addWidget(self.control_date_edit, 1)
        self.form.addRow(control)
        self.errors.add("control_date", self.control_date_edit, self.general_error_label)
        self.executor_combo.setFocus()

    def control_date(self) -> date | None:
        if not self.control_check.isChecked():
            return None
        chosen: date = self.control_date_edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def perform(self) -> StepResult:
        executor_id = self.executor_combo.currentData()
        return workflow.assign(
            self._db.uow(),
            actor=self._actor,
            appeal_id=self._appeal.id,
            executor_id=int(executor_id) if executor_id is not None else 0,
            department_id=self.department_combo.currentData(),
            resolution=self.resolution_edit.toPlainText(),
            control_date=self.control_date(),
        )
