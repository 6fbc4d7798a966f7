"""The register: appeals a screen at a time, searched, filtered and sorted, by keyset paging.

Every sort walks an index in order (see `_SORTS` and the indexes of migration 0009) and a page
continues from the last row's sort key, never by OFFSET; no count on every page. Empty values (no due
date, no executor, an anonymous applicant) come last in either direction: such a sort runs in two
phases, the rows with a value, then those without, each an index range.

The search box (`RegisterFilter.search`) takes a registration number (or its start), a phone, an
e-mail, a cadastral number, or words: every word must match the appeal's text (Russian stems, `ё` =
`е`, reception.db.appeal_search) or a word of the applicant's name by its start; or the whole text
matches the address of a linked property. Relevance ranks a bounded candidate set: the newest
`RELEVANCE_CANDIDATES` matches.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join

from reception.db import appeal_search
from reception.db.models import Appeal, Applicant, Question, Topic, User
from reception.db.property_models import AppealProperty, Property
from reception.db.sqlfunc import PREFIX_END, due_day_end, prefix_match
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
from reception.domain.classifier import PAD
from reception.domain.contacts import looks_like_phone, normalise_email, normalise_phone
from reception.domain.permissions import Permission
from reception.domain.properties import cadastral_prefix
from reception.domain.regnumbers import parse_reg_number
from reception.domain.search_text import fold_word_text, highlight_spans, highlight_terms, query_words, stem
from reception.domain.text import fold
from reception.services.properties import address_query
from reception.services.users import UserView, check_reader

__all__ = [
    "PAGE_SIZE",
    "RELEVANCE_CANDIDATES",
    "SORTABLE_COLUMNS",
    "RegisterFilter",
    "RegisterKey",
    "RegisterPage",
    "RegisterRow",
    "RegisterSort",
    "SortColumn",
    "count_appeals",
    "fetch_page",
    "filters_from_json",
    "filters_to_json",
    "highlight_spans",
    "page_queries",
]

PAGE_SIZE = 200
# Relevance ranks at most this many matches (the newest); see the module docstring.
RELEVANCE_CANDIDATES = 1000
# An address search looks at most at this many properties.
ADDRESS_PROPERTIES = 500
ADDRESS_APPEALS = 5000
_T = TypeVar("_T", bound=tuple[Any, ...])
# «ВП-2026-0001», «вп-2026»: letters, a dash, digits (a word with a dash and a number is not one).
_REG_NUMBER_START = re.compile(r"[^\W\d_]{1,8}-\d{1,4}(-\d*)?")
_OPEN_STATUSES = tuple(s for s in AppealStatus if s not in FINISHED_STATUSES)
_MOSCOW_OFFSET = timedelta(hours=3)  # Moscow keeps UTC+3 all year (since 2014)
# SQLite: words matching more appeals than this are checked against the set of matching ids while
# the index of the sort order is walked, instead of fetching every match and sorting them (see
# appeal_search.matches); likewise a topic subtree with more questions than this is checked per
# walked row (EXISTS).
FREQUENT_MATCHES = 10_000


class _OuterFirst(Join):
    """An inner join whose left table is the outer loop: SQLite's CROSS JOIN (its planner keeps the
    order as written), a plain JOIN elsewhere. The applicant sort walks the applicants' name index
    and fetches each one's appeals by index, already in order."""

    inherit_cache = True


@compiles(_OuterFirst, "sqlite")
def _outer_first_sqlite(element: _OuterFirst, compiler: SQLCompiler, **kw: Any) -> str:
    plain: str = compiler.visit_join(element, **kw)  # type: ignore[no-untyped-call]
    return plain.replace(" JOIN ", " CROSS JOIN ", 1)


class SortColumn(StrEnum):
    """Sortable register columns; the values are the register model's column keys."""

    RECEIVED = "received_at"
    REG_NUMBER = "reg_number"
    CHANNEL = "channel"
    APPLICANT = "applicant"
    SUMMARY = "summary"
    STATUS = "status"
    ASSIGNEE = "assignee"
    DUE_DATE = "due_date"
    # With a word search: the best matches first (within RELEVANCE_CANDIDATES); else as RECEIVED.
    RELEVANCE = "relevance"


SORTABLE_COLUMNS = frozenset(c.value for c in SortColumn)


@dataclass(frozen=True)
class RegisterSort:
    column: SortColumn = SortColumn.RECEIVED
    descending: bool = True


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
    kind: AppealKind | None = None
    # A classifier node: an appeal with a question anywhere in its subtree.
    topic_code: str | None = None
    # Received on these office (Moscow) days, inclusive.
    received_from: date | None = None
    received_to: date | None = None
    sort: RegisterSort = field(default_factory=RegisterSort)


@dataclass(frozen=True)
class RegisterKey:
    """Where the next page starts: just after this row (opaque to callers: pass it back)."""

    received_at: datetime
    id: int
    # The sort's key values (a phase marker first); empty for the default sort.
    values: tuple[Any, ...] = ()


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
    # Folded prefixes to highlight in this row (see highlight_spans); empty without a search.
    highlights: tuple[str, ...] = ()
    # The row's sort key, where a page after it starts (set by fetch_page).
    sort_values: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    def is_due_soon(self, today: date) -> bool:
        return deadlines.is_due_soon(self.due_date, self.status, today)

    @property
    def answered_late(self) -> bool:
        answered_on = deadlines.office_date(self.answered_at) if self.answered_at else None
        return deadlines.is_answered_late(self.due_date, answered_on)

    @property
    def key(self) -> RegisterKey:
        return RegisterKey(self.received_at, self.id, self.sort_values)

    def is_overdue(self, today: date) -> bool:
        return deadlines.is_overdue(self.due_date, self.status, today)

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Offsets of what to highlight in `text` (one of this row's shown values)."""
        return highlight_spans(text, self.highlights)


@dataclass(frozen=True)
class RegisterPage:
    rows: tuple[RegisterRow, ...]
    has_more: bool

    @property
    def next_key(self) -> RegisterKey | None:
        return self.rows[-1].key if self.rows and self.has_more else None


# ------------------------------------------------------------------------------------ search


@dataclass(frozen=True)
class _Search:
    condition: ColumnElement[bool]
    highlights: tuple[str, ...] = ()
    # The words of a word search (relevance ranks by them); empty for numbers, phones, e-mails.
    words: tuple[str, ...] = ()
    joins_applicant: bool = False
    # SQLite: the words match more than FREQUENT_MATCHES appeals (see appeal_search.matches).
    frequent: bool = False


def _search(session: Session, term: str) -> _Search | None:
    term = term.strip()[:300]
    if not term:
        return None
    number = parse_reg_number(term)
    if number is not None:
        return _Search(Appeal.reg_number == str(number), (fold(str(number)),))
    if _REG_NUMBER_START.fullmatch(term):
        # The start of a registration number («ВП-2026-0001»): an index range.
        return _Search(prefix_match(Appeal.reg_number, term.upper()), (fold(term),))
    if ":" in term and cadastral_prefix(term) is not None:
        prefix = cadastral_prefix(term) or ""
        numbered = select(Property.id).where(
            Property.cadastral_number >= prefix, Property.cadastral_number < prefix + PREFIX_END
        )
        linked = select(AppealProperty.appeal_id).where(AppealProperty.property_id.in_(numbered))
        return _Search(Appeal.id.in_(linked), (prefix,))
    if looks_like_phone(term):
        phone = normalise_phone(term)
        digits = "".join(ch for ch in term if ch.isdigit())
        condition = Applicant.phone == phone if phone else Applicant.phone.endswith(digits[-10:])
        return _Search(condition, (), joins_applicant=True)
    if "@" in term:
        return _Search(Applicant.email == (normalise_email(term) or term), (), joins_applicant=True)
    words = tuple(query_words(term))
    if not words:
        return _Search(false())
    frequent = (
        appeal_search.is_sqlite(session)
        and appeal_search.sqlite_count_upto(session, words, FREQUENT_MATCHES + 1) > FREQUENT_MATCHES
    )
    condition = appeal_search.matches(session, words, frequent=frequent)
    at_address = _address_appeals(session, term)
    if at_address:
        # Ids as values: the planner sees how few they are (PostgreSQL: a BitmapOr with the GIN).
        condition = or_(condition, Appeal.id.in_(at_address))
    return _Search(condition, highlight_terms(term), words, frequent=frequent)


def _address_appeals(session: Session, term: str) -> list[int]:
    """Appeals linked to the properties whose address matches `term` (bounded)."""
    query = address_query(session, term, ADDRESS_PROPERTIES)
    if query is None:
        return []
    properties = [row[0] for row in session.execute(query)]
    if not properties:
        return []
    linked = (
        select(AppealProperty.appeal_id)
        .where(AppealProperty.property_id.in_(properties))
        .distinct()
        .limit(ADDRESS_APPEALS)
    )
    return list(session.scalars(linked))


# ------------------------------------------------------------------------------------ filters


def _office_day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC) - _MOSCOW_OFFSET


def _topic_range(code: str) -> tuple[str, str]:
    """[low, high) of the codes in the subtree of `code` (itself included)."""
    groups = code.strip().split(".")
    while len(groups) > 1 and groups[-1] == PAD:
        groups.pop()
    prefix = ".".join(groups)
    return prefix, prefix + "/"  # "/" follows "." : every "prefix.…" and prefix itself


@dataclass(frozen=True)
class _Prepared:
    """What a register query needs to know before it is built (looked up once per page)."""

    search: _Search | None
    # SQLite: the topic subtree is large; each appeal walked is checked (EXISTS) instead of IN.
    topic_probe: bool = False
    # PostgreSQL: the database's collation may ignore punctuation (glibc ru_RU.UTF-8), and then the
    # range ['0005.0005', '0005.0005/') misses '0005.0005.0056…': the subtree's codes are taken from
    # the (small) classifier by a byte-wise range, and the questions looked up by them (their index).
    topic_codes_by_c_range: bool = False


def _prepare(session: Session, filters: RegisterFilter) -> _Prepared:
    if filters.search.strip() and not appeal_search.is_sqlite(session):
        # psycopg prepares a statement run five times, and PostgreSQL may then plan it once for
        # any values: blind to how many rows a word matches (a word in every appeal then ranked
        # by a sort of all of them: seconds). A search is planned for its words, every call.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    search = _search(session, filters.search)
    topic_probe = False
    if filters.topic_code and appeal_search.is_sqlite(session):
        low, high = _topic_range(filters.topic_code)
        capped = (
            select(Question.id)
            .where(Question.topic_code >= low, Question.topic_code < high)
            .limit(FREQUENT_MATCHES + 1)
        )
        topic_probe = (
            session.scalar(select(func.count()).select_from(capped.subquery())) or 0
        ) > FREQUENT_MATCHES
    return _Prepared(search, topic_probe, not appeal_search.is_sqlite(session))


def _filtered(query: Select[_T], filters: RegisterFilter, prepared: _Prepared) -> Select[_T]:
    search = prepared.search
    if search is not None:
        query = query.where(search.condition)
    if filters.status is not None:
        query = query.where(Appeal.status == filters.status)
    if filters.channel is not None:
        query = query.where(Appeal.channel == filters.channel)
    if filters.kind is not None:
        query = query.where(Appeal.kind == filters.kind)
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
    if filters.topic_code:
        low, high = _topic_range(filters.topic_code)
        in_subtree = and_(Question.topic_code >= low, Question.topic_code < high)
        if prepared.topic_codes_by_c_range:
            code = Topic.code.collate("C")
            in_subtree = Question.topic_code.in_(select(Topic.code).where(code >= low, code < high))
        if prepared.topic_probe:
            query = query.where(exists().where(Question.appeal_id == Appeal.id, in_subtree))
        else:
            query = query.where(Appeal.id.in_(select(Question.appeal_id).where(in_subtree)))
    if filters.received_from is not None:
        query = query.where(Appeal.received_at >= _office_day_start(filters.received_from))
    if filters.received_to is not None:
        query = query.where(Appeal.received_at < _office_day_start(filters.received_to + timedelta(days=1)))
    if filters.overdue_on is not None:
        query = query.where(Appeal.status.in_(_OPEN_STATUSES), Appeal.due_date < filters.overdue_on)
    if filters.due_soon_on is not None:
        limit = deadlines.due_soon_limit(filters.due_soon_on)
        query = query.where(
            Appeal.status.in_(_OPEN_STATUSES),
            Appeal.due_date >= filters.due_soon_on,
            Appeal.due_date <= limit,
        )
    if filters.answered_late:
        # answered_at is a moment, due_date a day: the office day ends at midnight Moscow time.
        query = query.where(
            Appeal.answered_at.is_not(None), Appeal.answered_at >= due_day_end(Appeal.due_date)
        )
    return query


# ------------------------------------------------------------------------------------ sorting

_Column = ColumnElement[Any] | InstrumentedAttribute[Any]


@dataclass(frozen=True)
class _SortSpec:
    """The key columns of a sort (one direction for all), and for a column that can be empty: the
    column and the key of its second phase (the rows without a value)."""

    columns: tuple[_Column, ...]
    nullable: _Column | None = None
    null_columns: tuple[_Column, ...] = ()
    # The value phase joins this table (inner join: the order walks its index).
    joins: str = ""


_SORTS: dict[SortColumn, _SortSpec] = {
    SortColumn.RECEIVED: _SortSpec((Appeal.received_at, Appeal.id)),
    SortColumn.REG_NUMBER: _SortSpec((Appeal.reg_number,)),
    SortColumn.CHANNEL: _SortSpec((Appeal.channel, Appeal.received_at, Appeal.id)),
    SortColumn.STATUS: _SortSpec((Appeal.status, Appeal.received_at, Appeal.id)),
    SortColumn.SUMMARY: _SortSpec((Appeal.summary, Appeal.id)),
    SortColumn.DUE_DATE: _SortSpec((Appeal.due_date, Appeal.id), Appeal.due_date, (Appeal.id,)),
    SortColumn.APPLICANT: _SortSpec(
        (Applicant.name_key, Applicant.id, Appeal.id), Appeal.applicant_id, (Appeal.id,), "applicant"
    ),
    # The value phase runs executor by executor (_by_executor); the key is these four.
    SortColumn.ASSIGNEE: _SortSpec(
        (User.full_name, User.id, Appeal.received_at, Appeal.id),
        Appeal.assignee_id,
        (Appeal.received_at, Appeal.id),
    ),
}
_VALUES = "v"  # phase markers: first in RegisterKey.values
_NULLS = "n"


def _after(columns: Sequence[_Column], values: Sequence[Any], descending: bool) -> ColumnElement[bool]:
    """Rows after `values` in the order of `columns`: the first column's range (what the index seeks
    by) and the exact lexicographic condition."""

    def beyond(column: _Column, value: Any) -> ColumnElement[bool]:
        result: ColumnElement[bool] = (column < value) if descending else (column > value)
        return result

    condition: ColumnElement[bool] = beyond(columns[-1], values[-1])
    for column, value in zip(reversed(columns[:-1]), reversed(values[:-1]), strict=True):
        condition = or_(beyond(column, value), and_(column == value, condition))
    first: ColumnElement[bool] = (columns[0] <= values[0]) if descending else (columns[0] >= values[0])
    return and_(first, condition)


# ------------------------------------------------------------------------------------ pages


def _repeat_count() -> ColumnElement[int]:
    return (
        select(func.count())
        .select_from(AppealRepeat)
        .where(AppealRepeat.appeal_id == Appeal.id)
        .scalar_subquery()
    )


def _rows_query(extra: Sequence[_Column], inner: str = "") -> Select[Any]:
    """The register's columns (and `extra`, the sort key) with the applicant and the executor."""
    query = select(
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
        _repeat_count(),
        Appeal.answered_at,
        *(column.label(f"sort_key_{n}") for n, column in enumerate(extra)),
    )
    appeals, applicants, users = Appeal.__table__, Applicant.__table__, User.__table__
    if inner == "applicant":
        joined = _OuterFirst(applicants, appeals, Applicant.id == Appeal.applicant_id).outerjoin(
            users, User.id == Appeal.assignee_id
        )
    else:
        joined = appeals.outerjoin(applicants, Applicant.id == Appeal.applicant_id).outerjoin(
            users, User.id == Appeal.assignee_id
        )
    return query.select_from(joined)


def _row(r: Any, highlights: tuple[str, ...], marker: str | None, key_width: int) -> RegisterRow:
    return RegisterRow(
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
        highlights=highlights,
        sort_values=(marker, *r[17 : 17 + key_width]) if marker is not None else (),
    )


def _ordered(query: Select[Any], columns: Sequence[_Column], descending: bool) -> Select[Any]:
    return query.order_by(*(column.desc() if descending else column.asc() for column in columns))


def _phase_query(
    filters: RegisterFilter,
    prepared: _Prepared,
    spec: _SortSpec,
    descending: bool,
    nulls: bool,
    values: tuple[Any, ...],
    limit: int,
) -> Select[Any]:
    """One phase of a sorted page: the rows with a value of the sort column, or those without."""
    columns = spec.null_columns if nulls else spec.columns
    query = _filtered(_rows_query(columns, "" if nulls else spec.joins), filters, prepared)
    if spec.nullable is not None:
        query = query.where(spec.nullable.is_(None) if nulls else spec.nullable.is_not(None))
    if values:
        query = query.where(_after(columns, values, descending))
    return _ordered(query, columns, descending).limit(limit)


def _effective_sort(filters: RegisterFilter, search: _Search | None) -> RegisterSort:
    sort = filters.sort
    if sort.column is SortColumn.RELEVANCE and (search is None or not search.words):
        return RegisterSort(SortColumn.RECEIVED, sort.descending)
    return sort


_EXECUTOR_ORDER: tuple[_Column, ...] = (Appeal.received_at, Appeal.id)


def _executors_query(descending: bool, values: tuple[Any, ...]) -> Select[Any]:
    """Users by (full name, id) from the key's executor on (few rows: the office's staff)."""
    query = _ordered(select(User.id, User.full_name), (User.full_name, User.id), descending)
    if values:
        at_key = and_(User.full_name == values[0], User.id == values[1])
        query = query.where(or_(at_key, _after((User.full_name, User.id), values[:2], descending)))
    return query


def _executor_query(
    filters: RegisterFilter, prepared: _Prepared, descending: bool, user_id: int, values: tuple[Any, ...]
) -> Select[Any]:
    """One executor's appeals in received order: a range of ix_appeals_assignee_received."""
    columns = (User.full_name, User.id, *_EXECUTOR_ORDER)
    query = _filtered(_rows_query(columns), filters, prepared).where(Appeal.assignee_id == user_id)
    if values:
        query = query.where(_after(_EXECUTOR_ORDER, values, descending))
    return _ordered(query, _EXECUTOR_ORDER, descending)


def _by_executor(
    session: Session,
    filters: RegisterFilter,
    prepared: _Prepared,
    descending: bool,
    values: tuple[Any, ...],
    wanted: int,
    highlights: tuple[str, ...],
) -> list[RegisterRow]:
    """The rows with an executor, ordered by executor: executor after executor, each an index range.

    One join ordered by the executor's name leaves PostgreSQL's planner scanning every appeal; the
    office has tens of executors, so asking for each one's appeals in turn is cheap and exact.
    """
    rows: list[RegisterRow] = []
    for user_id, full_name in session.execute(_executors_query(descending, values)).all():
        within = tuple(values[2:]) if values and (full_name, user_id) == (values[0], values[1]) else ()
        query = _executor_query(filters, prepared, descending, user_id, within).limit(wanted - len(rows))
        rows += [_row(r, highlights, _VALUES, 4) for r in session.execute(query)]
        if len(rows) >= wanted:
            break
    return rows


def page_queries(session: Session, filters: RegisterFilter = RegisterFilter()) -> list[Select[Any]]:
    """The statements the first page of `filters` runs (for EXPLAIN in tests and benchmarks)."""
    prepared = _prepare(session, filters)
    sort = _effective_sort(filters, prepared.search)
    if sort.column is SortColumn.RELEVANCE:
        return [_relevance_candidates(session, filters, prepared)]
    spec = _SORTS[sort.column]
    if sort.column is SortColumn.ASSIGNEE:
        queries = [
            _executors_query(sort.descending, ()),
            _executor_query(filters, prepared, sort.descending, 0, ()),
        ]
    else:
        queries = [_phase_query(filters, prepared, spec, sort.descending, False, (), PAGE_SIZE + 1)]
    if spec.nullable is not None:
        queries.append(_phase_query(filters, prepared, spec, sort.descending, True, (), PAGE_SIZE + 1))
    return queries


def fetch_page(
    uow: UnitOfWork,
    *,
    actor: UserView,
    filters: RegisterFilter = RegisterFilter(),
    after: RegisterKey | None = None,
    limit: int = PAGE_SIZE,
) -> RegisterPage:
    with uow:
        # A read: on SQLite a plain BEGIN, not the write lock every page would otherwise take.
        check_reader(uow, actor, Permission.VIEW_APPEALS)
        session = uow.session
        prepared = _prepare(session, filters)
        sort = _effective_sort(filters, prepared.search)
        if sort.column is SortColumn.RELEVANCE:
            return _relevance_page(session, filters, prepared, after, limit)
        spec = _SORTS[sort.column]
        highlights = prepared.search.highlights if prepared.search is not None else ()
        wanted = limit + 1
        values: tuple[Any, ...] = ()
        phase = _VALUES
        if after is not None:
            if after.values:
                phase, values = after.values[0], tuple(after.values[1:])
            else:  # a key of the default order from before sorts existed
                values = (after.received_at, after.id)
        rows: list[RegisterRow] = []
        if phase == _VALUES and sort.column is SortColumn.ASSIGNEE:
            rows = _by_executor(session, filters, prepared, sort.descending, values, wanted, highlights)
            values = ()
        elif phase == _VALUES:
            query = _phase_query(filters, prepared, spec, sort.descending, False, values, wanted)
            rows = [_row(r, highlights, _VALUES, len(spec.columns)) for r in session.execute(query)]
            values = ()
        if spec.nullable is not None and len(rows) < wanted:
            query = _phase_query(filters, prepared, spec, sort.descending, True, values, wanted - len(rows))
            rows += [_row(r, highlights, _NULLS, len(spec.null_columns)) for r in session.execute(query)]
        return RegisterPage(tuple(rows[:limit]), has_more=len(rows) > limit)


def _relevance_candidates(session: Session, filters: RegisterFilter, prepared: _Prepared) -> Select[Any]:
    """The newest RELEVANCE_CANDIDATES matches (in received order, as the register's index gives
    them): relevance never ranks every match of a frequent word."""
    search = prepared.search
    assert search is not None
    columns: list[_Column] = [Appeal.id, Appeal.received_at]
    if not appeal_search.is_sqlite(session):
        columns.append(appeal_search.pg_rank(appeal_search.pg_tsquery_text(session, search.words)))
    candidates = _filtered(select(*columns).select_from(Appeal), filters, prepared)
    return candidates.order_by(Appeal.received_at.desc(), Appeal.id.desc()).limit(RELEVANCE_CANDIDATES)


def _relevance_page(
    session: Session, filters: RegisterFilter, prepared: _Prepared, after: RegisterKey | None, limit: int
) -> RegisterPage:
    """Best matches first among the newest RELEVANCE_CANDIDATES matches (never every match)."""
    search = prepared.search
    assert search is not None
    sqlite = appeal_search.is_sqlite(session)
    found = list(session.execute(_relevance_candidates(session, filters, prepared)))
    if sqlite:
        texts = appeal_search.appeal_texts(session, [r[0] for r in found])
        pairs = [(word, stem(word)) for word in search.words]
        scored = [(_score(texts.get(r[0]), pairs), r[1], r[0]) for r in found]
    else:
        scored = [(round(float(r[2]), 6), r[1], r[0]) for r in found]
    descending = filters.sort.descending
    scored.sort(reverse=descending)
    if after is not None and len(after.values) == 4:
        key = tuple(after.values[1:])
        scored = [s for s in scored if (s < key if descending else s > key)]
    chosen = scored[: limit + 1]
    by_id: dict[int, Any] = {}
    if chosen:
        query = _rows_query(()).where(Appeal.id.in_([s[2] for s in chosen]))
        by_id = {r[0]: r for r in session.execute(query)}
    rows = [
        replace(_row(by_id[s[2]], search.highlights, None, 0), sort_values=(_VALUES, *s))
        for s in chosen
        if s[2] in by_id
    ]
    return RegisterPage(tuple(rows[:limit]), has_more=len(rows) > limit)


def _score(texts: tuple[str, str, str] | None, words: Sequence[tuple[str, str]]) -> float:
    """SQLite's relevance, in the spirit of ts_rank's weights: name 1.0, summary 0.4, text 0.1, the
    text's share damped by its length. `words` are (word, stem) pairs; a stem is counted as a
    substring (C speed: the candidate set is bounded, but stemming a thousand texts in Python or
    running a regular expression per word is not free)."""
    if texts is None:
        return 0.0
    name, summary, body = (fold_word_text(part) for part in texts)
    score = 0.0
    for word, stemmed in words:
        if (" " + word) in (" " + name):
            score += 1.0
        score += 0.4 * min(summary.count(stemmed), 3) + 0.1 * min(body.count(stemmed), 5)
    return round(score / (1.0 + math.log1p(len(body)) / 10.0), 6)


def count_appeals(uow: UnitOfWork, *, actor: UserView, filters: RegisterFilter = RegisterFilter()) -> int:
    """How many appeals match: a separate call, made when the filter changes, not on every page.

    On PostgreSQL a count over a million rows takes a few hundred milliseconds: run it off the UI
    thread and never on every refresh.
    """
    with uow:
        # A read: on SQLite a plain BEGIN, not the write lock every page would otherwise take.
        check_reader(uow, actor, Permission.VIEW_APPEALS)
        prepared = _prepare(uow.session, filters)
        query = select(func.count(Appeal.id)).select_from(Appeal)
        if prepared.search is not None and prepared.search.joins_applicant:
            query = query.outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
        return int(uow.session.scalar(_filtered(query, filters, prepared)) or 0)


# ------------------------------------------------------------------------------------ saved filters

_DATE_FIELDS = ("received_from", "received_to")
_ENUM_FIELDS: dict[str, type[StrEnum]] = {"status": AppealStatus, "channel": Channel, "kind": AppealKind}


def filters_to_json(filters: RegisterFilter) -> dict[str, Any]:
    """A plain dict for a saved view. «Overdue» and «due soon» are kept as flags: they mean «as of
    the day the view is opened», not the day it was saved."""
    out: dict[str, Any] = {}
    for f in fields(RegisterFilter):
        value = getattr(filters, f.name)
        if f.name == "sort":
            out["sort"] = {"column": value.column.value, "descending": value.descending}
        elif f.name in ("overdue_on", "due_soon_on"):
            if value is not None:
                out[f.name] = True
        elif value is None or value == "" or value is False:
            continue
        elif isinstance(value, StrEnum):
            out[f.name] = value.value
        elif isinstance(value, date):
            out[f.name] = value.isoformat()
        else:
            out[f.name] = value
    return out


def filters_from_json(data: dict[str, Any], today: date | None = None) -> RegisterFilter:
    """The filters of a saved view; unknown keys and values that no longer parse are dropped."""
    today = today or deadlines.office_date(datetime.now(UTC))
    values: dict[str, Any] = {}
    for key, value in data.items():
        try:
            if key == "sort" and isinstance(value, dict):
                values["sort"] = RegisterSort(
                    SortColumn(value["column"]), bool(value.get("descending", True))
                )
            elif key in ("overdue_on", "due_soon_on"):
                if value:
                    values[key] = today
            elif key in _ENUM_FIELDS:
                values[key] = _ENUM_FIELDS[key](value)
            elif key in _DATE_FIELDS:
                values[key] = date.fromisoformat(value)
            elif key in ("applicant_id", "assignee_id", "department_id", "property_id"):
                values[key] = int(value)
            elif key in ("search", "topic_code"):
                values[key] = str(value)
            elif key == "answered_late":
                values[key] = bool(value)
        except (KeyError, ValueError, TypeError):
            continue
    return RegisterFilter(**values)
