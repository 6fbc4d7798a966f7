"""Letters to applicants: a draft from a template, editing, approval with an outgoing number, PDFs.

An answer on the merits drives the appeal's workflow in the same transaction as the letter's own
change: sent for approval = answer prepared, returned = returned for rework, approved = answered.
On approval the letter gets its number from the per-year «ИСХ» counter and today's date, its PDF is
rendered once and stored with its SHA-256, and the row is frozen (service and database trigger).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from reception.db.letter_models import Letter, LetterPrint, LetterTemplate
from reception.db.models import Appeal, User
from reception.db.sqlfunc import folded
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.documents.letter_pdf import LetterData, Letterhead, letter_pdf, save_file, sha256
from reception.documents.templating import render_template
from reception.domain.appeals import ApplicantKind
from reception.domain.deadlines import office_date
from reception.domain.errors import (
    FieldError,
    NotFound,
    PermissionDenied,
    ReceptionError,
    StaleRecord,
    ValidationError,
)
from reception.domain.letters import (
    OUTGOING_SERIES,
    LetterAction,
    LetterKind,
    LetterStatus,
    PrintChannel,
    Recipient,
    letter_actions,
    may_approve,
    personal_data_patterns,
    redact,
)
from reception.domain.permissions import Permission
from reception.domain.regnumbers import format_reg_number
from reception.domain.text import fold
from reception.domain.workflow import Action
from reception.services.audit import record_event
from reception.services.letter_fields import merge_fields, sample_fields
from reception.services.letter_templates import TemplateDraft, load_template
from reception.services.letterhead import Signatory, read_letterhead, read_signatories
from reception.services.regcounters import next_sequence
from reception.services.users import UserView, load_actor
from reception.services.workflow import answer_step

MAX_BODY = 1_000_000
REGISTER_PAGE = 200


class LetterImmutable(ReceptionError):
    """An approved letter never changes: a correction is a new letter."""


class LetterStateError(ReceptionError):
    """The step is not possible in the letter's current state."""


IMMUTABLE = "Письмо утверждено и больше не меняется. Для исправления подготовьте новое письмо."


@dataclass(frozen=True)
class LetterEdits:
    """What the author edits in a draft."""

    title: str
    body: str  # reception.domain.letter_markup
    addressee: str
    signatory: Signatory
    executor_name: str
    executor_phone: str
    hand_delivery: bool = False


@dataclass(frozen=True)
class LetterView:
    id: int
    appeal_id: int
    appeal_reg_number: str
    kind: LetterKind
    status: LetterStatus
    template_name: str
    edits: LetterEdits
    return_comment: str
    out_number: str | None
    out_date: date | None
    pdf_sha256: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    version: int

    @property
    def title(self) -> str:
        return self.edits.title

    def actions(self, actor: UserView) -> frozenset[LetterAction]:
        return letter_actions(
            self.status, role=actor.role, login=actor.login, signatory_login=self.edits.signatory.login
        )


@dataclass(frozen=True)
class OutgoingRow:
    """One line of the outgoing register."""

    letter_id: int
    out_number: str
    out_date: date
    addressee: str
    appeal_id: int
    appeal_reg_number: str
    signatory: str
    title: str
    kind: LetterKind
    status: LetterStatus = LetterStatus.APPROVED
    copies: int = 0  # prints and exports in the print log

    @property
    def key(self) -> tuple[date, int]:
        return self.out_date, self.letter_id


@dataclass(frozen=True)
class OutgoingFilter:
    """Which registered letters the outgoing register shows: a period of outgoing dates and a text
    found (case-insensitively, ё as е) in the number, addressee, title, signatory or appeal number."""

    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class PrintRow:
    at: datetime
    user: str
    channel: PrintChannel
    redacted: bool
    copy_status: LetterStatus
    destination: str


def _name(session: Session, user_id: int | None) -> str | None:
    user = session.get(User, user_id) if user_id else None
    return user.full_name if user else None


def _view(session: Session, letter: Letter) -> LetterView:
    appeal = session.get(Appeal, letter.appeal_id)
    template = session.get(LetterTemplate, letter.template_id) if letter.template_id else None
    return LetterView(
        id=letter.id,
        appeal_id=letter.appeal_id,
        appeal_reg_number=appeal.reg_number if appeal else "",
        kind=letter.kind,
        status=letter.status,
        template_name=template.name if template else "",
        edits=LetterEdits(
            title=letter.title,
            body=letter.body,
            addressee=letter.addressee,
            signatory=Signatory(letter.signatory_position, letter.signatory_name, letter.signatory_login),
            executor_name=letter.executor_name,
            executor_phone=letter.executor_phone,
            hand_delivery=letter.hand_delivery,
        ),
        return_comment=letter.return_comment,
        out_number=letter.out_number,
        out_date=letter.out_date,
        pdf_sha256=letter.pdf_sha256,
        created_by=_name(session, letter.created_by_id) or "",
        created_at=letter.created_at,
        updated_at=letter.updated_at,
        approved_by=_name(session, letter.approved_by_id),
        approved_at=letter.approved_at,
        version=letter.version,
    )


def _appeal(session: Session, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("Обращение не найдено.")
    return appeal


def _letter(session: Session, letter_id: int, *, lock: bool = False) -> Letter:
    query = select(Letter).where(Letter.id == letter_id)
    letter = session.scalar(query.with_for_update(of=Letter) if lock else query)
    if letter is None:
        raise NotFound("Письмо не найдено.")
    return letter


def _recipient(appeal: Appeal) -> Recipient:
    a = appeal.applicant
    if a is None:
        return Recipient("")
    if a.kind is ApplicantKind.ORGANISATION:
        name = a.organisation_name
    else:
        name = " ".join(part for part in (a.surname, a.first_name, a.patronymic) if part)
    return Recipient(name, a.postal_address, a.email)


def _personal_data(appeal: Appeal) -> dict[str, list[str]]:
    """Every form in which the applicant's personal data may appear in a letter."""
    a = appeal.applicant
    if a is None:
        return {"values": [], "phones": []}
    values = [a.postal_address, *a.postal_address.split("\n"), a.email]
    if a.kind is not ApplicantKind.ORGANISATION:
        full = " ".join(p for p in (a.surname, a.first_name, a.patronymic) if p)
        given = " ".join(p for p in (a.first_name, a.patronymic) if p)
        initials = " ".join(f"{p[0]}." for p in (a.first_name, a.patronymic) if p)
        values += [full, given, a.surname, a.first_name, a.patronymic]
        values += [f"{a.surname} {initials}", f"{initials} {a.surname}"]
    return {"values": [v for v in values if v and v.strip()], "phones": [a.phone] if a.phone else []}


def _clean_edits(edits: LetterEdits) -> LetterEdits:
    errors = []
    title = " ".join(edits.title.split())
    if not title:
        errors.append(FieldError("title", "Заголовок к тексту обязателен (ГОСТ Р 7.0.97-2025)."))
    elif len(title) > 500:
        errors.append(FieldError("title", "Заголовок к тексту: не более 500 знаков."))
    if not edits.body.strip():
        errors.append(FieldError("body", "Текст письма пуст."))
    elif len(edits.body) > MAX_BODY:
        errors.append(
            FieldError("body", f"Текст письма слишком длинный (более {MAX_BODY:,} знаков).".replace(",", " "))
        )
    if not edits.signatory.position.strip() or not edits.signatory.name.strip():
        errors.append(FieldError("signatory", "Укажите подписанта: должность, инициалы и фамилию."))
    if errors:
        raise ValidationError(errors)
    return replace(
        edits,
        title=title,
        body=edits.body.replace("\r\n", "\n").strip() + "\n",
        addressee="\n".join(line.strip() for line in edits.addressee.splitlines() if line.strip()),
        executor_name=edits.executor_name.strip()[:200],
        executor_phone=edits.executor_phone.strip()[:64],
        signatory=Signatory(
            edits.signatory.position.strip(), edits.signatory.name.strip(), edits.signatory.login.strip()
        ),
    )


def _apply(letter: Letter, edits: LetterEdits) -> None:
    letter.title = edits.title
    letter.body = edits.body
    letter.addressee = edits.addressee
    letter.hand_delivery = edits.hand_delivery
    letter.signatory_position = edits.signatory.position
    letter.signatory_name = edits.signatory.name
    letter.signatory_login = edits.signatory.login
    letter.executor_name = edits.executor_name
    letter.executor_phone = edits.executor_phone


def _executor_mark(name: str, phone: str) -> tuple[str, str]:
    return (f"Исп.: {name}" if name else "", f"Тел.: {phone}" if phone else "")


def _data(
    appeal: Appeal,
    letterhead: Letterhead,
    edits: LetterEdits,
    *,
    out_number: str = "",
    out_date: date | None = None,
) -> LetterData:
    executor, phone = _executor_mark(edits.executor_name, edits.executor_phone)
    return LetterData(
        letterhead=letterhead,
        out_number=out_number,
        out_date=out_date,
        in_number=appeal.reg_number,
        in_date=office_date(appeal.registered_at),
        addressee=tuple(line for line in edits.addressee.split("\n") if line.strip()),
        title=edits.title,
        body=edits.body,
        signatory_position=edits.signatory.position,
        signatory_name=edits.signatory.name,
        executor_name=executor,
        executor_phone=phone,
        draft=not out_number,
    )


def _redacted(data: LetterData, personal_data: dict[str, list[str]]) -> LetterData:
    pattern = personal_data_patterns(personal_data.get("values", []), personal_data.get("phones", []))
    return replace(
        data,
        addressee=tuple(redact(line, pattern) for line in data.addressee),
        title=redact(data.title, pattern),
        body=redact(data.body, pattern),
        redacted=True,
    )


def _snapshot(data: LetterData, personal_data: dict[str, list[str]]) -> dict[str, Any]:
    stored = asdict(data)
    stored["out_date"] = data.out_date.isoformat() if data.out_date else None
    stored["in_date"] = data.in_date.isoformat() if data.in_date else None
    stored["addressee"] = list(data.addressee)
    stored["personal_data"] = personal_data
    return stored


def _from_snapshot(stored: dict[str, Any]) -> tuple[LetterData, dict[str, list[str]]]:
    values = dict(stored)
    personal = dict(values.pop("personal_data", {}))
    values["letterhead"] = Letterhead(**values["letterhead"])
    values["out_date"] = date.fromisoformat(values["out_date"]) if values["out_date"] else None
    values["in_date"] = date.fromisoformat(values["in_date"]) if values["in_date"] else None
    values["addressee"] = tuple(values["addressee"])
    return LetterData(**values), personal


def _default_edits(session: Session, appeal: Appeal, actor: User, signatory: Signatory | None) -> LetterEdits:
    letterhead = read_letterhead(session)
    signatories = read_signatories(session)
    executor = session.get(User, appeal.assignee_id) if appeal.assignee_id else actor
    return LetterEdits(
        title="",
        body="",
        addressee="\n".join(_recipient(appeal).addressee_lines()),
        signatory=signatory or signatories[0],
        executor_name=executor.full_name if executor else "",
        executor_phone=letterhead.phone,
    )


def _from_template(
    session: Session, appeal: Appeal, template: LetterTemplate, edits: LetterEdits
) -> LetterEdits:
    fields = merge_fields(
        session,
        appeal,
        letterhead=read_letterhead(session),
        signatory=edits.signatory,
        executor_name=edits.executor_name,
        executor_phone=edits.executor_phone,
        today=office_date(utcnow()),
    )
    title = render_template(template.title, fields, name=f"{template.name}: заголовок")
    body = render_template(template.body, fields, name=template.name)
    # The title is printed as plain text: its markup escapes go.
    return replace(edits, title=title.replace("\\*", "*").replace("\\\\", "\\"), body=body)


def create_letter(
    uow: UnitOfWork,
    *,
    actor: UserView,
    appeal_id: int,
    template_name: str,
    signatory: Signatory | None = None,
) -> LetterView:
    """A draft filled in from the template for this appeal."""
    with uow:
        user = load_actor(uow, actor, Permission.DRAFT_LETTERS)
        appeal = _appeal(uow.session, appeal_id)
        template = load_template(uow.session, template_name)
        if not template.active:
            raise ValidationError(
                FieldError("template", f"Шаблон «{template.name}» выведен из употребления.")
            )
        edits = _clean_edits(
            _from_template(
                uow.session, appeal, template, _default_edits(uow.session, appeal, user, signatory)
            )
        )
        now = utcnow()
        letter = Letter(
            appeal_id=appeal.id,
            template_id=template.id,
            kind=template.kind,
            status=LetterStatus.DRAFT,
            return_comment="",
            created_by_id=user.id,
            created_at=now,
            updated_by_id=user.id,
            updated_at=now,
        )
        _apply(letter, edits)
        uow.session.add(letter)
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=appeal.id,
            action="letter_drafted",
            changes={"letter": letter.id, "template": template.name, "kind": template.kind},
        )
        return _view(uow.session, letter)


def _editable(letter: Letter, version: int | None) -> None:
    if letter.status is LetterStatus.APPROVED:
        raise LetterImmutable(IMMUTABLE)
    if not letter.status.editable:
        raise LetterStateError("Письмо на согласовании: изменить его можно после возврата на доработку.")
    if version is not None and letter.version != version:
        raise StaleRecord(
            "Письмо изменил другой пользователь, пока оно было открыто. Откройте его заново.",
            theirs={"version": letter.version},
            mine={"version": version},
        )


def update_letter(
    uow: UnitOfWork, *, actor: UserView, letter_id: int, edits: LetterEdits, version: int | None = None
) -> LetterView:
    """Save the draft's text and details (a draft or a returned letter only)."""
    clean = _clean_edits(edits)
    with uow:
        user = load_actor(uow, actor, Permission.DRAFT_LETTERS)
        letter = _letter(uow.session, letter_id, lock=True)
        _editable(letter, version)
        _apply(letter, clean)
        letter.updated_by_id = user.id
        letter.updated_at = utcnow()
        uow.flush()
        return _view(uow.session, letter)


def send_for_approval(
    uow: UnitOfWork,
    *,
    actor: UserView,
    letter_id: int,
    edits: LetterEdits | None = None,
    version: int | None = None,
) -> LetterView:
    """To the signatory; an answer on the merits moves the appeal to «answer prepared» with it."""
    clean = _clean_edits(edits) if edits is not None else None
    with uow:
        user = load_actor(uow, actor, Permission.DRAFT_LETTERS)
        letter = _letter(uow.session, letter_id, lock=True)
        _editable(letter, version)
        if clean is not None:
            _apply(letter, clean)
        _clean_edits(_view(uow.session, letter).edits)
        if letter.kind.drives_answer:
            answer_step(uow, actor=actor, appeal_id=letter.appeal_id, action=Action.PREPARE_ANSWER)
        letter.status = LetterStatus.ON_APPROVAL
        letter.updated_by_id = user.id
        letter.updated_at = utcnow()
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=letter.appeal_id,
            action="letter_sent_for_approval",
            changes={"letter": letter.id, "signatory": letter.signatory_name},
        )
        return _view(uow.session, letter)


def _approver(user: User, letter: Letter) -> None:
    if not may_approve(user.role, user.login, letter.signatory_login):
        raise PermissionDenied(
            "Утвердить или вернуть письмо может руководитель, администратор или указанный в письме подписант."
        )


def return_letter(uow: UnitOfWork, *, actor: UserView, letter_id: int, comment: str) -> LetterView:
    """Back to the author with what to rework; an answer's appeal returns for rework with it."""
    comment = comment.strip()
    if not comment:
        raise ValidationError(FieldError("comment", "Напишите, что нужно доработать."))
    with uow:
        user = load_actor(uow, actor)
        letter = _letter(uow.session, letter_id, lock=True)
        if letter.status is LetterStatus.APPROVED:
            raise LetterImmutable(IMMUTABLE)
        if letter.status is not LetterStatus.ON_APPROVAL:
            raise LetterStateError("Вернуть можно только письмо, отправленное на согласование.")
        _approver(user, letter)
        if letter.kind.drives_answer:
            answer_step(
                uow, actor=actor, appeal_id=letter.appeal_id, action=Action.RETURN_FOR_REWORK, comment=comment
            )
        letter.status = LetterStatus.RETURNED
        letter.return_comment = comment[:4000]
        letter.updated_by_id = user.id
        letter.updated_at = utcnow()
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=letter.appeal_id,
            action="letter_returned",
            changes={"letter": letter.id, "comment": comment},
        )
        return _view(uow.session, letter)


def approve_letter(uow: UnitOfWork, *, actor: UserView, letter_id: int) -> LetterView:
    """Number, date, the final PDF with its SHA-256; an answer makes the appeal answered, all at once."""
    with uow:
        user = load_actor(uow, actor)
        letter = _letter(uow.session, letter_id, lock=True)
        if letter.status is LetterStatus.APPROVED:
            raise LetterImmutable(IMMUTABLE)
        if letter.status is not LetterStatus.ON_APPROVAL:
            raise LetterStateError("Утвердить можно только письмо, отправленное на согласование.")
        _approver(user, letter)
        appeal = _appeal(uow.session, letter.appeal_id)
        if not letter.hand_delivery and not _recipient(appeal).has_reply_address:
            raise ValidationError(
                FieldError(
                    "hand_delivery",
                    "У заявителя нет ни почтового адреса, ни адреса электронной почты: ответ направить некуда. "
                    "Дополните адрес в обращении или отметьте «Вручить лично» (для выдачи на руки).",
                )
            )
        edits = _view(uow.session, letter).edits
        today = office_date(utcnow())
        number = format_reg_number(
            OUTGOING_SERIES, today.year, next_sequence(uow.session, OUTGOING_SERIES, today.year)
        )
        data = _data(appeal, read_letterhead(uow.session), edits, out_number=number, out_date=today)
        content = letter_pdf(data)
        if letter.kind.drives_answer:
            answer_step(uow, actor=actor, appeal_id=letter.appeal_id, action=Action.APPROVE_ANSWER)
        now = utcnow()
        letter.status = LetterStatus.APPROVED
        letter.out_number = number
        letter.out_date = today
        letter.snapshot = _snapshot(data, _personal_data(appeal))
        letter.pdf = content
        letter.pdf_sha256 = sha256(content)
        letter.approved_by_id = user.id
        letter.approved_at = now
        letter.updated_by_id = user.id
        letter.updated_at = now
        uow.flush()
        record_event(
            uow.session,
            user_id=user.id,
            entity="appeal",
            entity_id=letter.appeal_id,
            action="letter_approved",
            changes={
                "letter": letter.id,
                "out_number": number,
                "out_date": today,
                "sha256": letter.pdf_sha256,
            },
        )
        return _view(uow.session, letter)


def get_letter(uow: UnitOfWork, *, actor: UserView, letter_id: int) -> LetterView:
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        return _view(uow.session, _letter(uow.session, letter_id))


def appeal_letters(uow: UnitOfWork, *, actor: UserView, appeal_id: int) -> list[LetterView]:
    """The appeal's letters, oldest first."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        letters = uow.session.scalars(select(Letter).where(Letter.appeal_id == appeal_id).order_by(Letter.id))
        return [_view(uow.session, letter) for letter in letters]


def _pdf(session: Session, letter: Letter, *, redacted: bool, edits: LetterEdits | None) -> bytes:
    if letter.status is LetterStatus.APPROVED:
        if edits is not None:
            raise LetterImmutable(IMMUTABLE)
        if not redacted and letter.pdf is not None:
            return letter.pdf
        data, personal = _from_snapshot(letter.snapshot or {})
        return letter_pdf(_redacted(data, personal))
    appeal = _appeal(session, letter.appeal_id)
    current = _clean_edits(edits) if edits is not None else _view(session, letter).edits
    data = _data(appeal, read_letterhead(session), current)
    return letter_pdf(_redacted(data, _personal_data(appeal)) if redacted else data)


def letter_pdf_bytes(
    uow: UnitOfWork,
    *,
    actor: UserView,
    letter_id: int,
    redacted: bool = False,
    edits: LetterEdits | None = None,
) -> bytes:
    """The approved letter's stored PDF, or a draft («ПРОЕКТ») rendered now, with unsaved edits if given.

    A redacted copy hides the applicant's name, address, phone and e-mail as «[скрыто]».
    """
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        return _pdf(uow.session, _letter(uow.session, letter_id), redacted=redacted, edits=edits)


def template_draft_pdf(
    uow: UnitOfWork, *, actor: UserView, appeal_id: int, template_name: str, redacted: bool = False
) -> bytes:
    """A draft rendered from a template for an appeal, saved nowhere (the CLI's `letter --template`)."""
    with uow:
        user = load_actor(uow, actor, Permission.DRAFT_LETTERS)
        appeal = _appeal(uow.session, appeal_id)
        template = load_template(uow.session, template_name)
        edits = _clean_edits(
            _from_template(uow.session, appeal, template, _default_edits(uow.session, appeal, user, None))
        )
        data = _data(appeal, read_letterhead(uow.session), edits)
        return letter_pdf(_redacted(data, _personal_data(appeal)) if redacted else data)


def log_print(
    uow: UnitOfWork,
    *,
    actor: UserView,
    letter_id: int,
    channel: PrintChannel,
    redacted: bool = False,
    destination: str = "",
) -> None:
    """Record a print or an export of the letter: who, when, which copy, redacted or not."""
    with uow:
        user = load_actor(uow, actor, Permission.VIEW_APPEALS)
        letter = _letter(uow.session, letter_id)
        uow.session.add(
            LetterPrint(
                letter_id=letter.id,
                user_id=user.id,
                at=utcnow(),
                channel=channel,
                redacted=redacted,
                copy_status=letter.status,
                pdf_sha256=letter.pdf_sha256 if letter.pdf_sha256 and not redacted else "",
                destination=destination[:500],
            )
        )


def export_letter(
    uow: UnitOfWork,
    *,
    actor: UserView,
    letter_id: int,
    path: Path,
    redacted: bool = False,
    channel: PrintChannel = PrintChannel.FILE,
) -> Path:
    """Write the letter's PDF to `path` (whole or not at all) and log the copy."""
    content = letter_pdf_bytes(uow, actor=actor, letter_id=letter_id, redacted=redacted)
    try:
        save_file(content, Path(path))
    except OSError as error:
        raise ReceptionError(f"Файл «{path}» не записан: {error.strerror or error}.") from None
    log_print(
        uow, actor=actor, letter_id=letter_id, channel=channel, redacted=redacted, destination=str(path)
    )
    return Path(path)


def print_log(uow: UnitOfWork, *, actor: UserView, letter_id: int) -> list[PrintRow]:
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        rows = uow.session.execute(
            select(LetterPrint, User.full_name)
            .join(User, User.id == LetterPrint.user_id)
            .where(LetterPrint.letter_id == letter_id)
            .order_by(LetterPrint.id)
        )
        return [PrintRow(p.at, name, p.channel, p.redacted, p.copy_status, p.destination) for p, name in rows]


def _outgoing_conditions(session: Session, filters: OutgoingFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Letter.out_date.is_not(None)]
    if filters.date_from is not None:
        conditions.append(Letter.out_date >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(Letter.out_date <= filters.date_to)
    needle = fold(filters.text)
    if needle:
        sqlite = session.get_bind().dialect.name == "sqlite"
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

        def has(column: Any) -> ColumnElement[bool]:
            if sqlite:
                return func.instr(folded(column), needle) > 0
            return folded(column).like(f"%{escaped}%", escape="\\")

        conditions.append(
            or_(
                *(
                    has(column)
                    for column in (
                        Letter.out_number,
                        Letter.addressee,
                        Letter.title,
                        Letter.signatory_name,
                        Appeal.reg_number,
                    )
                )
            )
        )
    return conditions


def outgoing_register(
    uow: UnitOfWork,
    *,
    actor: UserView,
    filters: OutgoingFilter | None = None,
    after: tuple[date, int] | None = None,
    limit: int = REGISTER_PAGE,
) -> list[OutgoingRow]:
    """Registered letters, newest first, a page at a time: pass the last row's `key` as `after`."""
    filters = filters or OutgoingFilter()
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        copies = (
            select(func.count(LetterPrint.id))
            .where(LetterPrint.letter_id == Letter.id)
            .correlate(Letter)
            .scalar_subquery()
        )
        query = (
            select(
                Letter.id,
                Letter.out_number,
                Letter.out_date,
                Letter.addressee,
                Letter.appeal_id,
                Appeal.reg_number,
                Letter.signatory_name,
                Letter.title,
                Letter.kind,
                Letter.status,
                copies.label("copies"),
            )
            .join(Appeal, Appeal.id == Letter.appeal_id)
            .where(*_outgoing_conditions(uow.session, filters))
            .order_by(Letter.out_date.desc(), Letter.id.desc())
            .limit(max(1, min(limit, 1000)))
        )
        if after is not None:
            day, letter_id = after
            query = query.where(
                or_(Letter.out_date < day, and_(Letter.out_date == day, Letter.id < letter_id))
            )
        return [
            OutgoingRow(
                letter_id=row.id,
                out_number=row.out_number or "",
                out_date=row.out_date,
                addressee=(row.addressee or "").split("\n", 1)[0],
                appeal_id=row.appeal_id,
                appeal_reg_number=row.reg_number,
                signatory=row.signatory_name,
                title=row.title,
                kind=row.kind,
                status=row.status,
                copies=row.copies or 0,
            )
            for row in uow.session.execute(query)
        ]


def count_outgoing(uow: UnitOfWork, *, actor: UserView, filters: OutgoingFilter | None = None) -> int:
    """How many registered letters the filter matches (one COUNT; not for every refresh)."""
    with uow:
        load_actor(uow, actor, Permission.VIEW_APPEALS)
        query = (
            select(func.count(Letter.id))
            .join(Appeal, Appeal.id == Letter.appeal_id)
            .where(*_outgoing_conditions(uow.session, filters or OutgoingFilter()))
        )
        return int(uow.session.scalar(query) or 0)


def _sample_letter(session: Session, draft: TemplateDraft) -> LetterData:
    """The draft template filled in from the sample fields, on the office's own letterhead."""
    letterhead = read_letterhead(session)
    signatory = read_signatories(session)[0]
    fields = dict(sample_fields())
    fields["org"] = replace(
        fields["org"],
        name=letterhead.name,
        address=letterhead.address,
        phone=letterhead.phone,
        email=letterhead.email,
    )
    fields["signatory"] = replace(fields["signatory"], position=signatory.position, name=signatory.name)
    title = render_template(draft.title, fields, name=f"{draft.name}: заголовок")
    body = render_template(draft.body, fields, name=draft.name)
    applicant, appeal, executor = fields["applicant"], fields["appeal"], fields["executor"]
    edits = _clean_edits(
        LetterEdits(
            title=title.replace("\\*", "*").replace("\\\\", "\\"),
            body=body,
            addressee="\n".join((applicant.full_name, applicant.address)),
            signatory=signatory,
            executor_name=executor.full_name,
            executor_phone=executor.phone,
        )
    )
    executor_mark, phone = _executor_mark(edits.executor_name, edits.executor_phone)
    return LetterData(
        letterhead=letterhead,
        out_number="",
        out_date=None,
        in_number=appeal.reg_number,
        in_date=datetime.strptime(appeal.registered, "%d.%m.%Y").date(),
        addressee=tuple(edits.addressee.split("\n")),
        title=edits.title,
        body=edits.body,
        signatory_position=signatory.position,
        signatory_name=signatory.name,
        executor_name=executor_mark,
        executor_phone=phone,
        draft=True,
    )


def template_preview_pdf(
    uow: UnitOfWork, *, actor: UserView, draft: TemplateDraft, appeal_id: int | None = None
) -> bytes:
    """A template being edited (saved or not) rendered as the exact letter PDF, marked as a draft:
    for the appeal given, else for the sample fields. TemplateError (line, column) if it fails."""
    with uow:
        user = load_actor(uow, actor, Permission.MANAGE_LETTER_TEMPLATES)
        if appeal_id is None:
            data = _sample_letter(uow.session, draft)
        else:
            appeal = _appeal(uow.session, appeal_id)
            # A template that is not saved: never added to the session.
            template = LetterTemplate(name=draft.name, title=draft.title, kind=draft.kind, body=draft.body)
            edits = _clean_edits(
                _from_template(uow.session, appeal, template, _default_edits(uow.session, appeal, user, None))
            )
            data = _data(appeal, read_letterhead(uow.session), edits)
    return letter_pdf(data)
