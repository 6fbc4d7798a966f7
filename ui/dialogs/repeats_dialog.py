"""Earlier appeals of the same applicant on the same questions, shown to the clerk after
registration: the rows ticked mark the new appeal as repeated (linked to them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.services.appeals import AppealView
from reception.services.repeats import EarlierAppeal, mark_repeated
from reception.services.users import UserView
from ui.labels import label_of
from ui.locale_format import format_date
from ui.widgets.form import FORM_STYLE_SHEET, error_label


class RepeatsDialog(QDialog):
    sig_marked = Signal(int)  # how many earlier appeals the new one is linked to

    def __init__(
        self,
        db: Database,
        actor: UserView,
        appeal: AppealView,
        candidates: list[EarlierAppeal],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._appeal = appeal
        self._candidates = candidates
        self.setWindowTitle(self.tr("Repeated appeal? — %s") % appeal.reg_number)
        self.setStyleSheet(FORM_STYLE_SHEET)

        intro = QLabel(
            self.tr(
                "The applicant has earlier appeals on the same questions. Tick those that appeal %s "
                "repeats (Space ticks the current row)."
            )
            % appeal.reg_number
        )
        intro.setWordWrap(True)
        self.candidates_table = QTableWidget(len(candidates), 4)
        self.candidates_table.setHorizontalHeaderLabels(
            [self.tr("Reg. No."), self.tr("Registered"), self.tr("Summary"), self.tr("Status")]
        )
        self.candidates_table.verticalHeader().hide()
        self.candidates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, earlier in enumerate(candidates):
            number = QTableWidgetItem(earlier.reg_number)
            number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Unchecked)
            number.setData(Qt.ItemDataRole.UserRole, earlier.id)
            cells = [
                number,
                QTableWidgetItem(format_date(office_date(earlier.registered_at))),
                QTableWidgetItem(earlier.summary),
                QTableWidgetItem(label_of(earlier.status)),
            ]
            cells[2].setToolTip(earlier.summary)
            for column, cell in enumerate(cells):
                self.candidates_table.setItem(row, column, cell)
        self.candidates_table.resizeColumnsToContents()
        self.candidates_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.candidates_table.itemChanged.connect(self._update_buttons)
        self.candidates_table.setCurrentCell(0, 0)

        self.error_label = error_label()
        self.button_box = QDialogButtonBox()
        self.mark_button = self.button_box.addButton(
            self.tr("&Mark as repeated"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.not_repeated_button = self.button_box.addButton(
            self.tr("&Not repeated"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.mark_button.clicked.connect(self._on_mark_button_clicked)
        self.not_repeated_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates_table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.resize(760, 320)
        self._update_buttons()
        self.candidates_table.setFocus()

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.candidates_table.rowCount()):
            item = self.candidates_table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_checked(self, earlier_id: int, checked: bool = True) -> None:
        for row in range(self.candidates_table.rowCount()):
            item = self.candidates_table.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == earlier_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        self.mark_button.setEnabled(bool(self.checked_ids()))
        self.mark_button.setDefault(bool(self.checked_ids()))

    def _on_mark_button_clicked(self) -> None:
        try:
            count = mark_repeated(
                self._db.uow(), actor=self._actor, appeal_id=self._appeal.id, earlier_ids=self.checked_ids()
            )
        except ReceptionError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self.sig_marked.emit(count)
        self.accept()
