"""The appeal editor: registers a new appeal or edits one, keyboard first.

Every rule (validity, anonymity, identification, which workflow step is open) is the core's; the
form collects a draft, shows what the core says about it and marks the fields the core rejects,
keeping what was typed. An existing appeal also has the «Case progress» and «History» tabs.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QDateTime, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    ApplicantDraft,
    ApplicantKind,
    Channel,
    Identification,
    LabelledEnum,
    Outcome,
    QuestionDraft,
    counts_as_identified,
    is_anonymous,
)
from reception.domain.contacts import format_phone, looks_like_phone
from reception.domain.deadlines import office_date
from reception.domain.errors import (
    DatabaseUnavailable,
    PermissionDenied,
    ReceptionError,
    StaleRecord,
    ValidationError,
)
from reception.domain.permissions import Permission, allows
from reception.domain.workflow import Action
from reception.services.appeals import AppealView, get_appeal, register_appeal, update_appeal
from reception.services.applicants import ApplicantView, find_applicants
from reception.services.attachments import add_attachment
from reception.services.email_intake import EmailAttachment
from reception.services.history import appeal_history
from reception.services.property_links import appeal_properties
from reception.services.repeats import EarlierAppeal, find_earlier_appeals
from reception.services.users import UserView
from reception.services.workflow import available_actions, may_set_outcomes, set_outcome, start_work
from ui.accessibility import name_controls
from ui.dialogs.applicant_picker_dialog import ApplicantPickerDialog
from ui.dialogs.assign_dialog import AssignDialog
from ui.dialogs.attachments_widget import AttachmentsWidget
from ui.dialogs.comment_dialog import CommentDialog
from ui.dialogs.conflict_dialog import ConflictDialog, Resolution, describe_value, merged_draft
from ui.dialogs.extend_dialog import ExtendDialog
from ui.dialogs.forward_dialog import ForwardDialog
from ui.dialogs.leave_without_answer_dialog import LeaveWithoutAnswerDialog
from ui.dialogs.repeats_dialog import RepeatsDialog
from ui.dialogs.step_dialog import StepDialog
from ui.editor_session import EditorSession
from ui.labels import label_of
from ui.locale_format import format_date
from ui.topics import TopicCatalog, code_from_caption
from ui.widgets.appeal_properties import AppealPropertiesPanel
from ui.widgets.case_panel import CasePanel
from ui.widgets.consultation_origin import ConsultationOriginPanel
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    EnterKeyFilter,
    FieldErrors,
    add_field_row,
    confirm_discard,
    error_label,
    field_box,
    next_in_chain,
    show_message,
    warning_label,
)
from ui.widgets.letters_panel import LettersPanel

E = TypeVar("E", bound=LabelledEnum)


def _fill_combo(combo: QComboBox, enum: type[LabelledEnum]) -> None:
    for member in enum:
        combo.addItem(label_of(member), member.value)


def _select(combo: QComboBox, member: LabelledEnum) -> None:
    combo.setCurrentIndex(max(combo.findData(member.value), 0))


def _current(combo: QComboBox, enum: type[E]) -> E:
    """The enum member chosen (Qt hands string enums back as plain strings)."""
    return enum(combo.currentData())


class AppealDialog(QDialog):
    """New appeal when `appeal` is None, otherwise the editor of that appeal."""

    sig_appeal_saved = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: UserView,
        topics: TopicCatalog,
        appeal: AppealView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._appeal = appeal
        self._applicant_id: int | None = None
        self._applicant_known: ApplicantView | None = None
        self.saved_appeal: AppealView | None = None
        # One key per new-appeal form: a retry after a lost connection never registers it twice.
        self._intake_key = uuid.uuid4().hex if appeal is None else ""
        # The version a merge or a restored draft saves against, instead of the one loaded.
        self._expected_version: int | None = None
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self._enter_filter = EnterKeyFilter(self)
        self._build()
        if appeal is not None:
            self._load(appeal)
        self._update_title()
        self._update_warnings()
        self._baseline = self._form_state()
        self.session = EditorSession(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for number, banner in enumerate(self.session.banners()):
            layout.insertWidget(1 + number, banner)

    # --- building the form -----------------------------------------------------------------------

    def _field(self, path: str | None, widget: QWidget, extra: QWidget | None = None) -> QWidget:
        """The input with its error label under it, registered under the core's field path."""
        return field_box(self.errors, path, widget, extra=extra)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, path: str | None) -> QWidget:
        return add_field_row(form, text, self.errors, path, widget)

    def _build(self) -> None:
        self.header_label = QLabel()
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_label.setWordWrap(True)
        self.header_label.setVisible(self._appeal is not None)

        # Appeal attributes
        self.received_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.channel_combo = QComboBox()
        _fill_combo(self.channel_combo, Channel)
        self.kind_combo = QComboBox()
        _fill_combo(self.kind_combo, AppealKind)
        self.identification_combo = QComboBox()
        _fill_combo(self.identification_combo, Identification)
        self.identification_warning_label = warning_label()
        self.collective_check = QCheckBox(self.tr("C&ollective appeal"))

        appeal_box = QGroupBox(self.tr("Appeal"))
        appeal_form = QFormLayout(appeal_box)
        self._row(appeal_form, self.tr("&Received:"), self.received_edit, "received_at")
        self._row(appeal_form, self.tr("C&hannel:"), self.channel_combo, "channel")
        self._row(appeal_form, self.tr("&Kind:"), self.kind_combo, "kind")
        self._row(appeal_form, self.tr("&Identification:"), self.identification_combo, "identification")
        appeal_form.addRow(self.identification_warning_label)
        appeal_form.addRow(self.collective_check)

        # Applicant
        self.applicant_search_edit = QLineEdit()
        self.applicant_search_edit.setPlaceholderText(self.tr("phone, e-mail or surname, then Enter"))
        self.applicant_search_edit.setToolTip(
            self.applicant_search_edit.placeholderText()
        )  # the whole hint where the field is narrow
        self.applicant_search_edit.setClearButtonEnabled(True)
        self.applicant_link_label = QLabel()
        self.applicant_link_label.setProperty("role", "hint")
        self.applicant_link_label.setWordWrap(True)
        self.applicant_link_label.hide()
        self.new_applicant_button = QPushButton(self.tr("Ne&w applicant"))
        self.new_applicant_button.setAutoDefault(False)
        self.new_applicant_button.hide()
        self.new_applicant_button.clicked.connect(self._on_new_applicant_button_clicked)
        self.applicant_kind_combo = QComboBox()
        _fill_combo(self.applicant_kind_combo, ApplicantKind)
        self.surname_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.anonymous_warning_label = warning_label()
        self.anonymous_warning_label.setText(
            self.tr(
                "Without a surname or a reply address the appeal is anonymous: "
                "no answer on the merits is given (art. 11 of 59-FZ)."
            )
        )

        applicant_box = QGroupBox(self.tr("Applicant"))
        applicant_form = QFormLayout(applicant_box)
        search_label = QLabel(self.tr("&Find applicant:"))
        search_label.setBuddy(self.applicant_search_edit)
        applicant_form.addRow(
            search_label, self._field("applicant", self.applicant_search_edit, self.new_applicant_button)
        )
        applicant_form.addRow(self.applicant_link_label)
        self._row(applicant_form, self.tr("Applicant ty&pe:"), self.applicant_kind_combo, "applicant.kind")
        self._person_rows = [
            self._row(applicant_form, self.tr("&Surname:"), self.surname_edit, "applicant.surname"),
            self._row(applicant_form, self.tr("First &name:"), self.first_name_edit, "applicant.first_name"),
            self._row(applicant_form, self.tr("Pa&tronymic:"), self.patronymic_edit, "applicant.patronymic"),
        ]
        self._organisation_row = self._row(
            applicant_form, self.tr("&Organisation:"), self.organisation_edit, "applicant.organisation_name"
        )
        self._row(applicant_form, self.tr("Postal &address:"), self.address_edit, "applicant.postal_address")
        self._row(applicant_form, self.tr("P&hone:"), self.phone_edit, "applicant.phone")
        self._row(applicant_form, self.tr("&E-mail:"), self.email_edit, "applicant.email")
        applicant_form.addRow(self.anonymous_warning_label)
        self._applicant_form = applicant_form

        # Content
        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("the first line of the text if left empty"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(140)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("classifier code or words of the topic, then Enter"))
        self._topic_model = QStringListModel(self._topics.captions(), self)
        completer = QCompleter(self._topic_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._on_topic_completer_activated)
        self.topic_edit.setCompleter(completer)
        self._topics_narrowed = False  # the list holds only the topics some typed words matched
        self.topic_edit.textEdited.connect(lambda _text: self._show_all_topics())
        self.add_topic_button = QPushButton(self.tr("A&dd"))
        self.add_topic_button.setAutoDefault(False)
        self.add_topic_button.clicked.connect(self._on_add_topic_button_clicked)
        self.questions_list = QListWidget()
        self.questions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions_list.setMaximumHeight(110)
        # A long topic name wraps instead of hiding behind a horizontal scroll bar.
        self.questions_list.setWordWrap(True)
        self.questions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_topic_button = QPushButton(self.tr("Re&move question"))
        self.remove_topic_button.setAutoDefault(False)
        self.remove_topic_button.clicked.connect(self._on_remove_topic_button_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.questions_list, self._on_remove_topic_button_clicked)

        content_box = QGroupBox(self.tr("Content"))
        content_form = QFormLayout(content_box)
        self._row(content_form, self.tr("S&ummary:"), self.summary_edit, "summary")
        self._row(content_form, self.tr("&Text:"), self.text_edit, "text")
        topic_label = QLabel(self.tr("&Question:"))
        topic_label.setBuddy(self.topic_edit)
        content_form.addRow(topic_label, self._field("topic", self.topic_edit, self.add_topic_button))
        questions_label = QLabel(self.tr("Questions:"))
        questions_field = self._field("questions", self.questions_list)
        questions_field.layout().addWidget(self.remove_topic_button)
        questions_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        content_form.addRow(questions_label, questions_field)

        # Buttons
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        can_edit = allows(
            self._actor.role, Permission.EDIT_APPEAL if self._appeal else Permission.REGISTER_APPEAL
        )
        self.save_button.setEnabled(can_edit)

        # Properties the appeal is about: picked here, linked at once (or after registration).
        self.properties_panel = AppealPropertiesPanel(self._db, self._actor, self.address_edit)
        # The consultation the appeal was registered from, if any (hidden otherwise).
        self.consultation_panel = ConsultationOriginPanel(self._db, self._actor, self._topics)

        left = QVBoxLayout()
        left.addWidget(appeal_box)
        left.addWidget(applicant_box)
        left.addStretch(1)
        self.form_page = QWidget()
        columns = QHBoxLayout(self.form_page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 5)
        right = QVBoxLayout()
        right.addWidget(content_box, 1)
        right.addWidget(self.properties_panel)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.consultation_panel)
        if self._appeal is None:
            self.tabs: QTabWidget | None = None
            layout.addWidget(self.form_page, 1)
        else:
            self._build_case_tabs()
            assert self.tabs is not None
            layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)

        self._enter_filter.watch(
            self.applicant_search_edit, lambda: self._look_up_applicant(self.applicant_search_edit)
        )
        self._enter_filter.watch(self.surname_edit, lambda: self._look_up_applicant(self.surname_edit))
        self._enter_filter.watch(self.phone_edit, lambda: self._look_up_applicant(self.phone_edit))
        self._enter_filter.watch(self.topic_edit, self._on_add_topic_button_clicked)

        for combo in (self.channel_combo, self.identification_combo, self.applicant_kind_combo):
            combo.currentIndexChanged.connect(self._update_warnings)
        for edit in (self.surname_edit, self.organisation_edit, self.address_edit, self.email_edit):
            edit.textChanged.connect(self._update_warnings)
        self.applicant_kind_combo.currentIndexChanged.connect(self._update_applicant_rows)
        self._update_applicant_rows()

        chain: list[QWidget] = [
            *self.consultation_panel.tab_chain(),
            self.received_edit,
            self.channel_combo,
            self.kind_combo,
            self.identification_combo,
            self.collective_check,
            self.applicant_search_edit,
            self.new_applicant_button,
            self.applicant_kind_combo,
            self.surname_edit,
            self.first_name_edit,
            self.patronymic_edit,
            self.organisation_edit,
            self.address_edit,
            self.phone_edit,
            self.email_edit,
            self.summary_edit,
            self.text_edit,
            self.topic_edit,
            self.add_topic_button,
            self.questions_list,
            self.remove_topic_button,
            *self.properties_panel.tab_chain(),
            self.save_button,
            self.button_box.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._tab_chain = chain
        self.resize(1100, 720)
        (self.received_edit if self._appeal else self.channel_combo).setFocus()
        name_controls(self)

    def _build_case_tabs(self) -> None:
        """The tabs of an existing appeal: the form, its case progress, its history."""
        self.case_panel = CasePanel()
        self.case_panel.sig_step_requested.connect(self._on_step_requested)
        self.case_panel.sig_outcome_chosen.connect(self._on_outcome_chosen)
        self.addActions(list(self.case_panel.step_actions.values()))
        self.history_view = QPlainTextEdit()
        self.history_view.setReadOnly(True)
        self.history_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.history_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.history_view.setAccessibleName(self.tr("History of the appeal"))
        self.history_view.setPlaceholderText(self.tr("No change to this appeal has been recorded."))
        assert self._appeal is not None
        self.letters_panel = LettersPanel(self._db, self._actor, self._appeal.id)
        self.letters_panel.sig_letters_changed.connect(self.reload_from_database_if_unmodified)
        self.attachments_widget = AttachmentsWidget(self._db, self._actor, self._appeal.id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_page, self.tr("Appeal"))
        self.tabs.addTab(self.case_panel, self.tr("Case progress"))
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(self.letters_panel, self.tr("Letters"))
        self.tabs.addTab(self.attachments_widget, self.tr("Attachments"))
        for number in range(self.tabs.count()):
            self.tabs.setTabToolTip(number, self.tr("Ctrl+%d") % (number + 1))
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self._show_tab(n))
        if not allows(self._actor.role, Permission.EDIT_APPEAL):
            # Executors and heads work the case; the form is the registrar's.
            self.tabs.setCurrentWidget(self.case_panel)

    def _show_tab(self, number: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(number)
            self.tabs.currentWidget().focusNextChild()

    # --- reading and filling the form ------------------------------------------------------------

    def _applicant_draft(self) -> ApplicantDraft:
        return ApplicantDraft(
            id=self._applicant_id,
            kind=_current(self.applicant_kind_combo, ApplicantKind),
            surname=self.surname_edit.text(),
            first_name=self.first_name_edit.text(),
            patronymic=self.patronymic_edit.text(),
            organisation_name=self.organisation_edit.text(),
            postal_address=self.address_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
        )

    def question_codes(self) -> list[str]:
        return [
            self.questions_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.questions_list.count())
        ]

    def draft(self) -> AppealDraft:
        """What the form holds, as the core's draft (not validated: the core does that)."""
        received: datetime = self.received_edit.dateTime().toPython()  # type: ignore[assignment]
        return AppealDraft(
            received_at=received.astimezone(),
            channel=_current(self.channel_combo, Channel),
            kind=_current(self.kind_combo, AppealKind),
            text=self.text_edit.toPlainText(),
            summary=self.summary_edit.text(),
            is_collective=self.collective_check.isChecked(),
            identification=_current(self.identification_combo, Identification),
            applicant=self._applicant_draft(),
            questions=tuple(QuestionDraft(code) for code in self.question_codes()),
            intake_key=self._intake_key,
        )

    def _form_state(self) -> tuple[Any, ...]:
        return (self.received_edit.dateTime().toString("yyyy-MM-dd HH:mm"), self.draft().__repr__())

    @property
    def is_modified(self) -> bool:
        return self._form_state() != self._baseline

    def _load(self, appeal: AppealView) -> None:
        self._appeal = appeal
        draft = appeal.to_draft()
        self.received_edit.setDateTime(QDateTime(draft.received_at.astimezone().replace(tzinfo=None)))
        _select(self.channel_combo, draft.channel)
        _select(self.kind_combo, draft.kind)
        _select(self.identification_combo, draft.identification)
        self.collective_check.setChecked(draft.is_collective)
        self._fill_applicant_fields(draft.applicant)
        self._set_known_applicant(appeal.applicant)
        self.summary_edit.setText(draft.summary)
        self.summary_edit.setCursorPosition(0)  # the beginning of a long summary, not its end
        self.text_edit.setPlainText(draft.text)
        self.questions_list.clear()
        for question in draft.questions:
            self._append_question(question.topic_code)
        self._show_header(appeal)
        self._load_case(appeal)
        self.properties_panel.set_appeal(appeal.id)
        self.consultation_panel.set_appeal(appeal.id)

    def _show_header(self, appeal: AppealView) -> None:
        due = format_date(appeal.due_date, "—")
        self.header_label.setText(
            self.tr("<b>%1</b> · status: %2 · answer due: %3 · registered by %4")
            .replace("%1", appeal.reg_number)
            .replace("%2", label_of(appeal.status))
            .replace("%3", due)
            .replace("%4", appeal.registered_by)
        )
        if appeal.repeats:
            self.header_label.setText(
                self.header_label.text() + " · " + self.tr("repeats %s") % ", ".join(appeal.repeats)
            )
        self.header_label.show()

    def _load_case(self, appeal: AppealView) -> None:
        """The case progress and history tabs, as the core sees the appeal now."""
        if self.tabs is None:
            return
        try:
            actions = available_actions(self._db.uow(), actor=self._actor, appeal_id=appeal.id)
            may_set = may_set_outcomes(self._db.uow(), actor=self._actor, appeal_id=appeal.id)
            history = appeal_history(self._db.uow(), actor=self._actor, appeal_id=appeal.id)
        except ReceptionError as error:
            self.case_panel.show_steps([])
            self.case_panel.show_error(error.message)
            return
        self.case_panel.show_error("")
        self.case_panel.show_appeal(
            appeal,
            actions,
            may_set_outcomes=may_set,
            today=office_date(datetime.now(UTC)),
            topic_caption={q.topic_code: self._topics.caption(q.topic_code) for q in appeal.questions},
        )
        self.history_view.setPlainText("\n".join(str(entry) for entry in history))

    def _fill_applicant_fields(self, applicant: ApplicantDraft) -> None:
        self._applicant_id = applicant.id
        _select(self.applicant_kind_combo, applicant.kind)
        self.surname_edit.setText(applicant.surname)
        self.first_name_edit.setText(applicant.first_name)
        self.patronymic_edit.setText(applicant.patronymic)
        self.organisation_edit.setText(applicant.organisation_name)
        self.address_edit.setText(applicant.postal_address)
        self.phone_edit.setText(format_phone(applicant.phone) if applicant.phone else "")
        self.email_edit.setText(applicant.email)
        for edit in (self.organisation_edit, self.address_edit):
            edit.setCursorPosition(0)  # a long value shows its beginning, not its end

    def _set_known_applicant(self, applicant: ApplicantView | None) -> None:
        self._applicant_known = applicant
        if applicant is None:
            self.applicant_link_label.clear()
            self.applicant_link_label.hide()
            self.new_applicant_button.hide()
            return
        name = applicant.display_name or self.tr("(no name)")
        if applicant.appeal_count:
            text = self.tr("Known applicant: %1, appeals: %2").replace("%1", name)
            text = text.replace("%2", str(applicant.appeal_count))
        else:
            text = self.tr("Known applicant: %s") % name
        self.applicant_link_label.setText(text)
        self.applicant_link_label.show()
        self.new_applicant_button.show()

    def _update_title(self) -> None:
        if self._appeal is None:
            self.setWindowTitle(self.tr("New appeal"))
        else:
            self.setWindowTitle(self.tr("Appeal %s") % self._appeal.reg_number)

    def _update_applicant_rows(self) -> None:
        organisation = _current(self.applicant_kind_combo, ApplicantKind) is ApplicantKind.ORGANISATION
        for row in self._person_rows:
            self._applicant_form.setRowVisible(row, not organisation)
        self._applicant_form.setRowVisible(self._organisation_row, organisation)

    def _update_warnings(self) -> None:
        channel: Channel = _current(self.channel_combo, Channel)
        self.anonymous_warning_label.setVisible(is_anonymous(channel, self._applicant_draft()))
        identified = counts_as_identified(channel, _current(self.identification_combo, Identification))
        if not identified:
            self.identification_warning_label.setText(
                self.tr(
                    "An electronic appeal without identification of the applicant is not counted as "
                    "identified; choose how the applicant was identified."
                )
            )
        self.identification_warning_label.setVisible(not identified)

    # --- applicant look-up at intake ------------------------------------------------------------

    def _look_up_applicant(self, source: QLineEdit) -> None:
        term = source.text().strip()
        if not term:
            self.focusNextChild()
            return
        try:
            found = find_applicants(self._db.uow(), actor=self._actor, term=term)
        except ReceptionError as error:
            self.errors.show("applicant", error.message)
            return
        if found:
            picker = ApplicantPickerDialog(found, term, self)
            picker.sig_applicant_picked.connect(self._on_applicant_picked)
            picker.rejected.connect(lambda: self._keep_as_new_applicant(source, term))
            picker.open()
        else:
            self._keep_as_new_applicant(source, term)

    def _keep_as_new_applicant(self, source: QLineEdit, term: str) -> None:
        """No known applicant (or none picked): what was typed starts a new one."""
        if source is self.applicant_search_edit:
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
            self.applicant_link_label.setText(
                self.tr("No known applicant found: a new one will be registered.")
            )
        order = {
            self.surname_edit: self.first_name_edit,
            self.phone_edit: self.email_edit,
            self.email_edit: self.summary_edit,
        }
        order.get(source, self.first_name_edit).setFocus()

    def _on_applicant_picked(self, applicant: ApplicantView) -> None:
        self._fill_applicant_fields(applicant.to_draft())
        self._set_known_applicant(applicant)
        self.applicant_search_edit.clear()
        self.summary_edit.setFocus()

    def _on_new_applicant_button_clicked(self) -> None:
        self._fill_applicant_fields(ApplicantDraft())
        self._set_known_applicant(None)
        self.surname_edit.setFocus()

    # --- questions ------------------------------------------------------------------------------

    def _append_question(self, code: str) -> None:
        item = QListWidgetItem(self._topics.caption(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.questions_list.addItem(item)
        self.questions_list.setCurrentItem(item)

    def _on_topic_completer_activated(self, text: str) -> None:
        self._add_topic(text)

    def _on_add_topic_button_clicked(self) -> None:
        self._add_topic(self.topic_edit.text())

    def _add_topic(self, text: str) -> None:
        """Add the topic picked or typed (a code, or words of one topic's name); typed words that
        name no topic, or several, are never added as they are."""
        self.errors.clear_field("topic")
        code = code_from_caption(text)
        if not code:
            # Enter on an empty question field moves on, like Tab
            self.save_button.setFocus()
            return
        if not self._topics.knows(code):
            matches = self._topics.matching(text)
            if len(matches) != 1:
                self._explain_topic(text, matches)
                return
            code = matches[0]
        if code not in self.question_codes():
            self._append_question(code)
        self.topic_edit.clear()
        self._show_all_topics()

    def _explain_topic(self, text: str, matches: list[str]) -> None:
        if matches:
            # Several topics hold these words (not necessarily side by side, as the list's own
            # filter wants them): the list shows just those to choose from until the next keystroke.
            self._topic_model.setStringList([self._topics.caption(code) for code in matches])
            self._topics_narrowed = True
            completer = self.topic_edit.completer()
            completer.setCompletionPrefix("")
            completer.complete()
            return
        self.errors.show(
            "topic",
            self.tr(
                "«%1» is neither a classifier code nor words of a topic: pick a topic from the list"
            ).replace("%1", text.strip()),
        )
        self.topic_edit.setFocus()

    def _show_all_topics(self) -> None:
        if self._topics_narrowed:
            self._topics_narrowed = False
            self._topic_model.setStringList(self._topics.captions())

    def _on_remove_topic_button_clicked(self) -> None:
        row = self.questions_list.currentRow()
        if row >= 0:
            self.questions_list.takeItem(row)

    # --- saving ---------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self._save()

    def _save(self, *, overwrite: bool = False) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        for i in range(self.questions_list.count()):
            self.questions_list.item(i).setData(Qt.ItemDataRole.ForegroundRole, None)
        draft = self.draft()
        try:
            if self._appeal is None:
                saved = register_appeal(self._db.uow(), actor=self._actor, draft=draft)
            else:
                saved = update_appeal(
                    self._db.uow(),
                    actor=self._actor,
                    appeal_id=self._appeal.id,
                    expected_version=self.loaded_version or self._appeal.version,
                    draft=draft,
                    overwrite=overwrite,
                )
        except ValidationError as error:
            self._show_validation(error)
            return
        except StaleRecord as error:
            if error.theirs:
                self._resolve_conflict(error)
            else:
                self._offer_reload(error)
            return
        except DatabaseUnavailable as error:
            self.session.connection_lost(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.saved_appeal = saved
        self._expected_version = None
        self.properties_panel.appeal_saved(saved.id)
        self._attach_pending_files(saved.id)
        self.session.discard_draft()
        self._baseline = self._form_state()
        self.sig_appeal_saved.emit(saved.id)
        if self._appeal is None:
            candidates = self._earlier_appeals(saved)
            if candidates:
                self._offer_repeats(saved, candidates)
                return
        self.accept()

    def attach_after_registration(self, files: list[EmailAttachment]) -> None:
        """Files that came with the appeal (an e-mail's attachments), stored once it is registered."""
        self._pending_files = list(files)
        if files:
            names = ", ".join(f.file_name for f in files)
            self.general_error_label.setText(self.tr("Attached after registration: %s") % names)
            self.general_error_label.setVisible(True)

    def _attach_pending_files(self, appeal_id: int) -> None:
        pending, self._pending_files = getattr(self, "_pending_files", []), []
        refused = []
        for file in pending:
            try:
                add_attachment(
                    self._db.uow(),
                    actor=self._actor,
                    file_name=file.file_name,
                    data=file.data,
                    media_type=file.media_type,
                    appeal_id=appeal_id,
                )
            except ReceptionError as error:
                refused.append(f"{file.file_name}: {error.message}")
        if refused:
            show_message(self, "\n".join(refused), icon=QMessageBox.Icon.Warning)

    def reload_from_database_if_unmodified(self) -> None:
        """A letter moved the case (answered, say): show it, unless the form holds unsaved typing."""
        if not self.is_modified:
            self.reload_from_database()

    def _earlier_appeals(self, saved: AppealView) -> list[EarlierAppeal]:
        """Earlier appeals of the same applicant on the same questions; none if the look-up fails."""
        if saved.applicant is None:
            return []
        try:
            linked = appeal_properties(self._db.uow(), actor=self._actor, appeal_id=saved.id)
            return find_earlier_appeals(
                self._db.uow(),
                actor=self._actor,
                applicant=saved.applicant.to_draft(),
                topic_codes=[q.topic_code for q in saved.questions],
                exclude_appeal_id=saved.id,
                property_ids=[link.row.id for link in linked],
            )
        except ReceptionError:
            return []  # registration succeeded; the check is advice, not a gate

    def _offer_repeats(self, saved: AppealView, candidates: list[EarlierAppeal]) -> None:
        self.repeats_dialog = RepeatsDialog(self._db, self._actor, saved, candidates, self)
        self.repeats_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_marked(_count: int) -> None:
            with contextlib.suppress(ReceptionError):
                self.saved_appeal = get_appeal(self._db.uow(), actor=self._actor, appeal_id=saved.id)
            self.sig_appeal_saved.emit(saved.id)

        self.repeats_dialog.sig_marked.connect(on_marked)
        self.repeats_dialog.finished.connect(lambda _result: self.accept())
        self.repeats_dialog.open()

    # --- workflow steps --------------------------------------------------------------------------

    def _on_step_requested(self, action: Action) -> None:
        if self._appeal is None or action not in self.case_panel.offered_steps():
            return
        if action is Action.START:
            try:
                start_work(self._db.uow(), actor=self._actor, appeal_id=self._appeal.id)
            except ReceptionError as error:
                self.case_panel.show_error(error.message)
                return
            self._after_step(action)
            return
        dialog = self._step_dialog(action, self._appeal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_step_done.connect(lambda _result: self._after_step(action))
        self.step_dialog = dialog
        dialog.open()

    def _step_dialog(self, action: Action, appeal: AppealView) -> StepDialog:
        if action is Action.ASSIGN:
            return AssignDialog(self._db, self._actor, appeal, self)
        if action is Action.FORWARD:
            return ForwardDialog(self._db, self._actor, appeal, self)
        if action is Action.LEAVE_WITHOUT_ANSWER:
            return LeaveWithoutAnswerDialog(self._db, self._actor, appeal, self)
        if action is Action.EXTEND:
            return ExtendDialog(self._db, self._actor, appeal, self)
        return CommentDialog(self._db, self._actor, appeal, action, self)

    def _after_step(self, action: Action) -> None:
        """Show the appeal as it is now; what was typed in the form and not saved stays."""
        self._refresh_from_database()
        if self._appeal is not None:
            self.case_panel.show_notice(
                self.tr("Done: %1 (status now «%2»)")
                .replace("%1", label_of(action))
                .replace("%2", label_of(self._appeal.status))
            )
            self.sig_appeal_saved.emit(self._appeal.id)

    def _refresh_from_database(self) -> None:
        if self._appeal is None:
            return
        try:
            fresh = get_appeal(self._db.uow(), actor=self._actor, appeal_id=self._appeal.id)
        except ReceptionError as error:
            self.case_panel.show_error(error.message)
            return
        self.saved_appeal = fresh
        if self.is_modified:
            self._appeal = fresh
            self._show_header(fresh)
            self._load_case(fresh)
        else:
            self._load(fresh)
            self._baseline = self._form_state()

    def _on_outcome_chosen(self, position: int, outcome: Outcome) -> None:
        if self._appeal is None:
            return
        try:
            set_outcome(
                self._db.uow(),
                actor=self._actor,
                appeal_id=self._appeal.id,
                position=position,
                outcome=outcome,
            )
        except ReceptionError as error:
            self.case_panel.set_outcome(position, self.case_panel.recorded_outcome(position))
            if isinstance(error, PermissionDenied):
                show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            else:
                self.case_panel.show_error(error.message)
            return
        self._refresh_from_database()
        self.case_panel.show_notice(
            self.tr("Outcome of question %1: %2")
            .replace("%1", str(position))
            .replace("%2", label_of(outcome))
        )
        self.sig_appeal_saved.emit(self._appeal.id)

    def _show_validation(self, error: ValidationError) -> None:
        for field_error in error.errors:
            parts = field_error.field.split(".")
            if parts[0] == "questions" and len(parts) > 1 and parts[1].isdigit():
                item = self.questions_list.item(int(parts[1]))
                if item is not None:
                    item.setForeground(Qt.GlobalColor.red)
                    item.setToolTip(field_error.message)
        self.errors.show_and_focus(error)

    def _offer_reload(self, error: StaleRecord) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            error.message + "\n\n" + self.tr("Reload the appeal? What you typed here will be replaced."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload_button = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished() -> None:
            if box.clickedButton() is reload_button:
                self.reload_from_database()

        box.finished.connect(on_finished)
        box.open()

    def reload_from_database(self) -> None:
        if self._appeal is None:
            return
        try:
            fresh = get_appeal(self._db.uow(), actor=self._actor, appeal_id=self._appeal.id)
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.show_appeal(fresh)

    # --- closing --------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow the form's order and go round it.

        Qt 6.10 leaves this form's chain after the date field and at Cancel for Save (the chain
        itself is right; its own walk is not), so the form's fields are walked here.
        """
        target = next_in_chain(self._tab_chain, self.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def reject(self) -> None:
        """Esc and Cancel: ask before throwing away what was typed."""
        if not self.is_modified:
            super().reject()
            return
        confirm_discard(self, self._discard)

    def _discard(self) -> None:
        self._baseline = self._form_state()
        QDialog.reject(self)

    def done(self, result: int) -> None:
        """Closed (saved, or the typing deliberately discarded): leave presence, drop the local draft."""
        self.session.close()
        super().done(result)

    # --- many workstations: conflicts, live refresh, local drafts -------------------------------

    @property
    def db(self) -> Database:
        return self._db

    @property
    def actor(self) -> UserView:
        return self._actor

    @property
    def appeal_id(self) -> int | None:
        return self._appeal.id if self._appeal is not None else None

    @property
    def loaded_version(self) -> int | None:
        """The version a save is checked against."""
        if self._expected_version is not None:
            return self._expected_version
        return self._appeal.version if self._appeal is not None else None

    def _describe(self, key: str, value: Any) -> str:
        return describe_value(
            key, value, yes=self.tr("yes"), no=self.tr("no"), topic_caption=self._topics.caption
        )

    def _resolve_conflict(self, error: StaleRecord) -> None:
        """Their version next to mine; nothing in the form changes until the clerk chooses."""
        dialog = ConflictDialog(
            error,
            may_overwrite=allows(self._actor.role, Permission.OVERWRITE_CHANGES),
            describe=self._describe,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_dialog = dialog

        def on_accepted() -> None:
            if dialog.resolution is Resolution.RELOAD:
                self.reload_from_database()
            elif dialog.resolution is Resolution.OVERWRITE:
                self._save(overwrite=True)
            elif dialog.resolution is Resolution.MERGE:
                self.load_draft(merged_draft(self.draft(), error.theirs, dialog.taken_fields()))
                self._expected_version = int(error.theirs["version"])
                self._save()

        dialog.accepted.connect(on_accepted)
        dialog.open()

    def load_draft(self, draft: AppealDraft) -> None:
        """Fill the form from a draft (a merge, or a draft restored after a crash); the baseline stays."""
        self.received_edit.setDateTime(QDateTime(draft.received_at.astimezone().replace(tzinfo=None)))  # type: ignore[call-overload]
        _select(self.channel_combo, draft.channel)
        _select(self.kind_combo, draft.kind)
        _select(self.identification_combo, draft.identification)
        self.collective_check.setChecked(draft.is_collective)
        self._fill_applicant_fields(draft.applicant)
        self.summary_edit.setText(draft.summary)
        self.summary_edit.setCursorPosition(0)  # the beginning of a long summary, not its end
        self.text_edit.setPlainText(draft.text)
        self.questions_list.clear()
        for question in draft.questions:
            self._append_question(question.topic_code)
        self._update_warnings()

    def restore_draft(self, key: str, draft: AppealDraft, version: int | None) -> None:
        """Continue a draft left behind: a new appeal keeps its intake key, an existing one the version
        it was edited from, so a change made meanwhile is caught as a conflict."""
        self.session.draft_key = key
        if self._appeal is None:
            self._intake_key = draft.intake_key or self._intake_key
        else:
            self._expected_version = version
        self.load_draft(draft)

    def show_appeal(self, fresh: AppealView) -> None:
        """Show the appeal as saved now, replacing the form (no unsaved typing to keep)."""
        self.errors.clear()
        self._expected_version = None
        self._load(fresh)
        self._baseline = self._form_state()
        self.session.hide_changed_banner()

    def confirm_reload(self) -> None:
        """The banner's «Refresh»: what was typed is replaced, so ask first when there is any."""
        if not self.is_modified:
            self.reload_from_database()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Load the appeal as saved now? What you typed here will be replaced."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload_button = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished() -> None:
            if box.clickedButton() is reload_button:
                self.reload_from_database()

        box.finished.connect(on_finished)
        box.open()
