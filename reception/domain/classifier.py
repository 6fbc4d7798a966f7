"""The typical all-Russian thematic classifier: codes `section.subject.theme.question[.sub]`."""

from __future__ import annotations

import re

CODE_PATTERN = re.compile(r"^[0-9]{4}(\.[0-9]{4}){3,4}$")  # ASCII digits: \d takes any script's
_PARTIAL = re.compile(r"^[0-9]{4}(\.[0-9]{4}){0,4}$")
PAD = "0000"


def normalise_code(code: str) -> str:
    """Pad a parent code (`0005.0005.0056`) with `0000` groups to the full four-group form."""
    code = code.strip()
    if not _PARTIAL.match(code):
        raise ValueError(f"«{code}» is not a classifier code")
    groups = code.split(".")
    while len(groups) < 4:
        groups.append(PAD)
    return ".".join(groups)


def is_valid_code(code: str) -> bool:
    return bool(CODE_PATTERN.match(code))


def parent_code(code: str) -> str | None:
    """The code one level up, padded; None for a section."""
    groups = code.split(".")
    while groups and groups[-1] == PAD:
        groups.pop()
    if len(groups) <= 1:
        return None
    return normalise_code(".".join(groups[:-1]))


def level(code: str) -> int:
    """1 for a section … 4 for a question, 5 for a sub-question."""
    return len([g for g in code.split(".") if g != PAD])
