"""Loading demo data into a database in bulk: staff, applicants, appeals and their questions.

Rows go in by batches, one transaction each: the raw sqlite3 `executemany` on SQLite, `COPY … FROM
STDIN` on PostgreSQL. Registration numbers come from the same counters a clerk's registration uses
(a block per series and year per batch, inside the batch's transaction), so numbers stay unique and
gap-free and a clerk registering afterwards gets the next one. Ids are taken safely too: on SQLite
from max(id) under the write lock, on PostgreSQL from the tables' sequences.

The search index entries are composed from the texts' fragments (reception.demo.search_entries)
by the thread that draws the next batch. On PostgreSQL a first load into an empty register is one
transaction that locks the appeal tables, sets their plain indexes, foreign keys and vector trigger
aside and builds them again at its end (reception.db.bulk_load); knowing every id and number ahead,
its drawing thread also renders each batch as COPY text (reception.demo.copy_text). A load beside
existing appeals goes batch by batch over two connections.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from queue import Full, Queue
from typing import Any

from sqlalchemy import Connection, RootTransaction, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from reception.db import appeal_search, bulk_load, bulk_triggers, link_facts, property_search
from reception.db.database import Database
from reception.db.models import Topic as TopicRow
from reception.db.models import User
from reception.db.property_models import Property
from reception.db.sqlfunc import exclusive_section
from reception.db.types import utcnow
from reception.demo.consultations import default_count, write_demo_consultations
from reception.demo.copy_text import copy_text
from reception.demo.generator import (
    APPEAL_COLUMNS,
    APPLICANT_COLUMNS,
    QUESTION_COLUMNS,
    Batch,
    DemoGenerator,
    Row,
    Staffing,
    Topic,
)
from reception.demo.names import FEMALE_NAMES, FEMALE_PATRONYMICS, FEMALE_SURNAMES
from reception.demo.properties import (
    HOLDER_COLUMNS,
    LINK_COLUMNS,
    PROPERTY_COLUMNS,
    DemoRegister,
    stamp_for,
)
from reception.demo.search_entries import PostgresVectors, SqliteStems
from reception.domain.appeals import ApplicantKind
from reception.domain.errors import FieldError, PermissionDenied, ValidationError
from reception.domain.permissions import Role
from reception.domain.regnumbers import format_reg_number
from reception.services import users
from reception.services.audit import record_event
from reception.services.office_settings import DEMO_LOGIN_HINT, REG_PREFIX, read_setting, write_setting
from reception.services.regcounters import reserve_sequences

BATCH_SIZE = 25_000
# The columns of the rows the writers insert, ids and numbers first.
_APPLICANT_ROW = ("id", *APPLICANT_COLUMNS)
_APPEAL_ROW = ("id", "reg_number", "applicant_id", *APPEAL_COLUMNS)
_QUESTION_ROW = ("id", "appeal_id", *QUESTION_COLUMNS)
# Written by every batch; their simple insert triggers run once per batch (reception.db.bulk_triggers).
_BULK_TABLES = ("applicants", "appeals", "questions")
_PERSON_KIND = ApplicantKind.PERSON.value
LEAF_LEVEL = 4
DEMO_ADMIN_LOGIN = "admin"
DEMO_PASSWORD = "demo12345"
DEMO_LOGIN_HINT_TEXT = f"{DEMO_ADMIN_LOGIN} / {DEMO_PASSWORD}"

# Demo staff besides the administrator: (login, role).
DEMO_STAFF = (
    ("clerk1", Role.CLERK),
    ("clerk2", Role.CLERK),
    ("clerk3", Role.CLERK),
    ("executor1", Role.EXECUTOR),
    ("executor2", Role.EXECUTOR),
    ("executor3", Role.EXECUTOR),
    ("executor4", Role.EXECUTOR),
    ("executor5", Role.EXECUTOR),
    ("executor6", Role.EXECUTOR),
    ("manager", Role.MANAGER),
)


@dataclass(frozen=True)
class DemoSummary:
    appeals: int
    applicants: int
    questions: int
    properties: int
    users_created: int
    seconds: float
    backend: str
    property_links: int = 0
    consultations: int = 0

    def __str__(self) -> str:
        def n(value: int) -> str:
            return f"{value:,}".replace(",", " ")

        staff = f", создано пользователей: {self.users_created}" if self.users_created else ""
        return (
            f"Демонстрационные данные загружены: обращений {n(self.appeals)}, заявителей "
            f"{n(self.applicants)}, вопросов {n(self.questions)}, объектов недвижимости {n(self.properties)} "
            f"(связей с обращениями {n(self.property_links)}), консультаций {n(self.consultations)}{staff}; "
            f"за {self.seconds:.1f} с".replace(".", ",")
            + "."
        )


def load_demo(
    db: Database,
    *,
    appeals: int,
    properties: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
    batch_size: int = BATCH_SIZE,
    consultations: int | None = None,
) -> DemoSummary:
    """Fill a migrated database with `appeals` demo appeals about `properties` Moscow buildings.

    The same seed gives the same data (registration numbers and ids aside: they continue the
    database's counters). `properties` is the size of the building pool the addresses come from and
    the number of property records (reception.demo.properties): buildings, plots and apartments,
    with a share of the appeals linked to them. Staff is created when the database has no users
    (admin / demo12345).
    """
    errors = []
    if appeals < 0:
        errors.append(FieldError("appeals", "Число обращений не может быть отрицательным."))
    if properties < 1:
        errors.append(FieldError("properties", "Нужен хотя бы один дом (--properties)."))
    if errors:
        raise ValidationError(errors)
    started = time.perf_counter()
    staffing, admin_id, created = _ensure_staff(db)
    topics = _leaf_topics(db)
    generator = DemoGenerator(
        seed=seed,
        appeals=appeals,
        properties=properties,
        topics=topics,
        staffing=staffing,
        now=now or utcnow(),
        timestamp_suffix="+00" if db.backend == "postgresql" else "",
    )
    writer = _PostgresWriter(generator.appeal_years) if db.backend == "postgresql" else _SqliteWriter()
    register = DemoRegister(seed, generator.buildings, properties)
    _write_properties(db, writer, register, now or utcnow())
    done = applicants = questions = 0
    registrar_column = APPEAL_COLUMNS.index("registered_by_id")
    registered_column = APPEAL_COLUMNS.index("registered_at")

    def report(batch: Batch) -> None:
        nonlocal done, applicants, questions
        done += len(batch.appeals)
        applicants += len(batch.applicants)
        questions += len(batch.questions)
        link = register.link
        for appeal_id, building, row in zip(
            batch.appeal_ids, batch.appeal_buildings, batch.appeals, strict=True
        ):
            link(appeal_id, building, row[registrar_column], row[registered_column])
        if register.records:
            ids, first = writer.applicant_ids, batch.first_applicant
            register.offer_people(
                [
                    (ids[first + j], f"{row[1]} {row[2]} {row[3]}".strip())
                    for j, row in enumerate(batch.applicants[:2000])
                    if row[0] == _PERSON_KIND and row[1]
                ]
            )
        if progress is not None:
            progress(done, appeals)

    writer.run(
        db,
        _prefetched(generator.batches(batch_size), lambda batch: writer.prepare(db, batch)),
        report,
        lambda cursor: _insert_links(writer, cursor, register),
    )
    links = writer.links_written
    if links is None:
        links = _write_links(db, writer, register)
    consultation_count = write_demo_consultations(
        db,
        count=default_count(appeals) if consultations is None else consultations,
        seed=seed,
        now=now or utcnow(),
    )
    summary = DemoSummary(
        appeals=done,
        applicants=applicants,
        questions=questions,
        properties=len(register.records),
        users_created=created,
        property_links=links,
        consultations=consultation_count,
        seconds=time.perf_counter() - started,
        backend=db.backend,
    )
    with db.uow() as uow:
        record_event(
            uow.session,
            user_id=admin_id,
            entity="demo",
            entity_id=0,
            action="demo_loaded",
            changes={
                "appeals": summary.appeals,
                "applicants": summary.applicants,
                "questions": summary.questions,
                "properties": properties,
                "seed": seed,
                "users_created": created,
                "consultations": consultation_count,
            },
        )
    return summary


def _write_properties(db: Database, writer: _Writer, register: DemoRegister, now: datetime) -> None:
    """The register's records in one transaction, before the appeals (links point at them)."""
    if not register.records:
        return
    with db.engine.connect() as connection, writer.tuned(connection), connection.begin():
        sqlite = connection.dialect.name == "sqlite"
        # Two loads at once on PostgreSQL would both find the same numbers free: one at a time.
        exclusive_section(connection, "demo_properties")
        cursor = _cursor(connection)
        try:
            register.first_id = writer.take_ids(cursor, "properties", len(register.records))[0]
            _free_numbers(connection, register)
            with property_search.triggers_paused(connection):
                writer.insert(
                    cursor,
                    "properties",
                    PROPERTY_COLUMNS,
                    register.property_rows(stamp_for(now, sqlite), sqlite),
                )
                property_search.index_rows_from(connection, register.first_id)
        finally:
            cursor.close()


def _free_numbers(connection: Connection, register: DemoRegister) -> None:
    """Move the demo's quarters past any number already in the register (an earlier load, an import)."""
    base = 1000
    while True:
        register.renumber(base)
        numbers = register.numbers()
        taken = any(
            connection.execute(
                select(Property.id)
                .where(Property.cadastral_number.in_(numbers[start : start + 900]))
                .limit(1)
            ).first()
            for start in range(0, len(numbers), 900)
        )
        if not taken:
            return
        base += len(register.records) + 1


def _write_links(db: Database, writer: _Writer, register: DemoRegister) -> int:
    """Right holders of the apartments, then the appeals' links with their snapshots."""
    if not register.records:
        return 0
    with db.engine.connect() as connection, writer.tuned(connection), connection.begin():
        cursor = _cursor(connection)
        try:
            return _insert_links(writer, cursor, register)
        finally:
            cursor.close()


def _insert_links(writer: _Writer, cursor: Any, register: DemoRegister) -> int:
    """The links in the cursor's transaction; how many."""
    if not register.records:
        return 0
    holders = register.assign_holders()
    links = register.link_rows()
    if holders:
        writer.insert(cursor, "property_right_holders", HOLDER_COLUMNS, holders)
    if links:
        writer.insert(cursor, "appeal_properties", LINK_COLUMNS, links)
    return len(links)


def _prefetched(
    batches: Iterator[Batch], prepare: Callable[[Batch], None], depth: int = 2
) -> Iterator[Batch]:
    """The batches, drawn and prepared by a helper thread while the database writes the previous one.

    The drivers release the GIL while the database works (sqlite3 during each step, psycopg while
    it waits for the server), so drawing and writing overlap. The order, and so the data, stay
    those of the single generator.
    """
    queue: Queue[Batch | BaseException | None] = Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: Batch | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                queue.put(item, timeout=0.2)
                return True
            except Full:
                continue
        return False

    def produce() -> None:
        try:
            for batch in batches:
                prepare(batch)
                if not offer(batch):
                    return
            offer(None)
        except BaseException as error:
            offer(error)

    producer = threading.Thread(target=produce, name="demo-generator", daemon=True)
    producer.start()
    try:
        while (item := queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        producer.join()


# -- staff and reference data -----------------------------------------------------------------


def _ensure_staff(db: Database) -> tuple[Staffing, int, int]:
    """(who registers and executes, the administrator's id, users created)."""
    created = 0
    if not users.has_users(db.uow()):
        try:
            admin = users.create_first_admin(
                db.uow(),
                login=DEMO_ADMIN_LOGIN,
                full_name="Администраторова Анна Андреевна",
                password=DEMO_PASSWORD,
            )
        except (PermissionDenied, ValidationError, IntegrityError):
            admin = None  # another load created the staff a moment ago: use theirs
        if admin is not None:
            created = 1
            for number, (login, role) in enumerate(DEMO_STAFF):
                users.add_user(
                    db.uow(),
                    actor=admin,
                    login=login,
                    full_name=_staff_name(number),
                    role=role,
                    password=DEMO_PASSWORD,
                )
                created += 1
            with db.uow() as uow:
                write_setting(uow.session, DEMO_LOGIN_HINT, DEMO_LOGIN_HINT_TEXT)
    with db.uow() as uow:
        rows = uow.session.execute(
            select(User.id, User.role).where(User.is_active.is_(True)).order_by(User.id)
        ).all()
    if not rows:
        raise ValidationError(
            FieldError(
                "users", "В базе нет действующих пользователей: демо-обращения некому зарегистрировать."
            )
        )
    admins = tuple(i for i, role in rows if role is Role.ADMIN)
    clerks = tuple(i for i, role in rows if role is Role.CLERK)
    executors = tuple(i for i, role in rows if role is Role.EXECUTOR)
    first_admin = admins[0] if admins else rows[0][0]
    registrars = clerks or (first_admin,)
    return Staffing(registrars=registrars, executors=executors or (first_admin,)), first_admin, created


def _staff_name(number: int) -> str:
    return f"{FEMALE_SURNAMES[number + 3]} {FEMALE_NAMES[number]} {FEMALE_PATRONYMICS[number]}"


def _leaf_topics(db: Database) -> list[Topic]:
    with db.uow() as uow:
        rows = uow.session.execute(
            select(TopicRow.code, TopicRow.name)
            .where(TopicRow.level == LEAF_LEVEL, TopicRow.is_active.is_(True))
            .order_by(TopicRow.code)
        ).all()
    if not rows:
        raise ValidationError(
            FieldError("topics", "В базе нет тематического классификатора: загрузите его перед демо-данными.")
        )
    return [Topic(code, name) for code, name in rows]


# -- writers ----------------------------------------------------------------------------------


def _numbers(session: Session, batch: Batch, prefix: str) -> list[str]:
    """Registration numbers for the batch's appeals, in order, a block per year from the counters."""
    numbers: list[str] = []
    years = batch.years
    start = 0
    while start < len(years):
        year = years[start]
        stop = start
        while stop < len(years) and years[stop] == year:
            stop += 1
        numbers.extend(
            format_reg_number(prefix, year, sequence)
            for sequence in reserve_sequences(session, prefix, year, stop - start)
        )
        start = stop
    return numbers


class _Writer:
    """Writes batches, each in a transaction; remembers applicant ids across batches."""

    def __init__(self) -> None:
        self.applicant_ids: list[int] = []
        # Property links written by `run` itself (its last step), or None: the loader's to write.
        self.links_written: int | None = None

    def run(
        self,
        db: Database,
        batches: Iterator[Batch],
        report: Callable[[Batch], None],
        links: Callable[[Any], int],
    ) -> None:
        # SQLite: a transaction a batch. One transaction for a whole first load, with the indexes
        # built at its end as on PostgreSQL, measured slower here (214 s against 166 s for a
        # million): a WAL transaction far larger than the page cache re-reads what it spilled.
        with db.engine.connect() as connection, self.tuned(connection):
            for batch in batches:
                with connection.begin():
                    self.write_batch(connection, batch)
                report(batch)

    def write_batch(self, connection: Connection, batch: Batch) -> None:
        """The batch's applicants, appeals and questions, in the connection's transaction."""
        cursor = _cursor(connection)
        try:
            with bulk_triggers.triggers_deferred(connection, _BULK_TABLES) as deferred:
                self.write_applicants(cursor, batch)
                deferred.replay(
                    connection,
                    "applicants",
                    self.applicant_ids[len(self.applicant_ids) - len(batch.applicants) :],
                )
                appeal_ids = self.write_appeals(connection, cursor, batch)
                if deferred.holds("appeals", appeal_search.SQLITE_INSERT_TRIGGER):
                    # Its work, done from the stems prepared by fragment (else it runs per row).
                    self.index_appeals(cursor, batch, appeal_ids)
                deferred.replay(
                    connection, "appeals", appeal_ids, done=(appeal_search.SQLITE_INSERT_TRIGGER,)
                )
                question_ids = self.write_questions(cursor, batch, appeal_ids)
                deferred.replay(connection, "questions", question_ids)
        finally:
            cursor.close()

    @contextmanager
    def tuned(self, connection: Connection) -> Iterator[None]:
        yield

    def take_ids(self, cursor: Any, table: str, count: int) -> list[int]:
        raise NotImplementedError

    def insert(self, cursor: Any, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        raise NotImplementedError

    def write_applicants(self, cursor: Any, batch: Batch) -> None:
        if not batch.applicants:
            return
        ids = self.take_ids(cursor, "applicants", len(batch.applicants))
        rows = [(i, *row) for i, row in zip(ids, batch.applicants, strict=True)]
        self.insert(cursor, "applicants", _APPLICANT_ROW, rows)
        self.applicant_ids.extend(ids)

    def write_appeals(self, connection: Connection, cursor: Any, batch: Batch) -> list[int]:
        """Numbers from the counters and the appeals, in the connection's current transaction."""
        if not batch.appeals:
            return []
        session = Session(bind=connection)
        try:
            numbers = _numbers(session, batch, read_setting(session, REG_PREFIX) or "")
        finally:
            session.close()
        applicant_ids = self.applicant_ids
        appeal_ids = self.take_ids(cursor, "appeals", len(batch.appeals))
        rows = zip(appeal_ids, numbers, batch.appeal_applicants, batch.appeals, strict=True)
        columns = _APPEAL_ROW
        vectors = self.search_vectors(cursor, batch)
        if vectors is None:
            self.insert(
                cursor,
                "appeals",
                columns,
                [(i, number, applicant_ids[o] if o >= 0 else None, *row) for i, number, o, row in rows],
            )
        else:
            self.insert(
                cursor,
                "appeals",
                (*columns, appeal_search.VECTOR_COLUMN),
                [
                    (i, number, applicant_ids[o] if o >= 0 else None, *row, vector)
                    for (i, number, o, row), vector in zip(rows, vectors, strict=True)
                ],
            )
        batch.appeal_ids = appeal_ids
        return appeal_ids

    def prepare(self, db: Database, batch: Batch) -> None:
        """Work on a batch that needs no write lock (the prefetching thread, while a batch is written)."""

    def search_vectors(self, cursor: Any, batch: Batch) -> list[str | None] | None:
        """The appeals' search vectors to insert with them, where the backend keeps them in a column."""
        return None

    def index_appeals(self, cursor: Any, batch: Batch, appeal_ids: list[int]) -> None:
        """Put the new appeals in the search index, where the backend keeps one apart from the table."""

    def write_questions(self, cursor: Any, batch: Batch, appeal_ids: list[int]) -> list[int]:
        if not batch.questions:
            return []
        question_ids = self.take_ids(cursor, "questions", len(batch.questions))
        self.insert(
            cursor,
            "questions",
            _QUESTION_ROW,
            [
                (i, appeal_ids[index], *rest)
                for i, (index, *rest) in zip(question_ids, batch.questions, strict=True)
            ],
        )
        return question_ids


# What a first load fills: locked (PostgreSQL) with their plain indexes set aside until it ends.
# The right holders' name words come from the holders' insert trigger (migration 0013).
_FIRST_LOAD_TABLES = (
    "applicants",
    "appeals",
    "questions",
    "report_appeal_facts",
    "report_question_facts",
    "appeal_properties",
    "report_link_facts",
    "property_right_holders",
    "holder_name_words",
)


# Read but never written by a first load: locked with the loaded tables, so that the keys to them
# (a question's topic code) are checked once at the end, not row by row. Dropping such a key takes
# the table's ACCESS EXCLUSIVE lock (PostgreSQL drops the key's triggers there too), so the load
# takes that lock at once, NOWAIT, with the others: reads of the classifier wait for the load's
# end as well, and the screens that read it read the register too, which the load holds anyway.
# Users and properties are not held for that reason: logins and the property register go on during
# a load (their keys cost a row look-up each).
_FIRST_LOAD_HELD = ("topics",)
# Memory for sorting and hashing in a first load (its statement triggers' transition tables).
_FIRST_LOAD_WORK_MEMORY = "256MB"
# The tables whose ids a first load takes from their sequences (take_id_block).
_NUMBERED_TABLES = ("applicants", "appeals", "questions")
# How long (seconds) a first load tries to get the appeal tables before it loads batch by batch.
_FIRST_LOAD_LOCK_WAIT = 5.0
_LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of a lock NOWAIT could not take


def _locked_for_first_load(connection: Connection) -> RootTransaction | None:
    """A transaction holding the first load's tables, or None when others keep them busy.

    Each try takes every lock at once or none (NOWAIT), rolled back when another session holds one: the
    load never waits while it holds some, so it cannot deadlock with a clerk's registration
    (which reads appeals, then takes its counter).
    """
    tables = ", ".join(("reg_counters", *_FIRST_LOAD_TABLES, *_FIRST_LOAD_HELD))
    deadline = time.monotonic() + _FIRST_LOAD_LOCK_WAIT
    while True:
        transaction = connection.begin()
        try:
            connection.exec_driver_sql(f"LOCK TABLE {tables} IN ACCESS EXCLUSIVE MODE NOWAIT")
            _lock_id_sequences(connection)
            return transaction
        except OperationalError as error:
            transaction.rollback()
            if getattr(error.orig, "sqlstate", None) != _LOCK_NOT_AVAILABLE:
                raise
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


def _lock_id_sequences(connection: Connection) -> None:
    """The id sequences of the tables a first load numbers, held like the tables until it ends.

    ALTER SEQUENCE (that changes nothing) blocks other sessions' nextval and setval until the
    transaction ends, so the load can reserve a batch's ids at once (take_id_block). It has no
    NOWAIT: a short lock_timeout stands for it, failing with the same SQLSTATE as NOWAIT.
    """
    connection.exec_driver_sql("SET LOCAL lock_timeout = '50ms'")
    for table in _NUMBERED_TABLES:
        sequence = connection.exec_driver_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).scalar()
        connection.exec_driver_sql(f"ALTER SEQUENCE {sequence} INCREMENT BY 1")
    connection.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")


def _prefer_fast_compression(connection: Connection) -> None:
    """lz4 for this transaction's long values where the server has it (pglz was a tenth of the load)."""
    has_lz4 = connection.exec_driver_sql(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).scalar()
    if has_lz4:
        connection.exec_driver_sql("SET LOCAL default_toast_compression = 'lz4'")


def _register_is_empty(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM appeals)").scalar_one())


def _copy_statement(table: str, columns: tuple[str, ...]) -> str:
    return f"COPY {table} ({', '.join(columns)}) FROM STDIN"


def _cursor(connection: Connection) -> Any:
    return connection.connection.driver_connection.cursor()  # type: ignore[union-attr]


class _SqliteWriter(_Writer):
    """executemany on the raw sqlite3 connection; ids above max(id), taken under the write lock."""

    @contextmanager
    def tuned(self, connection: Connection) -> Iterator[None]:
        raw = connection.connection.driver_connection
        assert raw is not None
        synchronous = raw.execute("PRAGMA synchronous").fetchone()[0]
        cache_size = raw.execute("PRAGMA cache_size").fetchone()[0]
        # A crash during a demo load loses at most the demo: durability is traded for speed, and
        # restored before the connection goes back to the pool.
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-262144")
        try:
            yield
        finally:
            raw.execute(f"PRAGMA synchronous={int(synchronous)}")
            raw.execute(f"PRAGMA cache_size={int(cache_size)}")

    def __init__(self) -> None:
        super().__init__()
        self.stems = SqliteStems()

    def prepare(self, db: Database, batch: Batch) -> None:
        """The index rows, stemmed by fragment (the insert trigger would stem every whole text)."""
        row = self.stems.row
        batch.search_values = [row(entry) for entry in batch.search]

    def index_appeals(self, cursor: Any, batch: Batch, appeal_ids: list[int]) -> None:
        cursor.executemany(
            appeal_search.SQLITE_INDEX_INSERT,
            [(i, *values) for i, values in zip(appeal_ids, batch.search_values, strict=True)],
        )

    def take_ids(self, cursor: Any, table: str, count: int) -> list[int]:
        last = cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        return list(range(last + 1, last + 1 + count))

    def insert(self, cursor: Any, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        marks = ", ".join("?" * len(columns))
        cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


@dataclass
class _Rendering:
    """What the drawing thread of a first load needs to render batches (_PostgresWriter.render)."""

    prefix: str
    first_applicant_id: int  # the id of the load's first applicant; the others follow in order
    next_numbers: dict[int, int]  # year: the next registration number's sequence


class _PostgresWriter(_Writer):
    """COPY FROM STDIN over two connections working at once; ids from the tables' sequences.

    Connection A takes the registration numbers and copies the appeals of batch k; meanwhile
    connection B copies the applicants of batch k+1 and then the questions of batch k-1. The
    server thus works on two cores. Each step is its own transaction: the numbers and the appeals
    they are given commit together (gap-free), questions follow their committed appeals.
    """

    def run(
        self,
        db: Database,
        batches: Iterator[Batch],
        report: Callable[[Batch], None],
        links: Callable[[Any], int],
    ) -> None:
        with db.engine.connect() as connection:
            empty = _register_is_empty(connection)
            connection.rollback()
            if empty and self.run_into_empty(connection, batches, report, links):
                return
        self.run_batched(db, batches, report)

    def run_into_empty(
        self,
        connection: Connection,
        batches: Iterator[Batch],
        report: Callable[[Batch], None],
        links: Callable[[Any], int],
    ) -> bool:
        """A first load into an empty register: one transaction, indexes built once at the end.

        The appeal tables, applicants and the registration counters stay locked until the load
        commits, and so does the classifier (_FIRST_LOAD_HELD); users and properties stay open:
        logins and property search go on. False, with nothing written and no batch taken, when the
        login does not own the tables, when other sessions keep them busy for a few seconds, or when
        a load that got them first has filled the register meanwhile: the caller loads batch by
        batch.
        """
        owner = bulk_load.may_set_aside(connection, _FIRST_LOAD_TABLES)
        connection.rollback()
        if not owner:
            return False
        transaction = _locked_for_first_load(connection)
        if transaction is None:
            return False
        try:
            if not _register_is_empty(connection):
                transaction.rollback()
                return False
            self.relax(connection)
            self._load_into_empty(connection, batches, report, links)
        except BaseException:
            transaction.rollback()
            raise
        transaction.commit()
        try:  # the planner's statistics for the tables that went from nothing to their full size
            connection.exec_driver_sql(f"ANALYZE {', '.join(_FIRST_LOAD_TABLES)}")
            connection.commit()
        except DBAPIError:  # the data is committed; autovacuum analyses the tables later
            connection.rollback()
        return True

    def _load_into_empty(
        self,
        connection: Connection,
        batches: Iterator[Batch],
        report: Callable[[Batch], None],
        links: Callable[[Any], int],
    ) -> None:
        """The batches and the links, with the tables' indexes, keys and vector trigger set aside."""
        _prefer_fast_compression(connection)
        # The report-fact triggers read each COPY's new rows from a transition table: a batch of
        # wide appeal rows (~60 MB) stays in memory instead of going through a temporary file.
        connection.exec_driver_sql(f"SET LOCAL work_mem = '{_FIRST_LOAD_WORK_MEMORY}'")
        with (
            bulk_load.set_aside(
                connection,
                _FIRST_LOAD_TABLES,
                triggers=(
                    ("appeals", appeal_search.PG_VECTOR_TRIGGER),
                    ("appeal_properties", link_facts.PG_LINKS_INSERTED_TRIGGER),
                ),
                held=_FIRST_LOAD_HELD,
            ),
            _cursor(connection) as cursor,
        ):
            with self.taking_id_blocks(cursor), self.rendering_ahead(connection, cursor):
                for batch in batches:
                    self.write_rendered(cursor, batch)
                    report(batch)
            if self.vectors_left:  # the trigger is off: what the loader could not compose
                connection.exec_driver_sql(appeal_search.PG_FILL_MISSING_VECTORS)
            self.links_written = links(cursor)  # their keys checked set-wise too
            # Their report facts at once (the trigger, switched off, would lock every fact row).
            connection.exec_driver_sql(link_facts.FILL_ALL)

    def run_batched(self, db: Database, batches: Iterator[Batch], report: Callable[[Batch], None]) -> None:
        with (
            db.engine.connect() as appeals_connection,
            db.engine.connect() as side_connection,
            ThreadPoolExecutor(1, thread_name_prefix="demo-copy") as side,
        ):

            def applicants_step(batch: Batch) -> None:
                with side_connection.begin():
                    self.relax(side_connection)
                    with _cursor(side_connection) as cursor:
                        self.write_applicants(cursor, batch)

            def questions_step(batch: Batch, appeal_ids: list[int]) -> None:
                with side_connection.begin():
                    self.relax(side_connection)
                    with _cursor(side_connection) as cursor:
                        self.write_questions(cursor, batch, appeal_ids)

            upcoming = iter(batches)
            current = next(upcoming, None)
            applicants_done = side.submit(applicants_step, current) if current is not None else None
            questions_done: Future[None] | None = None
            while current is not None:
                following = next(upcoming, None)
                following_applicants = (
                    side.submit(applicants_step, following) if following is not None else None
                )
                assert applicants_done is not None
                applicants_done.result()
                with appeals_connection.begin():
                    self.relax(appeals_connection)
                    with _cursor(appeals_connection) as cursor:
                        appeal_ids = self.write_appeals(appeals_connection, cursor, batch=current)
                if questions_done is not None:
                    questions_done.result()
                questions_done = side.submit(questions_step, current, appeal_ids)
                report(current)
                current, applicants_done = following, following_applicants
            if questions_done is not None:
                questions_done.result()

    def __init__(self, appeal_years: Callable[[], dict[int, int]]) -> None:
        super().__init__()
        self.appeal_years = appeal_years
        # Set while a first load has its drawing thread render each batch's COPY text (render).
        self.rendering: _Rendering | None = None
        self.vectors = PostgresVectors()
        self.vectors_left = 0  # appeals inserted without a vector (the server's trigger computes one)
        self._next_ids: dict[str, tuple[str, int]] = {}  # table: (its sequence, the next id to give)

    def prepare(self, db: Database, batch: Batch) -> None:
        """The vectors, composed from fragments the server analysed once (on a connection of its own)."""
        with db.engine.connect() as connection, _cursor(connection) as cursor:
            self.vectors.learn(cursor, batch.search)
        vector = self.vectors.vector
        batch.search_values = vectors = [vector(entry) for entry in batch.search]
        self.vectors_left += vectors.count(None)
        if self.rendering is not None:
            self.render(batch, self.rendering)

    @contextmanager
    def rendering_ahead(self, connection: Connection, cursor: Any) -> Iterator[None]:
        """A first load's batches rendered to COPY text by the drawing thread (prepare).

        Every id and number a batch needs is known ahead: the load holds the sequences
        (take_id_block) and the registration counters, so the numbers of all its appeals are
        reserved at once, year by year, and given out in the same order the batches would take them.
        """
        # The rendered text is UTF-8 (copy_text), whatever the login or the database would have chosen.
        cursor.execute("SET LOCAL client_encoding = 'UTF8'")
        for table in _NUMBERED_TABLES:
            self.take_id_block(cursor, table, 0)  # where each sequence stands
        session = Session(bind=connection)
        try:
            prefix = read_setting(session, REG_PREFIX) or ""
            numbers = {
                year: reserve_sequences(session, prefix, year, count).start
                for year, count in sorted(self.appeal_years().items())
            }
        finally:
            session.close()
        self.rendering = _Rendering(prefix, self._next_ids["applicants"][1], numbers)
        try:
            yield
        finally:
            self.rendering = None

    def render(self, batch: Batch, rendering: _Rendering) -> None:
        """The batch's rows, with their ids and numbers, as COPY text (the drawing thread)."""
        base = rendering.first_applicant_id
        applicant_ids = self.take_id_block(None, "applicants", len(batch.applicants))
        assert not applicant_ids or applicant_ids[0] == base + batch.first_applicant
        appeal_ids = self.take_id_block(None, "appeals", len(batch.appeals))
        question_ids = self.take_id_block(None, "questions", len(batch.questions))
        following, prefix = rendering.next_numbers, rendering.prefix
        numbers = []
        for year in batch.years:
            sequence = following[year]
            following[year] = sequence + 1
            numbers.append(format_reg_number(prefix, year, sequence))
        batch.appeal_ids = appeal_ids
        batch.rendered = (
            copy_text((i, *row) for i, row in zip(applicant_ids, batch.applicants, strict=True)),
            copy_text(
                (i, number, base + o if o >= 0 else None, *row, vector)
                for i, number, o, row, vector in zip(
                    appeal_ids,
                    numbers,
                    batch.appeal_applicants,
                    batch.appeals,
                    batch.search_values,
                    strict=True,
                )
            ),
            copy_text(
                (i, appeal_ids[index], *rest)
                for i, (index, *rest) in zip(question_ids, batch.questions, strict=True)
            ),
        )

    def write_rendered(self, cursor: Any, batch: Batch) -> None:
        """A batch rendered ahead (render): its three texts handed to the server as they are."""
        assert batch.rendered is not None and self.rendering is not None
        applicants, appeals, questions = batch.rendered
        for table, columns, text in (
            ("applicants", _APPLICANT_ROW, applicants),
            ("appeals", (*_APPEAL_ROW, appeal_search.VECTOR_COLUMN), appeals),
            ("questions", _QUESTION_ROW, questions),
        ):
            if text:
                with cursor.copy(_copy_statement(table, columns)) as copy:
                    copy.write(text)
        first = self.rendering.first_applicant_id + batch.first_applicant
        self.applicant_ids.extend(range(first, first + len(batch.applicants)))

    def search_vectors(self, cursor: Any, batch: Batch) -> list[str | None] | None:
        """The prepared vectors; the insert trigger keeps them in this transaction (migration 0011)."""
        cursor.execute(f"SET LOCAL {appeal_search.PG_VECTOR_GIVEN_SETTING} = 'on'")
        return batch.search_values

    @contextmanager
    def taking_id_blocks(self, cursor: Any) -> Iterator[None]:
        """Ids a batch at a time (take_id_block) while a first load holds the sequences.

        The sequences are read once and moved past the ids taken once, at the end (25,000 nextval
        calls cost the server ~75 ms a batch; reading and moving a sequence, three round trips).
        """
        self._next_ids.clear()
        try:
            yield
            for sequence, following in self._next_ids.values():
                cursor.execute("SELECT setval(%s, %s, false)", (sequence, following))
        finally:
            self._next_ids.clear()

    def take_ids(self, cursor: Any, table: str, count: int) -> list[int]:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", (table, count)
        )
        return sorted(row[0] for row in cursor.fetchall())

    def take_id_block(self, cursor: Any, table: str, count: int) -> list[int]:
        """`count` consecutive ids, counted here from the sequence's value when the load began.

        Only in a first load, which holds the sequence locked (_lock_id_sequences): no other
        session's nextval can come between. A rollback puts the sequence back along with the rows.
        """
        known = self._next_ids.get(table)
        if known is None:
            assert cursor is not None, "a first load reads its sequences before it renders"
            sequence = cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0]
            last, called = cursor.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()
            known = (sequence, last + 1 if called else last)
        sequence, first = known
        self._next_ids[table] = (sequence, first + count)
        return list(range(first, first + count))

    def insert(self, cursor: Any, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        with cursor.copy(_copy_statement(table, columns)) as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)

    def relax(self, connection: Connection) -> None:
        """Settings of one bulk transaction (SET LOCAL: they end with it)."""
        # Losing the last demo batches in a server crash is acceptable; waiting for each flush is not.
        connection.exec_driver_sql("SET LOCAL synchronous_commit = off")
