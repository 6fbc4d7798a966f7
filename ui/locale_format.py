"""Dates and numbers as the interface language writes them (QLocale's default, set with the language).

Russian: 28.11.2026 14:05 and 1 234 567; English: 11/28/2026 2:05 PM and 1,234,567. The year is
always written in full: a register of appeals spans decades.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _full_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern(locale: QLocale | None = None) -> str:
    return _full_year((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | None, empty: str = "") -> str:
    if day is None:
        return empty
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))


def format_datetime(moment: datetime | None, empty: str = "") -> str:
    """A moment in the workstation's time zone (an aware datetime is converted, a naive one is taken as is)."""
    if moment is None:
        return empty
    local = moment.astimezone() if moment.tzinfo is not None else moment
    locale = QLocale()
    pattern = f"{date_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    return locale.toString(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)), pattern
    )


def format_number(value: int) -> str:
    return QLocale().toString(value)
