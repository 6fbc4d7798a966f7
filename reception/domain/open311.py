"""Open311 GeoReport v2 service requests: read from JSON or XML, written back in either format.

Pure functions: bytes in, `ServiceRequest`s and problems out (and back). Every problem names the
record (1-based, in file order), the field, the value and the reason, so a portal operator can fix
the file. XML is parsed with defusedxml: a portal's file is untrusted input.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from reception.domain.deadlines import OFFICE_TIMEZONE
from reception.domain.errors import ReceptionError

TEXT_FIELDS = (
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "address",
    "address_id",
    "zipcode",
    "media_url",
    # Not in the GeoReport v2 listing, but sent with a POST request by portals that identify the citizen.
    "first_name",
    "last_name",
    "email",
    "phone",
)
DATE_FIELDS = ("requested_datetime", "updated_datetime", "expected_datetime")
NUMBER_FIELDS = ("lat", "long")
# The order GeoReport v2 lists a request's fields in (and so do our exports).
EXPORT_ORDER = (
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
)
MAX_LENGTHS = {
    "service_request_id": 100,
    "service_code": 64,
    "service_name": 300,
    "address": 1000,
    "address_id": 100,
    "zipcode": 20,
    "media_url": 2000,
}


@dataclass(frozen=True)
class ServiceRequest:
    service_request_id: str
    service_code: str = ""
    service_name: str = ""
    description: str = ""
    status: str = "open"
    status_notes: str = ""
    agency_responsible: str = ""
    service_notice: str = ""
    requested_datetime: datetime | None = None
    updated_datetime: datetime | None = None
    expected_datetime: datetime | None = None
    address: str = ""
    address_id: str = ""
    zipcode: str = ""
    lat: float | None = None
    long: float | None = None
    media_url: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Open311Problem:
    """One bad record of a portal's file: its number in the file, the field, the value, the reason."""

    record: int
    field: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"запись {self.record}" if self.record else "файл"
        field = f", поле «{self.field}»" if self.field else ""
        value = f", значение «{self.value[:60]}»" if self.value else ""
        return f"{where}{field}{value}: {self.reason}"


class Open311Error(ReceptionError):
    """The file was refused; nothing was imported. `problems` lists every reason found."""

    def __init__(self, problems: Sequence[Open311Problem]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  … и ещё {len(problems) - 20}" if len(problems) > 20 else ""
        super().__init__(f"Файл Open311 не загружен, в базе ничего не изменилось:\n{shown}{more}")
        self.problems = tuple(problems)


def parse_requests(data: bytes, *, format: str) -> list[ServiceRequest]:
    """The requests of a JSON or XML file, or Open311Error listing every malformed record."""
    numbered, problems = read_requests(data, format=format)
    if problems:
        raise Open311Error(problems)
    return [request for _index, request in numbered]


def read_requests(
    data: bytes, *, format: str
) -> tuple[list[tuple[int, ServiceRequest]], list[Open311Problem]]:
    """The well-formed requests with their record numbers, and the problems of the others.

    Open311Error when the file as a whole cannot be read (not JSON/XML, no list of requests).
    """
    raw = _read_json(data) if format == "json" else _read_xml(data)
    problems: list[Open311Problem] = []
    requests: list[tuple[int, ServiceRequest]] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(raw, start=1):
        request = _request(index, record, problems)
        if request is None:
            continue
        first = seen.setdefault(request.service_request_id, index)
        if first != index:
            problems.append(
                Open311Problem(
                    index,
                    "service_request_id",
                    request.service_request_id,
                    f"повторяет запись {first}: в файле один номер запроса встречается дважды",
                )
            )
            continue
        requests.append((index, request))
    if not raw:
        raise Open311Error([Open311Problem(0, "", "", "в файле нет ни одного запроса")])
    return requests, problems


def detect_format(name: str, data: bytes) -> str:
    """`json` or `xml`, by the file's extension, else by its first character."""
    lowered = name.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".xml"):
        return "xml"
    return "xml" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") else "json"


def _read_json(data: bytes) -> list[Mapping[str, Any]]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise Open311Error(
            [Open311Problem(0, "", "", f"файл не в кодировке UTF-8 (байт {error.start})")]
        ) from error
    except json.JSONDecodeError as error:
        raise Open311Error(
            [
                Open311Problem(
                    0, "", "", f"не JSON: {error.msg} (строка {error.lineno}, позиция {error.colno})"
                )
            ]
        ) from error
    if isinstance(document, Mapping):
        document = document.get("service_requests", document.get("requests"))
    if not isinstance(document, list):
        raise Open311Error(
            [Open311Problem(0, "", "", "ожидался список запросов (массив JSON или «service_requests»)")]
        )
    records: list[Mapping[str, Any]] = []
    for index, item in enumerate(document, start=1):
        records.append(item if isinstance(item, Mapping) else {"\0": item, "\0index": index})
    return records


def _read_xml(data: bytes) -> list[Mapping[str, Any]]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise Open311Error(
            [Open311Problem(0, "", "", f"не XML: {error} (строка {line}, позиция {column + 1})")]
        ) from error
    except DefusedXmlException as error:
        raise Open311Error(
            [Open311Problem(0, "", "", f"XML отклонён из соображений безопасности: {error}")]
        ) from error
    if root.tag != "service_requests":
        raise Open311Error(
            [Open311Problem(0, "", root.tag, "корневой элемент должен быть <service_requests>")]
        )
    records: list[Mapping[str, Any]] = []
    for child in root:
        if child.tag != "request":
            records.append({"\0": f"<{child.tag}>"})
            continue
        records.append({field.tag: (field.text or "").strip() for field in child})
    return records


def _request(index: int, record: Mapping[str, Any], problems: list[Open311Problem]) -> ServiceRequest | None:
    if "\0" in record:
        problems.append(Open311Problem(index, "", str(record["\0"])[:60], "запись не является запросом"))
        return None
    before = len(problems)
    values: dict[str, Any] = {}

    def bad(field: str, value: Any, reason: str) -> None:
        problems.append(Open311Problem(index, field, "" if value is None else str(value), reason))

    for name in TEXT_FIELDS:
        value = record.get(name)
        if value is None:
            values[name] = ""
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            text = str(value).strip()
            limit = MAX_LENGTHS.get(name)
            if limit is not None and len(text) > limit:
                bad(name, text, f"длиннее {limit} знаков")
            values[name] = text
        else:
            bad(name, value, "ожидалась строка")
    for name in DATE_FIELDS:
        values[name] = _datetime(record.get(name), name, bad)
    for name, low, high in (("lat", -90.0, 90.0), ("long", -180.0, 180.0)):
        values[name] = _number(record.get(name), name, low, high, bad)
    if not values.get("service_request_id"):
        bad("service_request_id", record.get("service_request_id"), "нет номера запроса")
    if not values.get("service_code"):
        bad("service_code", record.get("service_code"), "нет кода услуги")
    if values.get("requested_datetime") is None and "requested_datetime" not in {
        p.field for p in problems[before:]
    }:
        bad("requested_datetime", record.get("requested_datetime"), "нет даты подачи запроса")
    if not values.get("description") and not values.get("service_name"):
        bad("description", "", "нет ни описания, ни названия услуги: обращение без текста")
    status = values.get("status") or "open"
    if status not in ("open", "closed"):
        bad("status", status, "статус бывает только open или closed")
    values["status"] = status
    if len(problems) > before:
        return None
    return ServiceRequest(**values)


def _datetime(value: Any, field: str, bad: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        bad(field, value, "ожидалась дата ISO 8601 строкой")
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        bad(field, value, "не дата ISO 8601 (пример: 2026-03-01T10:15:00+03:00)")
        return None
    if moment.tzinfo is None:
        bad(field, value, "дата без часового пояса (нужно +03:00 или Z)")
        return None
    return moment


def _number(value: Any, field: str, low: float, high: float, bad: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        bad(field, value, "не число")
        return None
    if isinstance(value, bool) or math.isnan(number) or not low <= number <= high:
        bad(field, value, f"вне диапазона от {low:g} до {high:g}")
        return None
    return number


# ------------------------------------------------------------------------------------------- writing


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(OFFICE_TIMEZONE).isoformat()
    if isinstance(value, float):
        return repr(value)
    return "" if value is None else str(value)


def export_record(request: ServiceRequest) -> dict[str, Any]:
    """One request as the JSON listing shows it: every field, dates in ISO 8601 with the zone."""
    out: dict[str, Any] = {}
    for name in EXPORT_ORDER:
        value = getattr(request, name)
        out[name] = _text(value) if isinstance(value, datetime) else value
        if name in DATE_FIELDS and value is None:
            out[name] = None
    return out


def write_json(requests: Iterable[ServiceRequest]) -> bytes:
    return json.dumps([export_record(r) for r in requests], ensure_ascii=False, indent=2).encode("utf-8")


def write_xml(requests: Iterable[ServiceRequest]) -> bytes:
    root = ET.Element("service_requests")
    for request in requests:
        element = ET.SubElement(root, "request")
        for name in EXPORT_ORDER:
            ET.SubElement(element, name).text = _text(getattr(request, name))
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def write_requests(requests: Iterable[ServiceRequest], *, format: str) -> bytes:
    return write_json(requests) if format == "json" else write_xml(requests)


FIELD_NAMES = tuple(f.name for f in fields(ServiceRequest))
