"""Rows as the text of a PostgreSQL `COPY … FROM STDIN`, rendered where there is time for it.

A first demo load writes from one thread while another draws the next batch; both need Python's
lock, and the writing thread waits for it between every few rows it formats, so the server waits
too. Rendered ahead by the drawing thread, a batch's rows become one piece of text each table, and
the writing thread only hands it over.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_NULL = "\\N"


def _field(value: Any) -> str:
    """A value in COPY's text format: \\N for NULL, special characters escaped."""
    if value is None:
        return _NULL
    if isinstance(value, str):  # a StrEnum member too, by its value
        if "\\" in value or "\n" in value or "\t" in value or "\r" in value:
            return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        return value
    if value is True or value is False:
        return "t" if value else "f"
    return str(value)


def copy_text(rows: Iterable[tuple[Any, ...]]) -> bytes:
    """The rows (of str, int, bool or None values) as COPY text, a line each, in UTF-8: the
    connection that copies it must use that client encoding."""
    field = _field
    lines = ["\t".join(map(field, row)) for row in rows]
    if not lines:
        return b""
    lines.append("")
    return "\n".join(lines).encode()
