"""case workflow

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_corrections",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_corrections")),
    )
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("name", name=op.f("uq_departments_name")),
    )
    op.create_table(
        "appeal_repeats",
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("earlier_appeal_id", sa.Integer(), nullable=False),
        sa.Column("marked_by_id", sa.Integer(), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("appeal_id <> earlier_appeal_id", name=op.f("ck_appeal_repeats_not_itself")),
        sa.ForeignKeyConstraint(
            ["appeal_id"], ["appeals.id"], name=op.f("fk_appeal_repeats_appeal_id_appeals")
        ),
        sa.ForeignKeyConstraint(
            ["earlier_appeal_id"], ["appeals.id"], name=op.f("fk_appeal_repeats_earlier_appeal_id_appeals")
        ),
        sa.ForeignKeyConstraint(
            ["marked_by_id"], ["users.id"], name=op.f("fk_appeal_repeats_marked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("appeal_id", "earlier_appeal_id", name=op.f("pk_appeal_repeats")),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("executor_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("control_date", sa.Date(), nullable=True),
        sa.Column("assigned_by_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_assignments_appeal_id_appeals")),
        sa.ForeignKeyConstraint(
            ["assigned_by_id"], ["users.id"], name=op.f("fk_assignments_assigned_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_assignments_department_id_departments")
        ),
        sa.ForeignKeyConstraint(["executor_id"], ["users.id"], name=op.f("fk_assignments_executor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_appeal_id", ["appeal_id", "id"], unique=False)

    op.create_table(
        "deadline_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("previous_due", sa.Date(), nullable=False),
        sa.Column("new_due", sa.Date(), nullable=False),
        sa.Column("extended_by_id", sa.Integer(), nullable=False),
        sa.Column("extended_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("days BETWEEN 1 AND 30", name=op.f("ck_deadline_extensions_days_up_to_30")),
        sa.ForeignKeyConstraint(
            ["appeal_id"], ["appeals.id"], name=op.f("fk_deadline_extensions_appeal_id_appeals")
        ),
        sa.ForeignKeyConstraint(
            ["extended_by_id"], ["users.id"], name=op.f("fk_deadline_extensions_extended_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_extensions")),
        sa.UniqueConstraint("appeal_id", name=op.f("uq_deadline_extensions_appeal_id")),
    )
    op.create_table(
        "forwardings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("to_body", sa.String(length=500), nullable=False),
        sa.Column("covering_letter_number", sa.String(length=64), nullable=False),
        sa.Column("covering_letter_date", sa.Date(), nullable=True),
        sa.Column("forwarded_by_id", sa.Integer(), nullable=False),
        sa.Column("forwarded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_forwardings_appeal_id_appeals")),
        sa.ForeignKeyConstraint(
            ["forwarded_by_id"], ["users.id"], name=op.f("fk_forwardings_forwarded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forwardings")),
    )
    with op.batch_alter_table("forwardings", schema=None) as batch_op:
        batch_op.create_index("ix_forwardings_appeal_id", ["appeal_id"], unique=False)

    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("control_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "closing_ground",
                sa.Enum(
                    "anonymous",
                    "obscene_or_threats",
                    "unreadable",
                    "repeated_terminated",
                    "court_decision",
                    name="legal_ground",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_index(batch_op.f("ix_appeals_assignee_id"))
        batch_op.create_index(
            "ix_appeals_assignee_received", ["assignee_id", "received_at", "id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_appeals_department_id_departments"), "departments", ["department_id"], ["id"]
        )
    _restore_sqlite_guard()


def downgrade() -> None:
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_appeals_department_id_departments"), type_="foreignkey")
        batch_op.drop_index("ix_appeals_assignee_received")
        batch_op.create_index(batch_op.f("ix_appeals_assignee_id"), ["assignee_id"], unique=False)
        batch_op.drop_column("closed_at")
        batch_op.drop_column("answered_at")
        batch_op.drop_constraint(batch_op.f("ck_appeals_legal_ground"), type_="check")
        batch_op.drop_column("closing_ground")
        batch_op.drop_column("control_date")
        batch_op.drop_column("department_id")
    _restore_sqlite_guard()

    with op.batch_alter_table("forwardings", schema=None) as batch_op:
        batch_op.drop_index("ix_forwardings_appeal_id")

    op.drop_table("forwardings")
    op.drop_table("deadline_extensions")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_assignments_appeal_id")

    op.drop_table("assignments")
    op.drop_table("appeal_repeats")
    op.drop_table("departments")
    op.drop_table("calendar_corrections")


def _restore_sqlite_guard() -> None:
    """SQLite rebuilt the appeals table in batch mode, dropping its trigger: put it back."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS appeals_never_deleted")
        op.execute(
            "CREATE TRIGGER appeals_never_deleted BEFORE DELETE ON appeals "
            "BEGIN SELECT RAISE(ABORT, 'registered appeals are never deleted'); END"
        )
