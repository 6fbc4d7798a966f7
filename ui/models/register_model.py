"""The register table: appeals newest first, loaded page by page in the background.

Rows are only appended for now; keeping a bounded window over very long registers is a later step
(issue 9). Overdue, due soon and answered late are decided by the core (`RegisterRow.is_overdue`,
`is_due_soon`, `answered_late`); the model only shows them, by colour and by icon.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from reception.db.database import Database
from reception.domain.deadlines import office_date
from reception.services.register_query import (
    PAGE_SIZE,
    RegisterFilter,
    RegisterKey,
    RegisterPage,
    RegisterRow,
    fetch_page,
)
from reception.services.users import UserView
from ui.connection import ConnectionMonitor
from ui.tasks import run_in_background
from ui.widgets.markers import (
    ANSWERED_LATE_FOREGROUND,
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    answered_late_icon,
    due_soon_icon,
    overdue_icon,
)

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

ANONYMOUS_FOREGROUND = QColor("#757575")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    formatter: Callable[[RegisterRow], str]


def format_moment(moment: datetime) -> str:
    """dd.MM.yyyy HH:mm in the workstation's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def format_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class RegisterModel(QAbstractTableModel):
    """Thin table model over `fetch_page`: keyset paging via canFetchMore/fetchMore."""

    sig_page_loaded = Signal()
    sig_load_failed = Signal(str)
    # Live refresh: the rows are about to be replaced by fresh ones / have been.
    sig_about_to_refresh = Signal()
    sig_refreshed = Signal()

    def __init__(
        self, db: Database, actor: UserView, parent: Any = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._rows: list[RegisterRow] = []
        self._filter = RegisterFilter()
        self._next_key: RegisterKey | None = None
        self._has_more = True
        self._fetching = False
        self._generation = 0
        self._today = office_date(datetime.now(UTC))
        self.columns = self._make_columns()

    def _make_columns(self) -> list[Column]:
        return [
            Column("reg_number", self.tr("Reg. No."), 130, lambda r: r.reg_number),
            Column("received_at", self.tr("Received"), 125, lambda r: format_moment(r.received_at)),
            Column("channel", self.tr("Channel"), 150, lambda r: r.channel.label),
            Column("applicant", self.tr("Applicant"), 150, lambda r: r.applicant or self.tr("anonymous")),
            Column("summary", self.tr("Summary"), 300, lambda r: r.summary),
            Column("status", self.tr("Status"), 175, lambda r: r.status.label),
            Column("assignee", self.tr("Executor"), 140, lambda r: r.assignee),
            Column("due_date", self.tr("Answer due"), 110, lambda r: format_date(r.due_date)),
            Column("repeat_count", self.tr("Rep."), 50, lambda r: str(r.repeat_count or "")),
        ]

    # --- the Qt model contract -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        mark = self._deadline_mark(row)
        due_cell = column.key == "due_date"
        anonymous_cell = column.key == "applicant" and not row.applicant
        if role == Qt.ItemDataRole.DisplayRole:
            return column.formatter(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark in ("overdue", "due_soon") or (mark == "answered_late" and due_cell):
                return self._deadline_tip(row, mark)
            if column.key == "summary" and row.summary:
                return row.summary
            if column.key == "repeat_count" and row.repeat_count:
                return self.tr("Repeated appeal: repeats %d earlier appeal(s)") % row.repeat_count
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._deadline_icon(mark) if due_cell else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if mark == "overdue":
                return QBrush(OVERDUE_BACKGROUND)
            return QBrush(DUE_SOON_BACKGROUND) if mark == "due_soon" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if anonymous_cell:
                return QBrush(ANONYMOUS_FOREGROUND)
            if mark == "overdue":
                return QBrush(OVERDUE_FOREGROUND)
            if mark == "due_soon":
                return QBrush(DUE_SOON_FOREGROUND)
            return QBrush(ANSWERED_LATE_FOREGROUND) if mark == "answered_late" and due_cell else None
        if role == Qt.ItemDataRole.FontRole:
            if anonymous_cell or (due_cell and mark):
                font = QFont()
                font.setItalic(anonymous_cell)
                font.setBold(due_cell and mark in ("overdue", "due_soon"))
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "repeat_count":
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = column.formatter(row)
            if due_cell and mark:
                return self._deadline_accessible(text, mark)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _deadline_mark(self, row: RegisterRow) -> str:
        """'overdue', 'due_soon', 'answered_late' or '' (the core decides each)."""
        if row.is_overdue(self._today):
            return "overdue"
        if row.is_due_soon(self._today):
            return "due_soon"
        return "answered_late" if row.answered_late else ""

    def _deadline_tip(self, row: RegisterRow, mark: str) -> str:
        due = format_date(row.due_date)
        if mark == "overdue":
            return self.tr("Overdue: the answer was due on %s") % due
        if mark == "due_soon":
            return self.tr("Due soon: the answer is due on %s") % due
        answered = format_date(office_date(row.answered_at)) if row.answered_at else ""
        return (
            self.tr("Answered late: on %1, the answer was due on %2")
            .replace("%1", answered)
            .replace("%2", due)
        )

    def _deadline_accessible(self, text: str, mark: str) -> str:
        if mark == "overdue":
            return self.tr("%s, overdue") % text
        if mark == "due_soon":
            return self.tr("%s, due soon") % text
        return self.tr("%s, answered late") % text

    @staticmethod
    def _deadline_icon(mark: str) -> QIcon | None:
        icons = {"overdue": overdue_icon, "due_soon": due_soon_icon, "answered_late": answered_late_icon}
        return icons[mark]() if mark else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching or not self._has_more:
            return
        self._fetching = True
        generation = self._generation
        db, actor, filters, after, limit = (
            self._db,
            self._actor,
            self._filter,
            self._next_key,
            self._page_size,
        )

        def work() -> RegisterPage:
            return fetch_page(db.uow(), actor=actor, filters=filters, after=after, limit=limit)

        run_in_background(
            work,
            lambda page: self._on_page_fetched(generation, page),
            lambda error: self._on_page_failed(generation, error),
        )

    # --- paging ----------------------------------------------------------------------------------

    def _on_page_fetched(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return  # a reload or a new filter started since; this page belongs to the old one
        self._fetching = False
        self._has_more = page.has_more
        self._next_key = page.next_key
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.sig_page_loaded.emit()

    def _on_page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._has_more = False  # stop the view from asking again in a loop; F5 retries
        if ConnectionMonitor.of(self._db).report(error):
            return  # the main window shows the connection banner and reloads when it is back
        self.sig_load_failed.emit(getattr(error, "message", None) or str(error))

    @property
    def is_loading(self) -> bool:
        return self._fetching

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, filters: RegisterFilter) -> None:
        """Show appeals matching `filters`, paging again from the newest."""
        self._filter = filters
        self.reload()

    def reload(self) -> None:
        """Drop the rows and fetch the first page again (a result still on its way is ignored)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next_key = None
        self._has_more = True
        self._fetching = False
        self._today = office_date(datetime.now(UTC))
        self.endResetModel()
        self.fetchMore(_ROOT)

    def refresh_loaded(self) -> None:
        """Fetch again as many rows as are loaded, then swap them in at once (live refresh).

        The view keeps its selection and scroll position around `sig_about_to_refresh`/`sig_refreshed`.
        """
        if not self._rows:
            self.reload()
            return
        self._generation += 1
        generation = self._generation
        self._fetching = True
        db, actor, filters = self._db, self._actor, self._filter
        limit = max(len(self._rows), self._page_size)

        def work() -> RegisterPage:
            return fetch_page(db.uow(), actor=actor, filters=filters, after=None, limit=limit)

        run_in_background(
            work,
            lambda page: self._on_refresh_fetched(generation, page),
            lambda error: self._on_refresh_failed(generation, error),
        )

    def _on_refresh_fetched(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return
        self.sig_about_to_refresh.emit()
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next_key = page.next_key
        self._has_more = page.has_more
        self._fetching = False
        self._today = office_date(datetime.now(UTC))
        self.endResetModel()
        self.sig_refreshed.emit()

    def _on_refresh_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False  # the rows shown stay; the next change or F5 tries again
        if not ConnectionMonitor.of(self._db).report(error):
            self.sig_load_failed.emit(getattr(error, "message", None) or str(error))

    def row_of(self, appeal_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == appeal_id), None)

    def appeal_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def register_row(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].is_overdue(self._today)

    def is_due_soon(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].is_due_soon(self._today)
