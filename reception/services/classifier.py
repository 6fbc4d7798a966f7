"""The thematic classifier as reference data: import an edition from a file, look codes up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from reception.db.models import Topic
from reception.db.uow import UnitOfWork
from reception.documents.tabular import RowProblem, TableFileError, csv_rows, decode_text, read_bytes
from reception.domain.classifier import level, normalise_code, parent_code
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission
from reception.services.audit import record_event
from reception.services.users import UserView, load_actor

__all__ = ["ClassifierFileError", "RowProblem", "TopicView", "import_classifier", "list_topics"]


@dataclass(frozen=True)
class TopicView:
    code: str
    name: str
    level: int
    parent_code: str | None


class ClassifierFileError(ReceptionError):
    """The file cannot be imported; `problems` lists every bad row."""

    def __init__(self, message: str, problems: list[RowProblem] | None = None) -> None:
        detail = "\n".join(str(p) for p in (problems or [])[:50])
        super().__init__(f"{message}\n{detail}".strip())
        self.problems = problems or []


@dataclass(frozen=True)
class ClassifierImportResult:
    version: str
    added: int
    updated: int
    deactivated: int


def read_classifier_file(path: Path) -> list[tuple[int, str, str]]:
    """Rows (line number, code, name) of a `code;name` CSV in UTF-8 or Windows-1251."""
    try:
        text = decode_text(read_bytes(path), path.name, expected="CSV «код;наименование»")
        records = list(csv_rows(text))
    except TableFileError as error:
        raise ClassifierFileError(error.message) from error
    rows: list[tuple[int, str, str]] = []
    for number, fields in records:
        if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
            continue
        if not rows and not fields[0].strip()[:1].isdigit():
            continue  # the header row: whatever it calls the columns, they are code and name
        rows.append((number, fields[0].strip(), fields[1].strip() if len(fields) > 1 else ""))
    return rows


def import_classifier(
    uow: UnitOfWork, *, actor: UserView | None, path: Path, version: str | None = None
) -> ClassifierImportResult:
    """Load an edition all-or-nothing; codes missing from it stay in the database, inactive.

    `actor` is None only for the bootstrap import of the shipped default on an empty database.
    """
    version = (version or path.stem).strip()[:64]
    rows = read_classifier_file(path)
    problems: list[RowProblem] = []
    topics: dict[str, tuple[str, int]] = {}
    for number, raw_code, name in rows:
        try:
            code = normalise_code(raw_code)
        except ValueError:
            problems.append(RowProblem(number, "код", raw_code, "не код вида 0005.0005.0056.1149"))
            continue
        if not name:
            problems.append(RowProblem(number, "наименование", "", "наименование не указано"))
        elif code in topics:
            problems.append(RowProblem(number, "код", raw_code, f"код уже был в строке {topics[code][1]}"))
        else:
            topics[code] = (name, number)
    for code, (_name, number) in topics.items():
        parent = parent_code(code)
        if parent is not None and parent not in topics:
            problems.append(RowProblem(number, "код", code, f"нет родительского раздела {parent}"))
    if not topics and not problems:
        problems.append(RowProblem(0, "код", "", "в файле нет ни одной строки классификатора"))
    if problems:
        problems.sort(key=lambda p: p.row)
        raise ClassifierFileError(
            f"Классификатор из {path.name} не загружен: ошибок {len(problems)}.", problems
        )

    with uow:
        user_id = None
        if actor is not None:
            user_id = load_actor(uow, actor, Permission.MANAGE_REFERENCE_DATA).id
        elif uow.session.scalar(select(Topic.code).limit(1)) is not None:
            raise ReceptionError("Классификатор уже загружен: обновлять его может только администратор.")
        existing = {t.code: t for t in uow.session.scalars(select(Topic))}
        added = updated = 0
        for code, (name, _number) in topics.items():
            topic = existing.get(code)
            if topic is None:
                uow.session.add(
                    Topic(
                        code=code,
                        name=name,
                        parent_code=parent_code(code),
                        level=level(code),
                        classifier_version=version,
                        is_active=True,
                    )
                )
                added += 1
            else:
                if topic.name != name or not topic.is_active:
                    updated += 1
                topic.name, topic.is_active, topic.classifier_version = name, True, version
        missing = [code for code in existing if code not in topics and existing[code].is_active]
        if missing:
            uow.session.execute(
                update(Topic).where(Topic.code.in_(missing)).values(is_active=False),
                execution_options={"synchronize_session": False},
            )
        record_event(
            uow.session,
            user_id=user_id,
            entity="classifier",
            entity_id=0,
            action="imported",
            changes={
                "version": version,
                "added": added,
                "updated": updated,
                "deactivated": len(missing),
            },
        )
        return ClassifierImportResult(version, added, updated, len(missing))


def list_topics(uow: UnitOfWork) -> list[TopicView]:
    """Every active topic in code order: a few thousand rows at most, cached by the UI."""
    with uow:
        query = select(Topic).where(Topic.is_active.is_(True)).order_by(Topic.code)
        return [TopicView(t.code, t.name, t.level, t.parent_code) for t in uow.session.scalars(query)]
