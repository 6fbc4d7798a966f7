"""Demo rows, drawn from one seeded random stream: applicants, appeals and questions in batches.

Nothing here touches the database: database ids and registration numbers are the loader's. Rows are
plain tuples in the column order of the loader's INSERT/COPY statements, with timestamps already
written as text (UTC), so that a million of them cost seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from random import Random
from typing import Any

from reception.demo import addresses, names, texts
from reception.demo.search_entries import Entry
from reception.domain.appeals import (
    FINISHED_STATUSES,
    AppealKind,
    AppealStatus,
    ApplicantKind,
    Channel,
    Identification,
    Outcome,
    derive_summary,
)
from reception.domain.deadlines import ANSWER_DAYS, OFFICE_TIMEZONE, answer_due, office_date
from reception.services.applicants import name_key

Row = tuple[Any, ...]

WINDOW_DAYS = 730
SENTENCE_POOL_SIZE = 4000
REGULAR_SHARE = 0.4
ANONYMOUS_SHARE = 0.03
ORGANISATION_SHARE = 0.03
COLLECTIVE_SHARE = 0.03

CHANNEL_WEIGHTS = {
    Channel.CITY_PORTAL: 30.0,
    Channel.VIRTUAL_RECEPTION: 27.0,
    Channel.VIDEO_CONSULTATION: 5.0,
    Channel.PHONE: 6.0,
    Channel.POST: 8.0,
    Channel.EMAIL: 6.0,
    Channel.IN_PERSON: 4.0,
    Channel.FEDERAL_PORTAL: 7.5,
    Channel.CHAT: 2.5,
    Channel.CHAT_BOT: 1.5,
    Channel.FORWARDED: 2.5,
}
KIND_WEIGHTS = {
    AppealKind.STATEMENT: 50.0,
    AppealKind.COMPLAINT: 35.0,
    AppealKind.PROPOSAL: 7.0,
    AppealKind.REQUEST: 8.0,
}
# How the citizen was identified, by channel: (identification, weight).
IDENTIFICATION_BY_CHANNEL: dict[Channel, tuple[tuple[Identification, float], ...]] = {
    Channel.CITY_PORTAL: ((Identification.PORTAL_ACCOUNT, 1.0),),
    Channel.VIRTUAL_RECEPTION: ((Identification.PORTAL_ACCOUNT, 0.9), (Identification.NONE, 0.1)),
    Channel.VIDEO_CONSULTATION: ((Identification.PORTAL_ACCOUNT, 1.0),),
    Channel.FEDERAL_PORTAL: ((Identification.PORTAL_ACCOUNT, 1.0),),
    Channel.CHAT: ((Identification.PORTAL_ACCOUNT, 0.7), (Identification.NONE, 0.3)),
    Channel.CHAT_BOT: ((Identification.PORTAL_ACCOUNT, 0.6), (Identification.NONE, 0.4)),
    Channel.EMAIL: ((Identification.NONE, 1.0),),
    Channel.PHONE: ((Identification.NONE, 1.0),),
    Channel.POST: ((Identification.SIGNED_PAPER, 1.0),),
    Channel.IN_PERSON: ((Identification.IDENTITY_DOCUMENT, 1.0),),
    Channel.FORWARDED: ((Identification.SIGNED_PAPER, 0.8), (Identification.NONE, 0.2)),
}
# Days between receipt and registration (the law allows three).
REGISTRATION_DELAY_WEIGHTS = (0.72, 0.17, 0.07, 0.04)
QUESTION_COUNT_WEIGHTS = (0.65, 0.25, 0.10)

# Status by age of the appeal in days since registration: older ones are mostly finished.
_S = AppealStatus
STATUS_BY_AGE: tuple[tuple[int, tuple[tuple[AppealStatus, float], ...]], ...] = (
    (7, ((_S.REGISTERED, 40), (_S.ASSIGNED, 33), (_S.IN_PROGRESS, 22), (_S.FORWARDED, 5))),
    (
        30,
        (
            (_S.ASSIGNED, 10),
            (_S.IN_PROGRESS, 38),
            (_S.ANSWER_PREPARED, 14),
            (_S.RETURNED_FOR_REWORK, 4),
            (_S.ANSWERED, 24),
            (_S.FORWARDED, 7),
            (_S.WITHDRAWN, 1),
            (_S.LEFT_WITHOUT_ANSWER, 2),
        ),
    ),
    (
        60,
        (
            (_S.IN_PROGRESS, 6),
            (_S.ANSWER_PREPARED, 3),
            (_S.ANSWERED, 55),
            (_S.CLOSED, 22),
            (_S.FORWARDED, 8),
            (_S.WITHDRAWN, 2),
            (_S.LEFT_WITHOUT_ANSWER, 4),
        ),
    ),
    (
        10**9,
        (
            (_S.IN_PROGRESS, 1.2),
            (_S.ANSWERED, 50),
            (_S.CLOSED, 36),
            (_S.FORWARDED, 8),
            (_S.WITHDRAWN, 1.8),
            (_S.LEFT_WITHOUT_ANSWER, 3),
        ),
    ),
)
ANSWERED_OUTCOMES = (
    (Outcome.EXPLAINED, 45.0),
    (Outcome.SUPPORTED, 10.0),
    (Outcome.SUPPORTED_MEASURES_TAKEN, 15.0),
    (Outcome.NOT_SUPPORTED, 15.0),
    (Outcome.ANSWERED, 15.0),
)
EXTENDED_SHARE = 0.3  # of open appeals past the 30 days: extended once by the head
EXTENSION_DAYS = 30
PEOPLE_POOL_SIZE = 30_000
MOBILE_CODES = ("903", "905", "906", "909", "915", "916", "917", "919", "925", "926", "929", "962",
                "963", "964", "965", "967", "968", "977", "985", "999")  # fmt: skip
MAIL_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru")
ORGANISATION_FORMS = ("ТСЖ", "ЖСК", "ООО «Управляющая компания", "Совет многоквартирного дома")


@dataclass(frozen=True)
class Topic:
    code: str
    name: str


@dataclass(frozen=True)
class Staffing:
    """Users the demo appeals refer to: who registered them, who executes them."""

    registrars: tuple[int, ...]
    executors: tuple[int, ...]


@dataclass
class Batch:
    """Rows of one transaction. Applicants are new ones, numbered from `first_applicant`.

    `appeal_applicants[i]` is the applicant ordinal of appeal i (-1: none); `questions` rows start
    with the appeal's index in the batch. Appeals are in registration order.
    """

    first_applicant: int
    applicants: list[Row] = field(default_factory=list)
    appeals: list[Row] = field(default_factory=list)
    appeal_applicants: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    questions: list[Row] = field(default_factory=list)
    # The building (index in the pool) each appeal is about, and the appeals' ids once written.
    appeal_buildings: list[int] = field(default_factory=list)
    appeal_ids: list[int] = field(default_factory=list)
    # Each appeal's search entry (reception.demo.search_entries): name key, summary and text fragments.
    search: list[Entry] = field(default_factory=list)
    # What the loader makes of them for its backend (index rows, vectors), before the batch is written.
    search_values: list[Any] = field(default_factory=list)
    # A first load on PostgreSQL: the applicants', appeals' and questions' COPY text, rendered ahead.
    rendered: tuple[bytes, bytes, bytes] | None = None


# Column order of the rows, as the loader inserts them.
APPLICANT_COLUMNS = (
    "kind",
    "surname",
    "first_name",
    "patronymic",
    "organisation_name",
    "postal_address",
    "email",
    "phone",
    "name_key",
    "created_at",
    "version",
)
APPEAL_COLUMNS = (
    "received_at",
    "registered_at",
    "channel",
    "kind",
    "is_collective",
    "summary",
    "text",
    "status",
    "due_date",
    "identification",
    "is_anonymous",
    "assignee_id",
    "registered_by_id",
    "updated_at",
    "updated_by_id",
    "version",
    "answered_at",
    "closed_at",
)
QUESTION_COLUMNS = ("position", "topic_code", "outcome")


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(accumulate(weights))


def _table(pairs: Sequence[tuple[Any, float]], size: int = 1000) -> list[Any]:
    """A lookup table: `table[int(random() * size)]` draws a value with its weight."""
    total = sum(w for _, w in pairs)
    table: list[Any] = []
    acc = 0.0
    for value, weight in pairs:
        acc += weight
        table.extend([value] * (round(acc / total * size) - len(table)))
    return table


class DemoGenerator:
    """Deterministic demo rows for a seed; `now` fixes the two-year window (yesterday is its end).

    Everything costly is drawn once into pools (buildings, people, sentences, lead lines, lookup
    tables); each appeal then costs a few dozen cheap draws. That is what makes a million fast.
    """

    def __init__(
        self,
        *,
        seed: int,
        appeals: int,
        properties: int,
        topics: Sequence[Topic],
        staffing: Staffing,
        now: datetime,
        timestamp_suffix: str = "",
    ) -> None:
        if not topics:
            raise ValueError("no topics to classify demo appeals with")
        if not staffing.registrars or not staffing.executors:
            raise ValueError("no users to register and execute demo appeals")
        self.total = appeals
        self.rng = rng = Random(seed)
        self.staffing = staffing
        self.suffix = timestamp_suffix
        self.buildings = addresses.building_pool(rng, properties)
        self.building_index = {b.address: i for i, b in enumerate(self.buildings)}
        self.people = names.person_pool(rng, PEOPLE_POOL_SIZE)
        self.sentences = texts.sentence_pool(rng, SENTENCE_POOL_SIZE, texts.build_vocabulary())
        self.topics = list(topics)
        rng.shuffle(self.topics)  # which topics are the popular ones depends on the seed
        self.topic_weights = texts.zipf_cumulative(len(self.topics), shift=3.0)
        # Lead lines (the first line of a text, its summary) per kind and topic.
        self.leads = {
            kind.value: [
                [t.format(topic=texts.lowercase_first(topic.name), Topic=topic.name) for t in templates]
                for topic in self.topics
            ]
            for kind in AppealKind
            for templates in (texts.LEADS[kind.value],)
        }
        self.channel_table = [c.value for c in _table(list(CHANNEL_WEIGHTS.items()))]
        self.kind_table = [k.value for k in _table(list(KIND_WEIGHTS.items()))]
        self.identification_tables = {
            c.value: [i.value for i in _table(p, 100)] for c, p in IDENTIFICATION_BY_CHANNEL.items()
        }
        self.delay_table = _table(list(enumerate(REGISTRATION_DELAY_WEIGHTS)), 100)
        self.question_count_table = _table([(i + 1, w) for i, w in enumerate(QUESTION_COUNT_WEIGHTS)], 100)
        self.outcome_table = [o.value for o in _table(ANSWERED_OUTCOMES, 100)]
        self.executor_weights = _cumulative([1.0 / (i + 2) for i in range(len(staffing.executors))])
        self._calendar(now)
        self._clock(timestamp_suffix)
        self.next_applicant = 0
        self.regulars = [self._applicant() for _ in range(max(5, appeals // 25))]
        self.regular_weights = _cumulative([1.0 / (r + 20) for r in range(len(self.regulars))])
        self.regular_ordinals: list[int] = [-1] * len(self.regulars)
        self.moments = self._moments(appeals)

    def appeal_years(self) -> dict[int, int]:
        """How many appeals each year gets (their registration numbers are counted by year)."""
        counts: dict[int, int] = {}
        years = self.years
        for moment in self.moments:
            year = years[int(moment)]
            counts[year] = counts.get(year, 0) + 1
        return counts

    # -- calendar -------------------------------------------------------------------------------

    def _calendar(self, now: datetime) -> None:
        """Office days of the window, oldest first: UTC seconds of their midnights, due dates, …"""
        today = office_date(now)
        days = [today - timedelta(days=WINDOW_DAYS - i) for i in range(WINDOW_DAYS)]
        self.today_index = WINDOW_DAYS
        self.midnights = [datetime(d.year, d.month, d.day, tzinfo=OFFICE_TIMEZONE).timestamp() for d in days]
        self.years = [d.year for d in days]
        self.due = [answer_due(d).isoformat() for d in days]
        self.extended_due = [(answer_due(d) + timedelta(days=EXTENSION_DAYS)).isoformat() for d in days]
        self.short_dates = [d.strftime("%d.%m.%Y") for d in days]
        # Status tables by the age of the appeal on each day.
        by_age = [(limit, [s.value for s in _table(pairs)]) for limit, pairs in STATUS_BY_AGE]
        self.status_by_day = [
            next(table for limit, table in by_age if WINDOW_DAYS - i <= limit) for i in range(WINDOW_DAYS)
        ]
        # Fewer appeals at weekends, and a slow growth over the two years.
        self.day_weights = _cumulative(
            [(0.2 if d.weekday() == 6 else 0.3 if d.weekday() == 5 else 1.0) * (0.8 + 0.4 * i / WINDOW_DAYS)
             for i, d in enumerate(days)]
        )  # fmt: skip

    def _moments(self, count: int) -> list[float]:
        """Registration moments as `day index + fraction of the day`, sorted: mostly office hours."""
        rng = self.rng
        days = rng.choices(range(WINDOW_DAYS), cum_weights=self.day_weights, k=count)
        random = rng.random
        moments = [day + ((8.5 + 9.5 * random()) if random() < 0.9 else 24 * random()) / 24 for day in days]
        moments.sort()
        return moments

    def _clock(self, suffix: str) -> None:
        """Text of every UTC day and second of the window: a timestamp is then two look-ups."""
        first = int(self.midnights[0]) // 86400 * 86400 - 5 * 86400
        self.clock_origin = first
        self.clock_days = [
            (_EPOCH + timedelta(seconds=first + i * 86400)).strftime("%Y-%m-%d ")
            for i in range(WINDOW_DAYS + 40)
        ]
        self.clock_seconds = [
            f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000{suffix}" for s in range(86400)
        ]

    def timestamp(self, seconds: float) -> str:
        """UTC text of seconds since the epoch (whole seconds), as the loader stores it."""
        day, second = divmod(int(seconds) - self.clock_origin, 86400)
        return self.clock_days[day] + self.clock_seconds[second]

    # -- applicants -----------------------------------------------------------------------------

    def _applicant(self, *, anonymous: bool = False) -> tuple[Row, str]:
        """An applicant row (APPLICANT_COLUMNS without created_at and version) and their building."""
        random = self.rng.random
        building = self.buildings[int(random() * len(self.buildings))]
        phone = ""
        if anonymous or random() < 0.85:
            phone = f"+7{MOBILE_CODES[int(random() * len(MOBILE_CODES))]}{int(random() * 10_000_000):07d}"
        if not anonymous and random() < ORGANISATION_SHARE:
            street = building.address.split(",")[0]
            form = ORGANISATION_FORMS[int(random() * len(ORGANISATION_FORMS))]
            if form.endswith("компания"):
                organisation = f"{form} {names.SURNAMES[int(random() * 40)]}-Сервис»"
            else:
                organisation = f"{form} «{street.replace('ул. ', '')}, {int(random() * 90) + 1}»"
            email = f"info@{names.transliterate(street.split()[-1])}-{int(random() * 99) + 1}.ru"
            key = name_key(ApplicantKind.ORGANISATION, "", "", "", organisation)
            row = (_ORGANISATION, "", "", "", organisation, building.postal_address, email, phone, key)
            return row, building.address
        person = self.people[int(random() * len(self.people))]
        email = ""
        if anonymous or random() < 0.7:
            suffix = str(int(random() * 1990) + 1) if random() < 0.6 else ""
            email = f"{person.login}{suffix}@{MAIL_DOMAINS[int(random() * len(MAIL_DOMAINS))]}"
        if anonymous:  # a first name and a contact, but no surname and no address
            row = (_PERSON, "", person.first_name, "", "", "", email, phone, person.first_name_key)
            return row, building.address
        address = building.postal_address
        if building.residential:
            address = f"{address}, кв. {int(random() * 399) + 1}"
        return (
            (_PERSON, person.surname, person.first_name, person.patronymic, "", address, email, phone,
             person.name_key),
            building.address,
        )  # fmt: skip

    def _add_applicant(self, batch: Batch, applicant: Row, created: float) -> int:
        batch.applicants.append((*applicant, self.timestamp(created), 1))
        ordinal = self.next_applicant
        self.next_applicant += 1
        return ordinal

    # -- appeals --------------------------------------------------------------------------------

    def batches(self, size: int) -> Iterator[Batch]:
        for start in range(0, self.total, size):
            yield self._batch(start, min(start + size, self.total))

    def _batch(self, start: int, stop: int) -> Batch:
        rng = self.rng
        random = rng.random
        batch = Batch(first_applicant=self.next_applicant)
        if start == 0:  # the regulars come first: they write all the time
            first = self.moments[0]
            created = self.midnights[int(first)] + (first - int(first)) * 86400
            for index, (regular, _where) in enumerate(self.regulars):
                self.regular_ordinals[index] = self._add_applicant(batch, regular, created)
        n = stop - start
        regulars = self.regulars
        regular_ordinals = self.regular_ordinals
        regular_picks = rng.choices(range(len(regulars)), cum_weights=self.regular_weights, k=n)
        topics = self.topics
        topic_picks = rng.choices(range(len(topics)), cum_weights=self.topic_weights, k=n * 3)
        executor_picks = rng.choices(self.staffing.executors, cum_weights=self.executor_weights, k=n)
        registrars = self.staffing.registrars
        sentences = self.sentences
        pool = len(sentences)
        buildings = self.buildings
        closings = texts.CLOSINGS
        midnights, years, due, extended_due = self.midnights, self.years, self.due, self.extended_due
        status_by_day, today = self.status_by_day, self.today_index
        channel_table, kind_table, leads = self.channel_table, self.kind_table, self.leads
        identification_tables, delay_table = self.identification_tables, self.delay_table
        question_count_table, outcome_table = self.question_count_table, self.outcome_table
        timestamp, add_applicant, new_applicant = self.timestamp, self._add_applicant, self._applicant
        appeal_rows, ordinals, appeal_years = batch.appeals, batch.appeal_applicants, batch.years
        appeal_buildings, building_index = batch.appeal_buildings, self.building_index
        questions, search = batch.questions, batch.search

        for offset, moment in enumerate(self.moments[start:stop]):
            day = int(moment)
            into_day = (moment - day) * 86400
            registered = midnights[day] + into_day
            delay = delay_table[int(random() * 100)]
            if delay == 0:
                received = registered - into_day * random()
            else:
                received = midnights[day] - delay * 86400 + 86400 * random()
            channel = channel_table[int(random() * 1000)]
            kind = kind_table[int(random() * 1000)]

            roll = random()
            applicant: Row | None
            if roll < ANONYMOUS_SHARE:
                anonymous = 1
                identification = _NOT_IDENTIFIED
                if roll < ANONYMOUS_SHARE / 2:  # not even a name: an unsigned letter, a bot chat
                    applicant, ordinal = None, -1
                    where = buildings[int(random() * len(buildings))].address
                else:
                    applicant, where = new_applicant(anonymous=True)
                    ordinal = add_applicant(batch, applicant, received)
            else:
                anonymous = 0
                identification = identification_tables[channel][int(random() * 100)]
                if roll < ANONYMOUS_SHARE + REGULAR_SHARE:
                    pick = regular_picks[offset]
                    applicant, where = regulars[pick]
                    ordinal = regular_ordinals[pick]
                else:
                    applicant, where = new_applicant()
                    ordinal = add_applicant(batch, applicant, received)
                if random() < 0.3:  # about another building than the applicant's own
                    where = buildings[int(random() * len(buildings))].address
            appeal_buildings.append(building_index[where])
            is_organisation = applicant is not None and applicant[0] == _ORGANISATION
            collective = 1 if random() < (0.3 if is_organisation else COLLECTIVE_SHARE) else 0

            first_topic = topic_picks[offset * 3]
            kind_leads = leads[kind][first_topic]
            lead = kind_leads[int(random() * len(kind_leads))]
            headline = f"{lead} — {where}"
            # The text's white-space separated fragments, in order, for its search entry.
            summary_parts: Sequence[str]
            if len(headline) <= 200:
                summary, summary_parts = headline, (lead, "—", where)
            else:
                summary = derive_summary(headline)
                summary_parts = summary.split()
            parts = [lead, "—", where]
            if collective:
                intro = f"Мы, жители дома по адресу {where}, обращаемся коллективно."
                parts += (_COLLECTIVE_INTRO, f"{where},", _COLLECTIVE_TAIL)
            elif applicant is not None and applicant[1]:
                intro = (
                    f"Я, {applicant[1]} {applicant[2]} {applicant[3]}, обращаюсь по поводу ситуации "
                    f"в доме по адресу {where}."
                )
                parts += ("Я,", applicant[1], applicant[2], f"{applicant[3]},", _PERSONAL_INTRO, f"{where}.")
            else:
                intro = f"{_IMPERSONAL_INTRO} {where}."
                parts += (_IMPERSONAL_INTRO, f"{where}.")
            chosen = [sentences[int(random() * pool)] for _ in range(2 + int(random() * 4))]
            body = " ".join(chosen)
            parts += chosen
            if random() < 0.3:
                number = str(int(random() * 9_000_000) + 1_000_000)
                claimed = self.short_dates[max(day - 3, 0)]
                body += f" {_CLAIM_HEAD} {number} от {claimed} {_CLAIM_TAIL}"
                parts += (_CLAIM_HEAD, number, "от", claimed, _CLAIM_TAIL)
            closing = closings[int(random() * len(closings))]
            parts.append(closing)
            text = f"{headline}\n{intro} {body}\n{closing}"
            name = "" if applicant is None else applicant[_NAME_KEY] or ""
            search.append((name, summary_parts, parts))

            age = today - day
            status = status_by_day[day][int(random() * 1000)]
            if anonymous and status != _REGISTERED:
                status = _LEFT_WITHOUT_ANSWER
            finished = status in _FINISHED
            extended = not finished and age > ANSWER_DAYS and random() < EXTENDED_SHARE
            assignee = None if status == _REGISTERED else executor_picks[offset]
            registrar = registrars[int(random() * len(registrars))]
            registered_text = timestamp(registered)
            answered_text = closed_text = None
            if finished:
                worked = min(3 + int(random() * 27), age - 1) * 86400 + 3600 * random()
                updated_text = timestamp(registered + worked)
                if status in (_ANSWERED, _CLOSED):  # closed after the answer went out
                    answered_text = updated_text
                    if status == _CLOSED:
                        closed_text = answered_text
            else:
                updated_text = registered_text

            if status == _FORWARDED:
                outcome = _OUTCOME_FORWARDED
            elif status in (_LEFT_WITHOUT_ANSWER, _WITHDRAWN):
                outcome = _OUTCOME_LEFT
            elif finished:
                outcome = ""  # drawn per question below
            else:
                outcome = _OUTCOME_EXTENDED if extended else _OUTCOME_IN_WORK
            count = question_count_table[int(random() * 100)]
            questions.append(
                (offset, 1, topics[first_topic].code, outcome or outcome_table[int(random() * 100)])
            )
            if count > 1:
                taken = [first_topic]
                for extra in topic_picks[offset * 3 + 1 : offset * 3 + count]:
                    if extra not in taken:
                        taken.append(extra)
                        questions.append(
                            (
                                offset,
                                len(taken),
                                topics[extra].code,
                                outcome or outcome_table[int(random() * 100)],
                            )
                        )

            appeal_rows.append(
                (
                    timestamp(received), registered_text, channel, kind, collective, summary, text, status,
                    extended_due[day] if extended else due[day], identification, anonymous, assignee,
                    registrar, updated_text, assignee if assignee is not None else registrar, 1,
                    answered_text, closed_text,
                )
            )  # fmt: skip
            ordinals.append(ordinal)
            appeal_years.append(years[day])
        return batch


_PERSON = ApplicantKind.PERSON.value
_NAME_KEY = APPLICANT_COLUMNS.index("name_key")
_COLLECTIVE_INTRO = "Мы, жители дома по адресу"
_COLLECTIVE_TAIL = "обращаемся коллективно."
_PERSONAL_INTRO = "обращаюсь по поводу ситуации в доме по адресу"
_IMPERSONAL_INTRO = _PERSONAL_INTRO.capitalize()
_CLAIM_HEAD = "Заявка №"
_CLAIM_TAIL = "до сих пор не исполнена."
_ORGANISATION = ApplicantKind.ORGANISATION.value
_NOT_IDENTIFIED = Identification.NONE.value
_REGISTERED = AppealStatus.REGISTERED.value
_FORWARDED = AppealStatus.FORWARDED.value
_ANSWERED = AppealStatus.ANSWERED.value
_CLOSED = AppealStatus.CLOSED.value
_WITHDRAWN = AppealStatus.WITHDRAWN.value
_LEFT_WITHOUT_ANSWER = AppealStatus.LEFT_WITHOUT_ANSWER.value
_FINISHED = frozenset(s.value for s in FINISHED_STATUSES)
_OUTCOME_FORWARDED = Outcome.FORWARDED.value
_OUTCOME_LEFT = Outcome.LEFT_WITHOUT_ANSWER.value
_OUTCOME_EXTENDED = Outcome.EXTENDED.value
_OUTCOME_IN_WORK = Outcome.IN_WORK.value
_EPOCH = datetime(1970, 1, 1)


def office_day_of(timestamp_text: str) -> date:
    """The office date of a UTC timestamp as the generator writes it (for checks)."""
    return office_date(datetime.fromisoformat(timestamp_text[:26]).replace(tzinfo=UTC))
