"""Deadline markers: small painted icons, so a state is told by shape as well as by colour.

Painted rather than taken from the style: the style's icons differ by platform and none of them
says "due soon" or "answered late".
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

OVERDUE_COLOUR = QColor("#c62828")
DUE_SOON_COLOUR = QColor("#e08a00")
ANSWERED_LATE_COLOUR = QColor("#6a4c93")

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")
DUE_SOON_BACKGROUND = QColor("#fff1cc")
DUE_SOON_FOREGROUND = QColor("#6b4500")
ANSWERED_LATE_FOREGROUND = QColor("#4a2f73")

_SIZES = (16, 24, 32)


def on_palette(colour: QColor) -> QColor:
    """`colour` as text on the window's background: the dark marker colours turn light under a dark
    palette (the system's dark theme), where they would otherwise be unreadable."""
    application = QGuiApplication.instance()
    window = application.palette().window().color() if isinstance(application, QGuiApplication) else None
    if window is None or window.lightnessF() >= 0.5:
        return colour
    hue, saturation, _lightness, alpha = colour.getHslF()
    return QColor.fromHslF(hue, min(1.0, saturation), 0.78, alpha)


def _paint(size: int, colour: QColor, glyph: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit))
    pen = QPen(QColor("white"), 1.8 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if glyph == "exclamation":
        painter.drawLine(QPointF(8 * unit, 3.8 * unit), QPointF(8 * unit, 9.2 * unit))
        painter.setBrush(QBrush(QColor("white")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(8 * unit, 12 * unit), 1.2 * unit, 1.2 * unit)
    elif glyph == "clock":
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 5 * unit, 5 * unit)
        painter.drawLine(QPointF(8 * unit, 8 * unit), QPointF(8 * unit, 4.8 * unit))
        painter.drawLine(QPointF(8 * unit, 8 * unit), QPointF(10.6 * unit, 9.4 * unit))
    elif glyph == "late_check":
        path = QPainterPath(QPointF(4 * unit, 8.2 * unit))
        path.lineTo(QPointF(6.9 * unit, 11 * unit))
        path.lineTo(QPointF(12 * unit, 5 * unit))
        painter.drawPath(path)
    painter.end()
    return pixmap


def _icon(colour: QColor, glyph: str) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_paint(size, colour, glyph))
    return icon


@cache
def overdue_icon() -> QIcon:
    """A red disc with an exclamation mark."""
    return _icon(OVERDUE_COLOUR, "exclamation")


@cache
def due_soon_icon() -> QIcon:
    """An amber disc with a clock face."""
    return _icon(DUE_SOON_COLOUR, "clock")


@cache
def answered_late_icon() -> QIcon:
    """A violet disc with a tick: answered, but after the due date."""
    return _icon(ANSWERED_LATE_COLOUR, "late_check")
