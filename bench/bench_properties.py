"""Property register benchmark (issue 4): import of a 200,000-row CSV, then searches over it.

Each search is timed through the service and, as the raw baseline the budget is judged against, as
the minimal hand-written SQL for it run directly on the driver (sqlite3 / psycopg, autocommit, never
prepared — as the service's own reading connection): the number range, the address words and, for a
text without digits, the right holders' name words (the longest typed word a range on the word
index of migration 0013, each other one checked for the holder); no permission check. Beside the
register's right holders, 200,000 applicants who hold nothing (an office's appeals) fill the
applicants table as they would; the word index holds the holders' names only. Both sides turn their
rows into the same PropertyRow objects. A further column times the very statements the service
sent (recorded on a first call, with its permission check and right-holder part) on the same
connection: the service's own code around them is the difference. Budgets: import ≥ 20,000 rows/s on SQLite, searches under
50 ms median and within 2× of the raw query.

    .venv/bin/python -m bench.bench_properties [--rows 200000] [--applicants 200000]
        [--backend sqlite|postgresql|both]
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

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.db.models import Applicant
from reception.db.reader import PreparedQuery, Reader
from reception.db.types import utcnow
from reception.db.uow import UnitOfWork
from reception.demo import names
from reception.domain.appeals import ApplicantKind
from reception.domain.properties import PropertyKind, PropertyPurpose
from reception.services import users
from reception.services.applicants import name_key
from reception.services.properties import PropertyRow, search_properties
from reception.services.property_import import import_properties

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
RUNS = 61
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


def cpu_probe_s() -> float:
    """Seconds for ten million steps of a plain Python loop: how fast this machine is right now.

    Machines (and one machine from hour to hour) differ by half or more; the import's rows per second
    are comparable across runs only beside this.
    """
    start = time.perf_counter()
    total = 0
    for step in range(10_000_000):
        total += step
    return time.perf_counter() - start


def medians_ms(*fns: Callable[[], Any]) -> list[float]:
    """The median time of each function, run in turn (a, b, c, a, b, c, …) so that a slow spell of
    the machine or the server falls on all of them alike."""
    times: list[list[float]] = [[] for _ in fns]
    for fn in fns:
        fn()  # warm the caches
    for _ in range(RUNS):
        for fn, samples in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
    return [statistics.median(samples) for samples in times]


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
        # As the service's reading connection: autocommit, never prepared (each search planned anew).
        driver.rollback()
        driver.autocommit = True
        driver.prepare_threshold = None

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


Statement = tuple[str, tuple[Any, ...]]


def searches(backend: str, full_number: str) -> list[tuple[str, str, list[Statement]]]:
    """(label, service text, minimal SQL): the least a database must do for each search — the number
    range, the address words, and for a text without digits the right holders' names too."""
    mark = "?" if backend == "sqlite" else "%s"

    def by_number(prefix: str) -> Statement:
        sql = (
            f"SELECT {COLUMNS} FROM properties p WHERE p.cadastral_number >= {mark} "
            f"AND p.cadastral_number < {mark} ORDER BY p.cadastral_number LIMIT 20"
        )
        return sql, (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1))

    def by_address(*items: str) -> Statement:
        needles = [f" {w}" for w in items]
        if backend == "sqlite":
            indexed = [n for n in needles if len(n) >= 3]
            short = [n for n in needles if len(n) < 3]
            match = " AND ".join(f'"{n}"' for n in indexed)
            sql = (
                f"SELECT {COLUMNS} FROM properties_search JOIN properties p ON p.id = properties_search.rowid "
                "WHERE properties_search MATCH ?"
                + "".join(" AND instr(p.search_key, ?) > 0" for _ in short)
                + " LIMIT 20"
            )
            return sql, (match, *short)
        condition = " AND ".join("p.search_key LIKE %s ESCAPE '\\'" for _ in items)
        return f"SELECT {COLUMNS} FROM properties p WHERE {condition} LIMIT 20", tuple(
            f"%{n}%" for n in needles
        )

    def by_holder(first: str, *others: str) -> Statement:
        """Holders with a name word starting with `first` (the longest typed word) and one starting
        with each of the `others` (no typed word starting another, so no count is needed)."""
        end = "\U0010ffff"
        others_sql = "".join(
            " AND EXISTS (SELECT 1 FROM holder_name_words o WHERE o.applicant_id = h.applicant_id "
            f"AND o.word >= {mark} AND o.word < {mark})"
            for _ in others
        )
        sql = (
            f"SELECT {COLUMNS} FROM properties p WHERE p.id IN (SELECT DISTINCT h.property_id "
            "FROM holder_name_words w JOIN property_right_holders h ON h.applicant_id = w.applicant_id "
            f"WHERE w.word >= {mark} AND w.word < {mark}{others_sql} LIMIT 20)"
        )
        return sql, (first, first + end, *(bound for word in others for bound in (word, word + end)))

    def address_or_holder(*words: str) -> Statement:
        """A name's search: its address matches and its holders' in one statement, as the service."""
        address, address_params = by_address(*words)
        holder, holder_params = by_holder(*sorted(words, key=len, reverse=True))
        return (
            f"SELECT * FROM ({address}) AS a UNION ALL SELECT * FROM ({holder}) AS h",
            (*address_params, *holder_params),
        )

    return [
        ("cadastral prefix 77:05:0001", "77:05:0001", [by_number("77:05:0001")]),
        ("cadastral full number", full_number, [by_number(full_number)]),
        ("address «профсоюзная 43»", "профсоюзная 43", [by_address("профсоюзная", "43")]),
        (
            "address «хорошевский 17 кв 5»",
            "хорошёвский 17 кв. 5",
            [by_address("хорошевский", "17", "кв", "5")],
        ),
        ("address «тверская д 5»", "тверская д. 5", [by_address("тверская", "д", "5")]),
        ("bare house number «43»", "43", [by_number("43"), by_address("43")]),
        ("address, no match", "несуществующая", [address_or_holder("несуществующая")]),
        ("right holder «кузнецова»", "Кузнецова", [address_or_holder("кузнецова")]),
        ("right holder «анна сергеевна»", "Анна Сергеевна", [address_or_holder("анна", "сергеевна")]),
        ("organisation word «жилищник»", "Жилищник", [address_or_holder("жилищник")]),
    ]


HOLDERS = [
    "Кузнецова Анна Сергеевна",
    "Кузнецов Иван Петрович",
    "Кузнецова Мария Ивановна",
    "Смирнова Ольга Викторовна",
    "ООО «Кузнецкий двор»",
    "Иванов Сергей Олегович",
    "ГБУ «Жилищник района Арбат»",
    "ГБУ «Жилищник района Хамовники»",
]
ORGANISATIONS = [
    "ООО «{}-Сервис»",
    "ТСЖ «{}»",
    "АО «{} Девелопмент»",
    "ГБУ «Жилищник района {}»",
    "ЖСК «{}-2»",
]
PLACES = ["Арбат", "Хамовники", "Басманный", "Тверской", "Пресненский", "Якиманка", "Мещанский", "Таганский"]


def other_holders(count: int, seed: int = 7) -> list[str]:
    """Right holders drawn like the demo's applicants, one in ten an organisation."""
    rng = random.Random(seed)
    weights = names.surname_weights()
    found = []
    for n in range(count):
        if n % 10 == 9:
            found.append(rng.choice(ORGANISATIONS).format(rng.choice(PLACES)))
        else:
            found.append(" ".join(names.person(rng, weights)[:3]))
    return found


def add_applicants(db: Database, count: int, seed: int = 8) -> float:
    """Applicants who hold nothing (an office's appeals over the years), straight into the table
    (the word index of migration 0013 leaves them out). Returns the seconds it took."""
    rng = random.Random(seed)
    weights = names.surname_weights()
    now = utcnow()
    rows = []
    for n in range(count):
        if n % 50 == 49:
            organisation = rng.choice(ORGANISATIONS).format(rng.choice(PLACES))
            kind, surname, first, patronymic = ApplicantKind.ORGANISATION, "", "", ""
        else:
            organisation = ""
            kind = ApplicantKind.PERSON
            surname, first, patronymic = names.person(rng, weights)[:3]
        rows.append(
            {
                "kind": kind,
                "surname": surname,
                "first_name": first,
                "patronymic": patronymic,
                "organisation_name": organisation,
                "postal_address": "",
                "email": "",
                "phone": "",
                "name_key": name_key(kind, surname, first, patronymic, organisation),
                "created_at": now,
                "version": 1,
            }
        )
    start = time.perf_counter()
    with db.engine.begin() as connection:
        for first_row in range(0, len(rows), 5000):
            connection.execute(insert(Applicant.__table__), rows[first_row : first_row + 5000])
    return time.perf_counter() - start


def add_right_holders(db: Database, admin: users.UserView, workdir: Path, records: int = 1200) -> None:
    """Right holders for some records, by a second registry file as an office re-imports one: the
    holder searches then find rows, and the main import's workload stays as measured before. Half
    the records go to the few HOLDERS the searches look for, half to holders drawn at random."""
    with db.engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT cadastral_number, address FROM properties WHERE kind = 'premises' ORDER BY id LIMIT :n"
            ),
            {"n": records},
        ).all()
    path = workdir / "holders.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Кадастровый номер;Вид объекта;Адрес;Правообладатель\r\n")
        drawn = other_holders(len(found))
        for n, (number, address) in enumerate(found):
            holder = HOLDERS[n // 2 % len(HOLDERS)] if n % 2 == 0 else drawn[n]
            quoted = holder.replace('"', '""')
            out.write(f'{number};Помещение;"{address}";"{quoted}"\r\n')
    result = import_properties(db.uow(), actor=admin, path=path)
    assert result.updated == len(found), result.preview.report()


Result = tuple[str, str, str, str, str, str, str]  # operation, median, raw, ratio, own SQL, verdict, note


def run_backend(backend: str, rows: int, applicants: int, csv_path: Path, workdir: Path) -> list[Result]:
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
                f"import {rows:_} rows (CSV, cp1251)".replace("_", " "),
                f"{elapsed * 1000:,.0f}",
                "—",
                f"{rate:,.0f} rows/s wall, {rows / cpu:,.0f} rows/s of CPU",
                "—",
                verdict,
                "target ≥ 20,000 rows/s (SQLite)",
            )
        )
        print(results[-1], flush=True)
        if applicants:
            seconds = add_applicants(db, applicants)
            results.append(
                (
                    f"{applicants:_} applicants who hold nothing".replace("_", " "),
                    f"{seconds * 1000:,.0f}",
                    "—",
                    f"{applicants / seconds:,.0f} rows/s",
                    "—",
                    "—",
                    "setup, no budget",
                )
            )
            print(results[-1], flush=True)
        add_right_holders(db, admin, workdir)
        if backend == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        with db.engine.connect() as connection:
            full_number = connection.execute(
                text("SELECT cadastral_number FROM properties ORDER BY id LIMIT 1 OFFSET :n"),
                {"n": rows * 3 // 4},
            ).scalar_one()
        driver_connection = db.engine.raw_connection()  # held for the whole run, closed below
        raw = raw_runner(driver_connection, backend)
        for label, query, minimal in searches(backend, full_number):

            def service(text: str = query) -> list[PropertyRow]:
                return search_properties(db.uow(), actor=admin, text=text)

            service_ms, minimal_ms, raw_ms = medians_ms(
                service, raw(minimal, first=0), raw(sent_by_service(db, admin, query), first=2)
            )
            ratio = service_ms / minimal_ms if minimal_ms else float("inf")
            count = len(service())
            if service_ms >= 50:
                verdict, note = "FAIL", "over 50 ms"
            elif ratio <= 2:
                verdict, note = "PASS", ""
            else:
                verdict, note = "FAIL (ratio)", f"{service_ms - minimal_ms:.3f} ms over the minimal SQL"
            results.append(
                (
                    f"{label} ({count} found)",
                    f"{service_ms:.3f}",
                    f"{minimal_ms:.3f}",
                    f"×{ratio:.2f}",
                    f"{raw_ms:.3f} (×{service_ms / raw_ms:.2f})",
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
    parser.add_argument("--applicants", type=int, default=200_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        csv_path = workdir / "registry.csv"
        write_registry(csv_path, args.rows)
        load = os.getloadavg()
        table = [
            f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores; "
            f"CPU probe: {cpu_probe_s():.2f} s",
            "| Backend | Operation | Median ms | Raw ms (minimal SQL) | Ratio / rate | Service's own SQL, raw ms | Budget | Note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for backend in backends:
            for operation, median, raw_ms, ratio, minimal, verdict, note in run_backend(
                backend, args.rows, args.applicants, csv_path, workdir
            ):
                table.append(
                    f"| {backend} | {operation} | {median} | {raw_ms} | {ratio} | {minimal} | {verdict} | {note} |"
                )
        load = os.getloadavg()
        table.append(
            f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; CPU probe: {cpu_probe_s():.2f} s"
        )
        print("\n".join(table))


if __name__ == "__main__":
    main()
