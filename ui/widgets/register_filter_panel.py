"""The register's filter panel: status, channel, kind, topic (with its subtree), executor, department,
received dates and deadlines. Each field narrows the register; an empty field does not.

The lists of executors and departments are fetched in the background the first time the panel is
shown, so nothing is read before the main window appears.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reception.db.database import Database
from reception.domain.appeals import AppealKind, AppealStatus, Channel
from reception.domain.deadlines import office_date
from reception.domain.permissions import Role
from reception.services.departments import DepartmentView, list_departments
from reception.services.register_query import RegisterFilter
from reception.services.users import UserView, list_users
from ui.labels import label_of
from ui.tasks import run_in_background
from ui.topics import TopicCatalog

# The deadline field's choices (its item data).
ANY, DUE_SOON, OVERDUE, ANSWERED_LATE = "", "due_soon", "overdue", "answered_late"
# A date edit at its minimum shows "—": no bound.
NO_DATE = QDate(2000, 1, 1)


class RegisterFilterPanel(QWidget):
    """Fields over RegisterFilter; `apply_to` narrows a filter by them, `show_filters` shows one."""

    sig_changed = Signal()

    def __init__(
        self, db: Database, actor: UserView, topics: TopicCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("register_filter_panel")
        self._db = db
        self._actor = actor
        self._topics = topics
        self._lists_requested = False
        self._lists_loaded = False
        self._quiet = False
        # Values asked for (by a saved view) before the lists arrived: chosen when they do.
        self._pending: dict[str, int | None] = {}

        self.status_combo = self._combo(self.tr("Any status"), self.tr("Status"))
        for status in AppealStatus:
            self.status_combo.addItem(label_of(status), status.value)
        self.channel_combo = self._combo(self.tr("Any channel"), self.tr("Channel"))
        for channel in Channel:
            self.channel_combo.addItem(label_of(channel), channel.value)
        self.kind_combo = self._combo(self.tr("Any kind"), self.tr("Kind"))
        for kind in AppealKind:
            self.kind_combo.addItem(label_of(kind), kind.value)
        self.deadline_combo = self._combo(self.tr("Any deadline"), self.tr("Deadline"))
        self.deadline_combo.addItem(self.tr("Due soon"), DUE_SOON)
        self.deadline_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.deadline_combo.addItem(self.tr("Answered late"), ANSWERED_LATE)

        self.topic_combo = self._combo(self.tr("Any topic"), self.tr("Topic (with its subtopics)"))
        self.topic_combo.setEditable(True)
        self.topic_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic_combo.setMinimumContentsLength(24)
        completer = self.topic_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        topic_edit = self.topic_combo.lineEdit()
        assert topic_edit is not None  # the combo is editable
        topic_edit.setPlaceholderText(self.tr("Any topic"))
        self.executor_combo = self._combo(self.tr("Any executor"), self.tr("Executor"))
        self.department_combo = self._combo(self.tr("Any department"), self.tr("Department"))

        self.received_from = self._date_edit(self.tr("Received from (inclusive)"))
        self.received_to = self._date_edit(self.tr("Received up to (inclusive)"))

        self.property_button = QPushButton(self.tr("Linked property…"))
        self.property_button.setToolTip(self.tr("Show only the appeals about one property"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every appeal again (the search box stays)"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        left, middle, right = QFormLayout(), QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Status:"), self.status_combo)
        left.addRow(self.tr("C&hannel:"), self.channel_combo)
        left.addRow(self.tr("&Kind:"), self.kind_combo)
        middle.addRow(self.tr("&Topic:"), self.topic_combo)
        middle.addRow(self.tr("E&xecutor:"), self.executor_combo)
        middle.addRow(self.tr("&Department:"), self.department_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.received_from)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.received_to)
        received_label = QLabel(self.tr("&Received:"))
        received_label.setBuddy(self.received_from)
        right.addRow(received_label, dates)
        right.addRow(self.tr("Dead&line:"), self.deadline_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.property_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        right.addRow(buttons)
        for form in (left, middle, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.addLayout(form, 1)

        for combo in (
            self.status_combo,
            self.channel_combo,
            self.kind_combo,
            self.deadline_combo,
            self.executor_combo,
            self.department_combo,
        ):
            combo.currentIndexChanged.connect(self._on_field_changed)
        self.topic_combo.activated.connect(self._on_field_changed)
        topic_edit.editingFinished.connect(self._on_topic_edited)
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(self._on_field_changed)

    def _combo(self, empty: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(empty, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    # --- the lists, read once the panel is first shown ---------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_lists()

    def load_lists(self) -> None:
        if self._lists_requested:
            return
        self._lists_requested = True
        db, actor, topics = self._db, self._actor, self._topics

        def work() -> tuple[list[UserView], list[DepartmentView]]:
            topics.topics()
            return list_users(db.uow(), actor=actor, role=Role.EXECUTOR), list_departments(db.uow())

        run_in_background(work, self._on_lists_loaded, lambda _error: None)

    def _on_lists_loaded(self, lists: tuple[list[UserView], list[DepartmentView]]) -> None:
        executors, departments = lists
        self._quiet = True
        try:
            for user in executors:
                self.executor_combo.addItem(user.full_name, user.id)
            for department in departments:
                self.department_combo.addItem(department.name, department.id)
            present = {self.topic_combo.itemData(i) for i in range(self.topic_combo.count())}
            for topic in self._topics.topics():
                if topic.code in present:
                    continue
                self.topic_combo.addItem(
                    "    " * max(topic.level - 1, 0) + f"{topic.code} — {topic.name}", topic.code
                )
            self._choose(self.executor_combo, self._pending.pop("executor", None))
            self._choose(self.department_combo, self._pending.pop("department", None))
            self._lists_loaded = True
        finally:
            self._quiet = False

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    # --- reading and showing filters ---------------------------------------------------------------

    def _on_field_changed(self) -> None:
        if not self._quiet:
            self.sig_changed.emit()

    def _on_topic_edited(self) -> None:
        text = self.topic_combo.currentText().strip()
        if not text:
            self.topic_combo.setCurrentIndex(0)
        else:
            code = text.split("—", 1)[0].strip()
            index = self.topic_combo.findData(code)
            if index >= 0:
                self.topic_combo.setCurrentIndex(index)
        self._on_field_changed()

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def topic_code(self) -> str | None:
        code = self.topic_combo.currentData()
        if code is None and self.topic_combo.currentIndex() > 0:
            return None
        return str(code) if code else None

    def apply_to(self, filters: RegisterFilter) -> RegisterFilter:
        """`filters` narrowed by every field that is set (a field set here wins over the same one there)."""
        status, channel, kind = (
            c.currentData() for c in (self.status_combo, self.channel_combo, self.kind_combo)
        )
        executor, department = self.executor_combo.currentData(), self.department_combo.currentData()
        if status:
            filters = replace(filters, status=AppealStatus(status))
        if channel:
            filters = replace(filters, channel=Channel(channel))
        if kind:
            filters = replace(filters, kind=AppealKind(kind))
        topic = self.topic_code()
        if topic:
            filters = replace(filters, topic_code=topic)
        if executor is not None:
            filters = replace(filters, assignee_id=int(executor))
        if department is not None:
            filters = replace(filters, department_id=int(department))
        received_from, received_to = self._date(self.received_from), self._date(self.received_to)
        if received_from is not None:
            filters = replace(filters, received_from=received_from)
        if received_to is not None:
            filters = replace(filters, received_to=received_to)
        deadline = self.deadline_combo.currentData()
        if deadline:
            today = office_date(datetime.now(UTC))
            filters = replace(
                filters,
                overdue_on=today if deadline == OVERDUE else None,
                due_soon_on=today if deadline == DUE_SOON else None,
                answered_late=deadline == ANSWERED_LATE,
            )
        return filters

    def active_count(self) -> int:
        """How many fields narrow the register (shown on the panel's toggle)."""
        combos = (
            self.status_combo,
            self.channel_combo,
            self.kind_combo,
            self.executor_combo,
            self.department_combo,
            self.deadline_combo,
        )
        dates = (self._date(self.received_from), self._date(self.received_to))
        return (
            sum(1 for c in combos if c.currentIndex() > 0)
            + (1 if self.topic_code() else 0)
            + sum(1 for d in dates if d is not None)
        )

    def show_filters(self, filters: RegisterFilter) -> None:
        """Set every field from `filters` (a saved view), without announcing each change."""
        self._quiet = True
        try:
            self._choose(self.status_combo, filters.status.value if filters.status else None)
            self._choose(self.channel_combo, filters.channel.value if filters.channel else None)
            self._choose(self.kind_combo, filters.kind.value if filters.kind else None)
            self._choose(self.executor_combo, filters.assignee_id)
            self._choose(self.department_combo, filters.department_id)
            for key, value in (("executor", filters.assignee_id), ("department", filters.department_id)):
                if not self._lists_loaded:
                    self._pending[key] = value
            self._show_topic(filters.topic_code)
            for edit, day in (
                (self.received_from, filters.received_from),
                (self.received_to, filters.received_to),
            ):
                edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            deadline = (
                OVERDUE
                if filters.overdue_on
                else DUE_SOON
                if filters.due_soon_on
                else ANSWERED_LATE
                if filters.answered_late
                else None
            )
            self._choose(self.deadline_combo, deadline)
        finally:
            self._quiet = False
        if not self._lists_requested:
            self.load_lists()

    def _show_topic(self, code: str | None) -> None:
        if not code:
            self.topic_combo.setCurrentIndex(0)
            return
        index = self.topic_combo.findData(code)
        if index < 0:
            self.topic_combo.addItem(self._topics.caption(code), code)
            index = self.topic_combo.count() - 1
        self.topic_combo.setCurrentIndex(index)

    def clear(self) -> None:
        self.show_filters(RegisterFilter())
        self.sig_changed.emit()
