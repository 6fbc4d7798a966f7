"""The register table: appeals loaded a page at a time in the background, by keyset paging.

A million appeals scroll without a million rows in memory: the row count grows page by page as the
view asks for more (`canFetchMore`/`fetchMore`, no `count(*)`), but only a bounded window of pages
(`MAX_PAGES_KEPT`) holds its rows. Every page remembers the key it starts after, a few bytes, so a page
dropped from the window is fetched again by that key when the user scrolls back to it; its rows show
"…" for the moment it takes.

Overdue, due soon and answered late are decided by the core (`RegisterRow.is_overdue`,
`is_due_soon`, `answered_late`); the model only shows them, by colour and by icon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
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
    SORTABLE_COLUMNS,
    RegisterFilter,
    RegisterKey,
    RegisterPage,
    RegisterRow,
    RegisterSort,
    SortColumn,
    fetch_page,
    highlight_spans,
)
from reception.services.users import UserView
from ui import locale_format
from ui.connection import ConnectionMonitor
from ui.labels import label_of
from ui.tasks import run_in_background
from ui.widgets.highlight_delegate import HIGHLIGHT_ROLE
from ui.widgets.markers import (
    ANSWERED_LATE_FOREGROUND,
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    answered_late_icon,
    due_soon_icon,
    on_palette,
    overdue_icon,
)

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

ANONYMOUS_FOREGROUND = QColor("#757575")
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.UserRole,
        HIGHLIGHT_ROLE,
    )
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# The columns whose text shows the words the search matched.
HIGHLIGHTED_COLUMNS = frozenset({"reg_number", "applicant", "summary"})
# Pages whose rows stay in memory; the rest keep only the key they start after.
MAX_PAGES_KEPT = 10


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    formatter: Callable[[RegisterRow], str]


def format_moment(moment: datetime) -> str:
    """The interface language's date and time (28.11.2026 14:05) in the workstation's local time."""
    return locale_format.format_datetime(moment.astimezone())


def format_date(day: date | None) -> str:
    return locale_format.format_date(day)


def deadline_mark(row: RegisterRow, today: date) -> str:
    """'overdue', 'due_soon', 'answered_late' or '' (the core decides each)."""
    if row.is_overdue(today):
        return "overdue"
    if row.is_due_soon(today):
        return "due_soon"
    return "answered_late" if row.answered_late else ""


class RegisterModel(QAbstractTableModel):
    """Thin table model over `fetch_page`: keyset paging via canFetchMore/fetchMore, a bounded window."""

    sig_page_loaded = Signal()
    sig_load_failed = Signal(str)
    # Live refresh: the rows are about to be replaced by fresh ones / have been.
    sig_about_to_refresh = Signal()
    sig_refreshed = Signal()

    def __init__(
        self,
        db: Database,
        actor: UserView,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        pages_kept: int = MAX_PAGES_KEPT,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._pages_kept = max(pages_kept, 3)
        self._filter = RegisterFilter()
        # Page p holds rows p*page_size … and starts just after _page_after[p] (None: the first page).
        self._page_after: list[RegisterKey | None] = []
        self._pages: dict[int, tuple[RegisterRow, ...]] = {}
        # appeal id → (deadline mark, cell texts), for the rows in the window
        self._marks: dict[int, tuple[str, tuple[str, ...]]] = {}
        # appeal id → deadline mark worked out by a page's background work (see _page_work)
        self._fresh_marks: dict[int, str] = {}
        self._row_count = 0
        self._last_page = 0  # the page the view looked at last: eviction keeps the pages around it
        self._next_key: RegisterKey | None = None
        self._has_more = True
        self._fetching = False
        self._refetching: set[int] = set()
        self._generation = 0
        self._today = office_date(datetime.now(UTC))
        self.columns = self._make_columns()

    def _make_columns(self) -> list[Column]:
        return [
            Column("reg_number", self.tr("Reg. No."), 130, lambda r: r.reg_number),
            Column("received_at", self.tr("Received"), 125, lambda r: format_moment(r.received_at)),
            Column("channel", self.tr("Channel"), 150, lambda r: label_of(r.channel)),
            Column("applicant", self.tr("Applicant"), 150, lambda r: r.applicant or self.tr("anonymous")),
            Column("summary", self.tr("Summary"), 300, lambda r: r.summary),
            Column("status", self.tr("Status"), 175, lambda r: label_of(r.status)),
            Column("assignee", self.tr("Executor"), 140, lambda r: r.assignee),
            Column("due_date", self.tr("Answer due"), 110, lambda r: format_date(r.due_date)),
            Column("repeat_count", self.tr("Rep."), 50, lambda r: str(r.repeat_count or "")),
        ]

    # --- the Qt model contract -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._row_count

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
        if role not in _ROLES or not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self._row_at(index.row())
        if row is None:
            return self._placeholder(index, role)
        mark, texts = self._cached(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        column = self.columns[index.column()]
        due_cell = column.key == "due_date"
        anonymous_cell = column.key == "applicant" and not row.applicant
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
            late = mark == "answered_late" and due_cell
            return QBrush(on_palette(ANSWERED_LATE_FOREGROUND)) if late else None
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
            text = texts[index.column()]
            if due_cell and mark:
                return self._deadline_accessible(text, mark)
            return text
        if role == HIGHLIGHT_ROLE:
            if row.highlights and column.key in HIGHLIGHTED_COLUMNS:
                return highlight_spans(texts[index.column()], row.highlights)
            return ()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _cached(self, row: RegisterRow) -> tuple[str, tuple[str, ...]]:
        """The row's deadline mark and cell texts, worked out once per row in the window (painting
        asks for half a dozen roles of every cell)."""
        cached = self._marks.get(row.id)
        if cached is None:
            texts = tuple(column.formatter(row) for column in self.columns)
            cached = self._marks[row.id] = (self._deadline_mark(row), texts)
        return cached

    def _deadline_mark(self, row: RegisterRow) -> str:
        fresh = self._fresh_marks.pop(row.id, None)
        return fresh if fresh is not None else deadline_mark(row, self._today)

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
        return _FLAGS

    def _placeholder(self, index: Index, role: int) -> Any:
        """A row of a page outside the window: "…" while the page is fetched again."""
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return "…"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ANONYMOUS_FOREGROUND)
        return None

    # --- sorting (by the core, on any column it can sort by) ---------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column through the core's keyset sort; a column it cannot sort by is ignored."""
        if not 0 <= column < len(self.columns) or self.columns[column].key not in SORTABLE_COLUMNS:
            return
        wanted = RegisterSort(SortColumn(self.columns[column].key), order == Qt.SortOrder.DescendingOrder)
        if wanted != self._filter.sort:
            self.set_filter(replace(self._filter, sort=wanted))

    def sort_column(self) -> int:
        """The column the rows are sorted by, -1 when it is none of them (relevance)."""
        key = self._filter.sort.column.value
        return next((n for n, column in enumerate(self.columns) if column.key == key), -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._filter.sort.descending else Qt.SortOrder.AscendingOrder

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching or not self._has_more:
            return
        self._fetching = True
        generation = self._generation
        after, page_number = self._next_key, len(self._page_after)
        work = self._page_work(after, self._page_size)
        run_in_background(
            work,
            lambda page: self._on_page_fetched(generation, page_number, after, page),
            lambda error: self._on_page_failed(generation, error),
        )

    def _page_work(self, after: RegisterKey | None, limit: int) -> Callable[[], RegisterPage]:
        db, actor, filters, today, marks = self._db, self._actor, self._filter, self._today, self._fresh_marks

        def work() -> RegisterPage:
            page = fetch_page(db.uow(), actor=actor, filters=filters, after=after, limit=limit)
            # The first deadline mark is worked out here, off the UI thread: it loads the production
            # calendar. The others are worked out as rows are painted, a screenful at a time.
            for row in page.rows[:1]:
                marks[row.id] = deadline_mark(row, today)
            return page

        return work

    # --- paging and the window -------------------------------------------------------------------

    def _row_at(self, row: int) -> RegisterRow | None:
        """The row if its page is in the window; otherwise None, and the page is fetched again."""
        if not 0 <= row < self._row_count:
            return None
        page_number, offset = divmod(row, self._page_size)
        self._last_page = page_number
        page = self._pages.get(page_number)
        if page is None:
            self._refetch(page_number)
            return None
        return page[offset] if offset < len(page) else None

    def _refetch(self, page_number: int) -> None:
        if page_number in self._refetching or page_number >= len(self._page_after):
            return
        self._refetching.add(page_number)
        generation = self._generation
        work = self._page_work(self._page_after[page_number], self._page_size)
        run_in_background(
            work,
            lambda page: self._on_page_refetched(generation, page_number, page),
            lambda error: self._on_refetch_failed(generation, page_number, error),
        )

    def _keep(self, page_number: int, rows: tuple[RegisterRow, ...]) -> None:
        """Put a page in the window and drop the pages farthest from where the view is looking."""
        for row in rows:
            self._marks.pop(row.id, None)  # fresh data: its mark is worked out again
        self._pages[page_number] = rows
        while len(self._pages) > self._pages_kept:
            farthest = max(self._pages, key=lambda p: (abs(p - self._last_page), p != page_number))
            if farthest == page_number:
                break
            for row in self._pages.pop(farthest):
                self._marks.pop(row.id, None)
                self._fresh_marks.pop(row.id, None)

    def _on_page_fetched(
        self, generation: int, page_number: int, after: RegisterKey | None, page: RegisterPage
    ) -> None:
        if generation != self._generation:
            return  # a reload or a new filter started since; this page belongs to the old one
        self._fetching = False
        self._has_more = page.has_more
        self._next_key = page.next_key
        if page.rows:
            first = self._row_count
            self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
            self._page_after.append(after)
            self._row_count += len(page.rows)
            self._last_page = page_number
            self._keep(page_number, page.rows)
            self.endInsertRows()
        self.sig_page_loaded.emit()

    def _on_page_refetched(self, generation: int, page_number: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return
        self._refetching.discard(page_number)
        self._keep(page_number, page.rows)
        first = page_number * self._page_size
        last = min(first + self._page_size, self._row_count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _on_refetch_failed(self, generation: int, page_number: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        # The rows stay "…"; an empty page is kept so the view does not ask again in a loop (F5 retries).
        self._keep(page_number, ())
        if not ConnectionMonitor.of(self._db).report(error):
            self.sig_load_failed.emit(getattr(error, "message", None) or str(error))

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
        return self._fetching or bool(self._refetching)

    @property
    def rows_in_memory(self) -> int:
        """How many rows the window holds now (bounded whatever the register's length)."""
        return sum(len(rows) for rows in self._pages.values())

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, filters: RegisterFilter) -> None:
        """Show appeals matching `filters`, paging again from the first."""
        self._filter = filters
        self.reload()

    def _clear(self) -> None:
        self._page_after = []
        self._pages = {}
        self._marks = {}
        self._fresh_marks = {}
        self._row_count = 0
        self._last_page = 0
        self._next_key = None
        self._has_more = True
        self._fetching = False
        self._refetching = set()
        self._today = office_date(datetime.now(UTC))

    def reload(self) -> None:
        """Drop the rows and fetch the first page again (a result still on its way is ignored)."""
        self._generation += 1
        self.beginResetModel()
        self._clear()
        self.endResetModel()
        self.fetchMore(_ROOT)

    def refresh_loaded(self) -> None:
        """Fetch the rows shown again (live refresh).

        A register read no further than the window is fetched again from the top as many rows as it
        has, then swapped in at once; the view keeps its selection and scroll position around
        `sig_about_to_refresh`/`sig_refreshed`. Deeper in a long register the pages in the window are
        dropped and fetched again by their keys as the view shows them.
        """
        if not self._row_count:
            self.reload()
            return
        if self._row_count > self._pages_kept * self._page_size:
            self._generation += 1  # pages still on their way belong to the old data
            self._pages = {}
            self._marks = {}
            self._fresh_marks = {}
            self._refetching = set()
            self._fetching = False
            self._today = office_date(datetime.now(UTC))
            self.dataChanged.emit(self.index(0, 0), self.index(self._row_count - 1, len(self.columns) - 1))
            return
        self._generation += 1
        generation = self._generation
        self._fetching = True
        work = self._page_work(None, max(self._row_count, self._page_size))
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
        self._clear()
        rows, size = page.rows, self._page_size
        for page_number, first in enumerate(range(0, len(rows), size)):
            self._page_after.append(rows[first - 1].key if first else None)
            self._pages[page_number] = rows[first : first + size]
        self._row_count = len(rows)
        self._next_key = page.next_key
        self._has_more = page.has_more
        self.endResetModel()
        self.sig_refreshed.emit()

    def _on_refresh_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False  # the rows shown stay; the next change or F5 tries again
        if not ConnectionMonitor.of(self._db).report(error):
            self.sig_load_failed.emit(getattr(error, "message", None) or str(error))

    def _loaded_rows(self) -> Iterator[tuple[int, RegisterRow]]:
        for page_number in sorted(self._pages):
            first = page_number * self._page_size
            for offset, row in enumerate(self._pages[page_number]):
                yield first + offset, row

    def _loaded_row(self, row: int) -> RegisterRow | None:
        """The row if its page is in the window (never fetches)."""
        page_number, offset = divmod(row, self._page_size)
        page = self._pages.get(page_number) if 0 <= row < self._row_count else None
        return page[offset] if page is not None and offset < len(page) else None

    def row_of(self, appeal_id: int) -> int | None:
        """The row of an appeal in the window, None if it is not there."""
        return next((number for number, row in self._loaded_rows() if row.id == appeal_id), None)

    def appeal_id(self, row: int) -> int | None:
        found = self._loaded_row(row)
        return found.id if found is not None else None

    def register_row(self, row: int) -> RegisterRow | None:
        return self._loaded_row(row)

    def is_overdue(self, row: int) -> bool:
        found = self._loaded_row(row)
        return found is not None and found.is_overdue(self._today)

    def is_due_soon(self, row: int) -> bool:
        found = self._loaded_row(row)
        return found is not None and found.is_due_soon(self._today)
