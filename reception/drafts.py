"""Local drafts of appeals being edited: nothing typed is lost to a dropped connection or a crash.

Drafts live in the workstation's data directory as one JSON file each, written atomically; the app
saves them every 30 seconds and when saving fails, removes them once the appeal is saved, and offers
the ones left behind at the next start.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    ApplicantDraft,
    ApplicantKind,
    Channel,
    Identification,
    Outcome,
    QuestionDraft,
)

_KEY = re.compile(r"^[a-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class SavedDraft:
    key: str
    appeal_id: int | None
    version: int | None
    saved_at: datetime
    draft: AppealDraft
    title: str

    @property
    def is_new_appeal(self) -> bool:
        return self.appeal_id is None


def draft_to_json(draft: AppealDraft) -> dict[str, Any]:
    data = asdict(draft)
    data["received_at"] = draft.received_at.isoformat()
    return data


def draft_from_json(data: dict[str, Any]) -> AppealDraft:
    applicant = dict(data.get("applicant") or {})
    applicant["kind"] = ApplicantKind.of(applicant.get("kind", ApplicantKind.PERSON.value))
    return AppealDraft(
        received_at=datetime.fromisoformat(data["received_at"]),
        channel=Channel.of(data["channel"]),
        kind=AppealKind.of(data["kind"]),
        text=str(data.get("text", "")),
        summary=str(data.get("summary", "")),
        is_collective=bool(data.get("is_collective", False)),
        identification=Identification.of(data.get("identification", Identification.NONE.value)),
        applicant=ApplicantDraft(**applicant),
        questions=tuple(
            QuestionDraft(q["topic_code"], Outcome.of(q.get("outcome", Outcome.IN_WORK.value)))
            for q in data.get("questions", [])
        ),
        intake_key=str(data.get("intake_key") or ""),
    )


class DraftStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @staticmethod
    def key_for(appeal_id: int | None, session_id: str) -> str:
        """One draft per open appeal; a new appeal's draft is keyed by the editor session."""
        return f"appeal-{appeal_id}" if appeal_id is not None else f"new-{session_id}"

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"bad draft key {key!r}")
        return self.directory / f"{key}.json"

    def save(
        self, key: str, *, draft: AppealDraft, appeal_id: int | None, version: int | None, title: str
    ) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        payload = {
            "appeal_id": appeal_id,
            "version": version,
            "saved_at": datetime.now(UTC).isoformat(),
            "title": title,
            "draft": draft_to_json(draft),
        }
        path = self._path(key)
        temporary = path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def load(self, key: str) -> SavedDraft | None:
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            return SavedDraft(
                key=key,
                appeal_id=raw.get("appeal_id"),
                version=raw.get("version"),
                saved_at=datetime.fromisoformat(raw["saved_at"]),
                draft=draft_from_json(raw["draft"]),
                title=str(raw.get("title", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def pending(self) -> list[SavedDraft]:
        """Drafts left behind (by a crash or a lost connection), newest first; unreadable ones skipped."""
        if not self.directory.is_dir():
            return []
        found = [self.load(path.stem) for path in self.directory.glob("*.json") if _KEY.match(path.stem)]
        return sorted((d for d in found if d is not None), key=lambda d: d.saved_at, reverse=True)
