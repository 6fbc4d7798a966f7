"""holder name words: every word of a right holder's name, for finding right holders by any of them

The right-holder search matched the start of `applicants.name_key` only: a person by the surname,
an organisation by its legal form and opening quote («гбу «жил»). `holder_name_words` holds each
distinct word of the key (split at spaces and the punctuation below: quotes, brackets, dashes, «№»)
of the applicants that hold property, and of no one else: the office's other applicants (hundreds of
thousands against a few thousand holders) are never searched so. A B-tree on the word makes every
typed word a prefix range; the other words of a query are checked for the same applicant in the
primary key (applicant_id, word). Binary order on PostgreSQL («C»), as SQLite has it.

Kept by triggers, so that every writer (property edits, the registry import, the demo loader, a
restore, applicant edits) keeps it in step: a new holding adds its applicant's words if absent; the
removal of an applicant's last holding removes them; a change of the holding's applicant does both;
a renamed applicant's words are split again while it holds something; deleting an applicant
cascades. SQLite: row triggers calling the `reception_name_words` function every connection
registers (reception.db.name_index). PostgreSQL: statement triggers with transition tables on the
holdings (the import and the demo write them in batches) and a row trigger on a change of the key;
`name_words_of(key)` splits as the Python code does. There, a new holding share-locks its applicant
and a removal that leaves one holding nothing locks it for update before deleting: a rename, a new
holding and a last holding's removal of one applicant, in transactions running at once, wait for
each other and then read what the other committed, instead of indexing a name or a holding they
cannot see. The word column keeps 1,000 common values in its statistics, so that the planner can
tell the rarer of two typed words. The words of existing holders are filled in on upgrade.

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

TABLE = "holder_name_words"
INDEX = "ix_holder_name_words_word"
HOLDERS = "property_right_holders"
# reception.domain.text.NAME_SEPARATORS as of this revision (a test checks that both split alike).
_SEPARATORS = "«»\"'„“”‚‘’`.,;:!?()[]{}<>/\\|-‐‑–—―…№#*+=&~^"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _holds(applicant: str) -> str:
    """Whether the applicant whose id is `applicant` holds any property."""
    return f"EXISTS (SELECT 1 FROM {HOLDERS} h WHERE h.applicant_id = {applicant})"


# SQLite: the words of the applicants `a` (an alias) as rows of json_each.
def _sqlite_index(applicant: str) -> str:
    return (
        f"INSERT OR IGNORE INTO {TABLE} (applicant_id, word) SELECT a.id, w.value "
        f"FROM applicants a, json_each(reception_name_words(a.name_key)) AS w WHERE a.id = {applicant};"
    )


def _sqlite_unindex_unless_holding(applicant: str) -> str:
    return f"DELETE FROM {TABLE} WHERE applicant_id = {applicant} AND NOT {_holds(applicant)};"


SQLITE_TRIGGERS = {
    "holder_name_words_holding_insert": (
        f"AFTER INSERT ON {HOLDERS} BEGIN {_sqlite_index('new.applicant_id')} END"
    ),
    "holder_name_words_holding_delete": (
        f"AFTER DELETE ON {HOLDERS} BEGIN {_sqlite_unindex_unless_holding('old.applicant_id')} END"
    ),
    "holder_name_words_holding_update": (
        f"AFTER UPDATE OF applicant_id ON {HOLDERS} WHEN old.applicant_id IS NOT new.applicant_id BEGIN "
        f"{_sqlite_unindex_unless_holding('old.applicant_id')} {_sqlite_index('new.applicant_id')} END"
    ),
    # Applicants who hold nothing have no words: their renames cost an index probe.
    "holder_name_words_applicant_rename": (
        f"AFTER UPDATE OF name_key ON applicants WHEN old.name_key IS NOT new.name_key AND {_holds('new.id')} "
        f"BEGIN DELETE FROM {TABLE} WHERE applicant_id = old.id; {_sqlite_index('new.id')} END"
    ),
}

_PG_WORDS_FUNCTION = f"""
CREATE FUNCTION name_words_of(p_key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $body$
    SELECT DISTINCT w FROM unnest(string_to_array(
        translate(coalesce(p_key, ''), {_literal(_SEPARATORS)}, {_literal(" " * len(_SEPARATORS))}), ' ')) AS w
    WHERE w <> ''
$body$
"""


def _pg_index(applicants: str) -> str:
    """Add the words of the applicants `applicants` selects, share-locked first (a rename or the
    removal of their last holding, running at once, commits before their names are read)."""
    return (
        f"PERFORM 1 FROM applicants WHERE id IN ({applicants}) ORDER BY id FOR SHARE; "
        f"INSERT INTO {TABLE} (applicant_id, word) "
        "SELECT a.id, w.word FROM applicants a CROSS JOIN LATERAL name_words_of(a.name_key) AS w(word) "
        f"WHERE a.id IN ({applicants}) ON CONFLICT DO NOTHING;"
    )


def _pg_unindex_unless_holding(applicants: str) -> str:
    """Remove the words of those of the `applicants` that hold nothing now: all of them locked first,
    then asked, so that a holding another transaction is adding (it share-locks the applicant) or
    removing (two removals of an applicant's last two holdings at once) has committed and is seen."""
    return (
        f"PERFORM 1 FROM applicants a WHERE a.id IN ({applicants}) ORDER BY a.id FOR NO KEY UPDATE; "
        f"DELETE FROM {TABLE} x WHERE x.applicant_id IN ({applicants}) AND NOT {_holds('x.applicant_id')};"
    )


# name: (event, transition tables, body); statement triggers on the holdings
PG_TRIGGERS = {
    "holder_name_words_holdings_inserted": (
        "INSERT",
        "NEW TABLE AS new_rows",
        _pg_index("SELECT applicant_id FROM new_rows"),
    ),
    "holder_name_words_holdings_deleted": (
        "DELETE",
        "OLD TABLE AS old_rows",
        _pg_unindex_unless_holding("SELECT applicant_id FROM old_rows"),
    ),
    # No column list with transition tables: a change of a share alone repeats what is there.
    "holder_name_words_holdings_updated": (
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _pg_index("SELECT applicant_id FROM new_rows")
        + " "
        + _pg_unindex_unless_holding("SELECT applicant_id FROM old_rows"),
    ),
}
_PG_RENAMED = f"""
CREATE FUNCTION holder_name_words_renamed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF {_holds("NEW.id")} THEN
        DELETE FROM {TABLE} WHERE applicant_id = OLD.id;
        INSERT INTO {TABLE} (applicant_id, word) SELECT NEW.id, w.word FROM name_words_of(NEW.name_key) AS w(word);
    END IF;
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
            name=op.f("fk_holder_name_words_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("applicant_id", "word", name=op.f("pk_holder_name_words")),
        sqlite_with_rowid=False,
    )
    holders = f"SELECT applicant_id FROM {HOLDERS}"
    if sqlite:
        op.execute(
            f"INSERT INTO {TABLE} (applicant_id, word) SELECT a.id, w.value "
            f"FROM applicants a, json_each(reception_name_words(a.name_key)) AS w WHERE a.id IN ({holders})"
        )
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        # Names share a few hundred frequent words (first names, patronymics, common surnames): with
        # the default 100 most common values, the range of a word beyond them was estimated at one
        # row whatever it held (2,487 for «сергеевич» among 300,000 names), and the planner could
        # not tell which of two typed words to start from.
        op.execute(f"ALTER TABLE {TABLE} ALTER COLUMN word SET STATISTICS 1000")
        op.execute(_PG_WORDS_FUNCTION)
        op.execute(
            f"INSERT INTO {TABLE} (applicant_id, word) SELECT a.id, w.word "
            f"FROM applicants a CROSS JOIN LATERAL name_words_of(a.name_key) AS w(word) WHERE a.id IN ({holders})"
        )
        for name, (event, transitions, body) in PG_TRIGGERS.items():
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {HOLDERS} REFERENCING {transitions} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
            )
        op.execute(_PG_RENAMED)
        op.execute(
            "CREATE TRIGGER holder_name_words_renamed AFTER UPDATE OF name_key ON applicants FOR EACH ROW "
            "WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION holder_name_words_renamed()"
        )
    op.create_index(INDEX, TABLE, ["word", "applicant_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS holder_name_words_renamed ON applicants")
        op.execute("DROP FUNCTION IF EXISTS holder_name_words_renamed()")
        for name in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {HOLDERS}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP FUNCTION IF EXISTS name_words_of(text)")
    op.drop_index(INDEX, table_name=TABLE)
    op.drop_table(TABLE)
