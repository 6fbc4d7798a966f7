"""The main window: the register of appeals, search, and the way into the appeal editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, allows
from reception.services.appeals import AppealView, find_appeal_by_number, get_appeal
from reception.services.classifier import list_topics
from reception.services.register_query import RegisterFilter, count_appeals
from reception.services.users import UserView
from ui.dialogs.appeal_dialog import AppealDialog
from ui.models.register_model import RegisterModel
from ui.tasks import run_in_background
from ui.topics import TopicCatalog
from ui.widgets.form import show_message

SEARCH_DEBOUNCE_MS = 350


class MainWindow(QMainWindow):
    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._select_after_load: int | None = None
        self._count_generation = 0
        self.topics = TopicCatalog(db)
        self.setWindowTitle(self.tr("Reception — %s") % user.full_name)

        self.register_model = RegisterModel(db, user, self)
        self.register_view = QTableView()
        self.register_view.setModel(self.register_model)
        self.register_view.setSortingEnabled(False)
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setAlternatingRowColors(True)
        self.register_view.setWordWrap(False)
        self.register_view.verticalHeader().hide()
        self.register_view.verticalHeader().setDefaultSectionSize(
            self.register_view.fontMetrics().height() + 10
        )
        header = self.register_view.horizontalHeader()
        header.setHighlightSections(False)
        for number, column in enumerate(self.register_model.columns):
            self.register_view.setColumnWidth(number, column.width)
            if column.key == "summary":
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        self.register_view.activated.connect(self._on_register_view_activated)
        self.setCentralWidget(self.register_view)

        self._build_toolbar()
        self._build_status_bar()

        self.register_model.sig_page_loaded.connect(self._on_register_page_loaded)
        self.register_model.sig_load_failed.connect(self._on_register_load_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)

        run_in_background(lambda: list_topics(db.uow()), self.topics.set_topics)
        self._refresh_count()
        self.resize(1200, 700)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Register"))
        toolbar.setObjectName("register_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        self.new_appeal_action = QAction(self.tr("&New appeal"), self)
        self.new_appeal_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_appeal_action.setToolTip(self.tr("Register a new appeal (Ctrl+N)"))
        self.new_appeal_action.setEnabled(allows(self._user.role, Permission.REGISTER_APPEAL))
        self.new_appeal_action.triggered.connect(self._on_new_appeal_action_triggered)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Reload the register (F5)"))
        self.refresh_action.triggered.connect(self.refresh)

        self.open_by_number_action = QAction(self.tr("Open by &number…"), self)
        self.open_by_number_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G))
        self.open_by_number_action.setToolTip(self.tr("Open an appeal by its registration number (Ctrl+G)"))
        self.open_by_number_action.triggered.connect(self._on_open_by_number_action_triggered)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search: number, phone, e-mail, surname or summary words")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(380)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._apply_search)

        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._on_find_action_triggered)

        toolbar.addAction(self.new_appeal_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.open_by_number_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_edit)
        self.addAction(self.find_action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self.tr("Appeals: …"))
        self.user_label = QLabel(
            self.tr("User: %1 (%2)").replace("%1", self._user.full_name).replace("%2", self._user.role.label)
        )
        self.database_label = QLabel(self.tr("Database: %s") % self._db.display_url())
        self.database_label.setToolTip(self._db.display_url())
        for label in (self.count_label, self.user_label, self.database_label):
            label.setContentsMargins(10, 0, 10, 0)
        status = self.statusBar()
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.database_label)

    # --- the register ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register from the database, keeping the selected appeal selected."""
        self._select_after_load = self.current_appeal_id()
        self.register_model.reload()
        self._refresh_count()

    def current_appeal_id(self) -> int | None:
        index = self.register_view.currentIndex()
        return self.register_model.appeal_id(index.row()) if index.isValid() else None

    def select_appeal(self, appeal_id: int) -> bool:
        row = self.register_model.row_of(appeal_id)
        if row is None:
            return False
        index = self.register_model.index(row, 0)
        self.register_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.register_view.scrollTo(index)
        return True

    def _on_register_page_loaded(self) -> None:
        if self._select_after_load is not None:
            wanted, self._select_after_load = self._select_after_load, None
            if self.select_appeal(wanted):
                return
        if not self.register_view.currentIndex().isValid() and self.register_model.rowCount() > 0:
            self.register_view.setCurrentIndex(self.register_model.index(0, 0))

    def _on_register_load_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)
        show_message(self, message, icon=QMessageBox.Icon.Warning)

    def _refresh_count(self) -> None:
        """Count in the background, and only when the filter changes or on refresh."""
        self._count_generation += 1
        generation = self._count_generation
        db, user, filters = self._db, self._user, self.register_model.filter
        self.count_label.setText(self.tr("Appeals: …"))

        def on_done(count: int) -> None:
            if generation == self._count_generation:
                self.count_label.setText(self.tr("Appeals: %d") % count)

        def on_error(error: BaseException) -> None:
            if generation == self._count_generation:
                self.count_label.setText(self.tr("Appeals: ?"))
                self.count_label.setToolTip(getattr(error, "message", str(error)))

        run_in_background(lambda: count_appeals(db.uow(), actor=user, filters=filters), on_done, on_error)

    def _on_search_edit_text_changed(self) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        filters = RegisterFilter(search=self.search_edit.text().strip())
        if filters == self.register_model.filter:
            return
        self.register_model.set_filter(filters)
        self._refresh_count()

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- opening appeals ------------------------------------------------------------------------

    def _on_register_view_activated(self, index: QModelIndex) -> None:
        appeal_id = self.register_model.appeal_id(index.row())
        if appeal_id is not None:
            self.open_appeal(appeal_id)

    def open_appeal(self, appeal_id: int) -> None:
        try:
            appeal = get_appeal(self._db.uow(), actor=self._user, appeal_id=appeal_id)
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self._open_editor(appeal)

    def _on_new_appeal_action_triggered(self) -> None:
        self._open_editor(None)

    def _open_editor(self, appeal: AppealView | None) -> AppealDialog:
        dialog = AppealDialog(self._db, self._user, self.topics, appeal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_appeal_saved.connect(lambda appeal_id: self._on_appeal_saved(dialog, appeal_id))
        dialog.open()
        return dialog

    def _on_appeal_saved(self, dialog: AppealDialog, appeal_id: int) -> None:
        saved = dialog.saved_appeal
        if saved is not None:
            self.statusBar().showMessage(self.tr("Saved: appeal %s") % saved.reg_number, 30_000)
        self._select_after_load = appeal_id
        self.register_model.reload()
        self._refresh_count()

    def _on_open_by_number_action_triggered(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Open by number"))
        dialog.setLabelText(self.tr("Registration number (for example ВП-2026-17):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.open_by_number)
        dialog.open()

    def open_by_number(self, number: str) -> None:
        if not number.strip():
            return
        try:
            appeal = find_appeal_by_number(self._db.uow(), actor=self._user, number=number)
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.select_appeal(appeal.id)
        self._open_editor(appeal)
