"""A report as a PDF: title, parameters, author and date, charts, tables with their header on every
page, and «Страница N из M» at the foot. Liberation Sans is embedded, so Cyrillic prints anywhere.

Cells are plain strings clipped to their column (no Paragraph per cell): a ten-thousand-row listing
then renders about as fast as ReportLab can draw a bare table.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from reception.documents.atomic import write_atomically
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.paths import resource
from reception.services.reports.common import (
    ChartKind,
    ColumnType,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportTable,
)

FONT = "ReportSans"
FONT_BOLD = "ReportSans-Bold"
BODY_SIZE = 7.5
HEADER_SIZE = 7.5
# Average glyph width of Liberation Sans as a share of the font size: clips text without measuring it.
GLYPH_WIDTH = 0.56
CHART_COLOURS = ("#2f5d8a", "#e0893a", "#5b9a5b", "#b8453c", "#7f6aa8")
_fonts_registered = False


def register_fonts() -> None:
    global _fonts_registered
    if _fonts_registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "LiberationSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "LiberationSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


def format_value(value: Any, column: ReportColumn) -> str:
    """How a value reads in a document: dates dd.mm.yyyy, decimals with a comma, nothing for None."""
    if value is None:
        return "—" if column.is_numeric else ""
    if isinstance(value, datetime):
        return f"{value.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, int) or (column.type is ColumnType.INTEGER and isinstance(value, float)):
        return f"{int(value):,}".replace(",", "\u00a0")
    if column.type in (ColumnType.DECIMAL, ColumnType.PERCENT) and isinstance(value, int | float):
        return f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")
    return str(value)


def _clip(text: str, width: float, size: float) -> str:
    capacity = max(3, int((width - 4) / (size * GLYPH_WIDTH)))
    return text if len(text) <= capacity else text[: capacity - 1].rstrip() + "…"


def _numbered_canvas(author_line: str) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end, then writes «Страница N из M» on all of them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.setFont(FONT, 7)
            self.setFillGray(0.35)
            self.drawString(28, 16, author_line)
            self.drawRightString(width - 28, 16, f"Страница {self._pageNumber} из {total}")

    return NumberedCanvas


def _chart(chart: ReportChart, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    height = 190.0
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=9))
    plot: Any = VerticalBarChart() if chart.kind is ChartKind.BAR else HorizontalLineChart()
    plot.x, plot.y = 40, 45
    plot.width, plot.height = width - 60, height - 80
    plot.data = [list(s.values) or [0.0] for s in chart.series]
    plot.categoryAxis.categoryNames = list(chart.categories) or [""]
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 6.5
    many = len(chart.categories) > 8
    if many:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 6.5
    plot.valueAxis.valueMin = 0
    top = max((max(s.values) for s in chart.series if s.values), default=0.0)
    plot.valueAxis.valueMax = max(1.0, top * 1.1)
    for number in range(len(chart.series)):
        colour = colors.HexColor(CHART_COLOURS[number % len(CHART_COLOURS)])
        if chart.kind is ChartKind.BAR:
            plot.bars[number].fillColor = colour
            plot.bars[number].strokeColor = None
        else:
            plot.lines[number].strokeColor = colour
            plot.lines[number].strokeWidth = 1.5
    drawing.add(plot)
    if len(chart.series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 200, height - 8
        legend.fontName = FONT
        legend.fontSize = 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.colorNamePairs = [
            (colors.HexColor(CHART_COLOURS[n % len(CHART_COLOURS)]), s.name)
            for n, s in enumerate(chart.series)
        ]
        drawing.add(legend)
    return drawing


def _table(table: ReportTable, width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, LongTable, Paragraph, Spacer, TableStyle

    header_style = ParagraphStyle("th", fontName=FONT_BOLD, fontSize=HEADER_SIZE, leading=HEADER_SIZE + 1.5)
    header_right = ParagraphStyle("thr", parent=header_style, alignment=2)
    title_style = ParagraphStyle(
        "tt", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=4
    )
    scale = width / max(1, table.width)
    widths = [c.width * scale for c in table.columns]
    header = [Paragraph(c.title, header_right if c.is_numeric else header_style) for c in table.columns]
    clipped = [(n, w) for n, (c, w) in enumerate(zip(table.columns, widths, strict=True)) if not c.is_numeric]
    columns = table.columns
    body: list[list[str]] = []
    for row in table.rows:
        cells = [format_value(v, c) for v, c in zip(row, columns, strict=True)]
        for n, w in clipped:
            cells[n] = _clip(cells[n], w, BODY_SIZE)
        body.append(cells)
    if not body:
        body.append(["Нет данных", *[""] * (len(columns) - 1)])
    data: list[list[Any]] = [header, *body]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), BODY_SIZE + 1.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#2f5d8a")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for n, column in enumerate(columns):
        if column.is_numeric:
            style.append(("ALIGN", (n, 1), (n, -1), "RIGHT"))
    if table.total is not None:
        data.append([format_value(v, c) for v, c in zip(table.total, columns, strict=True)])
        style.append(("FONT", (0, -1), (-1, -1), FONT_BOLD, BODY_SIZE))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
    flowable = LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style))
    # A title never ends a page alone: it moves on with at least the header and a few rows.
    return [CondPageBreak(60), Paragraph(table.title, title_style), flowable, Spacer(0, 6)]


def build_report_pdf(report: ReportData, out: IO[bytes]) -> None:
    """Write the report as a PDF to `out`."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    pagesize = landscape(A4) if report.landscape else A4
    generated = f"{report.generated_at.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M}"
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=12 * mm,
        title=report.title,
        author=report.generated_by,
        subject="Отчёт «Приёмной»",
        creator="Reception",
    )
    title_style = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=17, spaceAfter=6)
    line_style = ParagraphStyle("param", fontName=FONT, fontSize=8.5, leading=11)
    story: list[Any] = [Paragraph(_escape(report.title), title_style)]
    for label, value in report.parameters:
        story.append(Paragraph(f"<b>{_escape(label)}:</b> {_escape(value)}", line_style))
    story.append(Paragraph(f"<b>Сформирован:</b> {generated}, {_escape(report.generated_by)}", line_style))
    story.append(Spacer(0, 8))
    for chart in report.charts:
        if chart.categories:
            story.append(_chart(chart, doc.width))
            story.append(Spacer(0, 6))
    for table in report.tables:
        story.extend(_table(table, doc.width))
    author_line = f"{report.title} · {generated} · {report.generated_by}"
    doc.build(story, canvasmaker=_numbered_canvas(author_line))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save_report_pdf(report: ReportData, path: Path) -> Path:
    return write_atomically(path, lambda out: build_report_pdf(report, out))
