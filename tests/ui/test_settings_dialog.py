"""Settings: opened with Ctrl+, from the register; office settings saved by an administrator and
shown read-only to others; the language and the database address kept for this workstation."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reception.domain.deadlines import ShiftPolicy
from reception.services.appeals import register_appeal
from reception.services.letterhead import get_letterhead, list_signatories
from reception.services.office_profile import read_office_profile
from reception.settings import load_settings, resolve_db_url
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_window(qtbot, SettingsDialog, window)
    activate(qtbot, dialog)
    return dialog


def press_mnemonic(qtbot: QtBot, widget: QWidget, letter: str) -> None:
    """Alt + a letter of the Russian interface (the key code of a letter is its capital's code point)."""
    QTest.keyClick(widget, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def cell_editor(qtbot: QtBot, dialog: SettingsDialog) -> QLineEdit:
    def editing() -> bool:
        focused = QApplication.focusWidget()
        return isinstance(focused, QLineEdit) and dialog.signatories_table.isAncestorOf(focused)

    qtbot.waitUntil(editing, timeout=3000)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    return focused


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_admin_changes_office_settings_from_the_keyboard_and_new_appeals_follow(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "admin")
    dialog = open_settings(qtbot, window)
    assert dialog.office_editable and not dialog.org_name_edit.isReadOnly()

    press_mnemonic(qtbot, dialog, "о")  # «&Организация»
    assert dialog.tabs.currentIndex() == 1
    press_mnemonic(qtbot, dialog, "н")  # «&Наименование организации:»
    assert QApplication.focusWidget() is dialog.org_name_edit
    retype(qtbot, dialog.org_name_edit, "Управа района Образцово")
    press_mnemonic(qtbot, dialog, "д")  # «&Добавить подписанта»
    editor = cell_editor(qtbot, dialog)  # the new row's position cell is being edited
    type_text(qtbot, editor, "Глава управы")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = cell_editor(qtbot, dialog)
    type_text(qtbot, editor, "С. С. Главный")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Enter here would save the dialog

    dialog.tabs.setCurrentIndex(2)
    retype(qtbot, dialog.prefix_edit, "уп")
    dialog.shift_combo.setFocus()
    qtbot.keyClick(dialog.shift_combo, Qt.Key.Key_Down)
    dialog.attachment_spin.setFocus()
    qtbot.keyClick(dialog.attachment_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.attachment_spin, "40")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(dialog.prefix_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    profile = read_office_profile(office.db.uow(), actor=office.staff.clerk)
    assert profile.reg_prefix == "УП" and profile.deadline_shift is ShiftPolicy.FOLLOWING
    assert profile.attachment_max_mb == 40
    assert get_letterhead(office.db.uow()).name == "Управа района Образцово"
    assert list_signatories(office.db.uow())[-1].name == "С. С. Главный"
    assert register_appeal(
        office.db.uow(), actor=office.staff.clerk, draft=appeal_draft()
    ).reg_number.startswith("УП-")


def test_a_bad_field_is_marked_on_its_tab_and_nothing_is_saved(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "admin")
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    retype(qtbot, dialog.org_email_edit, "priemnaya")
    dialog.tabs.setCurrentIndex(2)
    retype(qtbot, dialog.prefix_edit, "ВП-")
    qtbot.keyClick(dialog.prefix_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("reg_prefix")), timeout=10_000)
    assert "«@»" in dialog.errors.message_for("org_email")
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1  # the first bad field's tab
    assert QApplication.focusWidget() is dialog.org_email_edit
    assert dialog.org_email_edit.text() == "priemnaya"  # nothing typed is lost
    assert read_office_profile(office.db.uow(), actor=office.staff.admin).reg_prefix == "ВП"


def test_others_see_office_settings_read_only_and_keep_their_own_language(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, tmp_path: Path
) -> None:
    window = open_main_window(office, "clerk")
    dialog = open_settings(qtbot, window)
    assert not dialog.office_editable
    assert dialog.org_name_edit.isReadOnly() and dialog.prefix_edit.isReadOnly()
    assert not dialog.add_signatory_button.isEnabled() and not dialog.shift_combo.isEnabled()
    assert "только администратор" in dialog.office_note_label.text()

    dialog.language_combo.setFocus()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    assert load_settings().language == "en"
    stored = json.loads((tmp_path / "config" / "workstation.json").read_text(encoding="utf-8"))
    assert stored["language"] == "en"
    assert read_office_profile(office.db.uow(), actor=office.staff.admin).reg_prefix == "ВП"


def test_test_connection_answers_in_the_background_and_a_new_address_is_remembered(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, tmp_path: Path
) -> None:
    window = open_main_window(office, "clerk")
    dialog = open_settings(qtbot, window)
    with qtbot.waitSignal(dialog.sig_connection_checked, timeout=10_000) as checked:
        press_mnemonic(qtbot, dialog, "п")  # «&Проверить соединение»
    assert checked.args[0] is True and "открывается" in dialog.connection_label.text()

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    retype(qtbot, dialog.db_url_edit, f"postgresql://reception@127.0.0.1:{port}/reception")
    with qtbot.waitSignal(dialog.sig_connection_checked, timeout=15_000) as checked:
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert checked.args[0] is False
    assert "Не удалось подключиться к 127.0.0.1" in dialog.connection_label.text()

    retype(qtbot, dialog.db_url_edit, "mysql://u@h/db")
    with qtbot.waitSignal(dialog.sig_connection_checked, timeout=10_000):
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert "PostgreSQL" in dialog.errors.message_for("db_url")

    new_file = tmp_path / "moved" / "office.sqlite3"
    retype(qtbot, dialog.db_url_edit, f"sqlite:///{new_file.as_posix()}")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(dialog.db_url_edit, Qt.Key.Key_Return)
    assert resolve_db_url(None) == f"sqlite:///{new_file.as_posix()}"
