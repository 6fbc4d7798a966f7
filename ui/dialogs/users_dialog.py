"""Accounts, for administrators: list, add, reset a password, deactivate and bring back.

The core decides who may (Permission.MANAGE_USERS) and what is valid; this dialog only asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Role
from reception.services.users import UserView, add_user, list_users, reset_password, set_active
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.widgets.form import FORM_STYLE_SHEET, error_label


class NewUserDialog(QDialog):
    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.user: UserView | None = None
        self.setWindowTitle(self.tr("New user"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(label_of(role), role.value)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Password:"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        try:
            self.user = add_user(
                self._db.uow(),
                actor=self._actor,
                login=self.login_edit.text(),
                full_name=self.name_edit.text(),
                role=Role.of(self.role_combo.currentData()),
                password=self.password_edit.text(),
            )
        except ReceptionError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._users: list[UserView] = []
        self.setWindowTitle(self.tr("Users"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.users_table = QTableWidget(0, 4)
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.users_table.verticalHeader().hide()
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.users_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.error_label = error_label()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.users_table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(close_box)
        self.users_table.setAccessibleName(self.tr("Users"))
        name_controls(self)
        self.resize(760, 420)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._users = list_users(self._db.uow(), actor=self._actor)
        except ReceptionError as error:
            self._show_error(error.message)
            return
        self.users_table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            state = self.tr("active") if user.is_active else self.tr("deactivated")
            for column, text in enumerate((user.login, user.full_name, label_of(user.role), state)):
                item = QTableWidgetItem(text)
                if not user.is_active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.users_table.setItem(row, column, item)
            if user.id == select_id:
                self.users_table.setCurrentCell(row, 0)
        if self.users_table.currentRow() < 0 and self._users:
            self.users_table.setCurrentCell(0, 0)
        self._update_buttons()

    def current_user(self) -> UserView | None:
        row = self.users_table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def select_login(self, login: str) -> bool:
        for row, user in enumerate(self._users):
            if user.login == login:
                self.users_table.setCurrentCell(row, 0)
                return True
        return False

    def _update_buttons(self) -> None:
        user = self.current_user()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None and user.id != self._actor.id)
        self.active_button.setText(
            self.tr("&Activate") if user is not None and not user.is_active else self.tr("&Deactivate")
        )

    def _show_error(self, message: str) -> None:
        self.message_label.clear()
        self.error_label.setText(message)
        self.error_label.show()

    def _show_done(self, message: str) -> None:
        self.error_label.hide()
        self.message_label.setText(message)

    def _on_add_button_clicked(self) -> None:
        dialog = NewUserDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_user_dialog = dialog

        def on_accepted() -> None:
            if dialog.user is not None:
                self.reload(dialog.user.id)
                self._show_done(self.tr("User %s added.") % dialog.user.login)

        dialog.accepted.connect(on_accepted)
        dialog.open()

    def _on_reset_button_clicked(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reset password"))
        dialog.setLabelText(self.tr("New password for %s:") % user.full_name)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda password: self.reset_password(user, password))
        self.password_dialog = dialog
        dialog.open()

    def reset_password(self, user: UserView, password: str) -> None:
        try:
            reset_password(self._db.uow(), actor=self._actor, user_id=user.id, password=password)
        except ReceptionError as error:
            self._show_error(error.message)
            return
        self._show_done(self.tr("The password of %s was reset; the account is unlocked.") % user.login)

    def _on_active_button_clicked(self) -> None:
        user = self.current_user()
        if user is None:
            return
        try:
            set_active(self._db.uow(), actor=self._actor, user_id=user.id, active=not user.is_active)
        except ReceptionError as error:
            self._show_error(error.message)
            return
        self.reload(user.id)
        done = (
            self.tr("%s can sign in again.") if not user.is_active else self.tr("%s can no longer sign in.")
        )
        self._show_done(done % user.login)
