"""property search: an FTS5 trigram index over the address key, on SQLite

Address searches (`search_key` holding « профсоюзная» and « 43») were full scans on SQLite. An FTS5
table with the trigram tokenizer (SQLite ≥ 3.34) finds substrings of three characters or more
through an index; it is an external-content table over `properties`, kept by triggers. The insert
and update triggers step aside while `properties_search_paused` has a row: a bulk load sets it
inside its own transaction and indexes its rows set-wise (see reception.db.property_search).
PostgreSQL keeps the pg_trgm GIN index of migration 0003.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_INDEX_NEW = "INSERT INTO properties_search (rowid, search_key) VALUES (new.id, new.search_key);"
_UNINDEX_OLD = (
    "INSERT INTO properties_search (properties_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key);"
)
_NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM properties_search_paused)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE properties_search USING fts5("
        "search_key, content='properties', content_rowid='id', tokenize='trigram case_sensitive 1')"
    )
    op.execute("CREATE TABLE properties_search_paused (paused INTEGER NOT NULL PRIMARY KEY)")
    op.execute(
        f"CREATE TRIGGER properties_search_ai AFTER INSERT ON properties WHEN {_NOT_PAUSED} "
        f"BEGIN {_INDEX_NEW} END"
    )
    op.execute(f"CREATE TRIGGER properties_search_ad AFTER DELETE ON properties BEGIN {_UNINDEX_OLD} END")
    # A paused update is re-indexed by the bulk loader (unindex before, index after).
    op.execute(
        "CREATE TRIGGER properties_search_au AFTER UPDATE OF search_key ON properties "
        f"WHEN {_NOT_PAUSED} BEGIN {_UNINDEX_OLD} {_INDEX_NEW} END"
    )
    op.execute("INSERT INTO properties_search (properties_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("properties_search_au", "properties_search_ad", "properties_search_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS properties_search_paused")
    op.execute("DROP TABLE IF EXISTS properties_search")
