"""Demo property register: records for the demo's buildings, and appeals linked to them.

`--properties M` gives M records drawn from the demo's building pool: buildings (with a UNOM) and
land plots for the first four fifths of the pool (the rest of the city is not in the register yet,
as in a real office), and apartments of the residential ones for the last fifth, each pointing at
its building. Right holders of apartments are demo applicants. Every record is written before the
appeals; links (with the snapshot the service would take) and right holders after them, in bulk.
The draws use their own random stream, so the appeals of a seed are the same with or without them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from random import Random
from typing import Any

from reception.demo.addresses import OKRUGS, Building
from reception.domain.properties import Ownership, PropertyKind, PropertyPurpose, address_key, parse_address
from reception.services.property_import import PROPERTY_VALUE_COLUMNS

# Cadastral districts by okrug (77:01 is the centre); New Moscow's okrugs are in the 77:17–77:22 range.
_DISTRICT = {okrug: f"{number:02d}" for number, okrug in enumerate(OKRUGS, start=1)}
_DISTRICT.update({"НАО": "17", "ТАО": "22"})
BUILDING_SHARE = 0.8  # of the M records: buildings and plots; the rest are apartments
LINK_SHARE = 0.6  # of the appeals about a building in the register: linked to it (or its apartment)
APARTMENT_LINK_SHARE = 0.3  # of those links: to an apartment of the building rather than the building

PROPERTY_COLUMNS = ("id", *PROPERTY_VALUE_COLUMNS, "created_at", "updated_at", "version")
LINK_COLUMNS = (
    "appeal_id",
    "property_id",
    "linked_by_id",
    "linked_at",
    "cadastral_number_snapshot",
    "address_snapshot",
    "right_holders_snapshot",
)
HOLDER_COLUMNS = ("property_id", "applicant_id", "share")


@dataclass
class DemoRecord:
    ordinal: int
    building: int  # index in the building pool
    cadastral_number: str
    kind: PropertyKind
    purpose: PropertyPurpose | None
    address: str
    unom: int | None
    parent: int | None  # ordinal of the building record
    area: Decimal
    value: Decimal
    ownership: Ownership
    holders: list[tuple[int, str, str]] = field(default_factory=list)  # (applicant id, name, share)


class DemoRegister:
    """The register drawn for a building pool; ids are set when written."""

    def __init__(self, seed: int, buildings: Sequence[Building], count: int) -> None:
        self.rng = rng = Random(seed * 7919 + 4)
        self.buildings = buildings
        self.records: list[DemoRecord] = []
        self.by_building: dict[int, int] = {}  # pool index → ordinal of its building/plot record
        self.apartments: dict[int, list[int]] = {}  # pool index → ordinals of its apartments
        self.first_id = 0
        self.quarter_base = 1000
        self.links: list[tuple[Any, ...]] = []
        self._people: list[tuple[int, str]] = []
        main = min(len(buildings), max(1, round(count * BUILDING_SHARE)) if count else 0)
        for index in range(main):
            building = buildings[index]
            district = _DISTRICT.get(building.okrug, "01")
            quarter = f"{1000 + index:07d}"
            plot = building.address.split(", ")[-1].startswith("вл.")
            purpose = PropertyPurpose.RESIDENTIAL if building.residential else PropertyPurpose.NON_RESIDENTIAL
            if plot:
                area = Decimal(rng.randrange(300, 20_000))
                record = self._add(
                    index,
                    f"77:{district}:{quarter}:{rng.randrange(10, 60)}",
                    PropertyKind.LAND_PLOT,
                    None,
                    building.postal_address,
                    None,
                    None,
                    area,
                    area * rng.randrange(20_000, 90_000),
                    rng.choices(list(Ownership), (70, 10, 20, 0))[0],
                )
            else:
                area = Decimal(rng.randrange(1_500, 30_000)) + Decimal(rng.randrange(10)) / 10
                record = self._add(
                    index,
                    f"77:{district}:{quarter}:1",
                    PropertyKind.BUILDING,
                    purpose,
                    building.postal_address,
                    1_000_000 + index * 7,
                    None,
                    area,
                    (area * rng.randrange(60_000, 180_000)).quantize(Decimal("1")),
                    rng.choices(list(Ownership), (25, 5, 10, 60))[0],
                )
            self.by_building[index] = record
        homes = [i for i in range(main) if buildings[i].residential and i in self.by_building]
        homes = [i for i in homes if self.records[self.by_building[i]].kind is PropertyKind.BUILDING]
        flats: dict[int, set[int]] = {}
        while homes and len(self.records) < count:
            index = homes[int(rng.random() * len(homes))]
            taken = flats.setdefault(index, set())
            flat = rng.randrange(1, 400)
            if flat in taken:
                continue
            taken.add(flat)
            parent = self.records[self.by_building[index]]
            area = Decimal(rng.randrange(250, 1400)) / 10
            ordinal = self._add(
                index,
                f"{parent.cadastral_number[:-2]}:{flat + 1}",
                PropertyKind.PREMISES,
                PropertyPurpose.RESIDENTIAL,
                f"{parent.address}, кв. {flat}",
                None,
                parent.ordinal,
                area,
                (area * rng.randrange(150_000, 350_000)).quantize(Decimal("1")),
                Ownership.CITY if rng.random() < 0.15 else Ownership.PRIVATE,
            )
            self.apartments.setdefault(index, []).append(ordinal)

    def renumber(self, base: int) -> None:
        """Quarters from `base` on (a second demo load must not reuse the numbers of the first)."""
        shift = base - self.quarter_base
        if not shift:
            return
        for record in self.records:
            region, district, quarter, number = record.cadastral_number.split(":")
            record.cadastral_number = f"{region}:{district}:{int(quarter) + shift:07d}:{number}"
        self.quarter_base = base

    def numbers(self) -> list[str]:
        return [r.cadastral_number for r in self.records]

    def _add(self, building: int, number: str, *values: Any) -> int:
        ordinal = len(self.records)
        self.records.append(DemoRecord(ordinal, building, number, *values))
        return ordinal

    def id_of(self, ordinal: int) -> int:
        return self.first_id + ordinal

    # -- rows ----------------------------------------------------------------------------------

    def property_rows(self, stamp: Any, sqlite: bool) -> list[tuple[Any, ...]]:
        rows = []
        for r in self.records:
            parts = parse_address(r.address)
            rows.append(
                (
                    self.id_of(r.ordinal),
                    r.cadastral_number,
                    r.kind.value,
                    r.purpose.value if r.purpose else None,
                    "",
                    r.address,
                    address_key(r.address),
                    parts.building_key(),
                    parts.city,
                    # Addresses name no okrug; the pool knows each building's (hot-spot reports).
                    parts.okrug or self.buildings[r.building].okrug,
                    parts.district,
                    parts.street,
                    parts.house,
                    parts.korpus,
                    parts.stroenie,
                    parts.vladenie,
                    parts.apartment,
                    r.unom,
                    self.id_of(r.parent) if r.parent is not None else None,
                    float(r.area) if sqlite else r.area,
                    float(r.value) if sqlite else r.value,
                    r.ownership.value,
                    "",
                    stamp,
                    stamp,
                    1,
                )
            )
        return rows

    def offer_people(self, people: Sequence[tuple[int, str]]) -> None:
        """Applicants (id, name) to draw right holders from; enough of them are kept."""
        wanted = 2 * len(self.records) + 10
        if len(self._people) < wanted:
            self._people.extend(people[: wanted - len(self._people)])

    def assign_holders(self) -> list[tuple[Any, ...]]:
        """Right holders of the apartments (one owner, or two halves), from the applicants offered."""
        rows: list[tuple[Any, ...]] = []
        if not self._people:
            return rows
        rng, people = self.rng, self._people
        for record in self.records:
            if record.kind is not PropertyKind.PREMISES or record.ownership is not Ownership.PRIVATE:
                continue
            picks = {people[int(rng.random() * len(people))] for _ in range(1 if rng.random() < 0.7 else 2)}
            share = "1" if len(picks) == 1 else "1/2"
            for applicant_id, name in sorted(picks):
                record.holders.append((applicant_id, name, share))
                rows.append((self.id_of(record.ordinal), applicant_id, share))
        return rows

    def link(self, appeal_id: int, building: int, registrar: int, registered_at: str) -> None:
        """Maybe link an appeal about `building` to its record (most often) or one of its apartments."""
        ordinal = self.by_building.get(building)
        if ordinal is None:
            return
        rng = self.rng
        if rng.random() >= LINK_SHARE:
            return
        flats = self.apartments.get(building)
        if flats and rng.random() < APARTMENT_LINK_SHARE:
            ordinal = flats[int(rng.random() * len(flats))]
        self.links.append((appeal_id, ordinal, registrar, registered_at))

    def link_rows(self) -> list[tuple[Any, ...]]:
        """The links with the snapshot linking takes: number, address, right holders as now."""
        rows = []
        snapshots: dict[int, str] = {}
        for appeal_id, ordinal, registrar, registered_at in self.links:
            record = self.records[ordinal]
            holders = snapshots.get(ordinal)
            if holders is None:
                holders = snapshots[ordinal] = json.dumps(
                    [{"name": name, "share": share} for _id, name, share in record.holders],
                    ensure_ascii=False,
                )
            rows.append(
                (
                    appeal_id,
                    self.id_of(ordinal),
                    registrar,
                    registered_at,
                    record.cadastral_number,
                    record.address,
                    holders,
                )
            )
        return rows


def stamp_for(now: datetime, sqlite: bool) -> Any:
    """A created/updated moment as the loader stores it (UTC text on SQLite)."""
    return now.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now
