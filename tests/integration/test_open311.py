"""Open311 GeoReport v2: portal requests in as appeals, their statuses out, bad files refused whole."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from reception.db.database import Database
from reception.db.intake_models import Open311Request
from reception.db.models import Appeal
from reception.domain.appeals import AppealStatus, Channel, Identification
from reception.domain.open311 import Open311Error, parse_requests, write_xml
from reception.domain.properties import PropertyKind
from reception.services.appeals import get_appeal
from reception.services.open311 import (
    export_open311,
    import_open311,
    list_service_mappings,
    set_service_mapping,
)
from reception.services.properties import PropertyDraft, create_property
from reception.services.property_links import appeal_properties
from tests.conftest import Staff
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT

ROUND_TRIP_FIELDS = (
    "service_request_id",
    "service_code",
    "service_name",
    "description",
    "requested_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
)


def portal_requests() -> list[dict[str, object]]:
    return [
        {
            "service_request_id": "638344",
            "status": "open",
            "service_name": "Протечка кровли",
            "service_code": "ROOF",
            "description": "Протекает крыша над квартирой 17, вода на потолке.",
            "requested_datetime": "2026-03-02T09:15:00+03:00",
            "address": "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17",
            "address_id": "A-9001",
            "zipcode": "117292",
            "lat": 55.6789,
            "long": 37.5612,
            "media_url": "https://portal.example/media/638344.jpg",
        },
        {
            "service_request_id": "638345",
            "status": "open",
            "service_name": "Начисления за ЖКУ",
            "service_code": "BILL",
            "description": "Неверно начислена плата за отопление.",
            "requested_datetime": "2026-03-03T18:40:00+03:00",
            "address": "",
            "address_id": "",
            "zipcode": "",
            "lat": None,
            "long": None,
            "media_url": "",
        },
    ]


def as_json(records: list[dict[str, object]]) -> bytes:
    return json.dumps(records, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def mapped(db: Database, staff: Staff) -> Staff:
    set_service_mapping(db.uow(), actor=staff.admin, service_code="ROOF", topic_code=ROOF_LEAK)
    set_service_mapping(db.uow(), actor=staff.admin, service_code="BILL", topic_code=UTILITY_PAYMENT)
    return staff


def appeal_count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.scalar(select(func.count(Appeal.id))) or 0)


def test_mapping_is_listed_and_editable(db: Database, mapped: Staff) -> None:
    set_service_mapping(db.uow(), actor=mapped.admin, service_code="BILL", topic_code=ROOF_LEAK)
    codes = {m.service_code: m.topic_code for m in list_service_mappings(db.uow())}
    assert codes == {"BILL": ROOF_LEAK, "ROOF": ROOF_LEAK}


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_import_then_export_gives_back_the_input_fields(db: Database, mapped: Staff, fmt: str) -> None:
    create_property(
        db.uow(),
        actor=mapped.clerk,
        draft=PropertyDraft(
            PropertyKind.PREMISES, address="г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17"
        ),
    )
    records = portal_requests()
    source = as_json(records)
    if fmt == "xml":
        source = write_xml(parse_requests(source, format="json"))
    result = import_open311(db.uow(), actor=mapped.clerk, data=source, format=fmt)
    assert len(result.imported) == 2 and result.linked_properties == 1

    with db.uow() as uow:
        first_id = uow.session.scalar(
            select(Open311Request.appeal_id).where(Open311Request.service_request_id == "638344")
        )
    assert first_id is not None
    appeal = get_appeal(db.uow(), actor=mapped.clerk, appeal_id=first_id)
    assert appeal.channel is Channel.CITY_PORTAL
    assert appeal.identification is Identification.PORTAL_ACCOUNT
    assert appeal.received_at == datetime.fromisoformat("2026-03-02T09:15:00+03:00")
    assert appeal.summary == "Протечка кровли" and appeal.status is AppealStatus.REGISTERED
    assert [p.row.address for p in appeal_properties(db.uow(), actor=mapped.clerk, appeal_id=first_id)] == [
        "г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 17"
    ]

    exported = export_open311(db.uow(), actor=mapped.clerk, format=fmt)
    back = parse_requests(exported, format=fmt)
    given = parse_requests(as_json(records), format="json")
    for original, returned in zip(given, back, strict=True):
        for name in ROUND_TRIP_FIELDS:
            assert getattr(returned, name) == getattr(original, name), name
        assert returned.status == "open" and returned.expected_datetime is not None
        # Due by the end of the due day, office time (the answer may come at any hour of it).
        local = returned.expected_datetime.astimezone(ZoneInfo("Europe/Moscow"))
        assert (local.hour, local.minute) == (23, 59)
    if fmt == "json":
        listed = json.loads(exported)
        assert [r["requested_datetime"] for r in listed] == [r["requested_datetime"] for r in records]


def test_importing_the_same_file_again_adds_nothing(db: Database, mapped: Staff) -> None:
    data = as_json(portal_requests())
    import_open311(db.uow(), actor=mapped.clerk, data=data, format="json")
    again = import_open311(db.uow(), actor=mapped.clerk, data=data, format="json")
    assert again.imported == () and again.skipped == ("638344", "638345")
    assert appeal_count(db) == 2


def test_dry_run_reports_and_writes_nothing(db: Database, mapped: Staff) -> None:
    result = import_open311(
        db.uow(), actor=mapped.clerk, data=as_json(portal_requests()), format="json", dry_run=True
    )
    assert len(result.imported) == 2 and result.dry_run
    assert appeal_count(db) == 0


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (b'[{"service_request_id": "1",', "json", "не JSON"),
        (b"<service_requests><request><service_request_id>1</service", "xml", "не XML"),
        (b'{"a": 1}', "json", "ожидался список"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><service_requests/>',
            "xml",
            "безопасности",
        ),
    ],
)
def test_a_malformed_file_is_refused_with_the_reason(
    db: Database, mapped: Staff, data: bytes, fmt: str, expected: str
) -> None:
    with pytest.raises(Open311Error, match=expected):
        import_open311(db.uow(), actor=mapped.clerk, data=data, format=fmt)
    assert appeal_count(db) == 0


def test_bad_records_are_each_named_and_nothing_is_imported(db: Database, mapped: Staff) -> None:
    records = portal_requests()
    records.append(dict(records[0]))  # a duplicate request id
    records.append({**records[1], "service_request_id": "9", "service_code": "UNKNOWN"})
    records.append({**records[1], "service_request_id": "10", "requested_datetime": "2026-03-03T18:40:00"})
    records.append({**records[1], "service_request_id": "11", "lat": "north"})
    with pytest.raises(Open311Error) as caught:
        import_open311(db.uow(), actor=mapped.clerk, data=as_json(records), format="json")
    found = {(p.record, p.field) for p in caught.value.problems}
    assert found == {(3, "service_request_id"), (4, "service_code"), (5, "requested_datetime"), (6, "lat")}
    assert "запись 4, поле «service_code», значение «UNKNOWN»" in caught.value.message
    assert appeal_count(db) == 0
