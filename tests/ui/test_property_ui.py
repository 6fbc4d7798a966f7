"""The property register in the app: the picker in the appeal editor, the card, the register filter
by property, and the registry import dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reception.db.property_models import Property
from reception.domain.properties import PropertyDraft, PropertyKind, RightHolderDraft
from reception.services.appeals import register_appeal
from reception.services.properties import create_property, get_property, update_property
from reception.services.property_import import IGNORE
from reception.services.property_links import appeal_properties, link_property
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.property_card_dialog import PropertyCardDialog
from ui.dialogs.property_import_dialog import PropertyImportDialog
from ui.locale_format import format_datetime
from ui.main_window import MainWindow
from ui.tasks import wait_for_background_tasks
from ui.topics import TopicCatalog

FLAT = PropertyDraft(
    PropertyKind.PREMISES,
    cadastral_number="77:06:0004005:2017",
    address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
    right_holders=(RightHolderDraft("Смирнова Ольга Викторовна", "1/1"),),
)
OTHER = PropertyDraft(
    PropertyKind.BUILDING, cadastral_number="77:01:0001001:1", address="г. Москва, ул. Тверская, д. 7"
)


def add_property(office: Office, draft: PropertyDraft) -> int:
    return create_property(office.db.uow(), actor=office.staff.admin, draft=draft).id


def register(office: Office, days_ago: int = 0, summary: str = "Протечка") -> int:
    draft = replace(appeal_draft(), summary=summary, received_at=datetime.now(UTC) - timedelta(days=days_ago))
    return register_appeal(office.db.uow(), actor=office.staff.clerk, draft=draft).id


def open_editor(qtbot: QtBot, window: MainWindow, appeal_id: int) -> AppealDialog:
    window.open_appeal(appeal_id)
    editor = wait_for_window(qtbot, AppealDialog, window)
    activate(qtbot, editor)
    return editor


def test_a_property_is_found_by_a_fragment_of_its_address_and_linked_from_the_keyboard(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    add_property(office, OTHER)
    appeal_id = register(office)
    editor = open_editor(qtbot, open_main_window(office), appeal_id)
    picker = editor.properties_panel.picker
    picker.search_edit.setFocus()

    type_text(qtbot, picker.search_edit, "профсоюзная 43 кв 17")
    qtbot.waitUntil(lambda: picker.results_list.count() == 1, timeout=5000)
    assert "77:06:0004005:2017" in picker.results_list.item(0).text()
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    assert picker.results_list.hasFocus()
    qtbot.keyClick(picker.results_list, Qt.Key.Key_Return)

    links = appeal_properties(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id)
    assert [link.row.id for link in links] == [flat]
    assert editor.properties_panel.linked_list.count() == 1
    assert picker.search_edit.text() == "" and picker.search_edit.hasFocus()
    assert editor.isVisible()  # Enter linked, it did not press Save


def test_the_picker_says_when_it_shows_only_the_first_matches(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    for flat in range(1, 26):
        add_property(
            office,
            replace(
                FLAT, cadastral_number=f"77:06:0004005:{3000 + flat}", address=f"{FLAT.address[:-2]}{flat}"
            ),
        )
    editor = open_editor(qtbot, open_main_window(office), register(office))
    picker = editor.properties_panel.picker

    type_text(qtbot, picker.search_edit, "профсоюзная 43")
    qtbot.waitUntil(lambda: picker.results_list.count() == 20, timeout=5000)
    assert picker.status_label.isVisible()
    assert picker.status_label.text() == "Показаны первые 20 найденных объектов: уточните номер или адрес."

    picker.search_edit.clear()
    type_text(qtbot, picker.search_edit, "профсоюзная 43 кв 17")
    qtbot.waitUntil(lambda: picker.results_list.count() == 1, timeout=5000)
    assert not picker.status_label.isVisible()


def test_a_new_appeal_links_the_picked_property_when_it_is_registered(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    window = open_main_window(office)
    dialog = AppealDialog(office.db, office.staff.clerk, TopicCatalog(office.db), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    type_text(qtbot, dialog.address_edit, "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17")
    panel = dialog.properties_panel
    qtbot.waitUntil(lambda: panel.suggestions_list.count() == 1, timeout=5000)
    assert panel.suggestions_label.text() == "Предложено по адресу заявителя:"
    panel.suggestions_list.setFocus()
    qtbot.keyClick(panel.suggestions_list, Qt.Key.Key_Return)
    assert [row.id for row in panel.pending] == [flat]
    assert "при регистрации обращения" in panel.linked_list.item(0).text()

    draft = appeal_draft()
    type_text(qtbot, dialog.surname_edit, draft.applicant.surname)
    type_text(qtbot, dialog.first_name_edit, draft.applicant.first_name)
    type_text(qtbot, dialog.text_edit, draft.text)
    dialog.questions_list.addItem("x")
    dialog.questions_list.item(0).setData(Qt.ItemDataRole.UserRole, draft.questions[0].topic_code)
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.saved_appeal is not None, timeout=5000)
    assert dialog.saved_appeal is not None
    links = appeal_properties(office.db.uow(), actor=office.staff.clerk, appeal_id=dialog.saved_appeal.id)
    assert [link.row.id for link in links] == [flat]


def test_the_linked_property_shows_what_it_was_at_linking_after_a_registry_update(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    appeal_id = register(office)
    link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id, property_id=flat)
    current = get_property(office.db.uow(), actor=office.staff.admin, property_id=flat)
    update_property(
        office.db.uow(),
        actor=office.staff.admin,
        property_id=flat,
        expected_version=current.version,
        draft=replace(current.to_draft(), address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 18"),
    )

    editor = open_editor(qtbot, open_main_window(office), appeal_id)

    text = editor.properties_panel.linked_list.item(0).text()
    # The snapshot is what the register said when the property was linked, not at registration.
    assert "при связывании: 77:06:0004005:2017, г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17" in text
    assert "при регистрации" not in text
    assert "сейчас: 77:06:0004005:2017, г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 18" in text


def test_the_card_lists_appeals_newest_first_opens_one_and_comes_back(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    older = register(office, days_ago=5, summary="Старое обращение")
    newer = register(office, days_ago=1, summary="Новое обращение")
    for appeal_id in (older, newer):
        link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id, property_id=flat)
    window = open_main_window(office)

    card = window.open_property_card(flat)
    qtbot.waitExposed(card)
    activate(qtbot, card)
    assert card.appeals_table.rowCount() == 2
    assert card.appeals_table.item(0, 4).text() == "Новое обращение"
    assert card.appeals_table.item(1, 4).text() == "Старое обращение"
    assert card.appeals_table.item(0, 2).text() == "Зарегистрировано"
    assert card.holders_list.item(0).text() == "Смирнова Ольга Викторовна 1/1"
    # The appeals, often dozens, get the room: eight rows at least, one line each.
    table = card.appeals_table
    assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize() - 2
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()

    card.appeals_table.setFocus()
    qtbot.keyClick(card.appeals_table, Qt.Key.Key_Down)
    qtbot.keyClick(card.appeals_table, Qt.Key.Key_Return)
    editor = wait_for_window(qtbot, AppealDialog, card)
    assert editor.summary_edit.text() == "Старое обращение"
    editor.reject()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    assert card.isVisible()


def test_the_register_is_filtered_by_a_property_from_its_card_and_the_chip_clears_it(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    linked = register(office, summary="О квартире")
    register(office, summary="О другом")
    link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=linked, property_id=flat)
    window = open_main_window(office)
    qtbot.waitUntil(lambda: window.register_model.rowCount() == 2, timeout=5000)

    card = window.open_property_card(flat)
    qtbot.waitExposed(card)
    qtbot.mouseClick(card.show_in_register_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not card.isVisible(), timeout=3000)
    qtbot.waitUntil(
        lambda: not window.register_model.is_loading and window.register_model.rowCount() == 1, timeout=5000
    )
    assert window.register_model.appeal_id(0) == linked
    assert window.property_filter_action.isVisible()
    assert "77:06:0004005:2017" in window.property_filter_button.text()

    qtbot.mouseClick(window.property_filter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.register_model.is_loading and window.register_model.rowCount() == 2, timeout=5000
    )
    assert not window.property_filter_action.isVisible()


def load(qtbot: QtBot, dialog: PropertyImportDialog, path: Path) -> None:
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=30_000)


def property_count(office: Office) -> int:
    with office.db.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Property)) or 0)


def test_the_import_dry_run_names_the_bad_row_and_a_cancel_leaves_the_register_unchanged(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow], tmp_path: Path
) -> None:
    registry = tmp_path / "реестр.csv"
    lines = ["Кадастровый номер;Вид объекта;Адрес;Площадь"]
    # Large enough that the import is still running when Cancel is pressed.
    lines += [
        f"77:01:0001001:{n};Помещение;г. Москва, ул. Тверская, д. 7, кв. {n};45,5" for n in range(1, 20_001)
    ]
    lines.append("77:01:0001001;Помещение;г. Москва, ул. Тверская, д. 7, кв. 99;-3")
    registry.write_text("\n".join(lines) + "\n", encoding="cp1251")
    window = open_main_window(office, "admin")
    assert window.import_properties_action.isEnabled()
    window.import_properties_action.trigger()
    dialog = wait_for_window(qtbot, PropertyImportDialog, window)

    load(qtbot, dialog, registry)
    assert dialog.mapping() == {
        "Кадастровый номер": "cadastral_number",
        "Вид объекта": "kind",
        "Адрес": "address",
        "Площадь": "area",
    }
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_running, timeout=60_000)
    assert dialog.problems_table.rowCount() >= 1
    assert dialog.problems_table.item(0, 0).text() == "20002"
    assert dialog.problems_table.item(0, 1).text() == "Кадастровый номер"
    assert "без ошибок: 20000" in dialog.summary_label.text()
    assert "проблем: 2" in dialog.summary_label.text()
    assert property_count(office) == 0

    # Cancel: the progress dialog's Cancel is pressed before the work gets going.
    dialog.valid_only_check.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_dialog is not None
    cancel_button = dialog.progress_dialog.findChild(QPushButton)
    assert cancel_button is not None
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60_000)
    assert property_count(office) == 0
    assert "отменена" in dialog.summary_label.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running and dialog.import_result is not None, timeout=60_000)
    assert dialog.import_result is not None and dialog.import_result.created == 20_000
    assert property_count(office) == 20_000
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window and widget is not dialog:
            widget.close()


def test_a_clerk_has_no_import_action(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    window = open_main_window(office)
    toolbar = window.findChild(QToolBar, "register_toolbar")
    assert toolbar is not None
    assert window.import_properties_action not in toolbar.actions()


def test_the_card_opens_from_the_editor(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    appeal_id = register(office)
    link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id, property_id=flat)
    editor = open_editor(qtbot, open_main_window(office), appeal_id)
    editor.properties_panel.linked_list.setFocus()
    qtbot.keyClick(editor.properties_panel.linked_list, Qt.Key.Key_Return)
    card = wait_for_window(qtbot, PropertyCardDialog, editor)
    assert card.property_id == flat
    assert editor.isVisible()


def linked_ids(office: Office, appeal_id: int) -> list[int]:
    return [
        link.row.id
        for link in appeal_properties(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id)
    ]


@pytest.mark.parametrize("how", ["button", "Del"])
def test_unlinking_a_property_in_the_editor_removes_it_and_it_stays_removed_after_saving(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow], how: str
) -> None:
    flat = add_property(office, FLAT)
    building = add_property(office, OTHER)
    appeal_id = register(office)
    for property_id in (flat, building):
        link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id, property_id=property_id)
    window = open_main_window(office)
    editor = open_editor(qtbot, window, appeal_id)
    panel = editor.properties_panel
    assert panel.linked_list.count() == 2
    panel.linked_list.setFocus()
    panel.linked_list.setCurrentRow(0)
    assert "77:06:0004005:2017" in panel.linked_list.currentItem().text()

    if how == "button":
        qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(panel.linked_list, Qt.Key.Key_Delete)

    assert panel.linked_list.count() == 1
    assert "77:01:0001001:1" in panel.linked_list.item(0).text()
    assert linked_ids(office, appeal_id) == [building]
    qtbot.keyClick(editor.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert linked_ids(office, appeal_id) == [building]
    reopened = open_editor(qtbot, window, appeal_id)
    assert reopened.properties_panel.linked_list.count() == 1
    assert "77:01:0001001:1" in reopened.properties_panel.linked_list.item(0).text()


def test_a_linked_property_says_who_linked_it_and_when(
    qtbot: QtBot, office: Office, open_main_window: Callable[[Office], MainWindow]
) -> None:
    flat = add_property(office, FLAT)
    appeal_id = register(office)
    link = link_property(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id, property_id=flat)
    window = open_main_window(office)
    editor = open_editor(qtbot, window, appeal_id)

    item = editor.properties_panel.linked_list.item(0)
    linked = f"Связал: Регистраторова К. О., {format_datetime(link.linked_at)}"
    assert re.fullmatch(r"Связал: Регистраторова К\. О\., \d\d\.\d\d\.\d{4} \d\d:\d\d", linked)
    assert item.text().splitlines()[1] == linked
    assert linked in item.toolTip()
    assert "при связывании" not in item.text()  # the record has not changed since
    editor.reject()

    card = window.open_property_card(flat)
    qtbot.waitExposed(card)
    assert card.appeals_table.item(0, 0).toolTip() == (
        f"Связал с объектом: Регистраторова К. О., {format_datetime(link.linked_at)}"
    )


IMPORT_LINES = [
    "Кадастровый номер;Вид объекта;Адрес;Площадь;Примечание",
    "77:01:0001001:1;Помещение;г. Москва, ул. Тверская, д. 7, кв. 1;45,5;-3",
    "77:01:0001001:2;Помещение;г. Москва, ул. Тверская, д. 7, кв. 2;-3;тихие соседи",
]


def import_dialog(qtbot: QtBot, office: Office, registry: Path) -> PropertyImportDialog:
    """The registry import dialog with `registry` read into it, as the administrator opens it."""
    dialog = PropertyImportDialog(office.db, office.staff.admin)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, registry)
    return dialog


def imported(qtbot: QtBot, dialog: PropertyImportDialog) -> None:
    """Import from its button, wait for the end, close the message it leaves."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None and not dialog.is_running, timeout=30_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def checked(qtbot: QtBot, dialog: PropertyImportDialog) -> str:
    """Run the check from its button; the summary it shows."""
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_running, timeout=30_000)
    return dialog.summary_label.text()


def test_import_is_offered_only_after_a_check_of_the_file_with_its_columns_as_mapped_now(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    registry = tmp_path / "реестр.csv"
    registry.write_text("\n".join(IMPORT_LINES) + "\n", encoding="utf-8")
    dialog = PropertyImportDialog(office.db, office.staff.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    load(qtbot, dialog, registry)
    assert dialog.mapping()["Площадь"] == "area"
    assert dialog.check_button.isEnabled()
    assert not dialog.import_button.isEnabled()

    # The area of row 3 is negative: a problem while «Площадь» is the area.
    assert "проблем: 1" in checked(qtbot, dialog)
    assert dialog.problems_table.item(0, 0).text() == "3"
    assert dialog.import_button.isEnabled()

    dialog.set_field("Площадь", IGNORE)
    assert dialog.mapping()["Площадь"] == IGNORE
    assert not dialog.import_button.isEnabled()
    assert dialog.preview is None
    assert "проблем: 0" in checked(qtbot, dialog)
    assert dialog.import_button.isEnabled()

    # The combo, as a clerk changes it: «Примечание» taken for the area makes row 2's «-3» a problem.
    combo = dialog.mapping_table.cellWidget(4, 2)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("area"))
    assert dialog.mapping()["Примечание"] == "area"
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running and property_count(office) == 0
    assert "проблем: 2" in checked(qtbot, dialog)
    assert [dialog.problems_table.item(n, 0).text() for n in range(2)] == ["2", "3"]
    assert dialog.import_button.isEnabled()

    dialog.valid_only_check.setChecked(True)
    imported(qtbot, dialog)
    assert property_count(office) == 0  # both rows had a problem
    assert not dialog.import_button.isEnabled()  # the register changed: check again first


def test_a_check_of_known_records_says_only_the_mapped_fields_change(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    registry = tmp_path / "реестр.csv"
    registry.write_text("\n".join(IMPORT_LINES[:2]) + "\n", encoding="utf-8")
    dialog = import_dialog(qtbot, office, registry)
    assert "меняются только поля" not in checked(qtbot, dialog)  # nothing to update yet
    imported(qtbot, dialog)
    assert property_count(office) == 1
    dialog.set_field("Площадь", IGNORE)
    summary = checked(qtbot, dialog)
    assert "обновится 1" in summary
    assert "У обновляемых объектов меняются только поля, сопоставленные столбцам выше." in summary


def test_a_file_saved_again_after_its_check_must_be_checked_again(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    registry = tmp_path / "реестр.csv"
    registry.write_text("\n".join(IMPORT_LINES[:2]) + "\n", encoding="utf-8")
    dialog = import_dialog(qtbot, office, registry)
    assert "проблем: 0" in checked(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    # Corrected in Excel and saved: a row added that nobody checked.
    registry.write_text("\n".join(IMPORT_LINES) + "\n", encoding="utf-8")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running and property_count(office) == 0
    assert dialog.summary_label.text() == "Файл изменился после проверки: проверьте его снова."
    assert not dialog.import_button.isEnabled()
    assert "проблем: 1" in checked(qtbot, dialog)  # the new row's negative area
    assert dialog.import_button.isEnabled()


def test_the_file_is_read_off_the_ui_thread_under_a_busy_bar_and_a_bad_one_says_why(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    registry = tmp_path / "реестр.csv"
    registry.write_text("\n".join(IMPORT_LINES) + "\n", encoding="utf-8")
    broken = tmp_path / "реестр.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = PropertyImportDialog(office.db, office.staff.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.load_file(registry)
    # load_file came back before the file was read: the form is the user's meanwhile.
    assert dialog.is_loading
    assert dialog.busy_bar.isVisible()
    assert dialog.mapping() == {}
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()
    assert dialog.summary_label.text() == "Чтение файла реестр.csv…"
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=30_000)
    assert not dialog.busy_bar.isVisible()
    assert len(dialog.mapping()) == 5
    assert dialog.mapping_table.item(0, 1).text() == "77:01:0001001:1"
    assert dialog.summary_label.text().startswith("В файле 2 строки.")

    load(qtbot, dialog, broken)
    assert dialog.mapping() == {}
    assert "не читается как книга Excel" in dialog.summary_label.text()
    assert not dialog.check_button.isEnabled()

    # A second file chosen while the first is read: only the second one's columns are shown.
    dialog.load_file(broken)
    load(qtbot, dialog, registry)
    wait_for_background_tasks()
    assert len(dialog.mapping()) == 5
    assert "не читается" not in dialog.summary_label.text()
