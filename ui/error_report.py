"""What a clerk sees of an error nobody foresaw: a message, and the details in a log file.

Without it an exception in a slot goes to a console no workstation shows, and the action the clerk
asked for silently does nothing. Foreseen errors (ReceptionError) are shown where they happen; this
is for the rest.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reception.settings import data_dir

LOGGER = "reception.errors"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_log_file() -> Path:
    return data_dir() / "errors.log"


class ErrorReport:
    """`sys.excepthook` for the app: the traceback into the log, one message box at a time."""

    def __init__(self, log_file: Path, previous: ExceptHook) -> None:
        self.log_file = log_file
        self.previous = previous
        self.box: QMessageBox | None = None
        self.logger = logging.getLogger(LOGGER)
        self.logger.propagate = False
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(
                log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            handler = logging.StreamHandler(sys.stderr)  # no writable data folder: the console still has it
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self.logger.addHandler(handler)
        self.handler = handler

    def __call__(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self.previous(kind, error, traceback)
            return
        self.logger.error("Unexpected error", exc_info=(kind, error, traceback))
        self.handler.flush()
        if QApplication.instance() is None or self.box is not None:
            return  # no window to speak from, or the clerk is reading about the first one already
        text = QCoreApplication.translate(
            "ErrorReport",
            "The action was not completed: an unexpected error (%1: %2).\n\n"
            "The details are written to %3. Please tell your administrator.",
        )
        detail = str(error).splitlines()[0][:200] if str(error) else "—"
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("ErrorReport", "Unexpected error"),
            text.replace("%1", kind.__name__).replace("%2", detail).replace("%3", str(self.log_file)),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        self.box = None

    def uninstall(self) -> None:
        sys.excepthook = self.previous
        self.logger.removeHandler(self.handler)
        self.handler.close()


def install_error_report(log_file: Path | None = None) -> ErrorReport:
    report = ErrorReport(log_file or error_log_file(), sys.excepthook)
    sys.excepthook = report
    return report
