"""The Russian production calendar: which days are working days.

The `holidays` package knows the public holidays and the transfers of days off decreed so far;
corrections (a new decree, an office's own day off) override it day by day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays

_WEEKEND = frozenset({5, 6})


@lru_cache(maxsize=32)
def _package_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(non-working holidays and transferred days off, working Saturdays) of one year."""
    calendar = holidays.country_holidays("RU", years=year)
    working = frozenset(getattr(calendar, "weekend_workdays", ()) or ())
    return frozenset(calendar.keys()), working


class WorkCalendar:
    """Working days: Monday to Friday, less holidays and days off, plus working Saturdays."""

    def __init__(self, corrections: Mapping[date, bool] | None = None) -> None:
        # corrections: day → True (working) / False (non-working)
        self._corrections = dict(corrections or {})

    def is_working_day(self, day: date) -> bool:
        corrected = self._corrections.get(day)
        if corrected is not None:
            return corrected
        non_working, working_weekend = _package_year(day.year)
        if day in working_weekend:
            return True
        return day.weekday() not in _WEEKEND and day not in non_working

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
