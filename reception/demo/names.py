"""Russian personal names for demo applicants and staff, with gender agreement.

A surname, a first name and a patronymic agree in gender: Иванов Иван Петрович, Иванова Мария
Петровна. Surnames are listed in the masculine form; `feminine_surname` derives the feminine one.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from reception.domain.appeals import ApplicantKind
from reception.services.applicants import name_key


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Common Russian surnames (masculine), roughly by frequency: the head of the list is drawn most.
SURNAMES = tuple(
    dict.fromkeys(
        _words(
            "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
            "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин "
            "Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов "
            "Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв "
            "Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов "
            "Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
            "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов "
            "Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев "
            "Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников "
            "Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин "
            "Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов "
            "Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев "
            "Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Софронов Мальцев Логинов Горшков Савин "
            "Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Фадеев Молчанов Игнатов "
            "Литвинов Ершов Ушаков Дементьев Рябов Мухин Калашников Леонтьев Лобанов Кузин Корнеев Евдокимов "
            "Бородин Платонов Некрасов Балашов Бобров Жданов Блинов Игнатьев Коротков Муравьёв Крюков Беляков "
            "Богомолов Дроздов Лавров Зуев Петухов Ларин Никулин Серов Терентьев Зотов Устинов Фокин Самойлов "
            "Константинов Сахаров Шишкин Самсонов Черкасов Чистяков Носов Спиридонов Карасёв Авдеев Воронцов "
            "Зверев Владимиров Селезнёв Нечаев Кудряшов Седов Фирсов Андрианов Панин Головин Терехов Ульянов "
            "Шестаков Агеев Никонов Селиванов Баженов Гордеев Кожевников Пахомов Зимин Костин Широков Филимонов "
            "Ларионов Овсянников Сазонов Суворов Нефёдов Корнилов Любимов Львов Горбачёв Копылов Лукин Токарев "
            "Кулешов Шилов Большаков Панкратов Родин Шаповалов Покровский Бочаров Никольский Маркин Горелов "
            "Агафонов Березин Ермолаев Зубков Куприянов Трифонов Масленников Круглов Третьяков Колосов Рожков "
            "Артамонов Шмелёв Лаптев Лапшин Фёдоров Федосеев Зиновьев Рогов Смольников Кравцов Островский "
            "Вишневский Ковальский Жуковский Яблонский Полянский Чайковский Троицкий Успенский Соловецкий "
            "Толстой Трубецкой Донской Луговой Береговой Шевченко Бондаренко Коваленко Кравченко Ткаченко "
            "Лысенко Савченко Руденко Мельниченко Цой Ким Пак Гайдамак Гурвич Шапиро Лившиц Мамедов "
            "Алиев Гасанов Рахимов Юсупов Хабибуллин Гарипов Сафин Мухаметшин Галиев Ахмедов Каримов"
        )
    )
)

MALE_NAMES = _words(
    "Александр Сергей Дмитрий Андрей Алексей Максим Иван Евгений Михаил Владимир Николай Артём "
    "Павел Роман Денис Игорь Олег Виктор Антон Юрий Константин Вадим Кирилл Илья Никита Егор Григорий "
    "Борис Анатолий Валерий Геннадий Станислав Василий Пётр Фёдор Леонид Тимур Руслан Марк Лев "
    "Степан Матвей Тимофей Глеб Ярослав Даниил Георгий Семён Вячеслав Аркадий Эдуард Виталий Ростислав"
)

FEMALE_NAMES = _words(
    "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Марина Галина Людмила "
    "Анастасия Валентина Надежда Любовь Дарья Алёна Ксения Вера Оксана Лариса Тамара Нина Виктория "
    "Полина Алина Софья Елизавета Кристина Евгения Маргарита Зоя Раиса Жанна Инна Лидия Алла Римма "
    "Вероника Арина Варвара Ульяна Александра Валерия Диана Милана Василиса Таисия Эльвира Антонина"
)

# Father's name → (masculine patronymic, feminine patronymic). Irregular ones are spelled out.
_PATRONYMIC_EXCEPTIONS = {
    "Илья": ("Ильич", "Ильинична"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Никита": ("Никитич", "Никитична"),
    "Лев": ("Львович", "Львовна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"),
    "Артём": ("Артёмович", "Артёмовна"),
    "Семён": ("Семёнович", "Семёновна"),
    "Григорий": ("Григорьевич", "Григорьевна"),
    "Георгий": ("Георгиевич", "Георгиевна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Валерий": ("Валерьевич", "Валерьевна"),
    "Анатолий": ("Анатольевич", "Анатольевна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Василий": ("Васильевич", "Васильевна"),
    "Виталий": ("Витальевич", "Витальевна"),
    "Аркадий": ("Аркадьевич", "Аркадьевна"),
    "Даниил": ("Даниилович", "Данииловна"),
}


def patronymics(father: str) -> tuple[str, str]:
    """(masculine, feminine) patronymic from the father's first name."""
    if father in _PATRONYMIC_EXCEPTIONS:
        return _PATRONYMIC_EXCEPTIONS[father]
    if father.endswith("й"):  # Сергей → Сергеевич, Николай → Николаевич
        stem = father[:-1]
        return f"{stem}евич", f"{stem}евна"
    if father.endswith("ь"):  # Игорь → Игоревич
        stem = father[:-1]
        return f"{stem}евич", f"{stem}евна"
    return f"{father}ович", f"{father}овна"


def feminine_surname(surname: str) -> str:
    """Ивано́в → Иванова, Покровский → Покровская, Толстой → Толстая; Шевченко, Цой unchanged."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith("ой") and len(surname) > 3:
        return surname[:-2] + "ая"
    return surname


MALE_PATRONYMICS = tuple(patronymics(name)[0] for name in MALE_NAMES)
FEMALE_PATRONYMICS = tuple(patronymics(name)[1] for name in MALE_NAMES)
FEMALE_SURNAMES = tuple(feminine_surname(s) for s in SURNAMES)


def surname_weights() -> list[float]:
    """Cumulative weights ~ 1/(rank+5): common surnames common, rare ones present."""
    total = 0.0
    cumulative: list[float] = []
    for rank in range(len(SURNAMES)):
        total += 1.0 / (rank + 5)
        cumulative.append(total)
    return cumulative


def person(rng: Random, cumulative_surnames: list[float]) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, is_female), all agreeing in gender."""
    index = rng.choices(range(len(SURNAMES)), cum_weights=cumulative_surnames)[0]
    father = rng.randrange(len(MALE_NAMES))
    if rng.random() < 0.56:  # appellants are a little more often women
        return FEMALE_SURNAMES[index], rng.choice(FEMALE_NAMES), FEMALE_PATRONYMICS[father], True
    return SURNAMES[index], rng.choice(MALE_NAMES), MALE_PATRONYMICS[father], False


# Latin spellings for e-mail local parts (simplified passport transliteration).
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    }
)  # fmt: skip


def transliterate(text: str) -> str:
    return text.lower().translate(_TRANSLIT)


@dataclass(frozen=True)
class Person:
    """A full name with its search keys (as the applicants service computes them) and an e-mail login."""

    surname: str
    first_name: str
    patronymic: str
    name_key: str
    first_name_key: str
    login: str


def person_pool(rng: Random, size: int) -> list[Person]:
    """`size` people drawn once; applicants pick from them (namesakes are realistic)."""
    cumulative = surname_weights()
    pool: list[Person] = []
    for _ in range(size):
        surname, first, patronymic, _female = person(rng, cumulative)
        pool.append(
            Person(
                surname,
                first,
                patronymic,
                name_key(ApplicantKind.PERSON, surname, first, patronymic, ""),
                name_key(ApplicantKind.PERSON, "", first, "", ""),
                f"{transliterate(first)[0]}.{transliterate(surname)}",
            )
        )
    return pool
