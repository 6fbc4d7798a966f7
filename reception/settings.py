"""Workstation settings: which database this workstation opens.

Precedence: `--db` on the command line, then `RECEPTION_DB_URL`, then the URL remembered in the
workstation's settings file, then an SQLite file in the user's data directory.
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


@dataclass
class WorkstationSettings:
    db_url: str | None = None


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
    url = raw.get("db_url") if isinstance(raw, dict) else None
    return WorkstationSettings(db_url=url if isinstance(url, str) and url else None)


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


def ensure_sqlite_dir(url: str) -> None:
    """Create the folder of an SQLite file so a first start on a new machine just works."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
