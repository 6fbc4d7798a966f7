"""Consultations: schedules, free slots, booking, reschedule, cancel, outcomes, the day view.

The public API the booking dialog and the specialist's day view use (see
/work/notes/consultations_api.md). Every function takes the unit of work and the acting user and
returns frozen DTOs; errors are typed (ValidationError, PermissionDenied, NotFound, SlotTaken,
SecondBooking).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reception.db.uow import UnitOfWork
from reception.domain.appeals import AppealKind, AppealStatus, ApplicantDraft, Channel
from reception.domain.consultations import (
    Absence,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    WeeklySchedule,
)
from reception.domain.errors import ReceptionError
from reception.services.applicants import ApplicantView
from reception.services.users import UserView

MEETING_LINK_TEMPLATE = "consultation_link_template"
DEFAULT_FREE_SLOTS = 10


# --- DTOs -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecialistView:
    """A user with a consultation schedule."""

    id: int
    login: str
    full_name: str
    schedule: WeeklySchedule
    absences: tuple[Absence, ...] = ()
    is_active: bool = True


@dataclass(frozen=True)
class FreeSlot:
    specialist_id: int
    specialist_name: str
    starts_at: datetime  # aware, office time zone
    ends_at: datetime
    formats: tuple[ConsultationFormat, ...]  # the formats the specialist offers


@dataclass(frozen=True)
class BookingDraft:
    """What the booking dialog (or the CLI) collects.

    `applicant` as in the appeal editor: `id` set for a known applicant picked from
    `services.applicants.find_applicants`, else a new one is created from the fields.
    `meeting_link` empty → built from the office template for a video booking; a pasted link is
    validated. `contact` is where the invitation goes (e-mail or phone; defaults to the applicant's).
    `allow_second=True` books even when the citizen already has an active booking on the same topic.
    """

    specialist_id: int
    starts_at: datetime
    format: ConsultationFormat
    applicant: ApplicantDraft
    topic_code: str | None = None
    property_id: int | None = None
    description: str = ""
    meeting_link: str = ""
    contact: str = ""
    allow_second: bool = False


@dataclass(frozen=True)
class ConsultationView:
    id: int
    specialist_id: int
    specialist_name: str
    starts_at: datetime  # aware, office time zone
    ends_at: datetime
    format: ConsultationFormat
    status: ConsultationStatus
    applicant: ApplicantView
    topic_code: str | None
    topic_name: str
    property_id: int | None
    property_address: str
    description: str
    meeting_link: str
    contact: str
    booked_at: datetime
    booked_by: str
    # Outcome (status other than BOOKED)
    questions: tuple[str, ...] = ()
    oral_answer: str = ""
    answer_kind: AnswerKind | None = None
    outcome_note: str = ""
    outcome_at: datetime | None = None
    # The appeal registered from this consultation, if any
    appeal_id: int | None = None
    appeal_reg_number: str | None = None
    # Reschedule chain
    moved_from_id: int | None = None
    moved_to_id: int | None = None
    version: int = 1

    @property
    def is_active(self) -> bool:
        return self.status is ConsultationStatus.BOOKED


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a booking's life: booked, rescheduled, cancelled, outcome, appeal registered."""

    consultation_id: int
    at: datetime
    who: str
    action: str  # "booked" | "rescheduled" | "cancelled" | "outcome" | "appeal_registered"
    action_label: str  # Russian, for the screen
    reason: str
    starts_at_before: datetime | None
    starts_at_after: datetime | None
    status_after: ConsultationStatus


@dataclass(frozen=True)
class OutcomeDraft:
    """What the specialist records: status HELD / NO_SHOW / CANCELLED_BY_CITIZEN.

    For HELD: `questions` (classifier codes raised), `oral_answer` (what was explained), and
    `answer_kind` (EXPLAINED, ORAL_WITH_CONSENT — in-person only, or WRITTEN_ANSWER_NEEDED).
    """

    status: ConsultationStatus
    questions: tuple[str, ...] = ()
    oral_answer: str = ""
    answer_kind: AnswerKind | None = None
    note: str = ""


@dataclass(frozen=True)
class AppealSummary:
    id: int
    reg_number: str
    registered_at: datetime
    summary: str
    status: AppealStatus
    channel: Channel


@dataclass(frozen=True)
class ConsultationSummary:
    id: int
    starts_at: datetime
    specialist_name: str
    format: ConsultationFormat
    status: ConsultationStatus
    topic_name: str


@dataclass(frozen=True)
class PropertySummary:
    id: int
    cadastral_number: str | None
    address: str


@dataclass(frozen=True)
class DayEntry:
    """One consultation of the specialist's day with what the specialist needs one click away."""

    consultation: ConsultationView
    earlier_appeals: tuple[AppealSummary, ...]
    earlier_consultations: tuple[ConsultationSummary, ...]
    properties: tuple[PropertySummary, ...]


@dataclass(frozen=True)
class Invitation:
    text: str
    ics: bytes
    ics_filename: str  # e.g. "consultation-123.ics"
    subject: str  # for a mailto: link
    recipient: str  # applicant's e-mail if any, else ""


# --- errors -----------------------------------------------------------------------------------------


class SlotTaken(ReceptionError):
    """Someone booked the slot first; `next_free` holds the specialist's next free slots."""

    def __init__(self, message: str, next_free: tuple[FreeSlot, ...]) -> None:
        super().__init__(message)
        self.next_free = next_free


class SecondBooking(ReceptionError):
    """The citizen already has an active booking on the same topic; book with allow_second=True."""

    def __init__(self, message: str, existing: tuple[ConsultationView, ...]) -> None:
        super().__init__(message)
        self.existing = existing


# --- schedules --------------------------------------------------------------------------------------


def list_specialists(
    uow: UnitOfWork, *, actor: UserView, topic_code: str | None = None
) -> list[SpecialistView]:
    """Users with an active schedule (covering `topic_code` when given), by name."""
    raise NotImplementedError


def get_specialist(uow: UnitOfWork, *, actor: UserView, specialist_id: int) -> SpecialistView:
    """One specialist's schedule and absences; NotFound when the user has no schedule."""
    raise NotImplementedError


def set_schedule(
    uow: UnitOfWork, *, actor: UserView, specialist_id: int, schedule: WeeklySchedule
) -> SpecialistView:
    """Create or replace a user's weekly schedule (admin). Existing bookings stay as they are."""
    raise NotImplementedError


def add_absence(uow: UnitOfWork, *, actor: UserView, specialist_id: int, absence: Absence) -> SpecialistView:
    """Close the specialist's slots for whole days (leave, sick day). Admin or manager."""
    raise NotImplementedError


def remove_absence(
    uow: UnitOfWork, *, actor: UserView, specialist_id: int, first_day: date
) -> SpecialistView:
    raise NotImplementedError


# --- slots and booking ------------------------------------------------------------------------------


def free_slots(
    uow: UnitOfWork,
    *,
    actor: UserView,
    topic_code: str | None = None,
    format: ConsultationFormat | None = None,
    specialist_id: int | None = None,
    after: datetime | None = None,
    limit: int = DEFAULT_FREE_SLOTS,
) -> list[FreeSlot]:
    """The next free slots of the specialists who cover `topic_code` (and offer `format`), soonest
    first (ties by specialist name), from `after` (default now) up to BOOKING_HORIZON_DAYS ahead."""
    raise NotImplementedError


def active_bookings(
    uow: UnitOfWork, *, actor: UserView, applicant_id: int, topic_code: str | None = None
) -> list[ConsultationView]:
    """The applicant's future BOOKED consultations (on the same topic section when given): the
    dialog shows them before a second booking is made."""
    raise NotImplementedError


def book_consultation(uow: UnitOfWork, *, actor: UserView, draft: BookingDraft) -> ConsultationView:
    """Book a slot. One transaction; nothing is written when it fails.

    ValidationError: slot in the past / outside the schedule / on a holiday / absence, specialist
    does not cover the topic or does not offer the format, malformed meeting link, no applicant name
    or contact. SecondBooking: active booking on the same topic and not `allow_second`.
    SlotTaken (with the next free slots): the slot is already booked — enforced by a unique index.
    """
    raise NotImplementedError


def reschedule_consultation(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    starts_at: datetime,
    reason: str,
    specialist_id: int | None = None,
    expected_version: int | None = None,
) -> ConsultationView:
    """Move a BOOKED consultation: the old booking becomes MOVED (its slot freed), a new booking takes
    the new slot and points back to it (`moved_from_id`). Returns the new booking. Reason required.
    Same errors as booking (SlotTaken etc.)."""
    raise NotImplementedError


def cancel_consultation(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    reason: str,
    by_citizen: bool = True,
    expected_version: int | None = None,
) -> ConsultationView:
    """Cancel a BOOKED consultation (CANCELLED_BY_CITIZEN or CANCELLED_BY_OFFICE); reason required."""
    raise NotImplementedError


def record_outcome(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    outcome: OutcomeDraft,
    expected_version: int | None = None,
) -> ConsultationView:
    """The specialist (or a manager/admin) records HELD / NO_SHOW / CANCELLED_BY_CITIZEN.
    HELD before the slot's start is refused; ORAL_WITH_CONSENT only for an in-person consultation."""
    raise NotImplementedError


def register_appeal_from_consultation(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    text: str | None = None,
    kind: AppealKind = AppealKind.STATEMENT,
) -> int:
    """Register an appeal from a HELD consultation in one step and link the two; returns the appeal id.

    Channel = video consultation or personal reception (by format); applicant, questions (topics
    raised, else the booking's topic) and the text (question + oral answer) prefilled; `text`
    overrides the prefilled text. Allowed for the consultation's specialist, clerks and admins.
    A second call returns the already linked appeal.
    """
    raise NotImplementedError


def prefilled_appeal_text(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> str:
    """The text register_appeal_from_consultation would use (for the UI to show and edit first)."""
    raise NotImplementedError


# --- reading ----------------------------------------------------------------------------------------


def get_consultation(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> ConsultationView:
    raise NotImplementedError


def consultation_history(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> list[HistoryEntry]:
    """Every step of the booking and of the bookings it was moved from, oldest first."""
    raise NotImplementedError


def day_view(uow: UnitOfWork, *, actor: UserView, specialist_id: int, day: date) -> list[DayEntry]:
    """The specialist's consultations on `day` (office date) in order, every status, each with the
    applicant's earlier appeals and consultations and the linked property."""
    raise NotImplementedError


def invitation(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> Invitation:
    """Invitation text and an .ics file for the booking."""
    raise NotImplementedError


def get_link_template(uow: UnitOfWork) -> str:
    """The office's meeting link template (a default until an admin sets one)."""
    raise NotImplementedError


def set_link_template(uow: UnitOfWork, *, actor: UserView, template: str) -> str:
    """Admin: set the template; must contain {booking_id} once and be an https address."""
    raise NotImplementedError
