"""Narrow tables of the facts reports count, kept by database triggers (migration 0005).

A report over a million appeals reads a few small integer and code columns, not the wide appeal
rows with their texts. Triggers on `appeals` and `questions` keep these rows in step with every
write (services, the demo loader, direct SQL), so no service has to remember them. Days are day
numbers on the office's calendar (reception.db.sqlfunc.office_day); on SQLite the tables are
WITHOUT ROWID, clustered by the day an appeal was received, so a period is one contiguous range.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base


class AppealFact(Base):
    """One row per appeal."""

    __tablename__ = "report_appeal_facts"

    received_day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    appeal_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # year * 12 + month - 1 of the office month of receipt.
    received_month: Mapped[int] = mapped_column(Integer)
    registered_day: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    department_id: Mapped[int | None] = mapped_column(Integer)
    assignee_id: Mapped[int | None] = mapped_column(Integer)
    due_day: Mapped[int | None] = mapped_column(Integer)
    answered_day: Mapped[int | None] = mapped_column(Integer)
    # Days from registration to answer: the deadline report's histogram groups by it.
    answer_days: Mapped[int | None] = mapped_column(Integer)

    # SQLite aggregates by sorting: each report's GROUP BY follows one of these indexes instead, read
    # in order (a skip-scan over the few leading values, then the period's range).
    __table_args__ = (
        Index("uq_report_appeal_facts_appeal_id", "appeal_id", unique=True),
        Index("ix_report_appeal_facts_channel_kind", "channel", "kind", "received_day", "department_id"),
        Index(
            "ix_report_appeal_facts_executor",
            "assignee_id",
            "department_id",
            "received_day",
            "status",
            "due_day",
            "answered_day",
            "channel",
        ),
        Index(
            "ix_report_appeal_facts_answer_days",
            "assignee_id",
            "department_id",
            "answer_days",
            "received_day",
            "channel",
        ),
        {"sqlite_with_rowid": False},
    )


class QuestionFact(Base):
    """One row per question, with the appeal's day, channel and department for the filters."""

    __tablename__ = "report_question_facts"

    received_day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    question_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    appeal_id: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(32))
    department_id: Mapped[int | None] = mapped_column(Integer)
    topic_code: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        # The section filter of appeal-level reports (EXISTS … topic_code LIKE '0005.%') and the
        # triggers' look-ups by appeal.
        Index("ix_report_question_facts_appeal_topic", "appeal_id", "topic_code"),
        # Questions by code and outcome, read in index order (see AppealFact).
        Index(
            "ix_report_question_facts_topic",
            "topic_code",
            "outcome",
            "received_day",
            "channel",
            "department_id",
        ),
        {"sqlite_with_rowid": False},
    )


class LinkFact(Base):
    """One row per appeal and building it is about (migration 0012), for the hot-spot report.

    `building` is the property's building key, or its address when the address was not parsed; an
    appeal linked to a flat and to its building counts once for that building.
    """

    __tablename__ = "report_link_facts"

    building: Mapped[str] = mapped_column(String(1000), primary_key=True)
    received_day: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    appeal_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # The largest okrug among the appeal's properties in the building (they normally agree).
    okrug: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(32))
    department_id: Mapped[int | None] = mapped_column(Integer)
    # 1 when the appeal is marked as a repeat of an earlier one.
    repeated: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_report_link_facts_appeal_id", "appeal_id"),
        Index(
            "ix_report_link_facts_okrug_appeal",
            "okrug",
            "appeal_id",
            "received_day",
            "repeated",
            "channel",
            "department_id",
        ),
        Index(
            "ix_report_link_facts_okrug_building",
            "okrug",
            "building",
            "received_day",
            "channel",
            "department_id",
        ),
        {"sqlite_with_rowid": False},
    )
