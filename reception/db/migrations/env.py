"""Alembic environment: the engine comes from reception.db.migrate, never from an ini file."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import text

from reception.db.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations rebuild SQLite tables (copy, drop, rename). With foreign keys enforced,
        # dropping the old table would cascade-delete the rows referring to it, so enforcement is
        # off while migrating (set outside any transaction) and checked afterwards.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=sqlite,
        compare_type=True,
    )
    with context.begin_transaction(), warnings.catch_warnings():
        # Batch mode reflects tables; SQLite cannot reflect the lower(login) index and says so.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        context.run_migrations()
    connection.commit()
    if sqlite:
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        connection.commit()
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
        if broken:
            raise RuntimeError(f"migration left rows with broken references: {broken[:5]}")
