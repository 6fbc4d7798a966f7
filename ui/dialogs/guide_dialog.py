"""The user guide (Help → User guide, F1): docs/guide.md with its screenshots, read inside the app."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reception.paths import docs_dir

GUIDE_FILE = "guide.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        guide = docs_dir() / GUIDE_FILE
        if guide.is_file():
            self.browser.setSearchPaths([str(guide.parent)])
            self.browser.setSource(
                QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource
            )
        else:
            self.browser.setPlainText(
                self.tr("The user guide is not installed with this copy of the program.")
            )
        self.open_in_browser_button = QPushButton(self.tr("Open in &browser"))
        self.open_in_browser_button.setEnabled(guide.is_file())
        self.open_in_browser_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_in_browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 40)
