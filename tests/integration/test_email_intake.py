"""E-mail intake: an .eml becomes an appeal draft; a broken file says what is wrong with it."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from reception.domain.appeals import Channel
from reception.services.email_intake import EmailFileError, html_to_text, parse_eml, read_eml

SCAN = bytes(range(256)) * 10


def message(*, html_only: bool = False) -> bytes:
    m = EmailMessage()
    m["From"] = "Смирнова Ольга Викторовна <O.Smirnova@example.ru>"
    m["To"] = "reception@mos.example"
    m["Subject"] = "Протечка кровли"
    m["Date"] = "Mon, 02 Mar 2026 09:15:00 +0300"
    if html_only:
        m.set_content(
            "<p>Добрый день!</p><p>Протекает <b>кровля</b> &laquo;сверху&raquo;</p>", subtype="html"
        )
    else:
        m.set_content("Добрый день!\nПротекает кровля над квартирой 17.")
        m.add_alternative("<p>Добрый день!</p>", subtype="html")
    m.add_attachment(SCAN, maintype="application", subtype="pdf", filename="скан заявления.pdf")
    return m.as_bytes()


def test_a_message_becomes_a_draft_with_its_attachments(tmp_path: Path) -> None:
    path = tmp_path / "letter.eml"
    path.write_bytes(message())
    result = read_eml(path)
    draft = result.draft
    assert draft.channel is Channel.EMAIL
    assert (draft.applicant.surname, draft.applicant.first_name, draft.applicant.patronymic) == (
        "Смирнова",
        "Ольга",
        "Викторовна",
    )
    assert draft.applicant.email == "o.smirnova@example.ru"
    assert draft.summary == "Протечка кровли"
    assert draft.text == "Добрый день!\nПротекает кровля над квартирой 17."
    assert draft.received_at == datetime(2026, 3, 2, 6, 15, tzinfo=UTC)
    [attachment] = result.attachments
    assert (attachment.file_name, attachment.media_type, attachment.data) == (
        "скан заявления.pdf",
        "application/pdf",
        SCAN,
    )


def test_an_html_only_message_is_converted_to_text() -> None:
    result = parse_eml(message(html_only=True))
    assert result.draft.text == "Добрый день!\nПротекает кровля «сверху»"
    assert result.notes


def test_html_to_text_drops_scripts_and_keeps_lines() -> None:
    assert html_to_text("<style>p{}</style>Раз<br>два<script>x()</script>") == "Раз\nдва"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (message()[:-700], "письмо обрезано"),
        (message()[:300], "структура составного письма нарушена|не указана граница"),
        (b"garbage\x00\xff not a mail", "не письмо"),
        (b"", "пуст"),
        (b"From: nobody\r\nSubject: x\r\n\r\ntext", "Адрес отправителя"),
    ],
)
def test_a_broken_message_says_what_is_wrong(data: bytes, expected: str) -> None:
    with pytest.raises(EmailFileError, match=expected):
        parse_eml(data, name="broken.eml")
