"""Registering, reading and editing appeals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.models import Appeal, Question, Topic, User
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import AppealRepeat, Assignment, DeadlineExtension, Department
from reception.domain import deadlines
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    AppealStatus,
    ApplicantDraft,
    Channel,
    Identification,
    Outcome,
    QuestionDraft,
    counts_as_identified,
    is_anonymous,
)
from reception.domain.errors import NotFound, PermissionDenied, StaleRecord
from reception.domain.permissions import Permission, require
from reception.domain.regnumbers import format_reg_number, parse_reg_number
from reception.domain.validation import validate_draft
from reception.domain.workflow import LegalGround
from reception.services.applicants import ApplicantView, applicant_view, save_applicant
from reception.services.audit import diff, record_event
from reception.services.deadline_rules import load_rules
from reception.services.office_settings import REG_PREFIX, read_setting
from reception.services.regcounters import next_sequence
from reception.services.users import UserView, load_actor


@dataclass(frozen=True)
class QuestionView:
    topic_code: str
    topic_name: str
    outcome: Outcome


@dataclass(frozen=True)
class ExtensionView:
    days: int
    reason: str
    previous_due: date
    new_due: date
    extended_by: str
    extended_at: datetime


@dataclass(frozen=True)
class AppealView:
    id: int
    reg_number: str
    received_at: datetime
    registered_at: datetime
    channel: Channel
    kind: AppealKind
    is_collective: bool
    summary: str
    text: str
    status: AppealStatus
    due_date: date | None
    identification: Identification
    is_anonymous: bool
    applicant: ApplicantView | None
    questions: tuple[QuestionView, ...]
    registered_by: str
    assignee: str | None
    version: int
    assignee_id: int | None = None
    department: str | None = None
    control_date: date | None = None
    resolution: str = ""
    initial_due: date | None = None
    extension: ExtensionView | None = None
    forwarding_due: date | None = None
    registration_due: date | None = None
    closing_ground: LegalGround | None = None
    answered_at: datetime | None = None
    repeats: tuple[str, ...] = ()

    def is_overdue(self, today: date) -> bool:
        return deadlines.is_overdue(self.due_date, self.status, today)

    def is_due_soon(self, today: date) -> bool:
        return deadlines.is_due_soon(self.due_date, self.status, today)

    @property
    def registered_late(self) -> bool:
        return (
            self.registration_due is not None
            and deadlines.office_date(self.registered_at) > self.registration_due
        )

    @property
    def answered_late(self) -> bool:
        answered_on = deadlines.office_date(self.answered_at) if self.answered_at else None
        return deadlines.is_answered_late(self.due_date, answered_on)

    @property
    def counts_as_identified(self) -> bool:
        return counts_as_identified(self.channel, self.identification)

    def to_draft(self) -> AppealDraft:
        return AppealDraft(
            received_at=self.received_at,
            channel=self.channel,
            kind=self.kind,
            text=self.text,
            summary=self.summary,
            is_collective=self.is_collective,
            identification=self.identification,
            applicant=self.applicant.to_draft() if self.applicant else ApplicantDraft(),
            questions=tuple(QuestionDraft(q.topic_code, q.outcome) for q in self.questions),
        )


def _topic_checker(session: Session) -> Callable[[str], bool]:
    def exists(code: str) -> bool:
        return (
            session.scalar(select(Topic.code).where(Topic.code == code, Topic.is_active.is_(True)))
            is not None
        )

    return exists


def _appeal_view(session: Session, appeal: Appeal) -> AppealView:
    names = {
        code: name
        for code, name in session.execute(
            select(Topic.code, Topic.name).where(Topic.code.in_([q.topic_code for q in appeal.questions]))
        )
    }
    registered_by = session.get(User, appeal.registered_by_id)
    assignee = session.get(User, appeal.assignee_id) if appeal.assignee_id else None
    department = session.get(Department, appeal.department_id) if appeal.department_id else None
    assignment = session.scalar(
        select(Assignment)
        .where(Assignment.appeal_id == appeal.id, Assignment.ended_at.is_(None))
        .order_by(Assignment.id.desc())
    )
    extension = session.scalar(select(DeadlineExtension).where(DeadlineExtension.appeal_id == appeal.id))
    extended_by = session.get(User, extension.extended_by_id) if extension else None
    repeats = tuple(
        session.scalars(
            select(Appeal.reg_number)
            .join(AppealRepeat, AppealRepeat.earlier_appeal_id == Appeal.id)
            .where(AppealRepeat.appeal_id == appeal.id)
            .order_by(Appeal.registered_at)
        )
    )
    rules = load_rules(session)
    registered_on = deadlines.office_date(appeal.registered_at)
    return AppealView(
        id=appeal.id,
        reg_number=appeal.reg_number,
        received_at=appeal.received_at,
        registered_at=appeal.registered_at,
        channel=appeal.channel,
        kind=appeal.kind,
        is_collective=appeal.is_collective,
        summary=appeal.summary,
        text=appeal.text,
        status=appeal.status,
        due_date=appeal.due_date,
        identification=appeal.identification,
        is_anonymous=appeal.is_anonymous,
        applicant=applicant_view(appeal.applicant) if appeal.applicant else None,
        questions=tuple(
            QuestionView(q.topic_code, names.get(q.topic_code, ""), q.outcome) for q in appeal.questions
        ),
        registered_by=registered_by.full_name if registered_by else "",
        assignee=assignee.full_name if assignee else None,
        version=appeal.version,
        assignee_id=appeal.assignee_id,
        department=department.name if department else None,
        control_date=appeal.control_date,
        resolution=assignment.resolution if assignment else "",
        initial_due=extension.previous_due if extension else appeal.due_date,
        extension=ExtensionView(
            extension.days,
            extension.reason,
            extension.previous_due,
            extension.new_due,
            extended_by.full_name if extended_by else "",
            extension.extended_at,
        )
        if extension
        else None,
        forwarding_due=deadlines.forwarding_due(registered_on, rules),
        registration_due=deadlines.registration_due(deadlines.office_date(appeal.received_at), rules),
        closing_ground=appeal.closing_ground,
        answered_at=appeal.answered_at,
        repeats=repeats,
    )


_APPLICANT_FIELDS = (
    "surname",
    "first_name",
    "patronymic",
    "organisation_name",
    "postal_address",
    "email",
    "phone",
)


def _snapshot(appeal: Appeal) -> dict[str, Any]:
    """The fields the audit log compares before and after an edit."""
    applicant = appeal.applicant
    return {
        "received_at": appeal.received_at,
        "channel": appeal.channel,
        "kind": appeal.kind,
        "is_collective": appeal.is_collective,
        "summary": appeal.summary,
        "text": appeal.text,
        "identification": appeal.identification,
        "is_anonymous": appeal.is_anonymous,
        "applicant_id": appeal.applicant_id,
        **{
            f"applicant.{name}": getattr(applicant, name) if applicant else None for name in _APPLICANT_FIELDS
        },
        "questions": [f"{q.topic_code}:{q.outcome.value}" for q in appeal.questions],
    }


def _draft_snapshot(draft: AppealDraft) -> dict[str, Any]:
    """The same keys as _snapshot, for the values the editor tried to save."""
    applicant = draft.applicant
    return {
        "received_at": draft.received_at,
        "channel": draft.channel,
        "kind": draft.kind,
        "is_collective": draft.is_collective,
        "summary": draft.summary,
        "text": draft.text,
        "identification": draft.identification,
        "is_anonymous": is_anonymous(draft.channel, applicant),
        "applicant_id": applicant.id,
        **{f"applicant.{name}": getattr(applicant, name) for name in _APPLICANT_FIELDS},
        "questions": [f"{q.topic_code}:{q.outcome.value}" for q in draft.questions],
    }


def _apply(session: Session, appeal: Appeal, draft: AppealDraft) -> None:
    appeal.received_at = draft.received_at
    appeal.channel = draft.channel
    appeal.kind = draft.kind
    appeal.is_collective = draft.is_collective
    appeal.summary = draft.summary
    appeal.text = draft.text
    appeal.identification = draft.identification
    appeal.is_anonymous = is_anonymous(draft.channel, draft.applicant)
    applicant = save_applicant(session, draft.applicant)
    appeal.applicant = applicant
    # Rows are reused position by position, so (appeal_id, position) never collides mid-flush.
    existing = list(appeal.questions)
    for position, question in enumerate(draft.questions, start=1):
        if position <= len(existing):
            row = existing[position - 1]
            row.topic_code, row.outcome = question.topic_code, question.outcome
        else:
            appeal.questions.append(
                Question(position=position, topic_code=question.topic_code, outcome=question.outcome)
            )
    for row in existing[len(draft.questions) :]:
        appeal.questions.remove(row)


def register_appeal(uow: UnitOfWork, *, actor: UserView, draft: AppealDraft) -> AppealView:
    """Validate, number and store a new appeal; due in 30 days. One transaction."""
    with uow:
        clerk = load_actor(uow, actor, Permission.REGISTER_APPEAL)
        if draft.intake_key:
            already = uow.session.scalar(select(Appeal).where(Appeal.intake_key == draft.intake_key))
            if already is not None:
                # The first attempt committed before the connection dropped: return what it made.
                return _appeal_view(uow.session, already)
        appeal = add_registered_appeal(uow.session, clerk_id=clerk.id, draft=draft)
        return _appeal_view(uow.session, appeal)


def add_registered_appeal(session: Session, *, clerk_id: int, draft: AppealDraft) -> Appeal:
    """Validate, number and add a new appeal within the caller's transaction (imports register many
    in one); ValidationError before anything is added."""
    now = utcnow()
    draft = validate_draft(draft, now=now, topic_exists=_topic_checker(session))
    prefix = read_setting(session, REG_PREFIX) or ""
    today = deadlines.office_date(now)
    rules = load_rules(session)
    sequence = next_sequence(session, prefix, today.year)
    appeal = Appeal(
        reg_number=format_reg_number(prefix, today.year, sequence),
        registered_at=now,
        status=AppealStatus.REGISTERED,
        due_date=deadlines.answer_due(today, rules=rules),
        registered_by_id=clerk_id,
        intake_key=draft.intake_key[:64] or None,
        updated_at=now,
        updated_by_id=clerk_id,
    )
    session.add(appeal)
    _apply(session, appeal, draft)
    session.flush()
    record_event(
        session,
        user_id=clerk_id,
        entity="appeal",
        entity_id=appeal.id,
        action="registered",
        changes={"reg_number": {"before": None, "after": appeal.reg_number}} | diff({}, _snapshot(appeal)),
    )
    return appeal


def update_appeal(
    uow: UnitOfWork,
    *,
    actor: UserView,
    appeal_id: int,
    expected_version: int,
    draft: AppealDraft,
    overwrite: bool = False,
) -> AppealView:
    """Save an edited appeal; StaleRecord when someone saved it after `expected_version`.

    The conflict carries both sides (`theirs` includes their `version`): the editor merges field by
    field and saves against that version, or, where the role allows, overwrites (`overwrite=True`).
    """
    with uow:
        editor = load_actor(uow, actor, Permission.EDIT_APPEAL)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        draft = validate_draft(draft, now=utcnow(), topic_exists=_topic_checker(uow.session))
        overwritten = False
        if appeal.version != expected_version:
            if overwrite:
                require(editor.role, Permission.OVERWRITE_CHANGES)
                overwritten = True
            else:
                who = uow.session.get(User, appeal.updated_by_id) if appeal.updated_by_id else None
                at = appeal.updated_at.astimezone(deadlines.OFFICE_TIMEZONE)
                raise StaleRecord(
                    f"Обращение {appeal.reg_number} изменил {who.full_name if who else 'другой пользователь'} "
                    f"в {at:%H:%M %d.%m.%Y}, пока оно было открыто у вас.",
                    theirs=_snapshot(appeal)
                    | {
                        "version": appeal.version,
                        "updated_by": who.full_name if who else "",
                        "updated_at": appeal.updated_at,
                    },
                    mine=_draft_snapshot(draft),
                )
        before = _snapshot(appeal)
        _apply(uow.session, appeal, draft)
        changes = diff(before, _snapshot(appeal))
        if changes:
            appeal.updated_at = utcnow()
            appeal.updated_by_id = editor.id
            uow.flush()
            record_event(
                uow.session,
                user_id=editor.id,
                entity="appeal",
                entity_id=appeal.id,
                action="overwritten" if overwritten else "edited",
                changes=changes,
            )
        return _appeal_view(uow.session, appeal)


def get_appeal(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> AppealView:
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        return _appeal_view(uow.session, appeal)


def find_appeal_by_number(uow: UnitOfWork, *, actor: UserView, number: str) -> AppealView:
    """Open an appeal by its registration number as typed (`вп-2026-17` finds `ВП-2026-000017`)."""
    parsed = parse_reg_number(number)
    if parsed is None:
        raise NotFound(f"«{number.strip()[:40]}» — не регистрационный номер (вид ВП-2026-000123).")
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        appeal = uow.session.scalar(select(Appeal).where(Appeal.reg_number == str(parsed)))
        if appeal is None:
            raise NotFound(f"Обращение {parsed} не найдено.")
        return _appeal_view(uow.session, appeal)


def delete_appeal(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> None:
    """Always refused: a registered appeal is ended by the workflow, never erased."""
    with uow:
        user = load_actor(uow, actor)
        require(user.role, Permission.DELETE_APPEAL)
        raise PermissionDenied("Удаление обращений не предусмотрено.")  # pragma: no cover
