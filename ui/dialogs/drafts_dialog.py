"""Appeals typed but never saved (the app crashed or the connection was lost): offered at start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.drafts import SavedDraft
from ui.locale_format import format_datetime


class DraftsDialog(QDialog):
    """Accepted with «Restore» (`restore` True) or «Discard» (`restore` False); `chosen()` the ticked."""

    def __init__(self, drafts: list[SavedDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self.restore = False
        self.setWindowTitle(self.tr("Unsaved appeals"))
        self.question_label = QLabel(
            self.tr(
                "<b>Restore unsaved appeals?</b><br>These forms were not saved the last time "
                "(the program closed or the database connection was lost). Tick the ones to open again."
            )
        )
        self.question_label.setWordWrap(True)
        self.drafts_list = QListWidget()
        for draft in drafts:
            saved_at = format_datetime(draft.saved_at)
            title = draft.title or (self.tr("New appeal") if draft.is_new_appeal else "")
            summary = draft.draft.summary or draft.draft.text.strip().split("\n", 1)[0]
            text = self.tr("%1 — saved %2").replace("%1", title).replace("%2", saved_at)
            if summary:
                text += f"\n{summary[:120]}"
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.drafts_list.addItem(item)
        self.drafts_list.setCurrentRow(0)

        self.button_box = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard ticked"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setToolTip(self.tr("Keep the drafts and ask at the next start"))
        self.button_box.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.button_box.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._finish(restore=True))
        self.discard_button.clicked.connect(lambda: self._finish(restore=False))
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.drafts_list, 1)
        layout.addWidget(self.button_box)
        self.resize(620, 320)

    def _finish(self, *, restore: bool) -> None:
        self.restore = restore
        self.accept()

    def chosen(self) -> list[SavedDraft]:
        return [
            draft
            for row, draft in enumerate(self._drafts)
            if (item := self.drafts_list.item(row)) is not None and item.checkState() == Qt.CheckState.Checked
        ]
