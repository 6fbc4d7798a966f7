"""The letters' windows in the main window's menus: Reports → Outgoing letters… (everyone who reads
appeals) and Tools → Letter templates… (the administrator, who alone manages templates)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reception.db.database import Database
from reception.domain.permissions import Permission, allows
from reception.services.users import UserView
from ui.dialogs.letter_templates_dialog import LetterTemplatesDialog
from ui.dialogs.outgoing_register_dialog import OutgoingRegisterDialog


class AppealOpener(Protocol):
    def open_appeal(self, appeal_id: int, parent: QWidget | None = None) -> object: ...


class LetterWindows(QObject):
    """Owns the two actions and the one open instance of each window."""

    def __init__(
        self,
        window: QWidget,
        opener: AppealOpener,
        db: Database,
        user: UserView,
        *,
        reports_menu: QMenu,
        tools_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._opener = opener
        self._db = db
        self._user = user
        self.outgoing_dialog: OutgoingRegisterDialog | None = None
        self.templates_dialog: LetterTemplatesDialog | None = None

        self.outgoing_action = QAction(self.tr("&Outgoing letters…"), window)
        self.outgoing_action.setToolTip(
            self.tr("The register of outgoing letters: numbers, dates, addressees")
        )
        self.outgoing_action.setEnabled(allows(user.role, Permission.VIEW_APPEALS))
        self.outgoing_action.triggered.connect(self.open_outgoing)
        reports_menu.addAction(self.outgoing_action)

        self.templates_action = QAction(self.tr("&Letter templates…"), window)
        self.templates_action.setToolTip(self.tr("Create and edit the templates letters are filled in from"))
        self.templates_action.triggered.connect(self.open_templates)
        if allows(user.role, Permission.MANAGE_LETTER_TEMPLATES):
            separators = [a for a in tools_menu.actions() if a.isSeparator()]
            if separators:
                tools_menu.insertAction(separators[0], self.templates_action)
            else:
                tools_menu.addAction(self.templates_action)

    def open_outgoing(self) -> OutgoingRegisterDialog:
        if self.outgoing_dialog is None:
            dialog = OutgoingRegisterDialog(self._db, self._user, self._window)
            dialog.sig_open_appeal.connect(lambda appeal_id: self._opener.open_appeal(appeal_id, dialog))
            self.outgoing_dialog = dialog
        else:
            self.outgoing_dialog.apply_filters()  # letters approved since it was last shown
        self.outgoing_dialog.show()
        self.outgoing_dialog.raise_()
        self.outgoing_dialog.activateWindow()
        return self.outgoing_dialog

    def open_templates(self) -> LetterTemplatesDialog:
        if self.templates_dialog is None:
            self.templates_dialog = LetterTemplatesDialog(self._db, self._user, self._window)
        elif not self.templates_dialog.isVisible():
            self.templates_dialog.reload()  # changed elsewhere since it was closed
        self.templates_dialog.show()
        self.templates_dialog.raise_()
        self.templates_dialog.activateWindow()
        return self.templates_dialog
