"""Letter templates: Jinja2 in a sandbox, strict about unknown fields, errors with line and column.

A template sees only the merge fields handed to it (frozen dataclasses of strings, see
reception.services.letters.merge_fields) and no globals: no `range`, `cycler`, `lipsum`, … The
immutable sandbox refuses `_`-prefixed attributes, mutating methods and unsafe callables; a
multiplication or power that would build a huge value is refused too. Every value a field prints
goes through escape_markup, so an applicant's name cannot turn into bold text or a list item.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from reception.domain.errors import ReceptionError
from reception.domain.letter_markup import escape_markup

TEMPLATE_FILENAME = "<letter-template>"
MAX_OUTPUT = 2_000_000
MAX_OPERAND = 100_000
TOO_LARGE = "the result would be too large"


class TemplateError(ReceptionError):
    """A template cannot be rendered; `line` and `column` (1-based) point at the place when known."""

    def __init__(
        self, message: str, *, template: str = "", line: int | None = None, column: int | None = None
    ):
        where = ", ".join(
            part
            for part in (
                f"шаблон «{template}»" if template else "",
                f"строка {line}" if line else "",
                f"позиция {column}" if column else "",
            )
            if part
        )
        super().__init__(f"{where[:1].upper() + where[1:]}: {message}" if where else message)
        self.template = template
        self.line = line
        self.column = column
        self.detail = message


class TemplateFieldError(TemplateError):
    """The template names a merge field that does not exist (a typo, usually)."""

    def __init__(self, field: str, **where: Any) -> None:
        super().__init__(f"неизвестное поле «{field}».", **where)
        self.field = field


class TemplateSecurityError(TemplateError):
    """The template tried to reach something outside its merge fields."""


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    return escape_markup(str(value))


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        sizes = [
            len(v) if isinstance(v, (str, list, tuple)) else abs(v)
            for v in (left, right)
            if isinstance(v, (str, list, tuple, int, float))
        ]
        if (
            any(size > MAX_OPERAND for size in sizes)
            or (operator_name == "*" and len(sizes) == 2 and sizes[0] * sizes[1] > MAX_OUTPUT)
            or (operator_name == "**" and isinstance(right, (int, float)) and abs(right) > 64)
        ):
            raise SecurityError(TOO_LARGE)
        return (operator.mul if operator_name == "*" else operator.pow)(left, right)


def _environment() -> _Sandbox:
    env = _Sandbox(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.clear()
    return env


_ENV = _environment()


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _column(source: str, line: int | None, needle: str | None) -> int | None:
    """Where `needle` (a name or token) first appears on the line; else the first tag on it."""
    if not line:
        return None
    lines = source.splitlines()
    if not 1 <= line <= len(lines):
        return None
    text = lines[line - 1]
    if needle:
        match = re.search(rf"(?<![\w.]){re.escape(needle)}(?!\w)", text) or re.search(re.escape(needle), text)
        if match:
            return match.start() + 1
    tag = re.search(r"\{[{%]", text)
    return tag.start() + 1 if tag else 1


def _expression(source: str, line: int | None, name: str) -> str:
    """The dotted expression around an unknown attribute: `applicant.nmae` rather than `nmae`."""
    if line:
        lines = source.splitlines()
        if 1 <= line <= len(lines):
            match = re.search(rf"[A-Za-z_][\w.]*\.{re.escape(name)}(?!\w)", lines[line - 1])
            if match:
                return match.group(0)
    return name


@functools.lru_cache(maxsize=64)
def _compiled(source: str) -> Template:
    code = _ENV.compile(source, filename=TEMPLATE_FILENAME)
    return _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None))


def check_template(source: str, *, name: str = "") -> Template:
    """Compile: a syntax error becomes a TemplateError with its line and column."""
    try:
        return _compiled(source)
    except TemplateSyntaxError as error:
        token = re.search(r"'([^']+)'", error.message or "")
        raise TemplateError(
            f"ошибка в записи шаблона ({error.message}).",
            template=name,
            line=error.lineno,
            column=_column(source, error.lineno, token.group(1) if token else None),
        ) from None


def render_template(source: str, fields: Mapping[str, Any], *, name: str = "") -> str:
    """The template's text with the fields merged in (markup); TemplateError on any failure."""
    template = check_template(source, name=name)
    try:
        text = template.render(**fields)
    except SecurityError as error:
        line = _template_line(error.__traceback__)
        if TOO_LARGE in str(error):
            raise TemplateError(
                "выражение даёт слишком большое значение.",
                template=name,
                line=line,
                column=_column(source, line, None),
            ) from None
        attribute = re.search(r"attribute '([^']+)'", str(error))
        raise TemplateSecurityError(
            "обращение к внутренним данным программы запрещено"
            + (f" («{attribute.group(1)}»)." if attribute else "."),
            template=name,
            line=line,
            column=_column(source, line, attribute.group(1) if attribute else None),
        ) from None
    except UndefinedError as error:
        line = _template_line(error.__traceback__)
        message = str(error)
        missing = re.search(r"has no attribute '([^']+)'", message)
        if missing:
            field = _expression(source, line, missing.group(1))
            column = _column(source, line, field)
        else:
            plain = re.search(r"'([^']+)' is undefined", message)
            field = plain.group(1) if plain else message
            column = _column(source, line, field)
        raise TemplateFieldError(field, template=name, line=line, column=column) from None
    except JinjaTemplateError as error:
        line = _template_line(error.__traceback__)
        raise TemplateError(
            f"шаблон не удалось заполнить ({error}).",
            template=name,
            line=line,
            column=_column(source, line, None),
        ) from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as error:
        line = _template_line(error.__traceback__)
        raise TemplateError(
            f"шаблон не удалось заполнить ({error}).",
            template=name,
            line=line,
            column=_column(source, line, None),
        ) from None
    if len(text) > MAX_OUTPUT:
        raise TemplateError("текст письма получился слишком длинным.", template=name)
    return text
