"""Who may do what. Services call `require` with the acting user's role."""

from __future__ import annotations

from enum import StrEnum

from reception.domain.appeals import LabelledEnum
from reception.domain.errors import PermissionDenied


class Role(LabelledEnum):
    CLERK = "clerk", "Регистратор"
    EXECUTOR = "executor", "Исполнитель"
    MANAGER = "manager", "Руководитель"
    ADMIN = "admin", "Администратор"


class Permission(StrEnum):
    VIEW_APPEALS = "view_appeals"
    REGISTER_APPEAL = "register_appeal"
    EDIT_APPEAL = "edit_appeal"
    DELETE_APPEAL = "delete_appeal"
    MANAGE_USERS = "manage_users"
    MANAGE_REFERENCE_DATA = "manage_reference_data"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_PROPERTIES = "view_properties"
    MANAGE_PROPERTIES = "manage_properties"
    IMPORT_PROPERTIES = "import_properties"
    DRAFT_LETTERS = "draft_letters"
    APPROVE_LETTERS = "approve_letters"
    MANAGE_LETTER_TEMPLATES = "manage_letter_templates"
    RUN_REPORTS = "run_reports"
    OVERWRITE_CHANGES = "overwrite_changes"
    BOOK_CONSULTATIONS = "book_consultations"
    RECORD_CONSULTATIONS = "record_consultations"
    MANAGE_CONSULTATION_SCHEDULES = "manage_consultation_schedules"


_ALL_ROLES = frozenset(Role)

# DELETE_APPEAL is granted to no role: a registered appeal is ended by the workflow, never erased.
GRANTS: dict[Permission, frozenset[Role]] = {
    # Saving over a colleague's newer changes: the head decides, a clerk merges or reloads.
    Permission.OVERWRITE_CHANGES: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.VIEW_APPEALS: _ALL_ROLES,
    Permission.REGISTER_APPEAL: frozenset({Role.CLERK, Role.ADMIN}),
    Permission.EDIT_APPEAL: frozenset({Role.CLERK, Role.ADMIN}),
    Permission.DELETE_APPEAL: frozenset(),
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.MANAGE_REFERENCE_DATA: frozenset({Role.ADMIN}),
    Permission.MANAGE_SETTINGS: frozenset({Role.ADMIN}),
    Permission.VIEW_PROPERTIES: _ALL_ROLES,
    Permission.MANAGE_PROPERTIES: frozenset({Role.CLERK, Role.ADMIN}),
    Permission.IMPORT_PROPERTIES: frozenset({Role.ADMIN}),
    Permission.RUN_REPORTS: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.DRAFT_LETTERS: _ALL_ROLES,
    # Besides these roles, the official a letter names as its signatory approves it (domain.letters).
    Permission.APPROVE_LETTERS: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.MANAGE_LETTER_TEMPLATES: frozenset({Role.ADMIN}),
    # Clerks book, move and cancel consultations on the citizen's request (a specialist moves and
    # cancels their own too: services.consultations).
    Permission.BOOK_CONSULTATIONS: frozenset({Role.CLERK, Role.ADMIN}),
    # Besides these roles, the consultation's own specialist records its outcome (services.consultations).
    Permission.RECORD_CONSULTATIONS: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.MANAGE_CONSULTATION_SCHEDULES: frozenset({Role.ADMIN}),
}

_REFUSALS: dict[Permission, str] = {
    Permission.OVERWRITE_CHANGES: (
        "Перезаписать чужие изменения может только руководитель или администратор: "
        "обновите обращение или перенесите нужные поля."
    ),
    Permission.VIEW_APPEALS: "Просмотр обращений вам не разрешён.",
    Permission.REGISTER_APPEAL: "Регистрировать обращения может только регистратор или администратор.",
    Permission.EDIT_APPEAL: "Изменять обращения может только регистратор или администратор.",
    Permission.DELETE_APPEAL: (
        "Зарегистрированное обращение удалить нельзя: его можно только завершить "
        "(отзыв заявителем, оставление без ответа) в ходе рассмотрения."
    ),
    Permission.MANAGE_USERS: "Управлять пользователями может только администратор.",
    Permission.MANAGE_REFERENCE_DATA: "Изменять справочники может только администратор.",
    Permission.MANAGE_SETTINGS: "Изменять настройки учреждения может только администратор.",
    Permission.VIEW_PROPERTIES: "Просмотр реестра объектов недвижимости вам не разрешён.",
    Permission.MANAGE_PROPERTIES: (
        "Изменять реестр объектов недвижимости может только регистратор или администратор."
    ),
    Permission.IMPORT_PROPERTIES: "Загружать реестр объектов недвижимости из файла может только администратор.",
    Permission.RUN_REPORTS: "Отчёты формирует руководитель или администратор.",
    Permission.DRAFT_LETTERS: "Готовить письма заявителям вам не разрешено.",
    Permission.APPROVE_LETTERS: "Утвердить письмо может руководитель, администратор или указанный в письме подписант.",
    Permission.MANAGE_LETTER_TEMPLATES: "Изменять шаблоны писем может только администратор.",
    Permission.BOOK_CONSULTATIONS: "Записывать на консультации может только регистратор или администратор.",
    Permission.RECORD_CONSULTATIONS: (
        "Итог консультации отмечает специалист, который её проводит, руководитель или администратор."
    ),
    Permission.MANAGE_CONSULTATION_SCHEDULES: "Расписание консультаций задаёт только администратор.",
}


def allows(role: Role, permission: Permission) -> bool:
    return role in GRANTS[permission]


def require(role: Role, permission: Permission) -> None:
    if not allows(role, permission):
        raise PermissionDenied(_REFUSALS[permission])
