"""The interface names of the core's enum members, in the interface language.

The core (Qt-free) labels its enums in Russian, the office language, for documents and errors. The
interface shows `label_of(member)` instead of `member.label`: an English source string translated in
the "EnumLabels" context, whose Russian translation in reception_ru.ts is exactly the core's label
(tests/ui/test_enum_labels.py checks both, for every member of every enum below).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reception.domain.appeals import (
    AppealKind,
    AppealStatus,
    ApplicantKind,
    Channel,
    Identification,
    LabelledEnum,
    Outcome,
)
from reception.domain.consultations import AnswerKind, ConsultationFormat, ConsultationStatus, ScheduleFormat
from reception.domain.letters import LetterAction, LetterKind, LetterStatus, PrintChannel
from reception.domain.permissions import Role
from reception.domain.properties import Ownership, PropertyKind, PropertyPurpose
from reception.domain.workflow import Action, LegalGround

__all__ = ["CONTEXT", "ENGLISH", "label_of"]

CONTEXT = "EnumLabels"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name pyside6-lupdate extracts
    """Marks `source` for the catalogue under `context`; translated later by label_of()."""
    return source


# Keyed by enum class first: members of different enums with the same value are equal strings.
ENGLISH: dict[type[LabelledEnum], dict[str, str]] = {
    Channel: {
        Channel.CITY_PORTAL: QT_TRANSLATE_NOOP("EnumLabels", "City portal"),
        Channel.VIRTUAL_RECEPTION: QT_TRANSLATE_NOOP("EnumLabels", "Virtual reception"),
        Channel.VIDEO_CONSULTATION: QT_TRANSLATE_NOOP("EnumLabels", "Video consultation"),
        Channel.CHAT: QT_TRANSLATE_NOOP("EnumLabels", "Chat"),
        Channel.CHAT_BOT: QT_TRANSLATE_NOOP("EnumLabels", "Chat bot"),
        Channel.PHONE: QT_TRANSLATE_NOOP("EnumLabels", "Phone"),
        Channel.EMAIL: QT_TRANSLATE_NOOP("EnumLabels", "Email"),
        Channel.POST: QT_TRANSLATE_NOOP("EnumLabels", "Post"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("EnumLabels", "In person"),
        Channel.FEDERAL_PORTAL: QT_TRANSLATE_NOOP("EnumLabels", "Gosuslugi"),
        Channel.FORWARDED: QT_TRANSLATE_NOOP("EnumLabels", "From another authority"),
    },
    AppealKind: {
        AppealKind.PROPOSAL: QT_TRANSLATE_NOOP("EnumLabels", "Proposal"),
        AppealKind.STATEMENT: QT_TRANSLATE_NOOP("EnumLabels", "Statement"),
        AppealKind.COMPLAINT: QT_TRANSLATE_NOOP("EnumLabels", "Complaint"),
        AppealKind.REQUEST: QT_TRANSLATE_NOOP("EnumLabels", "Request"),
    },
    Identification: {
        Identification.PORTAL_ACCOUNT: QT_TRANSLATE_NOOP("EnumLabels", "Portal account"),
        Identification.SIGNED_PAPER: QT_TRANSLATE_NOOP("EnumLabels", "Signed document"),
        Identification.IDENTITY_DOCUMENT: QT_TRANSLATE_NOOP("EnumLabels", "Identity document"),
        Identification.NONE: QT_TRANSLATE_NOOP("EnumLabels", "Not established"),
    },
    ApplicantKind: {
        ApplicantKind.PERSON: QT_TRANSLATE_NOOP("EnumLabels", "Citizen"),
        ApplicantKind.ORGANISATION: QT_TRANSLATE_NOOP("EnumLabels", "Organisation"),
    },
    AppealStatus: {
        AppealStatus.REGISTERED: QT_TRANSLATE_NOOP("EnumLabels", "Registered"),
        AppealStatus.ASSIGNED: QT_TRANSLATE_NOOP("EnumLabels", "Executor assigned"),
        AppealStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("EnumLabels", "In progress"),
        AppealStatus.ANSWER_PREPARED: QT_TRANSLATE_NOOP("EnumLabels", "Answer prepared"),
        AppealStatus.RETURNED_FOR_REWORK: QT_TRANSLATE_NOOP("EnumLabels", "Returned for rework"),
        AppealStatus.ANSWERED: QT_TRANSLATE_NOOP("EnumLabels", "Answered"),
        AppealStatus.CLOSED: QT_TRANSLATE_NOOP("EnumLabels", "Closed"),
        AppealStatus.FORWARDED: QT_TRANSLATE_NOOP("EnumLabels", "Forwarded by competence"),
        AppealStatus.LEFT_WITHOUT_ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Left without answer"),
        AppealStatus.WITHDRAWN: QT_TRANSLATE_NOOP("EnumLabels", "Withdrawn by the applicant"),
    },
    Outcome: {
        Outcome.IN_WORK: QT_TRANSLATE_NOOP("EnumLabels", "In progress"),
        Outcome.EXTENDED: QT_TRANSLATE_NOOP("EnumLabels", "Extended"),
        Outcome.EXPLAINED: QT_TRANSLATE_NOOP("EnumLabels", "Explained"),
        Outcome.SUPPORTED: QT_TRANSLATE_NOOP("EnumLabels", "Supported"),
        Outcome.SUPPORTED_MEASURES_TAKEN: QT_TRANSLATE_NOOP("EnumLabels", "Supported, measures taken"),
        Outcome.NOT_SUPPORTED: QT_TRANSLATE_NOOP("EnumLabels", "Not supported"),
        Outcome.FORWARDED: QT_TRANSLATE_NOOP("EnumLabels", "Forwarded by competence"),
        Outcome.ANSWERED: QT_TRANSLATE_NOOP("EnumLabels", "Answer given to the author"),
        Outcome.LEFT_WITHOUT_ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Left without answer to the author"),
    },
    PropertyKind: {
        PropertyKind.LAND_PLOT: QT_TRANSLATE_NOOP("EnumLabels", "Land plot"),
        PropertyKind.BUILDING: QT_TRANSLATE_NOOP("EnumLabels", "Building"),
        PropertyKind.STRUCTURE: QT_TRANSLATE_NOOP("EnumLabels", "Structure"),
        PropertyKind.PREMISES: QT_TRANSLATE_NOOP("EnumLabels", "Premises"),
        PropertyKind.PARKING_PLACE: QT_TRANSLATE_NOOP("EnumLabels", "Parking space"),
        PropertyKind.UNFINISHED_CONSTRUCTION: QT_TRANSLATE_NOOP("EnumLabels", "Unfinished construction"),
        PropertyKind.UNIFIED_COMPLEX: QT_TRANSLATE_NOOP("EnumLabels", "Unified real estate complex"),
        PropertyKind.ENTERPRISE: QT_TRANSLATE_NOOP("EnumLabels", "Enterprise as a property complex"),
    },
    PropertyPurpose: {
        PropertyPurpose.RESIDENTIAL: QT_TRANSLATE_NOOP("EnumLabels", "Residential"),
        PropertyPurpose.NON_RESIDENTIAL: QT_TRANSLATE_NOOP("EnumLabels", "Non-residential"),
    },
    Ownership: {
        Ownership.CITY: QT_TRANSLATE_NOOP("EnumLabels", "Property of the city of Moscow"),
        Ownership.FEDERAL: QT_TRANSLATE_NOOP("EnumLabels", "Federal property"),
        Ownership.PRIVATE: QT_TRANSLATE_NOOP("EnumLabels", "Private property"),
        Ownership.MIXED: QT_TRANSLATE_NOOP("EnumLabels", "Mixed property"),
    },
    Role: {
        Role.CLERK: QT_TRANSLATE_NOOP("EnumLabels", "Clerk"),
        Role.EXECUTOR: QT_TRANSLATE_NOOP("EnumLabels", "Executor"),
        Role.MANAGER: QT_TRANSLATE_NOOP("EnumLabels", "Manager"),
        Role.ADMIN: QT_TRANSLATE_NOOP("EnumLabels", "Administrator"),
    },
    Action: {
        Action.ASSIGN: QT_TRANSLATE_NOOP("EnumLabels", "Assign executor"),
        Action.START: QT_TRANSLATE_NOOP("EnumLabels", "Take into work"),
        Action.PREPARE_ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Answer prepared"),
        Action.RETURN_FOR_REWORK: QT_TRANSLATE_NOOP("EnumLabels", "Return for rework"),
        Action.APPROVE_ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Approve answer"),
        Action.CLOSE: QT_TRANSLATE_NOOP("EnumLabels", "Close"),
        Action.FORWARD: QT_TRANSLATE_NOOP("EnumLabels", "Forward by competence"),
        Action.LEAVE_WITHOUT_ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Leave without answer"),
        Action.WITHDRAW: QT_TRANSLATE_NOOP("EnumLabels", "Withdrawal by the applicant"),
        Action.EXTEND: QT_TRANSLATE_NOOP("EnumLabels", "Extend deadline"),
    },
    LegalGround: {
        LegalGround.ANONYMOUS: QT_TRANSLATE_NOOP(
            "EnumLabels", "No surname or postal address given (Art. 11 part 1)"
        ),
        LegalGround.OBSCENE_OR_THREATS: QT_TRANSLATE_NOOP(
            "EnumLabels", "Obscene or offensive language, threats (Art. 11 part 3)"
        ),
        LegalGround.UNREADABLE: QT_TRANSLATE_NOOP("EnumLabels", "The text cannot be read (Art. 11 part 4)"),
        LegalGround.REPEATED_TERMINATED: QT_TRANSLATE_NOOP(
            "EnumLabels", "Correspondence terminated on a repeated appeal (Art. 11 part 5)"
        ),
        LegalGround.COURT_DECISION: QT_TRANSLATE_NOOP(
            "EnumLabels", "Appeal against a court decision: returned within 7 days (Art. 11 part 2)"
        ),
    },
    LetterKind: {
        LetterKind.ANSWER: QT_TRANSLATE_NOOP("EnumLabels", "Answer on the merits"),
        LetterKind.INTERIM: QT_TRANSLATE_NOOP("EnumLabels", "Interim answer"),
        LetterKind.EXTENSION: QT_TRANSLATE_NOOP("EnumLabels", "Notice of deadline extension"),
        LetterKind.FORWARDING: QT_TRANSLATE_NOOP("EnumLabels", "Notice of forwarding"),
        LetterKind.REFUSAL: QT_TRANSLATE_NOOP("EnumLabels", "Refusal to answer on the merits"),
        LetterKind.TERMINATION: QT_TRANSLATE_NOOP("EnumLabels", "Termination of correspondence"),
    },
    LetterStatus: {
        LetterStatus.DRAFT: QT_TRANSLATE_NOOP("EnumLabels", "Draft"),
        LetterStatus.ON_APPROVAL: QT_TRANSLATE_NOOP("EnumLabels", "On approval"),
        LetterStatus.RETURNED: QT_TRANSLATE_NOOP("EnumLabels", "Returned for rework"),
        LetterStatus.APPROVED: QT_TRANSLATE_NOOP("EnumLabels", "Approved"),
    },
    PrintChannel: {
        PrintChannel.PRINTER: QT_TRANSLATE_NOOP("EnumLabels", "Printing"),
        PrintChannel.FILE: QT_TRANSLATE_NOOP("EnumLabels", "Copy saved"),
        PrintChannel.CLI: QT_TRANSLATE_NOOP("EnumLabels", "Exported by command"),
    },
    LetterAction: {
        LetterAction.SAVE: QT_TRANSLATE_NOOP("EnumLabels", "Save draft"),
        LetterAction.SEND: QT_TRANSLATE_NOOP("EnumLabels", "Send for approval"),
        LetterAction.APPROVE: QT_TRANSLATE_NOOP("EnumLabels", "Approve"),
        LetterAction.RETURN: QT_TRANSLATE_NOOP("EnumLabels", "Return for rework"),
        LetterAction.PRINT: QT_TRANSLATE_NOOP("EnumLabels", "Print and copies"),
    },
    ConsultationFormat: {
        ConsultationFormat.VIDEO: QT_TRANSLATE_NOOP("EnumLabels", "Video consultation"),
        ConsultationFormat.IN_PERSON: QT_TRANSLATE_NOOP("EnumLabels", "In person"),
    },
    ScheduleFormat: {
        ScheduleFormat.VIDEO: QT_TRANSLATE_NOOP("EnumLabels", "Video only"),
        ScheduleFormat.IN_PERSON: QT_TRANSLATE_NOOP("EnumLabels", "In person only"),
        ScheduleFormat.BOTH: QT_TRANSLATE_NOOP("EnumLabels", "Video and in person"),
    },
    ConsultationStatus: {
        ConsultationStatus.BOOKED: QT_TRANSLATE_NOOP("EnumLabels", "Booked"),
        ConsultationStatus.HELD: QT_TRANSLATE_NOOP("EnumLabels", "Held"),
        ConsultationStatus.NO_SHOW: QT_TRANSLATE_NOOP("EnumLabels", "No-show"),
        ConsultationStatus.CANCELLED_BY_CITIZEN: QT_TRANSLATE_NOOP("EnumLabels", "Cancelled by the citizen"),
        ConsultationStatus.CANCELLED_BY_OFFICE: QT_TRANSLATE_NOOP("EnumLabels", "Cancelled by the office"),
        ConsultationStatus.MOVED: QT_TRANSLATE_NOOP("EnumLabels", "Moved"),
    },
    AnswerKind: {
        AnswerKind.EXPLAINED: QT_TRANSLATE_NOOP("EnumLabels", "Explanation given"),
        AnswerKind.ORAL_WITH_CONSENT: QT_TRANSLATE_NOOP(
            "EnumLabels", "Oral answer with the citizen's consent"
        ),
        AnswerKind.WRITTEN_ANSWER_NEEDED: QT_TRANSLATE_NOOP("EnumLabels", "Written answer needed"),
    },
}


def label_of(member: LabelledEnum) -> str:
    """The member's name in the interface language (Russian: exactly the core's `member.label`)."""
    source = ENGLISH.get(type(member), {}).get(member)
    if source is None:  # a member the core gained without an English name: the office's own label
        return member.label
    return QCoreApplication.translate(CONTEXT, source)
