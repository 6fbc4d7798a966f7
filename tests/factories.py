"""Realistic drafts for tests: a valid appeal unless the test says otherwise."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    ApplicantDraft,
    Channel,
    Identification,
    QuestionDraft,
)

ROOF_LEAK = "0005.0005.0055.1136"
UTILITY_PAYMENT = "0005.0005.0056.1149"


def applicant_draft(**overrides: Any) -> ApplicantDraft:
    base = ApplicantDraft(
        surname="Смирнова",
        first_name="Ольга",
        patronymic="Викторовна",
        postal_address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
        email="o.smirnova@example.ru",
        phone="+7 916 555-12-34",
    )
    return replace(base, **overrides)


def appeal_draft(**overrides: Any) -> AppealDraft:
    base = AppealDraft(
        received_at=datetime.now(UTC) - timedelta(hours=2),
        channel=Channel.VIRTUAL_RECEPTION,
        kind=AppealKind.COMPLAINT,
        text=(
            "Третий месяц протекает кровля над квартирой 17. Управляющая компания заявки "
            "не исполняет. Прошу обязать провести ремонт кровли."
        ),
        summary="Протечка кровли над кв. 17",
        identification=Identification.PORTAL_ACCOUNT,
        applicant=applicant_draft(),
        questions=(QuestionDraft(ROOF_LEAK),),
    )
    return replace(base, **overrides)
