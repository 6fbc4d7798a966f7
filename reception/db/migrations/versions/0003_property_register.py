"""property register: properties, their right holders, links from appeals

On PostgreSQL a pg_trgm GIN index serves address searches (`search_key LIKE '% word%'`); it lives
here only, not in the models, because alembic cannot compare operator-class GIN indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "properties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "cadastral_number",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "land_plot",
                "building",
                "structure",
                "premises",
                "parking_place",
                "unfinished_construction",
                "unified_complex",
                "enterprise",
                name="property_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "purpose",
            sa.Enum(
                "residential",
                "non_residential",
                name="property_purpose",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("search_key", sa.String(length=1000), nullable=False),
        sa.Column("building_key", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("okrug", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("house", sa.String(length=50), nullable=False),
        sa.Column("korpus", sa.String(length=20), nullable=False),
        sa.Column("stroenie", sa.String(length=20), nullable=False),
        sa.Column("vladenie", sa.String(length=50), nullable=False),
        sa.Column("apartment", sa.String(length=50), nullable=False),
        sa.Column("unom", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("area", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("cadastral_value", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column(
            "ownership",
            sa.Enum(
                "city",
                "federal",
                "private",
                "mixed",
                name="ownership",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("area IS NULL OR area >= 0", name=op.f("ck_properties_area_not_negative")),
        sa.CheckConstraint(
            "cadastral_value IS NULL OR cadastral_value >= 0", name=op.f("ck_properties_value_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["properties.id"],
            name=op.f("fk_properties_parent_id_properties"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_properties")),
    )
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.create_index("ix_properties_building_key", ["building_key"], unique=False)
        batch_op.create_index("ix_properties_parent_id", ["parent_id"], unique=False)
        batch_op.create_index("ix_properties_unom", ["unom"], unique=False)
        batch_op.create_index("uq_properties_cadastral_number", ["cadastral_number"], unique=True)

    op.create_table(
        "property_right_holders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_property_right_holders_applicant_id_applicants"),
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["properties.id"],
            name=op.f("fk_property_right_holders_property_id_properties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_right_holders")),
        sa.UniqueConstraint(
            "property_id", "applicant_id", name="uq_property_right_holders_property_applicant"
        ),
    )
    with op.batch_alter_table("property_right_holders", schema=None) as batch_op:
        batch_op.create_index("ix_property_right_holders_applicant_id", ["applicant_id"], unique=False)

    op.create_table(
        "appeal_properties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("property_id", sa.Integer(), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cadastral_number_snapshot", sa.String(length=40), nullable=False),
        sa.Column("address_snapshot", sa.String(length=1000), nullable=False),
        sa.Column("right_holders_snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"], ["appeals.id"], name=op.f("fk_appeal_properties_appeal_id_appeals")
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"], ["users.id"], name=op.f("fk_appeal_properties_linked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["property_id"], ["properties.id"], name=op.f("fk_appeal_properties_property_id_properties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeal_properties")),
        sa.UniqueConstraint("appeal_id", "property_id", name="uq_appeal_properties_appeal_property"),
    )
    with op.batch_alter_table("appeal_properties", schema=None) as batch_op:
        batch_op.create_index("ix_appeal_properties_property_id", ["property_id", "appeal_id"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        # pg_trgm ships with PostgreSQL (contrib); creating it needs the owner's rights once.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_properties_search_key_trgm ON properties USING gin (search_key gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_properties_search_key_trgm")
    with op.batch_alter_table("appeal_properties", schema=None) as batch_op:
        batch_op.drop_index("ix_appeal_properties_property_id")

    op.drop_table("appeal_properties")
    with op.batch_alter_table("property_right_holders", schema=None) as batch_op:
        batch_op.drop_index("ix_property_right_holders_applicant_id")

    op.drop_table("property_right_holders")
    with op.batch_alter_table("properties", schema=None) as batch_op:
        batch_op.drop_index("uq_properties_cadastral_number")
        batch_op.drop_index("ix_properties_unom")
        batch_op.drop_index("ix_properties_parent_id")
        batch_op.drop_index("ix_properties_building_key")

    op.drop_table("properties")
