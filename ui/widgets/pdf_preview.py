"""A PDF on screen: the pages of a PDF given as bytes, drawn by QtPdf, fitted to the width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """A multi-page, fit-to-width view (`view`) and its document; show_pdf() replaces what it shows.

    The document is made before the view, so it goes first when the widget is destroyed (a
    QPdfView outliving its document is what QtPdf expects; the other way round crashes).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, content: bytes) -> int:
        """Show `content` (the document reads it from a buffer kept alive here); its page count."""
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.pdf_document.load(buffer)
        if old is not None:
            old.deleteLater()
        return self.pdf_document.pageCount()
