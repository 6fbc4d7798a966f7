"""The letter PDF read back with pypdf: requisites, the embedded font, pages, never a broken file."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from reception.documents.letter_pdf import LetterData, Letterhead, letter_pdf, save_file
from reception.documents.qr import qr_modules

LETTER = LetterData(
    letterhead=Letterhead(
        "Департамент городского имущества города Москвы",
        "125009, г. Москва, ул. Образцовая, д. 1",
        "+7 (495) 000-00-00",
        "priemnaya@dgi.example",
    ),
    out_number="ИСХ-2026-000017",
    out_date=date(2026, 3, 20),
    in_number="ВП-2026-000123",
    in_date=date(2026, 3, 5),
    addressee=("Смирнова Ольга Викторовна", "ул. Профсоюзная, д. 43, корп. 2, кв. 17", "г. Москва, 117292"),
    title="О ремонте кровли",
    body="Уважаемая Ольга Викторовна!\nКровля будет **отремонтирована** до *01.06.2026*.\n- пункт списка",
    signatory_position="Заместитель руководителя Департамента",
    signatory_name="И. И. Образцов",
    executor_name="Исп.: Петров П. П.",
    executor_phone="Тел.: +7 (495) 000-00-01",
)


def text_of(content: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


def test_every_requisite_reads_back() -> None:
    (page,) = text_of(letter_pdf(LETTER))
    for requisite in (
        "Департамент городского имущества города Москвы",
        "125009, г. Москва, ул. Образцовая, д. 1",
        "Тел.: +7 (495) 000-00-00",
        "E-mail: priemnaya@dgi.example",
        "20.03.2026 № ИСХ-2026-000017",
        "На № ВП-2026-000123 от 05.03.2026",
        "Смирнова Ольга Викторовна ул. Профсоюзная, д. 43, корп. 2, кв. 17 г. Москва, 117292",
        "О ремонте кровли",
        "Кровля будет отремонтирована до 01.06.2026.",
        "• пункт списка",
        "Заместитель руководителя Департамента",
        "И. И. Образцов",
        "Исп.: Петров П. П. Тел.: +7 (495) 000-00-01",
    ):
        assert requisite in page, requisite
    assert "ПРОЕКТ" not in page


def test_the_embedded_font_is_liberation_serif() -> None:
    reader = PdfReader(io.BytesIO(letter_pdf(LETTER)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert names and all("LiberationSerif" in name for name in names), names
    # **bold** and *italic* in the text come out in the bold and italic faces.
    assert {name.split("+")[1] for name in names} == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
    }
    for font in fonts.values():
        descendant = font.get_object()
        descriptor = (
            descendant.get("/FontDescriptor")
            or descendant["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object()  # embedded TrueType


def test_a_long_letter_flows_over_pages_numbered_from_page_two() -> None:
    body = "\n".join(f"Абзац {i}: " + "текст письма по существу обращения " * 12 for i in range(60))
    pages = text_of(letter_pdf(replace(LETTER, body=body)))
    assert len(pages) >= 3
    assert not pages[0].startswith("1 ")
    for number, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"{number} "), page[:20]
    assert "И. И. Образцов" in pages[-1] and "Исп.: Петров П. П." in pages[-1]
    assert "Исп.: Петров П. П." not in " ".join(pages[:-1])


def test_a_draft_is_marked_and_has_no_number() -> None:
    (page,) = text_of(letter_pdf(replace(LETTER, out_number="", out_date=None, draft=True)))
    assert "ПРОЕКТ" in page and "ИСХ-2026" not in page and "На № ВП-2026-000123" in page


def test_characters_outside_the_font_become_question_marks() -> None:
    (page,) = text_of(
        letter_pdf(replace(LETTER, body="Спасибо 😀👍🏽 за ответ ✓ 漢字\tконец\x07", title="Тема 🏠"))
    )
    assert "Спасибо ?? за ответ ? ?? конец" in page and "Тема ?" in page


def test_output_is_byte_stable() -> None:
    assert letter_pdf(LETTER) == letter_pdf(LETTER)


def test_qr_code_carries_both_numbers() -> None:
    assert "ИСХ-2026-000017" in LETTER.qr_text and "ВП-2026-000123" in LETTER.qr_text
    modules = qr_modules(LETTER.qr_text)
    assert len(modules) >= 21 and len(modules) == len(modules[0])


def test_saving_never_leaves_a_half_written_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OSError):
        save_file(letter_pdf(LETTER), target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


FRESH_PROCESS = """
import sys
from dataclasses import replace
from tests.unit.test_letter_pdf import LETTER
from reception.documents.letter_pdf import letter_pdf
sys.stdout.buffer.write(letter_pdf(replace(LETTER, out_number=sys.argv[1])))
"""


def test_font_programs_remembered_across_letters_give_the_bytes_of_a_fresh_process() -> None:
    import subprocess
    import sys

    # Letters alternate between two texts, so each face's subsets come from the cache and go to it.
    other = replace(LETTER, title="Об ответе", body="Совсем *другой* текст, **иные** буквы: ЩЪЭЮЯ щъэюя.")
    for _ in range(2):
        letter_pdf(other)
        letter_pdf(LETTER)
    number = "ИСХ-2026-000999"
    remembered = letter_pdf(replace(LETTER, out_number=number))
    fresh = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, number],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert remembered == fresh
    assert "иные" in text_of(letter_pdf(other))[0] and "ЩЪЭЮЯ" in text_of(letter_pdf(other))[0]


def test_requisites_of_several_lines_read_back_line_by_line() -> None:
    letter = replace(
        LETTER,
        addressee=("ООО «Ромашка»", "", "г. Москва, 117292"),
        signatory_position="Заместитель руководителя\nДепартамента",
        executor_phone="",
    )
    (page,) = text_of(letter_pdf(letter))
    assert "ООО «Ромашка» г. Москва, 117292" in page
    assert "Заместитель руководителя Департамента" in page
    assert "Исп.: Петров П. П." in page and "000-00-01" not in page


def _runs(flowable: object, width: float) -> tuple[float, list[tuple[float, float, str]]]:
    """The flowable's height and every text run it draws: (x, y, text)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(600, 2000))
    _, height = flowable.wrap(width, 2000)  # type: ignore[attr-defined]
    flowable.drawOn(canvas, 10, 1990 - height)  # type: ignore[attr-defined]
    canvas.showPage()
    canvas.save()
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((round(tm[4] * cm[0] + cm[4], 2), round(tm[5] * cm[3] + cm[5], 2), text.strip()))

    PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text(visitor_text=visit)
    return round(height, 3), found


@pytest.mark.parametrize(
    ("style", "text"),
    [
        ("sign", "Заместитель руководителя\nДепартамента"),
        ("sign_name", "И. И. Иванов   \nподпись"),
        (
            "to",
            "Очень длинное наименование организации, которое никак не помещается в одну строку\nг. Москва",
        ),
        ("to", "ООО\t«Ромашка»\nул. <Ленина> & Co"),
        ("org", "МИНИСТЕРСТВО\nОЧЕНЬ-ОЧЕНЬ-ДЛИННОЕ-СЛОВО-БЕЗ-ПРОБЕЛОВ-КОТОРОЕ-НЕ-ПОМЕЩАЕТСЯ-В-ШИРИНУ"),
        ("head", "ул. Ленина, 1\nТел.: +7 (495) 000-00-00\nE-mail: a@b.example"),
        ("to", "ООО «Ромашка»\n\u200b\nг. Москва"),  # a line that prints nothing still takes a line
        ("to", "ООО «Ромашка»\n\x00\nг. Москва"),
        ("exec", "Петров\n \u00ad \n000"),
        ("to", "a\n\nb"),
    ],
)
def test_a_requisite_of_several_lines_lies_where_the_lines_of_one_paragraph_would(
    style: str, text: str
) -> None:
    from reportlab.platypus import Paragraph

    from reception.documents import letter_pdf as module

    module._load_faces(())
    styles = module._styles()
    one_paragraph = Paragraph(module._lines(text), styles[style])
    assert _runs(module._requisite(text, styles[style]), module.CORNER_WIDTH) == _runs(
        one_paragraph, module.CORNER_WIDTH
    )


def test_font_programs_made_by_threads_at_once_are_the_programs_made_one_by_one() -> None:
    import random
    import sys
    import threading

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFace

    from reception.documents import letter_pdf as module

    covered = sorted(point for point in module._fonts() if point > 32)
    face = pdfmetrics.getFont(module.FONT).face
    chooser = random.Random(7)
    subsets = [[0, *chooser.sample(covered, 200)] for _ in range(48)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: ReportLab reads at a shared offset
    try:
        threads = [
            threading.Thread(target=lambda part: [face.makeSubset(s) for s in part], args=(subsets[i::8],))
            for i in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert all(face.makeSubset(s) == TTFontFace.makeSubset(face, s) for s in subsets)


def test_the_date_number_and_reference_lines_are_in_12_point_at_least() -> None:
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes[text.strip()] = size * tm[0]  # the size the text matrix scales to

    PdfReader(io.BytesIO(letter_pdf(LETTER))).pages[0].extract_text(visitor_text=visit)
    reference = next(size for text, size in sizes.items() if text.startswith("На №"))
    number = next(size for text, size in sizes.items() if "ИСХ-2026-000017" in text)
    assert reference >= 12 and number >= 12
    assert sizes[next(t for t in sizes if t.startswith("Уважаем"))] == 14  # the body: 14 pt
