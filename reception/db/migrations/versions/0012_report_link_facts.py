"""report link facts: one narrow row per appeal and building it concerns, for the hot-spot report

The hot-spot report joined the period's appeal facts to their property links and the property
records, then grouped ~380,000 rows of a year by the building's text: 2–3 s over a million appeals,
the bare SQL as slow as the report. This table holds what that grouping needs, already joined and
counted once per (building, appeal): the building's key (or the address of an unparsed record), the
day of receipt, the appeal's channel and department for the filters, the okrug and whether the
appeal is marked as repeated. Clustered by building (WITHOUT ROWID on SQLite), the buildings'
counts are one ordered scan with no sort.

Kept by triggers like the other fact tables: a change of an appeal's links, of a linked property's
address, key or okrug, recomputes that appeal's rows; a change of an appeal's day, channel or
department (via report_appeal_facts) and of its repeat marks updates them in place. Row triggers
on SQLite, statement triggers with transition tables on PostgreSQL. Existing links are copied in.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLE = "report_link_facts"
COLUMNS = "building, received_day, appeal_id, okrug, channel, department_id, repeated"
INDEXES = {
    # Look-ups by appeal (the triggers).
    "ix_report_link_facts_appeal_id": ["appeal_id"],
    # Appeals and repeats by okrug: each appeal once per okrug, read in index order.
    "ix_report_link_facts_okrug_appeal": [
        "okrug",
        "appeal_id",
        "received_day",
        "repeated",
        "channel",
        "department_id",
    ],
    # Buildings by okrug.
    "ix_report_link_facts_okrug_building": ["okrug", "building", "received_day", "channel", "department_id"],
}

_BUILDING = "CASE WHEN p.building_key <> '' THEN p.building_key ELSE p.address END"
_REPEATED = (
    "CASE WHEN EXISTS (SELECT 1 FROM appeal_repeats r WHERE r.appeal_id = f.appeal_id) THEN 1 ELSE 0 END"
)


def _fill(appeals: str) -> str:
    """Insert the rows of the appeals whose ids `appeals` selects (`= x`, `IN (…)`, or '' for all)."""
    return (
        f"INSERT INTO {TABLE} ({COLUMNS}) "
        f"SELECT {_BUILDING}, f.received_day, f.appeal_id, max(p.okrug), f.channel, f.department_id, "
        f"{_REPEATED} "
        "FROM appeal_properties ap JOIN properties p ON p.id = ap.property_id "
        "JOIN report_appeal_facts f ON f.appeal_id = ap.appeal_id "
        f"{'WHERE ap.appeal_id ' + appeals if appeals else ''} "
        f"GROUP BY {_BUILDING}, f.received_day, f.appeal_id, f.channel, f.department_id"
    )


def _refresh(appeals: str) -> str:
    """The rows of the appeals whose ids `appeals` selects (`= x`, `IN (…)`), recomputed."""
    return f"DELETE FROM {TABLE} WHERE appeal_id {appeals}; {_fill(appeals)};"


_PROPERTY_CHANGED = (
    "OLD.building_key IS NOT NEW.building_key OR OLD.address IS NOT NEW.address OR OLD.okrug IS NOT NEW.okrug"
)
_FACT_CHANGED = (
    "OLD.received_day IS NOT NEW.received_day OR OLD.channel IS NOT NEW.channel "
    "OR OLD.department_id IS NOT NEW.department_id"
)

SQLITE_TRIGGERS = {
    "report_links_link_insert": (
        f"AFTER INSERT ON appeal_properties BEGIN {_refresh('= NEW.appeal_id')} END"
    ),
    "report_links_link_delete": (
        f"AFTER DELETE ON appeal_properties BEGIN {_refresh('= OLD.appeal_id')} END"
    ),
    "report_links_link_update": (
        "AFTER UPDATE OF appeal_id, property_id ON appeal_properties BEGIN "
        f"{_refresh('IN (OLD.appeal_id, NEW.appeal_id)')} END"
    ),
    "report_links_property_update": (
        f"AFTER UPDATE OF building_key, address, okrug ON properties WHEN {_PROPERTY_CHANGED} BEGIN "
        f"{_refresh('IN (SELECT l.appeal_id FROM appeal_properties l WHERE l.property_id = NEW.id)')}"
        " END"
    ),
    "report_links_fact_update": (
        f"AFTER UPDATE OF received_day, channel, department_id ON report_appeal_facts WHEN {_FACT_CHANGED} "
        f"BEGIN UPDATE {TABLE} SET received_day = NEW.received_day, channel = NEW.channel, "
        "department_id = NEW.department_id WHERE appeal_id = OLD.appeal_id; END"
    ),
    "report_links_repeat_insert": (
        f"AFTER INSERT ON appeal_repeats BEGIN UPDATE {TABLE} SET repeated = 1 "
        "WHERE appeal_id = NEW.appeal_id; END"
    ),
    "report_links_repeat_delete": (
        f"AFTER DELETE ON appeal_repeats BEGIN UPDATE {TABLE} SET repeated = "
        "EXISTS (SELECT 1 FROM appeal_repeats r WHERE r.appeal_id = OLD.appeal_id) "
        "WHERE appeal_id = OLD.appeal_id; END"
    ),
}

_PG_CHANGED_PROPERTIES = (
    "SELECT ap.appeal_id FROM appeal_properties ap JOIN new_rows n ON n.id = ap.property_id "
    "JOIN old_rows o ON o.id = n.id "
    "WHERE (n.building_key, n.address, n.okrug) IS DISTINCT FROM (o.building_key, o.address, o.okrug)"
)


def _pg_repeats(rows: str) -> str:
    return (
        f"UPDATE {TABLE} l SET repeated = CASE WHEN EXISTS "
        "(SELECT 1 FROM appeal_repeats r WHERE r.appeal_id = l.appeal_id) THEN 1 ELSE 0 END "
        f"WHERE l.appeal_id IN (SELECT appeal_id FROM {rows});"
    )


def _pg_serialised(appeals: str, body: str, properties: str = "") -> str:
    """The body after locking the appeals' fact rows (and, for new links, their properties' rows):
    concurrent maintenance of one appeal's link facts (two links at once, a link and a change of the
    appeal's day, repeat mark or property) waits for the other transaction and then reads what it
    committed, instead of updating rows it cannot see or inserting a duplicate. An UPDATE of
    report_appeal_facts or of a property takes the conflicting row lock; properties come first,
    as in the property trigger (its UPDATE has the property, then it locks the facts)."""
    shared = (
        f"PERFORM 1 FROM properties WHERE id IN ({properties}) ORDER BY id FOR SHARE; " if properties else ""
    )
    return (
        f"{shared}PERFORM 1 FROM report_appeal_facts WHERE appeal_id IN "
        f"({appeals}) ORDER BY appeal_id FOR NO KEY UPDATE; {body}"
    )


# name: (table, event, transition tables, body)
PG_TRIGGERS = {
    "report_links_links_inserted": (
        "appeal_properties",
        "INSERT",
        "NEW TABLE AS new_rows",
        _pg_serialised(
            "SELECT appeal_id FROM new_rows",
            _refresh("IN (SELECT appeal_id FROM new_rows)"),
            properties="SELECT property_id FROM new_rows",
        ),
    ),
    "report_links_links_deleted": (
        "appeal_properties",
        "DELETE",
        "OLD TABLE AS old_rows",
        _pg_serialised("SELECT appeal_id FROM old_rows", _refresh("IN (SELECT appeal_id FROM old_rows)")),
    ),
    "report_links_links_updated": (
        "appeal_properties",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _pg_serialised(
            "SELECT appeal_id FROM old_rows UNION SELECT appeal_id FROM new_rows",
            _refresh("IN (SELECT appeal_id FROM old_rows UNION SELECT appeal_id FROM new_rows)"),
            properties="SELECT property_id FROM new_rows",
        ),
    ),
    "report_links_properties_updated": (
        "properties",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _pg_serialised(_PG_CHANGED_PROPERTIES, _refresh(f"IN ({_PG_CHANGED_PROPERTIES})")),
    ),
    "report_links_facts_updated": (
        "report_appeal_facts",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"UPDATE {TABLE} l SET received_day = n.received_day, channel = n.channel, "
        "department_id = n.department_id "
        "FROM new_rows n JOIN old_rows o ON o.appeal_id = n.appeal_id WHERE l.appeal_id = n.appeal_id "
        "AND (n.received_day, n.channel, n.department_id) IS DISTINCT FROM "
        "(o.received_day, o.channel, o.department_id);",
    ),
    "report_links_repeats_inserted": (
        "appeal_repeats",
        "INSERT",
        "NEW TABLE AS new_rows",
        _pg_serialised("SELECT appeal_id FROM new_rows", _pg_repeats("new_rows")),
    ),
    "report_links_repeats_deleted": (
        "appeal_repeats",
        "DELETE",
        "OLD TABLE AS old_rows",
        _pg_serialised("SELECT appeal_id FROM old_rows", _pg_repeats("old_rows")),
    ),
}


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("building", sa.String(length=1000), nullable=False),
        sa.Column("received_day", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("appeal_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("okrug", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("repeated", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("building", "received_day", "appeal_id", name=op.f("pk_report_link_facts")),
        sqlite_with_rowid=False,
    )
    op.execute(_fill(""))
    for name, columns in INDEXES.items():
        op.create_index(name, TABLE, columns)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    for name, (table, event, transitions, body) in PG_TRIGGERS.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transitions} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (table, *_) in PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for name in INDEXES:
        op.drop_index(name, table_name=TABLE)
    op.drop_table(TABLE)
