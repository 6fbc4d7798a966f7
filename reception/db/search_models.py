"""Saved register views: a user's named filter sets (search, filters and sort)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import utcnow


class SavedView(Base):
    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    # The folded name: one user cannot have two views whose names differ only in case or ё.
    name_key: Mapped[str] = mapped_column(String(100))
    # reception.services.register_query.filters_to_json
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("uq_saved_views_user_name", "user_id", "name_key", unique=True),)
