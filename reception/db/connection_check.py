"""«Test connection» for a database URL typed in the settings: can this workstation work with it?

Connects once with a short timeout, reads the schema revision and answers in words a clerk or an
administrator understands. Raises a typed error (ValidationError for a URL that is not one,
DatabaseUnavailable when the server does not answer or refuses, SchemaOutdated for a schema this
program cannot use) and never leaves an engine behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import URL

from reception.db import migrate
from reception.db.engine import make_engine, normalise_url
from reception.domain.errors import DatabaseUnavailable, FieldError, SchemaOutdated, ValidationError

CONNECT_TIMEOUT_S = 5
SUPPORTED = ("sqlite", "postgresql")


@dataclass(frozen=True)
class ConnectionReport:
    backend: str  # "sqlite" | "postgresql"
    display_url: str  # password hidden
    server_version: str
    message: str  # for the user, in Russian like every core message


def parse_db_url(url_text: str) -> URL:
    """The URL as this program opens it, or ValidationError(field="db_url")."""
    cleaned = url_text.strip()
    if not cleaned:
        raise ValidationError(FieldError("db_url", "Укажите адрес базы данных."))
    try:
        url = normalise_url(cleaned)
    except (sa_exc.ArgumentError, ValueError) as error:
        raise ValidationError(
            FieldError(
                "db_url",
                "Это не адрес базы данных. Пример: postgresql://reception@server/reception "
                "или sqlite:///C:/Reception/reception.sqlite3",
            )
        ) from error
    if url.get_backend_name() not in SUPPORTED:
        raise ValidationError(
            FieldError("db_url", "Поддерживаются только PostgreSQL (postgresql://…) и SQLite (sqlite:///…).")
        )
    if url.get_backend_name() == "postgresql" and not (url.host and url.database):
        raise ValidationError(FieldError("db_url", "В адресе PostgreSQL нужны сервер и имя базы данных."))
    if url.get_backend_name() == "sqlite" and not url.database:
        raise ValidationError(FieldError("db_url", "В адресе SQLite нужен путь к файлу базы данных."))
    return url


def with_password(url_text: str, password: str) -> str:
    """The URL with `password` put in (an empty one leaves the URL as typed)."""
    url = parse_db_url(url_text)
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def check_connection(url_text: str, *, timeout_s: int = CONNECT_TIMEOUT_S) -> ConnectionReport:
    url = parse_db_url(url_text)
    display = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite":
        return _check_sqlite(url, display)
    engine = make_engine(url, connect_args={"connect_timeout": timeout_s}, pool_pre_ping=False)
    try:
        try:
            with engine.connect() as connection:
                version = str(connection.execute(text("SHOW server_version")).scalar_one())
            migrate.check_schema(engine)
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
            raise DatabaseUnavailable(_unreachable(url, error)) from error
    finally:
        engine.dispose()
    return ConnectionReport(
        backend="postgresql",
        display_url=display,
        server_version=version,
        message=f"Соединение установлено: PostgreSQL {version}, структура базы данных соответствует программе.",
    )


def _check_sqlite(url: URL, display: str) -> ConnectionReport:
    path = Path(str(url.database)).expanduser()
    if url.database == ":memory:":
        raise ValidationError(FieldError("db_url", "База данных в памяти не сохраняется: укажите файл."))
    if not path.exists():
        folder = next((p for p in path.parents if p.exists()), None)
        if folder is None or not folder.is_dir():
            raise DatabaseUnavailable(f"Папка для файла базы данных недоступна: {path.parent}")
        return ConnectionReport(
            backend="sqlite",
            display_url=display,
            server_version="",
            message=f"Файла {path} пока нет: новая база данных будет создана при следующем запуске.",
        )
    engine = make_engine(url)
    try:
        try:
            with engine.connect() as connection:
                version = str(connection.exec_driver_sql("select sqlite_version()").scalar_one())
            current = migrate.current_revision(engine)
        except sa_exc.DBAPIError as error:
            raise DatabaseUnavailable(
                f"Файл {path} не открывается как база данных SQLite ({_first_line(error.orig)})."
            ) from error
    finally:
        engine.dispose()
    if current is not None and current not in _known_revisions():
        raise SchemaOutdated(
            f"База данных создана более новой версией программы (схема {current}). "
            "Обновите программу на этом рабочем месте."
        )
    return ConnectionReport(
        backend="sqlite",
        display_url=display,
        server_version=version,
        message=f"Файл базы данных SQLite {version} открывается; его структуру программа обновит сама.",
    )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(migrate.MIGRATIONS_DIR)).walk_revisions()}


def _unreachable(url: URL, error: BaseException) -> str:
    detail = _first_line(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    if "password" in lowered or "authentication" in lowered:
        reason = "сервер не принял имя пользователя или пароль"
    elif "does not exist" in lowered:
        reason = f"на сервере нет базы данных «{url.database}»"
    elif "timeout" in lowered or "timed out" in lowered:
        reason = "сервер не ответил вовремя"
    else:
        reason = "сервер недоступен или отказал в соединении"
    return f"Не удалось подключиться к {url.host}: {reason}.\n({detail})"


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def url_for_workstation(url_text: str, password: str) -> str:
    """The URL typed in the settings with its password: the one typed, else the one in the keyring."""
    from reception.credentials import restore_password

    composed = with_password(url_text, password)
    return composed if password else restore_password(composed)


def url_without_password(url_text: str) -> str:
    """What the settings field shows: the URL with no password in it at all (not even stars)."""
    url = parse_db_url(url_text)
    return url._replace(password=None).render_as_string(hide_password=False)
