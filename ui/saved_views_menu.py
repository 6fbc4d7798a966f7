"""Saved register views: a user's named filter sets, in a Views menu and a toolbar list.

Save the current filters under a name (Ctrl+Shift+S), pick a view from the list or with Ctrl+1 …
Ctrl+9, rename the chosen one (Ctrl+Shift+R) or delete it (Ctrl+Shift+Delete). The core keeps the views per
user (`reception.services.saved_views`); the list is read in the background after the window shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QMenu, QMessageBox, QWidget

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.services.register_query import RegisterFilter
from reception.services.saved_views import SavedView, create_view, delete_view, list_views, rename_view
from reception.services.users import UserView
from ui.tasks import run_in_background
from ui.widgets.form import show_message

NUMBERED_VIEWS = 9


class SavedViewsMenu(QObject):
    """The Views menu and list of a main window; `apply` shows a view's filters in the register."""

    sig_views_changed = Signal()
    sig_failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        db: Database,
        actor: UserView,
        *,
        current: Callable[[], RegisterFilter],
        apply: Callable[[RegisterFilter], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._actor = actor
        self._current = current
        self._apply = apply
        self.views: list[SavedView] = []
        self.chosen: SavedView | None = None
        self.name_dialog: QInputDialog | None = None

        self.combo = QComboBox()
        self.combo.setObjectName("saved_views_combo")
        self.combo.setAccessibleName(self.tr("Saved views"))
        self.combo.setToolTip(self.tr("Saved views: pick one to show its filters (Ctrl+1 … Ctrl+9)"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._on_combo_activated)

        self.save_action = QAction(self.tr("&Save view…"), window)
        self.save_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S))
        self.save_action.setToolTip(self.tr("Save the current search, filters and sort as a named view"))
        self.save_action.triggered.connect(self.ask_save)
        self.rename_action = QAction(self.tr("&Rename view…"), window)
        self.rename_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.rename_action.triggered.connect(self.ask_rename)
        self.delete_action = QAction(self.tr("&Delete view"), window)
        self.delete_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Delete))
        self.delete_action.triggered.connect(self.ask_delete)
        self.pick_actions: list[QAction] = []
        for number in range(1, NUMBERED_VIEWS + 1):
            action = QAction(window)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_0.value + number)))
            action.triggered.connect(lambda _checked=False, n=number - 1: self.pick_number(n))
            self.pick_actions.append(action)

        self.menu = QMenu(self.tr("&Views"), window)
        self._rebuild()

    # --- the list ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the user's views in the background."""
        run_in_background(
            lambda: list_views(self._db.uow(), actor=self._actor), self._set_views, self._failed
        )

    def _set_views(self, views: list[SavedView]) -> None:
        self.views = list(views)
        if self.chosen is not None:
            self.chosen = next((v for v in self.views if v.id == self.chosen.id), None)
        self._rebuild()
        self.sig_views_changed.emit()

    def _rebuild(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Saved views"), None)
        for view in self.views:
            self.combo.addItem(view.name, view.id)
        chosen = self.combo.findData(self.chosen.id) if self.chosen is not None else 0
        self.combo.setCurrentIndex(max(chosen, 0))
        self.combo.blockSignals(False)

        self.menu.clear()
        self.menu.addAction(self.save_action)
        self.menu.addAction(self.rename_action)
        self.menu.addAction(self.delete_action)
        has_chosen = self.chosen is not None
        self.rename_action.setEnabled(has_chosen)
        self.delete_action.setEnabled(has_chosen)
        if self.views:
            self.menu.addSeparator()
        for number, view in enumerate(self.views):
            if number < NUMBERED_VIEWS:
                action = self.pick_actions[number]
                action.setText(view.name.replace("&", "&&"))
                action.setCheckable(True)
                action.setChecked(self.chosen is not None and view.id == self.chosen.id)
                action.setEnabled(True)
                self.menu.addAction(action)
            else:
                extra = self.menu.addAction(view.name.replace("&", "&&"))
                extra.triggered.connect(lambda _checked=False, chosen=view: self.pick(chosen))
        for action in self.pick_actions[len(self.views) :]:
            action.setEnabled(False)

    def _on_combo_activated(self, index: int) -> None:
        view_id = self.combo.itemData(index)
        view = next((v for v in self.views if v.id == view_id), None)
        if view is not None:
            self.pick(view)

    def pick_number(self, number: int) -> None:
        if 0 <= number < len(self.views):
            self.pick(self.views[number])

    def pick(self, view: SavedView) -> None:
        """Show the view's filters in the register."""
        self.chosen = view
        self._rebuild()
        self._apply(view.filters)

    def forget_choice(self) -> None:
        """The filters were changed by hand: no view is the chosen one any more."""
        if self.chosen is not None and self.chosen.filters != self._current():
            self.chosen = None
            self._rebuild()

    # --- save, rename, delete -----------------------------------------------------------------

    def _ask_name(self, title: str, label: str, name: str, done: Callable[[str], object]) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(done)
        self.name_dialog = dialog
        dialog.open()
        return dialog

    def ask_save(self) -> QInputDialog:
        return self._ask_name(
            self.tr("Save view"),
            self.tr("Name of the view (the current search, filters and sort):"),
            "",
            self.save,
        )

    def save(self, name: str) -> SavedView | None:
        try:
            view = create_view(self._db.uow(), actor=self._actor, name=name, filters=self._current())
        except ReceptionError as error:
            show_message(self._window, error.message, icon=QMessageBox.Icon.Warning)
            return None
        self.chosen = view
        self.views = sorted([*self.views, view], key=lambda v: v.name.casefold())
        self._rebuild()
        self.load()
        return view

    def ask_rename(self) -> QInputDialog | None:
        if self.chosen is None:
            return None
        return self._ask_name(
            self.tr("Rename view"), self.tr("New name of the view:"), self.chosen.name, self.rename
        )

    def rename(self, name: str) -> SavedView | None:
        if self.chosen is None:
            return None
        try:
            view = rename_view(self._db.uow(), actor=self._actor, view_id=self.chosen.id, name=name)
        except ReceptionError as error:
            show_message(self._window, error.message, icon=QMessageBox.Icon.Warning)
            return None
        self.chosen = view
        self.views = sorted(
            [view if v.id == view.id else v for v in self.views], key=lambda v: v.name.casefold()
        )
        self._rebuild()
        self.load()
        return view

    def ask_delete(self) -> QMessageBox | None:
        if self.chosen is None:
            return None
        chosen = self.chosen
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete view"),
            self.tr("Delete the view «%s»? The appeals are not affected.") % chosen.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self.delete(chosen) if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        return box

    def delete(self, view: SavedView) -> bool:
        try:
            delete_view(self._db.uow(), actor=self._actor, view_id=view.id)
        except ReceptionError as error:
            show_message(self._window, error.message, icon=QMessageBox.Icon.Warning)
            return False
        self.views = [v for v in self.views if v.id != view.id]
        if self.chosen is not None and self.chosen.id == view.id:
            self.chosen = None
        self._rebuild()
        self.load()
        return True

    def _failed(self, error: BaseException) -> None:
        self.sig_failed.emit(error.message if isinstance(error, ReceptionError) else str(error))
