"""Administrator: the specialists' consultation schedules, their absences and the meeting link template.

Pick a user on the left; on the right their week (hours per weekday), slot length, breaks, format and
topics (classifier subtrees; none means every topic), and one-off absences (leave, sick day). The
core checks everything (`set_schedule`, `add_absence`); the form marks what it refuses.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.consultations import (
    DEFAULT_SLOT_MINUTES,
    MAX_SLOT_MINUTES,
    MIN_SLOT_MINUTES,
    WEEKDAY_LABELS,
    Absence,
    ScheduleFormat,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
    parse_time_range,
)
from reception.domain.deadlines import office_date
from reception.domain.errors import FieldError, ReceptionError, ValidationError
from reception.domain.permissions import Role
from reception.services.consultations import (
    SpecialistView,
    add_absence,
    get_link_template,
    list_specialists,
    remove_absence,
    set_link_template,
    set_schedule,
)
from reception.services.users import UserView, list_users
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.locale_format import format_date
from ui.topics import TopicCatalog, code_from_caption
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    EnterKeyFilter,
    FieldErrors,
    error_label,
    field_box,
    show_message,
)

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_HOURS = "09:00-18:00"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SchedulesDialog(QDialog):
    def __init__(
        self, db: Database, actor: UserView, topics: TopicCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._topics = topics
        self._users: list[UserView] = []
        self._specialists: dict[int, SpecialistView] = {}
        self.setWindowTitle(self.tr("Consultation schedules"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self._enter = EnterKeyFilter(self)
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------------

    def _with_error(self, path: str, widget: QWidget, layout_widget: QWidget | None = None) -> QWidget:
        return field_box(self.errors, path, widget, content=layout_widget)

    def _build(self) -> None:
        self.users_list = QListWidget()
        self.users_list.setAccessibleName(self.tr("Users"))
        self.users_list.currentRowChanged.connect(lambda _row: self._show_user())
        users_box = QGroupBox(self.tr("Users"))
        users_layout = QVBoxLayout(users_box)
        hint = QLabel(self.tr("✓ — has a schedule"))
        hint.setProperty("role", "hint")
        users_layout.addWidget(self.users_list, 1)
        users_layout.addWidget(hint)

        # The week
        week = QWidget()
        grid = QGridLayout(week)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day_checks: list[QCheckBox] = []
        self.hours_edits: list[QLineEdit] = []
        for weekday, name in enumerate(WEEKDAY_LABELS):
            check = QCheckBox(name)
            edit = QLineEdit(DEFAULT_HOURS)
            edit.setPlaceholderText(DEFAULT_HOURS)
            edit.setMaximumWidth(130)
            # «09:00-18:00» whole, not cut at the left when the users' list takes its width.
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00-00:00") + 14)
            check.toggled.connect(edit.setEnabled)
            check.setChecked(weekday < 5)
            edit.setEnabled(weekday < 5)
            grid.addWidget(check, 0, weekday)
            grid.addWidget(edit, 1, weekday)
            self.day_checks.append(check)
            self.hours_edits.append(edit)
        self.slot_spin = QSpinBox()
        self.slot_spin.setRange(MIN_SLOT_MINUTES, MAX_SLOT_MINUTES)
        self.slot_spin.setValue(DEFAULT_SLOT_MINUTES)
        self.slot_spin.setSuffix(self.tr(" min"))
        self.breaks_edit = QLineEdit()
        self.breaks_edit.setPlaceholderText(self.tr("e.g. 13:00-14:00, 16:00-16:15"))
        self.format_combo = QComboBox()
        for fmt in ScheduleFormat:
            self.format_combo.addItem(label_of(fmt), fmt.value)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("classifier code or words of the topic, then Enter"))
        completer = QCompleter(QStringListModel(self._topics.captions(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._add_topic)
        self.topic_edit.setCompleter(completer)
        self._enter.watch(self.topic_edit, lambda: self._add_topic(self.topic_edit.text()))
        self.topics_list = QListWidget()
        self.topics_list.setMaximumHeight(90)
        self.topics_list.setToolTip(self.tr("Del removes the highlighted topic; no topics means every topic"))
        QShortcut(QKeySequence.StandardKey.Delete, self.topics_list, self._remove_topic)
        self.save_button = QPushButton(self.tr("&Save the schedule"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_schedule)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_schedule)
        self.schedule_label = QLabel()
        self.schedule_label.setProperty("role", "hint")
        self.schedule_label.setWordWrap(True)

        schedule_box = QGroupBox(self.tr("Weekly schedule"))
        form = QFormLayout(schedule_box)
        form.addRow(self.schedule_label)
        week_label = QLabel(self.tr("&Days and hours:"))
        week_label.setBuddy(self.day_checks[0])
        self._week_box = self._with_error("weekdays", week)
        hours_error = error_label()
        self._week_box.layout().addWidget(hours_error)
        self.errors.add("hours", week, hours_error)
        form.addRow(week_label, self._week_box)
        for text, widget, path in (
            (self.tr("S&lot length:"), self.slot_spin, "slot_minutes"),
            (self.tr("&Breaks:"), self.breaks_edit, "breaks"),
            (self.tr("&Format:"), self.format_combo, "format"),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self._with_error(path, widget))
        topic_label = QLabel(self.tr("&Topics:"))
        topic_label.setBuddy(self.topic_edit)
        topics_box = QWidget()
        topics_layout = QVBoxLayout(topics_box)
        topics_layout.setContentsMargins(0, 0, 0, 0)
        topics_layout.addWidget(self.topic_edit)
        topics_layout.addWidget(self.topics_list)
        form.addRow(topic_label, self._with_error("topics", self.topics_list, topics_box))
        save_line = QHBoxLayout()
        save_line.addStretch(1)
        save_line.addWidget(self.save_button)
        form.addRow(save_line)

        # Absences
        today = office_date(datetime.now(UTC))
        self.absences_list = QListWidget()
        self.absences_list.setMaximumHeight(90)
        self.absence_first_edit = QDateEdit(_qdate(today))
        self.absence_first_edit.setCalendarPopup(True)
        self.absence_first_edit.setDisplayFormat("dd.MM.yyyy")
        self.absence_last_edit = QDateEdit(_qdate(today))
        self.absence_last_edit.setCalendarPopup(True)
        self.absence_last_edit.setDisplayFormat("dd.MM.yyyy")
        self.absence_reason_edit = QLineEdit()
        self.absence_reason_edit.setPlaceholderText(self.tr("leave, sick day…"))
        self.add_absence_button = QPushButton(self.tr("&Add absence"))
        self.add_absence_button.setAutoDefault(False)
        self.add_absence_button.clicked.connect(self.add_absence)
        self.remove_absence_button = QPushButton(self.tr("Re&move absence"))
        self.remove_absence_button.setAutoDefault(False)
        self.remove_absence_button.clicked.connect(self.remove_absence)
        absence_box = QGroupBox(self.tr("Absences"))
        self.absences_list.setAccessibleName(absence_box.title())
        absence_layout = QVBoxLayout(absence_box)
        absence_layout.addWidget(self.absences_list)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("From")))
        line.addWidget(self.absence_first_edit)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.absence_last_edit)
        line.addWidget(self.absence_reason_edit, 1)
        line.addWidget(self.add_absence_button)
        absence_layout.addLayout(line)
        absence_error = error_label()
        absence_layout.addWidget(absence_error)
        self.errors.add("last_day", self.absence_last_edit, absence_error)
        remove_line = QHBoxLayout()
        remove_line.addStretch(1)
        remove_line.addWidget(self.remove_absence_button)
        absence_layout.addLayout(remove_line)
        self._absence_box = absence_box

        # The meeting link template (one for the office)
        self.template_edit = QLineEdit()
        self.save_template_button = QPushButton(self.tr("Save the &template"))
        self.save_template_button.setAutoDefault(False)
        self.save_template_button.clicked.connect(self.save_template)
        template_box = QGroupBox(self.tr("Video meeting link template"))
        self.template_edit.setAccessibleName(template_box.title())
        template_layout = QHBoxLayout(template_box)
        template_layout.addWidget(self._with_error("meeting_link_template", self.template_edit), 1)
        template_layout.addWidget(self.save_template_button, 0, Qt.AlignmentFlag.AlignTop)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(schedule_box)
        right_layout.addWidget(absence_box)
        right_layout.addWidget(template_box)
        right_layout.addStretch(1)
        self._editor = right
        splitter = QSplitter()
        splitter.addWidget(users_box)
        splitter.addWidget(right)
        splitter.setSizes([380, 780])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(buttons)
        self.resize(1280, 720)
        name_controls(self)  # every input named for screen readers

    # --- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current_user_id()
        try:
            users = list_users(self._db.uow(), actor=self._actor)
            specialists = list_specialists(self._db.uow(), actor=self._actor)
            template = get_link_template(self._db.uow())
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self._users = [u for u in users if u.is_active]
        self._specialists = {s.id: s for s in specialists}
        self.template_edit.setText(template)
        self.users_list.blockSignals(True)
        self.users_list.clear()
        select = 0
        for number, user in enumerate(self._users):
            mark = "✓ " if user.id in self._specialists else "    "
            item = QListWidgetItem(f"{mark}{user.full_name} ({label_of(user.role)})")
            item.setToolTip(item.text().strip())
            item.setData(ID_ROLE, user.id)
            self.users_list.addItem(item)
            if user.id == keep or (keep is None and user.id in self._specialists):
                keep = user.id
                select = number
            elif keep is None and user.role is Role.EXECUTOR and select == 0:
                select = number
        self.users_list.blockSignals(False)
        self._fit_users_list()
        if self._users:
            self.users_list.setCurrentRow(select)
        self._show_user()

    def _fit_users_list(self) -> None:
        """The users' side as wide as its longest «name (role)» line (at most 480 px; a tooltip has it all)."""
        scroll_bar = self.users_list.verticalScrollBar().sizeHint().width()
        needed = self.users_list.sizeHintForColumn(0) + 2 * self.users_list.frameWidth() + scroll_bar + 8
        self.users_list.setMinimumWidth(min(needed, 480))

    def current_user_id(self) -> int | None:
        item = self.users_list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_user(self) -> None:
        self.errors.clear()
        user_id = self.current_user_id()
        self._editor.setEnabled(user_id is not None)
        specialist = self._specialists.get(user_id) if user_id is not None else None
        self._absence_box.setEnabled(specialist is not None)
        self.absences_list.clear()
        self.topics_list.clear()
        if specialist is None:
            self.schedule_label.setText(self.tr("No schedule yet: set the days and hours and save."))
            for weekday, (check, edit) in enumerate(zip(self.day_checks, self.hours_edits, strict=True)):
                check.setChecked(weekday < 5)
                edit.setText(DEFAULT_HOURS)
            self.slot_spin.setValue(DEFAULT_SLOT_MINUTES)
            self.breaks_edit.clear()
            self.format_combo.setCurrentIndex(self.format_combo.findData(ScheduleFormat.BOTH.value))
            return
        schedule = specialist.schedule
        self.schedule_label.setText(self.tr("Now: %s") % schedule.describe())
        for weekday, (check, edit) in enumerate(zip(self.day_checks, self.hours_edits, strict=True)):
            hours = schedule.hours_of(weekday)
            check.setChecked(hours is not None)
            edit.setText(str(hours) if hours is not None else DEFAULT_HOURS)
        self.slot_spin.setValue(schedule.slot_minutes)
        self.breaks_edit.setText(", ".join(str(b) for b in schedule.breaks))
        self.format_combo.setCurrentIndex(self.format_combo.findData(schedule.format.value))
        for code in schedule.topic_codes:
            self._append_topic(code)
        for absence in specialist.absences:
            text = f"{format_date(absence.first_day)} – {format_date(absence.last_day)}"
            item = QListWidgetItem(text + (f" · {absence.reason}" if absence.reason else ""))
            item.setData(ID_ROLE, absence.first_day.isoformat())
            self.absences_list.addItem(item)

    # --- topics ---------------------------------------------------------------------------------

    def topic_codes(self) -> list[str]:
        return [self.topics_list.item(i).data(ID_ROLE) for i in range(self.topics_list.count())]

    def _append_topic(self, code: str) -> None:
        item = QListWidgetItem(self._topics.caption(code))
        item.setData(ID_ROLE, code)
        self.topics_list.addItem(item)

    def _add_topic(self, text: str) -> None:
        code = code_from_caption(text)
        if code and code not in self.topic_codes():
            self._append_topic(code)
        self.topic_edit.clear()

    def _remove_topic(self) -> None:
        row = self.topics_list.currentRow()
        if row >= 0:
            self.topics_list.takeItem(row)

    # --- saving ---------------------------------------------------------------------------------

    def schedule(self) -> WeeklySchedule:
        """The schedule the form holds; ValidationError names every piece that does not parse."""
        errors: list[FieldError] = []
        days: list[WorkingHours] = []
        for weekday, (check, edit) in enumerate(zip(self.day_checks, self.hours_edits, strict=True)):
            if not check.isChecked():
                continue
            try:
                days.append(WorkingHours(weekday, parse_time_range(edit.text(), "hours")))
            except ValidationError as error:
                errors += [
                    FieldError("hours", f"{WEEKDAY_LABELS[weekday]}: {e.message}") for e in error.errors
                ]
        breaks: list[TimeRange] = []
        for piece in filter(None, (p.strip() for p in self.breaks_edit.text().split(","))):
            try:
                breaks.append(parse_time_range(piece, "breaks"))
            except ValidationError as error:
                errors += error.errors
        if errors:
            raise ValidationError(errors)
        return WeeklySchedule(
            days=tuple(days),
            slot_minutes=self.slot_spin.value(),
            breaks=tuple(breaks),
            format=ScheduleFormat(self.format_combo.currentData()),
            topic_codes=tuple(self.topic_codes()),
        )

    def save_schedule(self) -> None:
        user_id = self.current_user_id()
        if user_id is None:
            return
        self.errors.clear()
        try:
            saved = set_schedule(
                self._db.uow(), actor=self._actor, specialist_id=user_id, schedule=self.schedule()
            )
        except ValidationError as error:
            self.errors.show_all(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self._specialists[saved.id] = saved
        self.reload()
        self.schedule_label.setText(self.tr("Saved: %s") % saved.schedule.describe())

    def add_absence(self) -> None:
        user_id = self.current_user_id()
        if user_id is None:
            return
        self.errors.clear()
        first: date = self.absence_first_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.absence_last_edit.date().toPython()  # type: ignore[assignment]
        try:
            add_absence(
                self._db.uow(),
                actor=self._actor,
                specialist_id=user_id,
                absence=Absence(first, last, self.absence_reason_edit.text().strip()),
            )
        except ValidationError as error:
            self.errors.show_all(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.absence_reason_edit.clear()
        self.reload()

    def remove_absence(self) -> None:
        user_id = self.current_user_id()
        item = self.absences_list.currentItem()
        if user_id is None or item is None:
            return
        try:
            remove_absence(
                self._db.uow(),
                actor=self._actor,
                specialist_id=user_id,
                first_day=date.fromisoformat(str(item.data(ID_ROLE))),
            )
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.reload()

    def save_template(self) -> None:
        self.errors.clear()
        try:
            saved = set_link_template(self._db.uow(), actor=self._actor, template=self.template_edit.text())
        except ValidationError as error:
            self.errors.show_all(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.template_edit.setText(saved)
        show_message(self, self.tr("The meeting link template is saved."))
