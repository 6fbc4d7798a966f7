"""Keyboard and screen-reader access in every main window: each control has a name, Alt+letter
never means two things at once, Tab goes round every field and comes back, menus show shortcuts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reception.services import appeals, workflow
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate
from ui.accessibility import is_input
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.letter_dialog import LetterDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.property_import_dialog import PropertyImportDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]


def mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def states(window: QWidget) -> Iterator[str]:
    """Each page of each tab widget in turn (Alt+letter only reaches what is on screen)."""
    yield "first page"
    for tabs in window.findChildren(QTabWidget):
        for page in range(tabs.count()):
            if tabs.isVisible() and tabs.isTabEnabled(page):
                tabs.setCurrentIndex(page)
                yield tabs.tabText(page).replace("&", "")


def unnamed_controls(window: QWidget, state: str) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and is_input(widget):
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                found.append(f"{state}: {type(widget).__name__} {widget.objectName()!r}")
    return found


def mnemonic_clashes(window: QWidget, state: str) -> list[str]:
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(page) for page in range(widget.count())]
    keys = Counter(key for key in map(mnemonic, texts) if key)
    return [
        f"{state}: Alt+{key.upper()} → " + ", ".join(t for t in texts if mnemonic(t) == key)
        for key, count in keys.items()
        if count > 1
    ]


def check(window: QWidget) -> list[str]:
    problems: list[str] = []
    for state in states(window):
        problems += unnamed_controls(window, state) + mnemonic_clashes(window, state)
    return problems


@pytest.fixture
def appeal_in_work(office: Office) -> int:
    view = appeals.register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    workflow.assign(
        office.db.uow(), actor=office.staff.clerk, appeal_id=view.id, executor_id=office.staff.executor.id
    )
    workflow.start_work(office.db.uow(), actor=office.staff.executor, appeal_id=view.id)
    return view.id


def test_every_control_is_named_and_no_alt_letter_means_two_things(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow, appeal_in_work: int
) -> None:
    window = open_main_window(office, "admin")
    problems = check(window)
    new_appeal = window._open_editor(None)
    qtbot.waitExposed(new_appeal)
    problems += check(new_appeal)
    new_appeal.hide()
    editor = window.open_appeal(appeal_in_work)
    assert editor is not None
    qtbot.waitExposed(editor)
    problems += check(editor)
    editor.hide()
    letter = LetterDialog(office.db, office.staff.executor, appeal_in_work, window)
    qtbot.addWidget(letter)
    letter.show()
    qtbot.waitExposed(letter)
    problems += check(letter)
    letter.hide()
    settings = window.open_settings()
    qtbot.waitExposed(settings)
    problems += check(settings)
    settings.hide()
    reports = window.open_reports()
    qtbot.waitExposed(reports)
    problems += check(reports)
    reports.hide()
    for dialog in (
        LoginDialog(office.db),
        UsersDialog(office.db, office.staff.admin, window),
        PropertyImportDialog(office.db, office.staff.admin, window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += check(dialog)
        dialog.hide()
    assert not problems, "\n".join(problems)


def test_menus_have_distinct_alt_letters_and_show_their_shortcuts(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "admin")
    bar = [a for a in window.menuBar().actions() if a.isVisible()]
    titles = [a.text().replace("&", "") for a in bar]
    assert titles[:3] == ["Файл", "Правка", "Обращение"] and titles[-3:] == ["Отчёты", "Сервис", "Справка"]
    problems = [
        f"menu bar: {t}" for t, n in Counter(mnemonic(a.text()) for a in bar).items() if n > 1 or t is None
    ]
    for menu in window.menuBar().findChildren(QMenu):
        actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        keys = Counter(mnemonic(a.text()) for a in actions if not a.menu())
        problems += [f"{menu.title()}: two items take Alt+{k}" for k, n in keys.items() if k and n > 1]
        problems += [
            f"{menu.title()}: «{a.text()}» has no Alt letter" for a in actions if not mnemonic(a.text())
        ]
    assert not problems, "\n".join(problems)
    expected = {
        window.new_appeal_action: "Ctrl+N",
        window.open_by_number_action: "Ctrl+G",
        window.find_action: "Ctrl+F",
        window.reports_action: "Ctrl+R",
        window.settings_action: "Ctrl+,",
        window.guide_action: "F1",
        window.quit_action: "Ctrl+Q",
    }
    for action, keys in expected.items():
        assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == keys, action.text()


def test_tab_goes_round_the_settings_dialog_in_reading_order(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "admin")
    settings = window.open_settings()
    activate(qtbot, settings)
    settings.language_combo.setFocus()
    seen: list[QWidget] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen[:5] == [
        settings.language_combo,
        settings.db_url_edit,
        settings.db_password_edit,
        settings.test_button,
        settings.save_button,
    ]
    assert settings.language_combo in seen[5:]  # round again, not stuck between two buttons


def test_f1_opens_the_user_guide_with_its_pictures(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    from ui.dialogs.guide_dialog import GuideDialog

    window = open_main_window(office, "clerk")
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(isinstance(w, GuideDialog) and w.isVisible() for w in window.findChildren(QWidget))
    )
    guide = next(w for w in window.findChildren(GuideDialog) if w.isVisible())
    text = guide.browser.toPlainText()
    assert "Регистрация обращения" in text and "Настройки" in text
    images = guide.browser.document().allFormats()
    assert any(f.isImageFormat() for f in images)


def test_tab_goes_round_the_new_appeal_form_and_back_to_the_top(
    qtbot: QtBot, office: Office, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(office, "clerk")
    activate(qtbot, window)
    qtbot.keyClick(window.register_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.findChildren(AppealDialog)[-1]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    start = QApplication.focusWidget()
    assert start is editor.channel_combo
    seen: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    else:
        raise AssertionError(
            f"Tab never comes back to the top of the form: {[type(w).__name__ for w in seen]}"
        )
    order = [
        editor.surname_edit,
        editor.first_name_edit,
        editor.text_edit,
        editor.topic_edit,
        editor.save_button,
    ]
    assert [seen.index(w) for w in order] == sorted(seen.index(w) for w in order)
    assert editor.received_edit in seen  # after Cancel, round to the first field
