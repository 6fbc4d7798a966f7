"""SQL expressions that need a per-backend spelling."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
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
    return f"lower(replace({compiler.process(element.clauses, **kw)}, 'ё', 'е'))"


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
