"""Consultations: schedules, free slots, booking, reschedule, cancel, outcomes, the day view.

The public API the booking dialog and the specialist's day view use (see
/work/notes/consultations_api.md). Every function takes the unit of work and the acting user and
returns frozen DTOs; errors are typed (ValidationError, PermissionDenied, NotFound, SlotTaken,
SecondBooking).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from reception.db.consultation_models import (
    Consultation,
    ConsultationAbsence,
    ConsultationEvent,
    ConsultationSchedule,
)
from reception.db.models import Appeal, Applicant, Topic, User
from reception.db.property_models import AppealProperty, Property
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    AppealStatus,
    ApplicantDraft,
    ApplicantKind,
    Channel,
    Identification,
    QuestionDraft,
)
from reception.domain.calendar import WorkCalendar
from reception.domain.classifier import is_valid_code, normalise_code
from reception.domain.consultations import (
    BOOKING_HORIZON_DAYS,
    RECORDABLE_OUTCOMES,
    SLOT_HOLDING,
    Absence,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    InvitationData,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
    check_link_template,
    check_meeting_link,
    check_slot,
    generate_slots,
    in_subtree,
    invitation_ics,
    invitation_text,
    meeting_link,
    to_office_time,
    validate_schedule,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import FieldError, NotFound, ReceptionError, StaleRecord, ValidationError
from reception.domain.permissions import Permission, require
from reception.domain.text import strip_control
from reception.domain.validation import clean_applicant
from reception.services.appeals import add_registered_appeal
from reception.services.applicants import ApplicantView, applicant_view, save_applicant
from reception.services.audit import json_value, record_event
from reception.services.deadline_rules import load_rules
from reception.services.letterhead import read_letterhead
from reception.services.office_settings import read_setting, record_setting_change, write_setting
from reception.services.property_links import add_link
from reception.services.users import UserView, load_actor

MEETING_LINK_TEMPLATE = "consultation_link_template"
DEFAULT_FREE_SLOTS = 10
DEFAULT_LINK_TEMPLATE = "https://meet.example.ru/room/{booking_id}"


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


# --- helpers ----------------------------------------------------------------------------------------


def schedule_of(row: ConsultationSchedule) -> WeeklySchedule:
    """A stored weekly schedule as the domain reads it."""
    return WeeklySchedule(
        days=tuple(
            WorkingHours(
                int(d["weekday"]), TimeRange(time.fromisoformat(d["start"]), time.fromisoformat(d["end"]))
            )
            for d in row.days
        ),
        slot_minutes=row.slot_minutes,
        breaks=tuple(
            TimeRange(time.fromisoformat(b["start"]), time.fromisoformat(b["end"])) for b in row.breaks
        ),
        format=row.format,
        topic_codes=tuple(row.topic_codes),
    )


def _absences_of(session: Session, specialist_id: int, since: date | None = None) -> tuple[Absence, ...]:
    query = select(ConsultationAbsence).where(ConsultationAbsence.specialist_id == specialist_id)
    if since is not None:
        query = query.where(ConsultationAbsence.last_day >= since)
    rows = session.scalars(query.order_by(ConsultationAbsence.first_day, ConsultationAbsence.id))
    return tuple(Absence(r.first_day, r.last_day, r.reason) for r in rows)


def _specialist_view(session: Session, user: User, row: ConsultationSchedule) -> SpecialistView:
    return SpecialistView(
        id=user.id,
        login=user.login,
        full_name=user.full_name,
        schedule=schedule_of(row),
        absences=_absences_of(session, user.id),
        is_active=row.is_active and user.is_active,
    )


def _load_schedule(
    session: Session, specialist_id: int, field_name: str = "specialist_id"
) -> tuple[User, ConsultationSchedule]:
    """The specialist and their active schedule, or ValidationError naming what is missing."""
    user = session.get(User, specialist_id)
    if user is None or not user.is_active:
        raise ValidationError(
            FieldError(field_name, "Специалист не найден или его учётная запись отключена.")
        )
    row = session.get(ConsultationSchedule, specialist_id)
    if row is None or not row.is_active:
        raise ValidationError(
            FieldError(field_name, f"{user.full_name} не ведёт консультаций: расписание не задано.")
        )
    return user, row


def _calendar(session: Session) -> WorkCalendar:
    return load_rules(session).calendar


def _topic_names(session: Session, codes: Iterable[str | None]) -> dict[str, str]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    return dict(session.execute(select(Topic.code, Topic.name).where(Topic.code.in_(wanted))).tuples().all())


def _user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).tuples().all())


def _views(session: Session, rows: Sequence[Consultation]) -> list[ConsultationView]:
    """Views of many bookings with a handful of queries (names, topics, properties, appeals)."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    users = _user_names(session, [r.specialist_id for r in rows] + [r.booked_by_id for r in rows])
    topics = _topic_names(session, [r.topic_code for r in rows])
    applicants = {
        a.id: applicant_view(a)
        for a in session.scalars(select(Applicant).where(Applicant.id.in_({r.applicant_id for r in rows})))
    }
    property_ids = {r.property_id for r in rows if r.property_id is not None}
    addresses: dict[int, str] = {}
    if property_ids:
        addresses = {
            pid: address or (number or "")
            for pid, address, number in session.execute(
                select(Property.id, Property.address, Property.cadastral_number).where(
                    Property.id.in_(property_ids)
                )
            )
        }
    appeal_ids = {r.appeal_id for r in rows if r.appeal_id is not None}
    numbers: dict[int, str] = {}
    if appeal_ids:
        numbers = dict(
            session.execute(select(Appeal.id, Appeal.reg_number).where(Appeal.id.in_(appeal_ids)))
            .tuples()
            .all()
        )
    moved_to = dict(
        session.execute(
            select(Consultation.moved_from_id, Consultation.id).where(Consultation.moved_from_id.in_(ids))
        )
        .tuples()
        .all()
    )
    return [
        ConsultationView(
            id=r.id,
            specialist_id=r.specialist_id,
            specialist_name=users.get(r.specialist_id, ""),
            starts_at=to_office_time(r.starts_at),
            ends_at=to_office_time(r.ends_at),
            format=r.format,
            status=r.status,
            applicant=applicants[r.applicant_id],
            topic_code=r.topic_code,
            topic_name=topics.get(r.topic_code or "", ""),
            property_id=r.property_id,
            property_address=addresses.get(r.property_id or 0, ""),
            description=r.description,
            meeting_link=r.meeting_link,
            contact=r.contact,
            booked_at=r.booked_at,
            booked_by=users.get(r.booked_by_id or 0, ""),
            questions=tuple(r.questions or ()),
            oral_answer=r.oral_answer,
            answer_kind=r.answer_kind,
            outcome_note=r.outcome_note,
            outcome_at=r.outcome_at,
            appeal_id=r.appeal_id,
            appeal_reg_number=numbers.get(r.appeal_id or 0),
            moved_from_id=r.moved_from_id,
            moved_to_id=moved_to.get(r.id),
            version=r.version,
        )
        for r in rows
    ]


def _view(session: Session, row: Consultation) -> ConsultationView:
    return _views(session, [row])[0]


def _load(session: Session, consultation_id: int, expected_version: int | None = None) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None:
        raise NotFound("Запись на консультацию не найдена.")
    if expected_version is not None and row.version != expected_version:
        raise StaleRecord(
            "Запись на консультацию изменил другой пользователь, пока она была открыта. Обновите её.",
            theirs={"status": row.status, "starts_at": row.starts_at, "version": row.version},
            mine={},
        )
    return row


def _require_booked(row: Consultation, action: str) -> None:
    if row.status is not ConsultationStatus.BOOKED:
        raise ValidationError(
            FieldError("status", f"{action} нельзя: консультация уже в статусе «{row.status.label}».")
        )


def _event(
    session: Session,
    row: Consultation,
    *,
    user_id: int,
    action: str,
    reason: str = "",
    before: datetime | None = None,
    after: datetime | None = None,
) -> None:
    session.add(
        ConsultationEvent(
            consultation_id=row.id,
            at=utcnow(),
            user_id=user_id,
            action=action,
            reason=reason[:1000],
            starts_at_before=before,
            starts_at_after=after,
            status_after=row.status,
        )
    )
    record_event(
        session,
        user_id=user_id,
        entity="consultation",
        entity_id=row.id,
        action=action,
        changes={
            "status": row.status.value,
            "starts_at": json_value(row.starts_at),
            **({"reason": reason} if reason else {}),
        },
    )


def _topic_is_active(session: Session, code: str) -> bool:
    return session.scalar(select(Topic.code).where(Topic.code == code, Topic.is_active.is_(True))) is not None


def _same_topic(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return in_subtree(a, b) or in_subtree(b, a)


def _may_move(user: User, row: Consultation) -> None:
    """Registrars move and cancel any booking; the specialist their own (agreed with the citizen)."""
    if user.id != row.specialist_id:
        require(user.role, Permission.BOOK_CONSULTATIONS)


def _may_record(user: User, row: Consultation) -> None:
    """The consultation's own specialist, or a role allowed to record for others."""
    if user.id != row.specialist_id:
        require(user.role, Permission.RECORD_CONSULTATIONS)


# --- schedules --------------------------------------------------------------------------------------


def list_specialists(
    uow: UnitOfWork, *, actor: UserView, topic_code: str | None = None
) -> list[SpecialistView]:
    """Users with an active schedule (covering `topic_code` when given), by name."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        rows = uow.session.execute(
            select(User, ConsultationSchedule)
            .join(ConsultationSchedule, ConsultationSchedule.specialist_id == User.id)
            .where(ConsultationSchedule.is_active.is_(True), User.is_active.is_(True))
            .order_by(User.full_name, User.id)
        ).tuples()
        views = [_specialist_view(uow.session, user, row) for user, row in rows]
        return [v for v in views if v.schedule.covers(topic_code)]


def get_specialist(uow: UnitOfWork, *, actor: UserView, specialist_id: int) -> SpecialistView:
    """One specialist's schedule and absences; NotFound when the user has no schedule."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        user = uow.session.get(User, specialist_id)
        row = uow.session.get(ConsultationSchedule, specialist_id)
        if user is None or row is None:
            raise NotFound("У этого пользователя нет расписания консультаций.")
        return _specialist_view(uow.session, user, row)


def find_user_by_login(uow: UnitOfWork, login: str) -> UserView:
    """The account with this login (any case); NotFound with a clear message otherwise."""
    with uow:
        user = uow.session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None:
            raise NotFound(f"Пользователя с логином «{login.strip()[:64]}» нет.")
        return UserView(user.id, user.login, user.full_name, user.role, user.is_active)


def set_schedule(
    uow: UnitOfWork, *, actor: UserView, specialist_id: int, schedule: WeeklySchedule
) -> SpecialistView:
    """Create or replace a user's weekly schedule (admin). Existing bookings stay as they are."""
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_CONSULTATION_SCHEDULES)
        user = uow.session.get(User, specialist_id)
        if user is None:
            raise NotFound("Пользователь не найден.")
        if not user.is_active:
            raise ValidationError(
                FieldError(
                    "specialist_id", f"Учётная запись {user.login} отключена: расписание ей не задать."
                )
            )
        topics: list[str] = []
        for code in filter(None, (c.strip() for c in schedule.topic_codes)):
            try:
                topics.append(normalise_code(code))
            except ValueError:
                raise ValidationError(
                    FieldError("topics", f"«{code[:40]}» — не код классификатора (вид 0005.0005).")
                ) from None
        known = set(
            uow.session.scalars(select(Topic.code).where(Topic.code.in_(topics), Topic.is_active.is_(True)))
        )
        schedule = replace(
            schedule,
            topic_codes=tuple(dict.fromkeys(topics)),
            days=tuple(sorted(schedule.days, key=lambda d: d.weekday)),
        )
        validate_schedule(schedule, known)
        row = uow.session.get(ConsultationSchedule, specialist_id)
        before = schedule_of(row).describe() if row is not None else None
        if row is None:
            row = ConsultationSchedule(specialist_id=specialist_id)
            uow.session.add(row)
        row.days = [
            {"weekday": d.weekday, "start": f"{d.hours.start:%H:%M}", "end": f"{d.hours.end:%H:%M}"}
            for d in schedule.days
        ]
        row.breaks = [{"start": f"{b.start:%H:%M}", "end": f"{b.end:%H:%M}"} for b in schedule.breaks]
        row.slot_minutes = schedule.slot_minutes
        row.format = schedule.format
        row.topic_codes = list(schedule.topic_codes)
        row.is_active = True
        row.updated_at = utcnow()
        row.updated_by_id = admin.id
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="consultation_schedule",
            entity_id=specialist_id,
            action="schedule_set",
            changes={"schedule": {"before": before, "after": schedule.describe()}},
        )
        return _specialist_view(uow.session, user, row)


def add_absence(uow: UnitOfWork, *, actor: UserView, specialist_id: int, absence: Absence) -> SpecialistView:
    """Close the specialist's slots for whole days (leave, sick day). Admin.

    Bookings already made on those days stay; the clerk moves or cancels them (they are listed by
    `bookings_during`)."""
    if absence.last_day < absence.first_day:
        raise ValidationError(FieldError("last_day", "Последний день отсутствия раньше первого."))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_CONSULTATION_SCHEDULES)
        user, row = _load_schedule(uow.session, specialist_id)
        uow.session.add(
            ConsultationAbsence(
                specialist_id=specialist_id,
                first_day=absence.first_day,
                last_day=absence.last_day,
                reason=strip_control(absence.reason).strip()[:300],
                created_by_id=admin.id,
            )
        )
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="consultation_schedule",
            entity_id=specialist_id,
            action="absence_added",
            changes={"first_day": absence.first_day.isoformat(), "last_day": absence.last_day.isoformat()},
        )
        return _specialist_view(uow.session, user, row)


def remove_absence(
    uow: UnitOfWork, *, actor: UserView, specialist_id: int, first_day: date
) -> SpecialistView:
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_CONSULTATION_SCHEDULES)
        user, row = _load_schedule(uow.session, specialist_id)
        absences = list(
            uow.session.scalars(
                select(ConsultationAbsence).where(
                    ConsultationAbsence.specialist_id == specialist_id,
                    ConsultationAbsence.first_day == first_day,
                )
            )
        )
        if not absences:
            raise NotFound(f"Отсутствия с {first_day:%d.%m.%Y} нет.")
        for absence in absences:
            uow.session.delete(absence)
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="consultation_schedule",
            entity_id=specialist_id,
            action="absence_removed",
            changes={"first_day": first_day.isoformat()},
        )
        return _specialist_view(uow.session, user, row)


# --- slots and booking ------------------------------------------------------------------------------


def _free_slots(
    session: Session,
    *,
    topic_code: str | None,
    fmt: ConsultationFormat | None,
    specialist_id: int | None,
    after: datetime,
    limit: int,
    exclude: datetime | None = None,
) -> list[FreeSlot]:
    query = (
        select(User, ConsultationSchedule)
        .join(ConsultationSchedule, ConsultationSchedule.specialist_id == User.id)
        .where(ConsultationSchedule.is_active.is_(True), User.is_active.is_(True))
    )
    if specialist_id is not None:
        query = query.where(User.id == specialist_id)
    calendar = _calendar(session)
    first_day = to_office_time(after).date()
    last_day = first_day + timedelta(days=BOOKING_HORIZON_DAYS)
    horizon = datetime.combine(last_day + timedelta(days=1), time(), OFFICE_TIMEZONE)
    streams: list[Iterator[FreeSlot]] = []
    for user, row in session.execute(query).tuples():
        schedule = schedule_of(row)
        if not schedule.covers(topic_code) or (fmt is not None and not schedule.format.offers(fmt)):
            continue
        # (start, end) of the bookings holding time: after a change of slot length a booking may
        # straddle the new slots, and every slot it overlaps is taken.
        taken = list(
            session.execute(
                select(Consultation.starts_at, Consultation.ends_at).where(
                    Consultation.specialist_id == user.id,
                    Consultation.status.in_(SLOT_HOLDING),
                    Consultation.ends_at > after,
                    Consultation.starts_at < horizon,
                )
            ).tuples()
        )
        streams.append(
            _specialist_stream(
                user,
                schedule,
                calendar,
                _absences_of(session, user.id, first_day),
                first_day,
                last_day,
                after,
                taken,
                exclude,
            )
        )
    merged = heapq.merge(*streams, key=lambda s: (s.starts_at, s.specialist_name, s.specialist_id))
    return list(itertools.islice(merged, max(limit, 0)))


def _specialist_stream(
    user: User,
    schedule: WeeklySchedule,
    calendar: WorkCalendar,
    absences: tuple[Absence, ...],
    first_day: date,
    last_day: date,
    after: datetime,
    taken: list[tuple[datetime, datetime]],
    exclude: datetime | None,
) -> Iterator[FreeSlot]:
    length = timedelta(minutes=schedule.slot_minutes)
    busy = _Busy(taken)
    for start in generate_slots(schedule, calendar, first_day, last_day, absences):
        if start <= after or start == exclude or busy.overlaps(start, start + length):
            continue
        yield FreeSlot(user.id, user.full_name, start, start + length, schedule.format.formats)


class _Busy:
    """Booked intervals; whether a slot overlaps one in O(log n) (starts sorted, running max of ends)."""

    def __init__(self, intervals: Iterable[tuple[datetime, datetime]]) -> None:
        ordered = sorted(intervals)
        self._starts = [s for s, _e in ordered]
        self._max_ends = list(itertools.accumulate((e for _s, e in ordered), max))

    def overlaps(self, start: datetime, end: datetime) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # the bookings that start before `end`
        return before_end > 0 and self._max_ends[before_end - 1] > start


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
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        now = utcnow()
        start = max(after, now) if after is not None else now
        return _free_slots(
            uow.session,
            topic_code=topic_code,
            fmt=format,
            specialist_id=specialist_id,
            after=start,
            limit=limit,
        )


def _active_bookings(session: Session, applicant_id: int, topic_code: str | None) -> list[Consultation]:
    rows = session.scalars(
        select(Consultation)
        .where(
            Consultation.applicant_id == applicant_id,
            Consultation.status == ConsultationStatus.BOOKED,
            Consultation.starts_at >= utcnow() - timedelta(hours=1),
        )
        .order_by(Consultation.starts_at, Consultation.id)
    )
    return [r for r in rows if topic_code is None or _same_topic(r.topic_code, topic_code)]


def active_bookings(
    uow: UnitOfWork, *, actor: UserView, applicant_id: int, topic_code: str | None = None
) -> list[ConsultationView]:
    """The applicant's future BOOKED consultations (on the same topic when given — one code under the
    other): the dialog shows them before a second booking is made."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        return _views(uow.session, _active_bookings(uow.session, applicant_id, topic_code))


def _check_booking(
    session: Session,
    *,
    specialist_id: int,
    starts_at: datetime,
    fmt: ConsultationFormat,
    topic_code: str | None,
    property_id: int | None,
    now: datetime,
    moving_id: int | None = None,
) -> tuple[User, WeeklySchedule]:
    """Everything about the slot that can be checked before writing; ValidationError otherwise.

    `moving_id`: the booking being moved (its own time does not block the new one)."""
    if starts_at.tzinfo is None:
        starts_at = starts_at.replace(tzinfo=OFFICE_TIMEZONE)
    user, row = _load_schedule(session, specialist_id)
    schedule = schedule_of(row)
    errors: list[FieldError] = []
    if topic_code is not None:
        if not is_valid_code(topic_code):
            errors.append(
                FieldError(
                    "topic_code", f"«{topic_code[:40]}» — не код классификатора (вид 0005.0005.0056.1149)."
                )
            )
        elif not _topic_is_active(session, topic_code):
            errors.append(FieldError("topic_code", f"Кода {topic_code} нет в действующем классификаторе."))
        elif not schedule.covers(topic_code):
            errors.append(
                FieldError(
                    "topic_code",
                    f"{user.full_name} не консультирует по теме {topic_code}: выберите другого специалиста.",
                )
            )
    if not schedule.format.offers(fmt):
        errors.append(
            FieldError(
                "format",
                f"{user.full_name} ведёт приём в формате «{schedule.format.label}», а не «{fmt.label}».",
            )
        )
    if property_id is not None and session.get(Property, property_id) is None:
        errors.append(FieldError("property_id", "Объект недвижимости не найден в реестре."))
    try:
        check_slot(
            schedule,
            _calendar(session),
            starts_at,
            now=now,
            absences=_absences_of(session, specialist_id),
            specialist_name=user.full_name,
        )
    except ValidationError as error:
        errors.extend(error.errors)
    else:
        # The same start is refused by the unique index (SlotTaken); a booking made under another
        # slot length may still straddle this slot.
        ends_at = starts_at + timedelta(minutes=schedule.slot_minutes)
        busy = _holding_booking(
            session, specialist_id, starts_at, ends_at, other_than=moving_id, same_start=False
        )
        if busy is not None:
            errors.append(
                FieldError(
                    "starts_at",
                    f"У специалиста {user.full_name} в это время приём "
                    f"{to_office_time(busy[0]):%H:%M}–{to_office_time(busy[1]):%H:%M}: выберите другой слот.",
                )
            )
    if errors:
        raise ValidationError(errors)
    return user, schedule


def _insert_holding_slot(session: Session, row: Consultation, specialist_name: str) -> None:
    """Add the booking; the unique index refuses a taken slot, reported with the next free ones."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as error:
        if "uq_consultations_specialist_slot" not in str(
            error.orig
        ) and "consultations.specialist_id" not in str(error.orig):
            raise
        next_free = _free_slots(
            session,
            topic_code=row.topic_code,
            fmt=row.format,
            specialist_id=None,
            after=max(utcnow(), row.starts_at - timedelta(seconds=1)),
            limit=DEFAULT_FREE_SLOTS,
            exclude=row.starts_at,
        )
        raise SlotTaken(
            f"Слот {to_office_time(row.starts_at):%d.%m.%Y %H:%M} у специалиста {specialist_name} уже занят: "
            "на это время записан другой гражданин. Выберите один из ближайших свободных слотов.",
            tuple(next_free),
        ) from error


def _meeting_link_for(session: Session, fmt: ConsultationFormat, pasted: str, booking_id: int) -> str:
    if fmt is not ConsultationFormat.VIDEO:
        return ""
    if pasted.strip():
        return check_meeting_link(pasted)
    return meeting_link(_link_template(session), booking_id)


def _link_template(session: Session) -> str:
    return read_setting(session, MEETING_LINK_TEMPLATE) or DEFAULT_LINK_TEMPLATE


def _clean_applicant(draft: ApplicantDraft) -> ApplicantDraft:
    errors: list[FieldError] = []
    cleaned = clean_applicant(draft, errors)
    if cleaned.id is None:
        named = cleaned.organisation_name if cleaned.kind is ApplicantKind.ORGANISATION else cleaned.surname
        if not named:
            errors.append(
                FieldError(
                    "applicant.surname", "Укажите фамилию гражданина (или выберите известного заявителя)."
                )
            )
        if not cleaned.phone and not cleaned.email:
            errors.append(
                FieldError(
                    "applicant.phone", "Укажите телефон или e-mail гражданина: по ним придёт приглашение."
                )
            )
    if errors:
        raise ValidationError(errors)
    return cleaned


def book_consultation(uow: UnitOfWork, *, actor: UserView, draft: BookingDraft) -> ConsultationView:
    """Book a slot. One transaction; nothing is written when it fails.

    ValidationError: slot in the past / outside the schedule / on a holiday / absence, specialist
    does not cover the topic or does not offer the format, malformed meeting link, no applicant name
    or contact. SecondBooking: active booking on the same topic and not `allow_second`.
    SlotTaken (with the next free slots): the slot is already booked — enforced by a unique index.
    """
    topic_code = (draft.topic_code or "").strip() or None
    applicant_draft = _clean_applicant(draft.applicant)
    if draft.format is ConsultationFormat.VIDEO and draft.meeting_link.strip():
        check_meeting_link(draft.meeting_link)
    with uow:
        clerk = load_actor(uow, actor, Permission.BOOK_CONSULTATIONS)
        session = uow.session
        now = utcnow()
        specialist, schedule = _check_booking(
            session,
            specialist_id=draft.specialist_id,
            starts_at=draft.starts_at,
            fmt=draft.format,
            topic_code=topic_code,
            property_id=draft.property_id,
            now=now,
        )
        if applicant_draft.id is not None and not draft.allow_second:
            existing = _active_bookings(session, applicant_draft.id, topic_code)
            if existing:
                first = existing[0]
                raise SecondBooking(
                    f"Гражданин уже записан по этой теме на {to_office_time(first.starts_at):%d.%m.%Y %H:%M}. "
                    "Перенесите ту запись или подтвердите вторую.",
                    tuple(_views(session, existing)),
                )
        applicant = save_applicant(session, applicant_draft)
        assert applicant is not None  # _clean_applicant refused an empty one
        session.flush()
        starts_at = to_office_time(draft.starts_at)
        row = Consultation(
            specialist_id=specialist.id,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=schedule.slot_minutes),
            format=draft.format,
            status=ConsultationStatus.BOOKED,
            applicant_id=applicant.id,
            topic_code=topic_code,
            property_id=draft.property_id,
            description=strip_control(draft.description).strip()[:5000],
            meeting_link="",
            contact=(strip_control(draft.contact).strip() or applicant.email or applicant.phone)[:300],
            booked_at=now,
            booked_by_id=clerk.id,
            questions=[],
        )
        _insert_holding_slot(session, row, specialist.full_name)
        row.meeting_link = _meeting_link_for(session, draft.format, draft.meeting_link, row.id)
        session.flush()
        _event(session, row, user_id=clerk.id, action="booked", after=row.starts_at)
        return _view(session, row)


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
    Same errors as booking (SlotTaken etc.). Registrars, or the consultation's own specialist."""
    reason = strip_control(reason).strip()
    if not reason:
        raise ValidationError(FieldError("reason", "Укажите причину переноса."))
    with uow:
        clerk = load_actor(uow, actor)
        session = uow.session
        old = _load(session, consultation_id, expected_version)
        _may_move(clerk, old)
        _require_booked(old, "Перенести консультацию")
        target = specialist_id if specialist_id is not None else old.specialist_id
        if target != old.specialist_id:
            # The specialist moves their own consultation within their own day; handing it to a
            # colleague's schedule is a registrar's booking.
            require(clerk.role, Permission.BOOK_CONSULTATIONS)
        new_start = to_office_time(starts_at)
        if target == old.specialist_id and new_start == old.starts_at:
            raise ValidationError(FieldError("starts_at", "Консультация уже назначена на это время."))
        specialist, schedule = _check_booking(
            session,
            specialist_id=target,
            starts_at=new_start,
            fmt=old.format,
            topic_code=old.topic_code,
            property_id=None,
            now=utcnow(),
            moving_id=old.id,
        )
        old_start = old.starts_at
        old.status = ConsultationStatus.MOVED
        session.flush()
        templated = old.meeting_link == _safe_template_link(session, old.id)
        new = Consultation(
            specialist_id=specialist.id,
            starts_at=new_start,
            ends_at=new_start + timedelta(minutes=schedule.slot_minutes),
            format=old.format,
            status=ConsultationStatus.BOOKED,
            applicant_id=old.applicant_id,
            topic_code=old.topic_code,
            property_id=old.property_id,
            description=old.description,
            meeting_link="" if templated else old.meeting_link,
            contact=old.contact,
            # The citizen's wait counts from the first booking.
            booked_at=old.booked_at,
            booked_by_id=old.booked_by_id,
            questions=[],
            moved_from_id=old.id,
        )
        _insert_holding_slot(session, new, specialist.full_name)
        if templated:
            new.meeting_link = meeting_link(_link_template(session), new.id)
        session.flush()
        _event(
            session,
            old,
            user_id=clerk.id,
            action="rescheduled",
            reason=reason,
            before=old_start,
            after=new_start,
        )
        return _view(session, new)


def _safe_template_link(session: Session, booking_id: int) -> str:
    try:
        return meeting_link(_link_template(session), booking_id)
    except ValidationError:
        return ""


def cancel_consultation(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    reason: str,
    by_citizen: bool = True,
    expected_version: int | None = None,
) -> ConsultationView:
    """Cancel a BOOKED consultation (CANCELLED_BY_CITIZEN or CANCELLED_BY_OFFICE); reason required.
    Registrars, or the consultation's own specialist."""
    reason = strip_control(reason).strip()
    if not reason:
        raise ValidationError(FieldError("reason", "Укажите причину отмены."))
    with uow:
        clerk = load_actor(uow, actor)
        row = _load(uow.session, consultation_id, expected_version)
        _may_move(clerk, row)
        _require_booked(row, "Отменить консультацию")
        row.status = (
            ConsultationStatus.CANCELLED_BY_CITIZEN if by_citizen else ConsultationStatus.CANCELLED_BY_OFFICE
        )
        row.outcome_at = utcnow()
        row.outcome_by_id = clerk.id
        row.outcome_note = reason[:1000]
        uow.flush()
        _event(uow.session, row, user_id=clerk.id, action="cancelled", reason=reason, before=row.starts_at)
        return _view(uow.session, row)


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
    _require_recordable(outcome)
    with uow:
        user = load_actor(uow, actor)
        session = uow.session
        row = _load(session, consultation_id, expected_version)
        _may_record(user, row)
        _require_booked(row, "Отметить итог")
        now = utcnow()
        questions, oral = _checked_outcome(session, row, outcome, now)
        _apply_outcome(row, outcome, questions, oral, user.id, now)
        uow.flush()
        _event(session, row, user_id=user.id, action="outcome", reason=row.outcome_note)
        return _view(session, row)


def _require_recordable(outcome: OutcomeDraft) -> None:
    """Held, no-show or cancelled by the citizen: a move or a cancellation has its own action."""
    if outcome.status not in RECORDABLE_OUTCOMES:
        raise ValidationError(
            FieldError(
                "status",
                f"Итог «{outcome.status.label}» так не отметить: перенос и отмена — отдельные действия.",
            )
        )


def _checked_outcome(
    session: Session, row: Consultation, outcome: OutcomeDraft, now: datetime
) -> tuple[tuple[str, ...], str]:
    """(questions, oral answer) cleaned, or ValidationError naming every problem of the outcome."""
    errors: list[FieldError] = []
    if outcome.status in (ConsultationStatus.HELD, ConsultationStatus.NO_SHOW) and now < row.starts_at:
        errors.append(
            FieldError(
                "status",
                f"Консультация начнётся {to_office_time(row.starts_at):%d.%m.%Y %H:%M}: "
                f"«{outcome.status.label}» можно отметить только после начала.",
            )
        )
    questions = tuple(dict.fromkeys(q.strip() for q in outcome.questions if q.strip()))
    oral = strip_control(outcome.oral_answer).strip()
    if outcome.status is ConsultationStatus.HELD:
        if outcome.answer_kind is None:
            errors.append(
                FieldError(
                    "answer_kind",
                    "Укажите итог: разъяснено, устный ответ с согласия или нужен письменный ответ.",
                )
            )
        elif outcome.answer_kind is AnswerKind.ORAL_WITH_CONSENT:
            if row.format is not ConsultationFormat.IN_PERSON:
                errors.append(
                    FieldError(
                        "answer_kind",
                        "Устный ответ с согласия гражданина даётся только на личном приёме (ст. 13 59-ФЗ); "
                        "после видеоконсультации выберите «разъяснено» или «нужен письменный ответ».",
                    )
                )
            if not oral:
                errors.append(
                    FieldError(
                        "oral_answer",
                        "Запишите содержание устного ответа: оно заносится в карточку приёма.",
                    )
                )
        elif outcome.answer_kind is AnswerKind.WRITTEN_ANSWER_NEEDED and not questions:
            errors.append(
                FieldError(
                    "questions",
                    "Укажите вопросы гражданина (коды классификатора): по ним регистрируется обращение "
                    "для письменного ответа.",
                )
            )
        for index, code in enumerate(questions):
            if not is_valid_code(code) or not _topic_is_active(session, code):
                errors.append(
                    FieldError(f"questions.{index}", f"Кода {code[:40]} нет в действующем классификаторе.")
                )
    elif questions or oral or outcome.answer_kind is not None:
        errors.append(
            FieldError(
                "status", f"У консультации со статусом «{outcome.status.label}» нет вопросов и ответа."
            )
        )
    if errors:
        raise ValidationError(errors)
    return questions, oral


def _apply_outcome(
    row: Consultation,
    outcome: OutcomeDraft,
    questions: tuple[str, ...],
    oral: str,
    user_id: int,
    now: datetime,
) -> None:
    row.status = outcome.status
    row.questions = list(questions)
    row.oral_answer = oral
    row.answer_kind = outcome.answer_kind if outcome.status is ConsultationStatus.HELD else None
    row.outcome_note = strip_control(outcome.note).strip()[:1000]
    row.outcome_at = now
    row.outcome_by_id = user_id


def _outcome_text(row: Consultation) -> str:
    """«Проведена: Дано разъяснение; вопросы 0005…» — what an outcome said, for the correction's history."""
    parts = [row.status.label]
    if row.answer_kind is not None:
        parts.append(row.answer_kind.label)
    if row.questions:
        parts.append("вопросы " + ", ".join(row.questions))
    if row.oral_answer:
        parts.append(f"ответ: {row.oral_answer[:200]}")
    return "; ".join(parts)


def outcome_correctable(outcome_at: datetime | None, status: ConsultationStatus, now: datetime) -> bool:
    """An outcome the specialist recorded may be corrected until the end of that office day."""
    return (
        status in RECORDABLE_OUTCOMES
        and outcome_at is not None
        and to_office_time(outcome_at).date() == to_office_time(now).date()
    )


def correct_outcome(
    uow: UnitOfWork,
    *,
    actor: UserView,
    consultation_id: int,
    outcome: OutcomeDraft,
    reason: str,
    expected_version: int | None = None,
) -> ConsultationView:
    """Correct an outcome recorded by mistake: the specialist (or a manager/admin), on the office day
    the outcome was recorded, with a reason; the history keeps what it said before.

    After that day the personal-reception card is closed (the figures of the day are reported), and an
    outcome from which an appeal was registered is not corrected here: the appeal is a registered
    document with its own lifecycle.
    """
    reason = strip_control(reason).strip()
    _require_recordable(outcome)
    with uow:
        user = load_actor(uow, actor)
        session = uow.session
        row = _load(session, consultation_id, expected_version)
        _may_record(user, row)
        now = utcnow()
        if row.status is ConsultationStatus.BOOKED:
            raise ValidationError(FieldError("status", "Итог ещё не отмечен: исправлять нечего."))
        if row.status not in RECORDABLE_OUTCOMES:
            raise ValidationError(
                FieldError(
                    "status",
                    f"Консультация в статусе «{row.status.label}»: это не итог приёма, его не исправить.",
                )
            )
        if not outcome_correctable(row.outcome_at, row.status, now):
            recorded = f" {to_office_time(row.outcome_at):%d.%m.%Y}" if row.outcome_at else ""
            raise ValidationError(
                FieldError(
                    "status",
                    f"Итог отмечен{recorded}: исправить его можно только в тот же рабочий день.",
                )
            )
        if row.appeal_id is not None:
            raise ValidationError(
                FieldError(
                    "status",
                    "По консультации уже зарегистрировано обращение: итог не исправить, "
                    "исправления вносятся в обращение.",
                )
            )
        if not reason:
            raise ValidationError(FieldError("reason", "Укажите, что было отмечено ошибочно."))
        questions, oral = _checked_outcome(session, row, outcome, now)
        if row.status not in SLOT_HOLDING and outcome.status in SLOT_HOLDING:
            _refuse_if_time_taken(session, row)
        before = _outcome_text(row)
        _apply_outcome(row, outcome, questions, oral, user.id, now)
        try:
            # A citizen's cancellation freed the slot; «held» takes it back unless it was booked since.
            with session.begin_nested():
                session.flush()
        except IntegrityError as error:
            if "uq_consultations_specialist_slot" not in str(
                error.orig
            ) and "consultations.specialist_id" not in str(error.orig):
                raise
            raise ValidationError(
                FieldError(
                    "status",
                    "Слот уже занят другой записью: консультацию нельзя отметить проведённой в это время.",
                )
            ) from error
        _event(
            session,
            row,
            user_id=user.id,
            action="outcome_corrected",
            reason=f"{reason} (было: {before})",
        )
        return _view(session, row)


def _holding_booking(
    session: Session,
    specialist_id: int,
    starts_at: datetime,
    ends_at: datetime,
    *,
    other_than: int | None,
    same_start: bool,
) -> tuple[datetime, datetime] | None:
    """(start, end) of the earliest booking of the specialist that holds part of [starts_at, ends_at).

    `same_start=False` leaves out a booking at exactly that start: the unique index answers for it.
    """
    query = select(Consultation.starts_at, Consultation.ends_at).where(
        Consultation.specialist_id == specialist_id,
        Consultation.status.in_(SLOT_HOLDING),
        Consultation.starts_at < ends_at,
        Consultation.ends_at > starts_at,
    )
    if not same_start:
        query = query.where(Consultation.starts_at != starts_at)
    if other_than is not None:
        query = query.where(Consultation.id != other_than)
    found = session.execute(query.order_by(Consultation.starts_at).limit(1)).first()
    return (found[0], found[1]) if found is not None else None


def _refuse_if_time_taken(session: Session, row: Consultation) -> None:
    """A freed time taken back: refused while another booking holds any part of it (the unique index
    sees only a booking at the same start; one made under another slot length may straddle it)."""
    taken = _holding_booking(
        session, row.specialist_id, row.starts_at, row.ends_at, other_than=row.id, same_start=True
    )
    if taken is not None:
        raise ValidationError(
            FieldError(
                "status",
                "Слот уже занят другой записью: консультацию нельзя отметить проведённой в это время.",
            )
        )


def _prefilled_text(session: Session, row: Consultation) -> str:
    view = _view(session, row)
    names = _topic_names(session, view.questions)
    local = view.starts_at
    lines = [
        f"{view.format.label} {local:%d.%m.%Y} в {local:%H:%M}, специалист {view.specialist_name}.",
    ]
    if view.description:
        lines += ["", f"Вопрос гражданина: {view.description}"]
    if view.questions:
        lines += ["", "Поставленные вопросы:"] + [
            f"— {c} {names.get(c, '')}".rstrip() for c in view.questions
        ]
    if view.property_address:
        lines += ["", f"Объект: {view.property_address}"]
    if view.oral_answer:
        lines += ["", f"Дано устное разъяснение: {view.oral_answer}"]
    lines += ["", "Гражданин просит дать письменный ответ."]
    return "\n".join(lines)


def _appeal_permission(user: User, row: Consultation) -> None:
    if user.id != row.specialist_id:
        require(user.role, Permission.REGISTER_APPEAL)


def prefilled_appeal_text(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> str:
    """The text register_appeal_from_consultation would use (for the UI to show and edit first)."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        return _prefilled_text(uow.session, _load(uow.session, consultation_id))


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
    with uow:
        user = load_actor(uow, actor)
        session = uow.session
        row = _load(session, consultation_id)
        _appeal_permission(user, row)
        if row.appeal_id is not None:
            return row.appeal_id
        if row.status is not ConsultationStatus.HELD:
            raise ValidationError(
                FieldError(
                    "status",
                    f"Обращение регистрируется по проведённой консультации, а эта — «{row.status.label}».",
                )
            )
        codes = list(row.questions or ([row.topic_code] if row.topic_code else []))
        applicant = session.get(Applicant, row.applicant_id)
        assert applicant is not None
        body = text if text is not None and text.strip() else _prefilled_text(session, row)
        draft = AppealDraft(
            received_at=min(row.starts_at, utcnow()),
            channel=row.format.channel,
            kind=kind,
            text=body,
            summary=(row.description.strip().splitlines() or [""])[0][:200],
            # In person the citizen shows an identity document (59-FZ art. 13); a video consultation
            # is booked for an identified citizen through the office's own channel.
            identification=Identification.IDENTITY_DOCUMENT
            if row.format is ConsultationFormat.IN_PERSON
            else Identification.PORTAL_ACCOUNT,
            applicant=applicant_view(applicant).to_draft(),
            questions=tuple(QuestionDraft(code) for code in codes),
        )
        appeal = add_registered_appeal(session, clerk_id=user.id, draft=draft)
        if row.property_id is not None:
            add_link(session, user_id=user.id, appeal_id=appeal.id, property_id=row.property_id)
        row.appeal_id = appeal.id
        session.flush()
        _event(session, row, user_id=user.id, action="appeal_registered", reason=appeal.reg_number)
        return appeal.id


# --- reading ----------------------------------------------------------------------------------------


def get_consultation(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> ConsultationView:
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        return _view(uow.session, _load(uow.session, consultation_id))


def consultations_of_appeal(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> list[ConsultationView]:
    """The consultations an appeal was registered from (the appeal's side of the link)."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        rows = uow.session.scalars(
            select(Consultation).where(Consultation.appeal_id == appeal_id).order_by(Consultation.id)
        )
        return _views(uow.session, list(rows))


_ACTION_LABELS = {
    "booked": "Запись",
    "rescheduled": "Перенос",
    "cancelled": "Отмена",
    "outcome": "Итог",
    "outcome_corrected": "Исправлен итог",
    "appeal_registered": "Зарегистрировано обращение",
}


def consultation_history(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> list[HistoryEntry]:
    """Every step of the booking and of the bookings it was moved from, oldest first."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        session = uow.session
        row = _load(session, consultation_id)
        chain = [row.id]
        cursor = row
        while cursor.moved_from_id is not None and len(chain) < 100:
            previous = session.get(Consultation, cursor.moved_from_id)
            if previous is None:
                break
            chain.append(previous.id)
            cursor = previous
        events = list(
            session.scalars(
                select(ConsultationEvent)
                .where(ConsultationEvent.consultation_id.in_(chain))
                .order_by(ConsultationEvent.at, ConsultationEvent.id)
            )
        )
        names = _user_names(session, [e.user_id for e in events])
        return [
            HistoryEntry(
                consultation_id=e.consultation_id,
                at=e.at,
                who=names.get(e.user_id or 0, ""),
                action=e.action,
                action_label=_ACTION_LABELS.get(e.action, e.action),
                reason=e.reason,
                starts_at_before=to_office_time(e.starts_at_before) if e.starts_at_before else None,
                starts_at_after=to_office_time(e.starts_at_after) if e.starts_at_after else None,
                status_after=e.status_after,
            )
            for e in events
        ]


EARLIER_LIMIT = 10


def day_view(uow: UnitOfWork, *, actor: UserView, specialist_id: int, day: date) -> list[DayEntry]:
    """The specialist's consultations on `day` (office date) in order, every status but MOVED, each
    with the applicant's earlier appeals and consultations and the linked properties.

    A fixed number of queries whatever the number of consultations: the earlier appeals, earlier
    consultations and properties of every row come in one windowed query each.
    """
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        session = uow.session
        start = datetime.combine(day, time(), OFFICE_TIMEZONE)
        rows = list(
            session.scalars(
                select(Consultation)
                .where(
                    Consultation.specialist_id == specialist_id,
                    Consultation.starts_at >= start,
                    Consultation.starts_at < start + timedelta(days=1),
                    Consultation.status != ConsultationStatus.MOVED,
                )
                .order_by(Consultation.starts_at, Consultation.id)
            )
        )
        if not rows:
            return []
        ids = [r.id for r in rows]
        views = _views(session, rows)
        appeals = _earlier_appeals(session, ids)
        earlier = _earlier_consultations(session, ids)
        properties = _properties_for(session, views)
        return [
            DayEntry(
                consultation=view,
                earlier_appeals=appeals.get(view.id, ()),
                earlier_consultations=earlier.get(view.id, ()),
                properties=properties.get(view.id, ()),
            )
            for view in views
        ]


def _earlier_appeals(session: Session, ids: Sequence[int]) -> dict[int, tuple[AppealSummary, ...]]:
    """Per consultation: the applicant's appeals registered before its start, newest first (one query)."""
    ranked = (
        select(
            Consultation.id.label("consultation_id"),
            Appeal.id,
            Appeal.reg_number,
            Appeal.registered_at,
            Appeal.summary,
            Appeal.status,
            Appeal.channel,
            func.row_number()
            .over(partition_by=Consultation.id, order_by=(Appeal.registered_at.desc(), Appeal.id.desc()))
            .label("rank"),
        )
        .join(Appeal, Appeal.applicant_id == Consultation.applicant_id)
        .where(Consultation.id.in_(ids), Appeal.registered_at < Consultation.starts_at)
        .subquery()
    )
    found: dict[int, list[AppealSummary]] = {}
    for row in session.execute(
        select(ranked).where(ranked.c.rank <= EARLIER_LIMIT).order_by(ranked.c.consultation_id, ranked.c.rank)
    ):
        found.setdefault(row.consultation_id, []).append(
            AppealSummary(row.id, row.reg_number, row.registered_at, row.summary, row.status, row.channel)
        )
    return {key: tuple(value) for key, value in found.items()}


def _earlier_consultations(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[ConsultationSummary, ...]]:
    """Per consultation: the applicant's consultations before it (not moved ones), newest first."""
    this, other = aliased(Consultation), aliased(Consultation)
    ranked = (
        select(
            this.id.label("consultation_id"),
            other.id,
            other.starts_at,
            other.specialist_id,
            other.format,
            other.status,
            other.topic_code,
            func.row_number()
            .over(partition_by=this.id, order_by=(other.starts_at.desc(), other.id.desc()))
            .label("rank"),
        )
        .join(other, other.applicant_id == this.applicant_id)
        .where(
            this.id.in_(ids),
            other.starts_at < this.starts_at,
            other.status != ConsultationStatus.MOVED,
        )
        .subquery()
    )
    rows = list(
        session.execute(
            select(ranked, User.full_name, Topic.name)
            .join(User, User.id == ranked.c.specialist_id)
            .outerjoin(Topic, Topic.code == ranked.c.topic_code)
            .where(ranked.c.rank <= EARLIER_LIMIT)
            .order_by(ranked.c.consultation_id, ranked.c.rank)
        )
    )
    found: dict[int, list[ConsultationSummary]] = {}
    for row in rows:
        found.setdefault(row.consultation_id, []).append(
            ConsultationSummary(
                row.id,
                to_office_time(row.starts_at),
                row.full_name or "",
                row.format,
                row.status,
                row.name or "",
            )
        )
    return {key: tuple(value) for key, value in found.items()}


def _properties_for(
    session: Session, views: Sequence[ConsultationView]
) -> dict[int, tuple[PropertySummary, ...]]:
    """Per consultation: the booking's property first, then those linked to the applicant's appeals
    (the first EARLIER_LIMIT by id); two queries for the whole day."""
    booked_ids = {v.property_id for v in views if v.property_id is not None}
    booked: dict[int, PropertySummary] = {}
    if booked_ids:
        booked = {
            pid: PropertySummary(pid, number, address)
            for pid, number, address in session.execute(
                select(Property.id, Property.cadastral_number, Property.address).where(
                    Property.id.in_(booked_ids)
                )
            )
        }
    linked = (
        select(Appeal.applicant_id, Property.id, Property.cadastral_number, Property.address)
        .join(AppealProperty, AppealProperty.property_id == Property.id)
        .join(Appeal, Appeal.id == AppealProperty.appeal_id)
        .where(Appeal.applicant_id.in_({v.applicant.id for v in views}))
        .distinct()
        .subquery()
    )
    ranked = select(
        linked,
        func.row_number().over(partition_by=linked.c.applicant_id, order_by=linked.c.id).label("rank"),
    ).subquery()
    per_applicant: dict[int, list[PropertySummary]] = {}
    for row in session.execute(
        select(ranked).where(ranked.c.rank <= EARLIER_LIMIT).order_by(ranked.c.applicant_id, ranked.c.rank)
    ):
        per_applicant.setdefault(row.applicant_id, []).append(
            PropertySummary(row.id, row.cadastral_number, row.address)
        )
    result: dict[int, tuple[PropertySummary, ...]] = {}
    for view in views:
        found: dict[int, PropertySummary] = {}
        if view.property_id is not None and view.property_id in booked:
            found[view.property_id] = booked[view.property_id]
        for summary in per_applicant.get(view.applicant.id, ()):
            found.setdefault(summary.id, summary)
        result[view.id] = tuple(found.values())
    return result


def invitation(uow: UnitOfWork, *, actor: UserView, consultation_id: int) -> Invitation:
    """Invitation text and an .ics file for the booking."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        session = uow.session
        view = _view(session, _load(session, consultation_id))
        letterhead = read_letterhead(session)
        data = InvitationData(
            booking_id=view.id,
            starts_at=view.starts_at,
            ends_at=view.ends_at,
            format=view.format,
            specialist_name=view.specialist_name,
            applicant_name=" ".join(p for p in (view.applicant.first_name, view.applicant.patronymic) if p)
            or view.applicant.display_name,
            topic=view.topic_name,
            meeting_link=view.meeting_link,
            office_name=letterhead.name,
            office_address=letterhead.address,
            description=view.description,
        )
        local = view.starts_at
        return Invitation(
            text=invitation_text(data),
            ics=invitation_ics(data),
            ics_filename=f"consultation-{view.id}.ics",
            subject=f"{view.format.label} {local:%d.%m.%Y} в {local:%H:%M}",
            recipient=view.applicant.email or (view.contact if "@" in view.contact else ""),
        )


def get_link_template(uow: UnitOfWork) -> str:
    """The office's meeting link template (a default until an admin sets one)."""
    with uow:
        return _link_template(uow.session)


def set_link_template(uow: UnitOfWork, *, actor: UserView, template: str) -> str:
    """Admin: set the template; must contain {booking_id} once and be an https address."""
    template = check_link_template(template)
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_SETTINGS)
        before = read_setting(uow.session, MEETING_LINK_TEMPLATE)
        write_setting(uow.session, MEETING_LINK_TEMPLATE, template)
        record_setting_change(
            uow.session,
            user_id=admin.id,
            changes={MEETING_LINK_TEMPLATE: {"before": before, "after": template}},
        )
        return template
