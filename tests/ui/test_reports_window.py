"""The Reports window: build a report off the UI thread, cancel a long one, export it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from reception.demo import load_demo
from reception.services.reports import ReportParams
from tests.ui.conftest import Office
from ui.reports_window import ReportsWindow, ReportTableModel
from ui.tasks import wait_for_background_tasks

DEMO_APPEALS = 4000


@pytest.fixture
def busy_office(office: Office) -> Office:
    load_demo(office.db, appeals=DEMO_APPEALS, properties=50, seed=11)
    return office


@pytest.fixture
def window(qtbot: QtBot, busy_office: Office) -> Iterator[ReportsWindow]:
    window = ReportsWindow(busy_office.db, busy_office.staff.manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.section_combo.count() > 1, timeout=5000)
    yield window
    window.close()
    wait_for_background_tasks()


def _whole_demo() -> tuple[date, date]:
    today = datetime.now(UTC).date()
    return today - timedelta(days=800), today


def test_building_a_report_shows_its_tables_and_chart(
    qtbot: QtBot, window: ReportsWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    start, end = _whole_demo()
    window.set_period(start, end)
    window.select_report("summary")
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.report is not None and not window.is_busy, timeout=15000)
    report = window.report
    assert report is not None and report.name == "summary"
    assert window.title_label.text() == "Сводный отчёт по обращениям"
    assert window.table_combo.count() == 4
    total = report.tables[0].total
    assert total is not None and total[1] == DEMO_APPEALS
    model = window.table_model
    assert model.rowCount() == len(report.tables[0].rows) + 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Канал поступления"
    qtmodeltester.check(model)
    window.table_combo.setCurrentIndex(2)
    assert model.table is report.tables[2]
    qtmodeltester.check(model)
    assert window.chart_view.isVisible()
    assert window.chart_view.chart().title() == "Обращения по каналам"
    assert all(b.isEnabled() for b in window.export_buttons.values())


def test_report_table_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from reception.services.reports.common import ColumnType, ReportColumn, ReportTable

    table = ReportTable(
        "t",
        (ReportColumn("A"), ReportColumn("B", ColumnType.INTEGER)),
        (("x", 1), ("y", None)),
        ("Всего", 1),
    )
    model = ReportTableModel(table)
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "—"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()
    model.set_table(None)
    qtmodeltester.check(model)


class SlowDatabase:
    """SQLite that stalls midway through a statement until released: a long report, every time.

    SQLite calls a connection's progress handler every `period` virtual-machine steps; from the
    `stall_at`-th call on, the handler waits for `release` (at most a minute).
    """

    def __init__(self, engine: Engine, stall_at: int, period: int = 1000) -> None:
        self.calls = 0
        self.stall_at = stall_at
        self.release = threading.Event()
        self._engine = engine
        self._period = period
        event.listen(engine, "checkout", self._slow_down)

    def _handler(self) -> int:
        self.calls += 1
        if self.calls >= self.stall_at:
            self.release.wait(60)
        return 0

    def _slow_down(self, dbapi_connection: Any, record: Any, proxy: Any) -> None:
        dbapi_connection.set_progress_handler(self._handler, self._period)

    def close(self) -> None:
        self.release.set()
        event.remove(self._engine, "checkout", self._slow_down)


def test_cancelling_a_long_report_leaves_the_window_usable(
    qtbot: QtBot, window: ReportsWindow, busy_office: Office
) -> None:
    start, end = _whole_demo()
    slow = SlowDatabase(busy_office.db.engine, stall_at=1_000_000)
    try:
        # How much work the whole listing is, then a run that stalls halfway through it.
        window.build("listing", ReportParams(start, end), batch_size=1)
        qtbot.waitUntil(lambda: window.report is not None and not window.is_busy, timeout=15000)
        shown = window.report
        slow.stall_at, slow.calls = slow.calls // 2, 0
        window.build("listing", ReportParams(start, end), batch_size=1)
        qtbot.waitUntil(
            lambda: (
                window.progress_dialog is not None
                and window.progress_dialog.isVisible()
                and window.progress_dialog.value() > 0
            ),
            timeout=10000,
        )
        assert window.is_busy
        dialog = window.progress_dialog
        assert dialog is not None
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Отмена")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        slow.release.set()
        qtbot.waitUntil(lambda: not window.is_busy, timeout=10000)
    finally:
        slow.close()
    assert window.report is shown
    assert window.last_error is None
    assert window.progress_dialog is None
    assert window.statusBar().currentMessage() == "Формирование отчёта отменено."
    assert window.run_button.isEnabled()
    window.select_report("dynamics")
    assert window.granularity_combo.isVisible()
    end_day = _whole_demo()[1]
    window.set_period(end_day - timedelta(days=90), end_day)
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.report is not None and not window.is_busy, timeout=15000)
    assert window.report is not None and window.report.name == "dynamics"


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv"])
def test_exporting_the_report_writes_the_file_in_the_background(
    qtbot: QtBot, window: ReportsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    start, end = _whole_demo()
    window.set_period(start, end)
    window.select_report("deadlines")
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.report is not None and not window.is_busy, timeout=15000)
    target = tmp_path / "отчёт"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.export_buttons[kind], Qt.MouseButton.LeftButton)
    written = target.with_name(f"отчёт.{kind}")
    qtbot.waitUntil(lambda: written.exists() and not window.is_busy, timeout=15000)
    assert window.statusBar().currentMessage().startswith("Сохранено: ")
    assert written.stat().st_size > 500
    assert not list(tmp_path.glob("*.part"))


def test_every_column_title_fits_and_the_table_keeps_rows_beside_a_tall_chart(
    qtbot: QtBot, window: ReportsWindow
) -> None:
    window.resize(1366, 740)
    start, end = _whole_demo()
    window.set_period(start, end)
    for name in ("summary", "federal", "consultations"):
        window.select_report(name)
        qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.report is not None and not window.is_busy, timeout=15000)
        qtbot.wait(50)
        view, model = window.table_view, window.table_view.model()
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            needed = min(220, header.fontMetrics().horizontalAdvance(title) + 20)
            assert view.columnWidth(column) >= needed, (name, title)
            assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title
        # At least eight rows of the table are on screen, whatever the chart wants.
        assert view.viewport().height() >= 8 * view.verticalHeader().defaultSectionSize() - 2, name
