"""Sign in with login and password; a demo database shows its demo account."""

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
from reception.domain.errors import ReceptionError
from reception.services.users import UserView, authenticate
from ui.widgets.form import FORM_STYLE_SHEET, error_label


class LoginDialog(QDialog):
    def __init__(self, db: Database, demo_hint: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.user: UserView | None = None
        self.setWindowTitle(self.tr("Reception — sign in"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        self.error_label = error_label()
        self.database_label = QLabel(self.tr("Database: %s") % db.display_url())
        self.database_label.setProperty("role", "hint")
        self.database_label.setWordWrap(True)

        form = QFormLayout()
        login_label = QLabel(self.tr("&Login:"))
        login_label.setBuddy(self.login_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(login_label, self.login_edit)
        form.addRow(password_label, self.password_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.database_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        self.hint_label.setVisible(bool(demo_hint))
        if demo_hint:
            self.hint_label.setText(self.tr("Demo sign-in: %s") % demo_hint)
            self.login_edit.setText(demo_hint.split("/", 1)[0].strip())
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _on_sign_in_button_clicked(self) -> None:
        self.error_label.hide()
        try:
            self.user = authenticate(
                self._db.uow(), login=self.login_edit.text(), password=self.password_edit.text()
            )
        except ReceptionError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
