"""Summary: what came in (by channel, kind and classifier section) and how the questions ended."""

from __future__ import annotations

import threading
from collections import Counter

from sqlalchemy import func, select

from reception.db.models import Topic
from reception.db.report_models import AppealFact, QuestionFact
from reception.db.uow import UnitOfWork
from reception.domain.appeals import AppealKind, Channel, Outcome
from reception.services.reports.common import (
    COUNT_COLUMNS,
    ChartKind,
    ChartSeries,
    ColumnType,
    Progress,
    ReportChart,
    ReportColumn,
    ReportData,
    ReportParams,
    ReportTable,
    Steps,
    facts_in_period,
    now_utc,
    parameter_lines,
    question_facts_in_period,
    read_in_order,
    share,
    start_report,
)
from reception.services.users import UserView

TITLE = "Сводный отчёт по обращениям"

# The federal reporting's order of question statuses.
OUTCOME_ORDER = (
    Outcome.SUPPORTED,
    Outcome.SUPPORTED_MEASURES_TAKEN,
    Outcome.EXPLAINED,
    Outcome.NOT_SUPPORTED,
    Outcome.FORWARDED,
    Outcome.LEFT_WITHOUT_ANSWER,
    Outcome.ANSWERED,
    Outcome.EXTENDED,
    Outcome.IN_WORK,
)


def channel_kind_query(params: ReportParams):  # type: ignore[no-untyped-def]
    """Appeals of the period by channel and kind: one scan of the period's index range."""
    query = select(AppealFact.channel, AppealFact.kind, func.count()).group_by(
        AppealFact.channel, AppealFact.kind
    )
    return read_in_order(facts_in_period(query, params), AppealFact, "ix_report_appeal_facts_channel_kind")


def section_outcome_query(params: ReportParams):  # type: ignore[no-untyped-def]
    """Questions of the period's appeals by classifier code and outcome (sections are their prefixes)."""
    query = select(QuestionFact.topic_code, QuestionFact.outcome, func.count()).group_by(
        QuestionFact.topic_code, QuestionFact.outcome
    )
    return read_in_order(
        question_facts_in_period(query, params), QuestionFact, "ix_report_question_facts_topic"
    )


def summary_report(
    uow: UnitOfWork,
    *,
    actor: UserView,
    params: ReportParams,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportData:
    steps = Steps(3, progress, cancel)
    with uow:
        author = start_report(uow, actor, params)
        session = uow.session
        cells = session.execute(channel_kind_query(params)).all()
        steps.step()
        questions = session.execute(section_outcome_query(params)).all()
        steps.step()
        names = {
            code[:4]: name
            for code, name in session.execute(select(Topic.code, Topic.name).where(Topic.level == 1))
        }
        parameters = parameter_lines(uow, params)
    by_channel: Counter[Channel] = Counter()
    by_kind: Counter[AppealKind] = Counter()
    for channel, kind, count in cells:
        by_channel[Channel.of(channel)] += count
        by_kind[AppealKind.of(kind)] += count
    total = sum(by_channel.values())
    by_section: Counter[str] = Counter()
    by_outcome: Counter[Outcome] = Counter()
    for code, outcome, count in questions:
        by_section[code[:4]] += count
        by_outcome[Outcome.of(outcome)] += count
    total_questions = sum(by_section.values())

    channel_rows = tuple(
        (c.label, by_channel[c], share(by_channel[c], total)) for c in Channel if by_channel[c]
    )
    kind_rows = tuple((k.label, by_kind[k], share(by_kind[k], total)) for k in AppealKind if by_kind[k])
    section_rows = tuple(
        (code, names.get(code, ""), by_section[code], share(by_section[code], total_questions))
        for code in sorted(by_section)
    )
    outcome_rows = tuple(
        (o.label, by_outcome[o], share(by_outcome[o], total_questions)) for o in OUTCOME_ORDER
    )
    steps.step()
    tables = (
        ReportTable(
            "Поступило обращений по каналам",
            (ReportColumn("Канал поступления", width=30), *COUNT_COLUMNS),
            channel_rows,
            ("Всего", total, 100.0 if total else 0.0),
        ),
        ReportTable(
            "По видам обращений",
            (ReportColumn("Вид обращения", width=30), *COUNT_COLUMNS),
            kind_rows,
            ("Всего", total, 100.0 if total else 0.0),
        ),
        ReportTable(
            "Вопросы по разделам классификатора",
            (
                ReportColumn("Код", width=8),
                ReportColumn("Раздел", width=30),
                ReportColumn("Вопросов", ColumnType.INTEGER, 12),
                ReportColumn("Доля, %", ColumnType.PERCENT, 9),
            ),
            section_rows,
            ("", "Всего", total_questions, 100.0 if total_questions else 0.0),
        ),
        ReportTable(
            "Результаты рассмотрения вопросов",
            (ReportColumn("Результат", width=30), *COUNT_COLUMNS),
            outcome_rows,
            ("Всего", total_questions, 100.0 if total_questions else 0.0),
        ),
    )
    charts = (
        ReportChart(
            "Обращения по каналам",
            ChartKind.BAR,
            tuple(r[0] for r in channel_rows),
            (ChartSeries("Обращений", tuple(float(r[1]) for r in channel_rows)),),
        ),
    )
    return ReportData("summary", TITLE, parameters, now_utc(), author, tables, charts)
