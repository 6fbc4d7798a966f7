"""E-mail intake: an `.eml` message becomes a new appeal draft for the clerk to complete.

Nothing is stored: the clerk checks the draft in the registration form (adds the question codes, the
postal address), registers it, and the attachments are then added to the new appeal.
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from reception.domain.appeals import AppealDraft, AppealKind, ApplicantDraft, Channel, Identification
from reception.domain.errors import ReceptionError

MAX_EML_BYTES = 64 * 1024 * 1024
_NAME_PARTS = 3


class EmailFileError(ReceptionError):
    """The file is not a readable e-mail message; the message says what is wrong with it."""


@dataclass(frozen=True)
class EmailAttachment:
    file_name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class EmailDraft:
    draft: AppealDraft
    sender_name: str
    sender_address: str
    subject: str
    attachments: tuple[EmailAttachment, ...]
    notes: tuple[str, ...] = ()  # what the clerk should check (no date, HTML only, …)


def read_eml(path: Path, *, now: datetime | None = None) -> EmailDraft:
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_EML_BYTES:
        raise EmailFileError(f"Файл «{path.name}» больше {MAX_EML_BYTES // 1024 // 1024} МБ: это не письмо.")
    return parse_eml(path.read_bytes(), name=path.name, now=now)


def parse_eml(data: bytes, *, name: str = "письмо", now: datetime | None = None) -> EmailDraft:
    """The appeal draft of one message; EmailFileError naming what is wrong with a broken one."""
    if not data.strip():
        raise EmailFileError(f"Файл «{name}» пуст.")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default always gives one
        raise EmailFileError(f"Файл «{name}» не читается как письмо.")
    headers = {key.lower() for key in message}
    if not headers & {"from", "subject", "date", "message-id"}:
        raise EmailFileError(
            f"Файл «{name}» — не письмо: в начале нет заголовков From, Subject или Date. "
            "Сохраните письмо из почтовой программы в формате .eml."
        )
    problems = [str(defect) for defect in message.defects]
    broken = [
        _FATAL[type(defect).__name__]
        for part in message.walk()
        for defect in part.defects
        if type(defect).__name__ in _FATAL
    ]
    if broken:
        raise EmailFileError(
            f"Письмо «{name}» повреждено: {'; '.join(dict.fromkeys(broken))}. Ничего не создано."
        )
    sender_name, sender_address = _sender(data, name)
    subject = str(message.get("subject", "") or "").strip()
    notes: list[str] = []
    received_at = _date(message, notes, now)
    text, html_only = _body(message, name, problems)
    if html_only:
        notes.append("Текст письма получен из HTML: проверьте его.")
    attachments = _attachments(message, name, problems)
    if not text and not attachments:
        raise EmailFileError(
            f"В письме «{name}» нет ни текста, ни вложений"
            + (f" (файл повреждён: {'; '.join(problems[:3])})" if problems else "")
            + "."
        )
    surname, first_name, patronymic = _person(sender_name)
    draft = AppealDraft(
        received_at=received_at,
        channel=Channel.EMAIL,
        kind=AppealKind.STATEMENT,
        text=text,
        summary=subject[:500],
        identification=Identification.NONE,
        applicant=ApplicantDraft(
            surname=surname, first_name=first_name, patronymic=patronymic, email=sender_address
        ),
    )
    return EmailDraft(draft, sender_name, sender_address, subject, attachments, tuple(notes))


def _sender(data: bytes, name: str) -> tuple[str, str]:
    # The raw header decoded by email.header: adjacent encoded words (a long Cyrillic name folded
    # over two lines) are joined without the space policy.default's parser puts between them.
    raw = BytesHeaderParser(policy=compat32).parsebytes(data).get("from")
    if raw is None:
        raise EmailFileError(f"В письме «{name}» нет отправителя (заголовка From).")
    try:
        decoded = str(make_header(decode_header(str(raw))))
    except (UnicodeError, LookupError, HeaderParseError):
        decoded = str(raw)
    display, address = parseaddr(decoded)
    if "@" not in address:
        raise EmailFileError(f"Адрес отправителя письма «{name}» не читается: «{str(raw)[:80]}».")
    return display.strip().strip('"'), address.strip().lower()


def _person(display: str) -> tuple[str, str, str]:
    """«Смирнова Ольга Викторовна» as surname, first name, patronymic; «Ольга Смирнова» too."""
    words = display.replace(",", " ").split()
    if not words or len(words) > _NAME_PARTS:
        return (display[:300], "", "") if words else ("", "", "")
    if len(words) == 2:
        return words[1], words[0], ""
    padded = [*words, "", ""]
    return padded[0], padded[1], padded[2]


def _date(message: EmailMessage, notes: list[str], now: datetime | None) -> datetime:
    raw = message.get("date")
    fallback = now or datetime.now(UTC)
    if raw is None:
        notes.append("В письме нет даты: дата поступления — сейчас, проверьте её.")
        return fallback
    try:
        moment = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError):
        notes.append(f"Дата письма «{str(raw)[:40]}» не читается: дата поступления — сейчас, проверьте её.")
        return fallback
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _body(message: EmailMessage, name: str, problems: list[str]) -> tuple[str, bool]:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return "", False
        content = part.get_content()
    except (LookupError, ValueError, UnicodeError, AssertionError) as error:
        raise EmailFileError(
            f"Текст письма «{name}» не читается ({error}); возможно, файл обрезан или повреждён"
            + (f": {'; '.join(problems[:3])}" if problems else "")
            + "."
        ) from error
    if not isinstance(content, str):
        return "", False
    if part.get_content_subtype() == "html":
        return html_to_text(content), True
    return content.strip(), False


def _attachments(message: EmailMessage, name: str, problems: list[str]) -> tuple[EmailAttachment, ...]:
    found = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        file_name = part.get_filename() or f"вложение-{number}"
        try:
            data = part.get_payload(decode=True)
        except (ValueError, AssertionError) as error:
            raise EmailFileError(f"Вложение «{file_name}» письма «{name}» не читается ({error}).") from error
        if isinstance(part, Message) and part.is_multipart():
            data = part.as_bytes()
        if not isinstance(data, bytes):
            raise EmailFileError(f"Вложение «{file_name}» письма «{name}» не читается.")
        damaged = [d for d in part.defects if type(d).__name__.startswith("InvalidBase64")]
        if damaged:
            raise EmailFileError(
                f"Вложение «{file_name}» письма «{name}» повреждено (неверная кодировка base64): "
                "файл письма, вероятно, обрезан. Ничего не создано."
            )
        found.append(EmailAttachment(file_name, part.get_content_type(), data))
    return tuple(found)


_FATAL = {
    "CloseBoundaryNotFoundDefect": "письмо обрезано — нет конца составного письма (файл записан не до конца)",
    "StartBoundaryNotFoundDefect": "не найдено начало частей составного письма",
    "NoBoundaryInMultipartDefect": "у составного письма не указана граница частей",
    "MultipartInvariantViolationDefect": "структура составного письма нарушена",
}
_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.IGNORECASE)
_DROP = re.compile(r"<\s*(script|style|head)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """Readable text of an HTML letter: paragraphs and line breaks kept, tags and scripts dropped."""
    text = _DROP.sub("", markup)
    text = _BLOCK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
