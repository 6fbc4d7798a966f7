"""The encoding of a CSV file: UTF-8 or Windows-1251 read, anything else refused before it turns into garbage.

Every file is made here, from Russian text encoded the way it arrives: KOI8-R and DOS (CP866) decode as
Windows-1251 without an error, so only the check of the result stops them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.documents.tabular import TableFileError, decode_text, read_table

ROWS = [
    ("77:01:0001001:100", "Здание", "г. Москва, ул. Арбат, д. 1", "Петров Пётр Петрович"),
    ("77:01:0001001:101", "Помещение", "г. Москва, ул. Тверская, д. 7, кв. 1", "Иванова Анна Сергеевна"),
    ("77:01:0001001:102", "Квартира", "г. Москва, Ленинский проспект, д. 12", "Сидоров Алексей Юрьевич"),
    ("77:01:0001001:103", "Сооружение", "г. Москва, Профсоюзная ул., вл. 9", "город Москва"),
    ("77:01:0001001:104", "Земельный участок", "г. Москва, Мясницкая ул., д. 3", "Российская Федерация"),
]
ENGLISH_HEADER = "Cadastral number;Kind;Address;Owner"


def csv_text(rows: list[tuple[str, ...]], header: str = ENGLISH_HEADER) -> str:
    return "\r\n".join([header, *(";".join(row) for row in rows)]) + "\r\n"


def refused(raw: bytes, name: str = "registry.csv") -> str:
    with pytest.raises(TableFileError) as caught:
        decode_text(raw, name)
    return caught.value.message


def garbled(row: tuple[str, ...], encoding: str) -> str:
    """The start of a row's Cyrillic text in `encoding` as Windows-1251 reads it."""
    return ";".join(row[1:]).encode(encoding).decode("cp1251")[:20]


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        (ROWS, 2),
        # ALL CAPS has no case signature: the letters give it away.
        ([tuple(cell.upper() for cell in row) for row in ROWS], 2),
        # The Cyrillic starts further down: the message names that line, not the first one.
        ([("77:01:0001001:1", "building", "Moscow", "")] * 3 + ROWS, 5),
    ],
    ids=["mixed-case", "all-caps", "later-line"],
)
def test_koi8_r_is_refused_naming_the_line(rows: list[tuple[str, ...]], line: int) -> None:
    message = refused(csv_text(rows).encode("koi8_r"))
    assert message.startswith("Файл registry.csv, похоже, в кодировке KOI8-R, а нужна UTF-8 или Windows-1251")
    assert f"в строке {line} текст читается как «{garbled(rows[line - 2], 'koi8_r')}" in message
    assert "Сохраните его в UTF-8 или Windows-1251" in message


def test_koi8_r_swaps_the_case() -> None:
    # KOI8-R lowercase is Windows-1251 uppercase and the other way round: Москва → нПУЛЧБ.
    assert "г. Москва, ул. Арбат".encode("koi8_r").decode("cp1251") == "З. нПУЛЧБ, ХМ. бТВБФ"
    assert "З. нПУЛЧБ, ХМ. бТВБФ" in refused(csv_text(ROWS).encode("koi8_r"))


def test_dos_cp866_is_refused_naming_the_line() -> None:
    # No «Ш» here: CP866 puts it at 0x98, which Windows-1251 does not define (refused before this check).
    rows = [("77:01:0001001:1", "building", "Moscow, Tverskaya 7", "")] * 2 + ROWS
    message = refused(csv_text(rows).encode("cp866"))
    assert message.startswith(
        "Файл registry.csv, похоже, в кодировке DOS (CP866), а нужна UTF-8 или Windows-1251"
    )
    assert f"в строке 4 текст читается как «{garbled(ROWS[0], 'cp866')}" in message


def test_a_damaged_byte_in_a_mostly_ascii_utf8_file_is_refused_naming_its_line() -> None:
    lines = [ENGLISH_HEADER] + [
        f"77:01:0001001:{n};building;Moscow, Tverskaya {n};John Smith" for n in range(300)
    ]
    lines[120] = "77:01:0001001:120;Здание;г. Москва, ул. Тверская, д. 7;Петров Пётр"
    lines[200] = "77:01:0001001:200;Помещение;г. Москва, ул. Арбат, д. 1;Иванова Анна"
    raw = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    damaged = raw.replace("Арбат".encode(), "Арбат".encode()[:3] + b"\xff" + "Арбат".encode()[4:])
    for data in (damaged, b"\xef\xbb\xbf" + damaged):
        message = refused(data)
        assert "Файл registry.csv повреждён: в строке 201 неверная последовательность байтов UTF-8" in message


@pytest.mark.parametrize(
    "text",
    [
        csv_text(ROWS, header="Кадастровый номер;Вид объекта;Адрес;Правообладатель"),
        csv_text(ROWS),
        # ALL CAPS: full of Р and С, which are the lead bytes of UTF-8 Cyrillic.
        "КАДАСТРОВЫЙ НОМЕР;АДРЕС\r\n"
        + "".join(f"77:01:0001001:{n};Г. МОСКВА, УЛ. ТВЕРСКАЯ, Д. {n}, СТР. 2\r\n" for n in range(50)),
        # A few Cyrillic cells in an English file.
        csv_text([("77:01:0001001:1", "building", "Moscow", "John Smith")] * 200 + ROWS[:1]),
        # Typography and ё: «» № – — … and a non-breaking space in numbers and between words.
        "Адрес;Примечание;Площадь\r\n"
        + "".join(
            f"г.\xa0Москва, ул.\xa0Щёлковская, д.\xa0{n};ООО «Ёлка» – договор №\xa0{n} — всё… 5 %;5\xa0400,5\r\n"
            for n in range(20)
        ),
        # Caps Lock typos in an ALL-CAPS file: words shaped like KOI8-R, but real ones.
        "АДРЕС;ВИД\r\n"
        + "".join(f"Г. МОСКВА, УЛ. АРБАТ, Д. {n};ЗДАНИЕ\r\n" for n in range(20))
        + "мОСКВА;зДАНИЕ\r\nпЛОЩАДЬ;пОМЕЩЕНИЕ\r\nаРБАТ;сТРОЕНИЕ\r\n",
        # The only Cyrillic: a few words whose letters alone lean to KOI8-R, repeated over and over.
        "Number;Owner;Kind\r\n" + "".join(f"{n};ФГБУ;Помещение объект Фролов\r\n" for n in range(500)),
        # Ukrainian letters (і ї є ґ) are not CP866 garbage.
        "Адреса;Власник\r\nКиїв, вулиця Хрещатик, будинок 1;Іваненко Ґанна\r\nЛьвів, площа Ринок;Єременко\r\n",
    ],
    ids=[
        "russian-header",
        "english-header",
        "all-caps",
        "few-cyrillic-cells",
        "typography",
        "caps-lock-typos",
        "repeated-words",
        "ukrainian",
    ],
)
def test_real_windows_1251_and_utf8_files_read(text: str) -> None:
    for encoding in ("cp1251", "utf-8", "utf-8-sig"):
        assert decode_text(text.encode(encoding), "registry.csv") == text


def test_read_table_names_the_file_it_refuses(tmp_path: Path) -> None:
    path = tmp_path / "реестр.csv"
    path.write_bytes(csv_text(ROWS).encode("koi8_r"))
    with pytest.raises(TableFileError, match=r"^Файл реестр\.csv, похоже, в кодировке KOI8-R.*в строке 2 "):
        read_table(path)
