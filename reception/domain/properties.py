"""Property records: cadastral numbers, kinds as the state register names them, Moscow addresses.

Pure functions only. Addresses are compared through a canonical key, so that «ул. Тверская, д. 7»
and «Тверская улица, дом 7» are found by the same query and matched to the same building.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from reception.domain.appeals import LabelledEnum
from reception.domain.errors import FieldError
from reception.domain.text import fold, strip_control


class PropertyKind(LabelledEnum):
    """Object kinds of the Unified State Register of Real Estate."""

    LAND_PLOT = "land_plot", "Земельный участок"
    BUILDING = "building", "Здание"
    STRUCTURE = "structure", "Сооружение"
    PREMISES = "premises", "Помещение"
    PARKING_PLACE = "parking_place", "Машино-место"
    UNFINISHED_CONSTRUCTION = "unfinished_construction", "Объект незавершённого строительства"
    UNIFIED_COMPLEX = "unified_complex", "Единый недвижимый комплекс"
    ENTERPRISE = "enterprise", "Предприятие как имущественный комплекс"


class PropertyPurpose(LabelledEnum):
    RESIDENTIAL = "residential", "Жилое"
    NON_RESIDENTIAL = "non_residential", "Нежилое"


class Ownership(LabelledEnum):
    CITY = "city", "Собственность города Москвы"
    FEDERAL = "federal", "Федеральная собственность"
    PRIVATE = "private", "Частная собственность"
    MIXED = "mixed", "Смешанная собственность"


# ---------------------------------------------------------------- cadastral numbers

CADASTRAL_PATTERN = re.compile(
    r"^[0-9]{2}:[0-9]{2}:[0-9]{6,7}:[0-9]+$"
)  # ASCII digits only: \d takes any script's
_CADASTRAL_EXACT = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{6,7}:[0-9]+")
MAX_CADASTRAL_LENGTH = 40
# Colon look-alikes that come from Word, Excel and PDF copies: full-width, ratio, modifier letter.
_COLON_LIKE = str.maketrans({"：": ":", "∶": ":", "꞉": ":", "˸": ":", ";": ":"})
# Full-width digits (Word, Excel in East Asian layouts) are the digits they show; superscripts,
# subscripts and circled digits are not digits of a number and stay, to be refused.
_FULL_WIDTH_DIGITS = str.maketrans({chr(0xFF10 + n): str(n) for n in range(10)})
_PARTIAL_CADASTRAL = re.compile(r"^[0-9]{1,2}(:[0-9]{0,2}(:[0-9]{0,7}(:[0-9]*)?)?)?$")


def clean_cadastral_number(text: str) -> str:
    """The number as typed, without spaces, with colon look-alikes made colons and full-width digits
    (Word, Excel) made ASCII (not validated)."""
    return "".join(text.translate(_COLON_LIKE).translate(_FULL_WIDTH_DIGITS).split())


def normalise_cadastral_number(text: str) -> str:
    """The stored form of a cadastral number; ValueError when it is not one.

    Digits are kept as typed: the object number has no fixed length, so no zero is added or dropped.
    """
    if len(text) <= MAX_CADASTRAL_LENGTH and _CADASTRAL_EXACT.fullmatch(text):
        return text  # already in the stored form: the common case of a registry file
    number = clean_cadastral_number(text)
    if len(number) > MAX_CADASTRAL_LENGTH or not CADASTRAL_PATTERN.match(number):
        raise ValueError(f"«{text.strip()[:60]}» is not a cadastral number")
    return number


def is_valid_cadastral_number(text: str) -> bool:
    try:
        normalise_cadastral_number(text)
    except ValueError:
        return False
    return True


def cadastral_prefix(text: str) -> str | None:
    """The typed start of a cadastral number (`77:01:00`), or None when the text cannot begin one."""
    if not text.lstrip()[:1].isdigit():
        return None  # an address or a name: the usual search text goes no further
    if len(text) <= MAX_CADASTRAL_LENGTH and _PARTIAL_CADASTRAL.fullmatch(text):
        number = text  # typed as stored: nothing to clean
    else:
        number = clean_cadastral_number(text)
    if not number or not _PARTIAL_CADASTRAL.match(number) or len(number) > MAX_CADASTRAL_LENGTH:
        return None
    if ":" not in number and len(number) < 2:
        return None
    return number


CADASTRAL_FORMAT_HINT = "нужен вид 77:01:0001001:1234 (округ:район:квартал:номер)"


# ---------------------------------------------------------------- addresses

# Every spelling of an address element type → the one token the search key uses.
ADDRESS_WORDS: dict[str, str] = {
    "город": "г",
    "г": "г",
    "улица": "ул",
    "ул": "ул",
    "дом": "д",
    "д": "д",
    "квартира": "кв",
    "кв": "кв",
    "корпус": "корп",
    "корп": "корп",
    "к": "корп",
    "строение": "стр",
    "стр": "стр",
    "владение": "вл",
    "вл": "вл",
    "домовладение": "вл",
    "проспект": "пр-т",
    "пр-т": "пр-т",
    "пр-кт": "пр-т",
    "просп": "пр-т",
    "переулок": "пер",
    "пер": "пер",
    "шоссе": "ш",
    "ш": "ш",
    "набережная": "наб",
    "наб": "наб",
    "бульвар": "б-р",
    "б-р": "б-р",
    "бул": "б-р",
    "площадь": "пл",
    "пл": "пл",
    "проезд": "пр-д",
    "пр-д": "пр-д",
    "тупик": "туп",
    "туп": "туп",
    "аллея": "ал",
    "ал": "ал",
    "микрорайон": "мкр",
    "мкр": "мкр",
    "помещение": "пом",
    "пом": "пом",
    "район": "р-н",
    "р-н": "р-н",
    "поселение": "пос",
    "пос": "пос",
}
STREET_TYPES = frozenset({"ул", "пр-т", "пер", "ш", "наб", "б-р", "пл", "пр-д", "туп", "ал", "мкр"})
_BUILDING_MARKERS = {"д": "house", "вл": "vladenie", "корп": "korpus", "стр": "stroenie", "кв": "apartment"}
_SETTLEMENT_WORDS = frozenset({"р-н", "пос", "п", "поселок", "деревня", "село"})
_OKRUG_ABBREVIATIONS = frozenset(
    {"цао", "сао", "свао", "вао", "ювао", "юао", "юзао", "зао", "сзао", "зелао", "нао", "тао", "тинао"}
)

# Punctuation that separates words; `-` and `/` stay inside words (б-р, Садовая-Кудринская, 12/2).
_SEPARATORS = re.compile(r"[\s.,;:()«»\"'№#]+")
# «д5», «кв17», «стр.3»: a marker glued to its number.
_GLUED_MARKER = re.compile(r"(?<![а-я0-9])(д|кв|корп|к|стр|вл)(?=\d)")
# «14к2», «14 стр3»: a house number glued to a korpus or stroenie.
_GLUED_BUILDING = re.compile(r"(\d)(корп|к|стр|с)(?=\d)")


@lru_cache(maxsize=65536)
def address_words(text: str) -> tuple[str, ...]:
    """The address as canonical words: lower case, `ё` as `е`, one spelling per element type.

    Cached: a registry repeats the same city, street and house segments thousands of times.
    """
    folded = fold(strip_control(text))
    folded = _GLUED_BUILDING.sub(
        lambda m: f"{m.group(1)} {'стр' if m.group(2) in ('стр', 'с') else 'корп'} ", folded
    )
    words = []
    for word in _SEPARATORS.split(folded):
        word = word.strip("-/")
        if not word:
            continue
        match = _GLUED_MARKER.match(word)
        if match and word[match.end() :].replace("/", "").isalnum():
            words.append(ADDRESS_WORDS[match.group(1)])
            words.append(word[match.end() :])
            continue
        words.append(ADDRESS_WORDS.get(word, word))
    return tuple(words)


def address_key(text: str) -> str:
    """The search key stored beside an address: canonical words, each preceded by a space.

    The leading space lets `LIKE '% word%'` find a word at the start of the key as anywhere else.
    Built segment by segment (commas separate words anyway) so that the word cache serves it.
    """
    keys = [key for key in map(_segment_key, text.split(",")) if key]
    return " " + " ".join(keys) if keys else ""


@lru_cache(maxsize=65536)
def _segment_key(segment: str) -> str:
    return " ".join(address_words(segment))


def address_query_words(text: str) -> list[str]:
    """The words a search for `text` requires, each to begin a word of the key."""
    return list(dict.fromkeys(address_words(text)))


@dataclass(frozen=True)
class AddressParts:
    """Structured parts of an address, best effort; the full text is always kept beside them."""

    city: str = ""
    okrug: str = ""
    district: str = ""
    street: str = ""
    house: str = ""
    korpus: str = ""
    stroenie: str = ""
    vladenie: str = ""
    apartment: str = ""
    postcode: str = ""

    def building_key(self) -> str:
        """Street, house, korpus, stroenie and vladenie in one canonical order: the building's identity.

        Empty when the street or the house is unknown: such addresses are never matched as equal.
        """
        return _building_key(self.street, self.house, self.vladenie, self.korpus, self.stroenie)


@lru_cache(maxsize=65536)
def _building_key(street: str, house: str, vladenie: str, korpus: str, stroenie: str) -> str:
    if not street or not (house or vladenie):
        return ""
    parts = sorted(address_words(street))
    for marker, value in (("д", house), ("вл", vladenie), ("корп", korpus), ("стр", stroenie)):
        if value:
            parts += [marker, fold(value)]
    return " ".join(parts)[:300]


def parse_address(text: str) -> AddressParts:
    """Split a Moscow address («г. Москва, ул. Тверская, д. 7, корп. 2, кв. 5») into its parts."""
    if not text.isprintable():  # printable text has no control characters: the usual case skips the regex
        text = strip_control(text)
    segments = [segment.strip() for segment in text.split(",")]
    last = segments.pop()
    values = dict(_parsed_prefix(tuple(segments)))
    _read_segment(last, values)
    guess = values.pop("street_guess", "")
    if guess and "street" not in values:
        values["street"] = guess
    if max(map(len, values.values()), default=0) > 300:
        values = {key: value[:300] for key, value in values.items()}
    return AddressParts(**values)


@lru_cache(maxsize=16384)
def _parsed_prefix(segments: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The parts read from the leading segments; cached, as a registry lists a building's premises
    one after another and they differ only in the last segment (the apartment)."""
    if not segments:
        return ()
    values = dict(_parsed_prefix(segments[:-1]))
    _read_segment(segments[-1], values)
    return tuple(values.items())


def _read_segment(segment: str, values: dict[str, str]) -> None:
    role, value, building = _segment(segment)
    if role == "number":
        if "street" in values and "house" not in values:
            _read_building(building, values)
    elif role == "building":
        _read_building(building, values)
    elif role == "street":
        values.setdefault("street", value)
        if building:
            _read_building(building, values)
    elif role == "city_or_street":
        if "city" not in values:
            values["city"] = value
        else:
            values.setdefault("street_guess", value)
    elif role == "name":
        if "city" in values:
            values.setdefault("street_guess", value)
    elif role:
        values.setdefault(role, value)


@lru_cache(maxsize=65536)
def _segment(segment: str) -> tuple[str, str, tuple[str, ...]]:
    """What one comma-separated segment is: (role, text, building words); cached per segment text."""
    words = address_words(segment)
    if not words:
        return "", "", ()
    if len(words) == 1 and re.fullmatch(r"\d{6}", words[0]):
        return "postcode", words[0], ()
    if words[0] == "г":
        return "city", _strip_type(segment, ("г", "город")), ()
    if words == ("москва",):
        return "city_or_street", segment, ()
    if words[0] in _OKRUG_ABBREVIATIONS or "округ" in words[-1] or segment.endswith(" АО"):
        return "okrug", segment, ()
    if words[0] in _SETTLEMENT_WORDS or words[-1] in _SETTLEMENT_WORDS or "район" in fold(segment):
        return "district", segment, ()
    if words[0] in _BUILDING_MARKERS:
        return "building", "", words
    if words[0][:1].isdigit():
        return "number", "", words
    if any(word in STREET_TYPES for word in words):
        # «ул. Тверская д. 7» written without a comma: the building follows the street.
        street, building = _split_street(segment)
        return "street", street, address_words(building) if building else ()
    if not any(ch.isdigit() for ch in segment):
        return "name", " ".join(segment.split()), ()
    return "", "", ()


def _strip_type(segment: str, words: tuple[str, ...]) -> str:
    parts = [p for p in re.split(r"[\s.]+", segment) if p]
    while parts and fold(parts[0]) in words:
        parts = parts[1:]
    return " ".join(parts)


# Where a building starts inside «ул. Тверская д. 7» or «ул.Профсоюзная д.43к2»: a marker before a digit.
_BUILDING_START = re.compile(r"(?i)(?<![а-яё])(д|дом|вл|влад|владение)\.?\s*(?=\d)")


def _split_street(segment: str) -> tuple[str, str]:
    """A segment holding a street and maybe its building, as (street text, building text)."""
    match = _BUILDING_START.search(segment)
    if match is None or match.start() == 0:
        return " ".join(segment.split()), ""
    return " ".join(segment[: match.start()].split()), segment[match.start() :]


def _read_building(words: Sequence[str], values: dict[str, str]) -> None:
    """`д 7 корп 2 кв 5` (or a bare number for the house) into the building's parts."""
    current = "house"
    for word in words:
        if word in _BUILDING_MARKERS:
            current = _BUILDING_MARKERS[word]
            continue
        if current and current not in values:
            values[current] = word
        current = ""


# ---------------------------------------------------------------- a record

MAX_ADDRESS_LENGTH = 1000
MAX_NOTES_LENGTH = 10_000
MAX_NAME_LENGTH = 500
MAX_AREA = Decimal("999999999999.99")
MAX_VALUE = Decimal("9999999999999999.99")


@dataclass(frozen=True)
class RightHolderDraft:
    """A right holder: a known applicant (`applicant_id`) or a name to find or add, with a share."""

    name: str = ""
    share: str = ""
    applicant_id: int | None = None


@dataclass(frozen=True)
class PropertyDraft:
    """A property record as typed in the card or read from one row of a registry file.

    `right_holders` None leaves the holders as they are; an empty tuple removes them.
    """

    kind: PropertyKind
    cadastral_number: str = ""
    address: str = ""
    purpose: PropertyPurpose | None = None
    name: str = ""
    unom: int | None = None
    parent_cadastral_number: str = ""
    area: Decimal | None = None
    cadastral_value: Decimal | None = None
    ownership: Ownership | None = None
    notes: str = ""
    right_holders: tuple[RightHolderDraft, ...] | None = None


@dataclass(frozen=True)
class CleanProperty:
    """A validated draft with everything the database row needs derived from it."""

    draft: PropertyDraft
    cadastral_number: str | None
    parent_cadastral_number: str | None
    parts: AddressParts
    search_key: str
    building_key: str


def clean_property(draft: PropertyDraft) -> tuple[CleanProperty | None, list[FieldError]]:
    """Normalise a draft and list every invalid field; the service and the import share it."""
    errors: list[FieldError] = []
    if not isinstance(draft.kind, PropertyKind):
        errors.append(FieldError("kind", f"Вид объекта «{str(draft.kind)[:60]}» неизвестен: {KIND_HINT}."))
    number: str | None = None
    if draft.cadastral_number.strip():
        try:
            number = normalise_cadastral_number(draft.cadastral_number)
        except ValueError:
            errors.append(
                FieldError(
                    "cadastral_number",
                    f"Кадастровый номер «{draft.cadastral_number.strip()[:60]}» записан неверно: "
                    f"{CADASTRAL_FORMAT_HINT}.",
                )
            )
    parent: str | None = None
    if draft.parent_cadastral_number.strip():
        try:
            parent = normalise_cadastral_number(draft.parent_cadastral_number)
        except ValueError:
            errors.append(
                FieldError(
                    "parent_cadastral_number",
                    f"Кадастровый номер родительского объекта «{draft.parent_cadastral_number.strip()[:60]}» "
                    f"записан неверно: {CADASTRAL_FORMAT_HINT}.",
                )
            )
        else:
            if parent == number:
                errors.append(FieldError("parent_cadastral_number", "Объект не может входить сам в себя."))
    address = _tidy(draft.address)
    if not address and number is None and "cadastral_number" not in {e.field for e in errors}:
        errors.append(
            FieldError("address", "Укажите адрес: у объекта без кадастрового номера адрес обязателен.")
        )
    if len(address) > MAX_ADDRESS_LENGTH:
        errors.append(FieldError("address", f"Адрес слишком длинный: не более {MAX_ADDRESS_LENGTH} знаков."))
    for field_name, amount, limit in (
        ("area", draft.area, MAX_AREA),
        ("cadastral_value", draft.cadastral_value, MAX_VALUE),
    ):
        what = "Площадь" if field_name == "area" else "Кадастровая стоимость"
        if amount is None:
            continue
        if not amount.is_finite():
            errors.append(FieldError(field_name, f"{what} должна быть числом."))
        elif amount < 0:
            errors.append(FieldError(field_name, f"{what} не может быть отрицательной ({amount})."))
        elif amount > limit:
            errors.append(FieldError(field_name, f"{what} слишком велика ({amount})."))
    if draft.unom is not None and not 0 < draft.unom < 2**31:
        errors.append(FieldError("unom", f"UNOM {draft.unom} вне допустимого диапазона."))
    name = _tidy(draft.name) if draft.name else ""
    if len(name) > MAX_NAME_LENGTH:
        errors.append(FieldError("name", f"Наименование слишком длинное: не более {MAX_NAME_LENGTH} знаков."))
    notes = strip_control(draft.notes).strip() if draft.notes else ""
    if len(notes) > MAX_NOTES_LENGTH:
        errors.append(FieldError("notes", f"Примечание слишком длинное: не более {MAX_NOTES_LENGTH} знаков."))
    holders: tuple[RightHolderDraft, ...] | None = None
    if draft.right_holders is not None:
        cleaned_holders = []
        for holder in draft.right_holders:
            holder_name = " ".join(strip_control(holder.name).split())[:300]
            share = "".join(holder.share.split())
            if not is_valid_share(share):
                errors.append(
                    FieldError(
                        "right_holders",
                        f"Доля «{holder.share.strip()[:20]}» правообладателя записана неверно: нужен вид 1/2 или 50%.",
                    )
                )
            if holder.applicant_id is None and not holder_name:
                continue
            cleaned_holders.append(RightHolderDraft(holder_name, share, holder.applicant_id))
        holders = tuple(cleaned_holders)
    if errors:
        return None, errors
    parts = parse_address(address)
    if (
        (number or "") == draft.cadastral_number
        and address == draft.address
        and name == draft.name
        and notes == draft.notes
        and holders == draft.right_holders
    ):
        cleaned = draft  # nothing to tidy: the usual row of a registry file skips the copy
    else:
        cleaned = replace(
            draft,
            cadastral_number=number or "",
            address=address,
            name=name,
            notes=notes,
            right_holders=holders,
        )
    return (
        CleanProperty(
            draft=cleaned,
            cadastral_number=number,
            parent_cadastral_number=parent,
            parts=parts,
            search_key=address_key(address)[:MAX_ADDRESS_LENGTH],
            building_key=parts.building_key(),
        ),
        [],
    )


# The parts of an address, in the order a composed address line gives them.
ADDRESS_PART_NAMES = (
    "city",
    "okrug",
    "district",
    "street",
    "house",
    "vladenie",
    "korpus",
    "stroenie",
    "apartment",
)
# How each part is written into a composed address when its cell lacks its own marker.
_PART_MARKERS = {
    "city": ("г.", frozenset({"г", "пос", "п", "поселок", "деревня", "село"})),
    "district": ("район", frozenset({"р-н", "пос"})),
    "house": ("д.", frozenset({"д"})),
    "korpus": ("корп.", frozenset({"корп"})),
    "stroenie": ("стр.", frozenset({"стр"})),
    "vladenie": ("вл.", frozenset({"вл"})),
    "apartment": ("кв.", frozenset({"кв", "пом"})),
}


def compose_address(parts: Mapping[str, str]) -> str:
    """One address line from the separate columns of a registry (city, street, house…), written the
    way `parse_address` reads it back: «г. Москва, ул. Тверская, д. 7, корп. 2, кв. 5»."""
    segments = []
    for name in ADDRESS_PART_NAMES:
        value = " ".join(strip_control(parts.get(name, "")).split())
        if not value:
            continue
        marker = _PART_MARKERS.get(name)
        if marker is not None:
            words = address_words(value)
            if not words or not any(word in marker[1] for word in words):
                value = f"{marker[0]} {value}"
        segments.append(value)
    return ", ".join(segments)


def parts_from_columns(columns: Mapping[str, str]) -> AddressParts:
    """The parts of an address a registry gives in separate columns, taken as they are rather than
    read back from the composed line (the parser would take «1-я Тверская-Ямская» for a house number):
    the type word of a city and the marker of a number (д., корп., кв.…) dropped, numbers as the
    parser keeps them (lower case)."""
    values: dict[str, str] = {}
    for name in ADDRESS_PART_NAMES:
        value = " ".join(strip_control(columns.get(name, "")).split())
        if not value:
            continue
        if name == "city":
            value = _strip_type(value, ("г", "город")) or value
        elif name in _NUMBER_PARTS:
            words = list(address_words(value))
            if words and words[0] in _BUILDING_MARKERS:
                words = words[1:]
            value = " ".join(words)
        if value:
            values[name] = value[:300]
    return AddressParts(**values)


_NUMBER_PARTS = frozenset({"house", "korpus", "stroenie", "vladenie", "apartment"})


def with_parts(clean: CleanProperty, columns: AddressParts) -> CleanProperty:
    """`clean` with the parts its address text did not give taken from separate columns
    (`parts_from_columns`)."""
    filled = {
        name: value
        for name in ADDRESS_PART_NAMES
        if (value := getattr(columns, name)) and not getattr(clean.parts, name)
    }
    if not filled:
        return clean
    merged = replace(clean.parts, **filled)
    return replace(clean, parts=merged, building_key=merged.building_key())


def _tidy(text: str) -> str:
    """One line without control characters and with single spaces (most text already is)."""
    # isprintable() is False for control characters and for every space but U+0020.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(strip_control(text).split())


KIND_HINT = "допустимы " + ", ".join(f"«{kind.label}»" for kind in PropertyKind)


@lru_cache(maxsize=4096)
def resolve_labelled(enum: type[LabelledEnum], text: str) -> LabelledEnum | None:
    """The member whose value or Russian label (any case, `ё` = `е`) is `text`."""
    key = fold(text).strip(" .")
    for member in enum:
        if key in (member.value, fold(member.label)):
            return member
    return SYNONYMS.get(enum, {}).get(key)


SYNONYMS: dict[type[LabelledEnum], dict[str, LabelledEnum]] = {
    PropertyKind: {
        "земельный участок": PropertyKind.LAND_PLOT,
        "участок": PropertyKind.LAND_PLOT,
        "зу": PropertyKind.LAND_PLOT,
        "здание": PropertyKind.BUILDING,
        "жилой дом": PropertyKind.BUILDING,
        "многоквартирный дом": PropertyKind.BUILDING,
        "сооружение": PropertyKind.STRUCTURE,
        "помещение": PropertyKind.PREMISES,
        "квартира": PropertyKind.PREMISES,
        "комната": PropertyKind.PREMISES,
        "нежилое помещение": PropertyKind.PREMISES,
        "жилое помещение": PropertyKind.PREMISES,
        "машино-место": PropertyKind.PARKING_PLACE,
        "машиноместо": PropertyKind.PARKING_PLACE,
        "онс": PropertyKind.UNFINISHED_CONSTRUCTION,
        "объект незавершенного строительства": PropertyKind.UNFINISHED_CONSTRUCTION,
        "енк": PropertyKind.UNIFIED_COMPLEX,
        "предприятие": PropertyKind.ENTERPRISE,
    },
    PropertyPurpose: {
        "жилое помещение": PropertyPurpose.RESIDENTIAL,
        "жилой дом": PropertyPurpose.RESIDENTIAL,
        "жилое здание": PropertyPurpose.RESIDENTIAL,
        "многоквартирный дом": PropertyPurpose.RESIDENTIAL,
        "нежилое помещение": PropertyPurpose.NON_RESIDENTIAL,
        "нежилое здание": PropertyPurpose.NON_RESIDENTIAL,
    },
    Ownership: {
        "городская": Ownership.CITY,
        "город москва": Ownership.CITY,
        "собственность города москвы": Ownership.CITY,
        "государственная собственность города москвы": Ownership.CITY,
        "федеральная": Ownership.FEDERAL,
        "рф": Ownership.FEDERAL,
        "частная": Ownership.PRIVATE,
        "смешанная": Ownership.MIXED,
        "долевая": Ownership.MIXED,
    },
}


def parse_decimal(text: str) -> Decimal:
    """A number as offices write it: `1 234,5`, `1234.50`, with non-breaking spaces; ValueError if not."""
    if _PLAIN_DECIMAL.fullmatch(text):
        return Decimal(text)
    comma = text.replace(",", ".", 1)  # «54,3»: the usual decimal comma, no spaces
    if _PLAIN_DECIMAL.fullmatch(comma):
        return Decimal(comma)
    cleaned = "".join(text.split()).replace("\u00a0", "").replace(",", ".")
    if not _DECIMAL.fullmatch(cleaned):
        raise ValueError(text)
    return Decimal(cleaned)


_PLAIN_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?")
_DECIMAL = re.compile(r"[-+]?\d+(\.\d+)?")


_SHARE = re.compile(r"^\d+/\d+$|^\d+([.,]\d+)?\s*%$")


def is_valid_share(text: str) -> bool:
    """«1/2», «1/3», «50 %» — or empty for a sole holder."""
    text = text.strip()
    if not text:
        return True
    if not _SHARE.match(text):
        return False
    if "/" in text:
        numerator, denominator = (int(p) for p in text.split("/"))
        return 0 < numerator <= denominator
    return True


_HOLDER_WITH_SHARE = re.compile(r"^(?P<name>.+?)\s*\((?P<share>[^()]*)\)\s*$")


_SHARE_LIKE = re.compile(r"[\s\d/\\%.,]*\d[\s\d/\\%.,]*")


def parse_right_holders(text: str, share: str = "") -> tuple[RightHolderDraft, ...]:
    """«Иванов Иван Иванович (1/2); Иванова Мария Петровна (1/2)» → holders; `share` for a sole one."""
    holders: list[RightHolderDraft] = []
    for item in re.split(r"[;\n]", text):
        item = " ".join(item.split())
        if not item:
            continue
        match = _HOLDER_WITH_SHARE.match(item)
        if match and _SHARE_LIKE.fullmatch(match.group("share")):
            # «(1/2)», and a mistyped «(1\2)» or «(0,5)» too: `clean_property` names a bad share, which
            # would otherwise vanish into the name. Brackets with letters («(ИНН 7701234567)»,
            # «(1960 г.р.)», «(Москва)») stay part of the name.
            holders.append(RightHolderDraft(match.group("name"), match.group("share").strip()))
        else:
            holders.append(RightHolderDraft(item, ""))
    if share.strip() and len(holders) == 1 and not holders[0].share:
        holders[0] = RightHolderDraft(holders[0].name, share.strip())
    return tuple(holders)


_ORGANISATION_MARKS = re.compile(
    r"[«»\"]|^(ооо|оао|зао|пао|ао|гбу|гуп|гку|гау|фгуп|фгбу|нко|тсж|жск|мку|муп|ано|дгим|департамент|"
    r"город|российская|субъект)\b"
)


def looks_like_organisation(name: str) -> bool:
    """A right holder written as an organisation («ООО «Ромашка»», «город Москва») not a person."""
    return bool(_ORGANISATION_MARKS.search(fold(name)))
