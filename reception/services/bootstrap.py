"""What a new database needs before anyone can work in it."""

from __future__ import annotations

from sqlalchemy import select

from reception.db.database import Database
from reception.db.models import Topic
from reception.paths import default_classifier_file
from reception.services.classifier import import_classifier


def ensure_reference_data(db: Database) -> int:
    """Load the shipped classifier into a database that has none (the number of topics loaded), and
    the shipped letter templates the database lacks."""
    ensure_letter_templates(db)
    with db.uow() as uow:
        if uow.session.scalar(select(Topic.code).limit(1)) is not None:
            return 0
    result = import_classifier(db.uow(), actor=None, path=default_classifier_file(), version="default")
    return result.added


def ensure_letter_templates(db: Database) -> int:
    """Add the shipped letter templates missing by name; the number added (edits are kept)."""
    from reception.services.letter_templates import load_default_templates

    with db.uow() as uow:
        return load_default_templates(uow.session)
