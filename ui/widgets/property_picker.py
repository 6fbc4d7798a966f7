"""Search-as-you-type for the property register: a line edit over a keyboard-navigable result list.

Typing waits for a pause (debounce), then asks the core (`search_properties`) off the UI thread;
an answer to an older query is dropped. Down moves into the list, Enter picks, Esc goes back.
When nothing is found, those who keep the register are offered to add the object (Tab reaches the
button); the host opens the editor on `sig_create_requested`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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
from reception.services.properties import SEARCH_LIMIT, PropertyRow, search_properties
from reception.services.property_links import LinkSnapshot
from reception.services.users import UserView
from ui.labels import label_of
from ui.tasks import run_in_background

SEARCH_DEBOUNCE_MS = 250
ROW_ROLE = Qt.ItemDataRole.UserRole


def compact_list(widget: QListWidget) -> QListWidget:
    """One line per property, cut at the right edge (the tooltip has all of it), no sideways scrolling."""
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def property_item(row: PropertyRow) -> QListWidgetItem:
    item = QListWidgetItem(f"{row.title}  ·  {label_of(row.kind)}")
    item.setData(ROW_ROLE, row)
    item.setToolTip(f"{row.title}\n{label_of(row.kind)}")
    return item


def item_row(item: QListWidgetItem | None) -> PropertyRow | None:
    value = item.data(ROW_ROLE) if item is not None else None
    return value if isinstance(value, PropertyRow) else None


def snapshot_text(snapshot: LinkSnapshot) -> str:
    holders = "; ".join(f"{h.name} {h.share}".strip() for h in snapshot.right_holders)
    number = snapshot.cadastral_number or "—"
    return f"{number}, {snapshot.address}" + (f" ({holders})" if holders else "")


def find_host(widget: QWidget, attribute: str) -> Callable[..., object] | None:
    """The nearest window up the parent chain that offers `attribute` (the main window's actions)."""
    current: QObject | None = widget
    while current is not None:
        found = getattr(current, attribute, None)
        if callable(found):
            return found  # type: ignore[no-any-return]
        current = current.parent()
    return None


class PropertyPicker(QWidget):
    """Finds a property by cadastral number or address words; `sig_property_picked` on Enter."""

    sig_property_picked = Signal(object)  # PropertyRow
    sig_results_shown = Signal(int)
    sig_create_requested = Signal(str)  # the search text that found nothing

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._generation = 0
        self._pending = False
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("cadastral number or address words, e.g. «профсоюзная 43»")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Find property"))
        self.results_list = compact_list(QListWidget())
        self.results_list.setAccessibleName(self.tr("Properties found"))
        self.results_list.setMaximumHeight(150)
        self.results_list.hide()
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self._may_create = False  # until the host, which opens the editor, offers it
        self._nothing_found_for = ""
        self.create_button = QPushButton(self.tr("New propert&y…"))
        self.create_button.setToolTip(
            self.tr("Add the object to the register (found nothing by this search)")
        )
        self.create_button.setAutoDefault(False)
        self.create_button.hide()
        self.create_button.clicked.connect(self._on_create_button_clicked)
        status_line = QHBoxLayout()
        status_line.setContentsMargins(0, 0, 0, 0)
        status_line.addWidget(self.status_label, 1)
        status_line.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_list)
        layout.addLayout(status_line)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)
        self.results_list.installEventFilter(self)
        self.results_list.itemActivated.connect(self._on_results_list_item_activated)

    def offer_creation(self) -> None:
        """Show «New property…» when a search finds nothing, if the user may add to the register."""
        self._may_create = allows(self._actor.role, Permission.MANAGE_PROPERTIES)

    @property
    def is_searching(self) -> bool:
        return self._timer.isActive() or self._pending

    def _on_search_edit_text_changed(self) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show([], "")
            return
        self._nothing_found_for = ""
        self.create_button.hide()
        db, actor = self._db, self._actor
        self._pending = True

        def on_done(rows: list[PropertyRow]) -> None:
            # The window may have closed (and been deleted) while the search ran.
            if shiboken6.isValid(self) and generation == self._generation:
                self._pending = False
                if not rows:
                    message = self.tr("Nothing found for «%s».") % text
                    self._nothing_found_for = text
                elif len(rows) > SEARCH_LIMIT:  # there are more: say so, or the list looks complete
                    rows = rows[:SEARCH_LIMIT]
                    message = self.tr(
                        "The first %Ln found are shown: type more of the number or address.", "", len(rows)
                    )
                else:
                    message = ""
                self._show(rows, message)

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self._pending = False
            if isinstance(error, ReceptionError):
                self._show([], error.message)
            else:
                self._show([], "")
                sys.excepthook(type(error), error, error.__traceback__)

        # One more than is shown: a full list then says there are more only when there are.
        run_in_background(
            lambda: search_properties(db.uow(), actor=actor, text=text, limit=SEARCH_LIMIT + 1),
            on_done,
            on_error,
        )

    def _show(self, rows: list[PropertyRow], message: str) -> None:
        self.results_list.clear()
        for row in rows:
            self.results_list.addItem(property_item(row))
        self.results_list.setVisible(bool(rows))
        if rows:
            self.results_list.setCurrentRow(0)
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))
        if rows or not message:
            self._nothing_found_for = ""
        self.create_button.setVisible(self._may_create and bool(self._nothing_found_for))
        self.sig_results_shown.emit(len(rows))

    def _on_create_button_clicked(self) -> None:
        if self._nothing_found_for:
            self.sig_create_requested.emit(self._nothing_found_for)

    def clear(self) -> None:
        self.search_edit.clear()
        self.search_now()

    def _pick(self, row: PropertyRow | None) -> None:
        if row is not None:
            self.sig_property_picked.emit(row)

    def _on_results_list_item_activated(self, item: QListWidgetItem) -> None:
        self._pick(item_row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Down and self.results_list.count():
                self.results_list.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search_now()  # Enter before the pause: search at once, pick on the next Enter
                    return True
                if self.results_list.count():
                    self._pick(item_row(self.results_list.currentItem()))
                    return True
                return True  # never the dialog's default button from here
        elif watched is self.results_list:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(item_row(self.results_list.currentItem()))
                return True
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.results_list.currentRow() == 0):
                self.search_edit.setFocus()
                return True
        return super().eventFilter(watched, event)
