"""Letters to applicants: templates, letters (an approved one frozen with its PDF), the print log.

Imported at the bottom of reception.db.models so that Base.metadata always holds these tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reception.db.models import Base
from reception.db.types import enum_column, utcnow
from reception.domain.letters import LetterKind, LetterStatus, PrintChannel


class LetterTemplate(Base):
    """A letter template: Jinja2 source of the body (markup) and of the title, managed by the admin."""

    __tablename__ = "letter_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Letter(Base):
    """A letter about an appeal. Once approved (pdf_sha256 set) a database trigger refuses any change."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("letter_templates.id"))
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    status: Mapped[LetterStatus] = mapped_column(enum_column(LetterStatus, "letter_status"))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    addressee: Mapped[str] = mapped_column(Text, default="")
    hand_delivery: Mapped[bool] = mapped_column(Boolean, default=False)
    signatory_position: Mapped[str] = mapped_column(String(300), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_login: Mapped[str] = mapped_column(String(64), default="")
    executor_name: Mapped[str] = mapped_column(String(200), default="")
    executor_phone: Mapped[str] = mapped_column(String(64), default="")
    return_comment: Mapped[str] = mapped_column(Text, default="")
    out_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    out_date: Mapped[date | None] = mapped_column(Date)
    # What was printed, as reception.documents.letter_pdf.LetterData, plus the applicant's personal data
    # as it stood: a redacted copy of an approved letter is rebuilt from it, never from today's records.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_letters_appeal_id", "appeal_id", "id"),
        # The outgoing register: newest first, keyset-paged.
        Index("ix_letters_out_date_id", "out_date", "id"),
    )


class LetterPrint(Base):
    """Every print and export of a letter: who, when, which copy (draft or approved), redacted or not."""

    __tablename__ = "letter_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[PrintChannel] = mapped_column(enum_column(PrintChannel, "print_channel"))
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The letter's state when it was printed: "approved" copies carry the stored PDF's SHA-256.
    copy_status: Mapped[LetterStatus] = mapped_column(enum_column(LetterStatus, "letter_status"))
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    destination: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_letter_prints_letter_id", "letter_id", "id"),)
