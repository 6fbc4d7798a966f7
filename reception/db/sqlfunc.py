"""SQL expressions that need a per-backend spelling."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


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
