"""reception-admin consultation …: schedules, absences, free slots, booking and the day (issue 11).

The same services as the app, with the same rules: a taken slot, a slot outside the schedule or an
unknown login ends with a clear message and a non-zero exit code, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any

from reception.domain.consultations import (
    ConsultationFormat,
    ScheduleFormat,
    WeeklySchedule,
    WorkingHours,
    parse_time_range,
    parse_weekdays,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ReceptionError

EXIT_SLOT_TAKEN = 3
EXIT_SECOND_BOOKING = 4

_FORMATS = {"video": ConsultationFormat.VIDEO, "in-person": ConsultationFormat.IN_PERSON}
_SCHEDULE_FORMATS = {
    "video": ScheduleFormat.VIDEO,
    "in-person": ScheduleFormat.IN_PERSON,
    "both": ScheduleFormat.BOTH,
}


def _moment(text: str) -> datetime:
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ReceptionError(
            f"«{text}» — не дата и время (нужно «ГГГГ-ММ-ДД ЧЧ:ММ», московское время)."
        ) from None
    return moment.replace(tzinfo=OFFICE_TIMEZONE)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReceptionError(f"«{text}» — не дата (нужно ГГГГ-ММ-ДД).") from None


def _actor(db: Any, login: str | None) -> Any:
    from reception.cli import _admin_actor

    return _admin_actor(db, login)


def _slot_line(slot: Any) -> str:
    formats = ", ".join(f.label.lower() for f in slot.formats)
    return f"  {slot.starts_at:%d.%m.%Y %H:%M}  {slot.specialist_name} ({formats})"


def cmd_consultation_schedule(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.consultations import find_user_by_login, set_schedule

    hours = parse_time_range(args.hours)
    schedule = WeeklySchedule(
        days=tuple(WorkingHours(day, hours) for day in parse_weekdays(args.weekdays)),
        slot_minutes=args.slot,
        breaks=tuple(parse_time_range(text, "breaks") for text in args.breaks or ()),
        format=_SCHEDULE_FORMATS[args.format],
        topic_codes=tuple(c.strip() for c in (args.topics or "").split(",") if c.strip()),
    )
    db = _open(args)
    specialist = find_user_by_login(db.uow(), args.login)
    view = set_schedule(
        db.uow(), actor=_actor(db, args.as_login), specialist_id=specialist.id, schedule=schedule
    )
    topics = ", ".join(view.schedule.topic_codes) or "все темы"
    print(f"Расписание {view.full_name} ({view.login}): {view.schedule.describe()}; темы: {topics}.")
    return 0


def cmd_consultation_absence(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.domain.consultations import Absence
    from reception.services.consultations import add_absence, find_user_by_login

    first, last = _day(args.date_from), _day(args.date_to or args.date_from)
    db = _open(args)
    specialist = find_user_by_login(db.uow(), args.login)
    view = add_absence(
        db.uow(),
        actor=_actor(db, args.as_login),
        specialist_id=specialist.id,
        absence=Absence(first, last, args.reason or ""),
    )
    print(f"{view.full_name}: приёма нет с {first:%d.%m.%Y} по {last:%d.%m.%Y}.")
    return 0


def cmd_consultation_slots(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.consultations import find_user_by_login, free_slots

    db = _open(args)
    specialist_id = find_user_by_login(db.uow(), args.specialist).id if args.specialist else None
    slots = free_slots(
        db.uow(),
        actor=_actor(db, args.as_login),
        topic_code=args.topic,
        format=_FORMATS[args.format] if args.format else None,
        specialist_id=specialist_id,
        after=_moment(args.after) if args.after else None,
        limit=args.limit,
    )
    if not slots:
        print("Свободных слотов нет.")
        return 1
    for slot in slots:
        print(_slot_line(slot).strip())
    return 0


def _split_name(name: str) -> tuple[str, str, str]:
    parts = name.split()
    if not parts:
        raise ReceptionError("Укажите фамилию, имя и отчество гражданина (--name).")
    return parts[0], parts[1] if len(parts) > 1 else "", " ".join(parts[2:])


def _known_applicant(db: Any, actor: Any, surname: str, first: str, patronymic: str, phone: str) -> Any:
    """As the appeal editor: an applicant with this phone and this name is the same person (their
    view, so that the booking keeps the address and e-mail already on file)."""
    from reception.domain.text import fold
    from reception.services.applicants import find_applicants

    if not phone:
        return None
    wanted = fold(f"{surname} {first} {patronymic}")
    for found in find_applicants(db.uow(), actor=actor, term=phone):
        if fold(f"{found.surname} {found.first_name} {found.patronymic}") == wanted:
            return found
    return None


def cmd_consultation_book(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reception.cli import _open
    from reception.domain.appeals import ApplicantDraft
    from reception.domain.contacts import normalise_phone
    from reception.services.consultations import (
        BookingDraft,
        SecondBooking,
        SlotTaken,
        book_consultation,
        find_user_by_login,
    )

    starts_at = _moment(args.at)
    surname, first, patronymic = _split_name(args.name)
    db = _open(args)
    specialist = find_user_by_login(db.uow(), args.specialist)
    actor = _actor(db, args.as_login)
    applicant = ApplicantDraft(
        surname=surname,
        first_name=first,
        patronymic=patronymic,
        phone=args.phone or "",
        email=args.email or "",
    )
    known = _known_applicant(db, actor, surname, first, patronymic, normalise_phone(args.phone or "") or "")
    if known is not None:
        applicant = replace(known.to_draft(), email=args.email or known.email)
    draft = BookingDraft(
        specialist_id=specialist.id,
        starts_at=starts_at,
        format=_FORMATS[args.format],
        applicant=applicant,
        topic_code=args.topic,
        description=args.description or "",
        meeting_link=args.link or "",
        allow_second=args.allow_second,
    )
    try:
        view = book_consultation(db.uow(), actor=actor, draft=draft)
    except SlotTaken as error:
        print(f"Ошибка: {error.message}", file=sys.stderr)
        if error.next_free:
            print("Ближайшие свободные слоты:", file=sys.stderr)
            for slot in error.next_free:
                print(_slot_line(slot), file=sys.stderr)
        return EXIT_SLOT_TAKEN
    except SecondBooking as error:
        print(f"Ошибка: {error.message}", file=sys.stderr)
        for existing in error.existing:
            print(
                f"  № {existing.id}: {existing.starts_at:%d.%m.%Y %H:%M}, {existing.specialist_name}",
                file=sys.stderr,
            )
        print("Чтобы записать ещё раз, добавьте --allow-second.", file=sys.stderr)
        return EXIT_SECOND_BOOKING
    print(
        f"Запись № {view.id}: {view.format.label.lower()} {view.starts_at:%d.%m.%Y %H:%M}–{view.ends_at:%H:%M}, "
        f"{view.specialist_name}; {view.applicant.display_name}."
    )
    if view.meeting_link:
        print(f"Ссылка: {view.meeting_link}")
    return 0


def cmd_consultation_day(args: argparse.Namespace) -> int:
    from reception.cli import _open
    from reception.services.consultations import day_view, find_user_by_login

    db = _open(args)
    specialist = find_user_by_login(db.uow(), args.login)
    day = _day(args.date) if args.date else datetime.now(OFFICE_TIMEZONE).date()
    entries = day_view(db.uow(), actor=_actor(db, args.as_login), specialist_id=specialist.id, day=day)
    print(f"{specialist.full_name}, {day:%d.%m.%Y}: консультаций {len(entries)}.")
    for entry in entries:
        c = entry.consultation
        print(
            f"  {c.starts_at:%H:%M} {c.status.label:<22} {c.format.label:<18} {c.applicant.display_name}"
            f" — {c.topic_name or 'тема не указана'}; обращений ранее: {len(entry.earlier_appeals)}"
        )
    return 0


def add_consultation_commands(commands: Any) -> None:
    group = commands.add_parser(
        "consultation", help="консультации специалистов: расписание и запись"
    ).add_subparsers(dest="consultation_command", required=True)
    schedule = group.add_parser("schedule", help="задать недельное расписание специалиста")
    schedule.add_argument("login", help="логин специалиста")
    schedule.add_argument("--weekdays", required=True, help="дни недели: mon-fri, mon,wed,fri")
    schedule.add_argument("--hours", required=True, help="часы приёма: 09:00-18:00")
    schedule.add_argument("--slot", type=int, default=20, help="длительность приёма, минут (20)")
    schedule.add_argument("--format", choices=list(_SCHEDULE_FORMATS), default="both")
    schedule.add_argument(
        "--break", dest="breaks", action="append", help="перерыв 13:00-14:00 (можно несколько)"
    )
    schedule.add_argument(
        "--topics", help="разделы классификатора через запятую (0005.0005,0003.0009); иначе все"
    )
    schedule.add_argument("--as", dest="as_login", help="от имени администратора LOGIN")
    schedule.set_defaults(handler=cmd_consultation_schedule)

    absence = group.add_parser("absence", help="отсутствие специалиста (отпуск, больничный)")
    absence.add_argument("login")
    absence.add_argument("--from", dest="date_from", required=True, help="ГГГГ-ММ-ДД")
    absence.add_argument("--to", dest="date_to", help="ГГГГ-ММ-ДД (иначе один день)")
    absence.add_argument("--reason", help="причина")
    absence.add_argument("--as", dest="as_login")
    absence.set_defaults(handler=cmd_consultation_absence)

    slots = group.add_parser("slots", help="ближайшие свободные слоты")
    slots.add_argument("--topic", help="код классификатора")
    slots.add_argument("--format", choices=list(_FORMATS))
    slots.add_argument("--specialist", help="логин специалиста")
    slots.add_argument("--after", help="не раньше «ГГГГ-ММ-ДД ЧЧ:ММ»")
    slots.add_argument("--limit", type=int, default=10)
    slots.add_argument("--as", dest="as_login")
    slots.set_defaults(handler=cmd_consultation_slots)

    book = group.add_parser("book", help="записать гражданина на консультацию")
    book.add_argument("specialist", help="логин специалиста")
    book.add_argument("--at", required=True, help="«ГГГГ-ММ-ДД ЧЧ:ММ», московское время")
    book.add_argument("--name", required=True, help="«Фамилия Имя Отчество»")
    book.add_argument("--phone", help="телефон гражданина")
    book.add_argument("--email", help="e-mail для приглашения")
    book.add_argument("--topic", help="код классификатора")
    book.add_argument("--format", choices=list(_FORMATS), default="video")
    book.add_argument("--description", help="кратко о вопросе")
    book.add_argument("--link", help="ссылка на видеовстречу (иначе по шаблону)")
    book.add_argument(
        "--allow-second", action="store_true", help="записать, даже если есть запись по той же теме"
    )
    book.add_argument("--as", dest="as_login", help="от имени пользователя LOGIN (иначе администратор)")
    book.set_defaults(handler=cmd_consultation_book)

    day = group.add_parser("day", help="консультации специалиста за день")
    day.add_argument("login")
    day.add_argument("--date", help="ГГГГ-ММ-ДД (иначе сегодня)")
    day.add_argument("--as", dest="as_login")
    day.set_defaults(handler=cmd_consultation_day)


__all__ = ["add_consultation_commands"]
