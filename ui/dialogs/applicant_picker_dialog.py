"""Pick one of the known applicants found at intake; Enter picks the highlighted one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.domain.contacts import format_phone
from reception.services.applicants import ApplicantView


class ApplicantPickerDialog(QDialog):
    sig_applicant_picked = Signal(object)

    def __init__(self, applicants: list[ApplicantView], term: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Known applicants"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._applicants = applicants
        caption = QLabel(self.tr("Applicants matching «%s». Enter picks, Esc keeps a new applicant.") % term)
        caption.setWordWrap(True)
        self.applicants_list = QListWidget()
        for applicant in applicants:
            item = QListWidgetItem(self._describe(applicant))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, applicant.id)
            self.applicants_list.addItem(item)
        self.applicants_list.setCurrentRow(0)
        self.applicants_list.itemDoubleClicked.connect(self.accept)
        caption.setBuddy(self.applicants_list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.applicants_list)
        layout.addWidget(buttons)
        # Wide enough for the longest line (name, phone, e-mail, address, appeals) as far as the
        # screen allows, and tall enough for a dozen of them.
        screen = self.screen().availableGeometry()
        rows = self.applicants_list.sizeHintForRow(0) if applicants else 20
        width = self.applicants_list.sizeHintForColumn(0) + 48
        self.resize(
            max(620, min(width, int(screen.width() * 0.9))),
            min(int(screen.height() * 0.8), 150 + rows * min(len(applicants) or 1, 12)),
        )
        self.accepted.connect(self._on_accepted)

    def _describe(self, applicant: ApplicantView) -> str:
        parts = [applicant.display_name or self.tr("(no name)")]
        if applicant.phone:
            parts.append(format_phone(applicant.phone))
        if applicant.email:
            parts.append(applicant.email)
        if applicant.postal_address:
            parts.append(applicant.postal_address)
        parts.append(self.tr("%Ln appeal(s)", "", applicant.appeal_count))
        return " · ".join(parts)

    def _on_accepted(self) -> None:
        row = self.applicants_list.currentRow()
        if 0 <= row < len(self._applicants):
            self.sig_applicant_picked.emit(self._applicants[row])
