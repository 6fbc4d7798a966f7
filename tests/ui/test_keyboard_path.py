"""The whole path by keyboard only: register an appeal, open it, draft a letter from a template and
see its PDF in the preview — key presses and shortcuts, never the mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reception.domain.letters import LetterStatus
from tests.factories import ROOF_LEAK
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.letter_dialog import LetterDialog
from ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]


def alt(widget: QWidget, letter: str) -> None:
    """Alt + a letter of the Russian interface: how a keyboard user presses a button or picks a field."""
    QTest.keyClick(widget, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> None:
    """Press Tab in whatever has the focus until `target` has it, as a keyboard user gets there."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is target:
            return
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.objectName() or type(target).__name__}")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_register_open_draft_a_letter_and_preview_it_by_keyboard_only(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "clerk")
    activate(qtbot, window)

    # Register: Ctrl+N, the form filled by typing, Ctrl+S.
    qtbot.keyClick(window.register_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = wait_for_window(qtbot, AppealDialog, window)
    activate(qtbot, editor)
    tab_to(qtbot, editor.surname_edit)
    type_text(qtbot, focused(), "Лебедев")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.first_name_edit  # the tab order follows the form
    type_text(qtbot, focused(), "Андрей")
    tab_to(qtbot, editor.address_edit)
    type_text(qtbot, focused(), "г. Москва, ул. Арбат, д. 10, кв. 5")
    tab_to(qtbot, editor.text_edit)
    type_text(qtbot, focused(), "Над квартирой протекает крыша после дождя.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.topic_edit
    qtbot.keyClicks(focused(), ROOF_LEAK)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert editor.question_codes() == [ROOF_LEAK]
    activate(qtbot, editor)
    with qtbot.waitSignal(editor.sig_appeal_saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = editor.saved_appeal
    assert saved is not None
    if editor.isVisible():
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)

    # Open it again from the register: the new appeal is selected, Enter opens it.
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.current_appeal_id() == saved.id, timeout=5000)
    window.register_view.setFocus()
    qtbot.keyClick(window.register_view, Qt.Key.Key_Return)
    appeal = wait_for_window(qtbot, AppealDialog, window)
    activate(qtbot, appeal)
    assert appeal.appeal_id == saved.id

    # The Letters tab (Ctrl+4), «&Новое письмо…» (Alt+Н).
    qtbot.keyClick(appeal, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert appeal.tabs is not None and appeal.tabs.currentWidget() is appeal.letters_panel
    alt(appeal, "н")
    letter = wait_for_window(qtbot, LetterDialog, appeal.letters_panel)
    activate(qtbot, letter)

    # «&Шаблон:» (Alt+Ш), arrow keys to the answer on the merits, «&Заполнить по шаблону» (Alt+З).
    alt(letter, "ш")
    assert QApplication.focusWidget() is letter.template_combo
    for _ in range(letter.template_combo.count()):
        if letter.template_combo.currentData() == "answer_on_merits":
            break
        qtbot.keyClick(letter.template_combo, Qt.Key.Key_Down)
    assert letter.template_combo.currentData() == "answer_on_merits"
    alt(letter, "з")
    qtbot.waitUntil(lambda: letter.letter is not None, timeout=10_000)
    assert letter.letter is not None and letter.letter.status is LetterStatus.DRAFT
    assert "Андрей!" in letter.body_edit.toPlainText()

    # «&Предпросмотр» (Alt+П): the letter's own PDF in the preview.
    with qtbot.waitSignal(letter.sig_preview_ready, timeout=15_000) as preview:
        alt(letter, "п")
    assert preview.args[0] >= 1
    assert letter.pdf_view.document() is letter.pdf_document
    text = letter.pdf_document.getAllText(0).text()
    assert saved.reg_number in text and "Лебедев" in text
