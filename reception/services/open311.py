"""Open311 GeoReport v2: portal requests imported as appeals, appeal statuses exported back.

An import is one transaction: every record is checked (format, service code mapping, the appeal's
own validation) and any problem refuses the whole file with a list naming record, field, value and
reason. A request id already imported is skipped, so importing a file again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.intake_models import Open311Request, Open311ServiceMapping
from reception.db.models import Appeal, Topic
from reception.db.property_models import Property
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.db.workflow_models import Department
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    ApplicantDraft,
    Channel,
    Identification,
    QuestionDraft,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import FieldError, NotFound, ValidationError
from reception.domain.open311 import (
    Open311Error,
    Open311Problem,
    ServiceRequest,
    detect_format,
    read_requests,
    write_requests,
)
from reception.domain.permissions import Permission
from reception.domain.properties import parse_address
from reception.domain.text import fold
from reception.services.appeals import add_registered_appeal
from reception.services.audit import record_event
from reception.services.property_links import add_link
from reception.services.users import UserView, load_actor

Progress = Callable[[int, int], None]

# The appeal's fields as a portal operator knows them.
_PORTAL_FIELD = {
    "text": "description",
    "summary": "service_name",
    "received_at": "requested_datetime",
    "applicant.surname": "last_name",
    "applicant.first_name": "first_name",
    "applicant.email": "email",
    "applicant.phone": "phone",
}


@dataclass(frozen=True)
class ServiceMappingView:
    service_code: str
    topic_code: str
    topic_name: str


@dataclass(frozen=True)
class Open311ImportResult:
    imported: tuple[str, ...]  # registration numbers of the new appeals, in file order
    skipped: tuple[str, ...]  # request ids imported before
    linked_properties: int
    dry_run: bool = False


class _DryRunDone(Exception):
    """Leaves a dry run's transaction through its rollback, carrying what the import would do."""

    def __init__(self, result: Open311ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


# ------------------------------------------------------------------------------------ mappings


def set_service_mapping(uow: UnitOfWork, *, actor: UserView, service_code: str, topic_code: str) -> None:
    """Requests with `service_code` are registered under `topic_code` from now on (audited)."""
    service_code, topic_code = service_code.strip(), topic_code.strip()
    if not service_code or len(service_code) > 64:
        raise ValidationError(FieldError("service_code", "Код услуги портала: от 1 до 64 знаков."))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_REFERENCE_DATA)
        topic = uow.session.get(Topic, topic_code)
        if topic is None or not topic.is_active:
            raise ValidationError(
                FieldError("topic_code", f"Кода {topic_code} нет в действующем классификаторе.")
            )
        row = uow.session.get(Open311ServiceMapping, service_code)
        before = row.topic_code if row else None
        if row is None:
            uow.session.add(Open311ServiceMapping(service_code=service_code, topic_code=topic_code))
        else:
            row.topic_code, row.updated_at = topic_code, utcnow()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="open311_mapping",
            entity_id=0,
            action="changed",
            changes={service_code: {"before": before, "after": topic_code}},
        )


def remove_service_mapping(uow: UnitOfWork, *, actor: UserView, service_code: str) -> None:
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_REFERENCE_DATA)
        row = uow.session.get(Open311ServiceMapping, service_code)
        if row is None:
            raise NotFound(f"Код услуги {service_code} не сопоставлен ни одной теме.")
        uow.session.delete(row)
        record_event(
            uow.session,
            user_id=admin.id,
            entity="open311_mapping",
            entity_id=0,
            action="removed",
            changes={service_code: {"before": row.topic_code, "after": None}},
        )


def list_service_mappings(uow: UnitOfWork) -> list[ServiceMappingView]:
    with uow:
        rows = uow.session.execute(
            select(Open311ServiceMapping.service_code, Open311ServiceMapping.topic_code, Topic.name)
            .join(Topic, Topic.code == Open311ServiceMapping.topic_code)
            .order_by(Open311ServiceMapping.service_code)
        )
        return [ServiceMappingView(*r) for r in rows]


# -------------------------------------------------------------------------------------- import


def import_open311_file(
    uow: UnitOfWork, *, actor: UserView, path: Path, dry_run: bool = False, progress: Progress | None = None
) -> Open311ImportResult:
    data = Path(path).read_bytes()
    return import_open311(
        uow,
        actor=actor,
        data=data,
        format=detect_format(Path(path).name, data),
        dry_run=dry_run,
        progress=progress,
    )


def import_open311(
    uow: UnitOfWork,
    *,
    actor: UserView,
    data: bytes,
    format: str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Open311ImportResult:
    """Register the file's new requests as appeals, all or none; Open311Error lists every problem."""
    requests, problems = read_requests(data, format=format)
    try:
        with uow:
            clerk = load_actor(uow, actor, Permission.REGISTER_APPEAL)
            result = _import(uow.session, clerk.id, requests, problems, progress, dry_run)
            if dry_run:
                raise _DryRunDone(result)
            return result
    except _DryRunDone as done:
        return done.result


def _import(
    session: Session,
    clerk_id: int,
    requests: list[tuple[int, ServiceRequest]],
    problems: list[Open311Problem],
    progress: Progress | None,
    dry_run: bool,
) -> Open311ImportResult:
    mapping = {
        code: topic
        for code, topic in session.execute(
            select(Open311ServiceMapping.service_code, Open311ServiceMapping.topic_code)
        )
    }
    known = set(
        session.scalars(
            select(Open311Request.service_request_id).where(
                Open311Request.service_request_id.in_([r.service_request_id for _i, r in requests])
            )
        )
    )
    imported: list[str] = []
    skipped: list[str] = []
    linked = 0
    for done, (index, request) in enumerate(requests):
        if progress is not None:
            progress(done, len(requests))
        if request.service_request_id in known:
            skipped.append(request.service_request_id)
            continue
        topic = mapping.get(request.service_code)
        if topic is None:
            problems.append(
                Open311Problem(
                    index,
                    "service_code",
                    request.service_code,
                    "код услуги не сопоставлен теме классификатора («reception-admin open311 map КОД ТЕМА»)",
                )
            )
            continue
        try:
            appeal = add_registered_appeal(session, clerk_id=clerk_id, draft=_draft(request, topic))
        except ValidationError as error:
            problems.extend(
                Open311Problem(index, _PORTAL_FIELD.get(e.field, e.field), "", e.message)
                for e in error.errors
            )
            continue
        session.add(
            Open311Request(
                service_request_id=request.service_request_id,
                appeal_id=appeal.id,
                service_code=request.service_code,
                service_name=request.service_name,
                address=request.address,
                address_id=request.address_id,
                zipcode=request.zipcode,
                lat=request.lat,
                long=request.long,
                media_url=request.media_url,
            )
        )
        property_id = match_property(session, request.address)
        if property_id is not None:
            add_link(session, user_id=clerk_id, appeal_id=appeal.id, property_id=property_id)
            linked += 1
        imported.append(appeal.reg_number)
    if problems:
        raise Open311Error(sorted(problems, key=lambda p: p.record))
    session.flush()
    if progress is not None:
        progress(len(requests), len(requests))
    return Open311ImportResult(tuple(imported), tuple(skipped), linked, dry_run)


def _draft(request: ServiceRequest, topic_code: str) -> AppealDraft:
    assert request.requested_datetime is not None  # parse_requests refuses a request without it
    text = request.description or request.service_name
    summary = request.service_name if request.service_name else ""
    return AppealDraft(
        received_at=request.requested_datetime,
        channel=Channel.CITY_PORTAL,
        kind=AppealKind.STATEMENT,
        text=text,
        summary=summary,
        identification=Identification.PORTAL_ACCOUNT,
        applicant=ApplicantDraft(
            surname=request.last_name,
            first_name=request.first_name,
            email=request.email,
            phone=request.phone,
        ),
        questions=(QuestionDraft(topic_code),),
    )


def match_property(session: Session, address: str) -> int | None:
    """The one property the request's address names: the apartment given in it, else the building's
    own record. None when nothing or more than one record matches.

    Coordinates are not matched: the property register holds no coordinates (lat/long are kept with
    the request and exported back unchanged).
    """
    if not address.strip():
        return None
    parts = parse_address(address)
    key = parts.building_key()
    if not key:
        return None
    rows = session.execute(
        select(Property.id, Property.apartment).where(Property.building_key == key).limit(500)
    ).all()
    apartment = fold(parts.apartment)
    wanted = [r.id for r in rows if fold(r.apartment) == apartment] if apartment else []
    if not apartment:
        wanted = [r.id for r in rows if not r.apartment]
    return wanted[0] if len(wanted) == 1 else None


# -------------------------------------------------------------------------------------- export


def export_open311(
    uow: UnitOfWork, *, actor: UserView, format: str = "json", updated_since: datetime | None = None
) -> bytes:
    """The imported requests with their appeals' current statuses, in the portal's format."""
    return write_requests(request_statuses(uow, actor=actor, updated_since=updated_since), format=format)


def request_statuses(
    uow: UnitOfWork, *, actor: UserView, updated_since: datetime | None = None
) -> list[ServiceRequest]:
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(Open311Request, Appeal, Department.name)
            .join(Appeal, Appeal.id == Open311Request.appeal_id)
            .outerjoin(Department, Department.id == Appeal.department_id)
            .order_by(Appeal.received_at, Appeal.id)
        )
        if updated_since is not None:
            query = query.where(Appeal.updated_at >= updated_since)
        return [
            _status(request, appeal, department) for request, appeal, department in uow.session.execute(query)
        ]


def _status(request: Open311Request, appeal: Appeal, department: str | None) -> ServiceRequest:
    # The answer is due by the end of the due day (office time), not at its first minute.
    expected = (
        datetime.combine(appeal.due_date, time(23, 59, 59), OFFICE_TIMEZONE)
        if appeal.due_date is not None
        else None
    )
    notes = f"{appeal.status.label}, рег. № {appeal.reg_number}"
    return ServiceRequest(
        service_request_id=request.service_request_id,
        status="open" if appeal.status.is_open else "closed",
        status_notes=notes,
        service_name=request.service_name,
        service_code=request.service_code,
        description=appeal.text,
        agency_responsible=department or "",
        requested_datetime=appeal.received_at,
        updated_datetime=appeal.updated_at,
        expected_datetime=expected,
        address=request.address,
        address_id=request.address_id,
        zipcode=request.zipcode,
        lat=request.lat,
        long=request.long,
        media_url=request.media_url,
    )
