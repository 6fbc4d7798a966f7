"""reception-admin for data in and out: Open311, e-mail, exports, backup, restore and copy."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from reception.db.database import Database
from reception.services.backup import table_checksums
from tests.conftest import TEST_PASSWORD
from tests.factories import ROOF_LEAK
from tests.integration.test_cli import run

REQUESTS = [
    {
        "service_request_id": "501",
        "service_code": "ROOF",
        "service_name": "Протечка кровли",
        "description": "Течёт крыша над подъездом 2.",
        "requested_datetime": "2026-03-02T09:15:00+03:00",
        "address": "г. Москва, ул. Профсоюзная, д. 43, корп. 2",
    }
]


def test_data_commands_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert run(["--db", url, "db", "upgrade"], monkeypatch) == 0
    assert (
        run(
            ["--db", url, "user", "add", "boss", "--role", "admin", "--full-name", "Б. Б."],
            monkeypatch,
            TEST_PASSWORD + "\n",
        )
        == 0
    )
    source = tmp_path / "portal.json"
    source.write_text(json.dumps(REQUESTS, ensure_ascii=False), encoding="utf-8")

    assert run(["--db", url, "import", "open311", str(source)], monkeypatch) == 1
    assert "запись 1, поле «service_code», значение «ROOF»" in capsys.readouterr().err
    assert run(["--db", url, "open311", "map", "ROOF", ROOF_LEAK], monkeypatch) == 0
    assert run(["--db", url, "import", "open311", str(source), "--dry-run"], monkeypatch) == 0
    assert "Пробный прогон" in capsys.readouterr().out
    assert run(["--db", url, "import", "open311", str(source)], monkeypatch) == 0
    assert run(["--db", url, "import", "open311", str(source)], monkeypatch) == 0
    assert "пропущены: 501" in capsys.readouterr().out

    statuses = tmp_path / "statuses.xml"
    assert run(["--db", url, "export", "open311", "--out", str(statuses)], monkeypatch) == 0
    assert b"<service_request_id>501</service_request_id>" in statuses.read_bytes()
    register = tmp_path / "register.csv"
    assert (
        run(["--db", url, "export", "register", "--out", str(register), "--search", "кровли"], monkeypatch)
        == 0
    )
    assert "Протечка кровли" in register.read_text(encoding="utf-8-sig")

    message = EmailMessage()
    message["From"] = "Ivanov Ivan <ivanov@example.ru>"
    message["Subject"] = "Вопрос"
    message["Date"] = "Mon, 02 Mar 2026 09:15:00 +0300"
    message.set_content("Прошу разъяснить.")
    eml = tmp_path / "letter.eml"
    eml.write_bytes(message.as_bytes())
    capsys.readouterr()
    assert run(["email", str(eml)], monkeypatch) == 0
    assert "Прошу разъяснить." in capsys.readouterr().out

    backup = tmp_path / "office.zip"
    assert run(["--db", url, "backup", "--out", str(backup)], monkeypatch) == 0
    restored = f"sqlite:///{tmp_path / 'restored' / 'office.sqlite3'}"
    assert run(["--db", restored, "restore", str(backup)], monkeypatch) == 0
    assert run(["--db", url, "restore", str(backup)], monkeypatch) == 2
    assert "не пуста" in capsys.readouterr().err
    copied = f"sqlite:///{tmp_path / 'copied.sqlite3'}"
    assert run(["copy", "--from", url, "--to", copied], monkeypatch) == 0

    sums = [table_checksums(Database(u)) for u in (url, restored, copied)]
    assert sums[0] == sums[1] == sums[2]
