"""Data arriving from other systems and files: Open311 service requests and attachments.

Imported at the bottom of reception.db.models so that Base.metadata always holds these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import utcnow


class Open311ServiceMapping(Base):
    """A portal's service_code and the classifier topic its requests are registered under."""

    __tablename__ = "open311_service_mappings"

    service_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    topic_code: Mapped[str] = mapped_column(ForeignKey("topics.code"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Open311Request(Base):
    """The portal's side of an imported appeal: its request id (a re-import skips it) and the
    fields the portal sent that the appeal itself has no place for."""

    __tablename__ = "open311_requests"

    service_request_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"), unique=True)
    service_code: Mapped[str] = mapped_column(String(64))
    service_name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(1000), default="")
    address_id: Mapped[str] = mapped_column(String(100), default="")
    zipcode: Mapped[str] = mapped_column(String(20), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    long: Mapped[float | None] = mapped_column(Float)
    media_url: Mapped[str] = mapped_column(String(2000), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    """A file attached to an appeal or to a letter, kept in the database (the one source of truth)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id"))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("(appeal_id IS NULL) <> (letter_id IS NULL)", name="one_owner"),
        # The same file once per appeal (or letter): attaching it again finds the first copy.
        Index("uq_attachments_appeal_sha256", "appeal_id", "sha256", unique=True),
        Index("uq_attachments_letter_sha256", "letter_id", "sha256", unique=True),
    )
