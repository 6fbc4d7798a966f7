"""Tables of the case workflow: departments, assignments, extensions, forwardings, repeats, calendar."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import utcnow


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Assignment(Base):
    """Who holds an appeal; reassignment ends the current row and opens a new one."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"))
    executor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")
    control_date: Mapped[date | None] = mapped_column(Date)
    assigned_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_assignments_appeal_id", "appeal_id", "id"),)


class DeadlineExtension(Base):
    """The one extension 59-FZ allows: unique per appeal, in the database itself."""

    __tablename__ = "deadline_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"), unique=True)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    previous_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    extended_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    extended_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (CheckConstraint("days BETWEEN 1 AND 30", name="days_up_to_30"),)


class Forwarding(Base):
    """Sent to the competent body, with the covering letter the federal report asks for."""

    __tablename__ = "forwardings"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"))
    to_body: Mapped[str] = mapped_column(String(500))
    covering_letter_number: Mapped[str] = mapped_column(String(64), default="")
    covering_letter_date: Mapped[date | None] = mapped_column(Date)
    forwarded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    forwarded_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_forwardings_appeal_id", "appeal_id"),)


class AppealRepeat(Base):
    """A repeated appeal and an earlier one on the same question from the same applicant."""

    __tablename__ = "appeal_repeats"

    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"), primary_key=True)
    earlier_appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"), primary_key=True)
    marked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    marked_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (CheckConstraint("appeal_id <> earlier_appeal_id", name="not_itself"),)


class CalendarCorrection(Base):
    """An office's correction of the production calendar: a decree the package does not know yet."""

    __tablename__ = "calendar_corrections"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(300), default="")
