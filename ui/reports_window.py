"""The Reports window: choose a report and its parameters, build it off the UI thread with a progress
dialog and Cancel, look at its tables and chart, export it as PDF, XLSX or CSV.

Entry point for the main window: `ReportsWindow(db, user).show()`.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.documents.report_pdf import format_value
from reception.domain.appeals import Channel
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ReceptionError
from reception.services.reports import (
    REPORTS,
    ChartKind,
    Granularity,
    ReportCancelled,
    ReportChart,
    ReportData,
    ReportParams,
    ReportTable,
    report_choices,
    run_report,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.locale_format import format_datetime
from ui.tasks import run_in_background
from ui.widgets.form import show_message

ModelIndex = QModelIndex | QPersistentModelIndex
CHART_MINIMUM_HEIGHT = 160  # px; the table below keeps at least half of the room
HEADER_WIDTH_LIMIT = 220  # px a column widens to for its title; a longer title shows in its tooltip
EXPORTS = {
    "pdf": ("PDF (*.pdf)", "reception.documents.report_pdf", "save_report_pdf"),
    "xlsx": ("Excel (*.xlsx)", "reception.documents.report_xlsx", "save_report_xlsx"),
    "csv": ("CSV (*.csv)", "reception.documents.report_csv", "save_report_csv"),
}


class ReportTableModel(QAbstractTableModel):
    """One table of a report; its total row, if any, stays last and bold."""

    def __init__(self, table: ReportTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> ReportTable | None:
        return self._table

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + (1 if self._table.total is not None else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def _row(self, number: int) -> tuple[Any, ...]:
        assert self._table is not None
        if number < len(self._table.rows):
            return self._table.rows[number]
        assert self._table.total is not None
        return self._table.total

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        column = self._table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(self._row(index.row())[index.column()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.is_numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self._table.rows):
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._table.columns[section].title  # the whole title of a narrowed column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.columns[section].title
        return str(section + 1) if section < len(self._table.rows) else ""


def build_chart(chart: ReportChart) -> QChart:
    """A QChart of a report chart: bars (lying down when the names are many) or lines."""
    view = QChart()
    view.setTitle(chart.title)
    view.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    lying = chart.kind is ChartKind.BAR and len(chart.categories) > 6
    axis_x = QBarCategoryAxis()
    categories = list(reversed(chart.categories)) if lying else list(chart.categories)
    axis_x.append(categories)
    axis_x.setTruncateLabels(False)
    if len(chart.categories) > 6 and not lying:
        axis_x.setLabelsAngle(-40)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    top = max((max(s.values) for s in chart.series if s.values), default=0.0)
    axis_y.setRange(0, max(4.0, top * 1.1))
    axis_y.applyNiceNumbers()
    view.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft if lying else Qt.AlignmentFlag.AlignBottom)
    view.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom if lying else Qt.AlignmentFlag.AlignLeft)
    if chart.kind is ChartKind.BAR:
        bars = QHorizontalBarSeries() if lying else QBarSeries()
        for series in chart.series:
            bar_set = QBarSet(series.name)
            bar_set.append(list(reversed(series.values)) if lying else list(series.values))
            bars.append(bar_set)
        view.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
    else:
        for series in chart.series:
            line = QLineSeries()
            line.setName(series.name)
            for x, y in enumerate(series.values):
                line.append(float(x), y)
            view.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
    view.legend().setVisible(len(chart.series) > 1)
    view.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return view


class ReportsWindow(QMainWindow):
    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._report: ReportData | None = None
        self._cancel: threading.Event | None = None
        self._busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.last_error: str | None = None
        self.setWindowTitle(self.tr("Reports"))

        self.report_combo = QComboBox()
        for name, kind in REPORTS.items():
            self.report_combo.addItem(kind.title, name)
        today = datetime.now(UTC).astimezone(OFFICE_TIMEZONE).date()
        first_of_month = today.replace(day=1)
        previous_end = first_of_month - timedelta(days=1)
        self.from_edit = self._date_edit(previous_end.replace(day=1))
        self.to_edit = self._date_edit(previous_end)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_combo.addItem(label_of(channel), channel.value)
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("All sections"), "")
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("All departments"), None)
        self.granularity_combo = QComboBox()
        self.granularity_combo.addItem(self.tr("By month"), Granularity.MONTH.value)
        self.granularity_combo.addItem(self.tr("By week"), Granularity.WEEK.value)
        self.run_button = QPushButton(self.tr("Build"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.report_combo.currentIndexChanged.connect(self._on_report_combo_changed)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.report_combo)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("—"))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        form.addRow(self.tr("Topic section:"), self.section_combo)
        form.addRow(self.tr("Department:"), self.department_combo)
        self.granularity_label = QLabel(self.tr("Group:"))
        form.addRow(self.granularity_label, self.granularity_combo)

        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        exports.addWidget(self.run_button)
        exports.addStretch(1)
        for kind, caption in (
            ("pdf", self.tr("Export PDF…")),
            ("xlsx", self.tr("Export XLSX…")),
            ("csv", self.tr("Export CSV…")),
        ):
            button = QPushButton(caption)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self._on_export_button_clicked(k))
            exports.addWidget(button)
            self.export_buttons[kind] = button

        self.title_label = QLabel(self.tr("Choose a report and its period, then press «Build»."))
        self.title_label.setWordWrap(True)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.parameters_label = QLabel()
        self.parameters_label.setWordWrap(True)
        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self._on_table_combo_changed)
        self.table_model = ReportTableModel(parent=self)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().setDefaultSectionSize(self.table_view.fontMetrics().height() + 8)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(CHART_MINIMUM_HEIGHT)
        self.chart_view.hide()

        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        table_row = QHBoxLayout()
        table_row.addWidget(QLabel(self.tr("Table:")))
        table_row.addWidget(self.table_combo, 1)
        tables_layout.addLayout(table_row)
        tables_layout.addWidget(self.table_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(tables)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.table_view.setMinimumHeight(
            8 * self.table_view.verticalHeader().defaultSectionSize()
            + self.table_view.horizontalHeader().sizeHint().height()
            + 4
        )

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(form)
        layout.addLayout(exports)
        layout.addWidget(self.title_label)
        layout.addWidget(self.parameters_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar()
        self._on_report_combo_changed()
        self.from_edit.setAccessibleName(self.tr("Period from"))
        self.to_edit.setAccessibleName(self.tr("Period to"))
        self.table_view.setAccessibleName(self.tr("Report table"))
        self.table_combo.setAccessibleName(self.tr("Table of the report"))
        name_controls(self)
        self.resize(1100, 780)
        run_in_background(
            lambda: report_choices(db.uow(), actor=user), self._on_choices_loaded, self._on_choices_failed
        )

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    @property
    def report(self) -> ReportData | None:
        return self._report

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _on_choices_loaded(self, choices: Any) -> None:
        sections, departments = choices
        for section in sections:
            self.section_combo.addItem(f"{section.code} {section.name}", section.code)
        for department in departments:
            self.department_combo.addItem(department.name, department.id)

    def _on_choices_failed(self, error: BaseException) -> None:
        if isinstance(error, ReceptionError):
            self.run_button.setEnabled(False)
            self.statusBar().showMessage(error.message)
            return
        raise error

    def _on_report_combo_changed(self) -> None:
        dynamics = self.report_combo.currentData() == "dynamics"
        self.granularity_label.setVisible(dynamics)
        self.granularity_combo.setVisible(dynamics)

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def select_report(self, name: str) -> None:
        self.report_combo.setCurrentIndex(self.report_combo.findData(name))

    def params(self) -> ReportParams:
        channel = self.channel_combo.currentData()
        return ReportParams(
            date_from=self.from_edit.date().toPython(),  # type: ignore[arg-type]
            date_to=self.to_edit.date().toPython(),  # type: ignore[arg-type]
            channel=Channel.of(channel) if channel else None,
            section=self.section_combo.currentData() or "",
            department_id=self.department_combo.currentData(),
            granularity=Granularity(self.granularity_combo.currentData()),
        )

    # -- building ---------------------------------------------------------------------------------

    def _on_run_button_clicked(self) -> None:
        self.build(self.report_combo.currentData(), self.params())

    def build(self, name: str, params: ReportParams, **options: Any) -> None:
        """Build the report in the background; a progress dialog offers Cancel."""
        if self._busy:
            return
        db, user = self._db, self._user
        cancel = threading.Event()
        self._cancel = cancel
        self._set_busy(True)
        self.last_error = None
        dialog = QProgressDialog(self.tr("Building the report…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Reports"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        self.progress_dialog = dialog

        def work(progress: Any, cancel: threading.Event) -> ReportData:
            return run_report(
                db.uow(), name=name, actor=user, params=params, progress=progress, cancel=cancel, **options
            )

        run_in_background(work, self._on_report_built, self._on_report_failed, self._on_progress, cancel)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and not self.progress_dialog.wasCanceled():
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._set_busy(False)

    def _on_report_built(self, report: ReportData) -> None:
        self._finish()
        self.show_report(report)
        self.statusBar().showMessage(self.tr("The report is ready."), 5000)

    def _on_report_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, ReportCancelled):
            self.statusBar().showMessage(self.tr("Building the report was cancelled."), 5000)
            return
        if isinstance(error, ReceptionError):
            self.last_error = error.message
            show_message(self, error.message, title=self.tr("Reports"), icon=QMessageBox.Icon.Warning)
            return
        raise error

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.run_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self._report is not None)

    def show_report(self, report: ReportData) -> None:
        self._report = report
        self.title_label.setText(report.title)
        generated = format_datetime(report.generated_at.astimezone(OFFICE_TIMEZONE).replace(tzinfo=None))
        lines = [f"{label}: {value}" for label, value in report.parameters]
        lines.append(self.tr("Built %1 by %2").replace("%1", generated).replace("%2", report.generated_by))
        self.parameters_label.setText(" · ".join(lines))
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in report.tables:
            self.table_combo.addItem(table.title)
        self.table_combo.blockSignals(False)
        self.table_combo.setCurrentIndex(0)
        self._on_table_combo_changed()
        chart = next((c for c in report.charts if c.categories), None)
        if chart is None:
            self.chart_view.hide()
        else:
            old = self.chart_view.chart()
            lying = chart.kind is ChartKind.BAR and len(chart.categories) > 6
            # Lying bars: room for every category's name (QtCharts drops labels that would overlap),
            # as far as the table keeps at least half of the room.
            wanted = min(480, max(240, 22 * len(chart.categories) + 110)) if lying else 240
            self.chart_view.setChart(build_chart(chart))
            if old is not None:
                old.deleteLater()
            self.chart_view.show()
            room = max(self.splitter.height(), 2 * CHART_MINIMUM_HEIGHT)
            chart_height = max(CHART_MINIMUM_HEIGHT, min(wanted, room // 2))
            self.splitter.setSizes([chart_height, room - chart_height])
        self._set_busy(False)

    def _on_table_combo_changed(self) -> None:
        if self._report is None or not self._report.tables:
            self.table_model.set_table(None)
            return
        table = self._report.tables[max(0, self.table_combo.currentIndex())]
        self.table_model.set_table(table)
        header = self.table_view.horizontalHeader()
        width = self.table_view.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        for number, column in enumerate(table.columns):
            # Wide enough for the report's own width and for the column's title (up to a limit: a
            # long title is then shown whole in its tooltip).
            title_width = min(HEADER_WIDTH_LIMIT, titles.horizontalAdvance(column.title) + 20)
            self.table_view.setColumnWidth(number, max(60, column.width * width + 16, title_width))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

    # -- export ------------------------------------------------------------------------------------

    def _on_export_button_clicked(self, kind: str) -> None:
        if self._report is None:
            return
        file_filter = EXPORTS[kind][0]
        suggested = f"{self._report.name}-{date.today():%Y-%m-%d}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested, file_filter)
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> None:
        """Write the shown report to `path` in the background."""
        report = self._report
        if report is None or self._busy:
            return
        _, module_name, function_name = EXPORTS[kind]

        def work() -> Path:
            import importlib

            save = getattr(importlib.import_module(module_name), function_name)
            result: Path = save(report, path)
            return result

        self._set_busy(True)
        self.statusBar().showMessage(self.tr("Exporting…"))
        run_in_background(work, self._on_exported, self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        self._set_busy(False)
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)

    def _on_export_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = error.message if isinstance(error, ReceptionError) else str(error)
        self.last_error = message
        show_message(
            self,
            self.tr("The report could not be saved: %1").replace("%1", message),
            title=self.tr("Reports"),
            icon=QMessageBox.Icon.Warning,
        )

    def closeEvent(self, event: Any) -> None:
        if self._cancel is not None:
            self._cancel.set()
        super().closeEvent(event)
