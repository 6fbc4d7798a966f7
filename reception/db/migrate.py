"""Alembic, driven from code: the CLI, the app and the tests upgrade the same way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from reception.domain.errors import SchemaOutdated

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']*)[\"']|None)", re.MULTILINE)


def _scripted_head() -> str | None:
    """The head revision read from the migration files' text (no Alembic import): the one revision
    no other names as its down_revision. None if the files do not say it plainly."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def is_at_head(engine: Engine) -> bool:
    """True when the database is at this program's head revision, found out with two plain reads
    and without importing Alembic (a third of the app's start-up). False means: ask Alembic."""
    head = _scripted_head()
    if head is None or not inspect(engine).has_table("alembic_version"):
        return False
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return stored == [head]


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def check_schema(engine: Engine) -> None:
    """Raise SchemaOutdated unless the database is at this program's head revision."""
    if is_at_head(engine):
        return
    from alembic.script import ScriptDirectory

    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None:
        raise SchemaOutdated(
            "База данных пуста. Создайте её структуру командой «reception-admin db upgrade»."
        )
    known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
    if current not in known:
        raise SchemaOutdated(
            f"База данных создана более новой версией программы (схема {current}). "
            "Обновите программу на этом рабочем месте."
        )
    raise SchemaOutdated(
        f"Структура базы данных устарела (схема {current}, нужна {head}). "
        "Администратор обновляет её командой «reception-admin db upgrade»."
    )
