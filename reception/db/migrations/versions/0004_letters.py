"""letters: templates, letters with their outgoing numbers and archived PDFs, the print log

An approved letter (pdf_sha256 set) is frozen by a trigger on both backends: UPDATE and DELETE of
its row are refused, whatever client writes. A correction is a new letter.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "answer",
                "interim",
                "extension",
                "forwarding",
                "refusal",
                "termination",
                name="letter_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_letter_templates_name")),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "answer",
                "interim",
                "extension",
                "forwarding",
                "refusal",
                "termination",
                name="letter_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "on_approval",
                "returned",
                "approved",
                name="letter_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("hand_delivery", sa.Boolean(), nullable=False),
        sa.Column("signatory_position", sa.String(length=300), nullable=False),
        sa.Column("signatory_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_login", sa.String(length=64), nullable=False),
        sa.Column("executor_name", sa.String(length=200), nullable=False),
        sa.Column("executor_phone", sa.String(length=64), nullable=False),
        sa.Column("return_comment", sa.Text(), nullable=False),
        sa.Column("out_number", sa.String(length=32), nullable=True),
        sa.Column("out_date", sa.Date(), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_letters_appeal_id_appeals")),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_letters_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_letters_created_by_id_users")),
        sa.ForeignKeyConstraint(
            ["template_id"], ["letter_templates.id"], name=op.f("fk_letters_template_id_letter_templates")
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_letters_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("out_number", name=op.f("uq_letters_out_number")),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.create_index("ix_letters_appeal_id", ["appeal_id", "id"], unique=False)
        batch_op.create_index("ix_letters_out_date_id", ["out_date", "id"], unique=False)

    op.create_table(
        "letter_prints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "printer", "file", "cli", name="print_channel", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.Column(
            "copy_status",
            sa.Enum(
                "draft",
                "on_approval",
                "returned",
                "approved",
                name="letter_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("destination", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letters.id"], name=op.f("fk_letter_prints_letter_id_letters")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_letter_prints_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_prints")),
    )
    with op.batch_alter_table("letter_prints", schema=None) as batch_op:
        batch_op.create_index("ix_letter_prints_letter_id", ["letter_id", "id"], unique=False)

    _create_guards()


_GUARD = "letters_approved_immutable"
_MESSAGE = "approved letters are immutable: write a new letter instead"


def _create_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {_GUARD}_{action.lower()} BEFORE {action} ON letters "
                f"WHEN OLD.pdf_sha256 IS NOT NULL BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
        return
    op.execute(
        f"CREATE FUNCTION {_GUARD}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN IF OLD.pdf_sha256 IS NOT NULL THEN RAISE EXCEPTION '{_MESSAGE}'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {_GUARD} BEFORE UPDATE OR DELETE ON letters FOR EACH ROW EXECUTE FUNCTION {_GUARD}()"
    )


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {_GUARD}_{action}")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {_GUARD} ON letters")
    op.execute(f"DROP FUNCTION IF EXISTS {_GUARD}()")


def downgrade() -> None:
    _drop_guards()
    with op.batch_alter_table("letter_prints", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_prints_letter_id")

    op.drop_table("letter_prints")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index("ix_letters_out_date_id")
        batch_op.drop_index("ix_letters_appeal_id")

    op.drop_table("letters")
    op.drop_table("letter_templates")
