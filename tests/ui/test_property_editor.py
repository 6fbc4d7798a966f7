"""The property editor: a record added by hand from the main window or the appeal editor's picker,
edited from its card; the core's errors at their fields; only those who keep the register see it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reception.domain.properties import PropertyKind
from reception.services.properties import get_property, search_properties, update_property
from reception.services.property_links import appeal_properties
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from tests.ui.test_keyboard_access import check
from tests.ui.test_property_ui import FLAT, add_property, open_editor, property_count, register
from ui.dialogs.property_card_dialog import PropertyCardDialog
from ui.dialogs.property_edit_dialog import PropertyEditDialog
from ui.dialogs.property_finder_dialog import PropertyFinderDialog
from ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]
NEW_ADDRESS = "г. Москва, ул. Новая, д. 1"  # a house not registered yet: no cadastral number


def open_new_property(qtbot: QtBot, window: MainWindow) -> PropertyEditDialog:
    """«New property…» from the «Appeal» menu, as a clerk finds it."""
    menu_actions = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert window.new_property_action in menu_actions
    assert window.new_property_action.isVisible() and window.new_property_action.isEnabled()
    window.new_property_action.trigger()
    dialog = wait_for_window(qtbot, PropertyEditDialog, window)
    activate(qtbot, dialog)
    return dialog


def choose_kind(qtbot: QtBot, dialog: PropertyEditDialog, first_letters: str) -> None:
    """Type the start of the kind's name on the combo, as a clerk does."""
    dialog.kind_combo.setFocus()
    type_text(qtbot, dialog.kind_combo, first_letters)


def search(office: Office, text: str) -> list[str]:
    return [row.address for row in search_properties(office.db.uow(), actor=office.staff.clerk, text=text)]


def test_a_record_without_a_cadastral_number_is_added_by_its_address_from_the_keyboard(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office)
    dialog = open_new_property(qtbot, window)
    assert dialog.windowTitle() == "Новый объект недвижимости"
    assert dialog.cadastral_edit.hasFocus()
    qtbot.keyClick(dialog.cadastral_edit, Qt.Key.Key_Tab)
    assert dialog.kind_combo.hasFocus()
    type_text(qtbot, dialog.kind_combo, "Зд")
    assert dialog.kind_combo.currentText() == "Здание"
    for _ in range(3):  # purpose, name, address
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.address_edit.hasFocus()
    type_text(qtbot, dialog.address_edit, NEW_ADDRESS)
    type_text(qtbot, dialog.holders_edit, "Иванов Иван Иванович (1/2)")
    qtbot.keyClick(dialog.holders_edit, Qt.Key.Key_Return)  # a new line, not Save, in the holders
    assert dialog.isVisible()
    type_text(qtbot, dialog.holders_edit, "Иванова Мария Петровна (1/2)")

    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)  # Enter in a field saves

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert search(office, "новая 1") == [NEW_ADDRESS]
    saved = dialog.saved_property
    assert saved is not None and saved.cadastral_number is None and saved.kind is PropertyKind.BUILDING
    assert [(h.name, h.share) for h in saved.right_holders] == [
        ("Иванов Иван Иванович", "1/2"),
        ("Иванова Мария Петровна", "1/2"),
    ]
    card = wait_for_window(qtbot, PropertyCardDialog, window)  # the new record's card follows
    assert card.property_id == saved.id
    assert window.statusBar().currentMessage() == "Сохранено: объект " + NEW_ADDRESS


def test_a_malformed_cadastral_number_is_shown_at_its_field_and_what_was_typed_stays(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    dialog = open_new_property(qtbot, open_main_window(office))
    type_text(qtbot, dialog.cadastral_edit, "77:01:12")
    choose_kind(qtbot, dialog, "Пом")
    type_text(qtbot, dialog.address_edit, NEW_ADDRESS + ", кв. 3")
    type_text(qtbot, dialog.area_edit, "54,3")

    qtbot.keyClick(dialog.area_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible()
    message = dialog.errors.message_for("cadastral_number")
    assert "«77:01:12» записан неверно" in message
    assert dialog.cadastral_edit.property("invalid") is True
    assert dialog.cadastral_edit.hasFocus()  # to correct it at once
    assert (dialog.cadastral_edit.text(), dialog.kind_combo.currentText()) == ("77:01:12", "Помещение")
    assert (dialog.address_edit.text(), dialog.area_edit.text()) == (NEW_ADDRESS + ", кв. 3", "54,3")
    assert property_count(office) == 0

    # Corrected, it saves; the mark goes with the error.
    dialog.cadastral_edit.clear()
    type_text(qtbot, dialog.cadastral_edit, "77:01:0001001:77")
    qtbot.keyClick(dialog.cadastral_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert property_count(office) == 1
    assert dialog.saved_property is not None and dialog.saved_property.area == Decimal("54.3")


def test_every_field_the_form_cannot_read_is_marked_at_once_and_nothing_is_saved(
    qtbot: QtBot, office: Office
) -> None:
    dialog = PropertyEditDialog(office.db, office.staff.clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.area_edit.setText("много")
    dialog.unom_edit.setText("12а")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and property_count(office) == 0
    assert dialog.errors.message_for("kind") == "Выберите вид объекта."
    assert "«много» — не число" in dialog.errors.message_for("area")
    assert dialog.errors.message_for("unom").startswith("UNOM — целое число")
    # No number and no address: the core's own verdict comes with them.
    assert "Укажите адрес" in dialog.errors.message_for("address")


def test_a_cadastral_number_already_in_the_register_is_refused_with_the_record_it_belongs_to(
    qtbot: QtBot, office: Office
) -> None:
    add_property(office, FLAT)
    dialog = PropertyEditDialog(office.db, office.staff.clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    type_text(qtbot, dialog.cadastral_edit, FLAT.cadastral_number)
    choose_kind(qtbot, dialog, "Пом")
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and property_count(office) == 1
    message = dialog.errors.message_for("cadastral_number")
    assert f"{FLAT.cadastral_number} уже есть в реестре" in message and "Профсоюзная" in message


def test_the_area_edited_from_the_card_is_saved_and_shown_on_the_card(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    flat = add_property(office, FLAT)
    window = open_main_window(office)
    card = window.open_property_card(flat)
    qtbot.waitExposed(card)
    assert card.edit_button is not None and card.edit_button.isVisible()
    assert card.edit_button.text() == "&Изменить…"
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    editor = wait_for_window(qtbot, PropertyEditDialog, card)
    activate(qtbot, editor)
    assert editor.cadastral_edit.text() == FLAT.cadastral_number
    assert editor.holders_edit.toPlainText() == "Смирнова Ольга Викторовна (1/1)"
    assert not editor.is_modified

    type_text(qtbot, editor.area_edit, "54,3")
    qtbot.keyClick(editor.area_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    view = get_property(office.db.uow(), actor=office.staff.clerk, property_id=flat)
    assert view.area == Decimal("54.30")
    assert [h.name for h in view.right_holders] == ["Смирнова Ольга Викторовна"]  # untouched, kept
    shown = {
        card.details_form.itemAt(row, card.details_form.ItemRole.LabelRole).widget().text(): (
            card.details_form.itemAt(row, card.details_form.ItemRole.FieldRole).widget().text()
        )
        for row in range(card.details_form.rowCount())
    }
    assert shown["Площадь:"] == "54,30 м²"
    assert card.isVisible()


def test_a_record_changed_meanwhile_is_reloaded_with_the_fields_typed_here_kept(
    qtbot: QtBot, office: Office
) -> None:
    flat = add_property(office, FLAT)
    editor = PropertyEditDialog(office.db, office.staff.clerk, flat)
    qtbot.addWidget(editor)
    editor.show()
    activate(qtbot, editor)
    before = get_property(office.db.uow(), actor=office.staff.admin, property_id=flat)
    update_property(
        office.db.uow(),
        actor=office.staff.admin,
        property_id=flat,
        expected_version=before.version,
        draft=replace(before.to_draft(), notes="Проверено администратором"),
    )
    type_text(qtbot, editor.area_edit, "60")
    qtbot.keyClick(editor.area_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    box = wait_for_window(qtbot, QMessageBox, editor)
    assert "изменили" in box.text() and "сохранят введённое" in box.text()
    reload_button = next(b for b in box.findChildren(QPushButton) if b.text() == "&Загрузить заново")
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    assert editor.notes_edit.toPlainText() == "Проверено администратором"  # theirs
    assert editor.area_edit.text() == "60"  # mine
    qtbot.keyClick(editor.area_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    view = get_property(office.db.uow(), actor=office.staff.clerk, property_id=flat)
    assert (view.area, view.notes) == (Decimal("60.00"), "Проверено администратором")


@pytest.mark.parametrize(("login", "may_edit"), [("executor", False), ("manager", False), ("clerk", True)])
def test_only_those_who_keep_the_register_see_new_and_edit(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, login: str, may_edit: bool
) -> None:
    flat = add_property(office, FLAT)
    window = open_main_window(office, login)
    menu_actions = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert (window.new_property_action in menu_actions and window.new_property_action.isVisible()) is may_edit

    card = window.open_property_card(flat)
    qtbot.waitExposed(card)
    buttons = [b.text() for b in card.findChildren(QPushButton) if b.isVisible()]
    assert ("&Изменить…" in buttons) is may_edit
    card.close()

    finder = PropertyFinderDialog(office.db, getattr(office.staff, login), window)
    qtbot.addWidget(finder)
    finder.show()
    type_text(qtbot, finder.picker.search_edit, "нет такой улицы")
    finder.picker.search_now()
    qtbot.waitUntil(lambda: finder.picker.status_label.isVisible(), timeout=5000)
    assert "ничего не найдено" in finder.picker.status_label.text()
    assert finder.picker.create_button.isVisible() is may_edit


def test_escape_after_typing_asks_before_discarding_and_without_typing_closes(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office)
    dialog = open_new_property(qtbot, window)
    qtbot.keyClick(dialog.cadastral_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)  # nothing typed: nothing to ask

    dialog = open_new_property(qtbot, window)
    type_text(qtbot, dialog.address_edit, NEW_ADDRESS)
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Escape)
    box = wait_for_window(qtbot, QMessageBox, dialog)
    assert "не будут сохранены" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.address_edit.text() == NEW_ADDRESS

    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Escape)
    box = wait_for_window(qtbot, QMessageBox, dialog)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert property_count(office) == 0


def test_a_property_the_picker_does_not_find_is_added_from_the_appeal_and_linked(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    appeal_id = register(office)
    editor = open_editor(qtbot, open_main_window(office), appeal_id)
    picker = editor.properties_panel.picker
    picker.search_edit.setFocus()
    type_text(qtbot, picker.search_edit, "новая 1")
    qtbot.waitUntil(lambda: picker.create_button.isVisible(), timeout=5000)
    assert picker.create_button.text() == "Новы&й объект…"
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Tab)  # the offer is next to the search
    assert picker.create_button.hasFocus()
    qtbot.keyClick(picker.create_button, Qt.Key.Key_Space)

    dialog = wait_for_window(qtbot, PropertyEditDialog, editor)
    activate(qtbot, dialog)
    assert dialog.address_edit.text() == "новая 1"  # what was searched for, to be completed
    assert dialog.kind_combo.hasFocus()
    type_text(qtbot, dialog.kind_combo, "Зд")
    dialog.address_edit.setText(NEW_ADDRESS)
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    links = appeal_properties(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal_id)
    assert [link.row.address for link in links] == [NEW_ADDRESS]
    assert editor.properties_panel.linked_list.count() == 1
    assert not picker.create_button.isVisible() and picker.search_edit.text() == ""


def test_a_cadastral_number_searched_for_starts_the_new_record(qtbot: QtBot, office: Office) -> None:
    finder = PropertyFinderDialog(office.db, office.staff.clerk)
    qtbot.addWidget(finder)
    finder.show()
    type_text(qtbot, finder.picker.search_edit, "77:01:0001001:5")
    qtbot.waitUntil(lambda: finder.picker.create_button.isVisible(), timeout=5000)
    qtbot.mouseClick(finder.picker.create_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_window(qtbot, PropertyEditDialog, finder)
    assert (dialog.cadastral_edit.text(), dialog.address_edit.text()) == ("77:01:0001001:5", "")


def test_the_editor_is_named_and_keyboard_ready(qtbot: QtBot, office: Office) -> None:
    flat = add_property(office, FLAT)
    dialog = PropertyEditDialog(office.db, office.staff.clerk, flat)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert check(dialog) == []  # every field named for a screen reader, no Alt+letter twice
    seen: list[QWidget] = []
    for _ in range(len(dialog._inputs()) + 2):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == [*dialog._inputs(), dialog.save_button, dialog.cancel_button]
    assert QApplication.focusWidget() is dialog.cadastral_edit  # round again
