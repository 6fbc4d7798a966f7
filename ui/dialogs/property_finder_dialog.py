"""Find a property in the register (by cadastral number or address) to open its card; add one
that is not there (those who keep the register)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reception.db.database import Database
from reception.services.properties import PropertyRow
from reception.services.users import UserView
from ui.dialogs.property_edit_dialog import PropertyEditDialog
from ui.widgets.property_picker import PropertyPicker


class PropertyFinderDialog(QDialog):
    sig_property_chosen = Signal(object)  # PropertyRow

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("Find property"))
        self.picker = PropertyPicker(db, actor)
        self.picker.results_list.setMaximumHeight(16_777_215)
        # The list takes the height when shown; without one, the search stays at the top.
        picker_layout = self.picker.layout()
        assert isinstance(picker_layout, QVBoxLayout)
        picker_layout.addStretch(1)
        picker_layout.setStretchFactor(self.picker.results_list, 1000)
        self.picker.sig_property_picked.connect(self._on_picker_property_picked)
        self.picker.offer_creation()
        self.picker.sig_create_requested.connect(self.create_property)
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

    def create_property(self, search_text: str) -> PropertyEditDialog:
        """The editor started from the search; the record saved is chosen as if found."""
        editor = PropertyEditDialog(self._db, self._actor, None, self, search_text=search_text)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_property_saved.connect(lambda view: self._on_picker_property_picked(view.row))
        self.property_editor = editor
        editor.open()
        return editor

    def _on_picker_property_picked(self, row: PropertyRow) -> None:
        self.sig_property_chosen.emit(row)
        self.accept()
