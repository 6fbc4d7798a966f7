"""Report documents read back: PDF text and fonts (pypdf), XLSX types (openpyxl), CSV bytes; the CLI
writes each of them from the hand-built office."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from reception.cli import main
from reception.db.database import Database
from reception.documents.report_csv import build_report_csv, save_report_csv
from reception.documents.report_pdf import build_report_pdf, save_report_pdf
from reception.documents.report_xlsx import build_report_xlsx
from reception.services.reports.common import (
    ChartKind,
    ChartSeries,
    ColumnType,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportTable,
)
from tests.conftest import add_staff
from tests.integration.test_reports import build_office

GENERATED = datetime(2025, 4, 15, 7, 30, tzinfo=UTC)  # 10:30 in Moscow


def sample_report(rows: int = 3, landscape: bool = False) -> ReportData:
    listing = tuple(
        (f"ВП-2025-{n:05d}", date(2025, 3, 1 + n % 28), "Протечка кровли над квартирой 17", n * 10, 12.5 + n)
        for n in range(rows)
    )
    return ReportData(
        name="summary",
        title="Сводный отчёт по обращениям",
        parameters=(("Период", "01.03.2025 — 31.03.2025"), ("Канал поступления", "все")),
        generated_at=GENERATED,
        generated_by="Руководителева Мария Ивановна",
        tables=(
            ReportTable(
                "Поступило обращений по каналам",
                (
                    ReportColumn("Рег. номер", width=14),
                    ReportColumn("Поступило", ColumnType.DATE, 10),
                    ReportColumn("Краткое содержание", width=30),
                    ReportColumn("Количество", ColumnType.INTEGER, 10),
                    ReportColumn("Доля, %", ColumnType.PERCENT, 8),
                ),
                listing,
                ("Всего", None, "", sum(r[3] for r in listing), 100.0),
            ),
        ),
        charts=(
            ReportChart(
                "Обращения по каналам",
                ChartKind.BAR,
                ("Портал города", "Почта"),
                (ChartSeries("Обращений", (4.0, 2.0)),),
            ),
            ReportChart(
                "Динамика",
                ChartKind.LINE,
                ("01.2025", "02.2025"),
                (ChartSeries("a", (1.0, 2.0)), ChartSeries("b", (2.0, 1.0))),
            ),
        ),
        landscape=landscape,
    )


def test_pdf_has_title_parameters_figures_fonts_and_page_numbers() -> None:
    out = io.BytesIO()
    build_report_pdf(sample_report(rows=300, landscape=True), out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    pages = len(reader.pages)
    assert pages > 3
    first = reader.pages[0].extract_text()
    assert "Сводный отчёт по обращениям" in first
    assert "Период: 01.03.2025 — 31.03.2025" in first
    assert "Сформирован: 15.04.2025 10:30, Руководителева Мария Ивановна" in first
    assert f"Страница 1 из {pages}" in first
    assert "ВП-2025-00000" in first and "01.03.2025" in first
    last = reader.pages[-1].extract_text()
    assert f"Страница {pages} из {pages}" in last
    assert "Всего" in last and "448 500" in last  # sum of n * 10 for n < 300, thousands spaced
    # The header repeats on every page of the table.
    assert all("Краткое содержание" in p.extract_text() for p in reader.pages[1:])
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages[:2]
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("LiberationSans" in f for f in fonts), fonts
    for font in reader.pages[0]["/Resources"]["/Font"].values():  # type: ignore[union-attr]
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None:
            assert "/FontFile2" in descriptor.get_object()  # embedded
    assert reader.metadata is not None and reader.metadata.title == "Сводный отчёт по обращениям"


def test_xlsx_keeps_types_freezes_the_header_and_sizes_columns() -> None:
    out = io.BytesIO()
    build_report_xlsx(sample_report(), out)
    book = load_workbook(io.BytesIO(out.getvalue()))
    about = book["Отчёт"]
    assert about["A1"].value == "Сводный отчёт по обращениям"
    assert about["B2"].value == "01.03.2025 — 31.03.2025"
    generated = about["B4"].value
    assert isinstance(generated, datetime) and generated == datetime(2025, 4, 15, 10, 30)
    sheet = book.worksheets[1]
    assert sheet.title == "Поступило обращений по канал"
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == [
        "Рег. номер",
        "Поступило",
        "Краткое содержание",
        "Количество",
        "Доля, %",
    ]
    assert sheet["A2"].value == "ВП-2025-00000"
    assert isinstance(sheet["B2"].value, datetime) and sheet["B2"].value.date() == date(2025, 3, 1)
    assert sheet["B2"].number_format == "DD.MM.YYYY"
    assert sheet["D3"].value == 10 and isinstance(sheet["D3"].value, int)
    assert sheet["E2"].value == 12.5 and isinstance(sheet["E2"].value, float)
    assert sheet["A5"].value == "Всего" and sheet["D5"].value == 30 and sheet["A5"].font.bold
    assert sheet.column_dimensions["C"].width == 32


def test_csv_is_utf8_with_bom_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = save_report_csv(sample_report(), tmp_path / "отчёт.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Сводный отчёт по обращениям"]
    assert rows[1] == ["Период", "01.03.2025 — 31.03.2025"]
    header = rows.index(["Рег. номер", "Поступило", "Краткое содержание", "Количество", "Доля, %"])
    assert rows[header + 1] == [
        "ВП-2025-00000",
        "01.03.2025",
        "Протечка кровли над квартирой 17",
        "0",
        "12,5",
    ]
    assert rows[-1] == ["Всего", "", "", "30", "100,0"]
    assert "\r\n" in text
    out = io.BytesIO()
    build_report_csv(sample_report(), out)
    assert out.getvalue() == raw


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reception.documents.report_pdf as report_pdf

    def broken(report: ReportData, out: io.BytesIO) -> None:
        out.write(b"%PDF-")
        raise RuntimeError("disk full")

    monkeypatch.setattr(report_pdf, "build_report_pdf", broken)
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError):
        save_report_pdf(sample_report(), target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_cli_writes_each_report_for_a_scheduled_run(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    build_office(sqlite_db, add_staff(sqlite_db))
    url = sqlite_db.url.render_as_string(hide_password=False)
    for name in ("summary", "deadlines", "hotspots", "listing", "dynamics", "federal"):
        out = tmp_path / f"{name}.{fmt}"
        argv = ["--db", url, "report", name, "--from", "2025-03-01", "--to", "2025-03-31"]
        assert main([*argv, "--format", fmt, "--out", str(out), "--as", "manager"]) == 0
        assert out.exists()
    assert "записан в" in capsys.readouterr().out
    if fmt == "pdf":
        text = PdfReader(tmp_path / "summary.pdf").pages[0].extract_text()
        assert "Сводный отчёт по обращениям" in text and "Виртуальная приёмная" in text
    elif fmt == "xlsx":
        sheet = load_workbook(tmp_path / "summary.xlsx").worksheets[1]
        assert sheet["A2"].value == "Портал города" and sheet["B2"].value == 1
    else:
        text = (tmp_path / "federal.csv").read_bytes().decode("utf-8-sig")
        assert "Мосжилинспекция;01-15/123;20.03.2025" in text


def test_cli_refuses_a_clerk_and_a_bad_channel(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_staff(sqlite_db)
    url = sqlite_db.url.render_as_string(hide_password=False)
    argv = ["--db", url, "report", "summary", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "csv"]
    assert main([*argv, "--out", str(tmp_path / "a.csv"), "--as", "clerk"]) == 2
    assert "руководитель или администратор" in capsys.readouterr().err
    assert main([*argv, "--out", str(tmp_path / "a.csv"), "--channel", "pigeon"]) == 2
    assert "Канал «pigeon» неизвестен" in capsys.readouterr().err
    assert main([*argv, "--out", str(tmp_path / "a.csv")]) == 0  # the first administrator
    assert not list(tmp_path.glob("*.part"))
