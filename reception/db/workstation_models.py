"""Tables for many workstations on one database: presence and the head of the audit chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import utcnow

GENESIS_HASH = "0" * 64


class Presence(Base):
    """Who has which appeal open, refreshed by a heartbeat; stale rows mean nobody."""

    __tablename__ = "presence"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(100), default="")
    editing: Mapped[bool] = mapped_column(Boolean, default=False)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_presence_appeal_seen", "appeal_id", "seen_at"),)


class AuditChainHead(Base):
    """One row: the hash of the last audit event. Locking it orders the chain across workstations."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
