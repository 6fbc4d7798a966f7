"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applicants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "person",
                "organisation",
                name="applicant_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("surname", sa.String(length=300), nullable=False),
        sa.Column("first_name", sa.String(length=300), nullable=False),
        sa.Column("patronymic", sa.String(length=300), nullable=False),
        sa.Column("organisation_name", sa.String(length=300), nullable=False),
        sa.Column("postal_address", sa.String(length=1000), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("name_key", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicants")),
    )
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.create_index("ix_applicants_email", ["email"], unique=False)
        batch_op.create_index("ix_applicants_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_applicants_phone", ["phone"], unique=False)

    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )
    op.create_table(
        "reg_counters",
        sa.Column("series", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.CheckConstraint("last_value >= 0", name=op.f("ck_reg_counters_last_value_not_negative")),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_reg_counters")),
    )
    op.create_table(
        "topics",
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parent_code", sa.String(length=24), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("classifier_version", sa.String(length=64), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_topics")),
    )
    with op.batch_alter_table("topics", schema=None) as batch_op:
        batch_op.create_index("ix_topics_parent_code", ["parent_code"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "clerk",
                "executor",
                "manager",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_index("uq_users_login_lower", "users", [sa.text("lower(login)")], unique=True)
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reg_number", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "city_portal",
                "virtual_reception",
                "video_consultation",
                "chat",
                "chat_bot",
                "phone",
                "email",
                "post",
                "in_person",
                "federal_portal",
                "forwarded",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "proposal",
                "statement",
                "complaint",
                "request",
                name="appeal_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("is_collective", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "assigned",
                "in_progress",
                "answer_prepared",
                "returned_for_rework",
                "answered",
                "closed",
                "forwarded",
                "left_without_answer",
                "withdrawn",
                name="appeal_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "identification",
            sa.Enum(
                "portal_account",
                "signed_paper",
                "identity_document",
                "none",
                name="identification",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("is_anonymous", sa.Boolean(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["applicants.id"], name=op.f("fk_appeals_applicant_id_applicants")
        ),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name=op.f("fk_appeals_assignee_id_users")),
        sa.ForeignKeyConstraint(
            ["registered_by_id"], ["users.id"], name=op.f("fk_appeals_registered_by_id_users")
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_appeals_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeals")),
        sa.UniqueConstraint("reg_number", name=op.f("uq_appeals_reg_number")),
    )
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.create_index("ix_appeals_applicant_id", ["applicant_id"], unique=False)
        batch_op.create_index("ix_appeals_assignee_id", ["assignee_id"], unique=False)
        batch_op.create_index("ix_appeals_received_at_id", ["received_at", "id"], unique=False)
        batch_op.create_index("ix_appeals_status_due_date", ["status", "due_date"], unique=False)

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id", "id"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic_code", sa.String(length=24), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "in_work",
                "extended",
                "explained",
                "supported",
                "supported_measures_taken",
                "not_supported",
                "forwarded",
                "answered",
                "left_without_answer",
                name="outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["appeal_id"],
            ["appeals.id"],
            name=op.f("fk_questions_appeal_id_appeals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["topic_code"], ["topics.code"], name=op.f("fk_questions_topic_code_topics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
        sa.UniqueConstraint("appeal_id", "position", name="uq_questions_appeal_position"),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index("ix_questions_topic_code", ["topic_code"], unique=False)

    _create_guard_triggers()


# Audit events are append-only and a registered appeal is never erased (it is ended by workflow):
# the database itself refuses, whatever client writes to it.
_GUARDS = {
    "audit_events_append_only_update": ("audit_events", "UPDATE", "audit events are append-only"),
    "audit_events_append_only_delete": ("audit_events", "DELETE", "audit events are append-only"),
    "appeals_never_deleted": ("appeals", "DELETE", "registered appeals are never deleted"),
}


def _create_guard_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for name, (table, action, message) in _GUARDS.items():
        if dialect == "sqlite":
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
        else:
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN RAISE EXCEPTION '{message}'; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {action} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
            )


def _drop_guard_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for name, (table, _action, _message) in _GUARDS.items():
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def downgrade() -> None:
    _drop_guard_triggers()
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index("ix_questions_topic_code")

    op.drop_table("questions")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.drop_index("ix_appeals_status_due_date")
        batch_op.drop_index("ix_appeals_received_at_id")
        batch_op.drop_index("ix_appeals_assignee_id")
        batch_op.drop_index("ix_appeals_applicant_id")

    op.drop_table("appeals")
    op.drop_index("uq_users_login_lower", table_name="users")
    op.drop_table("users")
    with op.batch_alter_table("topics", schema=None) as batch_op:
        batch_op.drop_index("ix_topics_parent_code")

    op.drop_table("topics")
    op.drop_table("reg_counters")
    op.drop_table("office_settings")
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.drop_index("ix_applicants_phone")
        batch_op.drop_index("ix_applicants_name_key")
        batch_op.drop_index("ix_applicants_email")

    op.drop_table("applicants")
