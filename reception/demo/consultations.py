"""Demo consultations: two years of video and in-person consultations with the demo executors.

A realistic volume (30,000 by default — the city's department ran over 15,000 video consultations in
under two years) written in bulk: executemany on SQLite, COPY on PostgreSQL. Each specialist gets a
weekly schedule; bookings sit on real slots of it (working days of the production calendar, no two
holding one slot). The demo appeals that came through a video consultation or a personal reception
get the held consultation they were registered from, linked. Deterministic for a seed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from reception.db.consultation_models import Consultation, ConsultationSchedule
from reception.db.database import Database
from reception.db.models import Appeal, Applicant, Question, Topic, User
from reception.db.sqlfunc import exclusive_section
from reception.demo import addresses, names
from reception.domain.appeals import ApplicantKind, Channel
from reception.domain.calendar import WorkCalendar
from reception.domain.consultations import (
    SLOT_HOLDING,
    AnswerKind,
    ConsultationFormat,
    ConsultationStatus,
    ScheduleFormat,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
    day_slots,
)
from reception.domain.deadlines import office_date
from reception.domain.permissions import Role
from reception.services.applicants import name_key
from reception.services.consultations import schedule_of
from reception.services.deadline_rules import load_rules

DEMO_CONSULTATIONS = 30_000
# Without a number given: 1.5 consultations an appeal, up to DEMO_CONSULTATIONS (reached at 20,000 appeals).
CONSULTATIONS_PER_APPEAL = 1.5


def default_count(appeals: int) -> int:
    return min(DEMO_CONSULTATIONS, int(appeals * CONSULTATIONS_PER_APPEAL))


WINDOW_DAYS = 730
FUTURE_DAYS = 14
LINK_TEMPLATE = "https://meet.example.ru/room/{}"
_MOBILE = ("903", "905", "915", "916", "925", "926", "977", "985", "999")
_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru")
_ORAL = (
    "Разъяснён порядок оформления документов и сроки рассмотрения.",
    "Разъяснено, какие документы приложить к заявлению.",
    "Даны сведения о ходе работ и ответственной организации.",
    "Разъяснён порядок обжалования решения.",
    "Сообщены сроки включения дома в программу ремонта.",
)
_QUESTIONS = (
    "Вопрос по теме «{}».",
    "Гражданин просит разъяснить: {}.",
    "Консультация по вопросу: {}.",
)

CONSULTATION_COLUMNS = (
    "id",
    "specialist_id",
    "starts_at",
    "ends_at",
    "format",
    "status",
    "applicant_id",
    "topic_code",
    "property_id",
    "description",
    "meeting_link",
    "contact",
    "booked_at",
    "booked_by_id",
    "questions",
    "oral_answer",
    "answer_kind",
    "outcome_note",
    "outcome_at",
    "outcome_by_id",
    "appeal_id",
    "moved_from_id",
    "version",
)
EVENT_COLUMNS = (
    "consultation_id",
    "at",
    "user_id",
    "action",
    "reason",
    "starts_at_before",
    "starts_at_after",
    "status_after",
)
APPLICANT_COLUMNS = (
    "id",
    "kind",
    "surname",
    "first_name",
    "patronymic",
    "organisation_name",
    "postal_address",
    "email",
    "phone",
    "name_key",
    "created_at",
    "version",
)


@dataclass
class _Specialist:
    id: int
    schedule: WeeklySchedule
    # office day → free slot starts of that day (drawn without replacement)
    free: dict[date, list[datetime]] = field(default_factory=dict)


@dataclass
class _Plan:
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    applicants: list[tuple[Any, ...]] = field(default_factory=list)


def _schedules(specialist_ids: Sequence[int], sections: Sequence[str]) -> list[WeeklySchedule]:
    """Mon–Fri 09:00–18:00, lunch 13:00–14:00, 20 minutes; every third covers all topics."""
    week = tuple(WorkingHours(d, TimeRange(time(9), time(18))) for d in range(5))
    schedules = []
    for n, _ in enumerate(specialist_ids):
        topics: tuple[str, ...] = ()
        if sections and n % 3:
            topics = (sections[n % len(sections)],)
        schedules.append(
            WeeklySchedule(
                days=week,
                breaks=(TimeRange(time(13), time(14)),),
                format=ScheduleFormat.VIDEO if n % 4 == 3 else ScheduleFormat.BOTH,
                topic_codes=topics,
            )
        )
    return schedules


def _stamp(moment: datetime, suffix: str) -> str:
    """UTC text as UTCDateTime stores it (the demo loader's form)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds") + suffix


def write_demo_consultations(
    db: Database, *, count: int = DEMO_CONSULTATIONS, seed: int, now: datetime
) -> int:
    """Add about `count` demo consultations (fewer only if the schedules run out of slots)."""
    if count <= 0:
        return 0
    rng = Random(seed * 7919 + 11)
    suffix = "+00" if db.backend == "postgresql" else ""
    today = office_date(now)
    # One transaction, serialised against other demo loads (two at once would otherwise plan the same
    # free slots and the second would hit the unique index): read what is taken, plan, write.
    with db.engine.connect() as connection, connection.begin(), Session(bind=connection) as session:
        exclusive_section(session, "demo_consultations")
        calendar = load_rules(session).calendar
        users = session.execute(
            select(User.id, User.role).where(User.is_active.is_(True)).order_by(User.id)
        ).all()
        executors = [i for i, role in users if role is Role.EXECUTOR]
        clerks = [i for i, role in users if role is Role.CLERK] or [i for i, _ in users[:1]]
        if not executors or not clerks:
            return 0
        sections = [
            code
            for (code,) in session.execute(
                select(Topic.code).where(Topic.level == 2, Topic.is_active.is_(True)).order_by(Topic.code)
            )
        ]
        existing = {row.specialist_id: row for row in session.scalars(select(ConsultationSchedule))}
        leaves = session.execute(
            select(Topic.code, Topic.name)
            .where(Topic.level == 4, Topic.is_active.is_(True))
            .order_by(Topic.code)
        ).all()
        linked = session.execute(
            select(Appeal.id, Appeal.applicant_id, Appeal.received_at, Appeal.channel, Question.topic_code)
            .join(Question, (Question.appeal_id == Appeal.id) & (Question.position == 1))
            .where(
                Appeal.channel.in_([Channel.VIDEO_CONSULTATION, Channel.IN_PERSON]),
                Appeal.applicant_id.is_not(None),
            )
            .order_by(Appeal.id)
        ).all()
        known = session.execute(
            select(Applicant.id, Applicant.email, Applicant.phone)
            .where(Applicant.kind == ApplicantKind.PERSON, Applicant.surname != "")
            .order_by(Applicant.id)
            .limit(20_000)
        ).all()
        # Slots an earlier load (or a clerk) already holds stay theirs.
        taken = set(
            session.execute(
                select(Consultation.specialist_id, Consultation.starts_at).where(
                    Consultation.status.in_(SLOT_HOLDING),
                    Consultation.starts_at
                    >= datetime.combine(today - timedelta(days=WINDOW_DAYS + 1), time(), UTC),
                )
            ).tuples()
        )
        specialists = []
        for specialist_id, schedule in zip(executors, _schedules(executors, sections), strict=True):
            if specialist_id in existing:
                schedule = schedule_of(existing[specialist_id])
            else:
                session.add(
                    ConsultationSchedule(
                        specialist_id=specialist_id,
                        days=[
                            {"weekday": d.weekday, "start": "09:00", "end": "18:00"} for d in schedule.days
                        ],
                        breaks=[{"start": "13:00", "end": "14:00"}],
                        slot_minutes=schedule.slot_minutes,
                        format=schedule.format,
                        topic_codes=list(schedule.topic_codes),
                    )
                )
            specialists.append(_Specialist(specialist_id, schedule))
        session.flush()
        contacts = {i: (email or phone) for i, email, phone in known}
        plan = _plan(
            rng,
            count=count,
            specialists=specialists,
            calendar=calendar,
            taken=taken,
            today=today,
            now=now,
            clerks=clerks,
            leaves=[(c, n) for c, n in leaves],
            linked=linked,
            known=[i for i, _, _ in known],
            contacts=contacts,
            suffix=suffix,
        )
        _write(connection, plan)
    return len(plan.rows)


def _plan(
    rng: Random,
    *,
    count: int,
    specialists: list[_Specialist],
    calendar: WorkCalendar,
    taken: set[tuple[int, datetime]],
    today: date,
    now: datetime,
    clerks: list[int],
    leaves: list[tuple[str, str]],
    linked: Sequence[Any],
    known: list[int],
    contacts: dict[int, str],
    suffix: str,
) -> _Plan:
    random = rng.random
    days = [today - timedelta(days=WINDOW_DAYS - i) for i in range(WINDOW_DAYS + FUTURE_DAYS)]
    working = [d for d in days if calendar.is_working_day(d)]
    for specialist in specialists:
        for day in working:
            slots = [
                s for s in day_slots(specialist.schedule, calendar, day) if (specialist.id, s) not in taken
            ]
            rng.shuffle(slots)
            specialist.free[day] = slots
    topic_names = dict(leaves)
    covering = {
        code: [s for s in specialists if s.schedule.covers(code)] or specialists for code, _ in leaves
    }
    plan = _Plan()
    booked_moments: dict[int, datetime] = {}
    people = names.person_pool(rng, max(50, count // 3))
    buildings = addresses.building_pool(rng, 400)
    new_applicants: dict[int, int] = {}  # person index → applicant id (assigned at write time: negative)

    def applicant() -> tuple[int, str]:
        if known and random() < 0.35:
            chosen = known[int(random() * len(known))]
            return chosen, contacts.get(chosen, "")
        index = int(random() * len(people))
        if index not in new_applicants:
            person = people[index]
            email = f"{person.login}@{_DOMAINS[int(random() * len(_DOMAINS))]}" if random() < 0.7 else ""
            phone = f"+7{_MOBILE[int(random() * len(_MOBILE))]}{int(random() * 10_000_000):07d}"
            building = buildings[int(random() * len(buildings))]
            address = building.postal_address
            if building.residential:
                address = f"{address}, кв. {int(random() * 399) + 1}"
            new_applicants[index] = -(len(plan.applicants) + 1)
            plan.applicants.append(
                (
                    new_applicants[index],
                    ApplicantKind.PERSON.value,
                    person.surname,
                    person.first_name,
                    person.patronymic,
                    "",
                    address,
                    email,
                    phone,
                    name_key(ApplicantKind.PERSON, person.surname, person.first_name, person.patronymic, ""),
                    None,
                    1,
                )
            )
        row = plan.applicants[-new_applicants[index] - 1]
        return new_applicants[index], str(row[7] or row[8])

    def take(
        day: date, topic: str | None, fmt: ConsultationFormat | None
    ) -> tuple[_Specialist, datetime] | None:
        candidates = covering.get(topic or "", specialists)
        if fmt is ConsultationFormat.IN_PERSON:
            candidates = [s for s in candidates if s.schedule.format.offers(fmt)] or candidates
        start = int(random() * len(candidates))
        for k in range(len(candidates)):
            specialist = candidates[(start + k) % len(candidates)]
            free = specialist.free.get(day)
            if free:
                return specialist, free.pop()
        return None

    def add(
        specialist: _Specialist,
        starts: datetime,
        fmt: ConsultationFormat,
        status: ConsultationStatus,
        applicant_id: int,
        contact: str,
        topic: str,
        *,
        appeal_id: int | None = None,
        answer: AnswerKind | None = None,
        booked: datetime | None = None,
        moved_from: int | None = None,
    ) -> int:
        number = len(plan.rows) + 1
        booked_at = booked or starts - timedelta(days=1 + int(rng.triangular(0, 14, 3)), hours=random() * 8)
        booked_at = min(booked_at, now - timedelta(minutes=5))
        booked_moments[number] = booked_at
        clerk = clerks[int(random() * len(clerks))]
        ends = starts + timedelta(minutes=specialist.schedule.slot_minutes)
        final = status is not ConsultationStatus.BOOKED
        held = status is ConsultationStatus.HELD
        by_office = status in (
            ConsultationStatus.CANCELLED_BY_CITIZEN,
            ConsultationStatus.CANCELLED_BY_OFFICE,
        )
        plan.rows.append(
            (
                number,
                specialist.id,
                _stamp(starts, suffix),
                _stamp(ends, suffix),
                fmt.value,
                status.value,
                applicant_id,
                topic,
                None,
                _QUESTIONS[int(random() * len(_QUESTIONS))].format(topic_names.get(topic, "").lower()),
                LINK_TEMPLATE.format(number) if fmt is ConsultationFormat.VIDEO else "",
                contact[:300],
                _stamp(booked_at, suffix),
                clerk,
                json.dumps([topic] if held else []),
                _ORAL[int(random() * len(_ORAL))] if held else "",
                answer.value if answer is not None else None,
                "По просьбе гражданина" if by_office else "",
                _stamp(min(ends, now) if not by_office else booked_at + (starts - booked_at) / 2, suffix)
                if final
                else None,
                (clerk if by_office else specialist.id) if final else None,
                appeal_id,
                moved_from,
                1,
            )
        )
        plan.events.append(
            (number, _stamp(booked_at, suffix), clerk, "booked", "", None, _stamp(starts, suffix), "booked")
        )
        return number

    def held_answer(fmt: ConsultationFormat) -> AnswerKind:
        r = random()
        if fmt is ConsultationFormat.IN_PERSON:
            return (
                AnswerKind.ORAL_WITH_CONSENT
                if r < 0.3
                else AnswerKind.EXPLAINED
                if r < 0.85
                else AnswerKind.WRITTEN_ANSWER_NEEDED
            )
        return AnswerKind.EXPLAINED if r < 0.85 else AnswerKind.WRITTEN_ANSWER_NEEDED

    # 1. The demo appeals registered from a consultation: the held consultation before each.
    for appeal_id, applicant_id, received_at, channel, topic in linked[: count * 2 // 5]:
        fmt = (
            ConsultationFormat.VIDEO
            if channel is Channel.VIDEO_CONSULTATION
            else ConsultationFormat.IN_PERSON
        )
        day = office_date(received_at) - timedelta(days=1)
        while day >= days[0] and not calendar.is_working_day(day):
            day -= timedelta(days=1)
        slot = take(day, topic, fmt) if day >= days[0] else None
        if slot is None:
            continue
        specialist, starts = slot
        if not specialist.schedule.format.offers(fmt):
            continue  # no one receiving in person covers the topic: the appeal stays without one
        add(
            specialist,
            starts,
            fmt,
            ConsultationStatus.HELD,
            applicant_id,
            contacts.get(applicant_id, ""),
            topic,
            appeal_id=appeal_id,
            answer=AnswerKind.WRITTEN_ANSWER_NEEDED,
        )

    # 2. The rest, spread over the working days with the service growing over the two years.
    weights = [0.5 + 1.0 * i / len(working) for i in range(len(working))]
    remaining = count - len(plan.rows)
    chosen_days = sorted(rng.choices(working, weights=weights, k=max(remaining, 0)))
    leaf_codes = [c for c, _ in leaves] or [""]
    for day in chosen_days:
        if len(plan.rows) >= count:
            break
        topic = leaf_codes[min(int(random() ** 1.6 * len(leaf_codes)), len(leaf_codes) - 1)]
        wanted = ConsultationFormat.VIDEO if random() < 0.7 else ConsultationFormat.IN_PERSON
        slot = take(day, topic, wanted)
        if slot is None:
            continue
        specialist, starts = slot
        fmt = wanted if specialist.schedule.format.offers(wanted) else ConsultationFormat.VIDEO
        applicant_id, contact = applicant()
        if starts > now:
            add(specialist, starts, fmt, ConsultationStatus.BOOKED, applicant_id, contact, topic)
            continue
        r = random()
        if r < 0.03:
            # Moved: the booking, then its replacement a few working days later.
            first = add(specialist, starts, fmt, ConsultationStatus.MOVED, applicant_id, contact, topic)
            later = calendar.following_working_day(day + timedelta(days=2 + int(random() * 5)))
            replacement = take(later, topic, fmt) if later <= days[-1] else None
            if replacement is not None:
                second_specialist, second_start = replacement
                booked_at = booked_moments[first]
                status = ConsultationStatus.BOOKED if second_start > now else ConsultationStatus.HELD
                add(
                    second_specialist,
                    second_start,
                    fmt if second_specialist.schedule.format.offers(fmt) else ConsultationFormat.VIDEO,
                    status,
                    applicant_id,
                    contact,
                    topic,
                    answer=held_answer(fmt) if status is ConsultationStatus.HELD else None,
                    booked=booked_at,
                    moved_from=first,
                )
                plan.events.append(
                    (
                        first,
                        _stamp(min(starts - timedelta(hours=20), now), suffix),
                        plan.rows[first - 1][13],
                        "rescheduled",
                        "Просьба гражданина",
                        _stamp(starts, suffix),
                        _stamp(second_start, suffix),
                        "moved",
                    )
                )
            continue
        status = (
            ConsultationStatus.HELD
            if r < 0.81
            else ConsultationStatus.NO_SHOW
            if r < 0.90
            else ConsultationStatus.CANCELLED_BY_CITIZEN
            if r < 0.98
            else ConsultationStatus.CANCELLED_BY_OFFICE
        )
        answer = held_answer(fmt) if status is ConsultationStatus.HELD else None
        add(specialist, starts, fmt, status, applicant_id, contact, topic, answer=answer)
    return plan


def _take_ids(connection: Connection, cursor: Any, table: str, count: int) -> list[int]:
    if connection.dialect.name == "postgresql":
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", (table, count)
        )
        return sorted(row[0] for row in cursor.fetchall())
    last = cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    return list(range(last + 1, last + 1 + count))


def _insert(
    connection: Connection, cursor: Any, table: str, columns: tuple[str, ...], rows: list[Any]
) -> None:
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _write(connection: Connection, plan: _Plan) -> None:
    """Applicants, then the consultations (ids mapped from the plan's numbers), then their events."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        created = _stamp(datetime.now(UTC), "+00" if connection.dialect.name == "postgresql" else "")
        applicant_ids = _take_ids(connection, cursor, "applicants", len(plan.applicants))
        by_placeholder = {row[0]: i for row, i in zip(plan.applicants, applicant_ids, strict=True)}
        _insert(
            connection,
            cursor,
            "applicants",
            APPLICANT_COLUMNS,
            [(i, *row[1:10], created, 1) for row, i in zip(plan.applicants, applicant_ids, strict=True)],
        )
        ids = _take_ids(connection, cursor, "consultations", len(plan.rows))
        number_to_id = {n + 1: i for n, i in enumerate(ids)}
        rows = []
        for row, new_id in zip(plan.rows, ids, strict=True):
            values = list(row)
            values[0] = new_id
            if values[6] < 0:
                values[6] = by_placeholder[values[6]]
            if values[10]:
                values[10] = LINK_TEMPLATE.format(new_id)
            if values[21] is not None:
                values[21] = number_to_id[values[21]]
            rows.append(tuple(values))
        _insert(connection, cursor, "consultations", CONSULTATION_COLUMNS, rows)
        events = [(number_to_id[e[0]], *e[1:]) for e in plan.events]
        _insert(connection, cursor, "consultation_events", EVENT_COLUMNS, events)
    finally:
        cursor.close()
