"""The specialist's day: the consultations of one day in order, and what each needs one click away.

The applicant's earlier appeals and consultations and the linked properties are listed next to the
consultation (Enter opens one); the meeting link opens in the browser; the outcome is recorded and an
appeal registered from it; a clerk reschedules or cancels from here. Loading runs off the UI thread.

Entry point for the main window: `ConsultationsWindow(db, user, topics).show()`.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.consultations import ConsultationFormat, ConsultationStatus
from reception.domain.contacts import format_phone
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, allows
from reception.services.appeals import get_appeal
from reception.services.applicants import ApplicantView
from reception.services.consultations import (
    ConsultationView,
    DayEntry,
    HistoryEntry,
    SpecialistView,
    consultation_history,
    day_view,
    get_consultation,
    list_specialists,
    outcome_correctable,
    register_appeal_from_consultation,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.booking_dialog import BookingDialog
from ui.dialogs.cancel_booking_dialog import CancelBookingDialog
from ui.dialogs.outcome_dialog import OutcomeDialog
from ui.dialogs.property_card_dialog import PropertyCardDialog
from ui.dialogs.reschedule_dialog import RescheduleDialog, history_text
from ui.labels import label_of
from ui.locale_format import format_date, format_time
from ui.tasks import run_in_background
from ui.topics import TopicCatalog
from ui.widgets.form import show_message
from ui.widgets.property_picker import find_host
from ui.widgets.slot_list import format_short, short_name, when_text

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    ConsultationStatus.HELD: QColor("#1b5e20"),
    ConsultationStatus.NO_SHOW: QColor("#9b1c1c"),
    ConsultationStatus.CANCELLED_BY_CITIZEN: QColor("#757575"),
    ConsultationStatus.CANCELLED_BY_OFFICE: QColor("#757575"),
}


def citizen_name(applicant: ApplicantView) -> str:
    """The full name (the day view has room for it); an organisation by its name."""
    parts = (applicant.surname, applicant.first_name, applicant.patronymic)
    return " ".join(p for p in parts if p) or applicant.display_name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsultationsWindow(QMainWindow):
    sig_loaded = Signal(int)  # consultations shown

    def __init__(
        self, db: Database, actor: UserView, topics: TopicCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._entries: list[DayEntry] = []
        self._generation = 0
        self._loading = False
        self._history_generation = 0
        self._loading_history = False
        self._select_after_load: int | None = None
        self._specialists_loaded = False
        self._pending_consultation: ConsultationView | None = None
        self.setWindowTitle(self.tr("Consultations of the day"))
        self._build_toolbar()
        self._build_central()
        self.resize(1280, 720)
        name_controls(self)  # every input named for screen readers
        self._load_specialists()

    # --- building -------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Day"))
        toolbar.setObjectName("day_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.specialist_combo = QComboBox()
        self.specialist_combo.setAccessibleName(self.tr("Specialist"))
        self.specialist_combo.setMinimumWidth(260)
        self.specialist_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.date_edit = QDateEdit(_qdate(office_date(datetime.now(UTC))))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd.MM.yyyy")
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.previous_day_action = QAction(self.tr("◀ &Previous day"), self)
        self.previous_day_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.previous_day_action.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.previous_day_action.triggered.connect(lambda: self.shift_day(-1))
        self.next_day_action = QAction(self.tr("Next &day ▶"), self)
        self.next_day_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right))
        self.next_day_action.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_day_action.triggered.connect(lambda: self.shift_day(1))
        self.today_action = QAction(self.tr("&Today"), self)
        self.today_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Home))
        self.today_action.setToolTip(self.tr("Today (Alt+Home)"))
        self.today_action.triggered.connect(lambda: self.show_day(office_date(datetime.now(UTC))))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.reload)
        self.book_action = QAction(self.tr("&Book…"), self)
        self.book_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B))
        self.book_action.setToolTip(self.tr("Book a consultation (Ctrl+Shift+B)"))
        self.book_action.setEnabled(allows(self._actor.role, Permission.BOOK_CONSULTATIONS))
        self.book_action.triggered.connect(self.open_booking)
        specialist_label = QLabel(self.tr("&Specialist:"))
        specialist_label.setBuddy(self.specialist_combo)
        specialist_label.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(specialist_label)
        toolbar.addWidget(self.specialist_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.previous_day_action)
        toolbar.addWidget(self.date_edit)
        toolbar.addAction(self.next_day_action)
        toolbar.addAction(self.today_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.book_action)

    def _build_central(self) -> None:
        self.day_table = QTableWidget(0, 5)
        self.day_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Status"), self.tr("Citizen"), self.tr("Format"), self.tr("Topic")]
        )
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_table.setAlternatingRowColors(True)
        self.day_table.verticalHeader().hide()
        self.day_table.setWordWrap(False)
        header = self.day_table.horizontalHeader()
        header.setHighlightSections(False)
        # The status column holds its longest label («Отменена учреждением»), not a cut one.
        metrics = self.day_table.fontMetrics()
        status_width = max(metrics.horizontalAdvance(label_of(status)) for status in ConsultationStatus) + 16
        for column, width in enumerate((92, status_width, 210, 80)):
            self.day_table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.day_table.currentCellChanged.connect(lambda *_args: self._show_current())
        self.day_table.activated.connect(lambda _index: self._on_record_outcome())
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555555; padding: 12px;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.day_table, 1)
        left_layout.addWidget(self.empty_label)

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details_label.setOpenExternalLinks(False)
        self.details_label.linkActivated.connect(self._on_details_link_activated)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_link_button = QPushButton(self.tr("Open the meeting &link"))
        self.open_link_button.setToolTip(self.tr("Open the video meeting in the browser (Ctrl+L)"))
        self.open_link_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.open_link_button.clicked.connect(self.open_meeting_link)
        self.outcome_button = QPushButton(self.tr("Record the &outcome…"))
        self.outcome_button.setToolTip(self.tr("Held, no-show, cancelled by the citizen (Enter on the row)"))
        self.outcome_button.clicked.connect(self._on_record_outcome)
        self.appeal_button = QPushButton(self.tr("Register an &appeal"))
        self.appeal_button.setToolTip(self.tr("Register an appeal from the held consultation and open it"))
        self.appeal_button.clicked.connect(self._on_appeal_button_clicked)
        self.reschedule_button = QPushButton(self.tr("Re&schedule…"))
        self.reschedule_button.clicked.connect(self._on_reschedule)
        self.cancel_button = QPushButton(self.tr("&Cancel booking…"))
        self.cancel_button.clicked.connect(self._on_cancel)
        # Two rows, so the day's table keeps the width for its topic column: the consultation's
        # own actions, then moving and cancelling it.
        buttons = QVBoxLayout()
        for group in (
            (self.open_link_button, self.outcome_button, self.appeal_button),
            (self.reschedule_button, self.cancel_button),
        ):
            line = QHBoxLayout()
            for button in group:
                line.addWidget(button)
            line.addStretch(1)
            buttons.addLayout(line)

        self.appeals_list = QListWidget()
        self.appeals_list.setAccessibleName(self.tr("Earlier appeals"))
        self.appeals_list.itemActivated.connect(self._on_appeals_list_item_activated)
        self.consultations_list = QListWidget()
        self.consultations_list.setAccessibleName(self.tr("Earlier consultations"))
        self.consultations_list.itemActivated.connect(self._on_consultations_list_item_activated)
        self.properties_list = QListWidget()
        self.properties_list.setAccessibleName(self.tr("Properties"))
        self.properties_list.itemActivated.connect(self._on_properties_list_item_activated)
        self.history_view = QPlainTextEdit()
        self.history_view.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.appeals_list, self.tr("Earlier appeals"))
        self.tabs.addTab(self.consultations_list, self.tr("Earlier consultations"))
        self.tabs.addTab(self.properties_list, self.tr("Properties"))
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.history_view.setAccessibleName(self.tr("History"))
        self.day_table.setAccessibleName(self.tr("Consultations of the day"))
        for number in range(self.tabs.count()):
            self.tabs.setTabToolTip(number, self.tr("Ctrl+%d") % (number + 1))
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self._show_tab(n))
            self.addAction(action)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.details_label)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        left.setMinimumWidth(560)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 560])
        self.setCentralWidget(splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        """Back to the window (from a booking made elsewhere, say): show the day as it is now."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.specialist_combo.count()
            and not self._loading
        ):
            self.reload()

    def _show_tab(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)
        self.tabs.currentWidget().setFocus()

    # --- loading --------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading or self._loading_history

    def current_day(self) -> date:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return day

    def current_specialist_id(self) -> int | None:
        value = self.specialist_combo.currentData()
        return int(value) if value is not None else None

    def _load_specialists(self) -> None:
        db, actor = self._db, self._actor
        self._loading = True
        guard = QObject(self)

        def on_done(specialists: list[SpecialistView]) -> None:
            if shiboken6.isValid(guard):
                self.set_specialists(specialists)

        def on_error(error: BaseException) -> None:
            if shiboken6.isValid(guard):
                self._loading = False
                self._failed(error)

        run_in_background(lambda: list_specialists(db.uow(), actor=actor), on_done, on_error)

    def set_specialists(self, specialists: list[SpecialistView]) -> None:
        self.specialist_combo.blockSignals(True)
        self.specialist_combo.clear()
        for specialist in specialists:
            self.specialist_combo.addItem(specialist.full_name, specialist.id)
            self.specialist_combo.setItemData(
                self.specialist_combo.count() - 1, specialist.schedule.describe(), Qt.ItemDataRole.ToolTipRole
            )
        own = self.specialist_combo.findData(self._actor.id)
        self.specialist_combo.setCurrentIndex(max(own, 0))
        self.specialist_combo.blockSignals(False)
        self._specialists_loaded = True
        pending, self._pending_consultation = self._pending_consultation, None
        if pending is not None:
            self.show_consultation(pending)
            return
        self.reload()

    def show_specialist(self, specialist_id: int) -> None:
        index = self.specialist_combo.findData(specialist_id)
        if index >= 0:
            self.specialist_combo.setCurrentIndex(index)

    def show_day(self, day: date, select_id: int | None = None) -> None:
        self._select_after_load = select_id
        if self.current_day() == day:
            self.reload()
        else:
            self.date_edit.setDate(_qdate(day))

    def shift_day(self, days: int) -> None:
        self.show_day(self.current_day() + timedelta(days=days))

    def reload(self) -> None:
        specialist_id = self.current_specialist_id()
        self._generation += 1
        generation = self._generation
        if specialist_id is None:
            self._loading = False
            self._entries = []
            self._fill_table()
            self.empty_label.setText(
                self.tr("No specialist has a consultation schedule yet (an administrator sets it).")
            )
            self.empty_label.show()
            return
        db, actor, day = self._db, self._actor, self.current_day()
        self._loading = True
        self.count_label.setText(self.tr("Loading…"))
        guard = QObject(self)

        def on_done(entries: list[DayEntry]) -> None:
            if shiboken6.isValid(guard) and generation == self._generation:
                self._loading = False
                self._entries = entries
                self._fill_table()

        def on_error(error: BaseException) -> None:
            if shiboken6.isValid(guard) and generation == self._generation:
                self._loading = False
                self._failed(error)

        run_in_background(
            lambda: day_view(db.uow(), actor=actor, specialist_id=specialist_id, day=day), on_done, on_error
        )

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        if isinstance(error, ReceptionError):
            self.statusBar().showMessage(error.message, 15_000)
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _fill_table(self) -> None:
        keep = self._select_after_load or self.current_consultation_id()
        self._select_after_load = None
        self.day_table.setRowCount(0)
        self.day_table.setRowCount(len(self._entries))
        select_row = 0
        for row, entry in enumerate(self._entries):
            view = entry.consultation
            cells = (
                f"{format_time(view.starts_at)}–{format_time(view.ends_at)}",
                label_of(view.status),
                citizen_name(view.applicant) or self.tr("(no name)"),
                format_short(view.format),
                f"{view.topic_code} {view.topic_name}".strip() if view.topic_code else view.description[:80],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the topic column is cut to the window's width
                item.setData(ID_ROLE, view.id)
                colour = STATUS_COLOURS.get(view.status)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.day_table.setItem(row, column, item)
            if view.id == keep:
                select_row = row
        self.empty_label.setText(self.tr("No consultations on this day (Alt+Right: the next day)."))
        self.empty_label.setVisible(not self._entries)
        active = sum(1 for e in self._entries if e.consultation.status is ConsultationStatus.BOOKED)
        self.count_label.setText(
            self.tr("Consultations: %1, still to hold: %2")
            .replace("%1", str(len(self._entries)))
            .replace("%2", str(active))
        )
        if self._entries:
            self.day_table.setCurrentCell(select_row, 0)
        self._show_current()
        self.sig_loaded.emit(len(self._entries))

    # --- the consultation shown -------------------------------------------------------------------

    def current_entry(self) -> DayEntry | None:
        row = self.day_table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def current_consultation_id(self) -> int | None:
        entry = self.current_entry()
        return entry.consultation.id if entry is not None else None

    def consultation_ids(self) -> list[int]:
        return [e.consultation.id for e in self._entries]

    def _may_record(self, view: ConsultationView) -> bool:
        return view.specialist_id == self._actor.id or allows(
            self._actor.role, Permission.RECORD_CONSULTATIONS
        )

    def _show_current(self) -> None:
        entry = self.current_entry()
        for widget in (self.appeals_list, self.consultations_list, self.properties_list):
            widget.clear()
        self.history_view.clear()
        if entry is None:
            self.details_label.setText("")
            for button in (
                self.open_link_button,
                self.outcome_button,
                self.appeal_button,
                self.reschedule_button,
                self.cancel_button,
            ):
                button.setEnabled(False)
            return
        view = entry.consultation
        self.details_label.setText(self._details_html(view))
        booked = view.status is ConsultationStatus.BOOKED
        may_book = allows(self._actor.role, Permission.BOOK_CONSULTATIONS)
        self.open_link_button.setEnabled(bool(view.meeting_link) and view.format is ConsultationFormat.VIDEO)
        correctable = (
            not booked
            and view.appeal_id is None
            and outcome_correctable(view.outcome_at, view.status, datetime.now(UTC))
        )
        self.outcome_button.setText(
            self.tr("C&orrect the outcome…") if correctable else self.tr("Record the &outcome…")
        )
        self.outcome_button.setEnabled((booked or correctable) and self._may_record(view))
        self.reschedule_button.setEnabled(booked and may_book)
        self.cancel_button.setEnabled(booked and may_book)
        if view.appeal_id is not None:
            self.appeal_button.setText(self.tr("Open appeal %s") % (view.appeal_reg_number or ""))
            self.appeal_button.setEnabled(True)
        else:
            self.appeal_button.setText(self.tr("Register an &appeal"))
            may_register = view.specialist_id == self._actor.id or allows(
                self._actor.role, Permission.REGISTER_APPEAL
            )
            self.appeal_button.setEnabled(view.status is ConsultationStatus.HELD and may_register)
        for appeal in entry.earlier_appeals:
            item = QListWidgetItem(
                f"{appeal.reg_number} · {format_date(appeal.registered_at.astimezone().date())} · "
                f"{label_of(appeal.status)} · {appeal.summary}"
            )
            item.setData(ID_ROLE, appeal.id)
            self.appeals_list.addItem(item)
        for earlier in entry.earlier_consultations:
            item = QListWidgetItem(
                f"{when_text(earlier.starts_at)} · {label_of(earlier.status)} · {short_name(earlier.specialist_name)}"
                f" · {label_of(earlier.format)}" + (f" · {earlier.topic_name}" if earlier.topic_name else "")
            )
            item.setData(ID_ROLE, earlier.id)
            self.consultations_list.addItem(item)
        for record in entry.properties:
            item = QListWidgetItem(f"{record.cadastral_number or '—'} · {record.address}")
            item.setData(ID_ROLE, record.id)
            self.properties_list.addItem(item)
        self.tabs.setTabText(0, self.tr("Earlier appeals (%d)") % len(entry.earlier_appeals))
        self.tabs.setTabText(1, self.tr("Earlier consultations (%d)") % len(entry.earlier_consultations))
        self.tabs.setTabText(2, self.tr("Properties (%d)") % len(entry.properties))
        self._load_history(view.id)

    def _load_history(self, consultation_id: int) -> None:
        """The booking's steps (and those of the bookings it was moved from), off the UI thread."""
        self._history_generation += 1
        generation = self._history_generation
        db, actor = self._db, self._actor
        self._loading_history = True
        guard = QObject(self)

        def on_done(entries: list[HistoryEntry]) -> None:
            if shiboken6.isValid(guard) and generation == self._history_generation:
                self._loading_history = False
                self.history_view.setPlainText(history_text(entries))

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(guard) or generation != self._history_generation:
                return
            self._loading_history = False
            if isinstance(error, ReceptionError):
                self.history_view.setPlainText(error.message)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: consultation_history(db.uow(), actor=actor, consultation_id=consultation_id),
            on_done,
            on_error,
        )

    def _details_html(self, view: ConsultationView) -> str:
        def escape(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        applicant = view.applicant
        contacts = " · ".join(
            part
            for part in (format_phone(applicant.phone) if applicant.phone else "", applicant.email)
            if part
        )
        rows = [
            f"<b>{escape(citizen_name(applicant) or self.tr('(no name)'))}</b>"
            + (f" · {escape(contacts)}" if contacts else ""),
            f"{when_text(view.starts_at)}–{format_time(view.ends_at)} · {escape(label_of(view.format))} · "
            f"<b>{escape(label_of(view.status))}</b>",
        ]
        if view.topic_code:
            rows.append(self.tr("Topic: %s") % escape(f"{view.topic_code} {view.topic_name}".strip()))
        if view.description:
            rows.append(self.tr("Question: %s") % escape(view.description))
        if view.property_address:
            rows.append(
                self.tr("Property: %s")
                % f'<a href="property:{view.property_id}">{escape(view.property_address)}</a>'
            )
        if view.meeting_link and view.format is ConsultationFormat.VIDEO:
            rows.append(
                self.tr("Link: %s") % f'<a href="{escape(view.meeting_link)}">{escape(view.meeting_link)}</a>'
            )
        if view.oral_answer:
            rows.append(self.tr("Oral answer: %s") % escape(view.oral_answer))
        if view.answer_kind is not None:
            rows.append(escape(label_of(view.answer_kind)))
        if view.appeal_id is not None:
            rows.append(
                self.tr("Appeal: %s")
                % f'<a href="appeal:{view.appeal_id}">{escape(view.appeal_reg_number or "")}</a>'
            )
        if view.moved_from_id is not None:
            rows.append(self.tr("Moved from booking № %d") % view.moved_from_id)
        return "<br>".join(rows)

    # --- actions --------------------------------------------------------------------------------

    def _on_details_link_activated(self, link: str) -> None:
        if link.startswith("property:"):
            self.open_property(int(link.split(":", 1)[1]))
        elif link.startswith("appeal:"):
            self.open_appeal(int(link.split(":", 1)[1]))
        else:
            QDesktopServices.openUrl(QUrl(link))

    def open_meeting_link(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.consultation.meeting_link:
            QDesktopServices.openUrl(QUrl(entry.consultation.meeting_link))

    def open_appeal(self, appeal_id: int) -> None:
        """The appeal editor, through the main window when there is one (it refreshes the register)."""
        host = self.parentWidget()
        opener = find_host(host, "open_appeal") if host is not None else None
        if opener is not None:
            opener(appeal_id, self)
            return
        try:
            appeal = get_appeal(self._db.uow(), actor=self._actor, appeal_id=appeal_id)
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        dialog = AppealDialog(self._db, self._actor, self._topics, appeal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_property(self, property_id: int) -> None:
        host = self.parentWidget()
        opener = find_host(host, "open_property_card") if host is not None else None
        if opener is not None:
            opener(property_id, self)
            return
        card = PropertyCardDialog(self._db, self._actor, property_id, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def _on_appeals_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_appeal(int(item.data(ID_ROLE)))

    def _on_properties_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_property(int(item.data(ID_ROLE)))

    def _on_consultations_list_item_activated(self, item: QListWidgetItem) -> None:
        """Go to the day of an earlier consultation, with it selected."""
        try:
            view = get_consultation(
                self._db.uow(), actor=self._actor, consultation_id=int(item.data(ID_ROLE))
            )
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.show_consultation(view)

    def show_consultation(self, view: ConsultationView) -> None:
        """The consultation's specialist and day, with it selected (also from the appeal editor)."""
        if not self._specialists_loaded:
            self._pending_consultation = view  # shown once the specialists are in the list
            return
        self._select_after_load = view.id
        self.specialist_combo.blockSignals(True)
        if self.specialist_combo.findData(view.specialist_id) < 0:
            # A specialist whose schedule has ended still has their past days.
            self.specialist_combo.addItem(view.specialist_name, view.specialist_id)
        self.show_specialist(view.specialist_id)
        self.specialist_combo.blockSignals(False)
        self.show_day(view.starts_at.date(), select_id=view.id)

    def _on_record_outcome(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.outcome_button.isEnabled():
            return
        dialog = OutcomeDialog(self._db, self._actor, self._topics, entry.consultation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_recorded.connect(lambda _view: self.reload())
        dialog.sig_appeal_registered.connect(self._on_appeal_registered)
        self.outcome_dialog = dialog
        dialog.open()

    def _on_appeal_registered(self, appeal_id: int) -> None:
        self.reload()
        self.open_appeal(appeal_id)

    def _on_appeal_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        view = entry.consultation
        if view.appeal_id is not None:
            self.open_appeal(view.appeal_id)
            return
        try:
            appeal_id = register_appeal_from_consultation(
                self._db.uow(), actor=self._actor, consultation_id=view.id
            )
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self._on_appeal_registered(appeal_id)

    def _on_reschedule(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.reschedule_button.isEnabled():
            return
        dialog = RescheduleDialog(self._db, self._actor, entry.consultation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_rescheduled.connect(self._on_rescheduled)
        self.reschedule_dialog = dialog
        dialog.open()

    def _on_rescheduled(self, moved: ConsultationView) -> None:
        self.statusBar().showMessage(
            self.tr("Moved to %1, %2")
            .replace("%1", when_text(moved.starts_at))
            .replace("%2", moved.specialist_name),
            30_000,
        )
        self.reload()

    def _on_cancel(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.cancel_button.isEnabled():
            return
        dialog = CancelBookingDialog(self._db, self._actor, entry.consultation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_cancelled.connect(lambda _view: self.reload())
        self.cancel_dialog = dialog
        dialog.open()

    def open_booking(self) -> BookingDialog:
        dialog = BookingDialog(self._db, self._actor, self._topics, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_booked.connect(self.booking_made)
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    def booking_made(self, booked: ConsultationView) -> None:
        if (
            booked.specialist_id == self.current_specialist_id()
            and booked.starts_at.date() == self.current_day()
        ):
            self._select_after_load = booked.id
            self.reload()
