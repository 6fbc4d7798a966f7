"""Consultations with specialists: weekly schedules, absences, bookings and their history (0010).

A slot is not stored: a booking stores its start. Double booking is made impossible by the database:
a partial unique index on (specialist_id, starts_at) over the bookings that hold their slot (booked,
held, no-show) — cancelled and moved bookings free it. The same index exists on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import enum_column, utcnow
from reception.domain.consultations import (
    SLOT_HOLDING,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    ScheduleFormat,
)

# The predicate of the partial unique index, the same text on both backends (and in migration 0010).
SLOT_HOLDING_SQL = "status IN ({})".format(", ".join(f"'{s.value}'" for s in SLOT_HOLDING))


class ConsultationSchedule(Base):
    """A specialist's weekly schedule; a row (active) is what makes a user a consultant."""

    __tablename__ = "consultation_schedules"

    specialist_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    # [{"weekday": 0, "start": "09:00", "end": "18:00"}, …]
    days: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # [{"start": "13:00", "end": "14:00"}, …]
    breaks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=20)
    format: Mapped[ScheduleFormat] = mapped_column(enum_column(ScheduleFormat, "schedule_format"))
    # Classifier subtrees the specialist consults on; [] = every topic.
    topic_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ConsultationAbsence(Base):
    """Whole days a specialist is away (leave, sick day): no slots then."""

    __tablename__ = "consultation_absences"

    id: Mapped[int] = mapped_column(primary_key=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_consultation_absences_specialist", "specialist_id", "first_day"),)


class Consultation(Base):
    """One booking of a slot, and once held, its outcome; `appeal_id` links the appeal registered from it."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    format: Mapped[ConsultationFormat] = mapped_column(enum_column(ConsultationFormat, "consultation_format"))
    status: Mapped[ConsultationStatus] = mapped_column(enum_column(ConsultationStatus, "consultation_status"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"))
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")
    meeting_link: Mapped[str] = mapped_column(String(500), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    booked_at: Mapped[datetime] = mapped_column(default=utcnow)
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Outcome
    questions: Mapped[list[str]] = mapped_column(JSON, default=list)
    oral_answer: Mapped[str] = mapped_column(Text, default="")
    answer_kind: Mapped[AnswerKind | None] = mapped_column(enum_column(AnswerKind, "answer_kind"))
    outcome_note: Mapped[str] = mapped_column(String(1000), default="")
    outcome_at: Mapped[datetime | None]
    outcome_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id"))
    # A rescheduled booking: the old row becomes MOVED and the new one points back to it.
    moved_from_id: Mapped[int | None] = mapped_column(ForeignKey("consultations.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "uq_consultations_specialist_slot",
            "specialist_id",
            "starts_at",
            unique=True,
            postgresql_where=text(SLOT_HOLDING_SQL),
            sqlite_where=text(SLOT_HOLDING_SQL),
        ),
        # The day view and the report's periods; free-slot search reads a specialist's range.
        Index("ix_consultations_starts_at", "starts_at"),
        Index("ix_consultations_applicant", "applicant_id", "starts_at"),
        Index("ix_consultations_appeal", "appeal_id"),
        Index("ix_consultations_moved_from", "moved_from_id"),
    )


class ConsultationEvent(Base):
    """A booking's history: who did what, when and why (booked, rescheduled, cancelled, outcome…)."""

    __tablename__ = "consultation_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(1000), default="")
    starts_at_before: Mapped[datetime | None]
    starts_at_after: Mapped[datetime | None]
    status_after: Mapped[ConsultationStatus] = mapped_column(
        enum_column(ConsultationStatus, "consultation_event_status")
    )

    __table_args__ = (Index("ix_consultation_events_consultation", "consultation_id", "id"),)
