"""The appeal editor's «Properties» section: the picker, the linked properties, suggestions.

An existing appeal links and unlinks at once (each is its own small action, logged by the core).
A new appeal keeps what was picked and links it right after registration, so the clerk picks the
object while talking to the applicant, as on paper. Suggestions come from the applicant's postal
address (`suggest_properties`). Each linked property says who linked it and when; one whose
register record changed since linking shows both versions.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, allows
from reception.services.properties import PropertyRow, PropertyView, suggest_properties
from reception.services.property_links import (
    LinkedProperty,
    appeal_properties,
    link_property,
    unlink_property,
)
from reception.services.users import UserView
from ui.dialogs.property_edit_dialog import PropertyEditDialog
from ui.locale_format import format_datetime
from ui.tasks import run_in_background
from ui.widgets.property_picker import (
    PropertyPicker,
    compact_list,
    find_host,
    item_row,
    property_item,
    snapshot_text,
)
from ui.widgets.slot_list import short_name

SUGGEST_DEBOUNCE_MS = 400


class AppealPropertiesPanel(QGroupBox):
    """Properties of one appeal; `set_appeal(None)` for a new one (links wait for `appeal_saved`)."""

    sig_links_changed = Signal()
    sig_card_requested = Signal(int)  # property id

    def __init__(
        self,
        db: Database,
        actor: UserView,
        address_edit: QLineEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Properties"))
        self._db = db
        self._actor = actor
        self._appeal_id: int | None = None
        self._pending: list[PropertyRow] = []
        self._linked: list[LinkedProperty] = []
        self._suggest_generation = 0
        self._address_edit = address_edit
        self._may_link = allows(actor.role, Permission.EDIT_APPEAL) or allows(
            actor.role, Permission.REGISTER_APPEAL
        )

        self.picker = PropertyPicker(db, actor)
        self.picker.setEnabled(self._may_link)
        self.picker.sig_property_picked.connect(self._on_picker_property_picked)
        if self._may_link:
            self.picker.offer_creation()
            self.picker.sig_create_requested.connect(self.create_property)
        self.suggestions_label = QLabel(self.tr("Suggested by the applicant's address:"))
        self.suggestions_label.setProperty("role", "hint")
        self.suggestions_list = compact_list(QListWidget())
        self.suggestions_list.setAccessibleName(self.tr("Suggested by the applicant's address"))
        self.suggestions_list.setMaximumHeight(64)
        self.suggestions_list.itemActivated.connect(self._on_suggestions_list_item_activated)
        self.suggestions_list.installEventFilter(self)
        self.linked_label = QLabel(self.tr("Linked:"))
        self.linked_list = QListWidget()
        self.linked_list.setAccessibleName(self.tr("Linked properties"))
        # Two lines a property (what it is; who linked it, when): room for three before scrolling.
        self.linked_list.setMaximumHeight(7 * self.linked_list.fontMetrics().lineSpacing() + 8)
        self.linked_list.setWordWrap(True)
        self.linked_list.itemActivated.connect(self._on_linked_list_item_activated)
        self.linked_list.installEventFilter(self)
        self.card_button = QPushButton(self.tr("&Card"))
        self.card_button.setToolTip(self.tr("Open the property card (Enter on a linked property)"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(self._on_card_button_clicked)
        self.unlink_button = QPushButton(self.tr("U&nlink"))
        self.unlink_button.setToolTip(self.tr("Remove the link to the selected property (Del)"))
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.setEnabled(self._may_link)
        self.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        self.sig_card_requested.connect(self.open_card)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "field-error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.linked_label, 1)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.addWidget(self.picker)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions_list)
        layout.addLayout(buttons)
        layout.addWidget(self.linked_list)
        layout.addWidget(self.error_label)
        self._show_suggestions([])

        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DEBOUNCE_MS)
        self._suggest_timer.timeout.connect(self.suggest_now)
        if address_edit is not None:
            address_edit.textChanged.connect(self._suggest_timer.start)
        self._refresh_list()

    # --- state ----------------------------------------------------------------------------------

    @property
    def pending(self) -> list[PropertyRow]:
        """Picked for a new appeal, to be linked when it is registered."""
        return list(self._pending)

    @property
    def linked(self) -> list[LinkedProperty]:
        return list(self._linked)

    def tab_chain(self) -> list[QWidget]:
        return [
            self.picker.search_edit,
            self.picker.results_list,
            self.picker.create_button,
            self.suggestions_list,
            self.linked_list,
            self.card_button,
            self.unlink_button,
        ]

    def set_appeal(self, appeal_id: int | None) -> None:
        self._appeal_id = appeal_id
        self.reload()

    def reload(self) -> None:
        if self._appeal_id is None:
            self._linked = []
            self._refresh_list()
            return
        try:
            self._linked = appeal_properties(self._db.uow(), actor=self._actor, appeal_id=self._appeal_id)
        except ReceptionError as error:
            self._show_error(error.message)
            return
        self._refresh_list()

    def appeal_saved(self, appeal_id: int) -> None:
        """After registration: link what was picked while the form was new."""
        first_save = self._appeal_id is None
        self._appeal_id = appeal_id
        if first_save:
            failed = []
            for row in self._pending:
                try:
                    link_property(self._db.uow(), actor=self._actor, appeal_id=appeal_id, property_id=row.id)
                except ReceptionError as error:
                    failed.append(f"{row.title}: {error.message}")
            self._pending = []
            if failed:
                self._show_error("\n".join(failed))
        self.reload()

    # --- linking --------------------------------------------------------------------------------

    def _on_picker_property_picked(self, row: PropertyRow) -> None:
        self.link(row)
        self.picker.clear()
        self.picker.search_edit.setFocus()

    def link(self, row: PropertyRow) -> None:
        self._show_error("")
        if self._appeal_id is None:
            if all(p.id != row.id for p in self._pending):
                self._pending.append(row)
            self._refresh_list()
            self.sig_links_changed.emit()
            return
        try:
            link_property(self._db.uow(), actor=self._actor, appeal_id=self._appeal_id, property_id=row.id)
        except ReceptionError as error:
            self._show_error(error.message)
            return
        self.reload()
        self.sig_links_changed.emit()

    def create_property(self, search_text: str = "") -> PropertyEditDialog:
        """The property editor over the appeal, started from what the search did not find; the
        record saved is linked as one picked."""
        editor = PropertyEditDialog(self._db, self._actor, None, self.window(), search_text=search_text)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_property_saved.connect(self._on_property_created)
        self.property_editor = editor
        editor.open()
        return editor

    def _on_property_created(self, view: PropertyView) -> None:
        self.link(view.row)
        self.picker.clear()
        self.picker.search_edit.setFocus()

    def _on_unlink_button_clicked(self) -> None:
        row = item_row(self.linked_list.currentItem())
        if row is None or not self._may_link:
            return
        self._show_error("")
        if self._appeal_id is None:
            self._pending = [p for p in self._pending if p.id != row.id]
            self._refresh_list()
        else:
            try:
                unlink_property(
                    self._db.uow(), actor=self._actor, appeal_id=self._appeal_id, property_id=row.id
                )
            except ReceptionError as error:
                self._show_error(error.message)
                return
            self.reload()
        self.sig_links_changed.emit()

    def _on_card_button_clicked(self) -> None:
        row = item_row(self.linked_list.currentItem())
        if row is not None:
            self.sig_card_requested.emit(row.id)

    def _on_linked_list_item_activated(self, item: QListWidgetItem) -> None:
        row = item_row(item)
        if row is not None:
            self.sig_card_requested.emit(row.id)

    def open_card(self, property_id: int) -> None:
        """The property card over the editor (the main window opens it, so it can open appeals)."""
        open_card = find_host(self, "open_property_card")
        if open_card is not None:
            open_card(property_id, self.window())
            return
        from ui.dialogs.property_card_dialog import PropertyCardDialog

        card = PropertyCardDialog(self._db, self._actor, property_id, self.window())
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def linked_by_text(self, link: LinkedProperty) -> str:
        """«Связал: Иванова А. А., 28.11.2026 14:05» (the name is missing if the user was removed)."""
        when = format_datetime(link.linked_at)
        if not link.linked_by:
            return self.tr("Linked %1").replace("%1", when)
        return self.tr("Linked by %1, %2").replace("%1", short_name(link.linked_by)).replace("%2", when)

    def _refresh_list(self) -> None:
        current = item_row(self.linked_list.currentItem())
        self.linked_list.clear()
        if self._appeal_id is None:
            for row in self._pending:
                item = property_item(row)
                item.setText(self.tr("%s (linked when the appeal is registered)") % item.text())
                self.linked_list.addItem(item)
        for link in self._linked:
            item = property_item(link.row)
            lines = [item.text(), self.linked_by_text(link)]
            tooltip = [item.toolTip(), lines[1]]
            if link.changed_since_linking:
                lines.append(
                    self.tr("as linked: %1 / now: %2")
                    .replace("%1", snapshot_text(link.snapshot))
                    .replace("%2", snapshot_text(link.current))
                )
                item.setForeground(Qt.GlobalColor.darkYellow)
                tooltip.append(self.tr("The register record changed after the property was linked."))
            item.setText("\n".join(lines))
            item.setToolTip("\n".join(tooltip))
            self.linked_list.addItem(item)
        count = self.linked_list.count()
        self.linked_label.setText(self.tr("Linked: %Ln", "", count))
        if self.suggestions_list.count():
            self._suggest_timer.start()  # drop what was just linked from the suggestions
        for number in range(count):
            if current is not None and item_row(self.linked_list.item(number)) == current:
                self.linked_list.setCurrentRow(number)
                break
        else:
            if count:
                self.linked_list.setCurrentRow(0)
        self.card_button.setEnabled(bool(count))
        self.unlink_button.setEnabled(bool(count) and self._may_link)

    # --- suggestions ----------------------------------------------------------------------------

    def suggest_now(self) -> None:
        self._suggest_timer.stop()
        address = self._address_edit.text().strip() if self._address_edit is not None else ""
        self._suggest_generation += 1
        generation = self._suggest_generation
        if not address or not self._may_link:
            self._show_suggestions([])
            return
        db, actor = self._db, self._actor

        def on_done(rows: list[PropertyRow]) -> None:
            if shiboken6.isValid(self) and generation == self._suggest_generation:
                self._show_suggestions(rows)

        def on_error(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._suggest_generation:
                self._show_suggestions([])
                if not isinstance(error, ReceptionError):
                    sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: suggest_properties(db.uow(), actor=actor, address=address, limit=5), on_done, on_error
        )

    def _show_suggestions(self, rows: list[PropertyRow]) -> None:
        taken = {p.id for p in self._pending} | {link.row.id for link in self._linked}
        rows = [row for row in rows if row.id not in taken]  # suggest only what is not linked yet
        self.suggestions_list.clear()
        for row in rows:
            self.suggestions_list.addItem(property_item(row))
        if rows:
            self.suggestions_list.setCurrentRow(0)
        self.suggestions_label.setVisible(bool(rows))
        self.suggestions_list.setVisible(bool(rows))

    def _on_suggestions_list_item_activated(self, item: QListWidgetItem) -> None:
        row = item_row(item)
        if row is not None:
            self.link(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Del on the linked list unlinks. Not a QShortcut: the editor's questions list has a window-wide
        # Del, and Qt fires neither of two shortcuts that match; taking the override keeps Del here.
        if (
            watched is self.linked_list
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._on_unlink_button_clicked()
            return True
        # Enter acts on the list's current line and never reaches the dialog's default button.
        # Key presses only: other events (a list's destruction among them) must not touch the lists.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in (self.suggestions_list, self.linked_list)
        ):
            if watched is self.suggestions_list:
                row = item_row(self.suggestions_list.currentItem())
                if row is not None:
                    self.link(row)
            else:
                self._on_card_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
