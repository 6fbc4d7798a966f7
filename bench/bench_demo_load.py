"""Demo load (issue 3): `load_demo` against a raw bulk insert of the same rows, on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_demo_load.py --appeals 1000000 [--backend sqlite|postgresql|both]

For each backend: a fresh database (a temporary SQLite file; a throwaway PostgreSQL database on the
local server), migrated, with the default classifier. The baseline is measured in the same run and
the same database: the same applicant, appeal and question rows, built beforehand by the same
generator, inserted into bare tables with the same columns (no indexes, no constraints, no
registration counters) with a bare executemany (SQLite) or COPY (PostgreSQL), one transaction per
batch. Budgets for 1,000,000 appeals: SQLite < 180 s, PostgreSQL < 120 s.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from reception.db import migrate
from reception.db.database import Database
from reception.db.types import utcnow
from reception.demo import load_demo
from reception.demo.generator import (
    APPEAL_COLUMNS,
    APPLICANT_COLUMNS,
    QUESTION_COLUMNS,
    DemoGenerator,
    Staffing,
    Topic,
)
from reception.demo.loader import BATCH_SIZE
from reception.services.bootstrap import ensure_reference_data

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BUDGET_SECONDS_PER_MILLION = {"sqlite": 180.0, "postgresql": 120.0}
Row = tuple[Any, ...]


@dataclass(frozen=True)
class Result:
    backend: str
    appeals: int
    rows: int
    demo_seconds: float
    baseline_seconds: float

    @property
    def budget(self) -> float:
        return BUDGET_SECONDS_PER_MILLION[self.backend] * self.appeals / 1_000_000

    def report(self) -> str:
        verdict = "PASS" if self.demo_seconds < self.budget else "FAIL"
        return (
            f"{self.backend:<10} appeals {self.appeals:>9,}  rows {self.rows:>9,}\n"
            f"  load_demo      {self.demo_seconds:8.1f} s  {self.appeals / self.demo_seconds:9,.0f} appeals/s"
            f"  {self.rows / self.demo_seconds:9,.0f} rows/s\n"
            f"  raw baseline   {self.baseline_seconds:8.1f} s  "
            f"{self.appeals / self.baseline_seconds:9,.0f} appeals/s  {self.rows / self.baseline_seconds:9,.0f} rows/s\n"
            f"  ratio demo/raw {self.demo_seconds / self.baseline_seconds:8.2f}x   "
            f"budget {self.budget:.0f} s: {verdict}"
        )


@contextmanager
def fresh_database(backend: str) -> Iterator[Database]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="bench-demo-") as directory:
            db = Database(f"sqlite:///{Path(directory) / 'bench.sqlite3'}")
            try:
                migrate.upgrade(db.engine)
                ensure_reference_data(db)
                yield db
            finally:
                db.dispose()
        return
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    name = f"bench_demo_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(PG_SERVER.rsplit("/", 1)[0] + f"/{name}")
    try:
        migrate.upgrade(db.engine)
        ensure_reference_data(db)
        yield db
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def prebuilt_rows(db: Database, appeals: int, properties: int, seed: int) -> list[tuple[list[Row], ...]]:
    """The same rows the loader writes (ids and numbers made up), batch by batch."""
    with db.engine.connect() as connection:
        topics = [
            Topic(code, name)
            for code, name in connection.execute(text("SELECT code, name FROM topics WHERE level = 4"))
        ]
    generator = DemoGenerator(
        seed=seed,
        appeals=appeals,
        properties=properties,
        topics=topics,
        staffing=Staffing(registrars=(2, 3, 4), executors=(5, 6, 7)),
        now=utcnow(),
        timestamp_suffix="+00" if db.backend == "postgresql" else "",
    )
    batches: list[tuple[list[Row], ...]] = []
    applicant_id = appeal_id = question_id = 0
    for batch in generator.batches(BATCH_SIZE):
        applicants = [(applicant_id + i + 1, *row) for i, row in enumerate(batch.applicants)]
        applicant_id += len(applicants)
        appeal_rows = [
            (appeal_id + i + 1, f"Б-{appeal_id + i + 1}", ordinal + 1 if ordinal >= 0 else None, *row)
            for i, (ordinal, row) in enumerate(zip(batch.appeal_applicants, batch.appeals, strict=True))
        ]
        questions = [
            (question_id + i + 1, appeal_id + index + 1, *rest)
            for i, (index, *rest) in enumerate(batch.questions)
        ]
        appeal_id += len(appeal_rows)
        question_id += len(questions)
        batches.append((applicants, appeal_rows, questions))
    return batches


TABLES = (
    ("applicants", ("id", *APPLICANT_COLUMNS)),
    ("appeals", ("id", "reg_number", "applicant_id", *APPEAL_COLUMNS)),
    ("questions", ("id", "appeal_id", *QUESTION_COLUMNS)),
)


def raw_baseline(db: Database, batches: list[tuple[list[Row], ...]]) -> float:
    """Seconds to bulk-insert the rows into bare copies of the tables."""
    with db.engine.begin() as connection:
        for table, _ in TABLES:
            connection.execute(text(f"CREATE TABLE bare_{table} AS SELECT * FROM {table} WHERE 1 = 0"))
    engine = db.engine
    with engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        started = time.perf_counter()
        for batch in batches:
            if db.backend == "sqlite":
                raw.execute("BEGIN IMMEDIATE")
                for (table, columns), rows in zip(TABLES, batch, strict=True):
                    marks = ", ".join("?" * len(columns))
                    raw.executemany(f"INSERT INTO bare_{table} ({', '.join(columns)}) VALUES ({marks})", rows)
                raw.commit()
            else:
                with raw.cursor() as cursor:
                    for (table, columns), rows in zip(TABLES, batch, strict=True):
                        with cursor.copy(f"COPY bare_{table} ({', '.join(columns)}) FROM STDIN") as copy:
                            for row in rows:
                                copy.write_row(row)
                raw.commit()
        seconds = time.perf_counter() - started
    with db.engine.begin() as connection:
        for table, _ in TABLES:
            connection.execute(text(f"DROP TABLE bare_{table}"))
    return seconds


def run(backend: str, appeals: int, properties: int, seed: int) -> Result:
    with fresh_database(backend) as db:
        batches = prebuilt_rows(db, appeals, properties, seed)
        rows = sum(len(part) for batch in batches for part in batch)
        baseline = raw_baseline(db, batches)
        del batches
        gc.collect()
        print(f"{backend}: baseline {baseline:.1f} s; loading demo …", flush=True)
        summary = load_demo(db, appeals=appeals, properties=properties, seed=seed)
        print(f"  {summary}", flush=True)
    return Result(backend, appeals, rows, summary.seconds, baseline)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--appeals", type=int, default=1_000_000)
    parser.add_argument("--properties", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = [run(backend, args.appeals, args.properties, args.seed) for backend in backends]
    print()
    for result in results:
        print(result.report())


if __name__ == "__main__":
    main()
