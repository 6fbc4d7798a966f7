"""The start-up's schema check without Alembic: it agrees with Alembic on every state a base can be in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from reception.db import migrate
from reception.db.engine import make_engine


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert migrate._scripted_head() == migrate.head_revision()


def test_is_at_head_on_an_empty_an_older_a_current_and_a_newer_base(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'base.sqlite3'}")
    try:
        assert not migrate.is_at_head(engine)  # empty: no version table
        migrate.upgrade(engine, "0002")
        assert not migrate.is_at_head(engine)  # older
        migrate.upgrade(engine)
        assert migrate.is_at_head(engine)
        migrate.check_schema(engine)  # passes without asking Alembic
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        assert not migrate.is_at_head(engine)  # made by a newer program
    finally:
        engine.dispose()


def test_opening_a_current_base_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'base.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    probe = (
        "import sys\n"
        "from ui.app import open_database\n"
        f"open_database({url!r}).dispose()\n"
        "print(sorted(m for m in ('alembic', 'mako') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert out.stdout.strip() == "[]"
