"""The main window's «Consultations» menu: book (Ctrl+Shift+B), the day view (Ctrl+Shift+D), and for an
administrator the schedules editor. The main window adds it with one line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reception.db.database import Database
from reception.domain.permissions import Permission, allows
from reception.services.users import UserView
from ui.consultations_window import ConsultationsWindow
from ui.dialogs.booking_dialog import BookingDialog
from ui.dialogs.schedules_dialog import SchedulesDialog
from ui.topics import TopicCatalog


class ConsultationsMenu(QMenu):
    def __init__(self, window: QMainWindow, db: Database, user: UserView, topics: TopicCatalog) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Consultations"))
        self._window = window
        self._db = db
        self._user = user
        self._topics = topics
        self.day_window: ConsultationsWindow | None = None

        self.book_action = QAction(self.tr("&Book a consultation…"), window)
        self.book_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B))
        self.book_action.setToolTip(
            self.tr("Book a citizen for a consultation with a specialist (Ctrl+Shift+B)")
        )
        self.book_action.setEnabled(allows(user.role, Permission.BOOK_CONSULTATIONS))
        self.book_action.triggered.connect(self.open_booking)
        self.day_action = QAction(self.tr("Consultations of the &day"), window)
        self.day_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D))
        self.day_action.setToolTip(self.tr("The specialist's consultations of the day (Ctrl+Shift+D)"))
        self.day_action.triggered.connect(self.open_day_view)
        self.schedules_action = QAction(self.tr("Consultation &schedules…"), window)
        self.schedules_action.setToolTip(self.tr("Specialists' hours, slots, topics and absences"))
        self.schedules_action.triggered.connect(self.open_schedules)
        self.addAction(self.book_action)
        self.addAction(self.day_action)
        if allows(user.role, Permission.MANAGE_CONSULTATION_SCHEDULES):
            self.addSeparator()
            self.addAction(self.schedules_action)
        # Shortcuts answer while the menu is closed.
        window.addActions([self.book_action, self.day_action])

    def open_booking(self) -> BookingDialog:
        dialog = BookingDialog(self._db, self._user, self._topics, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.day_window is not None:
            dialog.sig_booked.connect(self.day_window.booking_made)
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    def open_day_view(self) -> ConsultationsWindow:
        if self.day_window is None:
            self.day_window = ConsultationsWindow(self._db, self._user, self._topics, self._window)
        self.day_window.show()
        self.day_window.raise_()
        self.day_window.activateWindow()
        return self.day_window

    def open_schedules(self) -> SchedulesDialog:
        dialog = SchedulesDialog(self._db, self._user, self._topics, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.schedules_dialog = dialog
        dialog.open()
        return dialog
