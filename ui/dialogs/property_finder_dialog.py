"""Find a property in the register (by cadastral number or address) to open its card."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reception.db.database import Database
from reception.services.properties import PropertyRow
from reception.services.users import UserView
from ui.widgets.property_picker import PropertyPicker


class PropertyFinderDialog(QDialog):
    sig_property_chosen = Signal(object)  # PropertyRow

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find property"))
        self.picker = PropertyPicker(db, actor)
        self.picker.results_list.setMaximumHeight(16_777_215)
        self.picker.sig_property_picked.connect(self._on_picker_property_picked)
        hint = QLabel(self.tr("Type a cadastral number or words of the address; Enter opens the card."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.picker.search_edit.setFocus()

    def _on_picker_property_picked(self, row: PropertyRow) -> None:
        self.sig_property_chosen.emit(row)
        self.accept()
