"""The property register: keeping records, finding them, suggesting them for an applicant's address."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    delete,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from reception.db.models import Applicant
from reception.db.property_models import HolderNameWord, Property, RightHolder
from reception.db.reader import PreparedQuery
from reception.db.sqlfunc import PREFIX_END
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.domain.appeals import ApplicantKind
from reception.domain.errors import FieldError, NotFound, StaleRecord, ValidationError
from reception.domain.permissions import Permission
from reception.domain.properties import (
    ADDRESS_PART_NAMES,
    CleanProperty,
    Ownership,
    PropertyDraft,
    PropertyKind,
    PropertyPurpose,
    RightHolderDraft,
    address_query_words,
    cadastral_prefix,
    clean_property,
    looks_like_organisation,
    normalise_cadastral_number,
    parse_address,
)
from reception.domain.text import fold, name_words, strip_control
from reception.services.applicants import name_key
from reception.services.audit import diff, record_event
from reception.services.users import UserView, actor_state, check_reader, found_rows, load_actor, with_actor

SEARCH_LIMIT = 20

# The acting user's role and state in one narrow query: searches run on every key press, and loading
# the whole user row through the identity map cost more than a cadastral-number lookup itself.


@dataclass(frozen=True)
class RightHolderView:
    applicant_id: int
    name: str
    share: str


@dataclass(frozen=True)
class PropertyRow:
    """One line of a search result or a suggestion list."""

    id: int
    cadastral_number: str | None
    kind: PropertyKind
    address: str
    purpose: PropertyPurpose | None
    area: Decimal | None

    @property
    def title(self) -> str:
        """«77:01:0001001:1234 — г. Москва, …» for a picker line."""
        return " — ".join(p for p in (self.cadastral_number or "", self.address) if p)


@dataclass(frozen=True)
class PropertyView:
    id: int
    cadastral_number: str | None
    kind: PropertyKind
    purpose: PropertyPurpose | None
    name: str
    address: str
    city: str
    okrug: str
    district: str
    street: str
    house: str
    korpus: str
    stroenie: str
    vladenie: str
    apartment: str
    unom: int | None
    parent: PropertyRow | None
    area: Decimal | None
    cadastral_value: Decimal | None
    ownership: Ownership | None
    notes: str
    right_holders: tuple[RightHolderView, ...]
    updated_at: datetime
    version: int

    @property
    def row(self) -> PropertyRow:
        return PropertyRow(self.id, self.cadastral_number, self.kind, self.address, self.purpose, self.area)

    def to_draft(self) -> PropertyDraft:
        return PropertyDraft(
            kind=self.kind,
            cadastral_number=self.cadastral_number or "",
            address=self.address,
            purpose=self.purpose,
            name=self.name,
            unom=self.unom,
            parent_cadastral_number=(self.parent.cadastral_number or "") if self.parent else "",
            area=self.area,
            cadastral_value=self.cadastral_value,
            ownership=self.ownership,
            notes=self.notes,
            right_holders=tuple(
                RightHolderDraft(h.name, h.share, h.applicant_id) for h in self.right_holders
            ),
        )


# ---------------------------------------------------------------- reading


def _row(p: Property) -> PropertyRow:
    return PropertyRow(p.id, p.cadastral_number, p.kind, p.address, p.purpose, p.area)


_ROW_COLUMNS = (
    Property.id,
    Property.cadastral_number,
    Property.kind,
    Property.address,
    Property.purpose,
    Property.area,
)


def right_holder_views(
    session: Session, property_ids: Iterable[int]
) -> dict[int, tuple[RightHolderView, ...]]:
    """The right holders of each property, in the order they were recorded."""
    ids = list(property_ids)
    found: dict[int, list[RightHolderView]] = {i: [] for i in ids}
    if not ids:
        return {}
    query = (
        select(
            RightHolder.property_id,
            Applicant.id,
            Applicant.kind,
            Applicant.surname,
            Applicant.first_name,
            Applicant.patronymic,
            Applicant.organisation_name,
            RightHolder.share,
        )
        .join(Applicant, Applicant.id == RightHolder.applicant_id)
        .where(RightHolder.property_id.in_(ids))
        .order_by(RightHolder.property_id, RightHolder.id)
    )
    for property_id, applicant_id, kind, surname, first, patronymic, organisation, share in session.execute(
        query
    ):
        name = (
            organisation
            if kind is ApplicantKind.ORGANISATION
            else " ".join(p for p in (surname, first, patronymic) if p)
        )
        found[property_id].append(RightHolderView(applicant_id, name, share))
    return {key: tuple(value) for key, value in found.items()}


def property_view(session: Session, p: Property) -> PropertyView:
    parent = session.get(Property, p.parent_id) if p.parent_id else None
    return PropertyView(
        id=p.id,
        cadastral_number=p.cadastral_number,
        kind=p.kind,
        purpose=p.purpose,
        name=p.name,
        address=p.address,
        city=p.city,
        okrug=p.okrug,
        district=p.district,
        street=p.street,
        house=p.house,
        korpus=p.korpus,
        stroenie=p.stroenie,
        vladenie=p.vladenie,
        apartment=p.apartment,
        unom=p.unom,
        parent=_row(parent) if parent else None,
        area=p.area,
        cadastral_value=p.cadastral_value,
        ownership=p.ownership,
        notes=p.notes,
        right_holders=right_holder_views(session, [p.id]).get(p.id, ()),
        updated_at=p.updated_at,
        version=p.version,
    )


def load_property(session: Session, property_id: int) -> Property:
    found = session.get(Property, property_id)
    if found is None:
        raise NotFound("Объект недвижимости не найден: возможно, запись удалена.")
    return found


def get_property(uow: UnitOfWork, *, actor: UserView, property_id: int) -> PropertyView:
    with uow:
        load_actor(uow, actor, Permission.VIEW_PROPERTIES)
        return property_view(uow.session, load_property(uow.session, property_id))


# ---------------------------------------------------------------- searching


def cadastral_range(prefix: str) -> tuple[str, str]:
    """[low, high) bounds holding every number that starts with `prefix` (binary string order)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


# The FTS5 trigram index of migration 0007 (SQLite): rowid is the property's id.
_search_index = table("properties_search", column("rowid", Integer))
_LIMIT = bindparam("limit", type_=Integer)
MIN_INDEXED_NEEDLE = 3  # trigram: a needle of fewer characters cannot use the index


@dataclass(frozen=True)
class _AddressShape:
    """What an address statement looks like: how many needles of each kind it binds."""

    backend: str
    indexed: int  # SQLite: needles the trigram index serves (all in one MATCH); PostgreSQL: LIKE needles
    short: int  # SQLite: needles under three characters, checked with instr()


def _address_values(backend: str, text: str) -> tuple[_AddressShape, dict[str, Any]] | None:
    """The shape and parameters of an address search for `text`; None when nothing can be searched.

    Each query word becomes a needle « word» (the key puts a space before every word). On SQLite the
    needles of three characters or more go to the FTS5 trigram index as phrases and the shorter ones
    («д 5»: « 5») filter what it finds; a query of short needles only is not searched by address
    (a one-character word would scan the whole register). On PostgreSQL every needle is a LIKE the
    pg_trgm index of migration 0003 serves.
    """
    needles = [" " + word for word in address_query_words(text)]
    if not needles:
        return None
    if backend != "sqlite":
        values = {f"needle{i}": "%" + _like_escaped(n) + "%" for i, n in enumerate(needles)}
        return _AddressShape(backend, len(needles), 0), values
    indexed = [n for n in needles if len(n) >= MIN_INDEXED_NEEDLE]
    if not indexed:
        return None
    short = [n for n in needles if len(n) < MIN_INDEXED_NEEDLE]
    values = {"phrases": " AND ".join('"' + n.replace('"', '""') + '"' for n in indexed)}
    values.update((f"short{i}", n) for i, n in enumerate(short))
    return _AddressShape(backend, len(indexed), len(short)), values


def _like_escaped(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@lru_cache(maxsize=64)
def _address_select(shape: _AddressShape) -> Select[Any]:
    """Property rows whose key holds every needle, at most :limit of them."""
    query = select(*_ROW_COLUMNS)
    if shape.backend != "sqlite":
        return query.where(
            *(Property.search_key.like(bindparam(f"needle{i}"), escape="\\") for i in range(shape.indexed))
        ).limit(_LIMIT)
    return (
        query.select_from(_search_index.join(Property, Property.id == _search_index.c.rowid))
        .where(literal_column("properties_search").op("MATCH")(bindparam("phrases")))
        .where(*(func.instr(Property.search_key, bindparam(f"short{i}")) > 0 for i in range(shape.short)))
        .limit(_LIMIT)
    )


def address_query(session: Session, text: str, limit: int) -> Select[Any] | None:
    """Rows whose key holds every word of `text` at a word start; None when nothing can be searched."""
    found = _address_values(session.get_bind().dialect.name, text)
    if found is None:
        return None
    shape, values = found
    return _address_select(shape).params(values, limit=limit)


# Search-as-you-type: each search is one statement on the held reading connection (reception.db.reader),
# the acting user's role and state beside its rows (users.with_actor): one round trip per key press.

_NUMBER_RANGE = and_(
    Property.cadastral_number >= bindparam("low"), Property.cadastral_number < bindparam("high")
)
_BY_NUMBER = {
    # SQLite walks the number index in order straight from the user's row. PostgreSQL keeps only the
    # outer side's order through a nested loop and would sort every number in the range (3 ms for
    # «77:05:0001» against 0.3): it takes the first numbers in a subquery.
    "sqlite": PreparedQuery(
        with_actor(Property.__table__, *_ROW_COLUMNS, on=_NUMBER_RANGE)
        .order_by(Property.cadastral_number)
        .limit(_LIMIT)
    ),
    "postgresql": PreparedQuery(
        with_actor(
            select(*_ROW_COLUMNS)
            .where(_NUMBER_RANGE)
            .order_by(Property.cadastral_number)
            .limit(_LIMIT)
            .subquery("found")
        ).order_by(literal_column("cadastral_number"))
    ),
}
_ACTOR_ONLY = PreparedQuery(actor_state())


_name_words = HolderNameWord.__table__
MAX_HOLDER_WORDS = 8  # a longer name typed in full is looked up by its eight longest words


@dataclass(frozen=True)
class _HolderShape:
    """What a right-holder statement checks beside the range of its first word: `others` words that
    must each start a word of the name, `counted` words that must start several of its words."""

    others: int
    counted: int


def _holder_values(typed: str) -> tuple[_HolderShape, dict[str, Any]] | None:
    """The shape and parameters of a right-holder search for `_typed` text; None when no word of it
    has two characters (a one-letter range would walk much of the index).

    Every typed word must start its own word of the name: «петров петр» is not «Петрова Анна». (The
    index holds a name's distinct words, so a word typed twice is asked for once.) Typed words start
    words of a name in nested or disjoint sets (one word starts another, or neither), so it suffices
    that each typed word start as many of the name's words as there are typed words it starts, itself
    included (Hall's condition on such a family): one for most words, checked by EXISTS, more for
    «петр» beside «петров», checked by a count. The longest word (as a rule the rarest) is the range
    the search starts from. No control characters: PostgreSQL refuses a NUL in a parameter.
    """
    distinct = sorted(set(name_words(fold(strip_control(typed)))), key=lambda word: (-len(word), word))
    if not distinct or len(distinct[0]) < 2:
        return None
    needed = {word: sum(t.startswith(word) for t in distinct) for word in distinct}
    # Fewer words ask less: a name typed in full beyond the limit can only find more, never fewer.
    first, *rest = distinct[:MAX_HOLDER_WORDS]
    others = [word for word in rest if needed[word] == 1]
    counted = [word for word in (first, *rest) if needed[word] > 1]
    values: dict[str, Any] = {"holder_low": first, "holder_high": first + PREFIX_END}
    for i, word in enumerate(others):
        values[f"holder_low{i}"], values[f"holder_high{i}"] = word, word + PREFIX_END
    for i, word in enumerate(counted):
        values[f"counted_low{i}"], values[f"counted_high{i}"] = word, word + PREFIX_END
        values[f"counted_need{i}"] = needed[word]
    return _HolderShape(len(others), len(counted)), values


def _holder_select(shape: _HolderShape) -> Select[Any]:
    """Property rows with a right holder whose name has words starting with the typed ones, at most
    :limit of them.

    The first word is a range on the word index of right holders' names (:holder_low, :holder_high);
    each other word is then checked for the holder's applicant in the primary key (applicant_id,
    word). PostgreSQL plans the order itself, from the word column's statistics (migration 0013).
    """

    def starts(words: Any, low: str, high: str) -> ColumnElement[bool]:
        return and_(words.c.word >= bindparam(low), words.c.word < bindparam(high))

    first = _name_words.alias("w0")
    holder = RightHolder.applicant_id
    holders = (
        select(RightHolder.property_id)
        .select_from(first.join(RightHolder, holder == first.c.applicant_id))
        .where(starts(first, "holder_low", "holder_high"))
    )
    for i in range(shape.others):
        other = _name_words.alias(f"w{i + 1}")
        holders = holders.where(
            exists().where(other.c.applicant_id == holder, starts(other, f"holder_low{i}", f"holder_high{i}"))
        )
    for i in range(shape.counted):
        words = _name_words.alias(f"c{i}")
        starting = (
            select(func.count())
            .select_from(words)
            .where(words.c.applicant_id == holder, starts(words, f"counted_low{i}", f"counted_high{i}"))
            .scalar_subquery()
        )
        holders = holders.where(starting >= bindparam(f"counted_need{i}", type_=Integer))
    found = holders.distinct().limit(_LIMIT).subquery("holders")
    return select(*_ROW_COLUMNS).where(Property.id.in_(select(found.c.property_id)))


@lru_cache(maxsize=128)
def _text_search(shape: _AddressShape | None, holders: _HolderShape | None) -> PreparedQuery:
    """Address matches, right-holder matches or both, with the actor; the last column, found_from, is 0
    for an address match and 1 for a holder's, so that address matches come first."""
    parts: list[Select[Any]] = []
    if shape is not None:
        address = _address_select(shape).subquery("by_address")
        parts.append(select(*address.c, literal_column("0").label("found_from")))
    if holders is not None:
        by_holder = _holder_select(holders).subquery("by_holder")
        parts.append(select(*by_holder.c, literal_column("1").label("found_from")))
    found = parts[0] if len(parts) == 1 else union_all(*parts)
    return PreparedQuery(with_actor(found.subquery("found")))


def search_properties(
    uow: UnitOfWork, *, actor: UserView, text: str, limit: int = SEARCH_LIMIT
) -> list[PropertyRow]:
    """Properties for a search-as-you-type box: a cadastral number (full or its start), address words
    («профсоюзная 43 к 2», abbreviations and `ё` as typed), or words of a right holder's name (each
    the start of a word of it, in any order: «иван иванович», «жилищник»).

    Numbers come in number order; address and holder matches in address order.
    """
    text = _typed(text)
    if not text or limit < 1:
        return []
    reader = uow.reader
    prefix = cadastral_prefix(text)
    if prefix is not None:
        low, high = cadastral_range(prefix)
        by_number = _BY_NUMBER.get(reader.backend, _BY_NUMBER["postgresql"])
        rows = reader.fetch(by_number, {"actor": actor.id, "low": low, "high": high, "limit": limit})
        numbered = [PropertyRow(*row) for row in found_rows(rows, Permission.VIEW_PROPERTIES)]
        if numbered or ":" in text:
            return numbered
        # Bare digits with no number starting so: a house number or a UNOM, searched as address.
    by_address = _address_values(reader.backend, text)
    # A right holder's name has no digits: «профсоюзная 43» is an address, not a person.
    by_holder = None if any(map(str.isdigit, text)) else _holder_values(text)
    values: dict[str, Any] = {"actor": actor.id, "limit": limit}
    if by_address is not None:
        values.update(by_address[1])
    if by_holder is not None:
        values.update(by_holder[1])
    if by_address is None and by_holder is None:
        found_rows(reader.fetch(_ACTOR_ONLY, values), Permission.VIEW_PROPERTIES)
        return []
    query = _text_search(by_address[0] if by_address else None, by_holder[0] if by_holder else None)
    rows = found_rows(reader.fetch(query, values), Permission.VIEW_PROPERTIES)
    if by_address and by_holder:
        rows.sort(key=itemgetter(-1))  # address matches first (found_from 0), then the holders'
    found: dict[int, PropertyRow] = {}
    for row in rows:
        if len(found) < limit and row[0] not in found:
            found[row[0]] = PropertyRow(*row[:-1])
    return sorted(found.values(), key=_address_order)


def _address_order(row: PropertyRow) -> tuple[tuple[str | int, ...], str, int]:
    return _address_key(row.address), row.cadastral_number or "", row.id


@lru_cache(maxsize=8192)
def _address_key(address: str) -> tuple[str | int, ...]:
    """Address order with numbers counted, not spelled: «д. 5» before «д. 17а» before «д. 43», «кв. 2»
    before «кв. 17», each house before its flats. Text and numbers alternate, so keys always compare.

    Cached: typing a search asks for much the same addresses key press after key press (3 µs an
    address uncached, a fifth of an indexed look-up). Addresses are kept tidy: lower case with ё as е
    orders them as fold() would.
    """
    parts: list[str | int] = list(_DIGIT_RUNS.split(address.lower().replace("ё", "е")))
    parts[1::2] = [int(run) for run in parts[1::2]]
    return tuple(parts)


_DIGIT_RUNS = re.compile(r"([0-9]+)")


def _typed(text: str) -> str:
    """What was typed, as a search can use it: at most 300 characters, no half of a broken character
    pair (pasted from a damaged document; neither driver can send one)."""
    text = text.strip()[:300]
    return text if text.isascii() else text.encode("utf-8", "ignore").decode("utf-8")


def search_by_right_holder(
    uow: UnitOfWork, *, actor: UserView, name: str, limit: int = SEARCH_LIMIT
) -> list[PropertyRow]:
    """Properties with a right holder whose name has, for every word of `name`, a word of its own
    starting so (any order; case, `ё`, quotes and punctuation aside): «иван иванович», «жилищник»."""
    by_holder = _holder_values(_typed(name))
    if by_holder is None:
        found_rows(uow.reader.fetch(_ACTOR_ONLY, {"actor": actor.id}), Permission.VIEW_PROPERTIES)
        return []
    shape, values = by_holder
    rows = uow.reader.fetch(_text_search(None, shape), {"actor": actor.id, "limit": limit, **values})
    found = {row[0]: PropertyRow(*row[:-1]) for row in found_rows(rows, Permission.VIEW_PROPERTIES)}
    return sorted(found.values(), key=_address_order)


def suggest_properties(
    uow: UnitOfWork, *, actor: UserView, address: str, limit: int = SEARCH_LIMIT
) -> list[PropertyRow]:
    """Properties at the building of `address` (an applicant's postal address): the apartment named
    in it first, then the building itself, then its other premises.
    """
    parts = parse_address(address)
    key = parts.building_key()
    if not key:
        return []
    with uow:
        check_reader(uow, actor, Permission.VIEW_PROPERTIES)
        query = select(*_ROW_COLUMNS, Property.apartment).where(Property.building_key == key).limit(500)
        rows = [(PropertyRow(*r[:6]), r[6]) for r in uow.session.execute(query)]
    apartment = fold(parts.apartment)

    def rank(item: tuple[PropertyRow, str]) -> tuple[int, str, int]:
        row, row_apartment = item
        if apartment and fold(row_apartment) == apartment:
            return 0, "", row.id
        if not row_apartment:
            return 1, "", row.id
        return 2, fold(row_apartment).zfill(8), row.id

    return [row for row, _apt in sorted(rows, key=rank)[:limit]]


# ---------------------------------------------------------------- writing


def property_values(clean: CleanProperty) -> dict[str, Any]:
    """Column values of a row for a validated draft (parent and right holders are set separately)."""
    draft, parts = clean.draft, clean.parts
    return {
        "cadastral_number": clean.cadastral_number,
        "kind": draft.kind,
        "purpose": draft.purpose,
        "name": draft.name,
        "address": draft.address,
        "search_key": clean.search_key,
        "building_key": clean.building_key,
        "city": parts.city[:100],
        "okrug": parts.okrug[:100],
        "district": parts.district[:200],
        "street": parts.street[:300],
        "house": parts.house[:50],
        "korpus": parts.korpus[:20],
        "stroenie": parts.stroenie[:20],
        "vladenie": parts.vladenie[:50],
        "apartment": parts.apartment[:50],
        "unom": draft.unom,
        "area": draft.area,
        "cadastral_value": draft.cadastral_value,
        "ownership": draft.ownership,
        "notes": draft.notes,
    }


# Columns derived from the address line.
ADDRESS_DERIVED_COLUMNS = ("search_key", "building_key", *ADDRESS_PART_NAMES)

_AUDITED = (
    "cadastral_number",
    "kind",
    "purpose",
    "name",
    "address",
    "unom",
    "parent_id",
    "area",
    "cadastral_value",
    "ownership",
    "notes",
)


def _snapshot(p: Property, holders: Sequence[RightHolderView] = ()) -> dict[str, Any]:
    values = {name: getattr(p, name) for name in _AUDITED}
    for name in ("area", "cadastral_value"):
        values[name] = None if values[name] is None else str(values[name])
    values["right_holders"] = [f"{h.name} {h.share}".strip() for h in holders]
    return values


def _validated(
    session: Session, draft: PropertyDraft, property_id: int | None
) -> tuple[CleanProperty, int | None]:
    clean, errors = clean_property(draft)
    parent_id: int | None = None
    number = clean.cadastral_number if clean else _number_or_none(draft.cadastral_number)
    if number is not None:
        other = session.execute(
            select(Property.id, Property.address).where(Property.cadastral_number == number)
        ).first()
        if other is not None and other[0] != property_id:
            errors.append(
                FieldError(
                    "cadastral_number",
                    f"Объект с кадастровым номером {number} уже есть в реестре"
                    + (f": {other[1]}." if other[1] else "."),
                )
            )
    if clean is not None and clean.parent_cadastral_number is not None:
        parent_id = session.scalar(
            select(Property.id).where(Property.cadastral_number == clean.parent_cadastral_number)
        )
        if parent_id is None:
            errors.append(
                FieldError(
                    "parent_cadastral_number",
                    f"Родительский объект {clean.parent_cadastral_number} в реестре не найден.",
                )
            )
        elif parent_id == property_id:
            errors.append(FieldError("parent_cadastral_number", "Объект не может входить сам в себя."))
    if errors:
        raise ValidationError(errors)
    assert clean is not None
    return clean, parent_id


def _number_or_none(text: str) -> str | None:
    try:
        return normalise_cadastral_number(text) if text.strip() else None
    except ValueError:
        return None


def holder_applicant(session: Session, holder: RightHolderDraft) -> int:
    """The applicant a right holder is: the one picked, one with exactly this name, or a new one."""
    if holder.applicant_id is not None:
        if session.get(Applicant, holder.applicant_id) is None:
            raise NotFound("Выбранный правообладатель не найден среди заявителей.")
        return holder.applicant_id
    applicant = new_holder_applicant(holder.name)
    existing = session.scalar(
        select(Applicant.id)
        .where(Applicant.name_key == applicant.name_key, Applicant.kind == applicant.kind)
        .order_by(Applicant.id)
        .limit(1)
    )
    if existing is not None:
        return existing
    session.add(applicant)
    session.flush()
    return applicant.id


def new_holder_applicant(name: str) -> Applicant:
    """An applicant row for a right holder known only by name (a person «Фамилия Имя Отчество»)."""
    if looks_like_organisation(name):
        kind, surname, first, patronymic, organisation = ApplicantKind.ORGANISATION, "", "", "", name
    else:
        words = name.split()
        kind, organisation = ApplicantKind.PERSON, ""
        surname = words[0] if words else ""
        first = words[1] if len(words) > 1 else ""
        patronymic = " ".join(words[2:])
    return Applicant(
        kind=kind,
        surname=surname[:300],
        first_name=first[:300],
        patronymic=patronymic[:300],
        organisation_name=organisation[:300],
        name_key=name_key(kind, surname, first, patronymic, organisation),
        created_at=utcnow(),
        version=1,
    )


def _set_right_holders(session: Session, property_id: int, holders: Sequence[RightHolderDraft]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # The holdings' triggers lock applicants (migration 0013). The lock a write of the register
        # takes comes first, as in the registry import (which holds the whole table): taken the other
        # way round, an edit of the holders alone and an import would wait for each other for ever.
        session.execute(text("LOCK TABLE properties IN ROW EXCLUSIVE MODE"))
    session.execute(delete(RightHolder).where(RightHolder.property_id == property_id))
    seen: set[int] = set()
    for holder in holders:
        applicant_id = holder_applicant(session, holder)
        if applicant_id in seen:
            continue
        seen.add(applicant_id)
        session.add(RightHolder(property_id=property_id, applicant_id=applicant_id, share=holder.share))
    session.flush()


def create_property(uow: UnitOfWork, *, actor: UserView, draft: PropertyDraft) -> PropertyView:
    """Add a record to the register; ValidationError names every bad field."""
    with uow:
        user = load_actor(uow, actor, Permission.MANAGE_PROPERTIES)
        clean, parent_id = _validated(uow.session, draft, None)
        now = utcnow()
        record = Property(**property_values(clean), parent_id=parent_id, created_at=now, updated_at=now)
        uow.session.add(record)
        uow.flush()
        if clean.draft.right_holders:
            _set_right_holders(uow.session, record.id, clean.draft.right_holders)
        view = property_view(uow.session, record)
        record_event(
            uow.session,
            user_id=user.id,
            entity="property",
            entity_id=record.id,
            action="created",
            changes=diff({}, _snapshot(record, view.right_holders)),
        )
        return view


def update_property(
    uow: UnitOfWork, *, actor: UserView, property_id: int, expected_version: int, draft: PropertyDraft
) -> PropertyView:
    """Save an edited record; StaleRecord when someone saved it after `expected_version`."""
    with uow:
        user = load_actor(uow, actor, Permission.MANAGE_PROPERTIES)
        record = load_property(uow.session, property_id)
        clean, parent_id = _validated(uow.session, draft, property_id)
        before_view = property_view(uow.session, record)
        before = _snapshot(record, before_view.right_holders)
        if record.version != expected_version:
            raise StaleRecord(
                f"Объект {record.cadastral_number or record.address} изменили, пока карточка была открыта у вас.",
                theirs=before,
                mine={},
            )
        values = property_values(clean)
        if clean.draft.address == record.address:
            # The same address line: its parts and keys stay as stored. They may have come from a
            # registry's own columns, which the line read back would not give (reception.domain
            # .properties.parts_from_columns).
            for name in ADDRESS_DERIVED_COLUMNS:
                del values[name]
        for name, value in values.items():
            setattr(record, name, value)
        record.parent_id = parent_id
        if clean.draft.right_holders is not None:
            _set_right_holders(uow.session, record.id, clean.draft.right_holders)
        holders = right_holder_views(uow.session, [record.id]).get(record.id, ())
        changes = diff(before, _snapshot(record, holders))
        if changes:
            record.updated_at = utcnow()
            uow.flush()
            record_event(
                uow.session,
                user_id=user.id,
                entity="property",
                entity_id=record.id,
                action="edited",
                changes=changes,
            )
        return property_view(uow.session, record)
