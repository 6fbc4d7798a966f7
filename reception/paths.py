"""Where resources live, in a source checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The user guide and its pictures (docs/ in a checkout, next to resources/ in a bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_classifier_file() -> Path:
    return resource("classifier", "classifier-housing-property.csv")
