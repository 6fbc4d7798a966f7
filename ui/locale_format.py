"""Dates and numbers as the interface language writes them (QLocale's default, set with the language).

Russian: 28.11.2026 14:05 and 1 234 567; English: 11/28/2026 2:05 PM and 1,234,567. The year is
always written in full: a register of appeals spans decades. The locale's Qt pattern is compiled
once into a plain Python formatter, because the register formats two dates for every row painted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QLocale

Formatter = Callable[[datetime], str]

_TOKENS = re.compile(
    r"yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|Ap|aP|AP|ap|A|a|'[^']*'|.", re.DOTALL
)


def _full_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _compile(pattern: str, locale: QLocale) -> Formatter:
    """A formatter for the subset of Qt's date-time pattern that locales use for short formats
    (month and day names too: the C locale's short date is «d MMM yyyy»)."""
    am, pm = locale.amText(), locale.pmText()
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    months = {size: [""] + [locale.monthName(n, size) for n in range(1, 13)] for size in (long, short)}
    days = {size: [""] + [locale.dayName(n, size) for n in range(1, 8)] for size in (long, short)}
    twelve_hour = any(token in pattern for token in ("A", "a"))

    def hour12(moment: datetime) -> int:
        return moment.hour % 12 or 12

    parts: list[Formatter] = []
    for token in _TOKENS.findall(pattern):
        part: Formatter
        if token == "yyyy":
            part = lambda m: f"{m.year:04d}"  # noqa: E731
        elif token == "yy":
            part = lambda m: f"{m.year % 100:02d}"  # noqa: E731
        elif token in ("MMMM", "MMM"):
            names = months[long if token == "MMMM" else short]
            part = lambda m, names=names: names[m.month]  # type: ignore[misc]  # noqa: E731
        elif token in ("dddd", "ddd"):
            names = days[long if token == "dddd" else short]
            part = lambda m, names=names: names[m.isoweekday()]  # type: ignore[misc]  # noqa: E731
        elif token == "MM":
            part = lambda m: f"{m.month:02d}"  # noqa: E731
        elif token == "M":
            part = lambda m: str(m.month)  # noqa: E731
        elif token == "dd":
            part = lambda m: f"{m.day:02d}"  # noqa: E731
        elif token == "d":
            part = lambda m: str(m.day)  # noqa: E731
        elif token in ("HH", "hh"):
            part = (lambda m: f"{hour12(m):02d}") if twelve_hour else (lambda m: f"{m.hour:02d}")
        elif token in ("H", "h"):
            part = (lambda m: str(hour12(m))) if twelve_hour else (lambda m: str(m.hour))
        elif token == "mm":
            part = lambda m: f"{m.minute:02d}"  # noqa: E731
        elif token == "m":
            part = lambda m: str(m.minute)  # noqa: E731
        elif token == "ss":
            part = lambda m: f"{m.second:02d}"  # noqa: E731
        elif token == "s":
            part = lambda m: str(m.second)  # noqa: E731
        elif token in ("Ap", "aP"):  # the locale's own spelling
            part = lambda m: pm if m.hour >= 12 else am  # noqa: E731
        elif token in ("AP", "A"):
            part = lambda m: (pm if m.hour >= 12 else am).upper()  # noqa: E731
        elif token in ("ap", "a"):
            part = lambda m: (pm if m.hour >= 12 else am).lower()  # noqa: E731
        else:
            text = token[1:-1] if len(token) > 1 and token.startswith("'") else token
            part = lambda m, text=text: text  # type: ignore[misc]  # noqa: E731
        parts.append(part)
    return lambda moment: "".join(part(moment) for part in parts)


@lru_cache(maxsize=8)
def _formatters(name: str) -> tuple[Formatter, Formatter, Formatter]:
    """(date, date and time, time) formatters of a locale."""
    locale = QLocale(name)
    day = _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return _compile(day, locale), _compile(f"{day} {time}", locale), _compile(time, locale)


def date_pattern(locale: QLocale | None = None) -> str:
    return _full_year((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | None, empty: str = "") -> str:
    if day is None:
        return empty
    return _formatters(QLocale().name())[0](datetime(day.year, day.month, day.day))


def format_datetime(moment: datetime | None, empty: str = "") -> str:
    """A moment in the workstation's time zone (an aware datetime is converted, a naive one is taken as is)."""
    if moment is None:
        return empty
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return _formatters(QLocale().name())[1](local)


def as_shown(moment: datetime) -> str:
    """Date and time as the moment carries them (already in office time), in the interface language."""
    return _formatters(QLocale().name())[1](moment)


def format_time(moment: datetime) -> str:
    """The time of day as written in the interface language (14:05, 2:05 PM), without conversion."""
    return _formatters(QLocale().name())[2](moment)


def format_number(value: int) -> str:
    return QLocale().toString(value)
