"""A report as CSV for Excel in a Russian locale: UTF-8 with a BOM, `;` between fields, decimal commas."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from reception.documents.atomic import write_atomically
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.services.reports.common import ColumnType, ReportColumn, ReportData

BOM = "\ufeff"


def csv_value(value: Any, column: ReportColumn) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) or column.type in (ColumnType.DECIMAL, ColumnType.PERCENT):
        return f"{float(value):.1f}".replace(".", ",")
    return str(value)


def build_report_csv(report: ReportData, out: IO[bytes]) -> None:
    """The title and parameters first, then each table: its title, header, rows and total."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        text.write(BOM)
        writer = csv.writer(text, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([report.title])
        for label, value in report.parameters:
            writer.writerow([label, value])
        generated = f"{report.generated_at.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M}"
        writer.writerow(["Сформирован", f"{generated}, {report.generated_by}"])
        for table in report.tables:
            writer.writerow([])
            writer.writerow([table.title])
            columns = table.columns
            writer.writerow([c.title for c in columns])
            writer.writerows(
                [csv_value(v, c) for v, c in zip(row, columns, strict=True)] for row in table.rows
            )
            if table.total is not None:
                writer.writerow([csv_value(v, c) for v, c in zip(table.total, columns, strict=True)])
        text.flush()
    finally:
        text.detach()


def save_report_csv(report: ReportData, path: Path) -> Path:
    return write_atomically(path, lambda out: build_report_csv(report, out))
