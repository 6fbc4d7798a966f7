"""reception-admin commands for data in and out (issue 10): Open311, e-mail, exports, backup, copy."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time
from pathlib import Path
from typing import IO, Any

from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ReceptionError
from reception.settings import ensure_sqlite_dir


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def cmd_import_open311(args: argparse.Namespace) -> int:
    from reception.cli import _admin_actor, _open
    from reception.domain.open311 import Open311Error
    from reception.services.open311 import import_open311_file

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    try:
        result = import_open311_file(db.uow(), actor=actor, path=Path(args.file), dry_run=args.dry_run)
    except Open311Error as error:
        print(error.message, file=sys.stderr)
        return 1
    verb = "Будет зарегистрировано" if result.dry_run else "Зарегистрировано"
    print(f"{verb} обращений: {len(result.imported)} ({', '.join(result.imported) or '—'}).")
    if result.skipped:
        print(f"Уже загружены раньше и пропущены: {', '.join(result.skipped)}.")
    print(f"Связано с объектами недвижимости: {result.linked_properties}.")
    if result.dry_run:
        print("Пробный прогон: в базе ничего не изменено.")
    return 0


def cmd_open311_map(args: argparse.Namespace) -> int:
    from reception.cli import _admin_actor, _open
    from reception.services.open311 import set_service_mapping

    db = _open(args)
    set_service_mapping(
        db.uow(), actor=_admin_actor(db, args.as_login), service_code=args.code, topic_code=args.topic
    )
    print(f"Запросы с кодом услуги {args.code} регистрируются по теме {args.topic}.")
    return 0


def cmd_open311_unmap(args: argparse.Namespace) -> int:
    from reception.cli import _admin_actor, _open
    from reception.services.open311 import remove_service_mapping

    db = _open(args)
    remove_service_mapping(db.uow(), actor=_admin_actor(db, args.as_login), service_code=args.code)
    print(f"Код услуги {args.code} больше не сопоставлен теме.")
    return 0


def cmd_open311_list(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.open311 import list_service_mappings

    for mapping in list_service_mappings(_open(args).uow()):
        print(f"{mapping.service_code}\t{mapping.topic_code}\t{mapping.topic_name}")
    return 0


def cmd_export_open311(args: argparse.Namespace) -> int:
    from reception.cli import _admin_actor, _open
    from reception.documents.atomic import write_atomically
    from reception.services.open311 import export_open311

    db = _open(args)
    since = datetime.combine(args.date_from, time(0, 0), OFFICE_TIMEZONE) if args.date_from else None
    fmt = args.format or ("xml" if args.out.lower().endswith(".xml") else "json")
    data = export_open311(db.uow(), actor=_admin_actor(db, args.as_login), format=fmt, updated_since=since)

    def write(out: IO[bytes]) -> None:
        out.write(data)

    write_atomically(Path(args.out), write)
    print(f"Статусы запросов портала записаны в {args.out} ({fmt.upper()}).")
    return 0


def cmd_export_register(args: argparse.Namespace) -> int:
    from reception.cli import _admin_actor, _open
    from reception.domain.appeals import AppealStatus, Channel
    from reception.services.register_export import DEFAULT_COLUMNS, export_register
    from reception.services.register_query import RegisterFilter

    db = _open(args)
    try:
        filters = RegisterFilter(
            search=args.search or "",
            status=AppealStatus.of(args.status) if args.status else None,
            channel=Channel.of(args.channel) if args.channel else None,
        )
    except ValueError as error:
        raise ReceptionError(f"Неизвестное значение фильтра: {error}.") from error
    columns = tuple(c.strip() for c in args.columns.split(",")) if args.columns else DEFAULT_COLUMNS
    rows = export_register(
        db.uow,
        actor=_admin_actor(db, args.as_login),
        path=Path(args.out),
        filters=filters,
        columns=columns,
        progress=_progress,
    )
    _end_progress()
    print(f"Реестр ({rows} обращений) записан в {args.out}.")
    return 0


def cmd_email(args: argparse.Namespace) -> int:
    """Print the draft an .eml would give (the app opens it in the registration form)."""
    from reception.services.email_intake import read_eml

    result = read_eml(Path(args.file))
    draft = result.draft
    applicant = draft.applicant
    print(f"Отправитель: {result.sender_name} <{result.sender_address}>")
    print(
        f"Заявитель: {' '.join(p for p in (applicant.surname, applicant.first_name, applicant.patronymic) if p)}"
    )
    print(f"Поступило: {draft.received_at.astimezone(OFFICE_TIMEZONE):%d.%m.%Y %H:%M}")
    print(f"Канал: {draft.channel.label}")
    print(f"Краткое содержание: {draft.summary}")
    print("Текст:")
    print(draft.text)
    for attachment in result.attachments:
        print(f"Вложение: {attachment.file_name} ({attachment.media_type}, {len(attachment.data)} байт)")
    for note in result.notes:
        print(f"Проверьте: {note}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.backup import backup_database, checksum_path, describe

    db = _open(args)
    result = backup_database(db, Path(args.out), progress=_progress)
    _end_progress()
    print(
        f"Резервная копия записана в {args.out}, контрольная сумма — в {checksum_path(Path(args.out)).name}."
    )
    print(describe(result))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.backup import describe, restore_database

    db = _open(args)
    result = restore_database(db, Path(args.file), progress=_progress)
    _end_progress()
    print(f"Восстановлено в {db.display_url()}; контрольные суммы всех таблиц совпали.")
    print(describe(result))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from reception.db.database import Database
    from reception.services.backup import copy_database, describe

    ensure_sqlite_dir(args.to_url)
    source, target = Database(args.from_url), Database(args.to_url)
    try:
        result = copy_database(source, target, progress=_progress)
    finally:
        source.dispose()
        target.dispose()
    _end_progress()
    print(
        f"Перенесено из {source.display_url()} в {target.display_url()}; число строк и контрольные суммы совпали."
    )
    print(describe(result))
    return 0


def add_data_commands(commands: Any, imports: Any) -> None:
    """`import open311`, `open311 map|unmap|list`, `export open311|register`, `email`, `backup`,
    `restore`, `copy`."""
    from reception.cli import _date_argument

    portal = imports.add_parser(
        "open311", help="запросы городского портала (Open311 GeoReport v2, JSON или XML)"
    )
    portal.add_argument("file")
    portal.add_argument(
        "--dry-run", action="store_true", help="только проверить и показать, что будет загружено"
    )
    portal.add_argument("--as", dest="as_login", help="от имени регистратора LOGIN")
    portal.set_defaults(handler=cmd_import_open311)

    mapping = commands.add_parser("open311", help="коды услуг портала и темы классификатора").add_subparsers(
        dest="open311_command", required=True
    )
    add = mapping.add_parser("map", help="регистрировать запросы с кодом CODE по теме TOPIC")
    add.add_argument("code")
    add.add_argument("topic")
    add.add_argument("--as", dest="as_login")
    add.set_defaults(handler=cmd_open311_map)
    remove = mapping.add_parser("unmap", help="убрать сопоставление кода услуги")
    remove.add_argument("code")
    remove.add_argument("--as", dest="as_login")
    remove.set_defaults(handler=cmd_open311_unmap)
    mapping.add_parser("list", help="все сопоставления").set_defaults(handler=cmd_open311_list)

    export = commands.add_parser("export", help="выгрузка данных в файлы").add_subparsers(
        dest="export_command", required=True
    )
    statuses = export.add_parser("open311", help="статусы запросов портала в формате Open311")
    statuses.add_argument("--out", required=True)
    statuses.add_argument("--format", choices=["json", "xml"])
    statuses.add_argument("--from", dest="date_from", type=_date_argument, help="изменённые с ГГГГ-ММ-ДД")
    statuses.add_argument("--as", dest="as_login")
    statuses.set_defaults(handler=cmd_export_open311)
    register = export.add_parser("register", help="реестр обращений в XLSX или CSV")
    register.add_argument("--out", required=True, help="файл .xlsx или .csv")
    register.add_argument("--search", help="как строка поиска реестра")
    register.add_argument("--status", help="registered, in_progress, answered, …")
    register.add_argument("--channel", help="city_portal, email, post, …")
    register.add_argument("--columns", help="через запятую: reg_number,received_at,channel,kind,applicant,…")
    register.add_argument("--as", dest="as_login")
    register.set_defaults(handler=cmd_export_register)

    mail = commands.add_parser("email", help="показать черновик обращения из письма .eml")
    mail.add_argument("file")
    mail.set_defaults(handler=cmd_email)

    backup = commands.add_parser(
        "backup", help="резервная копия базы (согласованный снимок, с контрольной суммой)"
    )
    backup.add_argument("--out", required=True)
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="восстановить резервную копию в пустую базу")
    restore.add_argument("file")
    restore.set_defaults(handler=cmd_restore)
    copy = commands.add_parser(
        "copy", help="перенести все данные в другую (пустую) базу: SQLite ↔ PostgreSQL"
    )
    copy.add_argument("--from", dest="from_url", required=True, help="URL базы-источника")
    copy.add_argument("--to", dest="to_url", required=True, help="URL пустой базы-приёмника")
    copy.set_defaults(handler=cmd_copy)
