"""The workflow services on a real database: routing, answering, deadlines, repeats, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from reception.db.database import Database
from reception.domain import deadlines
from reception.domain.appeals import AppealStatus, Outcome, QuestionDraft
from reception.domain.errors import PermissionDenied, ValidationError
from reception.domain.workflow import Action, LegalGround, TransitionRefused
from reception.services import appeals, departments, history, repeats, workflow
from reception.services.appeals import AppealView
from reception.services.register_query import RegisterFilter, count_appeals, fetch_page
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, appeal_draft, applicant_draft


def registered(db: Database, staff: Staff, **overrides: object) -> AppealView:
    return appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(**overrides))


def test_the_main_path_from_registration_to_closing(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    workflow.assign(
        db.uow(),
        actor=staff.clerk,
        appeal_id=view.id,
        executor_id=staff.executor.id,
        resolution="Подготовить ответ",
    )
    workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)
    workflow.set_outcome(
        db.uow(),
        actor=staff.executor,
        appeal_id=view.id,
        position=1,
        outcome=Outcome.SUPPORTED_MEASURES_TAKEN,
    )
    workflow.prepare_answer(db.uow(), actor=staff.executor, appeal_id=view.id)
    workflow.return_for_rework(
        db.uow(), actor=staff.manager, appeal_id=view.id, comment="Уточнить сроки ремонта"
    )
    workflow.prepare_answer(db.uow(), actor=staff.executor, appeal_id=view.id)
    answered = workflow.approve_answer(db.uow(), actor=staff.manager, appeal_id=view.id)
    assert answered.status is AppealStatus.ANSWERED
    closed = workflow.close(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert closed.status is AppealStatus.CLOSED
    final = appeals.get_appeal(db.uow(), actor=staff.manager, appeal_id=view.id)
    assert final.answered_at is not None and not final.answered_late
    assert final.questions[0].outcome is Outcome.SUPPORTED_MEASURES_TAKEN


def test_reassignment_keeps_the_history_in_plain_language(db: Database, staff: Staff) -> None:
    from reception.domain.permissions import Role
    from reception.services import users
    from tests.conftest import TEST_PASSWORD

    second = users.add_user(
        db.uow(),
        actor=staff.admin,
        login="exec2",
        full_name="Сидорова Анна Сергеевна",
        role=Role.EXECUTOR,
        password=TEST_PASSWORD,
    )
    department = departments.add_department(db.uow(), actor=staff.admin, name="Отдел жилищного фонда")
    view = registered(db, staff)
    control = view.due_date - timedelta(days=10) if view.due_date else None
    workflow.assign(
        db.uow(),
        actor=staff.manager,
        appeal_id=view.id,
        executor_id=staff.executor.id,
        department_id=department.id,
        resolution="подготовить ответ до 20.03",
        control_date=control,
    )
    workflow.assign(
        db.uow(),
        actor=staff.manager,
        appeal_id=view.id,
        executor_id=second.id,
        resolution="передать Сидоровой",
    )
    current = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert current.assignee == "Сидорова Анна Сергеевна" and current.resolution == "передать Сидоровой"
    lines = [str(e) for e in history.appeal_history(db.uow(), actor=staff.clerk, appeal_id=view.id)]
    assert "зарегистрировано под №" in lines[0]
    assert lines[1].endswith(
        "Руководителева М. И.: назначен исполнитель Исполнителев П. П. (Отдел жилищного фонда), "
        f"контрольный срок {control:%d.%m.%Y}: «подготовить ответ до 20.03»"
    )
    assert "переназначено исполнителю Сидорова А. С." in lines[2]


def test_only_executors_are_assigned_and_control_date_precedes_the_legal_one(
    db: Database, staff: Staff
) -> None:
    view = registered(db, staff)
    with pytest.raises(ValidationError) as caught:
        workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.manager.id)
    assert caught.value.for_field("executor")
    assert view.due_date is not None
    with pytest.raises(ValidationError) as caught:
        workflow.assign(
            db.uow(),
            actor=staff.clerk,
            appeal_id=view.id,
            executor_id=staff.executor.id,
            control_date=view.due_date + timedelta(days=1),
        )
    assert caught.value.for_field("control_date")
    assert (
        appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id).status is AppealStatus.REGISTERED
    )


def test_an_executor_cannot_take_someone_elses_appeal(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with pytest.raises(PermissionDenied):
        workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)  # not assigned yet
    with pytest.raises(PermissionDenied):
        workflow.assign(db.uow(), actor=staff.executor, appeal_id=view.id, executor_id=staff.executor.id)


def test_forbidden_steps_are_refused_and_change_nothing(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with pytest.raises(TransitionRefused):
        workflow.approve_answer(db.uow(), actor=staff.manager, appeal_id=view.id)
    with pytest.raises(TransitionRefused):
        workflow.close(db.uow(), actor=staff.clerk, appeal_id=view.id)
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert after.status is AppealStatus.REGISTERED and after.version == view.version


def test_an_approved_answer_counts_the_questions_left_in_work_as_answered(db: Database, staff: Staff) -> None:
    view = registered(db, staff, questions=(QuestionDraft(ROOF_LEAK), QuestionDraft(UTILITY_PAYMENT)))
    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)
    workflow.set_outcome(
        db.uow(), actor=staff.executor, appeal_id=view.id, position=1, outcome=Outcome.EXPLAINED
    )
    workflow.prepare_answer(db.uow(), actor=staff.executor, appeal_id=view.id)
    workflow.approve_answer(db.uow(), actor=staff.manager, appeal_id=view.id)
    # The federal form counts an answered appeal's questions as answered (дан ответ автору), never
    # as still in work; an outcome set before stays.
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert [q.outcome for q in after.questions] == [Outcome.EXPLAINED, Outcome.ANSWERED]
    workflow.set_outcome(
        db.uow(), actor=staff.manager, appeal_id=view.id, position=2, outcome=Outcome.NOT_SUPPORTED
    )
    assert workflow.close(db.uow(), actor=staff.clerk, appeal_id=view.id).status is AppealStatus.CLOSED


def forward_to(db: Database, staff: Staff, appeal_id: int, body: str, number: str, dated: date) -> None:
    workflow.forward(
        db.uow(),
        actor=staff.clerk,
        appeal_id=appeal_id,
        to_body=body,
        covering_letter_number=number,
        covering_letter_date=dated,
    )


def test_forwarding_settles_the_questions_and_records_the_covering_letter(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    forward_to(db, staff, view.id, "Государственная жилищная инспекция г. Москвы", "ИСХ-17", date(2026, 3, 3))
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert after.status is AppealStatus.FORWARDED
    assert [q.outcome for q in after.questions] == [Outcome.FORWARDED]
    # Several bodies competent: a copy goes to each, every forwarding with its own covering letter.
    assert Action.FORWARD in workflow.available_actions(db.uow(), actor=staff.clerk, appeal_id=view.id)
    forward_to(db, staff, view.id, "Префектура ЮЗАО", "ИСХ-18", date(2026, 3, 4))
    with db.engine.connect() as connection:
        bodies = connection.execute(
            text("SELECT to_body, covering_letter_number FROM forwardings WHERE appeal_id = :a ORDER BY id"),
            {"a": view.id},
        ).all()
    assert [tuple(b) for b in bodies] == [
        ("Государственная жилищная инспекция г. Москвы", "ИСХ-17"),
        ("Префектура ЮЗАО", "ИСХ-18"),
    ]
    assert workflow.close(db.uow(), actor=staff.clerk, appeal_id=view.id).status is AppealStatus.CLOSED
    assert Action.FORWARD not in workflow.available_actions(db.uow(), actor=staff.clerk, appeal_id=view.id)
    lines = [str(e) for e in history.appeal_history(db.uow(), actor=staff.clerk, appeal_id=view.id)]
    assert any("сопроводительное письмо № ИСХ-17 от 03.03.2026" in line for line in lines)
    assert any("Префектура ЮЗАО" in line for line in lines)
    other = registered(db, staff)
    with pytest.raises(PermissionDenied):  # who may forward is the first question, before the form
        workflow.forward(db.uow(), actor=staff.executor, appeal_id=other.id, to_body="")
    with pytest.raises(ValidationError) as refused:
        workflow.forward(db.uow(), actor=staff.clerk, appeal_id=other.id, to_body="  ")
    # Every missing part named at once: the body, and the covering letter's number and date.
    assert [e.field for e in refused.value.errors] == [
        "to_body",
        "covering_letter_number",
        "covering_letter_date",
    ]
    with pytest.raises(ValidationError, match="ещё не наступила"):
        forward_to(db, staff, other.id, "Мосжилинспекция", "01-15/9", date.today() + timedelta(days=3))
    assert (
        appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=other.id).status is AppealStatus.REGISTERED
    )


def test_leaving_without_answer_needs_a_legal_ground_and_a_head(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with pytest.raises(PermissionDenied):
        workflow.leave_without_answer(
            db.uow(), actor=staff.clerk, appeal_id=view.id, ground=LegalGround.OBSCENE_OR_THREATS
        )
    workflow.leave_without_answer(
        db.uow(), actor=staff.manager, appeal_id=view.id, ground=LegalGround.OBSCENE_OR_THREATS
    )
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert after.closing_ground is LegalGround.OBSCENE_OR_THREATS
    assert [q.outcome for q in after.questions] == [Outcome.LEFT_WITHOUT_ANSWER]


def test_an_extension_is_granted_once_with_its_reason_kept(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with pytest.raises(PermissionDenied):
        workflow.extend_deadline(
            db.uow(), actor=staff.clerk, appeal_id=view.id, days=30, reason="запрос в ГЖИ"
        )
    with pytest.raises(ValidationError):
        workflow.extend_deadline(
            db.uow(), actor=staff.manager, appeal_id=view.id, days=31, reason="запрос в ГЖИ"
        )
    result = workflow.extend_deadline(
        db.uow(), actor=staff.manager, appeal_id=view.id, days=30, reason="Запрошены документы в ГЖИ"
    )
    registered_on = deadlines.office_date(view.registered_at)
    assert result.due_date == deadlines.answer_due(registered_on, [30])
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert after.initial_due == view.due_date
    assert after.extension is not None and after.extension.reason == "Запрошены документы в ГЖИ"
    assert after.questions[0].outcome is Outcome.EXTENDED
    with pytest.raises(TransitionRefused, match="только один раз"):
        workflow.extend_deadline(db.uow(), actor=staff.manager, appeal_id=view.id, days=5, reason="ещё")
    assert Action.EXTEND not in workflow.available_actions(db.uow(), actor=staff.manager, appeal_id=view.id)


def test_an_expired_term_is_not_extended_after_the_fact(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE appeals SET due_date = :due WHERE id = :id"),
            {"due": date.today() - timedelta(days=3), "id": view.id},
        )
    with pytest.raises(TransitionRefused, match="задним числом"):
        workflow.extend_deadline(db.uow(), actor=staff.manager, appeal_id=view.id, days=30, reason="запрос")
    after = appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert after.extension is None and after.due_date == date.today() - timedelta(days=3)
    assert Action.EXTEND not in workflow.available_actions(db.uow(), actor=staff.manager, appeal_id=view.id)


def test_a_ground_of_article_11_must_fit_the_appeal(db: Database, staff: Staff) -> None:
    named = registered(db, staff)
    with pytest.raises(TransitionRefused, match=r"ч\. 1 ст\. 11"):
        workflow.leave_without_answer(
            db.uow(), actor=staff.manager, appeal_id=named.id, ground=LegalGround.ANONYMOUS
        )
    with pytest.raises(TransitionRefused, match="повторному"):
        workflow.leave_without_answer(
            db.uow(), actor=staff.manager, appeal_id=named.id, ground=LegalGround.REPEATED_TERMINATED
        )
    assert (
        appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=named.id).status is AppealStatus.REGISTERED
    )

    nameless = registered(db, staff, applicant=applicant_draft(postal_address="", email=""))
    assert appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=nameless.id).is_anonymous
    left = workflow.leave_without_answer(
        db.uow(), actor=staff.manager, appeal_id=nameless.id, ground=LegalGround.ANONYMOUS
    )
    assert left.status is AppealStatus.LEFT_WITHOUT_ANSWER

    # Termination of correspondence: a repeat of a question answered on the merits several times.
    first, second = named.id, registered(db, staff).id
    for answered in (first, second):
        workflow.assign(db.uow(), actor=staff.clerk, appeal_id=answered, executor_id=staff.executor.id)
        workflow.start_work(db.uow(), actor=staff.executor, appeal_id=answered)
        workflow.prepare_answer(db.uow(), actor=staff.executor, appeal_id=answered)
        workflow.approve_answer(db.uow(), actor=staff.manager, appeal_id=answered)
    again = registered(db, staff)
    repeats.mark_repeated(db.uow(), actor=staff.clerk, appeal_id=again.id, earlier_ids=[first])
    with pytest.raises(TransitionRefused, match="отвечено ранее: 1"):  # answered once is not «неоднократно»
        workflow.leave_without_answer(
            db.uow(), actor=staff.manager, appeal_id=again.id, ground=LegalGround.REPEATED_TERMINATED
        )
    repeats.mark_repeated(db.uow(), actor=staff.clerk, appeal_id=again.id, earlier_ids=[first, second])
    terminated = workflow.leave_without_answer(
        db.uow(), actor=staff.manager, appeal_id=again.id, ground=LegalGround.REPEATED_TERMINATED
    )
    assert terminated.status is AppealStatus.LEFT_WITHOUT_ANSWER


def test_the_database_itself_allows_one_extension(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    workflow.extend_deadline(db.uow(), actor=staff.manager, appeal_id=view.id, days=10, reason="запрос")
    with pytest.raises(Exception, match=r"(?i)unique"), db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO deadline_extensions (appeal_id, days, reason, previous_due, new_due, extended_by_id, extended_at) "
                "VALUES (:a, 5, 'x', '2026-01-01', '2026-01-06', :u, '2026-01-01 00:00:00')"
            ),
            {"a": view.id, "u": staff.manager.id},
        )


def test_register_filters_for_executor_deadlines_and_late_answers(db: Database, staff: Staff) -> None:
    mine, overdue, soon, late = (registered(db, staff) for _ in range(4))
    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=mine.id, executor_id=staff.executor.id)
    today = date(2026, 3, 2)
    with db.engine.begin() as connection:
        for appeal_id, due in (
            (overdue.id, date(2026, 2, 20)),
            (soon.id, date(2026, 3, 4)),
            (late.id, date(2026, 2, 27)),
            (mine.id, date(2026, 4, 1)),
        ):
            connection.execute(
                text("UPDATE appeals SET due_date = :d WHERE id = :id"), {"d": due, "id": appeal_id}
            )
        # answered on 28 Feb at 10:00 Moscow time, one day after the due date
        connection.execute(
            text("UPDATE appeals SET status = 'answered', answered_at = :at WHERE id = :id"),
            {
                "at": "2026-02-28 07:00:00" if db.backend == "sqlite" else "2026-02-28 07:00:00+00",
                "id": late.id,
            },
        )

    def ids(filters: RegisterFilter) -> set[int]:
        return {r.id for r in fetch_page(db.uow(), actor=staff.manager, filters=filters).rows}

    assert ids(RegisterFilter(assignee_id=staff.executor.id)) == {mine.id}
    assert ids(RegisterFilter(overdue_on=today)) == {overdue.id}
    assert ids(RegisterFilter(due_soon_on=today)) == {soon.id}
    assert ids(RegisterFilter(answered_late=True)) == {late.id}
    assert count_appeals(db.uow(), actor=staff.manager, filters=RegisterFilter(overdue_on=today)) == 1
    row = next(r for r in fetch_page(db.uow(), actor=staff.manager).rows if r.id == mine.id)
    assert row.assignee == "Исполнителев П. П."


def test_an_answer_on_the_due_day_in_moscow_is_on_time(db: Database, staff: Staff) -> None:
    view = registered(db, staff)
    with db.engine.begin() as connection:
        # 23:30 Moscow on the due date is 20:30 UTC
        connection.execute(
            text("UPDATE appeals SET due_date = :d, status = 'answered', answered_at = :at WHERE id = :id"),
            {
                "d": date(2026, 2, 27),
                "at": "2026-02-27 20:30:00" if db.backend == "sqlite" else "2026-02-27 20:30:00+00",
                "id": view.id,
            },
        )
    assert fetch_page(db.uow(), actor=staff.manager, filters=RegisterFilter(answered_late=True)).rows == ()


def test_repeated_appeals_are_found_and_linked(db: Database, staff: Staff) -> None:
    first = registered(db, staff)
    other_topic = registered(db, staff, questions=(QuestionDraft(UTILITY_PAYMENT),))
    assert first.applicant is not None
    # the same person typed anew (no id), recognised by name and phone
    again = appeal_draft(
        applicant=replace(first.applicant.to_draft(), id=None, surname="СМИРНОВА", phone="8 916 555 12 34")
    )
    found = repeats.find_earlier_appeals(
        db.uow(), actor=staff.clerk, applicant=again.applicant, topic_codes=[ROOF_LEAK, "0005.0005.0056.1160"]
    )
    assert [e.id for e in found] == [first.id]
    assert found[0].shared_topics == (ROOF_LEAK,)
    new = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=again)
    assert repeats.mark_repeated(db.uow(), actor=staff.clerk, appeal_id=new.id, earlier_ids=[first.id]) == 1
    assert appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=new.id).repeats == (first.reg_number,)
    row = next(r for r in fetch_page(db.uow(), actor=staff.clerk).rows if r.id == new.id)
    assert row.repeat_count == 1
    assert other_topic.id not in [e.id for e in found]
    stranger = replace(again.applicant, phone="+7 903 000-00-00", email="")
    assert (
        repeats.find_earlier_appeals(db.uow(), actor=staff.clerk, applicant=stranger, topic_codes=[ROOF_LEAK])
        == []
    )
    with pytest.raises(ValidationError):
        repeats.mark_repeated(db.uow(), actor=staff.clerk, appeal_id=new.id, earlier_ids=[new.id])


def test_an_earlier_appeal_about_the_same_property_counts_as_a_repeat(db: Database, staff: Staff) -> None:
    from reception.domain.properties import PropertyKind
    from reception.services.properties import PropertyDraft, create_property
    from reception.services.property_links import link_property

    flat = create_property(
        db.uow(),
        actor=staff.admin,
        draft=PropertyDraft(
            cadastral_number="77:06:0004006:1234",
            kind=PropertyKind.PREMISES,
            address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
        ),
    )
    first = registered(db, staff, questions=(QuestionDraft(UTILITY_PAYMENT),))
    link_property(db.uow(), actor=staff.clerk, appeal_id=first.id, property_id=flat.id)
    assert first.applicant is not None
    found = repeats.find_earlier_appeals(
        db.uow(),
        actor=staff.clerk,
        applicant=first.applicant.to_draft(),
        topic_codes=[ROOF_LEAK],
        property_ids=[flat.id],
    )
    assert [e.id for e in found] == [first.id] and found[0].shared_topics == ()
    assert (
        repeats.find_earlier_appeals(
            db.uow(), actor=staff.clerk, applicant=first.applicant.to_draft(), topic_codes=[ROOF_LEAK]
        )
        == []
    )
