"""The invitation to a consultation: its text, and the ways to hand it to the citizen.

The text and the calendar file (.ics) are built by the core; this panel only shows them and
copies, saves, prints or opens them in the user's mail client (a `mailto:` link).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.services.consultations import Invitation
from ui.widgets.form import show_message


def mailto_url(email: str, subject: str, body: str) -> QUrl:
    """A `mailto:` link that opens the user's mail client with the message filled in."""
    url = QUrl(f"mailto:{email}")
    query = QUrlQuery()
    query.addQueryItem("subject", subject)
    query.addQueryItem("body", body.replace("\n", "\r\n"))
    url.setQuery(query)
    return url


class InvitationPanel(QGroupBox):
    sig_saved = Signal(str)  # the path of the .ics written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Invitation"))
        self._invitation: Invitation | None = None
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setMinimumHeight(110)
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.save_ics_button = QPushButton(self.tr("Sa&ve .ics…"))
        self.save_ics_button.clicked.connect(self._on_save_ics_button_clicked)
        self.email_button = QPushButton(self.tr("E-&mail…"))
        self.email_button.setToolTip(self.tr("Open the invitation in your mail client"))
        self.email_button.clicked.connect(self.open_in_mail_client)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_ics_button, self.email_button, self.print_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)
        self.set_invitation(None)

    @property
    def invitation(self) -> Invitation | None:
        return self._invitation

    def set_invitation(self, invitation: Invitation | None) -> None:
        self._invitation = invitation
        self.text_view.setPlainText(invitation.text if invitation is not None else "")
        for button in (self.copy_button, self.save_ics_button, self.email_button, self.print_button):
            button.setEnabled(invitation is not None)

    def copy_text(self) -> None:
        if self._invitation is not None:
            QGuiApplication.clipboard().setText(self._invitation.text)

    def _on_save_ics_button_clicked(self) -> None:
        if self._invitation is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar file"),
            self._invitation.ics_filename,
            self.tr("Calendar (*.ics)"),
        )
        if path:
            self.save_ics_to(Path(path))

    def save_ics_to(self, path: Path) -> bool:
        if self._invitation is None:
            return False
        try:
            path.write_bytes(self._invitation.ics)
        except OSError as error:
            show_message(
                self,
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", error.strerror or ""),
                icon=QMessageBox.Icon.Warning,
            )
            return False
        self.sig_saved.emit(str(path))
        return True

    def mail_url(self) -> QUrl | None:
        if self._invitation is None:
            return None
        return mailto_url(self._invitation.recipient, self._invitation.subject, self._invitation.text)

    def open_in_mail_client(self) -> None:
        url = self.mail_url()
        if url is not None and not QDesktopServices.openUrl(url):
            show_message(
                self,
                self.tr("No mail client answered. Copy the text and send it from your mail."),
                icon=QMessageBox.Icon.Warning,
            )

    def _on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._invitation is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self._invitation.text)
        document.print_(printer)
