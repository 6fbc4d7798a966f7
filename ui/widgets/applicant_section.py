"""A compact applicant section for forms other than the appeal editor (a consultation booking).

The same intake pattern as the appeal editor: type a phone, an e-mail or a surname and press Enter;
known applicants are offered in the picker (Enter picks, Esc keeps a new one), otherwise what was
typed starts a new applicant. The look-up runs off the UI thread.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reception.db.database import Database
from reception.domain.appeals import ApplicantDraft, ApplicantKind
from reception.domain.contacts import format_phone, looks_like_phone
from reception.domain.errors import ReceptionError
from reception.services.applicants import ApplicantView, find_applicants
from reception.services.users import UserView
from ui.dialogs.applicant_picker_dialog import ApplicantPickerDialog
from ui.tasks import run_in_background
from ui.widgets.form import EnterKeyFilter, FieldErrors, add_field_row


class ApplicantSection(QGroupBox):
    """Applicant fields with the intake look-up; `draft()` is what the core receives."""

    sig_applicant_changed = Signal()  # a known applicant picked or dropped
    sig_done = Signal()  # Enter on the last field: the form moves on

    def __init__(
        self, db: Database, actor: UserView, errors: FieldErrors, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Applicant"))
        self._db = db
        self._actor = actor
        self._errors = errors
        self._applicant_id: int | None = None
        self._known: ApplicantView | None = None
        self._looking_up = False
        self.picker: ApplicantPickerDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("phone, e-mail or surname, then Enter"))
        self.search_edit.setToolTip(
            self.search_edit.placeholderText()
        )  # the whole hint where the field is narrow
        self.search_edit.setClearButtonEnabled(True)
        self.link_label = QLabel()
        self.link_label.setProperty("role", "hint")
        self.link_label.setWordWrap(True)
        self.link_label.hide()
        self.new_applicant_button = QPushButton(self.tr("Ne&w applicant"))
        self.new_applicant_button.setAutoDefault(False)
        self.new_applicant_button.hide()
        self.new_applicant_button.clicked.connect(self._on_new_applicant_button_clicked)
        self.surname_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()

        form = QFormLayout(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.new_applicant_button)
        self._add_row(form, self.tr("&Find applicant:"), search_row, self.search_edit, "applicant")
        form.addRow(self.link_label)
        self._add_row(form, self.tr("&Surname:"), None, self.surname_edit, "applicant.surname")
        self._add_row(form, self.tr("First &name:"), None, self.first_name_edit, "applicant.first_name")
        self._add_row(form, self.tr("Pa&tronymic:"), None, self.patronymic_edit, "applicant.patronymic")
        self._add_row(form, self.tr("P&hone:"), None, self.phone_edit, "applicant.phone")
        self._add_row(form, self.tr("&E-mail:"), None, self.email_edit, "applicant.email")

        self._enter = EnterKeyFilter(self)
        self._enter.watch(self.search_edit, lambda: self.look_up(self.search_edit))
        self._enter.watch(self.surname_edit, lambda: self.look_up(self.surname_edit))
        self._enter.watch(self.phone_edit, lambda: self.look_up(self.phone_edit))
        self._enter.watch(self.first_name_edit, self.patronymic_edit.setFocus)
        self._enter.watch(self.patronymic_edit, self.phone_edit.setFocus)
        self._enter.watch(self.email_edit, self.sig_done.emit)

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        line: QHBoxLayout | None,
        widget: QWidget,
        path: str,
    ) -> None:
        add_field_row(form, text, self._errors, path, widget, content=line)

    def tab_chain(self) -> list[QWidget]:
        return [
            self.search_edit,
            self.new_applicant_button,
            self.surname_edit,
            self.first_name_edit,
            self.patronymic_edit,
            self.phone_edit,
            self.email_edit,
        ]

    # --- reading and filling --------------------------------------------------------------------

    @property
    def applicant_id(self) -> int | None:
        return self._applicant_id

    @property
    def is_looking_up(self) -> bool:
        return self._looking_up

    def draft(self) -> ApplicantDraft:
        return ApplicantDraft(
            id=self._applicant_id,
            kind=ApplicantKind.PERSON,
            surname=self.surname_edit.text().strip(),
            first_name=self.first_name_edit.text().strip(),
            patronymic=self.patronymic_edit.text().strip(),
            postal_address=self._known.postal_address if self._known is not None else "",
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
        )

    def fill(self, applicant: ApplicantDraft) -> None:
        self._applicant_id = applicant.id
        self.surname_edit.setText(applicant.surname)
        self.first_name_edit.setText(applicant.first_name)
        self.patronymic_edit.setText(applicant.patronymic)
        self.phone_edit.setText(format_phone(applicant.phone) if applicant.phone else "")
        self.email_edit.setText(applicant.email)

    def set_known(self, applicant: ApplicantView | None) -> None:
        self._known = applicant
        self._applicant_id = applicant.id if applicant is not None else None
        if applicant is None:
            self.link_label.clear()
            self.link_label.hide()
            self.new_applicant_button.hide()
        else:
            name = applicant.display_name or self.tr("(no name)")
            text = self.tr("Known applicant: %1, appeals: %2").replace("%1", name)
            self.link_label.setText(text.replace("%2", str(applicant.appeal_count)))
            self.link_label.show()
            self.new_applicant_button.show()
        self.sig_applicant_changed.emit()

    # --- the look-up ----------------------------------------------------------------------------

    def look_up(self, source: QLineEdit) -> None:
        term = source.text().strip()
        if not term:
            self.focusNextChild()
            return
        db, actor = self._db, self._actor
        self._looking_up = True
        guard = QObject(self)  # dropped with the section: a late answer finds it gone

        def on_done(found: list[ApplicantView]) -> None:
            if not shiboken6.isValid(guard):
                return
            self._looking_up = False
            if found:
                self.picker = ApplicantPickerDialog(found, term, self.window())
                self.picker.sig_applicant_picked.connect(self._on_applicant_picked)
                self.picker.rejected.connect(lambda: self._keep_as_new(source, term))
                self.picker.open()
            else:
                self._keep_as_new(source, term)

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(guard):
                return
            self._looking_up = False
            if isinstance(error, ReceptionError):
                self._errors.show("applicant", error.message)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(lambda: find_applicants(db.uow(), actor=actor, term=term), on_done, on_error)

    def _keep_as_new(self, source: QLineEdit, term: str) -> None:
        """No known applicant (or none picked): what was typed starts a new one."""
        if source is self.search_edit:
            if looks_like_phone(term):
                target = self.phone_edit
            elif "@" in term:
                target = self.email_edit
            else:
                target = self.surname_edit
            if not target.text().strip():
                target.setText(term)
            source = target
        if self._applicant_id is None:
            self.link_label.setText(self.tr("No known applicant found: a new one will be registered."))
            self.link_label.show()
        following = {self.phone_edit: self.surname_edit, self.email_edit: self.surname_edit}
        following.get(source, self.first_name_edit).setFocus()

    def _on_applicant_picked(self, applicant: ApplicantView) -> None:
        self.fill(applicant.to_draft())
        self.set_known(applicant)
        self.search_edit.clear()
        self.sig_done.emit()

    def _on_new_applicant_button_clicked(self) -> None:
        self.fill(ApplicantDraft())
        self.set_known(None)
        self.surname_edit.setFocus()
