"""The outgoing register: every registered letter (number, date, addressee, appeal, signatory, status),
newest first, keyset-paged from the core, filtered by a period and a text; open the appeal or the
letter's stored PDF; export the filtered register to XLSX or CSV.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.deadlines import office_date
from reception.domain.errors import ReceptionError
from reception.services import letters
from reception.services.letters import OutgoingFilter, OutgoingRow
from reception.services.outgoing_export import export_outgoing
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.locale_format import format_date
from ui.tasks import run_in_background
from ui.widgets.form import error_label, show_message
from ui.widgets.pdf_preview import PdfPreview

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE = 200


class OutgoingModel(QAbstractTableModel):
    """The register's rows, a page at a time (keyset on outgoing date and id), loaded off the UI thread."""

    sig_loaded = Signal()
    sig_failed = Signal(str)

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._rows: list[OutgoingRow] = []
        self._filters = OutgoingFilter()
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._headers = (
            self.tr("Outgoing No."),
            self.tr("Date"),
            self.tr("Addressee"),
            self.tr("Appeal"),
            self.tr("Signatory"),
            self.tr("Status"),
            self.tr("Copies"),
            self.tr("Title"),
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def filters(self) -> OutgoingFilter:
        return self._filters

    def row_at(self, row: int) -> OutgoingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def refresh(self, filters: OutgoingFilter | None = None) -> None:
        """Start over from the newest letter (with new filters if given)."""
        if filters is not None:
            self._filters = filters
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._has_more = False
        self.endResetModel()
        self._load(None)

    def _load(self, after: tuple[date, int] | None) -> None:
        self._loading = True
        generation, db, actor, filters = self._generation, self._db, self._actor, self._filters
        run_in_background(
            lambda: letters.outgoing_register(
                db.uow(), actor=actor, filters=filters, after=after, limit=PAGE
            ),
            lambda rows: self._on_page(generation, rows),
            lambda error: self._on_failed(generation, error),
        )

    def _on_page(self, generation: int, rows: list[OutgoingRow]) -> None:
        if generation != self._generation:
            return  # an answer to a filter the user has already changed
        self._loading = False
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_more = len(rows) == PAGE
        self.sig_loaded.emit()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.sig_failed.emit(error.message if isinstance(error, ReceptionError) else str(error))

    # Qt model contract --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._rows:
            self._load(self._rows[-1].key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.out_number,
                format_date(row.out_date),
                row.addressee,
                row.appeal_reg_number,
                row.signatory,
                label_of(row.status),
                str(row.copies),
                row.title,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PdfViewerDialog(QDialog):
    """A stored PDF on screen, exactly as filed."""

    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.pdf_preview = PdfPreview()
        self.pdf_view = self.pdf_preview.view
        self.pdf_document = self.pdf_preview.pdf_document
        self.pdf_preview.show_pdf(content)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pdf_preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)


class OutgoingRegisterDialog(QDialog):
    """Reports → Outgoing letters…: the register of every letter that got an outgoing number."""

    sig_open_appeal = Signal(int)  # appeal id
    sig_pdf_shown = Signal(object)  # PdfViewerDialog

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("Outgoing letters"))
        self.resize(1150, 640)

        today = office_date(datetime.now(UTC))
        self.period_check = QCheckBox(self.tr("&Period:"))
        self.period_check.setToolTip(self.tr("Only letters dated within the period"))
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.from_edit.setAccessibleName(self.tr("Period from"))
        self.to_edit.setAccessibleName(self.tr("Period to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.period_check.toggled.connect(self.from_edit.setEnabled)
        self.period_check.toggled.connect(self.to_edit.setEnabled)
        self.period_check.toggled.connect(lambda _checked: self.apply_filters())
        for edit in (self.from_edit, self.to_edit):
            edit.editingFinished.connect(self._on_period_edited)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Number, addressee, title, signatory or appeal number"))
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.apply_button = QPushButton(self.tr("&Show"))
        self.apply_button.clicked.connect(self.apply_filters)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search_edit)

        self.model = OutgoingModel(db, actor, self)
        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_failed.connect(self._on_failed)
        self.table_view = QTableView()
        self.table_view.setAccessibleName(self.tr("Outgoing letters"))
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().hide()
        self.table_view.setWordWrap(False)
        header = self.table_view.horizontalHeader()
        for column, width in enumerate((130, 85, 220, 130, 130, 95, 60)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table_view.activated.connect(self._on_table_view_activated)  # Enter or a double click
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel()
        self.error_label = error_label()
        self.open_appeal_button = QPushButton(self.tr("Open &appeal"))
        self.open_appeal_button.clicked.connect(self.open_appeal)
        self.open_pdf_button = QPushButton(self.tr("Open letter P&DF"))
        self.open_pdf_button.setToolTip(self.tr("The approved letter exactly as it was filed"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("The register as filtered, to XLSX or CSV"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)

        filters = QHBoxLayout()
        filters.addWidget(self.period_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.to_edit)
        filters.addSpacing(16)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.apply_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.open_appeal_button, self.open_pdf_button, self.export_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()
        name_controls(self)
        # Enter belongs to the field or the list it is pressed in (search, preview, open a row), never
        # to a default button of the window as well.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        QTimer.singleShot(0, self.apply_filters)

    def current_filters(self) -> OutgoingFilter:
        if not self.period_check.isChecked():
            return OutgoingFilter(text=self.search_edit.text())
        start, end = self.from_edit.date(), self.to_edit.date()
        return OutgoingFilter(
            date_from=date(start.year(), start.month(), start.day()),
            date_to=date(end.year(), end.month(), end.day()),
            text=self.search_edit.text(),
        )

    def apply_filters(self) -> None:
        self.error_label.hide()
        filters = self.current_filters()
        self.model.refresh(filters)
        self.count_label.setText(self.tr("Letters: …"))
        db, actor = self._db, self._actor

        def counted(count: int) -> None:
            if filters == self.model.filters:
                self.count_label.setText(self.tr("Letters: %d") % count)

        def not_counted(error: BaseException) -> None:
            if filters == self.model.filters:
                self.count_label.setText(self.tr("Letters: ?"))
                self.count_label.setToolTip(
                    error.message if isinstance(error, ReceptionError) else str(error)
                )

        run_in_background(
            lambda: letters.count_outgoing(db.uow(), actor=actor, filters=filters), counted, not_counted
        )

    def selected_row(self) -> OutgoingRow | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_appeal(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.sig_open_appeal.emit(row.appeal_id)

    def open_pdf(self) -> None:
        """The letter's stored PDF in a viewer of its own (fetched off the UI thread)."""
        row = self.selected_row()
        if row is None:
            return
        db, actor = self._db, self._actor
        self.open_pdf_button.setEnabled(False)

        def show(content: bytes) -> None:
            self._update_buttons()
            viewer = PdfViewerDialog(
                self.tr("Letter %1 of %2")
                .replace("%1", row.out_number)
                .replace("%2", format_date(row.out_date)),
                content,
                self,
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.show()
            self.sig_pdf_shown.emit(viewer)

        run_in_background(
            lambda: letters.letter_pdf_bytes(db.uow(), actor=actor, letter_id=row.letter_id),
            show,
            self._on_action_failed,
        )

    def export_to(self, path: Path) -> QProgressDialog:
        """Write the register as filtered to `path` in the background; a progress dialog with Cancel."""
        cancel = threading.Event()
        progress = QProgressDialog(self.tr("Exporting the outgoing register…"), self.tr("Cancel"), 0, 0, self)
        progress.setMinimumDuration(500)
        progress.canceled.connect(cancel.set)
        filters, db, actor = self.current_filters(), self._db, self._actor

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def done(rows: int) -> None:
            progress.reset()
            self.count_label.setText(
                self.tr("Exported %1 letters to %2").replace("%1", str(rows)).replace("%2", path.name)
            )

        def failed(error: BaseException) -> None:
            progress.reset()
            self._on_action_failed(error)

        run_in_background(
            lambda progress: export_outgoing(
                db.uow, actor=actor, path=path, filters=filters, progress=progress, cancel=cancel
            ),
            done,
            failed,
            progress=step,
        )
        return progress

    # Slots --------------------------------------------------------------------------------------

    def _on_period_edited(self) -> None:
        if self.period_check.isChecked() and self.current_filters() != self.model.filters:
            self.apply_filters()

    def _on_loaded(self) -> None:
        self._update_buttons()
        if self.model.rowCount() and not self.table_view.selectionModel().hasSelection():
            self.table_view.selectRow(0)

    def _on_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_action_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if not isinstance(error, ReceptionError):
            raise error
        show_message(self, error.message, icon=QMessageBox.Icon.Warning)

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.open_appeal_button.setEnabled(chosen)
        self.open_pdf_button.setEnabled(chosen)

    def _on_table_view_activated(self, _index: QModelIndex) -> None:
        self.open_pdf()

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the outgoing register"),
            "outgoing.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path:
            self.export_to(Path(path))
