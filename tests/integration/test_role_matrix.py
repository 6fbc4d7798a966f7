"""Every role against every service: the core refuses (PermissionDenied) exactly where a role may not.

Each row names a service call, the roles that may make it, and how to prepare a state in which the
call would succeed; the call is then made as each of the four roles on fresh data. Buttons hidden in
the UI prove nothing: these calls go straight to the services. One backend (SQLite) keeps it fast;
the permission checks do not depend on it.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from reception.db.database import Database
from reception.db.types import utcnow
from reception.domain.appeals import Outcome
from reception.domain.deadlines import ShiftPolicy, office_date
from reception.domain.errors import PermissionDenied
from reception.domain.letters import LetterKind, PrintChannel
from reception.domain.permissions import Role
from reception.domain.properties import PropertyDraft, PropertyKind
from reception.domain.workflow import LegalGround
from reception.services import (
    appeals,
    attachments,
    audit_chain,
    classifier,
    deadline_rules,
    departments,
    letter_templates,
    letterhead,
    letters,
    office_profile,
    office_settings,
    open311,
    presence,
    properties,
    property_import,
    property_links,
    repeats,
    saved_views,
    users,
    workflow,
)
from reception.services.appeals import AppealView
from reception.services.letter_templates import TemplateDraft
from reception.services.letterhead import Signatory
from reception.services.register_query import RegisterFilter
from reception.services.reports import REPORTS, run_report
from reception.services.reports.common import ReportParams
from tests.conftest import TEST_PASSWORD, Staff, add_staff
from tests.factories import ROOF_LEAK, appeal_draft

ALL = frozenset(Role)
OFFICE = frozenset({Role.CLERK, Role.MANAGER, Role.ADMIN})
HEAD = frozenset({Role.MANAGER, Role.ADMIN})
EXECUTING = frozenset({Role.EXECUTOR, Role.MANAGER, Role.ADMIN})
REGISTRARS = frozenset({Role.CLERK, Role.ADMIN})
ADMIN = frozenset({Role.ADMIN})

Call = Callable[[Any], object]  # the service call, given the acting UserView


@dataclass(frozen=True)
class World:
    db: Database
    staff: Staff
    tmp: Path
    counter: list[int]

    def unique(self) -> int:
        self.counter[0] += 1
        return self.counter[0]

    def registered(self) -> AppealView:
        return appeals.register_appeal(self.db.uow(), actor=self.staff.clerk, draft=appeal_draft())

    def assigned(self) -> AppealView:
        view = self.registered()
        workflow.assign(
            self.db.uow(), actor=self.staff.clerk, appeal_id=view.id, executor_id=self.staff.executor.id
        )
        return view

    def in_work(self) -> AppealView:
        view = self.assigned()
        workflow.start_work(self.db.uow(), actor=self.staff.executor, appeal_id=view.id)
        return view

    def answer_prepared(self) -> AppealView:
        view = self.in_work()
        workflow.prepare_answer(self.db.uow(), actor=self.staff.executor, appeal_id=view.id)
        return view

    def answered(self) -> AppealView:
        view = self.answer_prepared()
        workflow.set_outcome(
            self.db.uow(), actor=self.staff.executor, appeal_id=view.id, position=1, outcome=Outcome.EXPLAINED
        )
        workflow.approve_answer(self.db.uow(), actor=self.staff.manager, appeal_id=view.id)
        return view

    def property_id(self) -> int:
        n = self.unique()
        return properties.create_property(
            self.db.uow(),
            actor=self.staff.clerk,
            draft=PropertyDraft(
                PropertyKind.BUILDING,
                cadastral_number=f"77:06:0004005:{5000 + n}",
                address=f"г. Москва, ул. Профсоюзная, д. {n}",
            ),
        ).id

    def letter(self, *, sent: bool = False) -> letters.LetterView:
        view = self.in_work()
        letter = letters.create_letter(
            self.db.uow(), actor=self.staff.executor, appeal_id=view.id, template_name="answer_on_merits"
        )
        if sent:
            letter = letters.send_for_approval(self.db.uow(), actor=self.staff.executor, letter_id=letter.id)
        return letter

    def template(self) -> str:
        name = f"role_matrix_{self.unique()}"
        letter_templates.create_template(
            self.db.uow(),
            actor=self.staff.admin,
            draft=TemplateDraft(name, "Об ответе", LetterKind.ANSWER, "{{ applicant.salutation }}\nОтвет.\n"),
        )
        return name

    def file(self, name: str, content: str, encoding: str = "utf-8") -> Path:
        path = self.tmp / f"{self.unique()}-{name}"
        path.write_text(content, encoding=encoding)
        return path


@dataclass(frozen=True)
class Case:
    service: Callable[..., Any]
    allowed: frozenset[Role]
    prepare: Callable[[World], Call]
    note: str = ""

    @property
    def name(self) -> str:
        return f"{self.service.__module__.rsplit('.', 1)[-1]}.{self.service.__name__}{self.note}"


def _saved_view(w: World, then: Callable[..., Any] | None) -> Call:
    """Views are personal: each role works on a view of its own (created in the call)."""

    def call(actor: Any) -> Any:
        view = saved_views.create_view(
            w.db.uow(), actor=actor, name=f"Вид {w.unique()}", filters=RegisterFilter(search="кровля")
        )
        if then is saved_views.rename_view:
            return then(w.db.uow(), actor=actor, view_id=view.id, name=f"Вид {w.unique()}")
        if then is saved_views.update_view_filters:
            return then(w.db.uow(), actor=actor, view_id=view.id, filters=RegisterFilter())
        if then is not None:
            return then(w.db.uow(), actor=actor, view_id=view.id)
        return view

    return call


def _update_appeal(w: World) -> Call:
    view = w.registered()
    return lambda actor: appeals.update_appeal(
        w.db.uow(),
        actor=actor,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(view.to_draft(), summary="Уточнено"),
    )


def _overwrite(w: World) -> Call:
    view = w.registered()
    appeals.update_appeal(
        w.db.uow(),
        actor=w.staff.clerk,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(view.to_draft(), summary="Чужая правка"),
    )
    return lambda actor: appeals.update_appeal(
        w.db.uow(),
        actor=actor,
        appeal_id=view.id,
        expected_version=view.version,
        draft=replace(view.to_draft(), summary="Поверх"),
        overwrite=True,
    )


def _step(service: Callable[..., Any], state: str, **kwargs: Any) -> Callable[[World], Call]:
    def prepare(w: World) -> Call:
        view = getattr(w, state)()
        return lambda actor: service(w.db.uow(), actor=actor, appeal_id=view.id, **kwargs)

    return prepare


def _classifier_file(w: World) -> Call:
    codes = [t.code for t in classifier.list_topics(w.db.uow())]
    content = "code;name\n" + "".join(f"{code};Тема {code}\n" for code in codes)
    path = w.file("edition.csv", content)
    return lambda actor: classifier.import_classifier(w.db.uow(), actor=actor, path=path)


def _property_file(w: World) -> Call:
    n = w.unique()
    content = f"Кадастровый номер;Вид объекта;Адрес\n77:01:0001001:{900 + n};Здание;г. Москва, ул. Тверская, д. {n}\n"
    path = w.file("registry.csv", content)
    return lambda actor: property_import.import_properties(w.db.uow(), actor=actor, path=path)


def _update_property(w: World) -> Call:
    property_id = w.property_id()
    view = properties.get_property(w.db.uow(), actor=w.staff.clerk, property_id=property_id)
    n = w.unique()
    draft = PropertyDraft(
        PropertyKind.BUILDING, cadastral_number=view.cadastral_number or "", address=f"г. Москва, д. {n}"
    )
    return lambda actor: properties.update_property(
        w.db.uow(), actor=actor, property_id=property_id, expected_version=view.version, draft=draft
    )


def _link(w: World) -> Call:
    view, property_id = w.registered(), w.property_id()
    return lambda actor: property_links.link_property(
        w.db.uow(), actor=actor, appeal_id=view.id, property_id=property_id
    )


def _unlink(w: World) -> Call:
    view, property_id = w.registered(), w.property_id()
    property_links.link_property(w.db.uow(), actor=w.staff.clerk, appeal_id=view.id, property_id=property_id)
    return lambda actor: property_links.unlink_property(
        w.db.uow(), actor=actor, appeal_id=view.id, property_id=property_id
    )


def _mark_repeated(w: World) -> Call:
    earlier, later = w.registered(), w.registered()
    return lambda actor: repeats.mark_repeated(
        w.db.uow(), actor=actor, appeal_id=later.id, earlier_ids=[earlier.id]
    )


def _add_user(w: World) -> Call:
    return lambda actor: users.add_user(
        w.db.uow(),
        actor=actor,
        login=f"user{w.unique()}",
        full_name="Новикова Дарья Сергеевна",
        role=Role.CLERK,
        password=TEST_PASSWORD,
    )


def _new_user_id(w: World) -> int:
    return users.add_user(
        w.db.uow(),
        actor=w.staff.admin,
        login=f"user{w.unique()}",
        full_name="Новикова Дарья Сергеевна",
        role=Role.CLERK,
        password=TEST_PASSWORD,
    ).id


def _reset_password(w: World) -> Call:
    user_id = _new_user_id(w)
    return lambda actor: users.reset_password(
        w.db.uow(), actor=actor, user_id=user_id, password="another-pass-1"
    )


def _set_active(w: World) -> Call:
    user_id = _new_user_id(w)
    return lambda actor: users.set_active(w.db.uow(), actor=actor, user_id=user_id, active=False)


def _create_letter(w: World) -> Call:
    view = w.in_work()
    return lambda actor: letters.create_letter(
        w.db.uow(), actor=actor, appeal_id=view.id, template_name="answer_on_merits"
    )


def _letter_call(service: Callable[..., Any], *, sent: bool, **kwargs: Any) -> Callable[[World], Call]:
    def prepare(w: World) -> Call:
        letter = w.letter(sent=sent)
        return lambda actor: service(w.db.uow(), actor=actor, letter_id=letter.id, **kwargs)

    return prepare


def _update_letter(w: World) -> Call:
    letter = w.letter()
    edits = replace(letter.edits, body=letter.edits.body + "\nДополнение.")
    return lambda actor: letters.update_letter(w.db.uow(), actor=actor, letter_id=letter.id, edits=edits)


def _template_call(service: Callable[..., Any], **kwargs: Any) -> Callable[[World], Call]:
    def prepare(w: World) -> Call:
        name = w.template()
        extra = {key: (value(name) if callable(value) else value) for key, value in kwargs.items()}
        return lambda actor: service(w.db.uow(), actor=actor, name=name, **extra)

    return prepare


def _create_template(w: World) -> Call:
    return lambda actor: letter_templates.create_template(
        w.db.uow(),
        actor=actor,
        draft=TemplateDraft(
            f"t{w.unique()}", "Об ответе", LetterKind.ANSWER, "{{ applicant.salutation }}\nОтвет.\n"
        ),
    )


def _import_template(w: World) -> Call:
    name = f"imported_{w.unique()}"
    draft = TemplateDraft(name, "Об ответе", LetterKind.ANSWER, "{{ applicant.salutation }}\nОтвет.\n")
    path = w.file(f"{name}.txt", letter_templates.template_file_text(draft))
    return lambda actor: letter_templates.import_template(w.db.uow(), actor=actor, path=path)


def _template_preview(w: World) -> Call:
    view = w.registered()
    draft = TemplateDraft("preview", "Об обращении", LetterKind.INTERIM, "Текст {{ appeal.reg_number }}\n")
    return lambda actor: letters.template_preview_pdf(w.db.uow(), actor=actor, draft=draft, appeal_id=view.id)


def _add_attachment(w: World) -> Call:
    view = w.assigned()
    return lambda actor: attachments.add_attachment(
        w.db.uow(),
        actor=actor,
        file_name="скан.txt",
        data=b"scan",
        media_type="text/plain",
        appeal_id=view.id,
    )


def _add_attachment_file(w: World) -> Call:
    view = w.assigned()
    path = w.file("скан.txt", "scan")
    return lambda actor: attachments.add_attachment_file(
        w.db.uow(), actor=actor, path=path, appeal_id=view.id
    )


def _remove_mapping(w: World) -> Call:
    code = f"S{w.unique()}"
    open311.set_service_mapping(w.db.uow(), actor=w.staff.admin, service_code=code, topic_code=ROOF_LEAK)
    return lambda actor: open311.remove_service_mapping(w.db.uow(), actor=actor, service_code=code)


def _export_letter(w: World) -> Call:
    letter = w.letter()
    return lambda actor: letters.export_letter(
        w.db.uow(), actor=actor, letter_id=letter.id, path=w.tmp / f"letter-{w.unique()}.pdf"
    )


def _remove_attachment(w: World) -> Call:
    view = w.assigned()
    added = attachments.add_attachment(
        w.db.uow(),
        actor=w.staff.clerk,
        file_name="скан.txt",
        data=b"scan",
        media_type="text/plain",
        appeal_id=view.id,
    )
    return lambda actor: attachments.remove_attachment(w.db.uow(), actor=actor, attachment_id=added.id)


def _open311_import(w: World) -> Call:
    record = {
        "service_request_id": f"R-{w.unique()}",
        "status": "open",
        "service_code": "ROOF",
        "description": "Протекает крыша над квартирой 17, вода на потолке.",
        "requested_datetime": "2026-03-02T09:15:00+03:00",
        "address": "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
    }
    open311.set_service_mapping(w.db.uow(), actor=w.staff.admin, service_code="ROOF", topic_code=ROOF_LEAK)
    data = json.dumps([record], ensure_ascii=False).encode("utf-8")
    return lambda actor: open311.import_open311(w.db.uow(), actor=actor, data=data, format="json")


def _report(name: str) -> Callable[[World], Call]:
    def prepare(w: World) -> Call:
        w.answered()
        today = office_date(utcnow())
        params = ReportParams(date_from=today - timedelta(days=30), date_to=today)
        return lambda actor: run_report(w.db.uow(), name=name, actor=actor, params=params)

    return prepare


# -- consultations (issue 11): the executor is the specialist, so "own consultation" rules show ----


def _consultation(w: World, *, started: bool = False, held: bool = False) -> int:
    from reception.db.consultation_models import Consultation
    from reception.domain.consultations import AnswerKind, ConsultationFormat, ConsultationStatus
    from reception.services import consultations
    from tests.factories import applicant_draft

    specialist = w.staff.executor.id
    if not consultations.list_specialists(w.db.uow(), actor=w.staff.admin):
        consultations.set_schedule(
            w.db.uow(), actor=w.staff.admin, specialist_id=specialist, schedule=_consultation_week()
        )
    slot = consultations.free_slots(w.db.uow(), actor=w.staff.clerk, specialist_id=specialist, limit=1)[0]
    view = consultations.book_consultation(
        w.db.uow(),
        actor=w.staff.clerk,
        draft=consultations.BookingDraft(
            specialist_id=specialist,
            starts_at=slot.starts_at,
            format=ConsultationFormat.VIDEO,
            applicant=applicant_draft(surname=f"Гражданин{w.unique()}"),
            topic_code=ROOF_LEAK,
        ),
    )
    if started or held:
        with w.db.uow() as uow:
            row = uow.session.get(Consultation, view.id)
            assert row is not None
            row.starts_at = utcnow() - timedelta(hours=1, minutes=w.unique())
    if held:
        consultations.record_outcome(
            w.db.uow(),
            actor=w.staff.executor,
            consultation_id=view.id,
            outcome=consultations.OutcomeDraft(
                ConsultationStatus.HELD, questions=(ROOF_LEAK,), answer_kind=AnswerKind.WRITTEN_ANSWER_NEEDED
            ),
        )
    return view.id


def _consultation_week() -> Any:
    from datetime import time

    from reception.domain.consultations import TimeRange, WeeklySchedule, WorkingHours

    return WeeklySchedule(days=tuple(WorkingHours(d, TimeRange(time(8), time(20))) for d in range(7)))


def _consultation_cases() -> list[Case]:
    from reception.domain.consultations import Absence, ConsultationStatus
    from reception.services import consultations as c

    def schedule(w: World) -> Call:
        return lambda actor: c.set_schedule(
            w.db.uow(), actor=actor, specialist_id=w.staff.executor.id, schedule=_consultation_week()
        )

    def absence(w: World) -> Call:
        _consultation(w)
        day = office_date(utcnow()) + timedelta(days=300 + w.unique())
        return lambda actor: c.add_absence(
            w.db.uow(), actor=actor, specialist_id=w.staff.executor.id, absence=Absence(day, day, "отпуск")
        )

    def remove_absence(w: World) -> Call:
        _consultation(w)
        day = office_date(utcnow()) + timedelta(days=300 + w.unique())
        c.add_absence(
            w.db.uow(), actor=w.staff.admin, specialist_id=w.staff.executor.id, absence=Absence(day, day)
        )
        return lambda actor: c.remove_absence(
            w.db.uow(), actor=actor, specialist_id=w.staff.executor.id, first_day=day
        )

    def book(w: World) -> Call:
        _consultation(w)  # the schedule

        def call(actor: Any) -> Any:
            from reception.domain.consultations import ConsultationFormat
            from tests.factories import applicant_draft

            slot = c.free_slots(w.db.uow(), actor=actor, specialist_id=w.staff.executor.id, limit=1)[0]
            return c.book_consultation(
                w.db.uow(),
                actor=actor,
                draft=c.BookingDraft(
                    specialist_id=w.staff.executor.id,
                    starts_at=slot.starts_at,
                    format=ConsultationFormat.VIDEO,
                    applicant=applicant_draft(surname=f"Гражданин{w.unique()}"),
                ),
            )

        return call

    def reschedule(w: World) -> Call:
        cid = _consultation(w)
        later = c.free_slots(w.db.uow(), actor=w.staff.clerk, specialist_id=w.staff.executor.id, limit=1)[0]
        return lambda actor: c.reschedule_consultation(
            w.db.uow(), actor=actor, consultation_id=cid, starts_at=later.starts_at, reason="просьба"
        )

    def cancel(w: World) -> Call:
        cid = _consultation(w)
        return lambda actor: c.cancel_consultation(
            w.db.uow(), actor=actor, consultation_id=cid, reason="просьба"
        )

    def outcome(w: World) -> Call:
        cid = _consultation(w, started=True)
        return lambda actor: c.record_outcome(
            w.db.uow(), actor=actor, consultation_id=cid, outcome=c.OutcomeDraft(ConsultationStatus.NO_SHOW)
        )

    def correct(w: World) -> Call:
        cid = _consultation(w, held=True)
        return lambda actor: c.correct_outcome(
            w.db.uow(),
            actor=actor,
            consultation_id=cid,
            outcome=c.OutcomeDraft(ConsultationStatus.NO_SHOW),
            reason="отмечено не то",
        )

    def appeal(w: World) -> Call:
        cid = _consultation(w, held=True)
        return lambda actor: c.register_appeal_from_consultation(w.db.uow(), actor=actor, consultation_id=cid)

    def template(w: World) -> Call:
        return lambda actor: c.set_link_template(
            w.db.uow(), actor=actor, template=f"https://vks{w.unique()}.example.ru/room/{{booking_id}}"
        )

    own_specialist = frozenset({Role.EXECUTOR, Role.MANAGER, Role.ADMIN})
    specialist_or_registrar = frozenset({Role.EXECUTOR, Role.CLERK, Role.ADMIN})
    return [
        Case(c.set_schedule, ADMIN, schedule),
        Case(c.add_absence, ADMIN, absence),
        Case(c.remove_absence, ADMIN, remove_absence),
        Case(c.set_link_template, ADMIN, template),
        Case(c.book_consultation, REGISTRARS, book),
        Case(c.reschedule_consultation, specialist_or_registrar, reschedule),
        Case(c.cancel_consultation, specialist_or_registrar, cancel),
        Case(c.record_outcome, own_specialist, outcome),
        Case(c.correct_outcome, own_specialist, correct),
        Case(c.register_appeal_from_consultation, specialist_or_registrar, appeal),
    ]


CASES: list[Case] = [
    Case(
        appeals.register_appeal,
        REGISTRARS,
        lambda w: lambda actor: appeals.register_appeal(w.db.uow(), actor=actor, draft=appeal_draft()),
    ),
    Case(appeals.update_appeal, REGISTRARS, _update_appeal),
    Case(appeals.update_appeal, ADMIN, _overwrite, " (overwrite)"),
    Case(appeals.delete_appeal, frozenset(), _step(appeals.delete_appeal, "registered")),
    Case(
        workflow.assign,
        OFFICE,
        lambda w: (
            lambda view: (
                lambda actor: workflow.assign(
                    w.db.uow(), actor=actor, appeal_id=view.id, executor_id=w.staff.executor.id
                )
            )
        )(w.registered()),
    ),
    Case(workflow.start_work, EXECUTING, _step(workflow.start_work, "assigned")),
    Case(
        workflow.set_outcome,
        EXECUTING,
        _step(workflow.set_outcome, "in_work", position=1, outcome=Outcome.EXPLAINED),
    ),
    Case(workflow.prepare_answer, EXECUTING, _step(workflow.prepare_answer, "in_work")),
    Case(
        workflow.return_for_rework,
        HEAD,
        _step(workflow.return_for_rework, "answer_prepared", comment="Уточнить сроки"),
    ),
    Case(workflow.approve_answer, HEAD, _step(workflow.approve_answer, "answer_prepared")),
    Case(workflow.close, OFFICE, _step(workflow.close, "answered")),
    Case(
        workflow.forward,
        OFFICE,
        _step(
            workflow.forward,
            "registered",
            to_body="Мосжилинспекция",
            covering_letter_number="01-15/1",
            covering_letter_date=date(2026, 1, 15),
        ),
    ),
    Case(
        workflow.leave_without_answer,
        HEAD,
        _step(
            workflow.leave_without_answer, "registered", ground=LegalGround.UNREADABLE, comment="Не читается"
        ),
    ),
    Case(workflow.withdraw, OFFICE, _step(workflow.withdraw, "registered", comment="Заявитель отозвал")),
    Case(
        workflow.extend_deadline,
        HEAD,
        _step(workflow.extend_deadline, "in_work", days=30, reason="Запрос в другой орган"),
    ),
    Case(repeats.mark_repeated, REGISTRARS, _mark_repeated),
    Case(presence.touch, ALL, _step(presence.touch, "registered", editing=False)),
    Case(users.add_user, ADMIN, _add_user),
    Case(users.reset_password, ADMIN, _reset_password),
    Case(users.set_active, ADMIN, _set_active),
    Case(
        audit_chain.verify_audit_chain,
        ADMIN,
        lambda w: lambda actor: audit_chain.verify_audit_chain(w.db.uow(), actor=actor),
    ),
    Case(classifier.import_classifier, ADMIN, _classifier_file),
    Case(
        departments.add_department,
        ADMIN,
        lambda w: (
            lambda actor: departments.add_department(w.db.uow(), actor=actor, name=f"Отдел {w.unique()}")
        ),
    ),
    Case(
        office_profile.save_office_profile,
        ADMIN,
        lambda w: (
            lambda actor: office_profile.save_office_profile(
                w.db.uow(),
                actor=actor,
                profile=office_profile.read_office_profile(w.db.uow(), actor=w.staff.admin),
            )
        ),
    ),
    Case(
        office_settings.set_registration_prefix,
        ADMIN,
        lambda w: lambda actor: office_settings.set_registration_prefix(w.db.uow(), actor=actor, prefix="ВП"),
    ),
    Case(
        deadline_rules.set_shift_policy,
        ADMIN,
        lambda w: (
            lambda actor: deadline_rules.set_shift_policy(
                w.db.uow(), actor=actor, shift=ShiftPolicy.FOLLOWING
            )
        ),
    ),
    Case(
        deadline_rules.correct_calendar,
        ADMIN,
        lambda w: (
            lambda actor: deadline_rules.correct_calendar(
                w.db.uow(),
                actor=actor,
                day=office_date(utcnow()) + timedelta(days=40 + w.unique()),
                is_working=False,
                note="Перенос",
            )
        ),
    ),
    Case(
        attachments.set_size_limit,
        ADMIN,
        lambda w: lambda actor: attachments.set_size_limit(w.db.uow(), actor=actor, megabytes=20),
    ),
    Case(
        attachments.add_attachment,
        frozenset({Role.CLERK, Role.ADMIN, Role.EXECUTOR}),
        _add_attachment,
        " (assigned executor)",
    ),
    Case(
        attachments.add_attachment_file,
        frozenset({Role.CLERK, Role.ADMIN, Role.EXECUTOR}),
        _add_attachment_file,
        " (assigned executor)",
    ),
    Case(
        attachments.remove_attachment,
        frozenset({Role.CLERK, Role.ADMIN}),
        _remove_attachment,
        " (added by the clerk)",
    ),
    Case(
        properties.create_property,
        REGISTRARS,
        lambda w: (
            lambda actor: properties.create_property(
                w.db.uow(),
                actor=actor,
                draft=PropertyDraft(
                    PropertyKind.BUILDING, address=f"г. Москва, ул. Тверская, д. {w.unique()}"
                ),
            )
        ),
    ),
    Case(properties.update_property, REGISTRARS, _update_property),
    Case(property_import.import_properties, ADMIN, _property_file),
    Case(property_links.link_property, REGISTRARS, _link),
    Case(property_links.unlink_property, REGISTRARS, _unlink),
    Case(letters.create_letter, ALL, _create_letter),
    Case(letters.update_letter, ALL, _update_letter),
    # An answer on the merits goes for approval with the appeal's «answer prepared» step: executing roles.
    Case(
        letters.send_for_approval, EXECUTING, _letter_call(letters.send_for_approval, sent=False), " (answer)"
    ),
    Case(letters.return_letter, HEAD, _letter_call(letters.return_letter, sent=True, comment="Уточнить")),
    Case(letters.approve_letter, HEAD, _letter_call(letters.approve_letter, sent=True)),
    # Printing and exporting a copy only adds to the print log: anyone who may read the letter.
    Case(letters.log_print, ALL, _letter_call(letters.log_print, sent=False, channel=PrintChannel.PRINTER)),
    Case(letters.export_letter, ALL, _export_letter),
    Case(letter_templates.create_template, ADMIN, _create_template),
    Case(
        letter_templates.update_template,
        ADMIN,
        _template_call(
            letter_templates.update_template,
            draft=lambda name: TemplateDraft(
                name, "Ответ", LetterKind.ANSWER, "{{ applicant.salutation }}\nОтвет.\n"
            ),
        ),
    ),
    Case(letter_templates.import_template, ADMIN, _import_template),
    Case(letter_templates.deactivate_template, ADMIN, _template_call(letter_templates.deactivate_template)),
    Case(letter_templates.activate_template, ADMIN, _template_call(letter_templates.activate_template)),
    # Previewing a template being edited is part of editing it (the template editor is the admin's).
    Case(letters.template_preview_pdf, ADMIN, _template_preview),
    Case(
        letterhead.set_letterhead,
        ADMIN,
        lambda w: (
            lambda actor: letterhead.set_letterhead(
                w.db.uow(), actor=actor, letterhead=letterhead.get_letterhead(w.db.uow())
            )
        ),
    ),
    Case(
        letterhead.set_signatories,
        ADMIN,
        lambda w: (
            lambda actor: letterhead.set_signatories(
                w.db.uow(), actor=actor, signatories=(Signatory("Начальник управления", "П. С. Примеров"),)
            )
        ),
    ),
    Case(
        open311.set_service_mapping,
        frozenset({Role.ADMIN}),
        lambda w: (
            lambda actor: open311.set_service_mapping(
                w.db.uow(), actor=actor, service_code=f"s{w.unique()}", topic_code=ROOF_LEAK
            )
        ),
    ),
    Case(open311.import_open311, REGISTRARS, _open311_import),
    Case(saved_views.create_view, ALL, lambda w: _saved_view(w, None)),
    Case(saved_views.rename_view, ALL, lambda w: _saved_view(w, saved_views.rename_view)),
    Case(saved_views.update_view_filters, ALL, lambda w: _saved_view(w, saved_views.update_view_filters)),
    Case(saved_views.delete_view, ALL, lambda w: _saved_view(w, saved_views.delete_view)),
    Case(open311.remove_service_mapping, ADMIN, _remove_mapping),
    *(Case(run_report, HEAD, _report(name), f" ({name})") for name in REPORTS),
    *_consultation_cases(),
]

# Public functions taking an actor that change nothing in the database (reads, look-ups, exports of
# what the role may already see), and the building blocks named below.
NOT_MUTATING = {
    "office_profile.read_office_profile",
    "appeals.get_appeal", "appeals.find_appeal_by_number", "applicants.find_applicants",
    "history.appeal_history", "register_query.fetch_page", "register_query.count_appeals", "saved_views.list_views",
    "repeats.find_earlier_appeals", "workflow.available_actions", "workflow.may_set_outcomes",
    "users.list_users", "properties.get_property", "properties.search_properties",
    "properties.search_by_right_holder", "properties.suggest_properties",
    "property_links.appeal_properties", "property_links.property_card",
    "property_import.preview_property_import", "letters.get_letter", "letters.appeal_letters",
    "letters.letter_pdf_bytes", "letters.template_draft_pdf", "letters.print_log", "letters.outgoing_register", "letters.count_outgoing", "outgoing_export.export_outgoing", "letter_templates.list_templates",
    "letter_templates.get_template", "attachments.list_attachments",
    "attachments.get_attachment", "attachments.save_attachment",
    "open311.export_open311", "open311.request_statuses",
    "register_export.export_register", "reports.common.report_choices",
    # Building blocks: the permission check itself, the answer step the rows above take, a file
    # wrapper of a row above, and leaving one's own presence (it deletes only the caller's row).
    "users.load_actor", "users.check_reader", "workflow.answer_step", "open311.import_open311_file", "presence.leave",
    # The report builders behind run_report (each row "reports.run_report (name)" above calls one).
    "reports.common.start_report", "reports.summary.summary_report", "reports.deadlines.deadlines_report",
    "reports.dynamics.dynamics_report", "reports.federal.federal_report", "reports.hotspots.hotspots_report",
    "reports.listing.listing_report", "reports.consultations.consultations_report",
    # Consultations: reads and look-ups (issue 11).
    "consultations.list_specialists", "consultations.get_specialist", "consultations.free_slots",
    "consultations.active_bookings", "consultations.prefilled_appeal_text", "consultations.get_consultation",
    "consultations.consultations_of_appeal", "consultations.consultation_history", "consultations.day_view",
    "consultations.invitation",
}  # fmt: skip


@pytest.fixture
def world(sqlite_db: Database, tmp_path: Path) -> World:
    return World(sqlite_db, add_staff(sqlite_db), tmp_path, [0])


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_role_is_refused_exactly_where_it_may_not(world: World, case: Case) -> None:
    outcomes: dict[Role, str] = {}
    for role in Role:
        call = case.prepare(world)
        try:
            call(world.staff.by_role(role))
        except PermissionDenied:
            outcomes[role] = "refused"
        else:
            outcomes[role] = "allowed"
    expected = {role: "allowed" if role in case.allowed else "refused" for role in Role}
    assert outcomes == expected


def test_every_public_service_with_an_actor_is_in_the_matrix() -> None:
    """A new service must say who may call it: add a row above (or to NOT_MUTATING for a read)."""
    import reception.services as package

    covered = {case.name.split(" ")[0] for case in CASES} | NOT_MUTATING
    missing = []
    root = Path(package.__file__).parent
    for path in sorted(root.rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                names = [a.arg for a in node.args.args + node.args.kwonlyargs]
                if "actor" in names and f"{module}.{node.name}" not in covered:
                    missing.append(f"{module}.{node.name}")
    assert missing == [], missing
