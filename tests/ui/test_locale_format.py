"""Dates, numbers and plurals follow the interface language (QLocale and the catalogue's %n forms)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from reception import settings
from ui.i18n import ui_language
from ui.locale_format import format_date, format_datetime, format_number


@pytest.fixture
def locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


def plural(n: int) -> str:
    return QCoreApplication.translate("ApplicantPickerDialog", "%Ln appeal(s)", "", n)


def test_russian_plurals_take_the_three_forms_and_numbers_group_with_spaces(locale: None) -> None:
    QLocale.setDefault(QLocale("ru"))
    assert [plural(n) for n in (1, 2, 5, 11, 21, 22, 25)] == [
        "1 обращение",
        "2 обращения",
        "5 обращений",
        "11 обращений",
        "21 обращение",
        "22 обращения",
        "25 обращений",
    ]
    assert plural(1234) == "1\u00a0234 обращения"
    assert format_number(1234567) == "1\u00a0234\u00a0567"
    exported = QCoreApplication.translate("MainWindow", "Exported %Ln appeal(s) to %1", "", 3)
    assert exported == "Выгружено 3 обращения в %1"


def test_dates_are_written_the_russian_way_or_the_english_way(locale: None) -> None:
    moment = datetime(2026, 3, 9, 14, 5, tzinfo=UTC)
    QLocale.setDefault(QLocale("ru"))
    assert format_date(date(2026, 3, 9)) == "09.03.2026"
    assert format_date(None, "—") == "—"
    assert format_datetime(moment.replace(tzinfo=None)) == "09.03.2026 14:05"
    QLocale.setDefault(QLocale("en"))
    assert format_date(date(2026, 3, 9)) == "3/9/2026"  # the full year, never 3/9/26
    assert format_datetime(moment.replace(tzinfo=None)) == "3/9/2026 2:05\u202fPM"
    assert format_number(1234567) == "1,234,567"


def test_the_interface_language_follows_the_choice_in_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.ENV_LANGUAGE, raising=False)
    settings.remember_language("en")
    assert ui_language() == "en"
    settings.remember_language("ru")
    assert ui_language() == "ru"
    monkeypatch.setenv(settings.ENV_LANGUAGE, "en")
    assert ui_language() == "en"


@pytest.mark.parametrize("name", ["ru", "en", "en_GB", "de", "fr", "uk", "zh_CN", "C"])
def test_the_compiled_formatter_writes_what_qlocale_writes(locale: None, name: str) -> None:
    from PySide6.QtCore import QDateTime

    from ui.locale_format import date_pattern

    QLocale.setDefault(QLocale(name))
    for hour in (0, 9, 12, 23):
        moment = datetime(2026, 11, 28, hour, 7)
        pattern = f"{date_pattern()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"
        assert format_datetime(moment) == QLocale().toString(QDateTime(moment), pattern)
    for day in (date(2026, 1, 5), date(2026, 12, 21)):  # C writes «21 Dec 2026»: month names too
        assert format_date(day) == QLocale().toString(
            QDateTime(datetime(day.year, day.month, day.day)), date_pattern()
        )


def test_no_window_writes_dates_by_hand() -> None:
    """strftime and f"{day:%d.%m.%Y}" ignore the interface language; ui.locale_format does not."""
    from pathlib import Path

    import ui

    by_hand = re.compile(r"strftime\(|\{[^{}]*:%(?!Y-%m-%d\})[dmYHMy]")  # ISO dates in file names are fine
    offenders = [
        f"{path.relative_to(Path(ui.__file__).parent.parent)}:{number}"
        for path in sorted(Path(ui.__file__).parent.rglob("*.py"))
        if path.name != "locale_format.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_hand.search(line)
    ]
    assert not offenders, "use ui.locale_format: " + ", ".join(offenders)
