"""Phone numbers and e-mail addresses: parse what a clerk types, store one canonical form."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

DEFAULT_REGION = "RU"


def normalise_phone(text: str) -> str | None:
    """`8 (916) 123-45-67` → `+79161234567`; None when it is not a possible phone number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits or len(digits) > 15:
        return None
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """`+79161234567` → `+7 916 123-45-67` for screens and letters."""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(text: str) -> str | None:
    """A syntactically valid address with its domain lower-cased; None otherwise (no DNS look-up)."""
    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.normalized)


def looks_like_phone(text: str) -> bool:
    """Whether a search term is a phone number rather than a name."""
    stripped = text.strip()
    digits = sum(ch.isdigit() for ch in stripped)
    return digits >= 5 and all(ch.isdigit() or ch in "+-() " for ch in stripped)
