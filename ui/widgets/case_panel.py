"""The «Case progress» tab of the appeal editor: who holds the appeal, its deadlines, the steps
offered now and each question's outcome.

The panel only shows: the steps are exactly the core's `available_actions`, the markers are the
core's `is_overdue` / `is_due_soon` / `answered_late`. Running a step is the editor's job; the
panel asks for it through `sig_step_requested`.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.domain.appeals import Outcome
from reception.domain.deadlines import office_date
from reception.domain.workflow import Action
from reception.services.appeals import AppealView
from ui.labels import label_of
from ui.locale_format import format_date
from ui.widgets.form import error_label
from ui.widgets.markers import answered_late_icon, due_soon_icon, overdue_icon

# Ctrl+Shift+letter from anywhere in the editor; the letters follow the English names.
SHORTCUTS: dict[Action, str] = {
    Action.ASSIGN: "Ctrl+Shift+A",
    Action.START: "Ctrl+Shift+S",
    Action.PREPARE_ANSWER: "Ctrl+Shift+P",
    Action.RETURN_FOR_REWORK: "Ctrl+Shift+R",
    Action.APPROVE_ANSWER: "Ctrl+Shift+Y",
    Action.CLOSE: "Ctrl+Shift+C",
    Action.FORWARD: "Ctrl+Shift+F",
    Action.LEAVE_WITHOUT_ANSWER: "Ctrl+Shift+L",
    Action.WITHDRAW: "Ctrl+Shift+W",
    Action.EXTEND: "Ctrl+Shift+E",
}

# Alt+letter on the buttons; steps offered together never share a letter.
MNEMONICS: dict[Action, str] = {
    Action.ASSIGN: "Н",
    Action.START: "П",
    Action.PREPARE_ANSWER: "О",
    Action.RETURN_FOR_REWORK: "В",
    Action.APPROVE_ANSWER: "У",
    Action.CLOSE: "З",
    Action.FORWARD: "к",
    Action.LEAVE_WITHOUT_ANSWER: "б",
    Action.WITHDRAW: "я",
    Action.EXTEND: "л",
}


def with_mnemonic(action: Action) -> str:
    label = label_of(action)
    at = label.find(MNEMONICS[action])
    return label if at < 0 else f"{label[:at]}&{label[at:]}"


def format_day(day: date | None) -> str:
    return format_date(day, "—")


def value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CasePanel(QWidget):
    sig_step_requested = Signal(object)  # Action
    sig_outcome_chosen = Signal(int, object)  # 1-based question position, Outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outcomes: list[Outcome] = []
        self.outcome_combos: list[QComboBox] = []

        # Who holds the appeal
        self.status_label = value_label()
        self.assignee_label = value_label()
        self.department_label = value_label()
        self.resolution_label = value_label()
        self.control_date_label = value_label()
        self.repeats_label = value_label()
        routing_box = QGroupBox(self.tr("Routing"))
        routing = QFormLayout(routing_box)
        routing.addRow(self.tr("Status:"), self.status_label)
        routing.addRow(self.tr("Executor:"), self.assignee_label)
        routing.addRow(self.tr("Department:"), self.department_label)
        routing.addRow(self.tr("Resolution:"), self.resolution_label)
        routing.addRow(self.tr("Control date:"), self.control_date_label)
        routing.addRow(self.tr("Repeats:"), self.repeats_label)
        self._routing = routing

        # Deadlines
        self.registration_label = value_label()
        self.initial_due_label = value_label()
        self.extension_label = value_label()
        self.due_icon_label = QLabel()
        self.due_label = value_label()
        self.forwarding_due_label = value_label()
        self.answered_label = value_label()
        due_line = QWidget()
        due_layout = QHBoxLayout(due_line)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_icon_label)
        due_layout.addWidget(self.due_label, 1)
        deadlines_box = QGroupBox(self.tr("Deadlines (59-FZ)"))
        deadlines = QFormLayout(deadlines_box)
        deadlines.addRow(self.tr("Registration due:"), self.registration_label)
        deadlines.addRow(self.tr("Answer due (initial):"), self.initial_due_label)
        deadlines.addRow(self.tr("Extension:"), self.extension_label)
        deadlines.addRow(self.tr("Answer due:"), due_line)
        deadlines.addRow(self.tr("Forwarding due:"), self.forwarding_due_label)
        deadlines.addRow(self.tr("Answered:"), self.answered_label)
        self._deadlines = deadlines

        # Questions and their outcomes
        self.outcomes_box = QGroupBox(self.tr("Questions and outcomes"))
        self._outcomes_grid = QGridLayout(self.outcomes_box)
        self._outcomes_grid.setColumnStretch(0, 1)

        # Steps
        self.step_actions: dict[Action, QAction] = {}
        self.step_buttons: dict[Action, QPushButton] = {}
        steps_box = QGroupBox(self.tr("Steps"))
        steps = QVBoxLayout(steps_box)
        for action in Action:
            step = QAction(label_of(action), self)
            step.setShortcut(QKeySequence(SHORTCUTS[action]))
            step.setEnabled(False)
            step.triggered.connect(lambda _checked=False, a=action: self._request(a))
            button = QPushButton(with_mnemonic(action))
            button.setAutoDefault(False)
            button.setToolTip(
                f"{label_of(action)} ({QKeySequence(SHORTCUTS[action]).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.clicked.connect(step.trigger)
            button.hide()
            steps.addWidget(button)
            self.step_actions[action] = step
            self.step_buttons[action] = button
        self.no_steps_label = QLabel(self.tr("No steps are open to you now."))
        self.no_steps_label.setProperty("role", "hint")
        self.no_steps_label.setWordWrap(True)
        steps.addWidget(self.no_steps_label)
        steps.addStretch(1)

        self.notice_label = QLabel()
        self.notice_label.setProperty("role", "hint")
        self.error_label = error_label()

        left = QVBoxLayout()
        left.addWidget(routing_box)
        left.addWidget(deadlines_box)
        left.addWidget(self.outcomes_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 4)
        columns.addWidget(steps_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.error_label)

    # --- showing an appeal ----------------------------------------------------------------------

    def show_appeal(
        self,
        appeal: AppealView,
        actions: list[Action],
        *,
        may_set_outcomes: bool,
        today: date,
        topic_caption: dict[str, str] | None = None,
    ) -> None:
        status = label_of(appeal.status)
        if appeal.closing_ground is not None:
            status += " — " + label_of(appeal.closing_ground)
        self.status_label.setText(status)
        self.assignee_label.setText(appeal.assignee or self.tr("not assigned"))
        self.department_label.setText(appeal.department or "—")
        self.resolution_label.setText(appeal.resolution or "—")
        self.control_date_label.setText(format_day(appeal.control_date))
        self.repeats_label.setText(", ".join(appeal.repeats))
        self._routing.setRowVisible(self.repeats_label, bool(appeal.repeats))
        self._show_deadlines(appeal, today)
        self._show_outcomes(appeal, may_set_outcomes, topic_caption or {})
        self.show_steps(actions)
        # Tab goes through the outcomes, then the steps top to bottom (combos are created later).
        chain: list[QWidget] = [*self.outcome_combos, *(self.step_buttons[a] for a in Action)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_deadlines(self, appeal: AppealView, today: date) -> None:
        registered_on = format_day(office_date(appeal.registered_at))
        if appeal.registered_late:
            registration = self.tr("%1 — registered %2, late").replace(
                "%1", format_day(appeal.registration_due)
            )
        else:
            registration = self.tr("%1 — registered %2, on time").replace(
                "%1", format_day(appeal.registration_due)
            )
        self.registration_label.setText(registration.replace("%2", registered_on))
        self.initial_due_label.setText(format_day(appeal.initial_due))
        extension = appeal.extension
        if extension is None:
            self.extension_label.setText(self.tr("none"))
        else:
            self.extension_label.setText(
                self.tr("by %1 days, from %2 to %3: «%4» (%5, %6)")
                .replace("%1", str(extension.days))
                .replace("%2", format_day(extension.previous_due))
                .replace("%3", format_day(extension.new_due))
                .replace("%4", extension.reason)
                .replace("%5", extension.extended_by)
                .replace("%6", format_day(office_date(extension.extended_at)))
            )
        due = format_day(appeal.due_date)
        if appeal.is_overdue(today):
            icon, text = overdue_icon(), self.tr("%s — overdue") % due
        elif appeal.is_due_soon(today):
            icon, text = due_soon_icon(), self.tr("%s — due soon") % due
        elif appeal.answered_late:
            icon, text = answered_late_icon(), self.tr("%s — answered late") % due
        else:
            icon, text = None, due
        self.due_label.setText(text)
        size = self.due_label.fontMetrics().height()
        self.due_icon_label.setPixmap(icon.pixmap(size, size) if icon is not None else QPixmap())
        self.due_icon_label.setVisible(icon is not None)
        self.forwarding_due_label.setText(format_day(appeal.forwarding_due))
        if appeal.answered_at is None:
            self.answered_label.setText("—")
        else:
            answered = format_day(office_date(appeal.answered_at))
            self.answered_label.setText(self.tr("%s, late") % answered if appeal.answered_late else answered)

    def _show_outcomes(self, appeal: AppealView, editable: bool, captions: dict[str, str]) -> None:
        while self._outcomes_grid.count():
            item = self._outcomes_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.outcome_combos = []
        self._outcomes = [q.outcome for q in appeal.questions]
        for position, question in enumerate(appeal.questions, start=1):
            caption = captions.get(question.topic_code) or (
                f"{question.topic_code} — {question.topic_name}"
                if question.topic_name
                else question.topic_code
            )
            label = QLabel(f"{position}. {caption}")
            label.setWordWrap(True)
            combo = QComboBox()
            for outcome in Outcome:
                combo.addItem(label_of(outcome), outcome.value)
            combo.setCurrentIndex(max(combo.findData(question.outcome.value), 0))
            combo.setEnabled(editable)
            combo.setAccessibleName(self.tr("Outcome of question %d") % position)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, p=position: self._on_outcome_combo_changed(p))
            self._outcomes_grid.addWidget(label, position - 1, 0)
            self._outcomes_grid.addWidget(combo, position - 1, 1)
            self.outcome_combos.append(combo)

    def show_steps(self, actions: list[Action]) -> None:
        for action in Action:
            offered = action in actions
            self.step_actions[action].setEnabled(offered)
            self.step_buttons[action].setVisible(offered)
        self.no_steps_label.setVisible(not actions)

    def offered_steps(self) -> list[Action]:
        return [a for a in Action if self.step_actions[a].isEnabled()]

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # --- outcomes -------------------------------------------------------------------------------

    def outcome(self, position: int) -> Outcome:
        return Outcome(self.outcome_combos[position - 1].currentData())

    def set_outcome(self, position: int, outcome: Outcome) -> None:
        """Show `outcome` for the question without asking for it to be recorded (a revert)."""
        combo = self.outcome_combos[position - 1]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(outcome.value), 0))
        combo.blockSignals(False)
        self._outcomes[position - 1] = outcome

    def recorded_outcome(self, position: int) -> Outcome:
        return self._outcomes[position - 1]

    def _on_outcome_combo_changed(self, position: int) -> None:
        chosen = self.outcome(position)
        if chosen is not self._outcomes[position - 1]:
            self.sig_outcome_chosen.emit(position, chosen)

    def _request(self, action: Action) -> None:
        if self.step_actions[action].isEnabled():
            self.sig_step_requested.emit(action)
