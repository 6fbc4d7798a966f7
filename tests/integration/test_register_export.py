"""Register exports: the same filters and columns as the view, streamed page by page, cancellable."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

import pytest

from reception.db.database import Database
from reception.services import register_export
from reception.services.appeals import register_appeal
from reception.services.register_export import ExportCancelled, export_register
from reception.services.register_query import RegisterFilter
from tests.conftest import Staff
from tests.factories import appeal_draft


@pytest.fixture
def three_appeals(db: Database, staff: Staff) -> Staff:
    for summary in ("Протечка кровли", "Лифт не работает", "Протечка в подвале"):
        register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(summary=summary))
    return staff


def test_xlsx_has_the_filtered_rows_with_real_types(
    db: Database, three_appeals: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    monkeypatch.setattr(register_export, "EXPORT_PAGE", 1)  # several pages even for two rows
    seen: list[tuple[int, int]] = []
    out = tmp_path / "реестр.xlsx"
    written = export_register(
        db.uow,
        actor=three_appeals.executor,
        path=out,
        filters=RegisterFilter(search="протечка"),
        columns=("reg_number", "summary", "due_date"),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert written == 2 and seen[-1] == (2, 2)
    book = load_workbook(out)
    about, sheet = book.worksheets
    assert ("Поиск", "протечка") in [(r[0], r[1]) for r in about.iter_rows(values_only=True) if len(r) > 1]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Рег. №", "Краткое содержание", "Срок ответа")
    assert sorted(r[1] for r in rows[1:]) == ["Протечка в подвале", "Протечка кровли"]
    assert all(isinstance(r[2].date(), date) for r in rows[1:])


def test_csv_lists_every_row_for_excel(db: Database, three_appeals: Staff, tmp_path: Path) -> None:
    out = tmp_path / "register.csv"
    assert export_register(db.uow, actor=three_appeals.clerk, path=out) == 3
    text = out.read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines(), delimiter=";"))
    header = lines.index(
        [
            "Рег. №",
            "Поступило",
            "Канал",
            "Заявитель",
            "Краткое содержание",
            "Статус",
            "Исполнитель",
            "Срок ответа",
            "Повторных",
        ]
    )
    assert len(lines) - header - 1 == 3


def test_a_cancelled_export_leaves_no_file(db: Database, three_appeals: Staff, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "register.xlsx"
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export_register(db.uow, actor=three_appeals.clerk, path=out, cancel=cancel)
    assert list(folder.iterdir()) == []
