"""Many workstations (issue 8): simulated clerks, each a separate process, on one PostgreSQL database.

    .venv/bin/python bench/load_clerks.py --clerks 20 --appeals 500 [--shared 10] [--every 4]

Each clerk process has its own connection pool and works through the services as the app does:
registers an appeal (with an intake key), edits it, and answers it (assign → start → outcome →
prepare → approve, as its clerk, its executor and its head). Every `--every`-th appeal it also edits
one of a small shared pool of appeals that all clerks edit at once: it appends a unique marker line
to the text and saves against the version it read; on StaleRecord it reloads and retries the merge.

At the end the run proves: no lost update (every marker of every successful save is in the text, and
no other marker is), registration numbers without duplicates or gaps per year, no unhandled error,
every clerk's appeal answered with its edit kept, and the audit chain intact. Exit status 1 otherwise.
A throwaway database is created on the local server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import re
import sys
import time
import traceback
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from reception.db import migrate
from reception.db.database import Database
from reception.db.models import Appeal
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    AppealStatus,
    ApplicantDraft,
    Channel,
    Identification,
    Outcome,
    QuestionDraft,
)
from reception.domain.errors import StaleRecord
from reception.domain.permissions import Role
from reception.domain.regnumbers import parse_reg_number
from reception.services import users
from reception.services.appeals import get_appeal, register_appeal, update_appeal
from reception.services.audit_chain import verify_audit_chain
from reception.services.bootstrap import ensure_reference_data
from reception.services.classifier import list_topics
from reception.services.users import UserView
from reception.services.workflow import approve_answer, assign, prepare_answer, set_outcome, start_work

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "bench-password-1"
MARKER = re.compile(r"\[marker c\d+-\d+-\d+\]")
MAX_MERGE_ATTEMPTS = 50


@dataclass(frozen=True)
class Crew:
    """The users one simulated workstation acts as."""

    clerk: UserView
    executor: UserView
    head: UserView


@dataclass
class ClerkResult:
    number: int
    ops: int = 0
    registered: list[int] = field(default_factory=list)
    summaries: dict[int, str] = field(default_factory=dict)
    markers: list[tuple[int, str]] = field(default_factory=list)
    conflicts: int = 0
    gave_up: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def draft_for(clerk: int, n: int, topic: str) -> AppealDraft:
    return AppealDraft(
        received_at=datetime.now(UTC) - timedelta(minutes=5),
        channel=Channel.VIRTUAL_RECEPTION,
        kind=AppealKind.COMPLAINT,
        text=f"Обращение {n} рабочего места {clerk}: протекает кровля над квартирой {n % 300 + 1}.",
        summary=f"Протечка кровли, кв. {n % 300 + 1}",
        identification=Identification.PORTAL_ACCOUNT,
        applicant=ApplicantDraft(
            surname="Смирнова",
            first_name="Ольга",
            patronymic="Викторовна",
            postal_address=f"г. Москва, ул. Профсоюзная, д. {clerk + 1}, кв. {n + 1}",
            email=f"c{clerk}.a{n}@example.ru",
        ),
        questions=(QuestionDraft(topic),),
        intake_key=uuid.uuid4().hex,
    )


def edit_shared(db: Database, crew: Crew, appeal_id: int, marker: str, result: ClerkResult) -> None:
    """Append `marker` to the shared appeal's text; on a conflict reload and merge again."""
    for _ in range(MAX_MERGE_ATTEMPTS):
        view = get_appeal(db.uow(), actor=crew.clerk, appeal_id=appeal_id)
        result.ops += 1
        draft = replace(view.to_draft(), text=view.text + "\n" + marker)
        try:
            update_appeal(
                db.uow(), actor=crew.clerk, appeal_id=appeal_id, expected_version=view.version, draft=draft
            )
        except StaleRecord:
            result.conflicts += 1
            result.ops += 1
            continue
        result.ops += 1
        result.markers.append((appeal_id, marker))
        return
    result.gave_up += 1


def work(number: int, url: str, crew: Crew, args: dict[str, Any], shared: list[int], topic: str,
         start: Any, out: Any) -> None:  # fmt: skip
    result = ClerkResult(number)
    db = Database(url)
    rng = random.Random(number)
    start.wait()
    began = time.perf_counter()
    for n in range(args["appeals"]):
        try:
            draft = draft_for(number, n, topic)
            appeal = register_appeal(db.uow(), actor=crew.clerk, draft=draft)
            result.registered.append(appeal.id)
            summary = f"{draft.summary} (уточнено {number}-{n})"
            edited = update_appeal(
                db.uow(),
                actor=crew.clerk,
                appeal_id=appeal.id,
                expected_version=appeal.version,
                draft=replace(appeal.to_draft(), summary=summary),
            )
            result.summaries[appeal.id] = summary
            assign(db.uow(), actor=crew.clerk, appeal_id=edited.id, executor_id=crew.executor.id)
            start_work(db.uow(), actor=crew.executor, appeal_id=edited.id)
            set_outcome(
                db.uow(), actor=crew.executor, appeal_id=edited.id, position=1, outcome=Outcome.EXPLAINED
            )
            prepare_answer(db.uow(), actor=crew.executor, appeal_id=edited.id)
            approve_answer(db.uow(), actor=crew.head, appeal_id=edited.id)
            result.ops += 7
            if shared and n % args["every"] == 0:
                edit_shared(
                    db, crew, rng.choice(shared), f"[marker c{number}-{n}-{rng.randrange(10**6)}]", result
                )
        except Exception:
            result.errors.append(traceback.format_exc())
    result.seconds = time.perf_counter() - began
    db.dispose()
    out.put(result)


def prepare(url: str, clerks: int, shared_count: int) -> tuple[list[Crew], list[int], str]:
    db = Database(url)
    migrate.upgrade(db.engine)
    ensure_reference_data(db)
    admin = users.create_first_admin(db.uow(), login="admin", full_name="Администраторова Анна Андреевна",
                                     password=PASSWORD)  # fmt: skip

    def add(login: str, name: str, role: Role) -> UserView:
        return users.add_user(
            db.uow(), actor=admin, login=login, full_name=name, role=role, password=PASSWORD
        )

    crews = [
        Crew(
            add(f"clerk{i}", f"Регистраторова Ксения {i}", Role.CLERK),
            add(f"executor{i}", f"Исполнителев Пётр {i}", Role.EXECUTOR),
            add(f"head{i}", f"Руководителева Мария {i}", Role.MANAGER),
        )
        for i in range(clerks)
    ]
    codes = [t.code for t in list_topics(db.uow())]
    topic = "0005.0005.0055.1136" if "0005.0005.0055.1136" in codes else codes[-1]
    shared = [
        register_appeal(db.uow(), actor=admin, draft=draft_for(999, n, topic)).id for n in range(shared_count)
    ]
    db.dispose()
    return crews, shared, topic


def check(url: str, results: list[ClerkResult], shared: list[int], expected_total: int) -> list[str]:
    """Every proof the issue asks for; an empty list when all hold."""
    problems: list[str] = []
    db = Database(url)
    with db.engine.connect() as connection:
        rows = connection.execute(select(Appeal.id, Appeal.reg_number, Appeal.text, Appeal.summary,
                                         Appeal.status)).all()  # fmt: skip
    by_id = {row.id: row for row in rows}
    if len(rows) != expected_total:
        problems.append(f"{len(rows)} appeals in the database, {expected_total} registered")
    numbers = Counter(row.reg_number for row in rows)
    duplicates = [n for n, c in numbers.items() if c > 1]
    if duplicates:
        problems.append(f"duplicate registration numbers: {duplicates[:5]}")
    per_year: dict[int, list[int]] = defaultdict(list)
    for number in numbers:
        parsed = parse_reg_number(number)
        if parsed is None:
            problems.append(f"unparsable number {number}")
            continue
        per_year[parsed.year].append(parsed.sequence)
    for year, sequences in per_year.items():
        if sorted(sequences) != list(range(1, len(sequences) + 1)):
            missing = sorted(set(range(1, max(sequences) + 1)) - set(sequences))
            problems.append(f"{year}: numbers missing {missing[:10]}")
    saved: dict[int, set[str]] = defaultdict(set)
    for result in results:
        for appeal_id, marker in result.markers:
            saved[appeal_id].add(marker)
    for appeal_id in shared:
        present = set(MARKER.findall(by_id[appeal_id].text))
        lost = saved[appeal_id] - present
        phantom = present - saved[appeal_id]
        if lost:
            problems.append(f"appeal {appeal_id}: {len(lost)} lost updates, e.g. {sorted(lost)[:3]}")
        if phantom:
            problems.append(f"appeal {appeal_id}: {len(phantom)} markers of saves reported failed")
    for result in results:
        for appeal_id in result.registered:
            row = by_id.get(appeal_id)
            if row is None:
                problems.append(f"appeal {appeal_id} of clerk {result.number} missing")
            elif appeal_id in result.summaries and row.summary != result.summaries[appeal_id]:
                problems.append(f"appeal {appeal_id}: edit lost")
            elif not result.errors and row.status is not AppealStatus.ANSWERED:
                problems.append(f"appeal {appeal_id}: status {row.status}")
        if result.errors:
            problems.append(
                f"clerk {result.number}: {len(result.errors)} unhandled errors:\n{result.errors[0]}"
            )
        if result.gave_up:
            problems.append(f"clerk {result.number}: gave up merging {result.gave_up} times")
    report = verify_audit_chain(db.uow())
    if not report.intact:
        problems.append(f"audit chain broken at event {report.first_broken_id}: {report.reason}")
    print(f"audit chain: {report.checked} events checked, intact={report.intact}")
    db.dispose()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clerks", type=int, default=20)
    parser.add_argument("--appeals", type=int, default=500, help="appeals each clerk registers and answers")
    parser.add_argument("--shared", type=int, default=10, help="appeals every clerk edits at once")
    parser.add_argument("--every", type=int, default=4, help="edit a shared appeal after every N-th appeal")
    parser.add_argument("--server", default=os.environ.get("RECEPTION_TEST_PG_URL", PG_SERVER))
    args = parser.parse_args(argv)

    server = make_url(args.server).set(drivername="postgresql+psycopg")
    name = f"reception_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()  # no pooled connection may be inherited by the forked clerks
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        crews, shared, topic = prepare(url, args.clerks, args.shared)
        context = mp.get_context("fork")
        start = context.Barrier(args.clerks + 1)
        out = context.Queue()
        settings = {"appeals": args.appeals, "every": args.every}
        processes = [
            context.Process(target=work, args=(i, url, crews[i], settings, shared, topic, start, out))
            for i in range(args.clerks)
        ]
        for process in processes:
            process.start()
        start.wait()
        began = time.perf_counter()
        results = [out.get() for _ in processes]
        wall = time.perf_counter() - began
        for process in processes:
            process.join()
        results.sort(key=lambda r: r.number)
        ops = sum(r.ops for r in results)
        conflicts = sum(r.conflicts for r in results)
        edits = sum(len(r.markers) for r in results)
        registered = sum(len(r.registered) for r in results)
        errors = sum(len(r.errors) for r in results)
        print(
            f"{args.clerks} clerks × {args.appeals} appeals, {args.shared} shared appeals, edit every {args.every}"
        )
        print(f"wall {wall:.1f} s, {ops} service calls, {ops / wall:.0f} ops/s")
        print(
            f"registered {registered} (+{len(shared)} shared), {registered / wall:.1f} appeals/s fully answered"
        )
        print(f"shared edits saved {edits}, conflicts detected {conflicts} (StaleRecord, merged and retried)")
        print(f"unhandled errors {errors}")
        problems = check(url, results, shared, registered + len(shared))
        for problem in problems:
            print("PROBLEM:", problem)
        print("all proofs hold" if not problems else f"{len(problems)} problems")
        return 1 if problems else 0
    finally:
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
