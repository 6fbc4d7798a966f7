"""The schema, SQLAlchemy 2 typed declarative. Every change here gets an Alembic revision."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from reception.db.types import UTCDateTime, enum_column, utcnow
from reception.domain.appeals import (
    AppealKind,
    AppealStatus,
    ApplicantKind,
    Channel,
    Identification,
    Outcome,
)
from reception.domain.permissions import Role
from reception.domain.workflow import LegalGround

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]

    __table_args__ = (
        Index("uq_users_login_lower", func.lower(login), unique=True),
        # The register sorted by executor walks users by name (migration 0009).
        Index("ix_users_full_name", "full_name"),
    )


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ApplicantKind] = mapped_column(enum_column(ApplicantKind, "applicant_kind"))
    surname: Mapped[str] = mapped_column(String(300), default="")
    first_name: Mapped[str] = mapped_column(String(300), default="")
    patronymic: Mapped[str] = mapped_column(String(300), default="")
    organisation_name: Mapped[str] = mapped_column(String(300), default="")
    postal_address: Mapped[str] = mapped_column(String(1000), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    # fold()ed "surname first patronymic" or organisation name: prefix look-ups at intake.
    name_key: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_applicants_name_key", "name_key"),
        Index("ix_applicants_phone", "phone"),
        Index("ix_applicants_email", "email"),
    )


class Topic(Base):
    """One entry of the thematic classifier; `classifier_version` names the edition it came from."""

    __tablename__ = "topics"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    parent_code: Mapped[str | None] = mapped_column(String(24))
    level: Mapped[int] = mapped_column(Integer)
    classifier_version: Mapped[str] = mapped_column(String(64))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_topics_parent_code", "parent_code"),)


class Appeal(Base):
    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(primary_key=True)
    reg_number: Mapped[str] = mapped_column(String(32), unique=True)
    received_at: Mapped[datetime]
    registered_at: Mapped[datetime]
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"))
    kind: Mapped[AppealKind] = mapped_column(enum_column(AppealKind, "appeal_kind"))
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[AppealStatus] = mapped_column(enum_column(AppealStatus, "appeal_status"))
    due_date: Mapped[date | None] = mapped_column(Date)
    identification: Mapped[Identification] = mapped_column(enum_column(Identification, "identification"))
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicants.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # A key the registering workstation generates: a retry after a lost connection finds the
    # appeal it already registered instead of registering it twice.
    intake_key: Mapped[str | None] = mapped_column(String(64))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    control_date: Mapped[date | None] = mapped_column(Date)
    closing_ground: Mapped[LegalGround | None] = mapped_column(enum_column(LegalGround, "legal_ground"))
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    applicant: Mapped[Applicant | None] = relationship(lazy="joined")
    questions: Mapped[list[Question]] = relationship(
        back_populates="appeal",
        order_by="Question.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The register's default order and its keyset paging.
        Index("ix_appeals_received_at_id", "received_at", "id"),
        Index("ix_appeals_applicant_id", "applicant_id"),
        Index("ix_appeals_status_due_date", "status", "due_date"),
        # "My appeals": an executor's register in the default order.
        Index("ix_appeals_assignee_received", "assignee_id", "received_at", "id"),
        Index("uq_appeals_intake_key", "intake_key", unique=True),
        # Register sorts and filters (migration 0009): each sort walks one of these in order.
        Index("ix_appeals_due_date_id", "due_date", "id"),
        Index("ix_appeals_status_received", "status", "received_at", "id"),
        Index("ix_appeals_channel_received", "channel", "received_at", "id"),
        Index("ix_appeals_department_received", "department_id", "received_at", "id"),
        Index("ix_appeals_summary_id", "summary", "id"),
    )


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    topic_code: Mapped[str] = mapped_column(ForeignKey("topics.code"))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, "outcome"))

    appeal: Mapped[Appeal] = relationship(back_populates="questions")

    __table_args__ = (
        UniqueConstraint("appeal_id", "position", name="uq_questions_appeal_position"),
        Index("ix_questions_topic_code", "topic_code"),
    )


class RegCounter(Base):
    """The last number issued in a series and year; its row lock makes numbers gap-free."""

    __tablename__ = "reg_counters"

    series: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("last_value >= 0", name="last_value_not_negative"),)


class OfficeSetting(Base):
    """Office-wide settings shared by every workstation (registration prefix, …)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only: database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Tamper evidence: each event's hash covers its content and the previous event's hash.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id", "id"),)


# Tables of other concepts live in their own modules; importing them here completes Base.metadata
# wherever the models are imported (migrations, tests, services).
from reception.db import consultation_models as _consultation_models  # noqa: E402, F401
from reception.db import intake_models as _intake_models  # noqa: E402, F401
from reception.db import letter_models as _letter_models  # noqa: E402, F401
from reception.db import property_models as _property_models  # noqa: E402, F401
from reception.db import report_models as _report_models  # noqa: E402, F401
from reception.db import search_models as _search_models  # noqa: E402, F401
from reception.db import workflow_models as _workflow_models  # noqa: E402, F401
from reception.db import workstation_models as _workstation_models  # noqa: E402, F401
