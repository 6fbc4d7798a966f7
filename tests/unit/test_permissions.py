"""The permission table: who may do what, decided in the core."""

from __future__ import annotations

import pytest

from reception.domain.errors import PermissionDenied
from reception.domain.permissions import Permission, Role, allows, require

EXPECTED = {
    Permission.OVERWRITE_CHANGES: {Role.MANAGER, Role.ADMIN},
    Permission.VIEW_APPEALS: {Role.CLERK, Role.EXECUTOR, Role.MANAGER, Role.ADMIN},
    Permission.REGISTER_APPEAL: {Role.CLERK, Role.ADMIN},
    Permission.EDIT_APPEAL: {Role.CLERK, Role.ADMIN},
    Permission.DELETE_APPEAL: set(),
    Permission.MANAGE_USERS: {Role.ADMIN},
    Permission.MANAGE_REFERENCE_DATA: {Role.ADMIN},
    Permission.MANAGE_SETTINGS: {Role.ADMIN},
    Permission.VIEW_PROPERTIES: {Role.CLERK, Role.EXECUTOR, Role.MANAGER, Role.ADMIN},
    Permission.MANAGE_PROPERTIES: {Role.CLERK, Role.ADMIN},
    Permission.IMPORT_PROPERTIES: {Role.ADMIN},
    Permission.RUN_REPORTS: {Role.MANAGER, Role.ADMIN},
    Permission.DRAFT_LETTERS: {Role.CLERK, Role.EXECUTOR, Role.MANAGER, Role.ADMIN},
    Permission.APPROVE_LETTERS: {Role.MANAGER, Role.ADMIN},
    Permission.MANAGE_LETTER_TEMPLATES: {Role.ADMIN},
    Permission.BOOK_CONSULTATIONS: {Role.CLERK, Role.ADMIN},
    Permission.RECORD_CONSULTATIONS: {Role.MANAGER, Role.ADMIN},
    Permission.MANAGE_CONSULTATION_SCHEDULES: {Role.ADMIN},
}


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(Role))
def test_permission_table(role: Role, permission: Permission) -> None:
    assert allows(role, permission) is (role in EXPECTED[permission])
    if role in EXPECTED[permission]:
        require(role, permission)
    else:
        with pytest.raises(PermissionDenied) as caught:
            require(role, permission)
        assert caught.value.message
