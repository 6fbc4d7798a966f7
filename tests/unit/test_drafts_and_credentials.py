"""Local drafts survive a crash; database passwords never reach the settings file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from reception import settings
from reception.domain.appeals import Outcome, QuestionDraft
from reception.drafts import DraftStore
from tests.factories import appeal_draft, applicant_draft


def test_a_draft_round_trips_exactly(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = appeal_draft(
        text="Текст с «кавычками»\nи переносом",
        applicant=applicant_draft(surname="О'Нил"),
        questions=(QuestionDraft("0005.0005.0055.1136", Outcome.EXPLAINED),),
    )
    store.save("appeal-17", draft=draft, appeal_id=17, version=3, title="ВП-2026-000017")
    saved = store.load("appeal-17")
    assert saved is not None and saved.draft == draft
    assert (saved.appeal_id, saved.version, saved.title) == (17, 3, "ВП-2026-000017")


def test_pending_drafts_are_offered_newest_first_and_broken_files_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("new-a", draft=appeal_draft(summary="первый"), appeal_id=None, version=None, title="Новое")
    store.save("new-b", draft=appeal_draft(summary="второй"), appeal_id=None, version=None, title="Новое")
    (tmp_path / "appeal-9.json").write_text("{ half a file", encoding="utf-8")
    pending = store.pending()
    assert [d.draft.summary for d in pending] == ["второй", "первый"]
    assert all(d.is_new_appeal for d in pending)
    store.discard("new-b")
    assert [d.key for d in store.pending()] == ["new-a"]


def test_a_draft_file_is_never_half_written(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("new-x", draft=appeal_draft(), appeal_id=None, version=None, title="t")
    assert [p.name for p in tmp_path.iterdir()] == ["new-x.json"]


def test_draft_keys_cannot_escape_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DraftStore(tmp_path).save("../evil", draft=appeal_draft(), appeal_id=None, version=None, title="")


class MemoryKeyring(KeyringBackend):
    """The system keyring stand-in: a real backend class kept in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(settings.ENV_CONFIG_DIR, str(tmp_path))
    monkeypatch.delenv(settings.ENV_DB_URL, raising=False)
    yield tmp_path


def test_the_password_goes_to_the_keyring_not_the_settings_file(workstation: Path) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        settings.remember_db_url("postgresql://clerk:s3cret%25@db.office.local:5432/reception")
        stored = json.loads((workstation / "workstation.json").read_text(encoding="utf-8"))
        assert "s3cret" not in json.dumps(stored)
        assert stored["db_url"] == "postgresql://clerk@db.office.local:5432/reception"
        assert settings.resolve_db_url(None) == "postgresql://clerk:s3cret%25@db.office.local:5432/reception"
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_the_password_is_not_remembered(workstation: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        settings.remember_db_url("postgresql://clerk:s3cret@db.office.local/reception")
        assert "s3cret" not in (workstation / "workstation.json").read_text(encoding="utf-8")
        assert settings.resolve_db_url(None) == "postgresql://clerk@db.office.local/reception"
    finally:
        keyring.set_keyring(previous)


def test_command_line_and_environment_win_over_the_remembered_url(
    workstation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.remember_db_url("sqlite:///remembered.sqlite3")
    assert settings.resolve_db_url(None) == "sqlite:///remembered.sqlite3"
    monkeypatch.setenv(settings.ENV_DB_URL, "sqlite:///env.sqlite3")
    assert settings.resolve_db_url(None) == "sqlite:///env.sqlite3"
    assert settings.resolve_db_url("sqlite:///cli.sqlite3") == "sqlite:///cli.sqlite3"
