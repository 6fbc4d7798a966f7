"""The register model: Qt's model contract, keyset paging, deadline markers, executor and repeats."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from reception.domain.appeals import ApplicantDraft
from reception.domain.deadlines import office_date
from reception.services import workflow
from reception.services.appeals import AppealView, register_appeal
from reception.services.register_query import RegisterFilter
from reception.services.repeats import mark_repeated
from tests.factories import appeal_draft
from tests.ui.conftest import Office
from ui.models.register_model import RegisterModel
from ui.widgets.markers import DUE_SOON_BACKGROUND


def register_several(office: Office, count: int) -> list[AppealView]:
    now = datetime.now(UTC)
    views = []
    for i in range(count):
        draft = appeal_draft(received_at=now - timedelta(hours=i + 1), summary=f"Вопрос номер {i}")
        if i == 2:
            draft = replace(draft, applicant=ApplicantDraft())
        views.append(register_appeal(office.db.uow(), actor=office.staff.clerk, draft=draft))
    return views


def load_all(qtbot: QtBot, model: RegisterModel) -> None:
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
            model.fetchMore(QModelIndex())


def test_register_model_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, office: Office
) -> None:
    register_several(office, 5)
    model = RegisterModel(office.db, office.staff.clerk, page_size=2)
    load_all(qtbot, model)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_register_pages_newest_first_without_gaps_or_repeats(qtbot: QtBot, office: Office) -> None:
    views = register_several(office, 5)
    model = RegisterModel(office.db, office.staff.clerk, page_size=2)
    load_all(qtbot, model)
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == [v.reg_number for v in views]  # registered newest-received first
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Рег. №"
    anonymous = model.index(2, 3)
    assert anonymous.data() == "аноним"
    assert anonymous.data(Qt.ItemDataRole.FontRole).italic()


def test_overdue_appeal_is_marked_by_icon_tooltip_and_colour(qtbot: QtBot, office: Office) -> None:
    late, on_time = register_several(office, 2)
    with office.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE appeals SET due_date = :due WHERE id = :id"),
            {"due": date.today() - timedelta(days=3), "id": late.id},
        )
    model = RegisterModel(office.db, office.staff.clerk)
    load_all(qtbot, model)
    due_column = next(i for i, c in enumerate(model.columns) if c.key == "due_date")
    late_row, on_time_row = model.row_of(late.id), model.row_of(on_time.id)
    assert late_row is not None and on_time_row is not None

    late_due = model.index(late_row, due_column)
    assert late_due.data(Qt.ItemDataRole.DecorationRole) is not None  # a marker, not colour alone
    assert "Просрочено" in late_due.data(Qt.ItemDataRole.ToolTipRole)
    assert late_due.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "просрочено" in late_due.data(Qt.ItemDataRole.AccessibleTextRole)

    on_time_due = model.index(on_time_row, due_column)
    assert on_time_due.data(Qt.ItemDataRole.DecorationRole) is None
    assert on_time_due.data(Qt.ItemDataRole.ToolTipRole) is None
    assert on_time_due.data(Qt.ItemDataRole.BackgroundRole) is None


def test_filter_restarts_paging_with_matching_appeals_only(qtbot: QtBot, office: Office) -> None:
    views = register_several(office, 4)
    model = RegisterModel(office.db, office.staff.clerk)
    load_all(qtbot, model)
    with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
        model.set_filter(RegisterFilter(search=views[1].reg_number))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == views[1].reg_number


def test_due_soon_and_answered_late_have_their_own_icons_and_tooltips_and_new_columns_show(
    qtbot: QtBot, qtmodeltester: ModelTester, office: Office
) -> None:
    soon, late_answer, repeating, plain = register_several(office, 4)
    staff = office.staff
    workflow.assign(office.db.uow(), actor=staff.clerk, appeal_id=soon.id, executor_id=staff.executor.id)
    workflow.assign(
        office.db.uow(), actor=staff.clerk, appeal_id=late_answer.id, executor_id=staff.executor.id
    )
    workflow.start_work(office.db.uow(), actor=staff.executor, appeal_id=late_answer.id)
    workflow.prepare_answer(office.db.uow(), actor=staff.executor, appeal_id=late_answer.id)
    workflow.approve_answer(office.db.uow(), actor=staff.manager, appeal_id=late_answer.id)
    mark_repeated(office.db.uow(), actor=staff.clerk, appeal_id=repeating.id, earlier_ids=[plain.id])
    today = office_date(datetime.now(UTC))
    with office.db.engine.begin() as connection:
        for appeal, due in ((soon, today + timedelta(days=1)), (late_answer, today - timedelta(days=2))):
            connection.execute(
                text("UPDATE appeals SET due_date = :due WHERE id = :id"), {"due": due, "id": appeal.id}
            )
    model = RegisterModel(office.db, staff.clerk, page_size=2)
    load_all(qtbot, model)
    qtmodeltester.check(model)
    keys = [c.key for c in model.columns]
    assert model.headerData(keys.index("assignee"), Qt.Orientation.Horizontal) == "Исполнитель"
    assert model.headerData(keys.index("repeat_count"), Qt.Orientation.Horizontal) == "Повт."

    def cell(appeal: AppealView, key: str) -> QModelIndex:
        row = model.row_of(appeal.id)
        assert row is not None
        return model.index(row, keys.index(key))

    due_soon = cell(soon, "due_date")
    assert due_soon.data(Qt.ItemDataRole.DecorationRole) is not None
    assert due_soon.data(Qt.ItemDataRole.ToolTipRole) == f"Срок истекает {today + timedelta(days=1):%d.%m.%Y}"
    assert due_soon.data(Qt.ItemDataRole.BackgroundRole).color() == DUE_SOON_BACKGROUND
    assert "срок истекает" in due_soon.data(Qt.ItemDataRole.AccessibleTextRole)
    assert cell(soon, "assignee").data() == "Исполнителев П. П."

    answered = cell(late_answer, "due_date")
    assert answered.data(Qt.ItemDataRole.DecorationRole) is not None
    assert answered.data(Qt.ItemDataRole.ToolTipRole).startswith("Ответ дан с опозданием")
    assert answered.data(Qt.ItemDataRole.BackgroundRole) is None  # answered: nothing pending
    soon_icon, late_icon = (
        cell(a, "due_date").data(Qt.ItemDataRole.DecorationRole).pixmap(16).toImage()
        for a in (soon, late_answer)
    )
    assert soon_icon != late_icon  # distinct markers, not one icon on two background colours

    assert cell(repeating, "repeat_count").data() == "1"
    assert cell(plain, "repeat_count").data() == ""  # blank when 0
    assert cell(plain, "due_date").data(Qt.ItemDataRole.DecorationRole) is None
