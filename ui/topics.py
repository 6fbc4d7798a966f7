"""The classifier as the forms show it, loaded once per session (a few thousand rows at most)."""

from __future__ import annotations

from reception.db.database import Database
from reception.domain.text import fold
from reception.services.classifier import TopicView, list_topics


class TopicCatalog:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._topics: list[TopicView] | None = None
        self._names: dict[str, str] = {}

    def topics(self) -> list[TopicView]:
        if self._topics is None:
            self.set_topics(list_topics(self._db.uow()))
        assert self._topics is not None
        return self._topics

    def set_topics(self, topics: list[TopicView]) -> None:
        self._topics = topics
        self._names = {t.code: t.name for t in topics}

    def name_of(self, code: str) -> str:
        self.topics()
        return self._names.get(code, "")

    def caption(self, code: str) -> str:
        """`code — name`, or the code alone when the classifier does not know it."""
        name = self.name_of(code)
        return f"{code} — {name}" if name else code

    def captions(self) -> list[str]:
        return [f"{t.code} — {t.name}" for t in self.topics()]

    def knows(self, code: str) -> bool:
        self.topics()
        return code in self._names

    def matching(self, text: str) -> list[str]:
        """Codes of the topics whose caption holds every word typed (any case, `ё` as `е`)."""
        words = fold(text).split()
        if not words:
            return []
        return [t.code for t in self.topics() if all(word in fold(f"{t.code} {t.name}") for word in words)]


def code_from_caption(text: str) -> str:
    """The code part of `code — name` as picked from the completer, or the text as typed."""
    return text.split("—", 1)[0].strip()
