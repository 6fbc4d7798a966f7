"""Backup, restore and moving a database between SQLite and PostgreSQL.

A backup is a consistent snapshot taken while clerks keep working: SQLite's online backup API copies
the file into a temporary one, PostgreSQL reads every table in one REPEATABLE READ, READ ONLY
transaction. It is written as a zip (format below) with a `.sha256` file beside it:

    manifest.json        format, schema revision, source backend, and per table: its columns, row
                         count, the SHA-256 of its file and an order-independent checksum of its rows
    tables/NAME.jsonl    one JSON array per row, columns in manifest order; dates ISO 8601 (UTC),
                         decimals as text at the column's scale, binary as base64

Restore and copy write into an EMPTY database, migrated first to the backup's schema revision, in one
transaction, tables in foreign-key order; the rows are then checksummed on the target and compared
(any difference rolls everything back). Triggers: the guard triggers (append-only audit, appeals never
deleted, approved letters frozen) fire only on UPDATE/DELETE, so plain INSERTs pass them; the report
fact tables, the right holders' name words and SQLite's address index are filled by their INSERT
triggers as the appeals, questions, right holders and properties go in, so they are not inserted
(that would duplicate them) but verified against the source. Audit rows and the chain head are copied
verbatim: the hash chain verifies on the target. PostgreSQL sequences are moved past the copied ids.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, select

from reception.db import migrate
from reception.db.database import Database
from reception.db.engine import make_engine
from reception.db.models import Base
from reception.db.types import UTCDateTime
from reception.documents.atomic import write_atomically
from reception.domain.errors import ReceptionError

Progress = Callable[[int, int], None]

FORMAT = "reception-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
BATCH = 1000
# Filled by triggers on appeals, questions (migration 0005), property links (0012) and right
# holders (0013): verified, never inserted.
DERIVED_TABLES = frozenset(
    {"report_appeal_facts", "report_question_facts", "report_link_facts", "holder_name_words"}
)
# Rows here mean the database is in use: a restore or copy refuses to write into it.
CONTENT_TABLES = ("users", "appeals", "applicants", "audit_events", "letters", "properties")


class BackupError(ReceptionError):
    """A backup, restore or copy was refused or failed; the target database is unchanged."""


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("Операция отменена; ничего не записано.")


@dataclass(frozen=True)
class TableSummary:
    name: str
    rows: int
    checksum: str  # order-independent: equal for equal rows on SQLite and PostgreSQL


@dataclass(frozen=True)
class TransferResult:
    schema_revision: str
    tables: tuple[TableSummary, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


# ------------------------------------------------------------------------------- row encoding


def _encoder(column: sa.Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime | sa.DateTime):
        return lambda v: None if v is None else _utc(v).isoformat()
    if isinstance(kind, sa.Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, sa.Float):
        return lambda v: None if v is None else float(v)
    if isinstance(kind, sa.Numeric):
        scale = kind.scale
        if scale is None:
            return lambda v: None if v is None else str(v)
        return lambda v: None if v is None else f"{Decimal(v):.{scale}f}"
    if isinstance(kind, sa.LargeBinary):
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    return lambda v: v.value if isinstance(v, Enum) else v


def _decoder(column: sa.Column[Any] | None) -> Callable[[Any], Any]:
    kind = column.type if column is not None else None
    if isinstance(kind, UTCDateTime | sa.DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, sa.Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, sa.Float):
        return lambda v: v
    if isinstance(kind, sa.Numeric):
        return lambda v: None if v is None else Decimal(v)
    if isinstance(kind, sa.LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        enum_class = kind.enum_class
        return lambda v: None if v is None else enum_class(v)
    return lambda v: v


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _line(values: list[Any]) -> bytes:
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class _Digest:
    """Rows counted and checksummed in any order: the sum of their SHA-256s modulo 2**256."""

    def __init__(self) -> None:
        self.rows = 0
        self._sum = 0

    def add(self, line: bytes) -> None:
        self.rows += 1
        self._sum = (self._sum + int.from_bytes(hashlib.sha256(line).digest(), "big")) % (1 << 256)

    @property
    def hexdigest(self) -> str:
        return f"{self._sum:064x}"


# ---------------------------------------------------------------------------- reading a database


def model_tables() -> list[sa.Table]:
    return list(Base.metadata.sorted_tables)


def _existing(connection: Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


def _read_rows(
    connection: Connection, table: sa.Table, cancel: threading.Event | None
) -> Iterator[list[Any]]:
    encoders = [_encoder(c) for c in table.columns]
    query = select(*table.columns).order_by(*table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(query)
    for partition in result.partitions():
        if cancel is not None and cancel.is_set():
            raise BackupCancelled()
        for row in partition:
            yield [encode(value) for encode, value in zip(encoders, row, strict=True)]


def _revision(connection: Connection) -> str:
    try:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except sa.exc.DBAPIError as error:
        raise BackupError("В базе нет структуры «Приёмной» (таблицы alembic_version).") from error
    if not revision:
        raise BackupError("База данных пуста: в ней нечего сохранять.")
    return str(revision)


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """A connection that sees one consistent state of the database while others keep writing."""
    if db.backend == "sqlite":
        source_path = db.url.database
        if not source_path or source_path == ":memory:":
            raise BackupError("Резервная копия делается только с файла базы SQLite.")
        with tempfile.TemporaryDirectory(prefix="reception-snapshot-") as folder:
            copy_path = Path(folder) / "snapshot.sqlite3"
            source = sqlite3.connect(source_path, timeout=15)
            target = sqlite3.connect(copy_path)
            try:
                source.backup(target)  # SQLite's online backup API: a consistent copy
            finally:
                target.close()
                source.close()
            engine = make_engine(f"sqlite:///{copy_path}")
            try:
                with engine.connect() as connection, connection.begin():
                    yield connection
            finally:
                engine.dispose()
        return
    with db.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield connection


def table_checksums(db: Database) -> dict[str, TableSummary]:
    """Every table's row count and order-independent checksum, as backups and copies compare them."""
    with snapshot(db) as connection:
        return _checksums(connection, [t for t in model_tables() if t.name in _existing(connection)])


def _checksums(connection: Connection, tables: list[sa.Table]) -> dict[str, TableSummary]:
    found = {}
    for table in tables:
        digest = _Digest()
        for values in _read_rows(connection, table, None):
            digest.add(_line(values))
        found[table.name] = TableSummary(table.name, digest.rows, digest.hexdigest)
    return found


# --------------------------------------------------------------------------------------- backup


def backup_database(
    db: Database, out: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> TransferResult:
    """Write a consistent snapshot of `db` to `out` (a zip), and `out.sha256` beside it."""
    out = Path(out)
    summaries: list[TableSummary] = []
    revisions: list[str] = []

    def build(stream: IO[bytes]) -> None:
        with snapshot(db) as connection, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            revision = _revision(connection)
            revisions.append(revision)
            present = _existing(connection)
            tables = [t for t in model_tables() if t.name in present]
            entries = []
            for done, table in enumerate(tables):
                if progress is not None:
                    progress(done, len(tables))
                digest, file_hash = _Digest(), hashlib.sha256()
                name = f"tables/{table.name}.jsonl"
                with archive.open(name, "w", force_zip64=True) as member:
                    for values in _read_rows(connection, table, cancel):
                        line = _line(values)
                        digest.add(line)
                        file_hash.update(line + b"\n")
                        member.write(line + b"\n")
                entries.append(
                    {
                        "name": table.name,
                        "file": name,
                        "columns": [c.name for c in table.columns],
                        "rows": digest.rows,
                        "file_sha256": file_hash.hexdigest(),
                        "checksum": digest.hexdigest,
                        "derived": table.name in DERIVED_TABLES,
                    }
                )
                summaries.append(TableSummary(table.name, digest.rows, digest.hexdigest))
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "schema_revision": revision,
                "source_backend": db.backend,
                "created_at": datetime.now(UTC).isoformat(),
                "tables": entries,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        if progress is not None:
            progress(len(tables), len(tables))

    write_atomically(out, build)
    checksum_path(out).write_text(f"{file_sha256(out)}  {out.name}\n", encoding="utf-8")
    return TransferResult(revisions[0], tuple(summaries))


def checksum_path(backup: Path) -> Path:
    return Path(f"{backup}.sha256")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# -------------------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class _TableData:
    name: str
    columns: tuple[str, ...]
    rows: Callable[[], Iterator[list[Any]]]
    expected: TableSummary | None  # None: checksummed on the source while copying


def _known_revisions() -> set[str]:
    return {r.revision for r in ScriptDirectory(str(migrate.MIGRATIONS_DIR)).walk_revisions()}


def _check_revision(revision: str, what: str) -> None:
    if revision not in _known_revisions():
        raise BackupError(
            f"{what} сделана более новой версией программы (схема {revision}); эта версия знает схемы "
            f"до {migrate.head_revision()}. Обновите программу и повторите."
        )


def read_manifest(backup: Path) -> dict[str, Any]:
    """The backup's manifest, after checking the file's own checksum when its `.sha256` is present."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"Файл резервной копии {backup} не найден.")
    sidecar = checksum_path(backup)
    if sidecar.is_file():
        expected = sidecar.read_text(encoding="utf-8").split()[:1]
        if not expected or expected[0].lower() != file_sha256(backup):
            raise BackupError(
                f"Резервная копия {backup.name} повреждена: её контрольная сумма не совпадает с {sidecar.name}."
            )
    try:
        with zipfile.ZipFile(backup) as archive:
            manifest: dict[str, Any] = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BackupError(
            f"{backup.name} — не резервная копия «Приёмной» или она повреждена ({error})."
        ) from error
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("tables"), list):
        raise BackupError(f"{backup.name} — не резервная копия «Приёмной».")
    if int(manifest.get("version", 0)) > FORMAT_VERSION:
        raise BackupError("Резервная копия записана более новой версией программы. Обновите программу.")
    return manifest


def verify_backup(backup: Path) -> dict[str, Any]:
    """Read every table file once and compare it with the manifest: a corrupted copy is refused
    before anything is written."""
    manifest = read_manifest(backup)
    try:
        with zipfile.ZipFile(backup) as archive:
            for entry in manifest["tables"]:
                digest, rows = hashlib.sha256(), 0
                with archive.open(entry["file"]) as member:
                    for line in member:
                        digest.update(line)
                        rows += 1
                if digest.hexdigest() != entry["file_sha256"] or rows != entry["rows"]:
                    raise BackupError(
                        f"Резервная копия повреждена: таблица {entry['name']} не совпадает с контрольной "
                        "суммой. Восстановление не начато, база не изменена."
                    )
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise BackupError(f"Резервная копия повреждена ({error}). Восстановление не начато.") from error
    return manifest


def restore_database(db: Database, backup: Path, *, progress: Progress | None = None) -> TransferResult:
    """Restore a backup into an empty database (migrated to the backup's revision, then to head)."""
    backup = Path(backup)
    manifest = read_manifest(backup)
    revision = str(manifest["schema_revision"])
    _check_revision(revision, "Резервная копия")
    manifest = verify_backup(backup)
    _prepare_target(db, revision)

    def rows_of(file: str) -> Callable[[], Iterator[list[Any]]]:
        def rows() -> Iterator[list[Any]]:
            with zipfile.ZipFile(backup) as archive, archive.open(file) as member:
                for line in io.TextIOWrapper(member, encoding="utf-8"):
                    yield json.loads(line)

        return rows

    tables = [
        _TableData(
            e["name"],
            tuple(e["columns"]),
            rows_of(e["file"]),
            TableSummary(e["name"], int(e["rows"]), e["checksum"]),
        )
        for e in manifest["tables"]
    ]
    result = _write_tables(db, revision, tables, progress)
    if revision != migrate.head_revision():
        migrate.upgrade(db.engine)
    return result


def copy_database(source: Database, target: Database, *, progress: Progress | None = None) -> TransferResult:
    """Copy everything from `source` (a consistent snapshot) into an empty `target`, verified."""
    if source.url == target.url:
        raise BackupError("Источник и приёмник — одна и та же база.")
    with snapshot(source) as connection:
        revision = _revision(connection)
        _check_revision(revision, "База-источник")
        present = _existing(connection)
        tables = [t for t in model_tables() if t.name in present]
        _prepare_target(target, revision)

        def rows_of(table: sa.Table) -> Callable[[], Iterator[list[Any]]]:
            return lambda: _read_rows(connection, table, None)

        data = [_TableData(t.name, tuple(c.name for c in t.columns), rows_of(t), None) for t in tables]
        source_sums = _checksums(connection, tables)
        data = [_TableData(d.name, d.columns, d.rows, source_sums[d.name]) for d in data]
        return _write_tables(target, revision, data, progress)


def _prepare_target(db: Database, revision: str) -> None:
    """Refuse a database in use; bring an empty one to `revision` and clear its reference data."""
    current = migrate.current_revision(db.engine)
    if current is None:
        with db.engine.connect() as connection:
            stray = _existing(connection) - {"alembic_version"}
        if stray:
            raise BackupError(
                f"База-приёмник не пуста: в ней есть таблицы ({', '.join(sorted(stray)[:5])}), но нет "
                "структуры «Приёмной». Восстанавливайте в новую пустую базу."
            )
        migrate.upgrade(db.engine, revision)
    else:
        with db.engine.connect() as connection:
            present = _existing(connection)
            counts = {
                name: int(connection.scalar(_content_count(name)) or 0)
                for name in CONTENT_TABLES
                if name in present
            }
        used = {name: n for name, n in counts.items() if n}
        if used:
            listed = ", ".join(f"{name}: {n}" for name, n in used.items())
            raise BackupError(
                f"База-приёмник не пуста ({listed}). Восстановление и перенос делаются только в пустую "
                "базу: создайте новую и повторите."
            )
        if current != revision:
            raise BackupError(
                f"База-приёмник на схеме {current}, а данные — на схеме {revision}. "
                "Восстанавливайте в новую пустую базу: она будет создана на нужной схеме."
            )


def _content_count(name: str) -> sa.Select[tuple[int]]:
    query = select(func.count()).select_from(sa.table(name))
    if name == "audit_events":
        # A new database's own events (the shipped classifier loaded, by nobody) do not count as use.
        query = query.where(sa.column("user_id").is_not(None))
    return query


def _clear(connection: Connection, present: set[str]) -> None:
    """Remove the reference rows a fresh database gets (classifier, templates, the bootstrap's audit
    events and chain head): the copy brings its own, and its audit chain must start from nothing.

    The audit trail refuses DELETE by trigger: PostgreSQL's TRUNCATE fires no row triggers; on SQLite
    the table's triggers step aside inside this transaction and come back unchanged."""
    tables = [t.name for t in model_tables() if t.name in present]
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"TRUNCATE {', '.join(tables)}")
        return
    for name in reversed(tables):
        if connection.scalar(select(func.count()).select_from(sa.table(name))) == 0:
            continue
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (name,)
        ).all()
        for trigger, _sql in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
        connection.exec_driver_sql(f'DELETE FROM "{name}"')
        for _trigger, sql in triggers:
            connection.exec_driver_sql(sql)


def _write_tables(
    db: Database, revision: str, tables: list[_TableData], progress: Progress | None
) -> TransferResult:
    models = {t.name: t for t in model_tables()}
    with db.engine.begin() as connection:
        present = _existing(connection)
        missing = [t.name for t in tables if t.name not in present]
        if missing:
            raise BackupError(f"В базе-приёмнике нет таблиц {', '.join(missing)}: схема не та.")
        _clear(connection, present)
        for done, data in enumerate(tables):
            if progress is not None:
                progress(done, len(tables))
            if data.name not in DERIVED_TABLES:
                _insert(connection, models.get(data.name), data)
        if db.backend == "postgresql":
            _advance_sequences(connection, [t.name for t in tables])
        found = _checksums(connection, [models[t.name] for t in tables if t.name in models])
        for data in tables:
            expected, actual = data.expected, found.get(data.name)
            if (
                expected is not None
                and actual is not None
                and (expected.rows, expected.checksum)
                != (
                    actual.rows,
                    actual.checksum,
                )
            ):
                raise BackupError(
                    f"Проверка не прошла: таблица {data.name} в базе-приёмнике отличается от источника "
                    f"({actual.rows} строк против {expected.rows}). Ничего не записано."
                )
    if progress is not None:
        progress(len(tables), len(tables))
    return TransferResult(revision, tuple(found[t.name] for t in tables if t.name in found))


def _insert(connection: Connection, model: sa.Table | None, data: _TableData) -> None:
    columns = [model.c[name] if model is not None and name in model.c else None for name in data.columns]
    decoders = [_decoder(c) for c in columns]
    target = sa.table(
        data.name,
        *(
            sa.column(n, c.type if c is not None else None)
            for n, c in zip(data.columns, columns, strict=True)
        ),
    )
    # A row pointing at another row of the same table (a property's parent) is linked afterwards.
    self_refs = (
        [fk.parent.name for fk in model.foreign_keys if fk.column.table is model] if model is not None else []
    )
    keys = [c.name for c in model.primary_key.columns] if model is not None else []
    links: list[dict[str, Any]] = []
    batch: list[dict[str, Any]] = []
    for values in data.rows():
        row = {n: decode(v) for n, decode, v in zip(data.columns, decoders, values, strict=True)}
        for name in self_refs:
            if row.get(name) is not None:
                links.append({**{f"k_{k}": row[k] for k in keys}, "v": row[name], "column": name})
                row[name] = None
        batch.append(row)
        if len(batch) >= BATCH:
            connection.execute(target.insert(), batch)
            batch = []
    if batch:
        connection.execute(target.insert(), batch)
    for name in self_refs:
        params = [
            {k: v for k, v in link.items() if k != "column"} for link in links if link["column"] == name
        ]
        if params and model is not None:
            statement = (
                model.update()
                .where(*(model.c[k] == sa.bindparam(f"k_{k}") for k in keys))
                .values({name: sa.bindparam("v")})
            )
            connection.execute(statement, params)


def _advance_sequences(connection: Connection, names: list[str]) -> None:
    for name in names:
        table = Base.metadata.tables.get(name)
        if table is None or "id" not in table.c or not isinstance(table.c.id.type, sa.Integer):
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {name}"
        )


def describe(result: TransferResult) -> str:
    lines = [f"Схема {result.schema_revision}; таблиц: {len(result.tables)}, строк: {result.rows}."]
    lines += [f"  {t.name}: {t.rows}" for t in result.tables if t.rows]
    return "\n".join(lines)
