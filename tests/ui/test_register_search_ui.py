"""The register at scale, as a user meets it: the search box highlights what it matched, the header
sorts, the filter panel narrows, saved views come back by name and by Ctrl+1; the model keeps a
bounded window of rows however far the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reception.domain.appeals import AppealKind, Channel
from reception.services.appeals import AppealView, register_appeal
from reception.services.register_query import RegisterFilter, RegisterSort, SortColumn
from tests.factories import appeal_draft, applicant_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.main_window import MainWindow
from ui.models.register_model import RegisterModel
from ui.widgets.highlight_delegate import HIGHLIGHT_BACKGROUND, HIGHLIGHT_ROLE

OpenMainWindow = Callable[[Office], MainWindow]


def register_rows(window: MainWindow) -> list[str]:
    model = window.register_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def column_of(model: RegisterModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def three_appeals(office: Office) -> tuple[AppealView, AppealView, AppealView]:
    now = datetime.now(UTC)
    roof = register_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=appeal_draft(
            received_at=now - timedelta(hours=3),
            summary="Протекает крыша над квартирой",
            text="Над квартирой протекает крыша, вода в подъезде.",
            applicant=applicant_draft(surname="Андреева"),
        ),
    )
    noise = register_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=appeal_draft(
            received_at=now - timedelta(hours=2),
            summary="Шум от ремонта по ночам",
            text="Соседи ведут ремонт ночью.",
            channel=Channel.EMAIL,
            kind=AppealKind.STATEMENT,
            applicant=applicant_draft(surname="Яковлев", first_name="Олег", phone="+7 903 111-22-33"),
        ),
    )
    yard = register_appeal(
        office.db.uow(),
        actor=office.staff.clerk,
        draft=appeal_draft(
            received_at=now - timedelta(hours=1),
            summary="Не убирают двор",
            text="Во дворе мусор, уборки нет неделю.",
            channel=Channel.EMAIL,
            applicant=applicant_draft(surname="Борисов", first_name="Иван", phone="+7 903 444-55-66"),
        ),
    )
    return roof, noise, yard


def test_typing_in_the_search_box_shows_the_match_highlighted(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    roof, _noise, _yard = three_appeals(office)
    window = open_main_window(office)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    model = window.register_model
    summary = column_of(model, "summary")
    assert model.index(0, summary).data(HIGHLIGHT_ROLE) == ()  # nothing searched, nothing marked

    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search_edit, "крыши")  # another form of «крыша»: the stemmer finds it
    qtbot.waitUntil(lambda: register_rows(window) == [roof.reg_number], timeout=3000)

    cell = model.index(0, summary)
    text = cell.data()
    spans = cell.data(HIGHLIGHT_ROLE)
    assert [text[start:end] for start, end in spans] == ["крыша"]
    assert model.index(0, column_of(model, "applicant")).data(HIGHLIGHT_ROLE) == ()

    # The delegate paints the span: the highlight colour is on screen inside the summary cell.
    view = window.register_view
    view.resizeColumnToContents(summary)
    image = view.viewport().grab(view.visualRect(cell)).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert HIGHLIGHT_BACKGROUND.name() in colours

    window.search_edit.clear()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }
    assert HIGHLIGHT_BACKGROUND.name() not in colours


def test_applicant_name_matches_are_highlighted_too(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    _roof, noise, _yard = three_appeals(office)
    window = open_main_window(office)
    window.search_edit.setText("яковл")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: register_rows(window) == [noise.reg_number], timeout=3000)
    cell = window.register_model.index(0, column_of(window.register_model, "applicant"))
    (start, end), *_rest = cell.data(HIGHLIGHT_ROLE)
    assert cell.data()[start:end].lower().startswith("яковл")


def test_a_header_click_sorts_the_register_by_that_column_both_ways(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    roof, noise, yard = three_appeals(office)
    window = open_main_window(office)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    assert register_rows(window) == [yard.reg_number, noise.reg_number, roof.reg_number]  # newest first
    header = window.register_view.horizontalHeader()
    model = window.register_model

    def click(key: str) -> None:
        section = column_of(model, key)
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    applicant = column_of(model, "applicant")

    def applicants() -> list[str]:
        return [model.index(row, applicant).data() for row in range(model.rowCount())]

    click("applicant")
    qtbot.waitUntil(
        lambda: not model.is_loading and model.filter.sort.column is SortColumn.APPLICANT, timeout=3000
    )
    names = applicants()
    direction = model.filter.sort.descending
    assert names == sorted(names, reverse=direction)
    assert header.sortIndicatorSection() == applicant
    click("applicant")
    qtbot.waitUntil(lambda: not model.is_loading and model.filter.sort.descending != direction, timeout=3000)
    qtbot.waitUntil(lambda: applicants() == names[::-1], timeout=3000)

    sort_before = model.filter.sort
    click("repeat_count")  # the core cannot sort by it: nothing changes, the status bar says why
    assert model.filter.sort == sort_before
    assert header.sortIndicatorSection() == column_of(model, "applicant")
    assert "нельзя" in window.statusBar().currentMessage()


def test_the_filter_panel_narrows_the_register_and_clears(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    roof, noise, yard = three_appeals(office)
    window = open_main_window(office)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    activate(qtbot, window)
    qtbot.keyClick(
        window.register_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.filter_panel
    assert panel.isVisible()
    assert panel.status_combo.hasFocus()

    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData(Channel.EMAIL.value))
    qtbot.waitUntil(
        lambda: sorted(register_rows(window)) == sorted([noise.reg_number, yard.reg_number]), timeout=3000
    )
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(AppealKind.STATEMENT.value))
    qtbot.waitUntil(lambda: register_rows(window) == [noise.reg_number], timeout=3000)
    assert window.filter_panel_action.text().replace("&", "") == "Фильтры (2)"
    qtbot.waitUntil(lambda: window.count_label.text() == "Обращений: 1", timeout=3000)

    panel.clear_button.click()
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    from PySide6.QtCore import QDate

    panel.received_to.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    qtbot.waitUntil(
        lambda: register_rows(window) == [] and not window.register_model.is_loading, timeout=3000
    )
    panel.clear_button.click()
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    assert roof.reg_number in register_rows(window)


def test_a_saved_view_comes_back_by_name_and_by_ctrl_1_and_is_renamed_and_deleted(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    _roof, noise, yard = three_appeals(office)
    window = open_main_window(office)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    views = window.saved_views
    window.filter_panel_action.trigger()
    window.filter_panel.channel_combo.setCurrentIndex(
        window.filter_panel.channel_combo.findData(Channel.EMAIL.value)
    )
    window.search_edit.setText("ремонт")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: register_rows(window) == [noise.reg_number], timeout=3000)
    wanted = window.register_model.filter

    activate(qtbot, window)
    qtbot.keyClick(
        window.register_view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = wait_for_window(qtbot, QInputDialog, window)
    dialog.setTextValue("Ремонт по почте")
    dialog.accept()
    qtbot.waitUntil(lambda: [v.name for v in views.views] == ["Ремонт по почте"], timeout=3000)
    assert views.combo.currentText() == "Ремонт по почте"

    window.filter_panel.clear_button.click()
    window.search_edit.clear()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(register_rows(window)) == 3, timeout=3000)
    assert views.combo.currentIndex() == 0  # filters changed by hand: no view is chosen

    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: register_rows(window) == [noise.reg_number], timeout=3000)
    assert window.search_edit.text() == "ремонт"
    assert window.filter_panel.channel_combo.currentData() == Channel.EMAIL.value
    assert window.register_model.filter == wanted

    activate(qtbot, window)
    qtbot.keyClick(
        window.register_view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = wait_for_window(qtbot, QInputDialog, window)
    assert dialog.textValue() == "Ремонт по почте"
    dialog.setTextValue("Почта: ремонт")
    dialog.accept()
    qtbot.waitUntil(lambda: [v.name for v in views.views] == ["Почта: ремонт"], timeout=3000)

    activate(qtbot, window)
    qtbot.keyClick(
        window.register_view,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = wait_for_window(qtbot, QMessageBox, window)
    assert "Почта: ремонт" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: views.views == [] and views.combo.count() == 1, timeout=3000)
    assert yard.reg_number not in register_rows(window)  # deleting a view leaves the register as it is


def test_the_model_keeps_a_bounded_window_and_fetches_a_dropped_page_again(
    qtbot: QtBot, qtmodeltester: ModelTester, office: Office
) -> None:
    now = datetime.now(UTC)
    views = [
        register_appeal(
            office.db.uow(),
            actor=office.staff.clerk,
            draft=appeal_draft(received_at=now - timedelta(minutes=n + 1), summary=f"Вопрос {n}"),
        )
        for n in range(14)
    ]
    model = RegisterModel(office.db, office.staff.clerk, page_size=2, pages_kept=3)
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == 14
    assert model.rows_in_memory <= 6  # three pages of two, not fourteen rows
    assert model.index(13, 0).data() == views[13].reg_number  # the last pages are in the window
    assert model.index(0, 0).data() == "…"  # the first page was dropped: fetched again …
    assert model.appeal_id(0) is None
    qtbot.waitUntil(lambda: model.index(0, 0).data() == views[0].reg_number, timeout=3000)  # … by its key
    assert model.index(1, 0).data() == views[1].reg_number
    assert model.rows_in_memory <= 6
    shown = []
    for row in range(14):
        qtbot.waitUntil(lambda row=row: model.index(row, 0).data() != "…", timeout=3000)
        shown.append(model.index(row, 0).data())
    assert shown == [v.reg_number for v in views]  # no gaps, no repeats, in order
    qtmodeltester.check(model)


def test_a_live_refresh_deep_in_a_long_register_refetches_only_what_is_shown(
    qtbot: QtBot, office: Office
) -> None:
    now = datetime.now(UTC)
    for n in range(10):
        register_appeal(
            office.db.uow(),
            actor=office.staff.clerk,
            draft=appeal_draft(received_at=now - timedelta(minutes=n + 1)),
        )
    model = RegisterModel(office.db, office.staff.clerk, page_size=2, pages_kept=3)
    model.set_filter(replace(RegisterFilter(), sort=RegisterSort(SortColumn.RECEIVED, True)))
    while model.canFetchMore(QModelIndex()) or model.is_loading:
        if model.is_loading:
            qtbot.waitUntil(lambda: not model.is_loading, timeout=3000)
            continue
        with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
            model.fetchMore(QModelIndex())
    last = model.index(9, 0).data()
    model.refresh_loaded()
    assert model.rowCount() == 10  # the rows stay where they are, their data comes again
    assert model.index(9, 0).data() == "…"
    qtbot.waitUntil(lambda: model.index(9, 0).data() == last, timeout=3000)
