"""reception-admin consultation …: the same rules as the app, clear messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from reception.cli import main
from reception.db.consultation_models import Consultation
from reception.db.database import Database
from reception.services import appeals, consultations
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, appeal_draft

FRIDAY = "2027-02-19"


def url_of(db: Database) -> str:
    return (
        db.url.render_as_string(hide_password=False) if hasattr(db.url, "render_as_string") else str(db.url)
    )


def run(db: Database, *argv: str) -> int:
    return main(["--db", url_of(db), *argv])


def bookings(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Consultation)) or 0)


def test_schedule_and_book_from_the_command_line(
    db: Database, staff: Staff, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            db,
            "consultation",
            "schedule",
            "executor",
            "--weekdays",
            "mon-fri",
            "--hours",
            "09:00-18:00",
            "--break",
            "13:00-14:00",
            "--topics",
            "0005.0005",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "пн 09:00-18:00" in out and "20 мин" in out and "0005.0005.0000.0000" in out
    view = consultations.get_specialist(db.uow(), actor=staff.clerk, specialist_id=staff.executor.id)
    assert [d.weekday for d in view.schedule.days] == [0, 1, 2, 3, 4]
    # A citizen the office knows from an earlier appeal (same phone, same name).
    earlier = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert earlier.applicant is not None
    assert (
        run(
            db,
            "consultation",
            "book",
            "executor",
            "--at",
            f"{FRIDAY} 09:20",
            "--name",
            "Смирнова Ольга Викторовна",
            "--phone",
            "+7 916 555-12-34",
            "--topic",
            ROOF_LEAK,
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "19.02.2027 09:20–09:40" in out and "Смирнова" in out and "/room/" in out
    assert (
        run(db, "consultation", "slots", "--topic", ROOF_LEAK, "--after", f"{FRIDAY} 00:00", "--limit", "2")
        == 0
    )
    assert capsys.readouterr().out.splitlines()[:2] == [
        "19.02.2027 09:00  Исполнителев Пётр Петрович (видеоконсультация, личный приём)",
        "19.02.2027 09:40  Исполнителев Пётр Петрович (видеоконсультация, личный приём)",
    ]
    # The same citizen (same phone and name) again on the same topic: shown, not booked twice.
    assert (
        run(
            db,
            "consultation",
            "book",
            "executor",
            "--at",
            f"{FRIDAY} 10:00",
            "--name",
            "Смирнова Ольга Викторовна",
            "--phone",
            "8 (916) 555-12-34",
            "--topic",
            ROOF_LEAK,
        )
        == 4
    )
    assert "уже записан" in capsys.readouterr().err
    assert (
        run(
            db,
            "consultation",
            "book",
            "executor",
            "--at",
            f"{FRIDAY} 10:00",
            "--name",
            "Смирнова Ольга Викторовна",
            "--phone",
            "8 (916) 555-12-34",
            "--topic",
            ROOF_LEAK,
            "--allow-second",
        )
        == 0
    )
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(func.distinct(Consultation.applicant_id)))) == 1
    # Both bookings went to the known citizen, whose details on file are kept.
    booked = consultations.active_bookings(db.uow(), actor=staff.clerk, applicant_id=earlier.applicant.id)
    assert len(booked) == 2
    assert booked[1].applicant.postal_address == earlier.applicant.postal_address != ""
    assert booked[1].applicant.email == "o.smirnova@example.ru"
    assert run(db, "consultation", "day", "executor", "--date", FRIDAY) == 0
    assert "консультаций 2" in capsys.readouterr().out


def test_command_line_refusals_exit_non_zero_and_write_nothing(
    db: Database, staff: Staff, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(db, "consultation", "schedule", "nobody", "--weekdays", "mon-fri", "--hours", "09:00-18:00") == 2
    )
    assert "«nobody» нет" in capsys.readouterr().err
    assert (
        run(db, "consultation", "schedule", "executor", "--weekdays", "mon-xyz", "--hours", "09:00-18:00")
        == 2
    )
    assert "не дни недели" in capsys.readouterr().err
    assert (
        run(db, "consultation", "schedule", "executor", "--weekdays", "mon-fri", "--hours", "18:00-09:00")
        == 2
    )
    assert "конец должен быть позже начала" in capsys.readouterr().err
    assert (
        run(
            db,
            "consultation",
            "schedule",
            "executor",
            "--weekdays",
            "mon-fri",
            "--hours",
            "09:00-18:00",
            "--slot",
            "0",
        )
        == 2
    )
    assert "Длительность приёма" in capsys.readouterr().err
    assert (
        run(
            db,
            "consultation",
            "schedule",
            "executor",
            "--weekdays",
            "mon-fri",
            "--hours",
            "09:00-18:00",
            "--format",
            "video",
        )
        == 0
    )
    capsys.readouterr()
    book = ("consultation", "book", "executor", "--name", "Кузнецов Иван", "--phone", "+7 903 111-22-33")
    assert run(db, *book, "--at", f"{FRIDAY} 11:00") == 0
    capsys.readouterr()
    assert (
        run(
            db,
            "consultation",
            "book",
            "executor",
            "--name",
            "Петров Пётр",
            "--phone",
            "+7 903 444-55-66",
            "--at",
            f"{FRIDAY} 11:00",
        )
        == 3
    )
    err = capsys.readouterr().err
    assert "уже занят" in err and "Ближайшие свободные слоты:" in err and "19.02.2027 11:20" in err
    cases = [
        (("--at", "2027-02-23 10:00"), "нерабочий день"),
        (("--at", f"{FRIDAY} 19:00"), "вне расписания"),
        (("--at", "2020-01-10 10:00"), "уже прошло"),
        (("--at", "19.02.2027 10:00"), "не дата и время"),
        (("--at", f"{FRIDAY} 10:00", "--format", "in-person"), "ведёт приём в формате"),
        (("--at", f"{FRIDAY} 10:00", "--link", "ftp://x"), "не ссылка"),
        (("--at", f"{FRIDAY} 10:00", "--topic", "9999.9999.9999.9999"), "нет в действующем классификаторе"),
    ]
    for extra, message in cases:
        assert run(db, *book, *extra) == 2, extra
        assert message in capsys.readouterr().err, extra
    assert (
        run(
            db,
            "consultation",
            "book",
            "ghost",
            "--at",
            f"{FRIDAY} 10:00",
            "--name",
            "Иванов",
            "--phone",
            "+79031112233",
        )
        == 2
    )
    assert "«ghost» нет" in capsys.readouterr().err
    assert bookings(db) == 1


def test_report_consultations_from_the_command_line(
    db: Database, staff: Staff, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"consultations.{fmt}"
        assert (
            run(
                db,
                "report",
                "consultations",
                "--from",
                "2026-01-01",
                "--to",
                "2026-06-30",
                "--format",
                fmt,
                "--out",
                str(out),
            )
            == 0
        )
        assert out.stat().st_size > 0
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "consultations.pdf").pages)
    assert "Консультации специалистов" in text and "По месяцам" in text
    assert (
        run(
            db,
            "report",
            "consultations",
            "--from",
            "2026-06-30",
            "--to",
            "2026-01-01",
            "--format",
            "csv",
            "--out",
            str(tmp_path / "x.csv"),
        )
        == 2
    )
    assert "раньше его начала" in capsys.readouterr().err
