"""The property card: the register record, its right holders, the objects it belongs to and holds,
and every appeal about it (newest first, with status and due date).

Enter on an appeal opens it in the appeal editor over the card; closing the editor comes back here.
«Show appeals in the register» filters the main window's register by this property.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, allows
from reception.services.properties import PropertyRow
from reception.services.property_links import LinkedAppealRow, PropertyCard, property_card
from reception.services.users import UserView
from ui.dialogs.property_edit_dialog import PropertyEditDialog
from ui.labels import label_of
from ui.locale_format import format_date, format_datetime
from ui.widgets.form import show_message
from ui.widgets.markers import OVERDUE_FOREGROUND, on_palette
from ui.widgets.property_picker import compact_list, find_host, item_row, property_item, snapshot_text
from ui.widgets.slot_list import short_name

APPEAL_ID_ROLE = Qt.ItemDataRole.UserRole


def _amount(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",") + unit


class PropertyCardDialog(QDialog):
    sig_show_in_register = Signal(int, str)  # property id, its title

    def __init__(
        self, db: Database, actor: UserView, property_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.property_id = property_id
        self.card: PropertyCard | None = None
        self.resize(900, 640)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_form = QFormLayout()
        details_box = QGroupBox(self.tr("Register record"))
        details_box.setLayout(self.details_form)

        self.holders_list = QListWidget()
        self.holders_list.setAccessibleName(self.tr("Right holders"))
        holders_box = QGroupBox(self.tr("Right holders"))
        QVBoxLayout(holders_box).addWidget(self.holders_list)

        self.related_list = compact_list(QListWidget())
        self.related_list.setAccessibleName(self.tr("Parent object and objects within"))
        self.related_list.itemActivated.connect(lambda item: self._open_related(item_row(item)))
        related_box = QGroupBox(self.tr("Belongs to / contains"))
        QVBoxLayout(related_box).addWidget(self.related_list)

        self.appeals_table = QTableWidget(0, 5)
        self.appeals_table.setAccessibleName(self.tr("Appeals about this property"))
        self.appeals_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Received"), self.tr("Status"), self.tr("Due"), self.tr("Summary")]
        )
        self.appeals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appeals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appeals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appeals_table.verticalHeader().hide()
        self.appeals_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.appeals_table.setColumnWidth(0, 130)
        self.appeals_table.setColumnWidth(1, 120)
        self.appeals_table.setColumnWidth(2, 170)
        self.appeals_table.setColumnWidth(3, 90)
        self.appeals_table.setWordWrap(False)  # one line per appeal: the summary is cut, not wrapped
        self.appeals_table.verticalHeader().setDefaultSectionSize(
            self.appeals_table.fontMetrics().height() + 10
        )
        self.appeals_table.setMinimumHeight(
            8 * self.appeals_table.verticalHeader().defaultSectionSize()
            + self.appeals_table.horizontalHeader().sizeHint().height()
            + 4
        )
        self.appeals_table.itemActivated.connect(lambda _item: self.open_current_appeal())
        self.appeals_table.installEventFilter(self)
        self.open_appeal_button = QPushButton(self.tr("&Open appeal"))
        self.open_appeal_button.setAutoDefault(False)
        self.open_appeal_button.clicked.connect(self.open_current_appeal)
        self.show_in_register_button = QPushButton(self.tr("Show appeals in the &register"))
        self.show_in_register_button.setAutoDefault(False)
        self.show_in_register_button.clicked.connect(self._on_show_in_register_button_clicked)
        appeals_box = QGroupBox(self.tr("Appeals"))
        appeals_layout = QVBoxLayout(appeals_box)
        appeals_layout.addWidget(self.appeals_table)
        appeal_buttons = QHBoxLayout()
        appeal_buttons.addStretch(1)
        appeal_buttons.addWidget(self.open_appeal_button)
        appeal_buttons.addWidget(self.show_in_register_button)
        appeals_layout.addLayout(appeal_buttons)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        # Only those who keep the register see the way to change it.
        self.edit_button: QPushButton | None = None
        if allows(actor.role, Permission.MANAGE_PROPERTIES):
            self.edit_button = QPushButton(self.tr("&Edit…"))
            self.edit_button.setToolTip(self.tr("Change the register record of this property"))
            self.edit_button.setAutoDefault(False)
            self.edit_button.clicked.connect(self.open_editor)
            self.button_box.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)

        # The record and its lists take what they need; the appeals, often many, get the rest.
        for side_list in (self.holders_list, self.related_list):
            side_list.setMaximumHeight(6 * (side_list.fontMetrics().height() + 6))
        details_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        top = QHBoxLayout()
        top.addWidget(details_box, 3)
        side = QVBoxLayout()
        side.addWidget(holders_box)
        side.addWidget(related_box)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(top)
        layout.addWidget(appeals_box, 1)
        layout.addWidget(self.button_box)
        self.reload()
        self.appeals_table.setFocus()

    def reload(self) -> None:
        try:
            self.card = property_card(self._db.uow(), actor=self._actor, property_id=self.property_id)
        except ReceptionError as error:
            self.title_label.setText(error.message)
            if self.edit_button is not None:
                self.edit_button.setEnabled(False)
            return
        self._show(self.card)

    def _show(self, card: PropertyCard) -> None:
        p = card.property
        if self.edit_button is not None:
            self.edit_button.setEnabled(True)
        self.setWindowTitle(self.tr("Property %s") % (p.cadastral_number or p.address))
        number = p.cadastral_number or self.tr("no cadastral number")
        self.title_label.setText(f"<b>{label_of(p.kind)}</b> · {number}")
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = [
            (self.tr("Address:"), p.address or "—"),
            (self.tr("Name:"), p.name or "—"),
            (self.tr("Purpose:"), label_of(p.purpose) if p.purpose else "—"),
            (self.tr("UNOM:"), str(p.unom) if p.unom else "—"),
            (self.tr("Area:"), _amount(p.area, " м²")),
            (self.tr("Cadastral value:"), _amount(p.cadastral_value, " ₽")),
            (self.tr("Ownership:"), label_of(p.ownership) if p.ownership else "—"),
            (self.tr("Notes:"), p.notes or "—"),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(caption, label)
        self.holders_list.clear()
        for holder in p.right_holders:
            self.holders_list.addItem(f"{holder.name} {holder.share}".strip())
        if not p.right_holders:
            self.holders_list.addItem(self.tr("(none recorded)"))
        self.related_list.clear()
        if p.parent is not None:
            item = property_item(p.parent)
            item.setText(self.tr("Belongs to: %s") % item.text())
            self.related_list.addItem(item)
        for child in card.children:
            self.related_list.addItem(property_item(child))
        if not self.related_list.count():
            self.related_list.addItem(self.tr("(none)"))
        self._show_appeals(card.appeals)

    def _show_appeals(self, appeals: tuple[LinkedAppealRow, ...]) -> None:
        today = office_date(datetime.now(UTC))
        self.appeals_table.setRowCount(len(appeals))
        for number, appeal in enumerate(appeals):
            received = format_datetime(appeal.received_at)
            due = format_date(appeal.due_date, "—")
            summary = appeal.summary
            if appeal.changed_since_linking:
                summary += "  " + self.tr("(when linked: %s)") % snapshot_text(appeal.snapshot)
            cells = [appeal.reg_number, received, label_of(appeal.status), due, summary]
            when = format_datetime(appeal.linked_at)
            linked = (
                self.tr("Linked to this property by %1, %2")
                .replace("%1", short_name(appeal.linked_by))
                .replace("%2", when)
                if appeal.linked_by
                else self.tr("Linked to this property %1").replace("%1", when)
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(APPEAL_ID_ROLE, appeal.appeal_id)
                item.setToolTip(linked)
                if column == 3 and appeal.is_overdue(today):
                    item.setForeground(on_palette(OVERDUE_FOREGROUND))
                    item.setToolTip(self.tr("Overdue") + "\n" + linked)
                self.appeals_table.setItem(number, column, item)
        if appeals:
            self.appeals_table.selectRow(0)
        self.open_appeal_button.setEnabled(bool(appeals))
        self.show_in_register_button.setEnabled(bool(appeals))

    # --- actions --------------------------------------------------------------------------------

    def current_appeal_id(self) -> int | None:
        item = self.appeals_table.item(self.appeals_table.currentRow(), 0)
        value = item.data(APPEAL_ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def open_current_appeal(self) -> None:
        """The appeal editor over this card; the main window knows how to open one."""
        appeal_id = self.current_appeal_id()
        if appeal_id is None:
            return
        open_appeal = find_host(self, "open_appeal")
        if open_appeal is None:
            show_message(self, self.tr("Appeals can be opened from the main window only."))
            return
        editor = open_appeal(appeal_id, self)
        if isinstance(editor, QDialog):
            editor.finished.connect(lambda _result: self._after_editor_closed())

    def open_editor(self) -> QDialog:
        """The record's editor over the card; the card shows the record as saved."""
        editor = PropertyEditDialog(self._db, self._actor, self.property_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_property_saved.connect(lambda _view: self.reload())
        self.property_editor = editor
        editor.open()
        return editor

    def _after_editor_closed(self) -> None:
        self.reload()
        self.activateWindow()
        self.appeals_table.setFocus()

    def _open_related(self, row: PropertyRow | None) -> None:
        if row is None:
            return
        card = PropertyCardDialog(self._db, self._actor, row.id, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.sig_show_in_register.connect(self.sig_show_in_register)
        card.open()

    def _on_show_in_register_button_clicked(self) -> None:
        if self.card is None:
            return
        title = self.card.property.cadastral_number or self.card.property.address
        show = find_host(self, "show_property_in_register")
        if show is None:
            show_message(
                self, self.tr("The register is in the main window."), icon=QMessageBox.Icon.Information
            )
            return
        self.sig_show_in_register.emit(self.property_id, title)
        show(self.property_id, title)
        # The register is behind: close this card and the cards it was opened from (an appeal editor
        # stays open, with whatever was typed in it).
        window: QWidget | None = self
        while isinstance(window, PropertyCardDialog):
            parent = window.parentWidget()
            window.accept()
            window = parent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched is self.appeals_table
        ):
            self.open_current_appeal()
            return True
        return super().eventFilter(watched, event)
