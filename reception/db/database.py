"""One opened database: engine, session factory and units of work for it."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

from reception.db.engine import make_engine, normalise_url
from reception.db.reader import Reader
from reception.db.uow import UnitOfWork


class Database:
    def __init__(self, url: str | URL, *, engine: Engine | None = None) -> None:
        self.url = normalise_url(url)
        self.engine = engine or make_engine(self.url)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.reader = Reader(self.engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.reader)

    def display_url(self) -> str:
        """The URL with its password hidden, for screens and logs."""
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.reader.close()
        self.engine.dispose()
