"""A report as an XLSX workbook: a sheet with the title and parameters, then a sheet per table with
real types (dates as dates, numbers as numbers), its header row frozen and columns sized."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from reception.documents.atomic import write_atomically
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.services.reports.common import ColumnType, ReportData, ReportTable

FORMATS = {
    ColumnType.DATE: "DD.MM.YYYY",
    ColumnType.INTEGER: "#,##0",
    ColumnType.DECIMAL: "#,##0.0",
    ColumnType.PERCENT: "0.0",
}


def _sheet_name(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:28] or "Таблица"
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:25]} ({n})"
        n += 1
    taken.add(name.lower())
    return name


def _plain(value: Any) -> Any:
    # Excel has no time zones: a moment is written as the office's wall-clock time.
    if isinstance(value, datetime):
        return value.astimezone(OFFICE_TIMEZONE).replace(tzinfo=None)
    return value


def _write_table(workbook: Any, table: ReportTable, name: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(name)
    for n, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = max(8, column.width + 2)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DFE6EE")
    wrap = Alignment(wrap_text=True, vertical="center")
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header.append(cell)
    sheet.append(header)
    formats = [FORMATS.get(c.type) for c in table.columns]
    plain_columns = all(f is None for f in formats)
    for row in table.rows:
        if plain_columns:
            sheet.append([_plain(v) for v in row])
            continue
        cells = []
        for value, number_format in zip(row, formats, strict=True):
            cell = WriteOnlyCell(sheet, _plain(value))
            if number_format is not None and value is not None:
                cell.number_format = number_format
            cells.append(cell)
        sheet.append(cells)
    if table.total is not None:
        totals = []
        for value, number_format in zip(table.total, formats, strict=True):
            cell = WriteOnlyCell(sheet, _plain(value))
            cell.font = bold
            if number_format is not None and value is not None:
                cell.number_format = number_format
            totals.append(cell)
        sheet.append(totals)


def build_report_xlsx(report: ReportData, out: IO[bytes]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    about = workbook.create_sheet("Отчёт")
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 70
    title = WriteOnlyCell(about, report.title)
    title.font = Font(bold=True, size=14)
    about.append([title])
    for label, value in report.parameters:
        about.append([label, value])
    generated = WriteOnlyCell(about, _plain(report.generated_at))
    generated.number_format = "DD.MM.YYYY HH:MM"
    about.append(["Сформирован", generated])
    about.append(["Автор", report.generated_by])
    about.append([])
    about.append(["Таблицы на листах:"])
    taken = {"отчёт"}
    names = [_sheet_name(t.title, taken) for t in report.tables]
    for table, name in zip(report.tables, names, strict=True):
        about.append([name, table.title])
    for table, name in zip(report.tables, names, strict=True):
        _write_table(workbook, table, name)
    workbook.save(out)


def save_report_xlsx(report: ReportData, path: Path) -> Path:
    return write_atomically(path, lambda out: build_report_xlsx(report, out))
