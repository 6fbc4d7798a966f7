"""Repeated appeals: the same applicant asking again about the same question."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select

from reception.db.models import Appeal, Applicant, Question
from reception.db.property_models import AppealProperty
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import AppealRepeat
from reception.domain.appeals import AppealStatus, ApplicantDraft
from reception.domain.contacts import normalise_email, normalise_phone
from reception.domain.errors import FieldError, NotFound, ValidationError
from reception.domain.permissions import Permission
from reception.services.applicants import name_key
from reception.services.audit import record_event
from reception.services.users import UserView, load_actor

CANDIDATE_LIMIT = 20


@dataclass(frozen=True)
class EarlierAppeal:
    id: int
    reg_number: str
    registered_at: datetime
    summary: str
    status: AppealStatus
    shared_topics: tuple[str, ...]


def find_earlier_appeals(
    uow: UnitOfWork,
    *,
    actor: UserView,
    applicant: ApplicantDraft,
    topic_codes: Sequence[str],
    exclude_appeal_id: int | None = None,
    property_ids: Sequence[int] = (),
) -> list[EarlierAppeal]:
    """Earlier appeals of this applicant (the same record, or the same normalised name with the same
    e-mail or phone) on any of these questions or about any of these properties, newest first."""
    email = normalise_email(applicant.email) if applicant.email.strip() else None
    phone = normalise_phone(applicant.phone) if applicant.phone.strip() else None
    key = name_key(
        applicant.kind,
        applicant.surname,
        applicant.first_name,
        applicant.patronymic,
        applicant.organisation_name,
    )
    same_person = []
    if applicant.id is not None:
        same_person.append(Applicant.id == applicant.id)
    contact = [
        c
        for c in (Applicant.email == email if email else None, Applicant.phone == phone if phone else None)
        if c is not None
    ]
    if key and contact:
        same_person.append(and_(Applicant.name_key == key, or_(*contact)))
    if not same_person or not (topic_codes or property_ids):
        return []
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        same_property = (
            select(AppealProperty.id)
            .where(AppealProperty.appeal_id == Appeal.id, AppealProperty.property_id.in_(list(property_ids)))
            .exists()
        )
        query = (
            select(
                Appeal.id,
                Appeal.reg_number,
                Appeal.registered_at,
                Appeal.summary,
                Appeal.status,
                Question.topic_code,
            )
            .join(Applicant, Applicant.id == Appeal.applicant_id)
            .outerjoin(
                Question, and_(Question.appeal_id == Appeal.id, Question.topic_code.in_(list(topic_codes)))
            )
            .where(or_(*same_person), or_(Question.topic_code.is_not(None), same_property))
            .order_by(Appeal.registered_at.desc(), Appeal.id.desc())
            .limit(CANDIDATE_LIMIT * 5)
        )
        if exclude_appeal_id is not None:
            query = query.where(Appeal.id != exclude_appeal_id)
        found: dict[int, EarlierAppeal] = {}
        for appeal_id, number, registered_at, summary, status, code in uow.session.execute(query):
            earlier = found.get(appeal_id)
            topics = (earlier.shared_topics if earlier else ()) + ((code,) if code else ())
            found[appeal_id] = EarlierAppeal(appeal_id, number, registered_at, summary, status, topics)
        return list(found.values())[:CANDIDATE_LIMIT]


def mark_repeated(uow: UnitOfWork, *, actor: UserView, appeal_id: int, earlier_ids: Sequence[int]) -> int:
    """Link the appeal to earlier ones it repeats; the number of earlier appeals linked."""
    if not earlier_ids:
        raise ValidationError(FieldError("earlier", "Выберите хотя бы одно прежнее обращение."))
    if appeal_id in earlier_ids:
        raise ValidationError(FieldError("earlier", "Обращение не может повторять само себя."))
    with uow:
        user = load_actor(uow, actor, Permission.EDIT_APPEAL)
        appeal = uow.session.get(Appeal, appeal_id)
        if appeal is None:
            raise NotFound("Обращение не найдено.")
        known = set(uow.session.scalars(select(Appeal.id).where(Appeal.id.in_(list(earlier_ids)))))
        missing = set(earlier_ids) - known
        if missing:
            raise NotFound("Некоторые из прежних обращений не найдены.")
        linked = set(
            uow.session.scalars(
                select(AppealRepeat.earlier_appeal_id).where(AppealRepeat.appeal_id == appeal_id)
            )
        )
        for earlier in sorted(known - linked):
            uow.session.add(
                AppealRepeat(appeal_id=appeal_id, earlier_appeal_id=earlier, marked_by_id=user.id)
            )
        numbers = list(
            uow.session.scalars(select(Appeal.reg_number).where(Appeal.id.in_(sorted(known - linked))))
        )
        if numbers:
            record_event(
                uow.session,
                user_id=user.id,
                entity="appeal",
                entity_id=appeal_id,
                action="repeated",
                changes={"earlier": numbers},
            )
        uow.flush()
        count = uow.session.scalar(
            select(func.count()).select_from(AppealRepeat).where(AppealRepeat.appeal_id == appeal_id)
        )
        return int(count or 0)
