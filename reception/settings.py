"""Workstation settings: which database this workstation opens and the interface language.

Database precedence: `--db` on the command line, then `RECEPTION_DB_URL`, then the URL remembered in
the workstation's settings file, then an SQLite file in the user's data directory.
Language precedence: `RECEPTION_LANG`, then the language chosen in Settings, then the system
locale (Russian on a Russian system, English otherwise).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from reception.credentials import restore_password, store_password

APP_NAME = "Reception"
ENV_DB_URL = "RECEPTION_DB_URL"
ENV_CONFIG_DIR = "RECEPTION_CONFIG_DIR"
ENV_DATA_DIR = "RECEPTION_DATA_DIR"
ENV_LANGUAGE = "RECEPTION_LANG"
LANGUAGES = ("ru", "en")


@dataclass
class WorkstationSettings:
    db_url: str | None = None
    language: str | None = None  # "ru" | "en"; None follows the system locale


def config_dir() -> Path:
    return Path(os.environ.get(ENV_CONFIG_DIR) or user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "workstation.json"


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'reception.sqlite3').as_posix()}"


def load_settings() -> WorkstationSettings:
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return WorkstationSettings()
    if not isinstance(raw, dict):
        return WorkstationSettings()
    url, language = raw.get("db_url"), raw.get("language")
    return WorkstationSettings(
        db_url=url if isinstance(url, str) and url else None,
        language=language if language in LANGUAGES else None,
    )


def save_settings(settings: WorkstationSettings) -> None:
    """Write atomically: a crash mid-write must not leave a half file."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)


def resolve_db_url(cli_url: str | None) -> str:
    if cli_url:
        return cli_url
    env_url = os.environ.get(ENV_DB_URL)
    if env_url:
        return env_url
    remembered = load_settings().db_url
    return restore_password(remembered) if remembered else default_db_url()


def remember_db_url(url: str) -> None:
    """Remember the URL for the next start; its password goes to the keyring, not to the file."""
    settings = load_settings()
    settings.db_url, _ = store_password(url)
    save_settings(settings)


def choose_language(system_locale: str, *, env: str | None = None, chosen: str | None = None) -> str:
    """ "ru" or "en": the environment wins, then the workstation's choice, then the system locale."""
    for candidate in (env, chosen):
        code = (candidate or "").strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "ru" if system_locale.strip().lower().startswith("ru") else "en"


def resolve_language(system_locale: str) -> str:
    return choose_language(system_locale, env=os.environ.get(ENV_LANGUAGE), chosen=load_settings().language)


def remember_language(language: str | None) -> None:
    """Keep the interface language for the next start (None: follow the system locale)."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    settings = load_settings()
    settings.language = language
    save_settings(settings)


def ensure_sqlite_dir(url: str) -> None:
    """Create the folder of an SQLite file so a first start on a new machine just works."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
