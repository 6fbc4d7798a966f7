"""consultations: specialists' weekly schedules, absences, bookings (no double booking) and history

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from reception.db.types import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen here: the bookings that hold their slot. A second booking of a held slot fails on this
# partial unique index on both backends, whatever the Python code checked before.
SLOT_HOLDING_SQL = "status IN ('booked', 'held', 'no_show')"


def upgrade() -> None:
    op.create_table(
        "consultation_absences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_consultation_absences_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["users.id"], name=op.f("fk_consultation_absences_specialist_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_absences")),
    )
    op.create_index(
        "ix_consultation_absences_specialist",
        "consultation_absences",
        ["specialist_id", "first_day"],
        unique=False,
    )
    op.create_table(
        "consultation_schedules",
        sa.Column("specialist_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("breaks", sa.JSON(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "format",
            sa.Enum(
                "video",
                "in_person",
                "both",
                name="schedule_format",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("topic_codes", sa.JSON(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["users.id"], name=op.f("fk_consultation_schedules_specialist_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_consultation_schedules_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("specialist_id", name=op.f("pk_consultation_schedules")),
    )
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "format",
            sa.Enum(
                "video", "in_person", name="consultation_format", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "held",
                "no_show",
                "cancelled_by_citizen",
                "cancelled_by_office",
                "moved",
                name="consultation_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("topic_code", sa.String(length=24), nullable=True),
        sa.Column("property_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("meeting_link", sa.String(length=500), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("booked_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("oral_answer", sa.Text(), nullable=False),
        sa.Column(
            "answer_kind",
            sa.Enum(
                "explained",
                "oral_with_consent",
                "written_answer_needed",
                name="answer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("outcome_note", sa.String(length=1000), nullable=False),
        sa.Column("outcome_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome_by_id", sa.Integer(), nullable=True),
        sa.Column("appeal_id", sa.Integer(), nullable=True),
        sa.Column("moved_from_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"], ["appeals.id"], name=op.f("fk_consultations_appeal_id_appeals")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["applicants.id"], name=op.f("fk_consultations_applicant_id_applicants")
        ),
        sa.ForeignKeyConstraint(
            ["booked_by_id"], ["users.id"], name=op.f("fk_consultations_booked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["moved_from_id"], ["consultations.id"], name=op.f("fk_consultations_moved_from_id_consultations")
        ),
        sa.ForeignKeyConstraint(
            ["outcome_by_id"], ["users.id"], name=op.f("fk_consultations_outcome_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
            name=op.f("fk_consultations_property_id_properties"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["users.id"], name=op.f("fk_consultations_specialist_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["topic_code"], ["topics.code"], name=op.f("fk_consultations_topic_code_topics")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    op.create_index("ix_consultations_appeal", "consultations", ["appeal_id"], unique=False)
    op.create_index(
        "ix_consultations_applicant", "consultations", ["applicant_id", "starts_at"], unique=False
    )
    op.create_index("ix_consultations_moved_from", "consultations", ["moved_from_id"], unique=False)
    op.create_index("ix_consultations_starts_at", "consultations", ["starts_at"], unique=False)
    op.create_index(
        "uq_consultations_specialist_slot",
        "consultations",
        ["specialist_id", "starts_at"],
        unique=True,
        postgresql_where=sa.text(SLOT_HOLDING_SQL),
        sqlite_where=sa.text(SLOT_HOLDING_SQL),
    )
    op.create_table(
        "consultation_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("starts_at_before", UTCDateTime(timezone=True), nullable=True),
        sa.Column("starts_at_after", UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "status_after",
            sa.Enum(
                "booked",
                "held",
                "no_show",
                "cancelled_by_citizen",
                "cancelled_by_office",
                "moved",
                name="consultation_event_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_consultation_events_consultation_id_consultations"),
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_consultation_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_events")),
    )
    op.create_index(
        "ix_consultation_events_consultation", "consultation_events", ["consultation_id", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_consultation_events_consultation", table_name="consultation_events")
    op.drop_table("consultation_events")
    for name in (
        "uq_consultations_specialist_slot",
        "ix_consultations_starts_at",
        "ix_consultations_moved_from",
        "ix_consultations_applicant",
        "ix_consultations_appeal",
    ):
        op.drop_index(name, table_name="consultations")
    op.drop_table("consultations")
    op.drop_table("consultation_schedules")
    op.drop_index("ix_consultation_absences_specialist", table_name="consultation_absences")
    op.drop_table("consultation_absences")
