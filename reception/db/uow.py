"""Unit of work: one user action, one transaction."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from reception.domain.errors import (
    DatabaseUnavailable,
    FieldError,
    ReceptionError,
    StaleRecord,
    ValidationError,
)

if TYPE_CHECKING:
    from reception.db.reader import Reader

CONNECTION_LOST = (
    "Нет связи с базой данных. Ничего не сохранено; введённые данные остались в форме — "
    "повторите попытку, когда связь восстановится."
)
SAVED_CONCURRENTLY = (
    "Те же записи в это время сохраняли с другого рабочего места, и сохранение не удалось; ничего не "
    "изменено. Повторите действие."
)
_CONCURRENT = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure
NUMBER_TAKEN = (
    "Объект с этим кадастровым номером только что записал другой пользователь: номер уже есть в реестре. "
    "Найдите этот объект поиском."
)
# How both servers name the unique index of cadastral numbers in their message (SQLite says
# «properties.cadastral_number», PostgreSQL the index «uq_properties_cadastral_number»; dots read as _).
_UNIQUE_NUMBER = "properties_cadastral_number"
VALUE_REFUSED = (
    "База данных не приняла введённое значение: в тексте недопустимый символ (например, нулевой) "
    "или число вне допустимого диапазона. Ничего не сохранено; исправьте введённое и повторите."
)


class UnitOfWork:
    """`with uow:` opens a session; leaving the block commits, an exception rolls back.

    Database failures leave as typed errors: a lost connection is DatabaseUnavailable, a
    concurrent update caught by the version counter is StaleRecord.
    """

    def __init__(self, session_factory: sessionmaker[Session], reader: Reader) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self.reader = reader  # for one-statement searches, used without entering the block

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("UnitOfWork is not re-entrant")
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is None:
                try:
                    session.commit()
                except BaseException as commit_error:
                    _rollback_quietly(session)
                    raise translate_db_error(commit_error) from commit_error
            else:
                _rollback_quietly(session)
                if isinstance(exc, Exception) and not isinstance(exc, ReceptionError):
                    translated = translate_db_error(exc)
                    if translated is not exc:
                        raise translated from exc
        finally:
            session.close()
            self._session = None

    def flush(self) -> None:
        try:
            self.session.flush()
        except Exception as error:
            raise translate_db_error(error) from error


def translate_db_error(error: BaseException) -> BaseException:
    """The typed error a user understands, or the error itself when there is none."""
    if isinstance(error, StaleDataError):
        return StaleRecord(
            "Запись изменил другой пользователь, пока она была открыта. Обновите её и повторите.",
            theirs={},
            mine={},
        )
    if isinstance(error, sa_exc.DBAPIError) and getattr(error.orig, "sqlstate", None) in _CONCURRENT:
        # PostgreSQL gave up one of two transactions waiting for each other: the connection is fine.
        return ReceptionError(SAVED_CONCURRENTLY)
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return DatabaseUnavailable(CONNECTION_LOST)
    if isinstance(error, (sa_exc.OperationalError, sa_exc.InterfaceError)):
        return DatabaseUnavailable(f"{CONNECTION_LOST}\n({_first_line(error.orig)})")
    if isinstance(error, sa_exc.IntegrityError) and _UNIQUE_NUMBER in str(error.orig).replace(".", "_"):
        # Two workstations saved the same new number at once: the second meets the unique index.
        return ValidationError(FieldError("cadastral_number", NUMBER_TAKEN))
    if isinstance(error, sa_exc.DataError):
        # A value the server refuses (a NUL character pasted into a text, a number out of range): the
        # connection is fine, the input is not.
        return ReceptionError(f"{VALUE_REFUSED}\n({_first_line(error.orig)})")
    return error


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _rollback_quietly(session: Session) -> None:
    with contextlib.suppress(Exception):
        session.rollback()
