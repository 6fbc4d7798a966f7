"""A PDF on screen: the pages of a PDF given as bytes, drawn by QtPdf, fitted to the width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """A multi-page, fit-to-width view (`view`) and its document; show_pdf() replaces what it shows.

    The document is made before the view, so it goes first when the widget is destroyed (a
    QPdfView outliving its document is what QtPdf expects; the other way round crashes).
    """

    def __init__(self, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Until a PDF is shown: what will appear here and how to get it, not an empty grey box.
        self.hint_label = QLabel(hint)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "hint")
        self._layout = QStackedLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.hint_label)
        self._layout.addWidget(self.view)
        self._layout.setCurrentWidget(self.hint_label if hint else self.view)

    @property
    def is_showing_pdf(self) -> bool:
        return self._buffer is not None

    def clear(self) -> None:
        """Back to the hint (or an empty view): what was shown belongs to something else now."""
        self.pdf_document.close()
        old, self._buffer = self._buffer, None
        if old is not None:
            old.deleteLater()
        if self.hint_label.text():
            self._layout.setCurrentWidget(self.hint_label)

    def show_pdf(self, content: bytes) -> int:
        """Show `content` (the document reads it from a buffer kept alive here); its page count."""
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.pdf_document.load(buffer)
        self._layout.setCurrentWidget(self.view)
        if old is not None:
            old.deleteLater()
        return self.pdf_document.pageCount()
