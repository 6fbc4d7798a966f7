"""Register cells with the words the search matched highlighted.

The model gives each cell's spans under `HIGHLIGHT_ROLE` ((start, end) offsets in its display text,
worked out by the core's `highlight_spans`); a cell without spans is painted by Qt as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HIGHLIGHT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
HIGHLIGHT_BACKGROUND = QColor("#ffe082")
HIGHLIGHT_FOREGROUND = QColor("#212121")


def visible_spans(spans: tuple[tuple[int, int], ...], shown: int) -> list[tuple[int, int]]:
    """The spans clipped to the first `shown` characters (the rest of the text is elided)."""
    return [(start, min(end, shown)) for start, end in spans if start < shown and end > start]


class HighlightDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        spans = index.data(HIGHLIGHT_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the cell (background, selection, icon) as usual, the text drawn below
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
        shown = len(text) if elided == text else max(len(elided) - 1, 0)

        marked = QTextCharFormat()
        marked.setBackground(QBrush(HIGHLIGHT_BACKGROUND))
        marked.setForeground(QBrush(HIGHLIGHT_FOREGROUND))
        ranges = []
        for start, end in visible_spans(tuple(spans), shown):
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, marked
            ranges.append(span)
        layout = QTextLayout(elided, opt.font)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 0))
        layout.endLayout()

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
