"""Registering appeals: numbers, due dates, anonymity, validation and audit, on both backends."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from reception.db.database import Database
from reception.db.models import Appeal, Applicant, AuditEvent
from reception.domain import deadlines
from reception.domain.appeals import AppealStatus, Channel, QuestionDraft
from reception.domain.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from reception.services import appeals, office_settings
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, appeal_draft, applicant_draft


def test_registration_numbers_the_appeal_and_sets_the_30_day_deadline(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    today = deadlines.office_date(view.registered_at)
    assert view.reg_number == f"ВП-{today.year}-000001"
    assert view.status is AppealStatus.REGISTERED
    assert view.due_date == deadlines.answer_due(today)  # 30 days, moved off a non-working day
    assert (today + timedelta(days=30) - view.due_date).days in range(0, 12)
    assert view.registered_by == "Регистраторова Ксения Олеговна"
    assert view.applicant is not None and view.applicant.phone == "+79165551234"
    assert [q.topic_name for q in view.questions] == ["Протечки кровли, затопления"]
    assert not view.is_anonymous


def test_numbers_follow_each_other_and_use_the_configured_prefix(db: Database, staff: Staff) -> None:
    first = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    office_settings.set_registration_prefix(db.uow(), actor=staff.admin, prefix="гу")
    second = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    year = deadlines.office_date(first.registered_at).year
    assert first.reg_number == f"ВП-{year}-000001"
    assert second.reg_number == f"ГУ-{year}-000001"


def test_a_failed_registration_takes_no_number(db: Database, staff: Staff) -> None:
    with pytest.raises(ValidationError):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(text=""))
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert view.reg_number.endswith("-000001")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"text": "  "}, "text"),
        ({"text": "ж" * 100_001}, "text"),
        ({"applicant": applicant_draft(email="ivan@")}, "applicant.email"),
        ({"applicant": applicant_draft(phone="12-34")}, "applicant.phone"),
        ({"received_at": datetime.now(UTC) + timedelta(days=1)}, "received_at"),
        ({"questions": (QuestionDraft("0005.0005.0056.9999"),)}, "questions.0.topic_code"),
        ({"questions": ()}, "questions"),
    ],
)
def test_invalid_drafts_are_refused_and_nothing_is_stored(
    db: Database, staff: Staff, overrides: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(**overrides))
    assert caught.value.for_field(field)
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Appeal)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Applicant)) == 0


def test_an_appeal_without_surname_or_reply_address_is_accepted_as_anonymous(
    db: Database, staff: Staff
) -> None:
    no_surname = appeals.register_appeal(
        db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=applicant_draft(surname=""))
    )
    no_address = appeals.register_appeal(
        db.uow(),
        actor=staff.clerk,
        draft=appeal_draft(channel=Channel.POST, applicant=applicant_draft(postal_address="")),
    )
    nobody = appeals.register_appeal(
        db.uow(),
        actor=staff.clerk,
        draft=appeal_draft(
            applicant=replace(
                applicant_draft(),
                **dict.fromkeys(
                    ("surname", "first_name", "patronymic", "postal_address", "email", "phone"), ""
                ),
            )
        ),
    )
    assert no_surname.is_anonymous and no_address.is_anonymous and nobody.is_anonymous
    assert nobody.applicant is None


def test_an_electronic_appeal_with_email_has_a_reply_address(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(
        db.uow(),
        actor=staff.clerk,
        draft=appeal_draft(channel=Channel.EMAIL, applicant=applicant_draft(postal_address="")),
    )
    assert not view.is_anonymous


def test_registering_for_a_known_applicant_links_the_same_record(db: Database, staff: Staff) -> None:
    first = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert first.applicant is not None
    known = replace(first.applicant.to_draft(), phone="+7 916 555-99-88")
    second = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=known))
    assert second.applicant is not None and second.applicant.id == first.applicant.id
    assert second.applicant.phone == "+79165559988"


@pytest.mark.parametrize("role", ["executor", "manager"])
def test_only_clerks_and_admins_register(db: Database, staff: Staff, role: str) -> None:
    with pytest.raises(PermissionDenied):
        appeals.register_appeal(db.uow(), actor=getattr(staff, role), draft=appeal_draft())
    assert appeals.register_appeal(db.uow(), actor=staff.admin, draft=appeal_draft()).reg_number


@pytest.mark.parametrize("role", ["executor", "manager"])
def test_only_clerks_and_admins_edit(db: Database, staff: Staff, role: str) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    with pytest.raises(PermissionDenied):
        appeals.update_appeal(
            db.uow(),
            actor=getattr(staff, role),
            appeal_id=view.id,
            expected_version=view.version,
            draft=view.to_draft(),
        )


@pytest.mark.parametrize("role", ["clerk", "executor", "manager", "admin"])
def test_nobody_deletes_a_registered_appeal(db: Database, staff: Staff, role: str) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    with pytest.raises(PermissionDenied, match="удалить нельзя"):
        appeals.delete_appeal(db.uow(), actor=getattr(staff, role), appeal_id=view.id)
    assert appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id).reg_number == view.reg_number


def test_the_database_itself_refuses_to_delete_an_appeal(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    with pytest.raises(Exception, match="never deleted"), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM appeals WHERE id = :id"), {"id": view.id})


def test_a_deactivated_clerk_can_no_longer_register(db: Database, staff: Staff) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE users SET is_active = false WHERE id = :id"), {"id": staff.clerk.id})
    with pytest.raises(PermissionDenied):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())


def test_editing_saves_changes_and_audits_before_and_after(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    edited = appeals.update_appeal(
        db.uow(),
        actor=staff.clerk,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(
            view.to_draft(),
            summary="Протечка кровли, кв. 17",
            questions=(QuestionDraft(ROOF_LEAK), QuestionDraft(UTILITY_PAYMENT)),
        ),
    )
    assert edited.version == view.version + 1
    assert edited.summary == "Протечка кровли, кв. 17"
    assert [q.topic_code for q in edited.questions] == [ROOF_LEAK, UTILITY_PAYMENT]
    with db.uow() as uow:
        events = uow.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "appeal", AuditEvent.entity_id == view.id)
            .order_by(AuditEvent.id)
        ).all()
    assert [e.action for e in events] == ["registered", "edited"]
    assert events[1].user_id == staff.clerk.id
    assert events[1].changes["summary"] == {
        "before": "Протечка кровли над кв. 17",
        "after": "Протечка кровли, кв. 17",
    }
    assert "text" not in events[1].changes


def test_saving_a_stale_copy_is_refused_with_both_values(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    appeals.update_appeal(
        db.uow(),
        actor=staff.admin,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(view.to_draft(), summary="Их версия"),
    )
    with pytest.raises(StaleRecord) as caught:
        appeals.update_appeal(
            db.uow(),
            actor=staff.clerk,
            appeal_id=view.id,
            expected_version=view.version,
            draft=replace(view.to_draft(), summary="Моя версия"),
        )
    assert caught.value.theirs["summary"] == "Их версия"
    assert caught.value.mine["summary"] == "Моя версия"
    assert "Администраторова" in caught.value.message
    assert appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id).summary == "Их версия"


def test_audit_events_cannot_be_changed_or_removed(db: Database, staff: Staff) -> None:
    appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as connection:
            connection.execute(text(statement))


def test_find_by_number_as_typed(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    year = deadlines.office_date(view.registered_at).year
    assert appeals.find_appeal_by_number(db.uow(), actor=staff.executor, number=f"вп-{year}-1").id == view.id
    with pytest.raises(NotFound):
        appeals.find_appeal_by_number(db.uow(), actor=staff.executor, number=f"ВП-{year}-2")
    with pytest.raises(NotFound, match="не регистрационный номер"):
        appeals.find_appeal_by_number(db.uow(), actor=staff.executor, number="Иванов")


def test_hostile_text_is_stored_and_read_back_exactly(db: Database, staff: Staff) -> None:
    hostile = "Robert'); DROP TABLE appeals;-- 100% _under_ \\back «ёлка» مرحبا e\u0301 " + "ы" * 50_000
    view = appeals.register_appeal(
        db.uow(),
        actor=staff.clerk,
        draft=appeal_draft(text=hostile, applicant=applicant_draft(surname="О'Брайен-%_")),
    )
    again = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert again.text == hostile
    assert again.applicant is not None and again.applicant.surname == "О'Брайен-%_"


def register_in_threads(database_url: str, staff: Staff, threads: int, per_thread: int) -> list[str]:
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def work() -> None:
        database = Database(database_url)
        try:
            start.wait()
            for _ in range(per_thread):
                view = appeals.register_appeal(database.uow(), actor=staff.clerk, draft=appeal_draft())
                with lock:
                    numbers.append(view.reg_number)
        except BaseException as error:
            errors.append(error)
        finally:
            database.dispose()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    return numbers


def assert_gap_free(numbers: list[str], expected: int) -> None:
    assert len(numbers) == expected
    assert len(set(numbers)) == expected
    year = date.today().year
    sequences = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert sequences == list(range(1, expected + 1)), f"gaps or duplicates in {year}"


def test_registration_numbers_stay_unique_and_gap_free_under_concurrency_on_postgresql(
    pg_db: Database,
) -> None:
    from tests.conftest import add_staff

    staff = add_staff(pg_db)
    numbers = register_in_threads(
        pg_db.url.render_as_string(hide_password=False), staff, threads=8, per_thread=50
    )
    assert_gap_free(numbers, 400)


def test_registration_numbers_stay_unique_and_gap_free_under_concurrency_on_sqlite(
    sqlite_db: Database,
) -> None:
    from tests.conftest import add_staff

    staff = add_staff(sqlite_db)
    numbers = register_in_threads(
        sqlite_db.url.render_as_string(hide_password=False), staff, threads=4, per_thread=25
    )
    assert_gap_free(numbers, 100)


def test_a_conflict_is_merged_field_by_field_or_overwritten_by_the_head(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    appeals.update_appeal(
        db.uow(),
        actor=staff.admin,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(view.to_draft(), summary="Их краткое содержание"),
    )
    mine = replace(view.to_draft(), text="Мой уточнённый текст обращения")
    with pytest.raises(StaleRecord) as caught:
        appeals.update_appeal(
            db.uow(), actor=staff.clerk, appeal_id=view.id, expected_version=view.version, draft=mine
        )
    theirs = caught.value.theirs
    assert theirs["updated_by"] == "Администраторова Анна Андреевна"
    # keep their summary, my text: save against their version
    merged = replace(mine, summary=theirs["summary"])
    saved = appeals.update_appeal(
        db.uow(), actor=staff.clerk, appeal_id=view.id, expected_version=theirs["version"], draft=merged
    )
    assert (saved.summary, saved.text) == ("Их краткое содержание", "Мой уточнённый текст обращения")
    # a clerk may not overwrite a newer version; the head may
    with pytest.raises(PermissionDenied, match="Перезаписать"):
        appeals.update_appeal(
            db.uow(),
            actor=staff.clerk,
            appeal_id=view.id,
            expected_version=view.version,
            draft=mine,
            overwrite=True,
        )
    forced = appeals.update_appeal(
        db.uow(),
        actor=staff.admin,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(mine, summary="Решение руководителя"),
        overwrite=True,
    )
    assert forced.summary == "Решение руководителя"
