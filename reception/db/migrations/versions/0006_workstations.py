"""Many workstations: presence, login lockout, registration retries, tamper-evident audit chain

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

from reception.db.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.create_table(
        "presence",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("appeal_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("editing", sa.Boolean(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["appeal_id"], ["appeals.id"], name=op.f("fk_presence_appeal_id_appeals")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_presence_user_id_users")),
        sa.PrimaryKeyConstraint("user_id", "appeal_id", name=op.f("pk_presence")),
    )
    op.create_index("ix_presence_appeal_seen", "presence", ["appeal_id", "seen_at"], unique=False)
    # Plain ADD COLUMN and CREATE INDEX: no batch rebuild, so the tables keep their guard triggers.
    op.add_column("appeals", sa.Column("intake_key", sa.String(length=64), nullable=True))
    op.create_index("uq_appeals_intake_key", "appeals", ["intake_key"], unique=True)
    op.add_column(
        "audit_events", sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column("audit_events", sa.Column("hash", sa.String(length=64), server_default="", nullable=False))
    op.add_column("users", sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False))
    op.add_column("users", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    _chain_existing_events()


def _event_hash(prev_hash: str, row: sa.Row[tuple[object, ...]]) -> str:
    """The same content and order as reception.services.audit_chain.event_hash, frozen here."""
    content = json.dumps(
        [prev_hash, row.at.isoformat(), row.user_id, row.entity, row.entity_id, row.action, row.changes],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _chain_existing_events() -> None:
    """Events written before the chain existed are chained now, in id order."""
    bind = op.get_bind()
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer),
        sa.column("at", UTCDateTime()),
        sa.column("user_id", sa.Integer),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("changes", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_events_append_only_update")
    else:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only_update")
    previous, last_id = GENESIS_HASH, 0
    for row in bind.execute(sa.select(events).order_by(events.c.id)).all():
        digest = _event_hash(previous, row)
        bind.execute(events.update().where(events.c.id == row.id).values(prev_hash=previous, hash=digest))
        previous, last_id = digest, row.id
    if sqlite:
        op.execute(
            "CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
        )
    else:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only_update")
    bind.execute(
        sa.table("audit_chain_head", sa.column("id"), sa.column("last_hash"), sa.column("last_event_id"))
        .insert()
        .values(id=1, last_hash=previous, last_event_id=last_id)
    )


def downgrade() -> None:
    op.drop_column("users", "locked_until")
    op.drop_column("users", "failed_logins")
    op.drop_column("audit_events", "hash")
    op.drop_column("audit_events", "prev_hash")
    op.drop_index("uq_appeals_intake_key", table_name="appeals")
    op.drop_column("appeals", "intake_key")
    op.drop_index("ix_presence_appeal_seen", table_name="presence")
    op.drop_table("presence")
    op.drop_table("audit_chain_head")
