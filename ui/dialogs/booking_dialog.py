"""Booking a consultation with a specialist, keyboard first.

The applicant is found or created as in the appeal editor; the topic, the format and the property
narrow the next free slots (the core's `free_slots`, off the UI thread, soonest first). Down from the
topic goes into the slots, Enter books. Every rule (the slot, the schedule, the link, a second
booking on the same topic) is the core's: the form shows what it says and loses nothing typed.
"""

from __future__ import annotations

import sys
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.consultations import ConsultationFormat
from reception.domain.errors import ReceptionError, ValidationError
from reception.domain.permissions import Permission, allows
from reception.services.consultations import (
    BookingDraft,
    ConsultationView,
    FreeSlot,
    SecondBooking,
    SlotTaken,
    active_bookings,
    book_consultation,
    free_slots,
    get_link_template,
    invitation,
)
from reception.services.properties import PropertyRow
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.tasks import run_in_background
from ui.topics import TopicCatalog, code_from_caption
from ui.widgets.applicant_section import ApplicantSection
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    FieldErrors,
    add_field_row,
    error_label,
    show_message,
    warning_label,
)
from ui.widgets.invitation_panel import InvitationPanel
from ui.widgets.property_picker import PropertyPicker
from ui.widgets.slot_list import SlotList, short_name, when_text

SLOTS_SHOWN = 12


def describe_booking(view: ConsultationView) -> str:
    """«пт 28.11.2026 10:20, Исполнителев П. П., видеоконсультация» for warnings and headers."""
    return f"{when_text(view.starts_at)}, {short_name(view.specialist_name)}, {label_of(view.format).lower()}"


class BookingDialog(QDialog):
    sig_booked = Signal(object)  # ConsultationView

    def __init__(
        self,
        db: Database,
        actor: UserView,
        topics: TopicCatalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a consultation"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._topic_code: str | None = None
        self._property: PropertyRow | None = None
        self._slots_generation = 0
        self._bookings_generation = 0
        self._loading_slots = False
        self.booked: ConsultationView | None = None
        self.question_box: QMessageBox | None = None
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self._build()
        self.reload_slots()

    # --- building -------------------------------------------------------------------------------

    def _field(self, form: QFormLayout, text: str, widget: QWidget, path: str | None) -> None:
        add_field_row(form, text, self.errors, path, widget)

    def _build(self) -> None:
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_label.hide()

        self.applicant_section = ApplicantSection(self._db, self._actor, self.errors)
        self.applicant_section.sig_applicant_changed.connect(self.reload_active_bookings)
        self.applicant_section.sig_done.connect(lambda: self.topic_edit.setFocus())

        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("classifier code or words of the topic, then Enter"))
        self.topic_edit.setClearButtonEnabled(True)
        self._topic_model = QStringListModel(self._topics.captions(), self)
        completer = QCompleter(self._topic_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._on_topic_completer_activated)
        self.topic_edit.setCompleter(completer)
        self.topic_edit.installEventFilter(self)

        self.property_picker = PropertyPicker(self._db, self._actor)
        self.property_picker.sig_property_picked.connect(self._on_property_picked)
        self.property_label = QLabel()
        self.property_label.setProperty("role", "hint")
        self.property_label.setWordWrap(True)
        self.clear_property_button = QPushButton(self.tr("Cle&ar"))
        self.clear_property_button.setAutoDefault(False)
        self.clear_property_button.clicked.connect(lambda: self._on_property_picked(None))
        property_box = QWidget()
        property_layout = QVBoxLayout(property_box)
        property_layout.setContentsMargins(0, 0, 0, 0)
        property_layout.setSpacing(2)
        property_layout.addWidget(self.property_picker)
        chosen = QHBoxLayout()
        chosen.addWidget(self.property_label, 1)
        chosen.addWidget(self.clear_property_button)
        property_layout.addLayout(chosen)

        self.format_combo = QComboBox()
        for fmt in ConsultationFormat:
            self.format_combo.addItem(label_of(fmt), fmt.value)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("what the citizen wants to ask, in a sentence or two")
        )
        self.description_edit.setFixedHeight(64)

        self.link_edit = QLineEdit()
        try:
            template = get_link_template(self._db.uow())
        except ReceptionError:
            template = ""
        self.link_edit.setPlaceholderText(
            self.tr("empty: built from the template %s") % template if template else self.tr("https://…")
        )
        self.link_edit.setToolTip(
            self.tr("Paste the meeting link, or leave it empty to build it from the template")
        )
        self.link_edit.installEventFilter(self)

        consultation_box = QGroupBox(self.tr("Consultation"))
        form = QFormLayout(consultation_box)
        self._field(form, self.tr("Top&ic:"), self.topic_edit, "topic_code")
        self._field(form, self.tr("Fo&rmat:"), self.format_combo, "format")
        self._field(form, self.tr("Pr&operty:"), property_box, "property_id")
        self._field(form, self.tr("&Question:"), self.description_edit, "description")
        self.link_label = QLabel(self.tr("Meeting lin&k:"))
        self.link_label.setBuddy(self.link_edit)
        link_box = QWidget()
        link_layout = QVBoxLayout(link_box)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.setSpacing(2)
        link_layout.addWidget(self.link_edit)
        link_error = error_label()
        link_layout.addWidget(link_error)
        self.errors.add("meeting_link", self.link_edit, link_error)
        form.addRow(self.link_label, link_box)
        self._link_row = link_box

        # The slots
        self.second_booking_label = warning_label()
        self.second_booking_label.setObjectName("second_booking_label")
        self.slots_list = SlotList()
        self.slots_list.sig_slot_chosen.connect(self.book)
        self.slots_list.setMinimumWidth(420)
        self.slots_status_label = QLabel()
        self.slots_status_label.setProperty("role", "hint")
        self.slots_status_label.setWordWrap(True)
        self.slot_taken_label = warning_label()
        self.slot_taken_label.setObjectName("slot_taken_label")
        self.later_button = QPushButton(self.tr("&Later slots"))
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(self.tr("Show the free slots after the last one listed"))
        self.later_button.clicked.connect(self._on_later_button_clicked)
        slots_title = QLabel(self.tr("Ne&xt free slots (Enter books):"))
        slots_title.setBuddy(self.slots_list)
        slots_box = QGroupBox(self.tr("Slots"))
        slots_layout = QVBoxLayout(slots_box)
        slots_layout.addWidget(self.second_booking_label)
        slots_layout.addWidget(slots_title)
        slots_layout.addWidget(self.slot_taken_label)
        slots_layout.addWidget(self.slots_list, 1)
        slot_error = error_label()
        slots_layout.addWidget(slot_error)
        self.errors.add("starts_at", self.slots_list, slot_error)
        self.errors.add("specialist_id", self.slots_list, slot_error)
        status_line = QHBoxLayout()
        status_line.addWidget(self.slots_status_label, 1)
        status_line.addWidget(self.later_button)
        slots_layout.addLayout(status_line)

        self.invitation_panel = InvitationPanel()
        self.invitation_panel.hide()

        self.button_box = QDialogButtonBox()
        self.book_button = self.button_box.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setToolTip(
            self.tr("Book the highlighted slot (Enter in the list, Ctrl+Enter anywhere)")
        )
        self.book_button.setEnabled(allows(self._actor.role, Permission.BOOK_CONSULTATIONS))
        self.book_button.clicked.connect(self._on_book_button_clicked)
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.button_box.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self._on_book_button_clicked)

        left = QVBoxLayout()
        left.addWidget(self.applicant_section)
        left.addWidget(consultation_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(slots_box, 3)
        right.addWidget(self.invitation_panel, 2)
        columns = QHBoxLayout()
        # The form's long placeholders (the property finder's, the link template) need the width more
        # than the slot lines do.
        columns.addLayout(left, 6)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)

        chain: list[QWidget] = [
            *self.applicant_section.tab_chain(),
            self.topic_edit,
            self.format_combo,
            self.property_picker.search_edit,
            self.property_picker.results_list,
            self.clear_property_button,
            self.description_edit,
            self.link_edit,
            self.slots_list,
            self.later_button,
            self.book_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_link_row()
        self._update_property_label()
        self.resize(1120, 720)
        name_controls(self)  # every input named for screen readers
        self.applicant_section.search_edit.setFocus()

    # --- state ----------------------------------------------------------------------------------

    @property
    def topic_code(self) -> str | None:
        return self._topic_code

    @property
    def is_loading(self) -> bool:
        return self._loading_slots or self.applicant_section.is_looking_up

    def current_format(self) -> ConsultationFormat:
        return ConsultationFormat(self.format_combo.currentData())

    def draft(self, slot: FreeSlot, *, allow_second: bool = False) -> BookingDraft:
        fmt = self.current_format()
        return BookingDraft(
            specialist_id=slot.specialist_id,
            starts_at=slot.starts_at,
            format=fmt,
            applicant=self.applicant_section.draft(),
            topic_code=self._topic_code,
            property_id=self._property.id if self._property is not None else None,
            description=self.description_edit.toPlainText().strip(),
            meeting_link=self.link_edit.text().strip() if fmt is ConsultationFormat.VIDEO else "",
            allow_second=allow_second,
        )

    def _update_link_row(self) -> None:
        video = self.current_format() is ConsultationFormat.VIDEO
        self.link_label.setVisible(video)
        self._link_row.setVisible(video)

    def _update_property_label(self) -> None:
        if self._property is None:
            self.property_label.setText(self.tr("No property chosen."))
            self.clear_property_button.hide()
        else:
            self.property_label.setText(self.tr("Chosen: %s") % self._property.title)
            self.clear_property_button.show()

    # --- the topic, the format, the property -----------------------------------------------------

    def _on_topic_completer_activated(self, text: str) -> None:
        self.set_topic(text)

    def set_topic(self, text: str) -> None:
        code = code_from_caption(text) or None
        if code is not None:
            self.topic_edit.setText(self._topics.caption(code))
        changed = code != self._topic_code
        self._topic_code = code
        if changed:
            self.reload_slots()
            self.reload_active_bookings()

    def _on_format_combo_changed(self) -> None:
        self._update_link_row()
        self.reload_slots()

    def _on_property_picked(self, row: PropertyRow | None) -> None:
        self._property = row
        self._update_property_label()
        if row is not None:
            self.property_picker.clear()
            self.description_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            key = event.key()
            if watched is self.topic_edit:
                popup = self.topic_edit.completer().popup()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if popup.isVisible():
                        current = popup.currentIndex()
                        if current.isValid():
                            self.topic_edit.setText(str(current.data()))
                        popup.hide()
                    self.set_topic(self.topic_edit.text())
                    self.slots_list.setFocus()
                    return True
                if key == Qt.Key.Key_Down and not popup.isVisible():
                    self.set_topic(self.topic_edit.text())
                    self.slots_list.setFocus()
                    return True
            elif watched is self.link_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.slots_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    # --- the slots ------------------------------------------------------------------------------

    def reload_slots(self, after: FreeSlot | None = None) -> None:
        """The next free slots for the topic and format, off the UI thread; a late answer is dropped."""
        self._slots_generation += 1
        generation = self._slots_generation
        db, actor, topic, fmt = self._db, self._actor, self._topic_code, self.current_format()
        start = after.starts_at if after is not None else None
        self._loading_slots = True
        self.slots_status_label.setText(self.tr("Looking for free slots…"))
        guard = QObject(self)

        def work() -> list[FreeSlot]:
            return free_slots(
                db.uow(), actor=actor, topic_code=topic, format=fmt, after=start, limit=SLOTS_SHOWN
            )

        def on_done(slots: list[FreeSlot]) -> None:
            if shiboken6.isValid(guard) and generation == self._slots_generation:
                self._loading_slots = False
                self.show_slots(slots)

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(guard) or generation != self._slots_generation:
                return
            self._loading_slots = False
            if isinstance(error, ReceptionError):
                self.slots_status_label.setText(error.message)
            else:
                self.slots_status_label.setText("")
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(work, on_done, on_error)

    def show_slots(self, slots: list[FreeSlot] | tuple[FreeSlot, ...]) -> None:
        had_focus = self.slots_list.hasFocus()
        self.slots_list.set_slots(slots)
        if slots:
            self.slots_status_label.setText(self.tr("Free slots shown: %d") % len(slots))
        elif self._topic_code:
            self.slots_status_label.setText(
                self.tr("No free slots of a specialist on this topic and format in the coming weeks.")
            )
        else:
            self.slots_status_label.setText(self.tr("No free slots in the coming weeks."))
        self.later_button.setEnabled(bool(slots))
        if had_focus:
            self.slots_list.setFocus()

    def _on_later_button_clicked(self) -> None:
        slots = self.slots_list.slots()
        if slots:
            self.slot_taken_label.hide()
            self.reload_slots(after=slots[-1])

    # --- the citizen's other bookings -------------------------------------------------------------

    def reload_active_bookings(self) -> None:
        """Shown before a second booking: the citizen's active bookings on the same topic."""
        self._bookings_generation += 1
        generation = self._bookings_generation
        applicant_id = self.applicant_section.applicant_id
        if applicant_id is None:
            self.second_booking_label.hide()
            return
        db, actor, topic = self._db, self._actor, self._topic_code
        guard = QObject(self)

        def on_done(found: list[ConsultationView]) -> None:
            if shiboken6.isValid(guard) and generation == self._bookings_generation:
                self.show_active_bookings(found)

        def on_error(error: BaseException) -> None:
            stale = not shiboken6.isValid(guard) or generation != self._bookings_generation
            if not stale and not isinstance(error, ReceptionError):
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: active_bookings(db.uow(), actor=actor, applicant_id=applicant_id, topic_code=topic),
            on_done,
            on_error,
        )

    def show_active_bookings(self, found: list[ConsultationView] | tuple[ConsultationView, ...]) -> None:
        if not found:
            self.second_booking_label.hide()
            return
        title = (
            self.tr("Already booked on this topic:")
            if self._topic_code
            else self.tr("The citizen already has bookings:")
        )
        lines = [
            f"• {describe_booking(view)}" + (f" — {view.topic_name}" if view.topic_name else "")
            for view in found
        ]
        self.second_booking_label.setText("\n".join([title, *lines]))
        self.second_booking_label.show()

    # --- booking --------------------------------------------------------------------------------

    def _on_book_button_clicked(self) -> None:
        slot = self.slots_list.current_slot()
        if slot is None:
            self.errors.clear()
            self.errors.show("starts_at", self.tr("Choose a free slot in the list."))
            self.slots_list.setFocus()
            return
        self.book(slot)

    def book(self, slot: FreeSlot, *, allow_second: bool = False) -> None:
        if not self.book_button.isEnabled() or self.booked is not None:
            return
        self.errors.clear()
        self.slot_taken_label.hide()
        try:
            booked = book_consultation(
                self._db.uow(), actor=self._actor, draft=self.draft(slot, allow_second=allow_second)
            )
        except ValidationError as error:
            self.errors.show_and_focus(error)
            return
        except SlotTaken as error:
            self._slot_taken(error)
            return
        except SecondBooking as error:
            self._confirm_second(slot, error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self._booked(booked)

    def _slot_taken(self, error: SlotTaken) -> None:
        """Another clerk was first: say so, offer the next free slots; the form keeps everything."""
        self.show_slots(error.next_free)
        self.slot_taken_label.setText(
            error.message
            + "\n"
            + self.tr("The list now shows the next free slots; Enter books the highlighted one.")
        )
        self.slot_taken_label.show()
        self.slots_list.setFocus()
        show_message(self, error.message, icon=QMessageBox.Icon.Warning)

    def _confirm_second(self, slot: FreeSlot, error: SecondBooking) -> None:
        self.show_active_bookings(error.existing)
        lines = "\n".join(f"• {describe_booking(view)}" for view in error.existing)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            error.message + "\n\n" + lines,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        second_button = box.addButton(self.tr("Book a &second one"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(self.tr("&Keep the existing booking"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question_box = box

        def on_finished() -> None:
            self.question_box = None
            if box.clickedButton() is second_button:
                self.book(slot, allow_second=True)
            else:
                self.slots_list.setFocus()

        box.finished.connect(on_finished)
        box.open()

    def _booked(self, booked: ConsultationView) -> None:
        self.booked = booked
        self.setWindowTitle(self.tr("Consultation booked"))
        self.header_label.setText(
            self.tr("<b>Booked</b> № %1: %2")
            .replace("%1", str(booked.id))
            .replace("%2", describe_booking(booked))
            + (f"<br>{booked.meeting_link}" if booked.meeting_link else "")
        )
        self.header_label.show()
        self.book_button.setEnabled(False)
        self.slots_list.setEnabled(False)
        self.later_button.setEnabled(False)
        self.second_booking_label.hide()
        self.sig_booked.emit(booked)
        try:
            self.invitation_panel.set_invitation(
                invitation(self._db.uow(), actor=self._actor, consultation_id=booked.id)
            )
        except ReceptionError as error:
            self.general_error_label.setText(error.message)
            self.general_error_label.show()
            return
        self.invitation_panel.show()
        self.invitation_panel.copy_button.setFocus()
        QTimer.singleShot(0, lambda: self.close_button.setDefault(True))
