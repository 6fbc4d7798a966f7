"""Registration numbers `PREFIX-YYYY-NNNNNN`: formatting and parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_PREFIX = "ВП"
PREFIX_PATTERN = re.compile(r"^[A-Za-zА-Яа-яЁё0-9]{1,10}$")
_NUMBER = re.compile(r"^\s*([A-Za-zА-Яа-яЁё0-9]{1,10})-(\d{4})-(\d{1,9})\s*$")


@dataclass(frozen=True)
class RegNumber:
    prefix: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return format_reg_number(self.prefix, self.year, self.sequence)


def format_reg_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}-{year:04d}-{sequence:06d}"


def parse_reg_number(text: str) -> RegNumber | None:
    """Read a number as typed (`вп-2026-17` too); None when it is not one."""
    match = _NUMBER.match(text)
    if not match:
        return None
    prefix, year, sequence = match.groups()
    return RegNumber(prefix.upper(), int(year), int(sequence))


def is_valid_prefix(prefix: str) -> bool:
    return bool(PREFIX_PATTERN.match(prefix))
