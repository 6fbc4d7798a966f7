"""Loading a property registry file (CSV or XLSX): a dry run with every bad row named, then the import.

The import is one transaction: all rows or none, unless the user chose to import the valid rows only.
Rows go in by bulk Core statements in batches; the register's existing numbers are read once into a
dict, so a 200,000-row file takes seconds, not minutes. Progress is `(done, total)` over two passes
(checking, then writing: total is twice the row count); `cancel` is checked between batches.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy import Table as SATable
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from reception.db import property_search
from reception.db.models import Applicant
from reception.db.property_models import Property, RightHolder
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.documents.tabular import RowProblem, Table, TableFileError, read_table
from reception.domain.appeals import LabelledEnum
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Permission
from reception.domain.properties import (
    ADDRESS_PART_NAMES,
    KIND_HINT,
    CleanProperty,
    Ownership,
    PropertyDraft,
    PropertyKind,
    PropertyPurpose,
    clean_property,
    compose_address,
    normalise_cadastral_number,
    parse_decimal,
    parse_right_holders,
    parts_from_columns,
    resolve_labelled,
    with_parts,
)
from reception.domain.text import fold
from reception.services.audit import record_event
from reception.services.properties import ADDRESS_DERIVED_COLUMNS, new_holder_applicant
from reception.services.users import UserView, check_reader, load_actor

Progress = Callable[[int, int], None]
ADDRESS_PARTS = frozenset(ADDRESS_PART_NAMES)
BATCH_SIZE = 5000
MAX_PROBLEMS = 10_000

# Import fields and how the report names them when the file's own header is unknown.
FIELDS: dict[str, str] = {
    "cadastral_number": "Кадастровый номер",
    "kind": "Вид объекта",
    "purpose": "Назначение",
    "name": "Наименование",
    "address": "Адрес",
    "city": "Город",
    "okrug": "Административный округ",
    "district": "Район",
    "street": "Улица",
    "house": "Дом",
    "korpus": "Корпус",
    "stroenie": "Строение",
    "vladenie": "Владение",
    "apartment": "Квартира",
    "unom": "UNOM",
    "parent_cadastral_number": "Кадастровый номер родительского объекта",
    "area": "Площадь",
    "cadastral_value": "Кадастровая стоимость",
    "ownership": "Форма собственности",
    "right_holders": "Правообладатель",
    "share": "Доля",
    "notes": "Примечание",
}

# Header spellings seen in office registries (after `header_key`), Russian and English.
HEADER_SYNONYMS: dict[str, str] = {
    **{name: "cadastral_number" for name in ("кадастровый номер", "кад номер", "кадастровый", "кн")},
    **{name: "cadastral_number" for name in ("cadastral number", "cadastral no", "cad number", "cadnum")},
    **{name: "kind" for name in ("вид объекта", "вид", "тип объекта", "тип", "вид объекта недвижимости")},
    **{name: "kind" for name in ("kind", "object kind", "object type", "type")},
    **{name: "purpose" for name in ("назначение", "назначение объекта", "purpose")},
    **{name: "name" for name in ("наименование", "наименование объекта", "название", "name")},
    **{name: "address" for name in ("адрес", "адрес объекта", "местоположение", "адрес местоположение")},
    **{name: "address" for name in ("address", "location", "full address")},
    **{name: "city" for name in ("город", "населенный пункт", "city", "town", "locality")},
    **{
        name: "okrug"
        for name in ("округ", "административный округ", "ао", "okrug", "administrative district")
    },
    **{name: "district" for name in ("район", "муниципальный округ", "поселение", "district")},
    **{name: "street" for name in ("улица", "наименование улицы", "street")},
    **{name: "house" for name in ("дом", "номер дома", "д", "house", "house number")},
    **{name: "korpus" for name in ("корпус", "корп", "korpus")},
    **{name: "stroenie" for name in ("строение", "стр", "stroenie", "structure")},
    **{name: "vladenie" for name in ("владение", "вл", "vladenie", "estate")},
    **{name: "apartment" for name in ("квартира", "кв", "номер квартиры", "apartment", "flat", "apt")},
    **{name: "unom" for name in ("unom", "уном")},
    **{
        name: "parent_cadastral_number"
        for name in (
            "кадастровый номер здания",
            "кадастровый номер родительского объекта",
            "кадастровый номер земельного участка",
            "кн здания",
            "кн участка",
            "родительский объект",
            "входит в",
            "parent",
            "parent cadastral number",
        )
    },
    **{
        name: "area" for name in ("площадь", "площадь м2", "площадь кв м", "общая площадь", "area", "area m2")
    },
    **{
        name: "cadastral_value"
        for name in ("кадастровая стоимость", "кадастровая стоимость руб", "стоимость", "cadastral value")
    },
    **{
        name: "ownership"
        for name in ("форма собственности", "собственность", "ownership", "form of ownership")
    },
    **{
        name: "right_holders"
        for name in (
            "правообладатель",
            "правообладатели",
            "собственник",
            "собственники",
            "right holder",
            "right holders",
            "owner",
            "owners",
        )
    },
    **{name: "share" for name in ("доля", "доля в праве", "размер доли", "share")},
    **{name: "notes" for name in ("примечание", "примечания", "комментарий", "notes", "note", "comment")},
}
IGNORE = "-"

_NOT_WORD = re.compile(r"[^0-9a-zа-я]+")


def header_key(header: str) -> str:
    """A header as the synonym table spells it: `Площадь, кв.м` → `площадь кв м`, `area_m2` → `area m2`."""
    key = _NOT_WORD.sub(" ", fold(header).replace("²", "2").replace("№", " номер ")).strip()
    return " ".join(key.split())


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: the dry run's report, also part of every import's result."""

    file_name: str
    columns: Mapping[str, str]  # file header → field
    ignored_columns: tuple[str, ...]
    total_rows: int
    valid_rows: int
    to_create: int
    to_update: int
    problems: tuple[RowProblem, ...]
    problem_count: int = 0

    @property
    def has_problems(self) -> bool:
        return self.problem_count > 0

    def report(self, limit: int | None = 50) -> str:
        """The per-row report the CLI prints and the app's preview shows: the problems (the first
        `limit` of them, all kept when None) and a count."""
        lines = [
            f"Файл {self.file_name}: строк {self.total_rows}, без ошибок {self.valid_rows} "
            f"(новых {self.to_create}, обновятся {self.to_update}), ошибок {self.problem_count}."
        ]
        if self.ignored_columns:
            lines.append(f"Не загружаются столбцы: {', '.join(f'«{c}»' for c in self.ignored_columns)}.")
        if self.to_update:
            lines.append("У обновляемых объектов меняются только поля, для которых в файле есть столбцы.")
        shown = self.problems if limit is None else self.problems[:limit]
        lines += [str(p) for p in shown]
        if self.problem_count > len(shown):
            lines.append(f"… и ещё {self.problem_count - len(shown)}.")
        return "\n".join(lines)


@dataclass(frozen=True)
class PropertyImportResult:
    preview: ImportPreview
    created: int = 0
    updated: int = 0
    skipped_rows: int = 0
    dry_run: bool = False


class PropertyImportError(ReceptionError):
    """The file was not imported; `preview` has every problem. The database is unchanged."""

    def __init__(self, message: str, preview: ImportPreview | None = None) -> None:
        detail = preview.report() if preview is not None else ""
        super().__init__(f"{message}\n{detail}".strip())
        self.summary = message  # the message without the report
        self.preview = preview
        self.problems: tuple[RowProblem, ...] = preview.problems if preview else ()


class ImportCancelled(ReceptionError):
    """The user stopped the import; nothing was written."""


@dataclass
class _Plan:
    columns: dict[int, str]
    headers: dict[str, str]  # field → header as written in the file, for messages
    creates: list[tuple[int, CleanProperty]] = field(default_factory=list)
    updates: list[tuple[int, int, CleanProperty]] = field(default_factory=list)  # (row, id, clean)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    bad_rows: set[int] = field(default_factory=set)
    guessed_kinds: set[int] = field(default_factory=set)  # rows with no kind given

    @cached_property
    def part_columns(self) -> bool:
        """The file gives the address (or some of it) in separate columns: city, street, house…"""
        return not ADDRESS_PARTS.isdisjoint(self.columns.values())

    def composes(self, values: Mapping[str, str]) -> bool:
        """The row's address line is made of its part columns: the file has no address column, or
        the row's address cell is blank."""
        return self.part_columns and not values.get("address")

    def problem(self, row: int, field_name: str, value: str, reason: str) -> None:
        self.problem_count += 1
        self.bad_rows.add(row)
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(
                RowProblem(row, self.headers.get(field_name, FIELDS[field_name]), value, reason)
            )


def map_columns(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index → field, by the explicit `mapping` (header → field or "-") then the synonym table."""
    explicit = {header_key(h): f for h, f in (mapping or {}).items()}
    for header, target in (mapping or {}).items():
        if target != IGNORE and target not in FIELDS:
            raise PropertyImportError(
                f"Поле «{target}» для столбца «{header}» неизвестно. Допустимы: {', '.join(FIELDS)}."
            )
    known_headers = {header_key(h) for h in headers}
    missing = [h for h in (mapping or {}) if header_key(h) not in known_headers]
    if missing:
        raise PropertyImportError(
            f"В файле нет столбца «{missing[0]}». Заголовки файла: {', '.join(h for h in headers if h)}."
        )
    columns: dict[int, str] = {}
    taken: dict[str, str] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        target = (
            explicit.get(key) or HEADER_SYNONYMS.get(key) or HEADER_SYNONYMS.get(key.replace("_", " "), "")
        )
        if not target or target == IGNORE:
            continue
        if target in taken:
            raise PropertyImportError(
                f"Столбцы «{taken[target]}» и «{header}» оба означают «{FIELDS[target]}»: "
                "укажите соответствие явно (один из них — «-»)."
            )
        taken[target] = header
        columns[index] = target
    numbers = [
        taken[name] for name in ("house", "korpus", "stroenie", "vladenie", "apartment") if name in taken
    ]
    if numbers and "address" not in taken and "street" not in taken:
        raise PropertyImportError(
            f"Столбцы {', '.join(f'«{h}»' for h in numbers)} дают части адреса без улицы: добавьте столбец "
            "улицы или полного адреса либо укажите для этих столбцов «-» (не загружать)."
        )
    if "cadastral_number" not in taken and "address" not in taken and ADDRESS_PARTS.isdisjoint(taken):
        raise PropertyImportError(
            "В файле не найден ни столбец кадастрового номера, ни столбец адреса. "
            f"Заголовки файла: {', '.join(h for h in headers if h) or 'нет'}. "
            "Если файл в другой кодировке, сохраните его в UTF-8 или Windows-1251; иначе укажите "
            "соответствие столбцов явно."
        )
    return columns


def _labelled(plan: _Plan, row: int, field_name: str, text: str, enum: type[LabelledEnum], hint: str) -> Any:
    if not text:
        return None
    member = resolve_labelled(enum, text)
    if member is None:
        plan.problem(row, field_name, text, f"значение не распознано: {hint}")
    return member


_APARTMENT_IN_ADDRESS = re.compile(r"(?i)\bкв\.?\s*\d|квартира")
_OWNERSHIP_HINT = "городская, федеральная, частная или смешанная"


def _draft(plan: _Plan, number: int, values: Mapping[str, str]) -> PropertyDraft | None:
    """One file row as a draft; problems with single values are recorded on the plan."""
    before = plan.problem_count
    kind_text = values.get("kind", "")
    kind = _labelled(plan, number, "kind", kind_text, PropertyKind, KIND_HINT) if kind_text else None
    purpose_text = values.get("purpose", "")
    purpose = (
        _labelled(plan, number, "purpose", purpose_text, PropertyPurpose, "«Жилое» или «Нежилое»")
        if purpose_text
        else None
    )
    ownership_text = values.get("ownership", "")
    ownership = (
        _labelled(plan, number, "ownership", ownership_text, Ownership, _OWNERSHIP_HINT)
        if ownership_text
        else None
    )
    area = value = None
    text = values.get("area", "")
    if text:
        try:
            area = parse_decimal(text)
        except ValueError:
            plan.problem(number, "area", text, "не число")
    text = values.get("cadastral_value", "")
    if text:
        try:
            value = parse_decimal(text)
        except ValueError:
            plan.problem(number, "cadastral_value", text, "не число")
    unom = None
    unom_text = values.get("unom", "")
    if unom_text:
        if unom_text.isdigit() and len(unom_text) < 10:
            unom = int(unom_text)
        else:
            plan.problem(number, "unom", unom_text, "UNOM — целое положительное число")
    address = values.get("address", "")
    if plan.composes(values):
        address = compose_address(values)
    if kind is None and not kind_text:
        # No kind given: an apartment in the address makes it premises, otherwise a building. A record
        # being updated keeps the kind it has (the guess is for new records only).
        kind = PropertyKind.PREMISES if _APARTMENT_IN_ADDRESS.search(address) else PropertyKind.BUILDING
        plan.guessed_kinds.add(number)
    if plan.problem_count != before:
        return None
    holders_text = values.get("right_holders", "")
    return PropertyDraft(
        kind or PropertyKind.BUILDING,
        values.get("cadastral_number", ""),
        address,
        purpose,
        values.get("name", ""),
        unom,
        values.get("parent_cadastral_number", ""),
        area,
        value,
        ownership,
        values.get("notes", ""),
        parse_right_holders(holders_text, values.get("share", "")) if holders_text else None,
    )


def _check(
    plan: _Plan,
    table: Table,
    numbered: Mapping[str, int],
    unnumbered: Mapping[str, int],
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    """Validate every row and decide create or update; fills the plan."""
    total = len(table.rows) * 2
    seen_numbers: dict[str, int] = {}
    seen_addresses: dict[str, int] = {}
    file_numbers: set[str] = set()
    refused_numbers: dict[str, int] = {}  # numbers of the rows refused by their own values
    parents: list[tuple[int, str]] = []
    names = list(plan.columns.values())
    indexes = list(plan.columns)
    width = max(indexes, default=-1) + 1
    padding = ("",) * width
    for position, row in enumerate(table.rows):
        if position % BATCH_SIZE == 0:
            _checkpoint(position, total, progress, cancel)
        cells = row.values if len(row.values) >= width else row.values + padding
        values = dict(zip(names, map(cells.__getitem__, indexes), strict=True))
        draft = _draft(plan, row.number, values)
        if draft is None:
            _note_refused(refused_numbers, values, row.number)
            continue
        clean, errors = clean_property(draft)
        if clean is None:
            for error in errors:
                plan.problem(row.number, _field_of(error.field), _value_of(draft, error.field), error.message)
            _note_refused(refused_numbers, values, row.number)
            continue
        if plan.part_columns:
            parts = parts_from_columns(values)
            if plan.composes(values):
                clean = replace(clean, parts=parts, building_key=parts.building_key())
            else:
                clean = with_parts(clean, parts)
        number = clean.cadastral_number
        if number is not None:
            if number in seen_numbers:
                plan.problem(
                    row.number,
                    "cadastral_number",
                    number,
                    f"номер повторяется: он уже был в строке {seen_numbers[number]}",
                )
                continue
            seen_numbers[number] = row.number
            file_numbers.add(number)
            existing = numbered.get(number)
        else:
            if clean.search_key in seen_addresses:
                plan.problem(
                    row.number,
                    "address",
                    clean.draft.address,
                    f"объект без кадастрового номера с этим адресом уже был в строке "
                    f"{seen_addresses[clean.search_key]}",
                )
                continue
            seen_addresses[clean.search_key] = row.number
            existing = unnumbered.get(clean.search_key)
        if clean.parent_cadastral_number is not None:
            parents.append((row.number, clean.parent_cadastral_number))
        if existing is None:
            plan.creates.append((row.number, clean))
        else:
            plan.updates.append((row.number, existing, clean))
    for row_number, parent in parents:
        if parent not in numbered and parent not in file_numbers:
            where = refused_numbers.get(parent)
            plan.problem(
                row_number,
                "parent_cadastral_number",
                parent,
                f"родительский объект не загружается: в его строке {where} ошибка"
                if where is not None
                else "родительского объекта нет ни в реестре, ни в файле",
            )
    # A parent that is only in the file and is not loaded takes its contents with it, however deep:
    # loading the valid rows must not leave a flat without its building.
    refused = True
    while refused:
        refused = False
        for row_number, parent in parents:
            where = seen_numbers.get(parent)
            if row_number not in plan.bad_rows and parent not in numbered and where in plan.bad_rows:
                plan.problem(
                    row_number,
                    "parent_cadastral_number",
                    parent,
                    f"родительский объект не загружается: в его строке {where} ошибка",
                )
                refused = True
    if plan.bad_rows:
        plan.creates = [c for c in plan.creates if c[0] not in plan.bad_rows]
        plan.updates = [u for u in plan.updates if u[0] not in plan.bad_rows]
    plan.problems.sort(key=lambda p: p.row)


def _note_refused(refused: dict[str, int], values: Mapping[str, str], row: int) -> None:
    with suppress(ValueError):
        refused.setdefault(normalise_cadastral_number(values.get("cadastral_number", "")), row)


def _field_of(name: str) -> str:
    return name if name in FIELDS else "address"


def _value_of(draft: PropertyDraft, name: str) -> str:
    if name == "right_holders":
        return "; ".join(f"{h.name} {h.share}".strip() for h in draft.right_holders or ())
    value = getattr(draft, name, "")
    return "" if value is None else str(value)


def _checkpoint(done: int, total: int, progress: Progress | None, cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("Загрузка реестра отменена: в базе ничего не изменилось.")
    if progress is not None:
        progress(done, total)


def import_properties(
    uow: UnitOfWork,
    *,
    actor: UserView,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    valid_only: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PropertyImportResult:
    """Check a registry file and, unless `dry_run`, load it; re-imported numbers update their records.

    With problems and without `valid_only` nothing is written and PropertyImportError carries the
    preview. ImportCancelled when `cancel` is set; TableFileError-based PropertyImportError when the
    file cannot be read at all.
    """
    try:
        with _bulk_work():
            table = read_table(path)
    except TableFileError as error:
        raise PropertyImportError(f"Реестр не загружен. {error.message}") from error
    columns = map_columns(table.headers, mapping)

    def checked(session: Session) -> tuple[_Plan, _RegistryKeys, ImportPreview]:
        plan = _Plan(columns=columns, headers={name: table.headers[i] for i, name in columns.items()})
        keys = _registry_keys(session)
        with _bulk_work():
            _check(plan, table, keys.numbered, keys.unnumbered, progress, cancel)
        return plan, keys, _preview(path, table, columns, plan)

    def refuse_problems(plan: _Plan, preview: ImportPreview) -> None:
        if plan.problem_count and not valid_only:
            raise PropertyImportError(
                f"Реестр из {path.name} не загружен: ошибок {plan.problem_count}. "
                "Исправьте файл или загрузите только строки без ошибок.",
                preview,
            )

    # The check reads: on SQLite it takes no write lock, so the other workstations keep saving while
    # a large file is checked. Only the write below holds the lock.
    with uow:
        check_reader(uow, actor, Permission.IMPORT_PROPERTIES)
        plan, keys, preview = checked(uow.session)
    if dry_run:
        return PropertyImportResult(preview, dry_run=True)
    if not table.rows:
        raise PropertyImportError(f"В файле {path.name} нет ни одной строки данных.", preview)
    refuse_problems(plan, preview)
    with uow:
        load_actor(uow, actor, Permission.IMPORT_PROPERTIES)
        session = uow.session
        _hold_register(session)
        if _registry_keys(session) != keys:
            # Another workstation added, renumbered or removed records while the file was checked:
            # the plan (create or update, parents) is decided again, now under the lock.
            plan, keys, preview = checked(session)
            refuse_problems(plan, preview)
        numbered = keys.numbered
        with _bulk_work(), _large_page_cache(session):
            _write(session, plan, numbered, len(table.rows) * 2, len(table.rows), progress, cancel)
        record_event(
            session,
            user_id=actor.id,
            entity="property_import",
            entity_id=0,
            action="imported",
            changes={
                "file": path.name,
                "created": len(plan.creates),
                "updated": len(plan.updates),
                "skipped_rows": len(plan.bad_rows),
            },
        )
        if progress is not None:
            progress(len(table.rows) * 2, len(table.rows) * 2)
        return PropertyImportResult(
            preview, created=len(plan.creates), updated=len(plan.updates), skipped_rows=len(plan.bad_rows)
        )


def _hold_register(session: Session) -> None:
    """No other writer changes the register between the comparison of its keys and the end of the load.

    SQLite's write lock (BEGIN IMMEDIATE) already holds it. On PostgreSQL the table lock lets every
    reader through and property links be made (their key checks take no conflicting lock), while
    another workstation's save of a property record waits for the load, as on SQLite.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE properties IN SHARE ROW EXCLUSIVE MODE"))


@dataclass(frozen=True)
class _RegistryKeys:
    """What the check decides create or update by: each cadastral number's record, and each
    unnumbered address's first record."""

    numbered: dict[str, int]
    unnumbered: dict[str, int]


def _registry_keys(session: Session) -> _RegistryKeys:
    numbered: dict[str, int] = {
        number: property_id
        for number, property_id in session.execute(
            select(Property.cadastral_number, Property.id).where(Property.cadastral_number.is_not(None))
        )
        if number is not None
    }
    unnumbered: dict[str, int] = {}
    for key, property_id in session.execute(
        select(Property.search_key, Property.id)
        .where(Property.cadastral_number.is_(None))
        .order_by(Property.id)
    ):
        unnumbered.setdefault(key, property_id)
    return _RegistryKeys(numbered, unnumbered)


def _preview(path: Path, table: Table, columns: Mapping[int, str], plan: _Plan) -> ImportPreview:
    return ImportPreview(
        file_name=path.name,
        columns={table.headers[i]: name for i, name in columns.items()},
        ignored_columns=tuple(h for i, h in enumerate(table.headers) if i not in columns and h),
        total_rows=len(table.rows),
        valid_rows=len(plan.creates) + len(plan.updates),
        to_create=len(plan.creates),
        to_update=len(plan.updates),
        problems=tuple(plan.problems),
        problem_count=plan.problem_count,
    )


def preview_property_import(
    uow: UnitOfWork,
    *,
    actor: UserView,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportPreview:
    """The dry run: every problem, and how many records would be added and updated; nothing written."""
    return import_properties(
        uow, actor=actor, path=path, mapping=mapping, dry_run=True, progress=progress, cancel=cancel
    ).preview


@contextmanager
def _bulk_work() -> Iterator[None]:
    """No cyclic garbage collection while hundreds of thousands of small objects are made and kept.

    Each full collection walks every object alive, and the plan holds them all: with the collector
    on, the checks of a 200,000-row file spent a third of their time in it. Reference counting
    still frees everything that goes out of use.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


LOAD_CACHE_KIB = 128 * 1024


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a 128 MiB page cache for the load (the default 2 MiB thrashes on the building-key
    index), back to the connection's own size afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


# SQLite: a load of at least this many new rows, and at least as many as the register holds, drops
# the secondary indexes of `properties` and builds them again at the end (in the same transaction).
REBUILD_MIN_ROWS = 20_000


@contextmanager
def _indexes_rebuilt(connection: Connection, new_rows: int) -> Iterator[None]:
    """SQLite, large load into a small register: the indexes of `properties` built once, after the rows.

    Keeping four B-trees in step row by row costs more than sorting each once at the end when the
    load is most of the table. Drop and create run inside the import's transaction (SQLite DDL is
    transactional): a failure or a cancel rolls them back with the rows, and other connections
    keep reading the committed table and its indexes meanwhile (WAL). The unique index is created
    again too, so a duplicate number would still fail the import; the checks make that impossible.
    PostgreSQL is left alone: DROP INDEX would lock every reader of the register out for the load.
    """
    if connection.dialect.name != "sqlite" or new_rows < REBUILD_MIN_ROWS:
        yield
        return
    existing = connection.exec_driver_sql("SELECT max(id) FROM properties").scalar() or 0
    if existing > new_rows:  # a rough count: ids are never reused, so max(id) ≥ rows held
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'properties' "
        "AND sql IS NOT NULL"
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for the new rows, taken before inserting so parents and right holders need no second pass.

    PostgreSQL hands them out from the table's sequence (safe beside other writers); SQLite holds
    its write lock for the whole transaction (BEGIN IMMEDIATE), so the ids after the largest are free.
    """
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence('properties', 'id')) FROM generate_series(1, :n)")
        return list(session.scalars(query, {"n": count}))
    start = (session.scalar(select(func.max(Property.id))) or 0) + 1
    return list(range(start, start + count))


# Columns written by the import, in the order of `_row_values` (the demo loader writes the same).
PROPERTY_VALUE_COLUMNS = (
    "cadastral_number",
    "kind",
    "purpose",
    "name",
    "address",
    "search_key",
    "building_key",
    "city",
    "okrug",
    "district",
    "street",
    "house",
    "korpus",
    "stroenie",
    "vladenie",
    "apartment",
    "unom",
    "parent_id",
    "area",
    "cadastral_value",
    "ownership",
    "notes",
)


_ADDRESS_COLUMNS = ("address", *ADDRESS_DERIVED_COLUMNS)
# The columns of `properties` each import field decides; the address's in `_updated_columns`, right
# holders on their own.
_AREA_PARTS = frozenset({"city", "okrug", "district"})
_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    **{name: (name,) for name in ("cadastral_number", "kind", "purpose", "name", "unom")},
    **{name: (name,) for name in ("area", "cadastral_value", "ownership", "notes")},
    "parent_cadastral_number": ("parent_id",),
}


def _updated_columns(fields: Iterable[str]) -> list[int]:
    """Positions in PROPERTY_VALUE_COLUMNS of what a file with these fields updates.

    The address line and its keys change with an address column or a street column (the address
    composed of parts); a file with only the city, okrug or district columns changes those alone.
    """
    fields = set(fields)
    columns = {column for name in fields for column in _FIELD_COLUMNS.get(name, ())}
    if fields & {"address", "street"}:
        columns.update(_ADDRESS_COLUMNS)
    else:
        columns.update(fields & _AREA_PARTS)
    return [i for i, column in enumerate(PROPERTY_VALUE_COLUMNS) if column in columns]


def _row_values(
    clean: CleanProperty, parent_id: int | None, amount: Callable[[Decimal], Any]
) -> tuple[Any, ...]:
    """A row as the driver takes it: enum values, amounts as the dialect stores them."""
    draft, parts = clean.draft, clean.parts
    purpose, ownership = draft.purpose, draft.ownership
    return (
        clean.cadastral_number,
        draft.kind.value,
        purpose.value if purpose is not None else None,
        draft.name,
        draft.address,
        clean.search_key,
        clean.building_key,
        parts.city[:100],
        parts.okrug[:100],
        parts.district[:200],
        parts.street,
        parts.house[:50],
        parts.korpus[:20],
        parts.stroenie[:20],
        parts.vladenie[:50],
        parts.apartment[:50],
        draft.unom,
        parent_id,
        None if draft.area is None else amount(draft.area),
        None if draft.cadastral_value is None else amount(draft.cadastral_value),
        ownership.value if ownership is not None else None,
        draft.notes,
    )


def _write(
    session: Session,
    plan: _Plan,
    numbered: Mapping[str, int],
    total: int,
    done: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    """Insert and update in batches on the driver's executemany, with tuples built once per row.

    SQLAlchemy's per-value bind processing cost more than SQLite's own work at 200,000 rows, so the
    few conversions it would make (enums to values, amounts and moments as the dialect stores them)
    are made here. On SQLite the address index is filled set-wise after the rows are in.
    """
    connection = session.connection()
    dialect = connection.dialect
    columns = cast(SATable, Property.__table__).c
    stamp_type = columns.created_at.type
    now: Any = stamp_type.process_bind_param(utcnow(), dialect)  # type: ignore[attr-defined]
    stored = stamp_type.impl.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[attr-defined]
    if stored is not None:
        now = stored(now)  # on SQLite the text SQLAlchemy stores, made once rather than per row
    amount: Callable[[Decimal], Any] = float if dialect.name == "sqlite" else Decimal
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    insert_sql = (
        f"INSERT INTO properties (id, {', '.join(PROPERTY_VALUE_COLUMNS)}, created_at, updated_at, version) "
        f"VALUES ({', '.join([mark] * (len(PROPERTY_VALUE_COLUMNS) + 4))})"
    )
    copy_sql = (
        f"COPY properties (id, {', '.join(PROPERTY_VALUE_COLUMNS)}, created_at, updated_at, version) FROM STDIN"
        if dialect.name == "postgresql"
        else ""
    )
    # An update writes only what the file has: a file without the area column leaves every area as it is.
    updated = _updated_columns(plan.columns.values())
    kind_at = next((n for n, i in enumerate(updated) if PROPERTY_VALUE_COLUMNS[i] == "kind"), None)
    assignments = [
        f"{name} = COALESCE({mark}, {name})" if name == "kind" else f"{name} = {mark}"
        for name in (PROPERTY_VALUE_COLUMNS[i] for i in updated)
    ]
    update_sql = (
        f"UPDATE properties SET {', '.join(assignments)}, updated_at = {mark}, version = version + 1 "
        f"WHERE id = {mark}"
    )

    def update_values(row: int, pid: int, clean: CleanProperty) -> tuple[Any, ...]:
        parent = ids.get(clean.parent_cadastral_number) if clean.parent_cadastral_number else None
        values = _row_values(clean, parent, amount)
        picked = [values[i] for i in updated]
        if kind_at is not None and row in plan.guessed_kinds:
            picked[kind_at] = None  # a blank kind cell keeps the stored kind
        return (*picked, now, pid)

    new_ids = _reserve_ids(session, len(plan.creates))
    ids = dict(numbered)
    ids.update(
        (clean.cadastral_number, new_id)
        for (_r, clean), new_id in zip(plan.creates, new_ids, strict=True)
        if clean.cadastral_number
    )

    with property_search.triggers_paused(connection), _indexes_rebuilt(connection, len(plan.creates)):
        for start in range(0, len(plan.creates), BATCH_SIZE):
            _checkpoint(done, total, progress, cancel)
            batch = plan.creates[start : start + BATCH_SIZE]
            rows = [
                (
                    new_id,
                    *_row_values(
                        clean,
                        ids.get(clean.parent_cadastral_number) if clean.parent_cadastral_number else None,
                        amount,
                    ),
                    now,
                    now,
                    1,
                )
                for (_r, clean), new_id in zip(batch, new_ids[start : start + BATCH_SIZE], strict=True)
            ]
            if copy_sql:
                _copy_rows(connection, copy_sql, rows)
            else:
                connection.exec_driver_sql(insert_sql, rows)
            done += len(batch)
        if new_ids:
            property_search.index_rows_from(connection, new_ids[0])
        for start in range(0, len(plan.updates), BATCH_SIZE):
            _checkpoint(done, total, progress, cancel)
            updates = plan.updates[start : start + BATCH_SIZE]
            updated_ids = [pid for _r, pid, _clean in updates]
            property_search.unindex_rows(connection, updated_ids)
            connection.exec_driver_sql(
                update_sql,
                [update_values(row, pid, clean) for row, pid, clean in updates],
            )
            property_search.index_rows(connection, updated_ids)
            done += len(updates)
    _checkpoint(done, total, progress, cancel)
    written = [(clean, new_id) for (_r, clean), new_id in zip(plan.creates, new_ids, strict=True)]
    written += [(clean, pid) for _r, pid, clean in plan.updates]
    if any(clean.draft.right_holders is not None for clean, _pid in written):
        _write_right_holders(session, written)


def _copy_rows(connection: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """PostgreSQL: the rows by COPY on the import's own connection and transaction."""
    driver: Any = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
    except connection.dialect.loaded_dbapi.Error as error:
        # As SQLAlchemy's own execute would raise it, so that the unit of work translates it.
        raise sa_exc.DBAPIError.instance(sql, None, error, connection.dialect.loaded_dbapi.Error) from error


def _write_right_holders(session: Session, rows: Sequence[tuple[CleanProperty, int]]) -> None:
    """Replace the right holders of every row that lists them; unknown names become applicants."""
    with_holders = [(clean, pid) for clean, pid in rows if clean.draft.right_holders is not None]
    applicants: dict[tuple[str, str], int] = {}
    candidates = {
        (a.kind.value, a.name_key): a
        for clean, _pid in with_holders
        for a in (new_holder_applicant(h.name) for h in clean.draft.right_holders or () if h.name)
    }
    keys = sorted({key for _kind, key in candidates})
    for start in range(0, len(keys), 900):
        for applicant_id, kind, key in session.execute(
            select(Applicant.id, Applicant.kind, Applicant.name_key)
            .where(Applicant.name_key.in_(keys[start : start + 900]))
            .order_by(Applicant.id.desc())
        ):
            applicants[(kind.value, key)] = applicant_id
    for key, applicant in candidates.items():
        if key not in applicants:
            session.add(applicant)
    session.flush()
    for key, applicant in candidates.items():
        applicants.setdefault(key, applicant.id)
    property_ids: list[int] = []
    holder_rows: list[dict[str, Any]] = []
    for clean, own in with_holders:
        property_ids.append(own)
        seen: set[int] = set()
        for holder in clean.draft.right_holders or ():
            probe = new_holder_applicant(holder.name)
            applicant_id = applicants[(probe.kind.value, probe.name_key)]
            if applicant_id not in seen:
                seen.add(applicant_id)
                holder_rows.append({"property_id": own, "applicant_id": applicant_id, "share": holder.share})
    for start in range(0, len(property_ids), 900):
        session.execute(
            delete(RightHolder).where(RightHolder.property_id.in_(property_ids[start : start + 900]))
        )
    for start in range(0, len(holder_rows), BATCH_SIZE):
        session.execute(insert(cast(SATable, RightHolder.__table__)), holder_rows[start : start + BATCH_SIZE])
