"""Recording how a consultation ended, and registering an appeal from it in one step.

Held: the questions raised (classifier codes), the answer given orally and what follows (explained,
an oral answer with the citizen's consent at a personal reception, or a written answer needed).
No-show and a cancellation by the citizen carry only a note. With «Register an appeal» checked,
saving records the outcome and then registers the appeal (text prefilled by the core, editable).
Opened on a consultation whose outcome is already recorded, the dialog corrects it (the same office
day, with a reason; the core keeps the history).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.consultations import (
    RECORDABLE_OUTCOMES,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
)
from reception.domain.errors import ReceptionError, ValidationError
from reception.domain.permissions import Permission, allows
from reception.services.consultations import (
    ConsultationView,
    OutcomeDraft,
    correct_outcome,
    record_outcome,
    register_appeal_from_consultation,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.dialogs.reschedule_dialog import RescheduleDialog
from ui.labels import label_of
from ui.topics import TopicCatalog, code_from_caption
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    EnterKeyFilter,
    FieldErrors,
    add_field_row,
    error_label,
    show_message,
)
from ui.widgets.slot_list import when_text


class OutcomeDialog(QDialog):
    sig_recorded = Signal(object)  # ConsultationView
    sig_appeal_registered = Signal(int)  # appeal id

    def __init__(
        self,
        db: Database,
        actor: UserView,
        topics: TopicCatalog,
        consultation: ConsultationView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._consultation = consultation
        self.recorded: ConsultationView | None = None
        self.appeal_id: int | None = None
        # An outcome already recorded is corrected rather than recorded.
        self.correcting = consultation.status is not ConsultationStatus.BOOKED
        self.setWindowTitle(
            self.tr("Correct the outcome of the consultation")
            if self.correcting
            else self.tr("Outcome of the consultation")
        )
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self._enter = EnterKeyFilter(self)
        self._build()
        self._on_status_combo_changed()

    def _field(
        self, form: QFormLayout, text: str, widget: QWidget, path: str | None, extra: QWidget | None = None
    ) -> None:
        box = add_field_row(form, text, self.errors, path, widget, extra=extra)
        if isinstance(widget, QListWidget):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._rows[path or text] = box

    def _build(self) -> None:
        self._rows: dict[str, QWidget] = {}
        view = self._consultation
        header = QLabel(
            self.tr("<b>%1</b> · %2 · %3")
            .replace("%1", when_text(view.starts_at))
            .replace("%2", view.applicant.display_name or self.tr("(no name)"))
            .replace("%3", label_of(view.format))
        )
        header.setWordWrap(True)

        self.status_combo = QComboBox()
        for status in RECORDABLE_OUTCOMES:
            self.status_combo.addItem(label_of(status), status.value)
        if allows(self._actor.role, Permission.BOOK_CONSULTATIONS) and not self.correcting:
            # Moving is a new booking with a reason: Save opens the reschedule dialog.
            self.status_combo.addItem(
                self.tr("%s (choose the new time…)") % label_of(ConsultationStatus.MOVED),
                ConsultationStatus.MOVED.value,
            )
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)

        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("classifier code or words of the topic, then Enter"))
        completer = QCompleter(QStringListModel(self._topics.captions(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._add_question)
        self.topic_edit.setCompleter(completer)
        self._enter.watch(self.topic_edit, lambda: self._add_question(self.topic_edit.text()))
        self.add_question_button = QPushButton(self.tr("A&dd"))
        self.add_question_button.setAutoDefault(False)
        self.add_question_button.clicked.connect(lambda: self._add_question(self.topic_edit.text()))
        self.questions_list = QListWidget()
        self.questions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions_list.setMaximumHeight(90)
        self.questions_list.setToolTip(self.tr("Del removes the highlighted question"))
        QShortcut(QKeySequence.StandardKey.Delete, self.questions_list, self._remove_question)
        if self.correcting:
            for code in view.questions:
                self._append_question(code)
        elif view.topic_code:
            self._append_question(view.topic_code)

        self.answer_kind_combo = QComboBox()
        for kind in AnswerKind:
            self.answer_kind_combo.addItem(label_of(kind), kind.value)
        if view.format is not ConsultationFormat.IN_PERSON:
            # 59-FZ art. 13: an oral answer with consent is given at a personal reception only.
            self.answer_kind_combo.removeItem(
                self.answer_kind_combo.findData(AnswerKind.ORAL_WITH_CONSENT.value)
            )
        self.answer_kind_combo.currentIndexChanged.connect(self._on_answer_kind_combo_changed)
        self.oral_answer_edit = QPlainTextEdit()
        self.oral_answer_edit.setTabChangesFocus(True)
        self.oral_answer_edit.setPlaceholderText(self.tr("what was explained to the citizen"))
        self.oral_answer_edit.setMinimumHeight(80)
        self.note_edit = QLineEdit()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("what was recorded by mistake"))
        self.register_check = QCheckBox(self.tr("&Register an appeal for a written answer and open it"))
        self.appeal_text_edit = QPlainTextEdit()
        self.appeal_text_edit.setTabChangesFocus(True)
        self.appeal_text_edit.setMinimumHeight(90)
        self.appeal_text_edit.setPlaceholderText(
            self.tr(
                "empty: prefilled from the consultation (the question, the questions raised, the oral answer)"
            )
        )
        self.register_check.toggled.connect(self._on_register_check_toggled)

        form = QFormLayout()
        self._form = form
        self._field(form, self.tr("&Outcome:"), self.status_combo, "status")
        self._field(form, self.tr("&Question raised:"), self.topic_edit, None, self.add_question_button)
        self._rows["topic"] = self._rows.pop(self.tr("&Question raised:"))
        self._field(form, self.tr("Questions:"), self.questions_list, "questions")
        self._field(form, self.tr("&Answer:"), self.answer_kind_combo, "answer_kind")
        self._field(form, self.tr("Oral a&nswer:"), self.oral_answer_edit, "oral_answer")
        self._field(form, self.tr("No&te:"), self.note_edit, "note")
        if self.correcting:
            self._field(form, self.tr("Reason for the &correction:"), self.reason_edit, "reason")
        form.addRow(self.register_check)
        self._field(form, self.tr("Appeal te&xt:"), self.appeal_text_edit, "text")

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)
        chain: list[QWidget] = [
            self.status_combo,
            self.topic_edit,
            self.add_question_button,
            self.questions_list,
            self.answer_kind_combo,
            self.oral_answer_edit,
            self.note_edit,
            *([self.reason_edit] if self.correcting else []),
            self.register_check,
            self.appeal_text_edit,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(720, 560)
        if self.correcting:
            self._show_recorded(view)
        self.status_combo.setFocus()
        name_controls(self)

    def _show_recorded(self, view: ConsultationView) -> None:
        """The outcome as recorded, to be corrected."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(view.status.value), 0))
        if view.answer_kind is not None:
            index = self.answer_kind_combo.findData(view.answer_kind.value)
            self.answer_kind_combo.setCurrentIndex(max(index, 0))
        self.oral_answer_edit.setPlainText(view.oral_answer)
        self.note_edit.setText(view.outcome_note)

    # --- the form -------------------------------------------------------------------------------

    def current_status(self) -> ConsultationStatus:
        return ConsultationStatus(self.status_combo.currentData())

    def current_answer_kind(self) -> AnswerKind:
        return AnswerKind(self.answer_kind_combo.currentData())

    def question_codes(self) -> list[str]:
        return [
            self.questions_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.questions_list.count())
        ]

    def _append_question(self, code: str) -> None:
        item = QListWidgetItem(self._topics.caption(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.questions_list.addItem(item)
        self.questions_list.setCurrentItem(item)

    def _add_question(self, text: str) -> None:
        code = code_from_caption(text)
        if not code:
            self.focusNextChild()
            return
        if code not in self.question_codes():
            self._append_question(code)
        self.topic_edit.clear()

    def _remove_question(self) -> None:
        row = self.questions_list.currentRow()
        if row >= 0:
            self.questions_list.takeItem(row)

    def _on_status_combo_changed(self) -> None:
        held = self.current_status() is ConsultationStatus.HELD
        for key in ("topic", "questions", "answer_kind", "oral_answer"):
            self._rows[key].setEnabled(held)
        self._on_answer_kind_combo_changed()

    def _on_answer_kind_combo_changed(self) -> None:
        held = self.current_status() is ConsultationStatus.HELD
        written = held and self.current_answer_kind() is AnswerKind.WRITTEN_ANSWER_NEEDED
        self.register_check.setEnabled(written and self._consultation.appeal_id is None)
        self.register_check.setChecked(written and self._consultation.appeal_id is None)
        self._on_register_check_toggled()

    def _on_register_check_toggled(self) -> None:
        self._form.setRowVisible(
            self._rows["text"], self.register_check.isChecked() and self.register_check.isEnabled()
        )

    def draft(self) -> OutcomeDraft:
        status = self.current_status()
        if status is not ConsultationStatus.HELD:
            return OutcomeDraft(status=status, note=self.note_edit.text())
        return OutcomeDraft(
            status=status,
            questions=tuple(self.question_codes()),
            oral_answer=self.oral_answer_edit.toPlainText(),
            answer_kind=self.current_answer_kind(),
            note=self.note_edit.text(),
        )

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        if self.recorded is None and self.current_status() is ConsultationStatus.MOVED:
            self._move()
            return
        registering = self.register_check.isChecked() and self.register_check.isEnabled()
        if self.recorded is None and registering and not self.question_codes():
            # The appeal is registered on the questions recorded with the outcome: ask before saving
            # the outcome, or the appeal could not be registered from it afterwards.
            self.errors.show(
                "questions", self.tr("Add the questions raised: the appeal is registered on them.")
            )
            self.topic_edit.setFocus()
            return
        if self.recorded is None:
            try:
                if self.correcting:
                    self.recorded = correct_outcome(
                        self._db.uow(),
                        actor=self._actor,
                        consultation_id=self._consultation.id,
                        outcome=self.draft(),
                        reason=self.reason_edit.text(),
                        expected_version=self._consultation.version,
                    )
                else:
                    self.recorded = record_outcome(
                        self._db.uow(),
                        actor=self._actor,
                        consultation_id=self._consultation.id,
                        outcome=self.draft(),
                        expected_version=self._consultation.version,
                    )
            except ValidationError as error:
                self.errors.show_and_focus(error)
                return
            except ReceptionError as error:
                show_message(self, error.message, icon=QMessageBox.Icon.Warning)
                return
            self.sig_recorded.emit(self.recorded)
        if self.register_check.isChecked() and self.register_check.isEnabled():
            text = self.appeal_text_edit.toPlainText().strip()
            try:
                self.appeal_id = register_appeal_from_consultation(
                    self._db.uow(),
                    actor=self._actor,
                    consultation_id=self._consultation.id,
                    text=text or None,
                )
            except ValidationError as error:
                self.errors.show_all(error)
                self._lock_outcome()
                return
            except ReceptionError as error:
                self._lock_outcome()
                show_message(self, error.message, icon=QMessageBox.Icon.Warning)
                return
            self.sig_appeal_registered.emit(self.appeal_id)
        self.accept()

    def _move(self) -> None:
        dialog = RescheduleDialog(self._db, self._actor, self._consultation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.note_edit.text().strip():
            dialog.reason_edit.setText(self.note_edit.text().strip())

        def on_rescheduled(moved: ConsultationView) -> None:
            self.recorded = moved
            self.sig_recorded.emit(moved)
            self.accept()

        dialog.sig_rescheduled.connect(on_rescheduled)
        self.reschedule_dialog = dialog
        dialog.open()

    def _lock_outcome(self) -> None:
        """The outcome is saved; only the appeal is left to retry."""
        for key in ("status", "topic", "questions", "answer_kind", "oral_answer", "note"):
            self._rows[key].setEnabled(False)
        self.save_button.setText(self.tr("Register the appeal"))
