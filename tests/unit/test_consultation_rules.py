"""Consultation rules without a database: slots from a schedule and the production calendar, what
admins type, meeting links, and the invitation text and calendar file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from reception.domain.appeals import Channel
from reception.domain.calendar import WorkCalendar
from reception.domain.consultations import (
    Absence,
    ConsultationFormat,
    InvitationData,
    ScheduleFormat,
    TimeRange,
    WeeklySchedule,
    WorkingHours,
    check_link_template,
    check_meeting_link,
    check_slot,
    day_slots,
    generate_slots,
    in_subtree,
    invitation_ics,
    invitation_text,
    meeting_link,
    parse_time_range,
    parse_weekdays,
    validate_schedule,
)
from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ValidationError

LUNCH = TimeRange(time(13), time(14))
NOW = datetime(2025, 10, 1, 12, tzinfo=UTC)


def weekdays(
    start: str = "09:00", end: str = "18:00", days: range = range(5), **kw: object
) -> WeeklySchedule:
    hours = TimeRange(time.fromisoformat(start), time.fromisoformat(end))
    return WeeklySchedule(days=tuple(WorkingHours(d, hours) for d in days), breaks=(LUNCH,), **kw)  # type: ignore[arg-type]


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), OFFICE_TIMEZONE)


def test_slots_across_the_november_holidays_and_the_working_saturday() -> None:
    # 2025: Saturday 1 November is a working day (transferred); Monday 3 (transfer) and Tuesday 4
    # (Unity Day) are days off.
    slots = list(generate_slots(weekdays(), WorkCalendar(), date(2025, 10, 31), date(2025, 11, 5)))
    days = sorted({s.date() for s in slots})
    assert days == [date(2025, 10, 31), date(2025, 11, 1), date(2025, 11, 5)]
    per_day = [len([s for s in slots if s.date() == d]) for d in days]
    # The working Saturday before the holidays is a pre-holiday day: an hour (three slots) shorter.
    assert per_day == [24, 21, 24]
    assert slots[0] == at(date(2025, 10, 31), 9) and slots[0].utcoffset() is not None


def test_a_working_saturday_takes_the_hours_of_the_last_scheduled_weekday_before_it() -> None:
    schedule = WeeklySchedule(
        days=(
            WorkingHours(0, TimeRange(time(9), time(12))),
            WorkingHours(2, TimeRange(time(14), time(16))),
        ),
        slot_minutes=30,
    )
    saturday = date(2025, 11, 1)
    # Wednesday's 14:00-16:00, an hour shorter: the Saturday is also the eve of the holidays.
    assert [s.time() for s in day_slots(schedule, WorkCalendar(), saturday)] == [time(14), time(14, 30)]
    # An office correction closes a day the package thinks is working, or opens a Sunday.
    closed = WorkCalendar({date(2025, 11, 5): False})
    assert day_slots(weekdays(), closed, date(2025, 11, 5)) == []
    opened = WorkCalendar({date(2025, 11, 9): True})
    assert len(day_slots(weekdays(), opened, date(2025, 11, 9))) == 24


def test_pre_holiday_days_are_those_of_the_production_calendars() -> None:
    calendar = WorkCalendar()

    def shortened(year: int) -> list[date]:
        days = (date(year, 1, 1) + timedelta(days=n) for n in range(366))
        return [d for d in days if d.year == year and calendar.is_pre_holiday(d)]

    # As published (Consultant's production calendars): weekdays before a holiday, and the working
    # Saturdays that stand in for them; not the Friday before a Monday holiday (12.06.2023).
    assert shortened(2023) == [date(2023, 2, 22), date(2023, 3, 7), date(2023, 11, 3)]
    assert shortened(2024) == [
        date(2024, 2, 22), date(2024, 3, 7), date(2024, 4, 27), date(2024, 5, 8),
        date(2024, 6, 11), date(2024, 11, 2), date(2024, 12, 28),
    ]  # fmt: skip
    assert shortened(2025) == [date(2025, 3, 7), date(2025, 4, 30), date(2025, 6, 11), date(2025, 11, 1)]
    # A day off before the holiday (a transfer) is not shortened, it is not working at all.
    assert not calendar.is_pre_holiday(date(2025, 11, 3))
    # An office correction wins both ways.
    assert not WorkCalendar(shortened={date(2025, 4, 30): False}).is_pre_holiday(date(2025, 4, 30))
    assert WorkCalendar(shortened={date(2025, 4, 29): True}).is_pre_holiday(date(2025, 4, 29))


def test_slots_on_a_pre_holiday_day_end_an_hour_earlier() -> None:
    calendar = WorkCalendar()
    eve, ordinary = date(2027, 11, 3), date(2027, 10, 27)  # the Wednesday before Unity Day; a week before
    assert day_slots(weekdays(), calendar, ordinary)[-1] == at(ordinary, 17, 40)
    slots = day_slots(weekdays(), calendar, eve)
    assert slots[0] == at(eve, 9) and slots[-1] == at(eve, 16, 40)
    assert len(slots) == 21
    # Booking the lost hour is refused, and the message says why.
    with pytest.raises(ValidationError) as caught:
        check_slot(weekdays(), calendar, at(eve, 17), now=NOW)
    assert "09:00-17:00" in caught.value.message and "предпраздничный" in caught.value.message
    check_slot(weekdays(), calendar, at(eve, 16, 40), now=NOW)
    # A day whose hours are shorter than the hour lost has no slots at all.
    short = weekdays("09:00", "10:00")
    assert day_slots(short, calendar, eve) == [] and len(day_slots(short, calendar, ordinary)) == 3


def test_breaks_push_the_next_slot_to_their_end() -> None:
    schedule = WeeklySchedule(
        days=(WorkingHours(0, TimeRange(time(9), time(12))),),
        slot_minutes=25,
        breaks=(TimeRange(time(10), time(10, 30)),),
    )
    assert [s.time() for s in day_slots(schedule, WorkCalendar(), date(2025, 10, 6))] == [
        time(9), time(9, 25), time(10, 30), time(10, 55), time(11, 20),
    ]  # fmt: skip


def test_absences_close_whole_days() -> None:
    leave = (Absence(date(2025, 10, 6), date(2025, 10, 7), "отпуск"),)
    slots = list(generate_slots(weekdays(), WorkCalendar(), date(2025, 10, 6), date(2025, 10, 8), leave))
    assert {s.date() for s in slots} == {date(2025, 10, 8)}


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        (at(date(2025, 9, 30), 10), "уже прошло"),
        (at(date(2025, 11, 4), 10), "нерабочий день"),
        (at(date(2025, 11, 2), 10), "нерабочий день"),
        (at(date(2025, 10, 6), 8, 40), "вне расписания"),
        (at(date(2025, 10, 6), 13), "вне расписания"),
        (at(date(2025, 10, 6), 9, 5), "вне расписания"),
        (at(date(2025, 10, 6), 17, 50), "вне расписания"),
        (at(date(2025, 10, 7), 10), "отсутствует (больничный)"),
    ],
)
def test_check_slot_names_what_is_wrong(moment: datetime, message: str) -> None:
    absences = (Absence(date(2025, 10, 7), date(2025, 10, 7), "больничный"),)
    with pytest.raises(ValidationError) as caught:
        check_slot(weekdays(), WorkCalendar(), moment, now=NOW, absences=absences)
    assert message in caught.value.message
    assert caught.value.field == "starts_at"


def test_check_slot_accepts_a_slot_and_reads_naive_times_as_office_time() -> None:
    check_slot(weekdays(), WorkCalendar(), at(date(2025, 10, 6), 17, 40), now=NOW)
    check_slot(weekdays(), WorkCalendar(), datetime(2025, 11, 1, 9, 20), now=NOW)


def test_what_admins_type() -> None:
    assert parse_weekdays("mon-fri") == (0, 1, 2, 3, 4)
    assert parse_weekdays("Mon, wed ,FRI") == (0, 2, 4)
    assert parse_weekdays("пн-ср,сб") == (0, 1, 2, 5)
    for bad in ("fri-mon", "mon-xyz", "", "mon-tue-wed"):
        with pytest.raises(ValidationError):
            parse_weekdays(bad)
    assert parse_time_range("9:00 – 18:00") == TimeRange(time(9), time(18))
    for bad in ("18:00-09:00", "25:00-26:00", "9-18", "09:00"):
        with pytest.raises(ValidationError):
            parse_time_range(bad)


def test_schedule_validation_lists_every_problem() -> None:
    schedule = WeeklySchedule(
        days=(WorkingHours(0, TimeRange(time(9), time(10))), WorkingHours(0, TimeRange(time(9), time(10)))),
        slot_minutes=1,
        topic_codes=("0005.0005.0000.0000", "0009.0000.0000.0000"),
    )
    with pytest.raises(ValidationError) as caught:
        validate_schedule(schedule, {"0005.0005.0000.0000"})
    assert {e.field for e in caught.value.errors} == {"weekdays", "slot_minutes", "topics"}
    with pytest.raises(ValidationError) as nothing_fits:
        validate_schedule(weekdays("13:00", "14:00"))
    assert "не помещается" in nothing_fits.value.message
    validate_schedule(weekdays(slot_minutes=30, format=ScheduleFormat.VIDEO))


def test_topics_are_classifier_subtrees() -> None:
    assert in_subtree("0005.0005.0056.1149", "0005.0005")
    assert in_subtree("0005.0005.0056.1149", "0005.0005.0000.0000")
    assert in_subtree("0005.0005.0000.0000", "0005.0005.0000.0000")
    assert not in_subtree("0005.0006.0056.1149", "0005.0005.0000.0000")
    assert not in_subtree("0005.0005.0056.1149", "0000.0000.0000.0000")
    housing = weekdays(topic_codes=("0005.0005.0000.0000",))
    assert housing.covers("0005.0005.0055.1136") and not housing.covers("0003.0009.0097.0688")
    assert housing.covers(None) and weekdays().covers("0003.0009.0097.0688")


def test_formats_and_their_appeal_channels() -> None:
    assert ConsultationFormat.VIDEO.channel is Channel.VIDEO_CONSULTATION
    assert ConsultationFormat.IN_PERSON.channel is Channel.IN_PERSON
    assert ScheduleFormat.BOTH.offers(ConsultationFormat.IN_PERSON)
    assert not ScheduleFormat.VIDEO.offers(ConsultationFormat.IN_PERSON)


def test_meeting_links_and_their_template() -> None:
    assert check_meeting_link("  https://meet.example.ru/room/5 ") == "https://meet.example.ru/room/5"
    for bad in (
        "http://meet.example.ru/x",
        "https:///x",
        "javascript:alert(1)",
        "https://a b.ru",
        "meet.ru/x",
        "",
    ):
        with pytest.raises(ValidationError):
            check_meeting_link(bad)
    assert (
        meeting_link("https://vks.mos.example/room/{booking_id}?pin=1", 42)
        == "https://vks.mos.example/room/42?pin=1"
    )
    for bad in (
        "https://x.ru/room/",
        "https://x.ru/{booking_id}/{booking_id}",
        "https://x.ru/{id}/{booking_id}",
    ):
        with pytest.raises(ValidationError) as caught:
            check_link_template(bad)
        assert caught.value.field == "meeting_link_template"


def _invitation(fmt: ConsultationFormat = ConsultationFormat.VIDEO) -> InvitationData:
    return InvitationData(
        booking_id=17,
        starts_at=at(date(2027, 2, 19), 9, 20),
        ends_at=at(date(2027, 2, 19), 9, 40),
        format=fmt,
        specialist_name="Исполнителев Пётр Петрович",
        applicant_name="Ольга Викторовна",
        topic="Протечка кровли; ремонт, крыша",
        meeting_link="https://meet.example.ru/room/17",
        office_name="Департамент городского имущества",
        office_address="г. Москва, ул. Образцовая, д. 1",
        created_at=datetime(2027, 2, 1, 8, tzinfo=UTC),
    )


def test_the_invitation_text() -> None:
    video = invitation_text(_invitation())
    assert "видеоконсультацию" in video and "19.02.2027, 09:20–09:40" in video
    assert "https://meet.example.ru/room/17" in video and "Уважаемый(ая) Ольга Викторовна!" in video
    in_person = invitation_text(_invitation(ConsultationFormat.IN_PERSON))
    assert (
        "личный приём" in in_person
        and "ул. Образцовая" in in_person
        and "удостоверяющий личность" in in_person
    )
    assert "room/17" not in in_person


def test_the_calendar_file_follows_rfc_5545() -> None:
    data = invitation_ics(_invitation())
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:  # unfold: a line starting with a space continues the previous one
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    fields = dict(line.split(":", 1) for line in logical)
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    assert fields["VERSION"] == "2.0" and fields["UID"] == "consultation-17@reception.local"
    assert fields["DTSTART"] == "20270219T062000Z" and fields["DTEND"] == "20270219T064000Z"
    assert fields["DTSTAMP"] == "20270201T080000Z"
    assert fields["LOCATION"] == "https://meet.example.ru/room/17"
    # Text values escape ; , \\ and newlines.
    assert "Тема: Протечка кровли\\; ремонт\\, крыша." in fields["DESCRIPTION"]
    assert "\\n" in fields["DESCRIPTION"]
    assert fields["SUMMARY"] == "Видеоконсультация: Исполнителев Пётр Петрович"
