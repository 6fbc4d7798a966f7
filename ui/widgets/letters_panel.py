"""The appeal's letters: the list, a new letter from a template, opening one in the letter dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, allows
from reception.services.letters import LetterView, appeal_letters
from reception.services.users import UserView
from ui.dialogs.letter_dialog import LetterDialog
from ui.labels import label_of
from ui.locale_format import format_date
from ui.widgets.form import show_message


class LettersPanel(QWidget):
    sig_letters_changed = Signal()

    def __init__(self, db: Database, actor: UserView, appeal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._appeal_id = db, actor, appeal_id
        self.letter_list = QListWidget(self)
        self.letter_list.setObjectName("letter_list")
        self.letter_list.setAccessibleName(self.tr("Letters of the appeal"))
        self.letter_list.itemActivated.connect(self._on_letter_list_item_activated)
        self.new_letter_button = QPushButton(self.tr("&New letter…"), self)
        self.new_letter_button.setToolTip(self.tr("Draft a letter from a template"))
        self.new_letter_button.setEnabled(allows(actor.role, Permission.DRAFT_LETTERS))
        self.new_letter_button.clicked.connect(lambda: self.open_letter(None))
        self.open_letter_button = QPushButton(self.tr("&Open letter"), self)
        self.open_letter_button.clicked.connect(self._on_open_letter_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_letter_button)
        buttons.addWidget(self.open_letter_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.letter_list, 1)
        layout.addLayout(buttons)
        self.letter_dialog: LetterDialog | None = None
        self.reload()

    def reload(self) -> None:
        try:
            letters = appeal_letters(self._db.uow(), actor=self._actor, appeal_id=self._appeal_id)
        except ReceptionError as error:
            show_message(self, error.message)
            return
        self.letter_list.clear()
        for letter in reversed(letters):
            item = QListWidgetItem(self._describe(letter))
            item.setData(Qt.ItemDataRole.UserRole, letter.id)
            self.letter_list.addItem(item)
        if self.letter_list.count():
            self.letter_list.setCurrentRow(0)
        self.open_letter_button.setEnabled(self.letter_list.count() > 0)

    def _describe(self, letter: LetterView) -> str:
        number = (
            self.tr("No. %1 of %2")
            .replace("%1", letter.out_number)
            .replace("%2", format_date(letter.out_date))
            if letter.out_number and letter.out_date
            else self.tr("no number yet")
        )
        return f"{letter.title} — {label_of(letter.status)}, {number}"

    def open_letter(self, letter_id: int | None) -> LetterDialog:
        dialog = LetterDialog(self._db, self._actor, self._appeal_id, self, letter_id=letter_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_letter_changed.connect(lambda _letter: self._on_letter_changed())
        dialog.finished.connect(lambda _result: self._on_letter_changed())
        self.letter_dialog = dialog
        dialog.open()
        return dialog

    def _on_letter_changed(self) -> None:
        self.reload()
        self.sig_letters_changed.emit()

    def _on_open_letter_button_clicked(self) -> None:
        item = self.letter_list.currentItem()
        if item is not None:
            self.open_letter(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_letter_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_letter(int(item.data(Qt.ItemDataRole.UserRole)))
