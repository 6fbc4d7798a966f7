"""Tables as offices really send them: CSV in UTF-8 or Windows-1251 with `;` or `,`, or XLSX.

One reader for every import (classifier editions, property registries), so each of them refuses a
binary file, a wrong encoding or a broken workbook with the same clear message.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from reception.documents.encoding_check import ASCII, cp1251_fragment, misread_as_cp1251, mostly_utf8
from reception.domain.errors import ReceptionError


@dataclass(frozen=True)
class RowProblem:
    """One bad value of an imported file, named the way the user sees the file."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"строка {self.row}, столбец «{self.column}», значение «{self.value[:60]}»: {self.reason}"


class TableFileError(ReceptionError):
    """The file cannot be read as a table at all (not text, unknown encoding, broken workbook)."""


@dataclass(frozen=True)
class TableRow:
    number: int  # the row as a spreadsheet shows it: 1 is the first line of the file
    values: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.values[index] if index < len(self.values) else ""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    header_row: int
    rows: list[TableRow]


_ZIP_MAGIC = b"PK\x03\x04"
_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\xd0\xcf\x11\xe0": "документ Microsoft Office старого формата (XLS/DOC)",
    b"\x89PNG": "изображение PNG",
    b"\xff\xd8\xff": "изображение JPEG",
    b"Rar!": "архив RAR",
    b"7z\xbc\xaf": "архив 7-Zip",
}


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise TableFileError(f"Не удалось прочитать файл {path}: {error.strerror}.") from error


def decode_text(raw: bytes, name: str, expected: str = "таблица CSV") -> str:
    """The text of a CSV file in UTF-8 (with or without BOM) or Windows-1251; TableFileError if not text.

    A file that is not valid UTF-8 is read as Windows-1251 only if it is not damaged UTF-8 and the result
    looks like Russian text: KOI8-R or DOS (CP866) decode as Windows-1251 without an error, into garbage.
    """
    head = raw[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TableFileError(
            f"Файл {name} в кодировке UTF-16: сохраните его в UTF-8 или Windows-1251 (ожидается {expected})."
        )
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise TableFileError(f"Файл {name} не текстовый ({what}): ожидается {expected}.")
    if b"\x00" in head:
        raise TableFileError(f"Файл {name} не текстовый: ожидается {expected}.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        high = raw.translate(None, ASCII)  # every byte >= 0x80, in order
        if mostly_utf8(raw, high):
            line = error.object[: error.start].count(b"\n") + 1  # `object` is the text after a BOM
            raise TableFileError(
                f"Файл {name} повреждён: в строке {line} неверная последовательность байтов UTF-8. "
                "Сохраните его заново в UTF-8 или Windows-1251."
            ) from error
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TableFileError(
            f"Кодировка файла {name} не распознана (строка {line}): нужна UTF-8 или Windows-1251."
        ) from error
    suspicious = misread_as_cp1251(raw, high)
    if suspicious is not None:
        position, guess = suspicious
        line = raw.count(b"\n", 0, position) + 1
        encoding = f"кодировке {guess}" if guess else "другой кодировке"
        raise TableFileError(
            f"Файл {name}, похоже, в {encoding}, а нужна UTF-8 или Windows-1251: в строке {line} текст "
            f"читается как «{cp1251_fragment(raw, position)}». Сохраните его в UTF-8 или Windows-1251 "
            f"(ожидается {expected})."
        )
    return text


def sniff_delimiter(text: str) -> str:
    """`;`, tab or `,`, judged by the header line: addresses in the data are full of commas."""
    first = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    if ";" in first:
        return ";"
    if "\t" in first:
        return "\t"
    return ","


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of every record; a quoted value may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    start = 1
    try:
        for fields in reader:
            yield start, fields
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableFileError(f"Строка {start} файла не разбирается как CSV: {error}.") from error


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX workbook or a CSV file, as text cells under a header row.

    The format is taken from the content, not the extension: a workbook renamed `.csv` still reads.
    """
    raw = read_bytes(path)
    if raw.startswith(_ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        records: Iterator[tuple[int, list[str]]] = _xlsx_rows(raw, path.name)
    else:
        records = csv_rows(decode_text(raw, path.name))
    headers: tuple[str, ...] | None = None
    header_row = 0
    rows: list[TableRow] = []
    for number, fields in records:
        values = tuple(map(str.strip, fields))
        if not any(values):
            continue
        if headers is None:
            headers, header_row = values, number
            continue
        rows.append(TableRow(number, values))
    if headers is None:
        raise TableFileError(f"Файл {path.name} пуст: в нём нет ни строки заголовков, ни данных.")
    return Table(headers, header_row, rows)


def _xlsx_rows(raw: bytes, name: str) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise TableFileError(
            f"Файл {name} не читается как книга Excel (XLSX): он повреждён или это другой формат. "
            "Откройте его в Excel и сохраните заново как XLSX или CSV."
        ) from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [cell_text(cell) for cell in cells]
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TableFileError(f"Книга Excel {name} повреждена: {error}.") from error
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a user would read in it (`54.0` → `54`, a date as ДД.ММ.ГГГГ)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)
