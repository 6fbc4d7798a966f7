"""The property register: records, their right holders, and their links to appeals.

Imported at the bottom of reception.db.models so that Base.metadata always holds these tables.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import enum_column, utcnow
from reception.domain.properties import Ownership, PropertyKind, PropertyPurpose


class Property(Base):
    """One object of the register; `cadastral_number` is NULL for an object not yet registered."""

    __tablename__ = "properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Binary ("C") order on PostgreSQL, as SQLite has it: `>= '77:01:' AND < '77:01;'` is then a prefix
    # range served by the unique index on both backends, whatever the database's collation.
    cadastral_number: Mapped[str | None] = mapped_column(
        String(40).with_variant(String(40, collation="C"), "postgresql")
    )
    kind: Mapped[PropertyKind] = mapped_column(enum_column(PropertyKind, "property_kind"))
    purpose: Mapped[PropertyPurpose | None] = mapped_column(enum_column(PropertyPurpose, "property_purpose"))
    name: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(String(1000), default="")
    # reception.domain.properties.address_key(address): what address searches scan.
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    # AddressParts.building_key(): equal for every spelling of one building; suggestions join on it.
    building_key: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    okrug: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    house: Mapped[str] = mapped_column(String(50), default="")
    korpus: Mapped[str] = mapped_column(String(20), default="")
    stroenie: Mapped[str] = mapped_column(String(20), default="")
    vladenie: Mapped[str] = mapped_column(String(50), default="")
    apartment: Mapped[str] = mapped_column(String(50), default="")
    unom: Mapped[int | None] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id", ondelete="SET NULL"))
    area: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    cadastral_value: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    ownership: Mapped[Ownership | None] = mapped_column(enum_column(Ownership, "ownership"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # Unique with NULLs allowed (unregistered objects); serves equality and prefix ranges.
        Index("uq_properties_cadastral_number", "cadastral_number", unique=True),
        Index("ix_properties_building_key", "building_key"),
        Index("ix_properties_unom", "unom"),
        Index("ix_properties_parent_id", "parent_id"),
        CheckConstraint("area IS NULL OR area >= 0", name="area_not_negative"),
        CheckConstraint("cadastral_value IS NULL OR cadastral_value >= 0", name="value_not_negative"),
        # Only on PostgreSQL, created by migration 0002 outside the models (alembic cannot compare it):
        # ix_properties_search_key_trgm, a pg_trgm GIN index serving `search_key LIKE '% word%'`.
    )


class RightHolder(Base):
    """A right holder of a property: an applicant (a citizen or an organisation) with a share."""

    __tablename__ = "property_right_holders"

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id", ondelete="CASCADE"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    share: Mapped[str] = mapped_column(String(32), default="")

    __table_args__ = (
        UniqueConstraint("property_id", "applicant_id", name="uq_property_right_holders_property_applicant"),
        Index("ix_property_right_holders_applicant_id", "applicant_id"),
    )


class HolderNameWord(Base):
    """One word of a right holder's `name_key` (reception.domain.text.name_words), kept by the
    triggers of migration 0013 for the applicants that hold property, and for no one else: right
    holders are found by any word of their name, each typed word a prefix range on `word`, checked
    for the same applicant in the primary key."""

    __tablename__ = "holder_name_words"

    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # Binary ("C") order on PostgreSQL, as SQLite has it: a prefix range whatever the collation.
    word: Mapped[str] = mapped_column(
        String(1000).with_variant(String(1000, collation="C"), "postgresql"), primary_key=True
    )

    __table_args__ = (
        Index("ix_holder_name_words_word", "word", "applicant_id"),
        {"sqlite_with_rowid": False},
    )


class AppealProperty(Base):
    """An appeal is about a property; the snapshot keeps what the record said when it was linked."""

    __tablename__ = "appeal_properties"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"))
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
    cadastral_number_snapshot: Mapped[str] = mapped_column(String(40), default="")
    address_snapshot: Mapped[str] = mapped_column(String(1000), default="")
    # [{"name": …, "share": …}, …] as the register listed the right holders at linking.
    right_holders_snapshot: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    __table_args__ = (
        UniqueConstraint("appeal_id", "property_id", name="uq_appeal_properties_appeal_property"),
        # The property card's history and the register's filter by property.
        Index("ix_appeal_properties_property_id", "property_id", "appeal_id"),
    )
