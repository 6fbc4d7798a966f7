"""SQL expressions that need a per-backend spelling."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, String, Table, and_, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from reception.db.types import UTCDateTime


class folded(FunctionElement[str]):
    """Lower case with `ё` as `е`, matching reception.domain.text.fold for one-line text.

    SQLite's lower() knows only ASCII, so there it calls the `reception_fold` function the engine
    registers on every connection.
    """

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded)
def _folded_default(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    # lower() first: an upper-case Ё becomes ё and then е, as in fold().
    return f"replace(lower({compiler.process(element.clauses, **kw)}), 'ё', 'е')"


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"reception_fold({compiler.process(element.clauses, **kw)})"


class due_day_end(FunctionElement[datetime]):
    """The UTC moment the office day of a date column ends (Moscow midnight after it).

    Moscow keeps UTC+3 all year (since 2014), so the end of day D is D + 1 day - 3 hours in UTC.
    """

    type = UTCDateTime()
    inherit_cache = True
    name = "due_day_end"


@compiles(due_day_end)
def _due_day_end_default(element: due_day_end, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)} + 1)::timestamp AT TIME ZONE 'Europe/Moscow')"


@compiles(due_day_end, "sqlite")
def _due_day_end_sqlite(element: due_day_end, compiler: SQLCompiler, **kw: Any) -> str:
    return f"datetime({compiler.process(element.clauses, **kw)}, '+1 day', '-3 hours')"


# Day numbers: whole days since 1970-01-01, on the office's calendar. Integers group, subtract and
# compare cheaply on both backends; the report fact tables (migration 0005) hold them, and
# 1970-01-01 was a Thursday, so (day + 3) // 7 numbers Monday-based weeks.
class office_day(FunctionElement[int]):
    """The office day (Moscow) of a UTC moment column, as a day number."""

    type = Integer()
    inherit_cache = True
    name = "office_day"


@compiles(office_day)
def _office_day_default(element: office_day, compiler: SQLCompiler, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"(({arg} AT TIME ZONE 'Europe/Moscow')::date - DATE '1970-01-01')"


@compiles(office_day, "sqlite")
def _office_day_sqlite(element: office_day, compiler: SQLCompiler, **kw: Any) -> str:
    # julianday() is x.5 at UTC midnight; +0.5 makes midnight whole, +0.125 is Moscow's UTC+3.
    return f"(CAST(julianday({compiler.process(element.clauses, **kw)}) + 0.625 AS INTEGER) - 2440588)"


class date_day(FunctionElement[int]):
    """A date column as a day number (a date has no time zone to convert)."""

    type = Integer()
    inherit_cache = True
    name = "date_day"


@compiles(date_day)
def _date_day_default(element: date_day, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


@compiles(date_day, "sqlite")
def _date_day_sqlite(element: date_day, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(CAST(julianday({compiler.process(element.clauses, **kw)}) + 0.5 AS INTEGER) - 2440588)"


@compiles(Table, "sqlite")
def _table_with_sqlite_hint(element: Table, compiler: SQLCompiler, **kw: Any) -> str:
    """Render `Select.with_hint(table, "INDEXED BY …", dialect_name="sqlite")` after the table's name.

    SQLAlchemy's SQLite compiler drops table hints (only MySQL's and SQL Server's render them);
    the reports' `read_in_order` needs SQLite's INDEXED BY to read an index in GROUP BY order.
    """
    rendered: str = compiler.visit_table(element, **kw)  # type: ignore[no-untyped-call]
    hints = kw.get("fromhints")
    if hints and element in hints and (kw.get("asfrom") or kw.get("ashint")):
        rendered = f"{rendered} {hints[element]}"
    return rendered


def prefix_match(column: ColumnElement[str] | InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range an ordinary b-tree index serves on both backends.

    SQLite never uses an index for LIKE 'x%' on a case-sensitive column, PostgreSQL only under the C
    collation; a range works everywhere and needs no escaping of % and _.
    """
    return and_(column >= prefix, column < prefix + PREFIX_END)


PREFIX_END = "\U0010ffff"  # sorts after every character: key + PREFIX_END bounds the keys starting so


def exclusive_section(session: Session | Connection, name: str) -> None:
    """Serialise a check-then-insert across workstations until the transaction ends.

    PostgreSQL: a transaction-scoped advisory lock on the name. SQLite: the write lock that
    BEGIN IMMEDIATE already holds.
    """
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"reception:{name}"})
