"""The workstation's language: environment, then the choice in Settings, then the system locale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reception import settings


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(settings.ENV_CONFIG_DIR, str(tmp_path))
    monkeypatch.delenv(settings.ENV_LANGUAGE, raising=False)
    monkeypatch.delenv(settings.ENV_DB_URL, raising=False)
    return tmp_path


def test_russian_on_a_russian_system_english_otherwise() -> None:
    assert settings.choose_language("ru_RU") == "ru"
    assert settings.choose_language("ru_UA") == "ru"
    assert settings.choose_language("en_US") == "en"
    assert settings.choose_language("de_DE") == "en"
    assert settings.choose_language("C") == "en"


def test_the_choice_in_settings_wins_over_the_locale_and_the_environment_over_both() -> None:
    assert settings.choose_language("en_US", chosen="ru") == "ru"
    assert settings.choose_language("ru_RU", chosen="en") == "en"
    assert settings.choose_language("ru_RU", env="en_GB.UTF-8", chosen="ru") == "en"
    assert settings.choose_language("en_US", env="xx", chosen="fr") == "en"  # unknown codes are ignored


def test_the_language_is_remembered_next_to_the_database_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.remember_db_url("sqlite:///C:/Reception/office.sqlite3")
    settings.remember_language("en")
    assert settings.resolve_language("ru_RU") == "en"
    stored = json.loads((tmp_path / "workstation.json").read_text(encoding="utf-8"))
    assert stored == {"db_url": "sqlite:///C:/Reception/office.sqlite3", "language": "en"}
    settings.remember_db_url("sqlite:///D:/office.sqlite3")
    assert settings.load_settings().language == "en"
    monkeypatch.setenv(settings.ENV_LANGUAGE, "ru")
    assert settings.resolve_language("en_US") == "ru"
    settings.remember_language(None)
    monkeypatch.delenv(settings.ENV_LANGUAGE)
    assert settings.resolve_language("ru_RU") == "ru" and settings.resolve_language("en_US") == "en"
    with pytest.raises(ValueError):
        settings.remember_language("de")


def test_a_damaged_settings_file_means_defaults(tmp_path: Path) -> None:
    (tmp_path / "workstation.json").write_text('{"language": 42, "db_url": ', encoding="utf-8")
    assert settings.load_settings() == settings.WorkstationSettings()
    (tmp_path / "workstation.json").write_text('{"language": "de"}', encoding="utf-8")
    assert settings.load_settings().language is None
