"""reception-admin import properties: the same per-row report as the app, non-zero exit on errors."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reception.cli import main
from tests.conftest import TEST_PASSWORD


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def database_with_an_admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new SQLite database set up from the command line, with an administrator; its URL."""
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert run(["--db", url, "db", "upgrade"], monkeypatch) == 0
    assert (
        run(["--db", url, "user", "add", "boss", "--role", "admin"], monkeypatch, TEST_PASSWORD + "\n") == 0
    )
    return url


def test_properties_are_imported_and_found_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database_with_an_admin(tmp_path, monkeypatch)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        "КН;Вид;Местоположение\n77:01:0001001:1;Здание;Москва, ул. Арбат, д. 1\n77:01:1:2;Здание;Москва, ул. Арбат, д. 2\n".encode(
            "cp1251"
        )
    )
    capsys.readouterr()
    assert (
        run(["--db", url, "import", "properties", str(bad), "--map", "Местоположение=address"], monkeypatch)
        == 1
    )
    err = capsys.readouterr().err
    assert "строка 3, столбец «КН», значение «77:01:1:2»" in err and "ошибок 1" in err
    assert (
        run(
            ["--db", url, "import", "properties", str(bad), "--dry-run", "--map", "Местоположение=address"],
            monkeypatch,
        )
        == 1
    )
    assert "ничего не изменено" in capsys.readouterr().out
    assert (
        run(
            [
                "--db",
                url,
                "import",
                "properties",
                str(bad),
                "--valid-only",
                "--map",
                "Местоположение=address",
            ],
            monkeypatch,
        )
        == 0
    )
    assert "новых 1" in capsys.readouterr().out
    assert run(["--db", url, "property", "find", "арбат 1"], monkeypatch) == 0
    assert "77:01:0001001:1\tЗдание\tМосква, ул. Арбат, д. 1" in capsys.readouterr().out
    assert run(["--db", url, "import", "properties", str(bad), "--map", "bad"], monkeypatch) == 2


def test_the_command_line_report_lists_every_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database_with_an_admin(tmp_path, monkeypatch)
    lines = ["Кадастровый номер;Адрес"] + [f"77:01:1:{n};Москва, ул. Арбат, д. {n}" for n in range(1, 121)]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    for extra, stream in (([], "err"), (["--dry-run"], "out")):
        assert run(["--db", url, "import", "properties", str(bad), *extra], monkeypatch) == 1
        printed = getattr(capsys.readouterr(), stream)
        assert "ошибок 120" in printed
        assert all(f"строка {row}, столбец «Кадастровый номер»" in printed for row in range(2, 122))
        assert "… и ещё" not in printed
