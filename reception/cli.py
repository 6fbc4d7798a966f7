"""reception-admin: everything an administrator (or a script) does without the desktop app."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reception.db.database import Database
from reception.domain.errors import ReceptionError
from reception.domain.permissions import Role
from reception.settings import ensure_sqlite_dir, resolve_db_url


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Пароль: ")
    second = getpass.getpass("Пароль ещё раз: ")
    if first != second:
        raise ReceptionError("Пароли не совпадают.")
    return first


def _open(args: argparse.Namespace) -> Database:
    url = resolve_db_url(args.db)
    ensure_sqlite_dir(url)
    return Database(url)


def _admin_actor(db: Database, login: str | None):  # type: ignore[no-untyped-def]
    """The administrator a CLI command acts as: `--as LOGIN`, else the first active admin."""
    from sqlalchemy import select

    from reception.db.models import User
    from reception.services.users import UserView

    with db.uow() as uow:
        query = select(User).where(User.is_active.is_(True))
        query = query.where(User.login == login) if login else query.where(User.role == Role.ADMIN)
        user = uow.session.scalars(query.order_by(User.id)).first()
        if user is None:
            raise ReceptionError(
                f"Пользователь «{login}» не найден."
                if login
                else "В базе нет администратора: "
                "создайте его командой «reception-admin user add LOGIN --role admin»."
            )
        return UserView(user.id, user.login, user.full_name, user.role, user.is_active)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from reception.db import migrate
    from reception.services.bootstrap import ensure_reference_data

    db = _open(args)
    migrate.upgrade(db.engine)
    loaded = ensure_reference_data(db)
    print(f"База данных {db.display_url()} обновлена до схемы {migrate.current_revision(db.engine)}.")
    if loaded:
        print(f"Загружен классификатор по умолчанию: {loaded} тем.")
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    from reception.db import migrate

    db = _open(args)
    current = migrate.current_revision(db.engine)
    head = migrate.head_revision()
    print(f"База данных: {db.display_url()}\nСхема: {current or 'не создана'} (программа: {head})")
    return 0 if current == head else 1


def cmd_user_add(args: argparse.Namespace) -> int:
    from reception.services import users

    db = _open(args)
    password = _read_password(args)
    full_name = args.full_name or args.login
    if not users.has_users(db.uow()):
        if Role.of(args.role) is not Role.ADMIN:
            raise ReceptionError("Первым пользователем должен быть администратор: укажите --role admin.")
        user = users.create_first_admin(db.uow(), login=args.login, full_name=full_name, password=password)
    else:
        actor = _admin_actor(db, args.as_login)
        user = users.add_user(
            db.uow(),
            actor=actor,
            login=args.login,
            full_name=full_name,
            role=Role.of(args.role),
            password=password,
        )
    print(f"Пользователь {user.login} ({user.role.label}) создан.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from reception.services import users

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    for user in users.list_users(db.uow(), actor=actor):
        state = "" if user.is_active else " (отключён)"
        print(f"{user.login}\t{user.role.label}\t{user.full_name}{state}")
    return 0


def _user_by_login(db: Database, login: str) -> int:
    from reception.services import users

    return users.get_user(db.uow(), login=login).id


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    from reception.services import users

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    users.reset_password(
        db.uow(), actor=actor, user_id=_user_by_login(db, args.login), password=_read_password(args)
    )
    print(f"Пароль пользователя {args.login} изменён; блокировка, если была, снята.")
    return 0


def cmd_user_set_active(args: argparse.Namespace) -> int:
    from reception.services import users

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    users.set_active(db.uow(), actor=actor, user_id=_user_by_login(db, args.login), active=args.active)
    print(f"Пользователь {args.login} {'включён' if args.active else 'отключён'}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from reception.services.audit_chain import verify_audit_chain

    db = _open(args)
    report = verify_audit_chain(db.uow())
    if report.intact:
        print(f"Журнал аудита цел: проверено событий — {report.checked}.")
        return 0
    print(
        f"Журнал аудита нарушен: первое несовпадение — событие № {report.first_broken_id} ({report.reason}). "
        f"До него проверено событий — {report.checked}.",
        file=sys.stderr,
    )
    return 1


def cmd_classifier_import(args: argparse.Namespace) -> int:
    from reception.services.classifier import import_classifier

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    result = import_classifier(db.uow(), actor=actor, path=Path(args.file), version=args.version)
    print(
        f"Классификатор «{result.version}» загружен: добавлено {result.added}, изменено {result.updated}, "
        f"выведено из действия {result.deactivated}."
    )
    return 0


def cmd_settings_prefix(args: argparse.Namespace) -> int:
    from reception.services.office_settings import set_registration_prefix

    db = _open(args)
    set_registration_prefix(db.uow(), actor=_admin_actor(db, args.as_login), prefix=args.prefix)
    print(f"Префикс регистрационных номеров: {args.prefix.strip().upper()}")
    return 0


def cmd_settings_deadline_shift(args: argparse.Namespace) -> int:
    from reception.domain.deadlines import ShiftPolicy
    from reception.services.deadline_rules import set_shift_policy

    db = _open(args)
    policy = ShiftPolicy(args.policy)
    set_shift_policy(db.uow(), actor=_admin_actor(db, args.as_login), shift=policy)
    print(f"Срок, выпавший на нерабочий день, переносится {policy.label}.")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    from datetime import date

    from reception.services.deadline_rules import correct_calendar

    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise ReceptionError(f"«{args.day}» — не дата: нужен вид ГГГГ-ММ-ДД, например 2027-11-13.") from None
    db = _open(args)
    correct_calendar(
        db.uow(), actor=_admin_actor(db, args.as_login), day=day, is_working=args.working, note=args.note
    )
    print(f"{day:%d.%m.%Y} — {'рабочий' if args.working else 'нерабочий'} день ({args.note}).")
    return 0


def cmd_department_add(args: argparse.Namespace) -> int:
    from reception.services.departments import add_department

    db = _open(args)
    department = add_department(db.uow(), actor=_admin_actor(db, args.as_login), name=args.name)
    print(f"Подразделение «{department.name}» добавлено.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from reception.db import migrate
    from reception.demo import load_demo
    from reception.services.bootstrap import ensure_reference_data

    db = _open(args)
    migrate.upgrade(db.engine)
    ensure_reference_data(db)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,}/{total:,}".replace(",", " "), end="", file=sys.stderr, flush=True)

    extra = {"consultations": args.consultations} if args.consultations is not None else {}
    summary = load_demo(
        db, appeals=args.appeals, properties=args.properties, seed=args.seed, progress=progress, **extra
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary)
    return 0


def cmd_import_properties(args: argparse.Namespace) -> int:
    """Load a property registry: the same per-row report as the app's preview; non-zero on errors."""
    from reception.services.property_import import PropertyImportError, import_properties

    mapping: dict[str, str] = {}
    for item in args.map or []:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise ReceptionError(
                f"--map «{item}»: нужен вид «Столбец=поле», например «КН здания=parent_cadastral_number»."
            )
        mapping[column.strip()] = field.strip()
    db = _open(args)
    actor = _admin_actor(db, args.as_login)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)

    try:
        result = import_properties(
            db.uow(),
            actor=actor,
            path=Path(args.file),
            mapping=mapping,
            dry_run=args.dry_run,
            valid_only=args.valid_only,
            progress=progress,
        )
    except PropertyImportError as error:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if error.preview is None:
            print(error.message, file=sys.stderr)
        else:  # every problem, not the first fifty the message carries
            print(f"{error.summary}\n{error.preview.report(limit=None)}", file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(result.preview.report(limit=None))
    if result.dry_run:
        print("Пробный прогон: в базе ничего не изменено.")
        return 1 if result.preview.has_problems else 0
    print(
        f"Загружено: новых {result.created}, обновлено {result.updated}, пропущено строк с ошибками {result.skipped_rows}."
    )
    return 0


def cmd_property_find(args: argparse.Namespace) -> int:
    from reception.services.properties import search_properties

    db = _open(args)
    rows = search_properties(
        db.uow(), actor=_admin_actor(db, args.as_login), text=args.text, limit=args.limit
    )
    for row in rows:
        print(f"{row.id}\t{row.cadastral_number or '—'}\t{row.kind.label}\t{row.address}")
    return 0 if rows else 1


def cmd_letter(args: argparse.Namespace) -> int:
    """The appeal's approved letter, or a draft from a template (marked «ПРОЕКТ»), into a PDF file."""
    from reception.documents.letter_pdf import save_file
    from reception.domain.letters import LetterStatus, PrintChannel
    from reception.services import letters
    from reception.services.appeals import find_appeal_by_number

    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    appeal = find_appeal_by_number(db.uow(), actor=actor, number=args.reg_no)
    out = Path(args.out)
    if args.template:
        content = letters.template_draft_pdf(
            db.uow(), actor=actor, appeal_id=appeal.id, template_name=args.template, redacted=args.redacted
        )
        try:
            save_file(content, out)
        except OSError as error:
            raise ReceptionError(f"Файл «{out}» не записан: {error.strerror or error}.") from None
        print(f"Проект письма по обращению {appeal.reg_number} (шаблон «{args.template}») записан в {out}.")
        return 0
    approved = [
        letter
        for letter in letters.appeal_letters(db.uow(), actor=actor, appeal_id=appeal.id)
        if letter.status is LetterStatus.APPROVED
    ]
    if not approved:
        raise ReceptionError(
            f"У обращения {appeal.reg_number} нет утверждённого письма. "
            "Чтобы получить проект, укажите шаблон: --template ИМЯ (список: reception-admin template list)."
        )
    letter = approved[-1]
    letters.export_letter(
        db.uow(), actor=actor, letter_id=letter.id, path=out, redacted=args.redacted, channel=PrintChannel.CLI
    )
    print(
        f"Письмо {letter.out_number} от {letter.out_date:%d.%m.%Y} по обращению {appeal.reg_number} записано в {out}."
    )
    return 0


def cmd_template_list(args: argparse.Namespace) -> int:
    from reception.services.letter_templates import list_templates

    db = _open(args)
    for template in list_templates(db.uow(), actor=_admin_actor(db, args.as_login), include_inactive=True):
        state = "" if template.active else " (не используется)"
        print(f"{template.name}\t{template.kind.label}\t{template.title}{state}")
    return 0


def cmd_template_import(args: argparse.Namespace) -> int:
    from reception.services.letter_templates import import_template

    db = _open(args)
    view, created = import_template(db.uow(), actor=_admin_actor(db, args.as_login), path=Path(args.file))
    print(f"Шаблон «{view.name}» {'добавлен' if created else 'обновлён'} (версия {view.version}).")
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    from reception.documents.letter_pdf import save_file
    from reception.services.letter_templates import get_template, template_file_text

    db = _open(args)
    text = template_file_text(get_template(db.uow(), actor=_admin_actor(db, args.as_login), name=args.name))
    if args.out:
        save_file(text.encode("utf-8"), Path(args.out))
        print(f"Шаблон «{args.name}» записан в {args.out}.")
    else:
        sys.stdout.write(text)
    return 0


def cmd_settings_letterhead(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reception.services.letterhead import get_letterhead, set_letterhead

    db = _open(args)
    current = get_letterhead(db.uow())
    changes = {
        k: v
        for k, v in (
            ("name", args.name),
            ("address", args.address),
            ("phone", args.phone),
            ("email", args.email),
        )
        if v is not None
    }
    head = set_letterhead(
        db.uow(), actor=_admin_actor(db, args.as_login), letterhead=replace(current, **changes)
    )
    print(f"Бланк письма: {head.name}; {head.address}; тел. {head.phone}; {head.email}")
    return 0


def _add_letter_commands(commands: Any, settings: Any) -> None:
    """Letters to applicants (issue 6): printing, templates, the letterhead."""
    letter = commands.add_parser(
        "letter", help="письмо по обращению в PDF: утверждённое или проект по шаблону"
    )
    letter.add_argument(
        "reg_no", metavar="REG_NO", help="регистрационный номер обращения, например ВП-2026-000123"
    )
    letter.add_argument("--template", help="имя шаблона: записать проект (с отметкой «ПРОЕКТ»)")
    letter.add_argument("--out", required=True, help="файл PDF")
    letter.add_argument("--redacted", action="store_true", help="обезличенная копия: без персональных данных")
    letter.add_argument("--as", dest="as_login")
    letter.set_defaults(handler=cmd_letter)
    template = commands.add_parser("template", help="шаблоны писем").add_subparsers(
        dest="template_command", required=True
    )
    listing = template.add_parser("list", help="все шаблоны")
    listing.add_argument("--as", dest="as_login")
    listing.set_defaults(handler=cmd_template_list)
    load = template.add_parser("import", help="добавить или заменить шаблон из файла .j2")
    load.add_argument("file")
    load.add_argument("--as", dest="as_login")
    load.set_defaults(handler=cmd_template_import)
    export = template.add_parser("export", help="выгрузить шаблон в файл (иначе в стандартный вывод)")
    export.add_argument("name")
    export.add_argument("--out")
    export.add_argument("--as", dest="as_login")
    export.set_defaults(handler=cmd_template_export)
    head = settings.add_parser("letterhead", help="реквизиты организации на бланке письма")
    for option in ("name", "address", "phone", "email"):
        head.add_argument(f"--{option}")
    head.add_argument("--as", dest="as_login")
    head.set_defaults(handler=cmd_settings_letterhead)


def _date_argument(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{value}» — не дата: нужен вид ГГГГ-ММ-ДД") from None


def cmd_report(args: argparse.Namespace) -> int:
    """Build a report and write it as PDF, XLSX or CSV (for scheduled runs)."""
    from reception.domain.appeals import Channel
    from reception.services.reports import Granularity, ReportParams, run_report

    out = Path(args.out)
    if not out.parent.is_dir():
        raise ReceptionError(f"Папки «{out.parent}» нет.")
    channel = None
    if args.channel:
        try:
            channel = Channel.of(args.channel)
        except ValueError:
            names = ", ".join(c.value for c in Channel)
            raise ReceptionError(f"Канал «{args.channel}» неизвестен; возможные: {names}.") from None
    db = _open(args)
    actor = _admin_actor(db, args.as_login)
    params = ReportParams(
        date_from=args.date_from,
        date_to=args.date_to,
        channel=channel,
        section=args.section or "",
        department_id=args.department,
        granularity=Granularity(args.by),
    )

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{done * 100 // total}%", end="", file=sys.stderr, flush=True)

    report = run_report(db.uow(), name=args.name, actor=actor, params=params, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.format == "pdf":
        from reception.documents.report_pdf import save_report_pdf

        save_report_pdf(report, out)
    elif args.format == "xlsx":
        from reception.documents.report_xlsx import save_report_xlsx

        save_report_xlsx(report, out)
    else:
        from reception.documents.report_csv import save_report_csv

        save_report_csv(report, out)
    print(f"Отчёт «{report.title}» записан в {out}.")
    return 0


def _add_report_command(commands: Any) -> None:
    """Manager reports (issue 7): `report NAME --from --to --format --out`."""
    from reception.services.reports import REPORTS

    report = commands.add_parser("report", help="отчёт за период в PDF, XLSX или CSV")
    report.add_argument(
        "name", choices=list(REPORTS), help="; ".join(f"{k} — {v.title}" for k, v in REPORTS.items())
    )
    report.add_argument("--from", dest="date_from", type=_date_argument, required=True, help="ГГГГ-ММ-ДД")
    report.add_argument("--to", dest="date_to", type=_date_argument, required=True, help="ГГГГ-ММ-ДД")
    report.add_argument("--format", choices=["pdf", "xlsx", "csv"], required=True)
    report.add_argument("--out", required=True, help="файл отчёта")
    report.add_argument("--channel", help="канал поступления (city_portal, post, …)")
    report.add_argument("--section", help="раздел классификатора, например 0005")
    report.add_argument("--department", type=int, help="номер подразделения")
    report.add_argument("--by", choices=["week", "month"], default="month", help="группировка динамики")
    report.add_argument("--as", dest="as_login", help="от имени руководителя или администратора LOGIN")
    report.set_defaults(handler=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reception-admin", description="Администрирование «Приёмной».")
    parser.add_argument("--db", help="URL базы данных SQLAlchemy (иначе RECEPTION_DB_URL или настройки)")
    commands = parser.add_subparsers(dest="command", required=True)

    db_parser = commands.add_parser("db", help="структура базы данных").add_subparsers(
        dest="db_command", required=True
    )
    db_parser.add_parser("upgrade", help="создать или обновить структуру").set_defaults(
        handler=cmd_db_upgrade
    )
    db_parser.add_parser("status", help="версия структуры").set_defaults(handler=cmd_db_status)

    user_parser = commands.add_parser("user", help="пользователи").add_subparsers(
        dest="user_command", required=True
    )
    add = user_parser.add_parser("add", help="добавить пользователя (пароль — из запроса или stdin)")
    add.add_argument("login")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--full-name", dest="full_name", default="")
    add.add_argument("--password-stdin", action="store_true", help="прочитать пароль из первой строки stdin")
    add.add_argument("--as", dest="as_login", help="от имени администратора LOGIN")
    add.set_defaults(handler=cmd_user_add)
    listing = user_parser.add_parser("list", help="список пользователей")
    listing.add_argument("--as", dest="as_login")
    listing.set_defaults(handler=cmd_user_list)

    reset = user_parser.add_parser("reset-password", help="задать новый пароль (снимает блокировку)")
    reset.add_argument("login")
    reset.add_argument("--password-stdin", action="store_true")
    reset.add_argument("--as", dest="as_login")
    reset.set_defaults(handler=cmd_user_reset_password)
    for name, active, text in (
        ("deactivate", False, "отключить учётную запись"),
        ("activate", True, "включить учётную запись"),
    ):
        toggle = user_parser.add_parser(name, help=text)
        toggle.add_argument("login")
        toggle.add_argument("--as", dest="as_login")
        toggle.set_defaults(handler=cmd_user_set_active, active=active)

    audit = commands.add_parser("audit", help="журнал аудита").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="проверить цепочку хешей журнала").set_defaults(handler=cmd_audit_verify)

    cls = commands.add_parser("classifier", help="тематический классификатор").add_subparsers(
        dest="classifier_command", required=True
    )
    imp = cls.add_parser("import", help="загрузить редакцию из CSV «код;наименование»")
    imp.add_argument("file")
    imp.add_argument("--version", help="название редакции (по умолчанию — имя файла)")
    imp.add_argument("--as", dest="as_login")
    imp.set_defaults(handler=cmd_classifier_import)

    settings = commands.add_parser("settings", help="настройки учреждения").add_subparsers(
        dest="settings_command", required=True
    )
    prefix = settings.add_parser("prefix", help="префикс регистрационных номеров")
    prefix.add_argument("prefix")
    prefix.add_argument("--as", dest="as_login")
    prefix.set_defaults(handler=cmd_settings_prefix)

    shift = settings.add_parser("deadline-shift", help="куда переносить срок с нерабочего дня")
    shift.add_argument("policy", choices=["preceding", "following"])
    shift.add_argument("--as", dest="as_login")
    shift.set_defaults(handler=cmd_settings_deadline_shift)

    calendar = commands.add_parser("calendar", help="производственный календарь").add_subparsers(
        dest="calendar_command", required=True
    )
    correction = calendar.add_parser("set", help="исправить день по постановлению о переносе выходных")
    correction.add_argument("day", help="ГГГГ-ММ-ДД")
    kind = correction.add_mutually_exclusive_group(required=True)
    kind.add_argument("--working", dest="working", action="store_true", help="рабочий день")
    kind.add_argument("--non-working", dest="working", action="store_false", help="нерабочий день")
    correction.add_argument("--note", required=True, help="основание (постановление № … от …)")
    correction.add_argument("--as", dest="as_login")
    correction.set_defaults(handler=cmd_calendar_set)

    department = commands.add_parser("department", help="подразделения").add_subparsers(
        dest="department_command", required=True
    )
    department_add = department.add_parser("add", help="добавить подразделение")
    department_add.add_argument("name")
    department_add.add_argument("--as", dest="as_login")
    department_add.set_defaults(handler=cmd_department_add)

    demo = commands.add_parser("demo", help="заполнить базу демонстрационными данными")
    demo.add_argument("--appeals", type=int, default=1000)
    demo.add_argument("--properties", type=int, default=200)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument(
        "--consultations",
        type=int,
        help="консультаций за два года (по умолчанию 1,5 на обращение, до 30 000)",
    )
    demo.set_defaults(handler=cmd_demo)
    # The property register (issue 4).
    imports = commands.add_parser("import", help="загрузка данных из файлов").add_subparsers(
        dest="import_command", required=True
    )
    props = imports.add_parser("properties", help="реестр объектов недвижимости из CSV или XLSX")
    props.add_argument("file")
    props.add_argument("--dry-run", action="store_true", help="только проверить и показать отчёт")
    props.add_argument(
        "--valid-only", action="store_true", help="загрузить строки без ошибок, остальные пропустить"
    )
    props.add_argument(
        "--map",
        action="append",
        metavar="СТОЛБЕЦ=ПОЛЕ",
        help="соответствие столбца полю (cadastral_number, kind, address, area, …; «-» — пропустить)",
    )
    props.add_argument("--as", dest="as_login")
    props.set_defaults(handler=cmd_import_properties)
    prop = commands.add_parser("property", help="реестр объектов недвижимости").add_subparsers(
        dest="property_command", required=True
    )
    find = prop.add_parser("find", help="найти объект по кадастровому номеру, адресу или правообладателю")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--as", dest="as_login")
    find.set_defaults(handler=cmd_property_find)
    _add_letter_commands(commands, settings)
    _add_report_command(commands)
    from reception.cli_data import add_data_commands

    add_data_commands(commands, imports)
    from reception.cli_consultations import add_consultation_commands

    add_consultation_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ReceptionError as error:
        print(f"Ошибка: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
