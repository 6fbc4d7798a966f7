"""Loading a property registry file: choose it, map its columns, check it (dry run), import it.

The file is read off the UI thread (a large workbook takes seconds) under a busy bar. The checks and
the import are the core's (`import_properties`); they run off the UI thread with a progress dialog
whose Cancel stops them between batches, leaving the database as it was. Import is offered only
after a check of the file with the columns as they are now mapped: the clerk sees the problems first.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.documents.tabular import read_table
from reception.domain.errors import ReceptionError
from reception.services.property_import import (
    FIELDS,
    IGNORE,
    ImportCancelled,
    ImportPreview,
    PropertyImportError,
    PropertyImportResult,
    import_properties,
    map_columns,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.tasks import run_in_background
from ui.widgets.form import show_message

# The file (its path, modification time and size) and the mapping a check was run with.
CheckKey = tuple[str, tuple[int, int], tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class FileOutline:
    """What the dialog shows of a file before the check: headers, first row, row count, proposed fields."""

    headers: tuple[str, ...]
    first_values: tuple[str, ...]
    row_count: int
    proposed: dict[int, str]


def outline_file(path: Path) -> FileOutline:
    """Read the file (slow for a large workbook: call it off the UI thread) and propose the fields."""
    table = read_table(path)
    try:
        proposed = map_columns(table.headers)
    except PropertyImportError:
        proposed = {}  # nothing recognised: the clerk maps by hand
    first = table.rows[0] if table.rows else None
    first_values = tuple(first.get(n) for n in range(len(table.headers))) if first else ()
    return FileOutline(table.headers, first_values, len(table.rows), proposed)


class PropertyImportDialog(QDialog):
    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._headers: tuple[str, ...] | None = None
        self._load_generation = 0
        self._loading = False
        self._checked: CheckKey | None = None
        self._cancel: threading.Event | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.preview: ImportPreview | None = None
        self.import_result: PropertyImportResult | None = None
        self.setWindowTitle(self.tr("Import properties"))

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("a registry file: CSV (UTF-8 or Windows-1251) or XLSX"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no measure of a file being read: a busy bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Reading the file"))
        self.busy_bar.hide()

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First value"), self.tr("Field")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 220)
        self.mapping_table.setColumnWidth(2, 260)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setAccessibleName(self.tr("Problems found"))
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")]
        )
        self.problems_table.verticalHeader().hide()
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems_table.setColumnWidth(0, 60)
        self.problems_table.setColumnWidth(1, 180)
        self.problems_table.setColumnWidth(2, 200)

        self.valid_only_check = QCheckBox(
            self.tr("Import the &valid rows only (skip the rows with problems)")
        )
        self.check_button = QPushButton(self.tr("C&heck (dry run)"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setToolTip(self.tr("Available after a check of this file with these columns"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.start_import)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_box.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.rejected.connect(self.reject)

        file_line = QHBoxLayout()
        file_line.addWidget(self.path_edit, 1)
        file_line.addWidget(self.busy_bar)
        file_line.addWidget(self.choose_button)
        mapping_box = QGroupBox(self.tr("Columns"))
        QVBoxLayout(mapping_box).addWidget(self.mapping_table)
        preview_box = QGroupBox(self.tr("Check"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary_label)
        preview_layout.addWidget(self.problems_table)
        layout = QVBoxLayout(self)
        layout.addLayout(file_line)
        layout.addWidget(mapping_box, 2)
        layout.addWidget(preview_box, 3)
        layout.addWidget(self.valid_only_check)
        layout.addWidget(self.button_box)
        name_controls(self)
        self.resize(980, 720)
        self._update_buttons()

    # --- the file and its columns ---------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Registry file"))
        dialog.setNameFilters([self.tr("Registry files (*.csv *.xlsx *.txt)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.load_file(Path(name)))
        dialog.open()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def load_file(self, path: Path) -> None:
        """Read the file off the UI thread, then propose a field for each column (the core's synonyms).

        Choosing another file meanwhile drops the first one's outcome.
        """
        self._load_generation += 1
        generation = self._load_generation
        self.path_edit.setText(str(path))
        self._show_preview(None)
        self.mapping_table.setRowCount(0)
        self._headers = None
        self._checked = None
        self._set_loading(True)
        self.summary_label.setText(self.tr("Reading %1…").replace("%1", path.name))

        def on_done(outline: FileOutline) -> None:
            if shiboken6.isValid(self) and generation == self._load_generation:
                self._set_loading(False)
                self._show_outline(outline)

        def on_error(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._load_generation:
                return
            self._set_loading(False)
            self.summary_label.clear()
            if not isinstance(error, ReceptionError):
                sys.excepthook(type(error), error, error.__traceback__)
                return
            self.summary_label.setText(error.message)

        run_in_background(lambda: outline_file(path), on_done, on_error)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.busy_bar.setVisible(loading)
        self._update_buttons()

    def _show_outline(self, outline: FileOutline) -> None:
        self._headers = outline.headers
        self.mapping_table.setRowCount(len(outline.headers))
        for number, header in enumerate(outline.headers):
            first = outline.first_values[number] if number < len(outline.first_values) else ""
            self.mapping_table.setItem(number, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(number, 1, QTableWidgetItem(first))
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), IGNORE)
            for name, caption in FIELDS.items():
                combo.addItem(caption, name)
            combo.setCurrentIndex(max(combo.findData(outline.proposed.get(number, IGNORE)), 0))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping_table.setCellWidget(number, 2, combo)
        self.summary_label.setText(
            self.tr("Rows in the file: %Ln. Check the columns, then run the check.", "", outline.row_count)
        )
        self._update_buttons()

    def _on_mapping_changed(self) -> None:
        self._checked = None  # the check was of other columns: check again before importing
        self._show_preview(None)
        self._update_buttons()

    def mapping(self) -> dict[str, str]:
        """Header → field (or "-"), as chosen in the table."""
        if self._headers is None:
            return {}
        chosen: dict[str, str] = {}
        for number, header in enumerate(self._headers):
            combo = self.mapping_table.cellWidget(number, 2)
            if isinstance(combo, QComboBox) and header:
                chosen[header] = str(combo.currentData())
        return chosen

    def set_field(self, header: str, field: str) -> None:
        """Choose the field of one column (as the combo would)."""
        for number in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(number, 0)
            combo = self.mapping_table.cellWidget(number, 2)
            if item is not None and item.text() == header and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(field))

    # --- check and import -----------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._cancel is not None

    @property
    def is_checked(self) -> bool:
        """A check (dry run) passed with the file and the mapping as they are now."""
        return self._checked is not None and self._checked == self._check_key()

    def _check_key(self) -> CheckKey:
        path = self.path_edit.text()
        try:
            status = Path(path).stat()
            stamp = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = (0, -1)
        return path, stamp, tuple(sorted(self.mapping().items()))

    def check(self) -> None:
        self._run(dry_run=True)

    def start_import(self) -> None:
        if self.is_checked:
            self._run(dry_run=False)
        elif self._checked is not None:
            # Saved again since the check (corrected in Excel, say): what would load was not checked.
            self._checked = None
            self._show_preview(None)
            self.summary_label.setText(self.tr("The file has changed since the check: check it again."))
            self._update_buttons()

    def _run(self, *, dry_run: bool) -> None:
        path_text = self.path_edit.text()
        if not path_text or self._headers is None or self.is_running or self.is_loading:
            return
        path, mapping = Path(path_text), self.mapping()
        key = self._check_key()
        if dry_run:
            self._checked = None
        valid_only = self.valid_only_check.isChecked()
        db, actor = self._db, self._actor
        cancel = threading.Event()
        self._cancel = cancel
        progress = QProgressDialog(
            self.tr("Checking the file…") if dry_run else self.tr("Importing…"),
            self.tr("Cancel"),
            0,
            100,
            self,
        )
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        progress.show()
        self.progress_dialog = progress
        self._update_buttons()

        def on_progress(done: int, total: int) -> None:
            if self.progress_dialog is not progress:  # finished: the dialog is closing
                return
            if progress.wasCanceled():
                cancel.set()
            if total:
                # A window-modal progress dialog processes events in setValue: the outcome may
                # arrive inside it and close the dialog, which then goes at the next turn.
                progress.setValue(int(done * 100 / total))

        def work(progress: object = None, cancel: threading.Event | None = None) -> PropertyImportResult:
            return import_properties(
                db.uow(),
                actor=actor,
                path=path,
                mapping=mapping,
                dry_run=dry_run,
                valid_only=valid_only,
                progress=progress,  # type: ignore[arg-type]
                cancel=cancel,
            )

        def on_done(result: PropertyImportResult) -> None:
            # A check passed makes Import available; an import changed the register: check again.
            self._checked = key if result.dry_run else None
            self._on_done(result)

        run_in_background(work, on_done, self._on_error, progress=on_progress, cancel=cancel)

    def _finish(self) -> None:
        self._cancel = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_buttons()

    def _on_done(self, result: PropertyImportResult) -> None:
        self._finish()
        self._show_preview(result.preview)
        if result.dry_run:
            return
        self.import_result = result
        message = self.tr("Imported: %1 new, %2 updated, %3 rows skipped.")
        message = (
            message.replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped_rows))
        )
        self.summary_label.setText(message + "\n" + self.summary_label.text())
        show_message(self, message, icon=QMessageBox.Icon.Information)

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, ImportCancelled):
            self.summary_label.setText(error.message)
            return
        if isinstance(error, PropertyImportError) and error.preview is not None:
            self._show_preview(error.preview)
            show_message(self, error.message.splitlines()[0], icon=QMessageBox.Icon.Warning)
            return
        if isinstance(error, ReceptionError):
            self.summary_label.setText(error.message)
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        # Not foreseen: the dialog says that nothing was loaded; the app's error report (ui.error_report)
        # tells the rest and logs the details.
        message = self.tr("The registry was not loaded: an unexpected error (%1). Nothing was changed.")
        self.summary_label.setText(message.replace("%1", type(error).__name__))
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.problems_table.setRowCount(0)
        if preview is None:
            self.summary_label.clear()
            return
        text = self.tr("Rows: %1, valid: %2 (new %3, to update %4), problems: %5.")
        for key, value in (
            ("%1", preview.total_rows),
            ("%2", preview.valid_rows),
            ("%3", preview.to_create),
            ("%4", preview.to_update),
            ("%5", preview.problem_count),
        ):
            text = text.replace(key, str(value))
        if preview.problem_count > len(preview.problems):
            text += " " + self.tr("The first %Ln problem(s) are listed.", "", len(preview.problems))
        if preview.to_update:
            text += "\n" + self.tr(
                "Records being updated change only in the fields mapped to a column above."
            )
        self.summary_label.setText(text)
        self.problems_table.setRowCount(len(preview.problems))
        for number, problem in enumerate(preview.problems):
            cells = (str(problem.row), problem.column, problem.value, problem.reason)
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.problems_table.setItem(number, column, item)

    def _update_buttons(self) -> None:
        ready = self._headers is not None and not self.is_running and not self.is_loading
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.is_checked)
        self.choose_button.setEnabled(not self.is_running)

    def reject(self) -> None:
        if self.is_running:
            return  # the progress dialog's Cancel stops the work first
        super().reject()
