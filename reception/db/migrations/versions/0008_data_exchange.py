"""data in and out: Open311 service-code mappings and imported request ids, attachments

New tables only: the appeals table is not altered, so its guard triggers stay as they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "open311_service_mappings",
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("topic_code", sa.String(length=24), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_code"], ["topics.code"], name=op.f("fk_open311_service_mappings_topic_code_topics")
        ),
        sa.PrimaryKeyConstraint("service_code", name=op.f("pk_open311_service_mappings")),
    )
    op.create_table(
        "open311_requests",
        sa.Column("service_request_id", sa.String(length=100), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("service_name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("address_id", sa.String(length=100), nullable=False),
        sa.Column("zipcode", sa.String(length=20), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("long", sa.Float(), nullable=True),
        sa.Column("media_url", sa.String(length=2000), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"], ["appeals.id"], name=op.f("fk_open311_requests_appeal_id_appeals")
        ),
        sa.PrimaryKeyConstraint("service_request_id", name=op.f("pk_open311_requests")),
        sa.UniqueConstraint("appeal_id", name=op.f("uq_open311_requests_appeal_id")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(appeal_id IS NULL) <> (letter_id IS NULL)", name=op.f("ck_attachments_one_owner")
        ),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name=op.f("fk_attachments_added_by_id_users")),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_attachments_appeal_id_appeals")),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], name=op.f("fk_attachments_letter_id_letters")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index("uq_attachments_appeal_sha256", "attachments", ["appeal_id", "sha256"], unique=True)
    op.create_index("uq_attachments_letter_sha256", "attachments", ["letter_id", "sha256"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_attachments_letter_sha256", table_name="attachments")
    op.drop_index("uq_attachments_appeal_sha256", table_name="attachments")
    op.drop_table("attachments")
    op.drop_table("open311_requests")
    op.drop_table("open311_service_mappings")
