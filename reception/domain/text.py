"""Text normalisation shared by search keys and comparisons."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, `ё` as `е`, runs of white space as one: the form search keys are stored in."""
    return _SPACES.sub(" ", text.replace("ё", "е").replace("Ё", "Е").lower()).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def strip_control(text: str) -> str:
    """Drop NUL and other control characters a database or a PDF cannot keep (tabs and newlines stay)."""
    return _CONTROL.sub("", text)
