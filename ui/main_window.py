"""The main window: the register of appeals, its filters and search, the count of overdue appeals,
and the way into the appeal editor. An executor starts on «My appeals»."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception import __version__
from reception.db.database import Database
from reception.domain.appeals import AppealStatus, Channel
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission, Role, allows
from reception.drafts import DraftStore, SavedDraft
from reception.services.appeals import AppealView, find_appeal_by_number, get_appeal
from reception.services.classifier import list_topics
from reception.services.email_intake import read_eml
from reception.services.properties import PropertyView, get_property
from reception.services.register_query import (
    SORTABLE_COLUMNS,
    RegisterFilter,
    RegisterSort,
    SortColumn,
    count_appeals,
)
from reception.services.users import UserView
from reception.settings import drafts_dir
from ui.accessibility import name_controls
from ui.change_watcher import ChangeWatcher
from ui.connection import ConnectionMonitor
from ui.consultations_menu import ConsultationsMenu
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.drafts_dialog import DraftsDialog
from ui.dialogs.property_card_dialog import PropertyCardDialog
from ui.dialogs.property_edit_dialog import PropertyEditDialog
from ui.dialogs.property_finder_dialog import PropertyFinderDialog
from ui.dialogs.property_import_dialog import PropertyImportDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.labels import label_of
from ui.letter_windows import LetterWindows
from ui.locale_format import format_date, format_datetime
from ui.models.register_model import HIGHLIGHTED_COLUMNS, RegisterModel
from ui.register_export import ask_export_path, export_view
from ui.reports_window import ReportsWindow
from ui.saved_views_menu import SavedViewsMenu
from ui.tasks import run_in_background
from ui.topics import TopicCatalog
from ui.widgets.form import show_message
from ui.widgets.highlight_delegate import HighlightDelegate
from ui.widgets.markers import OVERDUE_FOREGROUND, on_palette, overdue_icon
from ui.widgets.register_filter_panel import RegisterFilterPanel

SEARCH_DEBOUNCE_MS = 350
LIVE_RECOUNT_MS = 30_000
LABEL_COLUMN_LIMIT = 240  # px: a channel or status column widens to its longest name up to this
CONNECTION_BANNER_STYLE = (
    "QLabel { color: #5d4037; background: #fff3cd; border-bottom: 1px solid #e0c36c; padding: 6px 10px; }"
)

# Presets of the filter combo (its item data); a status is "status:<value>".
ALL, MINE, DUE_SOON, OVERDUE, ANSWERED_LATE = "all", "mine", "due_soon", "overdue", "answered_late"
STATUS_PREFIX = "status:"


class MainWindow(QMainWindow):
    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._select_after_load: int | None = None
        self._count_generation = 0
        self._overdue_generation = 0
        # The register shows only the appeals about this property (set from a property card).
        self._property_filter: tuple[int, str] | None = None
        self.topics = TopicCatalog(db)
        self.setWindowTitle(self.tr("Reception — %s") % user.full_name)

        self.register_model = RegisterModel(db, user, self)
        self.register_view = QTableView()
        self.register_view.setModel(self.register_model)
        # Paints the search's matches; set on the searched columns only while there is a search.
        self._highlight_delegate = HighlightDelegate(self.register_view)
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
        metrics = self.register_view.fontMetrics()
        # Dates as wide as the interface language and the font write them («12/28/2026 11:58 PM»).
        widest = {
            "received_at": format_datetime(datetime(2026, 12, 28, 23, 58)),
            "due_date": format_date(date(2026, 12, 28)),
        }
        # Channels and statuses as wide as their longest name, up to a limit («Направлено по компетенции»).
        labels = {"channel": list(Channel), "status": list(AppealStatus)}
        for number, column in enumerate(self.register_model.columns):
            width = column.width
            if column.key in widest:  # room for the marker icon and the bold of an overdue date
                width = max(width, int(metrics.horizontalAdvance(widest[column.key]) * 1.1) + 36)
            if column.key in labels:
                longest = max(metrics.horizontalAdvance(label_of(value)) for value in labels[column.key])
                width = max(width, min(LABEL_COLUMN_LIMIT, longest + 16))
            self.register_view.setColumnWidth(number, width)
            if column.key == "summary":
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        self.register_view.activated.connect(self._on_register_view_activated)
        self.register_view.setAccessibleName(self.tr("Register of appeals"))
        self._build_filter_panel()

        self._build_toolbar()
        self._build_status_bar()

        self.register_model.sig_page_loaded.connect(self._on_register_page_loaded)
        # An empty register says why, in the middle of the table, instead of a blank grid.
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 12px; }")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.hide()
        QVBoxLayout(self.register_view.viewport()).addWidget(self.empty_label)
        self.register_model.modelReset.connect(self._update_empty_state)
        self.register_model.rowsInserted.connect(self._update_empty_state)
        self.register_model.sig_load_failed.connect(self._on_register_load_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)

        run_in_background(lambda: list_topics(db.uow()), self.topics.set_topics)
        if user.role is Role.EXECUTOR:
            self.filter_combo.setCurrentIndex(self.filter_combo.findData(MINE))
        self.filter_combo.currentIndexChanged.connect(self._apply_search)
        if self.current_filter() != self.register_model.filter:
            self.register_model.set_filter(self.current_filter())
        # The counts wait for the first page: start-up shows the register first.
        self._counts_waiting = True
        self.resize(1280, 720)
        self._build_workstation_parts()
        self._build_menus()
        self._build_saved_views()
        self.setAcceptDrops(True)  # an .eml dropped on the window becomes a new appeal
        name_controls(self)

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

        self.filter_combo = QComboBox()
        self.filter_combo.setToolTip(self.tr("Which appeals the register shows (Ctrl+L)"))
        self.filter_combo.setAccessibleName(self.tr("Register filter"))
        self.filter_combo.addItem(self.tr("All appeals"), ALL)
        if self._user.role is Role.EXECUTOR:
            self.filter_combo.addItem(self.tr("My appeals"), MINE)
        self.filter_combo.addItem(self.tr("Due soon"), DUE_SOON)
        self.filter_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.filter_combo.addItem(self.tr("Answered late"), ANSWERED_LATE)
        self.filter_combo.insertSeparator(self.filter_combo.count())
        for status in AppealStatus:
            self.filter_combo.addItem(self.tr("Status: %s") % label_of(status), STATUS_PREFIX + status.value)
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_action = QAction(
            self.tr("Appeals to &show"), self
        )  # the preset list, not the filter panel
        self.filter_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.filter_action.triggered.connect(self._on_filter_action_triggered)

        self.show_overdue_action = QAction(self.tr("Show &overdue"), self)
        self.show_overdue_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O)
        )
        self.show_overdue_action.setToolTip(self.tr("Show the overdue appeals (Ctrl+Shift+O)"))
        self.show_overdue_action.triggered.connect(self.show_overdue)

        self.find_property_action = QAction(self.tr("&Property…"), self)
        self.find_property_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P)
        )
        self.find_property_action.setToolTip(
            self.tr("Find a property in the register and open its card (Ctrl+Shift+P)")
        )
        self.find_property_action.setEnabled(allows(self._user.role, Permission.VIEW_PROPERTIES))
        self.find_property_action.triggered.connect(self._on_find_property_action_triggered)

        self.new_property_action = QAction(self.tr("New propert&y…"), self)
        self.new_property_action.setToolTip(self.tr("Add a property to the register by hand"))
        self.new_property_action.setVisible(allows(self._user.role, Permission.MANAGE_PROPERTIES))
        self.new_property_action.triggered.connect(self.open_new_property)

        self.import_properties_action = QAction(self.tr("&Import properties…"), self)
        self.import_properties_action.setToolTip(self.tr("Load a property registry file (CSV or XLSX)"))
        self.import_properties_action.triggered.connect(self._on_import_properties_action_triggered)

        # The property filter chip: visible while the register is narrowed to one property.
        self.property_filter_button = QToolButton()
        self.property_filter_button.setObjectName("property_filter_button")
        self.property_filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.property_filter_button.setToolTip(self.tr("Click to show appeals about every property"))
        self.property_filter_button.setStyleSheet(
            "QToolButton { color: #0d47a1; background: #e3f2fd; border: 1px solid #90caf9;"
            " border-radius: 9px; padding: 1px 8px; }"
        )
        self.property_filter_button.clicked.connect(self.clear_property_filter)

        toolbar.addAction(self.new_appeal_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.open_by_number_action)
        toolbar.addAction(self.find_property_action)
        if allows(self._user.role, Permission.IMPORT_PROPERTIES):
            toolbar.addAction(self.import_properties_action)
        # The second row: which appeals the register shows, and the search box.
        search_bar = QToolBar(self.tr("Search and filters"))
        search_bar.setObjectName("search_toolbar")
        search_bar.setMovable(False)
        search_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBarBreak()
        self.addToolBar(search_bar)
        toolbar = search_bar
        toolbar.addWidget(self.filter_combo)
        self.property_filter_action = toolbar.addWidget(self.property_filter_button)
        self.property_filter_action.setVisible(False)
        self.search_widget_action = toolbar.addWidget(self.search_edit)
        self.addAction(self.find_action)
        self.addAction(self.filter_action)
        self.addAction(self.show_overdue_action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self.tr("Appeals: …"))
        self.user_label = QLabel(
            self.tr("User: %1 (%2)")
            .replace("%1", self._user.full_name)
            .replace("%2", label_of(self._user.role))
        )
        self.database_label = QLabel(self.tr("Database: %s") % self._db.display_url())
        self.database_label.setToolTip(self._db.display_url())
        for label in (self.count_label, self.user_label, self.database_label):
            label.setContentsMargins(10, 0, 10, 0)
        # Always in sight, whatever the register shows; a click (or Ctrl+Shift+O) shows them.
        self.overdue_button = QToolButton()
        self.overdue_button.setObjectName("overdue_button")
        self.overdue_button.setAutoRaise(True)
        self.overdue_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.overdue_button.setIcon(overdue_icon())
        self.overdue_button.setText(self.tr("Overdue: …"))
        self.overdue_button.setToolTip(self.tr("Show the overdue appeals (Ctrl+Shift+O)"))
        self.overdue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.overdue_button.clicked.connect(self.show_overdue)
        status = self.statusBar()
        status.addPermanentWidget(self.overdue_button)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.database_label)

    # --- the register ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register from the database, keeping the selected appeal selected."""
        self._select_after_load = self.current_appeal_id()
        self.register_model.set_filter(self.current_filter())
        self._refresh_count()
        self._refresh_overdue_count()

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

    def _update_empty_state(self) -> None:
        """The empty register's note: nothing matches what is asked, or nothing is registered yet."""
        model = self.register_model
        if model.rowCount() > 0 or model.is_loading or model.canFetchMore(QModelIndex()):
            self.empty_label.hide()
            return
        asked = replace(self.register_model.filter, sort=RegisterSort())  # the order filters nothing
        if asked != RegisterFilter():
            self.empty_label.setText(self.tr("No appeal matches the search or the filters."))
        else:
            self.empty_label.setText(self.tr("No appeals yet."))
        self.empty_label.show()

    def _on_register_page_loaded(self) -> None:
        self._update_empty_state()
        if self._counts_waiting:
            self._counts_waiting = False
            self._refresh_count()
            self._refresh_overdue_count()
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
                self.count_label.setText(self.tr("Appeals: %Ln", "", count))

        def on_error(error: BaseException) -> None:
            if generation == self._count_generation:
                self.count_label.setText(self.tr("Appeals: ?"))
                self.count_label.setToolTip(getattr(error, "message", str(error)))

        run_in_background(lambda: count_appeals(db.uow(), actor=user, filters=filters), on_done, on_error)

    def _refresh_overdue_count(self) -> None:
        """The overdue appeals of the whole office, counted in the background."""
        self._overdue_generation += 1
        generation = self._overdue_generation
        db, user = self._db, self._user
        filters = RegisterFilter(overdue_on=office_date(datetime.now(UTC)))

        def on_done(count: int) -> None:
            if generation == self._overdue_generation:
                self.overdue_button.setText(self.tr("Overdue: %Ln", "", count))
                colour = on_palette(OVERDUE_FOREGROUND).name() if count else "palette(window-text)"
                self.overdue_button.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: bold; }}")
                self.overdue_button.setIcon(overdue_icon())

        def on_error(error: BaseException) -> None:
            if generation == self._overdue_generation:
                self.overdue_button.setText(self.tr("Overdue: ?"))
                self.overdue_button.setToolTip(getattr(error, "message", str(error)))

        run_in_background(lambda: count_appeals(db.uow(), actor=user, filters=filters), on_done, on_error)

    def current_filter(self) -> RegisterFilter:
        """The search box, the chosen preset and the filter panel, narrowed to the chosen property if
        there is one, in the register's current sort."""
        filters = self.filter_panel.apply_to(self._preset_filter())
        if self._property_filter is not None:
            filters = replace(filters, property_id=self._property_filter[0])
        return replace(filters, sort=self._sort_for(filters))

    # --- filter panel, sorting, saved views (issue 9) -----------------------------------------------

    def _build_filter_panel(self) -> None:
        """The filter panel above the register (hidden until Ctrl+Shift+F), the sortable header."""
        self._sort = RegisterSort()
        self.filter_panel = RegisterFilterPanel(self._db, self._user, self.topics)
        self.filter_panel.hide()
        self.filter_panel.sig_changed.connect(self._on_filter_panel_changed)
        self.filter_panel.property_button.clicked.connect(self._on_find_property_action_triggered)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.register_view, 1)
        self.setCentralWidget(container)

        self.filter_panel_action = QAction(self.tr("Filte&rs"), self)
        self.filter_panel_action.setCheckable(True)
        self.filter_panel_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F)
        )
        self.filter_panel_action.setToolTip(
            self.tr(
                "Show the filters: status, channel, kind, topic, executor, department, dates (Ctrl+Shift+F)"
            )
        )
        self.filter_panel_action.toggled.connect(self._on_filter_panel_action_toggled)
        self.relevance_action = QAction(self.tr("By rele&vance"), self)
        self.relevance_action.setCheckable(True)
        self.relevance_action.setToolTip(self.tr("Order the search results by how well they match"))
        self.relevance_action.toggled.connect(self._on_relevance_action_toggled)

        header = self.register_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.register_model.sort_column(), self.register_model.sort_order())
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)

    def _on_filter_panel_action_toggled(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        if shown:
            self.filter_panel.status_combo.setFocus()

    def _on_filter_panel_changed(self) -> None:
        active = self.filter_panel.active_count()
        self.filter_panel_action.setText(self.tr("Filte&rs (%d)") % active if active else self.tr("Filte&rs"))
        self._apply_search()

    def _show_highlights(self, shown: bool) -> None:
        for number, column in enumerate(self.register_model.columns):
            if column.key in HIGHLIGHTED_COLUMNS:
                self.register_view.setItemDelegateForColumn(
                    number, self._highlight_delegate if shown else None
                )

    def _sort_for(self, filters: RegisterFilter) -> RegisterSort:
        return self._sort

    def _show_sort(self) -> None:
        """The header's arrow and the relevance toggle as the register is sorted."""
        header = self.register_view.horizontalHeader()
        relevance = self._sort.column is SortColumn.RELEVANCE
        header.blockSignals(True)
        if relevance:
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        else:
            keys = [column.key for column in self.register_model.columns]
            order = Qt.SortOrder.DescendingOrder if self._sort.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keys.index(self._sort.column.value), order)
        header.blockSignals(False)
        self.relevance_action.blockSignals(True)
        self.relevance_action.setChecked(relevance)
        self.relevance_action.blockSignals(False)

    def _on_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        key = (
            self.register_model.columns[section].key
            if 0 <= section < len(self.register_model.columns)
            else ""
        )
        if key in SORTABLE_COLUMNS:
            self._sort = RegisterSort(SortColumn(key), order == Qt.SortOrder.DescendingOrder)
        else:
            self.statusBar().showMessage(self.tr("The register cannot be sorted by this column."), 5000)
        self._show_sort()
        self._apply_search()

    def _on_relevance_action_toggled(self, checked: bool) -> None:
        self._sort = RegisterSort(SortColumn.RELEVANCE) if checked else RegisterSort()
        self._show_sort()
        self._apply_search()

    def _build_saved_views(self) -> None:
        self.saved_views = SavedViewsMenu(
            self, self._db, self._user, current=self.current_filter, apply=self.apply_filters
        )
        self.saved_views.sig_failed.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        toolbar = self.findChild(QToolBar, "search_toolbar")
        if toolbar is not None:
            toolbar.insertAction(self.property_filter_action, self.filter_panel_action)
            toolbar.insertWidget(self.property_filter_action, self.saved_views.combo)
            toolbar.addAction(self.relevance_action)
        menus = self.menuBar()
        reports = next((a for a in menus.actions() if a.text() == self.tr("Re&ports")), None)
        if reports is not None:
            menus.insertMenu(reports, self.saved_views.menu)
        else:
            menus.addMenu(self.saved_views.menu)
        edit = next((a for a in menus.actions() if a.text() == self.tr("&Edit")), None)
        edit_menu = edit.menu() if edit is not None else None
        if isinstance(edit_menu, QMenu):
            edit_menu.addActions([self.filter_panel_action, self.relevance_action])
        QTimer.singleShot(0, self.saved_views.load)

    def apply_filters(self, filters: RegisterFilter) -> None:
        """Show `filters` (a saved view) in the search box, the panel and the sort, then in the register."""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(filters.search)
        self.search_edit.blockSignals(False)
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(ALL), 0))
        self.filter_combo.blockSignals(False)
        self.filter_panel.show_filters(filters)
        active = self.filter_panel.active_count()
        self.filter_panel_action.setText(self.tr("Filte&rs (%d)") % active if active else self.tr("Filte&rs"))
        if filters.property_id is not None:
            self._show_property_chip(filters.property_id)
        else:
            self._property_filter = None
            self.property_filter_action.setVisible(False)
        self._sort = filters.sort
        self._show_sort()
        self._apply_search()

    def _show_property_chip(self, property_id: int) -> None:
        self._property_filter = (property_id, "…")
        self.property_filter_button.setText(self.tr("Property: %s  ✕") % "…")
        self.property_filter_action.setVisible(True)
        db, user = self._db, self._user

        def shown(found: PropertyView) -> None:
            if self._property_filter is not None and self._property_filter[0] == property_id:
                title = found.cadastral_number or found.address
                self._property_filter = (property_id, title)
                self.property_filter_button.setText(self.tr("Property: %s  ✕") % title)

        run_in_background(
            lambda: get_property(db.uow(), actor=user, property_id=property_id), shown, lambda _e: None
        )

    def _preset_filter(self) -> RegisterFilter:
        """The search box combined with the chosen preset; "today" is the office's today."""
        search = self.search_edit.text().strip()
        preset = str(self.filter_combo.currentData() or ALL)
        today = office_date(datetime.now(UTC))
        if preset == MINE:
            return RegisterFilter(search=search, assignee_id=self._user.id)
        if preset == DUE_SOON:
            return RegisterFilter(search=search, due_soon_on=today)
        if preset == OVERDUE:
            return RegisterFilter(search=search, overdue_on=today)
        if preset == ANSWERED_LATE:
            return RegisterFilter(search=search, answered_late=True)
        if preset.startswith(STATUS_PREFIX):
            return RegisterFilter(search=search, status=AppealStatus(preset.removeprefix(STATUS_PREFIX)))
        return RegisterFilter(search=search)

    def set_preset(self, preset: str) -> bool:
        """Choose a filter preset (ALL, MINE, …); False if this user has no such preset."""
        index = self.filter_combo.findData(preset)
        if index < 0:
            return False
        self.filter_combo.setCurrentIndex(index)
        return True

    def show_overdue(self) -> None:
        self.set_preset(OVERDUE)
        self._apply_search()
        self.register_view.setFocus()

    def _on_filter_action_triggered(self) -> None:
        self.filter_combo.setFocus()
        self.filter_combo.showPopup()

    def _on_search_edit_text_changed(self) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        filters = self.current_filter()
        self._show_highlights(bool(filters.search.strip()))
        if hasattr(self, "saved_views"):
            self.saved_views.forget_choice()
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

    def open_appeal(self, appeal_id: int, parent: QWidget | None = None) -> AppealDialog | None:
        """The appeal editor, over `parent` (a property card) or over the register."""
        try:
            appeal = get_appeal(self._db.uow(), actor=self._user, appeal_id=appeal_id)
        except ReceptionError as error:
            show_message(parent or self, error.message, icon=QMessageBox.Icon.Warning)
            return None
        return self._open_editor(appeal, parent)

    def _on_new_appeal_action_triggered(self) -> None:
        self._open_editor(None)

    def _open_editor(self, appeal: AppealView | None, parent: QWidget | None = None) -> AppealDialog:
        dialog = AppealDialog(self._db, self._user, self.topics, appeal, parent or self)
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
        self._refresh_overdue_count()

    def _on_open_by_number_action_triggered(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Open by number"))
        dialog.setLabelText(
            self.tr("Registration number (for example ВП-2026-000017, or short: ВП-2026-17):")
        )
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

    # --- many workstations: live refresh, the connection, drafts left behind, users --------------

    def _build_workstation_parts(self) -> None:
        self.connection_banner = QLabel(
            self.tr("No connection to the database — form data is saved locally, reconnecting…")
        )
        self.connection_banner.setObjectName("connection_banner")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet(CONNECTION_BANNER_STYLE)
        self.connection_banner.hide()
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.takeCentralWidget(), 1)
        self.setCentralWidget(container)

        self.connection = ConnectionMonitor.of(self._db)
        self.connection.sig_lost.connect(self._on_connection_lost)
        self.connection.sig_restored.connect(self._on_connection_restored)

        self._kept_position: tuple[int | None, int] = (None, 0)
        self.register_model.sig_about_to_refresh.connect(self._remember_register_position)
        self.register_model.sig_refreshed.connect(self._restore_register_position)
        self.change_watcher = ChangeWatcher(self._db.url, self)
        self.change_watcher.sig_changed.connect(self._on_changes)
        self.change_watcher.start()

        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.setToolTip(self.tr("Accounts: add, reset a password, deactivate"))
        self.users_action.setVisible(allows(self._user.role, Permission.MANAGE_USERS))
        self.users_action.triggered.connect(self.open_users)

        QTimer.singleShot(0, self.offer_drafts)

    def _build_menus(self) -> None:
        """Every action of the window, with its shortcut shown, in the menus a desktop user expects."""
        self.email_intake_action = QAction(self.tr("Appeal from &e-mail (.eml)…"), self)
        self.email_intake_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E)
        )
        self.email_intake_action.setEnabled(allows(self._user.role, Permission.REGISTER_APPEAL))
        self.email_intake_action.triggered.connect(self._on_email_intake_action_triggered)
        self.export_action = QAction(self.tr("E&xport register…"), self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_X))
        self.export_action.setToolTip(self.tr("The register as shown (filters and columns) to XLSX or CSV"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q everywhere: the platform's standard Quit key may be none (Windows).
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        self.reports_action = QAction(self.tr("&Reports…"), self)
        self.reports_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.reports_action.setEnabled(allows(self._user.role, Permission.RUN_REPORTS))
        self.reports_action.triggered.connect(self.open_reports)
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.guide_action = QAction(self.tr("User &guide"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.open_guide)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_appeal_action, self.email_intake_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.find_action, self.filter_action])
        appeal_menu = menus.addMenu(self.tr("&Appeal"))
        appeal_menu.addActions(
            [
                self.open_by_number_action,
                self.show_overdue_action,
                self.find_property_action,
                self.new_property_action,
                self.refresh_action,
            ]
        )
        reports_menu = menus.addMenu(self.tr("Re&ports"))
        reports_menu.addAction(self.reports_action)
        self.consultations_menu = ConsultationsMenu(self, self._db, self._user, self.topics)
        menus.insertMenu(reports_menu.menuAction(), self.consultations_menu)
        tools_menu = menus.addMenu(self.tr("&Tools"))
        if allows(self._user.role, Permission.IMPORT_PROPERTIES):
            tools_menu.addAction(self.import_properties_action)
        if allows(self._user.role, Permission.MANAGE_USERS):
            tools_menu.addAction(self.users_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        self.letter_windows = LetterWindows(
            self, self, self._db, self._user, reports_menu=reports_menu, tools_menu=tools_menu
        )
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        self.reports_window: ReportsWindow | None = None

    def open_settings(self) -> QDialog:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._db, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_guide(self) -> QDialog:
        from ui.dialogs.guide_dialog import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_reports(self) -> ReportsWindow:
        if self.reports_window is None:
            self.reports_window = ReportsWindow(self._db, self._user, self)
        self.reports_window.show()
        self.reports_window.raise_()
        self.reports_window.activateWindow()
        return self.reports_window

    def _on_export_action_triggered(self) -> None:
        path = ask_export_path(self)
        if path is not None:
            self.export_register_to(path)

    def export_register_to(self, path: Path) -> QProgressDialog:
        def done(rows: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported %Ln appeal(s) to %1", "", rows).replace("%1", str(path)), 30_000
            )

        def failed(error: BaseException) -> None:
            message = error.message if isinstance(error, ReceptionError) else str(error)
            show_message(self, message, icon=QMessageBox.Icon.Warning)

        return export_view(
            self,
            db=self._db,
            actor=self._user,
            filters=self.register_model.filter,
            column_keys=[column.key for column in self.register_model.columns],
            path=path,
            on_done=done,
            on_error=failed,
        )

    def _on_email_intake_action_triggered(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Appeal from e-mail"), "", self.tr("E-mail messages (*.eml)")
        )
        if path:
            self.open_email(Path(path))

    def open_email(self, path: Path) -> AppealDialog | None:
        """A new appeal prefilled from an e-mail; its attachments are stored once it is registered."""
        try:
            email = read_eml(path)
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return None
        dialog = self._open_editor(None)
        dialog.load_draft(email.draft)
        dialog.attach_after_registration(list(email.attachments))
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().lower().endswith(".eml") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".eml"):
                self.open_email(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reception"),
            self.tr("Reception %s — the virtual reception office: citizens' appeals under Federal Law 59-FZ.")
            % __version__,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.change_watcher.stop()
        super().closeEvent(event)

    def _on_changes(self, changes: dict[str, set[int]]) -> None:
        """Saved on some workstation (this one too): refresh the register and the open editors."""
        changed = changes.get("appeal", set())
        if not changed:
            return
        self.register_model.refresh_loaded()
        self._recount_after_changes()
        for dialog in self.findChildren(AppealDialog):
            if dialog.appeal_id in changed and dialog.isVisible():
                dialog.session.changed_elsewhere()

    def _recount_after_changes(self) -> None:
        """SQLite counts a million rows in milliseconds; PostgreSQL takes a third of a second, so a
        busy office's live changes recount there at most once every LIVE_RECOUNT_MS."""
        if self._db.backend != "postgresql":
            self._refresh_count()
            self._refresh_overdue_count()
            return
        if not hasattr(self, "_recount_timer"):
            self._recount_timer = QTimer(self)
            self._recount_timer.setSingleShot(True)
            self._recount_timer.setInterval(LIVE_RECOUNT_MS)
            self._recount_timer.timeout.connect(self._refresh_count)
            self._recount_timer.timeout.connect(self._refresh_overdue_count)
        if not self._recount_timer.isActive():
            self._recount_timer.start()

    def _remember_register_position(self) -> None:
        self._kept_position = (self.current_appeal_id(), self.register_view.verticalScrollBar().value())

    def _restore_register_position(self) -> None:
        appeal_id, scroll = self._kept_position
        row = self.register_model.row_of(appeal_id) if appeal_id is not None else None
        if row is not None:
            self.register_view.selectionModel().setCurrentIndex(
                self.register_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.register_view.doItemsLayout()
        self.register_view.verticalScrollBar().setValue(scroll)

    def _on_connection_lost(self, _message: str) -> None:
        self.connection_banner.show()

    def _on_connection_restored(self) -> None:
        self.connection_banner.hide()
        self.statusBar().showMessage(self.tr("The connection to the database is back."), 15_000)
        self.refresh()

    def offer_drafts(self) -> None:
        """Forms left unsaved by a crash or a lost connection: restore them, discard them, or later."""
        store = DraftStore(drafts_dir())
        pending = store.pending()
        if not pending:
            return
        dialog = DraftsDialog(pending, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drafts_dialog = dialog

        def on_accepted() -> None:
            for saved in dialog.chosen():
                if dialog.restore:
                    self.restore_draft(saved)
                else:
                    store.discard(saved.key)

        dialog.accepted.connect(on_accepted)
        dialog.open()

    def restore_draft(self, saved: SavedDraft) -> AppealDialog | None:
        appeal = None
        if saved.appeal_id is not None:
            try:
                appeal = get_appeal(self._db.uow(), actor=self._user, appeal_id=saved.appeal_id)
            except ReceptionError as error:
                self.connection.report(error)
                show_message(self, error.message, icon=QMessageBox.Icon.Warning)
                return None
        dialog = self._open_editor(appeal)
        dialog.restore_draft(saved.key, saved.draft, saved.version)
        return dialog

    def open_users(self) -> None:
        dialog = UsersDialog(self._db, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.users_dialog = dialog
        dialog.open()

    # --- properties -----------------------------------------------------------------------------

    def open_property_card(self, property_id: int, parent: QWidget | None = None) -> PropertyCardDialog:
        card = PropertyCardDialog(self._db, self._user, property_id, parent or self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()
        return card

    def show_property_in_register(self, property_id: int, title: str) -> None:
        """Narrow the register to the appeals about one property; the chip in the toolbar undoes it."""
        self._property_filter = (property_id, title)
        self.property_filter_button.setText(self.tr("Property: %s  ✕") % title)
        self.property_filter_action.setVisible(True)
        self._apply_search()
        self.register_view.setFocus()

    def clear_property_filter(self) -> None:
        self._property_filter = None
        self.property_filter_action.setVisible(False)
        self._apply_search()

    def _on_find_property_action_triggered(self) -> None:
        dialog = PropertyFinderDialog(self._db, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_property_chosen.connect(lambda row: self.open_property_card(row.id))
        dialog.open()

    def open_new_property(self) -> PropertyEditDialog:
        """The property editor for a new record; once saved, its card."""
        dialog = PropertyEditDialog(self._db, self._user, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_property_saved.connect(self._on_property_created)
        dialog.open()
        return dialog

    def _on_property_created(self, view: PropertyView) -> None:
        self.statusBar().showMessage(
            self.tr("Saved: property %s") % (view.cadastral_number or view.address), 30_000
        )
        self.open_property_card(view.id)

    def _on_import_properties_action_triggered(self) -> None:
        dialog = PropertyImportDialog(self._db, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
