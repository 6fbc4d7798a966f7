"""The Russian production calendar: which days are working days, and which are one hour shorter.

The `holidays` package knows the public holidays and the transfers of days off decreed so far;
corrections (a new decree, an office's own day off) override it day by day.

Pre-holiday days (Labour Code art. 95 part 1): the working day immediately before a non-working
holiday of art. 112 is one hour shorter. A transferred working day (a working Saturday) followed only
by days off up to such a holiday is shortened too: it stands in for the weekday before the holiday
whose day off was moved (so the production calendars mark 27.04.2024, 02.11.2024, 28.12.2024 and
01.11.2025). A Friday before a Monday holiday is not shortened (the weekend lies between), nor is the
day before a day off that is not a holiday (an «observed» Monday, 31 December by decree).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays

_WEEKEND = frozenset({5, 6})
# Non-working holidays of Labour Code art. 112 part 1 (month, day); transferred days off are not.
ART_112_HOLIDAYS = frozenset(
    {(1, d) for d in range(1, 9)} | {(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)}
)
PRE_HOLIDAY_SHORTENING_HOURS = 1


@lru_cache(maxsize=32)
def _package_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(non-working holidays and transferred days off, working Saturdays) of one year."""
    calendar = holidays.country_holidays("RU", years=year)
    working = frozenset(getattr(calendar, "weekend_workdays", ()) or ())
    return frozenset(calendar.keys()), working


class WorkCalendar:
    """Working days: Monday to Friday, less holidays and days off, plus working Saturdays."""

    def __init__(
        self,
        corrections: Mapping[date, bool] | None = None,
        shortened: Mapping[date, bool] | None = None,
    ) -> None:
        # corrections: day → True (working) / False (non-working)
        self._corrections = dict(corrections or {})
        # shortened: day → True (a pre-holiday day) / False (full length), over the rule below
        self._shortened = dict(shortened or {})

    def is_working_day(self, day: date) -> bool:
        corrected = self._corrections.get(day)
        if corrected is not None:
            return corrected
        non_working, working_weekend = _package_year(day.year)
        if day in working_weekend:
            return True
        return day.weekday() not in _WEEKEND and day not in non_working

    def is_holiday(self, day: date) -> bool:
        """A non-working holiday of art. 112 (not a transferred or «observed» day off)."""
        return (day.month, day.day) in ART_112_HOLIDAYS and not self.is_working_day(day)

    def is_pre_holiday(self, day: date) -> bool:
        """A working day one hour shorter (art. 95): see the module's note for the rule."""
        corrected = self._shortened.get(day)
        if corrected is not None:
            return corrected and self.is_working_day(day)
        if not self.is_working_day(day):
            return False
        following = day + timedelta(days=1)
        if self.is_holiday(following):
            return True
        if day.weekday() not in _WEEKEND:
            return False
        # A working Saturday or Sunday: shortened if only days off lie between it and a holiday.
        for _ in range(14):
            if self.is_working_day(following):
                return False
            if self.is_holiday(following):
                return True
            following += timedelta(days=1)
        return False

    def preceding_working_day(self, day: date) -> date:
        """The day itself if it is a working day, else the nearest working day before it."""
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def following_working_day(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count
