"""On a database without users: create the administrator who sets everything else up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError, ValidationError
from reception.services.users import MIN_PASSWORD_LENGTH, UserView, create_first_admin
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, add_field_row, error_label


class FirstAdminDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.user: UserView | None = None
        self.setWindowTitle(self.tr("Reception — first administrator"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        intro = QLabel(
            self.tr(
                "The database has no users yet. Create the administrator account: "
                "the administrator then adds clerks, executors and managers."
            )
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("at least %d characters") % MIN_PASSWORD_LENGTH)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)

        form = QFormLayout()
        for text, edit, path in (
            (self.tr("&Login:"), self.login_edit, "login"),
            (self.tr("&Full name:"), self.full_name_edit, "full_name"),
            (self.tr("&Password:"), self.password_edit, "password"),
            (self.tr("&Repeat password:"), self.repeat_edit, "password_repeat"),
        ):
            add_field_row(form, text, self.errors, path, edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create and sign in"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.login_edit.setFocus()

    def _on_create_button_clicked(self) -> None:
        self.errors.clear()
        if self.password_edit.text() != self.repeat_edit.text():
            self.errors.show("password_repeat", self.tr("The passwords do not match."))
            self.repeat_edit.setFocus()
            return
        try:
            self.user = create_first_admin(
                self._db.uow(),
                login=self.login_edit.text(),
                full_name=self.full_name_edit.text(),
                password=self.password_edit.text(),
            )
        except ValidationError as error:
            self.errors.show_and_focus(error)
            return
        except ReceptionError as error:
            self.errors.show("", error.message)
            return
        self.accept()
