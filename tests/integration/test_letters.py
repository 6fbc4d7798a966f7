"""Letters on a real database (SQLite and PostgreSQL): templates, drafting, approval, PDFs, the log."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from reception.db.database import Database
from reception.db.types import utcnow
from reception.documents.templating import TemplateError, TemplateFieldError
from reception.domain.appeals import AppealStatus
from reception.domain.deadlines import office_date
from reception.domain.errors import PermissionDenied, ValidationError
from reception.domain.letters import LetterAction, LetterKind, LetterStatus, PrintChannel
from reception.domain.properties import PropertyDraft, PropertyKind
from reception.domain.workflow import LegalGround
from reception.services import appeals, letters, workflow
from reception.services.appeals import AppealView
from reception.services.letter_templates import (
    TemplateDraft,
    create_template,
    deactivate_template,
    default_template_files,
    list_templates,
    parse_template_file,
    update_template,
)
from reception.services.letterhead import Signatory, set_signatories
from reception.services.properties import create_property, search_properties
from reception.services.property_links import link_property
from tests.conftest import Staff
from tests.factories import appeal_draft, applicant_draft

SURNAME = "Смирнова"
PHONE = "+7 916 555-12-34"
CADASTRAL_NUMBER = "77:06:0004005:1234"


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text_: str) -> str:
    return " ".join(text_.split())


def in_work(db: Database, staff: Staff, **overrides: object) -> AppealView:
    """A registered appeal about a property, assigned to the executor and in work."""
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(**overrides))
    found = search_properties(db.uow(), actor=staff.clerk, text=CADASTRAL_NUMBER, limit=1)
    if found:
        prop_id = found[0].id
    else:
        prop_id = create_property(
            db.uow(),
            actor=staff.clerk,
            draft=PropertyDraft(
                PropertyKind.BUILDING,
                cadastral_number=CADASTRAL_NUMBER,
                address="г. Москва, ул. Профсоюзная, д. 43, корп. 2",
            ),
        ).id
    link_property(db.uow(), actor=staff.clerk, appeal_id=view.id, property_id=prop_id)
    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)
    return view


def answer_draft(db: Database, staff: Staff, view: AppealView) -> letters.LetterView:
    return letters.create_letter(
        db.uow(), actor=staff.executor, appeal_id=view.id, template_name="answer_on_merits"
    )


def test_every_shipped_template_renders_into_a_pdf_with_every_requisite(db: Database, staff: Staff) -> None:
    view = in_work(db, staff)
    names = [t.name for t in list_templates(db.uow(), actor=staff.executor)]
    assert len(names) == 6 and "answer_on_merits" in names
    for name in names:
        letter = letters.create_letter(db.uow(), actor=staff.executor, appeal_id=view.id, template_name=name)
        assert letter.status is LetterStatus.DRAFT and letter.title
        content = letters.letter_pdf_bytes(db.uow(), actor=staff.executor, letter_id=letter.id)
        got = flat(pdf_text(content))
        registered = f"{office_date(view.registered_at):%d.%m.%Y}"
        for requisite in (
            "Департамент городского имущества города Москвы",  # letterhead
            "priemnaya@dgi.example",
            "Тел.: +7 (495) 000-00-00",
            f"На № {view.reg_number} от {registered}",
            "Смирнова Ольга Викторовна",  # addressee, as stored
            "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
            flat(letter.title),
            "Уважаемая Ольга Викторовна!",
            "И. И. Образцов",  # signature
            "Исп.: Исполнителев Пётр Петрович",  # executor mark
            "ПРОЕКТ",
        ):
            assert requisite in got, (name, requisite)
        if name == "answer_on_merits":
            assert "77:06:0004005:1234" in got
        # Every paragraph of the text reads back exactly (Cyrillic intact).
        for paragraph in letter.edits.body.splitlines():
            plain = flat(paragraph.lstrip("- ").replace("\\", ""))
            if plain:
                assert plain in got, (name, plain)


def test_an_answer_letter_drives_the_appeal_from_in_work_to_answered(db: Database, staff: Staff) -> None:
    view = in_work(db, staff)
    draft = answer_draft(db, staff, view)
    edits = replace(draft.edits, body=draft.edits.body + "Ремонт кровли выполнен **15.03.2026**.\n")
    sent = letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id, edits=edits)
    assert sent.status is LetterStatus.ON_APPROVAL
    assert appeals.get_appeal(db.uow(), actor=staff.manager, appeal_id=view.id).status is (
        AppealStatus.ANSWER_PREPARED
    )
    assert LetterAction.APPROVE not in sent.actions(staff.executor)
    assert LetterAction.APPROVE in sent.actions(staff.manager)
    with pytest.raises(PermissionDenied):
        letters.approve_letter(db.uow(), actor=staff.executor, letter_id=draft.id)

    approved = letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)
    year = office_date(utcnow()).year
    assert approved.status is LetterStatus.APPROVED
    assert approved.out_number == f"ИСХ-{year}-000001"
    assert approved.out_date == office_date(utcnow())
    final = appeals.get_appeal(db.uow(), actor=staff.manager, appeal_id=view.id)
    assert final.status is AppealStatus.ANSWERED and final.answered_at is not None

    content = letters.letter_pdf_bytes(db.uow(), actor=staff.clerk, letter_id=draft.id)
    got = flat(pdf_text(content))
    assert f"{approved.out_date:%d.%m.%Y} № {approved.out_number}" in got
    assert "ПРОЕКТ" not in got
    assert "Ремонт кровли выполнен 15.03.2026." in got
    import hashlib

    assert hashlib.sha256(content).hexdigest() == approved.pdf_sha256


def test_return_with_comment_sends_the_appeal_back_for_rework(db: Database, staff: Staff) -> None:
    view = in_work(db, staff)
    draft = answer_draft(db, staff, view)
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id)
    with pytest.raises(ValidationError):
        letters.return_letter(db.uow(), actor=staff.manager, letter_id=draft.id, comment="  ")
    returned = letters.return_letter(
        db.uow(), actor=staff.manager, letter_id=draft.id, comment="Укажите сроки ремонта"
    )
    assert returned.status is LetterStatus.RETURNED and returned.return_comment == "Укажите сроки ремонта"
    assert appeals.get_appeal(db.uow(), actor=staff.manager, appeal_id=view.id).status is (
        AppealStatus.RETURNED_FOR_REWORK
    )
    again = letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id)
    assert again.status is LetterStatus.ON_APPROVAL


def test_approved_letters_are_immutable_in_the_service_and_in_the_database(
    db: Database, staff: Staff
) -> None:
    view = in_work(db, staff)
    draft = answer_draft(db, staff, view)
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id)
    approved = letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)
    with pytest.raises(letters.LetterImmutable):
        letters.update_letter(db.uow(), actor=staff.executor, letter_id=draft.id, edits=approved.edits)
    with pytest.raises(letters.LetterImmutable):
        letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)
    for statement in (
        "UPDATE letters SET pdf_sha256 = 'x' WHERE id = :id",
        "UPDATE letters SET pdf = NULL WHERE id = :id",
        "UPDATE letters SET body = 'подмена' WHERE id = :id",
        "DELETE FROM letters WHERE id = :id",
    ):
        with pytest.raises(Exception, match="immutable"), db.engine.begin() as connection:
            connection.execute(text(statement), {"id": draft.id})
    assert (
        letters.get_letter(db.uow(), actor=staff.clerk, letter_id=draft.id).pdf_sha256 == approved.pdf_sha256
    )


def test_outgoing_numbers_are_per_year_and_gap_free_and_the_register_pages(
    db: Database, staff: Staff
) -> None:
    numbers = []
    for _ in range(3):
        view = in_work(db, staff)
        draft = letters.create_letter(
            db.uow(), actor=staff.clerk, appeal_id=view.id, template_name="interim_reply"
        )
        letters.send_for_approval(db.uow(), actor=staff.clerk, letter_id=draft.id)
        numbers.append(letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id).out_number)
    # A refused approval (no reply address) takes no number.
    bare = in_work(db, staff, applicant=applicant_draft(postal_address="", email=""))
    refused = letters.create_letter(
        db.uow(), actor=staff.clerk, appeal_id=bare.id, template_name="interim_reply"
    )
    letters.send_for_approval(db.uow(), actor=staff.clerk, letter_id=refused.id)
    with pytest.raises(ValidationError):
        letters.approve_letter(db.uow(), actor=staff.manager, letter_id=refused.id)
    view = in_work(db, staff)
    draft = letters.create_letter(
        db.uow(), actor=staff.clerk, appeal_id=view.id, template_name="interim_reply"
    )
    letters.send_for_approval(db.uow(), actor=staff.clerk, letter_id=draft.id)
    numbers.append(letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id).out_number)
    year = office_date(utcnow()).year
    assert numbers == [f"ИСХ-{year}-{n:06d}" for n in (1, 2, 3, 4)]
    # An interim reply is a notice: the appeal stays in work.
    assert (
        appeals.get_appeal(db.uow(), actor=staff.clerk, appeal_id=view.id).status is AppealStatus.IN_PROGRESS
    )

    first = letters.outgoing_register(db.uow(), actor=staff.clerk, limit=3)
    rest = letters.outgoing_register(db.uow(), actor=staff.clerk, after=first[-1].key, limit=3)
    assert [r.out_number for r in first + rest] == list(reversed(numbers))
    assert first[0].appeal_reg_number == view.reg_number
    assert first[0].addressee == "Смирнова Ольга Викторовна"
    assert first[0].signatory == "И. И. Образцов"


def test_no_reply_address_refuses_approval_unless_hand_delivery(db: Database, staff: Staff) -> None:
    view = in_work(db, staff, applicant=applicant_draft(postal_address="", email=""))
    draft = answer_draft(db, staff, view)
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id)
    with pytest.raises(ValidationError) as caught:
        letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)
    assert caught.value.field == "hand_delivery" and "Вручить лично" in caught.value.message
    letters.return_letter(db.uow(), actor=staff.manager, letter_id=draft.id, comment="Вручить лично")
    by_hand = replace(draft.edits, hand_delivery=True)
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id, edits=by_hand)
    approved = letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)
    assert approved.status is LetterStatus.APPROVED and approved.edits.hand_delivery


def test_print_log_and_redacted_copy_hide_personal_data(db: Database, staff: Staff, tmp_path: Path) -> None:
    view = in_work(db, staff)
    draft = answer_draft(db, staff, view)
    body = draft.edits.body + f"Для связи с Вами использован телефон {PHONE} и адрес o.smirnova@example.ru.\n"
    letters.send_for_approval(
        db.uow(), actor=staff.executor, letter_id=draft.id, edits=replace(draft.edits, body=body)
    )
    letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)

    full = tmp_path / "full.pdf"
    redacted = tmp_path / "redacted.pdf"
    letters.export_letter(db.uow(), actor=staff.clerk, letter_id=draft.id, path=full)
    letters.export_letter(db.uow(), actor=staff.clerk, letter_id=draft.id, path=redacted, redacted=True)
    letters.log_print(db.uow(), actor=staff.clerk, letter_id=draft.id, channel=PrintChannel.PRINTER)
    assert not list(tmp_path.glob("*.part"))

    plain = flat(pdf_text(full.read_bytes()))
    hidden = flat(pdf_text(redacted.read_bytes()))
    assert SURNAME in plain and PHONE in plain
    for secret in (
        SURNAME,
        "Ольга",
        "Викторовна",
        PHONE,
        "o.smirnova@example.ru",
        "Профсоюзная, д. 43, корп. 2, кв. 17",
    ):
        assert secret not in hidden, secret
    assert "[скрыто]" in hidden and "Обезличенная копия" in hidden
    assert view.reg_number in hidden and "И. И. Образцов" in hidden

    log = letters.print_log(db.uow(), actor=staff.manager, letter_id=draft.id)
    assert [(r.channel, r.redacted, r.copy_status, r.user) for r in log] == [
        (PrintChannel.FILE, False, LetterStatus.APPROVED, "Регистраторова Ксения Олеговна"),
        (PrintChannel.FILE, True, LetterStatus.APPROVED, "Регистраторова Ксения Олеговна"),
        (PrintChannel.PRINTER, False, LetterStatus.APPROVED, "Регистраторова Ксения Олеговна"),
    ]
    assert log[0].destination == str(full)


def test_a_designated_signatory_approves_letters_in_their_name(db: Database, staff: Staff) -> None:
    signatory = Signatory("Начальник отдела по работе с обращениями", "П. П. Исполнителев", login="executor")
    set_signatories(db.uow(), actor=staff.admin, signatories=[signatory])
    view = in_work(db, staff)
    draft = letters.create_letter(
        db.uow(), actor=staff.clerk, appeal_id=view.id, template_name="interim_reply"
    )
    assert draft.edits.signatory == signatory
    letters.send_for_approval(db.uow(), actor=staff.clerk, letter_id=draft.id)
    with pytest.raises(PermissionDenied):
        letters.approve_letter(db.uow(), actor=staff.clerk, letter_id=draft.id)
    assert (
        letters.approve_letter(db.uow(), actor=staff.executor, letter_id=draft.id).status
        is LetterStatus.APPROVED
    )


def test_refusal_template_names_the_legal_ground(db: Database, staff: Staff) -> None:
    view = in_work(db, staff)
    workflow.leave_without_answer(
        db.uow(), actor=staff.manager, appeal_id=view.id, ground=LegalGround.OBSCENE_OR_THREATS
    )
    letter = letters.create_letter(
        db.uow(), actor=staff.clerk, appeal_id=view.id, template_name="refusal_to_answer"
    )
    assert letter.kind is LetterKind.REFUSAL
    assert "частью 3 статьи 11" in letter.edits.body and "злоупотребления правом" in letter.edits.body


def test_templates_are_managed_by_the_admin_and_checked_on_save(db: Database, staff: Staff) -> None:
    draft = TemplateDraft(
        "short_answer", "Об ответе", LetterKind.ANSWER, "{{ applicant.salutation }}\nОтвет.\n"
    )
    with pytest.raises(PermissionDenied):
        create_template(db.uow(), actor=staff.manager, draft=draft)
    created = create_template(db.uow(), actor=staff.admin, draft=draft)
    assert created.active and created.version == 1
    with pytest.raises(TemplateFieldError) as caught:
        update_template(
            db.uow(),
            actor=staff.admin,
            name="short_answer",
            draft=replace(draft, body="Текст\n{{ applicant.salutation }}\nДата: {{ appeal.registred }}"),
        )
    assert caught.value.field == "appeal.registred" and caught.value.line == 3 and caught.value.column == 10
    with pytest.raises(TemplateError) as syntax:
        update_template(
            db.uow(), actor=staff.admin, name="short_answer", draft=replace(draft, body="{% if %}\n")
        )
    assert syntax.value.line == 1
    updated = update_template(
        db.uow(), actor=staff.admin, name="short_answer", draft=replace(draft, title="Ответ")
    )
    assert updated.title == "Ответ" and updated.version == 2
    deactivate_template(db.uow(), actor=staff.admin, name="short_answer")
    assert "short_answer" not in [t.name for t in list_templates(db.uow(), actor=staff.clerk)]
    assert "short_answer" in [
        t.name for t in list_templates(db.uow(), actor=staff.admin, include_inactive=True)
    ]


def test_shipped_template_files_parse() -> None:
    for path in default_template_files():
        draft = parse_template_file(path.read_text(encoding="utf-8"), source=path.name)
        assert re.fullmatch(r"[a-z_]+", draft.name) and draft.title and draft.body.strip()


def test_a_draft_from_a_fifty_page_body_and_characters_outside_the_font(db: Database, staff: Staff) -> None:
    view = in_work(db, staff)
    draft = answer_draft(db, staff, view)
    paragraph = (
        "Департамент городского имущества города Москвы сообщает следующее по существу обращения. " * 6
    )
    body = "\n".join(f"{i}. {paragraph}" for i in range(1, 290)) + "\nСпасибо 😀 за обращение ✓ 漢字\n"
    content = letters.letter_pdf_bytes(
        db.uow(), actor=staff.executor, letter_id=draft.id, edits=replace(draft.edits, body=body)
    )
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) >= 50
    assert reader.pages[1].extract_text().lstrip().startswith("2")
    assert "Спасибо ? за обращение" in flat(pdf_text(content))
