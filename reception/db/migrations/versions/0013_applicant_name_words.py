"""applicant name words: every word of an applicant's name, for finding right holders by any of them

The right-holder search matched the start of `applicants.name_key` only: a person by the surname,
an organisation by its legal form and opening quote («гбу «жил»). `applicant_name_words` holds each
distinct word of the key (split at spaces and the punctuation below: quotes, brackets, dashes, «№»),
with a B-tree on the word: every typed word is a prefix range there, and the other words of a query
are checked for the same applicant in the primary key (applicant_id, word). Binary order on
PostgreSQL («C»), as SQLite has it.

Kept by triggers on `applicants`, so that every writer (registration, applicant edits, the property
import, the demo loader, a restore) keeps it in step. SQLite: row triggers calling the
`reception_name_words` function every connection registers (reception.db.name_index); the insert
trigger is a single INSERT, which a bulk load replays set-wise (reception.db.bulk_triggers).
PostgreSQL: a statement trigger with a transition table on insert (a COPY batch is one INSERT), a row
trigger on a change of the key; `applicant_name_words_of(key)` splits as the Python code does; the
word column keeps 1,000 common values in its statistics, so that the planner can tell the rarer of
two typed words. Deleting an applicant deletes its words (a cascading key; on SQLite a trigger too). Existing
applicants are indexed on upgrade.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "applicant_name_words"
INDEX = "ix_applicant_name_words_word"
# reception.domain.text.NAME_SEPARATORS as of this revision (a test checks that both split alike).
_SEPARATORS = "«»\"'„“”‚‘’`.,;:!?()[]{}<>/\\|-‐‑–—―…№#*+=&~^"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# SQLite: the words of applicant `a` (an alias) as rows of json_each.
def _sqlite_words(a: str) -> str:
    return f"json_each(reception_name_words({a}.name_key)) AS w"


_SQLITE_INDEX_NEW = (
    f"INSERT INTO {TABLE} (applicant_id, word) SELECT new.id, w.value FROM {_sqlite_words('new')};"
)
_SQLITE_UNINDEX_OLD = f"DELETE FROM {TABLE} WHERE applicant_id = old.id;"
SQLITE_TRIGGERS = {
    # A single INSERT and no WHEN: a bulk load replays it set-wise (reception.db.bulk_triggers).
    "applicant_name_words_ai": f"AFTER INSERT ON applicants BEGIN {_SQLITE_INDEX_NEW} END",
    "applicant_name_words_au": (
        "AFTER UPDATE OF name_key ON applicants WHEN old.name_key IS NOT new.name_key "
        f"BEGIN {_SQLITE_UNINDEX_OLD} {_SQLITE_INDEX_NEW} END"
    ),
    # The key cascades too; this also holds where foreign keys are not enforced.
    "applicant_name_words_ad": f"AFTER DELETE ON applicants BEGIN {_SQLITE_UNINDEX_OLD} END",
}

_PG_WORDS_FUNCTION = f"""
CREATE FUNCTION applicant_name_words_of(p_key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $body$
    SELECT DISTINCT w FROM unnest(string_to_array(
        translate(coalesce(p_key, ''), {_literal(_SEPARATORS)}, {_literal(" " * len(_SEPARATORS))}), ' ')) AS w
    WHERE w <> ''
$body$
"""
_PG_INSERTED = f"""
CREATE FUNCTION applicant_name_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO {TABLE} (applicant_id, word)
    SELECT n.id, w.word FROM new_rows n CROSS JOIN LATERAL applicant_name_words_of(n.name_key) AS w(word);
    RETURN NULL;
END
$body$
"""
_PG_RENAMED = f"""
CREATE FUNCTION applicant_name_words_renamed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM {TABLE} WHERE applicant_id = OLD.id;
    INSERT INTO {TABLE} (applicant_id, word)
    SELECT NEW.id, w.word FROM applicant_name_words_of(NEW.name_key) AS w(word);
    RETURN NULL;
END
$body$
"""


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        TABLE,
        sa.Column("applicant_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column(
            "word",
            sa.String(length=1000).with_variant(sa.String(length=1000, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_applicant_name_words_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("applicant_id", "word", name=op.f("pk_applicant_name_words")),
        sqlite_with_rowid=False,
    )
    if sqlite:
        op.execute(
            f"INSERT INTO {TABLE} (applicant_id, word) SELECT a.id, w.value FROM applicants a, {_sqlite_words('a')}"
        )
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        # Names share a few hundred frequent words (first names, patronymics, common surnames): with
        # the default 100 most common values, the range of a word beyond them was estimated at one
        # row whatever it held (2,487 for «сергеевич» among 300,000 applicants), and the planner
        # could not tell which of two typed words to start from.
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN word SET STATISTICS 1000")
        op.execute(_PG_WORDS_FUNCTION)
        op.execute(
            f"INSERT INTO {TABLE} (applicant_id, word) "
            "SELECT a.id, w.word FROM applicants a CROSS JOIN LATERAL applicant_name_words_of(a.name_key) AS w(word)"
        )
        op.execute(_PG_INSERTED)
        op.execute(_PG_RENAMED)
        op.execute(
            "CREATE TRIGGER applicant_name_words_inserted AFTER INSERT ON applicants "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION applicant_name_words_inserted()"
        )
        op.execute(
            "CREATE TRIGGER applicant_name_words_renamed AFTER UPDATE OF name_key ON applicants FOR EACH ROW "
            "WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION applicant_name_words_renamed()"
        )
    op.create_index(INDEX, TABLE, ["word", "applicant_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS applicant_name_words_renamed ON applicants")
        op.execute("DROP TRIGGER IF EXISTS applicant_name_words_inserted ON applicants")
        op.execute("DROP FUNCTION IF EXISTS applicant_name_words_renamed()")
        op.execute("DROP FUNCTION IF EXISTS applicant_name_words_inserted()")
        op.execute("DROP FUNCTION IF EXISTS applicant_name_words_of(text)")
    op.drop_index(INDEX, table_name=TABLE)
    op.drop_table(TABLE)
