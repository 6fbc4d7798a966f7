"""Property register benchmark (issue 4): import of a 200,000-row CSV, then searches over it.

Each search is timed through the service and as the same SQL run directly on the driver
(sqlite3 / psycopg): the very statements the service sent for that text, recorded on a first call,
their rows made into the same result objects. The ratio is then the service's own cost — parsing the
text, the held connection, converting rows, the permission check read from the rows. A third column
times a minimal hand-written query for the same search (no permission check, no right-holder part):
what the statement itself adds. Budgets: import ≥ 20,000 rows/s on SQLite, searches under 50 ms
median and within 2× of the raw query.

    .venv/bin/python -m bench.bench_properties [--rows 200000] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.db.engine import FORCE_CUSTOM_PLANS
from reception.db.reader import PreparedQuery, Reader
from reception.db.uow import UnitOfWork
from reception.domain.properties import PropertyKind, PropertyPurpose
from reception.services import users
from reception.services.properties import PropertyRow, search_properties
from reception.services.property_import import import_properties

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
RUNS = 15
STREETS = [
    "ул. Тверская",
    "ул. Профсоюзная",
    "Ленинградский пр-т",
    "пр-т Мира",
    "ул. Академика Королёва",
    "Шоссе Энтузиастов",
    "ул. Бориса Галушкина",
    "Фрунзенская наб.",
    "Чистопрудный б-р",
    "Армянский пер.",
    "ул. Кашёнкин Луг",
    "Алтуфьевское ш.",
    "ул. Новый Арбат",
    "ул. Большая Якиманка",
    "Мичуринский пр-т",
]
STREETS += [f"ул. {name} {n}-я" for n in range(1, 40) for name in ("Парковая", "Прядильная", "Магистральная")]
STREETS += [f"{n}-й Хорошёвский пр-д" for n in range(1, 60)]


def write_registry(path: Path, rows: int, seed: int = 4) -> None:
    """A registry as an office exports it: buildings, then their premises pointing at them."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp1251", newline="") as out:
        out.write("Кадастровый номер;Вид объекта;Адрес;Площадь, кв.м;Кадастровый номер здания\r\n")
        written = 0
        quarter = 1000
        while written < rows:
            quarter += 1
            street = rng.choice(STREETS)
            house = rng.randint(1, 180)
            korpus = f", корп. {rng.randint(1, 4)}" if rng.random() < 0.3 else ""
            district = f"{rng.randint(1, 12):02d}"
            building = f"77:{district}:000{quarter:04d}:1"
            address = f"г. Москва, {street}, д. {house}{korpus}"
            out.write(f'{building};Здание;"{address}";{rng.randint(2000, 30000)},5;\r\n')
            written += 1
            for flat in range(1, min(rng.randint(20, 120), rows - written) + 1):
                out.write(
                    f'77:{district}:000{quarter:04d}:{flat + 1};Помещение;"{address}, кв. {flat}";'
                    f"{rng.randint(25, 140)},{rng.randint(0, 9)};{building}\r\n"
                )
                written += 1


@contextmanager
def database(backend: str, workdir: Path) -> Iterator[Database]:
    if backend == "sqlite":
        db = Database(f"sqlite:///{workdir / 'bench.sqlite3'}")
        migrate.upgrade(db.engine)
        yield db
        db.dispose()
        return
    server = make_url(PG_SERVER)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"reception_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(server.set(database=name))
    try:
        migrate.upgrade(db.engine)
        yield db
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def process_cpu() -> float:
    """CPU seconds of this process and of every child it waited for (worker processes, if any).

    The database server's own CPU is not in it: on PostgreSQL most of an import's time is there.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def median_ms(fn: Callable[[], Any]) -> float:
    fn()  # warm the caches and the statement cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class RecordingReader(Reader):
    """The service's own reading connection, noting each statement and its parameters as sent."""

    def __init__(self, engine: Any) -> None:
        super().__init__(engine)
        self.sent: list[tuple[str, Any]] = []

    def fetch(self, query: PreparedQuery, values: Any) -> list[Any]:
        compiled = query.compiled_for(self._engine.dialect)
        self.sent.append((compiled.sql, compiled.parameters(values)))
        return super().fetch(query, values)


def sent_by_service(db: Database, actor: users.UserView, query: str) -> list[tuple[str, Any]]:
    recorder = RecordingReader(db.engine)
    try:
        search_properties(UnitOfWork(db.session_factory, recorder), actor=actor, text=query)
    finally:
        recorder.close()
    return recorder.sent


def property_rows(found: list[Any], first: int) -> list[PropertyRow]:
    """PropertyRow objects from driver rows whose six row columns start at `first`."""
    return [
        PropertyRow(
            r[first],
            r[first + 1],
            PropertyKind.of(r[first + 2]),
            r[first + 3],
            PropertyPurpose.of(r[first + 4]) if r[first + 4] else None,
            None if r[first + 5] is None else Decimal(str(r[first + 5])),
        )
        for r in found
        if r[first] is not None
    ]


def raw_runner(connection: Any, backend: str) -> Callable[[list[tuple[str, Any]], int], Callable[[], Any]]:
    """Statements straight on the driver connection, and the same result rows built from them.

    Fair to the service: the raw side fetches the same columns and makes the same PropertyRow
    objects (enums, Decimal amounts); it skips only the service's code around the statements.
    """
    driver = connection.driver_connection
    assert driver is not None
    if backend == "postgresql":
        driver.execute(FORCE_CUSTOM_PLANS)  # as on the service's connection: each search planned anew

    def make(statements: list[tuple[str, Any]], first: int) -> Callable[[], Any]:
        if backend == "sqlite":
            return lambda: [property_rows(driver.execute(sql, p).fetchall(), first) for sql, p in statements]

        def run() -> Any:
            found = []
            for sql, params in statements:
                with driver.cursor() as cursor:
                    cursor.execute(sql, params)
                    found.append(property_rows(cursor.fetchall(), first))
            return found

        return run

    return make


COLUMNS = "p.id, p.cadastral_number, p.kind, p.address, p.purpose, p.area"


def searches(backend: str, full_number: str) -> list[tuple[str, str, str, tuple[Any, ...]]]:
    """(label, service text, minimal SQL, parameters): the least a database must do for each search."""

    def words(*items: str) -> tuple[str, tuple[Any, ...]]:
        needles = [f" {w}" for w in items]
        if backend == "sqlite":
            indexed = [n for n in needles if len(n) >= 3]
            short = [n for n in needles if len(n) < 3]
            match = " AND ".join(f'"{n}"' for n in indexed)
            sql = (
                "FROM properties_search JOIN properties p ON p.id = properties_search.rowid "
                "WHERE properties_search MATCH ?" + "".join(" AND instr(p.search_key, ?) > 0" for _ in short)
            )
            return sql, (match, *short)
        condition = " AND ".join("p.search_key LIKE %s ESCAPE '\\'" for _ in items)
        return f"FROM properties p WHERE {condition}", tuple(f"%{n}%" for n in needles)

    found = []
    for label, query, prefix in (
        ("cadastral prefix 77:05:0001", "77:05:0001", "77:05:0001"),
        ("cadastral full number", full_number, full_number),
    ):
        mark = "?" if backend == "sqlite" else "%s"
        sql = (
            f"SELECT {COLUMNS} FROM properties p WHERE p.cadastral_number >= {mark} "
            f"AND p.cadastral_number < {mark} ORDER BY p.cadastral_number LIMIT 20"
        )
        found.append((label, query, sql, (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1))))
    for label, query, items in (
        ("address «профсоюзная 43»", "профсоюзная 43", ("профсоюзная", "43")),
        ("address «хорошевский 17 кв 5»", "хорошёвский 17 кв. 5", ("хорошевский", "17", "кв", "5")),
        ("address «тверская д 5»", "тверская д. 5", ("тверская", "д", "5")),
        ("address, no match", "несуществующая", ("несуществующая",)),
    ):
        condition, params = words(*items)
        found.append((label, query, f"SELECT {COLUMNS} {condition} LIMIT 20", params))
    return found


Result = tuple[str, str, str, str, str, str, str]  # operation, median, raw, ratio, minimal, verdict, note


def run_backend(backend: str, rows: int, csv_path: Path, workdir: Path) -> list[Result]:
    results: list[Result] = []
    with database(backend, workdir) as db:
        admin = users.create_first_admin(
            db.uow(), login="bench", full_name="Бенчмарк", password="bench-password"
        )
        start, cpu = time.perf_counter(), process_cpu()
        result = import_properties(db.uow(), actor=admin, path=csv_path)
        elapsed, cpu = time.perf_counter() - start, process_cpu() - cpu
        assert result.created == rows, result.preview.report()
        rate = rows / elapsed
        verdict = ("PASS" if rate >= 20_000 else "FAIL") if backend == "sqlite" else "—"
        results.append(
            (
                f"import {rows:,} rows (CSV, cp1251)".replace(",", " "),
                f"{elapsed * 1000:,.0f}",
                "—",
                f"{rate:,.0f} rows/s wall, {rows / cpu:,.0f} rows/s of CPU",
                "—",
                verdict,
                "target ≥ 20,000 rows/s (SQLite)",
            )
        )
        print(results[-1], flush=True)
        if backend == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("ANALYZE properties"))
        with db.engine.connect() as connection:
            full_number = connection.execute(
                text(
                    "SELECT cadastral_number FROM properties WHERE id = 150000 % (SELECT max(id) FROM properties)"
                )
            ).scalar_one()
        driver_connection = db.engine.raw_connection()  # held for the whole run, closed below
        raw = raw_runner(driver_connection, backend)
        for label, query, sql, params in searches(backend, full_number):

            def service(text: str = query) -> list[PropertyRow]:
                return search_properties(db.uow(), actor=admin, text=text)

            service_ms = median_ms(service)
            raw_ms = median_ms(raw(sent_by_service(db, admin, query), first=2))
            minimal_ms = median_ms(raw([(sql, params)], first=0))
            ratio = service_ms / raw_ms if raw_ms else float("inf")
            count = len(service())
            if service_ms >= 50:
                verdict, note = "FAIL", "over 50 ms"
            elif ratio <= 2:
                verdict, note = "PASS", ""
            else:
                verdict, note = "FAIL (ratio)", f"service's own cost {service_ms - raw_ms:.3f} ms per call"
            results.append(
                (
                    f"{label} ({count} found)",
                    f"{service_ms:.3f}",
                    f"{raw_ms:.3f}",
                    f"×{ratio:.2f}",
                    f"{minimal_ms:.3f}",
                    verdict,
                    note,
                )
            )
            print(results[-1], flush=True)
        driver_connection.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        csv_path = workdir / "registry.csv"
        write_registry(csv_path, args.rows)
        load = os.getloadavg()
        table = [
            f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores",
            "| Backend | Operation | Median ms | Raw ms (same SQL) | Ratio / rate | Minimal SQL ms | Budget | Note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for backend in backends:
            for operation, median, raw_ms, ratio, minimal, verdict, note in run_backend(
                backend, args.rows, csv_path, workdir
            ):
                table.append(
                    f"| {backend} | {operation} | {median} | {raw_ms} | {ratio} | {minimal} | {verdict} | {note} |"
                )
        load = os.getloadavg()
        table.append(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        print("\n".join(table))


if __name__ == "__main__":
    main()
