"""Alembic, driven from code: the CLI, the app and the tests upgrade the same way."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from reception.domain.errors import SchemaOutdated

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def check_schema(engine: Engine) -> None:
    """Raise SchemaOutdated unless the database is at this program's head revision."""
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
