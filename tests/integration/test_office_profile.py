"""Office-wide settings as the settings dialog reads and saves them, on both backends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from reception.db.database import Database
from reception.db.models import AuditEvent
from reception.documents.letter_pdf import Letterhead
from reception.domain.deadlines import ShiftPolicy
from reception.domain.errors import PermissionDenied, ValidationError
from reception.services.appeals import register_appeal
from reception.services.attachments import AttachmentTooLarge, add_attachment
from reception.services.audit_chain import verify_audit_chain
from reception.services.deadline_rules import office_rules
from reception.services.letterhead import Signatory, get_letterhead, list_signatories
from reception.services.office_profile import OfficeProfile, read_office_profile, save_office_profile
from tests.conftest import Staff
from tests.factories import appeal_draft

NEW = OfficeProfile(
    letterhead=Letterhead(
        name="Управа района Образцово",
        address="101000, г. Москва, ул. Примерная, д. 2",
        phone="+7 (495) 111-22-33",
        email="uprava@obraztsovo.example",
    ),
    signatories=(
        Signatory("Глава управы", "С. С. Главный", "manager"),
        Signatory("Заместитель главы", "Т. Т. Замов"),
    ),
    reg_prefix="уп",
    deadline_shift=ShiftPolicy.FOLLOWING,
    attachment_max_mb=1,
)


def setting_events(db: Database) -> list[AuditEvent]:
    with db.uow() as uow:
        return list(uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")))


def test_everyone_sees_the_office_settings_and_only_the_admin_may_change_them(
    db: Database, staff: Staff
) -> None:
    for user in (staff.clerk, staff.executor, staff.manager):
        view = read_office_profile(db.uow(), actor=user)
        assert not view.editable
        assert view.reg_prefix == "ВП" and view.deadline_shift is ShiftPolicy.PRECEDING
        assert view.attachment_max_mb == 25 and view.signatories
        with pytest.raises(PermissionDenied, match="только администратор"):
            save_office_profile(db.uow(), actor=user, profile=NEW)
    assert read_office_profile(db.uow(), actor=staff.admin).editable
    assert read_office_profile(db.uow(), actor=staff.clerk).reg_prefix == "ВП"
    assert setting_events(db) == []


def test_saved_settings_rule_new_numbers_deadlines_letters_and_attachments(
    db: Database, staff: Staff
) -> None:
    saved = save_office_profile(db.uow(), actor=staff.admin, profile=NEW)
    assert saved.reg_prefix == "УП" and saved.editable
    seen = read_office_profile(db.uow(), actor=staff.clerk)
    assert replace(seen, editable=True) == saved

    appeal = register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert appeal.reg_number.startswith("УП-")
    assert office_rules(db.uow()).shift is ShiftPolicy.FOLLOWING
    assert get_letterhead(db.uow()).name == "Управа района Образцово"
    assert [s.name for s in list_signatories(db.uow())] == ["С. С. Главный", "Т. Т. Замов"]
    with pytest.raises(AttachmentTooLarge):
        add_attachment(
            db.uow(),
            actor=staff.clerk,
            appeal_id=appeal.id,
            file_name="big.bin",
            data=b"x" * (1024 * 1024 + 1),
        )

    (event,) = setting_events(db)
    assert event.changes["reg_prefix"] == {"before": "ВП", "after": "УП"}
    assert event.changes["deadline_shift"]["after"] == "following"
    assert verify_audit_chain(db.uow()).intact


def test_saving_unchanged_settings_writes_nothing(db: Database, staff: Staff) -> None:
    save_office_profile(db.uow(), actor=staff.admin, profile=NEW)
    again = read_office_profile(db.uow(), actor=staff.admin)
    save_office_profile(db.uow(), actor=staff.admin, profile=again)
    assert len(setting_events(db)) == 1
    save_office_profile(db.uow(), actor=staff.admin, profile=replace(again, attachment_max_mb=40))
    events = setting_events(db)
    assert len(events) == 2 and set(events[-1].changes) == {"attachment_max_bytes"}


def test_every_bad_field_is_named_and_nothing_is_saved(db: Database, staff: Staff) -> None:
    bad = replace(
        NEW,
        letterhead=replace(NEW.letterhead, name="  ", email="no-at-sign"),
        signatories=(Signatory("Глава управы", ""), Signatory("", "Т. Т. Замов")),
        reg_prefix="ВП-1",
        attachment_max_mb=0,
    )
    with pytest.raises(ValidationError) as caught:
        save_office_profile(db.uow(), actor=staff.admin, profile=bad)
    fields = {error.field for error in caught.value.errors}
    assert fields == {
        "org_name",
        "org_email",
        "signatories.0.name",
        "signatories.1.position",
        "reg_prefix",
        "attachment_max_mb",
    }
    assert "подписанта № 2" in (caught.value.for_field("signatories.1.position") or "")
    with pytest.raises(ValidationError, match="хотя бы один подписант"):
        save_office_profile(db.uow(), actor=staff.admin, profile=replace(NEW, signatories=()))
    view = read_office_profile(db.uow(), actor=staff.admin)
    assert view.reg_prefix == "ВП" and view.attachment_max_mb == 25
    assert setting_events(db) == []


def test_a_deactivated_admin_changes_nothing(db: Database, staff: Staff, tmp_path: Path) -> None:
    from reception.domain.permissions import Role
    from reception.services.users import add_user, set_active
    from tests.conftest import TEST_PASSWORD

    second = add_user(
        db.uow(),
        actor=staff.admin,
        login="admin2",
        full_name="Второй А. А.",
        role=Role.ADMIN,
        password=TEST_PASSWORD,
    )
    set_active(db.uow(), actor=staff.admin, user_id=second.id, active=False)
    with pytest.raises(PermissionDenied):
        save_office_profile(db.uow(), actor=second, profile=NEW)


def test_two_administrators_editing_at_once_keep_each_others_changes(db: Database, staff: Staff) -> None:
    first_admin = staff.admin
    shown_to_both = read_office_profile(db.uow(), actor=first_admin)
    # The first administrator changes the number prefix and saves.
    save_office_profile(
        db.uow(), actor=first_admin, profile=replace(shown_to_both, reg_prefix="УП"), loaded=shown_to_both
    )
    # The second, whose dialog still shows the old prefix, changes only the attachment limit.
    saved = save_office_profile(
        db.uow(),
        actor=first_admin,
        profile=replace(shown_to_both, attachment_max_mb=40),
        loaded=shown_to_both,
    )
    now = read_office_profile(db.uow(), actor=first_admin)
    assert (now.reg_prefix, now.attachment_max_mb) == ("УП", 40)
    assert (saved.reg_prefix, saved.attachment_max_mb) == ("УП", 40)  # the dialog shows what is stored
    assert set(setting_events(db)[-1].changes) == {"attachment_max_bytes"}
