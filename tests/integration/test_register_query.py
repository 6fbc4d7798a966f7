"""The register: newest first, a page at a time, searchable, on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from reception.db.database import Database
from reception.domain.appeals import AppealStatus, Channel
from reception.services import appeals, applicants
from reception.services.register_query import RegisterFilter, count_appeals, fetch_page
from tests.conftest import Staff
from tests.factories import appeal_draft, applicant_draft

BASE = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)


def register_many(db: Database, staff: Staff, count: int) -> list[int]:
    ids = []
    for i in range(count):
        draft = appeal_draft(
            received_at=BASE + timedelta(minutes=i // 2),  # pairs share a timestamp: ties broken by id
            summary=f"Обращение номер {i}",
            applicant=applicant_draft(surname=f"Ёлкина{i % 3}", phone=f"+7 916 000-00-{i % 100:02d}"),
        )
        ids.append(appeals.register_appeal(db.uow(), actor=staff.clerk, draft=draft).id)
    return ids


def test_pages_cover_every_appeal_once_newest_first(db: Database, staff: Staff) -> None:
    ids = register_many(db, staff, 25)
    seen: list[int] = []
    page = fetch_page(db.uow(), actor=staff.executor, limit=10)
    seen += [r.id for r in page.rows]
    while page.next_key is not None:
        page = fetch_page(db.uow(), actor=staff.executor, after=page.next_key, limit=10)
        seen += [r.id for r in page.rows]
    assert seen == sorted(ids, key=lambda i: ((i - 1) // 2, i), reverse=True)
    assert count_appeals(db.uow(), actor=staff.executor) == 25


def test_rows_carry_what_the_register_shows(db: Database, staff: Staff) -> None:
    register_many(db, staff, 1)
    row = fetch_page(db.uow(), actor=staff.clerk).rows[0]
    assert row.applicant == "Ёлкина0 О. В."
    assert row.channel is Channel.VIRTUAL_RECEPTION
    assert row.status is AppealStatus.REGISTERED
    assert not row.is_overdue(date.today())


def test_search_by_surname_ignores_case_and_yo(db: Database, staff: Staff) -> None:
    register_many(db, staff, 9)
    found = fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(search="ЕЛКИНА1")).rows
    assert len(found) == 3 and all(r.applicant.startswith("Ёлкина1") for r in found)
    assert count_appeals(db.uow(), actor=staff.clerk, filters=RegisterFilter(search="елкина1")) == 3


def test_search_by_words_of_the_summary_phone_and_number(db: Database, staff: Staff) -> None:
    register_many(db, staff, 12)
    assert [
        r.summary
        for r in fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(search="НОМЕР 11")).rows
    ] == ["Обращение номер 11"]
    assert (
        len(fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(search="8 916 000 00 05")).rows)
        == 1
    )
    first = fetch_page(db.uow(), actor=staff.clerk).rows[-1]
    assert [
        r.id
        for r in fetch_page(
            db.uow(), actor=staff.clerk, filters=RegisterFilter(search=first.reg_number.lower())
        ).rows
    ] == [first.id]


def test_search_with_like_wildcards_matches_them_literally(db: Database, staff: Staff) -> None:
    appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(summary="Скидка 100% на вывоз"))
    appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(summary="Скидка 1000 рублей"))
    found = fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(search="100%")).rows
    assert [r.summary for r in found] == ["Скидка 100% на вывоз"]


def test_overdue_filter_and_marker(db: Database, staff: Staff) -> None:
    late, on_time = register_many(db, staff, 2)
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE appeals SET due_date = :d WHERE id = :id"), {"d": date(2026, 1, 5), "id": late}
        )
    today = date(2026, 3, 1)
    rows = fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(overdue_on=today)).rows
    assert [r.id for r in rows] == [late]
    assert rows[0].is_overdue(today)
    assert on_time not in [r.id for r in rows]


def test_filter_by_applicant(db: Database, staff: Staff) -> None:
    register_many(db, staff, 6)
    known = applicants.find_applicants(db.uow(), actor=staff.clerk, term="+7 916 000-00-04")[0]
    rows = fetch_page(db.uow(), actor=staff.clerk, filters=RegisterFilter(applicant_id=known.id)).rows
    assert {r.id for r in rows} and all(r.applicant.startswith("Ёлкина") for r in rows)


def test_intake_finds_a_known_applicant_by_phone_or_surname(db: Database, staff: Staff) -> None:
    regular = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft()).applicant
    assert regular is not None
    for _ in range(2):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=regular.to_draft()))
    appeals.register_appeal(
        db.uow(),
        actor=staff.clerk,
        draft=appeal_draft(applicant=applicant_draft(first_name="Анна", phone="+7 903 111-22-33")),
    )
    by_phone = applicants.find_applicants(db.uow(), actor=staff.clerk, term="8 (903) 111-22-33")
    assert [a.first_name for a in by_phone] == ["Анна"]
    by_name = applicants.find_applicants(db.uow(), actor=staff.clerk, term="смирнова")
    assert [a.appeal_count for a in by_name] == [3, 1]  # the regular first
    assert applicants.find_applicants(db.uow(), actor=staff.clerk, term="Кузнецов") == []
    assert applicants.find_applicants(db.uow(), actor=staff.clerk, term="o.smirnova@EXAMPLE.ru")


def test_applicant_search_term_is_literal(db: Database, staff: Staff) -> None:
    appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert applicants.find_applicants(db.uow(), actor=staff.clerk, term="%") == []
    assert applicants.find_applicants(db.uow(), actor=staff.clerk, term="_мирнова") == []


def test_editing_an_applicant_keeps_the_search_key_current(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert view.applicant is not None
    draft = replace(view.to_draft(), applicant=replace(view.applicant.to_draft(), surname="Соколова"))
    appeals.update_appeal(
        db.uow(), actor=staff.clerk, appeal_id=view.id, expected_version=view.version, draft=draft
    )
    assert applicants.find_applicants(db.uow(), actor=staff.clerk, term="соколова")
    assert not applicants.find_applicants(db.uow(), actor=staff.clerk, term="смирнова")
