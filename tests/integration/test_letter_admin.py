"""The admin's side of letters on a real database (SQLite and PostgreSQL): the template editor's
checks, merge fields and preview, and the outgoing register with its filters and export."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from reception.db.database import Database
from reception.db.types import utcnow
from reception.documents.templating import TemplateError, TemplateFieldError
from reception.domain.deadlines import office_date
from reception.domain.errors import PermissionDenied
from reception.domain.letters import LetterKind, LetterStatus, PrintChannel
from reception.services import appeals, letters, workflow
from reception.services.letter_fields import merge_field_catalogue, sample_fields
from reception.services.letter_templates import (
    TemplateDraft,
    activate_template,
    deactivate_template,
    list_templates,
    template_problems,
)
from reception.services.letters import OutgoingFilter
from reception.services.outgoing_export import export_outgoing
from tests.conftest import Staff
from tests.factories import appeal_draft, applicant_draft


def pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def approved_letter(db: Database, staff: Staff, **applicant: str) -> letters.LetterView:
    view = appeals.register_appeal(
        db.uow(), actor=staff.clerk, draft=appeal_draft(applicant=applicant_draft(**applicant))
    )
    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)
    draft = letters.create_letter(
        db.uow(), actor=staff.executor, appeal_id=view.id, template_name="interim_reply"
    )
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=draft.id)
    return letters.approve_letter(db.uow(), actor=staff.manager, letter_id=draft.id)


BODY = "{{ applicant.salutation }}\nСообщаем о ходе рассмотрения обращения № {{ appeal.reg_number }}.\n"


def test_template_problems_name_the_line_and_column_of_each_mistake() -> None:
    good = TemplateDraft("notice", "Об обращении № {{ appeal.reg_number }}", LetterKind.INTERIM, BODY)
    assert template_problems(good) == ()

    typo = TemplateDraft("notice", good.title, good.kind, BODY + "Исполнитель: {{ executor.phnoe }}\n")
    (problem,) = template_problems(typo)
    assert (problem.field, problem.line, problem.column) == ("body", 3, 17)  # at «executor.phnoe»
    assert problem.message == "неизвестное поле «executor.phnoe»."

    syntax = TemplateDraft("notice", good.title, good.kind, "Текст\n{% if appeal.due %}\nсрок\n")
    (problem,) = template_problems(syntax)
    assert problem.field == "body" and problem.line is not None and problem.line >= 2

    everything = TemplateDraft("Bad Name", "{{ appeal.nomer }}", good.kind, "  \n")
    found = {p.field: p for p in template_problems(everything)}
    assert set(found) == {"name", "title", "body"}
    assert "appeal.nomer" in found["title"].message and found["title"].line == 1


def test_every_listed_merge_field_renders_in_a_template() -> None:
    catalogue = merge_field_catalogue()
    paths = {field.path for field in catalogue}
    assert {"applicant.full_name", "appeal.reg_number", "properties[].cadastral_number", "today"} <= paths
    for field in catalogue:
        assert field.description and field.snippet
        body = field.snippet
        if field.path.startswith("properties[]."):
            body = "{% for property in properties %}" + body + "{% endfor %}"
        draft = TemplateDraft("probe", "Заголовок", LetterKind.ANSWER, body + "\n")
        assert template_problems(draft) == (), field.path
    assert "applicant.full_name" in {f.path for f in catalogue if f.example == "Смирнова Ольга Викторовна"}
    assert sample_fields()["today"] in {f.example for f in catalogue}


def test_an_unsaved_template_previews_as_the_letter_pdf_for_an_appeal_or_the_sample(
    db: Database, staff: Staff
) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    draft = TemplateDraft("not_saved_yet", "Об обращении № {{ appeal.reg_number }}", LetterKind.INTERIM, BODY)
    for_appeal = pdf_text(
        letters.template_preview_pdf(db.uow(), actor=staff.admin, draft=draft, appeal_id=view.id)
    )
    assert f"Сообщаем о ходе рассмотрения обращения № {view.reg_number}." in for_appeal
    assert "Уважаемая Ольга Викторовна!" in for_appeal and "ПРОЕКТ" in for_appeal
    assert f"На № {view.reg_number}" in for_appeal

    sample = pdf_text(letters.template_preview_pdf(db.uow(), actor=staff.admin, draft=draft))
    assert "Сообщаем о ходе рассмотрения обращения № ВП-2026-000001." in sample
    assert "Департамент городского имущества города Москвы" in sample  # the office's letterhead
    assert "Смирнова Ольга Викторовна" in sample and "ПРОЕКТ" in sample
    # Nothing was saved.
    names = {t.name for t in list_templates(db.uow(), actor=staff.admin, include_inactive=True)}
    assert "not_saved_yet" not in names

    broken = TemplateDraft("x", "Заголовок", LetterKind.INTERIM, "Текст\n{{ applicant.nmae }}\n")
    with pytest.raises(TemplateFieldError) as caught:
        letters.template_preview_pdf(db.uow(), actor=staff.admin, draft=broken, appeal_id=view.id)
    assert caught.value.line == 2 and caught.value.field == "applicant.nmae"
    with pytest.raises(TemplateError):
        letters.template_preview_pdf(db.uow(), actor=staff.admin, draft=broken)
    with pytest.raises(PermissionDenied):
        letters.template_preview_pdf(db.uow(), actor=staff.clerk, draft=draft)


def test_a_deactivated_template_comes_back_with_activate(db: Database, staff: Staff) -> None:
    deactivate_template(db.uow(), actor=staff.admin, name="interim_reply")
    assert "interim_reply" not in {t.name for t in list_templates(db.uow(), actor=staff.clerk)}
    restored = activate_template(db.uow(), actor=staff.admin, name="interim_reply")
    assert restored.active
    assert "interim_reply" in {t.name for t in list_templates(db.uow(), actor=staff.clerk)}
    with pytest.raises(PermissionDenied):
        activate_template(db.uow(), actor=staff.manager, name="interim_reply")


def test_the_outgoing_register_filters_by_period_and_text_and_counts_copies(
    db: Database, staff: Staff
) -> None:
    smirnova = approved_letter(db, staff)
    yolkina = approved_letter(db, staff, surname="Ёлкина", first_name="Анна", patronymic="Петровна")
    third = approved_letter(db, staff, surname="Иванов", first_name="Иван", patronymic="Иванович")
    # A draft has no outgoing number: never in the register.
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    letters.create_letter(db.uow(), actor=staff.clerk, appeal_id=view.id, template_name="interim_reply")
    letters.log_print(db.uow(), actor=staff.clerk, letter_id=yolkina.id, channel=PrintChannel.PRINTER)
    letters.log_print(db.uow(), actor=staff.clerk, letter_id=yolkina.id, channel=PrintChannel.FILE)

    def numbers(filters: OutgoingFilter | None = None, **kwargs: object) -> list[str]:
        rows = letters.outgoing_register(db.uow(), actor=staff.executor, filters=filters, **kwargs)  # type: ignore[arg-type]
        return [row.out_number for row in rows]

    everything = numbers()
    assert everything == [third.out_number, yolkina.out_number, smirnova.out_number]
    rows = letters.outgoing_register(db.uow(), actor=staff.clerk)
    assert rows[1].addressee == "Ёлкина Анна Петровна" and rows[1].copies == 2 and rows[0].copies == 0
    assert {row.status for row in rows} == {LetterStatus.APPROVED}
    assert letters.count_outgoing(db.uow(), actor=staff.clerk) == 3

    # Text: any case, ё as е, in the addressee, the outgoing number or the appeal's number.
    assert numbers(OutgoingFilter(text="елкина")) == [yolkina.out_number]
    assert numbers(OutgoingFilter(text="ИВАНОВ")) == [third.out_number]
    assert numbers(OutgoingFilter(text=str(smirnova.out_number).lower())) == [smirnova.out_number]
    assert numbers(OutgoingFilter(text=yolkina.appeal_reg_number)) == [yolkina.out_number]
    assert numbers(OutgoingFilter(text="100%_нет")) == []
    assert letters.count_outgoing(db.uow(), actor=staff.clerk, filters=OutgoingFilter(text="елкина")) == 1

    # Period of outgoing dates (approval day is today in the office's time zone).
    today = office_date(utcnow())
    assert numbers(OutgoingFilter(date_from=today, date_to=today)) == everything
    assert numbers(OutgoingFilter(date_to=today - timedelta(days=1))) == []
    assert numbers(OutgoingFilter(date_from=today + timedelta(days=1))) == []

    # Keyset pages under a filter.
    filters = OutgoingFilter(date_from=today)
    first = letters.outgoing_register(db.uow(), actor=staff.clerk, filters=filters, limit=2)
    rest = letters.outgoing_register(
        db.uow(), actor=staff.clerk, filters=filters, after=first[-1].key, limit=2
    )
    assert [r.out_number for r in first + rest] == everything


def test_the_outgoing_register_exports_to_xlsx_and_csv(db: Database, staff: Staff, tmp_path: Path) -> None:
    letter = approved_letter(db, staff)
    approved_letter(db, staff, surname="Ёлкина", first_name="Анна", patronymic="Петровна")
    filters = OutgoingFilter(text="Смирнова")
    progress: list[tuple[int, int]] = []
    written = export_outgoing(
        db.uow,
        actor=staff.clerk,
        path=tmp_path / "out.xlsx",
        filters=filters,
        progress=lambda *p: progress.append(p),
    )
    assert written == 1 and progress[-1] == (1, 1)
    book = load_workbook(tmp_path / "out.xlsx")
    sheet = book.worksheets[-1]
    header, row = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    assert header[:3] == ["Исх. №", "Дата", "Адресат"]
    assert row[0] == letter.out_number and row[1].date() == letter.out_date
    assert row[2] == "Смирнова Ольга Викторовна" and row[3] == letter.appeal_reg_number
    assert sheet.max_row == 2

    assert export_outgoing(db.uow, actor=staff.clerk, path=tmp_path / "out.csv") == 2
    lines = list(
        csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig")), delimiter=";")
    )
    assert any(letter.out_number in line for line in lines)
    assert not list(tmp_path.glob(".*"))  # no partial file left behind
