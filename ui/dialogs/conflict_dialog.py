"""Someone saved the appeal while it was open here: their values next to mine, chosen field by field.

The dialog only decides; the editor keeps what was typed until a choice is made and then merges,
reloads or overwrites. Overwriting is offered only where the core's permissions allow it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.domain.appeals import AppealDraft, LabelledEnum, Outcome, QuestionDraft
from reception.domain.errors import StaleRecord
from ui.labels import label_of
from ui.locale_format import format_datetime

# Snapshot keys the clerk can see and choose, in the order of the form.
FIELDS = (
    "received_at",
    "channel",
    "kind",
    "identification",
    "is_collective",
    "applicant.surname",
    "applicant.first_name",
    "applicant.patronymic",
    "applicant.organisation_name",
    "applicant.postal_address",
    "applicant.phone",
    "applicant.email",
    "summary",
    "text",
    "questions",
)


class Resolution(Enum):
    MERGE = "merge"
    RELOAD = "reload"
    OVERWRITE = "overwrite"


def merged_draft(mine: AppealDraft, theirs: Mapping[str, Any], taken: set[str]) -> AppealDraft:
    """My draft with the fields in `taken` replaced by their values (snapshot keys)."""
    values: dict[str, Any] = {}
    for key in taken & {
        "received_at",
        "channel",
        "kind",
        "identification",
        "is_collective",
        "summary",
        "text",
    }:
        values[key] = theirs[key]
    if "questions" in taken:
        questions = []
        for item in theirs.get("questions") or []:
            code, _, outcome = str(item).partition(":")
            questions.append(QuestionDraft(code, Outcome.of(outcome) if outcome else Outcome.IN_WORK))
        values["questions"] = tuple(questions)
    applicant_keys = {key for key in taken if key.startswith("applicant.")}
    applicant = mine.applicant
    if applicant_keys:
        changes: dict[str, Any] = {
            key.removeprefix("applicant."): theirs.get(key) or "" for key in applicant_keys
        }
        applicant = replace(applicant, **changes)
    if "applicant_id" in taken:
        applicant = replace(applicant, id=theirs.get("applicant_id"))
    return replace(mine, **values, applicant=applicant)


class ConflictDialog(QDialog):
    """`resolution` and `taken_fields()` tell the editor what to do once the dialog is accepted."""

    def __init__(
        self,
        error: StaleRecord,
        *,
        may_overwrite: bool,
        describe: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theirs = error.theirs
        self._mine = error.mine
        self._describe = describe
        self.resolution: Resolution | None = None
        self.setWindowTitle(self.tr("The appeal was changed by someone else"))
        self._labels = {
            "received_at": self.tr("Received"),
            "channel": self.tr("Channel"),
            "kind": self.tr("Kind"),
            "identification": self.tr("Identification"),
            "is_collective": self.tr("Collective"),
            "applicant.surname": self.tr("Surname"),
            "applicant.first_name": self.tr("First name"),
            "applicant.patronymic": self.tr("Patronymic"),
            "applicant.organisation_name": self.tr("Organisation"),
            "applicant.postal_address": self.tr("Postal address"),
            "applicant.phone": self.tr("Phone"),
            "applicant.email": self.tr("E-mail"),
            "summary": self.tr("Summary"),
            "text": self.tr("Text"),
            "questions": self.tr("Questions"),
        }

        who = str(self._theirs.get("updated_by") or "") or self.tr("another user")
        at = self._theirs.get("updated_at")
        when = format_datetime(at) if isinstance(at, datetime) else ""
        self.who_label = QLabel(
            self.tr("<b>%1</b> saved this appeal at %2 while you had it open.")
            .replace("%1", who)
            .replace("%2", when)
        )
        self.who_label.setWordWrap(True)
        # Compared as shown: the form keeps minutes, so seconds alone are no difference to the clerk.
        self.differing = [
            key
            for key in FIELDS
            if describe(key, self._theirs.get(key)) != describe(key, self._mine.get(key))
        ]
        same = len(FIELDS) - len(self.differing)
        hint = (
            self.tr(
                "Fields where the versions differ are listed below. For each, keep your value or take "
                "theirs; the other %n field(s) are the same in both versions.",
                "",
                same,
            )
            if self.differing
            else self.tr("The fields of the form are the same in both versions; only the case moved on.")
        )
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)

        self.fields_table = QTableWidget(len(self.differing), 4)
        self.fields_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Their version"), self.tr("Your version"), self.tr("Keep")]
        )
        self.fields_table.verticalHeader().hide()
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields_table.setWordWrap(True)
        header = self.fields_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._take_theirs: dict[str, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []
        for row, key in enumerate(self.differing):
            self.fields_table.setItem(row, 0, QTableWidgetItem(self._labels[key]))
            for column, side in ((1, self._theirs), (2, self._mine)):
                item = QTableWidgetItem(self._describe(key, side.get(key)))
                item.setToolTip(item.text())
                self.fields_table.setItem(row, column, item)
            mine_button = QRadioButton(self.tr("mine"))
            theirs_button = QRadioButton(self.tr("theirs"))
            mine_button.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine_button)
            group.addButton(theirs_button)
            self._groups.append(group)
            choice = QWidget()
            line = QHBoxLayout(choice)
            line.setContentsMargins(6, 0, 6, 0)
            line.addWidget(mine_button)
            line.addWidget(theirs_button)
            self.fields_table.setCellWidget(row, 3, choice)
            self._take_theirs[key] = theirs_button
        self.fields_table.resizeRowsToContents()

        self.button_box = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Apply the chosen values and save"))
        self.merge_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("&Load their version"))
        self.reload_button.setToolTip(self.tr("Discard your changes and show the appeal as saved now"))
        self.overwrite_button = QPushButton(self.tr("&Overwrite"))
        self.overwrite_button.setToolTip(self.tr("Save your version over theirs (heads and administrators)"))
        self.button_box.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.button_box.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.overwrite_button.setVisible(may_overwrite)  # after addButton, which shows it
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
        self.merge_button.clicked.connect(lambda: self._choose(Resolution.MERGE))
        self.reload_button.clicked.connect(lambda: self._choose(Resolution.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(Resolution.OVERWRITE))
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.who_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.fields_table, 1)
        layout.addWidget(self.button_box)
        self.resize(900, 420)
        self.fields_table.setFocus()

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def take_theirs(self, key: str, theirs: bool = True) -> None:
        self._take_theirs[key].setChecked(theirs)
        if not theirs:
            self._groups[self.differing.index(key)].buttons()[0].setChecked(True)

    def taken_fields(self) -> set[str]:
        """Snapshot keys to take from their version; the applicant record follows its fields."""
        taken = {key for key, button in self._take_theirs.items() if button.isChecked()}
        applicant = {key for key in self.differing if key.startswith("applicant.")}
        if (
            applicant
            and applicant <= taken
            and self._theirs.get("applicant_id") != self._mine.get("applicant_id")
        ):
            taken.add("applicant_id")
        return taken

    def value(self, side: str, key: str) -> str:
        """The text shown for `key` in the 'theirs' or 'mine' column (for tests and accessibility)."""
        row = self.differing.index(key)
        item = self.fields_table.item(row, 1 if side == "theirs" else 2)
        return item.text() if item else ""


def describe_value(key: str, value: Any, *, yes: str, no: str, topic_caption: Callable[[str], str]) -> str:
    """A snapshot value as the form shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, LabelledEnum):
        return label_of(value)
    if isinstance(value, bool):
        return yes if value else no
    if key == "questions":
        return "\n".join(topic_caption(str(item).partition(":")[0]) for item in value) or "—"
    return str(value)
