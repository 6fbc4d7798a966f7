"""Letters to applicants: kinds, states, who may approve, the addressee block, redaction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reception.domain.appeals import LabelledEnum
from reception.domain.permissions import Role
from reception.domain.workflow import LegalGround

OUTGOING_SERIES = "ИСХ"
HIDDEN = "[скрыто]"


class LetterKind(LabelledEnum):
    ANSWER = "answer", "Ответ по существу"
    INTERIM = "interim", "Промежуточный ответ"
    EXTENSION = "extension", "Уведомление о продлении срока"
    FORWARDING = "forwarding", "Уведомление о переадресации"
    REFUSAL = "refusal", "Отказ в ответе по существу"
    TERMINATION = "termination", "Прекращение переписки"

    @property
    def drives_answer(self) -> bool:
        """An answer on the merits moves the appeal: sent = answer prepared, approved = answered.

        The other kinds are notices: they are numbered and archived, the appeal's status stays (the
        workflow step — forward, extend, leave without answer — is taken on its own).
        """
        return self is LetterKind.ANSWER


class LetterStatus(LabelledEnum):
    DRAFT = "draft", "Черновик"
    ON_APPROVAL = "on_approval", "На согласовании"
    RETURNED = "returned", "Возвращено на доработку"
    APPROVED = "approved", "Утверждено"

    @property
    def editable(self) -> bool:
        return self in (LetterStatus.DRAFT, LetterStatus.RETURNED)


class PrintChannel(LabelledEnum):
    PRINTER = "printer", "Печать"
    FILE = "file", "Сохранение копии"
    CLI = "cli", "Выгрузка командой"


def may_approve(role: Role, login: str, signatory_login: str) -> bool:
    """The head (manager, admin) or the official named as the letter's signatory."""
    return role in (Role.MANAGER, Role.ADMIN) or (bool(signatory_login) and login == signatory_login)


def signature_name(full_name: str) -> str:
    """«Образцов Иван Иванович» → «И. И. Образцов»: how a signature block names the official."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    surname, *names = parts
    return " ".join(f"{name[0]}." for name in names) + " " + surname


LEGAL_GROUND_TEXT: dict[LegalGround, str] = {
    LegalGround.ANONYMOUS: (
        "частью 1 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения "
        "обращений граждан Российской Федерации»: в обращении не указаны фамилия гражданина или "
        "почтовый адрес, по которому должен быть направлен ответ"
    ),
    LegalGround.OBSCENE_OR_THREATS: (
        "частью 3 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения "
        "обращений граждан Российской Федерации»: обращение содержит нецензурные либо оскорбительные "
        "выражения, угрозы жизни, здоровью и имуществу должностного лица; злоупотребление правом "
        "недопустимо"
    ),
    LegalGround.UNREADABLE: (
        "частью 4 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения "
        "обращений граждан Российской Федерации»: текст обращения не поддаётся прочтению"
    ),
    LegalGround.REPEATED_TERMINATED: (
        "частью 5 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения "
        "обращений граждан Российской Федерации»: в обращении содержится вопрос, на который "
        "неоднократно давались письменные ответы по существу, и не приводятся новые доводы или "
        "обстоятельства"
    ),
    LegalGround.COURT_DECISION: (
        "частью 2 статьи 11 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения "
        "обращений граждан Российской Федерации»: в обращении обжалуется судебное решение"
    ),
}


@dataclass(frozen=True)
class Recipient:
    """The applicant as a letter addresses them."""

    name: str
    postal_address: str = ""
    email: str = ""

    @property
    def has_reply_address(self) -> bool:
        return bool(self.postal_address.strip() or self.email.strip())

    def addressee_lines(self) -> tuple[str, ...]:
        """The addressee block: the name as stored, then the postal address (or the e-mail)."""
        lines = [self.name.strip()] if self.name.strip() else []
        if self.postal_address.strip():
            lines.extend(part.strip() for part in self.postal_address.split("\n") if part.strip())
        elif self.email.strip():
            lines.append(self.email.strip())
        return tuple(lines)


def salutation(first_name: str, patronymic: str) -> str:
    """«Уважаемая Ольга Викторовна!»; the form follows the patronymic's ending, neutral when unknown."""
    first_name, patronymic = first_name.strip(), patronymic.strip()
    if not first_name:
        return "Уважаемый заявитель!"
    name = f"{first_name} {patronymic}".strip()
    ending = patronymic.lower()
    if ending.endswith(("вна", "чна", "кызы")):
        return f"Уважаемая {name}!"
    if ending.endswith(("вич", "ич", "оглы")):
        return f"Уважаемый {name}!"
    return f"Уважаемый(ая) {name}!"


def _phone_regex(phone: str) -> str | None:
    """A phone number in any spelling: «+7 916 555-12-34», «8 (916) 5551234», «79165551234»."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) < 5:
        return None
    core = digits[-10:]
    separator = r"[\s\-()]*"
    prefix = rf"(?:(?:\+?7|8){separator})?" if len(digits) > 10 or len(core) == 10 else ""
    return rf"(?<![\w+]){prefix}{separator.join(core)}(?!\d)"


def personal_data_patterns(values: Iterable[str], phones: Iterable[str] = ()) -> re.Pattern[str] | None:
    """One pattern matching every piece of the applicant's personal data, longest first."""
    pieces = sorted({v.strip() for v in values if v and len(v.strip()) >= 2}, key=len, reverse=True)
    alternatives = [rx for rx in (_phone_regex(p) for p in phones) if rx]
    alternatives += [rf"(?<!\w){re.escape(p)}(?!\w)" for p in pieces]
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def redact(text: str, pattern: re.Pattern[str] | None) -> str:
    return pattern.sub(HIDDEN, text) if pattern is not None else text


class LetterAction(LabelledEnum):
    SAVE = "save", "Сохранить черновик"
    SEND = "send", "Отправить на согласование"
    APPROVE = "approve", "Утвердить"
    RETURN = "return", "Вернуть на доработку"
    PRINT = "print", "Печать и копии"


def letter_actions(
    status: LetterStatus, *, role: Role, login: str, signatory_login: str
) -> frozenset[LetterAction]:
    """What this user may do with a letter in this state: the dialog offers exactly these."""
    actions = {LetterAction.PRINT}
    if status.editable:
        actions |= {LetterAction.SAVE, LetterAction.SEND}
    if status is LetterStatus.ON_APPROVAL and may_approve(role, login, signatory_login):
        actions |= {LetterAction.APPROVE, LetterAction.RETURN}
    return frozenset(actions)
