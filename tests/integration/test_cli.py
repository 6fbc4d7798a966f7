"""reception-admin drives the core without the desktop app."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reception.cli import main
from reception.db import migrate
from reception.db.database import Database
from reception.services import users
from tests.conftest import TEST_PASSWORD


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_a_fresh_database_is_set_up_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'office' / 'reception.sqlite3'}"
    assert run(["--db", url, "db", "upgrade"], monkeypatch) == 0
    assert "Загружен классификатор по умолчанию" in capsys.readouterr().out
    assert (
        run(
            ["--db", url, "user", "add", "boss", "--role", "admin", "--full-name", "Начальникова Н. Н."],
            monkeypatch,
            TEST_PASSWORD + "\n",
        )
        == 0
    )
    assert (
        run(
            ["--db", url, "user", "add", "clerk1", "--role", "clerk", "--password-stdin"],
            monkeypatch,
            TEST_PASSWORD + "\n",
        )
        == 0
    )
    assert run(["--db", url, "settings", "prefix", "ду"], monkeypatch) == 0
    assert run(["--db", url, "user", "list"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "clerk1\tРегистратор" in out and "boss\tАдминистратор" in out
    db = Database(url)
    assert users.authenticate(db.uow(), login="clerk1", password=TEST_PASSWORD).login == "clerk1"
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_the_first_user_must_be_an_admin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    run(["--db", url, "db", "upgrade"], monkeypatch)
    assert (
        run(["--db", url, "user", "add", "clerk1", "--role", "clerk"], monkeypatch, TEST_PASSWORD + "\n") == 2
    )
    assert "администратор" in capsys.readouterr().err


def test_errors_are_reported_in_plain_words_with_a_non_zero_exit(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = db.url.render_as_string(hide_password=False)
    run(["--db", url, "user", "add", "boss", "--role", "admin"], monkeypatch, TEST_PASSWORD + "\n")
    assert run(["--db", url, "user", "add", "x", "--role", "clerk"], monkeypatch, "short\n") == 2
    assert "Пароль слишком короткий" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("code;name\n0005.0005.0056.XXXX;Ошибка\n", encoding="utf-8")
    assert run(["--db", url, "classifier", "import", str(bad)], monkeypatch) == 2
    assert "строка 2" in capsys.readouterr().err


def test_classifier_import_from_the_command_line(
    db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url.render_as_string(hide_password=False)
    run(["--db", url, "user", "add", "boss", "--role", "admin"], monkeypatch, TEST_PASSWORD + "\n")
    edition = tmp_path / "ed.csv"
    edition.write_text("0005;Жилище\n0005.0005;Жилищный фонд\n", encoding="cp1251")
    assert run(["--db", url, "classifier", "import", str(edition), "--version", "2026-01"], monkeypatch) == 0
    assert "«2026-01» загружен: добавлено 0" in capsys.readouterr().out


def test_the_installed_console_script_runs(tmp_path: Path) -> None:
    script = shutil.which("reception-admin", path=str(Path(sys.executable).parent))
    assert script is not None, "reception-admin is not installed next to this Python"
    env = {**os.environ, "RECEPTION_DB_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    done = subprocess.run([script, "db", "status"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1  # empty database: not at head
    assert "не создана" in done.stdout


def test_deadline_policy_calendar_and_departments_from_the_command_line(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from reception.domain.deadlines import ShiftPolicy
    from reception.services.deadline_rules import office_rules
    from reception.services.departments import list_departments

    url = db.url.render_as_string(hide_password=False)
    run(["--db", url, "user", "add", "boss", "--role", "admin"], monkeypatch, TEST_PASSWORD + "\n")
    assert run(["--db", url, "settings", "deadline-shift", "following"], monkeypatch) == 0
    assert (
        run(
            [
                "--db",
                url,
                "calendar",
                "set",
                "2027-11-13",
                "--working",
                "--note",
                "постановление о переносе на 2027 год",
            ],
            monkeypatch,
        )
        == 0
    )
    assert run(["--db", url, "calendar", "set", "13.11.2027", "--working", "--note", "x"], monkeypatch) == 2
    assert "ГГГГ-ММ-ДД" in capsys.readouterr().err
    assert run(["--db", url, "department", "add", "Отдел жилищного фонда"], monkeypatch) == 0
    rules = office_rules(db.uow())
    assert rules.shift is ShiftPolicy.FOLLOWING
    assert rules.calendar.is_working_day(date(2027, 11, 13))
    assert [d.name for d in list_departments(db.uow())] == ["Отдел жилищного фонда"]
