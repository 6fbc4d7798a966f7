"""The register: appeals a screen at a time, newest first, by keyset paging.

Paging continues from the last row's (received_at, id), which the index
ix_appeals_received_at_id serves directly; no OFFSET, no count on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select

from reception.db.models import Appeal, Applicant, User
from reception.db.property_models import AppealProperty
from reception.db.sqlfunc import due_day_end, folded, prefix_match
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import AppealRepeat
from reception.domain import deadlines
from reception.domain.appeals import (
    FINISHED_STATUSES,
    AppealKind,
    AppealStatus,
    Channel,
    applicant_display_name,
    short_person_name,
)
from reception.domain.contacts import looks_like_phone, normalise_email, normalise_phone
from reception.domain.permissions import Permission
from reception.domain.regnumbers import parse_reg_number
from reception.domain.text import fold
from reception.services.users import UserView, load_actor

PAGE_SIZE = 200
_T = TypeVar("_T", bound=tuple[Any, ...])


@dataclass(frozen=True)
class RegisterFilter:
    search: str = ""
    status: AppealStatus | None = None
    channel: Channel | None = None
    applicant_id: int | None = None
    assignee_id: int | None = None
    department_id: int | None = None
    overdue_on: date | None = None
    due_soon_on: date | None = None
    answered_late: bool = False
    # Appeals linked to this property (the property card's «appeals in the register»).
    property_id: int | None = None


@dataclass(frozen=True)
class RegisterKey:
    """Where the next page starts: just after this row."""

    received_at: datetime
    id: int


@dataclass(frozen=True)
class RegisterRow:
    id: int
    reg_number: str
    received_at: datetime
    channel: Channel
    kind: AppealKind
    applicant: str
    summary: str
    status: AppealStatus
    due_date: date | None
    is_anonymous: bool
    assignee: str = ""
    repeat_count: int = 0
    answered_at: datetime | None = None

    def is_due_soon(self, today: date) -> bool:
        return deadlines.is_due_soon(self.due_date, self.status, today)

    @property
    def answered_late(self) -> bool:
        answered_on = deadlines.office_date(self.answered_at) if self.answered_at else None
        return deadlines.is_answered_late(self.due_date, answered_on)

    @property
    def key(self) -> RegisterKey:
        return RegisterKey(self.received_at, self.id)

    def is_overdue(self, today: date) -> bool:
        return deadlines.is_overdue(self.due_date, self.status, today)


@dataclass(frozen=True)
class RegisterPage:
    rows: tuple[RegisterRow, ...]
    has_more: bool

    @property
    def next_key(self) -> RegisterKey | None:
        return self.rows[-1].key if self.rows and self.has_more else None


def _filtered(query: Select[_T], filters: RegisterFilter) -> Select[_T]:
    term = filters.search.strip()
    if term:
        number = parse_reg_number(term)
        if number is not None:
            query = query.where(Appeal.reg_number == str(number))
        elif term[:1].isalpha() and "-" in term and any(ch.isdigit() for ch in term):
            query = query.where(Appeal.reg_number.contains(term.upper(), autoescape=True))
        elif looks_like_phone(term):
            phone = normalise_phone(term)
            digits = "".join(ch for ch in term if ch.isdigit())
            query = query.where(Applicant.phone == phone if phone else Applicant.phone.endswith(digits[-10:]))
        elif "@" in term:
            query = query.where(Applicant.email == (normalise_email(term) or term))
        else:
            key = fold(term)
            query = query.where(
                or_(
                    prefix_match(Applicant.name_key, key),
                    folded(Appeal.summary).contains(key, autoescape=True),
                )
            )
    if filters.status is not None:
        query = query.where(Appeal.status == filters.status)
    if filters.channel is not None:
        query = query.where(Appeal.channel == filters.channel)
    if filters.applicant_id is not None:
        query = query.where(Appeal.applicant_id == filters.applicant_id)
    if filters.assignee_id is not None:
        query = query.where(Appeal.assignee_id == filters.assignee_id)
    if filters.department_id is not None:
        query = query.where(Appeal.department_id == filters.department_id)
    if filters.property_id is not None:
        # Served by ix_appeal_properties_property_id (property_id, appeal_id): an index-only lookup.
        query = query.where(
            Appeal.id.in_(
                select(AppealProperty.appeal_id).where(AppealProperty.property_id == filters.property_id)
            )
        )
    open_statuses = [s for s in AppealStatus if s not in FINISHED_STATUSES]
    if filters.overdue_on is not None:
        query = query.where(Appeal.status.in_(open_statuses), Appeal.due_date < filters.overdue_on)
    if filters.due_soon_on is not None:
        limit = deadlines.due_soon_limit(filters.due_soon_on)
        query = query.where(
            Appeal.status.in_(open_statuses),
            Appeal.due_date >= filters.due_soon_on,
            Appeal.due_date <= limit,
        )
    if filters.answered_late:
        # answered_at is a moment, due_date a day: the office day ends at midnight Moscow time.
        query = query.where(
            Appeal.answered_at.is_not(None), Appeal.answered_at >= due_day_end(Appeal.due_date)
        )
    return query


def fetch_page(
    uow: UnitOfWork,
    *,
    actor: UserView,
    filters: RegisterFilter = RegisterFilter(),
    after: RegisterKey | None = None,
    limit: int = PAGE_SIZE,
) -> RegisterPage:
    repeat_count = (
        select(func.count())
        .select_from(AppealRepeat)
        .where(AppealRepeat.appeal_id == Appeal.id)
        .scalar_subquery()
    )
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(
                Appeal.id,
                Appeal.reg_number,
                Appeal.received_at,
                Appeal.channel,
                Appeal.kind,
                Applicant.kind,
                Applicant.surname,
                Applicant.first_name,
                Applicant.patronymic,
                Applicant.organisation_name,
                Appeal.summary,
                Appeal.status,
                Appeal.due_date,
                Appeal.is_anonymous,
                User.full_name,
                repeat_count,
                Appeal.answered_at,
            )
            .outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
            .outerjoin(User, User.id == Appeal.assignee_id)
            .order_by(Appeal.received_at.desc(), Appeal.id.desc())
            .limit(limit + 1)
        )
        query = _filtered(query, filters)
        if after is not None:
            # The first term is the index range both backends seek by; the second breaks ties.
            query = query.where(
                Appeal.received_at <= after.received_at,
                or_(Appeal.received_at < after.received_at, Appeal.id < after.id),
            )
        rows = [
            RegisterRow(
                id=r[0],
                reg_number=r[1],
                received_at=r[2],
                channel=r[3],
                kind=r[4],
                applicant=applicant_display_name(r[5], r[6], r[7], r[8], r[9]),
                summary=r[10],
                status=r[11],
                due_date=r[12],
                is_anonymous=r[13],
                assignee=short_person_name(r[14]) if r[14] else "",
                repeat_count=r[15],
                answered_at=r[16],
            )
            for r in uow.session.execute(query)
        ]
        return RegisterPage(tuple(rows[:limit]), has_more=len(rows) > limit)


def count_appeals(uow: UnitOfWork, *, actor: UserView, filters: RegisterFilter = RegisterFilter()) -> int:
    """How many appeals match: a separate call, made when the filter changes, not on every page."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = select(func.count(Appeal.id)).select_from(Appeal)
        if filters.search.strip():
            query = query.outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
        return int(uow.session.scalar(_filtered(query, filters)) or 0)
