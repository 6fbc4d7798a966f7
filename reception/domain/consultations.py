"""Consultations with specialists: weekly schedules, slots, outcomes, meeting links, invitations.

Pure rules, no session and no I/O. Times of day are the office's wall-clock (Europe/Moscow); a slot is
an aware datetime in that zone. Slots are generated from a schedule and the production calendar,
never stored one by one; a booking stores only its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit

from reception.domain.appeals import Channel, LabelledEnum
from reception.domain.calendar import PRE_HOLIDAY_SHORTENING_HOURS, WorkCalendar
from reception.domain.classifier import PAD
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import FieldError, ValidationError

DEFAULT_SLOT_MINUTES = 20
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 240
# How far ahead free slots are looked for.
BOOKING_HORIZON_DAYS = 60
BOOKING_ID_PLACEHOLDER = "{booking_id}"
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_LABELS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


class ConsultationFormat(LabelledEnum):
    """How one consultation is held."""

    VIDEO = "video", "Видеоконсультация"
    IN_PERSON = "in_person", "Личный приём"

    @property
    def channel(self) -> Channel:
        """The channel of an appeal registered from a consultation held this way."""
        return Channel.VIDEO_CONSULTATION if self is ConsultationFormat.VIDEO else Channel.IN_PERSON


class ScheduleFormat(LabelledEnum):
    """Which formats a specialist's schedule offers."""

    VIDEO = "video", "Только видео"
    IN_PERSON = "in_person", "Только лично"
    BOTH = "both", "Видео и лично"

    @property
    def formats(self) -> tuple[ConsultationFormat, ...]:
        if self is ScheduleFormat.VIDEO:
            return (ConsultationFormat.VIDEO,)
        if self is ScheduleFormat.IN_PERSON:
            return (ConsultationFormat.IN_PERSON,)
        return (ConsultationFormat.VIDEO, ConsultationFormat.IN_PERSON)

    def offers(self, fmt: ConsultationFormat) -> bool:
        return fmt in self.formats


class ConsultationStatus(LabelledEnum):
    """A booking's state; every status but BOOKED is an outcome."""

    BOOKED = "booked", "Записан"
    HELD = "held", "Проведена"
    NO_SHOW = "no_show", "Неявка"
    CANCELLED_BY_CITIZEN = "cancelled_by_citizen", "Отменена гражданином"
    CANCELLED_BY_OFFICE = "cancelled_by_office", "Отменена учреждением"
    MOVED = "moved", "Перенесена"

    @property
    def holds_slot(self) -> bool:
        """Booked, held and missed consultations keep their slot; cancelled and moved free it."""
        return self in SLOT_HOLDING

    @property
    def is_cancelled(self) -> bool:
        return self in (ConsultationStatus.CANCELLED_BY_CITIZEN, ConsultationStatus.CANCELLED_BY_OFFICE)


SLOT_HOLDING = (ConsultationStatus.BOOKED, ConsultationStatus.HELD, ConsultationStatus.NO_SHOW)
# Outcomes a specialist records for a booked consultation (cancel and move have their own actions).
RECORDABLE_OUTCOMES = (
    ConsultationStatus.HELD,
    ConsultationStatus.NO_SHOW,
    ConsultationStatus.CANCELLED_BY_CITIZEN,
)


class AnswerKind(LabelledEnum):
    """What a held consultation ended with."""

    # The question was explained; nothing further is owed (a consultation is not an appeal).
    EXPLAINED = "explained", "Дано разъяснение"
    # 59-FZ art. 13 p. 3: at a personal reception, facts obvious and needing no check may be answered
    # orally with the citizen's consent, recorded on the personal-reception card. A lawful outcome.
    ORAL_WITH_CONSENT = "oral_with_consent", "Устный ответ с согласия гражданина"
    # Otherwise a written answer on the merits: an appeal is registered from the consultation.
    WRITTEN_ANSWER_NEEDED = "written_answer_needed", "Нужен письменный ответ"


@dataclass(frozen=True)
class TimeRange:
    """[start, end) within one day."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def contains(self, moment: time) -> bool:
        return self.start <= moment < self.end

    def overlaps(self, start: time, end: time) -> bool:
        return start < self.end and self.start < end


@dataclass(frozen=True)
class WorkingHours:
    """The hours of one weekday (0 = Monday)."""

    weekday: int
    hours: TimeRange


@dataclass(frozen=True)
class WeeklySchedule:
    """A specialist's week: hours per weekday, breaks (every day), slot length, format and topics.

    `topic_codes` are classifier subtrees (`0005.0005` covers every code under it); empty means every
    topic.
    """

    days: tuple[WorkingHours, ...]
    slot_minutes: int = DEFAULT_SLOT_MINUTES
    breaks: tuple[TimeRange, ...] = ()
    format: ScheduleFormat = ScheduleFormat.BOTH
    topic_codes: tuple[str, ...] = ()

    def hours_of(self, weekday: int) -> TimeRange | None:
        for day in self.days:
            if day.weekday == weekday:
                return day.hours
        return None

    def covers(self, topic_code: str | None) -> bool:
        if not topic_code or not self.topic_codes:
            return True
        return any(in_subtree(topic_code, root) for root in self.topic_codes)

    def describe(self) -> str:
        """«пн–пт 09:00-18:00, перерыв 13:00-14:00, 20 мин, видео и лично»."""
        parts = [", ".join(f"{WEEKDAY_LABELS[d.weekday]} {d.hours}" for d in self.days)]
        if self.breaks:
            parts.append("перерыв " + ", ".join(str(b) for b in self.breaks))
        parts.append(f"{self.slot_minutes} мин")
        parts.append(self.format.label.lower())
        return "; ".join(parts)


@dataclass(frozen=True)
class Absence:
    """A one-off absence (leave, sick day): no slots from `first_day` to `last_day` inclusive."""

    first_day: date
    last_day: date
    reason: str = ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def in_subtree(code: str, root: str) -> bool:
    """Whether classifier `code` lies under `root` (padded or not), or is `root` itself."""
    significant = [g for g in root.strip().split(".") if g != PAD]
    groups = code.strip().split(".")
    return bool(significant) and groups[: len(significant)] == significant


# --- parsing what admins type ---------------------------------------------------------------------

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_time(text: str, field_name: str = "hours") -> time:
    match = _TIME.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(FieldError(field_name, f"«{text.strip()}» — не время (вид 09:00)."))
    return time(int(match.group(1)), int(match.group(2)))


def parse_time_range(text: str, field_name: str = "hours") -> TimeRange:
    """`09:00-18:00` (an en dash works too)."""
    pieces = re.split(r"\s*[-–—]\s*", text.strip())
    if len(pieces) != 2:
        raise ValidationError(
            FieldError(field_name, f"«{text.strip()}» — не интервал времени (вид 09:00-18:00).")
        )
    start, end = parse_time(pieces[0], field_name), parse_time(pieces[1], field_name)
    if end <= start:
        raise ValidationError(
            FieldError(field_name, f"Интервал {text.strip()}: конец должен быть позже начала.")
        )
    return TimeRange(start, end)


def parse_weekdays(text: str) -> tuple[int, ...]:
    """`mon-fri`, `mon,wed,fri`, `mon-wed,sat` (also Russian `пн-пт`) → sorted weekday numbers."""
    names = {name: i for i, name in enumerate(WEEKDAY_NAMES)} | {
        name: i for i, name in enumerate(WEEKDAY_LABELS)
    }
    days: set[int] = set()
    for piece in filter(None, (p.strip().lower() for p in text.split(","))):
        ends = [e.strip() for e in re.split(r"[-–—]", piece)]
        if len(ends) > 2 or any(e not in names for e in ends):
            raise ValidationError(
                FieldError("weekdays", f"«{piece}» — не дни недели (вид mon-fri или mon,wed,fri).")
            )
        first, last = names[ends[0]], names[ends[-1]]
        if last < first:
            raise ValidationError(FieldError("weekdays", f"«{piece}»: дни указаны в обратном порядке."))
        days.update(range(first, last + 1))
    if not days:
        raise ValidationError(FieldError("weekdays", "Укажите рабочие дни недели (например mon-fri)."))
    return tuple(sorted(days))


def validate_schedule(schedule: WeeklySchedule, topic_exists: Iterable[str] | None = None) -> None:
    """ValidationError naming every problem; `topic_exists` is the set of known classifier codes."""
    errors: list[FieldError] = []
    if not schedule.days:
        errors.append(FieldError("weekdays", "В расписании нет ни одного рабочего дня."))
    seen: set[int] = set()
    for day in schedule.days:
        if not 0 <= day.weekday <= 6:
            errors.append(FieldError("weekdays", f"Нет дня недели с номером {day.weekday}."))
        elif day.weekday in seen:
            errors.append(FieldError("weekdays", f"{WEEKDAY_LABELS[day.weekday]}: часы указаны дважды."))
        seen.add(day.weekday)
        if day.hours.end <= day.hours.start:
            errors.append(FieldError("hours", f"Часы {day.hours}: конец должен быть позже начала."))
    if not MIN_SLOT_MINUTES <= schedule.slot_minutes <= MAX_SLOT_MINUTES:
        errors.append(
            FieldError(
                "slot_minutes",
                f"Длительность приёма: от {MIN_SLOT_MINUTES} до {MAX_SLOT_MINUTES} минут.",
            )
        )
    for pause in schedule.breaks:
        if pause.end <= pause.start:
            errors.append(FieldError("breaks", f"Перерыв {pause}: конец должен быть позже начала."))
    if topic_exists is not None:
        known = set(topic_exists)
        for code in schedule.topic_codes:
            if code not in known:
                errors.append(FieldError("topics", f"Темы «{code}» нет в классификаторе."))
    if not errors and not any(_day_slots(schedule, d.hours) for d in schedule.days):
        errors.append(
            FieldError("hours", "В рабочие часы не помещается ни одного приёма: проверьте часы и перерывы.")
        )
    if errors:
        raise ValidationError(errors)


# --- slots ------------------------------------------------------------------------------------------


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _day_slots(schedule: WeeklySchedule, hours: TimeRange) -> list[time]:
    """Slot start times within `hours`: consecutive from the start; a break pushes the next slot to its end."""
    step = schedule.slot_minutes
    pauses = sorted((_minutes(b.start), _minutes(b.end)) for b in schedule.breaks)
    moment, end = _minutes(hours.start), _minutes(hours.end)
    starts: list[time] = []
    while moment + step <= end:
        clash = next((p for p in pauses if moment < p[1] and p[0] < moment + step), None)
        if clash is not None:
            moment = clash[1]
            continue
        starts.append(time(moment // 60, moment % 60))
        moment += step
    return starts


def hours_on(schedule: WeeklySchedule, calendar: WorkCalendar, day: date) -> TimeRange | None:
    """The specialist's hours on `day` per the production calendar, or None on a non-working day.

    A holiday closes the day. A transferred working day (a working Saturday) keeps the schedule's own
    hours for that weekday if it has any, else the hours of the nearest scheduled weekday before it.
    A pre-holiday day (Labour Code art. 95) ends an hour earlier; None if nothing is left of it.
    """
    if not calendar.is_working_day(day):
        return None
    hours = _scheduled_hours(schedule, day)
    if hours is None or not calendar.is_pre_holiday(day):
        return hours
    end = _minutes(hours.end) - 60 * PRE_HOLIDAY_SHORTENING_HOURS
    if end <= _minutes(hours.start):
        return None
    return TimeRange(hours.start, time(end // 60, end % 60))


def _scheduled_hours(schedule: WeeklySchedule, day: date) -> TimeRange | None:
    own = schedule.hours_of(day.weekday())
    if own is not None:
        return own
    if day.weekday() < 5:
        return None  # a weekday the specialist does not work
    for back in range(1, 7):
        hours = schedule.hours_of((day.weekday() - back) % 7)
        if hours is not None and (day.weekday() - back) % 7 < 5:
            return hours
    return None


def day_slots(
    schedule: WeeklySchedule,
    calendar: WorkCalendar,
    day: date,
    absences: Sequence[Absence] = (),
) -> list[datetime]:
    """The slots of one day as aware office-time datetimes (empty on a day off or an absence)."""
    if any(a.covers(day) for a in absences):
        return []
    hours = hours_on(schedule, calendar, day)
    if hours is None:
        return []
    return [datetime.combine(day, t, OFFICE_TIMEZONE) for t in _day_slots(schedule, hours)]


def generate_slots(
    schedule: WeeklySchedule,
    calendar: WorkCalendar,
    first_day: date,
    last_day: date,
    absences: Sequence[Absence] = (),
) -> Iterator[datetime]:
    """Every slot from `first_day` to `last_day` inclusive, in order."""
    day = first_day
    while day <= last_day:
        yield from day_slots(schedule, calendar, day, absences)
        day += timedelta(days=1)


def to_office_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=OFFICE_TIMEZONE)
    return moment.astimezone(OFFICE_TIMEZONE)


def check_slot(
    schedule: WeeklySchedule,
    calendar: WorkCalendar,
    starts_at: datetime,
    *,
    now: datetime,
    absences: Sequence[Absence] = (),
    specialist_name: str = "специалист",
    field_name: str = "starts_at",
) -> None:
    """ValidationError unless `starts_at` is a future slot of this schedule on a working day."""
    local = to_office_time(starts_at)
    when = f"{local:%d.%m.%Y %H:%M}"
    if local <= now:
        raise ValidationError(FieldError(field_name, f"Время {when} уже прошло: выберите будущий слот."))
    day = local.date()
    absence = next((a for a in absences if a.covers(day)), None)
    if absence is not None:
        why = f" ({absence.reason})" if absence.reason else ""
        raise ValidationError(
            FieldError(field_name, f"{local:%d.%m.%Y} {specialist_name} отсутствует{why}: приёма нет.")
        )
    if not calendar.is_working_day(day):
        raise ValidationError(
            FieldError(field_name, f"{local:%d.%m.%Y} — нерабочий день по производственному календарю.")
        )
    if local.replace(tzinfo=None).time() not in _day_slots_or_empty(schedule, calendar, day):
        hours = hours_on(schedule, calendar, day)
        detail = (
            f"приём {hours} по {schedule.slot_minutes} мин" if hours is not None else "в этот день приёма нет"
        )
        if calendar.is_pre_holiday(day):
            detail += " (предпраздничный день на час короче)"
        raise ValidationError(FieldError(field_name, f"{when} — вне расписания: у специалиста {detail}."))


def _day_slots_or_empty(schedule: WeeklySchedule, calendar: WorkCalendar, day: date) -> list[time]:
    hours = hours_on(schedule, calendar, day)
    return _day_slots(schedule, hours) if hours is not None else []


# --- meeting links ----------------------------------------------------------------------------------


def check_meeting_link(link: str, field_name: str = "meeting_link") -> str:
    """The link stripped, or ValidationError: an https address with a host and no spaces."""
    link = link.strip()
    parts = urlsplit(link)
    if parts.scheme != "https" or not parts.hostname or any(ch.isspace() for ch in link):
        raise ValidationError(
            FieldError(field_name, f"«{link[:80]}» — не ссылка на видеовстречу (нужен адрес https://…).")
        )
    return link


def check_link_template(template: str) -> str:
    """A template such as `https://meet.example.ru/room/{booking_id}`; ValidationError otherwise."""
    template = template.strip()
    if template.count(BOOKING_ID_PLACEHOLDER) != 1 or re.search(r"\{(?!booking_id\})", template):
        raise ValidationError(
            FieldError(
                "meeting_link_template",
                "Шаблон ссылки должен содержать {booking_id} ровно один раз, например "
                "https://meet.example.ru/room/{booking_id}.",
            )
        )
    check_meeting_link(template.replace(BOOKING_ID_PLACEHOLDER, "1"), "meeting_link_template")
    return template


def meeting_link(template: str, booking_id: int) -> str:
    return check_link_template(template).replace(BOOKING_ID_PLACEHOLDER, str(booking_id))


# --- invitations ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvitationData:
    booking_id: int
    starts_at: datetime
    ends_at: datetime
    format: ConsultationFormat
    specialist_name: str
    applicant_name: str
    topic: str = ""
    meeting_link: str = ""
    office_name: str = ""
    office_address: str = ""
    description: str = ""
    uid_domain: str = "reception.local"
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def invitation_text(data: InvitationData) -> str:
    """The invitation a clerk copies, e-mails or prints (Russian, plain text)."""
    local = to_office_time(data.starts_at)
    lines = [
        f"Уважаемый(ая) {data.applicant_name}!" if data.applicant_name else "Здравствуйте!",
        "",
        f"Вы записаны на {'видеоконсультацию' if data.format is ConsultationFormat.VIDEO else 'личный приём'}"
        f"{' в ' + data.office_name if data.office_name else ''}.",
        f"Дата и время: {local:%d.%m.%Y}, {local:%H:%M}–{to_office_time(data.ends_at):%H:%M} (московское время).",
        f"Специалист: {data.specialist_name}.",
    ]
    if data.topic:
        lines.append(f"Тема: {data.topic}.")
    if data.format is ConsultationFormat.VIDEO and data.meeting_link:
        lines += ["", f"Ссылка для подключения: {data.meeting_link}", "Подключитесь за 5 минут до начала."]
    elif data.format is ConsultationFormat.IN_PERSON:
        if data.office_address:
            lines.append(f"Адрес: {data.office_address}.")
        lines.append("При себе иметь документ, удостоверяющий личность.")
    lines += ["", f"Номер записи: {data.booking_id}. Если прийти не получится, сообщите об этом заранее."]
    return "\n".join(lines) + "\n"


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_fold(line: str) -> str:
    """RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space (never inside a character)."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def _ics_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def invitation_ics(data: InvitationData) -> bytes:
    """An RFC 5545 calendar file with one event (times in UTC, CRLF lines, folded at 75 octets)."""
    what = "Видеоконсультация" if data.format is ConsultationFormat.VIDEO else "Личный приём"
    location = data.meeting_link if data.format is ConsultationFormat.VIDEO else data.office_address
    description = invitation_text(data)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Reception//Consultations//RU",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:consultation-{data.booking_id}@{data.uid_domain}",
        f"DTSTAMP:{_ics_time(data.created_at)}",
        f"DTSTART:{_ics_time(data.starts_at)}",
        f"DTEND:{_ics_time(data.ends_at)}",
        f"SUMMARY:{_ics_escape(f'{what}: {data.specialist_name}')}",
        f"DESCRIPTION:{_ics_escape(description)}",
    ]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if data.format is ConsultationFormat.VIDEO and data.meeting_link:
        lines.append(f"URL:{data.meeting_link}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(line) for line in lines) + "\r\n").encode("utf-8")


def wait_days(booked_at: datetime, starts_at: datetime) -> float:
    """Days from booking to the slot (for the report's average wait)."""
    return max((starts_at - booked_at).total_seconds(), 0.0) / 86400
