"""What an open appeal editor does for the other workstations and against faults.

- presence: a heartbeat every 10 s tells the others this appeal is open here (and whether it is being
  edited) and shows who else has it open;
- live refresh: when the appeal changes elsewhere, an unmodified form reloads itself, a modified one
  shows a banner;
- faults: when the database is lost the form keeps everything, a local draft is written at once and
  every 30 s while editing, and a banner stays until the connection is back.
"""

from __future__ import annotations

import contextlib
import socket
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from reception.drafts import DraftStore
from reception.services.appeals import AppealView, get_appeal
from reception.services.presence import HEARTBEAT, Viewer, leave, touch
from reception.settings import drafts_dir
from ui.connection import ConnectionMonitor
from ui.tasks import run_in_background
from ui.widgets.form import warning_label

if TYPE_CHECKING:
    from ui.dialogs.appeal_dialog import AppealDialog

AUTOSAVE_MS = 30_000
HEARTBEAT_MS = int(HEARTBEAT.total_seconds() * 1000)

BANNER_STYLE = """
QFrame[role="banner"] {
    background: #fff3cd; border: 1px solid #e0c36c; border-radius: 3px;
}
QFrame[role="banner"] QLabel { color: #5d4037; }
"""


class EditorSession(QObject):
    def __init__(self, dialog: AppealDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._db = dialog.db
        self._actor = dialog.actor
        self._closed = False
        self._beating = False
        self._beat_again = False
        self.store = DraftStore(drafts_dir())
        self.draft_key = DraftStore.key_for(dialog.appeal_id, uuid.uuid4().hex[:16])
        self.workstation = socket.gethostname()
        self.monitor = ConnectionMonitor.of(self._db)

        self.connection_banner = warning_label()
        self.connection_banner.setObjectName("connection_banner")
        self.connection_banner.setText(
            self.tr("No connection to the database — the form is saved locally, reconnecting…")
        )

        self.changed_banner = QFrame()
        self.changed_banner.setObjectName("changed_banner")
        self.changed_banner.setProperty("role", "banner")
        self.changed_banner.setStyleSheet(BANNER_STYLE)
        self.changed_label = QLabel(self.tr("The appeal was changed by another user."))
        self.changed_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.setToolTip(self.tr("Show the appeal as it is saved now"))
        self.refresh_button.clicked.connect(dialog.confirm_reload)
        line = QHBoxLayout(self.changed_banner)
        line.setContentsMargins(8, 4, 8, 4)
        line.addWidget(self.changed_label, 1)
        line.addWidget(self.refresh_button)
        self.changed_banner.hide()

        self.presence_label = QLabel()
        self.presence_label.setObjectName("presence_label")
        self.presence_label.setProperty("role", "hint")
        self.presence_label.setWordWrap(True)
        self.presence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.presence_label.hide()

        self.monitor.sig_lost.connect(self._on_connection_lost)
        self.monitor.sig_restored.connect(self._on_connection_restored)
        self.connection_banner.setVisible(self.monitor.is_lost)

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self._autosave.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        if dialog.appeal_id is not None:
            self._heartbeat.start()
            QTimer.singleShot(0, self.heartbeat)

    def banners(self) -> list[QWidget]:
        return [self.presence_label, self.changed_banner, self.connection_banner]

    # --- presence --------------------------------------------------------------------------------

    def heartbeat(self) -> None:
        appeal_id = self._dialog.appeal_id
        if self._closed or appeal_id is None:
            return
        if self._beating:
            self._beat_again = True  # report the newest state as soon as this beat is back
            return
        self._beating, self._beat_again = True, False
        db, actor, editing, place = self._db, self._actor, self._dialog.is_modified, self.workstation

        def work() -> list[Viewer]:
            return touch(db.uow(), actor=actor, appeal_id=appeal_id, editing=editing, workstation=place)

        run_in_background(work, self._on_viewers, self._on_heartbeat_failed)

    def _on_viewers(self, viewers: list[Viewer]) -> None:
        self._beating = False
        if self._closed:
            return
        if self._beat_again:
            self.heartbeat()
        if viewers:
            self.presence_label.setText(self.tr("Open now: %s") % "; ".join(str(v) for v in viewers))
        self.presence_label.setVisible(bool(viewers))

    def _on_heartbeat_failed(self, error: BaseException) -> None:
        self._beating = False
        if not self._closed:
            self.monitor.report(error)

    # --- changes made elsewhere -------------------------------------------------------------------

    def changed_elsewhere(self) -> None:
        """The appeal was saved somewhere (maybe here): reload quietly, or say so if the form is modified."""
        appeal_id = self._dialog.appeal_id
        if self._closed or appeal_id is None:
            return
        db, actor = self._db, self._actor
        run_in_background(
            lambda: get_appeal(db.uow(), actor=actor, appeal_id=appeal_id),
            self._on_fresh_appeal,
            self._on_heartbeat_failed,
        )

    def _on_fresh_appeal(self, fresh: AppealView) -> None:
        if self._closed or fresh.version == self._dialog.loaded_version:
            return
        if self._dialog.is_modified:
            self.changed_label.setText(
                self.tr("The appeal was changed by another user (%s). Your changes are kept in the form.")
                % fresh.reg_number
            )
            self.changed_banner.show()
        else:
            self._dialog.show_appeal(fresh)

    def hide_changed_banner(self) -> None:
        self.changed_banner.hide()

    # --- the connection and local drafts -----------------------------------------------------------

    def connection_lost(self, error: BaseException) -> bool:
        """The dialog's save failed: True when it was the connection (the draft is then on disk)."""
        if not self.monitor.report(error):
            return False
        self.save_draft()
        self.connection_banner.show()
        return True

    def _on_connection_lost(self, _message: str) -> None:
        if self._closed:
            return
        self.connection_banner.show()
        if self._dialog.is_modified:
            self.save_draft()

    def _on_connection_restored(self) -> None:
        if self._closed:
            return
        self.connection_banner.hide()
        self.heartbeat()

    def _on_autosave_timeout(self) -> None:
        if self._dialog.is_modified:
            self.save_draft()

    def save_draft(self) -> None:
        dialog = self._dialog
        with contextlib.suppress(OSError):
            self.store.save(
                self.draft_key,
                draft=dialog.draft(),
                appeal_id=dialog.appeal_id,
                version=dialog.loaded_version,
                title=dialog.windowTitle(),
            )

    def discard_draft(self) -> None:
        with contextlib.suppress(OSError):
            self.store.discard(self.draft_key)

    # --- closing ---------------------------------------------------------------------------------

    def close(self) -> None:
        """The editor closes (saved, or what was typed deliberately discarded)."""
        if self._closed:
            return
        self._closed = True
        self._heartbeat.stop()
        self._autosave.stop()
        self.discard_draft()
        appeal_id = self._dialog.appeal_id
        if appeal_id is not None and not self.monitor.is_lost:
            db, actor = self._db, self._actor
            run_in_background(lambda: leave(db.uow(), actor=actor, appeal_id=appeal_id), _ignore, _ignore)


def _ignore(_value: object) -> None:
    """Leaving is a courtesy: the heartbeat goes stale after 35 s anyway."""
