"""Moscow building addresses for demo data: real street names, the 12 administrative okrugs.

The pool of buildings stands in for the property register a later release adds: applicants' postal
addresses and the addresses quoted in appeal texts are all taken from it, so an import of real
properties can match them by address.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

OKRUGS = {
    "ЦАО": "Центральный",
    "САО": "Северный",
    "СВАО": "Северо-Восточный",
    "ВАО": "Восточный",
    "ЮВАО": "Юго-Восточный",
    "ЮАО": "Южный",
    "ЮЗАО": "Юго-Западный",
    "ЗАО": "Западный",
    "СЗАО": "Северо-Западный",
    "ЗелАО": "Зеленоградский",
    "НАО": "Новомосковский",
    "ТАО": "Троицкий",
}

# Street → okrug, for streets that lie (wholly or mostly) in one okrug. Settlements of New Moscow
# and Zelenograd carry their town before the street.
_STREETS_BY_OKRUG = {
    "ЦАО": (
        "ул. Тверская; ул. Арбат; ул. Новый Арбат; ул. Большая Никитская; ул. Мясницкая; ул. Пятницкая; "
        "ул. Большая Ордынка; ул. Покровка; ул. Маросейка; ул. Садовая-Кудринская; Гоголевский б-р; "
        "Чистопрудный б-р; ул. Остоженка; ул. Пречистенка; ул. Сретенка; ул. Большая Якиманка; "
        "Смоленская наб.; Фрунзенская наб.; Комсомольский пр-т; ул. Долгоруковская; ул. Новослободская; "
        "ул. Таганская; ул. Земляной Вал; ул. Бауманская; ул. Бакунинская; ул. Большая Пироговская; "
        "ул. Малая Бронная; ул. Лесная; Потаповский пер.; Армянский пер."
    ),
    "САО": (
        "Ленинградский пр-т; ул. Дыбенко; Дмитровское ш.; ул. Флотская; Кронштадтский б-р; "
        "ул. Онежская; ул. Беломорская; ул. Большая Академическая; ул. Коптевская; "
        "ул. Зои и Александра Космодемьянских; ул. Фестивальная; ул. Правды; Ленинградское ш.; "
        "Бескудниковский б-р; Хорошёвское ш.; ул. Куусинена"
    ),
    "СВАО": (
        "ул. Бориса Галушкина; ул. Академика Королёва; Ярославское ш.; ул. Менжинского; ул. Широкая; "
        "ул. Полярная; Алтуфьевское ш.; ул. Декабристов; ул. Хачатуряна; ул. Вильгельма Пика; "
        "ул. Сельскохозяйственная; ул. Кашёнкин Луг; ул. Бибиревская; ул. Лескова; ул. Грекова; пр-т Мира"
    ),
    "ВАО": (
        "Щёлковское ш.; ул. Первомайская; Измайловский б-р; Сиреневый б-р; ш. Энтузиастов; "
        "ул. Новогиреевская; Свободный пр-т; ул. Молостовых; ул. Вешняковская; ул. Уральская; "
        "Открытое ш.; ул. Большая Черкизовская; ул. Красный Казанец; ул. Мартеновская"
    ),
    "ЮВАО": (
        "Рязанский пр-т; Волгоградский пр-т; ул. Марьинский Парк; ул. Люблинская; ул. Братиславская; "
        "ул. Верхние Поля; ул. Ферганская; ул. Юных Ленинцев; Жулебинский б-р; ул. Авиаконструктора Миля; "
        "ул. Шкулёва; ул. Таганрогская; ул. Ташкентская; ул. Сормовская; ул. Перерва"
    ),
    "ЮАО": (
        "Варшавское ш.; Каширское ш.; ул. Кантемировская; ул. Домодедовская; Ореховый б-р; "
        "ул. Борисовские Пруды; ул. Липецкая; ул. Шипиловская; ул. Генерала Белова; ул. Нагатинская; "
        "ул. Нагорная; ул. Чертановская; ул. Подольских Курсантов; Пролетарский пр-т"
    ),
    "ЮЗАО": (
        "ул. Профсоюзная; Ленинский пр-т; ул. Обручева; ул. Миклухо-Маклая; ул. Островитянова; "
        "ул. Академика Волгина; ул. Бутлерова; ул. Гарибальди; ул. Кржижановского; "
        "ул. Дмитрия Ульянова; Новоясеневский пр-т; ул. Паустовского; Литовский б-р; ул. Тёплый Стан; "
        "ул. Генерала Антонова; Нахимовский пр-т; Севастопольский пр-т; ул. Кедрова; "
        "б-р Дмитрия Донского; ул. Изюмская; ул. Адмирала Руднева"
    ),
    "ЗАО": (
        "Кутузовский пр-т; ул. Большая Филёвская; Мичуринский пр-т; ул. Лобачевского; пр-т Вернадского; "
        "Можайское ш.; ул. Кастанаевская; ул. Ярцевская; Рублёвское ш.; Осенний б-р; Солнцевский пр-т; "
        "ул. Богданова; ул. Раменки; ул. Веерная; ул. Новоорловская; ул. Скульптора Мухиной"
    ),
    "СЗАО": (
        "пр-т Маршала Жукова; ул. Народного Ополчения; Волоколамское ш.; ул. Свободы; "
        "б-р Яна Райниса; ул. Героев Панфиловцев; Химкинский б-р; ул. Планерная; "
        "ул. Маршала Катукова; Строгинский б-р; ул. Исаковского; ул. Твардовского; ул. Митинская; "
        "Пятницкое ш.; ул. Генерала Глаголева; ул. Берзарина; ул. Живописная"
    ),
    "ЗелАО": "г. Зеленоград",
    "НАО": (
        "пос. Коммунарка, ул. Александры Монаховой; пос. Московский, ул. Хабарова; "
        "пос. Внуковское, ул. Корнея Чуковского; пос. Мосрентген, ул. Героя Советского Союза Корнеева"
    ),
    "ТАО": "г. Троицк, Октябрьский пр-т; г. Троицк, ул. Центральная; г. Троицк, Сиреневый б-р",
}

STREETS: tuple[tuple[str, str], ...] = tuple(
    (street.strip(), okrug) for okrug, streets in _STREETS_BY_OKRUG.items() for street in streets.split(";")
)
ZELENOGRAD = "г. Зеленоград"


@dataclass(frozen=True)
class Building:
    """One building: `address` as written after «г. Москва, », and its okrug's abbreviation."""

    address: str
    okrug: str
    residential: bool

    @property
    def postal_address(self) -> str:
        return f"г. Москва, {self.address}"


def _house(rng: Random) -> int:
    # Low house numbers are more common than high ones: not every street is long.
    if rng.random() < 0.5:
        return rng.randrange(1, 200)
    return min(int((rng.paretovariate(1.1) - 1) * 6) + 1, 240)


def random_building(rng: Random) -> Building:
    street, okrug = STREETS[rng.randrange(len(STREETS))]
    if street == ZELENOGRAD:
        return Building(f"{street}, корп. {rng.randrange(1, 20)}{rng.randrange(0, 40):02d}", okrug, True)
    roll = rng.random()
    house = f"{_house(rng)}{'А' if rng.random() < 0.04 else ''}"
    if roll < 0.05:
        return Building(f"{street}, вл. {house}", okrug, False)
    address = f"{street}, д. {house}"
    residential = True
    if roll < 0.35:
        address += f", корп. {rng.randrange(1, 6)}"
    if 0.30 < roll < 0.42:
        address += f", стр. {rng.randrange(1, 9)}"
        residential = False
    return Building(address, okrug, residential)


def building_pool(rng: Random, count: int) -> list[Building]:
    """`count` distinct buildings, in the order drawn."""
    seen: set[str] = set()
    pool: list[Building] = []
    attempts = 0
    while len(pool) < count:
        attempts += 1
        if attempts > count * 50 + 1000:
            raise ValueError(f"cannot draw {count} distinct buildings from {len(STREETS)} streets")
        building = random_building(rng)
        if building.address not in seen:
            seen.add(building.address)
            pool.append(building)
    return pool


def with_apartment(rng: Random, building: Building) -> str:
    """A postal address in the building: with an apartment when people live there."""
    if building.residential:
        return f"{building.postal_address}, кв. {rng.randrange(1, 400)}"
    return building.postal_address
