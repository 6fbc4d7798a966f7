"""Applicants: finding a known one at intake, and keeping their details."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.db.models import Appeal, Applicant
from reception.db.sqlfunc import prefix_match
from reception.db.uow import UnitOfWork
from reception.domain.appeals import ApplicantDraft, ApplicantKind, applicant_display_name
from reception.domain.contacts import looks_like_phone, normalise_email, normalise_phone
from reception.domain.errors import NotFound
from reception.domain.permissions import Permission
from reception.domain.text import fold
from reception.services.users import UserView, load_actor

SEARCH_LIMIT = 20


@dataclass(frozen=True)
class ApplicantView:
    id: int
    kind: ApplicantKind
    surname: str
    first_name: str
    patronymic: str
    organisation_name: str
    postal_address: str
    email: str
    phone: str
    appeal_count: int = 0

    @property
    def display_name(self) -> str:
        return applicant_display_name(
            self.kind, self.surname, self.first_name, self.patronymic, self.organisation_name
        )

    def to_draft(self) -> ApplicantDraft:
        return ApplicantDraft(
            id=self.id,
            kind=self.kind,
            surname=self.surname,
            first_name=self.first_name,
            patronymic=self.patronymic,
            organisation_name=self.organisation_name,
            postal_address=self.postal_address,
            email=self.email,
            phone=self.phone,
        )


def applicant_view(applicant: Applicant, appeal_count: int = 0) -> ApplicantView:
    return ApplicantView(
        id=applicant.id,
        kind=applicant.kind,
        surname=applicant.surname,
        first_name=applicant.first_name,
        patronymic=applicant.patronymic,
        organisation_name=applicant.organisation_name,
        postal_address=applicant.postal_address,
        email=applicant.email,
        phone=applicant.phone,
        appeal_count=appeal_count,
    )


def name_key(kind: ApplicantKind, surname: str, first_name: str, patronymic: str, organisation: str) -> str:
    if kind is ApplicantKind.ORGANISATION:
        return fold(organisation)
    return fold(f"{surname} {first_name} {patronymic}")


def apply_draft(applicant: Applicant, draft: ApplicantDraft) -> None:
    """Copy a cleaned draft onto a row, keeping the search key in step."""
    applicant.kind = draft.kind
    applicant.surname = draft.surname
    applicant.first_name = draft.first_name
    applicant.patronymic = draft.patronymic
    applicant.organisation_name = draft.organisation_name
    applicant.postal_address = draft.postal_address
    applicant.email = draft.email
    applicant.phone = draft.phone
    applicant.name_key = name_key(
        draft.kind, draft.surname, draft.first_name, draft.patronymic, draft.organisation_name
    )


def save_applicant(session: Session, draft: ApplicantDraft) -> Applicant | None:
    """The row for a cleaned draft: the picked applicant updated, a new one, or None if empty."""
    if draft.is_empty:
        return None
    if draft.id is not None:
        applicant = session.get(Applicant, draft.id)
        if applicant is None:
            raise NotFound(
                "Выбранный заявитель не найден: возможно, запись была объединена. Найдите его заново."
            )
    else:
        applicant = Applicant(kind=draft.kind)
        session.add(applicant)
    apply_draft(applicant, draft)
    return applicant


def find_applicants(uow: UnitOfWork, *, actor: UserView, term: str) -> list[ApplicantView]:
    """Known applicants for a phone number, an e-mail or the start of a surname (or organisation).

    The first matches by name come with their appeal counts, most active first: the regular on top.
    """
    term = term.strip()
    if not term:
        return []
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        if looks_like_phone(term):
            phone = normalise_phone(term)
            digits = "".join(ch for ch in term if ch.isdigit())
            condition = Applicant.phone == phone if phone else Applicant.phone.endswith(digits[-10:])
        elif "@" in term:
            condition = Applicant.email == (normalise_email(term) or term)
        else:
            key = fold(term)
            condition = prefix_match(Applicant.name_key, key)
        candidates = (
            select(Applicant.id)
            .where(condition)
            .order_by(Applicant.name_key, Applicant.id)
            .limit(SEARCH_LIMIT)
            .subquery()
        )
        appeal_count = (
            select(func.count(Appeal.id)).where(Appeal.applicant_id == Applicant.id).scalar_subquery()
        )
        query = select(Applicant, appeal_count).where(Applicant.id.in_(select(candidates.c.id)))
        found = [applicant_view(a, n) for a, n in uow.session.execute(query)]
        return sorted(found, key=lambda v: (-v.appeal_count, fold(v.display_name), v.id))
