"""The period a dynamics report compares with: whole months stay whole."""

from __future__ import annotations

from datetime import date

import pytest

from reception.services.reports.common import Granularity, ReportParams
from reception.services.reports.dynamics import previous_params


@pytest.mark.parametrize(
    ("start", "end", "expected_start", "expected_end"),
    [
        (date(2026, 2, 1), date(2026, 2, 28), date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 3, 1), date(2026, 3, 31), date(2026, 2, 1), date(2026, 2, 28)),
        (date(2024, 3, 1), date(2024, 3, 31), date(2024, 2, 1), date(2024, 2, 29)),
        (date(2026, 4, 1), date(2026, 6, 30), date(2026, 1, 1), date(2026, 3, 31)),
        # Not ending with a month: the same dates, as far as the shorter month allows.
        (date(2026, 3, 10), date(2026, 3, 30), date(2026, 2, 10), date(2026, 2, 28)),
        (date(2026, 1, 5), date(2026, 1, 20), date(2025, 12, 5), date(2025, 12, 20)),
    ],
)
def test_the_previous_period_of_whole_months_is_whole_months(
    start: date, end: date, expected_start: date, expected_end: date
) -> None:
    previous = previous_params(ReportParams(date_from=start, date_to=end, granularity=Granularity.MONTH))
    assert (previous.date_from, previous.date_to) == (expected_start, expected_end)
