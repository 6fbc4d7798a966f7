"""The base of the small dialogs that ask what one workflow step needs, then run it.

The core decides; the dialog shows its refusal at the field it names (or above the buttons) and
keeps everything typed, so the user corrects and tries again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError, ValidationError
from reception.services.appeals import AppealView
from reception.services.users import UserView
from reception.services.workflow import StepResult
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, add_field_row, error_label


def comment_edit(height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class StepDialog(QDialog):
    """Subclasses add their fields in `__init__` with `add_row` and run the step in `perform`."""

    sig_step_done = Signal(object)  # StepResult

    def __init__(
        self,
        db: Database,
        actor: UserView,
        appeal: AppealView,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._appeal = appeal
        self.step_result: StepResult | None = None
        self.setWindowTitle(f"{title} — {appeal.reg_number}")
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)

        self.header_label = QLabel(f"<b>{appeal.reg_number}</b> · {appeal.summary}")
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.header_label.setWordWrap(True)
        self.form = QFormLayout()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(title)
        self.ok_button.setToolTip(self.tr("Run the step (Ctrl+Enter)"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.button_box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_ok_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(520)

    def add_row(self, text: str, widget: QWidget, path: str | None = None) -> QWidget:
        """A labelled field (the label is the field's buddy) with its error label under it."""
        return add_field_row(self.form, text, self.errors, path, widget)

    def perform(self) -> StepResult:
        raise NotImplementedError

    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        try:
            result = self.perform()
        except ValidationError as error:
            self.errors.show_and_focus(error)
            return
        except ReceptionError as error:
            self.errors.show("", error.message)
            return
        self.step_result = result
        self.sig_step_done.emit(result)
        self.accept()
