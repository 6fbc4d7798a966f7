"""Appeal texts for demo data: a Zipf-distributed Russian vocabulary and precomputed sentence pools.

The vocabulary (several thousand word forms) is built deterministically from housing and property
stems × case endings, common function words and verbs, and pseudo-words made of Russian prefixes,
roots and suffixes. Word frequency follows ~1/rank, as in natural text, so that full-text search
benchmarks over demo data meet common and rare words in realistic proportions. Texts are composed
from a pool of sentences drawn once per load, never word by word per appeal.
"""

from __future__ import annotations

from itertools import accumulate
from random import Random


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The vocabulary itself does not depend on the load's seed: the same words for every demo base.
_VOCABULARY_SEED = 59

FUNCTION_WORDS = _words(
    "в и на не по с что к о для из у от до за а как это при так уже но же после без или также все "
    "его их мы я нас нам мне меня было был была были есть будет только ещё очень более год раз "
    "время который которая которые этого этом этот эта эти наш наша нашего нашем весь вся всех "
    "другой другие каждый несколько много никто ничего никакого неоднократно вновь снова сразу "
    "сегодня вчера давно постоянно полностью фактически однако поэтому потому хотя если когда где"
)

# Nouns by declension pattern: (endings, stems). Stems whose forms are irregular are left out.
_MASCULINE = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_MASCULINE_VELAR = ("", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах")
_FEMININE = ("а", "ы", "е", "у", "ой", "", "ам", "ами", "ах")
_FEMININE_VELAR = ("а", "и", "е", "у", "ой", "ам", "ами", "ах")
_FEMININE_SOFT = ("я", "и", "е", "ю", "ей", "ям", "ями", "ях")
_FEMININE_IYA = ("я", "и", "ю", "ей", "й", "ям", "ями", "ях")
_THIRD_DECLENSION = ("ь", "и", "ью", "ей", "ям", "ями", "ях")
_NEUTER_IE = ("е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях")

_NOUNS = {
    _MASCULINE: _words(
        "дом подъезд лифт ремонт двор тариф сосед договор акт ответ запрос перерасчёт фасад "
        "подвал балкон радиатор кран мусоропровод контейнер газон тротуар асфальт шлагбаум "
        "арендатор инженер специалист объект кадастр реестр документ паспорт район квартал "
        "протокол материал штраф сбор взнос фонд бюджет план проект результат факт вопрос визит "
        "осмотр замер расчёт прибор насос вход выход холл тамбур коридор пандус желоб"
    ),
    _MASCULINE_VELAR: _words("собственник техник бак люк счётчик водосток долг стояк чердак график срок"),
    _FEMININE: _words(
        "квартир труб плат комнат стен лестниц клумб урн управ префектур работ бригад трещин "
        "сумм льгот аренд границ"
    ),
    _FEMININE_VELAR: _words(
        "крыш площадк скамейк парковк застройк постройк заявк справк выписк проверк уборк вывеск "
        "решётк плитк краск штукатурк протечк"
    ),
    _FEMININE_SOFT: _words("кровл земл недел дол семь"),
    _FEMININE_IYA: _words(
        "компани организаци инспекци администраци комисси территори категори экспертиз "
        "ситуаци информаци консультаци регистраци приватизаци эксплуатаци реконструкци авари "
        "квитанци субсиди компенсаци"
    ),
    _THIRD_DECLENSION: _words("двер сырост плесен задолженност собственност площад очеред"),
    _NEUTER_IE: _words(
        "заявлени обращени отоплени помещени водоснабжени решени управлени освещени "
        "электроснабжени газоснабжени водоотведени благоустройств озеленени уведомлени "
        "распоряжени постановлени предписани требовани нарушени обследовани состояни "
        "разрешени согласовани соглашени строени сооружени здани межевани"
    ),
}

_ADJECTIVE_HARD = ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ых", "ую", "ыми")
_ADJECTIVE_STRESSED = ("ой", "ая", "ое", "ые", "ого", "ому", "ым", "ых", "ую", "ыми")
_ADJECTIVE_VELAR = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими")
_ADJECTIVE_VELAR_STRESSED = ("ой", "ая", "ое", "ие", "ого", "ому", "им", "их", "ую", "ими")
_ADJECTIVE_HUSHING = ("ий", "ая", "ее", "ие", "его", "ей", "ему", "им", "их", "ую", "ими")

_ADJECTIVES = {
    _ADJECTIVE_HARD: _words(
        "многоквартирн коммунальн капитальн муниципальн придомов подвальн аварийн холодн нов стар "
        "длительн повторн письменн устн официальн срочн планов ежемесячн государственн кадастров "
        "земельн арендн санитарн пожарн открыт закрыт неисправн исправн повреждённ затопленн "
        "отремонтированн районн дворов подземн"
    ),
    _ADJECTIVE_STRESSED: _words("жил нежил окружн"),
    _ADJECTIVE_VELAR: _words("электрическ технологическ техническ соседск детск"),
    _ADJECTIVE_VELAR_STRESSED: _words("городск"),
    _ADJECTIVE_HUSHING: _words("управляющ текущ следующ общ действующ соответствующ проживающ горяч"),
}

VERB_FORMS = _words(
    "прошу просим требую требуем обращаюсь обращаемся сообщаю сообщаем жалуюсь жалуемся "
    "протекает протекла протекло течёт капает не работает отсутствует сломан сломана разбито "
    "обещали обещает ответили ответила ответил проигнорировали игнорирует бездействует "
    "провести проверить устранить отремонтировать заменить восстановить обязать рассмотреть "
    "разобраться принять направить сообщить разъяснить предоставить произвести выполнить "
    "провели проверили устранили отремонтировали заменили восстановили приняли направили "
    "выполнены выполнено проведены проведена начисляют начислили взимают оплачиваю оплачиваем "
    "проживаю проживаем являюсь являемся владею владеем арендую арендуем зарегистрирован "
    "зарегистрирована подал подала подали направил направила направили получил получила "
    "получили считаю считаем полагаю нарушает нарушены нарушаются мешает мешают угрожает "
    "затопило затопила промокает промокла осыпается обрушилась появилась появились накопился "
    "скопился вывозится вывозят убирают убирается горит не горит мигает отключили отключают"
)

_PREFIXES = ("", "пере", "под", "за", "вы", "при", "об", "рас", "до", "у", "на", "про", "от", "со", "раз")
_ROOTS = _words(
    "ход став вод лож пис ряд дел мер чет суд гляд каз креп люд мест плат пуск строй тяг "
    "круг клад вет лет пад дав жим мен нос вез рыв тек сып глаш прав раб хран зем бор кров"
)
_SUFFIXES = ("ник", "ств", "ени", "ост", "тель", "к", "ов", "ан", "ист", "", "н", "чик", "щик", "изм")
_ENDINGS = ("", "а", "у", "ы", "ом", "ой", "е", "и", "ам", "ах", "ого", "ый", "ая", "ое")


def _adjective_forms() -> list[str]:
    forms: list[str] = []
    for endings, stems in _ADJECTIVES.items():
        for stem in stems:
            forms.extend(stem + ending for ending in endings)
    return forms


def build_vocabulary(size: int = 6000) -> list[str]:
    """Word forms by rank: function words first, then domain words, then pseudo-words."""
    rng = Random(_VOCABULARY_SEED)
    seen: set[str] = set(FUNCTION_WORDS)
    domain: list[str] = []

    def add(word: str, into: list[str]) -> None:
        if len(word) > 1 and word not in seen:
            seen.add(word)
            into.append(word)

    for endings, stems in _NOUNS.items():
        for stem in stems:
            for ending in endings:
                add(stem + ending, domain)
    for word in _adjective_forms():
        add(word, domain)
    for word in VERB_FORMS:
        add(word, domain)
    rng.shuffle(domain)
    pseudo: list[str] = []
    while len(FUNCTION_WORDS) + len(domain) + len(pseudo) < size:
        add(
            rng.choice(_PREFIXES) + rng.choice(_ROOTS) + rng.choice(_SUFFIXES) + rng.choice(_ENDINGS),
            pseudo,
        )
    return [*FUNCTION_WORDS, *domain, *pseudo][:size]


def zipf_cumulative(size: int, shift: float = 2.7) -> list[float]:
    """Cumulative weights ~ 1/(rank + shift): Zipf–Mandelbrot, as word frequencies in text."""
    return list(accumulate(1.0 / (rank + shift) for rank in range(1, size + 1)))


_OPENINGS = (
    "{period} {problem}",
    "Уже {period_lower} {problem_lower}",
    "В нашем доме {problem_lower}",
    "Сообщаю, что {problem_lower}",
    "Обращаюсь повторно: {problem_lower}",
)
_PERIODS = (
    "Третий месяц",
    "Вторую неделю",
    "С начала года",
    "С прошлой осени",
    "Полгода",
    "Более месяца",
    "С весны",
    "Несколько дней",
)
_PROBLEMS = (
    "Протекает кровля над квартирой",
    "Не работает лифт во втором подъезде",
    "В подвале стоит вода",
    "Нет горячей воды",
    "Батареи в квартире едва тёплые",
    "Мусор с контейнерной площадки не вывозится",
    "Во дворе не горят фонари",
    "Управляющая компания не отвечает на заявки",
    "Начисления за отопление завышены",
    "На лестнице осыпается штукатурка",
    "Сосед сверху устроил самовольную перепланировку",
    "Во дворе разрушено асфальтовое покрытие",
    "Из мусоропровода идёт неприятный запах",
    "В подъезде не убирают",
    "Не произведён перерасчёт платы",
    "Нарушены сроки капитального ремонта",
    "На газоне паркуются автомобили",
    "Не заменены окна в подъезде",
    "Напор холодной воды слабый",
    "Не решается вопрос с границами земельного участка",
)
_FOLLOW_UPS = (
    "Заявки в диспетчерскую службу результата не дали.",
    "Управляющая компания ссылается на отсутствие средств.",
    "Акт обследования до сих пор не составлен.",
    "Жильцы неоднократно обращались в управу района.",
    "Мастер приходил, но работы не выполнены.",
    "Ответа на предыдущее обращение я не получил.",
    "Прилагаю фотографии и копию квитанции.",
    "Ситуация угрожает безопасности детей и пожилых жильцов.",
    "Плату за содержание общего имущества мы вносим исправно.",
    "Прошлой зимой ситуация повторялась.",
)


def _domain_sentence(rng: Random) -> str:
    period = rng.choice(_PERIODS)
    problem = rng.choice(_PROBLEMS)
    opening = rng.choice(_OPENINGS).format(
        period=period,
        period_lower=period[0].lower() + period[1:],
        problem=problem[0].lower() + problem[1:],
        problem_lower=problem[0].lower() + problem[1:],
    )
    sentence = opening[0].upper() + opening[1:] + "."
    if rng.random() < 0.5:
        sentence += " " + rng.choice(_FOLLOW_UPS)
    return sentence


def _word_sentence(rng: Random, words: list[str], cumulative: list[float]) -> str:
    drawn = rng.choices(words, cum_weights=cumulative, k=rng.randrange(6, 17))
    if len(drawn) > 9 and rng.random() < 0.5:
        drawn[rng.randrange(3, len(drawn) - 3)] += ","
    first = drawn[0]
    drawn[0] = first[0].upper() + first[1:]
    return " ".join(drawn) + "."


def sentence_pool(rng: Random, size: int, vocabulary: list[str]) -> list[str]:
    """`size` sentences: a quarter from domain templates, the rest Zipf-drawn from the vocabulary."""
    cumulative = zipf_cumulative(len(vocabulary))
    return [
        _domain_sentence(rng) if rng.random() < 0.25 else _word_sentence(rng, vocabulary, cumulative)
        for _ in range(size)
    ]


LEADS = {
    "complaint": (
        "Жалоба: {topic}",
        "Жалоба на бездействие управляющей организации: {topic}",
        "Нарушение сроков: {topic}",
    ),
    "statement": ("{Topic}", "Заявление: {topic}", "Прошу рассмотреть: {topic}"),
    "proposal": ("Предложение: {topic}", "Предложение по благоустройству: {topic}"),
    "request": ("Запрос информации: {topic}", "Прошу разъяснить: {topic}"),
}

CLOSINGS = (
    "Прошу принять меры и сообщить о результатах.",
    "Прошу дать ответ в установленный законом срок.",
    "Ответ прошу направить по электронной почте.",
    "Ответ прошу направить почтой по указанному адресу.",
    "Прошу провести проверку и обязать управляющую организацию устранить нарушения.",
    "Прошу разъяснить порядок действий.",
    "Прошу рассмотреть обращение с выездом на место.",
)


def lowercase_first(text: str) -> str:
    """«Уличное освещение» → «уличное освещение»; abbreviations such as «ЖКХ» stay."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
