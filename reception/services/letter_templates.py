"""Letter templates: the shipped defaults, the administrator's edits, files in and out.

A template file is the body's Jinja2 source after a header in a Jinja comment:

    {#- reception-template
    name: answer_on_merits
    kind: answer
    title: О рассмотрении обращения от {{ appeal.registered }} № {{ appeal.reg_number }}
    -#}
    {{ applicant.salutation }}
    …

Saving a template compiles it and renders it against realistic sample fields, so a syntax error or a
misspelt field is reported (with its line and column) when the template is saved, not when a letter
is being written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.db.letter_models import LetterTemplate
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.documents.templating import TemplateError, render_template
from reception.domain.errors import FieldError, NotFound, StaleRecord, ValidationError
from reception.domain.letters import LetterKind
from reception.domain.permissions import Permission
from reception.paths import resource
from reception.services.audit import diff, record_event
from reception.services.letter_fields import sample_fields
from reception.services.users import UserView, load_actor

HEADER = re.compile(r"\A\s*\{#-?\s*reception-template\s*\n(?P<meta>.*?)\n\s*-?#\}\n?", re.DOTALL)
NAME = re.compile(r"^[a-z0-9_][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class TemplateDraft:
    name: str
    title: str
    kind: LetterKind
    body: str


@dataclass(frozen=True)
class TemplateView:
    id: int
    name: str
    title: str
    kind: LetterKind
    body: str
    active: bool
    version: int
    updated_at: datetime


def _view(t: LetterTemplate) -> TemplateView:
    return TemplateView(t.id, t.name, t.title, t.kind, t.body, t.active, t.version, t.updated_at)


def parse_template_file(text: str, *, source: str = "") -> TemplateDraft:
    """A template file's header and body; ValidationError naming what is missing."""
    match = HEADER.match(text)
    where = f" ({source})" if source else ""
    if match is None:
        raise ValidationError(
            FieldError("file", f"Нет заголовка шаблона{where}: файл начинается с «{{#- reception-template».")
        )
    meta: dict[str, str] = {}
    for line in match.group("meta").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    missing = [key for key in ("name", "kind", "title") if not meta.get(key)]
    if missing:
        raise ValidationError(FieldError("file", f"В заголовке шаблона{where} нет: {', '.join(missing)}."))
    try:
        kind = LetterKind.of(meta["kind"])
    except ValueError:
        kinds = ", ".join(k.value for k in LetterKind)
        raise ValidationError(
            FieldError("kind", f"Вид письма «{meta['kind']}» неизвестен; возможны: {kinds}.")
        ) from None
    return TemplateDraft(meta["name"], meta["title"], kind, text[match.end() :].rstrip() + "\n")


def template_file_text(view: TemplateView | TemplateDraft) -> str:
    return (
        f"{{#- reception-template\nname: {view.name}\nkind: {view.kind.value}\ntitle: {view.title}\n-#}}\n"
        f"{view.body.rstrip()}\n"
    )


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template being edited: the field, the message, where (1-based) if known."""

    field: str  # "name", "title" or "body"
    message: str  # what is wrong, without the place (`line`, `column` say where)
    line: int | None = None
    column: int | None = None


def _field_errors(draft: TemplateDraft) -> list[FieldError]:
    errors = []
    if not NAME.match(draft.name.strip()):
        errors.append(
            FieldError("name", "Имя шаблона: латинские строчные буквы, цифры, «_» и «-», до 64 знаков.")
        )
    title = draft.title.strip()
    if not title or len(title) > 500:
        errors.append(FieldError("title", "Заголовок к тексту обязателен (до 500 знаков)."))
    if not draft.body.strip():
        errors.append(FieldError("body", "Текст шаблона пуст."))
    return errors


def validate_template(draft: TemplateDraft) -> TemplateDraft:
    """Checked and cleaned; TemplateError (line, column) when it does not render on sample fields."""
    errors = _field_errors(draft)
    if errors:
        raise ValidationError(errors[0])
    name, title = draft.name.strip(), draft.title.strip()
    fields = sample_fields()
    render_template(title, fields, name=f"{name}: заголовок")
    render_template(draft.body, fields, name=name)
    return TemplateDraft(name, title, draft.kind, draft.body)


def template_problems(draft: TemplateDraft) -> tuple[TemplateProblem, ...]:
    """Everything that would stop the draft from being saved, all at once (empty: it saves).

    The same checks as saving: the title and the body are compiled and rendered against the sample
    fields, so a syntax error or an unknown field comes back with its line and column.
    """
    problems = [TemplateProblem(e.field, e.message) for e in _field_errors(draft)]
    fields = sample_fields()
    name = draft.name.strip()
    for field, source, label in (
        ("title", draft.title.strip(), f"{name}: заголовок" if name else "заголовок"),
        ("body", draft.body, name),
    ):
        if not source.strip():
            continue
        try:
            render_template(source, fields, name=label)
        except TemplateError as error:
            problems.append(TemplateProblem(field, error.detail, error.line, error.column))
    return tuple(problems)


def default_template_files() -> list[Path]:
    folder = resource("templates")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [folder / name for name in manifest["templates"]]


def load_default_templates(session: Session) -> int:
    """Add every shipped template the database lacks (by name); the number added."""
    existing = set(session.scalars(select(LetterTemplate.name)))
    added = 0
    for path in default_template_files():
        draft = parse_template_file(path.read_text(encoding="utf-8"), source=path.name)
        if draft.name in existing:
            continue
        session.add(
            LetterTemplate(
                name=draft.name,
                title=draft.title,
                kind=draft.kind,
                body=draft.body,
                active=True,
                updated_at=utcnow(),
            )
        )
        added += 1
    session.flush()
    return added


def ensure_templates(session: Session) -> None:
    """On first use: a database without any template gets the defaults."""
    if session.scalar(select(LetterTemplate.id).limit(1)) is None:
        load_default_templates(session)


def list_templates(uow: UnitOfWork, *, actor: UserView, include_inactive: bool = False) -> list[TemplateView]:
    with uow:
        load_actor(uow, actor, Permission.DRAFT_LETTERS)
        ensure_templates(uow.session)
        query = select(LetterTemplate).order_by(LetterTemplate.id)
        if not include_inactive:
            query = query.where(LetterTemplate.active.is_(True))
        return [_view(t) for t in uow.session.scalars(query)]


def load_template(session: Session, name: str) -> LetterTemplate:
    ensure_templates(session)
    template = session.scalar(select(LetterTemplate).where(LetterTemplate.name == name.strip()))
    if template is None:
        raise NotFound(f"Шаблон письма «{name.strip()}» не найден.")
    return template


def get_template(uow: UnitOfWork, *, actor: UserView, name: str) -> TemplateView:
    with uow:
        load_actor(uow, actor, Permission.DRAFT_LETTERS)
        return _view(load_template(uow.session, name))


def create_template(uow: UnitOfWork, *, actor: UserView, draft: TemplateDraft) -> TemplateView:
    clean = validate_template(draft)
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_LETTER_TEMPLATES)
        ensure_templates(uow.session)
        if uow.session.scalar(select(LetterTemplate.id).where(LetterTemplate.name == clean.name)) is not None:
            raise ValidationError(FieldError("name", f"Шаблон «{clean.name}» уже есть."))
        template = LetterTemplate(
            name=clean.name,
            title=clean.title,
            kind=clean.kind,
            body=clean.body,
            active=True,
            updated_at=utcnow(),
        )
        uow.session.add(template)
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="letter_template",
            entity_id=template.id,
            action="created",
            changes={"name": clean.name, "kind": clean.kind},
        )
        return _view(template)


def update_template(
    uow: UnitOfWork, *, actor: UserView, name: str, draft: TemplateDraft, version: int | None = None
) -> TemplateView:
    """Replace title, kind and body (the name stays); `version` guards against a concurrent edit."""
    clean = validate_template(TemplateDraft(name, draft.title, draft.kind, draft.body))
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_LETTER_TEMPLATES)
        template = load_template(uow.session, name)
        if version is not None and template.version != version:
            raise StaleRecord(
                "Шаблон изменил другой пользователь. Откройте его заново.",
                theirs={"version": template.version},
                mine={"version": version},
            )
        before = {
            "title": template.title,
            "kind": template.kind,
            "body": template.body,
            "active": template.active,
        }
        template.title, template.kind, template.body, template.active = (
            clean.title,
            clean.kind,
            clean.body,
            True,
        )
        template.updated_at = utcnow()
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="letter_template",
            entity_id=template.id,
            action="changed",
            changes=diff(
                before, {"title": clean.title, "kind": clean.kind, "body": clean.body, "active": True}
            ),
        )
        return _view(template)


def import_template(uow: UnitOfWork, *, actor: UserView, path: Path) -> tuple[TemplateView, bool]:
    """Create or replace the template a file describes; (view, created)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(FieldError("file", f"Файл «{path}» не прочитан: {error}")) from None
    draft = parse_template_file(text, source=Path(path).name)
    with uow:
        load_actor(uow, actor, Permission.MANAGE_LETTER_TEMPLATES)
        ensure_templates(uow.session)
        exists = (
            uow.session.scalar(select(LetterTemplate.id).where(LetterTemplate.name == draft.name)) is not None
        )
    if exists:
        return update_template(uow, actor=actor, name=draft.name, draft=draft), False
    return create_template(uow, actor=actor, draft=draft), True


def deactivate_template(uow: UnitOfWork, *, actor: UserView, name: str) -> TemplateView:
    """Out of the choice for new letters; letters already made from it keep their text."""
    return _set_active(uow, actor=actor, name=name, active=False)


def activate_template(uow: UnitOfWork, *, actor: UserView, name: str) -> TemplateView:
    """Back into the choice for new letters (undoes deactivate_template)."""
    return _set_active(uow, actor=actor, name=name, active=True)


def _set_active(uow: UnitOfWork, *, actor: UserView, name: str, active: bool) -> TemplateView:
    with uow:
        admin = load_actor(uow, actor, Permission.MANAGE_LETTER_TEMPLATES)
        template = load_template(uow.session, name)
        template.active = active
        template.updated_at = utcnow()
        uow.flush()
        record_event(
            uow.session,
            user_id=admin.id,
            entity="letter_template",
            entity_id=template.id,
            action="activated" if active else "deactivated",
            changes={},
        )
        return _view(template)


__all__ = ["TemplateDraft", "TemplateError", "TemplateProblem", "TemplateView"]
