"""Cancelling a booked consultation: who cancelled it and why (the reason is kept in its history)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError, ValidationError
from reception.services.consultations import ConsultationView, cancel_consultation
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, error_label, show_message
from ui.widgets.slot_list import short_name, when_text


class CancelBookingDialog(QDialog):
    sig_cancelled = Signal(object)  # ConsultationView

    def __init__(
        self, db: Database, actor: UserView, consultation: ConsultationView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._consultation = consultation
        self.cancelled: ConsultationView | None = None
        self.setWindowTitle(self.tr("Cancel the booking"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        header = QLabel(
            self.tr("<b>%1</b> · %2 · %3")
            .replace("%1", when_text(consultation.starts_at))
            .replace("%2", short_name(consultation.specialist_name))
            .replace("%3", consultation.applicant.display_name or self.tr("(no name)"))
        )
        header.setWordWrap(True)
        self.by_combo = QComboBox()
        self.by_combo.addItem(self.tr("the citizen"), True)
        self.by_combo.addItem(self.tr("the office"), False)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("why the consultation is cancelled (required)"))
        self.reason_edit.returnPressed.connect(self.cancel_booking)
        reason_error = error_label()
        self.errors.add("reason", self.reason_edit, reason_error)
        reason_box = QWidget()
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason_edit)
        reason_layout.addWidget(reason_error)
        form = QFormLayout()
        by_label = QLabel(self.tr("Cancelled &by:"))
        by_label.setBuddy(self.by_combo)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(by_label, self.by_combo)
        form.addRow(reason_label, reason_box)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.button_box.addButton(
            self.tr("Cancel the &booking"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(self.general_error_label)
        layout.addStretch(1)
        layout.addWidget(self.button_box)
        self.resize(520, 200)
        name_controls(self)  # every input named for screen readers
        self.reason_edit.setFocus()

    def cancel_booking(self) -> None:
        self.errors.clear()
        try:
            cancelled = cancel_consultation(
                self._db.uow(),
                actor=self._actor,
                consultation_id=self._consultation.id,
                reason=self.reason_edit.text(),
                by_citizen=bool(self.by_combo.currentData()),
                expected_version=self._consultation.version,
            )
        except ValidationError as error:
            self.errors.show_all(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.cancelled = cancelled
        self.sig_cancelled.emit(cancelled)
        self.accept()
