"""Export the register as shown (its filter and visible columns) to XLSX or CSV, in the background."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from reception.db.database import Database
from reception.services.register_export import COLUMNS, export_register
from reception.services.register_query import RegisterFilter
from reception.services.users import UserView
from ui.tasks import run_in_background


def ask_export_path(parent: QWidget) -> Path | None:
    """The file the user picks (.xlsx or .csv), or None when they cancel."""
    path, _selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RegisterExport", "Export the register"),
        "register.xlsx",
        QCoreApplication.translate("RegisterExport", "Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
    )
    return Path(path) if path else None


def export_view(
    parent: QWidget,
    *,
    db: Database,
    actor: UserView,
    filters: RegisterFilter,
    column_keys: Sequence[str],
    path: Path,
    on_done: Callable[[int], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """Start the export; a progress dialog with Cancel shows while it runs. Columns the export does
    not know (decorations of the view) are left out."""
    columns = tuple(key for key in column_keys if key in COLUMNS)
    cancel = threading.Event()
    dialog = QProgressDialog(
        QCoreApplication.translate("RegisterExport", "Exporting the register…"),
        QCoreApplication.translate("RegisterExport", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setObjectName("export_progress_dialog")
    dialog.setMinimumDuration(500)
    dialog.canceled.connect(cancel.set)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def work(progress: Any, cancel: threading.Event) -> int:
        return export_register(
            db.uow, actor=actor, path=path, filters=filters, columns=columns, progress=progress, cancel=cancel
        )

    def finished(rows: int) -> None:
        dialog.reset()
        on_done(rows)

    def failed(error: BaseException) -> None:
        dialog.reset()
        on_error(error)

    run_in_background(work, finished, failed, progress, cancel)
    return dialog
