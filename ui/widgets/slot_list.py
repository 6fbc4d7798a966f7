"""Free consultation slots as a keyboard list: soonest first, Enter (or a double click) chooses one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from reception.domain.consultations import WEEKDAY_LABELS, ConsultationFormat
from reception.services.consultations import FreeSlot
from ui.locale_format import as_shown, format_time

SLOT_ROLE = Qt.ItemDataRole.UserRole


def short_name(full_name: str) -> str:
    """«Исполнителев Пётр Петрович» → «Исполнителев П. П.» (a slot line stays short)."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return " ".join([parts[0], *(f"{p[0]}." for p in parts[1:3])])


def when_text(moment: datetime) -> str:
    """«пт 28.11.2026 10:20» in office time (the core hands times in the office's zone)."""
    return f"{WEEKDAY_LABELS[moment.weekday()]} {as_shown(moment)}"


def formats_text(formats: tuple[ConsultationFormat, ...]) -> str:
    if set(formats) == set(ConsultationFormat):
        return QCoreApplication.translate("SlotList", "video or in person")
    if formats == (ConsultationFormat.VIDEO,):
        return QCoreApplication.translate("SlotList", "video only")
    return QCoreApplication.translate("SlotList", "in person only")


def format_short(fmt: ConsultationFormat) -> str:
    """«video» / «in person»: the day view's narrow column."""
    if fmt is ConsultationFormat.VIDEO:
        return QCoreApplication.translate("SlotList", "video")
    return QCoreApplication.translate("SlotList", "in person")


def slot_text(slot: FreeSlot) -> str:
    return (
        f"{when_text(slot.starts_at)}  —  {short_name(slot.specialist_name)}  ·  {formats_text(slot.formats)}"
    )


class SlotList(QListWidget):
    sig_slot_chosen = Signal(object)  # FreeSlot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Free slots"))
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.installEventFilter(self)

    def set_slots(self, slots: list[FreeSlot] | tuple[FreeSlot, ...]) -> None:
        self.clear()
        for slot in slots:
            item = QListWidgetItem(slot_text(slot))
            item.setData(SLOT_ROLE, slot)
            item.setToolTip(f"{slot.specialist_name}\n{as_shown(slot.starts_at)}–{format_time(slot.ends_at)}")
            self.addItem(item)
        if slots:
            self.setCurrentRow(0)

    def slots(self) -> list[FreeSlot]:
        found = (self.item(i).data(SLOT_ROLE) for i in range(self.count()))
        return [slot for slot in found if isinstance(slot, FreeSlot)]

    def current_slot(self) -> FreeSlot | None:
        item = self.currentItem()
        value = item.data(SLOT_ROLE) if item is not None else None
        return value if isinstance(value, FreeSlot) else None

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(SLOT_ROLE)
        if isinstance(value, FreeSlot):
            self.sig_slot_chosen.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            slot = self.current_slot()
            if slot is not None:
                self.sig_slot_chosen.emit(slot)
            return True  # never the dialog's default button from the list
        return super().eventFilter(watched, event)
