"""The attachments of one appeal: add (button or drag and drop), preview images, save out, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.services.attachments import (
    AttachmentView,
    add_attachment_file,
    get_attachment,
    list_attachments,
    remove_attachment,
    save_attachment,
)
from reception.services.users import UserView
from ui.locale_format import format_datetime
from ui.tasks import run_in_background


class AttachmentsWidget(QWidget):
    sig_attachments_changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: UserView,
        appeal_id: int | None = None,
        parent: QWidget | None = None,
        *,
        letter_id: int | None = None,
    ) -> None:
        """The files of an appeal, or (with `letter_id`) of a letter."""
        super().__init__(parent)
        self._db, self._actor, self._appeal_id, self._letter_id = db, actor, appeal_id, letter_id
        self.setAcceptDrops(True)
        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("attachment_list")
        self.attachment_list.setAccessibleName(self.tr("Attached files"))
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumHeight(120)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Attach…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.attachment_list)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.message_label)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.attachment_list.currentItemChanged.connect(self._on_current_changed)
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        db, actor, appeal_id, letter_id = self._db, self._actor, self._appeal_id, self._letter_id
        # Refreshes may finish out of order; only the newest one's answer is shown.
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation

        def show_if_newest(items: list[AttachmentView]) -> None:
            if generation == self._generation:
                self._show(items)

        run_in_background(
            lambda: list_attachments(db.uow(), actor=actor, appeal_id=appeal_id, letter_id=letter_id),
            show_if_newest,
            self._show_error,
        )

    def attachments(self) -> list[AttachmentView]:
        return [
            self.attachment_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.attachment_list.count())
        ]

    def _show(self, items: list[AttachmentView]) -> None:
        current = self.attachment_list.currentItem()
        keep_id = current.data(Qt.ItemDataRole.UserRole).id if current is not None else None
        self.attachment_list.clear()
        for view in items:
            size = f"{view.size / 1024:.0f}" if view.size >= 1024 else f"{view.size} B"
            item = QListWidgetItem(f"{view.file_name} ({size}{' KB' if view.size >= 1024 else ''})")
            item.setData(Qt.ItemDataRole.UserRole, view)
            item.setToolTip(f"SHA-256 {view.sha256}\n{view.added_by}, {format_datetime(view.added_at)}")
            self.attachment_list.addItem(item)
            if view.id == keep_id:
                self.attachment_list.setCurrentItem(item)  # a refresh keeps what the user selected
        self._update_buttons()
        self.sig_attachments_changed.emit()

    def _show_error(self, error: BaseException) -> None:
        message = error.message if isinstance(error, ReceptionError) else str(error)
        self.message_label.setText(message)

    def _current(self) -> AttachmentView | None:
        item = self.attachment_list.currentItem()
        view = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return view if isinstance(view, AttachmentView) else None

    def _update_buttons(self) -> None:
        current = self._current()
        self.save_button.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None and current.added_by_id == self._actor.id)

    # ------------------------------------------------------------------ actions

    def add_files(self, paths: list[Path]) -> None:
        """Attach files one after another in the background; a refused one is named below the list."""
        db, actor, appeal_id, letter_id = self._db, self._actor, self._appeal_id, self._letter_id
        self.message_label.clear()

        def work() -> None:
            problems = []
            for path in paths:
                try:
                    add_attachment_file(
                        db.uow(), actor=actor, path=path, appeal_id=appeal_id, letter_id=letter_id
                    )
                except ReceptionError as error:
                    problems.append(error.message)
            if problems:
                raise ReceptionError("\n".join(problems))

        def failed(error: BaseException) -> None:
            self._show_error(error)
            self.refresh()

        run_in_background(work, lambda _none: self.refresh(), failed)

    def _on_add_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.add_files([Path(n) for n in names])

    def save_current(self, path: Path) -> None:
        current = self._current()
        if current is None:
            return
        db, actor = self._db, self._actor
        run_in_background(
            lambda: save_attachment(db.uow(), actor=actor, attachment_id=current.id, path=path),
            lambda _view: self.message_label.setText(self.tr("Saved to %1").replace("%1", str(path))),
            self._show_error,
        )

    def _on_save_button_clicked(self) -> None:
        current = self._current()
        if current is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the attachment"), current.file_name)
        if name:
            self.save_current(Path(name))

    def remove_current(self) -> None:
        current = self._current()
        if current is None:
            return
        db, actor = self._db, self._actor

        def work() -> None:
            remove_attachment(db.uow(), actor=actor, attachment_id=current.id)

        run_in_background(work, lambda _none: self.refresh(), self._show_error)

    def _on_remove_button_clicked(self) -> None:
        self.remove_current()

    def _on_current_changed(self, *_args: object) -> None:
        self._update_buttons()
        current = self._current()
        self.preview_label.clear()
        if current is None or not current.previewable:
            return
        db, actor = self._db, self._actor
        is_pdf = current.media_type == "application/pdf"
        run_in_background(
            lambda: get_attachment(db.uow(), actor=actor, attachment_id=current.id)[1],
            lambda data: self._show_preview(data, is_pdf),
            self._show_error,
        )

    def _show_preview(self, data: bytes, is_pdf: bool) -> None:
        pixmap = QPixmap()
        if is_pdf:
            pixmap = _first_pdf_page(data)
        elif not pixmap.loadFromData(data):
            return
        if not pixmap.isNull():
            self.preview_label.setPixmap(
                pixmap.scaled(
                    320, 240, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()


def _first_pdf_page(data: bytes) -> QPixmap:
    """The first page of a PDF as a picture (QtPdf), or a null pixmap when it does not render."""
    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return QPixmap()
    page = document.pagePointSize(0)
    scale = min(320 / max(page.width(), 1), 240 / max(page.height(), 1))
    image = document.render(0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale))))
    document.close()
    return QPixmap.fromImage(image)
