"""reports: narrow tables of reported facts, kept by triggers on appeals and questions

Reports over a million appeals scan these few integer and code columns instead of the wide appeal
rows. Triggers keep them in step with every writer: row triggers on SQLite, statement triggers with
transition tables on PostgreSQL (a COPY of a demo batch costs one set-based INSERT, not a call per
row). Existing rows are copied in on upgrade.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPEAL_COLUMNS = (
    "received_day, appeal_id, received_month, registered_day, channel, kind, status, "
    "department_id, assignee_id, due_day, answered_day, answer_days"
)
# SQLite aggregates by sorting; these let each report's GROUP BY read an index in order instead.
APPEAL_INDEXES = {
    "ix_report_appeal_facts_channel_kind": ["channel", "kind", "received_day", "department_id"],
    "ix_report_appeal_facts_executor": [
        "assignee_id",
        "department_id",
        "received_day",
        "status",
        "due_day",
        "answered_day",
        "channel",
    ],
    "ix_report_appeal_facts_answer_days": [
        "assignee_id",
        "department_id",
        "answer_days",
        "received_day",
        "channel",
    ],
}
QUESTION_COLUMNS = "received_day, question_id, appeal_id, channel, department_id, topic_code, outcome"


# Day numbers as reception.db.sqlfunc spells them (office_day, office_month, date_day).
def _sqlite_day(column: str) -> str:
    return f"(CAST(julianday({column}) + 0.625 AS INTEGER) - 2440588)"


def _sqlite_month(column: str) -> str:
    return (
        f"(CAST(strftime('%Y', {column}, '+3 hours') AS INTEGER) * 12"
        f" + CAST(strftime('%m', {column}, '+3 hours') AS INTEGER) - 1)"
    )


def _sqlite_date(column: str) -> str:
    return f"(CAST(julianday({column}) + 0.5 AS INTEGER) - 2440588)"


def _pg_day(column: str) -> str:
    return f"(({column} AT TIME ZONE 'Europe/Moscow')::date - DATE '1970-01-01')"


def _pg_month(column: str) -> str:
    local = f"({column} AT TIME ZONE 'Europe/Moscow')"
    return f"(CAST(EXTRACT(YEAR FROM {local}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM {local}) AS INTEGER) - 1)"


def _pg_date(column: str) -> str:
    return f"({column} - DATE '1970-01-01')"


def _appeal_values(row: str, day, month, date_day) -> str:  # type: ignore[no-untyped-def]
    return (
        f"{day(row + '.received_at')}, {row}.id, {month(row + '.received_at')}, "
        f"{day(row + '.registered_at')}, {row}.channel, {row}.kind, {row}.status, {row}.department_id, "
        f"{row}.assignee_id, {date_day(row + '.due_date')}, {day(row + '.answered_at')}, "
        f"{day(row + '.answered_at')} - {day(row + '.registered_at')}"
    )


def _appeal_assignments(row: str, day, month, date_day) -> str:  # type: ignore[no-untyped-def]
    return (
        f"received_day = {day(row + '.received_at')}, received_month = {month(row + '.received_at')}, "
        f"registered_day = {day(row + '.registered_at')}, channel = {row}.channel, kind = {row}.kind, "
        f"status = {row}.status, department_id = {row}.department_id, assignee_id = {row}.assignee_id, "
        f"due_day = {date_day(row + '.due_date')}, answered_day = {day(row + '.answered_at')}, "
        f"answer_days = {day(row + '.answered_at')} - {day(row + '.registered_at')}"
    )


SQLITE_TRIGGERS = {
    "report_facts_appeal_insert": (
        "AFTER INSERT ON appeals BEGIN "
        f"INSERT INTO report_appeal_facts ({APPEAL_COLUMNS}) "
        f"VALUES ({_appeal_values('NEW', _sqlite_day, _sqlite_month, _sqlite_date)}); END"
    ),
    "report_facts_appeal_update": (
        "AFTER UPDATE OF received_at, registered_at, channel, kind, status, department_id, assignee_id, "
        "due_date, answered_at ON appeals BEGIN "
        f"UPDATE report_appeal_facts SET {_appeal_assignments('NEW', _sqlite_day, _sqlite_month, _sqlite_date)} "
        "WHERE appeal_id = OLD.id; END"
    ),
    "report_facts_appeal_moved": (
        "AFTER UPDATE OF received_at, channel, department_id ON appeals BEGIN "
        f"UPDATE report_question_facts SET received_day = {_sqlite_day('NEW.received_at')}, "
        "channel = NEW.channel, department_id = NEW.department_id WHERE appeal_id = OLD.id; END"
    ),
    "report_facts_appeal_delete": (
        "AFTER DELETE ON appeals BEGIN "
        "DELETE FROM report_appeal_facts WHERE appeal_id = OLD.id; "
        "DELETE FROM report_question_facts WHERE appeal_id = OLD.id; END"
    ),
    "report_facts_question_insert": (
        "AFTER INSERT ON questions BEGIN "
        f"INSERT INTO report_question_facts ({QUESTION_COLUMNS}) "
        "SELECT f.received_day, NEW.id, NEW.appeal_id, f.channel, f.department_id, NEW.topic_code, "
        "NEW.outcome FROM report_appeal_facts f WHERE f.appeal_id = NEW.appeal_id; END"
    ),
    "report_facts_question_update": (
        "AFTER UPDATE OF topic_code, outcome ON questions BEGIN "
        "UPDATE report_question_facts SET topic_code = NEW.topic_code, outcome = NEW.outcome "
        "WHERE question_id = OLD.id AND received_day = "
        "(SELECT received_day FROM report_appeal_facts WHERE appeal_id = OLD.appeal_id); END"
    ),
    "report_facts_question_delete": (
        "AFTER DELETE ON questions BEGIN "
        "DELETE FROM report_question_facts WHERE question_id = OLD.id AND received_day = "
        "(SELECT received_day FROM report_appeal_facts WHERE appeal_id = OLD.appeal_id); END"
    ),
}

# name: (table, event, transition tables, body)
PG_TRIGGERS = {
    "report_facts_appeals_inserted": (
        "appeals",
        "INSERT",
        "NEW TABLE AS new_rows",
        f"INSERT INTO report_appeal_facts ({APPEAL_COLUMNS}) "
        f"SELECT {_appeal_values('n', _pg_day, _pg_month, _pg_date)} FROM new_rows n;",
    ),
    "report_facts_appeals_updated": (
        "appeals",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"UPDATE report_appeal_facts f SET {_appeal_assignments('n', _pg_day, _pg_month, _pg_date)} "
        "FROM new_rows n WHERE f.appeal_id = n.id; "
        f"UPDATE report_question_facts q SET received_day = {_pg_day('n.received_at')}, "
        "channel = n.channel, department_id = n.department_id "
        "FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE q.appeal_id = n.id "
        "AND (n.received_at, n.channel, n.department_id) IS DISTINCT FROM "
        "(o.received_at, o.channel, o.department_id);",
    ),
    "report_facts_appeals_deleted": (
        "appeals",
        "DELETE",
        "OLD TABLE AS old_rows",
        "DELETE FROM report_appeal_facts f USING old_rows o WHERE f.appeal_id = o.id; "
        "DELETE FROM report_question_facts q USING old_rows o WHERE q.appeal_id = o.id;",
    ),
    "report_facts_questions_inserted": (
        "questions",
        "INSERT",
        "NEW TABLE AS new_rows",
        f"INSERT INTO report_question_facts ({QUESTION_COLUMNS}) "
        "SELECT f.received_day, n.id, n.appeal_id, f.channel, f.department_id, n.topic_code, n.outcome "
        "FROM new_rows n JOIN report_appeal_facts f ON f.appeal_id = n.appeal_id;",
    ),
    "report_facts_questions_updated": (
        "questions",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "UPDATE report_question_facts q SET topic_code = n.topic_code, outcome = n.outcome "
        "FROM new_rows n JOIN report_appeal_facts f ON f.appeal_id = n.appeal_id "
        "WHERE q.received_day = f.received_day AND q.question_id = n.id;",
    ),
    "report_facts_questions_deleted": (
        "questions",
        "DELETE",
        "OLD TABLE AS old_rows",
        "DELETE FROM report_question_facts q USING old_rows o WHERE q.question_id = o.id "
        "AND q.appeal_id = o.appeal_id;",
    ),
}


def upgrade() -> None:
    op.create_table(
        "report_appeal_facts",
        sa.Column("received_day", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("appeal_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("received_month", sa.Integer(), nullable=False),
        sa.Column("registered_day", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_day", sa.Integer(), nullable=True),
        sa.Column("answered_day", sa.Integer(), nullable=True),
        sa.Column("answer_days", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("received_day", "appeal_id", name=op.f("pk_report_appeal_facts")),
        sqlite_with_rowid=False,
    )
    op.create_index("uq_report_appeal_facts_appeal_id", "report_appeal_facts", ["appeal_id"], unique=True)
    for name, columns in APPEAL_INDEXES.items():
        op.create_index(name, "report_appeal_facts", columns)
    op.create_table(
        "report_question_facts",
        sa.Column("received_day", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("question_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("topic_code", sa.String(length=24), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("received_day", "question_id", name=op.f("pk_report_question_facts")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_report_question_facts_appeal_topic", "report_question_facts", ["appeal_id", "topic_code"]
    )
    op.create_index(
        "ix_report_question_facts_topic",
        "report_question_facts",
        ["topic_code", "outcome", "received_day", "channel", "department_id"],
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    day, month, date_day = (
        (_sqlite_day, _sqlite_month, _sqlite_date) if sqlite else (_pg_day, _pg_month, _pg_date)
    )
    op.execute(
        f"INSERT INTO report_appeal_facts ({APPEAL_COLUMNS}) "
        f"SELECT {_appeal_values('a', day, month, date_day)} FROM appeals a"
    )
    op.execute(
        f"INSERT INTO report_question_facts ({QUESTION_COLUMNS}) "
        "SELECT f.received_day, q.id, q.appeal_id, f.channel, f.department_id, q.topic_code, q.outcome "
        "FROM questions q JOIN report_appeal_facts f ON f.appeal_id = q.appeal_id"
    )
    if sqlite:
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
    op.drop_index("ix_report_question_facts_topic", table_name="report_question_facts")
    op.drop_index("ix_report_question_facts_appeal_topic", table_name="report_question_facts")
    op.drop_table("report_question_facts")
    for name in APPEAL_INDEXES:
        op.drop_index(name, table_name="report_appeal_facts")
    op.drop_index("uq_report_appeal_facts_appeal_id", table_name="report_appeal_facts")
    op.drop_table("report_appeal_facts")
