"""Reports benchmark (issue 7): each report's aggregation over a million appeals, next to the same
SQL run bare on the driver in the same run, and the register listing of 10,000 rows to PDF next to
bare ReportLab drawing the same table.

The database is made once per backend with reception.demo.load_demo and reused on later runs; the
bench then adds what the demo leaves out (answers, departments, forwardings, property links,
repeats) with a few set-based statements. Budgets: each report under 1 s and within 1.5× of its bare
SQL; the listing PDF within 1.5× of bare ReportLab (pages per second).

    .venv/bin/python -m bench.bench_reports [--appeals 1000000] [--backend sqlite|postgresql|both]
        [--runs 5] [--drop]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, create_engine, func, select, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.db.models import Appeal, OfficeSetting, User
from reception.db.property_models import Property
from reception.db.workflow_models import Department
from reception.demo import load_demo
from reception.domain.permissions import Role
from reception.services.bootstrap import ensure_reference_data
from reception.services.reports import (
    ReportParams,
    deadlines,
    dynamics,
    federal,
    hotspots,
    listing,
    run_report,
    summary,
)
from reception.services.users import UserView

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PG_DATABASE = "reception_bench_reports"
SQLITE_PATH = Path("/tmp/reception_bench_reports.sqlite3")
ENRICHED = "bench.reports_enriched"
OKRUGS = ("ЦАО", "САО", "СВАO", "ВАО", "ЮВАО", "ЮАО", "ЮЗАО", "ЗАО", "СЗАО", "ЗелАО", "НАО", "ТАО")
BUILDINGS = 5000
PDF_ROWS = 10_000
BUDGET_SECONDS = 1.0
BUDGET_RATIO = 1.5


@dataclass(frozen=True)
class Timing:
    name: str
    report: float
    bare: float

    @property
    def ratio(self) -> float:
        return self.report / self.bare if self.bare else float("inf")

    @property
    def passed(self) -> bool:
        return self.report < BUDGET_SECONDS and self.ratio <= BUDGET_RATIO


def open_database(backend: str, appeals: int, drop: bool) -> Database:
    if backend == "sqlite":
        if drop:
            SQLITE_PATH.unlink(missing_ok=True)
        db = Database(f"sqlite:///{SQLITE_PATH}")
    else:
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": PG_DATABASE}
            )
            if exists and drop:
                connection.execute(text(f'DROP DATABASE "{PG_DATABASE}" WITH (FORCE)'))
                exists = None
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{PG_DATABASE}"'))
        admin.dispose()
        db = Database(make_url(PG_SERVER).set(database=PG_DATABASE))
    migrate.upgrade(db.engine)
    ensure_reference_data(db)
    if backend == "sqlite":
        tidy_sqlite()
    with db.uow() as uow:
        present = int(uow.session.scalar(select(func.count()).select_from(Appeal)) or 0)
    if present < appeals:
        started = time.perf_counter()
        print(f"  loading {appeals - present:,} demo appeals …", flush=True)
        load_demo(db, appeals=appeals - present, properties=BUILDINGS, seed=7)
        print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def tidy_sqlite() -> None:
    """Statistics for the planner, and the WAL folded into the file: a WAL of gigabytes (after the
    load, the migration's backfill or the enrichment) makes every page read search its index."""
    import sqlite3

    connection = sqlite3.connect(SQLITE_PATH, isolation_level=None)
    try:
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def enrich(db: Database) -> None:
    """Answers, departments, forwardings, property links and repeats the demo data lacks."""
    with db.uow() as uow:
        if uow.session.get(OfficeSetting, ENRICHED) is not None:
            return
    started = time.perf_counter()
    sqlite = db.backend == "sqlite"

    def days(column: str, expression: str) -> str:
        if sqlite:
            return f"datetime({column}, '+' || ({expression}) || ' days')"
        return f"({column} + ({expression}) * interval '1 day')"

    with db.uow() as uow:
        session = uow.session
        for n in range(4):
            session.add(Department(name=f"Отдел {n + 1}", is_active=True))
        session.add_all(
            Property(
                kind="building",
                address=f"г. Москва, ул. Бенчмарочная {n % 97 + 1}-я, д. {n // 97 + 1}",
                building_key=f"бенчмарочная {n % 97 + 1}|{n // 97 + 1}",
                okrug=OKRUGS[n % len(OKRUGS)],
                district=f"Район {n % 125 + 1}",
            )
            for n in range(BUILDINGS)
        )
        session.flush()
        first_department = session.scalar(select(func.min(Department.id)))
        first_property = session.scalar(select(func.min(Property.id)))
        admin_id = session.scalar(select(func.min(User.id)))
        statements = [
            f"UPDATE appeals SET answered_at = {days('registered_at', '3 + id % 38')} "
            "WHERE status IN ('answered', 'closed')",
            f"UPDATE appeals SET department_id = {first_department} + id % 4 WHERE assignee_id IS NOT NULL",
            "INSERT INTO forwardings (appeal_id, to_body, covering_letter_number, covering_letter_date, "
            f"forwarded_by_id, forwarded_at) SELECT id, 'Мосжилинспекция', 'ИСХ-' || id, "
            f"{'date' if sqlite else 'CAST'}({days('registered_at', 'id % 10')}{'' if sqlite else ' AS date'}), "
            f"{admin_id}, {days('registered_at', 'id % 10')} FROM appeals WHERE status = 'forwarded'",
            # Two appeals in five are about a building; a few buildings draw many of them.
            "INSERT INTO appeal_properties (appeal_id, property_id, linked_by_id, linked_at, "
            "cadastral_number_snapshot, address_snapshot, right_holders_snapshot) "
            f"SELECT id, {first_property} + ((id % 101) * (id % 53)) % {BUILDINGS}, {admin_id}, "
            "registered_at, '', '', '[]' FROM appeals WHERE id % 5 < 2 "
            # The demo links some appeals itself: those keep their own links. (NOT EXISTS: an
            # anti-join; PostgreSQL runs NOT IN over a subquery larger than work_mem row by row.)
            "AND NOT EXISTS (SELECT 1 FROM appeal_properties l WHERE l.appeal_id = appeals.id)",
            "INSERT INTO appeal_repeats (appeal_id, earlier_appeal_id, marked_by_id, marked_at) "
            f"SELECT id, id - 1, {admin_id}, registered_at FROM appeals WHERE id % 20 = 0 AND id > 1",
        ]
        for statement in statements:
            session.execute(text(statement))
        session.add(OfficeSetting(key=ENRICHED, value=datetime.now(UTC).isoformat()))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if not sqlite:
            connection.exec_driver_sql("VACUUM ANALYZE")
    if sqlite:
        db.dispose()
        tidy_sqlite()
    print(f"  enriched in {time.perf_counter() - started:.0f} s", flush=True)


def bare_sql(db: Database, statements: list[Select[Any]]) -> Callable[[], None]:
    """The report's own statements, compiled once, run on the driver's cursor with nothing around."""
    compiled = [
        str(s.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})) for s in statements
    ]

    def run() -> None:
        with db.engine.connect() as connection:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for sql in compiled:
                cursor.execute(sql)
                cursor.fetchall()
            cursor.close()

    return run


def median_pair(first: Callable[[], Any], second: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median times of two callables, run alternately so that both see the same machine."""
    first(), second()  # warm caches and imports
    a, b = [], []
    for _ in range(runs):
        started = time.perf_counter()
        first()
        a.append(time.perf_counter() - started)
        started = time.perf_counter()
        second()
        b.append(time.perf_counter() - started)
    return statistics.median(a), statistics.median(b)


def bench_reports(db: Database, actor: UserView, runs: int) -> list[Timing]:
    last = datetime.now(UTC).date() - timedelta(days=1)
    year = ReportParams(last - timedelta(days=364), last, today=last)
    month = ReportParams(last - timedelta(days=29), last, today=last)
    with db.uow() as uow:
        top_buildings = [r[0] for r in uow.session.execute(hotspots.buildings_query(year))]
    plans: list[tuple[str, ReportParams, list[Select[Any]]]] = [
        ("summary", year, [summary.channel_kind_query(year), summary.section_outcome_query(year)]),
        ("deadlines", year, [deadlines.timeliness_query(year), deadlines.days_query(year)]),
        (
            "hotspots",
            year,
            [
                hotspots.buildings_query(year),
                hotspots.places_query(top_buildings),
                hotspots.okrugs_query(year),
            ],
        ),
        (
            "dynamics",
            year,
            [dynamics.days_query(year), dynamics.days_query(dynamics.previous_params(year))],
        ),
        (
            "federal",
            month,
            [
                federal.questions_query(month),
                federal.forwardings_query(month),
                federal.registration_lag_query(month),
                federal.forwarding_lag_query(month),
            ],
        ),
        ("federal (year)", year, []),
        ("listing (month)", month, [listing.listing_query(month)]),
    ]
    timings = []
    for label, params, statements in plans:
        name = label.split(" ")[0]
        if not statements:
            statements = [
                federal.questions_query(params),
                federal.forwardings_query(params),
                federal.registration_lag_query(params),
                federal.forwarding_lag_query(params),
            ]

        def report(name: str = name, params: ReportParams = params) -> None:
            run_report(db.uow(), name=name, actor=actor, params=params)

        report_time, bare_time = median_pair(report, bare_sql(db, statements), runs)
        timings.append(Timing(label, report_time, bare_time))
        print(f"  {label:<18} {report_time * 1000:8.0f} ms  bare {bare_time * 1000:8.0f} ms", flush=True)
    return timings


def reference_group_by(db: Database, runs: int) -> tuple[float, float]:
    """The issue's yardstick: a year's month × channel × status GROUP BY, on the wide appeals rows and
    on the narrow facts."""
    last = datetime.now(UTC).date() - timedelta(days=1)
    params = ReportParams(last - timedelta(days=364), last)
    if db.backend == "sqlite":
        month = "strftime('%Y-%m', received_at, '+3 hours')"
        start, end = (f"'{m.astimezone(UTC):%Y-%m-%d %H:%M:%S}'" for m in (params.start, params.end))
    else:
        month = "date_trunc('month', received_at AT TIME ZONE 'Europe/Moscow')"
        start, end = (f"'{m.isoformat()}'" for m in (params.start, params.end))
    wide = (
        f"SELECT {month}, channel, status, count(*) FROM appeals WHERE received_at >= {start} "
        f"AND received_at < {end} GROUP BY 1, 2, 3"
    )
    first, last_day = (d - date(1970, 1, 1) for d in (params.date_from, params.date_to))
    narrow = (
        "SELECT received_month, channel, status, count(*) FROM report_appeal_facts "
        f"WHERE received_day BETWEEN {first.days} AND {last_day.days} GROUP BY 1, 2, 3"
    )

    def run(sql: str) -> Callable[[], None]:
        def go() -> None:
            with db.engine.connect() as connection:
                connection.exec_driver_sql(sql).fetchall()

        return go

    return median_pair(run(wide), run(narrow), runs)


def bench_listing_pdf(db: Database, actor: UserView) -> tuple[float, float, int]:
    """(our seconds, bare ReportLab seconds, pages) for a 10,000-row register listing."""
    from dataclasses import replace

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from reception.documents import report_pdf

    last = datetime.now(UTC).date() - timedelta(days=1)
    params = ReportParams(last - timedelta(days=14), last)
    report = run_report(db.uow(), name="listing", actor=actor, params=params)
    table = report.tables[0]
    table = replace(table, rows=table.rows[:PDF_ROWS])
    report = replace(report, tables=(table,))
    report_pdf.register_fonts()
    pagesize = landscape(A4)
    width = pagesize[0] - 20 * mm
    widths = [c.width * width / table.width for c in table.columns]
    data = [[c.title for c in table.columns]] + [
        [report_pdf.format_value(v, c) for v, c in zip(row, table.columns, strict=True)] for row in table.rows
    ]

    def bare() -> None:
        doc = SimpleDocTemplate(
            io.BytesIO(), pagesize=pagesize, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm,
            bottomMargin=12 * mm,
        )  # fmt: skip
        style = TableStyle([("FONT", (0, 0), (-1, -1), report_pdf.FONT, report_pdf.BODY_SIZE)])
        doc.build([LongTable(data, colWidths=widths, repeatRows=1, style=style)])

    def ours() -> None:
        report_pdf.build_report_pdf(report, io.BytesIO())

    ours_time, bare_time = median_pair(ours, bare, 3)
    from pypdf import PdfReader

    out = io.BytesIO()
    report_pdf.build_report_pdf(report, out)
    pages = len(PdfReader(out).pages)
    return ours_time, bare_time, pages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--appeals", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop", action="store_true", help="rebuild the database even if it exists")
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results: dict[str, tuple[list[Timing], tuple[float, float]]] = {}
    for backend in backends:
        print(f"{backend}:", flush=True)
        db = open_database(backend, args.appeals, args.drop)
        enrich(db)
        with db.uow() as uow:
            admin = uow.session.scalars(select(User).where(User.role == Role.ADMIN).order_by(User.id)).first()
            assert admin is not None
            actor = UserView(admin.id, admin.login, admin.full_name, admin.role, admin.is_active)
        timings = bench_reports(db, actor, args.runs)
        reference = reference_group_by(db, args.runs)
        results[backend] = (timings, reference)
        if not args.no_pdf and backend == backends[0]:
            ours, bare, pages = bench_listing_pdf(db, actor)
            results["pdf"] = ([Timing("listing PDF", ours, bare)], (float(pages), 0.0))
        db.dispose()
    print()
    print(
        f"Reports over {args.appeals:,} appeals (a year's period, federal and listing a month); median of {args.runs}"
    )
    print("| backend | report | report, ms | bare SQL, ms | ratio | result |")
    print("|---|---|---:|---:|---:|---|")
    for backend in backends:
        for t in results[backend][0]:
            verdict = "PASS" if t.passed else "FAIL"
            if t.name.startswith("listing"):
                verdict = "PASS" if t.ratio <= BUDGET_RATIO else "FAIL"
            print(
                f"| {backend} | {t.name} | {t.report * 1000:.0f} | {t.bare * 1000:.0f} | {t.ratio:.2f} | {verdict} |"
            )
    for backend in backends:
        wide, narrow = results[backend][1]
        print(
            f"{backend}: reference month × channel × status GROUP BY over a year: wide appeals rows "
            f"{wide * 1000:.0f} ms, report_appeal_facts {narrow * 1000:.0f} ms"
        )
    if "pdf" in results:
        (t,), (pages, _) = results["pdf"]
        print(
            f"listing {PDF_ROWS:,} rows to PDF: {int(pages)} pages in {t.report:.2f} s = {pages / t.report:.0f} pages/s; "
            f"bare ReportLab {t.bare:.2f} s = {pages / t.bare:.0f} pages/s; ratio {t.ratio:.2f} "
            f"{'PASS' if t.ratio <= BUDGET_RATIO else 'FAIL'}"
        )


if __name__ == "__main__":
    main()
