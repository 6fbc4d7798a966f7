"""Per-series, per-year counters. Numbers are taken inside the caller's transaction.

The UPDATE … RETURNING holds the counter row's lock (PostgreSQL) or the database write lock
(SQLite, BEGIN IMMEDIATE) until the registering transaction ends, so numbers are unique; a rolled
back registration rolls its increment back too, so they stay gap-free.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from reception.db.models import RegCounter


def reserve_sequences(session: Session, series: str, year: int, count: int = 1) -> range:
    """`count` consecutive numbers of the series for the year, e.g. range(41, 51)."""
    if count < 1:
        raise ValueError("count must be positive")
    bump = (
        update(RegCounter)
        .where(RegCounter.series == series, RegCounter.year == year)
        .values(last_value=RegCounter.last_value + count)
        .returning(RegCounter.last_value)
        .execution_options(synchronize_session=False)
    )
    last = session.execute(bump).scalar_one_or_none()
    if last is None:
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        session.execute(
            insert(RegCounter)
            .values(series=series, year=year, last_value=0)
            .on_conflict_do_nothing(index_elements=["series", "year"])
        )
        last = session.execute(bump).scalar_one()
    return range(last - count + 1, last + 1)


def next_sequence(session: Session, series: str, year: int) -> int:
    return reserve_sequences(session, series, year, 1)[0]
