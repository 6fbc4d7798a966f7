"""Typed errors the core raises; each carries a message meant for the user."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


class ReceptionError(Exception):
    """Base of every error the core reports to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One invalid field: `field` is a dotted path such as `applicant.email` or `questions.0.topic_code`."""

    field: str
    message: str


class ValidationError(ReceptionError):
    """One or more fields are invalid; the form marks each of them."""

    def __init__(self, errors: Iterable[FieldError] | FieldError) -> None:
        items = [errors] if isinstance(errors, FieldError) else list(errors)
        if not items:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__("\n".join(e.message for e in items))
        self.errors: tuple[FieldError, ...] = tuple(items)

    @property
    def field(self) -> str:
        return self.errors[0].field

    def for_field(self, field: str) -> str | None:
        """The message for `field`, if that field is among the errors."""
        for error in self.errors:
            if error.field == field:
                return error.message
        return None


class PermissionDenied(ReceptionError):
    """The acting user's role does not allow the action."""


class AuthenticationFailed(ReceptionError):
    """Wrong login or password, or an inactive account."""


class NotFound(ReceptionError):
    """The record asked for does not exist."""


class StaleRecord(ReceptionError):
    """Someone saved the record after it was opened; `theirs` holds their current values."""

    def __init__(self, message: str, *, theirs: Mapping[str, Any], mine: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.theirs = dict(theirs)
        self.mine = dict(mine)


class DatabaseUnavailable(ReceptionError):
    """The database cannot be reached; nothing was written."""


class SchemaOutdated(ReceptionError):
    """The database schema is older or newer than this program expects."""
