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
# Stands for NULL while a line is escaped as a whole; PostgreSQL text can hold no NUL character,
# so no value has it (a row that would is rendered field by field, and the server refuses it).
_NULL_MARK = "\x00"


def _field(value: Any) -> str:
    """A value in COPY's text format: \\N for NULL, special characters escaped."""
    if value is None:
        return _NULL
    if value.__class__ is str:
        if "\\" in value or "\n" in value or "\t" in value or "\r" in value:
            return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        return value
    if value is True or value is False:
        return "t" if value else "f"
    return str(value)


def copy_text(rows: Iterable[tuple[Any, ...]]) -> bytes:
    """The rows (of str, int, bool or None values) as COPY text, UTF-8, a line each.

    A line is joined first and escaped as a whole (a few scans of the line instead of a call per
    value); a row whose values hold a tab or a NUL is rendered value by value instead.
    """
    lines = []
    append = lines.append
    for row in rows:
        line = "\t".join(
            [
                value
                if value.__class__ is str
                else _NULL_MARK
                if value is None
                else str(value)
                if value.__class__ is int
                else _field(value)
                for value in row
            ]
        )
        if "\\" in line or "\n" in line or "\r" in line:
            line = line.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
        if _NULL_MARK in line:
            if line.count(_NULL_MARK) != row.count(None):
                line = "\t".join(map(_field, row))
            else:
                line = line.replace(_NULL_MARK, _NULL)
        if line.count("\t") != len(row) - 1:
            line = "\t".join(map(_field, row))
        append(line)
    if not lines:
        return b""
    append("")
    return "\n".join(lines).encode()
