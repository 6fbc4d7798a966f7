"""reception-admin letter / template: batch printing and template management from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from reception.cli import main
from reception.db.database import Database
from reception.services import appeals, letters, workflow
from tests.conftest import Staff
from tests.factories import appeal_draft


def text_of(path: Path) -> str:
    return " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split()
    )


def test_letter_writes_a_draft_from_a_template_then_the_approved_letter(
    db: Database, staff: Staff, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url.render_as_string(hide_password=False)
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    out = tmp_path / "letter.pdf"

    assert main(["--db", url, "letter", view.reg_number, "--out", str(out)]) == 2
    assert "нет утверждённого письма" in capsys.readouterr().err
    assert main(["--db", url, "letter", view.reg_number, "--template", "nonexistent", "--out", str(out)]) == 2
    assert "Шаблон письма «nonexistent» не найден" in capsys.readouterr().err
    assert not out.exists()

    assert (
        main(["--db", url, "letter", view.reg_number, "--template", "interim_reply", "--out", str(out)]) == 0
    )
    draft_text = text_of(out)
    assert "ПРОЕКТ" in draft_text and f"На № {view.reg_number}" in draft_text

    workflow.assign(db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(db.uow(), actor=staff.executor, appeal_id=view.id)
    letter = letters.create_letter(
        db.uow(), actor=staff.executor, appeal_id=view.id, template_name="answer_on_merits"
    )
    letters.send_for_approval(db.uow(), actor=staff.executor, letter_id=letter.id)
    approved = letters.approve_letter(db.uow(), actor=staff.manager, letter_id=letter.id)
    assert main(["--db", url, "letter", view.reg_number.lower(), "--out", str(out), "--redacted"]) == 0
    final = text_of(out)
    assert approved.out_number is not None and approved.out_number in final
    assert "ПРОЕКТ" not in final and "Смирнова" not in final
    log = letters.print_log(db.uow(), actor=staff.admin, letter_id=letter.id)
    assert [(r.channel.value, r.redacted) for r in log] == [("cli", True)]


def test_template_list_export_and_import(
    db: Database, staff: Staff, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "template", "list"]) == 0
    assert "answer_on_merits" in capsys.readouterr().out
    exported = tmp_path / "answer.j2"
    assert main(["--db", url, "template", "export", "answer_on_merits", "--out", str(exported)]) == 0
    source = exported.read_text(encoding="utf-8")
    assert source.startswith("{#- reception-template\nname: answer_on_merits\n")
    edited = tmp_path / "short.j2"
    edited.write_text(
        source.replace("name: answer_on_merits", "name: short_answer") + "Ответ короткий.\n", encoding="utf-8"
    )
    assert main(["--db", url, "template", "import", str(edited)]) == 0
    assert "добавлен" in capsys.readouterr().out
    broken = tmp_path / "broken.j2"
    broken.write_text(source.replace("{{ appeal.reg_number }}", "{{ appeal.regnumber }}"), encoding="utf-8")
    assert main(["--db", url, "template", "import", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "неизвестное поле «appeal.regnumber»" in err and "строка" in err
    capsys.readouterr()
    assert main(["--db", url, "settings", "letterhead", "--phone", "+7 (495) 111-22-33"]) == 0
    assert "+7 (495) 111-22-33" in capsys.readouterr().out
