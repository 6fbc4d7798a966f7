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


# What divides the words of a name besides the space: quotes, brackets, punctuation, dashes, «№».
# PostgreSQL splits stored names with the same characters (translate(), migration 0013): change
# both together, and rebuild the word index.
NAME_SEPARATORS = "«»\"'„“”‚‘’`.,;:!?()[]{}<>/\\|-‐‑–—―…№#*+=&~^"
_TO_SPACE = str.maketrans(NAME_SEPARATORS, " " * len(NAME_SEPARATORS))


def name_words(key: str) -> list[str]:
    """The words of a folded name in order, repeats kept («гбу «жилищник района арбат»» → гбу,
    жилищник, района, арбат): what the right-holder search indexes and what it looks for."""
    return [word for word in key.translate(_TO_SPACE).split(" ") if word]
