"""An error nobody foresaw is told to the clerk and written to the log, not lost on a console."""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.error_report import install_error_report


def raise_and_report(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_an_unexpected_error_is_told_once_and_logged_in_full(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "data" / "errors.log"
    report = install_error_report(log)
    try:
        raise_and_report(ValueError("деление на ноль в сроке\nвторая строка"))
        box = report.box
        assert box is not None
        qtbot.waitExposed(box)
        assert box.windowTitle() == "Непредвиденная ошибка"
        assert "Действие не выполнено из-за непредвиденной ошибки (ValueError: деление на ноль в сроке)" in (
            box.text()
        )
        assert str(log) in box.text()
        raise_and_report(KeyError("второй сбой"))  # while the first is being read: logged only
        assert report.box is box
        text = log.read_text(encoding="utf-8")
        assert text.count("Traceback (most recent call last)") == 2
        assert "ValueError: деление на ноль в сроке" in text and "KeyError: 'второй сбой'" in text
        box.close()
        qtbot.waitUntil(lambda: report.box is None, timeout=3000)
    finally:
        report.uninstall()
    assert sys.excepthook is not report
