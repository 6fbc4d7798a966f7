"""Settings (Tools → Settings…, Ctrl+,): this workstation's database and language, and the office's
letterhead, signatories, number prefix, deadline policy and attachment limit.

Workstation settings go to the workstation's settings file (the password to the keyring); office
settings go to the database, where the core lets only administrators change them — everyone else
sees them read-only. Testing the connection and saving run off the UI thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reception.db.connection_check import (
    ConnectionReport,
    check_connection,
    url_for_workstation,
    url_without_password,
)
from reception.db.database import Database
from reception.documents.letter_pdf import Letterhead
from reception.domain.deadlines import ShiftPolicy
from reception.domain.errors import ReceptionError, ValidationError
from reception.services.letterhead import Signatory
from reception.services.office_profile import OfficeProfile, read_office_profile, save_office_profile
from reception.services.users import UserView
from reception.settings import ENV_DB_URL, load_settings, remember_db_url, remember_language
from ui.accessibility import name_controls
from ui.tasks import run_in_background
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, error_label

SYSTEM_LANGUAGE = ""
T = TypeVar("T")
POSITION, NAME, LOGIN = range(3)


@dataclass(frozen=True)
class _Saved:
    profile: OfficeProfile | None
    url: str | None  # the URL to remember, when it changed


class SettingsDialog(QDialog):
    sig_connection_checked = Signal(bool, str)  # ok, message
    sig_saved = Signal()

    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._checking = False
        self._saving = False
        self.profile: OfficeProfile | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_workstation_tab(), self.tr("&Workstation"))
        self.tabs.addTab(self._build_organisation_tab(), self.tr("&Organisation"))
        self.tabs.addTab(self._build_rules_tab(), self.tr("&Registration and deadlines"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.buttons)
        self._load_office()
        self._set_tab_order()
        name_controls(self)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 36)

    # --- building -------------------------------------------------------------------------------

    def _build_workstation_tab(self) -> QWidget:
        page = QWidget()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("As the system (Russian on a Russian system)"), SYSTEM_LANGUAGE)
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        chosen = load_settings().language or SYSTEM_LANGUAGE
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))

        self.db_url_edit = QLineEdit(url_without_password(self._db.url.render_as_string(hide_password=False)))
        self.db_url_edit.setPlaceholderText("postgresql://reception@server/reception")
        self.db_url_edit.setToolTip(
            self.tr(
                "postgresql://user@server/database for an office server, sqlite:///path/file.sqlite3 for one workstation"
            )
        )
        self.db_password_edit = QLineEdit()
        self.db_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_password_edit.setPlaceholderText(self.tr("leave empty to keep the saved one"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection_label")
        self.connection_label.setWordWrap(True)
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_url_error = error_label()
        self.errors.add("db_url", self.db_url_edit, self.db_url_error)
        self.db_url_edit.textEdited.connect(lambda _text: self.connection_label.clear())

        language_box = QGroupBox(self.tr("Interface"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Language:"), self.language_combo)
        language_form.addRow(self._hint(self.tr("The language changes at the next start of the program.")))

        db_box = QGroupBox(self.tr("Database"))
        db_form = QFormLayout(db_box)
        db_form.addRow(self.tr("Database &address:"), self.db_url_edit)
        db_form.addRow("", self.db_url_error)
        db_form.addRow(self.tr("Pass&word:"), self.db_password_edit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.connection_label, 1)
        db_form.addRow(test_row)
        notes = [
            self.tr(
                "The new address is used from the next start; the password is kept in the system keyring."
            )
        ]
        if os.environ.get(ENV_DB_URL):
            notes.append(
                self.tr("RECEPTION_DB_URL is set on this computer: it overrides the address saved here.")
            )
        db_form.addRow(self._hint("\n".join(notes)))

        layout = QVBoxLayout(page)
        layout.addWidget(language_box)
        layout.addWidget(db_box)
        layout.addStretch(1)
        return page

    def _build_organisation_tab(self) -> QWidget:
        page = QWidget()
        self.org_name_edit = QLineEdit()
        self.org_address_edit = QLineEdit()
        self.org_phone_edit = QLineEdit()
        self.org_email_edit = QLineEdit()
        head_box = QGroupBox(self.tr("Letterhead"))
        head_form = QFormLayout(head_box)
        for path, label, edit in (
            ("org_name", self.tr("Organisation &name:"), self.org_name_edit),
            ("org_address", self.tr("Postal &address:"), self.org_address_edit),
            ("org_phone", self.tr("&Phone:"), self.org_phone_edit),
            ("org_email", self.tr("&E-mail:"), self.org_email_edit),
        ):
            message = error_label()
            head_form.addRow(label, edit)
            head_form.addRow("", message)
            self.errors.add(path, edit, message)

        self.signatories_table = QTableWidget(0, 3)
        self.signatories_table.setHorizontalHeaderLabels(
            [self.tr("Position"), self.tr("Name as signed"), self.tr("User who approves (login)")]
        )
        self.signatories_table.setAccessibleName(self.tr("Signatories"))
        self.signatories_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.signatories_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatories_table.verticalHeader().hide()
        header = self.signatories_table.horizontalHeader()
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOGIN, QHeaderView.ResizeMode.ResizeToContents)
        self.add_signatory_button = QPushButton(self.tr("A&dd signatory"))
        self.add_signatory_button.clicked.connect(lambda: self.add_signatory())
        self.remove_signatory_button = QPushButton(self.tr("Re&move signatory"))
        self.remove_signatory_button.clicked.connect(self._on_remove_signatory_button_clicked)
        self.signatories_error = error_label()
        self.errors.add("signatories", self.signatories_table, self.signatories_error)
        sign_box = QGroupBox(self.tr("Signatories (the first is proposed by default)"))
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.signatories_table, 1)
        sign_layout.addWidget(self.signatories_error)
        sign_buttons = QHBoxLayout()
        sign_buttons.addWidget(self.add_signatory_button)
        sign_buttons.addWidget(self.remove_signatory_button)
        sign_buttons.addStretch(1)
        sign_layout.addLayout(sign_buttons)

        self.office_note_label = self._hint("")
        layout = QVBoxLayout(page)
        layout.addWidget(self.office_note_label)
        layout.addWidget(head_box)
        layout.addWidget(sign_box, 1)
        return page

    def _build_rules_tab(self) -> QWidget:
        page = QWidget()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(10)
        self.prefix_edit.setToolTip(self.tr("Registration numbers look like PREFIX-2026-000123"))
        self.shift_combo = QComboBox()
        self.shift_combo.addItem(self.tr("to the preceding working day"), ShiftPolicy.PRECEDING.value)
        self.shift_combo.addItem(self.tr("to the next working day"), ShiftPolicy.FOLLOWING.value)
        self.attachment_spin = QSpinBox()
        self.attachment_spin.setRange(1, 1024)
        self.attachment_spin.setSuffix(self.tr(" MB"))
        self.attachment_spin.setAccessibleName(self.tr("Attachment size limit in megabytes"))
        self.rules_note_label = self._hint("")
        form = QFormLayout()
        for path, label, widget in (
            ("reg_prefix", self.tr("Registration number &prefix:"), self.prefix_edit),
            ("deadline_shift", self.tr("A deadline on a day off &moves:"), self.shift_combo),
            ("attachment_max_mb", self.tr("&Largest attachment:"), self.attachment_spin),
        ):
            message = error_label()
            form.addRow(label, widget)
            form.addRow("", message)
            self.errors.add(path, widget, message)
        form.addRow(
            self._hint(
                self.tr(
                    "New appeals take the new prefix and new due dates the new policy; "
                    "numbers and due dates already given do not change."
                )
            )
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.rules_note_label)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        return label

    def _set_tab_order(self) -> None:
        chain = [
            self.tabs,
            self.language_combo,
            self.db_url_edit,
            self.db_password_edit,
            self.test_button,
            self.org_name_edit,
            self.org_address_edit,
            self.org_phone_edit,
            self.org_email_edit,
            self.signatories_table,
            self.add_signatory_button,
            self.remove_signatory_button,
            self.prefix_edit,
            self.shift_combo,
            self.attachment_spin,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- office settings ------------------------------------------------------------------------

    def _load_office(self) -> None:
        try:
            profile = read_office_profile(self._db.uow(), actor=self._user)
        except ReceptionError as error:
            self.general_error_label.setText(error.message)
            self.general_error_label.show()
            self._set_office_editable(False, self.tr("The office settings could not be read."))
            return
        self.profile = profile
        head = profile.letterhead
        self.org_name_edit.setText(head.name)
        self.org_address_edit.setText(head.address)
        self.org_phone_edit.setText(head.phone)
        self.org_email_edit.setText(head.email)
        self.signatories_table.setRowCount(0)
        for signatory in profile.signatories:
            self.add_signatory(signatory)
        self.signatories_table.resizeRowsToContents()
        self.prefix_edit.setText(profile.reg_prefix)
        self.shift_combo.setCurrentIndex(self.shift_combo.findData(profile.deadline_shift.value))
        self.attachment_spin.setValue(profile.attachment_max_mb)
        self._set_office_editable(
            profile.editable,
            self.tr("Office-wide settings, shared by every workstation. Only an administrator changes them."),
        )

    def _set_office_editable(self, editable: bool, note: str) -> None:
        for edit in (self.org_name_edit, self.org_address_edit, self.org_phone_edit, self.org_email_edit):
            edit.setReadOnly(not editable)
        self.prefix_edit.setReadOnly(not editable)
        self.attachment_spin.setReadOnly(not editable)
        self.shift_combo.setEnabled(editable)
        self.signatories_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.add_signatory_button.setEnabled(editable)
        self.remove_signatory_button.setEnabled(editable)
        self.office_note_label.setText(note)
        self.rules_note_label.setText(note)

    @property
    def office_editable(self) -> bool:
        return self.profile is not None and self.profile.editable

    def add_signatory(self, signatory: Signatory | None = None) -> int:
        row = self.signatories_table.rowCount()
        self.signatories_table.insertRow(row)
        values = (signatory.position, signatory.name, signatory.login) if signatory else ("", "", "")
        for column, value in enumerate(values):
            self.signatories_table.setItem(row, column, QTableWidgetItem(value))
        if signatory is None:
            self.signatories_table.setCurrentCell(row, POSITION)
            self.signatories_table.setFocus()
            # After the button's key or click has been handled, or the view refuses to start editing.
            QTimer.singleShot(0, lambda: self._edit_cell(row, POSITION))
        return row

    def _edit_cell(self, row: int, column: int) -> None:
        if shiboken6.isValid(self) and (item := self.signatories_table.item(row, column)) is not None:
            self.signatories_table.editItem(item)

    def _on_remove_signatory_button_clicked(self) -> None:
        row = self.signatories_table.currentRow()
        if row >= 0:
            self.signatories_table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.signatories_table.item(row, column)
        return item.text() if item is not None else ""

    def edited_profile(self) -> OfficeProfile:
        return OfficeProfile(
            letterhead=Letterhead(
                name=self.org_name_edit.text(),
                address=self.org_address_edit.text(),
                phone=self.org_phone_edit.text(),
                email=self.org_email_edit.text(),
            ),
            signatories=tuple(
                Signatory(self._cell(row, POSITION), self._cell(row, NAME), self._cell(row, LOGIN))
                for row in range(self.signatories_table.rowCount())
            ),
            reg_prefix=self.prefix_edit.text(),
            deadline_shift=ShiftPolicy(self.shift_combo.currentData()),
            attachment_max_mb=self.attachment_spin.value(),
            editable=True,
        )

    def _while_open(self, handler: Callable[[T], None]) -> Callable[[T], None]:
        """The handler, or nothing once the dialog is gone (an answer after Cancel is dropped)."""

        def call(value: T) -> None:
            if shiboken6.isValid(self):
                handler(value)

        return call

    # --- the connection -------------------------------------------------------------------------

    def test_connection(self) -> None:
        if self._checking:
            return
        self.errors.clear()
        url_text, password = self.db_url_edit.text(), self.db_password_edit.text()
        self._checking = True
        self.test_button.setEnabled(False)
        self.connection_label.setText(self.tr("Connecting…"))

        def work() -> ConnectionReport:
            return check_connection(url_for_workstation(url_text, password))

        run_in_background(
            work,
            self._while_open(self._on_connection_ok),
            self._while_open(self._on_connection_failed),
        )

    def _on_connection_ok(self, report: ConnectionReport) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        self.connection_label.setText("✔ " + report.message)
        self.sig_connection_checked.emit(True, report.message)

    def _on_connection_failed(self, error: BaseException) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        message = error.message if isinstance(error, ReceptionError) else str(error)
        if isinstance(error, ValidationError):
            self.connection_label.clear()
            for item in error.errors:
                self.errors.show(item.field, item.message)
        else:
            self.connection_label.setText("✖ " + message)
        self.sig_connection_checked.emit(False, message)

    def _url_changed(self) -> bool:
        current = url_without_password(self._db.url.render_as_string(hide_password=False))
        typed = self.db_url_edit.text().strip()
        return bool(self.db_password_edit.text()) or (typed != current and typed != self._db.display_url())

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Check a changed address, save the office settings (admins), then the workstation's."""
        if self._saving:
            return
        self._saving = True
        self.errors.clear()
        self.save_button.setEnabled(False)
        url_changed = self._url_changed()
        url_text, password = self.db_url_edit.text(), self.db_password_edit.text()
        profile = self.edited_profile() if self.office_editable else None
        loaded = self.profile  # what the dialog showed: only what was changed here is written
        db, user = self._db, self._user

        def work() -> _Saved:
            url = url_for_workstation(url_text, password) if url_changed else None
            if url is not None:
                check_connection(url)
            saved = (
                save_office_profile(db.uow(), actor=user, profile=profile, loaded=loaded) if profile else None
            )
            return _Saved(saved, url)

        run_in_background(
            work,
            self._while_open(self._on_saved),
            self._while_open(self._on_save_failed),
        )

    def _on_saved(self, saved: _Saved) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        try:
            if saved.url is not None:
                remember_db_url(saved.url)
            language = self.language_combo.currentData()
            remember_language(language or None)
        except OSError as error:
            self.general_error_label.setText(
                self.tr("The workstation settings could not be written: %s") % error.strerror
            )
            self.general_error_label.show()
            return
        if saved.profile is not None:
            self.profile = saved.profile
        self.sig_saved.emit()
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            first: QWidget | None = None
            for item in error.errors:
                widget = self.errors.show(item.field, item.message)
                first = first or widget
            if first is not None:
                for page in range(self.tabs.count()):
                    tab = self.tabs.widget(page)
                    if tab is not None and tab.isAncestorOf(first):
                        self.tabs.setCurrentIndex(page)
                first.setFocus()
            return
        message = error.message if isinstance(error, ReceptionError) else str(error)
        self.general_error_label.setText(message)
        self.general_error_label.show()
