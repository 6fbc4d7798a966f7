"""appeal search: Russian full-text search over appeals and saved register views

PostgreSQL: `appeals.search_vector` (tsvector) kept by a BEFORE INSERT/UPDATE trigger from the
applicant's folded name (`simple`, weight A), the summary (B) and the text (D) with the `russian`
configuration after `ё`→`е`, with a GIN index; renaming an applicant refreshes their appeals.
SQLite: `appeals_search`, a contentless FTS5 table (rowid = appeal id) of the folded name and the
Snowball stems of summary and text (the `reception_stem` function every connection registers), kept by triggers
(the insert trigger is a single INSERT, which a bulk load replays set-wise: reception.db.bulk_triggers). Both: the indexes the register's sorts and filters walk,
and `saved_views`. Columns are added with plain ALTER TABLE (no batch rebuild of `appeals`).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_appeals_due_date_id", ["due_date", "id"]),
    ("ix_appeals_status_received", ["status", "received_at", "id"]),
    ("ix_appeals_channel_received", ["channel", "received_at", "id"]),
    ("ix_appeals_department_received", ["department_id", "received_at", "id"]),
    ("ix_appeals_summary_id", ["summary", "id"]),
)


# SQLite: what the index holds for an appeal (`new` or `old`). The table is contentless (it keeps
# only the index: a stored copy of the stems would cost about 1 KB an appeal), so a row leaves the
# index by the 'delete' command with exactly the values it was indexed with, recomputed here.
def _indexed(row: str) -> str:
    return (
        f"coalesce((SELECT name_key FROM applicants WHERE applicants.id = {row}.applicant_id), ''), "
        f"reception_stem({row}.summary), reception_stem({row}.text)"
    )


_INDEX_NEW = f"INSERT INTO appeals_search (rowid, name, summary, body) VALUES (new.id, {_indexed('new')});"
_UNINDEX_OLD = (
    "INSERT INTO appeals_search (appeals_search, rowid, name, summary, body) "
    f"VALUES ('delete', old.id, {_indexed('old')});"
)
_RENAME = (
    "INSERT INTO appeals_search (appeals_search, rowid, name, summary, body) "
    "SELECT 'delete', a.id, old.name_key, reception_stem(a.summary), reception_stem(a.text) "
    "FROM appeals a WHERE a.applicant_id = new.id; "
    "INSERT INTO appeals_search (rowid, name, summary, body) "
    "SELECT a.id, new.name_key, reception_stem(a.summary), reception_stem(a.text) "
    "FROM appeals a WHERE a.applicant_id = new.id;"
)

_PG_VECTOR_FUNCTION = """
CREATE OR REPLACE FUNCTION appeal_search_vector(p_applicant_id integer, p_summary text, p_text text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('simple'::regconfig, coalesce(
               (SELECT name_key FROM applicants WHERE id = p_applicant_id), '')), 'A')
        || setweight(to_tsvector('russian'::regconfig, translate(coalesce(p_summary, ''), 'Ёё', 'Ее')), 'B')
        || setweight(to_tsvector('russian'::regconfig, translate(coalesce(p_text, ''), 'Ёё', 'Ее')), 'D')
$$
"""
_PG_APPEAL_TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION appeals_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := appeal_search_vector(NEW.applicant_id, NEW.summary, NEW.text);
    RETURN NEW;
END
$$
"""
_PG_APPLICANT_TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION applicants_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE appeals SET search_vector = appeal_search_vector(applicant_id, summary, text)
    WHERE applicant_id = NEW.id;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_saved_views_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views")),
    )
    op.create_index("uq_saved_views_user_name", "saved_views", ["user_id", "name_key"], unique=True)
    for name, columns in _INDEXES:
        op.create_index(name, "appeals", columns)
    op.create_index("ix_users_full_name", "users", ["full_name"])
    if op.get_bind().dialect.name == "sqlite":
        _upgrade_sqlite()
    else:
        _upgrade_postgresql()


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE appeals_search USING fts5("
        "name, summary, body, content='', tokenize='unicode61 remove_diacritics 0', detail=column)"
    )
    # A single INSERT and no WHEN: a bulk load replays it set-wise (reception.db.bulk_triggers).
    op.execute(f"CREATE TRIGGER appeals_search_ai AFTER INSERT ON appeals BEGIN {_INDEX_NEW} END")
    op.execute(
        "CREATE TRIGGER appeals_search_au AFTER UPDATE OF summary, text, applicant_id ON appeals "
        f"BEGIN {_UNINDEX_OLD} {_INDEX_NEW} END"
    )
    op.execute(f"CREATE TRIGGER appeals_search_ad AFTER DELETE ON appeals BEGIN {_UNINDEX_OLD} END")
    op.execute(
        "CREATE TRIGGER applicants_search_au AFTER UPDATE OF name_key ON applicants "
        f"WHEN old.name_key IS NOT new.name_key BEGIN {_RENAME} END"
    )
    op.execute(
        "INSERT INTO appeals_search (rowid, name, summary, body) SELECT a.id, "
        "coalesce((SELECT name_key FROM applicants WHERE applicants.id = a.applicant_id), ''), "
        "reception_stem(a.summary), reception_stem(a.text) FROM appeals a"
    )


def _upgrade_postgresql() -> None:
    op.execute("ALTER TABLE appeals ADD COLUMN search_vector tsvector")
    op.execute(_PG_VECTOR_FUNCTION)
    op.execute(_PG_APPEAL_TRIGGER_FUNCTION)
    op.execute(_PG_APPLICANT_TRIGGER_FUNCTION)
    op.execute("UPDATE appeals SET search_vector = appeal_search_vector(applicant_id, summary, text)")
    op.execute(
        "CREATE TRIGGER appeals_search_vector BEFORE INSERT OR UPDATE OF summary, text, applicant_id "
        "ON appeals FOR EACH ROW EXECUTE FUNCTION appeals_search_vector_refresh()"
    )
    op.execute(
        "CREATE TRIGGER applicants_search_vector AFTER UPDATE OF name_key ON applicants FOR EACH ROW "
        "WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION applicants_search_vector_refresh()"
    )
    op.execute("CREATE INDEX ix_appeals_search_vector ON appeals USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in (
            "applicants_search_au",
            "appeals_search_ad",
            "appeals_search_au",
            "appeals_search_ai",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS appeals_search")
    else:
        op.execute("DROP TRIGGER IF EXISTS applicants_search_vector ON applicants")
        op.execute("DROP TRIGGER IF EXISTS appeals_search_vector ON appeals")
        op.execute("DROP INDEX IF EXISTS ix_appeals_search_vector")
        op.execute("ALTER TABLE appeals DROP COLUMN IF EXISTS search_vector")
        op.execute("DROP FUNCTION IF EXISTS applicants_search_vector_refresh()")
        op.execute("DROP FUNCTION IF EXISTS appeals_search_vector_refresh()")
        op.execute("DROP FUNCTION IF EXISTS appeal_search_vector(integer, text, text)")
    op.drop_index("ix_users_full_name", table_name="users")
    for name, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name="appeals")
    op.drop_index("uq_saved_views_user_name", table_name="saved_views")
    op.drop_table("saved_views")
