"""Moving a booked consultation to another free slot, with the reason; its history is in sight.

The core keeps the old booking (status «moved») and makes a new one pointing back to it, so who moved
what, when and why stays visible.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError, ValidationError
from reception.services.consultations import (
    ConsultationView,
    FreeSlot,
    HistoryEntry,
    SlotTaken,
    consultation_history,
    free_slots,
    reschedule_consultation,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.locale_format import as_shown, format_datetime
from ui.tasks import run_in_background
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    EnterKeyFilter,
    FieldErrors,
    error_label,
    show_message,
    warning_label,
)
from ui.widgets.slot_list import SlotList, short_name, when_text

SLOTS_SHOWN = 12


def history_text(entries: Sequence[HistoryEntry]) -> str:
    """One line a step: «28.11.2026 10:05 Перенос — Регистраторова К. О.: 01.12 10:00 → 02.12 11:20 (просьба)»."""
    lines = []
    for entry in entries:
        line = f"{format_datetime(entry.at)}  {entry.action_label}"
        if entry.who:
            line += f" — {short_name(entry.who)}"
        if (
            entry.starts_at_before
            and entry.starts_at_after
            and entry.starts_at_before != entry.starts_at_after
        ):
            line += f": {as_shown(entry.starts_at_before)} → {as_shown(entry.starts_at_after)}"
        elif entry.starts_at_after and entry.action == "booked":
            line += f": {as_shown(entry.starts_at_after)}"
        line += f" [{label_of(entry.status_after)}]"
        if entry.reason:
            line += f" ({entry.reason})"
        lines.append(line)
    return "\n".join(lines)


class RescheduleDialog(QDialog):
    sig_rescheduled = Signal(object)  # the new ConsultationView

    def __init__(
        self, db: Database, actor: UserView, consultation: ConsultationView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._consultation = consultation
        self._generation = 0
        self._loading = False
        self.rescheduled: ConsultationView | None = None
        self.setWindowTitle(self.tr("Reschedule the consultation"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)

        header = QLabel(
            self.tr("Now: <b>%1</b> · %2 · %3")
            .replace("%1", when_text(consultation.starts_at))
            .replace("%2", short_name(consultation.specialist_name))
            .replace("%3", consultation.applicant.display_name or self.tr("(no name)"))
        )
        header.setWordWrap(True)
        self.any_specialist_check = QCheckBox(self.tr("&Any specialist on this topic"))
        self.any_specialist_check.toggled.connect(lambda _on: self.reload_slots())
        self.slot_taken_label = warning_label()
        self.slots_list = SlotList()
        self.slots_list.sig_slot_chosen.connect(self.reschedule)
        self.slots_status_label = QLabel()
        self.slots_status_label.setProperty("role", "hint")
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("why the consultation is moved (required)"))
        self._enter = EnterKeyFilter(self)
        self._enter.watch(self.reason_edit, self.slots_list.setFocus)
        self.history_view = QPlainTextEdit()
        self.history_view.setReadOnly(True)
        self.history_view.setMaximumHeight(120)

        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        reason_box = QWidget()
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason_edit)
        reason_error = error_label()
        reason_layout.addWidget(reason_error)
        self.errors.add("reason", self.reason_edit, reason_error)
        form.addRow(reason_label, reason_box)
        slots_label = QLabel(self.tr("&New slot (Enter moves):"))
        slots_label.setBuddy(self.slots_list)
        slot_error = error_label()
        self.errors.add("starts_at", self.slots_list, slot_error)
        self.errors.add("specialist_id", self.slots_list, slot_error)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.button_box.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(self.any_specialist_check)
        layout.addWidget(slots_label)
        layout.addWidget(self.slot_taken_label)
        layout.addWidget(self.slots_list, 1)
        layout.addWidget(slot_error)
        layout.addWidget(self.slots_status_label)
        history_label = QLabel(self.tr("History:"))
        history_label.setBuddy(self.history_view)  # names it for screen readers
        layout.addWidget(history_label)
        layout.addWidget(self.history_view)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)
        self.resize(640, 620)
        name_controls(self)  # every input named for screen readers
        self.reason_edit.setFocus()
        self._load_history()
        self.reload_slots()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _load_history(self) -> None:
        try:
            entries = consultation_history(
                self._db.uow(), actor=self._actor, consultation_id=self._consultation.id
            )
        except ReceptionError as error:
            self.history_view.setPlainText(error.message)
            return
        self.history_view.setPlainText(history_text(entries))

    def reload_slots(self) -> None:
        self._generation += 1
        generation = self._generation
        view = self._consultation
        db, actor = self._db, self._actor
        specialist_id = None if self.any_specialist_check.isChecked() else view.specialist_id
        self._loading = True
        self.slots_status_label.setText(self.tr("Looking for free slots…"))
        guard = QObject(self)

        def work() -> list[FreeSlot]:
            return free_slots(
                db.uow(),
                actor=actor,
                topic_code=view.topic_code,
                format=view.format,
                specialist_id=specialist_id,
                limit=SLOTS_SHOWN,
            )

        def on_done(slots: list[FreeSlot]) -> None:
            if shiboken6.isValid(guard) and generation == self._generation:
                self._loading = False
                self.show_slots(slots)

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(guard) or generation != self._generation:
                return
            self._loading = False
            if isinstance(error, ReceptionError):
                self.slots_status_label.setText(error.message)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(work, on_done, on_error)

    def show_slots(self, slots: Sequence[FreeSlot]) -> None:
        self.slots_list.set_slots(list(slots))
        self.slots_status_label.setText(
            self.tr("Free slots shown: %d") % len(slots)
            if slots
            else self.tr("No free slots in the coming weeks.")
        )

    def _on_move_button_clicked(self) -> None:
        slot = self.slots_list.current_slot()
        if slot is None:
            self.errors.clear()
            self.errors.show("starts_at", self.tr("Choose a free slot in the list."))
            return
        self.reschedule(slot)

    def reschedule(self, slot: FreeSlot) -> None:
        self.errors.clear()
        self.slot_taken_label.hide()
        try:
            moved = reschedule_consultation(
                self._db.uow(),
                actor=self._actor,
                consultation_id=self._consultation.id,
                starts_at=slot.starts_at,
                reason=self.reason_edit.text(),
                specialist_id=slot.specialist_id,
                expected_version=self._consultation.version,
            )
        except ValidationError as error:
            self.errors.show_and_focus(error)
            return
        except SlotTaken as error:
            self.show_slots(error.next_free)
            self.slot_taken_label.setText(error.message)
            self.slot_taken_label.show()
            self.slots_list.setFocus()
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.rescheduled = moved
        self.sig_rescheduled.emit(moved)
        self.accept()
