"""Demo data: deterministic, realistic, and numbered from the same counters as a clerk's work."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from reception.db.database import Database
from reception.db.models import Appeal, Applicant, AuditEvent, Question, Topic, User
from reception.db.property_models import AppealProperty, Property, RightHolder
from reception.demo import load_demo
from reception.demo.loader import DEMO_PASSWORD
from reception.demo.names import FEMALE_NAMES, MALE_NAMES, SURNAMES, feminine_surname
from reception.domain import deadlines
from reception.domain.appeals import (
    FINISHED_STATUSES,
    AppealStatus,
    ApplicantDraft,
    ApplicantKind,
    Channel,
    Identification,
    derive_summary,
    is_anonymous,
    short_person_name,
)
from reception.domain.contacts import normalise_phone
from reception.domain.permissions import Role
from reception.domain.properties import PropertyKind, is_valid_cadastral_number
from reception.domain.regnumbers import parse_reg_number
from reception.services import appeals, applicants, history, office_settings, users
from reception.services.properties import search_properties
from reception.services.property_links import appeal_properties, property_card
from tests.conftest import Staff, _empty_postgres, open_test_database
from tests.factories import appeal_draft

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
APPEALS = 2_000
WORD = re.compile(r"[а-яё]+")


def _load(db: Database, appeals_count: int = APPEALS, seed: int = 11) -> Any:
    return load_demo(db, appeals=appeals_count, properties=300, seed=seed, now=NOW, batch_size=700)


def _snapshot(db: Database) -> list[tuple[Any, ...]]:
    """Everything a demo load decides, ids and registration numbers left out."""
    with db.engine.connect() as connection:
        appeal_rows = connection.execute(
            select(
                Appeal.received_at, Appeal.registered_at, Appeal.channel, Appeal.kind, Appeal.summary,
                Appeal.text, Appeal.status, Appeal.due_date, Appeal.identification, Appeal.is_anonymous,
                Applicant.surname, Applicant.first_name, Applicant.patronymic, Applicant.postal_address,
                Applicant.email, Applicant.phone, Applicant.name_key,
            )
            .outerjoin(Applicant, Applicant.id == Appeal.applicant_id)
            .order_by(Appeal.id)
        ).all()  # fmt: skip
        question_rows = connection.execute(
            select(Question.position, Question.topic_code, Question.outcome).order_by(Question.id)
        ).all()
    return [tuple(r) for r in appeal_rows] + [tuple(r) for r in question_rows]


def test_the_same_seed_gives_the_same_demo_data(
    db: Database, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    _load(db, 1_500)
    first = _snapshot(db)
    if db.backend == "postgresql":
        _empty_postgres(db)
        from reception.services.bootstrap import ensure_reference_data

        ensure_reference_data(db)
        second_db = db
    else:
        (tmp_path / "second").mkdir()
        second_db = open_test_database("sqlite", request, tmp_path / "second")
    _load(second_db, 1_500)
    assert _snapshot(second_db) == first
    other_seed = load_demo(second_db, appeals=50, properties=300, seed=12, now=NOW)
    assert other_seed.appeals == 50
    if second_db is not db:
        second_db.dispose()


def test_demo_texts_draw_on_a_large_zipf_like_vocabulary(db: Database) -> None:
    _load(db, 3_000)
    with db.engine.connect() as connection:
        texts = connection.execute(select(Appeal.text)).scalars().all()
    counts = Counter(word for body in texts for word in WORD.findall(body.lower()))
    assert len(counts) >= 2_000
    frequencies = [n for _, n in counts.most_common()]
    # Zipf: frequency ~ 1/rank, so the log-log slope over the middle ranks is near -1.
    slope = (math.log(frequencies[999]) - math.log(frequencies[9])) / (math.log(1000) - math.log(10))
    assert -1.6 < slope < -0.6, slope
    assert frequencies[0] > 5 * frequencies[99]


def test_demo_names_agree_in_gender_and_contacts_are_canonical(db: Database) -> None:
    _load(db)
    with db.engine.connect() as connection:
        people = connection.execute(
            select(Applicant.surname, Applicant.first_name, Applicant.patronymic, Applicant.phone,
                   Applicant.email, Applicant.postal_address)
            .where(Applicant.kind == ApplicantKind.PERSON, Applicant.surname != "")
        ).all()  # fmt: skip
    assert len(people) > 500
    female_surnames = {feminine_surname(s) for s in SURNAMES}
    for surname, first, patronymic, phone, email, address in people:
        if patronymic.endswith(("вна", "чна")):
            assert first in FEMALE_NAMES and surname in female_surnames, (surname, first, patronymic)
        else:
            assert patronymic.endswith(("вич", "ич")), patronymic
            assert first in MALE_NAMES and surname in SURNAMES, (surname, first, patronymic)
        assert not phone or normalise_phone(phone) == phone
        assert not email or "@" in email
        assert address.startswith("г. Москва, ")


def test_demo_appeals_are_consistent_with_the_rules(db: Database) -> None:
    _load(db)
    today = deadlines.office_date(NOW)
    with db.uow() as uow:
        rows = uow.session.scalars(select(Appeal).order_by(Appeal.id)).unique().all()
        leaves = set(uow.session.scalars(select(Topic.code).where(Topic.level == 4)))
        anonymous = 0
        last_by_year: dict[int, tuple[int, datetime]] = {}
        for appeal in rows:
            registered_on = deadlines.office_date(appeal.registered_at)
            assert appeal.received_at <= appeal.registered_at < NOW
            assert 0 <= (registered_on - deadlines.office_date(appeal.received_at)).days <= 3
            assert today - registered_on <= timedelta(days=731)
            number = parse_reg_number(appeal.reg_number)
            assert number is not None and number.year == registered_on.year
            previous = last_by_year.get(number.year)
            if previous is not None:
                assert number.sequence > previous[0] and appeal.registered_at >= previous[1]
            last_by_year[number.year] = (number.sequence, appeal.registered_at)
            assert appeal.summary == derive_summary(appeal.text)
            assert "дома по адресу" in appeal.text or "доме по адресу" in appeal.text
            assert appeal.due_date in (
                deadlines.answer_due(registered_on),
                deadlines.answer_due(registered_on) + timedelta(days=30),
            )
            applicant = appeal.applicant
            draft = ApplicantDraft(
                kind=applicant.kind,
                surname=applicant.surname,
                organisation_name=applicant.organisation_name,
                postal_address=applicant.postal_address,
                email=applicant.email,
            ) if applicant else ApplicantDraft()  # fmt: skip
            assert appeal.is_anonymous == is_anonymous(appeal.channel, draft)
            anonymous += appeal.is_anonymous
            if appeal.channel is Channel.POST and not appeal.is_anonymous:
                assert appeal.identification is Identification.SIGNED_PAPER
            if appeal.channel is Channel.FEDERAL_PORTAL and not appeal.is_anonymous:
                assert appeal.identification is Identification.PORTAL_ACCOUNT
            assert (appeal.assignee_id is None) == (appeal.status is AppealStatus.REGISTERED)
            assert 1 <= len(appeal.questions) <= 3
            assert [q.position for q in appeal.questions] == list(range(1, len(appeal.questions) + 1))
            assert {q.topic_code for q in appeal.questions} <= leaves
            assert len({q.topic_code for q in appeal.questions}) == len(appeal.questions)
    assert 0.01 * len(rows) < anonymous < 0.06 * len(rows)
    old = [a for a in rows if (today - deadlines.office_date(a.registered_at)).days > 90]
    recent = [a for a in rows if (today - deadlines.office_date(a.registered_at)).days <= 7]
    assert sum(a.status in FINISHED_STATUSES for a in old) > 0.95 * len(old)
    assert recent and sum(a.status in FINISHED_STATUSES for a in recent) < 0.2 * len(recent)
    overdue = [a for a in rows if a.status.is_open and a.due_date and a.due_date < today]
    assert 0 < len(overdue) < 0.05 * len(rows)
    channels = Counter(a.channel for a in rows)
    assert channels.most_common(2)[0][0] in (Channel.CITY_PORTAL, Channel.VIRTUAL_RECEPTION)
    assert len(channels) == len(Channel)
    regulars = Counter(a.applicant_id for a in rows if a.applicant_id is not None)
    assert regulars.most_common(1)[0][1] >= 5


def test_a_clerk_registering_after_a_demo_load_gets_the_next_number(db: Database) -> None:
    summary = _load(db)
    year = deadlines.office_date(datetime.now(UTC)).year
    with db.engine.connect() as connection:
        numbers = connection.execute(select(Appeal.reg_number)).scalars().all()
    by_year = Counter(n.split("-")[1] for n in numbers)
    for this_year, count in by_year.items():
        sequences = sorted(int(n.split("-")[2]) for n in numbers if n.split("-")[1] == this_year)
        assert sequences == list(range(1, count + 1))
    clerk = users.get_user(db.uow(), login="clerk1")
    view = appeals.register_appeal(db.uow(), actor=clerk, draft=appeal_draft())
    assert view.reg_number == f"ВП-{year}-{by_year.get(str(year), 0) + 1:06d}"
    assert summary.appeals == APPEALS


def test_demo_applicants_are_found_as_the_intake_search_finds_them(db: Database) -> None:
    _load(db)
    admin = users.get_user(db.uow(), login="admin")
    with db.engine.connect() as connection:
        picked = connection.execute(
            select(Applicant.id, Applicant.surname, Applicant.first_name, Applicant.patronymic)
            .where(Applicant.kind == ApplicantKind.PERSON, Applicant.surname.like("%ё%"))
            .order_by(Applicant.id)
            .limit(3)
        ).all()
    assert picked
    for applicant_id, surname, first, patronymic in picked:
        found = applicants.find_applicants(
            db.uow(), actor=admin, term=f"{surname.replace('ё', 'е').upper()} {first} {patronymic}"
        )
        assert applicant_id in [f.id for f in found]
        by_surname = applicants.find_applicants(db.uow(), actor=admin, term=surname)
        assert all(f.surname.startswith(surname) for f in by_surname)


def test_the_demo_admin_logs_in_and_the_load_is_audited_once(db: Database) -> None:
    summary = _load(db, 300)
    user = users.authenticate(db.uow(), login="admin", password="demo12345")
    assert user.role is Role.ADMIN
    assert office_settings.get_setting(db.uow(), office_settings.DEMO_LOGIN_HINT) == "admin / demo12345"
    with db.uow() as uow:
        roles = Counter(uow.session.scalars(select(User.role)))
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "demo_loaded")).all()
        appeal_events = uow.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "appeal")
        )
    assert roles[Role.CLERK] >= 2 and roles[Role.EXECUTOR] >= 3 and roles[Role.MANAGER] == 1
    assert len(events) == 1 and events[0].changes["appeals"] == 300
    assert appeal_events == 0  # one event for the load, none per demo appeal
    assert "обращений 300" in str(summary)


def test_a_demo_load_keeps_existing_users(db: Database, staff: Staff) -> None:
    summary = _load(db, 500)
    assert summary.users_created == 0
    with db.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(User)).scalar() == 4
        registrars = set(connection.execute(select(Appeal.registered_by_id).distinct()).scalars())
        assignees = set(connection.execute(select(Appeal.assignee_id).distinct()).scalars())
    assert registrars == {staff.clerk.id}
    assert assignees <= {None, staff.executor.id}
    assert office_settings.get_setting(db.uow(), office_settings.DEMO_LOGIN_HINT) is None


def test_concurrent_demo_loads_on_postgresql_keep_numbers_unique_and_gap_free(pg_db: Database) -> None:
    second = Database(pg_db.url)
    errors: list[BaseException] = []

    def run(database: Database, seed: int) -> None:
        try:
            load_demo(database, appeals=3_000, properties=200, seed=seed, now=NOW, batch_size=400)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(d, s)) for d, s in ((pg_db, 1), (second, 2))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.dispose()
    assert not errors, errors
    with pg_db.engine.connect() as connection:
        numbers = connection.execute(select(Appeal.reg_number)).scalars().all()
        counters = dict(connection.execute(text("SELECT year, last_value FROM reg_counters")).all())
        orphans = connection.execute(
            select(func.count()).select_from(Question).outerjoin(Appeal).where(Appeal.id.is_(None))
        ).scalar()
        without_questions = connection.execute(
            select(func.count()).select_from(Appeal).where(~Appeal.questions.any())
        ).scalar()
        admins = connection.execute(select(func.count()).where(User.login == "admin")).scalar()
    assert len(numbers) == len(set(numbers)) == 6_000
    by_year = Counter(n.split("-")[1] for n in numbers)
    for year, count in by_year.items():
        sequences = sorted(int(n.split("-")[2]) for n in numbers if n.split("-")[1] == year)
        assert sequences == list(range(1, count + 1))
        assert counters[int(year)] == count
    assert orphans == 0 and without_questions == 0 and admins == 1
    clerk = users.get_user(pg_db.uow(), login="clerk1")
    view = appeals.register_appeal(pg_db.uow(), actor=clerk, draft=appeal_draft())
    assert view.reg_number not in numbers


def test_demo_rows_reach_the_report_facts_and_carry_answer_dates(db: Database) -> None:
    summary = _load(db, 800)
    with db.engine.connect() as connection:
        appeal_facts = connection.execute(text("SELECT count(*) FROM report_appeal_facts")).scalar()
        question_facts = connection.execute(text("SELECT count(*) FROM report_question_facts")).scalar()
        unanswered = connection.execute(
            select(func.count()).where(
                Appeal.status.in_([AppealStatus.ANSWERED, AppealStatus.CLOSED]), Appeal.answered_at.is_(None)
            )
        ).scalar()
        open_but_answered = connection.execute(
            select(func.count()).where(
                Appeal.status == AppealStatus.IN_PROGRESS, Appeal.answered_at.is_not(None)
            )
        ).scalar()
    assert appeal_facts == summary.appeals and question_facts == summary.questions
    assert unanswered == 0 and open_but_answered == 0


def test_demo_properties_are_registered_linked_with_snapshots_and_found_by_search(db: Database) -> None:

    summary = _load(db)
    admin = users.authenticate(db.uow(), login="admin", password="demo12345")
    with db.engine.connect() as connection:
        kinds = Counter(connection.execute(select(Property.kind)).scalars())
        records = connection.execute(
            select(
                Property.id,
                Property.cadastral_number,
                Property.address,
                Property.parent_id,
                Property.unom,
                Property.okrug,
            )
        ).all()
        links = connection.execute(select(AppealProperty)).all()
        holders = connection.scalar(select(func.count()).select_from(RightHolder))
        linked_appeals = connection.scalar(select(func.count(func.distinct(AppealProperty.appeal_id))))
    assert summary.properties == len(records) == 300
    assert summary.property_links == len(links)
    assert kinds[PropertyKind.BUILDING] > 150 and kinds[PropertyKind.PREMISES] == 60
    assert all(is_valid_cadastral_number(r.cadastral_number) for r in records)
    assert all(r.cadastral_number.startswith("77:") for r in records)
    # Every record knows its okrug (the hot-spot report groups by it), a flat its building's.
    okrugs = Counter(r.okrug for r in records)
    assert "" not in okrugs and len(okrugs) >= 8
    by_id = {r.id: r for r in records}
    premises = [r for r in records if r.parent_id is not None]
    assert len(premises) == 60
    assert all(r.address.startswith(by_id[r.parent_id].address + ", кв. ") for r in premises)
    assert all(r.okrug == by_id[r.parent_id].okrug for r in premises)
    assert all(r.unom for r in records if r.parent_id is None and r.cadastral_number[-2:] == ":1")
    assert holders and holders > 0
    # A realistic share of the appeals is about a registered property, each linked once.
    assert 0.2 * APPEALS < linked_appeals < 0.8 * APPEALS
    assert linked_appeals == len(links)

    some_link = links[0]
    linked = appeal_properties(db.uow(), actor=admin, appeal_id=some_link.appeal_id)
    assert [p.row.id for p in linked] == [some_link.property_id]
    assert not linked[0].changed_since_linking  # the snapshot is the record as it is
    assert linked[0].snapshot.address == by_id[some_link.property_id].address
    card = property_card(db.uow(), actor=admin, property_id=some_link.property_id)
    assert some_link.appeal_id in [a.appeal_id for a in card.appeals]
    # Every link's snapshot is its record as the register has it, right holders included.
    histories = [
        property_card(db.uow(), actor=admin, property_id=property_id).appeals
        for property_id in {link.property_id for link in links}
    ]
    assert sum(len(history) for history in histories) == len(links)
    assert not any(row.changed_since_linking for history in histories for row in history)
    assert any(row.snapshot.right_holders for history in histories for row in history)

    building = next(r for r in records if r.parent_id is None and r.unom)
    street_word = building.address.split(", ")[1].split()[-1]
    found = search_properties(db.uow(), actor=admin, text=building.cadastral_number)
    assert [row.id for row in found][:1] == [building.id]
    found = search_properties(
        db.uow(), actor=admin, text=f"{street_word} {building.address.split('д. ')[-1]}"
    )
    assert building.id in [row.id for row in found] or len(found) == 20


def test_a_second_demo_load_gives_new_cadastral_numbers(db: Database) -> None:

    _load(db, 200)
    load_demo(db, appeals=100, properties=300, seed=11, now=NOW, batch_size=700)
    with db.engine.connect() as connection:
        numbers = list(connection.execute(select(Property.cadastral_number)).scalars())
    assert len(numbers) == len(set(numbers)) == 600


def test_a_demo_appeal_shows_its_registration_in_its_history(db: Database) -> None:
    """A bulk load writes no audit events; the history still starts with the registration."""
    _load(db, 50)
    clerk = users.authenticate(db.uow(), login="clerk1", password=DEMO_PASSWORD)
    with db.engine.connect() as connection:
        appeal_id, number, registered_at, registrar = connection.execute(
            select(Appeal.id, Appeal.reg_number, Appeal.registered_at, User.full_name)
            .join(User, User.id == Appeal.registered_by_id)
            .order_by(Appeal.id.desc())
            .limit(1)
        ).one()
    lines = history.appeal_history(db.uow(), actor=clerk, appeal_id=appeal_id)
    assert [(entry.at, entry.text) for entry in lines] == [
        (registered_at, f"зарегистрировано под № {number}")
    ]
    assert lines[0].user == short_person_name(registrar)
